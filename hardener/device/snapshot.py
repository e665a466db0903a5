"""A snapshot: what one scan read from the phone, raw and parsed.

The set of commands is fixed (:data:`SECTIONS`): one ``dumpsys package`` for every app, one
``dumpsys appops`` for every op, and so on, so a scan costs the same number of ADB round trips
whether the phone has 50 apps or 1000. Gathering lives in :mod:`hardener.device.gather`;
this module is pure: raw outputs in, parsed facts out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from hardener.adb.output import CommandOutput
from hardener.device import facts as f
from hardener.device.apk import ApkFacts
from hardener.device.parsers._common import DUMP_TIMEOUT_MARK
from hardener.device.parsers.accounts import parse_dumpsys_account
from hardener.device.parsers.appops import parse_dumpsys_appops
from hardener.device.parsers.backup import parse_bmgr_enabled, parse_bmgr_transports
from hardener.device.parsers.biometrics import parse_face, parse_fingerprint
from hardener.device.parsers.device_policy import parse_device_policy
from hardener.device.parsers.diskstats import parse_diskstats
from hardener.device.parsers.lock import parse_get_disabled, parse_lock_settings
from hardener.device.parsers.package_dump import parse_dumpsys_package
from hardener.device.parsers.packages import parse_pm_list_packages
from hardener.device.parsers.props import parse_getprop
from hardener.device.parsers.settings import parse_settings_global, parse_settings_secure, parse_settings_system
from hardener.device.parsers.sync import parse_dumpsys_content
from hardener.device.parsers.trust import parse_trust
from hardener.device.parsers.usagestats import parse_usagestats
from hardener.device.parsers.users import parse_current_user, parse_pm_list_users
from hardener.device.parsers.watch import (
    LAUNCHER_QUERY,
    ROLE_DIALER,
    ROLE_SMS,
    USER_CERTS_DIR,
    AccessibilityState,
    AdbState,
    LauncherApps,
    RoleHolders,
    UserCertificates,
    parse_dumpsys_accessibility,
    parse_dumpsys_adb,
    parse_launcher_activities,
    parse_role_holders,
    parse_user_certs,
)
from hardener.i18n.markers import N_

Parser = Callable[[CommandOutput], "f.Parsed[Any]"]


@dataclass(frozen=True)
class Section:
    """One command of a scan and the parser function that reads its output.

    The parser is named as a function, not as a string, so mypy checks that it takes a
    :class:`CommandOutput` and returns ``Parsed``, and a reader can follow a scan from the
    channel into the parser.
    """

    id: str
    command: str
    parser: Parser
    label: str  # shown in progress ("Reading lock screen settings"); translated by the GUI


# The order matters a little: getprop first, because its SDK level selects every other format.
# RoleManager's name for the default browser (Android 10+).
ROLE_BROWSER = "android.app.role.BROWSER"

SECTIONS: tuple[Section, ...] = (
    Section("props", "getprop", parse_getprop, N_("phone model and Android version")),
    Section("settings_system", "settings list system", parse_settings_system, N_("settings")),
    Section("settings_secure", "settings list secure", parse_settings_secure, N_("settings")),
    Section("settings_global", "settings list global", parse_settings_global, N_("settings")),
    Section("users", "pm list users", parse_pm_list_users, N_("users and profiles")),
    Section("current_user", "am get-current-user", parse_current_user, N_("users and profiles")),
    Section("packages", "pm list packages -f -i -U -u", parse_pm_list_packages, N_("apps")),
    Section("package_details", "dumpsys package packages", parse_dumpsys_package, N_("apps")),
    Section("appops", "dumpsys appops", parse_dumpsys_appops, N_("app permissions")),
    Section("lock_settings", "dumpsys lock_settings", parse_lock_settings, N_("screen lock")),
    Section("lock_disabled", "locksettings get-disabled", parse_get_disabled, N_("screen lock")),
    Section("trust", "dumpsys trust", parse_trust, N_("screen lock")),
    Section("fingerprint", "dumpsys fingerprint", parse_fingerprint, N_("fingerprints and face")),
    Section("face", "dumpsys face", parse_face, N_("fingerprints and face")),
    Section("device_policy", "dumpsys device_policy", parse_device_policy, N_("device admins")),
    Section("accounts", "dumpsys account", parse_dumpsys_account, N_("accounts")),
    Section("sync", "dumpsys content", parse_dumpsys_content, N_("sync")),
    Section("backup_enabled", "bmgr enabled", parse_bmgr_enabled, N_("backup")),
    Section("backup_transports", "bmgr list transports", parse_bmgr_transports, N_("backup")),
    Section("diskstats", "dumpsys diskstats", parse_diskstats, N_("app storage")),
    Section("usagestats", "dumpsys usagestats", parse_usagestats, N_("app use")),
    # Issue 13's heuristics: what runs, what hides its icon, who holds SMS and calls, which
    # computers the phone trusts for USB debugging.
    Section("accessibility", "dumpsys accessibility", parse_dumpsys_accessibility, N_("accessibility services")),
    Section("launcher", LAUNCHER_QUERY, parse_launcher_activities, N_("app icons")),
    Section("role_sms", f"cmd role get-role-holders {ROLE_SMS}", parse_role_holders, N_("default SMS and phone apps")),
    Section("role_dialer", f"cmd role get-role-holders {ROLE_DIALER}", parse_role_holders,
            N_("default SMS and phone apps")),
    # Issue 14: the default browser (the guide's "choosing browsers"), one more role read.
    Section("role_browser", f"cmd role get-role-holders {ROLE_BROWSER}", parse_role_holders, N_("default browser")),
    Section("adb", "dumpsys adb", parse_dumpsys_adb, N_("computers trusted for USB debugging")),
    Section("user_certs", f"ls {USER_CERTS_DIR}", parse_user_certs, N_("certificates added to the phone")),
)



def _read_in_rounds(out: CommandOutput) -> f.Parsed[Any]:
    return f.Parsed(None, ("read in its own rounds (hardener.device.apk_read), not in the batch",), out.sdk)


# Read after the batch, in a fixed number of rounds of their own (device/apk_read.py): the
# APK files of the apps the batch showed were not installed from a store.
APK_SECTION = Section("apks", "xxd -p (APK files)", _read_in_rounds, N_("app signatures and names"))

SECTION_BY_ID: Mapping[str, Section] = {s.id: s for s in (*SECTIONS, APK_SECTION)}


class SectionState(enum.StrEnum):
    """How completely one section was read: only ``COMPLETE`` can back an "ok"."""

    COMPLETE = "complete"
    NOT_READ = "not_read"  # not gathered, or nothing understood in what came back
    FAILED = "failed"  # the command did not complete (link lost, timeout)
    TRUNCATED = "truncated"  # read in part: the output hit the size cap, or the phone cut the dump short
    PARTIAL = "partial"  # read whole, but the parser knows it lost entries it did not understand


@dataclass(frozen=True)
class SectionRead:
    state: SectionState
    reason: str = ""  # why it is not complete, in the phone's and the parser's words (English)

    @property
    def complete(self) -> bool:
        return self.state == SectionState.COMPLETE


def sdk_from_props(parsed: f.Parsed[f.Props]) -> int | None:
    if parsed.value is None:
        return None
    raw = parsed.value.get("ro.build.version.sdk") or ""
    return int(raw) if raw.strip().isdigit() else None


def parse_section(section: Section, out: CommandOutput) -> f.Parsed[Any]:
    """Run one section's parser; a parser bug becomes a typed unknown, never an exception."""
    if out.failure is not None:
        return f.Parsed(None, (f"command did not complete: {out.failure}",), out.sdk)
    try:
        return section.parser(out)
    except Exception as exc:
        return f.Parsed(None, (f"could not read the output ({type(exc).__name__})",), out.sdk)


