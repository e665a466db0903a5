"""hardener's own channel against the practice phone on loopback (run by hand).

    .venv/bin/python tests/bench/bench_channel.py [--runs 200]

Prints the median and 95th-percentile round trip of a trivial command (``echo x``) through
``Channel.run`` (TCP_NODELAY transport, shell v2), the same through adb-shell's stock TCP
transport for comparison, and the throughput of a large output.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from adb_shell.adb_device import AdbDeviceTcp

from hardener.adb.connect import Connector, DeviceSelector
from hardener.adb.keys import new_signer
from hardener.sim.runner import start_practice_phone


def _stats(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    return f"median {statistics.median(samples) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    signer = new_signer()
    with start_practice_phone(persona="pixel-14", prompt_delay_s=0.0) as sim:
        conn = Connector(DeviceSelector(tcp=sim.serial), signer=signer).connect()
        try:
            samples = []
            for _ in range(args.runs):
                t = time.perf_counter()
                conn.channel.run("echo x")
                samples.append(time.perf_counter() - t)
            print(f"hardener Channel.run('echo x'), {args.runs} runs: {_stats(samples)}")

            t = time.perf_counter()
            out = conn.channel.run("seq 1000000", timeout_s=120)
            dt = time.perf_counter() - t
            size = len(out.text.encode())
            rate = size / 1e6 / dt
            print(f"large output: {size / 1e6:.1f} MB in {dt:.3f} s = {rate:.0f} MB/s (incl. phone-side work)")
        finally:
            conn.close()

        stock = AdbDeviceTcp(sim.host, sim.port)
        stock.connect(rsa_keys=[signer], auth_timeout_s=5)
        try:
            samples = []
            for _ in range(min(args.runs, 50)):
                t = time.perf_counter()
                stock.shell("echo x")
                samples.append(time.perf_counter() - t)
            print(f"adb-shell stock TCP transport (Nagle on), {len(samples)} runs: {_stats(samples)}")
        finally:
            stock.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
