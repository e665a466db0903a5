"""Malformed ADB packets, both ways.

The practice phone's decoder and server are fed broken streams (bad magic, oversized lengths,
unknown commands, OKAY/WRTE/CLSE out of order or for streams that do not exist, truncated
headers, random bytes): they must never crash, must hang up or ignore as adbd does, and must
keep serving the next host.

hardener's own client side is fed the same by a small malicious adbd written here with raw
sockets: each case must end in a typed hardener error (or an honest result) within a bounded
time, without spinning the CPU and without allocating what a forged length asks for.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sim_support import FakePhone, RawClient

from hardener.adb.connect import Connector, DeviceSelector
from hardener.adb.keys import AdbSigner
from hardener.errors import CommandTimeout, ConnectionLost, DeviceOffline, HardenerError
from hardener.sim.runner import PracticePhone, start_practice_phone
from hardener.sim.wire import (
    A_AUTH,
    A_CLSE,
    A_CNXN,
    A_OKAY,
    A_OPEN,
    A_SYNC,
    A_VERSION_MIN,
    A_WRTE,
    HEADER,
    MAX_PAYLOAD,
    Decoder,
    Message,
    ProtocolError,
    encode,
)

_FUZZ = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


# --- the practice phone's decoder -------------------------------------------------------------------


def _header(command: int, arg0: int, arg1: int, length: int, magic: int | None = None) -> bytes:
    magic = (command ^ 0xFFFFFFFF) if magic is None else magic
    return HEADER.pack(command & 0xFFFFFFFF, arg0, arg1, length, 0, magic & 0xFFFFFFFF)


_COMMANDS = st.sampled_from([A_CNXN, A_AUTH, A_OPEN, A_OKAY, A_WRTE, A_CLSE, A_SYNC, 0x5A5A5A5A, 0])
_u32 = st.integers(0, 0xFFFFFFFF)
_good = st.builds(lambda c, a0, a1, p: encode(Message(c, a0, a1, p)), _COMMANDS, _u32, _u32, st.binary(max_size=64))
_bad_magic = st.builds(lambda c, m, p: _header(c, 1, 0, len(p), m) + p, _COMMANDS, _u32, st.binary(max_size=16))
_oversized = st.builds(lambda c, n: _header(c, 1, 0, n), _COMMANDS, st.integers(MAX_PAYLOAD + 1, 0xFFFFFFFF))
_chunks = st.lists(st.one_of(_good, _bad_magic, _oversized, st.binary(max_size=40)), max_size=12)


@_FUZZ
@given(_chunks, st.integers(1, 50))
def test_decoder_only_returns_messages_or_protocol_errors(chunks: list[bytes], step: int) -> None:
    stream = b"".join(chunks)
    decoder = Decoder(MAX_PAYLOAD)
    try:
        for start in range(0, len(stream), step):
            for message in decoder.feed(stream[start : start + step]):
                assert len(message.payload) <= MAX_PAYLOAD
            # Never holds more than one header and one payload it is still waiting for.
            assert decoder.buffered <= HEADER.size + MAX_PAYLOAD
    except ProtocolError:
        pass


def test_decoder_refuses_an_oversized_length_before_reading_the_payload() -> None:
    decoder = Decoder(4096)
    with pytest.raises(ProtocolError):
        decoder.feed(_header(A_WRTE, 1, 1, 4097))  # the header alone is enough to refuse


@pytest.fixture(scope="module")
def fake_phone_server() -> Iterator[PracticePhone]:
    sim = start_practice_phone(FakePhone(), auth_mode="none")
    yield sim
    sim.stop()


def _healthy(sim: PracticePhone) -> None:
    with RawClient(sim.port, timeout=5) as client:
        client.connect()
        assert client.run("shell:echo still here") == b"still here\n"


_opening = st.sampled_from([b"", encode(Message(A_CNXN, A_VERSION_MIN, MAX_PAYLOAD, b"host::\0"))])
_stream_packets = st.builds(
    lambda c, a0, a1, p: encode(Message(c, a0, a1, p)),
    st.sampled_from([A_OKAY, A_WRTE, A_CLSE, A_OPEN]),
    st.integers(0, 4),
    st.integers(0, 4),
    st.sampled_from([b"", b"shell:echo x\0", b"sync:\0", b"\x00" * 5, b"garbage"]),
)


@settings(_FUZZ, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    opening=_opening,
    packets=st.lists(st.one_of(_stream_packets, _bad_magic, _oversized, st.binary(max_size=40)), max_size=8),
)
def test_broken_streams_never_break_the_practice_phone(
    fake_phone_server: PracticePhone, opening: bytes, packets: list[bytes], caplog: pytest.LogCaptureFixture
) -> None:
    sim = fake_phone_server
    caplog.set_level(logging.ERROR, logger="hardener.sim")
    # Generous: connecting waits for the phone's accept thread, which a loaded machine delays.
    with RawClient(sim.port, timeout=5) as client:
        client.send_raw(opening)
        for packet in packets:
            try:
                client.send_raw(packet)
            except OSError:
                break  # the phone already hung up on an earlier packet: as it should
        # Hang up mid-whatever; the phone must clean up after us.
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text
    assert caplog.text.count("unexpected error") == 0


@pytest.mark.parametrize(
    "packet",
    [
        _header(A_OPEN, 1, 0, 10, magic=0x12345678),
        _header(A_WRTE, 1, 1, MAX_PAYLOAD + 1),
        _header(0x5A5A5A5A, 1, 1, 0),
        _header(A_OKAY, 1, 1, 0)[:13],
        b"\xff" * 100,
    ],
    ids=["bad-magic", "oversized", "unknown-command", "truncated-header", "random"],
)
def test_each_malformed_packet_closes_its_connection_and_the_phone_serves_on(
    fake_phone_server: PracticePhone, packet: bytes
) -> None:
    sim = fake_phone_server
    with RawClient(sim.port, timeout=0.5) as client:
        client.connect()
        client.send_raw(packet)
        if len(packet) >= HEADER.size:
            assert client.wait_closed()  # hung up, as protocol.txt asks
        else:
            with pytest.raises(TimeoutError):
                client.recv()  # half a header: it waits for the rest, quietly
    _healthy(sim)


def test_out_of_order_stream_packets_are_ignored_and_the_link_stays_up(fake_phone_server: PracticePhone) -> None:
    sim = fake_phone_server
    with RawClient(sim.port, timeout=2) as client:
        client.connect()
        for message in (
            Message(A_OKAY, 7, 99, b""),  # OKAY for a stream that was never opened
            Message(A_CLSE, 7, 99, b""),
            Message(A_WRTE, 7, 99, b"stdin for no one"),
            Message(A_CLSE, 0, 0, b""),
            Message(A_OPEN, 0, 0, b"shell:echo id zero\0"),  # id 0 is not a stream: ignored
        ):
            client.send(message)
        assert client.run("shell:echo after", local_id=5) == b"after\n"
    _healthy(sim)


def test_many_broken_hosts_leave_no_threads_behind(fake_phone_server: PracticePhone) -> None:
    sim = fake_phone_server
    _healthy(sim)
    before = threading.active_count()
    for i in range(30):
        with RawClient(sim.port, timeout=2) as client:
            client.connect()
            client.send_raw(_header(A_OPEN, i + 1, 0, 100) + b"shell:")  # never finished
    deadline = time.monotonic() + 60  # a wait, not a speed limit: the threads end as soon as they can
    while threading.active_count() > before + 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert threading.active_count() <= before + 2


# --- hardener's client against a malicious adbd ---------------------------------------------------------------


class EvilAdbd:
    """A one-connection adbd that answers hardener's CNXN, then does what ``script`` says."""

    def __init__(self, script: Callable[[EvilAdbd], None]) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.script = script
        self.conn: socket.socket | None = None
        self._decoder = Decoder(MAX_PAYLOAD)
        self._pending: list[Message] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.listener.settimeout(5)
        try:
            conn, _ = self.listener.accept()
        except OSError:
            return
        self.conn = conn
        conn.settimeout(5)
        with contextlib.suppress(OSError, ProtocolError, ConnectionError):
            self.script(self)

    # what a script can do
    def recv(self) -> Message:
        assert self.conn is not None
        while not self._pending:
            data = self.conn.recv(65536)
            if not data:
                raise ConnectionError("hardener hung up")
            self._pending.extend(self._decoder.feed(data))
        return self._pending.pop(0)

    def send(self, data: bytes) -> None:
        assert self.conn is not None
        self.conn.sendall(data)

    def handshake(self, features: str = "shell_v2") -> None:
        hello = self.recv()
        assert hello.command == A_CNXN
        self.send(encode(Message(A_CNXN, A_VERSION_MIN, MAX_PAYLOAD, f"device::features={features}".encode())))

    def open_request(self) -> int:
        message = self.recv()
        while message.command != A_OPEN:
            message = self.recv()
        return message.arg0

    def idle(self, seconds: float = 600.0) -> None:
        """Say nothing until hardener hangs up (or the time is up: long, so that hanging up
        first can never rescue a client that is waiting instead of seeing the broken answer)."""
        assert self.conn is not None
        self.conn.settimeout(seconds)
        with contextlib.suppress(OSError):
            while self.conn.recv(65536):
                pass

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.listener.close()
        self.thread.join(5)
        if self.conn is not None:
            self.conn.close()


