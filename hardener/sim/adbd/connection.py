"""One host's TCP connection to the practice phone: handshake, auth, and the streams on it.

Each connection has one reader thread that owns the socket's input and one write lock that
serialises whole packets; each stream has a worker thread that runs its service (see
:mod:`hardener.sim.adbd.services` and :mod:`hardener.sim.adbd.sync`).
"""

from __future__ import annotations

import logging
import secrets
import socket
import struct
import threading
import time
from typing import TYPE_CHECKING

from hardener.sim.adbd.services import RESTARTING_SERVICES, ServiceHandler, find_service, keeps_input
from hardener.sim.adbd.stream import Gone, Stream
from hardener.sim.auth import AndroidPublicKey, KeyFormatError, PendingPrompt, parse_public_key
from hardener.sim.faults import DropKind
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
    TOKEN_SIZE,
    Decoder,
    Message,
    ProtocolError,
    command_name,
    encode,
)

if TYPE_CHECKING:
    from hardener.sim.adbd.server import PracticeAdbd

log = logging.getLogger(__name__)

_RECV_CHUNK = 256 * 1024
# A host offering less cannot carry a shell-v2 header plus data in one WRTE; real hosts offer >= 4096.
_MIN_PEER_MAXDATA = 256

class Connection:
    """One TCP connection from a host: handshake state, streams, and the socket's two directions."""

    def __init__(self, server: PracticeAdbd, sock: socket.socket, peer: str) -> None:
        self.server = server
        self.peer = peer
        self._sock = sock
        self._write_lock = threading.Lock()
        self._state_lock = threading.Lock()
        self._decoder = Decoder(MAX_PAYLOAD)
        self._streams: dict[int, Stream] = {}
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
                raise Gone
            try:
                self._sock.sendall(data)
            except OSError as exc:
                raise Gone from exc

    def try_send(self, message: Message) -> bool:
        try:
            self.send(message)
        except Gone:
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
        self.server.forget_connection(self)

    def forget(self, stream: Stream) -> None:
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
        except Gone:
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
            matched = self.server.trusted_keys.match(self._token, message.payload)
            if matched is not None:
                self._note_key(matched)
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
        self.server.prompt_opened(prompt, mode)

    def _resolve_prompt(self, prompt: PendingPrompt, allowed: bool, remember: bool) -> None:
        with self._state_lock:
            if self._prompt is prompt:
                self._prompt = None
        if allowed and remember:
            self.server.trusted_keys.add(prompt.key)
        if allowed:
            self._note_key(prompt.key)
        if allowed and not self._closed and not self.online:
            self._go_online()

    def _note_key(self, key: AndroidPublicKey) -> None:
        """``last_key_received`` in the phone's ``dumpsys adb``: the computer that connected last."""
        if self.server.adb_trust is not None:
            self.server.adb_trust.last_key = key

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
        handler = find_service(self.server, base)
        if handler is None and base in RESTARTING_SERVICES:
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
            stream = Stream(self, local_id, remote_id, keep_inbound=keeps_input(self.server, base))
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

    def _run_worker(self, handler: ServiceHandler, stream: Stream, service: str) -> None:
        try:
            handler(stream, service)
        except Gone:
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
            if stream.on_data(message.payload):
                self.send(Message(A_OKAY, stream.local_id, stream.remote_id))
        elif stream.mark_closed():  # CLSE for a live stream: echo it (adb-shell waits for that)
            self.forget(stream)
            self.send(Message(A_CLSE, stream.local_id, stream.remote_id))

