"""hardener's own fixes to adb-shell's transport layer, kept in one place.

adb-shell 0.4.4 (pinned) has six behaviours we cannot ship to people in a hurry:

* its TCP transport leaves Nagle's algorithm on, so every command waits on a delayed ACK
  (about 44 ms per command on loopback, the same over Wi-Fi debugging); we set TCP_NODELAY;
* when the phone closes the link (FIN), ``recv`` returns ``b""`` and adb-shell spins at
  100 % CPU until its read timeout; we raise :class:`LinkClosed` at once;
* ``bulk_write`` ignores partial sends; we send everything or fail;
* it trusts the length field of every packet, so a broken phone could make it allocate
  gigabytes; we refuse any read larger than the negotiated maximum;
* it never checks a packet's ``magic``, so a stream that has lost its framing is read as
  packets; we check it, as adbd does, and hang up on the first bad one;
* a service the phone refuses (``CLSE`` in answer to ``OPEN``) is waited on until the read
  timeout, and then reads as "the phone is slow"; we stop at once and say the link is unusable.

It also throws away the device's CNXN banner, which says whether the phone speaks shell
protocol v2 (separate exit codes); :class:`HardenerAdbDevice` keeps it.
"""

from __future__ import annotations

import select
import socket
import struct
import threading
from typing import Any

from adb_shell import constants
from adb_shell.adb_device import AdbDevice
from adb_shell.adb_message import AdbMessage, checksum
from adb_shell.exceptions import InvalidChecksumError, TcpTimeoutException
from adb_shell.hidden_helpers import _AdbTransactionInfo
from adb_shell.transport.tcp_transport import TcpTransport

# The largest read we accept: a packet payload is at most MAX_PAYLOAD (1 MiB) on any adbd.
MAX_READ = constants.MAX_ADB_DATA
_HEADER = struct.Struct(constants.MESSAGE_FORMAT)
_U32 = 0xFFFFFFFF


class LinkClosed(ConnectionError):
    """The phone (or the cable) closed the connection."""


class ProtocolViolation(ConnectionError):
    """The phone sent something no adbd sends (oversized packet, unknown command, bad magic)."""


class ServiceRefused(ConnectionError):
    """The phone answered our ``OPEN`` with ``CLSE``: it will not run that service."""


class NotReached(TcpTimeoutException):  # type: ignore[misc]
    """Nothing accepted the TCP connection in time: no phone there, as opposed to a phone that went silent."""


