"""The virtual phone: every piece of state a hardening session can read or change over ADB.

The phone keeps state as plain records and renders nothing itself: the shell interpreter
(:mod:`hardener.sim.shell`) runs a command line, and the command families in
:mod:`hardener.sim.commands` read and change these records and print them in the real output
format of the phone's Android version. Writes go through :meth:`VirtualPhone.commit` so fault
flags (a phone that ignores writes, or applies them late) act in one place.

Tests compare whole-phone state before and after apply/undo with :meth:`VirtualPhone.export_state`
and :meth:`VirtualPhone.state_digest`.
"""

from __future__ import annotations

import copy
import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from hardener.sim.backend import FileStat, ShellOutcome
from hardener.sim.records import (
    CREDENTIALS,
    ENABLED_DEFAULT,
    ENABLED_DISABLED,
    ENABLED_DISABLED_UNTIL_USED,
    ENABLED_DISABLED_USER,
    ENABLED_ENABLED,
    FIRST_APP_UID,
    PER_USER_RANGE,
    SHELL_UID,
    WRITE_KINDS,
    Account,
    BackupState,
    DeviceAdmin,
    DiskState,
    Faults,
    FsNode,
    LockState,
    OpenedScreen,
    OpRecord,
    Package,
    PackageUser,
    PermState,
    TrustAgent,
    UserRecord,
)


@dataclass
class _Pending:
    remaining: int
    kind: str
    apply: Callable[[], None]


