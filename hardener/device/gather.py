"""Gather a snapshot: the fixed command set, sent as one batch, parsed as it streams back.

One round trip, whatever the number of apps: ``dumpsys package packages`` describes every app
at once. Progress is reported per section as its output arrives, so the GUI can show what is
being read while the phone is still printing the rest.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence

from hardener.adb.channel import Channel
from hardener.adb.output import CommandOutput
from hardener.device.snapshot import SECTIONS, Section, Snapshot, build_snapshot

ProgressCallback = Callable[[Section, int, int], None]

INFO_SECTIONS = ("props", "lock_settings", "lock_disabled", "trust", "users", "current_user")


def gather(
    channel: Channel,
    on_progress: ProgressCallback | None = None,
    sections: Sequence[str] | None = None,
    timeout_s: float = 180.0,
) -> Snapshot:
    chosen = [s for s in SECTIONS if sections is None or s.id in sections]
    started = time.monotonic()
    trips_before = channel.stats.round_trips
    outputs: dict[str, CommandOutput] = {}

    def section_done(index: int, out: CommandOutput) -> None:
        outputs[chosen[index].id] = out
        if on_progress is not None:
            on_progress(chosen[index], len(outputs), len(chosen))

    channel.run_batch([s.command for s in chosen], section_done, timeout_s=timeout_s)
    snap = build_snapshot(outputs, taken_at=dt.datetime.now(dt.UTC))
    snap.this_computer = channel.own_key_fingerprint
    snap.round_trips = channel.stats.round_trips - trips_before
    snap.seconds = time.monotonic() - started
    return snap
