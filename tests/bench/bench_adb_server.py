"""Per-command cost of going through Google's adb server (``--adb-server``) against direct TCP.

Run by hand: ``.venv/bin/python tests/bench/bench_adb_server.py [--runs 300]``. It starts
Debian's ``adb`` server on a private port with a scratch HOME (killed at the end), attaches
the practice phone to it with ``adb connect``, then times the same channel calls both ways:
one short command, a batch of 20, a 64 KiB push and pull, and a whole scan. It prints
median and p95 and the difference, with the round trips each way; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hardener.adb.channel import Channel
from hardener.adb.connect import Connector, DeviceSelector
from hardener.adb.host_client import AdbServerClient, open_server_channel
from hardener.adb.keys import new_signer
from hardener.device.gather import gather
from hardener.sim.runner import start_practice_phone


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _timed(call: Callable[[], object], runs: int, warm: bool = True) -> list[float]:
    if warm:
        call()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return sorted(times)


def _paired(one: Callable[[], object], other: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    """Alternate the two calls, so a busy moment on the machine hits both paths alike."""
    one()
    other()
    a, b = [], []
    for _ in range(runs):
        a += _timed(one, 1, warm=False)
        b += _timed(other, 1, warm=False)
    return sorted(a), sorted(b)


def _p95(ms: list[float]) -> float:
    return ms[min(len(ms) - 1, int(len(ms) * 0.95))]


def _row(label: str, direct: list[float], server: list[float]) -> None:
    d_med, s_med = statistics.median(direct), statistics.median(server)
    d_p95, s_p95 = _p95(direct), _p95(server)
    print(
        f"{label:<22} direct {d_med:7.2f} / {d_p95:7.2f}   server {s_med:7.2f} / {s_p95:7.2f}   "
        f"overhead {s_med - d_med:+6.2f} / {s_p95 - d_p95:+6.2f} ms   ({len(direct)} runs)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=300, help="runs of each short call")
    parser.add_argument("--scans", type=int, default=30, help="runs of the whole scan")
    parser.add_argument("--persona", default="samsung-11")
    args = parser.parse_args()
    adb = shutil.which("adb")
    if adb is None:
        print("Google's adb is not installed (Debian package 'adb'): nothing to measure.")
        return 1
    home = tempfile.mkdtemp(prefix="hb-adb-home-")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANDROID_", "ADB_"))}
    env.update(HOME=home, ANDROID_ADB_SERVER_PORT=str(port))

    def run_adb(*words: str) -> str:
        done = subprocess.run(
            [adb, *words], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=30, check=False
        )
        return done.stdout + done.stderr

    version = run_adb("version").splitlines()[0:2]
    print(f"adb: {' / '.join(version)}; server on 127.0.0.1:{port}; python {sys.version.split()[0]}")
    sim = start_practice_phone(persona=args.persona, prompt_delay_s=0.0)
    try:
        run_adb("start-server")
        run_adb("connect", sim.serial)
        client = AdbServerClient(port)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if any(d.serial == sim.serial and d.state == "device" for d in client.devices()):
                break
            time.sleep(0.05)
        else:
            print("the practice phone never became 'device' on the adb server")
            return 1

        started = time.perf_counter()
        direct_conn = Connector(DeviceSelector(tcp=sim.serial), signer=new_signer()).connect()
        direct_connect = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        server_channel, _device = open_server_channel(sim.serial, port=port)
        server_connect = (time.perf_counter() - started) * 1000
        print(f"open a channel         direct {direct_connect:7.2f} ms (new key, Allow at once)   "
              f"server {server_connect:7.2f} ms (4 queries)")
        direct = direct_conn.channel
        payload = os.urandom(64 * 1024)
        batch = [f"echo {i}" for i in range(20)]

        def calls(channel: Channel) -> dict[str, Callable[[], object]]:
            return {
                "run('echo hi')": lambda: channel.run("echo hi"),
                "run_batch(20 echos)": lambda: channel.run_batch(batch),
                "push 64 KiB": lambda: channel.push_bytes(payload, "/data/local/tmp/bench.bin"),
                "pull 64 KiB": lambda: channel.pull_bytes("/data/local/tmp/bench.bin"),
            }

        print(f"{'':<22} {'median / p95, ms':>24}")
        direct_calls, server_calls = calls(direct), calls(server_channel)
        for label in direct_calls:
            _row(label, *_paired(direct_calls[label], server_calls[label], args.runs))
        scans = _paired(lambda: gather(direct), lambda: gather(server_channel), args.scans)
        _row(f"whole scan ({args.persona})", *scans)

        link = server_channel._device
        before_trips, before_log = server_channel.stats.round_trips, len(sim.command_log)
        link_client = getattr(link, "client", None)
        link_before = link_client.connections if link_client is not None else 0
        gather(server_channel)
        trips = server_channel.stats.round_trips - before_trips
        phone_services = len(sim.command_log) - before_log
        server_conns = (link_client.connections - link_before) if link_client is not None else -1
        d_before = direct.stats.round_trips
        gather(direct)
        print(
            f"round trips per scan: direct {direct.stats.round_trips - d_before}, server {trips} "
            f"(services the phone saw: {phone_services}; connections to the server: {server_conns}, "
            f"each 2 requests: host:transport + the service)"
        )

        started = time.perf_counter()
        for _ in range(20):
            subprocess.run([adb, "-s", sim.serial, "shell", "echo", "hi"], env=env, capture_output=True,
                           stdin=subprocess.DEVNULL, timeout=30, check=False)
        per = (time.perf_counter() - started) * 1000 / 20
        print(f"for comparison, running 'adb -s S shell echo hi' as a program: {per:.1f} ms per command (20 runs)")
        server_channel.close()
        direct_conn.close()
    finally:
        run_adb("kill-server")
        sim.stop()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
