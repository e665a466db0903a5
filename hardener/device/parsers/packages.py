"""``pm list packages -f -i -U -u``: every app the phone knows, with path, installer and uid.

Line shape: ``package:<path>=<name> [versionCode:<n>]  installer=<x> uid:<uid>``. The path may
contain ``=`` (base64 directory names since Android 11), so the name is what follows the *last*
``=`` of the first part. The optional parts are cut from the right, where their markers are
fixed text that a package name cannot contain.
"""

from __future__ import annotations

from hardener.adb.output import CommandOutput
from hardener.device.facts import PackageListEntry, Parsed
from hardener.device.parsers._common import first, is_digits, output_notes, precheck, short, unknown

_WHAT = "pm list packages"
_PREFIX = "package:"


def _cut_right(text: str, marker: str) -> tuple[str, str | None]:
    idx = text.rfind(marker)
    if idx < 0:
        return text, None
    return text[:idx], text[idx + len(marker) :].strip()


def _parse_line(line: str) -> PackageListEntry | None:
    body = line[len(_PREFIX) :].rstrip()
    body, uid_text = _cut_right(body, " uid:")
    body, installer = _cut_right(body, " installer=")
    body, _version = _cut_right(body, " versionCode:")
    body = body.strip()
    path: str | None = None
    name = body
    if "=" in body:
        path, _, name = body.rpartition("=")
        path = path or None
    name = name.strip()
    if not name or any(c.isspace() for c in name):
        return None
    uid: int | None = None
    if uid_text:
        first = uid_text.split(",")[0].strip()
        uid = int(first) if is_digits(first) and len(first) <= 10 else None
    if installer in ("null", ""):
        installer = None
    return PackageListEntry(name=name, path=path, installer=installer, uid=uid)


def parse_pm_list_packages(out: CommandOutput) -> Parsed[tuple[PackageListEntry, ...]]:
    lines, failed = precheck(out, _WHAT)
    if failed is not None:
        return unknown(out, failed)
    entries: list[PackageListEntry] = []
    seen: set[str] = set()
    skipped: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        entry = _parse_line(stripped) if stripped.startswith(_PREFIX) else None
        if entry is None:
            skipped.append(stripped)
            continue
        if entry.name not in seen:
            seen.add(entry.name)
            entries.append(entry)
    problems = output_notes(out, _WHAT)
    if not entries:
        return unknown(out, *problems, f"{_WHAT}: no 'package:' lines found; first line: {short(first(skipped))}")
    lost = [f"{_WHAT}: {len(skipped)} line(s) not understood, e.g. {short(first(skipped))}"] if skipped else []
    problems.extend(lost)  # each line not understood may be an app that is then missing
    return Parsed(tuple(entries), tuple(problems), out.sdk, incomplete=tuple(lost))
