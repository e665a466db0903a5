"""The practice phone's sh grammar: a lexer and recursive-descent parser for the mksh subset.

What parses: lists (``;``, ``&``, newlines), ``&&``/``||``, pipelines with ``!``, simple
commands with ``NAME=value`` assignments, words with single and double quotes, backslashes,
``$NAME``/``${NAME}`` and the ``${NAME:-word}`` family, ``$(...)``, backticks, ``$((...))``,
redirections (``<``, ``>``, ``>>``, ``>|``, ``<>``, ``N>&M``, ``&>``, here-documents), and the
compound commands ``if``, ``for``, ``while``, ``until``, ``case``, ``{ ...; }``, ``( ... )`` and
functions. Error texts are mksh's (``syntax error: unexpected 'fi'``, ``no closing quote``); the
line is parsed whole before anything runs, as mksh does.

Nothing here runs anything: :mod:`hardener.sim.shell` walks the tree. mksh features the practice
phone does not have (``[[``, ``select``, ``|&`` coprocesses, arrays) raise :class:`ShellUnsupported`,
so the phone says so plainly instead of pretending.
"""

from __future__ import annotations

from hardener.sim.shell_ast import (
    RESERVED,
    SH,
    SPECIAL_PARAMS,
    AndOr,
    Arith,
    Case,
    CmdSub,
    Command,
    Compound,
    For,
    FuncDef,
    Group,
    If,
    Lit,
    Param,
    Pipeline,
    Redirect,
    Script,
    ShellSyntaxError,
    ShellUnsupported,
    Simple,
    While,
    Word,
    WordPart,
)
from hardener.sim.shell_lexer import Here, Lexer, Tok


