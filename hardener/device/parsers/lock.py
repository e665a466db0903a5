"""``dumpsys lock_settings`` and ``locksettings get-disabled``: is there a secure screen lock?

Getting this wrong in the "safe" direction tells a person their phone is locked when it is not,
so both parsers only answer what the text plainly says, and everything else is unknown.

``dumpsys lock_settings`` comes in three shapes:

- Android 8-10 (``sp-sid``): ``SP Enabled = ..`` then ``User N`` with ``SP Handle = ..`` and
  ``SID = ..``; no credential type. A non-zero Gatekeeper SID is taken to mean "some secure
  credential"; a zero SID is *not* taken to mean "none".
- Android 11-12 (``mixed-case``): ``User State:`` then per user ``CredentialType: Pin``.
- Android 13+ (``upper-case``): the same with ``CredentialType: PIN`` (``UNKNOWN_<n>``,
  Samsung ``SMARTCARDNUMERIC``). ``Quality`` is ignored: it disagrees with itself across releases.

User blocks are lines that are exactly ``User <n>``; the later ``Storage:`` section prints
``User 0 [/data/...]:`` lines, which are not user blocks.
"""

from __future__ import annotations

import re

from hardener.adb.output import CommandOutput
from hardener.device.facts import CredentialType, LockDisabledProbe, LockSettings, LockUserState, Parsed
from hardener.device.parsers._common import (
    capped,
    clean_text,
    indent_of,
    is_wrapper,
    output_notes,
    parse_int,
    precheck,
    short,
    unknown,
)

_USER_LINE = re.compile(r"^User (\d{1,9})$")
_TYPE_WORDS = {
    "none": CredentialType.NONE,
    "pattern": CredentialType.PATTERN,
    "pin": CredentialType.PIN,
    "password": CredentialType.PASSWORD,
    "password_or_pin": CredentialType.PIN_OR_PASSWORD,
    "smartcardnumeric": CredentialType.SECURE_UNKNOWN_KIND,
    # LockPatternUtils.CREDENTIAL_TYPE_* numbers, should a build print the raw value.
    "-1": CredentialType.NONE,
    "1": CredentialType.PATTERN,
    "2": CredentialType.PIN_OR_PASSWORD,
    "3": CredentialType.PIN,
    "4": CredentialType.PASSWORD,
}


def _credential(raw: str) -> CredentialType:
    return _TYPE_WORDS.get(raw.strip().lower(), CredentialType.UNKNOWN)


def _value(text: str, key: str) -> str | None:
    """``key: v`` or ``key = v`` (the old format uses ``=``)."""
    if not text.startswith(key):
        return None
    rest = text[len(key) :].lstrip()
    if rest[:1] in (":", "="):
        return rest[1:].strip()
    return None


class _UserBlock:
    def __init__(self, user_id: int) -> None:
        self.user_id = user_id
        self.credential_raw: str | None = None
        self.sid: str | None = None
        self.lock_screen_disabled: str | None = None


def parse_lock_settings(out: CommandOutput) -> Parsed[LockSettings]:
    what = "dumpsys lock_settings"
    lines, failed = precheck(out, what)
    if failed is not None:
        return unknown(out, failed)
    saw_header = False
    saw_sp_enabled = False
    saw_user_state = False
    blocks: list[_UserBlock] = []
    block: _UserBlock | None = None
    block_indent = 0
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        indent = indent_of(line)
        if stripped.startswith("Current lock settings service state"):
            saw_header = True
            block = None
            continue
        if stripped.startswith("SP Enabled"):
            saw_sp_enabled = True
            block = None
            continue
        if stripped == "User State:":
            saw_user_state = True
            block = None
            continue
        m = _USER_LINE.match(stripped)
        if m is not None:
            block = _UserBlock(int(m[1]))
            block_indent = indent
            blocks.append(block)
            continue
        if block is None:
            continue
        if indent <= block_indent:
            block = None  # a new section ("Storage:", "StrongAuth:", ...) ends the user blocks
            continue
        for key in ("CredentialType", "SID", "IsLockScreenDisabled"):
            value = _value(stripped, key)
            if value is None:
                continue
            if key == "CredentialType":
                block.credential_raw = value
            elif key == "SID":
                block.sid = value
            else:
                block.lock_screen_disabled = value
            break
    problems = output_notes(out, what)
    if not blocks:
        first = next((ln for ln in lines if ln.strip()), "")
        return unknown(out, *problems, f"{what}: no 'User <n>' blocks found; first line: {short(first)}")
    if not saw_header:
        problems.append(f"{what}: the 'Current lock settings service state' header is missing")
    users: list[LockUserState] = []
    raw_types = [b.credential_raw for b in blocks if b.credential_raw]
    per_user: list[str] = []
    for b in blocks:
        users.append(_user_state(b, per_user, what))
    problems.extend(capped(per_user))
    if raw_types:
        upper = all(t == t.upper() for t in raw_types)
        fmt = "upper-case" if upper else "mixed-case"
    elif saw_sp_enabled or any(b.sid is not None for b in blocks):
        fmt = "sp-sid"
    else:
        fmt = "unknown"
    if fmt == "sp-sid" and out.sdk is not None and out.sdk >= 30:
        problems.append(f"{what}: Android 8-10 format on a phone that reports API {out.sdk}")
    if saw_user_state and fmt == "sp-sid":
        problems.append(f"{what}: 'User State:' block without any CredentialType line")
    return Parsed(LockSettings(users=tuple(users), format_version=fmt), tuple(problems), out.sdk)


