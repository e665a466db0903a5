"""``pm list users`` and ``am get-current-user``: which Android users and profiles exist.

Each user line is ``UserInfo{<id>:<name>:<hex flags>}`` plus `` running``. A name may contain
colons and braces, so the id is taken from the front and the flags from the back.
"""

from __future__ import annotations

import re

from hardener.adb.output import CommandOutput
from hardener.device.facts import Parsed, UserInfo, Users
from hardener.device.parsers._common import first, is_digits, output_notes, precheck, short, unknown

_PREFIX = "UserInfo{"
_TAIL = re.compile(r":([0-9a-fA-F]{1,16})\}")


def _parse_user(line: str) -> UserInfo | None:
    start = line.find(_PREFIX)
    if start < 0:
        return None
    body = line[start + len(_PREFIX) :]
    uid_text, sep, rest = body.partition(":")
    if not sep or not is_digits(uid_text) or len(uid_text) > 9:
        return None
    close = rest.rfind("}")
    if close < 0:
        return None
    tail = _TAIL.search(rest, max(0, rest.rfind(":", 0, close)))
    if tail is None or tail.end() != close + 1:
        return None
    name = rest[: tail.start()]
    after = rest[close + 1 :].split()
    return UserInfo(id=int(uid_text), name=name, flags=int(tail[1], 16), running="running" in after)


def parse_pm_list_users(out: CommandOutput) -> Parsed[Users]:
    what = "pm list users"
    lines, failed = precheck(out, what)
    if failed is not None:
        return unknown(out, failed)
    users: list[UserInfo] = []
    skipped: list[str] = []
    seen: set[int] = set()
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped == "Users:":
            continue
        user = _parse_user(stripped)
        if user is None:
            skipped.append(stripped)
            continue
        if user.id not in seen:
            seen.add(user.id)
            users.append(user)
    problems = output_notes(out, what)
    if not users:
        return unknown(out, *problems, f"{what}: no 'UserInfo{{...}}' lines found; first line: {short(first(skipped))}")
    if skipped:
        problems.append(f"{what}: {len(skipped)} line(s) not understood, e.g. {short(first(skipped))}")
    return Parsed(Users(tuple(users)), tuple(problems), out.sdk)


def parse_current_user(out: CommandOutput) -> Parsed[int]:
    what = "am get-current-user"
    lines, failed = precheck(out, what)
    if failed is not None:
        return unknown(out, failed)
    meaningful = [ln.strip() for ln in lines if ln.strip()]
    if len(meaningful) == 1 and is_digits(meaningful[0]) and len(meaningful[0]) <= 9:
        return Parsed(int(meaningful[0]), tuple(output_notes(out, what)), out.sdk)
    return unknown(out, f"{what}: expected one user number, got: {short(first(meaningful))}")
