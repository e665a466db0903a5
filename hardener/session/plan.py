"""From a profile and a scan to a plan: every change as "now -> after", and the manual steps.

Pure: it reads the snapshot and the findings, never the phone. The plan is what the person
approves, so it shows the value the scan saw; apply re-reads each value just before writing,
and records that fresh value in the journal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from hardener.checks.finding import Finding, FixArg, FixKind
from hardener.checks.stalkerware import KNOWN as SPYING_APP_FOUND
from hardener.checks.stalkerware import MONITORING as MONITORING_APP_FOUND
from hardener.device.snapshot import Snapshot
from hardener.errors import UnsafeValue
from hardener.i18n.markers import N_
from hardener.session.kinds import Change, State, change_key, change_of, key_of
from hardener.session.profiles import ChangeSpec, Profile, Rule

__all__ = ["ManualItem", "Plan", "PlannedChange", "change_key", "make_plan", "plan_document", "watched_apps"]


@dataclass(frozen=True)
class PlannedChange:
    """One line of the plan, as the person approves it.

    ``kind`` and ``args`` are the change's name and JSON arguments (what the faces and the
    report show, and what the undo record stores); :attr:`typed` is the same change as its
    kind's class, which is what apply works with.
    """

    key: str
    rule_id: str
    kind: FixKind
    args: Mapping[str, FixArg]
    title: str  # the rule's title (N_ message id)
    current: str  # as the scan saw it, in words
    target: str
    reversible: bool
    already_done: bool
    # The raw states behind ``current`` and ``target`` (a setting's text, a granted flag, a
    # mode), for scripts comparing plans: ``before_known`` False means the scan did not read it.
    before: State = None
    after: State = None
    before_known: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", FixKind(self.kind))  # a kind's name given as text

    @cached_property
    def typed(self) -> Change:
        """The change as its kind's class (its arguments were validated when it was planned)."""
        return change_of(self.kind, self.args)


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


def _planned(rule: Rule, spec: ChangeSpec, snap: Snapshot) -> PlannedChange:
    change = spec.typed
    known, now = change.from_snapshot(snap)
    target = change.target(now)
    return PlannedChange(
        key=key_of(change),
        rule_id=rule.id,
        kind=change.kind,
        args=change.to_args(),
        title=rule.title,
        current=change.describe(now) if known else N_("unknown"),
        target=change.describe(target),
        reversible=change.reversible,
        already_done=known and not change.always_write and change.satisfied(now, target),
        before=now if known else None,
        after=target,
        before_known=known,
    )


def _finding_fix_specs(rule: Rule, findings: Sequence[Finding], refused: list[str]) -> list[ChangeSpec]:
    specs: list[ChangeSpec] = []
    for finding in findings:
        if finding.id not in rule.answers or not finding.is_problem:
            continue
        for fix in finding.auto_fixes:
            if fix.kind not in rule.use_finding_fixes:
                continue
            if (
                rule.only_permissions
                and fix.kind is FixKind.REVOKE_PERMISSION
                and fix.args.get("permission") not in rule.only_permissions
            ):
                continue  # a rule about the camera takes the camera, not the contacts
            try:
                specs.append(ChangeSpec(change_of(fix.kind, fix.args)))
            except UnsafeValue:
                refused.append(f"{finding.key}: {fix.kind}")
    return specs


# Issue 13's heuristics that name a spying app by its shape when no list does: changing such an
# app can warn whoever installed it just as much as one on a list. An accessibility service that
# runs without being listed is named by its component ("package/.Service"): the app is its package.
_SPY_BY_SHAPE = ("stalkerware.spy_combination", "stalkerware.system_impostor", "stalkerware.accessibility_running")


def watched_apps(findings: Sequence[Finding]) -> frozenset[str]:
    """Packages a check flagged as stalkerware or a monitoring app, by a list or by its shape."""
    return frozenset(
        f.subject.split("/", 1)[0]
        for f in findings
        if f.subject and (f.id in (SPYING_APP_FOUND, MONITORING_APP_FOUND) or (f.id in _SPY_BY_SHAPE and f.is_problem))
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
            if not spec.typed.available(snap):
                continue  # e.g. Lockdown from the shell before Android 12: its steps are by hand
            planned = _planned(rule, spec, snap)
            if planned.key in seen:
                continue  # two rules touching one target: the first one wins
            seen.add(planned.key)
            changes.append(planned)
        if rule.use_finding_steps:
            for finding in findings:
                if finding.id in rule.answers and finding.severity != "ok":
                    for found_step in finding.manual_steps:
                        manual.append(ManualItem(rule.id, found_step.title, found_step.how, finding.id,
                                                 found_step.settings_action))
        open_findings = [f for f in findings if f.id in rule.answers and (f.is_problem or f.severity == "unknown")]
        if not open_findings and not rule.always:
            continue  # the phone already does what this rule asks: no step to show
        # Advice for the moment itself (always) has no finding to re-check: it is done again each time.
        recheck = open_findings[0].id if open_findings else None
        for step in rule.manual:
            manual.append(ManualItem(rule.id, step.title, step.how, recheck, step.settings_action))
    watched = watched_apps(findings)
    untouched = tuple(c for c in changes if c.typed.app() in watched)
    if not include_watched:
        changes = [c for c in changes if c not in untouched]
    return Plan(profile, tuple(changes), tuple(manual), tuple(refused), watched, untouched, include_watched)


def plan_document(plan: Plan) -> dict[str, object]:
    """The plan as one JSON document (``hardener plan --json``), so plans can be compared and
    scripted: each change with its kind, arguments, raw states before and after, and whether it
    can be undone; each manual step with its title and how-to (message ids, untranslated)."""

    def change(c: PlannedChange) -> dict[str, object]:
        return {
            "rule": c.rule_id,
            "title": c.title,
            "kind": c.kind.value,
            "args": dict(c.args),
            "before": c.before,
            "before_known": c.before_known,
            "after": c.after,
            "before_words": c.current,
            "after_words": c.target,
            "reversible": c.reversible,
            "already_done": c.already_done,
        }

    return {
        "profile": plan.profile.id,
        "changes": [change(c) for c in plan.changes],
        "manual_steps": [
            {"rule": m.rule_id, "title": m.title, "how": m.how, "recheck_finding": m.recheck_finding}
            for m in plan.manual
        ],
        "not_touched_spying_app_changes": [change(c) for c in plan.untouched if not plan.include_watched],
        "refused": list(plan.refused),
    }
