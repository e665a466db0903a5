"""``dumpsys content``: the master "auto-sync" switch per user and per-account sync settings.

``Auto sync: u0=true u10=false `` (``auto sync:`` up to Android 8.1) gives the master switch.
Under ``Sync Status`` each ``Account <name> u<user> <type>[ (locked)]`` line is followed by a
line of ``=``, a table header and its dashes, then rows. A row whose first character is not a
space names an authority, with ``syncable`` (int) and ``enabled`` (true/false) as its second
and third columns; indented rows continue the previous authority. Account names may contain
spaces (some builds print ``XXXXXXXXX``), so the user and type are read from the right.

A name can even hold a newline (Android does not forbid it), which splits the header over two
lines. The table under it is read all the same, from the line just above its ``=`` rule: a
table we cannot attribute still says that something is copied, and skipping it would read as
"nothing is copied".
"""

from __future__ import annotations

import re

from hardener.adb.output import CommandOutput
from hardener.device.facts import Parsed, SyncAuthority, SyncState
from hardener.device.parsers._common import output_notes, parse_bool, parse_int, precheck, unknown

_WHAT = "dumpsys content"
_AUTO_SYNC = re.compile(r"^[Aa]uto sync: (.*)$")
_PAIR = re.compile(r"u(\d{1,9})=(true|false)")
_USER_TOKEN = re.compile(r"^u(\d{1,9})$")


def _account_header(line: str) -> tuple[str, int, str] | None:
    if not line.startswith("Account "):
        return None
    body = line[len("Account ") :].rstrip()
    if body.endswith(" (locked)"):
        body = body[: -len(" (locked)")]
    parts = body.rsplit(" ", 2)
    if len(parts) != 3:
        return None
    name, user_token, acc_type = parts
    m = _USER_TOKEN.match(user_token)
    if m is None or not acc_type:
        return None
    return name, int(m[1]), acc_type


_LOOSE_HEADER = re.compile(r"^(.*) u(\d{1,9}) (\S.*?)(?: \(locked\))?$")


def _loose_header(line: str) -> tuple[str, int, str] | None:
    """The last line of a header split by a newline in the name, or one whose type has spaces."""
    body = line.strip()
    if body.startswith("Account "):
        body = body[len("Account ") :]
    m = _LOOSE_HEADER.match(body)  # greedy: the last " u<N> " separates the name from the type
    if m is None:
        return None
    return m[1], int(m[2]), m[3]


def parse_dumpsys_content(out: CommandOutput) -> Parsed[SyncState]:
    lines, failed = precheck(out, _WHAT)
    if failed is not None:
        return unknown(out, failed)
    master: dict[int, bool] = {}
    saw_auto_sync = False
    authorities: list[SyncAuthority] = []
    account: tuple[str, int, str] | None = None
    in_table = False
    unattributed = 0
    for i, line in enumerate(lines):
        if not line.strip():
            account, in_table = None, False
            continue
        m = _AUTO_SYNC.match(line)
        if m is not None and not saw_auto_sync:
            saw_auto_sync = True
            for user, value in _PAIR.findall(m[1]):
                master.setdefault(int(user), value == "true")
            continue
        if line.startswith("====="):
            # Every table starts under its own account line, even without a blank line before it.
            above = lines[i - 1] if i > 0 else ""
            account = _account_header(above) or _loose_header(above)
            if account is None:
                # User -1: no user's master switch applies, so it can never read as "off".
                account = (above.strip() or "?", -1, "?")
                unattributed += 1
            in_table = True
            continue
        if account is None:
            continue
        if line.startswith("Authority ") or line.startswith("-----"):
            in_table = True
            continue
        if not in_table or line[0].isspace():
            continue
        cols = line.split()
        syncable = parse_int(cols[1]) if len(cols) > 1 else None
        enabled = parse_bool(cols[2]) if len(cols) > 2 and cols[2] in ("true", "false") else None
        if syncable is None or enabled is None:
            # Not a row (a later section, or a stray line): skip it. The table ends at a blank
            # line or the next account; ending it here would drop every row after a stray line.
            continue
        name, user_id, acc_type = account
        authorities.append(SyncAuthority(name, acc_type, user_id, cols[0], syncable, enabled))
    problems = output_notes(out, _WHAT)
    lost = []
    if unattributed:
        lost.append(f"{_WHAT}: {unattributed} sync table(s) under an account line that could not be read")
    problems.extend(lost)
    if not saw_auto_sync:
        return unknown(out, *problems, f"{_WHAT}: no 'Auto sync:' line found")
    if saw_auto_sync and not master:
        problems.append(f"{_WHAT}: the 'Auto sync:' line names no user")
    return Parsed(
        SyncState(master_sync=master, authorities=tuple(authorities)), tuple(problems), out.sdk, incomplete=tuple(lost)
    )
