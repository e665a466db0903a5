"""Size and start time of the standalone build: run by hand, prints figures (not collected by pytest).

    bash scripts/bundle.sh && .venv/bin/python tests/bench/bench_bundle.py [--runs 5]

Measures ``dist/hardener`` (build it first): its size on disk and in files, then the wall time
of a few programs run from a copy outside the checkout with no venv on PATH, each the median of
``--runs`` runs after one warm-up (the first run after a build pays for the disk cache; a person's
first start does too, so that figure is printed as well):

* ``hardener profiles``: start-up of the command line (Python, hardener, the profiles);
* ``hardener scan --demo samsung-11 --json``: start, practice phone, one whole scan;
* ``hardener-gui --exit-when-shown``: until the window is up (offscreen), then quit;
* ``hardener gui --demo --exit-when-shown``: until the practice phone asks "Allow?".
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROGRAMS = {
    "cli: profiles": ["hardener", "profiles"],
    "cli: scan --demo samsung-11 --json": ["hardener", "scan", "--demo", "samsung-11", "--json"],
    "gui: window shown": ["hardener-gui", "--exit-when-shown"],
    "gui --demo: practice phone asks Allow": ["hardener", "gui", "--demo", "--exit-when-shown"],
}


def _size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def _time(cmd: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                   timeout=120)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "hardener")
    args = parser.parse_args()
    if not (args.dist / "hardener").is_file():
        print(f"No build at {args.dist}: run 'bash scripts/bundle.sh' first.", file=sys.stderr)
        return 1
    size, count = _size(args.dist)
    print(f"build: {args.dist}  {size / 2**20:.0f} MiB in {count} files")
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "hardener"
        shutil.copytree(args.dist, app, symlinks=True)
        home = Path(tmp) / "home"
        home.mkdir()
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
        for label, (program, *rest) in PROGRAMS.items():
            cmd = [str(app / program), *rest]
            first = _time(cmd, home, env)
            runs = [_time(cmd, home, env) for _ in range(args.runs)]
            print(f"{label:<40} first {first:6.2f} s   median {statistics.median(runs):6.2f} s"
                  f"   (min {min(runs):.2f}, max {max(runs):.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
