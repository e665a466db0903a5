"""Round-trip time and throughput of adb-shell against the practice phone on loopback.

Run by hand: ``.venv/bin/python tests/bench/bench_adb.py [--runs 200]``. It prints figures and
asserts nothing; it exists so that a change to the server or the client that makes every
command slower shows up as a number someone can compare.
"""

from __future__ import annotations

import argparse
import io
import socket
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from adb_shell.adb_device import AdbDeviceTcp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sim_support import FakePhone

from hardener.sim.runner import PracticePhone, start_practice_phone


def _connect(practice: PracticePhone, nodelay: bool) -> AdbDeviceTcp:
    device = AdbDeviceTcp(practice.host, practice.port, default_transport_timeout_s=10)
    device.connect(read_timeout_s=10)
    if nodelay:
        device._io_manager._transport._connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return device


def _timed(call: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return times


def _report_rtt(label: str, times: list[float]) -> None:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    print(
        f"{label}: median {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms, "
        f"min {ms[0]:.2f} ms, max {ms[-1]:.2f} ms ({len(ms)} runs)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--nagle-runs", type=int, default=50, help="runs without TCP_NODELAY (slow)")
    parser.add_argument("--seq", type=int, default=1_000_000, help="seq N for the big output")
    args = parser.parse_args()

    with start_practice_phone(FakePhone(), auth_mode="none") as practice:
        device = _connect(practice, nodelay=True)
        try:
            device.shell("echo warm-up")
            _report_rtt("shell:echo, TCP_NODELAY on client", _timed(lambda: device.shell("echo x"), args.runs))
            _report_rtt("exec:echo,  TCP_NODELAY on client", _timed(lambda: device.exec_out("echo x"), args.runs))

            size = len(device.shell(f"seq {args.seq}", decode=False))  # warm-up, and the size
            times = _timed(lambda: device.shell(f"seq {args.seq}", decode=False, read_timeout_s=60), 3)
            best = min(times)
            build = min(_timed(lambda: FakePhone().run_shell(f"seq {args.seq}"), 3))
            print(
                f"large output (shell:seq {args.seq}, {size / 1e6:.1f} MB): best {best * 1000:.0f} ms, "
                f"{size / best / 1e6:.1f} MB/s end to end; the fake phone spends {build * 1000:.0f} ms "
                f"building the text, so transfer alone is {size / (best - build) / 1e6:.1f} MB/s"
            )

            blob = bytes(range(256)) * (20 * 4096)  # 20 MiB
            started = time.perf_counter()
            device.push(io.BytesIO(blob), "/data/local/tmp/bench.bin")
            push_s = time.perf_counter() - started
            back = io.BytesIO()
            started = time.perf_counter()
            device.pull("/data/local/tmp/bench.bin", back)
            pull_s = time.perf_counter() - started
            assert back.getvalue() == blob
            mb = len(blob) / 1e6
            print(f"push 20 MiB: {push_s * 1000:.0f} ms ({mb / push_s:.1f} MB/s)")
            print(f"pull 20 MiB: {pull_s * 1000:.0f} ms ({mb / pull_s:.1f} MB/s)")
        finally:
            device.close()

        if args.nagle_runs:
            device = _connect(practice, nodelay=False)
            try:
                device.shell("echo warm-up")
                _report_rtt(
                    "shell:echo, Nagle left on (adb-shell default)",
                    _timed(lambda: device.shell("echo x"), args.nagle_runs),
                )
            finally:
                device.close()


if __name__ == "__main__":
    main()
