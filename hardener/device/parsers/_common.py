"""What every parser needs before it looks at a format: clean text and a verdict on errors.

Phones answer a failed command with text, not with a missing answer: ``Can't find service``,
a permission denial, a Java stack trace, a shell's "not found". Each parser must turn those
into a typed unknown instead of reading them as an empty (and so "safe") result, so the
recognition lives here, once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TypeVar

from hardener.adb.output import CommandOutput
from hardener.device.facts import Parsed

T = TypeVar("T")

# Lines the tool or dumpstate wraps around a service's own output; never part of the format.
_WRAPPER_PREFIXES = ("DUMP OF SERVICE ", "--------- ", "-------------------------------------------")

# Text that means the command did not do its job. Matched on the first meaningful lines only,
# because a long dump may legitimately mention e.g. "SecurityException" deep inside; most
# markers must start the line, so a setting's value cannot trigger them by accident.
_FAILURE_STARTS: tuple[tuple[str, str], ...] = (
    ("Permission Denial", "the phone refused: permission denied"),
    ("Permission denial", "the phone refused: permission denied"),
    ("Exception occurred while executing", "the command failed with an exception"),
    ("Security exception", "the phone refused: security exception"),
    ("java.lang.SecurityException", "the phone refused: security exception"),
    ("Operation not allowed", "the phone refused the operation"),
    ("Error while executing command", "the command failed"),
    ("Failure calling service", "the service did not answer"),
    ("Failed to dump service", "the service did not answer"),
    ("No shell command implementation", "the service has no shell commands"),
    ("Unknown command", "the command is not known on this phone"),
    ("Error: Unknown option", "an option is not known on this phone"),
    ("Exception caught", "the command failed with an exception"),
)
_FAILURE_ANYWHERE: tuple[tuple[str, str], ...] = (
    ("Can't find service: ", "the phone has no such service"),  # also "cmd: Can't find service: x"
    ("inaccessible or not found", "the command is not on this phone"),  # "/system/bin/sh: x: inaccessible..."
)
_SHELL_NOT_FOUND = re.compile(r"^(?:/system/bin/)?sh: [^:]{1,200}: (?:not found|No such file)")

# What dumpsys prints when a service took too long and its dump was cut off on the phone.
# Defined here, not in snapshot.py, because snapshot.py imports the parsers by name.
DUMP_TIMEOUT_MARK = "DUMP TIMEOUT"
_DUMP_TIMEOUT = DUMP_TIMEOUT_MARK
_HEAD_LINES = 4
_MAX_REASON = 160


def clean_text(text: str) -> str:
    """Normalise line ends and drop NUL bytes.

    A capture saved through a UTF-16 redirect and decoded as UTF-8 arrives as text with a NUL
    after every character and an escaped byte-order mark; dropping the NULs recovers it.
    """
    if "\x00" in text:
        text = text.replace("\x00", "")
        for bom in ("\\xff\\xfe", "\\xfe\\xff"):
            if text.startswith(bom):
                text = text[len(bom) :]
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def is_wrapper(line: str) -> bool:
    return line.startswith(_WRAPPER_PREFIXES) or line.startswith("WARNING: linker:")


def text_lines(out: CommandOutput) -> list[str]:
    """The output's lines, cleaned, without tool and dumpstate wrapper lines."""
    return [ln for ln in clean_text(out.text).split("\n") if not is_wrapper(ln)]


def short(text: str) -> str:
    """Quote phone text in a problem message without letting a hostile line flood it."""
    text = text.strip()
    if len(text) > _MAX_REASON:
        text = text[:_MAX_REASON] + "…"
    return text


def first(items: list[str]) -> str:
    return items[0] if items else ""


def failure_reason(lines: list[str]) -> str | None:
    """A reason if the first meaningful lines say the command failed, else None."""
    seen = 0
    for at, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        head = stripped[:300]
        for marker, reason in _FAILURE_STARTS:
            if head.startswith(marker):
                if stripped.endswith(":"):
                    # "Exception occurred while executing 'list':" says nothing by itself; the
                    # exception on the next line says why (e.g. a SecurityException).
                    following = next((ln.strip() for ln in lines[at + 1 :] if ln.strip()), "")
                    stripped = f"{stripped} {following}".strip()
                return f"{reason}: {short(stripped)}"
        for marker, reason in _FAILURE_ANYWHERE:
            if marker in head:
                return f"{reason}: {short(stripped)}"
        if _SHELL_NOT_FOUND.match(head):
            return f"the command is not on this phone: {short(stripped)}"
        seen += 1
        if seen >= _HEAD_LINES:
            break
    return None


def precheck(out: CommandOutput, what: str) -> tuple[list[str], str | None]:
    """The output's lines, and the reason to stop early if it is plainly not an answer."""
    if out.failure is not None:
        return [], f"{what}: the command did not complete: {short(out.failure)}"
    lines = text_lines(out)
    if not any(ln.strip() for ln in lines):
        rc = "" if out.exit_code in (0, None) else f" (exit code {out.exit_code})"
        return lines, f"{what}: the phone printed nothing{rc}"
    reason = failure_reason(lines)
    if reason is not None:
        return lines, f"{what}: {reason}"
    return lines, None


def output_notes(out: CommandOutput, what: str) -> list[str]:
    """Problems worth recording even when the output was understood."""
    notes: list[str] = []
    if out.exit_code not in (0, None):
        notes.append(f"{what}: the command ended with exit code {out.exit_code}")
    if _DUMP_TIMEOUT in out.text:
        notes.append(f"{what}: the dump was cut short by a timeout on the phone; some entries may be missing")
    return notes


def capped(problems: list[str], limit: int = 8) -> list[str]:
    """At most ``limit`` problems, then a count: a hostile dump must not flood the report."""
    if len(problems) <= limit:
        return problems
    return [*problems[:limit], f"... and {len(problems) - limit} more problem(s) of the same kind"]


def unknown(out: CommandOutput, *problems: str) -> Parsed[T]:
    return Parsed(None, tuple(problems), out.sdk)


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def is_digits(text: str) -> bool:
    """ASCII digits only: ``str.isdigit`` also accepts e.g. superscripts, which ``int`` rejects."""
    return text.isascii() and text.isdigit()


def parse_bool(text: str | None) -> bool | None:
    if text is None:
        return None
    low = text.strip().lower()
    if low in ("true", "1"):
        return True
    if low in ("false", "0"):
        return False
    return None


def parse_int(text: str | None, base: int = 10) -> int | None:
    if text is None:
        return None
    text = text.strip()
    if base == 16 and text[:2].lower() == "0x":
        text = text[2:]
    if not text or len(text) > 40:
        return None
    try:
        return int(text, base)
    except ValueError:
        return None


_ISO_DT = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?")


def parse_iso_datetime(text: str) -> dt.datetime | None:
    """``yyyy-MM-dd HH:mm[:ss]`` as the phone prints it (local time, so naive)."""
    m = _ISO_DT.match(text.strip())
    if m is None:
        return None
    try:
        return dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0))
    except ValueError:
        return None


def key_values(text: str) -> dict[str, str]:
    """``a=1 b=two c=[x y]``-style tokens split on spaces; tokens without ``=`` are skipped."""
    result: dict[str, str] = {}
    for token in text.split():
        key, sep, value = token.partition("=")
        if sep and key:
            result.setdefault(key, value)
    return result


def dedupe(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
