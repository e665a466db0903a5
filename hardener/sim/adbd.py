"""The practice phone's adbd: the device side of the ADB wire protocol on 127.0.0.1.

Threads, not asyncio: the phone behind the seam (:class:`PhoneBackend`) is plain blocking code,
and a thread per stream lets a slow command (latency fault, big output) hold up only its own
stream, as on a real phone. Each connection has one reader thread that owns the socket's input
and one write lock that serialises whole packets; each stream has a worker thread that runs the
service and waits for the peer's OKAY before each WRTE (no ``delayed_ack``).

Behaviour that looks odd but is deliberate (each copies real adbd, and a client depends on it):
we echo CLSE when the host closes a live stream (adb-shell waits for it); we ignore packets for
streams we do not know (adb 29 writes "close stdin" after we closed); we send CLSE straight after
the last WRTE without waiting for its OKAY; and ``reboot:``/``root:`` drop the whole connection.
"""

from __future__ import annotations

import logging
import secrets
import selectors
import socket
import stat
import struct
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import overload

from hardener.sim.auth import (
    AndroidPublicKey,
    KeyFormatError,
    PendingPrompt,
    TrustedKeys,
    parse_public_key,
)
from hardener.sim.backend import PhoneBackend, ShellOutcome
from hardener.sim.faults import DropKind, SimConfig
from hardener.sim.wire import (
    A_AUTH,
    A_CLSE,
    A_CNXN,
    A_OKAY,
    A_OPEN,
    A_VERSION,
    A_WRTE,
    AUTH_RSAPUBLICKEY,
    AUTH_SIGNATURE,
    AUTH_TOKEN,
    KNOWN_COMMANDS,
    MAX_PAYLOAD,
    MAX_PAYLOAD_V1,
    TOKEN_SIZE,
    Decoder,
    Message,
    ProtocolError,
    command_name,
    encode,
)

log = logging.getLogger(__name__)

# Services after which a real adbd restarts (adb_shell#231): the host sees the link drop.
_RESTARTING_SERVICES = frozenset({"reboot", "root", "unroot", "tcpip", "usb", "remount"})

# Shell protocol v2 packet ids (shell_protocol.h).
_V2_STDOUT = 1
_V2_STDERR = 2
_V2_EXIT = 3
_V2_HEADER = struct.Struct("<BI")

# Sync protocol (file_sync_protocol.h).
_SYNC_REQUEST = struct.Struct("<4sI")
_SYNC_STAT = struct.Struct("<4sIII")
_SYNC_DENT = struct.Struct("<4sIIII")
_SYNC_DATA_MAX = 64 * 1024
_SYNC_PATH_MAX = 1024
_SYNC_PUSH_MAX = 256 * 1024 * 1024

_RECV_CHUNK = 256 * 1024
# A host offering less cannot carry a shell-v2 header plus data in one WRTE; real hosts offer >= 4096.
_MIN_PEER_MAXDATA = 256
_JOIN_TIMEOUT_S = 2.0


class _Gone(Exception):
    """The stream or the whole connection has closed under a worker; it just stops."""