@pytest.fixture
def evil(test_signer: AdbSigner) -> Iterator[Callable[..., tuple[type[BaseException] | None, object, float]]]:
    servers: list[EvilAdbd] = []

    def run(script: Callable[[EvilAdbd], None], command: str | None = "echo hi", read_timeout_s: float = 0.5):
        """(error type or None, result, CPU seconds) of connect + one command.

        No wall-clock figure: "at once, not after a timeout" is shown by the error's type (a read
        timeout is a CommandTimeout) and by a handshake timeout too long to wait out (below).
        CPU seconds stay: spinning is work, which a busy machine does not inflate.
        """
        server = EvilAdbd(script)
        servers.append(server)
        cpu = time.process_time()
        conn = None
        try:
            conn = Connector(DeviceSelector(tcp=f"127.0.0.1:{server.port}"), signer=test_signer,
                             auth_timeout_s=1).connect()
            conn.channel.read_timeout_s = read_timeout_s
            result: object = conn.channel.run(command) if command else conn
            error: type[BaseException] | None = None
        except HardenerError as exc:
            error, result = type(exc), exc
        finally:
            if conn is not None:
                conn.close()
        return error, result, time.process_time() - cpu

    yield run
    for server in servers:
        server.close()


@pytest.fixture(autouse=True)
def _handshake_never_waited_out(monkeypatch: pytest.MonkeyPatch) -> None:
    import hardener.adb.connect as connect_module

    # Far longer than pytest's does-not-hang bound: a client that waited for the handshake timeout
    # instead of seeing the broken answer would fail the test, whatever the machine's speed.
    monkeypatch.setattr(connect_module, "HANDSHAKE_TIMEOUT_S", 3600.0)


