"""The fault matrix: connect, scan, apply, undo and finish with a fault injected at every step.

Shared by ``tests/test_fault_matrix.py`` (a subset, in CI) and ``tests/bench/bench_faults.py``
(all of it). Each scenario starts a fresh practice phone (a clone of a persona), does the clean
part of a session, arms one fault, runs the step under test in a worker thread with a deadline,
then judges three things:

1. the step ended in a correct result or in a typed :class:`HardenerError` with a plain
   message: never a raw exception, never a hang;
2. what it said is true on the phone: a "done" change is on the phone, "USB debugging is off"
   means it is off, a scan under a fault never says "ok" where a clean scan does not;
3. the undo-journal invariant: after reconnecting, every way the phone differs from its state
   before the session is named in the journal on the phone with the original value ("lost"
   counts the differences that are not), applying again keeps it so, and undo then restores the
   phone exactly.

The simulator's own switches inject what they can: a drop while answering the k-th shell
command (``drop_after_commands``, FIN or RST), latency beyond the command timeout, truncated
output, the auth modes and ignored writes. What they cannot comes from
:class:`FaultProxy`, a relay between hardener and the practice phone: a cut before a command
reaches the phone, in the middle of a packet, or during a file push or pull, and a link that
goes silent (a phone that went offline).
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import hardener.adb.connect as connect_module
from hardener.adb.connect import Connection, Connector, DeviceSelector
from hardener.adb.keys import AdbSigner
from hardener.checks import run_checks
from hardener.checks.finding import Severity
from hardener.device.gather import gather
from hardener.errors import (
    CommandTimeout,
    ConnectionLost,
    DeviceOffline,
    HardenerError,
    JournalError,
    KeyRejected,
    PhoneRefused,
)
from hardener.session import journal as jr
from hardener.session.apply import DONE, NOT_APPLIED, ApplyResult, apply_plan
from hardener.session.finish import FinishResult, finish
from hardener.session.plan import make_plan
from hardener.session.profiles import find_profile
from hardener.session.undo import UndoResult, undo
from hardener.sim.personas import load_persona
from hardener.sim.phone import VirtualPhone
from hardener.sim.runner import PracticePhone, start_practice_phone
from hardener.sim.wire import A_OPEN

FAMILIES = ("connect", "scan", "apply", "undo", "finish")

# Which phone and which profile each family runs on. old-9 with webcam-work touches every
# reversible kind of change hardener has (settings, permissions, app-ops, accessibility and
# notification-listener lists); samsung-11 with outreach-data adds backup.
COMBOS_TEST: tuple[tuple[str, str, str], ...] = (
    ("connect", "pixel-14", ""),
    ("scan", "samsung-11", ""),
    ("apply", "old-9", "webcam-work"),
    ("undo", "old-9", "webcam-work"),
    ("finish", "pixel-14", ""),
)
COMBOS_FULL: tuple[tuple[str, str, str], ...] = (
    *COMBOS_TEST,
    ("scan", "hostile", ""),
    ("scan", "old-9", ""),
    ("apply", "samsung-11", "outreach-data"),
    ("apply", "samsung-11", "arrest-raid"),
    ("apply", "hostile", "outreach-data"),
    ("undo", "samsung-11", "outreach-data"),
    ("undo", "xiaomi-13", "webcam-work"),
    ("finish", "old-9", ""),
)

READ_TIMEOUT_S = 0.6  # per read, during the step under test: a silent phone is noticed fast
CALM_TIMEOUT_S = 10.0  # per read, before and after it: a busy test machine is not a fault
HANDSHAKE_TIMEOUT_S = 0.8
AUTH_TIMEOUT_S = 0.8
LATENCY_MS = 1200.0  # larger than READ_TIMEOUT_S: every command times out
DEADLINE_S = 20.0  # a step still running after this is a hang


# --- faults ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fault:
    """One fault. ``step`` counts shell commands (drop) or services opened (cut, stall) from
    the moment the fault is armed; ``None`` means the connection's handshake."""

    kind: str  # none | drop | cut | stall | latency | auth | ignore | truncate
    how: str = ""  # drop/cut: fin | rst; auth: a SimConfig auth mode; ignore: a write kind or "all"
    step: int | None = None
    where: str = ""  # cut/stall: before | up | down (the k-th OPEN held back, or n bytes after it)
    n: int = 0  # cut/stall: bytes after the OPEN (or after the start); truncate: bytes kept

    @property
    def name(self) -> str:
        if self.kind in ("none", "latency"):
            return self.kind
        if self.kind == "drop":
            return f"drop-{self.how}@cmd{self.step}"
        if self.kind in ("cut", "stall"):
            at = "handshake" if self.step is None else f"open{self.step}"
            action = self.how if self.kind == "cut" else "stall"
            extra = "" if self.where == "before" else f"+{self.where}{self.n}"
            return f"{action}@{at}{'-before' if self.where == 'before' else ''}{extra}"
        if self.kind == "auth":
            return f"auth-{self.how}"
        if self.kind == "ignore":
            return f"ignore-{self.how}"
        return f"truncate{self.n}"


