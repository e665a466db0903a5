"""The ADB message codec, and the server's answer to packets no honest client sends."""

from __future__ import annotations

import logging
import socket
import struct
import time
from collections.abc import Callable, Iterator

import pytest
from sim_support import FakePhone, RawClient

from hardener.sim import wire
from hardener.sim.runner import PracticePhone, start_practice_phone
from hardener.sim.wire import (
    A_CLSE,
    A_CNXN,
    A_OKAY,
    A_WRTE,
    HEADER,
    MAX_PAYLOAD,
    Decoder,
    Message,
    ProtocolError,
    checksum,
    decode_header,
    encode,
)

# --- codec -----------------------------------------------------------------------------------


def test_encode_layout_and_checksum() -> None:
    raw = encode(Message(A_WRTE, 3, 7, b"\x01\x02\xff"))
    command, arg0, arg1, length, check, magic = HEADER.unpack(raw[:24])
    assert (command, arg0, arg1, length) == (A_WRTE, 3, 7, 3)
    assert check == 0x102  # byte sum, not a CRC
    assert magic == A_WRTE ^ 0xFFFFFFFF
    assert raw[24:] == b"\x01\x02\xff"


def test_checksum_is_computed_even_for_cnxn_and_empty_payloads() -> None:
    assert HEADER.unpack(encode(Message(A_OKAY, 1, 2))[:24])[4] == 0
    banner = b"device::features=shell_v2"
    assert HEADER.unpack(encode(Message(A_CNXN, 1, 2, banner))[:24])[4] == sum(banner)
    assert checksum(b"\xff" * 100) == 25500


def test_command_constants_are_their_ascii_names() -> None:
    for name in ("CNXN", "AUTH", "OPEN", "OKAY", "CLSE", "WRTE", "STLS", "SYNC"):
        assert getattr(wire, f"A_{name}") == struct.unpack("<I", name.encode())[0]
        assert wire.command_name(getattr(wire, f"A_{name}")) == name


def test_decoder_ignores_received_checksum() -> None:
    # adb 29 reconnects with data_check = 0; a strict device would refuse it for ever.
    raw = bytearray(encode(Message(A_CNXN, 0x01000001, 4096, b"host::")))
    raw[16:20] = b"\0\0\0\0"
    (message,) = Decoder().feed(bytes(raw))
    assert message == Message(A_CNXN, 0x01000001, 4096, b"host::")


def test_decoder_reassembles_across_any_split() -> None:
    messages = [Message(A_WRTE, 1, 2, bytes(range(256)) * 3), Message(A_OKAY, 2, 1), Message(A_CLSE, 1, 2)]
    stream = b"".join(encode(m) for m in messages)
    for step in (1, 5, 23, 24, 25, 700, len(stream)):
        decoder = Decoder()
        got: list[Message] = []
        for start in range(0, len(stream), step):
            got.extend(decoder.feed(stream[start : start + step]))
        assert got == messages, step
        assert decoder.buffered == 0


def test_bad_magic_is_a_protocol_error() -> None:
    raw = bytearray(encode(Message(A_OKAY, 1, 2)))
    raw[20] ^= 0x01
    with pytest.raises(ProtocolError, match="magic"):
        Decoder().feed(bytes(raw))


def test_oversized_length_is_a_protocol_error() -> None:
    header = HEADER.pack(A_WRTE, 1, 2, 5000, 0, A_WRTE ^ 0xFFFFFFFF)
    with pytest.raises(ProtocolError, match="exceeds"):
        Decoder(max_payload=4096).feed(header)
    with pytest.raises(ProtocolError):
        decode_header(HEADER.pack(A_WRTE, 1, 2, MAX_PAYLOAD + 1, 0, A_WRTE ^ 0xFFFFFFFF), MAX_PAYLOAD)


def test_decode_header_needs_24_bytes() -> None:
    with pytest.raises(ProtocolError):
        decode_header(b"\0" * 23, MAX_PAYLOAD)


def test_message_repr_is_readable() -> None:
    assert "WRTE" in repr(Message(A_WRTE, 1, 2, b"x" * 100))


# --- malformed packets against a running server ---------------------------------------------


@pytest.fixture
def phone(caplog: pytest.LogCaptureFixture) -> Iterator[PracticePhone]:
    caplog.set_level(logging.INFO, logger="hardener.sim")
    with start_practice_phone(FakePhone(), auth_mode="none") as practice:
        yield practice
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]


