"""The practice phone's adbd: listens on 127.0.0.1 and serves the device side of the ADB protocol.

Named ``PracticeAdbd`` (not "server") because the laptop side has its own adb *server*
(Google's, reached through :mod:`hardener.adb.host_client`); this is the phone's daemon.

Threads, not asyncio: the phone behind the seam (:class:`PhoneBackend`) is plain blocking code,
and a thread per stream lets a slow command (latency fault, big output) hold up only its own
stream, as on a real phone.

Behaviour that looks odd but is deliberate (each copies real adbd, and a client depends on it):
we echo CLSE when the host closes a live stream (adb-shell waits for it); we ignore packets for
streams we do not know (adb 29 writes "close stdin" after we closed); we send CLSE straight after
the last WRTE without waiting for its OKAY; and ``reboot:``/``root:`` drop the whole connection.
"""

from __future__ import annotations

import logging
import selectors
import socket
import struct
import threading
import time

from hardener.sim.adbd.command_log import CommandLog
from hardener.sim.adbd.connection import Connection
from hardener.sim.auth import PendingPrompt, TrustedKeys
from hardener.sim.backend import PhoneBackend
from hardener.sim.faults import DropKind, SimConfig
from hardener.sim.wire import MAX_PAYLOAD_V1

log = logging.getLogger(__name__)

_JOIN_TIMEOUT_S = 2.0


