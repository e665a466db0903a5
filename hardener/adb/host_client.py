"""Google's adb server as the way to the phone: a client for its host ("smart socket") protocol.

Most people who have ever followed an Android help page have Google's platform-tools, whose
``adb`` server already holds the phone (with its own USB driver on Windows, and its own key,
``~/.android/adbkey``, which the phone may already trust). This module talks to that server;
it never runs the ``adb`` program.

The protocol, from AOSP ``packages/modules/adb`` (OVERVIEW.TXT, SERVICES.TXT, SYNC.TXT):

* The server listens on 127.0.0.1:5037, or on ``$ANDROID_ADB_SERVER_PORT``.
* A request is its length as 4 hex digits, then its text. The server answers ``OKAY``, or
  ``FAIL`` followed by a message (4 hex digits of length, then the text).
* Queries (``host:version``, ``host:devices-l``, ``host-serial:<serial>:features``,
  ``host-serial:<serial>:get-state``) answer ``OKAY``, 4 hex digits and the payload.
* ``host:transport:<serial>`` answers ``OKAY`` and hands the socket to that phone: the next
  request names a phone service (``shell,v2,raw:<cmd>``, ``shell:<cmd>``, ``sync:``). The server
  says ``OKAY`` once the phone has accepted it (its ``OKAY`` to the server's ``OPEN``), then the
  socket carries the service's bytes until the phone closes the stream.

So every command or file transfer is one TCP connection to the server (two short requests on
it) and still one service, one round trip, on the phone. :class:`ServerLink` gives the channel
exactly what :class:`~hardener.adb.link.DeviceLink` asks for, so batching, the undo journal,
apply, undo and finish run on it unchanged.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import BinaryIO

from adb_shell import exceptions as adb_exc

from hardener.adb.channel import Channel
from hardener.adb.discovery import adb_server_port
from hardener.adb.transport import LinkClosed, ProtocolViolation, ServiceRefused
from hardener.errors import (
    AdbServerDeviceNotFound,
    AdbServerNotRunning,
    AdbServerRequestTooLong,
    AdbServerTooOld,
    AuthorizationPending,
    Cancelled,
    DeviceOffline,
    HardenerError,
    KeyRejected,
    NoDevice,
    NothingListening,
    SeveralDevices,
    UsbAccessDenied,
)

# host:version answers ADB_SERVER_VERSION (adb.h): 41 in current platform-tools and in Debian's
# adb 29.0.6. Servers below 32 come from before adb 1.0.32 (2015), which brought feature
# negotiation and shell protocol v2: they cannot say which shell framing the phone speaks.
MIN_SERVER_VERSION = 32
QUERY_TIMEOUT_S = 10.0
MAX_REQUEST = 0xFFFF  # a request's length is 4 hex digits
# The server passes a service name on to the phone in one OPEN packet, and aborts (CHECK_LE in
# sockets.cpp, connect_to_remote) if it is larger than the phone's maxdata: 4 KiB before
# Android 7, the same phones that lack shell_v2. Longer requests are refused here instead.
MAX_REQUEST_OLD_PHONE = 4096 - 1  # with its terminating NUL
SYNC_DATA_MAX = 64 * 1024  # SYNC.TXT: a DATA chunk is at most 64 KiB
POLL_INTERVAL_S = 0.25  # while waiting for "Allow": how often to ask the server again

DEVICE = "device"  # the state in host:devices-l of a phone ready for services
_WAITING_STATES = ("unauthorized", "authorizing")  # the phone is asking "Allow USB debugging?"
_PASSING_STATES = (*_WAITING_STATES, "connecting")  # worth waiting on; the others are not
_DETAIL_KEYS = ("usb", "product", "model", "device", "transport_id", "features")


class ServerRefused(ConnectionError):
    """The adb server answered ``FAIL`` with this message."""


@dataclass(frozen=True)
class ServerDevice:
    """One line of ``host:devices-l``: the serial, the state, and the ``key:value`` details."""

    serial: str
    state: str
    details: Mapping[str, str] = field(default_factory=dict)

    @property
    def model(self) -> str:
        """As adb shows it: every character but letters and digits became "_" (Pixel_8, SM_A515F)."""
        return self.details.get("model", "")


def parse_devices(text: str) -> list[ServerDevice]:
    """Parse ``host:devices-l`` (or ``host:devices``).

    ``SERIAL  STATE [usb:…] [product:…] [model:…] [device:…] [transport_id:N]``; a state may
    have spaces in it ("no permissions (…); see [http://…]"), so the details are taken off the
    end and the state is what is left.
    """
    devices: list[ServerDevice] = []
    for line in text.splitlines():
        words = line.split()
        if not words:
            continue
        serial, rest = words[0], words[1:]
        details: dict[str, str] = {}
        while rest:
            key, sep, value = rest[-1].partition(":")
            if not sep or key not in _DETAIL_KEYS:
                break
            details[key] = value
            rest.pop()
        devices.append(ServerDevice(serial, " ".join(rest) or "unknown", details))
    return devices


def _recv_exact(sock: socket.socket, size: int) -> bytes:
    buf = bytearray()
    while len(buf) < size:
        data = sock.recv(size - len(buf))
        if not data:
            raise LinkClosed("the adb server closed the connection")
        buf += data
    return bytes(buf)


def _send_request(sock: socket.socket, request: bytes) -> None:
    if len(request) > MAX_REQUEST:
        raise ServiceRefused(f"request of {len(request)} bytes is longer than the adb server takes")
    sock.sendall(b"%04x" % len(request) + request)


def _read_hex_block(sock: socket.socket) -> bytes:
    raw = _recv_exact(sock, 4)
    try:
        length = int(raw, 16)
    except ValueError:
        raise ProtocolViolation(f"the adb server sent {raw!r} where a length belongs") from None
    return _recv_exact(sock, length)


def _read_status(sock: socket.socket) -> None:
    status = _recv_exact(sock, 4)
    if status == b"OKAY":
        return
    if status == b"FAIL":
        raise ServerRefused(_read_hex_block(sock).decode("utf-8", "replace"))
    raise ProtocolViolation(f"the adb server answered {status!r}, not OKAY or FAIL")


class AdbServerClient:
    """Requests to one adb server. Each call opens its own connection, as adb's client does."""

    def __init__(self, port: int | None = None, host: str = "127.0.0.1", timeout_s: float = QUERY_TIMEOUT_S) -> None:
        self.host = host
        self.port = adb_server_port() if port is None else port
        self.timeout_s = timeout_s
        self.connections = 0  # TCP connections opened to the server (for tests and the bench)

    def _connect(self, timeout_s: float | None = None) -> socket.socket:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=timeout_s or self.timeout_s)
        except OSError as exc:
            raise AdbServerNotRunning(f"{self.host}:{self.port}: {exc}", port=self.port) from exc
        self.connections += 1
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock

    def query(self, request: str) -> str:
        """Send one host request and return its payload (``OKAY`` + hex length + text).

        ``FAIL`` is :class:`ServerRefused`; a server that breaks off, times out or speaks
        nonsense is :class:`AdbServerTooOld` ("too old or not answering as expected").
        """
        try:
            with self._connect() as sock:
                _send_request(sock, request.encode("utf-8"))
                _read_status(sock)
                return _read_hex_block(sock).decode("utf-8", "replace")
        except (ServerRefused, HardenerError):
            raise
        except OSError as exc:  # LinkClosed, ProtocolViolation, resets, timeouts
            detail = f"{request}: {type(exc).__name__}: {exc}"
            raise AdbServerTooOld(detail, version="?", needed=MIN_SERVER_VERSION) from exc

    def version(self) -> int:
        text = self.query("host:version")
        try:
            return int(text, 16)
        except ValueError:
            raise AdbServerTooOld(f"host:version said {text!r}", version=text, needed=MIN_SERVER_VERSION) from None

    def check_version(self) -> int:
        """The server's version, or AdbServerTooOld when it is below what hardener needs."""
        try:
            version = self.version()
        except ServerRefused as exc:
            raise AdbServerTooOld(f"host:version: FAIL {exc}", version="?", needed=MIN_SERVER_VERSION) from exc
        if version < MIN_SERVER_VERSION:
            raise AdbServerTooOld(f"version {version}", version=version, needed=MIN_SERVER_VERSION)
        return version

    def devices(self) -> list[ServerDevice]:
        return parse_devices(self.query("host:devices-l"))

    def features(self, serial: str) -> frozenset[str]:
        """The phone's features as the server knows them (empty when the server cannot say)."""
        try:
            text = self.query(f"host-serial:{serial}:features")
        except ServerRefused:
            return frozenset()
        return frozenset(f for f in text.strip().split(",") if f)

    def host_features(self) -> frozenset[str] | None:
        """The server's own features; None when it is too old to say."""
        try:
            text = self.query("host:host-features")
        except ServerRefused:
            return None
        return frozenset(f for f in text.strip().split(",") if f)

    def state(self, serial: str) -> str | None:
        """``device``, ``offline``, ``unauthorized``…; None when the server no longer has the phone."""
        try:
            return self.query(f"host-serial:{serial}:get-state").strip()
        except ServerRefused:
            return None

    def connect_address(self, address: str) -> str:
        """``host:connect:HOST:PORT``: the server connects to a phone on the network (``adb connect``).

        Returns the server's words ("connected to …", "already connected to …"; "failed to
        authenticate to …" when the phone still has to tap Allow). NothingListening when the
        server could not reach it: the person's next step is about Wi-Fi and the address.
        """
        try:
            said = self.query(f"host:connect:{address}").strip()
        except ServerRefused as exc:
            said = str(exc).strip()
        if said.startswith(("connected to", "already connected to", "failed to authenticate")):
            return said
        raise NothingListening(f"host:connect: {said}", address=address)

    def settled_state(self, serial: str, timeout_s: float = 10.0) -> str | None:
        """The phone's state once it is past "offline"/"connecting", or as it is after ``timeout_s``.

        Right after ``host:connect`` the server lists a network phone as offline until the phone
        answers its handshake; asking for a channel at that moment would say "does not answer".
        """
        deadline = time.monotonic() + timeout_s
        state = self.state(serial)
        while state in (None, "offline", "connecting") and time.monotonic() < deadline:
            time.sleep(POLL_INTERVAL_S / 5)
            state = self.state(serial)
        return state

    def open_service(
        self,
        serial: str,
        service: bytes,
        timeout_s: float,
        on_socket: Callable[[socket.socket], None] | None = None,
    ) -> socket.socket:
        """Switch a new connection to the phone and open ``service`` there; return the socket.

        ``on_socket`` gets the socket before anything is sent, so a cancel can wake the wait.
        """
        sock = self._connect(timeout_s)
        if on_socket is not None:
            on_socket(sock)
        try:
            sock.settimeout(timeout_s)
            _send_request(sock, b"host:transport:" + serial.encode("utf-8"))
            _read_status(sock)
            _send_request(sock, service)
            _read_status(sock)
        except BaseException:
            sock.close()
            raise
        return sock


