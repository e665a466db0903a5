"""``settings list <table>`` and ``settings get <table> <key>``.

``list`` prints ``key=value`` per line; the value runs to the end of the line and may contain
``=``. A stored null prints as ``null``, which the table records as ``None``. Lines that are not
``key=value`` (a pasted shell prompt, a broken multi-line value) are skipped and counted, never
guessed into a value.
"""

from __future__ import annotations

from hardener.device.facts import Parsed, SettingsTable
from hardener.device.parsers._common import clean_text, failure_reason, first, output_notes, precheck, short, unknown
from hardener.device.snapshot import CommandOutput

TABLES = ("system", "secure", "global")


def _key_ok(key: str) -> bool:
    return bool(key) and not any(c.isspace() for c in key)


def parse_settings_list(out: CommandOutput, table: str) -> Parsed[SettingsTable]:
    what = f"settings list {table}"
    lines, failed = precheck(out, what)
    if failed is not None:
        return unknown(out, failed)
    values: dict[str, str | None] = {}
    skipped: list[str] = []
    duplicates = 0
    for line in lines:
        if not line.strip():
            continue
        key, sep, value = line.partition("=")
        if not sep or not _key_ok(key):
            skipped.append(line)
            continue
        if key in values:
            duplicates += 1
            continue
        values[key] = None if value == "null" else value
    problems = output_notes(out, what)
    if not values:
        return unknown(out, *problems, f"{what}: no 'key=value' lines found; first line: {short(first(skipped))}")
    if skipped:
        problems.append(f"{what}: {len(skipped)} line(s) not understood and skipped, e.g. {short(first(skipped))}")
    if duplicates:
        problems.append(f"{what}: {duplicates} key(s) printed twice; the first value was kept")
    return Parsed(SettingsTable(table, values), tuple(problems), out.sdk)


def parse_settings_system(out: CommandOutput) -> Parsed[SettingsTable]:
    return parse_settings_list(out, "system")


def parse_settings_secure(out: CommandOutput) -> Parsed[SettingsTable]:
    return parse_settings_list(out, "secure")


def parse_settings_global(out: CommandOutput) -> Parsed[SettingsTable]:
    return parse_settings_list(out, "global")


def parse_settings_get(out: CommandOutput) -> Parsed[str | None]:
    """One value from ``settings get``, used to read a setting before and after a write.

    The phone prints ``null`` for an unset key. That is a *known* answer, so it comes back as
    ``Parsed(None, ())``: value ``None`` with no problems. An unknown always carries problems,
    so callers tell the two apart with ``problems``, not with ``known``.
    """
    what = "settings get"
    if out.failure is not None:
        return Parsed(None, (f"{what}: the command did not complete: {short(out.failure)}",), out.sdk)
    text = clean_text(out.text)
    if text.endswith("\n"):
        text = text[:-1]
    lines = text.split("\n")
    reason = failure_reason(lines)
    if reason is not None:
        return unknown(out, f"{what}: {reason}")
    if out.exit_code not in (0, None):
        return unknown(out, f"{what}: the command ended with exit code {out.exit_code}: {short(text)}")
    if text == "null":
        return Parsed(None, (), out.sdk)
    # An empty line is a real answer: the key holds the empty string.
    return Parsed(text, (), out.sdk)
