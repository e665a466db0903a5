"""Word expansion for the practice phone's sh, in mksh's order.

Tilde, parameters (with the ``${x:-y}`` family), command substitution, arithmetic; then field
splitting of what was unquoted (on ``$IFS``), then pathname expansion (globs) against the phone's
file system with what the shell user may list. A glob that matches nothing stays as written.
"""

from __future__ import annotations

import posixpath
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from hardener.sim.commands import vfs
from hardener.sim.shell_syntax import Arith, CmdSub, Lit, Param, Word

if TYPE_CHECKING:
    from hardener.sim.shell import Shell

_GLOB_CHARS = frozenset("*?[")
_Piece = tuple[str, bool]  # (text, quoted)


class ExpansionError(Exception):
    """``${x?message}`` and bad substitutions: the command does not run (status 1)."""


# --- patterns ---------------------------------------------------------------------------------


@lru_cache(maxsize=512)
def pattern_regex(pattern: str) -> re.Pattern[str]:
    """A shell pattern (``*``, ``?``, ``[a-z]``, ``[!x]``, backslash escapes) as a full-match regex."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(re.escape(pattern[i + 1]))
            i += 2
        elif c == "*":
            out.append(".*")
            i += 1
        elif c == "?":
            out.append(".")
            i += 1
        elif c == "[":
            end = i + 1
            if end < n and pattern[end] in "!^":
                end += 1
            if end < n and pattern[end] == "]":
                end += 1
            while end < n and pattern[end] != "]":
                end += 1
            if end >= n:
                out.append(re.escape(c))
                i += 1
                continue
            body = pattern[i + 1 : end]
            negate = body[:1] in ("!", "^")
            body = body[1:] if negate else body
            body = body.replace("\\", "\\\\").replace("^", "\\^")
            out.append(f"[{'^' if negate else ''}{body}]")
            i = end + 1
        else:
            out.append(re.escape(c))
            i += 1
    return re.compile("".join(out), re.DOTALL)


def matches(pattern: str, text: str) -> bool:
    return pattern_regex(pattern).fullmatch(text) is not None


def _has_magic(pattern: str) -> bool:
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] in _GLOB_CHARS:
            return True
        i += 1
    return False


def _unescape(pattern: str) -> str:
    return re.sub(r"\\(.)", r"\1", pattern, flags=re.DOTALL)


def _as_pattern(pieces: list[_Piece]) -> str:
    return "".join(re.sub(r"([*?\[\]\\])", r"\\\1", t) if q else t for t, q in pieces)


# --- parameters -------------------------------------------------------------------------------


def _is_set(shell: Shell, name: str) -> bool:
    if name in ("?", "$", "#", "0", "@", "*", "-", "!"):
        return True
    if name.isdigit():
        return int(name) <= len(shell.positional)
    return name in shell.vars


def _param(shell: Shell, part: Param) -> str:
    name, op = part.name, part.op
    value = shell.param(name)
    if op == "":
        return value
    if op == "#":
        return str(len(value))
    is_set = _is_set(shell, name)
    use_default = (not is_set) if not op.startswith(":") else (not is_set or value == "")
    if op in (":-", "-"):
        return expand_string(shell, part.arg) if use_default and part.arg is not None else value
    if op in (":=", "="):
        if use_default:
            value = expand_string(shell, part.arg) if part.arg is not None else ""
            shell.vars[name] = value
        return value
    if op in (":+", "+"):
        return "" if use_default else (expand_string(shell, part.arg) if part.arg is not None else "")
    if op in (":?", "?"):
        if use_default:
            message = expand_string(shell, part.arg) if part.arg is not None and part.arg.parts else None
            raise ExpansionError(f"{name}: {message or 'parameter null or not set'}")
        return value
    pattern = expand_pattern(shell, part.arg) if part.arg is not None else ""
    regex = pattern_regex(pattern)
    if op in ("#p", "##p"):
        cuts = range(len(value) + 1) if op == "#p" else range(len(value), -1, -1)
        for k in cuts:
            if regex.fullmatch(value[:k]):
                return value[k:]
        return value
    cuts = range(len(value), -1, -1) if op == "%p" else range(len(value) + 1)
    for k in cuts:
        if regex.fullmatch(value[k:]):
            return value[:k]
    return value


def _part_value(shell: Shell, part: Param | CmdSub | Arith) -> str:
    if isinstance(part, Param):
        return _param(shell, part)
    if isinstance(part, CmdSub):
        return shell.command_substitution(part)
    return shell.arithmetic(expand_string(shell, part.expr))


# --- words ------------------------------------------------------------------------------------


def _tilde(shell: Shell, word: Word) -> Word:
    head = word.parts[0] if word.parts else None
    if isinstance(head, Lit) and not head.quoted and (head.text == "~" or head.text.startswith("~/")):
        home = shell.vars.get("HOME", "/").rstrip("/") or ""
        return Word((Lit((home + head.text[1:]) or "/", True), *word.parts[1:]))
    return word


def expand_fields(shell: Shell, word: Word) -> list[list[_Piece]]:
    """One word -> fields of (text, quoted) pieces, split where unquoted expansions had blanks."""
    ifs = shell.vars.get("IFS", " \t\n")
    fields: list[list[_Piece]] = []
    cur: list[_Piece] = []
    have = False
    for part in _tilde(shell, word).parts:
        if isinstance(part, Lit):
            cur.append((part.text, part.quoted))
            have = have or part.quoted or bool(part.text)
            continue
        if isinstance(part, Param) and part.name == "@" and part.op == "" and part.quoted:
            for k, value in enumerate(shell.positional):
                if k:
                    fields.append(cur)
                    cur = []
                cur.append((value, True))
                have = True
            continue
        value = _part_value(shell, part)
        if part.quoted:
            cur.append((value, True))
            have = True
            continue
        if not ifs:
            if value:
                cur.append((value, False))
                have = True
            continue
        pieces = [p for p in re.split("[" + re.escape(ifs) + "]+", value)] if value else []
        if not value.strip(ifs):
            if value and have:
                fields.append(cur)
                cur, have = [], False
            continue
        if value[0] in ifs and have:
            fields.append(cur)
            cur, have = [], False
        pieces = [p for p in pieces if p]
        for k, piece in enumerate(pieces):
            if k:
                fields.append(cur)
                cur = []
            cur.append((piece, False))
            have = True
        if value[-1] in ifs:
            fields.append(cur)
            cur, have = [], False
    if have or (cur and any(t for t, _ in cur)):
        fields.append(cur)
    return fields


def expand_words(shell: Shell, words: list[Word]) -> list[str]:
    """Command words -> argv: expansion, field splitting, then globbing."""
    argv: list[str] = []
    for word in words:
        for pieces in expand_fields(shell, word):
            text = "".join(t for t, _ in pieces)
            pattern = _as_pattern(pieces)
            if any(not q and _GLOB_CHARS & set(t) for t, q in pieces) and _has_magic(pattern):
                found = glob(shell, pattern)
                shell.note_feature("glob")
                if found:
                    argv.extend(found)
                    continue
            argv.append(text)
    return argv


def expand_string(shell: Shell, word: Word | None) -> str:
    """No splitting, no globbing: assignments, redirection targets, ``case`` subjects."""
    if word is None:
        return ""
    out: list[str] = []
    for part in _tilde(shell, word).parts:
        out.append(part.text if isinstance(part, Lit) else _part_value(shell, part))
    return "".join(out)


def expand_pattern(shell: Shell, word: Word) -> str:
    """A ``case`` or ``${x#...}`` pattern: quoted characters match themselves."""
    pieces: list[_Piece] = []
    for part in word.parts:
        if isinstance(part, Lit):
            pieces.append((part.text, part.quoted))
        else:
            pieces.append((_part_value(shell, part), part.quoted))
    return _as_pattern(pieces)


# --- pathname expansion -----------------------------------------------------------------------


def glob(shell: Shell, pattern: str) -> list[str]:
    """Paths on the phone matching ``pattern``, sorted; directories shell cannot list give none."""
    phone = shell.phone
    absolute = pattern.startswith("/")
    parts = [p for p in pattern.split("/") if p]
    bases = ["/" if absolute else ""]
    for index, comp in enumerate(parts):
        last = index == len(parts) - 1
        found: list[str] = []
        for base in bases:
            if not _has_magic(comp):
                found.append(_join(base, _unescape(comp)))
                continue
            listing = vfs.list_dir(phone, shell.resolve(base or "."))
            for name, node in listing or []:
                if name.startswith(".") and not comp.startswith("."):
                    continue
                if (last or node.is_dir) and matches(comp, name):
                    found.append(_join(base, name))
        bases = found
        if not bases:
            return []
    result = [b for b in bases if vfs.visible(phone, shell.resolve(b)) and vfs.lookup(phone, shell.resolve(b))]
    if pattern.endswith("/"):
        nodes = [(b, vfs.lookup(phone, shell.resolve(b))) for b in result]
        result = [b + "/" for b, node in nodes if node is not None and node.is_dir]
    return sorted(result)


def _join(base: str, name: str) -> str:
    if not base:
        return name
    return posixpath.join(base, name)