@dataclass(frozen=True)
class Scenario:
    family: str
    persona: str
    profile: str
    fault: Fault

    @property
    def name(self) -> str:
        where = f"{self.persona}/{self.profile}" if self.profile else self.persona
        return f"{self.family}:{where}:{self.fault.name}"


@dataclass
class Result:
    scenario: Scenario
    ending: str = ""  # what the step returned or raised
    failures: list[str] = field(default_factory=list)
    lost: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures and not self.lost


# --- the relay ------------------------------------------------------------------------------------

_HEADER = struct.Struct("<6I")


class _Link:
    """One client connection relayed to the phone, with the byte counters of an armed fault."""

    def __init__(self, proxy: FaultProxy, client: socket.socket, upstream: socket.socket) -> None:
        self.proxy = proxy
        self.client = client
        self.upstream = upstream
        self.lock = threading.Lock()
        self.dead = False
        self.stalled = False
        self.up_budget: int | None = None  # bytes still to forward upstream before acting
        self.down_budget: int | None = None
        self.action = ""
        self._hdr = bytearray()
        self._skip = 0
        self._done = 0
        self.threads = [
            threading.Thread(target=self._pump_up, daemon=True, name="proxy-up"),
            threading.Thread(target=self._pump_down, daemon=True, name="proxy-down"),
        ]

    def start(self) -> None:
        plan = self.proxy.handshake_plan()
        if plan is not None:
            where, n, action = plan
            self.action = action
            if where == "up":
                self.up_budget = n
            else:
                self.down_budget = n
            if n == 0 and where == "down":
                self.fire()
        for t in self.threads:
            t.start()

    # --- acting -------------------------------------------------------------------------------

    def fire(self) -> None:
        """Do the armed action now: hang up (FIN or RST), or go silent."""
        with self.lock:
            if self.dead or self.stalled:
                return
            self.up_budget = self.down_budget = None
            if self.action == "stall":
                self.stalled = True
                return
            self.dead = True
        self._hang_up(self.action)

    def _hang_up(self, how: str) -> None:
        with contextlib.suppress(OSError):
            if how == "rst":
                self.client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.client.shutdown(socket.SHUT_RD)  # wakes our reader, sends nothing
            else:
                self.client.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self.upstream.shutdown(socket.SHUT_RDWR)
        self.client.close()  # with SO_LINGER 0: the client sees a reset
        self.upstream.close()

    def close(self) -> None:
        with self.lock:
            already = self.dead
            self.dead = True
        if not already:
            self._hang_up("fin")

    # --- pumps --------------------------------------------------------------------------------

    def _send(self, sock: socket.socket, data: bytes) -> bool:
        if not data:
            return True
        with self.lock:
            if self.dead:
                return False
            if self.stalled:
                return True  # swallowed: the phone went silent
        try:
            sock.sendall(data)
        except OSError:
            return False
        return True

    def _pump_up(self) -> None:
        try:
            while True:
                try:
                    data = self.client.recv(65536)
                except OSError:
                    break
                if not data or not self._relay_up(data):
                    break
        finally:
            self._pump_done(client_side=True)

    def _relay_up(self, data: bytes) -> bool:
        """Forward client bytes, whole headers at a time, acting at the armed OPEN or byte."""
        out = bytearray()
        i = 0
        while i < len(data):
            if self._skip:
                take = min(self._skip, len(data) - i)
                out += data[i : i + take]
                self._skip -= take
                i += take
                continue
            need = _HEADER.size - len(self._hdr)
            self._hdr += data[i : i + need]
            i += min(need, len(data) - i)
            if len(self._hdr) < _HEADER.size:
                break
            header = bytes(self._hdr)
            self._hdr.clear()
            command, _a0, _a1, length, _check, _magic = _HEADER.unpack(header)
            self._skip = length
            plan = self.proxy.opened() if command == A_OPEN else None
            if plan is not None:
                where, n, action = plan
                self.action = action
                if not self._forward_up(bytes(out)):
                    return False
                out.clear()
                if where == "before":
                    self.fire()  # the OPEN never reaches the phone
                    return not self.dead
                if where == "up":
                    self.up_budget = len(header) + length + n
                else:
                    self.down_budget = n  # counted from the phone's first answer byte
            out += header
        return self._forward_up(bytes(out))

    def _forward_up(self, data: bytes) -> bool:
        budget = self.up_budget
        if budget is not None and len(data) >= budget:
            ok = self._send(self.upstream, data[:budget])
            self.fire()
            return ok and not self.dead
        if budget is not None:
            self.up_budget = budget - len(data)
        return self._send(self.upstream, data)

    def _pump_down(self) -> None:
        try:
            while True:
                try:
                    data = self.upstream.recv(65536)
                except OSError:
                    break
                if not data:
                    break
                budget = self.down_budget
                if budget is not None and len(data) >= budget:
                    self._send(self.client, data[:budget])
                    self.fire()
                    if self.dead:
                        break
                    continue
                if budget is not None:
                    self.down_budget = budget - len(data)
                if not self._send(self.client, data):
                    break
        finally:
            self._pump_done(client_side=False)

    def _pump_done(self, client_side: bool) -> None:
        with self.lock:
            self._done += 1
            last = self._done == 2
            silent = self.stalled and not client_side
        if last:
            self.close()
        elif not silent:
            # One side ended: pass the end on, so the other pump wakes up too. A silent link
            # passes nothing on: the client must find out by its own timeout.
            with contextlib.suppress(OSError):
                self.client.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                self.upstream.shutdown(socket.SHUT_RDWR)