class VirtualPhone:
    """A phone behind the practice ADB server. Implements :class:`hardener.sim.backend.PhoneBackend`.

    Built by :func:`hardener.sim.personas.load_persona`; tests may also change records directly
    (then call :meth:`Package.touch` on any package they change, which keys the render cache).
    """

    def __init__(
        self,
        *,
        name: str,
        description: str,
        props: Mapping[str, str],
        now_ms: int,
        sim: Mapping[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.description = description
        self.props: dict[str, str] = dict(props)
        self.sim_defaults: dict[str, Any] = dict(sim or {})
        self._clock_base_ms = now_ms
        self._clock_offset_ms = 0
        self.boot_ms = now_ms - 3 * 86400 * 1000 - 4 * 3600 * 1000

        self.global_settings: dict[str, str | None] = {}
        self.user_settings: dict[int, dict[str, dict[str, str | None]]] = {}

        self.users: list[UserRecord] = [UserRecord(0, "Owner", 0xC13)]
        self.current_user = 0
        self.packages: dict[str, Package] = {}
        self.uid_ops: dict[int, dict[str, OpRecord]] = {}  # uid -> op -> mode (uid-level modes)

        self.locks: dict[int, LockState] = {0: LockState()}
        self.trust_agents: list[TrustAgent] = []
        self.failed_unlock_attempts = 0

        self.accounts: list[Account] = []
        self.master_sync: dict[int, bool] = {0: True}
        self.backup: dict[int, BackupState] = {0: BackupState()}
        self.admins: list[DeviceAdmin] = []
        self.device_owner: tuple[str, int] | None = None
        self.profile_owners: dict[int, str] = {}
        self.roles: dict[int, dict[str, list[str]]] = {0: {}}
        self.disk = DiskState()
        self.fs: dict[str, FsNode] = {}
        self.faults = Faults()
        self.has_face_hardware = False
        self.has_fingerprint_hardware = True
        self.sp_enabled = True
        self.supports_secure_lock = True

        # What tests look at after a run.
        self.opened_screens: list[OpenedScreen] = []
        self.command_log: list[str] = []
        self.shell_violations: list[str] = []  # command substitution reached the shell: injection
        self.shell_unsupported: list[str] = []  # if/for/subshells: valid sh the practice phone refuses
        self.internal_errors: list[str] = []  # bugs in the practice phone (tests assert none)
        self.reboot_count = 0
        self.busy_seconds = 0.0  # phone-side time spent in run_shell

        self._pending: list[_Pending] = []
        self._lock = threading.RLock()
        self.render_cache: dict[tuple[str, ...], tuple[int, str]] = {}

    # --- time ------------------------------------------------------------------------------

    def now_ms(self) -> int:
        """The phone's clock: fixed by the persona (so outputs are reproducible), moved by ``sleep``."""
        return self._clock_base_ms + self._clock_offset_ms

    def advance_clock(self, ms: int) -> None:
        self._clock_offset_ms += max(0, ms)

    def uptime_ms(self) -> int:
        return self.now_ms() - self.boot_ms

    # --- identity --------------------------------------------------------------------------

    @property
    def sdk(self) -> int:
        raw = self.props.get("ro.build.version.sdk", "0")
        return int(raw) if raw.isdigit() else 0

    @property
    def release(self) -> str:
        return self.props.get("ro.build.version.release", "")

    @property
    def manufacturer(self) -> str:
        return self.props.get("ro.product.manufacturer", "")

    def banner(self) -> Mapping[str, str]:
        return {
            "ro.product.name": self.props.get("ro.product.name", ""),
            "ro.product.model": self.props.get("ro.product.model", ""),
            "ro.product.device": self.props.get("ro.product.device", ""),
        }

    @property
    def serial(self) -> str:
        return self.props.get("ro.serialno", "")

    # --- users -----------------------------------------------------------------------------

    def user_ids(self) -> list[int]:
        return [u.id for u in self.users]

    def get_user(self, user_id: int) -> UserRecord | None:
        for u in self.users:
            if u.id == user_id:
                return u
        return None

    def lock_for(self, user_id: int) -> LockState:
        """The lock that guards a user: a profile with a unified challenge uses its parent's."""
        user = self.get_user(user_id)
        if user is not None and user.profile_parent is not None and not user.separate_challenge:
            return self.locks.setdefault(user.profile_parent, LockState())
        return self.locks.setdefault(user_id, LockState())

    def has_secure_lock_screen(self) -> bool:
        return self.supports_secure_lock

    # --- settings --------------------------------------------------------------------------

    def settings_table(self, table: str, user_id: int) -> dict[str, str | None]:
        if table == "global":
            return self.global_settings
        per_user = self.user_settings.setdefault(user_id, {})
        return per_user.setdefault(table, {})

    def setting(self, table: str, key: str, user_id: int = 0) -> str | None:
        return self.settings_table(table, user_id).get(key)

    @property
    def adb_enabled(self) -> bool:
        raw = self.global_settings.get("adb_enabled")
        try:
            return raw is not None and int(raw) > 0
        except ValueError:
            return False

    # --- packages --------------------------------------------------------------------------

    def package(self, name: str) -> Package | None:
        return self.packages.get(name)

    def package_by_uid(self, uid: int) -> list[Package]:
        app_id = uid % PER_USER_RANGE
        return [p for p in self.packages.values() if p.app_id == app_id]

    def installed_for(self, pkg: Package, user_id: int) -> bool:
        st = pkg.users.get(user_id)
        return st is not None and st.installed

    def is_active_admin_package(self, name: str) -> bool:
        return any(a.component.split("/", 1)[0] == name for a in self.admins) or (
            self.device_owner is not None and self.device_owner[0].split("/", 1)[0] == name
        )

    # --- writes and faults -----------------------------------------------------------------

    def commit(self, kind: str, apply: Callable[[], None], *, deferrable: bool = False) -> None:
        """Apply one write, unless a fault flag says the phone drops or delays it.

        Every command that changes state calls this after it has printed its success text, so
        ``ignore_writes`` makes a phone that says "done" and does nothing.
        """
        if self.faults.ignores(kind):
            return
        if deferrable and self.faults.deferred_writes > 0:
            self._pending.append(_Pending(self.faults.deferred_writes, kind, apply))
            return
        apply()

    def _settle_pending(self) -> None:
        still: list[_Pending] = []
        for p in self._pending:
            p.remaining -= 1
            if p.remaining <= 0:
                p.apply()
            else:
                still.append(p)
        self._pending = still

    def flush_pending(self) -> None:
        """Land every delayed write now (tests that do not care about the delay)."""
        with self._lock:
            for p in self._pending:
                p.apply()
            self._pending = []

    # --- PhoneBackend ----------------------------------------------------------------------

    def run_shell(self, command: str) -> ShellOutcome:
        from hardener.sim.shell import Shell  # the interpreter imports the command families

        with self._lock:
            started = time.perf_counter()
            try:
                self._settle_pending()
                self.command_log.append(command)
                return Shell(self).run(command)
            finally:
                self.busy_seconds += time.perf_counter() - started

    def stat(self, path: str) -> FileStat | None:
        from hardener.sim.commands import vfs

        with self._lock:
            node = vfs.lookup(self, path)
            if node is None or not vfs.visible(self, path):
                return None
            return FileStat(vfs.st_mode(node), len(node.data), node.mtime)

    def list_dir(self, path: str) -> list[tuple[str, FileStat]] | None:
        from hardener.sim.commands import vfs

        with self._lock:
            entries = vfs.list_dir(self, path)
            if entries is None:
                return None
            return [(n, FileStat(vfs.st_mode(node), len(node.data), node.mtime)) for n, node in entries]

    def read_file(self, path: str) -> bytes | None:
        from hardener.sim.commands import vfs

        with self._lock:
            got = vfs.read(self, path)
            return got if isinstance(got, bytes) else None

    def write_file(self, path: str, data: bytes, mode: int, mtime: int) -> str | None:
        from hardener.sim.commands import vfs

        with self._lock:
            return vfs.write(self, path, data, mode=mode & 0o7777, mtime=mtime, append=False)

    # --- state for tests -------------------------------------------------------------------

    def export_state(self, *, include_files: bool = False, include_usage: bool = False) -> dict[str, Any]:
        """Everything a hardening change may touch, as plain JSON-ready data.

        Apply/undo tests compare this before and after: settings (all tables, all users),
        per-user package state (installed, enabled, suspended, hidden, runtime grants and
        flags), app-op modes, backup, sync, accounts, roles, device admins, lock and trust state,
        adb. Access times, sizes and the file system are left out unless asked for: they change
        without any hardening write (the undo journal lives in /data/local/tmp).
        """
        with self._lock:
            packages: dict[str, Any] = {}
            for pkg in sorted(self.packages.values(), key=lambda p: p.name):
                users: dict[str, Any] = {}
                for uid_, st in sorted(pkg.users.items()):
                    users[str(uid_)] = {
                        "installed": st.installed,
                        "hidden": st.hidden,
                        "suspended": st.suspended,
                        "enabled": st.enabled,
                        "runtime": {
                            perm: {"granted": ps.granted, "flags": sorted(ps.flags)}
                            for perm, ps in sorted(st.runtime.items())
                        },
                        "ops": {op: rec.mode for op, rec in sorted(st.ops.items())},
                    }
                entry: dict[str, Any] = {"app_id": pkg.app_id, "system": pkg.system, "users": users}
                if include_usage:
                    entry["data_bytes"] = pkg.data_bytes
                    entry["cache_bytes"] = pkg.cache_bytes
                    entry["last_used_ms"] = pkg.last_used_ms
                packages[pkg.name] = entry
            state: dict[str, Any] = {
                "adb_enabled": self.adb_enabled,
                "props": dict(sorted(self.props.items())),
                "settings": {
                    "global": dict(sorted(self.global_settings.items())),
                    **{
                        f"{table}/{user}": dict(sorted(tables.get(table, {}).items()))
                        for user, tables in sorted(self.user_settings.items())
                        for table in ("secure", "system")
                    },
                },
                "packages": packages,
                "uid_ops": {
                    str(uid): {op: rec.mode for op, rec in sorted(ops.items())}
                    for uid, ops in sorted(self.uid_ops.items())
                    if ops
                },
                "backup": {
                    str(u): {
                        "enabled": b.enabled,
                        "activated": b.activated,
                        "transports": list(b.transports),
                        "current": b.current,
                    }
                    for u, b in sorted(self.backup.items())
                },
                "master_sync": {str(u): v for u, v in sorted(self.master_sync.items())},
                "accounts": [
                    {
                        "name": a.name,
                        "type": a.type,
                        "user": a.user_id,
                        "authorities": {k: list(v) for k, v in sorted(a.authorities.items())},
                    }
                    for a in self.accounts
                ],
                "roles": {
                    str(u): {r: list(h) for r, h in sorted(roles.items())}
                    for u, roles in sorted(self.roles.items())
                },
                "admins": [
                    {"component": a.component, "user": a.user_id, "policies": list(a.policies)}
                    for a in self.admins
                ],
                "device_owner": list(self.device_owner) if self.device_owner else None,
                "profile_owners": {str(u): c for u, c in sorted(self.profile_owners.items())},
                "locks": {
                    str(u): {
                        "credential": lk.credential,
                        "fingerprints": lk.fingerprints,
                        "faces": lk.faces,
                        "strong_auth": lk.strong_auth,
                    }
                    for u, lk in sorted(self.locks.items())
                },
                "trust_agents": [[t.component, t.user_id] for t in self.trust_agents],
                "users": [[u.id, u.name, u.flags] for u in self.users],
            }
            if include_files:
                state["files"] = {
                    p: (n.is_dir, oct(n.mode), hashlib.sha256(n.data).hexdigest())
                    for p, n in sorted(self.fs.items())
                }
            return state

    def state_digest(self, **kwargs: bool) -> str:
        """A short fingerprint of :meth:`export_state`: equal digests, equal hardening state."""
        blob = json.dumps(self.export_state(**kwargs), sort_keys=True, ensure_ascii=True)
        return hashlib.sha256(blob.encode("ascii", "backslashreplace")).hexdigest()

    def clone(self) -> VirtualPhone:
        """An independent copy (e.g. to run a destructive test without reloading the persona)."""
        with self._lock:
            lock = self._lock
            self._lock = None  # type: ignore[assignment]
            try:
                twin = copy.deepcopy(self)
            finally:
                self._lock = lock
            twin._lock = threading.RLock()
            return twin


def diff_states(before: Mapping[str, Any], after: Mapping[str, Any], prefix: str = "") -> list[str]:
    """Readable differences between two :meth:`VirtualPhone.export_state` results, for asserts."""
    out: list[str] = []
    keys = sorted(set(before) | set(after), key=str)
    for k in keys:
        path = f"{prefix}/{k}" if prefix else str(k)
        if k not in before:
            out.append(f"+ {path} = {after[k]!r}")
        elif k not in after:
            out.append(f"- {path} (was {before[k]!r})")
        elif isinstance(before[k], Mapping) and isinstance(after[k], Mapping):
            out.extend(diff_states(before[k], after[k], path))
        elif before[k] != after[k]:
            out.append(f"~ {path}: {before[k]!r} -> {after[k]!r}")
    return out


def iter_user_packages(phone: VirtualPhone, user_id: int) -> Iterator[tuple[Package, PackageUser]]:
    for pkg in phone.packages.values():
        st = pkg.users.get(user_id)
        if st is not None:
            yield pkg, st


# The records are re-exported: tests and older callers import them from here.
__all__ = [
    "CREDENTIALS",
    "ENABLED_DEFAULT",
    "ENABLED_DISABLED",
    "ENABLED_DISABLED_UNTIL_USED",
    "ENABLED_DISABLED_USER",
    "ENABLED_ENABLED",
    "FIRST_APP_UID",
    "PER_USER_RANGE",
    "SHELL_UID",
    "WRITE_KINDS",
    "Account",
    "BackupState",
    "DeviceAdmin",
    "DiskState",
    "Faults",
    "FsNode",
    "LockState",
    "OpRecord",
    "OpenedScreen",
    "Package",
    "PackageUser",
    "PermState",
    "TrustAgent",
    "UserRecord",
    "VirtualPhone",
    "diff_states",
    "iter_user_packages",
]
