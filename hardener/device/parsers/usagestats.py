"""``dumpsys usagestats [<pkg>]``: when each app was last used, per user.

Package lines are ``package=<name> key="value" key=value ...`` under the daily, weekly,
monthly and yearly sections of each ``user=<n>`` block; the newest ``lastTimeUsed`` (Android
7: ``lastTime``) over all sections wins. Event lines also carry ``package=`` but no
``lastTime*`` key, so they are ignored.

Dates are the phone's local time. Android 9+ prints ``"2024-05-01 18:22:05"``; Android 7 used
the phone's locale, e.g. ``"11/14/2018, 4:53 AM"`` (US) or ``"14/11/2018, 16:53"``. A slashed
date with AM/PM is read month-first, without it day-first, unless a field over 12 settles it.
The epoch (``1970-01-01``, or ``12/31/1969`` west of Greenwich) means "never" and is skipped.
"""

from __future__ import annotations

import datetime as dt
import re

from hardener.adb.output import CommandOutput
from hardener.device.facts import Parsed, UsageStats
from hardener.device.parsers._common import output_notes, parse_iso_datetime, precheck, short, unknown

_WHAT = "dumpsys usagestats"
_PAIR = re.compile(r'([A-Za-z_]+)=("[^"\n]*"|\S*)')
_USER = re.compile(r"^user=(\d{1,9})\b")
_SLASHED = re.compile(
    r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])?\.?\s*[Mm]?\.?$"
)
_TIME_KEYS = ("lastTimeUsed", "lastTime")
_FIRST_REAL_YEAR = 1971


def _slashed_order(raws: list[str]) -> str | None:
    """Return "md" or "dm" when some date in the output can only be read one way, else None."""
    votes = {"md": 0, "dm": 0}
    for raw in raws:
        m = _SLASHED.match(raw)
        if m is None or _slashed(raw, None)[0] is None:
            continue  # an impossible date must not decide how the others are read
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            votes["dm"] += 1
        elif b > 12 >= a:
            votes["md"] += 1
    if votes["md"] and not votes["dm"]:
        return "md"
    if votes["dm"] and not votes["md"]:
        return "dm"
    return None


def _slashed(text: str, order: str | None) -> tuple[dt.datetime | None, bool]:
    """(datetime, was-a-guess) for ``M/D/YYYY, h:mm AM`` and ``D/M/YYYY, HH:mm`` forms."""
    m = _SLASHED.match(text)
    if m is None:
        return None, False
    a, b, year = int(m[1]), int(m[2]), int(m[3])
    hour, minute, second = int(m[4]), int(m[5]), int(m[6] or 0)
    ampm = (m[7] or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None, False
        hour = hour % 12 + (12 if ampm == "p" else 0)
    guessed = False
    if a > 12:
        day, month = a, b
    elif b > 12:
        month, day = a, b
    elif order is not None:
        month, day = (a, b) if order == "md" else (b, a)
    else:
        guessed = a != b
        month, day = (a, b) if ampm else (b, a)
    try:
        return dt.datetime(year, month, day, hour, minute, second), guessed
    except ValueError:
        return None, False


def _parse_time(text: str, order: str | None) -> tuple[dt.datetime | None, bool]:
    value = parse_iso_datetime(text)
    if value is not None:
        return value, False
    return _slashed(text.strip(), order)


def parse_usagestats(out: CommandOutput) -> Parsed[UsageStats]:
    lines, failed = precheck(out, _WHAT)
    if failed is not None:
        return unknown(out, failed)
    found: list[tuple[int, str, str]] = []
    user_id = 0
    saw_structure = False
    for line in lines:
        text = line.strip()
        if not text:
            continue
        m = _USER.match(text)
        if m is not None:
            user_id = int(m[1])
            saw_structure = True
            continue
        if text.startswith("In-memory ") or text.startswith("timeRange="):
            saw_structure = True
            continue
        if not text.startswith("package="):
            continue
        pairs = dict(_PAIR.findall(text))
        package = pairs.get("package", "")
        raw = next((pairs[k] for k in _TIME_KEYS if k in pairs), None)
        if not package or raw is None:
            continue
        saw_structure = True
        found.append((user_id, package, raw.strip('"').strip()))
    problems = output_notes(out, _WHAT)
    if not saw_structure:
        first = next((ln for ln in lines if ln.strip()), "")
        return unknown(out, *problems, f"{_WHAT}: no 'user=' or 'package=' lines found; first line: {short(first)}")
    order = _slashed_order([raw for _, _, raw in found])
    by_user: dict[int, dict[str, dt.datetime]] = {}
    unreadable: list[str] = []
    guessed = False
    for uid, package, raw in found:
        when, was_guess = _parse_time(raw, order)
        if when is None:
            unreadable.append(raw)
            continue
        guessed = guessed or was_guess
        if when.year < _FIRST_REAL_YEAR:
            continue
        per_user = by_user.setdefault(uid, {})
        if package not in per_user or when > per_user[package]:
            per_user[package] = when
    if unreadable:
        problems.append(f"{_WHAT}: {len(unreadable)} time(s) in a format not understood, e.g. {short(unreadable[0])}")
    if guessed:
        problems.append(f"{_WHAT}: dates are in the phone's locale and some could be day- or month-first")
    newest: dict[str, dt.datetime] = {}
    for per_user in by_user.values():
        for package, when in per_user.items():
            if package not in newest or when > newest[package]:
                newest[package] = when
    return Parsed(UsageStats(last_used=newest, by_user=by_user), tuple(problems), out.sdk)
