"""The practice phone's ``shell:``, ``exec:`` and restarting services, framed as adbd frames them.

The phone behind the server (:class:`hardener.sim.backend.PhoneBackend`) runs the command; this
module carries its input and output: shell protocol v2 packets (stdin 0, stdout 1, stderr 2,
exit 3, close-stdin 4, window size 5), or a raw byte stream (shell v1, ``exec:``), or a pty
(one output, ``\\n`` sent as ``\\r\\n``). A phone that can stream (:class:`StreamingBackend`)
gets the host's stdin while it runs and its output goes out as written, in the order written;
the server's faults that need the whole answer first (a link dropped mid-answer, truncated
output) use the buffered :meth:`PhoneBackend.run_shell`, as does a phone that cannot stream.

``root:``, ``remount:``, ``tcpip:``, ``usb:`` and ``reboot:`` are answered by the phone
(:meth:`StreamingBackend.service`) with adbd's own text; ``tcpip``/``usb`` then restart adbd and
``reboot`` restarts the phone (every host loses it, then it comes back).
"""

from __future__ import annotations

import functools
import logging
import struct
from collections.abc import Callable
from typing import TYPE_CHECKING

from hardener.sim.adbd.stream import Gone, Stream
from hardener.sim.backend import HostGone, ShellOutcome, StreamingBackend
from hardener.sim.faults import DropKind

if TYPE_CHECKING:
    from hardener.sim.adbd.server import PracticeAdbd

log = logging.getLogger(__name__)

ServiceHandler = Callable[[Stream, str], None]

# Services after which a real adbd restarts (adb_shell#231): the host sees the link drop.
RESTARTING_SERVICES = frozenset({"reboot", "root", "unroot", "tcpip", "usb", "remount"})

# Shell protocol v2 packet ids (shell_protocol.h).
_V2_STDIN = 0
_V2_STDOUT = 1
_V2_STDERR = 2
_V2_EXIT = 3
_V2_CLOSE_STDIN = 4
_V2_HEADER = struct.Struct("<BI")


def find_service(server: PracticeAdbd, base: str) -> ServiceHandler | None:
    """The handler for a service's base name (``shell``, ``exec``, ``sync``, ...); None: refused."""
    from hardener.sim.adbd.sync import serve_sync

    handlers: dict[str, Callable[[PracticeAdbd, Stream, str], None]] = {
        "shell": serve_shell,
        "exec": serve_exec,
        "sync": serve_sync,
    }
    if base in RESTARTING_SERVICES and isinstance(server.backend, StreamingBackend):
        handlers[base] = serve_device_service
    handler = handlers.get(base)
    return None if handler is None else functools.partial(handler, server)


def keeps_input(server: PracticeAdbd, base: str) -> bool:
    """Whether the host's bytes on this stream are kept for the service (stdin, sync requests)."""
    return base == "sync" or (base in ("shell", "exec") and isinstance(server.backend, StreamingBackend))


class StreamShellIO:
    """One shell stream as the phone sees it (:class:`hardener.sim.backend.ShellIO`)."""

    def __init__(self, stream: Stream, *, v2: bool, pty: bool) -> None:
        self._stream = stream
        self._v2 = v2
        self._pty = pty
        self._out = bytearray()
        self._raw_in = bytearray()
        self._stdin_closed = False
        self._limit = stream.conn.peer_maxdata

    # --- output -----------------------------------------------------------------------------

    def write(self, fd: int, data: bytes) -> None:
        if not data:
            return
        if self._pty:
            data, fd = data.replace(b"\n", b"\r\n"), 1  # ONLCR; a terminal has one output
        if self._v2:
            room = self._limit - _V2_HEADER.size
            packet_id = _V2_STDERR if fd == 2 else _V2_STDOUT
            for start in range(0, len(data), room):
                chunk = data[start : start + room]
                self._out += _V2_HEADER.pack(packet_id, len(chunk)) + chunk
        else:
            self._out += data
        # No sending here: the phone is held while a command writes. What it wrote goes out when
        # it waits (VirtualPhone.flush lets go of the phone first) or ends (exit()).

    def flush(self) -> None:
        if self._out:
            data = bytes(self._out)
            self._out.clear()
            self._stream.write(data)

    def exit(self, code: int) -> None:
        if self._v2:
            self._out += _V2_HEADER.pack(_V2_EXIT, 1) + bytes([code & 0xFF])
        self.flush()

    # --- input ------------------------------------------------------------------------------

    @property
    def gone(self) -> bool:
        return self._stream.closed

    def read_stdin(self) -> bytes | None:
        if self._stdin_closed:
            return b""
        self._raw_in += self._stream.take_available()
        if not self._v2:
            if self._raw_in:
                raw = bytes(self._raw_in)
                self._raw_in.clear()
                return raw
            return b"" if self._stream.closed else None
        data = bytearray()
        while len(self._raw_in) >= _V2_HEADER.size:
            packet_id, size = _V2_HEADER.unpack_from(self._raw_in)
            if len(self._raw_in) < _V2_HEADER.size + size:
                break
            payload: bytes = bytes(self._raw_in[_V2_HEADER.size : _V2_HEADER.size + size])
            del self._raw_in[: _V2_HEADER.size + size]
            if packet_id == _V2_STDIN:
                data += payload
            elif packet_id == _V2_CLOSE_STDIN:
                self._stdin_closed = True
                break
            # window-size changes (5) and anything else: nothing to do
        if data:
            return bytes(data)
        if self._stdin_closed or self._stream.closed:
            return b""
        return None


