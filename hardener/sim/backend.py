"""The seam between the practice phone's ADB server (``adbd``) and the virtual phone behind it.

The protocol side knows packets, streams and keys; the phone side knows settings, packages and
output formats. Neither imports the other's internals: the server talks to anything that
implements :class:`PhoneBackend`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class ShellOutcome:
    """What one ``shell:`` command produced, as a real adbd would relay it.

    ``merged`` is stdout and stderr interleaved in the order the command wrote them, which is what
    a host sees where the two share one stream (shell v1, ``exec:``, a pty); None means the
    backend does not know the order, and stdout then stderr is used.
    """

    stdout: bytes
    stderr: bytes
    exit_code: int
    merged: bytes | None = field(default=None, compare=False)

    def combined(self) -> bytes:
        return self.merged if self.merged is not None else self.stdout + self.stderr


class HostGone(Exception):
    """The host closed the stream (Ctrl-C, a dropped cable) while a command was still running."""


@runtime_checkable
class ShellIO(Protocol):
    """One shell stream as the phone sees it: the host's stdin, and stdout/stderr going back.

    adbd implements it per stream (shell v1, v2, pty, ``exec:``). Writes may be buffered until
    :meth:`flush`; a method raises :class:`HostGone` once the host has closed the stream.
    """

    def read_stdin(self) -> bytes | None:
        """What the host sent since the last call, without waiting: None if nothing yet,
        ``b""`` once stdin is closed (shell v2 close-stdin, or the stream's end)."""
        ...

    def write(self, fd: int, data: bytes) -> None:
        """``fd`` 1 is stdout, 2 stderr (a pty merges them, as a terminal does)."""
        ...

    def flush(self) -> None: ...

    @property
    def gone(self) -> bool:
        """True once the host closed the stream; long-running commands stop then."""
        ...


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


@runtime_checkable
class StreamingBackend(Protocol):
    """A phone that can run a command while the host is still sending it input (a real one).

    The server prefers this over :meth:`PhoneBackend.run_shell` where the phone offers it: stdin
    is forwarded (``printf x | adb shell cat``), output goes out as it is written, and an
    interactive ``adb shell`` (``command`` None) gets a prompt.
    """

    def run_streaming(self, command: str | None, io: ShellIO, *, pty: bool) -> int:
        """Run ``command`` (None: an interactive shell) against ``io``; returns the exit status."""
        ...

    def service(self, name: str, arg: str) -> ServiceAnswer | None:
        """Answer an adbd service other than shell/exec/sync (``reboot:``, ``root:``, ...); None
        when the phone does not have it (adbd then refuses the stream)."""
        ...

    def reboot(self, boot_s: float = 0.0) -> None:
        """Restart: keep what a phone keeps; ``sys.boot_completed`` is 1 again after ``boot_s``."""
        ...


@dataclass(frozen=True)
class ServiceAnswer:
    """What adbd prints for a service like ``root:``, and what the phone does next."""

    text: bytes
    then: str = "nothing"  # "nothing" | "restart-adbd" | "reboot"
