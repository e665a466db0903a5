"""The whole fault matrix: every family, every fault, every step, on several phones and profiles.

Run by hand: ``.venv/bin/python tests/bench/bench_faults.py [--quick] [--family apply] [-v]``.
It prints one line per family, then ``N scenarios, F failed, L lost`` as its last line, and exits
non-zero unless F and L are both 0. ``--quick`` runs the subset CI runs
(``tests/test_fault_matrix.py``). The scenarios and how each is judged are in
``tests/fault_matrix.py``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fault_matrix import FAMILIES, Matrix, Result, scenarios, summary

from hardener.adb.keys import new_signer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="only the subset the tests run")
    parser.add_argument("--family", action="append", choices=FAMILIES, help="only this family (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per scenario")
    args = parser.parse_args()
    # The practice phone logs every link it drops; here that is the point, not news.
    logging.basicConfig(level=logging.CRITICAL)

    matrix = Matrix(new_signer())
    started = time.monotonic()
    chosen = scenarios(matrix, full=not args.quick, families=tuple(args.family or FAMILIES))
    results: list[Result] = []
    for scenario in chosen:
        result = matrix.run(scenario)
        results.append(result)
        if args.verbose or not result.ok:
            mark = "ok  " if result.ok else "FAIL"
            print(f"{mark} {scenario.name:<58} {result.ending:<16} {result.seconds:5.2f} s", flush=True)
            for failure in result.failures:
                print(f"       {failure}", flush=True)
    slowest = max(results, key=lambda r: r.seconds)
    print(f"({time.monotonic() - started:.0f} s in all; slowest {slowest.scenario.name}, {slowest.seconds:.1f} s)")
    lines = summary(results)
    print("\n".join(lines))
    return 0 if lines[-1].endswith(" 0 failed, 0 lost") else 1


if __name__ == "__main__":
    sys.exit(main())
