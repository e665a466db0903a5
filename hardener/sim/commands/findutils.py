"""toybox ``find`` over the phone's file system, with what the shell user may list.

Supported: start paths (default ``.``), ``-H``/``-L``, and the expression primaries ``-name``,
``-iname``, ``-path``, ``-ipath``, ``-type``, ``-maxdepth``, ``-mindepth``, ``-size``, ``-mtime``,
``-mmin``, ``-newer``, ``-empty``, ``-perm``, ``-user``, ``-print``, ``-print0``, ``-prune``,
``-true``/``-false`` with ``!``/``-not``, ``-a``/``-and``, ``-o``/``-or`` and parentheses. As on a
phone, a directory shell cannot read is reported (``find: /data/data: Permission denied``, exit 1)
and ``/sdcard`` is a symbolic link that ``find`` does not follow unless told (``-L``, ``-H``, or a
trailing slash).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass

from hardener.sim.commands import vfs
from hardener.sim.commands.base import Ctx
from hardener.sim.records import FsNode
from hardener.sim.shell_expand import matches
from hardener.sim.system import user_name

_Test = Callable[["_Visit"], bool]


@dataclass
class _Visit:
    shown: str  # the path as find prints it
    real: str  # normalized phone path
    node: FsNode | None  # None: a symbolic link not followed
    depth: int
    prune: bool = False


class _FindError(Exception):
    pass


class _Expr:
    """Recursive descent over find's expression words; builds a predicate tree."""

    def __init__(self, ctx: Ctx, words: list[str]) -> None:
        self.ctx = ctx
        self.words = words
        self.pos = 0
        self.has_action = False
        self.maxdepth: int | None = None
        self.mindepth = 0
        self.out: list[str] = []

    def parse(self) -> _Test:
        if not self.words:
            return lambda _v: True
        test = self._or()
        if self.pos < len(self.words):
            raise _FindError(f"find: bad arg '{self.words[self.pos]}'")
        return test

    def _or(self) -> _Test:
        left = self._and()
        while self.pos < len(self.words) and self.words[self.pos] in ("-o", "-or"):
            self.pos += 1
            right = self._and()
            left = (lambda a, b: lambda v: a(v) or b(v))(left, right)
        return left

    def _and(self) -> _Test:
        left = self._not()
        while self.pos < len(self.words) and self.words[self.pos] not in ("-o", "-or", ")"):
            if self.words[self.pos] in ("-a", "-and"):
                self.pos += 1
            right = self._not()
            left = (lambda a, b: lambda v: a(v) and b(v))(left, right)
        return left

    def _not(self) -> _Test:
        if self.pos < len(self.words) and self.words[self.pos] in ("!", "-not"):
            self.pos += 1
            inner = self._not()
            return lambda v: not inner(v)
        return self._primary()

    def _arg(self, name: str) -> str:
        if self.pos >= len(self.words):
            raise _FindError(f"find: '{name}' needs 1 arg")
        self.pos += 1
        return self.words[self.pos - 1]

    def _primary(self) -> _Test:
        if self.pos >= len(self.words):
            raise _FindError("find: bad arg ''")
        word = self.words[self.pos]
        self.pos += 1
        if word == "(":
            inner = self._or()
            if self.pos >= len(self.words) or self.words[self.pos] != ")":
                raise _FindError("find: bad arg '('")
            self.pos += 1
            return inner
        if word in ("-name", "-iname"):
            pattern = self._arg(word)
            fold = word == "-iname"
            return lambda v: matches(pattern.lower() if fold else pattern,
                                     (posixpath.basename(v.shown) or v.shown).lower() if fold
                                     else posixpath.basename(v.shown) or v.shown)
        if word in ("-path", "-ipath", "-wholename"):
            pattern = self._arg(word)
            fold = word == "-ipath"
            return lambda v: matches(pattern.lower() if fold else pattern, v.shown.lower() if fold else v.shown)
        if word == "-type":
            kinds = self._arg(word)
            if not all(k in "bcdflps," for k in kinds):
                raise _FindError(f"find: bad -type '{kinds}'")
            return lambda v: _kind(v) in kinds
        if word in ("-maxdepth", "-mindepth"):
            value = self._arg(word)
            if not value.isdigit():
                raise _FindError(f"find: not integer '{value}'")
            if word == "-maxdepth":
                self.maxdepth = int(value)
            else:
                self.mindepth = int(value)
            return lambda _v: True
        if word == "-size":
            return _size_test(self._arg(word))
        if word in ("-mtime", "-mmin"):
            value = self._arg(word)
            unit = 86400 if word == "-mtime" else 60
            now = self.ctx.phone.now_ms() // 1000
            return _compare(value, lambda v: (now - v.node.mtime) // unit if v.node else 0)
        if word == "-newer":
            ref = vfs.lookup(self.ctx.phone, self.ctx.shell.resolve(self._arg(word)))
            if ref is None:
                raise _FindError(f"find: '{self.words[self.pos - 1]}': No such file or directory")
            stamp = ref.mtime
            return lambda v: v.node is not None and v.node.mtime > stamp
        if word == "-empty":
            return lambda v: v.node is not None and not v.node.data and (
                not v.node.is_dir or not vfs.list_dir(self.ctx.phone, v.real))
        if word == "-perm":
            return _perm_test(self._arg(word))
        if word in ("-user", "-group"):
            who = self._arg(word)
            return lambda v: v.node is not None and who in (user_name(v.node.uid), str(v.node.uid))
        if word in ("-print", "-print0"):
            self.has_action = True
            end = "\0" if word == "-print0" else "\n"

            def show(v: _Visit) -> bool:
                self.out.append(v.shown + end)
                return True
            return show
        if word == "-prune":
            def prune(v: _Visit) -> bool:
                v.prune = True
                return True
            return prune
        if word in ("-true", "-false"):
            return lambda _v: word == "-true"
        if word in ("-exec", "-execdir", "-ok", "-okdir", "-delete"):
            raise _FindError(f"find: '{word}' is not supported by the practice phone")
        raise _FindError(f"find: Unknown option '{word}'")


def _kind(v: _Visit) -> str:
    if v.node is None:
        return "l"
    return "d" if v.node.is_dir else "f"


def _compare(spec: str, value: Callable[[_Visit], int]) -> _Test:
    m = re.fullmatch(r"([+-]?)(\d+)", spec)
    if m is None:
        raise _FindError(f"find: bad number '{spec}'")
    sign, n = m.group(1), int(m.group(2))
    if sign == "+":
        return lambda v: value(v) > n
    if sign == "-":
        return lambda v: value(v) < n
    return lambda v: value(v) == n


def _size_test(spec: str) -> _Test:
    m = re.fullmatch(r"([+-]?\d+)([bckMG]?)", spec)
    if m is None:
        raise _FindError(f"find: bad -size '{spec}'")
    unit = {"": 512, "b": 512, "c": 1, "k": 1024, "M": 1 << 20, "G": 1 << 30}[m.group(2)]
    return _compare(m.group(1), lambda v: -(-len(v.node.data) // unit) if v.node is not None else 0)


def _perm_test(spec: str) -> _Test:
    mode_text = spec.lstrip("-/")
    if not re.fullmatch(r"[0-7]{1,4}", mode_text):
        raise _FindError(f"find: bad -perm '{spec}'")
    mode = int(mode_text, 8)
    if spec.startswith("-"):
        return lambda v: v.node is not None and v.node.mode & mode == mode
    if spec.startswith("/"):
        return lambda v: v.node is not None and bool(v.node.mode & mode)
    return lambda v: v.node is not None and v.node.mode & 0o7777 == mode


def cmd_find(ctx: Ctx) -> int:
    args = list(ctx.args)
    follow = "none"
    while args and args[0] in ("-H", "-L", "-P"):
        follow = {"-H": "start", "-L": "all", "-P": "none"}[args.pop(0)]
    paths: list[str] = []
    while args and not args[0].startswith("-") and args[0] not in ("!", "("):
        paths.append(args.pop(0))
    expr = _Expr(ctx, args)
    try:
        test = expr.parse()
    except _FindError as exc:
        ctx.errln(str(exc))
        return 1
    status = 0
    for start in paths or ["."]:
        status |= _walk(ctx, expr, test, start, follow)
    return status


def _walk(ctx: Ctx, expr: _Expr, test: _Test, start: str, follow: str) -> int:
    phone = ctx.phone
    real = vfs.normalize(ctx.shell.resolve(start))
    problem = vfs.stat_error(phone, real)
    if problem is not None:
        ctx.errln(f"find: {start}: {problem}")
        return 1
    is_link = posixpath.normpath(ctx.shell.resolve(start)) in vfs.SYMLINKS and not start.endswith("/")
    status = 0
    stack: list[_Visit] = [_Visit(start, real, None if is_link and follow == "none" else vfs.lookup(phone, real), 0)]
    while stack:
        visit = stack.pop()
        if visit.depth >= expr.mindepth and (expr.maxdepth is None or visit.depth <= expr.maxdepth):
            expr.out.clear()
            if test(visit) and not expr.has_action:
                expr.out.append(visit.shown + "\n")
            ctx.out("".join(expr.out))
        node = visit.node
        if node is None or not node.is_dir or visit.prune:
            continue
        if expr.maxdepth is not None and visit.depth >= expr.maxdepth:
            continue
        listing = vfs.list_dir_or_error(phone, visit.real)
        if isinstance(listing, str):
            ctx.errln(f"find: {visit.shown}: {listing}")
            status = 1
            continue
        children = [
            _Visit(posixpath.join(visit.shown, name), posixpath.join(visit.real, name), child, visit.depth + 1)
            for name, child in listing
        ]
        stack.extend(reversed(children))
    return status
