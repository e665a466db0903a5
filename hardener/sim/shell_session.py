"""A shell service with the host attached: ``adb shell CMD`` with stdin, and interactive ``adb shell``.

Non-interactive (raw): the command's stdin is the host's (``printf x | adb shell cat``); with no
command, sh reads its commands from stdin, a line at a time, as ``echo ls | adb shell`` does.
With a pty: a terminal's line discipline (echo, erase, Ctrl-C, Ctrl-D), stdout and stderr on one
output, and with no command an interactive prompt like Android's (``shiba:/ $ ``) with ``> `` for
a command that goes on over several lines. The shell keeps its variables and directory between
lines; ``exit`` ends the session with its status.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hardener.sim.backend import ShellIO
from hardener.sim.shell import Shell
from hardener.sim.shell_io import Interrupted, PtyInput, StreamInput, StreamSink
from hardener.sim.shell_syntax import ShellSyntaxError, ShellUnsupported, parse

if TYPE_CHECKING:
    from hardener.sim.phone import VirtualPhone

_INCOMPLETE = ("unexpected EOF", "unmatched", "no closing quote")


def run_session(phone: VirtualPhone, command: str | None, io: ShellIO, *, pty: bool) -> int:
    shell = Shell(phone)
    raw = StreamInput(phone, io)
    if not pty:
        shell.attach(io, raw)
        if command:
            return shell.run_line(command)
        return _script_from_stdin(shell, raw)
    out = StreamSink(io, 1)
    shell.attach(io, PtyInput(raw, echo=out.write))
    shell.tty = True
    shell.fds = {1: out, 2: out}  # a terminal has one output
    if command:
        try:
            return shell.run_line(command)
        except Interrupted:
            return 130
    return _interactive(shell, out)


def _complete(text: str) -> bool:
    """False while the text so far is the start of a longer command (an open ``for``, a quote)."""
    try:
        parse(text)
    except ShellSyntaxError as exc:
        return not any(word in str(exc) for word in _INCOMPLETE)
    except ShellUnsupported:
        return True
    return True


def _script_from_stdin(shell: Shell, raw: StreamInput) -> int:
    pending = ""
    while True:
        line = raw.read_line()
        if line is None:
            if pending.strip():
                shell.run_line(pending)
            return shell.status
        pending += line
        if _complete(pending):
            shell.run_line(pending)
            pending = ""
            if shell.exited:
                return shell.status


def _interactive(shell: Shell, out: StreamSink) -> int:
    assert shell.io is not None
    pending = ""
    while True:
        host = shell.vars.get("HOSTNAME", "localhost")
        out.write("> " if pending else f"{host}:{shell.cwd} $ ")
        try:
            line = shell.stdin.read_line()
        except Interrupted:
            pending = ""
            continue
        if line is None:
            return shell.status
        pending += line
        if not pending.strip():
            pending = ""
            continue
        if not _complete(pending):
            continue
        text, pending = pending, ""
        try:
            shell.run_line(text)
        except Interrupted:
            shell.status = 130
        if shell.exited:
            return shell.status