class FaultProxy:
    """A TCP relay in front of the practice phone that cuts or silences the link on cue.

    ``arm`` takes where to act: at the k-th OPEN the client sends from now on ("before": the
    OPEN never reaches the phone; "up"/"down": after the OPEN, once n more bytes went that way),
    or, with ``step=None``, n bytes into the next connection's handshake.
    """

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.5)
        self.host, self.port = self._listener.getsockname()[:2]
        self._lock = threading.Lock()
        self._plan: tuple[int | None, str, int, str] | None = None
        self._opens = 0
        self.fired = False
        self._links: list[_Link] = []
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True, name="proxy-accept")
        self._thread.start()

    @property
    def opens(self) -> int:
        """Services opened since the last ``arm`` (or since the start)."""
        with self._lock:
            return self._opens

    def arm(self, step: int | None, where: str, n: int, action: str) -> None:
        with self._lock:
            self._plan = (step, where, n, action)
            self._opens = 0
            self.fired = False

    def disarm(self) -> None:
        with self._lock:
            self._plan = None

    def opened(self) -> tuple[str, int, str] | None:
        """Count one OPEN; the plan to act on if it is the armed one."""
        with self._lock:
            index = self._opens
            self._opens += 1
            plan = self._plan
            if plan is None or self.fired or plan[0] is None or plan[0] != index:
                return None
            self.fired = True
            return plan[1], plan[2], plan[3]

    def handshake_plan(self) -> tuple[str, int, str] | None:
        with self._lock:
            plan = self._plan
            if plan is None or self.fired or plan[0] is not None:
                return None
            self.fired = True
            return plan[1], plan[2], plan[3]

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._stopping.is_set():  # the wake-up call from stop()
                client.close()
                return
            client.settimeout(None)
            try:
                upstream = socket.create_connection(self._target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            for sock in (client, upstream):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            link = _Link(self, client, upstream)
            with self._lock:
                if self._stopping.is_set():
                    client.close()
                    upstream.close()
                    return
                self._links.append(link)
            link.start()

    def stop(self) -> None:
        if self._stopping.is_set():
            return
        self._stopping.set()
        with contextlib.suppress(OSError), socket.create_connection((self.host, self.port), timeout=1):
            pass  # wakes accept() at once
        self._thread.join(2)
        self._listener.close()
        with self._lock:
            links = list(self._links)
        for link in links:
            link.close()
        for link in links:
            for t in link.threads:
                if t.is_alive():
                    t.join(2)



# --- the phone's state, as the journal names it -----------------------------------------------------

_SETTING_SOURCE = {"remove_accessibility_service": "enabled_accessibility_services",
                   "disallow_listener": "enabled_notification_listeners"}


def _table_key(table: str) -> str:
    return "global" if table == "global" else f"{table}/0"


def target_path(kind: str, args: Mapping[str, Any]) -> tuple[str, ...] | None:
    """Where in ``VirtualPhone.export_state`` a journal entry's target lives (None: nowhere)."""
    if kind == "setting":
        return ("settings", _table_key(args["table"]), args["key"])
    if kind in _SETTING_SOURCE:
        return ("settings", "secure/0", _SETTING_SOURCE[kind])
    if kind == "revoke_permission":
        return ("packages", args["package"], "users", "0", "runtime", args["permission"])
    if kind in ("disable_package", "suspend_package"):
        leaf = "enabled" if kind == "disable_package" else "suspended"
        return ("packages", args["package"], "users", "0", leaf)
    if kind == "appop":
        return ("packages", args["package"], "users", "0", "ops", args["op"])
    if kind == "bmgr_enable":
        return ("backup", "0", "enabled")  # Android mirrors it in secure backup_enabled: see below
    if kind == "lockdown":
        return ("locks", "0", "strong_auth")
    return None  # clear_data: app data sizes are not part of the exported state


def _covered(kind: str, args: Mapping[str, Any]) -> list[tuple[str, ...]]:
    """Every place one change shows in the exported state (bmgr also flips a secure setting)."""
    path = target_path(kind, args)
    paths = [path] if path is not None else []
    if kind == "bmgr_enable":
        paths.append(("settings", "secure/0", "backup_enabled"))
    return paths


def phone_value(state: Mapping[str, Any], kind: str, args: Mapping[str, Any]) -> Any:
    """The phone's value for a change target, in the journal's terms (what ``before`` holds)."""
    path = target_path(kind, args)
    node: Any = state
    for part in path or ():
        node = node.get(part) if isinstance(node, Mapping) else None
    if kind == "revoke_permission":
        return bool(node.get("granted")) if isinstance(node, Mapping) else False
    if kind == "appop":
        return node if node is not None else "default"
    return node


def flatten(state: Any, prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], Any]:
    if isinstance(state, Mapping):
        out: dict[tuple[str, ...], Any] = {}
        for key, value in state.items():
            out.update(flatten(value, (*prefix, str(key))))
        return out
    return {prefix: state}