def test_bad_magic_in_the_handshake_is_offline(evil) -> None:
    def script(s: EvilAdbd) -> None:
        s.recv()
        s.send(_header(A_CNXN, A_VERSION_MIN, MAX_PAYLOAD, 0, magic=0xDEADBEEF))
        s.idle()

    error, _result, _cpu = evil(script, command=None)
    assert error is not None and issubclass(error, DeviceOffline)  # over TCP: SilentAtAddress


def test_oversized_length_is_refused_without_allocating(evil) -> None:
    def script(s: EvilAdbd) -> None:
        s.handshake()
        local = s.open_request()
        s.send(_header(A_OKAY, 1, local, 0))
        s.send(_header(A_WRTE, 1, local, 0xFFFFFFF0) + b"x" * 1000)
        s.idle()

    tracemalloc.start()
    try:
        error, _result, _cpu = evil(script)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error is ConnectionLost
    assert peak < 8 * 1024 * 1024


def test_oversized_length_in_the_handshake_is_offline(evil) -> None:
    def script(s: EvilAdbd) -> None:
        s.recv()
        s.send(_header(A_CNXN, A_VERSION_MIN, MAX_PAYLOAD, 2**31))
        s.idle()

    error, _result, _cpu = evil(script, command=None)
    assert error is not None and issubclass(error, DeviceOffline)  # over TCP: SilentAtAddress


def test_unknown_command_is_a_lost_link(evil) -> None:
    def script(s: EvilAdbd) -> None:
        s.handshake()
        s.open_request()
        s.send(_header(0x5A5A5A5A, 1, 1, 0))
        s.idle()

    error, _result, _cpu = evil(script)
    assert error is ConnectionLost


def test_clse_before_okay_is_a_lost_link_at_once_not_a_timeout(evil) -> None:
    def script(s: EvilAdbd) -> None:
        s.handshake()
        local = s.open_request()
        s.send(encode(Message(A_CLSE, 0, local)))  # "unknown service"
        s.idle()

    error, result, _cpu = evil(script, read_timeout_s=5.0)
    assert error is ConnectionLost, result


def test_garbage_after_cnxn_is_a_lost_link(evil) -> None:
    def script(s: EvilAdbd) -> None:
        s.handshake()
        s.send(bytes(range(256)) * 4)
        s.idle()

    error, _result, _cpu = evil(script)
    assert error is ConnectionLost


