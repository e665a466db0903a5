"""The seam between the practice phone's ADB server (``adbd``) and the virtual phone behind it.

The protocol side knows packets, streams and keys; the phone side knows settings, packages and
output formats. Neither imports the other's internals: the server talks to anything that
implements :class:`PhoneBackend`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class ShellOutcome:
    """What one ``shell:`` command produced, as a real adbd would relay it."""

    stdout: bytes
    stderr: bytes
    exit_code: int


@dataclass(frozen=True)
class FileStat:
    mode: int  # st_mode, e.g. 0o100644 for a regular file, 0o040755 for a directory
    size: int
    mtime: int


class PhoneBackend(Protocol):
    """What the ADB server needs from a phone."""

    def banner(self) -> Mapping[str, str]:
        """``ro.product.name``, ``ro.product.model``, ``ro.product.device`` for the CNXN banner."""
        ...

    def run_shell(self, command: str) -> ShellOutcome:
        """Run one shell command line (may hold ``;``, ``&&``, quotes) as uid 2000 would."""
        ...

    @property
    def adb_enabled(self) -> bool:
        """False once ``settings put global adb_enabled 0`` ran: the server then drops every
        connection and refuses new ones, as a real phone does, until it is switched on again."""
        ...

    def stat(self, path: str) -> FileStat | None:
        """None when the path does not exist (or the shell user may not see it)."""
        ...

    def list_dir(self, path: str) -> list[tuple[str, FileStat]] | None:
        ...

    def read_file(self, path: str) -> bytes | None:
        """None when missing or not readable by the shell user (sync RECV answers FAIL)."""
        ...

    def write_file(self, path: str, data: bytes, mode: int, mtime: int) -> str | None:
        """Store a pushed file; returns an error message (sync FAIL) or None on success."""
        ...
