"""The practice phone's sh grammar: the lexer and parser (what mksh would accept), no execution.

Kept apart from :mod:`hardener.sim.shell` (which runs the tree) so the grammar can be read and
tested on its own; see that module for what is supported and what is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, cast

SH = "/system/bin/sh"
_RESERVED = frozenset(
    {"if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until", "for",
     "function", "select", "{", "}", "[[", "]]", "time", "coproc"}
)
SPECIAL_PARAMS = frozenset("?$!#@*-0123456789")


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
        if name in SPECIAL_PARAMS or (name and (name[0].isalpha() or name[0] == "_")
                                       and all(ch.isalnum() or ch == "_" for ch in name)):
            return Part(name, "var", quoted), end + 1
        raise ShellSyntaxError(f"${{{name}}}: bad substitution")
    if c in SPECIAL_PARAMS:
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
