"""hardener's own fixes to adb-shell's transport layer, kept in one place.

adb-shell 0.4.4 (pinned) has four behaviours we cannot ship to people in a hurry:

* its TCP transport leaves Nagle's algorithm on, so every command waits on a delayed ACK
  (about 44 ms per command on loopback, the same over Wi-Fi debugging); we set TCP_NODELAY;
* when the phone closes the link (FIN), ``recv`` returns ``b""`` and adb-shell spins at
  100 % CPU until its read timeout; we raise :class:`LinkClosed` at once;
* ``bulk_write`` ignores partial sends; we send everything or fail;
* it trusts the length field of every packet, so a broken phone could make it allocate
  gigabytes; we refuse any read larger than the negotiated maximum.

It also throws away the device's CNXN banner, which says whether the phone speaks shell
protocol v2 (separate exit codes); :class:`HardenerAdbDevice` keeps it.
"""

from __future__ import annotations

import select
import socket
import threading
from typing import Any

from adb_shell import constants
from adb_shell.adb_device import AdbDevice
from adb_shell.exceptions import TcpTimeoutException
from adb_shell.transport.tcp_transport import TcpTransport

# The largest read we accept: a packet payload is at most MAX_PAYLOAD (1 MiB) on any adbd.
MAX_READ = constants.MAX_ADB_DATA


class LinkClosed(ConnectionError):
    """The phone (or the cable) closed the connection."""


class ProtocolViolation(ConnectionError):
    """The phone sent something no adbd sends (oversized packet, unknown command)."""


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
            raise TcpTimeoutException(f"connecting to {self._host}:{self._port} timed out") from exc
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
    """AdbDevice that remembers the device banner and refuses oversized packets."""

    def __init__(self, transport: Any, banner: str = "hardener") -> None:
        super().__init__(transport, banner=banner)
        self.device_banner: bytes = b""
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

        io._read_expected_packet_from_device = read_expected
        io._read_bytes_from_device = read_bytes

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
