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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, cast

from hardener.sim.backend import ShellOutcome

if TYPE_CHECKING:
    from hardener.sim.phone import VirtualPhone

SH = "/system/bin/sh"
_RESERVED = frozenset(
    {"if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until", "for",
     "function", "select", "{", "}", "[[", "]]", "time", "coproc"}
)
_SPECIAL_PARAMS = frozenset("?$!#@*-0123456789")


class ShellSyntaxError(Exception):
    """The line does not parse; nothing of it runs (mksh parses before it executes)."""


class ShellViolation(Exception):
    """The line asks for something the practice phone refuses to do and records.

    ``injection`` is True for command substitution: text that would *run* on a real phone.
    Other refusals (``if``, subshells, here-documents) are merely unsupported here.
    """

    def __init__(self, what: str, *, injection: bool = False) -> None:
        super().__init__(what)
        self.injection = injection


# --- syntax tree ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    text: str
    kind: Literal["lit", "var"]
    quoted: bool


@dataclass
class Word:
    parts: list[Part] = field(default_factory=list)

    def is_plain(self) -> bool:
        return all(p.kind == "lit" and not p.quoted for p in self.parts)

    def plain_text(self) -> str:
        return "".join(p.text for p in self.parts)


@dataclass
class Redirect:
    fd: int  # -1 for "&>" (stdout and stderr)
    op: str  # ">", ">>", "<", ">&", "<&"
    target: Word


@dataclass
class Simple:
    assigns: list[tuple[str, Word]] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    redirects: list[Redirect] = field(default_factory=list)


@dataclass
class Pipeline:
    commands: list[Simple]
    negate: bool = False


@dataclass
class AndOr:
    first: Pipeline
    rest: list[tuple[str, Pipeline]] = field(default_factory=list)  # ("&&"|"||", pipeline)


# --- lexer ----------------------------------------------------------------------------------

_Token = tuple[str, object]  # ("word", Word) | ("op", str) | ("redir", (fd, op))


def _read_param(s: str, i: int, quoted: bool) -> tuple[Part, int]:
    """``s[i]`` is ``$``. Returns the part and the index after it."""
    n = len(s)
    if i + 1 >= n:
        return Part("$", "lit", quoted), i + 1
    c = s[i + 1]
    if c == "(":
        raise ShellViolation("command substitution", injection=True)
    if c == "{":
        end = s.find("}", i + 2)
        if end < 0:
            raise ShellSyntaxError("${: bad substitution")
        name = s[i + 2 : end]
        if name in _SPECIAL_PARAMS or (name and (name[0].isalpha() or name[0] == "_")
                                       and all(ch.isalnum() or ch == "_" for ch in name)):
            return Part(name, "var", quoted), end + 1
        raise ShellSyntaxError(f"${{{name}}}: bad substitution")
    if c in _SPECIAL_PARAMS:
        return Part(c, "var", quoted), i + 2
    if c.isalpha() or c == "_":
        j = i + 1
        while j < n and (s[j].isalnum() or s[j] == "_"):
            j += 1
        return Part(s[i + 1 : j], "var", quoted), j
    return Part("$", "lit", quoted), i + 1


def tokenize(s: str) -> list[_Token]:
    tokens: list[_Token] = []
    parts: list[Part] = []
    started = False  # a word is in progress (even an empty quoted one: '')
    i = 0
    n = len(s)

    def flush() -> None:
        nonlocal parts, started
        if started:
            tokens.append(("word", Word(parts)))
        parts = []
        started = False

    def lit(text: str, quoted: bool) -> None:
        nonlocal started
        started = True
        if parts and parts[-1].kind == "lit" and parts[-1].quoted == quoted:
            parts[-1] = Part(parts[-1].text + text, "lit", quoted)
        else:
            parts.append(Part(text, "lit", quoted))

    while i < n:
        c = s[i]
        if c in " \t\r":
            flush()
            i += 1
        elif c == "\n":
            flush()
            tokens.append(("op", ";"))
            i += 1
        elif c == "#" and not started:
            while i < n and s[i] != "\n":
                i += 1
        elif c == "'":
            end = s.find("'", i + 1)
            if end < 0:
                raise ShellSyntaxError("no closing quote")
            lit(s[i + 1 : end], True)
            i = end + 1
        elif c == '"':
            started = True
            i += 1
            buf: list[str] = []
            closed = False
            while i < n:
                d = s[i]
                if d == '"':
                    closed = True
                    i += 1
                    break
                if d == "\\" and i + 1 < n and s[i + 1] in '$`"\\\n':
                    if s[i + 1] != "\n":
                        buf.append(s[i + 1])
                    i += 2
                elif d == "`":
                    raise ShellViolation("command substitution", injection=True)
                elif d == "$":
                    part, i = _read_param(s, i, True)
                    if part.kind == "var":
                        if buf:
                            lit("".join(buf), True)
                            buf = []
                        parts.append(part)
                    else:
                        buf.append(part.text)
                else:
                    buf.append(d)
                    i += 1
            if not closed:
                raise ShellSyntaxError("no closing quote")
            if buf:
                lit("".join(buf), True)
        elif c == "\\":
            if i + 1 < n:
                if s[i + 1] != "\n":
                    lit(s[i + 1], True)
                i += 2
            else:
                lit("\\", False)
                i += 1
        elif c == "`":
            raise ShellViolation("command substitution", injection=True)
        elif c == "$":
            part, i = _read_param(s, i, False)
            started = True
            if part.kind == "var":
                parts.append(part)
            else:
                lit(part.text, False)
        elif c == ";":
            flush()
            if s.startswith(";;", i):
                raise ShellSyntaxError("syntax error: ';;' unexpected")
            tokens.append(("op", ";"))
            i += 1
        elif c == "&":
            flush()
            if s.startswith("&&", i):
                tokens.append(("op", "&&"))
                i += 2
            elif s.startswith("&>", i):
                op = ">>" if s.startswith("&>>", i) else ">"
                tokens.append(("redir", (-1, op)))
                i += 1 + len(op)
            else:
                tokens.append(("op", ";"))  # background: run it now, the output order is the same
                i += 1
        elif c == "|":
            flush()
            if s.startswith("||", i):
                tokens.append(("op", "||"))
                i += 2
            else:
                tokens.append(("op", "|"))
                i += 1
        elif c in "<>":
            fd = -2
            if started and parts and all(p.kind == "lit" and not p.quoted for p in parts):
                text = "".join(p.text for p in parts)
                if text.isdigit() and len(text) < 3:
                    fd = int(text)
                    parts = []
                    started = False
            flush()
            if s.startswith("<<", i):
                raise ShellViolation("here-document")
            if c == ">":
                for op in (">>", ">&", ">|", ">"):
                    if s.startswith(op, i):
                        break
                i += len(op)
                op = ">" if op == ">|" else op
                tokens.append(("redir", (1 if fd == -2 else fd, op)))
            else:
                op = "<&" if s.startswith("<&", i) else "<"
                i += len(op)
                tokens.append(("redir", (0 if fd == -2 else fd, op)))
        elif c in "()":
            raise ShellViolation("subshell")
        else:
            j = i
            while j < n and s[j] not in " \t\r\n'\"\\`$;&|<>()":
                j += 1
            lit(s[i:j], False)
            i = j
    flush()
    return tokens


