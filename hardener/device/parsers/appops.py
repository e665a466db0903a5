"""``dumpsys appops`` and ``appops get <pkg> [OP]``: special access such as drawing over apps.

In the dump, each ``Uid <uid>:`` block first lists the uid-wide modes, then ``Package <name>:``
blocks with the package modes. Formats differ by version:

- Android 7: ``OP: mode=0; time=...`` for both levels, with the mode as a number; Huawei adds
  ``isPrivileged:``/``needSyncPriv:`` to the package header, spread over three lines.
- Android 9+: uid level ``OP: mode=ignore``; package level ``OP (allow):``, perhaps with
  `` / switch OTHER=mode`` inside the brackets, followed by indented access/reject history.

Only the top-level ``Uid`` blocks are read, so the historical-ops section (same words, deeper
indentation) cannot be mistaken for current modes.
"""

from __future__ import annotations

import re
import shlex

from hardener.adb.output import CommandOutput
from hardener.device.facts import AppOpEntry, AppOps, Parsed
from hardener.device.parsers._common import (
    clean_text,
    failure_reason,
    first,
    indent_of,
    output_notes,
    precheck,
    short,
    unknown,
)

# AppOpsManager.MODE_*: Android 7 prints the number.
_MODE_NAMES = {"0": "allow", "1": "ignore", "2": "deny", "3": "default", "4": "foreground"}
_UID_MODE = re.compile(r"^([A-Z][A-Z0-9_]*): mode=([A-Za-z_]+|-?\d+)")
_PKG_MODE = re.compile(r"^([A-Z][A-Z0-9_]*) \(([A-Za-z_]+|-?\d+)")
_GET_LINE = re.compile(r"^([A-Z][A-Z0-9_]*): (?:mode=)?([A-Za-z_]+|-?\d+)")
_APP_UID = re.compile(r"^u(\d+)[a-z](\d+)$")
_HUAWEI_CONTINUATION = re.compile(r"^(?:true|false)(?: |$)")
_OP_ARG = re.compile(r"^[A-Z][A-Z0-9_]*$|^\d+$")


def _mode_name(raw: str) -> str:
    return _MODE_NAMES.get(raw, raw.lower())


def _user_of(uid_text: str) -> int | None:
    """``u10a123`` -> 10; ``1000`` or ``1010123`` -> uid // 100000."""
    m = _APP_UID.match(uid_text)
    if m is not None:
        return int(m[1])
    if uid_text.isascii() and uid_text.isdigit() and len(uid_text) <= 10:
        return int(uid_text) // 100000
    return None


class _UidBlock:
    def __init__(self, uid_text: str, user_id: int) -> None:
        self.uid_text = uid_text
        self.user_id = user_id
        self.uid_modes: list[tuple[str, str]] = []
        self.packages: list[str] = []
        self.package_modes: list[tuple[str, str, str]] = []

    def entries(self) -> list[AppOpEntry]:
        # Uid-level entries first: Android checks them before the package mode.
        result = [
            AppOpEntry(package=pkg, op=op, mode=mode, user_id=self.user_id, uid_level=True)
            for pkg in self.packages
            for op, mode in self.uid_modes
        ]
        result.extend(
            AppOpEntry(package=pkg, op=op, mode=mode, user_id=self.user_id) for pkg, op, mode in self.package_modes
        )
        return result


def parse_dumpsys_appops(out: CommandOutput) -> Parsed[AppOps]:
    what = "dumpsys appops"
    lines, failed = precheck(out, what)
    if failed is not None:
        return unknown(out, failed)
    saw_header = False
    blocks: list[_UidBlock] = []
    block: _UidBlock | None = None
    package: str | None = None
    uid_indent: int | None = None
    unknown_uids = 0
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        indent = indent_of(line)
        if indent == 0:
            if _HUAWEI_CONTINUATION.match(stripped):
                continue  # "true needSyncPriv:" / "false :" wrapped from the package header
            saw_header = saw_header or stripped.startswith("Current AppOps Service state")
            block = None
            package = None
            continue
        if uid_indent is None or indent <= uid_indent:
            # A section-level line: a new Uid block, or another section that ends them.
            package = None
            block = None
            if stripped.startswith("Uid ") and stripped.endswith(":"):
                uid_text = stripped[4:-1].strip()
                user_id = _user_of(uid_text)
                if user_id is None:
                    unknown_uids += 1
                    continue
                uid_indent = indent
                block = _UidBlock(uid_text, user_id)
                blocks.append(block)
            continue
        if block is None:
            continue
        if stripped.startswith("Package "):
            name = stripped[len("Package ") :].split(" ", 1)[0].rstrip(":")
            package = name or None
            if package is not None and package not in block.packages:
                block.packages.append(package)
            continue
        m = _UID_MODE.match(stripped)
        if m is not None:
            if package is None:
                block.uid_modes.append((m[1], _mode_name(m[2])))
            else:
                block.package_modes.append((package, m[1], _mode_name(m[2])))
            continue
        if package is not None:
            m = _PKG_MODE.match(stripped)
            if m is not None:
                block.package_modes.append((package, m[1], _mode_name(m[2])))
    problems = output_notes(out, what)
    if not blocks and not saw_header:
        first = next((ln for ln in lines if ln.strip()), "")
        return unknown(out, *problems, f"{what}: no 'Uid' blocks found; first line: {short(first)}")
    lost = [f"{what}: {unknown_uids} 'Uid' block(s) with a uid not understood were skipped"] if unknown_uids else []
    problems.extend(lost)
    entries = [e for b in blocks for e in b.entries()]
    return Parsed(AppOps(tuple(entries)), tuple(problems), out.sdk, incomplete=tuple(lost))


