"""Findings as terminal text (grouped, worst first) and as the ``scan --json`` document."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hardener.checks.finding import Family, Finding, Severity, Verdict, worst_first
from hardener.device.snapshot import SECTIONS, Snapshot
from hardener.i18n.guide import TRANSLATED_MARK
from hardener.i18n.markers import N_, EnglishWords, Nn_, Words, fill

SCHEMA_VERSION = 1  # additions ("verdict", "verdicts", "summary") keep version 1 readers working

FAMILY_TITLES = {
    Family.LOCK: N_("Screen lock and phone settings"),
    Family.PERMISSIONS: N_("Apps and permissions"),
    Family.STALKERWARE: N_("Stalkerware and spying apps"),
    Family.CLOUD: N_("Cloud accounts, sync and backup"),
    Family.TRANSLATOR: N_("Translator history"),
    Family.ADB: N_("USB debugging and trusted computers"),
    Family.LOCATION: N_("Location"),
    Family.NETWORK: N_("VPN and network"),
    Family.MESSAGES: N_("Messages"),
    Family.SEPARATION: N_("Work and private life"),
}

# One set of severity words for the command line, the app and the hand-over report, in every
# language (the app and the report translate these same message ids).
SEVERITY_WORDS = {
    Severity.CRITICAL: N_("Urgent"),
    Severity.HIGH: N_("Important"),
    Severity.MEDIUM: N_("Worth fixing"),
    Severity.UNKNOWN: N_("Could not check"),
    Severity.INFO: N_("Good to know"),
    # Not "safe" or "fine": an ok says only that nothing was found in what the check read.
    Severity.OK: N_("Nothing found"),
}

GAPS_TITLE = N_("Could not be checked")
NOTHING_FOUND = N_("Nothing found in what could be checked.")
FOUND_PROBLEMS = Nn_("Found: %n problem(s) to fix.")
FOUND_LEADS = Nn_("%n thing(s) to look at.")
GAPS_SUMMARY = N_("Could not be checked ({count}):")
SUMMARY = N_("Summary: {counts}")
_ENGLISH = EnglishWords()


def verdict_counts(findings: Sequence[Finding]) -> dict[Verdict, int]:
    return {v: sum(1 for f in findings if f.verdict == v) for v in Verdict}


def format_findings(findings: Sequence[Finding], tr: Words = _ENGLISH) -> str:
    """Grouped by family (the family with the worst finding first), worst first inside.

    What could not be checked is a group of its own, after the others, and the summary says
    so: a phone is never called safe, only "nothing found in what could be checked".
    """
    ordered = worst_first(list(findings))
    checked = [x for x in ordered if not x.is_gap]
    gaps = [x for x in ordered if x.is_gap]
    families: list[Family] = []
    for item in checked:
        if item.family not in families:
            families.append(item.family)
    lines: list[str] = []
    for family in families:
        lines.append("")
        lines.append(f"== {tr(FAMILY_TITLES[family])} ==")
        for item in (x for x in checked if x.family == family):
            title = fill(tr(item.title), item.params, tr)
            lines.append(f"[{tr(SEVERITY_WORDS[item.severity])}] {title}")
            if item.is_problem:
                lines.append(f"           {fill(tr(item.explanation), item.params, tr)}")
    if gaps:
        lines.append("")
        lines.append(f"== {tr(GAPS_TITLE)} ==")
        for item in gaps:
            lines.append(f"[{tr(SEVERITY_WORDS[item.severity])}] {fill(tr(item.title), item.params, tr)}")
            lines.append(f"           {fill(tr(item.explanation), item.params, tr)}")
    counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
    lines.append("")
    shown = ", ".join(f"{tr(SEVERITY_WORDS[s])}: {counts[s]}" for s in Severity if counts[s])
    lines.append(tr.say(SUMMARY, {"counts": shown}))
    lines.extend(summary_lines(findings, tr))
    return "\n".join(lines).lstrip("\n")


def summary_lines(findings: Sequence[Finding], tr: Words = _ENGLISH) -> list[str]:
    """What was found, then every gap by name: the words that stand in for "safe"."""
    verdicts = verdict_counts(findings)
    if verdicts[Verdict.PROBLEM] or verdicts[Verdict.LEAD]:
        found = tr.plural(FOUND_PROBLEMS, verdicts[Verdict.PROBLEM])
        if verdicts[Verdict.LEAD]:
            found += " " + tr.plural(FOUND_LEADS, verdicts[Verdict.LEAD])
        lines = [found]
    else:
        lines = [tr(NOTHING_FOUND)]
    gaps = [x for x in worst_first(list(findings)) if x.is_gap]
    if gaps:
        lines.append(fill(tr(GAPS_SUMMARY), {"count": len(gaps)}, tr))
        lines.extend(f"  - {fill(tr(x.title), x.params, tr)}" for x in gaps)
    return lines


def _jsonable(value: Any) -> Any:
    if isinstance(value, int | float | str | bool) or value is None:
        return value
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    return str(value)


def finding_document(item: Finding, words: Words | None = None) -> dict[str, Any]:
    """One finding for a program to read. Texts stay the English message ids (stable to match
    on), except the guide's passage, which carries its translation beside the verbatim quote
    when ``words`` speaks another language (``None`` where it has none)."""
    guide = words.guide(item.guide.section, item.guide.quote) if words is not None else None
    note = words(TRANSLATED_MARK) if words is not None and guide is not None and guide.translation else None
    return {
        "id": item.id,
        "key": item.key,
        "family": item.family.value,
        "verdict": item.verdict.value,
        "severity": item.severity.value,
        "subject": item.subject,
        "title": fill(item.title, item.params),
        "explanation": fill(item.explanation, item.params),
        "params": {k: _jsonable(v) for k, v in item.params.items()},
        "evidence": [{"source": e.source, "value": e.value} for e in item.evidence],
        "guide": {
            "section": item.guide.section,
            "quote": item.guide.quote,
            "translation": guide.translation if guide is not None else None,
            "section_translation": guide.section_translation if guide is not None else None,
            "translation_note": note,
        },
        "auto_fixes": [
            {"kind": a.kind, "args": dict(a.args), "reversible": a.reversible} for a in item.auto_fixes
        ],
        "manual_steps": [{"title": m.title, "how": m.how} for m in item.manual_steps],
    }


def scan_document(snap: Snapshot, findings: Sequence[Finding], words: Words | None = None) -> dict[str, Any]:
    ordered = worst_first(list(findings))
    return {
        "schema_version": SCHEMA_VERSION,
        "lang": words.lang if words is not None else "en",
        "device": {"sdk": snap.sdk},
        "findings": [finding_document(f, words) for f in ordered],
        "counts": {s.value: sum(1 for f in findings if f.severity == s) for s in Severity},
        "verdicts": {v.value: n for v, n in verdict_counts(findings).items()},
        "summary": summary_lines(findings),
        "unread_sections": sorted(k for k, v in snap.parsed.items() if v.value is None),
        # Every section not read completely, and why: what the gaps rest on.
        "incomplete_sections": {
            s.id: {"state": read.state.value, "reason": read.reason}
            for s in SECTIONS
            if s.id in snap.parsed and not (read := snap.section_read(s.id)).complete
        },
        "stats": {"round_trips": snap.round_trips, "seconds": round(snap.seconds, 3)},
    }
