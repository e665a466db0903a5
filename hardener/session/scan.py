"""A scan: the snapshot batch, then the APK files of the apps that need them, then the checks.

Why two steps: which APKs to read (apps from outside a store, apps a finding flags, apps a
finding names without a name from our tables) is only known once the batch has been judged.
The APK reading costs a fixed number of extra round trips (:mod:`hardener.device.apk_read`)
whatever the number of apps, and is counted in the snapshot's ``round_trips`` and ``seconds``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from hardener.adb.channel import Channel
from hardener.checks import run_checks
from hardener.checks.apk_targets import apk_targets
from hardener.checks.finding import Finding
from hardener.data.indicators import IndicatorIndex
from hardener.device.apk_read import MAX_ROUNDS, read_apks
from hardener.device.gather import gather
from hardener.device.snapshot import APK_SECTION, Section, Snapshot

SectionProgress = Callable[[Section, int, int], None]


def scan_phone(
    channel: Channel,
    on_progress: SectionProgress | None = None,
    *,
    show_names: bool = False,
    indicators: IndicatorIndex | None = None,
    read_apk_files: bool = True,
) -> tuple[Snapshot, list[Finding]]:
    """Gather, read the APKs the first findings call for, and judge the whole."""
    snapshot = gather(channel, on_progress=on_progress)
    if read_apk_files:
        started = time.monotonic()
        targets = apk_targets(snapshot, run_checks(snapshot, indicators=indicators), indicators)

        def on_round(done: int, total: int) -> None:
            if on_progress is not None:
                on_progress(APK_SECTION, done, total)

        parsed, trips = read_apks(channel, targets.paths, targets.labels, on_round=on_round)
        snapshot.parsed[APK_SECTION.id] = parsed
        snapshot.round_trips += trips
        snapshot.seconds += time.monotonic() - started
        if on_progress is not None:
            on_progress(APK_SECTION, MAX_ROUNDS + 1, MAX_ROUNDS + 1)
    return snapshot, list(run_checks(snapshot, show_names=show_names, indicators=indicators))