def test_fin_in_the_middle_of_a_packet_is_a_lost_link_without_spinning(evil) -> None:
    def script(s: EvilAdbd) -> None:
        s.handshake()
        local = s.open_request()
        s.send(encode(Message(A_OKAY, 1, local)))
        s.send(encode(Message(A_WRTE, 1, local, b"\x01\x05\x00\x00\x00hello"))[:30])
        assert s.conn is not None
        s.conn.shutdown(socket.SHUT_WR)
        s.idle()

    error, _result, cpu = evil(script, read_timeout_s=3.0)
    assert error is ConnectionLost
    assert cpu < 0.5


def test_a_phone_that_goes_silent_is_a_timeout_without_spinning(evil) -> None:
    def script(s: EvilAdbd) -> None:
        s.handshake()
        local = s.open_request()
        s.send(encode(Message(A_OKAY, 1, local)))
        s.idle(5)

    error, _result, cpu = evil(script, read_timeout_s=0.5)
    assert error is CommandTimeout
    assert cpu < 0.3


def test_stray_packets_for_other_streams_do_not_confuse_the_answer(evil) -> None:
    def script(s: EvilAdbd) -> None:
        s.handshake()
        local = s.open_request()
        s.send(encode(Message(A_WRTE, 9, local + 50, b"not yours")))
        s.send(encode(Message(A_CLSE, 9, local + 50)))
        s.send(encode(Message(A_OKAY, 1, local)))
        payload = b"\x01" + struct.pack("<I", 3) + b"hi\n" + b"\x03" + struct.pack("<I", 1) + b"\x00"
        s.send(encode(Message(A_WRTE, 1, local, payload)))
        s.send(encode(Message(A_CLSE, 1, local)))
        s.idle()

    error, result, _cpu = evil(script)
    assert error is None
    assert result.text == "hi\n" and result.exit_code == 0 and result.failure is None  # type: ignore[attr-defined]


def test_a_shell_stream_closed_without_its_exit_status_is_not_a_clean_result(evil) -> None:
    def script(s: EvilAdbd) -> None:
        s.handshake()
        local = s.open_request()
        s.send(encode(Message(A_OKAY, 1, local)))
        # A v2 packet that claims 4 GB, then the stream just closes: no exit packet.
        s.send(encode(Message(A_WRTE, 1, local, b"\x01\xff\xff\xff\xffpartial")))
        s.send(encode(Message(A_CLSE, 1, local)))
        s.idle()

    error, result, _cpu = evil(script)
    assert error is None
    assert result.failure is not None and result.exit_code is None  # type: ignore[attr-defined]


def test_bad_checksum_is_a_lost_link(evil) -> None:
    def script(s: EvilAdbd) -> None:
        s.handshake()
        local = s.open_request()
        s.send(encode(Message(A_OKAY, 1, local)))
        s.send(HEADER.pack(A_WRTE, 1, local, 4, 12345, A_WRTE ^ 0xFFFFFFFF) + b"abcd")
        s.idle()

    error, _result, _cpu = evil(script)
    assert error is ConnectionLost


@pytest.mark.parametrize("cut_at", [0, 10, 24, 30])
def test_a_phone_that_hangs_up_during_the_handshake_is_offline(evil, cut_at: int) -> None:
    def script(s: EvilAdbd) -> None:
        s.recv()
        s.send(encode(Message(A_CNXN, A_VERSION_MIN, MAX_PAYLOAD, b"device::features=shell_v2"))[:cut_at])
        assert s.conn is not None
        s.conn.shutdown(socket.SHUT_WR)
        s.idle()

    error, _result, _cpu = evil(script, command=None)
    assert error is not None and issubclass(error, DeviceOffline)  # over TCP: SilentAtAddress


@_FUZZ
@given(st.binary(min_size=1, max_size=300))
def test_any_bytes_instead_of_an_answer_end_typed_and_fast(test_signer: AdbSigner, junk: bytes) -> None:
    def script(s: EvilAdbd) -> None:
        s.handshake()
        s.open_request()
        s.send(junk)
        assert s.conn is not None
        s.conn.shutdown(socket.SHUT_WR)
        s.idle()

    server = EvilAdbd(script)
    conn = None
    try:
        conn = Connector(DeviceSelector(tcp=f"127.0.0.1:{server.port}"), signer=test_signer).connect()
        conn.channel.read_timeout_s = 1.0
        out = conn.channel.run("echo hi")
        assert out.failure is not None or out.exit_code is not None  # an honest result, if any
    except HardenerError as exc:
        assert isinstance(exc, ConnectionLost | CommandTimeout), exc
    finally:
        if conn is not None:
            conn.close()
        server.close()
