"""Phone-side cost of the practice phone (run by hand): is the simulator fast enough to test with?

    .venv/bin/python tests/bench/bench_sim_phone.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from hardener.device.snapshot import SECTIONS
from hardener.sim.personas import load_persona

LINE = "; ".join(f'{s.command} 2>&1; echo "__HB_0123456789abcdef_{i}_$?__"' for i, s in enumerate(SECTIONS))


def main() -> int:
    load_persona("apps-50").run_shell(LINE)  # first use imports the command modules
    for persona in ("apps-50", "apps-300", "apps-1000"):
        phone = load_persona(persona)
        started = time.perf_counter()
        phone.run_shell("dumpsys package packages")
        dump = time.perf_counter() - started
        phone = load_persona(persona)
        phone.run_shell(LINE)
        cold = phone.busy_seconds
        phone.run_shell(LINE)
        warm = phone.busy_seconds - cold
        print(f"{persona:<10} dumpsys package packages {dump * 1000:6.1f} ms; "
              f"scan batch {cold * 1000:6.1f} ms first, {warm * 1000:6.1f} ms again")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