def _requested_op(command: str, package: str) -> str | None:
    """The OP argument of an ``appops get [opts] <pkg> [OP]`` command line, if one was given."""
    try:
        words = shlex.split(command)
    except ValueError:
        words = command.split()
    if "get" not in words:
        return None
    args = words[words.index("get") + 1 :]
    positional: list[str] = []
    skip = False
    for word in args:
        if skip:
            skip = False
            continue
        if word in ("--user", "--attribution", "--uid-mode"):
            skip = True
            continue
        if word.startswith("-"):
            continue
        positional.append(word)
    if len(positional) >= 2 and positional[0] == package and _OP_ARG.match(positional[1]):
        return positional[1]
    return None


def parse_appops_get(out: CommandOutput, package: str) -> Parsed[dict[str, str]]:
    """Op -> mode for one package; uid-wide modes appear under ``"uid:" + op``.

    ``appops get`` prints the uid-level block first, and marks only its *first* line with
    ``Uid mode:``. With a single op asked for, the two levels are certain (at most one line
    each). Without one, lines after the first uid line cannot be told apart, so they are read
    as package-level and a problem says so: verify writes with single-op queries.
    """
    what = f"appops get {package}"
    if out.failure is not None:
        return unknown(out, f"{what}: the command did not complete: {short(out.failure)}")
    lines = [ln.strip() for ln in clean_text(out.text).split("\n") if ln.strip()]
    reason = failure_reason(lines)
    if reason is not None:
        return unknown(out, f"{what}: {reason}")
    if not lines:
        return unknown(out, f"{what}: the phone printed nothing")
    if lines[0].startswith("Error") or lines[0].startswith("Unknown"):
        return unknown(out, f"{what}: {short(lines[0])}")
    if lines[0] == "No operations.":
        rest_ok = all(ln.startswith("Default mode:") for ln in lines[1:])
        if rest_ok:
            return Parsed({}, tuple(output_notes(out, what)), out.sdk)
        return unknown(out, f"{what}: unexpected text after 'No operations.': {short(lines[1])}")
    requested = _requested_op(out.command, package)
    modes: dict[str, str] = {}
    problems = output_notes(out, what)
    skipped: list[str] = []
    saw_uid_prefix = False
    ambiguous = False
    for index, line in enumerate(lines):
        uid_level = False
        if line.startswith("Uid mode: "):
            line = line[len("Uid mode: ") :]
            uid_level = True
            saw_uid_prefix = True
        m = _GET_LINE.match(line)
        if m is None:
            skipped.append(line)
            continue
        op, mode = m[1], _mode_name(m[2])
        if not uid_level and saw_uid_prefix and index > 0 and requested is None:
            ambiguous = True
        if requested is not None and op != requested:
            skipped.append(line)
            continue
        key = f"uid:{op}" if uid_level else op
        if not uid_level and op in modes and f"uid:{op}" not in modes:
            # A second plain line for the same op: the first was the unmarked uid-level one.
            modes[f"uid:{op}"] = modes[op]
        modes[key] = mode
    if not modes:
        return unknown(out, *problems, f"{what}: no 'OP: mode' lines found; first line: {short(lines[0])}")
    if skipped:
        problems.append(f"{what}: {len(skipped)} line(s) not understood or not asked for, e.g. {short(first(skipped))}")
    if ambiguous:
        problems.append(
            f"{what}: the output mixes uid-wide and package modes without marking where one ends; "
            "lines after the first were read as package modes (ask for one op to be sure)"
        )
    return Parsed(modes, tuple(problems), out.sdk)
