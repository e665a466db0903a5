"""The practice phone's ``sync:`` service: push, pull, stat and list (v1 ids, ``SYNC.TXT``).

Requests span WRTE boundaries in both directions, so they are read from the stream's byte
buffer, never from one packet.
"""

from __future__ import annotations

import stat
import struct
from typing import TYPE_CHECKING

from hardener.sim.adbd.stream import Stream

if TYPE_CHECKING:
    from hardener.sim.adbd.server import PracticeAdbd

# Sync protocol (file_sync_protocol.h).
_SYNC_REQUEST = struct.Struct("<4sI")
_SYNC_STAT = struct.Struct("<4sIII")
_SYNC_DENT = struct.Struct("<4sIIII")
_SYNC_DATA_MAX = 64 * 1024
_SYNC_PATH_MAX = 1024
_SYNC_PUSH_MAX = 256 * 1024 * 1024


def serve_sync(server: PracticeAdbd, stream: Stream, service: str) -> None:
    del service
    while True:
        request_id, length = _SYNC_REQUEST.unpack(stream.read_exact(_SYNC_REQUEST.size))
        if request_id == b"QUIT":
            return
        if length > _SYNC_PATH_MAX:
            stream.write(_sync_fail("path too long"))
            return
        path = stream.read_exact(length).decode("utf-8", "surrogateescape")
        if request_id == b"STAT":
            stream.write(_sync_stat(server, path))
        elif request_id == b"LIST":
            stream.write(_sync_list(server, path))
        elif request_id == b"RECV":
            stream.write(_sync_recv(server, path))
        elif request_id == b"SEND":
            reply = _sync_send(server, stream, path)
            stream.write(reply)
            if not reply.startswith(b"OKAY"):
                return
        else:
            stream.write(_sync_fail(f"unknown sync request {request_id!r}"))
            return


def _sync_stat(server: PracticeAdbd, path: str) -> bytes:
    found = server.backend.stat(path)
    if found is None:
        return _SYNC_STAT.pack(b"STAT", 0, 0, 0)
    return _SYNC_STAT.pack(b"STAT", found.mode & 0xFFFFFFFF, found.size & 0xFFFFFFFF, found.mtime & 0xFFFFFFFF)


def _sync_list(server: PracticeAdbd, path: str) -> bytes:
    entries = server.backend.list_dir(path) or []
    out = bytearray()
    for name, info in entries:
        raw = name.encode("utf-8", "surrogateescape")[:255]
        out += _SYNC_DENT.pack(
            b"DENT", info.mode & 0xFFFFFFFF, info.size & 0xFFFFFFFF, info.mtime & 0xFFFFFFFF, len(raw)
        )
        out += raw
    out += _SYNC_DENT.pack(b"DONE", 0, 0, 0, 0)
    return bytes(out)


def _sync_recv(server: PracticeAdbd, path: str) -> bytes:
    data = server.backend.read_file(path)
    if data is None:
        return _sync_fail("open failed: No such file or directory")
    out = bytearray()
    for start in range(0, len(data), _SYNC_DATA_MAX):
        chunk = data[start : start + _SYNC_DATA_MAX]
        out += _SYNC_REQUEST.pack(b"DATA", len(chunk)) + chunk
    out += _SYNC_REQUEST.pack(b"DONE", 0)
    return bytes(out)


def _sync_send(server: PracticeAdbd, stream: Stream, spec: str) -> bytes:
    path, comma, mode_text = spec.rpartition(",")
    mode = 0o100644
    if comma:
        try:
            mode = int(mode_text)
        except ValueError:
            path = spec
    else:
        path = spec
    if not stat.S_IFMT(mode):
        mode |= stat.S_IFREG
    received = bytearray()
    while True:
        chunk_id, size = _SYNC_REQUEST.unpack(stream.read_exact(_SYNC_REQUEST.size))
        if chunk_id == b"DONE":
            mtime = size
            break
        if chunk_id != b"DATA" or size > _SYNC_DATA_MAX:
            return _sync_fail(f"invalid data message {chunk_id!r} of {size} bytes")
        received += stream.read_exact(size)
        if len(received) > _SYNC_PUSH_MAX:
            return _sync_fail("file too large for the practice phone")
    error = server.backend.write_file(path, bytes(received), mode, mtime)
    if error is not None:
        return _sync_fail(error)
    return _SYNC_REQUEST.pack(b"OKAY", 0)


def _sync_fail(message: str) -> bytes:
    raw = message.encode("utf-8", "replace")
    return _SYNC_REQUEST.pack(b"FAIL", len(raw)) + raw
