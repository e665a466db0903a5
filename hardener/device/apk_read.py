"""Reading the APKs of chosen apps from the phone, in a fixed number of batches.

A scan reads the signing certificate (and, where a finding needs it, the label) of the apps
not installed from a store. Each round below is *one* batch, whatever the number of apps:

1. ``stat -c '%s %n' APK...``: each file's size (the signing block is found from the end);
2. ``xxd -p -s OFFSET -l LENGTH APK`` for the last 64 KiB of each file: the zip's end record,
   central directory and APK Signing Block, which is all most APKs need;
3. and at most :data:`MAX_ROUNDS` - 2 more: what the first read showed is still missing (a long
   central directory, a v1 signature file, the manifest and ``resources.arsc`` for a label).

``xxd -p`` (toybox, on every Android since 7) prints plain hex: the bytes come back as text
over any shell protocol, and hardener sends nothing but plain commands (no pipe, no
redirection into a file on the phone). Paths come from ``pm list packages -f`` and are checked
against a strict pattern before they are quoted. Parsing is :mod:`hardener.device.apk`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from hardener.adb.channel import Channel
from hardener.adb.output import CommandOutput
from hardener.adb.quoting import sh_quote
from hardener.device import facts as f
from hardener.device.apk import ApkFacts, SparseApk, apk_facts, next_reads

MAX_ROUNDS = 4  # reads after the sizes: tail, then at most three rounds of what is missing
_PATHS_PER_STAT = 40
_MAX_READ_BYTES = 8 * 1024 * 1024  # one app's reads in one round, at most
_APK_PATH = re.compile(r"/(?:[A-Za-z0-9_.~=+\-]+/)*[A-Za-z0-9_.~=+\-]+\.apk")
_HEX = re.compile(r"[0-9a-fA-F\s]*")

Progress = Callable[[int, int], None]  # (round done, rounds at most)


def apk_path(snapshot_path: str | None) -> str | None:
    """The APK file to read, when it has a shape a shell argument may take."""
    if snapshot_path is None or len(snapshot_path) > 400 or not _APK_PATH.fullmatch(snapshot_path):
        return None
    if "/../" in snapshot_path or snapshot_path.startswith("/proc/"):
        return None
    return snapshot_path


def stat_command(paths: list[str]) -> str:
    return "stat -c '%s %n' " + " ".join(sh_quote(p) for p in paths)


def read_command(path: str, start: int, length: int) -> str:
    return f"xxd -p -s {start} -l {length} {sh_quote(path)}"


def parse_sizes(out: CommandOutput, paths: list[str]) -> dict[str, int]:
    """``SIZE PATH`` lines; a path stat could not read is simply left out."""
    sizes: dict[str, int] = {}
    wanted = set(paths)
    for line in out.text.splitlines():
        size, _, path = line.strip().partition(" ")
        if path in wanted and size.isdigit() and len(size) <= 15:
            sizes[path] = int(size)
    return sizes


def parse_hex(out: CommandOutput, length: int) -> bytes | None:
    """The bytes ``xxd -p`` printed, or None when it printed anything else (an error)."""
    if out.failure is not None or out.truncated or not _HEX.fullmatch(out.text):
        return None
    try:
        data = bytes.fromhex("".join(out.text.split()))
    except ValueError:
        return None
    return data if len(data) <= length else None


def read_apks(
    channel: Channel,
    paths: Mapping[str, str],
    labels_for: frozenset[str],
    on_round: Progress | None = None,
    timeout_s: float = 120.0,
) -> tuple[f.Parsed[Mapping[str, ApkFacts]], int]:
    """Facts of each package's APK (``paths``: package -> APK path), and the round trips used.

    Apps whose APK could not be read keep an :class:`ApkFacts` with the reason; a lost link
    ends the reading with what was learned so far (the caller's channel raises on the next use).
    """
    trips_before = channel.stats.round_trips
    facts: dict[str, ApkFacts] = {}
    valid: dict[str, str] = {}
    for package, raw in sorted(paths.items()):
        path = apk_path(raw)
        if path is None:
            facts[package] = ApkFacts(raw, problems=("the APK path has a shape hardener does not read",))
        else:
            valid[package] = path
    if not valid:
        return f.Parsed(facts), 0
    unique = sorted(set(valid.values()))
    chunks = [unique[i : i + _PATHS_PER_STAT] for i in range(0, len(unique), _PATHS_PER_STAT)]
    sizes: dict[str, int] = {}
    for out, chunk in zip(channel.run_batch([stat_command(c) for c in chunks], timeout_s=timeout_s), chunks,
                          strict=True):
        sizes.update(parse_sizes(out, chunk))
    if on_round is not None:
        on_round(1, MAX_ROUNDS + 1)
    apks: dict[str, SparseApk] = {}
    for package, path in valid.items():
        if path in sizes:
            apks[package] = SparseApk(path, sizes[path], want_label=package in labels_for)
        else:
            facts[package] = ApkFacts(path, problems=("stat could not read the file's size",))
    unreadable: dict[str, str] = {}
    for round_no in range(MAX_ROUNDS):
        wanted: list[tuple[str, int, int]] = []
        for package, apk in apks.items():
            if package in unreadable:
                continue
            ranges = next_reads(apk)
            if sum(e - s for s, e in ranges) > _MAX_READ_BYTES:
                unreadable[package] = f"would need more than {_MAX_READ_BYTES // 1024 // 1024} MiB read"
                continue
            wanted += [(package, s, e - s) for s, e in ranges]
        if not wanted:
            break
        outs = channel.run_batch([read_command(apks[p].path, s, n) for p, s, n in wanted],
                                 timeout_s=max(timeout_s, 30.0))
        for (package, start, length), out in zip(wanted, outs, strict=True):
            data = parse_hex(out, length)
            if data is None or len(data) != min(length, apks[package].size - start):
                first = out.text.strip().splitlines()[:1]
                unreadable[package] = f"xxd: {(first[0] if first else out.failure or 'no output')[:120]}"
                continue
            apks[package].add(start, data)
        if on_round is not None:
            on_round(round_no + 2, MAX_ROUNDS + 1)
    for package, apk in apks.items():
        got = apk_facts(apk)
        if package in unreadable:
            got = ApkFacts(got.path, got.size, got.certificates, got.label, (unreadable[package], *got.problems))
        facts[package] = got
    lost = tuple(sorted(p for p, a in facts.items() if not a.certificates))
    incomplete = (f"signing certificate not read for {len(lost)} app(s), e.g. {lost[0]}",) if lost else ()
    return f.Parsed(facts, incomplete, incomplete=incomplete), channel.stats.round_trips - trips_before
