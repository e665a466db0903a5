"""The fault matrix through Google's adb server, side by side with the direct path.

Run by hand: ``.venv/bin/python tests/bench/bench_faults_adb_server.py [--full] [--families scan,apply]``.
Every scenario of ``tests/fault_matrix.py`` (less the ``auth`` faults and the ``connect``
family, which test hardener's own handshake) runs twice: over hardener's direct TCP link, and
through Debian's adb server on a private port (the fault relay sits between the server and the
phone). It prints each path's summary and every scenario whose ending differs; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from adb_server_support import SERVER_FAMILIES, ServerMatrix, private_adb_server, server_scenarios
from fault_matrix import Matrix, Result, summary

from hardener.adb.keys import new_signer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--full", action="store_true", help="every fault at every step (slow)")
    parser.add_argument("--families", default=",".join(SERVER_FAMILIES))
    args = parser.parse_args()
    families = tuple(f for f in args.families.split(",") if f)
    signer = new_signer()
    with private_adb_server() as server:
        os.environ["ANDROID_ADB_SERVER_PORT"] = str(server.port)
        through = ServerMatrix(signer, server)
        direct = Matrix(signer)
        scenarios = server_scenarios(through, args.full, families)
        for sc in scenarios:
            direct.clean(sc.family, sc.persona, sc.profile)  # what each step's last command is, as through does
        results: dict[str, tuple[Result, Result]] = {}
        took = {"direct": 0.0, "server": 0.0}
        for sc in scenarios:
            started = time.monotonic()
            d = direct.run(sc)
            took["direct"] += time.monotonic() - started
            started = time.monotonic()
            s = through.run(sc)
            took["server"] += time.monotonic() - started
            results[sc.name] = (d, s)
    for label, index in (("direct TCP", 0), ("through the adb server", 1)):
        print(f"== {label} ({took['direct' if index == 0 else 'server']:.1f} s)")
        for line in summary([pair[index] for pair in results.values()]):
            print(f"   {line}")
        for name, pair in results.items():
            if not pair[index].ok:
                print(f"   ! {name} -> {pair[index].ending}: {pair[index].failures[:2]}")
    differ = [(n, d.ending, s.ending) for n, (d, s) in results.items() if (d.ending, d.ok) != (s.ending, s.ok)]
    print(f"== endings that differ between the two paths: {len(differ)} of {len(results)}")
    for name, d_end, s_end in differ:
        print(f"   {name}: direct {d_end}, server {s_end}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
