"""What examiners read to find an app that watches: running accessibility services, launcher
icons, the SMS and dialer roles, and the computers trusted for USB debugging.

Five outputs, each read in the one snapshot batch:

* ``dumpsys accessibility``: per user, the services installed, enabled, being bound, crashed,
  and the connections the system holds (``Bound services``). Android 13 and older print
  ``enabled services: {`` blocks with one component a line (Samsung) or ``Enabled
  services:{{pkg/cls}, {pkg/cls}}`` on one line (AOSP); Android 14 keeps the latter. A bound
  service is printed by its label only, so "running" is worked out: enabled, not still
  binding, not crashed, while the system holds at least one connection.
* ``cmd package query-activities --brief -a android.intent.action.MAIN -c
  android.intent.category.LAUNCHER``: one ``pkg/cls`` line per activity with an icon in the app
  drawer (``No activities found`` when none). An app hiding its icon is not in it.
* ``cmd role get-role-holders`` for SMS and for the dialer (Android 10+; two commands of the
  batch, no shell grouping). Older phones keep these in settings.
* ``dumpsys adb`` (Android 11+): ``user_keys=`` (the "always allow" keys, one per line), the
  ``keystore=`` (plain XML on Android 11, binary ABX from 12: the keys are base64 text in
  both), ``last_key_received=`` (the MD5 fingerprint of the key of the computer that connected
  last: this one, while ``connected_to_adb=true``) and ``adb_wifi={ enabled=... }``.

Pure and total: any text in, a typed result or a typed unknown out, never an exception.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from hardener.adb.output import CommandOutput
from hardener.device.facts import Parsed
from hardener.device.parsers._common import output_notes, precheck, short, unknown

_COMPONENT = re.compile(r"([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+)/([A-Za-z0-9_.$]+)")


def package_of(component: str) -> str:
    return component.split("/", 1)[0]


def _full(component: str) -> str:
    """``pkg/.Cls`` -> ``pkg/pkg.Cls``, so one service compares equal in every list."""
    pkg, _, cls = component.partition("/")
    return f"{pkg}/{pkg}{cls}" if cls.startswith(".") else component


# --- dumpsys accessibility ------------------------------------------------------------------

@dataclass(frozen=True)
class AccessibilityUser:
    """One user's accessibility services as the running system holds them."""

    user_id: int
    installed: tuple[str, ...]
    enabled: tuple[str, ...]
    binding: tuple[str, ...]
    crashed: tuple[str, ...]
    bound: int  # connections the system holds now
    bound_labels: tuple[str, ...]

    @property
    def running(self) -> tuple[str, ...]:
        """Enabled services the system has connected: not still binding, not crashed."""
        if self.bound == 0:
            return ()
        stalled = set(self.binding) | set(self.crashed)
        return tuple(c for c in self.enabled if c not in stalled)


@dataclass(frozen=True)
class AccessibilityState:
    users: tuple[AccessibilityUser, ...]

    def user(self, user_id: int) -> AccessibilityUser | None:
        return next((u for u in self.users if u.user_id == user_id), None)


