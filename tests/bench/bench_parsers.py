"""Parser speed on big and hostile outputs (run by hand): the figures the tests no longer assert.

    .venv/bin/python tests/bench/bench_parsers.py

The tests check only that cost grows linearly (tests/cost.py: the same parse on an input and on
one eight times bigger, in one run); seconds depend on the machine and its load, so they are
printed here for a person to read. Per parser: seconds for 1.25 MB and 10 MB of its own real
output repeated, the ratio (about 8 when linear), and 10 million empty lines.
"""

from __future__ import annotations

import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS.parent))
sys.path.insert(0, str(TESTS))

from cost import SIZE_FACTOR, growth  # noqa: E402
from test_adversarial_parsers import COMMANDS, PARSERS, CommandOutput, _repeated, corpus  # noqa: E402


def main() -> int:
    print(f"{'parser':<20} {'1.25 MB':>9} {'10 MB':>9} {'ratio':>6} {'10M empty lines':>16}")
    for parser_id in sorted(PARSERS):
        def parse(text: str, pid: str = parser_id) -> object:
            return PARSERS[pid](CommandOutput(COMMANDS[pid], text, 0, 33))

        biggest = max(corpus(parser_id), key=len)
        small, large = growth(parse, _repeated(biggest, 10_000_000 // SIZE_FACTOR), _repeated(biggest))
        _, empty = growth(parse, "\n" * (10_000_000 // SIZE_FACTOR), "\n" * 10_000_000, repeat=1)
        print(f"{parser_id:<20} {small:8.3f}s {large:8.3f}s {large / max(small, 1e-9):6.1f} {empty:15.3f}s",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
