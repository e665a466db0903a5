"""Linear cost, checked without a speed limit in seconds.

A test that says "10 MB in under 3 s" fails on a busy or slow machine and passes a quadratic
parser on a fast one. Instead the same work is done on an input and on one eight times bigger,
in the same run, best of two each: a linear parser takes about 8 times as long, a quadratic one
64 times. The check allows 32 (a wide factor: load that slows both runs does not change the
ratio). Timing figures belong to ``tests/bench/``; a real hang is pytest-timeout's to catch.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

SIZE_FACTOR = 8
SLACK = 4  # linear is about SIZE_FACTOR times; quadratic would be SIZE_FACTOR ** 2
# Below this, the big run is too quick for a ratio to mean anything (a bail-out on the first
# line takes microseconds either way): nothing to judge, so nothing is asserted.
TOO_QUICK_TO_JUDGE_S = 0.2


def growth(work: Callable[[T], object], small: T, large: T, repeat: int = 2) -> tuple[float, float]:
    """(seconds for ``small``, seconds for ``large``), each the best of ``repeat`` interleaved runs."""
    work(small)  # warm up: compiled patterns, caches
    best_small = best_large = float("inf")
    collecting = gc.isenabled()
    gc.disable()  # a collection landing in one run only would skew the ratio
    try:
        for _ in range(repeat):
            started = time.perf_counter()
            work(small)
            best_small = min(best_small, time.perf_counter() - started)
            started = time.perf_counter()
            work(large)
            best_large = min(best_large, time.perf_counter() - started)
    finally:
        if collecting:
            gc.enable()
    return best_small, best_large


def assert_linear(work: Callable[[T], object], small: T, large: T, size_factor: float = SIZE_FACTOR) -> None:
    """``work(large)`` costs at most ``SLACK`` times what linear growth from ``work(small)`` allows."""
    t_small, t_large = growth(work, small, large)
    if t_large < TOO_QUICK_TO_JUDGE_S:
        return
    assert t_large <= SLACK * size_factor * t_small, (
        f"{size_factor:g} times the input took {t_large / max(t_small, 1e-9):.0f} times as long "
        f"({t_small:.3f} s -> {t_large:.3f} s): worse than linear"
    )
