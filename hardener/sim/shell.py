"""A small ``/system/bin/sh`` for the virtual phone: enough of mksh for what hardener sends.

Supported: ``;`` and newlines, ``&&``, ``||``, ``|``, ``!``, single and double quotes, backslash
escapes, ``$?``, ``$$``, ``$NAME`` and ``${NAME}`` (also inside double quotes), ``NAME=value``,
redirections ``>``, ``>>``, ``<``, ``N>``, ``N>&M``, ``&>``, and ``#`` comments.

Nothing is ever evaluated by Python ``eval``/``exec`` or a real shell: a word is text, and a
command is looked up in :mod:`hardener.sim.commands`. Command substitution (``$(...)``,
backticks, ``$((...))``) is refused and recorded in ``phone.shell_violations``, because if it
ever reaches the phone it means hardener pasted unquoted text into a command line; on a real
phone that text would run. Globs are not expanded (words with ``*`` stay literal). Compound
commands (``if``, ``for``, subshells) are refused the same way, as "not supported".
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

from hardener.sim.backend import ShellOutcome
from hardener.sim.shell_syntax import (
    SH,
    SPECIAL_PARAMS,
    AndOr,
    Part,
    Pipeline,
    ShellSyntaxError,
    ShellViolation,
    Simple,
    Word,
    parse,
    tokenize,
)

if TYPE_CHECKING:
    from hardener.sim.phone import VirtualPhone

# --- execution ------------------------------------------------------------------------------


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
    def __init__(self, path: str, append: bool) -> None:
        super().__init__()
        self.path = path
        self.append = append


class ExitShell(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class Shell:
    """One ``sh -c`` invocation: its variables, working directory and output streams."""

    def __init__(self, phone: VirtualPhone) -> None:
        self.phone = phone
        self.stdout = BufferSink()
        self.stderr = BufferSink()
        self.status = 0
        self.cwd = "/"
        self.vars: dict[str, str] = {
            "HOME": "/",
            "PATH": "/product/bin:/apex/com.android.runtime/bin:/apex/com.android.art/bin:"
            "/system_ext/bin:/system/bin:/system/xbin:/odm/bin:/vendor/bin:/vendor/xbin",
            "USER": "shell",
            "LOGNAME": "shell",
            "SHELL": SH,
            "TMPDIR": "/data/local/tmp",
            "ANDROID_DATA": "/data",
            "ANDROID_ROOT": "/system",
            "EXTERNAL_STORAGE": "/sdcard",
            "HOSTNAME": phone.props.get("ro.product.device", "localhost"),
        }

    # The sh pid is constant per phone: good enough for "$$" in temp file names.
    @property
    def pid(self) -> int:
        return 4242 + len(self.phone.command_log) % 20000

    def run(self, line: str) -> ShellOutcome:
        try:
            script = parse(line)
        except ShellSyntaxError as exc:
            self.stderr.write(f"{SH}: {exc}\n")
            return self._outcome(1)
        except ShellViolation as exc:
            if exc.injection:
                self.phone.shell_violations.append(line)
            else:
                self.phone.shell_unsupported.append(line)
            self.stderr.write(f"{SH}: {exc} is not supported by the practice phone\n")
            return self._outcome(2)
        try:
            for andor in script:
                self._run_andor(andor)
        except ExitShell as ex:
            self.status = ex.code
        return self._outcome(self.status)

    def _outcome(self, code: int) -> ShellOutcome:
        def enc(text: str) -> bytes:
            return text.encode("utf-8", "surrogateescape")

        return ShellOutcome(enc(self.stdout.text()), enc(self.stderr.text()), code & 0xFF)

    def _run_andor(self, andor: AndOr) -> None:
        self.status = self._run_pipeline(andor.first)
        for op, pipeline in andor.rest:
            if (op == "&&" and self.status == 0) or (op == "||" and self.status != 0):
                self.status = self._run_pipeline(pipeline)

    def _run_pipeline(self, pipeline: Pipeline) -> int:
        stdin: str | None = None
        status = 0
        last = len(pipeline.commands) - 1
        for idx, cmd in enumerate(pipeline.commands):
            pipe = BufferSink() if idx < last else None
            status = self._run_simple(cmd, stdin, pipe)
            stdin = pipe.text() if pipe is not None else None
        if pipeline.negate:
            status = 0 if status else 1
        return status

    # --- expansion --------------------------------------------------------------------------

    def _param(self, name: str) -> str:
        if name == "?":
            return str(self.status)
        if name == "$":
            return str(self.pid)
        if name == "0":
            return SH
        if name in ("#",):
            return "0"
        if name in SPECIAL_PARAMS:
            return ""
        return self.vars.get(name, "")

    def expand(self, word: Word) -> list[str]:
        """One word -> fields: unquoted variables split on blanks, like sh with the default IFS."""
        fields: list[str] = []
        cur: list[str] = []
        have = False  # a field is open (quoted text counts even when empty)
        parts = word.parts
        head = parts[0] if parts else None
        if head is not None and head.kind == "lit" and not head.quoted and (
            head.text == "~" or head.text.startswith("~/")
        ):
            parts = [Part(self.vars.get("HOME", "/").rstrip("/") + head.text[1:] or "/", "lit", True), *parts[1:]]
        for part in parts:
            if part.kind == "lit":
                cur.append(part.text)
                have = have or part.quoted or bool(part.text)
                continue
            value = self._param(part.text)
            if part.quoted:
                cur.append(value)
                have = True
                continue
            pieces = value.split()
            if not pieces:
                continue
            if value[0] in " \t\n" and have:
                fields.append("".join(cur))
                cur, have = [], False
            for k, piece in enumerate(pieces):
                if k > 0:
                    fields.append("".join(cur))
                    cur = []
                cur.append(piece)
                have = True
            if value[-1] in " \t\n":
                fields.append("".join(cur))
                cur, have = [], False
        if have:
            fields.append("".join(cur))
        return fields

    def expand_one(self, word: Word) -> str:
        return "".join(self._param(p.text) if p.kind == "var" else p.text for p in word.parts)

    def resolve(self, path: str) -> str:
        return posixpath.normpath(posixpath.join(self.cwd, path)) if path else self.cwd

    # --- simple commands --------------------------------------------------------------------

    def _run_simple(self, cmd: Simple, stdin: str | None, pipe: BufferSink | None) -> int:
        from hardener.sim.commands import Ctx, find_command, vfs
        from hardener.sim.commands.base import refused

        argv: list[str] = []
        for w in cmd.words:
            argv.extend(self.expand(w))
        fds: dict[int, Sink] = {1: pipe if pipe is not None else self.stdout, 2: self.stderr}
        files: list[FileSink] = []
        for red in cmd.redirects:
            target = self.expand_one(red.target)
            if red.op in (">&", "<&"):
                if target == "-":
                    fds[red.fd] = NullSink()
                    continue
                if not target.isdigit() or int(target) not in fds:
                    self.stderr.write(f"{SH}: {target}: bad file descriptor\n")
                    return 1
                fds[red.fd] = fds[int(target)]
                continue
            if red.op == "<":
                data = vfs.read(self.phone, self.resolve(target))
                if not isinstance(data, bytes):
                    self.stderr.write(f"{SH}: can't open {target}: {data}\n")
                    return 1
                stdin = data.decode("utf-8", "surrogateescape")
                continue
            path = self.resolve(target)
            sink: Sink
            if path == "/dev/null":
                sink = NullSink()
            else:
                problem = vfs.write(self.phone, path, b"", append=red.op == ">>", mode=0o666)
                if problem is not None:
                    self.stderr.write(f"{SH}: can't create {target}: {problem}\n")
                    return 1
                sink = FileSink(path, append=True)
                files.append(sink)
            if red.fd == -1:
                fds[1] = sink
                fds[2] = sink
            else:
                fds[red.fd] = sink
        try:
            if not argv:
                for name, value in cmd.assigns:
                    self.vars[name] = self.expand_one(value)
                return 0
            name = argv[0]
            handler = find_command(name)
            if self.phone.faults.refuses(argv):
                handler = refused
            if handler is None:
                fds[2].write(f"{SH}: {name}: inaccessible or not found\n")
                return 127
            ctx = Ctx(self.phone, self, argv, stdin, fds.get(1, NullSink()), fds.get(2, NullSink()))
            try:
                return handler(ctx) & 0xFF
            except ExitShell:
                raise
            except Exception as exc:  # a bug in a command must not take the ADB server down
                self.phone.internal_errors.append(f"{name}: {type(exc).__name__}: {exc}")
                fds[2].write(f"{SH}: {name}: practice phone internal error ({type(exc).__name__})\n")
                return 255
        finally:
            for f in files:
                data = f.text().encode("utf-8", "surrogateescape")
                if data:
                    vfs.write(self.phone, f.path, data, append=True, mode=0o666)


__all__ = [
    "SH", "BufferSink", "ExitShell", "FileSink", "NullSink", "Shell", "ShellSyntaxError", "ShellViolation",
    "Sink", "parse", "tokenize",
]
