"""Scan cost against the practice phone with 20 ms of latency per command (run by hand).

    .venv/bin/python tests/bench/bench_scan.py [--latency-ms 20] [--personas apps-50,apps-300,apps-1000]

For each persona: round trips and wall time of hardener's scan (one batch), then the same
package facts gathered the per-package way forensic tools use (``pm list packages`` then one
``dumpsys package <pkg>`` per app), and the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hardener.checks import run_checks
from hardener.device.gather import gather
from hardener.device.parsers.packages import parse_pm_list_packages
from hardener.practice import PracticeOptions, practice_connector, start_practice, stop_with


def bench(persona: str, latency_ms: float, repeat: int) -> None:
    practice = start_practice(persona, PracticeOptions(latency_ms=latency_ms, prompt_delay_s=0.0))
    with stop_with(practice_connector(practice).connect(), practice) as conn:
        times, trips = [], 0
        for _ in range(repeat):
            started = time.perf_counter()
            snap = gather(conn.channel)
            findings = run_checks(snap)
            times.append(time.perf_counter() - started)
            trips = snap.round_trips
        apps = len(snap.packages.value or ())
        scan_s = statistics.median(times)
        print(f"{persona:<10} apps={apps:<5} hardener scan: {trips} round trip(s), {scan_s:6.3f} s "
              f"(median of {repeat}), {len(findings)} findings")

        before = conn.channel.stats.round_trips
        started = time.perf_counter()
        listing = conn.channel.run("pm list packages -f -i -U -u")
        names = [p.name for p in (parse_pm_list_packages(listing).value or ())]
        for name in names:
            conn.channel.run(f"dumpsys package {name}")
        per_pkg_s = time.perf_counter() - started
        per_pkg_trips = conn.channel.stats.round_trips - before
        print(f"{'':<10} per-package way: {per_pkg_trips} round trips, {per_pkg_s:6.3f} s"
              f"  -> ratio {per_pkg_s / scan_s:5.1f}x time, {per_pkg_trips / max(trips, 1):5.0f}x round trips")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--personas", default="apps-50,apps-300,apps-1000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"latency per command: {args.latency_ms} ms")
    for persona in args.personas.split(","):
        bench(persona, args.latency_ms, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