# --- parser ---------------------------------------------------------------------------------


def parse(s: str) -> list[AndOr]:
    tokens = tokenize(s)
    script: list[AndOr] = []
    pos = 0
    n = len(tokens)

    def parse_simple() -> Simple:
        nonlocal pos
        cmd = Simple()
        while pos < n:
            kind, val = tokens[pos]
            if kind == "op":
                break
            if kind == "redir":
                fd, op = cast(tuple[int, str], val)
                pos += 1
                if pos >= n or tokens[pos][0] != "word":
                    raise ShellSyntaxError("syntax error: newline unexpected")
                target = tokens[pos][1]
                assert isinstance(target, Word)
                cmd.redirects.append(Redirect(fd, op, target))
                pos += 1
                continue
            assert isinstance(val, Word)
            if not cmd.words and val.parts and val.parts[0].kind == "lit" and not val.parts[0].quoted:
                head = val.parts[0].text
                eq = head.find("=")
                name = head[:eq]
                if eq > 0 and (name[0].isalpha() or name[0] == "_") and all(
                    ch.isalnum() or ch == "_" for ch in name
                ):
                    rest = [Part(head[eq + 1 :], "lit", False), *val.parts[1:]]
                    cmd.assigns.append((name, Word([p for p in rest if p.text or p.kind == "var"])))
                    pos += 1
                    continue
            if not cmd.words and val.is_plain() and val.plain_text() in _RESERVED:
                raise ShellViolation(f"'{val.plain_text()}'")
            cmd.words.append(val)
            pos += 1
        return cmd

    def parse_pipeline() -> Pipeline:
        nonlocal pos
        negate = False
        if pos < n and tokens[pos][0] == "word":
            w = tokens[pos][1]
            assert isinstance(w, Word)
            if w.is_plain() and w.plain_text() == "!":
                negate = True
                pos += 1
        cmds = [parse_simple()]
        while pos < n and tokens[pos] == ("op", "|"):
            pos += 1
            cmds.append(parse_simple())
        for c in cmds:
            if not c.words and not c.assigns and not c.redirects:
                raise ShellSyntaxError("syntax error: '|' unexpected")
        return Pipeline(cmds, negate)

    while pos < n:
        if tokens[pos] == ("op", ";"):
            pos += 1
            continue
        if tokens[pos][0] == "op":
            raise ShellSyntaxError(f"syntax error: '{tokens[pos][1]}' unexpected")
        andor = AndOr(parse_pipeline())
        while pos < n and tokens[pos][0] == "op" and tokens[pos][1] in ("&&", "||"):
            op = tokens[pos][1]
            assert isinstance(op, str)
            pos += 1
            while pos < n and tokens[pos] == ("op", ";") and s.count("\n"):
                pos += 1  # "a &&\n b" continues on the next line
            if pos >= n or tokens[pos][0] == "op":
                raise ShellSyntaxError(f"syntax error: '{op}' unexpected")
            andor.rest.append((op, parse_pipeline()))
        if pos < n and tokens[pos][0] == "op" and tokens[pos][1] not in (";",):
            raise ShellSyntaxError(f"syntax error: '{tokens[pos][1]}' unexpected")
        script.append(andor)
    return script


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
        if name in _SPECIAL_PARAMS:
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