class CommandLog(Sequence[str]):
    """Every service string the phone received, in order, safe to read while the server writes.

    Tests assert on it that nothing unvalidated from the phone reached a command line. Bytes that
    are not UTF-8 show as ``\\xNN`` so the log can always be printed and compared.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[str] = []

    def append(self, service: str) -> None:
        with self._lock:
            self._items.append(service)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def snapshot(self) -> list[str]:
        with self._lock:
            return list(self._items)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        with self._lock:
            return self._items[index]

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def __iter__(self) -> Iterator[str]:
        return iter(self.snapshot())

    def __contains__(self, value: object) -> bool:
        with self._lock:
            return value in self._items

    def __repr__(self) -> str:
        return f"CommandLog({self.snapshot()!r})"


class _Stream:
    """One OPENed service: flow control for what we send, a buffer for what the host sends."""

    def __init__(self, conn: _Connection, local_id: int, remote_id: int, keep_inbound: bool) -> None:
        self.conn = conn
        self.local_id = local_id
        self.remote_id = remote_id
        self._keep_inbound = keep_inbound  # shell stdin is acknowledged and dropped, not hoarded
        self._cond = threading.Condition()
        self._can_write = True  # an OPEN implies READY: the first WRTE needs no OKAY
        self._closed = False
        self._inbound = bytearray()

    # --- called by the reader thread --------------------------------------------------------

    def on_okay(self) -> None:
        with self._cond:
            self._can_write = True
            self._cond.notify_all()

    def on_data(self, data: bytes) -> None:
        if not self._keep_inbound:
            return
        with self._cond:
            self._inbound += data
            self._cond.notify_all()

    def mark_closed(self) -> bool:
        """True if this call closed it (so exactly one side sends or echoes the CLSE)."""
        with self._cond:
            if self._closed:
                return False
            self._closed = True
            self._cond.notify_all()
            return True

    # --- called by the worker ---------------------------------------------------------------

    def write(self, data: bytes) -> None:
        """Split to the peer's maxdata; one WRTE in flight until the peer's OKAY."""
        view = memoryview(data)
        step = self.conn.peer_maxdata
        for start in range(0, len(view), step):
            with self._cond:
                while not self._can_write and not self._closed:
                    self._cond.wait()
                if self._closed:
                    raise _Gone
                self._can_write = False
            self.conn.send(Message(A_WRTE, self.local_id, self.remote_id, bytes(view[start : start + step])))

    def read_exact(self, size: int) -> bytes:
        with self._cond:
            while len(self._inbound) < size:
                if self._closed:
                    raise _Gone
                self._cond.wait()
            out = bytes(self._inbound[:size])
            del self._inbound[:size]
            return out

    def finish(self) -> None:
        """Our side is done: CLSE right after the last WRTE, as adbd does, without waiting."""
        if self.mark_closed():
            self.conn.forget(self)
            self.conn.try_send(Message(A_CLSE, self.local_id, self.remote_id))


class _Connection:
    """One TCP connection from a host: handshake state, streams, and the socket's two directions."""

    def __init__(self, server: AdbServer, sock: socket.socket, peer: str) -> None:
        self.server = server
        self.peer = peer
        self._sock = sock
        self._write_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._decoder = Decoder(MAX_PAYLOAD)
        self._streams: dict[int, _Stream] = {}
        self._next_id = 1
        self._workers: list[threading.Thread] = []
        self._closed = False
        self.online = False
        self.peer_version = A_VERSION
        self.peer_maxdata = MAX_PAYLOAD
        self.peer_banner = ""
        self._token: bytes | None = None
        self._prompt: PendingPrompt | None = None
        self.thread = threading.Thread(target=self._read_loop, name=f"adbd-conn {peer}", daemon=True)

    # --- sending ----------------------------------------------------------------------------

    def send(self, message: Message) -> None:
        data = encode(message)
        with self._write_lock:
            if self._closed:
                raise _Gone
            try:
                self._sock.sendall(data)
            except OSError as exc:
                raise _Gone from exc

    def try_send(self, message: Message) -> bool:
        try:
            self.send(message)
        except _Gone:
            return False
        return True

    # --- lifetime ---------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._closed

    def _still_open(self) -> bool:
        # A call rather than an attribute read: another thread flips ``_closed`` mid-loop.
        return not self._closed

    def abort(self, kind: DropKind = "fin") -> None:
        """Hang up: ``fin`` is an orderly close, ``rst`` a reset (``SO_LINGER`` 0), like a pulled cable."""
        with self._state_lock:
            if self._closed:
                return
            self._closed = True
            streams = list(self._streams.values())
            self._streams.clear()
            prompt, self._prompt = self._prompt, None
        for stream in streams:
            stream.mark_closed()
        if prompt is not None:
            prompt.cancel()
        sock = self._sock
        try:
            if kind == "rst":
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                sock.shutdown(socket.SHUT_RD)  # wakes our reader without sending anything
            else:
                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        # Close under the write lock so no sendall is mid-flight on a closed descriptor; a send
        # blocked on a peer that stopped reading must not hold the hang-up back for ever.
        got = self._write_lock.acquire(timeout=1.0)
        try:
            sock.close()
        finally:
            if got:
                self._write_lock.release()
        self.server._forget_connection(self)

    def forget(self, stream: _Stream) -> None:
        with self._state_lock:
            if self._streams.get(stream.local_id) is stream:
                del self._streams[stream.local_id]

    def join(self, deadline: float) -> None:
        threads = [self.thread, *self._workers]
        for thread in threads:
            if thread is threading.current_thread() or not thread.is_alive():
                continue
            thread.join(max(0.0, deadline - time.monotonic()))

    # --- reader -----------------------------------------------------------------------------

    def _read_loop(self) -> None:
        try:
            while self._still_open():
                try:
                    data = self._sock.recv(_RECV_CHUNK)
                except OSError:
                    break
                if not data:
                    break
                for message in self._decoder.feed(data):
                    if not self._still_open():
                        break
                    self._handle(message)
        except ProtocolError as exc:
            log.info("closing %s: %s", self.peer, exc)
        except _Gone:
            pass
        except Exception:
            log.exception("practice phone: unexpected error on connection %s", self.peer)
        finally:
            self.abort("fin")

    def _handle(self, message: Message) -> None:
        command = message.command
        if command not in KNOWN_COMMANDS:
            raise ProtocolError(f"unknown command {command_name(command)!r}")
        if command == A_CNXN:
            self._on_cnxn(message)
        elif command == A_AUTH:
            self._on_auth(message)
        elif not self.online:
            return  # adbd ignores everything else until the handshake is complete
        elif command == A_OPEN:
            self._on_open(message)
        elif command in (A_OKAY, A_WRTE, A_CLSE):
            self._on_stream_packet(message)
        # STLS and SYNC: not offered, so ignored like any other stray packet.

    # --- handshake --------------------------------------------------------------------------

    def _on_cnxn(self, message: Message) -> None:
        config = self.server.config
        if message.arg1 < _MIN_PEER_MAXDATA:
            raise ProtocolError(f"CNXN with maxdata {message.arg1}")
        with self._state_lock:
            streams = list(self._streams.values())
            self._streams.clear()
            prompt, self._prompt = self._prompt, None
            self.online = False
        for stream in streams:  # a second CNXN restarts the session, as on a real adbd
            stream.mark_closed()
        if prompt is not None:
            prompt.cancel()
        self.peer_version = min(message.arg0, A_VERSION)
        self.peer_maxdata = min(message.arg1, config.maxdata)
        self.peer_banner = message.payload.rstrip(b"\0").decode("utf-8", "backslashreplace")
        self._decoder.max_payload = self.peer_maxdata
        mode = config.auth_mode
        if mode == "offline":
            return
        if mode == "none":
            self._go_online()
            return
        self._send_token()

    def _send_token(self) -> None:
        self._token = secrets.token_bytes(TOKEN_SIZE)
        self.send(Message(A_AUTH, AUTH_TOKEN, 0, self._token))

    def _on_auth(self, message: Message) -> None:
        if self.online or self._token is None:
            return
        if message.arg0 == AUTH_SIGNATURE:
            if self.server.trusted_keys.match(self._token, message.payload) is not None:
                self._go_online()
            else:
                self._send_token()
        elif message.arg0 == AUTH_RSAPUBLICKEY:
            self._on_public_key(message.payload)

    def _on_public_key(self, payload: bytes) -> None:
        mode = self.server.config.auth_mode
        if mode == "none":
            self._go_online()
            return
        if mode in ("reject", "offline"):
            return
        try:
            key = parse_public_key(payload)
        except KeyFormatError as exc:
            log.info("ignoring public key from %s: %s", self.peer, exc)
            return
        with self._state_lock:
            if self._prompt is not None or self._closed:
                return  # one dialog at a time, as on the phone
            prompt = PendingPrompt(key, self._resolve_prompt)
            self._prompt = prompt
        self.server._prompt_opened(prompt, mode)

    def _resolve_prompt(self, prompt: PendingPrompt, allowed: bool, remember: bool) -> None:
        with self._state_lock:
            if self._prompt is prompt:
                self._prompt = None
        if allowed and remember:
            self.server.trusted_keys.add(prompt.key)
        if allowed and not self._closed and not self.online:
            self._go_online()

    def _go_online(self) -> None:
        """Answer with CNXN; version and maxdata are the negotiated ones (``send_connect``)."""
        self.online = True
        self._token = None
        self.try_send(Message(A_CNXN, self.peer_version, self.peer_maxdata, self.server.banner_bytes()))

    # --- streams ----------------------------------------------------------------------------

    def _on_open(self, message: Message) -> None:
        remote_id = message.arg0
        if remote_id == 0:
            return
        service = message.payload.split(b"\0", 1)[0].decode("utf-8", "backslashreplace")
        self.server.command_log.append(service)
        kind, _, _ = service.partition(":")
        base = kind.split(",", 1)[0]
        handler: Callable[[_Stream, str], None] | None = None
        if base == "shell":
            handler = self.server._serve_shell
        elif base == "exec":
            handler = self.server._serve_exec
        elif base == "sync":
            handler = self.server._serve_sync
        elif base in _RESTARTING_SERVICES:
            log.info("%s asked for %r: dropping the connection as adbd restarts", self.peer, service)
            self.abort("fin")
            return
        if handler is None:
            self.send(Message(A_CLSE, 0, remote_id))
            return
        with self._state_lock:
            if self._closed:
                return
            local_id = self._next_id
            self._next_id += 1
            stream = _Stream(self, local_id, remote_id, keep_inbound=base == "sync")
            self._streams[local_id] = stream
            worker = threading.Thread(
                target=self._run_worker,
                args=(handler, stream, service),
                name=f"adbd-stream {self.peer} #{local_id}",
                daemon=True,
            )
            self._workers = [t for t in self._workers if t.is_alive()]
            self._workers.append(worker)
        self.send(Message(A_OKAY, local_id, remote_id))
        worker.start()

    def _run_worker(self, handler: Callable[[_Stream, str], None], stream: _Stream, service: str) -> None:
        try:
            handler(stream, service)
        except _Gone:
            return
        except Exception:
            log.exception("practice phone: service %r failed", service)
        stream.finish()

    def _on_stream_packet(self, message: Message) -> None:
        with self._state_lock:
            stream = self._streams.get(message.arg1)
        if stream is None or stream.remote_id != message.arg0:
            return  # routinely happens after we closed a stream; adbd ignores it too
        if message.command == A_OKAY:
            stream.on_okay()
        elif message.command == A_WRTE:
            stream.on_data(message.payload)
            self.send(Message(A_OKAY, stream.local_id, stream.remote_id))
        elif stream.mark_closed():  # CLSE for a live stream: echo it (adb-shell waits for that)
            self.forget(stream)
            self.send(Message(A_CLSE, stream.local_id, stream.remote_id))


