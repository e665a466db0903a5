"""From a profile and a scan to a plan: every change as "now -> after", and the manual steps.

Pure: it reads the snapshot and the findings, never the phone. The plan is what the person
approves, so it shows the value the scan saw; apply re-reads each value just before writing,
and records that fresh value in the journal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from hardener.checks.finding import Finding
from hardener.checks.stalkerware import KNOWN as SPYING_APP_FOUND
from hardener.checks.stalkerware import MONITORING as MONITORING_APP_FOUND
from hardener.device.facts import PackageDetail
from hardener.device.snapshot import Snapshot
from hardener.errors import UnsafeValue
from hardener.i18n.markers import N_
from hardener.session.changes import KINDS, State, app_touched, kind_of
from hardener.session.profiles import ChangeSpec, Profile, Rule


@dataclass(frozen=True)
class PlannedChange:
    key: str
    rule_id: str
    kind: str
    args: Mapping[str, Any]
    title: str  # the rule's title (N_ message id)
    current: str  # as the scan saw it, in words
    target: str
    reversible: bool
    already_done: bool


@dataclass(frozen=True)
class ManualItem:
    rule_id: str
    title: str
    how: str
    recheck_finding: str | None
    settings_action: str | None


@dataclass(frozen=True)
class Plan:
    profile: Profile
    changes: tuple[PlannedChange, ...]
    manual: tuple[ManualItem, ...]
    refused: tuple[str, ...] = ()  # changes dropped because a value failed validation
    # Apps a check flagged as spying or monitoring. Changing them can warn whoever installed
    # them, so their changes (``untouched``) are left out of ``changes`` unless the person chose
    # otherwise (``include_watched``).
    watched: frozenset[str] = frozenset()
    untouched: tuple[PlannedChange, ...] = ()
    include_watched: bool = False

    @property
    def to_apply(self) -> tuple[PlannedChange, ...]:
        return tuple(c for c in self.changes if not c.already_done)

    @property
    def irreversible(self) -> tuple[PlannedChange, ...]:
        return tuple(c for c in self.to_apply if not c.reversible)


def change_key(kind: str, args: Mapping[str, Any]) -> str:
    """Identifies what a change touches (not the value it writes): one journal entry per target."""
    target_args = {k: v for k, v in args.items() if k not in ("value", "mode", "enabled")}
    return kind + ":" + ",".join(f"{k}={target_args[k]}" for k in sorted(target_args))


def _user0(detail: PackageDetail | None) -> Any:
    if detail is None:
        return None
    return next((u for u in detail.users if u.user_id == 0), None)


def state_from_snapshot(snap: Snapshot, kind: str, args: Mapping[str, Any]) -> tuple[bool, State]:
    """(known, state) of a change's target as the scan saw it."""
    details = snap.package_details.value or {}
    if kind == "setting":
        return snap.setting(args["table"], args["key"])
    if kind in ("remove_accessibility_service", "disallow_listener"):
        key = "enabled_accessibility_services" if kind.startswith("remove") else "enabled_notification_listeners"
        return snap.setting("secure", key)
    if kind == "revoke_permission":
        user = _user0(details.get(args["package"]))
        if user is None:
            return False, None
        return True, any(p.name == args["permission"] and p.granted for p in user.runtime_permissions)
    if kind == "disable_package":
        user = _user0(details.get(args["package"]))
        return (user is not None and user.enabled is not None), (user.enabled if user else None)
    if kind == "suspend_package":
        user = _user0(details.get(args["package"]))
        return (user is not None and user.suspended is not None), (user.suspended if user else None)
    if kind == "appop":
        ops = snap.appops.value
        if ops is None:
            return False, None
        return True, ops.mode(args["package"], args["op"]) or "default"
    if kind == "bmgr_enable":
        enabled = snap.backup_enabled.value
        return enabled is not None, enabled
    if kind == "clear_data":
        return args["package"] in details, "present"
    if kind == "lockdown":
        return False, None
    return False, None


def _planned(rule: Rule, spec: ChangeSpec, snap: Snapshot) -> PlannedChange:
    kind = kind_of(spec.kind)
    known, now = state_from_snapshot(snap, spec.kind, spec.args)
    target = kind.target(spec.args, now)
    return PlannedChange(
        key=change_key(spec.kind, spec.args),
        rule_id=rule.id,
        kind=spec.kind,
        args=dict(spec.args),
        title=rule.title,
        current=kind.describe(spec.args, now) if known else N_("unknown"),
        target=kind.describe(spec.args, target),
        reversible=kind.reversible,
        already_done=known and kind.satisfied(spec.args, now, target) and spec.kind not in ("clear_data", "lockdown"),
    )


def _finding_fix_specs(rule: Rule, findings: Sequence[Finding], refused: list[str]) -> list[ChangeSpec]:
    specs: list[ChangeSpec] = []
    for finding in findings:
        if finding.id not in rule.answers or not finding.is_problem:
            continue
        for fix in finding.auto_fixes:
            if fix.kind not in rule.use_finding_fixes:
                continue
            try:
                clean = KINDS[fix.kind].validate(fix.args)
            except (UnsafeValue, KeyError):
                refused.append(f"{finding.key}: {fix.kind}")
                continue
            specs.append(ChangeSpec(fix.kind, clean, KINDS[fix.kind].reversible))
    return specs


def watched_apps(findings: Sequence[Finding]) -> frozenset[str]:
    """Packages a check flagged as stalkerware or a monitoring app."""
    return frozenset(
        f.subject for f in findings if f.id in (SPYING_APP_FOUND, MONITORING_APP_FOUND) and f.subject
    )


def make_plan(
    profile: Profile, snap: Snapshot, findings: Sequence[Finding], *, include_watched: bool = False
) -> Plan:
    """The plan for ``profile`` on this phone.

    Changes to an app flagged as spying go to ``untouched`` and are never applied, unless
    ``include_watched`` says the person decided, knowing the risk, to change that app too.
    """
    changes: list[PlannedChange] = []
    manual: list[ManualItem] = []
    refused: list[str] = []
    seen: set[str] = set()
    for rule in profile.rules:
        for spec in list(rule.changes) + _finding_fix_specs(rule, findings, refused):
            planned = _planned(rule, spec, snap)
            if planned.key in seen:
                continue  # two rules touching one target: the first one wins
            seen.add(planned.key)
            changes.append(planned)
        open_findings = [f for f in findings if f.id in rule.answers and (f.is_problem or f.severity == "unknown")]
        if not open_findings:
            continue  # the phone already does what this rule asks: no step to show
        for step in rule.manual:
            manual.append(ManualItem(rule.id, step.title, step.how, open_findings[0].id, step.settings_action))
    watched = watched_apps(findings)
    untouched = tuple(c for c in changes if app_touched(c.kind, c.args) in watched)
    if not include_watched:
        changes = [c for c in changes if c not in untouched]
    return Plan(profile, tuple(changes), tuple(manual), tuple(refused), watched, untouched, include_watched)