def _user_state(b: _UserBlock, problems: list[str], what: str) -> LockUserState:
    if b.credential_raw is not None:
        credential = _credential(b.credential_raw)
        disabled = (b.lock_screen_disabled or "").lower()
        if credential is CredentialType.NONE and disabled == "false":
            credential = CredentialType.SWIPE
        if credential is CredentialType.UNKNOWN:
            problems.append(f"{what}: user {b.user_id}: credential type {short(b.credential_raw)!r} not understood")
        return LockUserState(b.user_id, credential, b.credential_raw)
    if b.sid is not None:
        sid = parse_int(b.sid, 16)
        if sid is not None and sid != 0:
            return LockUserState(b.user_id, CredentialType.SECURE_UNKNOWN_KIND, None)
        problems.append(
            f"{what}: user {b.user_id}: SID {short(b.sid)} does not show a credential, and this format cannot "
            "show its absence"
        )
        return LockUserState(b.user_id, CredentialType.UNKNOWN, None)
    problems.append(f"{what}: user {b.user_id}: neither CredentialType nor SID found")
    return LockUserState(b.user_id, CredentialType.UNKNOWN, None)


_SECURE_SIGNS = (
    # LockSettingsService refuses the empty old credential before counting any attempt.
    ("Credential can't be null or empty", "a secure lock is set (the phone asked for the current credential)"),
    ("Profile uses unified challenge", "the profile is locked by its parent's credential"),
    ("Request throttled", "a secure lock is set (the phone is throttling attempts)"),
)
_LINKER_NOISE = "WARNING: linker:"


def parse_get_disabled(out: CommandOutput) -> Parsed[LockDisabledProbe]:
    """``locksettings get-disabled``: ``true``/``false`` without a credential, an error with one.

    Only the exact texts below count. An error for any other reason (``Error while executing
    command: get-disabled`` with a different exception, a missing command, a permission
    denial) says nothing about the lock, so it is unknown, never "no lock".
    """
    what = "locksettings get-disabled"
    if out.failure is not None:
        return unknown(out, f"{what}: the command did not complete: {short(out.failure)}")
    text = clean_text(out.text)
    for sign, meaning in _SECURE_SIGNS:
        if sign in text:
            return Parsed(LockDisabledProbe(secure=True), (f"{what}: {meaning}",), out.sdk)
    if "didn't match" in text and "Old password" in text:
        return Parsed(
            LockDisabledProbe(secure=True),
            (
                f"{what}: a secure lock is set; the phone checked an old credential and may have counted "
                "a failed unlock attempt",
            ),
            out.sdk,
        )
    if "Old password provided but user has no password" in text:
        return Parsed(
            LockDisabledProbe(secure=False),
            (f"{what}: the phone says the user has no password (an old credential was passed)",),
            out.sdk,
        )
    if "does not support lock screen" in text:
        return Parsed(
            LockDisabledProbe(secure=None, unsupported=True),
            (f"{what}: the phone says it does not support a lock screen",),
            out.sdk,
        )
    lines = [ln.strip() for ln in text.split("\n") if ln.strip() and not is_wrapper(ln.strip())]
    lines = [ln for ln in lines if not ln.startswith(_LINKER_NOISE)]
    if not lines:
        return unknown(out, f"{what}: the phone printed nothing")
    if out.exit_code not in (0, None):
        return unknown(out, f"{what}: exit code {out.exit_code} with an error not understood: {short(lines[0])}")
    if len(lines) == 1 and lines[0] in ("true", "false"):
        disabled = lines[0] == "true"
        return Parsed(LockDisabledProbe(secure=False, disabled=disabled), (), out.sdk)
    return unknown(out, f"{what}: output not understood: {short(lines[0])}")