def _block(text: str, start: int) -> str:
    """The text inside the braces opening at ``start`` (to the matching close, or the end)."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start + 1:i]
    return text[start + 1:]


def _list_in(text: str, name: str) -> str | None:
    found = re.search(rf"{name} services:\s*\{{", text, re.IGNORECASE)
    if found is None:
        return None
    return _block(text, found.end() - 1)


def parse_dumpsys_accessibility(out: CommandOutput) -> Parsed[AccessibilityState]:
    what = "dumpsys accessibility"
    lines, failed = precheck(out, what)
    if failed is not None:
        return unknown(out, failed)
    text = "\n".join(lines)
    parts = re.split(r"User state\[", text)
    if len(parts) < 2:
        head = next((ln.strip() for ln in lines if ln.strip()), "")
        return unknown(out, *output_notes(out, what), f"{what}: no 'User state[' block; first line: {short(head)}")
    users: list[AccessibilityUser] = []
    incomplete: list[str] = []
    for part in parts[1:]:
        uid = re.search(r"\bid=(\d+)", part)
        if uid is None:
            incomplete.append(f"{what}: a user block without its id")
            continue
        lists: dict[str, tuple[str, ...]] = {}
        for name in ("installed", "enabled", "binding", "crashed"):
            body = _list_in(part, name)
            lists[name] = tuple(dict.fromkeys(_full(m.group(0)) for m in _COMPONENT.finditer(body or "")))
            if body is None and name == "enabled":
                incomplete.append(f"{what}: user {uid.group(1)} has no 'Enabled services' list")
        bound_body = _list_in(part, "bound") or ""
        labels = tuple(m.group(1).strip() for m in re.finditer(r"Service\[label=([^,\]]*)", bound_body))
        users.append(AccessibilityUser(
            int(uid.group(1)), lists["installed"], lists["enabled"], lists["binding"], lists["crashed"],
            bound_body.count("Service["), labels,
        ))
    if not users:
        return unknown(out, *output_notes(out, what), *incomplete)
    problems = (*output_notes(out, what), *incomplete)
    return Parsed(AccessibilityState(tuple(users)), problems, out.sdk, tuple(incomplete))


# --- launcher icons --------------------------------------------------------------------------

LAUNCHER_QUERY = ("cmd package query-activities --brief -a android.intent.action.MAIN "
                  "-c android.intent.category.LAUNCHER")


@dataclass(frozen=True)
class LauncherApps:
    """Packages with at least one icon in the app drawer, for the current user."""

    packages: frozenset[str]


def parse_launcher_activities(out: CommandOutput) -> Parsed[LauncherApps]:
    what = "cmd package query-activities"
    lines, failed = precheck(out, what)
    if failed is not None:
        return unknown(out, failed)
    found: set[str] = set()
    said_none = said_count = False
    for line in lines:
        text = line.strip()
        if text == "No activities found":
            said_none = True
        elif re.fullmatch(r"\d+ activities found:", text):
            said_count = True
        else:
            match = _COMPONENT.fullmatch(text)
            if match is not None:
                found.add(match.group(1))
    if not found and not said_none and not said_count:
        head = next((ln.strip() for ln in lines if ln.strip()), "")
        return unknown(out, *output_notes(out, what), f"{what}: no activity listed; first line: {short(head)}")
    return Parsed(LauncherApps(frozenset(found)), tuple(output_notes(out, what)), out.sdk)


# --- SMS and dialer roles ---------------------------------------------------------------------

ROLE_SMS = "android.app.role.SMS"
ROLE_DIALER = "android.app.role.DIALER"


@dataclass(frozen=True)
class RoleHolders:
    role: str
    holders: tuple[str, ...]  # packages; empty when no app holds the role


def parse_role_holders(out: CommandOutput) -> Parsed[RoleHolders]:
    """``cmd role get-role-holders ROLE``: one package a line, nothing when no app holds it."""
    what = "cmd role get-role-holders"
    role = out.command.split()[-1] if out.command.split() else ""
    if out.failure is None and out.exit_code == 0 and not out.text.strip():
        return Parsed(RoleHolders(role, ()), (), out.sdk)  # no app holds the role: Android prints nothing
    lines, failed = precheck(out, what)
    if failed is not None:
        return unknown(out, failed)
    holders: list[str] = []
    for line in lines:
        text = line.strip()
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+", text):
            holders.append(text)
        elif text:
            return unknown(out, *output_notes(out, what), f"{what}: {short(text)}")
    return Parsed(RoleHolders(role, tuple(holders)), tuple(output_notes(out, what)), out.sdk)


# --- dumpsys adb ------------------------------------------------------------------------------

@dataclass(frozen=True)
class AdbKey:
    """One computer's public key the phone accepts for USB debugging."""

    fingerprint: str  # MD5 of the decoded key, as Android shows it (AA:BB:...)
    comment: str  # what the computer called itself (user@host)
    always: bool  # "Always allow from this computer" (adb_keys), not only until it expires


