"""``dumpsys fingerprint`` / ``dumpsys face``: how many fingerprints or faces each user enrolled.

The services print one JSON object per sensor, ``{"service": .., "prints": [{"id": <user>,
"count": <n>, ..}]}``; Android 12+ may add text lines around it. Counts of several sensors are
added up per user. Anything without such an object is unknown: a maker's own face unlock
(Samsung, Xiaomi) does not show here, so a missing service does not mean "no biometrics".
"""

from __future__ import annotations

import json
from typing import Any

from hardener.adb.output import CommandOutput
from hardener.device.facts import Biometrics, Parsed
from hardener.device.parsers._common import output_notes, precheck, short, unknown

_MAX_JSON = 2_000_000


def _objects(line: str) -> list[dict[str, Any]]:
    """The JSON objects on one line (usually the whole line, sometimes after a prefix)."""
    start = line.find("{")
    end = line.rfind("}")
    if start < 0 or end <= start or end - start > _MAX_JSON:
        return []
    try:
        value = json.loads(line[start : end + 1])
    except (ValueError, RecursionError):
        return []
    return [value] if isinstance(value, dict) else []


def _count(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and 0 <= value < 1_000_000:
        return value
    return None


def _parse(out: CommandOutput, kind: str) -> Parsed[Biometrics]:
    what = f"dumpsys {kind}"
    lines, failed = precheck(out, what)
    if failed is not None:
        return unknown(out, failed)
    enrolled: dict[int, int] = {}
    found = False
    bad_entries = 0
    for line in lines:
        if '"prints"' not in line:
            continue
        for obj in _objects(line):
            prints = obj.get("prints")
            if not isinstance(prints, list):
                continue
            found = True
            for entry in prints:
                if not isinstance(entry, dict):
                    bad_entries += 1
                    continue
                user = _count(entry.get("id"))
                count = _count(entry.get("count"))
                if user is None or count is None:
                    bad_entries += 1
                    continue
                enrolled[user] = enrolled.get(user, 0) + count
    problems = output_notes(out, what)
    if not found:
        first = next((ln for ln in lines if ln.strip()), "")
        return unknown(out, *problems, f'{what}: no JSON with a "prints" list found; first line: {short(first)}')
    if bad_entries:
        problems.append(f"{what}: {bad_entries} enrolment entr(ies) without a user id and count were skipped")
    return Parsed(Biometrics(kind=kind, enrolled=enrolled, hardware_present=True), tuple(problems), out.sdk)


def parse_fingerprint(out: CommandOutput) -> Parsed[Biometrics]:
    return _parse(out, "fingerprint")


def parse_face(out: CommandOutput) -> Parsed[Biometrics]:
    return _parse(out, "face")
