"""ADB message codec, as the phone side (adbd) needs it.

The rules here come from how the two clients we must serve actually behave (see
``shared/docs/adb-protocol.md``): adb-shell 0.4.4 negotiates protocol ``0x01000000`` and rejects
any packet whose ``data_check`` is wrong, even zero, so we always compute it when sending; Google's
adb reuses a skip-checksum version when it reconnects and sends ``data_check = 0``, so we never
check it when receiving. What we do check is what adbd checks: ``magic`` and the payload length.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

A_SYNC = 0x434E5953
A_CNXN = 0x4E584E43
A_AUTH = 0x48545541
A_OPEN = 0x4E45504F
A_OKAY = 0x59414B4F
A_CLSE = 0x45534C43
A_WRTE = 0x45545257
A_STLS = 0x534C5453

KNOWN_COMMANDS = frozenset({A_SYNC, A_CNXN, A_AUTH, A_OPEN, A_OKAY, A_CLSE, A_WRTE, A_STLS})

A_VERSION_MIN = 0x01000000
A_VERSION_SKIP_CHECKSUM = 0x01000001
A_VERSION = 0x01000001

MAX_PAYLOAD_V1 = 4096
MAX_PAYLOAD = 1024 * 1024

TOKEN_SIZE = 20
AUTH_TOKEN = 1
AUTH_SIGNATURE = 2
AUTH_RSAPUBLICKEY = 3

HEADER = struct.Struct("<6I")
HEADER_SIZE = HEADER.size
_U32 = 0xFFFFFFFF


class ProtocolError(Exception):
    """The peer sent something that is not an ADB packet; the only safe answer is to hang up."""


def command_name(command: int) -> str:
    """Readable name for logs; garbage shows as escaped bytes rather than breaking the log line."""
    raw = (command & _U32).to_bytes(4, "little")
    return raw.decode("ascii", "backslashreplace")


def checksum(data: bytes | bytearray | memoryview) -> int:
    """The byte sum that ``protocol.txt`` calls "crc32" (it is not a CRC)."""
    return sum(data) & _U32


@dataclass(frozen=True, slots=True)
class Message:
    command: int
    arg0: int
    arg1: int
    payload: bytes = b""

    def __repr__(self) -> str:
        shown = self.payload[:40]
        more = "..." if len(self.payload) > 40 else ""
        return (
            f"Message({command_name(self.command)}, {self.arg0:#x}, {self.arg1:#x}, "
            f"{shown!r}{more} [{len(self.payload)}])"
        )


def encode(message: Message) -> bytes:
    """Header and payload in one buffer, so a small message leaves in one TCP segment."""
    payload = message.payload
    header = HEADER.pack(
        message.command & _U32,
        message.arg0 & _U32,
        message.arg1 & _U32,
        len(payload),
        checksum(payload),
        (message.command ^ _U32) & _U32,
    )
    return header + payload


def decode_header(header: bytes | bytearray | memoryview, max_payload: int) -> tuple[int, int, int, int]:
    """Return ``(command, arg0, arg1, data_length)``; the received checksum is deliberately ignored."""
    if len(header) != HEADER_SIZE:
        raise ProtocolError(f"header is {len(header)} bytes, not {HEADER_SIZE}")
    command, arg0, arg1, length, _data_check, magic = HEADER.unpack(header)
    if magic != (command ^ _U32):
        raise ProtocolError(f"bad magic {magic:#010x} for command {command:#010x}")
    if length > max_payload:
        raise ProtocolError(f"payload of {length} bytes exceeds maxdata {max_payload}")
    return command, arg0, arg1, length


class Decoder:
    """Turns a byte stream into messages, however the stream was cut by TCP.

    It knows nothing of sockets, so the framing rules can be tested with plain bytes and the
    server can feed it whatever ``recv`` returned.
    """

    def __init__(self, max_payload: int = MAX_PAYLOAD) -> None:
        self.max_payload = max_payload
        self._buffer = bytearray()
        self._header: tuple[int, int, int, int] | None = None

    @property
    def buffered(self) -> int:
        return len(self._buffer)

    def feed(self, data: bytes | bytearray | memoryview) -> list[Message]:
        """Raises :class:`ProtocolError` on the first malformed header; the stream is then useless."""
        self._buffer += data
        out: list[Message] = []
        while True:
            if self._header is None:
                if len(self._buffer) < HEADER_SIZE:
                    return out
                self._header = decode_header(self._buffer[:HEADER_SIZE], self.max_payload)
                del self._buffer[:HEADER_SIZE]
            command, arg0, arg1, length = self._header
            if len(self._buffer) < length:
                return out
            payload = bytes(self._buffer[:length])
            del self._buffer[:length]
            self._header = None
            out.append(Message(command, arg0, arg1, payload))
