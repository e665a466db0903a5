"""The practice phone's sh syntax tree, and the two ways a line can fail to parse.

Built by :mod:`hardener.sim.shell_syntax`, walked by :mod:`hardener.sim.shell`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SH = "/system/bin/sh"
SPECIAL_PARAMS = frozenset("?$!#@*-0123456789")
RESERVED = frozenset({"if", "then", "else", "elif", "fi", "do", "done", "case", "esac", "while", "until",
                      "for", "in", "function", "select", "{", "}", "!", "[[", "time"})


class ShellSyntaxError(Exception):
    """The line does not parse; nothing of it runs (mksh parses before it executes)."""


class ShellUnsupported(Exception):
    """Valid mksh that the practice phone does not implement; it refuses and says so."""


# --- syntax tree ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Lit:
    text: str
    quoted: bool


@dataclass(frozen=True)
class Param:
    """``$name``/``${name...}``. ``op`` is "" or one of ``# :- - := = :+ + :? ? #p ##p %p %%p``."""

    name: str
    quoted: bool
    op: str = ""
    arg: Word | None = None


@dataclass(frozen=True)
class CmdSub:
    """``$(...)`` or a backtick substitution; ``body`` is parsed, ``source`` kept for the log."""

    body: Script
    quoted: bool
    source: str
    backtick: bool = False


@dataclass(frozen=True)
class Arith:
    """``$((expr))``; ``expr`` is expanded (parameters, substitutions) before it is evaluated."""

    expr: Word
    quoted: bool


WordPart = Lit | Param | CmdSub | Arith


@dataclass(frozen=True)
class Word:
    parts: tuple[WordPart, ...] = ()

    def is_plain(self) -> bool:
        return all(isinstance(p, Lit) and not p.quoted for p in self.parts)

    def plain_text(self) -> str:
        return "".join(p.text for p in self.parts if isinstance(p, Lit))


@dataclass(frozen=True)
class Redirect:
    fd: int  # -1 for "&>" (stdout and stderr)
    op: str  # ">", ">>", "<", "<>", ">&", "<&", "<<" (here-document; body in ``here``)
    target: Word
    here: Word | None = None


@dataclass
class Simple:
    assigns: list[tuple[str, Word]] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    redirects: list[Redirect] = field(default_factory=list)


@dataclass
class If:
    clauses: list[tuple[Script, Script]]
    otherwise: Script | None = None


@dataclass
class For:
    var: str
    items: list[Word] | None  # None: "$@"
    body: Script


@dataclass
class While:
    cond: Script
    body: Script
    until: bool = False


@dataclass
class Case:
    subject: Word
    arms: list[tuple[list[Word], Script]]


@dataclass
class Group:
    body: Script
    subshell: bool = False


@dataclass
class FuncDef:
    name: str
    body: Command


@dataclass
class Compound:
    node: If | For | While | Case | Group | FuncDef
    redirects: list[Redirect] = field(default_factory=list)


Command = Simple | Compound


@dataclass
class Pipeline:
    commands: list[Command]
    negate: bool = False


@dataclass
class AndOr:
    first: Pipeline
    rest: list[tuple[str, Pipeline]] = field(default_factory=list)  # ("&&"|"||", pipeline)
    background: bool = False


@dataclass
class Script:
    items: list[AndOr] = field(default_factory=list)
    features: frozenset[str] = frozenset()  # constructs used, for the phone's audit log