@dataclass
class Snapshot:
    """Raw outputs and parsed facts of one scan. Plain data: serialisable, comparable."""

    taken_at: dt.datetime
    raw: dict[str, CommandOutput] = field(default_factory=dict)
    parsed: dict[str, f.Parsed[Any]] = field(default_factory=dict)
    round_trips: int = 0
    seconds: float = 0.0
    this_computer: str | None = None  # this computer's ADB key fingerprint, when known (dumpsys adb)

    # Typed accessors: checks read these, never ``parsed[...]`` directly.
    def _get(self, key: str) -> f.Parsed[Any]:
        return self.parsed.get(key) or f.Parsed(None, ("not read",))

    @property
    def sdk(self) -> int | None:
        return sdk_from_props(self.props)

    @property
    def props(self) -> f.Parsed[f.Props]:
        return self._get("props")

    def settings(self, table: str) -> f.Parsed[f.SettingsTable]:
        return self._get(f"settings_{table}")

    def setting(self, table: str, key: str) -> tuple[bool, str | None]:
        """(known, value): known is False when the table could not be read at all, and when the
        key is absent from a table that was not read completely: absent from a cut-off list does
        not mean unset (which checks read as Android's default)."""
        parsed = self.settings(table)
        if parsed.value is None:
            return False, None
        if key not in parsed.value.values and not self.section_read(f"settings_{table}").complete:
            return False, None
        return True, parsed.value.values.get(key)

    @property
    def users(self) -> f.Parsed[f.Users]:
        return self._get("users")

    @property
    def packages(self) -> f.Parsed[tuple[f.PackageListEntry, ...]]:
        return self._get("packages")

    @property
    def package_details(self) -> f.Parsed[Mapping[str, f.PackageDetail]]:
        return self._get("package_details")

    @property
    def appops(self) -> f.Parsed[f.AppOps]:
        return self._get("appops")

    @property
    def lock_settings(self) -> f.Parsed[f.LockSettings]:
        return self._get("lock_settings")

    @property
    def lock_disabled(self) -> f.Parsed[f.LockDisabledProbe]:
        return self._get("lock_disabled")

    @property
    def trust(self) -> f.Parsed[f.TrustState]:
        return self._get("trust")

    @property
    def fingerprint(self) -> f.Parsed[f.Biometrics]:
        return self._get("fingerprint")

    @property
    def face(self) -> f.Parsed[f.Biometrics]:
        return self._get("face")

    @property
    def device_policy(self) -> f.Parsed[f.DevicePolicy]:
        return self._get("device_policy")

    @property
    def accounts(self) -> f.Parsed[tuple[f.Account, ...]]:
        return self._get("accounts")

    @property
    def sync(self) -> f.Parsed[f.SyncState]:
        return self._get("sync")

    @property
    def backup_enabled(self) -> f.Parsed[bool]:
        return self._get("backup_enabled")

    @property
    def backup_transports(self) -> f.Parsed[f.BackupState]:
        return self._get("backup_transports")

    @property
    def diskstats(self) -> f.Parsed[f.DiskStats]:
        return self._get("diskstats")

    @property
    def usagestats(self) -> f.Parsed[f.UsageStats]:
        return self._get("usagestats")

    @property
    def accessibility(self) -> f.Parsed[AccessibilityState]:
        return self._get("accessibility")

    @property
    def launcher(self) -> f.Parsed[LauncherApps]:
        return self._get("launcher")

    def role(self, which: str) -> f.Parsed[RoleHolders]:
        """``which``: "sms", "dialer" or "browser"."""
        return self._get(f"role_{which}")

    @property
    def adb(self) -> f.Parsed[AdbState]:
        return self._get("adb")

    @property
    def user_certs(self) -> f.Parsed[UserCertificates]:
        return self._get("user_certs")

    @property
    def apks(self) -> f.Parsed[Mapping[str, ApkFacts]]:
        """What the APK files of chosen apps said (certificates, labels); "not read" until
        :func:`hardener.device.apk_read.read_apks` ran."""
        return self._get("apks")

    def section_read(self, section_id: str) -> SectionRead:
        """How completely ``section_id`` was read, from typed signals only.

        Parsers also note harmless things in ``problems`` (an expected exit code, a key printed
        twice), so problems alone do not make a section incomplete. A snapshot built without raw
        outputs (tests, a saved scan) is judged by its parsed facts alone.
        """
        parsed = self.parsed.get(section_id)
        out = self.raw.get(section_id)
        if out is not None and out.failure is not None:
            return SectionRead(SectionState.FAILED, f"the command did not complete: {out.failure}")
        if out is not None and out.truncated:
            return SectionRead(SectionState.TRUNCATED, "longer than hardener reads; the rest was not read")
        if parsed is None or parsed.value is None:
            problems = parsed.problems if parsed is not None else ()
            return SectionRead(SectionState.NOT_READ, "; ".join(problems) or "not read")
        if out is not None and DUMP_TIMEOUT_MARK in out.text:
            return SectionRead(SectionState.TRUNCATED, "the phone cut the dump short (timeout)")
        if parsed.incomplete:
            return SectionRead(SectionState.PARTIAL, "; ".join(parsed.incomplete))
        return SectionRead(SectionState.COMPLETE)

    def to_jsonable(self, include_raw: bool = False) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "taken_at": self.taken_at.isoformat(),
            "sdk": self.sdk,
            "facts": {k: f.to_jsonable(v) for k, v in self.parsed.items()},
        }
        if include_raw:
            doc["raw"] = {k: f.to_jsonable(v) for k, v in self.raw.items()}
        return doc


def build_snapshot(
    outputs: Mapping[str, CommandOutput], taken_at: dt.datetime | None = None
) -> Snapshot:
    """Parse every section's raw output. Pure: used by gathering and by tests on captures."""
    snap = Snapshot(taken_at=taken_at or dt.datetime.now(dt.UTC))
    props_out = outputs.get("props")
    sdk: int | None = None
    if props_out is not None:
        snap.parsed["props"] = parse_section(SECTION_BY_ID["props"], props_out)
        sdk = sdk_from_props(snap.parsed["props"])
    for section in SECTIONS:
        out = outputs.get(section.id)
        if out is None:
            snap.parsed.setdefault(section.id, f.Parsed(None, ("not read",), sdk))
            continue
        snap.raw[section.id] = out
        if section.id == "props":
            continue
        if out.sdk is None and sdk is not None:
            out = dataclasses.replace(out, sdk=sdk)
            snap.raw[section.id] = out
        snap.parsed[section.id] = parse_section(section, out)
    return snap
