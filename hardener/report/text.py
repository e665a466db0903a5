"""Findings as terminal text (grouped, worst first) and as the ``scan --json`` document."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from hardener.checks.finding import Family, Finding, Severity, worst_first
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_, fill

SCHEMA_VERSION = 1

FAMILY_TITLES = {
    Family.LOCK: N_("Screen lock and phone settings"),
    Family.PERMISSIONS: N_("Apps and permissions"),
    Family.STALKERWARE: N_("Stalkerware and spying apps"),
    Family.CLOUD: N_("Cloud accounts, sync and backup"),
    Family.TRANSLATOR: N_("Translator history"),
}

SEVERITY_WORDS = {
    Severity.CRITICAL: "CRITICAL",
    Severity.HIGH: "HIGH",
    Severity.MEDIUM: "MEDIUM",
    Severity.UNKNOWN: "UNKNOWN",
    Severity.INFO: "INFO",
    Severity.OK: "OK",
}

Translate = Callable[[str], str]


def _identity(text: str) -> str:
    return text


def format_findings(findings: Sequence[Finding], tr: Translate = _identity) -> str:
    """Grouped by family (the family with the worst finding first), worst first inside."""
    ordered = worst_first(list(findings))
    families: list[Family] = []
    for item in ordered:
        if item.family not in families:
            families.append(item.family)
    lines: list[str] = []
    for family in families:
        lines.append("")
        lines.append(f"== {tr(FAMILY_TITLES[family])} ==")
        for item in (x for x in ordered if x.family == family):
            title = fill(tr(item.title), item.params, tr)
            lines.append(f"[{SEVERITY_WORDS[item.severity]:>8}] {title}")
            if item.is_problem or item.severity == Severity.UNKNOWN:
                lines.append(f"           {fill(tr(item.explanation), item.params, tr)}")
    counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
    lines.append("")
    lines.append(
        "Summary: "
        + ", ".join(f"{counts[s]} {SEVERITY_WORDS[s].lower()}" for s in Severity if counts[s])
    )
    return "\n".join(lines).lstrip("\n")


def _jsonable(value: Any) -> Any:
    if isinstance(value, int | float | str | bool) or value is None:
        return value
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    return str(value)


def finding_document(item: Finding) -> dict[str, Any]:
    return {
        "id": item.id,
        "key": item.key,
        "family": item.family.value,
        "severity": item.severity.value,
        "subject": item.subject,
        "title": fill(item.title, item.params),
        "explanation": fill(item.explanation, item.params),
        "params": {k: _jsonable(v) for k, v in item.params.items()},
        "evidence": [{"source": e.source, "value": e.value} for e in item.evidence],
        "guide": {"section": item.guide.section, "quote": item.guide.quote},
        "auto_fixes": [
            {"kind": a.kind, "args": dict(a.args), "reversible": a.reversible} for a in item.auto_fixes
        ],
        "manual_steps": [{"title": m.title, "how": m.how} for m in item.manual_steps],
    }


def scan_document(snap: Snapshot, findings: Sequence[Finding]) -> dict[str, Any]:
    ordered = worst_first(list(findings))
    return {
        "schema_version": SCHEMA_VERSION,
        "device": {"sdk": snap.sdk},
        "findings": [finding_document(f) for f in ordered],
        "counts": {s.value: sum(1 for f in findings if f.severity == s) for s in Severity},
        "unread_sections": sorted(k for k, v in snap.parsed.items() if v.value is None),
        "stats": {"round_trips": snap.round_trips, "seconds": round(snap.seconds, 3)},
    }
