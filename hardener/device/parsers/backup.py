"""``bmgr enabled`` and ``bmgr list transports``: is Android Backup on, and where does it go?

``bmgr enabled`` answers ``Backup Manager currently enabled|disabled``; on a user whose backup
service is not running it prints ``Error: Could not access the Backup Manager.  Is the system
running?`` instead, which is unknown, not "off". ``list transports`` prints the current one as
``  * <name>`` and the others indented by four spaces.
"""

from __future__ import annotations

from hardener.adb.output import CommandOutput
from hardener.device.facts import BackupState, Parsed
from hardener.device.parsers._common import first, output_notes, precheck, short, unknown

_ENABLED_PREFIX = "Backup Manager currently "
_NO_TRANSPORTS = "No transports available."


def parse_bmgr_enabled(out: CommandOutput) -> Parsed[bool]:
    what = "bmgr enabled"
    lines, failed = precheck(out, what)
    if failed is not None:
        return unknown(out, failed)
    answers: set[bool] = set()
    errors: list[str] = []
    for line in lines:
        text = line.strip()
        if text.startswith(_ENABLED_PREFIX):
            word = text[len(_ENABLED_PREFIX) :].strip().rstrip(".")
            if word == "enabled":
                answers.add(True)
            elif word == "disabled":
                answers.add(False)
        elif text.startswith("Error") or "Exception" in text:
            errors.append(text)
    problems = output_notes(out, what)
    if errors:
        return unknown(out, *problems, f"{what}: {short(errors[0])}")
    if len(answers) != 1:
        first = next((ln.strip() for ln in lines if ln.strip()), "")
        why = "contradictory answers" if answers else "no 'Backup Manager currently ..' line"
        return unknown(out, *problems, f"{what}: {why}; first line: {short(first)}")
    return Parsed(answers.pop(), tuple(problems), out.sdk)


def parse_bmgr_transports(out: CommandOutput) -> Parsed[BackupState]:
    what = "bmgr list transports"
    lines, failed = precheck(out, what)
    if failed is not None:
        return unknown(out, failed)
    transports: list[str] = []
    current: str | None = None
    skipped: list[str] = []
    saw_none = False
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if text == _NO_TRANSPORTS:
            saw_none = True
            continue
        is_current = text.startswith("* ")
        name = text[2:].strip() if is_current else text
        if not line[:1].isspace() or not name or any(c.isspace() for c in name):
            skipped.append(text)
            continue
        if name not in transports:
            transports.append(name)
        if is_current:
            current = current or name
    problems = output_notes(out, what)
    if skipped:
        if not transports and not saw_none:
            return unknown(out, *problems, f"{what}: output not understood: {short(first(skipped))}")
        problems.append(f"{what}: {len(skipped)} line(s) not understood, e.g. {short(first(skipped))}")
    if not transports and not saw_none:
        return unknown(out, *problems, f"{what}: no transports listed")
    if transports and current is None:
        problems.append(f"{what}: no transport is marked as current ('  * ')")
    return Parsed(BackupState(transports=tuple(transports), current_transport=current), tuple(problems), out.sdk)
