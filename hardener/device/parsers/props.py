"""``getprop``: the phone's identity and the API level every other parser's format depends on.

Each line is ``[name]: [value]``. The value may itself hold ``]`` or, rarely, line breaks, so a
value runs to the *last* ``]`` of its line, and a line that opens a value without closing it is
continued on the following lines (bounded, so one broken line cannot swallow the rest).
"""

from __future__ import annotations

from hardener.adb.output import CommandOutput
from hardener.device.facts import Parsed, Props
from hardener.device.parsers._common import output_notes, parse_int, precheck, short, unknown

_WHAT = "getprop"
_MAX_CONTINUATION = 20
_SEP = "]: ["


def _start(line: str) -> tuple[str, str] | None:
    """(name, rest-after-'[') for a line that opens a property, else None."""
    if not line.startswith("["):
        return None
    idx = line.find(_SEP)
    if idx <= 1:
        return None
    name = line[1:idx]
    if "[" in name or "]" in name:
        return None
    return name, line[idx + len(_SEP) :]


def parse_getprop(out: CommandOutput) -> Parsed[Props]:
    lines, failed = precheck(out, _WHAT)
    if failed is not None:
        return unknown(out, failed)
    values: dict[str, str] = {}
    skipped = 0
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i].rstrip(" \t")
        i += 1
        if not line:
            continue
        opened = _start(line)
        if opened is None:
            skipped += 1
            continue
        name, rest = opened
        if rest.endswith("]"):
            values.setdefault(name, rest[:-1])
            continue
        # A value with line breaks: continue until a line ends with "]", or give up.
        parts = [rest]
        closed = False
        j = i
        while j < n and j - i < _MAX_CONTINUATION:
            nxt = lines[j].rstrip(" \t")
            if _start(nxt) is not None:
                break
            parts.append(nxt)
            j += 1
            if nxt.endswith("]"):
                closed = True
                break
        if closed:
            values.setdefault(name, "\n".join(parts)[:-1])
            i = j
        else:
            skipped += 1
    problems = output_notes(out, _WHAT)
    if not values:
        first = next((ln for ln in lines if ln.strip()), "")
        return unknown(out, *problems, f"{_WHAT}: no '[name]: [value]' lines found; first line: {short(first)}")
    if skipped:
        problems.append(f"{_WHAT}: {skipped} line(s) not understood and skipped")
    sdk = parse_int(values.get("ro.build.version.sdk"))
    return Parsed(Props(values), tuple(problems), sdk if sdk is not None else out.sdk)
