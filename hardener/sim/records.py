"""The records a virtual phone is made of: packages, users, locks, accounts, files, faults.

Plain dataclasses with no behaviour beyond small helpers, so the command families, the persona
builder and tests can share them without importing the phone itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SHELL_UID = 2000
FIRST_APP_UID = 10000
PER_USER_RANGE = 100000

# Package enabled states (PackageManager.COMPONENT_ENABLED_STATE_*).
ENABLED_DEFAULT = 0
ENABLED_ENABLED = 1
ENABLED_DISABLED = 2
ENABLED_DISABLED_USER = 3
ENABLED_DISABLED_UNTIL_USED = 4

# Credential kinds the lock model knows. "none": no lock screen; "swipe": lock screen, no secret.
CREDENTIALS = ("none", "swipe", "pattern", "pin", "password")

# Kinds of write a fault flag can name (``Faults.ignore_writes`` as a set).
WRITE_KINDS = (
    "settings",
    "permissions",
    "appops",
    "packages",
    "backup",
    "notification",
    "roles",
    "lock",
    "files",
    "props",
    "admins",
)


@dataclass
class PermState:
    """One runtime permission of one package for one user."""

    granted: bool
    flags: list[str] = field(default_factory=list)


@dataclass
class OpRecord:
    """One app-op of one package (or uid): its mode and when it was last noted."""

    mode: str  # allow | ignore | deny | default | foreground
    access_ms: int | None = None
    reject_ms: int | None = None
    duration_ms: int | None = None


@dataclass
class PackageUser:
    """What ``dumpsys package`` prints under ``User N:``, plus that user's grants and app-ops."""

    installed: bool = True
    hidden: bool = False
    suspended: bool = False
    suspending_package: str | None = None
    stopped: bool = False
    not_launched: bool = False
    enabled: int = ENABLED_DEFAULT
    last_disabled_caller: str | None = None
    ce_inode: int = 0
    first_install_ms: int = 0
    runtime: dict[str, PermState] = field(default_factory=dict)
    ops: dict[str, OpRecord] = field(default_factory=dict)


@dataclass
class Package:
    """An installed package. ``users`` holds per-user state; absent user = not known to it."""

    name: str
    app_id: int
    version_code: int = 1
    version_name: str = "1.0"
    min_sdk: int = 21
    target_sdk: int = 30
    installer: str | None = None
    initiating_installer: str | None = None
    code_path: str = ""
    system: bool = False
    privileged: bool = False
    system_code_path: str | None = None  # set for a system app updated from /data/app
    system_version_code: int | None = None
    shared_user: str | None = None
    test_only: bool = False
    debuggable: bool = False
    allow_backup: bool = True
    label: str = ""
    first_install_ms: int = 0
    last_update_ms: int = 0
    requested: list[str] = field(default_factory=list)
    install_permissions: list[str] = field(default_factory=list)
    users: dict[int, PackageUser] = field(default_factory=dict)
    app_bytes: int = 0
    data_bytes: int = 0
    cache_bytes: int = 0
    last_used_ms: int | None = None
    total_time_used_ms: int = 0
    launch_count: int = 0
    signing_sha1: str = ""
    components: dict[str, str] = field(default_factory=dict)  # kind -> class, e.g. "admin"
    disabled_components: list[str] = field(default_factory=list)  # e.g. a hidden launcher icon
    abi: str = "arm64-v8a"
    apk_data: bytes | None = None  # the APK as installed with pm install; None: built from these fields
    rev: int = 0  # bumped on every change; keys the render cache

    def uid(self, user_id: int) -> int:
        return user_id * PER_USER_RANGE + self.app_id

    def user(self, user_id: int) -> PackageUser | None:
        return self.users.get(user_id)

    def touch(self) -> None:
        self.rev += 1


@dataclass
class UserRecord:
    """One Android user or profile, as ``pm list users`` and ``dumpsys user`` see it."""

    id: int
    name: str
    flags: int
    running: bool = True
    profile_parent: int | None = None  # set for work profiles / Secure Folder etc.
    separate_challenge: bool = False

    @property
    def is_profile(self) -> bool:
        return self.profile_parent is not None


