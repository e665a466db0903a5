"""``settings list <table>`` and ``settings get <table> <key>``.

``list`` prints one ``key=value`` string per setting; the value may contain ``=``. A stored
null prints as ``null``, which the table records as ``None``.

A value may hold line breaks, and ``list`` prints it as it is: AOSP's SettingsService builds
``name + "=" + value`` for each row, sorts those strings and prints each with ``println``, so the
rest of a multi-line value follows its first line directly, before the next setting. A line
that does not start a setting (no ``=``, or a "key" with spaces in it) therefore continues the
value above it, and a second accessibility service on the next line is read, not lost. Blank
lines are kept only inside a value; ``list`` never prints one of its own. Lines before the first
setting are skipped and counted. The limit: a continuation line that itself looks like
``key=value`` cannot be told from a new setting, and is read as one.
"""

from __future__ import annotations

from hardener.adb.output import CommandOutput
from hardener.device.facts import Parsed, SettingsTable
from hardener.device.parsers._common import clean_text, failure_reason, first, output_notes, precheck, short, unknown

TABLES = ("system", "secure", "global")


def _key_ok(key: str) -> bool:
    return bool(key) and not any(c.isspace() for c in key)


def parse_settings_list(out: CommandOutput, table: str) -> Parsed[SettingsTable]:
    what = f"settings list {table}"
    lines, failed = precheck(out, what)
    if failed is not None:
        return unknown(out, failed)
    raw: dict[str, str] = {}
    skipped: list[str] = []
    duplicates = 0
    target: str | None = None  # the setting whose value a continuation line belongs to
    discarding = False  # continuing a repeated key, whose first value was kept
    blanks = 0  # blank lines seen since the last text: kept only if the value goes on
    for line in lines:
        key, sep, value = line.partition("=")
        if sep and _key_ok(key):
            blanks = 0
            if key in raw:
                duplicates += 1
                target, discarding = None, True
                continue
            raw[key] = value
            target, discarding = key, False
            continue
        if not line.strip():
            blanks += 1
            continue
        if target is not None:
            raw[target] += "\n" * (blanks + 1) + line
        elif not discarding:
            skipped.append(line)
        blanks = 0
    values: dict[str, str | None] = {k: None if v == "null" else v for k, v in raw.items()}
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
