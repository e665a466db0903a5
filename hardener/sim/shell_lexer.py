"""The practice phone's sh lexer: tokens, words (quotes, ``$`` expansions, substitutions) and
here-documents, read straight from the line's characters.

``$(...)`` and backticks re-enter the parser on the same text (:meth:`Lexer.sub_script`), so a
substitution is parsed whole, with its own syntax errors, before anything runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from hardener.sim.shell_ast import (
    SPECIAL_PARAMS,
    Arith,
    CmdSub,
    Lit,
    Param,
    Redirect,
    Script,
    ShellSyntaxError,
    ShellUnsupported,
    Word,
    WordPart,
)

_OPERATORS = ("&&", "||", ";;", ";&", ";|", "|&", ";", "&", "|", "(", ")", "\n")
WORD_END = " \t\n;&|<>()"
_LitFn = Callable[[str, bool], None]


# --- lexer ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tok:
    kind: Literal["word", "op", "redir", "eof"]
    text: str  # operator text, or the raw source of a word
    start: int
    end: int
    word: Word | None = None
    redir: tuple[int, str] | None = None


@dataclass
class Here:
    redirect_index: int
    redirects: list[Redirect]  # the command's list; the body replaces the entry at redirect_index
    delimiter: str
    strip_tabs: bool
    expand: bool


class Lexer:
    """Reads tokens off the line; the grammar (:class:`hardener.sim.shell_syntax.Parser`) is a subclass."""

    def __init__(self, src: str, pos: int = 0, features: set[str] | None = None) -> None:
        self.src = src
        self.pos = pos
        self.features: set[str] = features if features is not None else set()
        self._peeked: Tok | None = None
        self._heres: list[Here] = []
        self._nesting: list[str] = []

    # --- errors ---------------------------------------------------------------------------

    def unexpected(self, tok: Tok) -> ShellSyntaxError:
        if tok.kind == "eof":
            if self._nesting:
                return ShellSyntaxError(f"syntax error: unmatched '{self._nesting[-1]}'")
            return ShellSyntaxError("syntax error: unexpected EOF")
        shown = "newline" if tok.text == "\n" else tok.text
        return ShellSyntaxError(f"syntax error: unexpected '{shown}'")

    # --- tokens ---------------------------------------------------------------------------

    def peek(self) -> Tok:
        if self._peeked is None:
            self._peeked = self._lex()
        return self._peeked

    def next(self) -> Tok:
        tok = self.peek()
        self._peeked = None
        if tok.kind == "op" and tok.text == "\n" and self._heres:
            self._read_heres()
        return tok

    def _skip_blanks(self) -> None:
        s, n = self.src, len(self.src)
        while self.pos < n:
            c = s[self.pos]
            if c in " \t\r":
                self.pos += 1
            elif c == "\\" and s.startswith("\\\n", self.pos):
                self.pos += 2
            elif c == "#":
                while self.pos < n and s[self.pos] != "\n":
                    self.pos += 1
            else:
                break

    def _lex(self) -> Tok:
        self._skip_blanks()
        s, start = self.src, self.pos
        if start >= len(s):
            return Tok("eof", "", start, start)
        c = s[start]
        if c in "<>" or (c == "&" and s.startswith("&>", start)):
            return self._lex_redirect(-2, start)
        if c.isdigit():
            j = start
            while j < len(s) and s[j].isdigit():
                j += 1
            if j < len(s) and s[j] in "<>" and j - start <= 2:
                return self._lex_redirect(int(s[start:j]), j)
        for op in _OPERATORS:
            if s.startswith(op, start):
                self.pos = start + len(op)
                return Tok("op", op, start, self.pos)
        word = self._read_word()
        return Tok("word", s[start : self.pos], start, self.pos, word=word)

    def _lex_redirect(self, fd: int, at: int) -> Tok:
        s = self.src
        start = self.pos
        if s.startswith("&>", at):
            op = ">>" if s.startswith("&>>", at) else ">"
            self.pos = at + 1 + len(op)
            return Tok("redir", s[start : self.pos], start, self.pos, redir=(-1, op))
        for op in ("<<-", "<<", "<>", "<&", ">>", ">&", ">|", "<", ">"):
            if s.startswith(op, at):
                break
        self.pos = at + len(op)
        default = 0 if op[0] == "<" else 1
        op = ">" if op == ">|" else op
        return Tok("redir", s[start : self.pos], start, self.pos, redir=(default if fd == -2 else fd, op))

    # --- words ----------------------------------------------------------------------------

    def _read_word(self, stop: str = WORD_END) -> Word:
        s, n = self.src, len(self.src)
        parts: list[WordPart] = []

        def lit(text: str, quoted: bool) -> None:
            if parts and isinstance(parts[-1], Lit) and parts[-1].quoted == quoted:
                parts[-1] = Lit(parts[-1].text + text, quoted)
            else:
                parts.append(Lit(text, quoted))

        while self.pos < n:
            c = s[self.pos]
            if c in stop:
                break
            if c == "'":
                end = s.find("'", self.pos + 1)
                if end < 0:
                    raise ShellSyntaxError("no closing quote")
                lit(s[self.pos + 1 : end], True)
                self.pos = end + 1
            elif c == '"':
                self.pos += 1
                self._read_double_quoted(parts, lit)
            elif c == "\\":
                if self.pos + 1 < n:
                    if s[self.pos + 1] != "\n":
                        lit(s[self.pos + 1], True)
                    self.pos += 2
                else:
                    lit("\\", False)
                    self.pos += 1
            elif c == "$":
                self._read_dollar(parts, lit, quoted=False)
            elif c == "`":
                parts.append(self._read_backtick(quoted=False))
            else:
                j = self.pos
                while j < n and s[j] not in stop and s[j] not in "'\"\\$`":
                    j += 1
                lit(s[self.pos : j], False)
                self.pos = j
        return Word(tuple(parts))

    def _read_double_quoted(self, parts: list[WordPart], lit: _LitFn) -> None:
        s, n = self.src, len(self.src)
        lit("", True)  # "" is an empty word, not no word
        while True:
            if self.pos >= n:
                raise ShellSyntaxError("no closing quote")
            c = s[self.pos]
            if c == '"':
                self.pos += 1
                return
            if c == "\\" and self.pos + 1 < n and s[self.pos + 1] in '$`"\\\n':
                if s[self.pos + 1] != "\n":
                    lit(s[self.pos + 1], True)
                self.pos += 2
            elif c == "$":
                self._read_dollar(parts, lit, quoted=True)
            elif c == "`":
                parts.append(self._read_backtick(quoted=True))
            else:
                j = self.pos + 1
                while j < n and s[j] not in '"\\$`':
                    j += 1
                lit(s[self.pos : j], True)
                self.pos = j

    def _read_dollar(self, parts: list[WordPart], lit: _LitFn, *, quoted: bool) -> None:
        s, n, i = self.src, len(self.src), self.pos
        nxt = s[i + 1] if i + 1 < n else ""
        if s.startswith("$((", i):
            end = matching_arith(s, i + 3)
            if end is not None:
                self.features.add("arithmetic")
                inner = type(self)(s[i + 3 : end], features=self.features)
                expr = inner.read_text_word("", as_quoted=True)
                parts.append(Arith(expr, quoted))
                self.pos = end + 2
                return
        if nxt == "(":
            self.features.add("command substitution")
            body, self.pos = self.sub_script(i + 2)
            parts.append(CmdSub(body, quoted, s[i : self.pos]))
            return
        if nxt == "{":
            self.pos = i + 2
            parts.append(self._read_braced_param(quoted))
            return
        if nxt and nxt in SPECIAL_PARAMS:
            parts.append(Param(nxt, quoted))
            self.pos = i + 2
            return
        if nxt.isalpha() or nxt == "_":
            j = i + 1
            while j < n and (s[j].isalnum() or s[j] == "_"):
                j += 1
            parts.append(Param(s[i + 1 : j], quoted))
            self.pos = j
            return
        lit("$", quoted)
        self.pos = i + 1

    def _read_braced_param(self, quoted: bool) -> Param:
        s, n = self.src, len(self.src)
        start = self.pos
        length = s.startswith("#", start) and start + 1 < n and s[start + 1] not in "}"
        if length:
            start += 1
        j = start
        if j < n and s[j] in SPECIAL_PARAMS:
            j += 1
        else:
            while j < n and (s[j].isalnum() or s[j] == "_"):
                j += 1
        name = s[start:j]
        if not name or (not name[0].isalpha() and name[0] != "_" and name not in SPECIAL_PARAMS):
            raise ShellSyntaxError(f"${{{s[self.pos:s.find('}', self.pos)]}}}: bad substitution")
        self.pos = j
        if length:
            if not s.startswith("}", j):
                raise ShellSyntaxError("${#: bad substitution")
            self.pos = j + 1
            return Param(name, quoted, "#")
        if s.startswith("}", j):
            self.pos = j + 1
            return Param(name, quoted)
        if s.startswith("[", j):
            raise ShellUnsupported("arrays")
        for op in (":-", ":=", ":+", ":?", "##", "%%", "-", "=", "+", "?", "#", "%"):
            if s.startswith(op, j):
                break
        else:
            raise ShellSyntaxError(f"${{{name}{s[j:j + 1]}: bad substitution")
        self.pos = j + len(op)
        arg = self.read_text_word("}")
        if not s.startswith("}", self.pos):
            raise ShellSyntaxError("no closing quote" if self.pos >= n else "bad substitution")
        self.pos += 1
        return Param(name, quoted, op + ("p" if op in ("#", "##", "%", "%%") else ""), arg)

    def read_text_word(self, stop: str, *, as_quoted: bool = False) -> Word:
        """A word that may hold blanks, up to a character of ``stop``: ``${x:-a b}``'s word, or
        (``as_quoted``) the text of ``$((...))`` or a here-document, where quotes are plain
        characters and a backslash only escapes ``$``, a backtick, itself and a newline."""
        s, n = self.src, len(self.src)
        parts: list[WordPart] = []

        def lit(text: str, quoted: bool) -> None:
            if parts and isinstance(parts[-1], Lit) and parts[-1].quoted == quoted:
                parts[-1] = Lit(parts[-1].text + text, quoted)
            else:
                parts.append(Lit(text, quoted))

        while self.pos < n and s[self.pos] not in stop:
            c = s[self.pos]
            if c == "'" and not as_quoted:
                end = s.find("'", self.pos + 1)
                if end < 0:
                    raise ShellSyntaxError("no closing quote")
                lit(s[self.pos + 1 : end], True)
                self.pos = end + 1
            elif c == '"' and not as_quoted:
                self.pos += 1
                self._read_double_quoted(parts, lit)
            elif c == "\\" and self.pos + 1 < n and (not as_quoted or s[self.pos + 1] in "$`\\\n"):
                if s[self.pos + 1] != "\n":
                    lit(s[self.pos + 1], True)
                self.pos += 2
            elif c == "$":
                self._read_dollar(parts, lit, quoted=as_quoted)
            elif c == "`":
                parts.append(self._read_backtick(quoted=as_quoted))
            else:
                lit(c, as_quoted)
                self.pos += 1
        return Word(tuple(parts))

    def _read_backtick(self, *, quoted: bool) -> CmdSub:
        s, n = self.src, len(self.src)
        self.features.add("command substitution")
        j = self.pos + 1
        body: list[str] = []
        while j < n and s[j] != "`":
            if s[j] == "\\" and j + 1 < n and s[j + 1] in "$`\\" + ('"' if quoted else ""):
                body.append(s[j + 1])
                j += 2
            else:
                body.append(s[j])
                j += 1
        if j >= n:
            raise ShellSyntaxError("no closing quote")
        source = s[self.pos : j + 1]
        self.pos = j + 1
        return CmdSub(self.parse_text("".join(body)), quoted, source, backtick=True)

    # --- here-documents --------------------------------------------------------------------

    def _read_heres(self) -> None:
        s = self.src
        for here in self._heres:
            lines: list[str] = []
            while True:
                if self.pos >= len(s):
                    break
                end = s.find("\n", self.pos)
                line = s[self.pos :] if end < 0 else s[self.pos : end]
                self.pos = len(s) if end < 0 else end + 1
                if here.strip_tabs:
                    line = line.lstrip("\t")
                if line == here.delimiter:
                    break
                lines.append(line + "\n")
            text = "".join(lines)
            body = type(self)(text, features=self.features).read_text_word("", as_quoted=True) if here.expand \
                else Word((Lit(text, True),))
            old = here.redirects[here.redirect_index]
            here.redirects[here.redirect_index] = Redirect(old.fd, "<<", old.target, body)
        self._heres = []

    # --- grammar --------------------------------------------------------------------------

    def sub_script(self, pos: int) -> tuple[Script, int]:
        """Parse ``$(...)`` starting at ``pos`` (after the parenthesis): the script and where it ends."""
        raise NotImplementedError

    def parse_text(self, text: str) -> Script:
        """Parse a backtick substitution's text as a whole script."""
        raise NotImplementedError


def matching_arith(s: str, start: int) -> int | None:
    """Index of the ``))`` closing ``$((`` opened before ``start``; None when it is ``$( (...) )``."""
    depth = 0
    i = start
    while i < len(s):
        c = s[i]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i if s.startswith("))", i) else None
            depth -= 1
        i += 1
    return None