@dataclass(frozen=True)
class AdbState:
    connected: bool | None
    last_key: str | None  # fingerprint of the computer that connected last (this one, when connected)
    keys: tuple[AdbKey, ...]
    wifi_enabled: bool | None  # from the adb_wifi block (Android 11+), None when not printed

    @property
    def others(self) -> tuple[AdbKey, ...]:
        """Trusted keys that are not this computer's (all of them when it cannot be told)."""
        return tuple(k for k in self.keys if k.fingerprint != self.last_key)


# Android's RSA key blob starts with its length in words (64, little-endian): "QAAAA" in base64.
_KEY = re.compile(r"(QAAAA[A-Za-z0-9+/]{16,}={0,2})(?:[ \t]+([\w.@+-]{1,120}))?")


def fingerprint(key_b64: str) -> str | None:
    try:
        raw = base64.b64decode(key_b64, validate=True)
    except (binascii.Error, ValueError):
        return None
    digest = hashlib.md5(raw, usedforsecurity=False).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, 32, 2))


def parse_dumpsys_adb(out: CommandOutput) -> Parsed[AdbState]:
    what = "dumpsys adb"
    lines, failed = precheck(out, what)
    if failed is not None:
        return unknown(out, failed)
    text = "\n".join(lines)
    if "debugging_manager" not in text:
        head = next((ln.strip() for ln in lines if ln.strip()), "")
        return unknown(out, *output_notes(out, what), f"{what}: no debugging_manager block; first line: {short(head)}")
    connected = re.search(r"connected_to_adb=(true|false)", text)
    last = re.search(r"last_key_received=([0-9A-Fa-f:]{47})", text)
    wifi = re.search(r"adb_wifi=\{[^}]*?enabled=(true|false)", text, re.DOTALL)
    user_part, _, store_part = text.partition("keystore=")
    keys: dict[str, AdbKey] = {}
    for part, always in ((user_part, True), (store_part, False)):
        for match in _KEY.finditer(part):
            fp = fingerprint(match.group(1))
            if fp is None:
                continue
            comment = (match.group(2) or "").strip()
            if fp in keys:
                old = keys[fp]
                keys[fp] = AdbKey(fp, old.comment or comment, old.always or always)
            else:
                keys[fp] = AdbKey(fp, comment, always)
    return Parsed(AdbState(
        connected=None if connected is None else connected.group(1) == "true",
        last_key=last.group(1).upper() if last is not None else None,
        keys=tuple(keys.values()),
        wifi_enabled=None if wifi is None else wifi.group(1) == "true",
    ), tuple(output_notes(out, what)), out.sdk)


# --- user CA certificates -----------------------------------------------------------------------

USER_CERTS_DIR = "/data/misc/user/0/cacerts-added"


@dataclass(frozen=True)
class UserCertificates:
    """Certificate files a person (or someone with the phone) added to the trusted ones."""

    files: tuple[str, ...]


def parse_user_certs(out: CommandOutput) -> Parsed[UserCertificates]:
    """``ls /data/misc/user/0/cacerts-added``: one ``<hash>.<n>`` file per added certificate.

    The folder exists only once a certificate was added, so "No such file" is "none". Android
    keeps it from the shell user on current phones ("Permission denied"): that is unknown, and
    the check guides the person to look in Settings instead.
    """
    what = f"ls {USER_CERTS_DIR}"
    text = out.text.strip()
    if out.failure is None and "No such file or directory" in text:
        return Parsed(UserCertificates(()), (), out.sdk)
    if "Permission denied" in text:
        return unknown(out, f"{what}: the phone does not let the shell see this folder")
    lines, failed = precheck(out, what)
    if failed is not None:
        if out.failure is None and out.exit_code == 0 and not text:
            return Parsed(UserCertificates(()), (), out.sdk)
        return unknown(out, failed)
    files = [ln.strip() for ln in lines if ln.strip()]
    if not all(re.fullmatch(r"[0-9a-f]{8}\.\d+", f) for f in files):
        return unknown(out, *output_notes(out, what), f"{what}: {short(files[0])}")
    return Parsed(UserCertificates(tuple(files)), tuple(output_notes(out, what)), out.sdk)
