"""``$((...))`` for the practice phone's sh: mksh's 32-bit signed integer arithmetic.

A small precedence-climbing evaluator over a token list (never Python's ``eval``): numbers in
decimal, ``0x`` hex, ``0`` octal and ``base#digits``; variables (their value read as an
expression, as mksh does); unary ``+ - ! ~``; binary ``* / % + - << >> < <= > >= == != & ^ |
&& ||``; ``?:``; assignments ``= += -= *= /= %= <<= >>= &= ^= |=``; ``++``/``--``; parentheses.
Errors are mksh's words (``zero divisor``, ``unexpected 'x'``) and end the command with status 1.
"""

from __future__ import annotations

import re
from collections.abc import Callable, MutableMapping

_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+#[0-9A-Za-z@_]+|0[xX][0-9a-fA-F]+|\d+)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op><<=|>>=|\+\+|--|\*\*|&&|\|\||<<|>>|<=|>=|==|!=|[-+*/%&^|]=|[-+*/%&^|<>=!~?:()]))"
)
_BINARY: dict[str, tuple[int, Callable[[int, int], int]]] = {
    "||": (1, lambda a, b: int(bool(a) or bool(b))),
    "&&": (2, lambda a, b: int(bool(a) and bool(b))),
    "|": (3, lambda a, b: a | b),
    "^": (4, lambda a, b: a ^ b),
    "&": (5, lambda a, b: a & b),
    "==": (6, lambda a, b: int(a == b)),
    "!=": (6, lambda a, b: int(a != b)),
    "<": (7, lambda a, b: int(a < b)),
    "<=": (7, lambda a, b: int(a <= b)),
    ">": (7, lambda a, b: int(a > b)),
    ">=": (7, lambda a, b: int(a >= b)),
    "<<": (8, lambda a, b: a << (b & 31)),
    ">>": (8, lambda a, b: a >> (b & 31)),
    "+": (9, lambda a, b: a + b),
    "-": (9, lambda a, b: a - b),
    "*": (10, lambda a, b: a * b),
    "/": (10, lambda a, b: _div(a, b)),
    "%": (10, lambda a, b: _mod(a, b)),
}
_MAX_DEPTH = 64


class ArithError(Exception):
    """mksh prints ``<sh>: <expression>: <this message>`` and the command fails."""


def _wrap(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value & 0x80000000 else value


def _div(a: int, b: int) -> int:
    if b == 0:
        raise ArithError("zero divisor")
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q  # C truncates toward zero


def _mod(a: int, b: int) -> int:
    if b == 0:
        raise ArithError("zero divisor")
    return a - _div(a, b) * b


def _number(text: str) -> int:
    if "#" in text:
        base_text, digits = text.split("#", 1)
        base = int(base_text)
        if not 2 <= base <= 36:
            raise ArithError(f"bad number '{text}'")
        try:
            return int(digits, base)
        except ValueError:
            raise ArithError(f"bad number '{text}'") from None
    if text[:2].lower() == "0x":
        return int(text, 16)
    if len(text) > 1 and text.startswith("0"):
        try:
            return int(text, 8)
        except ValueError:
            raise ArithError(f"bad number '{text}'") from None
    return int(text)


class _Eval:
    def __init__(self, text: str, variables: MutableMapping[str, str], depth: int) -> None:
        self.tokens: list[tuple[str, str]] = []
        pos = 0
        while pos < len(text):
            if text[pos:].strip() == "":
                break
            m = _TOKEN.match(text, pos)
            if m is None or m.end() == pos:
                raise ArithError(f"unexpected '{text[pos:].strip()[:1]}'")
            kind = m.lastgroup or "op"
            self.tokens.append((kind, m.group(kind)))
            pos = m.end()
        self.pos = 0
        self.vars = variables
        self.depth = depth

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        if tok is None:
            raise ArithError("unexpected end of expression")
        self.pos += 1
        return tok

    def value_of(self, name: str) -> int:
        raw = self.vars.get(name, "").strip()
        if not raw:
            return 0
        if self.depth > _MAX_DEPTH:
            raise ArithError("expression recurses on parameter")
        return evaluate(raw, self.vars, self.depth + 1)

    def expr(self) -> int:
        return self.assignment()

    def assignment(self) -> int:
        tok = self.peek()
        nxt = self.tokens[self.pos + 1] if self.pos + 1 < len(self.tokens) else None
        if tok is not None and tok[0] == "name" and nxt is not None and nxt[0] == "op" and nxt[1].endswith("=") \
                and nxt[1] not in ("==", "!=", "<=", ">="):
            self.pos += 2
            value = self.assignment()
            if nxt[1] != "=":
                value = _BINARY[nxt[1][:-1]][1](self.value_of(tok[1]), value)
            value = _wrap(value)
            self.vars[tok[1]] = str(value)
            return value
        return self.ternary()

    def ternary(self) -> int:
        cond = self.binary(1)
        if self.peek() == ("op", "?"):
            self.take()
            yes = self.assignment()
            if self.take() != ("op", ":"):
                raise ArithError("missing ':'")
            no = self.assignment()
            return yes if cond else no
        return cond

    def binary(self, level: int) -> int:
        left = self.unary()
        while True:
            tok = self.peek()
            if tok is None or tok[0] != "op" or tok[1] not in _BINARY or _BINARY[tok[1]][0] < level:
                return left
            prec, fn = _BINARY[tok[1]]
            self.take()
            right = self.binary(prec + 1)
            left = _wrap(fn(left, right))

    def unary(self) -> int:
        kind, text = self.take()
        if kind == "num":
            return _wrap(_number(text))
        if kind == "name":
            tok = self.peek()
            if tok in (("op", "++"), ("op", "--")):
                self.take()
                old = self.value_of(text)
                self.vars[text] = str(_wrap(old + (1 if tok[1] == "++" else -1)))
                return old
            return _wrap(self.value_of(text))
        if text == "(":
            value = self.expr()
            if self.take() != ("op", ")"):
                raise ArithError("missing ')'")
            return value
        if text in ("++", "--"):
            kind, name = self.take()
            if kind != "name":
                raise ArithError(f"unexpected '{name}'")
            value = _wrap(self.value_of(name) + (1 if text == "++" else -1))
            self.vars[name] = str(value)
            return value
        if text in ("+", "-", "!", "~"):
            operand = self.unary()
            return _wrap({"+": operand, "-": -operand, "!": int(not operand), "~": ~operand}[text])
        raise ArithError(f"unexpected '{text}'")


def evaluate(text: str, variables: MutableMapping[str, str], depth: int = 0) -> int:
    """The value of ``text``; assignments inside it change ``variables``."""
    if not text.strip():
        return 0
    ev = _Eval(text, variables, depth)
    value = ev.expr()
    left = ev.peek()
    if left is not None:
        raise ArithError(f"unexpected '{left[1]}'")
    return value