def _still_serves(practice: PracticePhone) -> None:
    with RawClient(practice.port) as client:
        client.connect()
        assert client.run("shell:echo still here") == b"still here\n"


def _header(command: int, length: int, magic: int | None = None) -> bytes:
    return HEADER.pack(command, 1, 0, length, 0, command ^ 0xFFFFFFFF if magic is None else magic)


@pytest.mark.parametrize(
    "garbage",
    [
        pytest.param(_header(A_CNXN, 0, magic=0x12345678), id="bad-magic"),
        pytest.param(_header(A_CNXN, MAX_PAYLOAD + 1), id="oversized-before-cnxn"),
        pytest.param(_header(0x4B4E554A, 0), id="unknown-command"),
        pytest.param(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", id="http"),
    ],
)
def test_malformed_packet_closes_only_that_connection(phone: PracticePhone, garbage: bytes) -> None:
    with RawClient(phone.port) as bystander:
        bystander.connect()
        with RawClient(phone.port, timeout=3) as client:
            client.send_raw(garbage)
            assert client.wait_closed()
        assert bystander.run("shell:echo unharmed") == b"unharmed\n"
    _still_serves(phone)


def test_tiny_maxdata_in_cnxn_closes(phone: PracticePhone) -> None:
    with RawClient(phone.port, timeout=3) as client:
        client.send(Message(A_CNXN, 0x01000000, 4, b"host::\0"))
        assert client.wait_closed()
    _still_serves(phone)


def test_payload_over_negotiated_maxdata_closes(phone: PracticePhone) -> None:
    with RawClient(phone.port, timeout=3) as client:
        client.connect(maxdata=4096)
        client.send(Message(A_WRTE, 1, 1, b"x" * 5000))
        assert client.wait_closed()
    _still_serves(phone)


def test_malformed_after_streams_are_open(phone: PracticePhone) -> None:
    phone.config.latency_ms = 300
    with RawClient(phone.port, timeout=3) as client:
        client.connect()
        assert client.open(1, "shell:echo never delivered") is not None
        client.send_raw(_header(A_OKAY, 0, magic=0))
        assert client.wait_closed()
    phone.config.latency_ms = 0
    _still_serves(phone)


def test_stray_and_out_of_order_packets_are_ignored(phone: PracticePhone) -> None:
    # adbd ignores these rather than hanging up: adb 29 itself sends some of them routinely.
    with RawClient(phone.port, timeout=3) as client:
        client.send(Message(A_OKAY, 5, 9))  # before CNXN
        client.send(Message(A_WRTE, 5, 9, b"early"))
        client.send(Message(wire.A_OPEN, 5, 0, b"shell:echo too early\0"))
        client.connect()
        client.send(Message(A_OKAY, 5, 99))  # unknown stream
        client.send(Message(A_CLSE, 5, 99))
        client.send(Message(A_WRTE, 5, 99, b"stdin for nobody"))
        client.send(Message(wire.A_SYNC, 1, 0))
        client.send(Message(wire.A_OPEN, 0, 0, b"shell:echo bad id\0"))
        assert client.run("shell:echo fine") == b"fine\n"
        # OKAY and CLSE for a stream that has already finished.
        client.send(Message(A_OKAY, 1, 1))
        client.send(Message(A_CLSE, 1, 1))
        assert client.run("shell:echo still fine", local_id=2) == b"still fine\n"
    assert "shell:echo too early" not in phone.command_log
    assert "shell:echo bad id" not in phone.command_log


def test_truncated_packet_then_hangup_is_cleaned_up(phone: PracticePhone) -> None:
    with RawClient(phone.port) as client:
        client.connect()
        client.send_raw(encode(Message(A_WRTE, 1, 1, b"x" * 100))[:60])
    _still_serves(phone)
    assert _wait_for(lambda: phone.connection_count == 0)


def test_client_reset_mid_output_does_not_crash_the_server(phone: PracticePhone) -> None:
    client = RawClient(phone.port)
    client.connect(maxdata=4096)
    assert client.open(1, "shell:seq 100000") is not None
    client.recv()  # first WRTE; never acknowledged
    client.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    client.close()
    _still_serves(phone)
    assert _wait_for(lambda: phone.connection_count == 0)


def _wait_for(predicate: Callable[[], bool], timeout: float = 3.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return bool(predicate())
