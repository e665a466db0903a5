"""The parsed facts a snapshot holds: the contract between parsers (producers) and checks.

Every parser in :mod:`hardener.device.parsers` turns one command's raw output into one of
these records. They are plain frozen dataclasses (serialisable with :func:`to_jsonable`), so a
snapshot can be saved by the person, compared in tests and judged by pure checks.

"Unknown" is explicit. A value of ``None`` means the phone did not tell us (or told us in a
form we did not understand); the matching ``*_unknown_reason``/``Parsed.problems`` says why.
Checks must treat ``None`` as unknown, never as "safe".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class CredentialType(enum.StrEnum):
    """The kind of screen lock, as far as the phone tells us."""

    NONE = "none"  # "None": no lock screen at all
    SWIPE = "swipe"  # lock screen shown, but no credential
    PATTERN = "pattern"
    PIN = "pin"
    PASSWORD = "password"
    PIN_OR_PASSWORD = "pin_or_password"  # legacy PASSWORD_OR_PIN
    SECURE_UNKNOWN_KIND = "secure"  # some secure credential, kind not told (e.g. Android <= 10)
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Props:
    """``getprop`` output: name -> value."""

    values: Mapping[str, str]

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.values.get(name, default)


@dataclass(frozen=True)
class SettingsTable:
    """``settings list <table>`` output: key -> value (``None`` means the literal ``null``)."""

    table: str  # "system" | "secure" | "global"
    values: Mapping[str, str | None]


@dataclass(frozen=True)
class PackageListEntry:
    """One line of ``pm list packages -f -i -U -u``."""

    name: str
    path: str | None = None
    installer: str | None = None  # None when the phone printed "null" or nothing
    uid: int | None = None


@dataclass(frozen=True)
class PermissionState:
    name: str
    granted: bool
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class PackageUserState:
    """The ``User N:`` block of one package in ``dumpsys package``."""

    user_id: int
    installed: bool | None = None
    hidden: bool | None = None
    suspended: bool | None = None
    stopped: bool | None = None
    enabled: int | None = None  # 0 default, 1 enabled, 2 disabled, 3 disabled-user, 4 until-used
    runtime_permissions: tuple[PermissionState, ...] = ()
    # False when the dump held no runtime list for a shared-uid package and no "Shared users"
    # block to take it from: the empty tuple above then means "not told", not "none granted".
    runtime_permissions_known: bool = True


@dataclass(frozen=True)
class PackageDetail:
    """One ``Package [name]`` block of ``dumpsys package packages``."""

    name: str
    app_id: int | None = None  # "userId=" up to Android 13, "appId=" from 14
    version_code: int | None = None
    version_name: str | None = None
    installer: str | None = None
    first_install: dt.datetime | None = None
    last_update: dt.datetime | None = None
    code_path: str | None = None
    is_system: bool | None = None  # from flags=[ SYSTEM ... ] or a /system, /product, ... path
    shared_user: str | None = None
    requested_permissions: tuple[str, ...] = ()
    install_permissions: tuple[PermissionState, ...] = ()
    users: tuple[PackageUserState, ...] = ()
    signing_digests: tuple[str, ...] = ()  # upper-case hex SHA-1 of signing certs, when known
    # The short hex ids in "signatures=PackageSignatures{... [b378e95c]}": Java hash codes of the
    # certificates, not digests. Equal ids across packages mean (almost surely) the same signer.
    signature_hashes: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()  # "flags=[ SYSTEM DEBUGGABLE ALLOW_BACKUP ... ]" as printed


@dataclass(frozen=True)
class AppOpEntry:
    package: str
    op: str  # e.g. "SYSTEM_ALERT_WINDOW"
    mode: str  # "allow" | "ignore" | "deny" | "default" | "foreground" | other text
    user_id: int = 0
    # True when the mode was set for the app's whole uid ("OP: mode=x" before any "Package"
    # line). Android checks the uid mode before the package mode, so it wins when present.
    uid_level: bool = False


@dataclass(frozen=True)
class AppOps:
    """App-op modes that differ from the default, from ``dumpsys appops``."""

    entries: tuple[AppOpEntry, ...]

    def mode(self, package: str, op: str, user_id: int = 0) -> str | None:
        for e in self.entries:
            if e.package == package and e.op == op and e.user_id == user_id:
                return e.mode
        return None


@dataclass(frozen=True)
class LockUserState:
    user_id: int
    credential: CredentialType
    raw_type: str | None = None  # the phone's own word, e.g. "Pin", "PIN", "SMARTCARDNUMERIC", "UNKNOWN_7"


@dataclass(frozen=True)
class LockSettings:
    """From ``dumpsys lock_settings`` (per user) and ``locksettings get-disabled``."""

    users: tuple[LockUserState, ...] = ()
    format_version: str = "unknown"  # "sp-sid" (<= 10) | "mixed-case" (11-12) | "upper-case" (13+)


@dataclass(frozen=True)
class LockDisabledProbe:
    """``locksettings get-disabled``: ``secure`` True when it errors for want of a credential."""

    secure: bool | None  # True: a credential exists; False: none/swipe; None: unknown
    disabled: bool | None = None  # when not secure: True = "None", False = "Swipe"
    unsupported: bool = False  # "The device does not support lock screen"


@dataclass(frozen=True)
class TrustUser:
    user_id: int
    name: str
    current: bool
    trusted: bool | None = None
    trust_managed: bool | None = None
    device_locked: bool | None = None
    strong_auth_required: int | None = None


@dataclass(frozen=True)
class TrustAgent:
    component: str
    user_id: int
    bound: bool | None = None
    managing_trust: bool | None = None


@dataclass(frozen=True)
class TrustState:
    """``dumpsys trust``: per-user trust state and enabled trust agents (Smart Lock)."""

    users: tuple[TrustUser, ...] = ()
    agents: tuple[TrustAgent, ...] = ()
    disabled_reason: str | None = None  # "safe mode", "third-party apps can't run yet", ...


@dataclass(frozen=True)
class Biometrics:
    """``dumpsys fingerprint`` / ``dumpsys face``: enrolled count per user, or None if unknown."""

    kind: str  # "fingerprint" | "face"
    enrolled: Mapping[int, int] = field(default_factory=dict)
    hardware_present: bool | None = None


@dataclass(frozen=True)
class Account:
    name: str
    type: str
    user_id: int = 0


@dataclass(frozen=True)
class SyncAuthority:
    account_name: str
    account_type: str
    user_id: int
    authority: str
    syncable: int | None
    enabled: bool | None


@dataclass(frozen=True)
class SyncState:
    """``dumpsys content``: master auto-sync per user and the per-authority table."""

    master_sync: Mapping[int, bool] = field(default_factory=dict)
    authorities: tuple[SyncAuthority, ...] = ()


@dataclass(frozen=True)
class BackupState:
    """``bmgr enabled`` + ``bmgr list transports``."""

    enabled: bool | None = None
    transports: tuple[str, ...] = ()
    current_transport: str | None = None


@dataclass(frozen=True)
class AppSize:
    app_bytes: int | None = None
    data_bytes: int | None = None
    cache_bytes: int | None = None


@dataclass(frozen=True)
class DiskStats:
    """``dumpsys diskstats``: per-package sizes (may be days old, or missing)."""

    file_based_encryption: bool | None = None
    sizes: Mapping[str, AppSize] = field(default_factory=dict)
    cached_block_present: bool = False


@dataclass(frozen=True)
class UsageStats:
    """``dumpsys usagestats``: newest ``lastTimeUsed`` per package."""

    last_used: Mapping[str, dt.datetime] = field(default_factory=dict)  # newest over all users
    # Same, per Android user. Times are the phone's local wall-clock time (naive datetimes).
    by_user: Mapping[int, Mapping[str, dt.datetime]] = field(default_factory=dict)


@dataclass(frozen=True)
class DeviceAdmin:
    component: str
    user_id: int
    policies: tuple[str, ...] = ()
    test_only: bool | None = None  # only test-only admins can be removed with `dpm remove-active-admin`
    max_failed_passwords_for_wipe: int | None = None  # 0 = this admin sets no limit


@dataclass(frozen=True)
class DevicePolicy:
    """``dumpsys device_policy``: active admins, device owner and profile owners."""

    admins: tuple[DeviceAdmin, ...] = ()
    device_owner: str | None = None
    profile_owners: Mapping[int, str] = field(default_factory=dict)
    max_failed_passwords_for_wipe: int | None = None


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    flags: int
    running: bool = False

    @property
    def is_profile(self) -> bool:
        # UserInfo.FLAG_MANAGED_PROFILE = 0x20; FLAG_PROFILE (API 30+) = 0x1000
        return bool(self.flags & 0x20) or bool(self.flags & 0x1000)


@dataclass(frozen=True)
class Users:
    users: tuple[UserInfo, ...] = ()


@dataclass(frozen=True)
class Parsed(Generic[T]):
    """A parser's result: the value (or None) and the reasons anything was not understood.

    ``value is None`` with a non-empty ``problems`` is a typed "unknown": the command failed,
    the service was missing, permission was denied, or the format was not recognised.
    """

    value: T | None
    problems: tuple[str, ...] = ()
    read_as_sdk: int | None = None  # the Android API level whose format the parser applied
    # What the parser knows it lost: entries the output held but it could not read (a line not
    # understood where an app would be, fewer accounts than the phone counted). Also listed in
    # ``problems``; set apart so that a check's "ok" can require a whole read (see
    # ``Snapshot.section_read``), while harmless notes in ``problems`` do not block it.
    incomplete: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return self.value is not None


def to_jsonable(obj: Any) -> Any:
    """Turn facts (dataclasses, enums, datetimes, mappings) into JSON-ready values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, dt.datetime | dt.date):
        return obj.isoformat()
    if isinstance(obj, Mapping):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [to_jsonable(v) for v in obj]
    return obj