@dataclass
class LockState:
    """One user's screen lock as the lock settings service knows it."""

    credential: str = "none"  # one of CREDENTIALS
    secret: str | None = None  # what --old must match (never printed by any command)
    fingerprints: int = 0
    faces: int = 0
    sp_handle: int = 0
    sid: int = 0
    last_changed_ms: int = 0
    strong_auth: int = 0  # StrongAuthTracker flags, shown in dumpsys trust
    device_locked: bool = False
    trusted: bool = False

    @property
    def secure(self) -> bool:
        return self.credential in ("pattern", "pin", "password")


@dataclass
class TrustAgent:
    component: str  # flattened short form, e.g. com.google.android.gms/.auth.trustagent.GoogleTrustAgent
    user_id: int = 0
    bound: bool = True
    connected: bool = True
    managing_trust: bool = True
    trusted: bool = False
    message: str = ""


@dataclass
class Account:
    name: str
    type: str
    user_id: int = 0
    # authority -> (syncable, enabled); syncable is -1 unknown, 0 not syncable, 1 syncable
    authorities: dict[str, tuple[int, bool]] = field(default_factory=dict)


@dataclass
class BackupState:
    enabled: bool = False
    activated: bool = True
    transports: list[str] = field(default_factory=list)
    current: str | None = None


@dataclass
class DeviceAdmin:
    component: str  # pkg/cls, short or long form as the app declares it
    user_id: int = 0
    policies: list[str] = field(default_factory=list)
    test_only: bool = False
    max_failed_passwords_for_wipe: int = 0
    password_quality: int = 0
    maximum_time_to_unlock: int = 0


@dataclass
class DiskState:
    data_total_kb: int = 113091416
    data_free_kb: int = 41234568
    system_total_kb: int = 3407872
    cached_block: bool = True  # False: the diskstats cache job never ran (block missing)
    photos_bytes: int = 0
    videos_bytes: int = 0
    audio_bytes: int = 0
    downloads_bytes: int = 0
    system_bytes: int = 12884901888
    other_bytes: int = 345678901
    latency_ms: int = 2


@dataclass
class FsNode:
    """A file or directory of the small virtual file system."""

    is_dir: bool
    mode: int  # permission bits only, e.g. 0o755
    uid: int = 0
    gid: int = 0
    data: bytes = b""
    mtime: int = 0
    shell_readable: bool = True
    shell_writable: bool = False


@dataclass
class Faults:
    """Fault injection on the phone side. The ADB server has its own (latency, drops, auth).

    ``ignore_writes``: True for every write, or a set of :data:`WRITE_KINDS`; such writes print
    their success text but change nothing. ``gate``: the OEM gate in force, e.g. ``"miui"``
    (Xiaomi "USB debugging (Security settings)" off): ``pm grant/revoke`` and writes to the
    tables in ``gate_tables`` fail with the real SecurityException. ``deferred_writes``: the
    listener/suspend writes land only after this many further shell invocations, as on a real
    phone where the command returns before the setting is written. ``garbage_lines``: dumpsys
    outputs get junk lines mixed in. ``refuse_prefixes``: every simple command whose words,
    joined by single spaces, begin with one of these is refused the way a real phone refuses
    it (see :func:`hardener.sim.commands.base.refused`), inside a batch as alone.
    """

    ignore_writes: bool | set[str] = False
    gate: str | None = None
    gate_tables: set[str] = field(default_factory=set)
    gate_no_disable_system: bool = False
    deferred_writes: int = 0
    garbage_lines: bool = False
    real_sleep: bool = True
    max_sleep_s: float = 5.0
    refuse_prefixes: tuple[str, ...] = ()

    def refuses(self, argv: list[str]) -> bool:
        line = " ".join(argv)
        return any(line.startswith(prefix) for prefix in self.refuse_prefixes)

    def ignores(self, kind: str) -> bool:
        if isinstance(self.ignore_writes, bool):
            return self.ignore_writes
        return kind in self.ignore_writes


@dataclass
class OpenedScreen:
    """A Settings screen ``am start`` opened, for tests of the guided manual steps."""

    action: str
    component: str | None
    user_id: int
    at_ms: int
