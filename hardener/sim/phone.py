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
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from hardener.sim.auth import AndroidPublicKey, TrustedKeys
from hardener.sim.backend import FileStat, ServiceAnswer, ShellIO, ShellOutcome
from hardener.sim.phone_lock import PhoneLock
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
from hardener.sim.system import SystemState, boot

INJECTION_FEATURES = frozenset({"command substitution", "arithmetic"})


@dataclass
class _Pending:
    remaining: int
    kind: str
    apply: Callable[[], None]


@dataclass
class AdbTrust:
    """What ``dumpsys adb`` shows: the keys adbd trusts (the server hands its store over),
    the key that connected last, and other computers the persona trusts."""

    host_keys: TrustedKeys | None = None
    last_key: AndroidPublicKey | None = None
    other_computers: list[str] = field(default_factory=list)


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
        self._boot_props = dict(props)  # what a reboot brings back (setprop without persist. is lost)
        self.sim_defaults: dict[str, Any] = dict(sim or {})
        self._clock_base_ms = now_ms
        self._clock_offset_ms = 0
        self._clock_started = time.monotonic()
        # True: the clock runs from the persona's time (``hardener sim``). False, the default: it
        # moves only with ``sleep``, so two reads of any output agree exactly (tests).
        self.clock_running = False
        self.boot_ms = now_ms - 3 * 86400 * 1000 - 4 * 3600 * 1000
        self._system: SystemState | None = None
        self._boot_done_at = 0.0
        self.boot_count = 0  # reboots since the persona was loaded

        self.global_settings: dict[str, str | None] = {}
        self.user_settings: dict[int, dict[str, dict[str, str | None]]] = {}

        self.users: list[UserRecord] = [UserRecord(0, "Owner", 0xC13)]
        self.current_user = 0
        self.packages: dict[str, Package] = {}
        self.package_epoch = 0  # bumped when a package's files move (install); keys app_file_cache
        self.app_file_cache: Any = None  # the app files' tree, see commands/app_files.py
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
        self.adb_trust = AdbTrust()
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
        # (construct, line) for every construct hardener never sends: $(...), pipes, for, globs ...
        self.shell_features_used: list[tuple[str, str]] = []
        self.shell_unsupported: list[str] = []  # valid mksh the practice phone refuses ([[, select, arrays)
        self.internal_errors: list[str] = []  # bugs in the practice phone (tests assert none)
        self.reboot_count = 0
        self.busy_seconds = 0.0  # phone-side time spent in run_shell

        self._pending: list[_Pending] = []
        self._lock = PhoneLock()
        self.render_cache: dict[tuple[str, ...], tuple[int, str]] = {}

    # --- time ------------------------------------------------------------------------------

    def now_ms(self) -> int:
        """The phone's clock: the persona's ``clock``, moved on by ``sleep`` and, when
        ``clock_running``, by the time that passed since the phone was built."""
        running = int((time.monotonic() - self._clock_started) * 1000) if self.clock_running else 0
        return self._clock_base_ms + self._clock_offset_ms + running

    def start_clock(self) -> None:
        """From now on the clock runs (it starts at the persona's time)."""
        self._clock_started = time.monotonic()
        self.clock_running = True

    def advance_clock(self, ms: int) -> None:
        self._clock_offset_ms += max(0, ms)

    def uptime_ms(self) -> int:
        return self.now_ms() - self.boot_ms

    # --- the running system ------------------------------------------------------------------

    @property
    def system(self) -> SystemState:
        """Processes and logs of the current boot, built the first time they are looked at."""
        if self._system is None:
            self._system = boot(self, self.boot_count)
        return self._system

    def next_pid(self) -> int:
        """A fresh pid for a process the shell starts (``sh``, ``ps``): they go up, as on Linux."""
        state = self.system
        state.next_pid += 1
        return state.next_pid

    def reboot(self, boot_s: float = 0.0) -> None:
        """What a reboot keeps (settings, apps, files, ``persist.*``) and what it does not
        (properties set without ``persist.``, processes, logs, uptime, pending writes: landed)."""
        with self._lock:
            self.flush_pending()
            self.boot_count += 1
            self.boot_ms = self.now_ms()
            for key in [k for k in self.props if k in self._boot_props and self.props[k] != self._boot_props[k]
                        and not k.startswith(("persist.", "ro."))]:
                self.props[key] = self._boot_props[key]
            self._system = None
            self.render_cache.clear()
            self._boot_done_at = time.monotonic() + boot_s
            self._boot_settle()

    def _boot_settle(self) -> None:
        """``sys.boot_completed`` and ``dev.bootcomplete`` read 1 once the boot has finished."""
        done = time.monotonic() >= self._boot_done_at
        for key in ("sys.boot_completed", "dev.bootcomplete"):
            if done:
                self.props[key] = "1"
            else:
                self.props.pop(key, None)

    def idle(self, timeout: float) -> None:
        """Wait without holding the phone, so other connections' commands run meanwhile."""
        with self._lock.released():
            time.sleep(timeout)

    def flush(self, io: ShellIO) -> None:
        """Send what a command wrote so far, without holding the phone while the host reads it."""
        with self._lock.released():
            io.flush()

    # --- the shell's audit log ------------------------------------------------------------------

    def note_shell_feature(self, feature: str, line: str) -> None:
        self.shell_features_used.append((feature, line))

    @property
    def shell_violations(self) -> list[str]:
        """Lines that used command substitution or arithmetic: text that *runs* on a real phone.

        hardener never writes them, so one here means it pasted unquoted text into a command.
        """
        out: list[str] = []
        for feature, line in self.shell_features_used:
            if feature in INJECTION_FEATURES and (not out or out[-1] != line):
                out.append(line)
        return out

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
                self._boot_settle()
                self.command_log.append(command)
                return Shell(self).run(command)
            finally:
                self.busy_seconds += time.perf_counter() - started

    def run_streaming(self, command: str | None, io: ShellIO, *, pty: bool) -> int:
        """A command with the host's stdin, output as it is written; None: an interactive shell."""
        from hardener.sim.shell_session import run_session

        with self._lock:
            self._settle_pending()
            self._boot_settle()
            self.command_log.append(command if command is not None else "")
            return run_session(self, command, io, pty=pty)

    def service(self, name: str, arg: str) -> ServiceAnswer | None:
        """adbd's other services, answered as a production (``user`` build) phone answers them."""
        from hardener.sim.device_services import answer

        with self._lock:
            return answer(self, name, arg)

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
            twin._lock = PhoneLock()
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