class AdbServer:
    """Listens on 127.0.0.1 and serves each accepted connection with :class:`_Connection`."""

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
        self.command_log = CommandLog()
        self._host = host
        self._requested_port = port
        self._listener: socket.socket | None = None
        self._wake_r: socket.socket | None = None
        self._wake_w: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._connections: set[_Connection] = set()
        self._prompts: list[PendingPrompt] = []
        self._timers: set[threading.Timer] = set()
        self._retired: list[_Connection] = []

    # --- lifetime ---------------------------------------------------------------------------

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
        if not self._adb_enabled():
            # USB debugging is off: nothing listens on a real phone, so the host sees a reset.
            _reset_and_close(sock)
            return
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = _Connection(self, sock, f"{addr[0]}:{addr[1]}")
        with self._lock:
            if self._stopping.is_set():
                sock.close()
                return
            self._connections.add(conn)
            self._retired = [c for c in self._retired if c.thread.is_alive()]
            self._retired.append(conn)
        conn.thread.start()

    def _forget_connection(self, conn: _Connection) -> None:
        with self._lock:
            self._connections.discard(conn)

    def _adb_enabled(self) -> bool:
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

    def _prompt_opened(self, prompt: PendingPrompt, mode: str) -> None:
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

    # --- services ---------------------------------------------------------------------------

    def _run_command(self, command: str) -> tuple[ShellOutcome, DropKind | None]:
        latency = self.config.latency_ms
        if latency > 0 and self._stopping.wait(latency / 1000.0):
            raise _Gone
        drop = self.config.take_drop()
        try:
            outcome = self.backend.run_shell(command)
        except Exception as exc:
            log.exception("practice phone: run_shell(%r) failed", command)
            outcome = ShellOutcome(b"", f"practice phone: internal error: {type(exc).__name__}\n".encode(), 255)
        return outcome, drop

    def _after_command(self) -> None:
        """A command may have switched USB debugging off; the phone then drops every host."""
        if not self._adb_enabled():
            log.info("adb_enabled went off: dropping every connection")
            self.drop_connections("fin")

    def _truncate(self, *chunks: bytes) -> list[bytes]:
        limit = self.config.truncate_output
        if limit is None:
            return list(chunks)
        out = []
        for chunk in chunks:
            out.append(chunk[:limit])
            limit = max(0, limit - len(chunk))
        return out

    def _serve_shell(self, stream: _Stream, service: str) -> None:
        head, _, command = service.partition(":")
        flags = head.split(",")[1:]
        v2 = "v2" in flags and "shell_v2" in self.config.features
        pty = "pty" in flags or ("raw" not in flags and command == "")
        outcome, drop = self._run_command(command)
        if pty:
            # A PTY has one output and turns "\n" into "\r\n" (ONLCR).
            merged = (outcome.stdout + outcome.stderr).replace(b"\n", b"\r\n")
            outcome = ShellOutcome(merged, b"", outcome.exit_code)
        if not v2:
            (data,) = self._truncate(outcome.stdout + outcome.stderr)
            self._deliver(stream, data, drop)
        else:
            stdout, stderr = self._truncate(outcome.stdout, outcome.stderr)
            room = stream.conn.peer_maxdata - _V2_HEADER.size
            packets = bytearray()
            for packet_id, data in ((_V2_STDOUT, stdout), (_V2_STDERR, stderr)):
                for start in range(0, len(data), room):
                    chunk = data[start : start + room]
                    packets += _V2_HEADER.pack(packet_id, len(chunk)) + chunk
            if drop is not None:
                self._deliver(stream, bytes(packets), drop)
            packets += _V2_HEADER.pack(_V2_EXIT, 1) + bytes([outcome.exit_code & 0xFF])
            stream.write(bytes(packets))
        stream.finish()
        self._after_command()

    def _serve_exec(self, stream: _Stream, service: str) -> None:
        # exec: has no protocol and no PTY; adbd sends the child's stderr down the same socket.
        outcome, drop = self._run_command(service.partition(":")[2])
        (data,) = self._truncate(outcome.stdout + outcome.stderr)
        self._deliver(stream, data, drop)
        stream.finish()
        self._after_command()

    def _deliver(self, stream: _Stream, data: bytes, drop: DropKind | None) -> None:
        if drop is None:
            stream.write(data)
            return
        # The link dies part-way through the answer: half of the first WRTE, then nothing.
        partial = data[: min(len(data) // 2, stream.conn.peer_maxdata)]
        if partial:
            stream.write(partial)
        log.info("fault: dropping %s (%s) mid-command", stream.conn.peer, drop)
        stream.conn.abort(drop)
        raise _Gone

    def _serve_sync(self, stream: _Stream, service: str) -> None:
        del service
        while True:
            request_id, length = _SYNC_REQUEST.unpack(stream.read_exact(_SYNC_REQUEST.size))
            if request_id == b"QUIT":
                return
            if length > _SYNC_PATH_MAX:
                stream.write(_sync_fail("path too long"))
                return
            path = stream.read_exact(length).decode("utf-8", "surrogateescape")
            if request_id == b"STAT":
                stream.write(self._sync_stat(path))
            elif request_id == b"LIST":
                stream.write(self._sync_list(path))
            elif request_id == b"RECV":
                stream.write(self._sync_recv(path))
            elif request_id == b"SEND":
                reply = self._sync_send(stream, path)
                stream.write(reply)
                if not reply.startswith(b"OKAY"):
                    return
            else:
                stream.write(_sync_fail(f"unknown sync request {request_id!r}"))
                return

    def _sync_stat(self, path: str) -> bytes:
        found = self.backend.stat(path)
        if found is None:
            return _SYNC_STAT.pack(b"STAT", 0, 0, 0)
        return _SYNC_STAT.pack(b"STAT", found.mode & 0xFFFFFFFF, found.size & 0xFFFFFFFF, found.mtime & 0xFFFFFFFF)

    def _sync_list(self, path: str) -> bytes:
        entries = self.backend.list_dir(path) or []
        out = bytearray()
        for name, info in entries:
            raw = name.encode("utf-8", "surrogateescape")[:255]
            out += _SYNC_DENT.pack(
                b"DENT", info.mode & 0xFFFFFFFF, info.size & 0xFFFFFFFF, info.mtime & 0xFFFFFFFF, len(raw)
            )
            out += raw
        out += _SYNC_DENT.pack(b"DONE", 0, 0, 0, 0)
        return bytes(out)

    def _sync_recv(self, path: str) -> bytes:
        data = self.backend.read_file(path)
        if data is None:
            return _sync_fail("open failed: No such file or directory")
        out = bytearray()
        for start in range(0, len(data), _SYNC_DATA_MAX):
            chunk = data[start : start + _SYNC_DATA_MAX]
            out += _SYNC_REQUEST.pack(b"DATA", len(chunk)) + chunk
        out += _SYNC_REQUEST.pack(b"DONE", 0)
        return bytes(out)

    def _sync_send(self, stream: _Stream, spec: str) -> bytes:
        path, comma, mode_text = spec.rpartition(",")
        mode = 0o100644
        if comma:
            try:
                mode = int(mode_text)
            except ValueError:
                path = spec
        else:
            path = spec
        if not stat.S_IFMT(mode):
            mode |= stat.S_IFREG
        received = bytearray()
        while True:
            chunk_id, size = _SYNC_REQUEST.unpack(stream.read_exact(_SYNC_REQUEST.size))
            if chunk_id == b"DONE":
                mtime = size
                break
            if chunk_id != b"DATA" or size > _SYNC_DATA_MAX:
                return _sync_fail(f"invalid data message {chunk_id!r} of {size} bytes")
            received += stream.read_exact(size)
            if len(received) > _SYNC_PUSH_MAX:
                return _sync_fail("file too large for the practice phone")
        error = self.backend.write_file(path, bytes(received), mode, mtime)
        if error is not None:
            return _sync_fail(error)
        return _SYNC_REQUEST.pack(b"OKAY", 0)


def _sync_fail(message: str) -> bytes:
    raw = message.encode("utf-8", "replace")
    return _SYNC_REQUEST.pack(b"FAIL", len(raw)) + raw


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


# Re-exported for callers that want to type a prompt hook without importing auth.
__all__ = ["AdbServer", "AndroidPublicKey", "CommandLog", "PendingPrompt", "SimConfig", "TrustedKeys"]
