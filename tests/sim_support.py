"""Test helpers for the practice phone's ADB server: a tiny fake phone and a raw protocol client.

The fake stands in for the real virtual phone so the protocol tests do not move when the phone's
command set does; the raw client sends exactly the bytes a test needs, including broken ones,
which no real ADB client would let us do.
"""

from __future__ import annotations

import shlex
import socket
import stat
import struct
import threading
import time
from collections.abc import Mapping

from hardener.sim.backend import FileStat, ShellOutcome
from hardener.sim.wire import (
    A_AUTH,
    A_CLSE,
    A_CNXN,
    A_OKAY,
    A_OPEN,
    A_VERSION_MIN,
    A_WRTE,
    MAX_PAYLOAD,
    Decoder,
    Message,
    encode,
)

FAKE_RELEASE = "13"
FAKE_MODEL = "Fake Phone 7"


class FakePhone:
    """Just enough of a phone: echo, getprop, exit N, seq N, files; everything else is "not found"."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.adb_enabled_flag = True
        self.props = {
            "ro.build.version.release": FAKE_RELEASE,
            "ro.build.version.sdk": "33",
            "ro.product.model": FAKE_MODEL,
        }
        now = int(time.time())
        self.files: dict[str, tuple[bytes, int, int]] = {
            "/sdcard/hello.txt": (b"hello from the practice phone\n", 0o100644, now),
        }
        self.dirs = {"/", "/sdcard", "/data", "/data/local", "/data/local/tmp"}
        self.commands: list[str] = []

    def banner(self) -> Mapping[str, str]:
        return {
            "ro.product.name": "fake_phone",
            "ro.product.model": FAKE_MODEL,
            "ro.product.device": "fakedev",
        }

    @property
    def adb_enabled(self) -> bool:
        return self.adb_enabled_flag

    def run_shell(self, command: str) -> ShellOutcome:
        with self._lock:
            self.commands.append(command)
        try:
            words = shlex.split(command)
        except ValueError:
            return ShellOutcome(b"", b"/system/bin/sh: syntax error: unmatched quote\n", 2)
        if not words:
            return ShellOutcome(b"", b"", 0)
        name, args = words[0], words[1:]
        if name == "echo":
            return ShellOutcome((" ".join(args) + "\n").encode(), b"", 0)
        if name == "getprop" and len(args) == 1:
            return ShellOutcome((self.props.get(args[0], "") + "\n").encode(), b"", 0)
        if name == "exit" and len(args) == 1 and args[0].isdigit():
            return ShellOutcome(b"", b"", int(args[0]))
        if name == "seq" and len(args) == 1 and args[0].isdigit():
            text = "".join(f"{i}\n" for i in range(1, int(args[0]) + 1))
            return ShellOutcome(text.encode(), b"", 0)
        if name == "both":  # stdout and stderr at once, to see the v2 split
            return ShellOutcome(b"to stdout\n", b"to stderr\n", 3)
        if name == "sleep" and len(args) == 1:
            time.sleep(float(args[0]))
            return ShellOutcome(b"", b"", 0)
        if words == ["settings", "put", "global", "adb_enabled", "0"]:
            self.adb_enabled_flag = False
            return ShellOutcome(b"", b"", 0)
        if name == "boom":
            raise RuntimeError("the fake phone broke on purpose")
        return ShellOutcome(b"", f"/system/bin/sh: {name}: inaccessible or not found\n".encode(), 127)

    def stat(self, path: str) -> FileStat | None:
        with self._lock:
            if path.rstrip("/") in self.dirs or path == "/":
                return FileStat(stat.S_IFDIR | 0o771, 4096, 0)
            found = self.files.get(path)
        if found is None:
            return None
        data, mode, mtime = found
        return FileStat(mode, len(data), mtime)

    def list_dir(self, path: str) -> list[tuple[str, FileStat]] | None:
        base = path.rstrip("/") or "/"
        with self._lock:
            if base not in self.dirs:
                return None
            items = [
                (name.rsplit("/", 1)[1], FileStat(mode, len(data), mtime))
                for name, (data, mode, mtime) in self.files.items()
                if name.rsplit("/", 1)[0] == base
            ]
        return sorted(items)

    def read_file(self, path: str) -> bytes | None:
        with self._lock:
            found = self.files.get(path)
        return None if found is None else found[0]

    def write_file(self, path: str, data: bytes, mode: int, mtime: int) -> str | None:
        parent = path.rsplit("/", 1)[0] or "/"
        with self._lock:
            if parent not in self.dirs:
                return f"secure_mkdirs failed: {parent}: Permission denied"
            self.files[path] = (data, mode, mtime)
        return None


class RawClient:
    """A deliberately naive ADB host: one socket, explicit packets, no hidden retries."""

    def __init__(self, port: int, timeout: float = 5.0) -> None:
        # Connecting waits on the phone's accept thread, which a loaded CI machine can delay;
        # only reads use the caller's (often deliberately short) timeout.
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=max(timeout, 10.0))
        self.sock.settimeout(timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._decoder = Decoder(MAX_PAYLOAD)
        self._pending: list[Message] = []

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> RawClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(self, message: Message) -> None:
        self.sock.sendall(encode(message))

    def send_raw(self, data: bytes) -> None:
        self.sock.sendall(data)

    def recv(self) -> Message:
        """Next message; raises ``ConnectionError`` if the server hangs up, ``TimeoutError`` if silent."""
        while not self._pending:
            data = self.sock.recv(1 << 20)
            if not data:
                raise ConnectionError("server closed the connection")
            self._pending.extend(self._decoder.feed(data))
        return self._pending.pop(0)

    def connect(self, maxdata: int = MAX_PAYLOAD, version: int = A_VERSION_MIN) -> Message:
        """Handshake against a server in ``none`` auth mode; returns the device's CNXN."""
        self.send(Message(A_CNXN, version, maxdata, b"host::features=shell_v2,cmd\0"))
        reply = self.recv()
        assert reply.command == A_CNXN, reply
        return reply

    def wait_closed(self) -> bool:
        """True if the server closes the connection (FIN or RST) before the socket timeout."""
        try:
            while True:
                data = self.sock.recv(65536)
                if not data:
                    return True
        except ConnectionResetError:
            return True
        except TimeoutError:
            return False

    def open(self, local_id: int, service: str) -> int | None:
        """The device's id for the new stream, or None if it refused (CLSE)."""
        self.send(Message(A_OPEN, local_id, 0, service.encode() + b"\0"))
        reply = self.recv()
        if reply.command == A_CLSE:
            assert reply.arg0 == 0 and reply.arg1 == local_id, reply
            return None
        assert reply.command == A_OKAY and reply.arg1 == local_id, reply
        return reply.arg0

    def collect(self, local_id: int, remote_id: int) -> bytes:
        """Read one stream to its CLSE, acknowledging each WRTE, and echo the CLSE back."""
        out = bytearray()
        while True:
            message = self.recv()
            assert message.arg1 == local_id, message
            if message.command == A_WRTE:
                out += message.payload
                self.send(Message(A_OKAY, local_id, remote_id))
            elif message.command == A_CLSE:
                self.send(Message(A_CLSE, local_id, remote_id))
                return bytes(out)

    def run(self, service: str, local_id: int = 1) -> bytes:
        remote_id = self.open(local_id, service)
        assert remote_id is not None, f"{service!r} was refused"
        return self.collect(local_id, remote_id)


def parse_v2(data: bytes) -> tuple[bytes, bytes, int | None]:
    """Split a shell-v2 byte stream into stdout, stderr and exit status."""
    stdout, stderr, code = bytearray(), bytearray(), None
    header = struct.Struct("<BI")
    pos = 0
    while pos < len(data):
        packet_id, length = header.unpack_from(data, pos)
        pos += header.size
        body = data[pos : pos + length]
        pos += length
        if packet_id == 1:
            stdout += body
        elif packet_id == 2:
            stderr += body
        elif packet_id == 3:
            code = body[0]
    return bytes(stdout), bytes(stderr), code


def auth_message(kind: int, payload: bytes) -> Message:
    return Message(A_AUTH, kind, 0, payload)