class Parser(Lexer):
    """The grammar: lists, and-or lists, pipelines, simple and compound commands."""

    def sub_script(self, pos: int) -> tuple[Script, int]:
        sub = Parser(self.src, pos, self.features)
        sub._nesting.append("(")
        body = sub.parse_list(("}",), closers=(")",))
        tok = sub.next()
        if tok.kind != "op" or tok.text != ")":
            raise sub.unexpected(tok)
        return body, sub.pos

    def parse_text(self, text: str) -> Script:
        return parse(text, self.features)

    def _is_reserved(self, tok: Tok, *names: str) -> bool:
        return (tok.kind == "word" and tok.word is not None and tok.word.is_plain()
                and tok.word.plain_text() in names)

    def _skip_newlines(self) -> None:
        while self.peek().kind == "op" and self.peek().text == "\n":
            self.next()

    def parse_list(self, ends: tuple[str, ...], closers: tuple[str, ...] = ()) -> Script:
        """Commands until EOF, one of the reserved words ``ends`` or an operator in ``closers``."""
        items: list[AndOr] = []
        while True:
            self._skip_newlines()
            tok = self.peek()
            if tok.kind == "eof" or self._is_reserved(tok, *ends) or (tok.kind == "op" and tok.text in closers):
                break
            if tok.kind == "op" and tok.text in (";;", ";&", ";|") and "esac" in ends:
                break
            andor = self._and_or()
            items.append(andor)
            tok = self.peek()
            if tok.kind == "op" and tok.text in (";", "&", "\n"):
                self.next()
                if tok.text == "&":
                    andor.background = True
                    self.features.add("background")
                continue
            break
        return Script(items, frozenset(self.features))

    def _and_or(self) -> AndOr:
        andor = AndOr(self._pipeline())
        while self.peek().kind == "op" and self.peek().text in ("&&", "||"):
            op = self.next().text
            self._skip_newlines()
            andor.rest.append((op, self._pipeline()))
        return andor

    def _pipeline(self) -> Pipeline:
        negate = False
        if self._is_reserved(self.peek(), "!"):
            self.next()
            negate = True
        commands = [self._command()]
        while self.peek().kind == "op" and self.peek().text in ("|", "|&"):
            if self.next().text == "|&":
                raise ShellUnsupported("co-processes (|&)")
            self.features.add("pipe")
            self._skip_newlines()
            commands.append(self._command())
        return Pipeline(commands, negate)

    def _command(self) -> Command:
        tok = self.peek()
        if tok.kind == "eof" or (tok.kind == "op" and tok.text not in ("(",)):
            raise self.unexpected(tok)
        if tok.kind == "op" and tok.text == "(":
            self.next()
            self.features.add("subshell")
            return self._compound(Group(self._nested("(", closers=(")",)), subshell=True))
        if tok.kind == "word" and tok.word is not None and tok.word.is_plain():
            name = tok.word.plain_text()
            if name in ("[[", "select", "time", "coproc"):
                raise ShellUnsupported(f"'{name}'")
            handler = {"if": self._if, "for": self._for, "while": self._while, "until": self._while,
                       "case": self._case, "{": self._brace, "function": self._function}.get(name)
            if handler is not None:
                self.next()
                self.features.add("brace group" if name == "{" else name)
                return handler(name)
            if name in RESERVED:
                raise self.unexpected(tok)
        return self._simple()

    def _nested(self, opener: str, ends: tuple[str, ...] = (), closers: tuple[str, ...] = ()) -> Script:
        self._nesting.append(opener)
        body = self.parse_list(ends, closers)
        tok = self.next()
        if not (self._is_reserved(tok, *ends) or (tok.kind == "op" and tok.text in closers)):
            raise self.unexpected(tok)
        self._nesting.pop()
        return body

    def _compound(self, node: If | For | While | Case | Group | FuncDef) -> Compound:
        redirects: list[Redirect] = []
        while self.peek().kind == "redir":
            self._redirect(redirects)
        return Compound(node, redirects)

    def _if(self, _: str) -> Compound:
        self._nesting.append("if")
        clauses: list[tuple[Script, Script]] = []
        otherwise: Script | None = None
        while True:
            cond = self._expect_list(("then",))
            body = self._expect_list(("elif", "else", "fi"))
            clauses.append((cond, body))
            tok = self.next()
            word = tok.word.plain_text() if tok.word is not None else ""
            if word == "elif":
                continue
            if word == "else":
                otherwise = self._expect_list(("fi",))
                self.next()
            break
        self._nesting.pop()
        return self._compound(If(clauses, otherwise))

    def _expect_list(self, ends: tuple[str, ...]) -> Script:
        body = self.parse_list(ends)
        tok = self.peek()
        if not self._is_reserved(tok, *ends) or not body.items:
            raise self.unexpected(tok)
        if ends == ("then",):
            self.next()
        return body

    def _do_group(self) -> Script:
        self._skip_newlines()
        tok = self.next()
        if self._is_reserved(tok, "do"):
            return self._nested("do", ("done",))
        if self._is_reserved(tok, "{"):
            return self._nested("{", ("}",))
        raise self.unexpected(tok)

    def _for(self, _: str) -> Compound:
        tok = self.next()
        name = tok.word.plain_text() if tok.word is not None and tok.word.is_plain() else ""
        if not name or not (name[0].isalpha() or name[0] == "_") or not name.replace("_", "a").isalnum():
            raise ShellSyntaxError("for: bad identifier")
        self._nesting.append("for")
        self._skip_newlines()
        items: list[Word] | None = None
        if self._is_reserved(self.peek(), "in"):
            self.next()
            items = []
            while self.peek().kind == "word":
                word = self.next().word
                assert word is not None
                items.append(word)
            tok = self.next()
            if not (tok.kind == "op" and tok.text in (";", "\n")):
                raise self.unexpected(tok)
        elif self.peek().kind == "op" and self.peek().text == ";":
            self.next()
        body = self._do_group()
        self._nesting.pop()
        return self._compound(For(name, items, body))

    def _while(self, which: str) -> Compound:
        self._nesting.append(which)
        cond = self.parse_list(("do",))
        if not cond.items:
            raise self.unexpected(self.peek())
        body = self._do_group()
        self._nesting.pop()
        return self._compound(While(cond, body, until=which == "until"))

    def _case(self, _: str) -> Compound:
        tok = self.next()
        if tok.kind != "word" or tok.word is None:
            raise self.unexpected(tok)
        subject = tok.word
        self._nesting.append("case")
        self._skip_newlines()
        if not self._is_reserved(self.next(), "in"):
            raise self.unexpected(self.peek())
        arms: list[tuple[list[Word], Script]] = []
        while True:
            self._skip_newlines()
            tok = self.next()
            if self._is_reserved(tok, "esac"):
                break
            if tok.kind == "op" and tok.text == "(":
                tok = self.next()
            patterns: list[Word] = []
            while True:
                if tok.kind != "word" or tok.word is None:
                    raise self.unexpected(tok)
                patterns.append(tok.word)
                tok = self.next()
                if tok.kind == "op" and tok.text == "|":
                    tok = self.next()
                    continue
                break
            if not (tok.kind == "op" and tok.text == ")"):
                raise self.unexpected(tok)
            body = self.parse_list(("esac",))
            arms.append((patterns, body))
            tok = self.peek()
            if tok.kind == "op" and tok.text in (";;", ";&", ";|"):
                self.next()
            elif not self._is_reserved(tok, "esac"):
                raise self.unexpected(tok)
        self._nesting.pop()
        return self._compound(Case(subject, arms))

    def _brace(self, _: str) -> Compound:
        return self._compound(Group(self._nested("{", ("}",))))

    def _function(self, _: str) -> Compound:
        tok = self.next()
        if tok.kind != "word" or tok.word is None or not tok.word.is_plain():
            raise self.unexpected(tok)
        if self.peek().kind == "op" and self.peek().text == "(":
            self.next()
            if not (self.peek().kind == "op" and self.next().text == ")"):
                raise self.unexpected(self.peek())
        self._skip_newlines()
        return self._compound(FuncDef(tok.word.plain_text(), self._command()))

    def _redirect(self, redirects: list[Redirect]) -> None:
        tok = self.next()
        assert tok.redir is not None
        fd, op = tok.redir
        target = self.next()
        if target.kind != "word" or target.word is None:
            raise self.unexpected(target)
        if op in ("<<", "<<-"):
            self.features.add("here-document")
            delimiter = "".join(p.text for p in target.word.parts if isinstance(p, Lit))
            expand = all(isinstance(p, Lit) and not p.quoted for p in target.word.parts)
            self._heres.append(Here(len(redirects), redirects, delimiter, op == "<<-", expand))
            op = "<<"
        redirects.append(Redirect(fd, op, target.word))

    def _simple(self) -> Command:
        cmd = Simple()
        while True:
            tok = self.peek()
            if tok.kind == "redir":
                self._redirect(cmd.redirects)
                continue
            if tok.kind == "op" and tok.text == "(" and len(cmd.words) == 1 and not cmd.assigns \
                    and not cmd.redirects and cmd.words[0].is_plain():
                self.next()
                closing = self.next()
                if not (closing.kind == "op" and closing.text == ")"):
                    raise self.unexpected(closing)
                self.features.add("function")
                self._skip_newlines()
                return self._compound(FuncDef(cmd.words[0].plain_text(), self._command()))
            if tok.kind != "word" or tok.word is None:
                break
            self.next()
            assign = _assignment(tok.word) if not cmd.words else None
            if assign is not None:
                cmd.assigns.append(assign)
            else:
                cmd.words.append(tok.word)
        if not cmd.words and not cmd.assigns and not cmd.redirects:
            raise self.unexpected(self.peek())
        return cmd