class PracticeAdbd:
    """Listens on 127.0.0.1 and serves each accepted connection with :class:`Connection`."""

    def __init__(
        self,
        backend: PhoneBackend,
        *,
        config: SimConfig | None = None,
        trusted_keys: TrustedKeys | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.backend = backend
        self.config = config if config is not None else SimConfig()
        self.trusted_keys = trusted_keys if trusted_keys is not None else TrustedKeys()
        # The phone's `dumpsys adb` lists the keys this server trusts, as Android's does.
        self.adb_trust = getattr(backend, "adb_trust", None)
        if self.adb_trust is not None:
            self.adb_trust.host_keys = self.trusted_keys
        self.command_log = CommandLog()
        self._host = host
        self._requested_port = port
        self._listener: socket.socket | None = None
        self._wake_r: socket.socket | None = None
        self._wake_w: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._connections: set[Connection] = set()
        self._prompts: list[PendingPrompt] = []
        self._timers: set[threading.Timer] = set()
        self._retired: list[Connection] = []
        self._down_until = 0.0  # monotonic time before which the phone is rebooting (no adbd)

    # --- lifetime ---------------------------------------------------------------------------

    @property
    def stopping(self) -> threading.Event:
        """Set once :meth:`stop` began; services wait on it instead of sleeping."""
        return self._stopping

    @property
    def address(self) -> tuple[str, int]:
        if self._listener is None:
            raise RuntimeError("the practice phone's server is not started")
        host, port = self._listener.getsockname()[:2]
        return str(host), int(port)

    def start(self) -> None:
        if self._listener is not None:
            raise RuntimeError("already started")
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((self._host, self._requested_port))
            listener.listen(16)
            listener.setblocking(False)
        except OSError:
            listener.close()
            raise
        self._listener = listener
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._accept_thread = threading.Thread(target=self._accept_loop, name="adbd-accept", daemon=True)
        self._accept_thread.start()

    def stop(self, timeout: float = _JOIN_TIMEOUT_S) -> None:
        """Hang up on everyone and wait (bounded) for the threads; safe to call twice."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        if self._wake_w is not None:
            try:
                self._wake_w.send(b"x")
            except OSError:
                pass
        deadline = time.monotonic() + timeout
        if self._accept_thread is not None:
            self._accept_thread.join(timeout)
        with self._lock:
            timers = list(self._timers)
            self._timers.clear()
            prompts = list(self._prompts)
        for timer in timers:
            timer.cancel()
        for prompt in prompts:
            prompt.cancel()
        self.drop_connections("fin")
        with self._lock:
            retired, self._retired = self._retired, []
        for conn in retired:
            conn.join(deadline)
        for sock in (self._wake_r, self._wake_w):
            if sock is not None:
                sock.close()

    def restart_adbd(self) -> None:
        """adbd exits and init starts it again (``tcpip``, ``usb``): every host loses the link."""
        self.drop_connections("fin")

    def reboot_phone(self) -> None:
        """``adb reboot``: every host loses the phone; adbd answers again part-way through the
        boot and ``sys.boot_completed`` follows, as ``adb wait-for-device`` scripts expect."""
        boot_s = self.config.reboot_s
        with self._lock:
            self._down_until = time.monotonic() + boot_s * 0.4
        reboot = getattr(self.backend, "reboot", None)
        if callable(reboot):
            reboot(boot_s)
        self.drop_connections("fin")

    @property
    def rebooting(self) -> bool:
        with self._lock:
            return time.monotonic() < self._down_until

    def drop_connections(self, kind: DropKind = "fin") -> None:
        """Every host loses the phone at once (cable pulled, adbd killed)."""
        with self._lock:
            conns = list(self._connections)
        for conn in conns:
            conn.abort(kind)

    @property
    def connection_count(self) -> int:
        with self._lock:
            return len(self._connections)

    def _accept_loop(self) -> None:
        listener, wake = self._listener, self._wake_r
        assert listener is not None and wake is not None
        selector = selectors.DefaultSelector()
        try:
            selector.register(listener, selectors.EVENT_READ)
            selector.register(wake, selectors.EVENT_READ)
            while not self._stopping.is_set():
                for key, _ in selector.select():
                    if key.fileobj is wake or self._stopping.is_set():
                        return
                    self._accept_one(listener)
        finally:
            selector.close()
            listener.close()

    def _accept_one(self, listener: socket.socket) -> None:
        try:
            sock, addr = listener.accept()
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            log.info("accept failed", exc_info=True)
            return
        sock.setblocking(True)
        if not self.adb_enabled() or self.rebooting:
            # USB debugging is off (or the phone is still booting): nothing listens on a real
            # phone, so the host sees a reset.
            _reset_and_close(sock)
            return
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = Connection(self, sock, f"{addr[0]}:{addr[1]}")
        with self._lock:
            if self._stopping.is_set():
                sock.close()
                return
            self._connections.add(conn)
            self._retired = [c for c in self._retired if c.thread.is_alive()]
            self._retired.append(conn)
        conn.thread.start()

    def forget_connection(self, conn: Connection) -> None:
        with self._lock:
            self._connections.discard(conn)

    def adb_enabled(self) -> bool:
        try:
            return bool(self.backend.adb_enabled)
        except Exception:
            log.exception("practice phone: adb_enabled failed")
            return True

    # --- auth -------------------------------------------------------------------------------

    @property
    def pending_prompts(self) -> list[PendingPrompt]:
        with self._lock:
            return [p for p in self._prompts if p.state == "pending"]

    def prompt_opened(self, prompt: PendingPrompt, mode: str) -> None:
        with self._lock:
            self._prompts = [p for p in self._prompts if p.state == "pending"]
            self._prompts.append(prompt)
        hook = self.config.on_prompt
        if hook is not None:
            try:
                hook(prompt)
            except Exception:
                log.exception("practice phone: on_prompt hook failed")
        if mode in ("prompt-accept", "prompt-deny"):
            accept = mode == "prompt-accept"
            timer = threading.Timer(self.config.prompt_delay_s, self._auto_answer, args=(prompt, accept))
            timer.daemon = True
            with self._lock:
                if self._stopping.is_set():
                    return
                self._timers.add(timer)
            prompt.on_done(lambda _p: self._discard_timer(timer))
            timer.start()

    def _auto_answer(self, prompt: PendingPrompt, accept: bool) -> None:
        if accept:
            prompt.allow(remember=True)
        else:
            prompt.deny()

    def _discard_timer(self, timer: threading.Timer) -> None:
        timer.cancel()
        with self._lock:
            self._timers.discard(timer)

    # --- banner -----------------------------------------------------------------------------

    def banner_bytes(self) -> bytes:
        """``device::`` banner built from the phone, listing only features really implemented."""
        try:
            props = dict(self.backend.banner())
        except Exception:
            log.exception("practice phone: banner() failed")
            props = {}
        parts = []
        for name in ("ro.product.name", "ro.product.model", "ro.product.device"):
            parts.append(f"{name}={_banner_value(props.get(name, ''))}")
        parts.append("features=" + ",".join(self.config.features))
        banner = ("device::" + ";".join(parts)).encode("utf-8", "replace")
        return banner[:MAX_PAYLOAD_V1]


def _banner_value(value: object) -> str:
    """A persona's text must not be able to add banner fields or features."""
    text = str(value)
    for bad in (";", ":", "=", "\0", "\n", "\r"):
        text = text.replace(bad, "_")
    return text[:200]


def _reset_and_close(sock: socket.socket) -> None:
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    sock.close()
