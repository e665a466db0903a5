"""Checks: pure functions from a :class:`~hardener.device.snapshot.Snapshot` to findings.

No I/O and no Qt here: a scan is judged from what was gathered, so every check can be tested
from built or captured snapshots alone. :func:`run_checks` runs every check once over one
shared :class:`~hardener.checks._context.Context` and returns the findings worst first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from hardener.checks import _common as c
from hardener.checks import _validate as v
from hardener.checks import (
    adb,
    app_ops,
    cloud,
    defences,
    heuristics,
    location,
    lock,
    messages,
    network,
    permissions,
    phone_state,
    separation,
    stalkerware,
    translator,
)
from hardener.checks import guide_refs as g
from hardener.checks._context import Check, Context
from hardener.checks.finding import Evidence, Family, Finding, Severity, Verdict, worst_first
from hardener.data.indicators import IndicatorIndex
from hardener.device.snapshot import SECTION_BY_ID, SECTIONS, SectionRead, SectionState, Snapshot
from hardener.i18n.markers import N_

# The registry: a plain tuple, fixed at import time. A new check is added to its module's
# CHECKS; a new family, here.
REGISTRY: tuple[tuple[Family, tuple[Check, ...]], ...] = (
    (Family.LOCK, lock.CHECKS + phone_state.CHECKS + defences.CHECKS),
    (Family.PERMISSIONS, permissions.CHECKS + app_ops.CHECKS + heuristics.PERMISSION_CHECKS),
    (Family.STALKERWARE, stalkerware.CHECKS + heuristics.STALKERWARE_CHECKS),
    (Family.CLOUD, cloud.CHECKS),
    (Family.TRANSLATOR, translator.CHECKS),
    (Family.ADB, adb.CHECKS),
    (Family.LOCATION, location.CHECKS),
    (Family.NETWORK, network.CHECKS),
    (Family.MESSAGES, messages.CHECKS),
    (Family.SEPARATION, separation.CHECKS),
)

# Every id a finding can carry: profiles may only answer these (the profile loader checks).
KNOWN_FINDING_IDS: frozenset[str] = frozenset(
    (*lock.FINDING_IDS, *phone_state.FINDING_IDS, *permissions.FINDING_IDS, *app_ops.FINDING_IDS,
     *stalkerware.FINDING_IDS,
     *cloud.FINDING_IDS, *translator.FINDING_IDS, *heuristics.FINDING_IDS, *adb.FINDING_IDS,
     *location.FINDING_IDS, *network.FINDING_IDS, *messages.FINDING_IDS,
     *separation.FINDING_IDS, *defences.FINDING_IDS)
) | frozenset(f"{family.value}.check_failed" for family, _ in REGISTRY)


def run_checks(snap: Snapshot, show_names: bool = False, indicators: IndicatorIndex | None = None) -> list[Finding]:
    """Every finding for ``snap``, worst first.

    ``show_names`` un-masks account names; by default a report names no one. A check that
    fails with an exception (a bug, or data no one foresaw) becomes one "unknown" finding, so
    one broken check cannot hide what all the others found. A check whose declared sections
    were not all read completely cannot say "ok": see :func:`_honest`. ``indicators`` adds the
    person's own indicator files (``scan --iocs``) to the shipped lists.
    """
    ctx = Context.of(snap, show_names=show_names, extra_indicators=indicators)
    reads = {sid: snap.section_read(sid) for sid in SECTION_BY_ID}
    findings: list[Finding] = []
    for family, checks in REGISTRY:
        for check in checks:
            try:
                found = check(snap, ctx)
            except Exception as exc:
                findings.append(Finding(
                    id=f"{family.value}.check_failed",
                    family=family,
                    severity=Severity.UNKNOWN,
                    title=N_("A check could not finish"),
                    explanation=N_(
                        "hardener hit a problem in one of its own checks ({check}), so this part of "
                        "the phone was not judged. Please report it; the other results still stand."
                    ),
                    guide=g.PHONE_CONFISCATED,
                    subject=check.__name__,
                    params={"check": check.__name__, "error": type(exc).__name__},
                ))
                continue
            findings.extend(_honest(check, family, found, reads))
    findings = [_cite_only_read(f, reads) for f in findings]
    if ctx.user_id != 0:
        findings = [_without_package_fixes(f) for f in findings]
    return worst_first(findings)


GAP_EXPLANATION = N_(
    "hardener found nothing wrong in what it could read, but it could not read everything it needs "
    "for this, so it cannot say that this is fine. Please check it on the phone yourself. What was "
    "missing: {reason}"
)


def _honest(check: Check, family: Family, found: list[Finding], reads: Mapping[str, SectionRead]) -> list[Finding]:
    """An "ok" only on complete evidence: otherwise it becomes a gap naming what was missing.

    Generic on purpose, so that no check can forget. A per-item check (one finding per app,
    account...) that found items on incomplete evidence keeps them, and gets one gap too: the
    items after a cut-off point were never seen.
    """
    missing = [(sid, reads[sid]) for sid in check.reads if not reads[sid].complete]
    if not missing:
        return found
    reason = v.shown("; ".join(f"{SECTION_BY_ID[sid].command}: {r.reason}" for sid, r in missing), 300)
    missing_evidence = tuple(c.ev(SECTION_BY_ID[sid].command, f"{r.state.value}: {r.reason}") for sid, r in missing)
    missing_ids = {sid for sid, _ in missing}

    def as_gap(item: Finding) -> Finding:
        kept = tuple(e for e in item.evidence if section_of_source(e.source) not in missing_ids)
        return dataclasses.replace(
            item,
            severity=Severity.UNKNOWN,
            title=check.gap_title,
            explanation=GAP_EXPLANATION,
            evidence=kept + missing_evidence,
            params={**item.params, "reason": reason},
            auto_fixes=(),
        )

    def with_reason(item: Finding) -> Finding:
        # A check's own gap may only know "not read" (e.g. a key absent from a cut-off table):
        # the sections' own account says why.
        if item.params.get("reason") != "not read":
            return item
        evidence = missing_evidence + tuple(e for e in item.evidence if e.value != "not read")
        return dataclasses.replace(item, params={**item.params, "reason": reason}, evidence=evidence)

    out = [
        as_gap(item) if item.verdict == Verdict.OK else with_reason(item) if item.is_gap else item for item in found
    ]
    per_item = bool(out) and all(item.subject is not None for item in out)
    if per_item and not any(item.is_gap for item in out):
        out.append(Finding(
            id=check.finding_id,
            family=family,
            severity=Severity.UNKNOWN,
            title=check.gap_title,
            explanation=N_(
                "hardener could not read this from the phone, so it cannot say what is there. "
                "Please check it on the phone yourself. What went wrong: {reason}"
            ),
            guide=out[0].guide,
            evidence=missing_evidence,
            params={"reason": reason},
        ))
    return out


# Where an evidence line was read: the longest matching command prefix names the section.
_SOURCE_PREFIXES: tuple[tuple[str, str], ...] = tuple(sorted(
    (
        *((s.command.split(" -")[0], s.id) for s in SECTIONS),
        ("settings system", "settings_system"),
        ("settings secure", "settings_secure"),
        ("settings global", "settings_global"),
        ("appops ", "appops"),
        ("getprop", "props"),
        ("dumpsys package", "package_details"),
        ("cmd role get-role-holders android.app.role.SMS", "role_sms"),
        ("cmd role get-role-holders android.app.role.DIALER", "role_dialer"),
        ("cmd package query-activities", "launcher"),
    ),
    key=lambda pair: -len(pair[0]),
))


def section_of_source(source: str) -> str | None:
    """The snapshot section an evidence line cites, or None (an indicator list, a certificate)."""
    return next((sid for prefix, sid in _SOURCE_PREFIXES if source.startswith(prefix)), None)


def _cite_only_read(item: Finding, reads: Mapping[str, SectionRead]) -> Finding:
    """Evidence names only commands that were read: a line from one that was not says so.

    Gaps are left as they are: their evidence is the account of what was missing.
    """
    if item.is_gap:
        return item
    changed = False
    evidence: list[Evidence] = []
    for e in item.evidence:
        sid = section_of_source(e.source)
        read = reads.get(sid) if sid is not None else None
        if read is not None and read.state in (SectionState.NOT_READ, SectionState.FAILED):
            e = Evidence(e.source, "not read")
            changed = True
        if e not in evidence:
            evidence.append(e)
    return dataclasses.replace(item, evidence=tuple(evidence)) if changed else item


def _without_package_fixes(finding: Finding) -> Finding:
    """Drop the fixes that act on one app: the session layer applies them to user 0, and when
    another user is in front the findings describe that user's apps (:attr:`FixKind.per_user`)."""
    kept = tuple(fx for fx in finding.auto_fixes if not fx.kind.per_user)
    return finding if kept == finding.auto_fixes else dataclasses.replace(finding, auto_fixes=kept)


__all__ = ["GAP_EXPLANATION", "KNOWN_FINDING_IDS", "REGISTRY", "Check", "Context", "run_checks", "section_of_source"]