def differences(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[tuple[str, ...]]:
    a, b = flatten(before), flatten(after)
    return sorted(p for p in set(a) | set(b) if a.get(p, _MISSING) != b.get(p, _MISSING))


_MISSING = object()


# Every scenario's session uses this undo code, so the matrix can open the record behind hardener's back.
CODE = jr.UndoCode.parse("7KQ2-M9XD-4TPR")


def journal_on(phone: VirtualPhone) -> jr.Journal | None:
    """The undo record as the phone holds it, opened behind hardener's back (no ADB)."""
    data = phone.read_file(jr.RECORD_PATH)
    return jr.unseal(data, CODE) if data else None


def lost_changes(original: Mapping[str, Any], now: Mapping[str, Any], journal: jr.Journal | None) -> list[str]:
    """Differences the journal does not name, or names with a ``before`` that is not the original."""
    entries = journal.entries if journal is not None else ()
    lost = []
    for path in differences(original, now):
        covering = [e for e in entries if any(path[: len(t)] == t for t in _covered(e.kind, e.args))]
        if not covering:
            lost.append("/".join(path) + ": not in the journal")
            continue
        for e in covering:
            if e.before != phone_value(original, e.kind, e.args):
                lost.append(f"{'/'.join(path)}: journal says before={e.before!r}, "
                            f"was {phone_value(original, e.kind, e.args)!r}")
    return lost


# --- running one scenario ----------------------------------------------------------------------------


@dataclass
class _Clean:
    """What a fault-free run of a combo showed: its services, and a clean scan's OK findings."""

    services: list[str]
    ok_findings: frozenset[str]
    failed_changes: frozenset[str]  # changes a fault-free apply refuses too (e.g. unsafe values)

    @property
    def opens(self) -> int:
        return len(self.services)

    @property
    def shell(self) -> int:
        return sum(1 for s in self.services if s.startswith("shell"))


class Matrix:
    """Runs scenarios. One per process: it shortens hardener's connection timeouts while alive."""

    def __init__(self, signer: AdbSigner) -> None:
        self.signer = signer
        self._personas: dict[str, VirtualPhone] = {}
        self._clean: dict[tuple[str, str, str], _Clean] = {}

    # --- helpers ------------------------------------------------------------------------------

    def phone(self, persona: str) -> VirtualPhone:
        if persona not in self._personas:
            self._personas[persona] = load_persona(persona)
        return self._personas[persona].clone()

    def connect(self, port: int, read_timeout_s: float = CALM_TIMEOUT_S) -> Connection:
        conn = Connector(DeviceSelector(tcp=f"127.0.0.1:{port}"), signer=self.signer,
                         auth_timeout_s=AUTH_TIMEOUT_S).connect()
        conn.channel.read_timeout_s = read_timeout_s
        return conn

    @contextlib.contextmanager
    def short_timeouts(self) -> Iterator[None]:
        saved = connect_module.HANDSHAKE_TIMEOUT_S
        connect_module.HANDSHAKE_TIMEOUT_S = HANDSHAKE_TIMEOUT_S
        try:
            yield
        finally:
            connect_module.HANDSHAKE_TIMEOUT_S = saved

    def clean(self, family: str, persona: str, profile: str) -> _Clean:
        """Run the combo once without a fault: the steps to inject at, and the truth to compare."""
        key = (family, persona, profile)
        if key not in self._clean:
            result = self.run(Scenario(family, persona, profile, Fault("none")), _learn=True)
            if not result.ok:
                raise AssertionError(f"the fault-free run of {key} fails: {result.failures}")
        return self._clean[key]

    # --- the run ------------------------------------------------------------------------------

    def run(self, sc: Scenario, _learn: bool = False) -> Result:
        started = time.monotonic()
        result = Result(sc)
        fault = sc.fault
        phone = self.phone(sc.persona)
        at_connect = fault.kind == "auth" and sc.family == "connect"
        auth_mode = fault.how if at_connect else "prompt-accept"
        trusted = [] if at_connect else [self.signer.GetPublicKey()]
        sim = start_practice_phone(phone, trusted_keys=trusted, auth_mode=auth_mode,  # type: ignore[arg-type]
                                   prompt_delay_s=0.05)
        proxy = FaultProxy(sim.host, sim.port)
        opened: list[Connection] = []
        try:
            self._run(sc, sim, proxy, phone, result, opened, _learn)
        finally:
            for conn in opened:
                conn.close()
            proxy.stop()
            sim.stop()
        result.seconds = time.monotonic() - started
        return result

    def _run(self, sc: Scenario, sim: PracticePhone, proxy: FaultProxy, phone: VirtualPhone, result: Result,
             opened: list[Connection], learn: bool) -> None:
        fault, family = sc.fault, sc.family
        original = phone.export_state()
        context: dict[str, Any] = {}

        # 1. The clean part of the session.
        conn: Connection | None = None
        if family != "connect":
            conn = self.connect(proxy.port)
            opened.append(conn)
            if family in ("apply", "undo"):
                snap = gather(conn.channel)
                context["plan"] = make_plan(find_profile(sc.profile), snap, run_checks(snap))
            if family == "undo":
                apply_plan(conn.channel, context["plan"], code=CODE, consent=_never)
                context["applied"] = phone.export_state()
        log_start = len(sim.command_log)

        # 2. Arm the fault.
        self._arm(fault, sim, proxy, phone)

        # 3. The step under test, bounded, with short timeouts: a silent phone is noticed fast.
        if conn is not None:
            conn.channel.read_timeout_s = READ_TIMEOUT_S

        def step() -> object:
            link = conn
            if link is None or fault.kind == "auth":  # the step starts by connecting (again)
                link = self.connect(proxy.port, READ_TIMEOUT_S)
                opened.append(link)
            if family == "connect":
                return link.channel.run("echo ok")
            if family == "scan":
                return gather(link.channel)
            if family == "apply":
                return apply_plan(link.channel, context["plan"], code=CODE, consent=_never)
            if family == "undo":
                journal = jr.read_journal(link.channel, CODE)
                return undo(link.channel, CODE) if journal is not None else None
            return finish(link.channel)

        with self.short_timeouts():
            value, error, finished = _bounded(step, DEADLINE_S)
        if not finished:
            result.failures.append(f"hang: still running after {DEADLINE_S:.0f} s")
            result.ending = "hang"
            proxy.stop()
            sim.stop()
            return
        self._disarm(fault, sim, proxy, phone)
        result.ending = type(error).__name__ if error is not None else type(value).__name__
        if learn:
            services = [s.partition(":")[0] for s in sim.command_log.snapshot()[log_start:]]
            ok: frozenset[str] = frozenset()
            refused: frozenset[str] = frozenset()
            if family == "scan":
                ok = frozenset(f.key for f in run_checks(value) if f.severity == Severity.OK)  # type: ignore[arg-type]
            if isinstance(value, ApplyResult):
                refused = frozenset(o.change.key for o in value.outcomes if o.status == "failed")
            self._clean[(family, sc.persona, sc.profile)] = _Clean(services, ok, refused)

        # 4. A typed error with a plain message, of the kind the fault calls for; or a true result.
        certain = fault.kind in ("drop", "stall", "latency") or (fault.kind == "cut" and fault.where == "before")
        clean = self._clean.get((family, sc.persona, sc.profile))
        if clean is not None and family in ("apply", "undo") and fault.step is not None and fault.step in (
            clean.shell - 1 if fault.kind == "drop" else clean.opens - 1,
        ):
            # The last command of an apply or undo releases the phone's lock. A link lost there
            # leaves the lock behind and the result stands; the same person takes the lock back
            # when they reconnect (checked below: apply again, then undo, over a fresh link).
            certain = False
        if certain and error is None and family in ("scan", "apply", "undo"):
            result.failures.append("the fault never reached the step: the matrix tests nothing here")
        if error is not None:
            self._judge_error(sc, error, result)
        else:
            self._judge_value(sc, value, phone, original, context, result)

        # 5. The journal invariant, then apply again and undo over a fresh link.
        self._judge_journal(sc, sim, phone, original, result, opened)

    # --- arming -------------------------------------------------------------------------------

    @staticmethod
    def _arm(fault: Fault, sim: PracticePhone, proxy: FaultProxy, phone: VirtualPhone) -> None:
        if fault.kind == "drop":
            sim.config.drop_kind = fault.how  # type: ignore[assignment]
            sim.config.drop_after_commands = fault.step
        elif fault.kind in ("cut", "stall"):
            proxy.arm(fault.step, fault.where, fault.n, fault.how if fault.kind == "cut" else "stall")
        elif fault.kind == "auth":
            # Between two sessions the person tapped "Revoke USB debugging authorisations" (or the
            # phone stopped answering): the step's own connection meets the new mode.
            sim.trusted_keys.clear()
            sim.config.auth_mode = fault.how  # type: ignore[assignment]
        elif fault.kind == "latency":
            sim.config.latency_ms = LATENCY_MS
        elif fault.kind == "ignore":
            phone.faults.ignore_writes = True if fault.how == "all" else {fault.how}
        elif fault.kind == "truncate":
            sim.config.truncate_output = fault.n

    @staticmethod
    def _disarm(fault: Fault, sim: PracticePhone, proxy: FaultProxy, phone: VirtualPhone) -> None:
        proxy.disarm()
        sim.config.drop_after_commands = None
        sim.config.truncate_output = None
        phone.faults.ignore_writes = False
        if fault.kind == "latency":
            sim.config.latency_ms = 0
            time.sleep(LATENCY_MS / 1000 + 0.2)  # the command the client gave up on still runs
        if fault.kind == "stall":
            time.sleep(0.05)
        sim.config.auth_mode = "none"

    # --- judging ------------------------------------------------------------------------------

    @staticmethod
    def _judge_error(sc: Scenario, error: BaseException, result: Result) -> None:
        fault = sc.fault
        if not isinstance(error, HardenerError):
            result.failures.append(f"raw exception {type(error).__name__}: {error}")
            return
        plain = error.plain()
        if not plain or "{" in plain:
            result.failures.append(f"{type(error).__name__} has no plain message: {plain!r}")
        expected: tuple[type[HardenerError], ...]
        if fault.kind == "auth":
            expected = (DeviceOffline,) if fault.how == "offline" else (KeyRejected,)
        elif sc.family == "connect":
            expected = (DeviceOffline,)
        elif fault.kind in ("drop", "cut"):
            expected = (ConnectionLost,)
        elif fault.kind in ("stall", "latency"):
            expected = (CommandTimeout,)
        elif fault.kind == "ignore":
            expected = (JournalError, PhoneRefused)
        else:
            expected = ()
        if not isinstance(error, expected):
            wanted = ", ".join(e.__name__ for e in expected) or "no error"
            result.failures.append(f"{type(error).__name__} ({error.detail}) where {wanted} was due")

    def _judge_value(self, sc: Scenario, value: object, phone: VirtualPhone, original: Mapping[str, Any],
                     context: Mapping[str, Any], result: Result) -> None:
        now = phone.export_state()
        family = sc.family
        if family == "connect":
            if getattr(value, "text", None) != "ok\n":
                result.failures.append(f"connected, but echo gave {value!r}")
        elif family == "scan":
            clean = self._clean.get((family, sc.persona, sc.profile))
            if clean is not None and sc.fault.kind != "none":
                said_ok = {f.key for f in run_checks(value) if f.severity == Severity.OK}  # type: ignore[arg-type]
                for key in sorted(said_ok - clean.ok_findings):
                    result.failures.append(f"scan under fault says OK for {key}; a clean scan does not")
        elif family == "apply":
            assert isinstance(value, ApplyResult)
            for o in value.outcomes:
                if o.change.typed.always_write:  # clear_data, lockdown: the phone's answer decides
                    continue
                target = o.change.typed.target(phone_value(original, o.change.kind, o.change.args))
                there = o.change.typed.satisfied(phone_value(now, o.change.kind, o.change.args), target)
                if o.status == DONE and not there:
                    result.failures.append(f"apply says done, the phone disagrees: {o.change.key}")
                if o.status == NOT_APPLIED and there:
                    result.failures.append(f"apply says not applied, the phone has it: {o.change.key}")
        elif family == "undo":
            if value is None:
                result.failures.append("undo found no journal after a clean apply")
                return
            assert isinstance(value, UndoResult)
            for u in value.outcomes:
                if u.restored and phone_value(now, u.entry.kind, u.entry.args) != u.entry.before:
                    result.failures.append(f"undo says restored, the phone disagrees: {u.entry.key}")
            if value.complete and value.journal_cleared:
                diff = differences(original, now)
                if diff:
                    result.failures.append(f"undo says complete, the phone still differs: {diff[:3]}")
                if journal_on(phone) is not None:
                    result.failures.append("undo says the journal is cleared, it is still on the phone")
        elif family == "finish":
            assert isinstance(value, FinishResult)
            if value.debugging_off and phone.adb_enabled:
                result.failures.append(f"finish says USB debugging is off, it is on ({value.detail})")

    def _judge_journal(self, sc: Scenario, sim: PracticePhone, phone: VirtualPhone, original: Mapping[str, Any],
                       result: Result, opened: list[Connection]) -> None:
        now = phone.export_state()
        try:
            journal = journal_on(phone)
        except jr.JournalCorrupt as exc:
            result.failures.append(f"the journal on the phone is unreadable: {exc}")
            return
        if sc.family in ("connect", "scan", "finish"):
            allowed = {("adb_enabled",), ("settings", "global", "adb_enabled"),
                       ("settings", "global", "development_settings_enabled")} if sc.family == "finish" else set()
            changed = [p for p in differences(original, now) if p not in allowed]
            result.lost += len(changed)
            result.failures.extend(f"{sc.family} changed {'/'.join(p)}" for p in changed)
            if journal is not None:
                result.failures.append(f"{sc.family} left an undo journal on the phone")
            return
        lost = lost_changes(original, now, journal)
        result.lost += len(lost)
        result.failures.extend(f"lost: {text}" for text in lost)
        # Reconnect, finish the session the way a person would, and check the phone.
        try:
            conn = self.connect(sim.port)
            opened.append(conn)
            if sc.family == "apply":
                snap = gather(conn.channel)
                again = apply_plan(conn.channel, make_plan(find_profile(sc.profile), snap, run_checks(snap)),
                                   code=CODE, consent=_never)
                clean = self._clean.get((sc.family, sc.persona, sc.profile))
                refused = clean.failed_changes if clean is not None else frozenset()
                failed = [o for o in again.outcomes if o.status == "failed" and o.change.key not in refused]
                if failed and sc.fault.kind != "none":
                    result.failures.append(f"applying again after the fault failed: {[o.detail for o in failed]}")
                lost = lost_changes(original, phone.export_state(), journal_on(phone))
                result.lost += len(lost)
                result.failures.extend(f"lost after applying again: {text}" for text in lost)
            journal = jr.read_journal(conn.channel, CODE)
            if journal is not None:
                done = undo(conn.channel, CODE)
                if not done.complete or not done.journal_cleared:
                    result.failures.append(f"undo after the fault is incomplete: "
                                           f"{[o.detail for o in done.outcomes if not o.restored]}")
        except HardenerError as exc:
            result.failures.append(f"reconnecting after the fault failed: {type(exc).__name__}: {exc.detail}")
            return
        left = differences(original, phone.export_state())
        if left:
            result.failures.append(f"after undo the phone still differs: {['/'.join(p) for p in left[:4]]}")
        if journal_on(phone) is not None:
            result.failures.append("after undo a journal is still on the phone")


def _never(_change: object) -> bool:
    return False


def _bounded(call: Callable[[], object], seconds: float) -> tuple[object, BaseException | None, bool]:
    """Run ``call`` in a thread: (value, error, finished in time)."""
    box: dict[str, Any] = {}

    def body() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=body, daemon=True, name="fault-matrix-step")
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        return None, None, False
    return box.get("value"), box.get("error"), True


