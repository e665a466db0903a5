"""``dumpsys account``: which accounts (Google, Samsung, WhatsApp, ...) each user is signed in to.

Per user: ``User UserInfo{<id>:..}:``, then ``Accounts: <n>`` and one ``Account {name=<n>,
type=<t>}`` line per account. A name is free text (``連絡先 (a@b.c) #25``) and may contain
``, type=``; the type cannot, so the line is split at the last ``, type=``. Authenticator lines
of ``RegisteredServicesCache`` (``AuthenticatorDescription {type=..}``) are not accounts.
Without any ``Accounts:`` count the output is an excerpt or another format: unknown, unless
account lines are present, which are then returned with a problem.
"""

from __future__ import annotations

import re

from hardener.adb.output import CommandOutput
from hardener.device.facts import Account, Parsed
from hardener.device.parsers._common import capped, output_notes, precheck, short, unknown

_WHAT = "dumpsys account"
_USER_HEADER = re.compile(r"^User UserInfo\{(\d{1,9}):")
_COUNT = re.compile(r"^Accounts: (\d{1,9})$")
_PREFIX = "Account {name="
_TYPE_SEP = ", type="


def _account(text: str, user_id: int) -> Account | None:
    if not text.startswith(_PREFIX) or not text.endswith("}"):
        return None
    body = text[len(_PREFIX) : -1]
    idx = body.rfind(_TYPE_SEP)
    if idx < 0:
        return None
    acc_type = body[idx + len(_TYPE_SEP) :]
    if not acc_type or any(c.isspace() for c in acc_type):
        return None
    return Account(name=body[:idx], type=acc_type, user_id=user_id)


def parse_dumpsys_account(out: CommandOutput) -> Parsed[tuple[Account, ...]]:
    lines, failed = precheck(out, _WHAT)
    if failed is not None:
        return unknown(out, failed)
    accounts: list[Account] = []
    seen: set[Account] = set()
    user_id = 0
    saw_user = False
    expected: dict[int, int] = {}
    found: dict[int, int] = {}
    for line in lines:
        text = line.strip()
        if not text:
            continue
        m = _USER_HEADER.match(text)
        if m is not None:
            user_id = int(m[1])
            saw_user = True
            continue
        m = _COUNT.match(text)
        if m is not None:
            expected.setdefault(user_id, int(m[1]))
            continue
        acc = _account(text, user_id)
        if acc is not None and acc not in seen:
            seen.add(acc)
            accounts.append(acc)
            found[user_id] = found.get(user_id, 0) + 1
    problems = output_notes(out, _WHAT)
    lost: list[str] = []
    if not expected:
        if not accounts:
            first = next((ln for ln in lines if ln.strip()), "")
            return unknown(out, *problems, f"{_WHAT}: no 'Accounts: <n>' line found; first line: {short(first)}")
        lost.append(f"{_WHAT}: account lines without an 'Accounts: <n>' count; the list may be incomplete")
    mismatches = [
        f"{_WHAT}: user {uid}: the phone counted {count} account(s) but {found.get(uid, 0)} were read"
        for uid, count in expected.items()
        if found.get(uid, 0) != count
    ]
    lost.extend(capped(mismatches))
    problems.extend(lost)
    if not saw_user and expected:
        problems.append(f"{_WHAT}: no 'User UserInfo{{..}}' header; accounts were taken as user 0's")
    return Parsed(tuple(accounts), tuple(problems), out.sdk, incomplete=tuple(lost))
