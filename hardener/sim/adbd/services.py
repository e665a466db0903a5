"""The practice phone's ``shell:`` and ``exec:`` services, and which services restart adbd.

The phone behind the server (:class:`hardener.sim.backend.PhoneBackend`) runs the command; this
module frames its output as adbd does: shell protocol v2 packets with an exit packet, or a raw
byte stream (shell v1, ``exec:``), and applies the server's faults (latency, a link dropped
mid-answer, truncated output).
"""

from __future__ import annotations

import functools
import logging
import struct
from collections.abc import Callable
from typing import TYPE_CHECKING

from hardener.sim.adbd.stream import Gone, Stream
from hardener.sim.backend import ShellOutcome
from hardener.sim.faults import DropKind

if TYPE_CHECKING:
    from hardener.sim.adbd.server import PracticeAdbd

log = logging.getLogger(__name__)

ServiceHandler = Callable[[Stream, str], None]

# Services after which a real adbd restarts (adb_shell#231): the host sees the link drop.
RESTARTING_SERVICES = frozenset({"reboot", "root", "unroot", "tcpip", "usb", "remount"})

# Shell protocol v2 packet ids (shell_protocol.h).
_V2_STDOUT = 1
_V2_STDERR = 2
_V2_EXIT = 3
_V2_HEADER = struct.Struct("<BI")


def find_service(server: PracticeAdbd, base: str) -> ServiceHandler | None:
    """The handler for a service's base name (``shell``, ``exec``, ``sync``); None: refused."""
    from hardener.sim.adbd.sync import serve_sync

    handlers: dict[str, Callable[[PracticeAdbd, Stream, str], None]] = {
        "shell": serve_shell,
        "exec": serve_exec,
        "sync": serve_sync,
    }
    handler = handlers.get(base)
    return None if handler is None else functools.partial(handler, server)


def _run_command(server: PracticeAdbd, command: str) -> tuple[ShellOutcome, DropKind | None]:
    latency = server.config.latency_ms
    if latency > 0 and server.stopping.wait(latency / 1000.0):
        raise Gone
    drop = server.config.take_drop()
    try:
        outcome = server.backend.run_shell(command)
    except Exception as exc:
        log.exception("practice phone: run_shell(%r) failed", command)
        outcome = ShellOutcome(b"", f"practice phone: internal error: {type(exc).__name__}\n".encode(), 255)
    return outcome, drop


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


def serve_shell(server: PracticeAdbd, stream: Stream, service: str) -> None:
    head, _, command = service.partition(":")
    flags = head.split(",")[1:]
    v2 = "v2" in flags and "shell_v2" in server.config.features
    pty = "pty" in flags or ("raw" not in flags and command == "")
    outcome, drop = _run_command(server, command)
    if pty:
        # A PTY has one output and turns "\n" into "\r\n" (ONLCR).
        merged = (outcome.stdout + outcome.stderr).replace(b"\n", b"\r\n")
        outcome = ShellOutcome(merged, b"", outcome.exit_code)
    if not v2:
        (data,) = _truncate(server, outcome.stdout + outcome.stderr)
        _deliver(stream, data, drop)
    else:
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
    stream.finish()
    _after_command(server)


def serve_exec(server: PracticeAdbd, stream: Stream, service: str) -> None:
    # exec: has no protocol and no PTY; adbd sends the child's stderr down the same socket.
    outcome, drop = _run_command(server, service.partition(":")[2])
    (data,) = _truncate(server, outcome.stdout + outcome.stderr)
    _deliver(stream, data, drop)
    stream.finish()
    _after_command(server)


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