class NoDelayTcpTransport(TcpTransport):  # type: ignore[misc]
    """adb-shell's TCP transport with TCP_NODELAY, FIN detection, full writes and interrupt."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__(host, port)
        self._interrupted = threading.Event()

    def connect(self, transport_timeout_s: float | None) -> None:
        self._interrupted.clear()
        try:
            conn = socket.create_connection((self._host, self._port), timeout=transport_timeout_s)
        except TimeoutError as exc:
            raise NotReached(f"connecting to {self._host}:{self._port} timed out") from exc
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn.setblocking(False)
        self._connection = conn

    def bulk_read(self, numbytes: int, transport_timeout_s: float | None) -> bytes:
        conn = self._connection
        if conn is None or self._interrupted.is_set():
            raise LinkClosed("connection closed")
        readable, _, _ = select.select([conn], [], [], transport_timeout_s)
        if not readable:
            raise TcpTimeoutException(f"reading from {self._host}:{self._port} timed out")
        data: bytes = conn.recv(numbytes)
        if not data:
            raise LinkClosed("the phone closed the connection")
        return data

    def bulk_write(self, data: bytes, transport_timeout_s: float | None) -> int:
        conn = self._connection
        if conn is None or self._interrupted.is_set():
            raise LinkClosed("connection closed")
        view = memoryview(bytes(data))
        while view:
            _, writable, _ = select.select([], [conn], [], transport_timeout_s)
            if not writable:
                raise TcpTimeoutException(f"sending to {self._host}:{self._port} timed out")
            sent = conn.send(view)
            view = view[sent:]
        return len(data)

    def interrupt(self) -> None:
        """Wake a blocked read from another thread (cancel); the link is unusable after."""
        self._interrupted.set()
        conn = self._connection
        if conn is not None:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class HardenerAdbDevice(AdbDevice):  # type: ignore[misc]
    """AdbDevice that remembers the device banner and refuses malformed or oversized packets."""

    _local_id: int  # adb-shell's stream id counter (its class is untyped)

    def __init__(self, transport: Any, banner: str = "hardener") -> None:
        super().__init__(transport, banner=banner)
        self.device_banner: bytes = b""
        # Services the phone accepted (OKAY to our OPEN). A caller whose link broke can tell
        # from it whether its command reached the phone at all.
        self.services_accepted = 0
        io = self._io_manager
        original_expected = io._read_expected_packet_from_device
        original_read_bytes = io._read_bytes_from_device

        def read_expected(expected_cmds: list[bytes], adb_info: Any) -> tuple[bytes, int, int, bytes]:
            cmd, arg0, arg1, data = original_expected(expected_cmds, adb_info)
            if cmd == constants.CNXN:
                self.device_banner = bytes(data)
            return cmd, arg0, arg1, data

        def read_bytes(length: int, adb_info: Any) -> bytes:
            if length > MAX_READ:
                raise ProtocolViolation(f"the phone announced a {length}-byte packet")
            result: bytes = original_read_bytes(length, adb_info)
            return result

        def read_packet(adb_info: Any) -> tuple[bytes, int, int, bytes]:
            # Everything is checked before the payload is read, so a broken header costs
            # nothing and is never mistaken for the next packet.
            header = read_bytes(constants.MESSAGE_SIZE, adb_info)
            cmd, arg0, arg1, length, data_check, magic = _HEADER.unpack(header)
            if magic != cmd ^ _U32:
                raise ProtocolViolation(f"bad magic {magic:#010x} for command {cmd:#010x}")
            command: bytes | None = constants.WIRE_TO_ID.get(cmd)
            if command is None:
                raise ProtocolViolation(f"unknown command {cmd:#010x}")
            if length > MAX_READ:
                raise ProtocolViolation(f"the phone announced a {length}-byte packet")
            if length == 0:
                return command, arg0, arg1, b""
            data = read_bytes(length, adb_info)
            if checksum(data) != data_check:
                raise InvalidChecksumError(f"received checksum {checksum(data)} != {data_check}")
            return command, arg0, arg1, data

        io._read_expected_packet_from_device = read_expected
        io._read_bytes_from_device = read_bytes
        io._read_packet_from_device = read_packet

    def _open(
        self, destination: bytes, transport_timeout_s: float | None, read_timeout_s: float, timeout_s: float | None
    ) -> Any:
        """adb-shell's ``_open``, but a ``CLSE`` answer ends it at once instead of after the timeout."""
        with self._local_id_lock:
            self._local_id = 1 if self._local_id + 1 == 2**32 else self._local_id + 1
            adb_info = _AdbTransactionInfo(
                self._local_id, None, self._get_transport_timeout_s(transport_timeout_s), read_timeout_s, timeout_s
            )
        self._io_manager.send(AdbMessage(constants.OPEN, adb_info.local_id, 0, destination + b"\0"), adb_info)
        cmd, remote_id, _, _ = self._io_manager.read([constants.OKAY, constants.CLSE], adb_info)
        if cmd == constants.CLSE:
            raise ServiceRefused(f"the phone refused the service {destination.split(b':', 1)[0]!r}")
        adb_info.remote_id = remote_id
        self.services_accepted += 1
        return adb_info

    @property
    def features(self) -> frozenset[str]:
        """Features from the banner ``device::k=v;...;features=a,b``."""
        text = self.device_banner.decode("utf-8", "replace").rstrip("\x00")
        _, _, props = text.partition("::")
        for item in props.split(";"):
            key, sep, value = item.partition("=")
            if sep and key == "features":
                return frozenset(v for v in value.split(",") if v)
        return frozenset()

    def banner_props(self) -> dict[str, str]:
        text = self.device_banner.decode("utf-8", "replace").rstrip("\x00")
        _, _, props = text.partition("::")
        out: dict[str, str] = {}
        for item in props.split(";"):
            key, sep, value = item.partition("=")
            if sep and key != "features":
                out[key] = value
        return out

    def interrupt(self) -> None:
        transport = self._io_manager._transport
        if isinstance(transport, NoDelayTcpTransport):
            transport.interrupt()
        else:
            try:
                transport.close()
            except Exception:  # noqa: S110 - best effort while cancelling
                pass
