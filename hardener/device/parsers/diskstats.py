"""``dumpsys diskstats``: free space, encryption mode, and per-app sizes from a cached file.

The per-app part (``Package Names: [..]``, ``App Sizes: [..]``, ``App Data Sizes: [..]``,
``Cache Sizes: [..]``) is JSON arrays whose indexes line up; it comes from a cache the phone
refreshes only when idle and charging, and is missing altogether if that never ran. So an
output without it is still a known result, with ``cached_block_present=False``, never "no apps".
"""

from __future__ import annotations

import json
from typing import Any

from hardener.adb.output import CommandOutput
from hardener.device.facts import AppSize, DiskStats, Parsed
from hardener.device.parsers._common import output_notes, parse_bool, precheck, short, unknown

_WHAT = "dumpsys diskstats"
_ARRAYS = ("Package Names", "App Sizes", "App Data Sizes", "Cache Sizes")
_KNOWN_LINES = ("Latency", "Test-Error", "Data-Free", "Cache-Free", "System-Free", "File-based Encryption")


def _json_array(text: str) -> list[Any] | None:
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, list) else None


def _size(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if value >= 0 else None


def parse_diskstats(out: CommandOutput) -> Parsed[DiskStats]:
    lines, failed = precheck(out, _WHAT)
    if failed is not None:
        return unknown(out, failed)
    fields: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.strip().partition(": ")
        if sep and key not in fields:
            fields[key] = value.strip()
    problems = output_notes(out, _WHAT)
    if not any(k in fields for k in _KNOWN_LINES + _ARRAYS):
        first = next((ln for ln in lines if ln.strip()), "")
        return unknown(out, *problems, f"{_WHAT}: none of the expected lines found; first line: {short(first)}")
    fbe = parse_bool(fields.get("File-based Encryption"))
    arrays: dict[str, list[Any]] = {}
    for name in _ARRAYS:
        if name not in fields:
            continue
        parsed = _json_array(fields[name])
        if parsed is None:
            problems.append(f"{_WHAT}: '{name}' is not a JSON array: {short(fields[name])}")
        else:
            arrays[name] = parsed
    names = arrays.get("Package Names")
    sizes: dict[str, AppSize] = {}
    if names is not None:
        lengths = {k: len(v) for k, v in arrays.items()}
        if len(set(lengths.values())) > 1:
            problems.append(f"{_WHAT}: the per-app arrays differ in length {lengths}; sizes may be misaligned")
        app = arrays.get("App Sizes", [])
        data = arrays.get("App Data Sizes", [])
        cache = arrays.get("Cache Sizes", [])
        for i, name in enumerate(names):
            if not isinstance(name, str) or name in sizes:
                continue
            sizes[name] = AppSize(
                app_bytes=_size(app[i]) if i < len(app) else None,
                data_bytes=_size(data[i]) if i < len(data) else None,
                cache_bytes=_size(cache[i]) if i < len(cache) else None,
            )
    elif "Package Names" not in fields:
        problems.append(f"{_WHAT}: no cached per-app sizes (the phone has not computed them yet)")
    stats = DiskStats(file_based_encryption=fbe, sizes=sizes, cached_block_present=names is not None)
    return Parsed(stats, tuple(problems), out.sdk)
