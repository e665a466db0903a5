"""Where a practice-phone command reads and writes: stdin sources, output sinks, a pty's line rules.

Text inside the shell is ``str`` decoded with ``surrogateescape``, so arbitrary bytes (an APK
``cat`` to ``exec-out``) pass through unchanged. A command that reads stdin from the host
(:class:`StreamInput`) waits without holding the phone: :meth:`VirtualPhone.idle` lets other
connections run meanwhile, as on a real phone.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from typing import TYPE_CHECKING

from hardener.sim.backend import HostGone, ShellIO

if TYPE_CHECKING:
    from hardener.sim.phone import VirtualPhone

_POLL_S = 0.02


def encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def decode(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


class Interrupted(Exception):
    """Ctrl-C on a pty: the running command stops with status 130, the shell goes on."""


# --- stdin ------------------------------------------------------------------------------------


class Input:
    """A command's standard input. ``read_chunk`` gives what is there (waiting for some)."""

    def read_chunk(self) -> str:
        return ""

    def read_all(self) -> str:
        out: list[str] = []
        while chunk := self.read_chunk():
            out.append(chunk)
        return "".join(out)

    def read_line(self) -> str | None:
        """One line with its newline (or the last, unterminated one); None at EOF."""
        return None

    def read_bytes(self, size: int) -> bytes:
        """Exactly ``size`` bytes (fewer at EOF): ``pm install -S SIZE`` reads an APK this way."""
        return encode(self.read_all())[:size]

    def check_interrupt(self) -> None:
        """Raise :class:`Interrupted` if Ctrl-C was typed on a pty (a no-op for other input)."""


class TextInput(Input):
    """A pipe's contents, a file (``< file``), a here-document: all known up front."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0

    def read_chunk(self) -> str:
        out = self._text[self._pos :]
        self._pos = len(self._text)
        return out

    def read_bytes(self, size: int) -> bytes:
        data = encode(self._text[self._pos :])
        self._pos = len(self._text)
        out, rest = data[:size], data[size:]
        self._text, self._pos = decode(rest), 0
        return out

    def read_line(self) -> str | None:
        if self._pos >= len(self._text):
            return None
        end = self._text.find("\n", self._pos)
        end = len(self._text) if end < 0 else end + 1
        line = self._text[self._pos : end]
        self._pos = end
        return line


class StreamInput(Input):
    """The host's stdin, arriving while the command runs (``printf x | adb shell cat``)."""

    def __init__(self, phone: VirtualPhone, io: ShellIO) -> None:
        self._phone = phone
        self._io = io
        self._decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
        self._pending = ""
        self._eof = False

    def _fill(self) -> None:
        if self._pending or self._eof:
            return
        self._phone.flush(self._io)
        while True:
            data = self._io.read_stdin()
            if data == b"":
                self._eof = True
                self._pending += self._decoder.decode(b"", final=True)
                return
            if data:
                self._pending += self._decoder.decode(data)
                if self._pending:
                    return
            elif self._io.gone:
                raise HostGone
            else:
                self._phone.idle(_POLL_S)

    def read_chunk(self) -> str:
        self._fill()
        out, self._pending = self._pending, ""
        return out

    def take_now(self) -> str:
        """What has arrived, without waiting (may be nothing)."""
        data = self._io.read_stdin()
        if data:
            self._pending += self._decoder.decode(data)
        elif data == b"":
            self._eof = True
        out, self._pending = self._pending, ""
        return out

    def read_bytes(self, size: int) -> bytes:
        buf = bytearray(encode(self._pending))
        self._pending = ""
        buf += self._decoder.getstate()[0]
        self._decoder.reset()
        self._phone.flush(self._io)
        while len(buf) < size and not self._eof:
            data = self._io.read_stdin()
            if data == b"":
                self._eof = True
            elif data:
                buf += data
            elif self._io.gone:
                raise HostGone
            else:
                self._phone.idle(_POLL_S)
        out, rest = bytes(buf[:size]), bytes(buf[size:])
        self._pending = self._decoder.decode(rest)
        return out

    def read_line(self) -> str | None:
        while "\n" not in self._pending and not self._eof:
            pending, self._pending = self._pending, ""
            self._fill()  # gets something or reaches EOF
            self._pending = pending + self._pending
        if not self._pending:
            return None
        end = self._pending.find("\n")
        end = len(self._pending) if end < 0 else end + 1
        line, self._pending = self._pending[:end], self._pending[end:]
        return line


