"""Build :class:`Snapshot` objects for tests without a phone, a parser or a capture.

    snap = (SnapshotBuilder().sdk(34).lock("pin")
            .secure(lock_screen_show_notifications="1")
            .package("com.example.app", installer=None, granted=["CAMERA"])
            .build())

By default every section of :data:`hardener.device.snapshot.SECTIONS` is present and *empty*:
a phone that answered every command and has nothing set (no apps, no accounts, backup off).
``.unknown("trust")`` makes one section a typed unknown, as a failed read would; a builder made
with ``read_all=False`` only holds the sections the test touched. Every method returns the
builder, so calls chain. :meth:`SnapshotBuilder.safe_phone` gives a well-hardened phone to start
"good case" tests from.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from hardener.checks import _validate as v
from hardener.checks.finding import Finding
from hardener.device import facts as f
from hardener.device.parsers import watch as w
from hardener.device.snapshot import SECTIONS, Snapshot

SECTION_IDS = tuple(s.id for s in SECTIONS)
TAKEN_AT = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)
PLAY = "com.android.vending"


def perm(name: str) -> str:
    """``"CAMERA"`` -> ``"android.permission.CAMERA"``; full names pass through."""
    return name if "." in name else f"android.permission.{name}"


class SnapshotBuilder:
    def __init__(self, taken_at: dt.datetime = TAKEN_AT, *, read_all: bool = True) -> None:
        self._taken_at = taken_at
        self._read_all = read_all
        self._touched: set[str] = set()
        self._override: dict[str, f.Parsed[Any]] = {}
        self._props: dict[str, str] = {}
        self._settings: dict[str, dict[str, str | None]] = {"system": {}, "secure": {}, "global": {}}
        self._users = [f.UserInfo(0, "Owner", 0xC13, True)]
        self._current_user = 0
        self._packages: dict[str, f.PackageListEntry] = {}
        self._details: dict[str, f.PackageDetail] = {}
        self._appops: list[f.AppOpEntry] = []
        self._lock_users: dict[int, f.LockUserState] = {}
        self._probe = f.LockDisabledProbe(secure=None)
        self._trust_users: dict[int, f.TrustUser] = {}
        self._trust_agents: list[f.TrustAgent] = []
        self._trust_disabled: str | None = None
        self._prints: dict[int, int] = {}
        self._faces: dict[int, int] = {}
        self._admins: list[f.DeviceAdmin] = []
        self._device_owner: str | None = None
        self._profile_owners: dict[int, str] = {}
        self._accounts: list[f.Account] = []
        self._master_sync: dict[int, bool] = {}
        self._authorities: list[f.SyncAuthority] = []
        self._backup = f.BackupState(enabled=False)
        self._sizes: dict[str, f.AppSize] = {}
        self._fbe: bool | None = None
        self._last_used: dict[str, dt.datetime] = {}
        self._by_user: dict[int, dict[str, dt.datetime]] = {}

    def _touch(self, *sections: str) -> SnapshotBuilder:
        self._touched.update(sections)
        return self

    # --- properties and settings --------------------------------------------------------------

    def sdk(self, level: int) -> SnapshotBuilder:
        return self.prop("ro.build.version.sdk", str(level))

    def prop(self, name: str, value: str) -> SnapshotBuilder:
        self._props[name] = value
        return self._touch("props")

    def _table(
        self, table: str, values: Mapping[str, str | None] | None, kv: Mapping[str, str | None]
    ) -> SnapshotBuilder:
        self._settings[table].update(values or {})
        self._settings[table].update(kv)
        return self._touch(f"settings_{table}")

    def system(self, values: Mapping[str, str | None] | None = None, **kv: str | None) -> SnapshotBuilder:
        return self._table("system", values, kv)

    def secure(self, values: Mapping[str, str | None] | None = None, **kv: str | None) -> SnapshotBuilder:
        return self._table("secure", values, kv)

    def global_(self, values: Mapping[str, str | None] | None = None, **kv: str | None) -> SnapshotBuilder:
        """The ``global`` table (``global`` is a Python keyword)."""
        return self._table("global", values, kv)

    # --- users and apps -------------------------------------------------------------------------

    def users(self, *users: f.UserInfo, current: int = 0) -> SnapshotBuilder:
        self._users = list(users)
        self._current_user = current
        return self._touch("users", "current_user")

    def package(
        self,
        name: str,
        *,
        installer: str | None = PLAY,
        system: bool = False,
        path: str | None = None,
        uid: int | None = None,
        granted: Iterable[str] = (),
        denied: Iterable[str] = (),
        user_id: int = 0,
        installed: bool | None = True,
        enabled: int | None = 0,
        suspended: bool | None = False,
        signing: Iterable[str] = (),
        first_install: dt.datetime | None = None,
        listed: bool = True,
        detailed: bool = True,
        permissions_known: bool = True,
    ) -> SnapshotBuilder:
        """An app in ``pm list packages`` (``listed``) and in ``dumpsys package`` (``detailed``)."""
        if path is None:
            path = f"/system/app/{name}/{name}.apk" if system else f"/data/app/~~Ab1==/{name}-Xy2==/base.apk"
        if listed:
            self._packages[name] = f.PackageListEntry(name, path, installer, uid)
            self._touch("packages")
        if detailed:
            perms = tuple(f.PermissionState(perm(p), True) for p in granted) + tuple(
                f.PermissionState(perm(p), False) for p in denied
            )
            state = f.PackageUserState(
                user_id=user_id,
                installed=installed,
                suspended=suspended,
                enabled=enabled,
                runtime_permissions=perms,
                runtime_permissions_known=permissions_known,
            )
            self._details[name] = f.PackageDetail(
                name=name,
                app_id=(uid % 100000) if uid is not None else None,
                installer=installer,
                code_path=path.rsplit("/", 1)[0],
                is_system=system,
                requested_permissions=tuple(p.name for p in perms),
                users=(state,),
                signing_digests=tuple(signing),
                first_install=first_install,
            )
            self._touch("package_details")
        return self

    def package_detail(self, detail: f.PackageDetail) -> SnapshotBuilder:
        """Any hand-made :class:`PackageDetail` (several users, odd flags, ...)."""
        self._details[detail.name] = detail
        return self._touch("package_details")

    def appop(
        self, package: str, op: str, mode: str = "allow", user_id: int = 0, uid_level: bool = False
    ) -> SnapshotBuilder:
        self._appops.append(f.AppOpEntry(package, op, mode, user_id, uid_level))
        return self._touch("appops")

    # --- lock screen ----------------------------------------------------------------------------

    def lock(
        self, credential: f.CredentialType | str, user_id: int = 0, raw_type: str | None = None
    ) -> SnapshotBuilder:
        cred = f.CredentialType(credential)
        self._lock_users[user_id] = f.LockUserState(user_id, cred, raw_type)
        if cred in (f.CredentialType.NONE, f.CredentialType.SWIPE):
            self._probe = f.LockDisabledProbe(secure=False, disabled=cred == f.CredentialType.NONE)
        elif cred != f.CredentialType.UNKNOWN:
            self._probe = f.LockDisabledProbe(secure=True)
        return self._touch("lock_settings", "lock_disabled")

    def lock_probe(
        self, secure: bool | None, disabled: bool | None = None, unsupported: bool = False
    ) -> SnapshotBuilder:
        self._probe = f.LockDisabledProbe(secure=secure, disabled=disabled, unsupported=unsupported)
        return self._touch("lock_disabled")

    def trust_user(
        self,
        user_id: int = 0,
        *,
        current: bool = True,
        device_locked: bool | None = None,
        trust_managed: bool | None = None,
        strong_auth: int | None = None,
    ) -> SnapshotBuilder:
        self._trust_users[user_id] = f.TrustUser(
            user_id, "Owner" if user_id == 0 else f"User {user_id}", current,
            trusted=False, trust_managed=trust_managed, device_locked=device_locked,
            strong_auth_required=strong_auth,
        )
        return self._touch("trust")

    def trust_agent(self, component: str, user_id: int = 0, managing: bool = False) -> SnapshotBuilder:
        self._trust_agents.append(f.TrustAgent(component, user_id, bound=True, managing_trust=managing))
        return self._touch("trust")

    def trust_disabled(self, reason: str) -> SnapshotBuilder:
        self._trust_disabled = reason
        return self._touch("trust")

    def fingerprints(self, count: int, user_id: int = 0) -> SnapshotBuilder:
        self._prints[user_id] = count
        return self._touch("fingerprint")

    def faces(self, count: int, user_id: int = 0) -> SnapshotBuilder:
        self._faces[user_id] = count
        return self._touch("face")

    # --- device policy ----------------------------------------------------------------------------

    def device_admin(self, component: str, user_id: int = 0, policies: Iterable[str] = ()) -> SnapshotBuilder:
        self._admins.append(f.DeviceAdmin(component, user_id, tuple(policies)))
        return self._touch("device_policy")

    def device_owner(self, component: str) -> SnapshotBuilder:
        self._device_owner = component
        return self._touch("device_policy")

    def profile_owner(self, user_id: int, component: str) -> SnapshotBuilder:
        self._profile_owners[user_id] = component
        return self._touch("device_policy")

    # --- accounts, sync, backup ---------------------------------------------------------------------

    def account(self, name: str, type: str = "com.google", user_id: int = 0) -> SnapshotBuilder:
        self._accounts.append(f.Account(name, type, user_id))
        return self._touch("accounts")

    def master_sync(self, on: bool, user_id: int = 0) -> SnapshotBuilder:
        self._master_sync[user_id] = on
        return self._touch("sync")

    def sync(
        self,
        account_name: str,
        authority: str,
        *,
        account_type: str = "com.google",
        enabled: bool | None = True,
        syncable: int | None = 1,
        user_id: int = 0,
    ) -> SnapshotBuilder:
        self._authorities.append(f.SyncAuthority(account_name, account_type, user_id, authority, syncable, enabled))
        return self._touch("sync")

    def backup(
        self, enabled: bool | None, transports: Iterable[str] = (), current: str | None = None
    ) -> SnapshotBuilder:
        names = tuple(transports) or ((current,) if current else ())
        self._backup = f.BackupState(enabled=enabled, transports=names, current_transport=current)
        return self._touch("backup_enabled", "backup_transports")

    # --- storage and use ------------------------------------------------------------------------------

    def disk(self, package: str, data_bytes: int | None = None, app_bytes: int | None = None) -> SnapshotBuilder:
        self._sizes[package] = f.AppSize(app_bytes=app_bytes, data_bytes=data_bytes)
        return self._touch("diskstats")

    def fbe(self, on: bool | None) -> SnapshotBuilder:
        self._fbe = on
        return self._touch("diskstats")

    def used(self, package: str, when: dt.datetime, user_id: int | None = None) -> SnapshotBuilder:
        """Last use of ``package``; with ``user_id`` also in the per-user table."""
        self._last_used[package] = max(when, self._last_used.get(package, when))
        if user_id is not None:
            self._by_user.setdefault(user_id, {})[package] = when
        return self._touch("usagestats")

    # --- unknowns and raw overrides -------------------------------------------------------------

    def unknown(self, section: str, reason: str = "Can't find service") -> SnapshotBuilder:
        """Make ``section`` a typed unknown, as when its command failed."""
        return self.parsed(section, f.Parsed(None, (reason,)))

    def parsed(self, section: str, value: f.Parsed[Any]) -> SnapshotBuilder:
        if section not in SECTION_IDS:
            raise KeyError(f"no section {section!r}; known: {', '.join(SECTION_IDS)}")
        self._override[section] = value
        return self._touch(section)

    # --- presets ------------------------------------------------------------------------------------

    @classmethod
    def safe_phone(cls, sdk: int = 34) -> SnapshotBuilder:
        """A phone that passes every check: the starting point of "good case" tests."""
        return (
            cls()
            .sdk(sdk)
            .prop("ro.build.version.security_patch", "2026-01-05")
            .prop("ro.crypto.state", "encrypted")
            .prop("ro.crypto.type", "file")
            .lock("pin", raw_type="PIN")
            .trust_user(0, device_locked=True)
            .fingerprints(0)
            .faces(0)
            .system(screen_off_timeout="30000")
            .secure(
                lock_screen_show_notifications="0",
                lock_screen_allow_private_notifications="0",
                lockdown_in_power_menu="1",
                enabled_accessibility_services=None,
                enabled_notification_listeners="",
                location_mode="0",
                always_on_vpn_app="ch.protonvpn.android",
                always_on_vpn_lockdown="1",
            )
            .global_(
                adb_enabled="0",
                development_settings_enabled="0",
                stay_on_while_plugged_in="0",
                package_verifier_enable="1",
                package_verifier_user_consent="1",
                wifi_scan_always_enabled="0",
                ble_scan_always_enabled="0",
                private_dns_mode="hostname",
            )
            .package(PLAY, installer=None, system=True)
            .package("ch.protonvpn.android")  # the always-on VPN, from the Play Store
            .master_sync(False)
            .backup(False)
        )

    @classmethod
    def risky_phone(cls) -> SnapshotBuilder:
        """A phone where every check finds a problem (Android 10, so Lockdown needs its switch)."""
        spy = "com.thetruth"  # TheTruthSpy, in Echap's ioc.yaml
        return (
            cls()
            .sdk(29)
            .prop("ro.crypto.state", "unencrypted")
            .lock("none")
            .trust_user(0, trust_managed=True)
            .trust_agent("com.google.android.gms/.auth.trustagent.GoogleTrustAgent", managing=True)
            .fingerprints(2)
            .faces(1)
            .system(screen_off_timeout="600000")
            .secure(
                lock_screen_show_notifications="1",
                lock_screen_allow_private_notifications="1",
                lockdown_in_power_menu="0",
                accessibility_enabled="1",
                enabled_accessibility_services=f"{spy}/.Access",
                enabled_notification_listeners=f"{spy}/{spy}.Listener",
            )
            .global_(
                adb_enabled="1",
                development_settings_enabled="1",
                adb_wifi_enabled="1",
                stay_on_while_plugged_in="3",
                package_verifier_enable="0",
                package_verifier_user_consent="-1",
            )
            .package(PLAY, installer=None, system=True)
            .package(spy, installer="com.google.android.packageinstaller", granted=["READ_SMS", "RECORD_AUDIO"])
            .package("org.findmykids.app", granted=["ACCESS_FINE_LOCATION"])
            .package("com.life360.android.safetymapd", granted=["ACCESS_BACKGROUND_LOCATION", "ACCESS_FINE_LOCATION"])
            .package("com.facebook.katana", granted=["READ_CONTACTS"])
            .package("com.google.android.apps.translate", granted=["RECORD_AUDIO"])
            .package("com.google.android.apps.photos", system=True, granted=["READ_MEDIA_IMAGES"])
            .package("com.whatsapp", granted=["READ_CONTACTS", "CAMERA"])
            .package("com.android.chrome")
            .appop("com.android.chrome", "REQUEST_INSTALL_PACKAGES", "allow")
            .appop(spy, "SYSTEM_ALERT_WINDOW", "allow")
            .appop(spy, "GET_USAGE_STATS", "allow")
            .device_admin(f"{spy}/.Admin", policies=["wipe-data", "force-lock"])
            .device_owner(f"{spy}/.Admin")
            .account("alice@gmail.com")
            .account("work.name@gmail.com")
            .master_sync(True)
            .sync("alice@gmail.com", "com.android.contacts")
            .backup(True, current="com.google.android.gms/.backup.BackupTransportService")
            .disk("com.google.android.apps.translate", data_bytes=48_000_000)
            .used("com.google.android.apps.translate", dt.datetime(2026, 1, 14, 22, 5))
        )

    # --- result ---------------------------------------------------------------------------------------

    def _value(self, section: str) -> Any:
        s = self._settings
        values: dict[str, Any] = {
            "props": f.Props(dict(self._props)),
            "settings_system": f.SettingsTable("system", dict(s["system"])),
            "settings_secure": f.SettingsTable("secure", dict(s["secure"])),
            "settings_global": f.SettingsTable("global", dict(s["global"])),
            "users": f.Users(tuple(self._users)),
            "current_user": self._current_user,
            "packages": tuple(self._packages.values()),
            "package_details": dict(self._details),
            "appops": f.AppOps(tuple(self._appops)),
            "lock_settings": f.LockSettings(tuple(self._lock_users.values()), "upper-case"),
            "lock_disabled": self._probe,
            "trust": f.TrustState(tuple(self._trust_users.values()), tuple(self._trust_agents), self._trust_disabled),
            "fingerprint": f.Biometrics("fingerprint", dict(self._prints), True),
            "face": f.Biometrics("face", dict(self._faces), True),
            "device_policy": f.DevicePolicy(tuple(self._admins), self._device_owner, dict(self._profile_owners)),
            "accounts": tuple(self._accounts),
            "sync": f.SyncState(dict(self._master_sync), tuple(self._authorities)),
            "backup_enabled": self._backup.enabled,
            "backup_transports": self._backup,
            "diskstats": f.DiskStats(self._fbe, dict(self._sizes), bool(self._sizes)),
            "usagestats": f.UsageStats(dict(self._last_used), {u: dict(m) for u, m in self._by_user.items()}),
            # Issue 13's sections: by default nothing runs unlisted, every app has its icon, the
            # SMS and phone roles are empty and only this computer is trusted.
            "accessibility": w.AccessibilityState((w.AccessibilityUser(0, (), (), (), (), 0, ()),)),
            "launcher": w.LauncherApps(frozenset(self._packages) | frozenset(self._details)),
            "role_sms": w.RoleHolders(w.ROLE_SMS, ()),
            "role_dialer": w.RoleHolders(w.ROLE_DIALER, ()),
            "role_browser": w.RoleHolders("android.app.role.BROWSER", ("org.mozilla.focus",)),
            "adb": w.AdbState(True, None, (), False),
            "user_certs": w.UserCertificates(()),
        }
        if section not in values:  # a section added by other work: the test sets it with .parsed()
            return None
        return values[section]

    def build(self) -> Snapshot:
        parsed: dict[str, f.Parsed[Any]] = {}
        sdk_text = self._props.get("ro.build.version.sdk", "")
        sdk = int(sdk_text) if sdk_text.isdigit() else None
        for section in SECTION_IDS:
            if section in self._override:
                parsed[section] = self._override[section]
            elif self._read_all or section in self._touched:
                parsed[section] = f.Parsed(self._value(section), (), sdk)
        return Snapshot(taken_at=self._taken_at, parsed=parsed)


# --- helpers for looking at findings -----------------------------------------------------------------


def by_id(findings: Iterable[Finding], finding_id: str) -> list[Finding]:
    return [x for x in findings if x.id == finding_id]


def only(findings: Iterable[Finding], finding_id: str, subject: str | None = None) -> Finding:
    """The single finding with ``finding_id`` (and ``subject``, when given); fails otherwise."""
    found = [x for x in by_id(findings, finding_id) if subject is None or x.subject == subject]
    assert len(found) == 1, f"expected one {finding_id} {subject or ''}, got {[(x.severity, x.subject) for x in found]}"
    return found[0]


def fix_kinds(finding: Finding) -> list[str]:
    return [x.kind for x in finding.auto_fixes]


# Characters that hide or reorder text when shown: controls, bidi marks, line separators.
_HIDDEN = {"Cc", "Cf", "Zl", "Zp"}


def all_strings(finding: Finding) -> list[str]:
    out = [finding.title, finding.explanation, finding.subject or ""]
    out += [e.source for e in finding.evidence] + [e.value for e in finding.evidence]
    out += [str(p) for p in finding.params.values()]
    out += [str(a) for fx in finding.auto_fixes for a in fx.args.values()]
    return out


def assert_safe_findings(findings: list[Finding]) -> None:
    """No check failed, no hidden character shown, no unvalidated name in a fix."""
    for finding in findings:
        assert not finding.id.endswith(".check_failed"), finding.params
        for text in all_strings(finding):
            assert not any(unicodedata.category(ch) in _HIDDEN for ch in text), (finding.id, text)
        for fx in finding.auto_fixes:
            if "package" in fx.args:
                assert v.is_package_name(fx.args["package"]), fx
            if "component" in fx.args:
                assert v.is_component(fx.args["component"]), fx
            if "permission" in fx.args:
                assert v.is_permission(fx.args["permission"]), fx