# --- the matrix ---------------------------------------------------------------------------------------

FAULT_KINDS = ("drop", "cut", "stall", "latency", "auth", "ignore", "truncate")


def faults_for(family: str, clean: _Clean, full: bool) -> list[Fault]:
    """Every fault for one combo: at each shell command, at each service opened, and the rest."""
    out: list[Fault] = []
    if family == "connect":
        out += [Fault("auth", how=mode) for mode in ("reject", "prompt-deny", "offline")]
        sizes = (0, 1, 12, 24, 30, 100, 300, 600) if full else (0, 24, 30, 300)
        for how in ("fin", "rst"):
            for where in ("up", "down"):
                out += [Fault("cut", how=how, where=where, n=n) for n in sizes]
        out += [Fault("stall", where="down", n=n) for n in ((0, 24, 300) if full else (0,))]
        return out
    for how in ("fin", "rst"):
        out += [Fault("drop", how=how, step=k) for k in range(clean.shell)]
    stalls = range(clean.opens) if full else sorted({0, clean.opens // 2, clean.opens - 1})
    for k, service in enumerate(clean.services):
        for how in ("fin", "rst"):
            out.append(Fault("cut", how=how, step=k, where="before"))
        for how in ("fin", "rst") if full else ("fin",):
            # In the middle of the phone's first header, then of its first payload.
            out += [Fault("cut", how=how, step=k, where="down", n=n) for n in ((0, 13, 30, 100) if full else (13, 30))]
            if service == "sync":  # a push or pull: cut in the middle of the request or the data
                out += [Fault("cut", how=how, step=k, where="up", n=n) for n in ((8, 40, 200) if full else (8, 40))]
        if k in stalls:
            out.append(Fault("stall", step=k, where="down", n=0))
            if full:
                out.append(Fault("stall", step=k, where="before"))
    out.append(Fault("latency"))
    out += [Fault("auth", how=mode) for mode in (("reject", "prompt-deny", "offline") if full else ("reject",))]
    out += [Fault("truncate", n=n) for n in ((0, 7, 64, 512, 4096, 65536) if full else (0, 64, 4096))]
    if family in ("apply", "undo", "finish"):
        kinds = ("all", "settings", "permissions", "appops", "notification", "backup", "files")
        out += [Fault("ignore", how=k) for k in (kinds if full else ("all", "files", "settings"))]
    return out


def scenarios(matrix: Matrix, full: bool, families: tuple[str, ...] = FAMILIES) -> list[Scenario]:
    out = []
    for family, persona, profile in COMBOS_FULL if full else COMBOS_TEST:
        if family not in families:
            continue
        clean = matrix.clean(family, persona, profile)
        out += [Scenario(family, persona, profile, f) for f in faults_for(family, clean, full)]
    return out


def summary(results: list[Result]) -> list[str]:
    """One line per family, then ``N scenarios, F failed, L lost``."""
    lines = []
    for family in FAMILIES:
        mine = [r for r in results if r.scenario.family == family]
        if mine:
            failed = sum(1 for r in mine if not r.ok)
            lines.append(f"{family:<9} {len(mine)} scenarios, {failed} failed, {sum(r.lost for r in mine)} lost")
    failed = sum(1 for r in results if not r.ok)
    lines.append(f"{len(results)} scenarios, {failed} failed, {sum(r.lost for r in results)} lost")
    return lines