class PtyInput(Input):
    """A terminal's line discipline over the host's keystrokes: echo, erase, ^C, ^D, ^U.

    Canonical mode, as ``adb shell`` gives a program: input arrives a line at a time, each
    key is echoed back, Ctrl-C interrupts (:class:`Interrupted`), Ctrl-D on an empty line is EOF.
    """

    def __init__(self, raw: StreamInput, echo: Callable[[str], None]) -> None:
        self._raw = raw
        self._echo = echo
        self._keys = ""
        self._eof = False

    def read_line(self) -> str | None:
        line: list[str] = []
        while True:
            if not self._keys:
                if self._eof:
                    return "".join(line) or None
                self._keys = self._raw.read_chunk()
                if not self._keys:
                    self._eof = True
                    continue
            key, self._keys = self._keys[0], self._keys[1:]
            if key in "\r\n":
                self._echo("\n")
                return "".join(line) + "\n"
            if key == "\x03":
                self._echo("^C\n")
                raise Interrupted
            if key == "\x04":
                if not line:
                    return None
                return "".join(line)
            if key in "\x7f\x08":
                if line:
                    line.pop()
                    self._echo("\b \b")
            elif key == "\x15":
                self._echo("\b \b" * len(line))
                line.clear()
            elif key == "\x1b":
                self._keys = _drop_escape(self._keys)
            elif key >= " " or key == "\t":
                line.append(key)
                self._echo(key)

    def read_chunk(self) -> str:
        return self.read_line() or ""

    def check_interrupt(self) -> None:
        self._keys += self._raw.take_now()
        if "\x03" in self._keys:
            self._keys = self._keys[self._keys.index("\x03") + 1 :]
            self._echo("^C\n")
            raise Interrupted


def _drop_escape(rest: str) -> str:
    """Arrow keys and the like (``ESC [ A``): this prompt has no history, so they are ignored."""
    if rest.startswith("["):
        i = 1
        while i < len(rest) and not rest[i].isalpha() and rest[i] != "~":
            i += 1
        return rest[i + 1 :]
    return rest[1:]


# --- output -----------------------------------------------------------------------------------


class Sink:
    """Where one file descriptor of a command goes."""

    def write(self, text: str) -> None:
        raise NotImplementedError


class BufferSink(Sink):
    def __init__(self) -> None:
        self.chunks: list[str] = []

    def write(self, text: str) -> None:
        if text:
            self.chunks.append(text)

    def text(self) -> str:
        return "".join(self.chunks)


class NullSink(Sink):
    def write(self, text: str) -> None:
        pass


class FileSink(BufferSink):
    """Output redirected to a file; written to the phone's file system when the command ends."""

    def __init__(self, path: str, append: bool) -> None:
        super().__init__()
        self.path = path
        self.append = append


class Recorder:
    """stdout and stderr of a buffered run, and the order they were written in."""

    def __init__(self) -> None:
        self.events: list[tuple[int, str]] = []

    def sink(self, fd: int) -> Sink:
        recorder = self

        class _Fd(Sink):
            def write(self, text: str) -> None:
                if text:
                    recorder.events.append((fd, text))

        return _Fd()

    def text(self, fd: int | None = None) -> str:
        return "".join(t for f, t in self.events if fd is None or f == fd)


class StreamSink(Sink):
    """Straight to the host: adbd frames it (v1 bytes, v2 packets, a pty's ``\\r\\n``)."""

    def __init__(self, io: ShellIO, fd: int) -> None:
        self._io = io
        self._fd = fd

    def write(self, text: str) -> None:
        if text:
            self._io.write(self._fd, encode(text))