class ServerLink:
    """One phone behind the adb server, as a :class:`~hardener.adb.link.DeviceLink`."""

    def __init__(self, client: AdbServerClient, device: ServerDevice, features: frozenset[str]) -> None:
        self.client = client
        self.device = device
        self.serial = device.serial
        self._features = features
        self.max_request = MAX_REQUEST if "shell_v2" in features else MAX_REQUEST_OLD_PHONE
        self.services_accepted = 0
        self._sock: socket.socket | None = None
        self._sock_lock = threading.Lock()
        self._interrupted = threading.Event()

    @property
    def features(self) -> frozenset[str]:
        return self._features

    def banner_props(self) -> dict[str, str]:
        names = {"product": "ro.product.name", "model": "ro.product.model", "device": "ro.product.device"}
        # adb's spelling (Pixel_8): the phone's own is one getprop away, which this does not spend.
        return {prop: self.device.details[key] for key, prop in names.items() if key in self.device.details}

    # --- services --------------------------------------------------------------------------

    def _open(self, request: bytes, timeout_s: float) -> socket.socket:
        if self._interrupted.is_set():
            raise LinkClosed("the connection was closed")
        if len(request) > self.max_request:
            raise AdbServerRequestTooLong(
                f"{request[:40]!r}… is {len(request)} bytes", size=len(request), limit=self.max_request
            )
        try:
            sock = self.client.open_service(self.serial, request, timeout_s, on_socket=self._hold)
        except AdbServerNotRunning as exc:
            raise LinkClosed(f"the adb server went away: {exc.detail}") from exc
        except ServerRefused as exc:
            text = str(exc)
            if text == "closed":
                # The phone answered the server's OPEN with CLSE.
                raise ServiceRefused(f"the phone refused the service {request.split(b':', 1)[0]!r}") from exc
            raise LinkClosed(f"the adb server says: {text.splitlines()[0] if text else 'FAIL'}") from exc
        except OSError:
            with self._sock_lock:
                self._sock = None
            if self._interrupted.is_set():
                raise LinkClosed("the connection was closed") from None
            raise
        self.services_accepted += 1
        if self._interrupted.is_set():
            self._release(sock)
            raise LinkClosed("the connection was closed")
        return sock

    def _hold(self, sock: socket.socket) -> None:
        with self._sock_lock:
            self._sock = sock

    def _release(self, sock: socket.socket) -> None:
        with self._sock_lock:
            if self._sock is sock:
                self._sock = None
        with contextlib.suppress(OSError):
            sock.close()

    def _still_there(self) -> None:
        """After a stream ended oddly: was it the phone, or did the phone leave the server?"""
        if self._interrupted.is_set():
            raise LinkClosed("the connection was closed")
        try:
            state = self.client.state(self.serial)
        except HardenerError as exc:
            raise LinkClosed(f"the adb server went away: {exc.detail}") from exc
        if state != DEVICE:
            raise LinkClosed(f"the phone left the adb server (now {state or 'gone'})")

    def _streaming_service(
        self,
        service: bytes,
        command: bytes,
        transport_timeout_s: float | None = None,
        read_timeout_s: float = 10.0,
        decode: bool = True,
    ) -> Iterator[bytes]:
        timeout = transport_timeout_s or read_timeout_s
        sock = self._open(service + b":" + command, timeout)
        tail = b""
        try:
            while True:
                data = sock.recv(256 * 1024)
                if not data:
                    break
                tail = (tail + data)[-6:]
                yield data
        finally:
            self._release(sock)
        # The server closes our socket when the phone closes the stream, and also when the
        # phone leaves it (cable pulled): from the socket alone the two look the same. Shell v2
        # ends with its exit packet, which tells them apart at no cost; otherwise ask the server.
        v2_exit = len(tail) == 6 and tail[0] == 3 and tail[1:5] == b"\x01\x00\x00\x00"
        if not (b"v2" in service.split(b",") and v2_exit):
            self._still_there()

    def push(
        self,
        local_path: BinaryIO,
        device_path: str,
        st_mode: int = 0o100644,
        mtime: int = 0,
        progress_callback: None = None,
        transport_timeout_s: float | None = None,
        read_timeout_s: float = 10.0,
    ) -> None:
        """SYNC.TXT: ``SEND <path>,<mode>``, ``DATA`` chunks, ``DONE <mtime>``; the phone says OKAY or FAIL."""
        sock = self._open(b"sync:", transport_timeout_s or read_timeout_s)
        try:
            spec = f"{device_path},{st_mode}".encode()
            out = bytearray(b"SEND" + struct.pack("<I", len(spec)) + spec)
            while chunk := local_path.read(SYNC_DATA_MAX):
                out += b"DATA" + struct.pack("<I", len(chunk)) + chunk
                if len(out) >= SYNC_DATA_MAX:
                    sock.sendall(out)
                    out.clear()
            out += b"DONE" + struct.pack("<I", mtime or int(time.time()))
            sock.sendall(out)
            reply, length = struct.unpack("<4sI", _recv_exact(sock, 8))
            if reply == b"FAIL":
                message = _recv_exact(sock, length).decode("utf-8", "replace")
                raise adb_exc.PushFailedError(message)
            if reply != b"OKAY":
                raise ProtocolViolation(f"the phone answered a push with {reply!r}")
            with contextlib.suppress(OSError):
                sock.sendall(b"QUIT\0\0\0\0")
        finally:
            self._release(sock)

    def pull(
        self,
        device_path: str,
        local_path: BinaryIO,
        progress_callback: None = None,
        transport_timeout_s: float | None = None,
        read_timeout_s: float = 10.0,
    ) -> None:
        """SYNC.TXT: ``RECV <path>``; the phone sends ``DATA`` chunks then ``DONE``, or ``FAIL``."""
        sock = self._open(b"sync:", transport_timeout_s or read_timeout_s)
        try:
            path = device_path.encode()
            sock.sendall(b"RECV" + struct.pack("<I", len(path)) + path)
            while True:
                kind, length = struct.unpack("<4sI", _recv_exact(sock, 8))
                if kind == b"DATA":
                    if length > SYNC_DATA_MAX:
                        raise ProtocolViolation(f"the phone sent a {length}-byte file chunk")
                    local_path.write(_recv_exact(sock, length))
                elif kind == b"DONE":
                    break
                elif kind == b"FAIL":
                    message = _recv_exact(sock, min(length, 4096)).decode("utf-8", "replace")
                    raise adb_exc.AdbCommandFailureException(message)
                else:
                    raise ProtocolViolation(f"the phone answered a pull with {kind!r}")
            with contextlib.suppress(OSError):
                sock.sendall(b"QUIT\0\0\0\0")
        finally:
            self._release(sock)

    # --- stopping ----------------------------------------------------------------------------

    def interrupt(self) -> None:
        self._interrupted.set()
        with self._sock_lock:
            sock = self._sock
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.interrupt()


