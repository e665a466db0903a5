"""The practice phone's ``/system/bin/sh``: a faithful subset of mksh, run over the phone's records.

Grammar in :mod:`hardener.sim.shell_syntax`, expansion in :mod:`hardener.sim.shell_expand`,
``$((...))`` in :mod:`hardener.sim.shell_arith`. Commands are looked up in
:mod:`hardener.sim.commands`; nothing is ever run by Python ``eval``/``exec`` or a real shell.
mksh behaviour kept: the line is parsed whole before anything runs; the last command of a
pipeline runs in the current shell (``echo a | read x`` sets ``x``); other pipeline parts,
``( ... )`` and ``$(...)`` run in copies whose variables do not leak back. Deliberate
differences: pipeline parts run one after another (so ``yes | head`` is not available), and
``&`` runs the job at once.

**The audit log.** hardener itself must only ever send plain commands joined by ``;``/``&&``/
``||``. Every use of a construct it never writes (command substitution, backticks, arithmetic,
pipes, ``if``/``for``/``while``/``case``, subshells, functions, globs, here-documents, ``eval``)
is appended to ``phone.shell_features_used`` as ``(feature, line)``, and ``$(...)``, backticks
and ``$((...))`` also to ``phone.shell_violations``: they now run, as on a real phone, but a test
still sees if hardener ever pasted unquoted text into a command line.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from hardener.sim.backend import HostGone, ShellIO, ShellOutcome
from hardener.sim.shell_arith import ArithError, evaluate
from hardener.sim.shell_builtins import BUILTINS, Break, ExitShell, Return, default_environment
from hardener.sim.shell_expand import ExpansionError, expand_pattern, expand_string, expand_words, matches
from hardener.sim.shell_io import (
    BufferSink,
    FileSink,
    Input,
    Interrupted,
    NullSink,
    Recorder,
    Sink,
    StreamInput,
    StreamSink,
    TextInput,
    decode,
    encode,
)
from hardener.sim.shell_syntax import (
    SH,
    AndOr,
    Case,
    CmdSub,
    Command,
    Compound,
    For,
    FuncDef,
    Group,
    If,
    Pipeline,
    Redirect,
    Script,
    ShellSyntaxError,
    ShellUnsupported,
    Simple,
    While,
    parse,
)

if TYPE_CHECKING:
    from hardener.sim.phone import VirtualPhone

INJECTION_FEATURES = frozenset({"command substitution", "arithmetic"})
_MAX_DEPTH = 100
_LOOP_LIMIT = 100_000  # a runaway "while true" ends instead of hanging a test


class Shell:
    """One ``sh`` process: variables, functions, working directory, and its open descriptors."""

    def __init__(self, phone: VirtualPhone, *, line: str = "", parent: Shell | None = None) -> None:
        self.phone = phone
        self.line = line
        self.status = 0
        self.depth: int = 0 if parent is None else parent.depth + 1
        self.frames: list[str] = []
        self.exited = False  # ``exit`` ran: an interactive session ends
        self.tty: bool = parent.tty if parent is not None else False  # stdin/stdout are a pty
        self.sub_status: int | None = None  # status of the last $(...) in the current command
        self.vars: dict[str, str]
        self.positional: list[str]
        self.functions: dict[str, Command]
        self.stdin: Input
        self.fds: dict[int, Sink]
        self.io: ShellIO | None
        if parent is not None:
            self.vars = dict(parent.vars)
            self.positional = list(parent.positional)
            self.functions = dict(parent.functions)
            self.cwd: str = parent.cwd
            self.stdin = parent.stdin
            self.fds = dict(parent.fds)
            self.pid: int = parent.pid
            self.io = parent.io
            self.status = parent.status
        else:
            self.vars = default_environment(phone)
            self.positional = []
            self.functions = {}
            self.cwd = "/"
            self.stdin = TextInput("")
            self.fds = {1: NullSink(), 2: NullSink()}
            self.pid = phone.next_pid()
            self.io = None

    # --- entry points -----------------------------------------------------------------------

    def run(self, line: str, stdin: Input | None = None) -> ShellOutcome:
        """Run a whole ``sh -c`` line, buffering its output (tests, and what adbd sends at once)."""
        recorder = Recorder()
        self.fds = {1: recorder.sink(1), 2: recorder.sink(2)}
        if stdin is not None:
            self.stdin = stdin
        code = self.run_line(line)
        return ShellOutcome(encode(recorder.text(1)), encode(recorder.text(2)), code & 0xFF,
                            merged=encode(recorder.text()))

    def run_streaming(self, line: str, io: ShellIO) -> int:
        """Run a line with the host's stdin and output going straight to it."""
        self.attach(io)
        return self.run_line(line)

    def attach(self, io: ShellIO, stdin: Input | None = None) -> None:
        self.io = io
        self.stdin = stdin if stdin is not None else StreamInput(self.phone, io)
        self.fds = {1: StreamSink(io, 1), 2: StreamSink(io, 2)}

    def run_line(self, line: str) -> int:
        """Parse, log the constructs used, run; the exit status as ``sh -c`` would return it."""
        self.line = line
        try:
            script = parse(line)
        except ShellSyntaxError as exc:
            self.fds[2].write(f"{SH}: {exc}\n")
            return 1
        except ShellUnsupported as exc:
            self.phone.shell_unsupported.append(line)
            self.fds[2].write(f"{SH}: {exc} is not supported by the practice phone\n")
            return 2
        for feature in sorted(script.features):
            self.note_feature(feature)
        try:
            self.run_script(script)
        except ExitShell as ex:
            self.status = ex.code
            self.exited = True
        except (Break, Return):
            pass
        return self.status & 0xFF

    def note_feature(self, feature: str) -> None:
        self.phone.note_shell_feature(feature, self.line)

    # --- lists and pipelines ----------------------------------------------------------------

    def run_script(self, script: Script) -> int:
        for andor in script.items:
            self._run_andor(andor)
        return self.status

    def _run_andor(self, andor: AndOr) -> None:
        self.status = self._run_pipeline(andor.first)
        for op, pipeline in andor.rest:
            if (op == "&&" and self.status == 0) or (op == "||" and self.status != 0):
                self.status = self._run_pipeline(pipeline)

    def _run_pipeline(self, pipeline: Pipeline) -> int:
        status = 0
        last = len(pipeline.commands) - 1
        feed = self.stdin
        for idx, cmd in enumerate(pipeline.commands):
            if idx == last:
                saved = self.stdin
                self.stdin = feed
                try:
                    status = self.run_command(cmd)
                finally:
                    self.stdin = saved
                break
            child = Shell(self.phone, line=self.line, parent=self)
            pipe = BufferSink()
            child.stdin, child.fds[1] = feed, pipe
            try:
                child.run_command(cmd)
            except ExitShell:
                pass
            except (Break, Return):
                pass
            feed = TextInput(pipe.text())
        return (0 if status else 1) if pipeline.negate else status

    # --- commands ---------------------------------------------------------------------------

    def run_command(self, cmd: Command) -> int:
        if isinstance(cmd, Simple):
            return self._run_simple(cmd)
        with self._redirected(cmd.redirects) as ok:
            if not ok:
                return 1
            return self._run_compound(cmd)

    def _run_compound(self, cmd: Compound) -> int:
        node = cmd.node
        if isinstance(node, If):
            for cond, body in node.clauses:
                self.run_script(cond)
                if self.status == 0:
                    return self.run_script(body)
            if node.otherwise is not None:
                return self.run_script(node.otherwise)
            self.status = 0
            return 0
        if isinstance(node, For):
            items = self.positional if node.items is None else expand_words(self, node.items)
            self.status = 0
            for value in items:
                self.vars[node.var] = value
                if self._loop_body(node.body):
                    break
            return self.status
        if isinstance(node, While):
            status = 0
            for _ in range(_LOOP_LIMIT):
                self.run_script(node.cond)
                if (self.status == 0) == node.until:
                    break
                if self._loop_body(node.body):
                    status = self.status
                    break
                status = self.status
            self.status = status
            return status
        if isinstance(node, Case):
            subject = expand_string(self, node.subject)
            self.status = 0
            for patterns, body in node.arms:
                if any(matches(expand_pattern(self, p), subject) for p in patterns):
                    return self.run_script(body)
            return 0
        if isinstance(node, Group):
            if not node.subshell:
                return self.run_script(node.body)
            child = Shell(self.phone, line=self.line, parent=self)
            try:
                self.status = child.run_script(node.body)
            except ExitShell as ex:
                self.status = ex.code
            return self.status
        assert isinstance(node, FuncDef)
        self.functions[node.name] = node.body
        self.status = 0
        return 0

    def _loop_body(self, body: Script) -> bool:
        """Run one pass; True when ``break`` ends the loop here."""
        try:
            self.run_script(body)
        except Break as brk:
            if brk.levels > 1:
                raise Break(brk.levels - 1, brk.again) from None
            return not brk.again
        return False

    def _run_simple(self, cmd: Simple) -> int:
        from hardener.sim.commands import Ctx, find_command
        from hardener.sim.commands.base import refused

        self.sub_status = None
        try:
            argv = expand_words(self, cmd.words)
            values = [(name, expand_string(self, value)) for name, value in cmd.assigns]
        except ExpansionError as exc:
            self.fds[2].write(f"{SH}: {exc}\n")
            self.status = 1
            return 1
        except ArithError as exc:
            self.fds[2].write(f"{SH}: {exc}\n")
            self.status = 1
            return 1
        if not argv:
            for name, value in values:
                self.vars[name] = value
            with self._redirected(cmd.redirects) as ok:
                if not ok:
                    return 1
                return self.sub_status if self.sub_status is not None else 0
        saved_vars = {name: self.vars.get(name) for name, _ in values}
        for name, value in values:
            self.vars[name] = value
        try:
            if argv[0] == "exec" and len(argv) == 1:
                return self._exec_redirects(cmd.redirects)
            with self._redirected(cmd.redirects) as ok:
                if not ok:
                    return 1
                name = argv[0]
                if name in self.functions:
                    return self._call_function(name, argv[1:])
                builtin = BUILTINS.get(name)
                if builtin is not None:
                    return builtin(self, argv)
                handler = find_command(name)
                if self.phone.faults.refuses(argv):
                    handler = refused
                if handler is None:
                    self.fds[2].write(f"{SH}: {name}: inaccessible or not found\n")
                    return 127
                ctx = Ctx(self.phone, self, argv, self.stdin, self.fds.get(1, NullSink()), self.fds.get(2, NullSink()))
                try:
                    return handler(ctx) & 0xFF
                except (ExitShell, Break, Return, HostGone, Interrupted):
                    raise
                except Exception as exc:  # a bug in a command must not take the ADB server down
                    self.phone.internal_errors.append(f"{name}: {type(exc).__name__}: {exc}")
                    self.fds[2].write(f"{SH}: {name}: practice phone internal error ({type(exc).__name__})\n")
                    return 255
        finally:
            for name, old in saved_vars.items():
                if old is None:
                    self.vars.pop(name, None)
                else:
                    self.vars[name] = old

    def _call_function(self, name: str, args: list[str]) -> int:
        if self.depth + len(self.frames) > _MAX_DEPTH:
            self.fds[2].write(f"{SH}: {name}: too many levels of recursion\n")
            return 1
        saved = self.positional
        self.positional = list(args)
        self.frames.append(name)
        try:
            return self.run_command(self.functions[name])
        except Return as ret:
            self.status = ret.code
            return ret.code
        finally:
            self.frames.pop()
            self.positional = saved

    # --- redirections -----------------------------------------------------------------------

    @contextmanager
    def _redirected(self, redirects: list[Redirect]) -> Iterator[bool]:
        if not redirects:
            yield True
            return
        saved_stdin, saved_fds = self.stdin, dict(self.fds)
        files: list[FileSink] = []
        try:
            yield self._apply_redirects(redirects, files)
        finally:
            self.stdin, self.fds = saved_stdin, saved_fds
            self._flush_files(files)

    def _exec_redirects(self, redirects: list[Redirect]) -> int:
        files: list[FileSink] = []
        return 0 if self._apply_redirects(redirects, files) else 1

    def _flush_files(self, files: list[FileSink]) -> None:
        from hardener.sim.commands import vfs

        for f in files:
            data = encode(f.text())
            if data:
                vfs.write(self.phone, f.path, data, append=True, mode=0o666)

    def _apply_redirects(self, redirects: list[Redirect], files: list[FileSink]) -> bool:
        from hardener.sim.commands import vfs

        for red in redirects:
            if red.op == "<<":
                self.stdin = TextInput(expand_string(self, red.here))
                continue
            target = expand_string(self, red.target)
            if red.op in (">&", "<&"):
                if target == "-":
                    if red.fd == 0:
                        self.stdin = TextInput("")
                    else:
                        self.fds[red.fd] = NullSink()
                    continue
                if red.fd == 0 or red.op == "<&":
                    continue  # input duplication: stdin stays what it is
                if not target.isdigit() or int(target) not in self.fds:
                    self.fds[2].write(f"{SH}: {target}: bad file descriptor\n")
                    return False
                self.fds[red.fd] = self.fds[int(target)]
                continue
            path = self.resolve(target)
            if red.op in ("<", "<>"):
                if path == "/dev/null":
                    self.stdin = TextInput("")
                    continue
                data = vfs.read(self.phone, path)
                if not isinstance(data, bytes):
                    self.fds[2].write(f"{SH}: can't open {target}: {data}\n")
                    return False
                self.stdin = TextInput(decode(data))
                continue
            sink: Sink
            if path == "/dev/null":
                sink = NullSink()
            else:
                problem = vfs.write(self.phone, path, b"", append=red.op == ">>", mode=0o666)
                if problem is not None:
                    self.fds[2].write(f"{SH}: can't create {target}: {problem}\n")
                    return False
                sink = FileSink(path, append=True)
                files.append(sink)
            if red.fd == -1:
                self.fds[1] = sink
                self.fds[2] = sink
            else:
                self.fds[red.fd] = sink
        return True

    # --- expansion services -----------------------------------------------------------------

    def param(self, name: str) -> str:
        if name == "?":
            return str(self.status)
        if name == "$":
            return str(self.pid)
        if name == "0":
            return SH
        if name == "#":
            return str(len(self.positional))
        if name in ("@", "*"):
            return " ".join(self.positional)
        if name.isdigit():
            k = int(name)
            return self.positional[k - 1] if 0 < k <= len(self.positional) else ""
        if name in ("!", "-"):
            return "" if name == "!" else "hB"
        value: str = self.vars.get(name, "")
        return value

    def command_substitution(self, sub: CmdSub) -> str:
        if self.depth >= _MAX_DEPTH:
            raise ExpansionError("too many levels of command substitution")
        child = Shell(self.phone, line=self.line, parent=self)
        out = BufferSink()
        child.fds[1] = out
        try:
            child.run_script(sub.body)
        except ExitShell as ex:
            child.status = ex.code
        except (Break, Return):
            pass
        self.sub_status = child.status
        return out.text().rstrip("\n")

    def arithmetic(self, text: str) -> str:
        try:
            return str(evaluate(text, self.vars))
        except ArithError as exc:
            raise ArithError(f"{text.strip()}: {exc}") from None

    def resolve(self, path: str) -> str:
        return posixpath.normpath(posixpath.join(self.cwd, path)) if path else self.cwd

    def write_err(self, text: str) -> None:
        self.fds[2].write(text)

    def run_text(self, text: str) -> int:
        """``eval``: the text is parsed and run here, with this shell's variables."""
        try:
            script = parse(text)
        except ShellSyntaxError as exc:
            self.fds[2].write(f"{SH}: {exc}\n")
            return 1
        except ShellUnsupported as exc:
            self.fds[2].write(f"{SH}: {exc} is not supported by the practice phone\n")
            return 2
        for feature in script.features:
            self.note_feature(feature)
        return self.run_script(script)


__all__ = [
    "SH",
    "BufferSink",
    "ExitShell",
    "FileSink",
    "NullSink",
    "Shell",
    "ShellSyntaxError",
    "ShellUnsupported",
    "Sink",
    "default_environment",
    "parse",
]
