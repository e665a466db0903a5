"""``dumpsys device_policy``: device admins (who can wipe or lock the phone) and owners.

Every user's admin list is printed under ``Enabled Device Admins (User N, provisioningState:
..):`` even when empty, so the header's absence means the dump was not understood (unknown),
while a header with nothing under it is a real "no admins". Each admin is a ``<component>:``
line followed by ``key=value`` lines one level deeper and a ``policies:`` list; nested blocks
such as ``parentAdmin:`` are deeper still and are not mixed into the admin's own values.

Owners: ``Device Owner:`` and ``Profile Owner (User N):`` blocks with ``admin=ComponentInfo{..}``.
"""

from __future__ import annotations

import re

from hardener.adb.output import CommandOutput
from hardener.device.facts import DeviceAdmin, DevicePolicy, Parsed
from hardener.device.parsers._common import indent_of, output_notes, parse_bool, parse_int, precheck, short, unknown

_WHAT = "dumpsys device_policy"
_ADMINS_HEADER = re.compile(r"^Enabled Device Admins \(User (\d{1,9})")
_PROFILE_OWNER = re.compile(r"^Profile Owner \(User (\d{1,9})\)")
# Any ``<something>/<something>:`` line: an admin whose name we would not dare put in a command
# is still an admin, and leaving it out would read as "no admin" (the name is shown escaped).
_COMPONENT_HEADER = re.compile(r"^([^\s=][^=]*/[^=]*):$")


def _component(value: str) -> str | None:
    """``ComponentInfo{pkg/cls}`` -> ``pkg/cls``."""
    value = value.strip()
    if value.startswith("ComponentInfo{") and value.endswith("}"):
        value = value[len("ComponentInfo{") : -1]
    return value if "/" in value else None


class _Admin:
    def __init__(self, component: str, user_id: int, indent: int) -> None:
        self.component = component
        self.user_id = user_id
        self.indent = indent
        self.key_indent: int | None = None
        self.keys: dict[str, str] = {}
        self.policies: list[str] = []
        self.in_policies = False

    def feed(self, indent: int, text: str) -> None:
        if self.key_indent is None:
            self.key_indent = indent
        if indent == self.key_indent:
            self.in_policies = text == "policies:"
            key, sep, value = text.partition("=")
            if sep:
                self.keys.setdefault(key.strip(), value.strip())
        elif indent > self.key_indent and self.in_policies and "=" not in text and " " not in text:
            self.policies.append(text)

    def build(self) -> DeviceAdmin:
        return DeviceAdmin(
            component=self.component,
            user_id=self.user_id,
            policies=tuple(self.policies),
            test_only=parse_bool(self.keys.get("testOnlyAdmin")),
            max_failed_passwords_for_wipe=parse_int(self.keys.get("maximumFailedPasswordsForWipe")),
        )


def parse_device_policy(out: CommandOutput) -> Parsed[DevicePolicy]:
    lines, failed = precheck(out, _WHAT)
    if failed is not None:
        return unknown(out, failed)
    admins: list[_Admin] = []
    admin: _Admin | None = None
    list_user: int | None = None
    list_indent = 0
    saw_lists = False
    device_owner: str | None = None
    profile_owners: dict[int, str] = {}
    owner_target: int | None = None  # -1 = device owner, n = profile owner of user n
    owner_indent = 0
    for line in lines:
        text = line.strip()
        if not text:
            continue
        indent = indent_of(line)
        if owner_target is not None:
            if indent > owner_indent:
                key, sep, value = text.partition("=")
                if sep and key == "admin":
                    comp = _component(value)
                    if comp is not None:
                        if owner_target < 0:
                            device_owner = device_owner or comp
                        else:
                            profile_owners.setdefault(owner_target, comp)
                continue
            owner_target = None
        if text.startswith("Device Owner:") or text == "Device Owner":
            owner_target, owner_indent, admin, list_user = -1, indent, None, None
            continue
        m = _PROFILE_OWNER.match(text)
        if m is not None:
            owner_target, owner_indent, admin, list_user = int(m[1]), indent, None, None
            continue
        m = _ADMINS_HEADER.match(text)
        if m is not None:
            saw_lists = True
            list_user, list_indent, admin = int(m[1]), indent, None
            continue
        if list_user is None:
            continue
        if indent <= list_indent:
            list_user, admin = None, None
            continue
        if admin is not None and indent > admin.indent:
            admin.feed(indent, text)
            continue
        m = _COMPONENT_HEADER.match(text)
        if m is not None:
            admin = _Admin(m[1], list_user, indent)
            admins.append(admin)
        else:
            admin = None  # the user's own fields (mPasswordOwner=...) follow the admins
    problems = output_notes(out, _WHAT)
    if not saw_lists:
        first = next((ln for ln in lines if ln.strip()), "")
        return unknown(out, *problems, f"{_WHAT}: no 'Enabled Device Admins' list found; first line: {short(first)}")
    built = [a.build() for a in admins]
    limits = [a.max_failed_passwords_for_wipe for a in built if a.max_failed_passwords_for_wipe is not None]
    strictest: int | None = None
    if limits:
        positive = [n for n in limits if n > 0]
        strictest = min(positive) if positive else 0
    policy = DevicePolicy(
        admins=tuple(built),
        device_owner=device_owner,
        profile_owners=profile_owners,
        max_failed_passwords_for_wipe=strictest,
    )
    return Parsed(policy, tuple(problems), out.sdk)