# --- opening a channel --------------------------------------------------------------------------


def _state_error(device: ServerDevice) -> HardenerError:
    detail = f"{device.serial}: {device.state}"
    if device.state in _WAITING_STATES:
        return AuthorizationPending(detail)
    if device.state.startswith("no permissions"):
        return UsbAccessDenied(detail)
    return DeviceOffline(detail)


def _choose(devices: list[ServerDevice], serial: str | None) -> ServerDevice:
    if serial is None:
        if not devices:
            raise NoDevice("the adb server has no phone")
        if len(devices) > 1:
            raise SeveralDevices(f"{len(devices)} on the adb server", serials=", ".join(d.serial for d in devices))
        return devices[0]
    for device in devices:
        if device.serial == serial:
            return device
    names = ", ".join(d.serial for d in devices) or "—"
    raise AdbServerDeviceNotFound(f"{serial!r} not among: {names}", serial=serial, serials=names)


def open_server_channel(
    serial: str | None = None,
    *,
    port: int | None = None,
    on_waiting_for_allow: Callable[[], None] | None = None,
    auth_timeout_s: float = 0.0,
    cancelled: threading.Event | None = None,
    read_timeout_s: float = 30.0,
) -> tuple[Channel, ServerDevice]:
    """A channel to the phone ``serial`` (as ``adb devices`` names it) through the adb server.

    With no serial, the server's only phone. A phone still waiting for "Allow" (or still
    connecting) is waited on for ``auth_timeout_s``; ``on_waiting_for_allow`` is called once,
    as the direct connection does. Every other state is an error at once.
    """
    client = AdbServerClient(port)
    client.check_version()
    device = _choose(client.devices(), serial)
    deadline = time.monotonic() + auth_timeout_s
    told = False
    while device.state in _PASSING_STATES and time.monotonic() < deadline:
        if device.state in _WAITING_STATES and not told:
            told = True
            if on_waiting_for_allow is not None:
                on_waiting_for_allow()
        if cancelled is not None and cancelled.wait(POLL_INTERVAL_S):
            raise Cancelled("cancelled while waiting for Allow")
        if cancelled is None:
            time.sleep(POLL_INTERVAL_S)
        device = _choose(client.devices(), device.serial)
    if device.state != DEVICE:
        if told and device.state in _WAITING_STATES:
            raise KeyRejected(f"not allowed within {auth_timeout_s:.0f} s ({device.serial}: {device.state})")
        raise _state_error(device)
    features = client.features(device.serial)
    server_side = client.host_features()
    if server_side is not None:
        features &= server_side
    channel = Channel(ServerLink(client, device, features), read_timeout_s=read_timeout_s)
    return channel, device