def _wait_latency(server: PracticeAdbd) -> None:
    latency = server.config.latency_ms
    if latency > 0 and server.stopping.wait(latency / 1000.0):
        raise Gone


def _run_command(server: PracticeAdbd, command: str) -> ShellOutcome:
    try:
        return server.backend.run_shell(command)
    except Exception as exc:
        log.exception("practice phone: run_shell(%r) failed", command)
        return ShellOutcome(b"", f"practice phone: internal error: {type(exc).__name__}\n".encode(), 255)


def _after_command(server: PracticeAdbd) -> None:
    """A command may have switched USB debugging off; the phone then drops every host."""
    if not server.adb_enabled():
        log.info("adb_enabled went off: dropping every connection")
        server.drop_connections("fin")


def _truncate(server: PracticeAdbd, *chunks: bytes) -> list[bytes]:
    limit = server.config.truncate_output
    if limit is None:
        return list(chunks)
    out = []
    for chunk in chunks:
        out.append(chunk[:limit])
        limit = max(0, limit - len(chunk))
    return out


def _stream_command(server: PracticeAdbd, stream: Stream, command: str | None, *, v2: bool, pty: bool) -> None:
    """The live path: stdin forwarded, output as written; ``command`` None is an interactive shell."""
    backend = server.backend
    assert isinstance(backend, StreamingBackend)
    io = StreamShellIO(stream, v2=v2, pty=pty)
    try:
        code = backend.run_streaming(command, io, pty=pty)
    except HostGone:
        raise Gone from None
    except Exception as exc:
        log.exception("practice phone: run_streaming(%r) failed", command)
        io.write(2, f"practice phone: internal error: {type(exc).__name__}\n".encode())
        code = 255
    io.exit(code)


def serve_shell(server: PracticeAdbd, stream: Stream, service: str) -> None:
    head, _, command = service.partition(":")
    flags = head.split(",")[1:]
    v2 = "v2" in flags and "shell_v2" in server.config.features
    pty = "pty" in flags or ("raw" not in flags and command == "")
    _wait_latency(server)
    drop = server.config.take_drop()
    live = drop is None and server.config.truncate_output is None and isinstance(server.backend, StreamingBackend)
    if live:
        _stream_command(server, stream, command or None, v2=v2, pty=pty)
    else:
        _serve_shell_buffered(server, stream, command, v2=v2, pty=pty, drop=drop)
    stream.finish()
    _after_command(server)


def _serve_shell_buffered(server: PracticeAdbd, stream: Stream, command: str, *, v2: bool, pty: bool,
                          drop: DropKind | None) -> None:
    outcome = _run_command(server, command)
    if pty:
        # A PTY has one output and turns "\n" into "\r\n" (ONLCR).
        merged = outcome.combined().replace(b"\n", b"\r\n")
        outcome = ShellOutcome(merged, b"", outcome.exit_code)
    if not v2:
        (data,) = _truncate(server, outcome.combined())
        _deliver(stream, data, drop)
        return
    stdout, stderr = _truncate(server, outcome.stdout, outcome.stderr)
    room = stream.conn.peer_maxdata - _V2_HEADER.size
    packets = bytearray()
    for packet_id, data in ((_V2_STDOUT, stdout), (_V2_STDERR, stderr)):
        for start in range(0, len(data), room):
            chunk = data[start : start + room]
            packets += _V2_HEADER.pack(packet_id, len(chunk)) + chunk
    if drop is not None:
        _deliver(stream, bytes(packets), drop)
    packets += _V2_HEADER.pack(_V2_EXIT, 1) + bytes([outcome.exit_code & 0xFF])
    stream.write(bytes(packets))


def serve_exec(server: PracticeAdbd, stream: Stream, service: str) -> None:
    # exec: has no protocol and no PTY; adbd sends the child's stderr down the same socket.
    command = service.partition(":")[2]
    _wait_latency(server)
    drop = server.config.take_drop()
    if drop is None and server.config.truncate_output is None and isinstance(server.backend, StreamingBackend):
        _stream_command(server, stream, command, v2=False, pty=False)
    else:
        (data,) = _truncate(server, _run_command(server, command).combined())
        _deliver(stream, data, drop)
    stream.finish()
    _after_command(server)


def serve_device_service(server: PracticeAdbd, stream: Stream, service: str) -> None:
    """``root:``, ``remount:``, ``tcpip:N``, ``usb:``, ``reboot:[target]``: the phone's answer, then
    what adbd does next (nothing, restart itself, or reboot the phone)."""
    backend = server.backend
    assert isinstance(backend, StreamingBackend)
    name, _, arg = service.partition(":")
    answer = backend.service(name, arg)
    if answer is None:
        stream.finish()
        return
    if answer.text:
        stream.write(answer.text)
    stream.finish()
    if answer.then == "restart-adbd":
        log.info("%s: adbd restarts (%s)", stream.conn.peer, service)
        server.restart_adbd()
    elif answer.then == "reboot":
        log.info("%s: the phone reboots (%s)", stream.conn.peer, service)
        server.reboot_phone()


def _deliver(stream: Stream, data: bytes, drop: DropKind | None) -> None:
    if drop is None:
        stream.write(data)
        return
    # The link dies part-way through the answer: half of the first WRTE, then nothing.
    partial = data[: min(len(data) // 2, stream.conn.peer_maxdata)]
    if partial:
        stream.write(partial)
    log.info("fault: dropping %s (%s) mid-command", stream.conn.peer, drop)
    stream.conn.abort(drop)
    raise Gone