def _assignment(word: Word) -> tuple[str, Word] | None:
    head = word.parts[0] if word.parts else None
    if not isinstance(head, Lit) or head.quoted:
        return None
    eq = head.text.find("=")
    name = head.text[:eq]
    if eq <= 0 or not (name[0].isalpha() or name[0] == "_") or not all(ch.isalnum() or ch == "_" for ch in name):
        return None
    rest: list[WordPart] = [Lit(head.text[eq + 1 :], False), *word.parts[1:]]
    return name, Word(tuple(p for p in rest if not isinstance(p, Lit) or p.text or p.quoted))



def parse(src: str, features: set[str] | None = None) -> Script:
    """The whole line as a :class:`Script`; raises on any syntax error before anything runs."""
    parser = Parser(src, features=features)
    script = parser.parse_list(())
    tok = parser.peek()
    if tok.kind != "eof":
        raise parser.unexpected(tok)
    script.features = frozenset(parser.features)
    return script



__all__ = [
    "RESERVED", "SH", "SPECIAL_PARAMS", "AndOr", "Arith", "Case", "CmdSub", "Command", "Compound", "For", "FuncDef",
    "Group", "If", "Lit", "Param", "Pipeline", "Redirect", "Script", "ShellSyntaxError", "ShellUnsupported",
    "Simple", "While", "Word", "WordPart", "parse",
]
