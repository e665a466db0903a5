"""How responsive the GUI stays: run by hand, prints figures (not collected by pytest).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_gui.py [--latency-ms 20] [--persona samsung-11]

1. Start-up: from process start to the window's first paint, measured in a fresh process
   (imports included, which is what a person waits for).
2. Longest event-loop stall while a scan and then an apply run against the practice phone with
   a per-command latency: a QTimer asks to tick every 5 ms and the largest gap between ticks
   is recorded. A frozen window shows up here as a gap of the length of the blocking call.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


class StallMeter:
    """Largest gap between ticks of a 5 ms timer: how long the GUI thread was unavailable."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.ticks = 0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now
        self.ticks += 1


def wait_until(condition: Callable[[], bool], timeout_s: float) -> None:
    """Run the real event loop until ``condition`` holds (never a sleep on the GUI thread)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    poll = QTimer()
    poll.setInterval(5)

    def check() -> None:
        if condition() or time.monotonic() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("the GUI did not reach the expected state in time")


def bench_stalls(latency_ms: float, persona: str) -> dict[str, float]:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from hardener.gui.lang import LanguageSwitcher
    from hardener.gui.prefs import Prefs
    from hardener.gui.window import MainWindow

    app = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp(prefix="hardener-bench-")
    prefs = Prefs(QSettings(str(Path(folder) / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(
        prefs,
        LanguageSwitcher(),
        practice_options={"auth_mode": "prompt-accept", "prompt_delay_s": 0.0, "latency_ms": latency_ms},
        usb_polling=False,
    )
    window.show()
    meter = StallMeter()
    figures: dict[str, float] = {}

    window.start.choose_practice(persona)
    started = time.perf_counter()
    window.start.connect_button.click()
    wait_until(lambda: window.current_page() is window.scan_page, 60)
    figures["connect_s"] = time.perf_counter() - started

    meter.start()
    started = time.perf_counter()
    wait_until(lambda: window.current_page() is window.findings_page, 120)
    figures["scan_s"] = time.perf_counter() - started
    figures["scan_stall_ms"] = meter.stop() * 1000
    figures["scan_ticks"] = meter.ticks

    window.findings_page.situation_button.click()
    profiles = [p.id for p in window.state.profiles]
    choice = "arrest-raid" if "arrest-raid" in profiles else profiles[0]
    window.situation.choose(choice)
    plan = window.state.plan
    figures["changes"] = len(plan.to_apply) if plan is not None else 0
    # Say yes to every "cannot be undone" question as soon as it appears.
    window.apply_page.question_shown.connect(lambda _c: QTimer.singleShot(0, window.apply_page.yes_button.click))
    meter.start()
    started = time.perf_counter()
    window.situation.apply_button.click()
    wait_until(lambda: window.current_page() is window.outcome, 120)
    figures["apply_s"] = time.perf_counter() - started
    figures["apply_stall_ms"] = meter.stop() * 1000
    window.quit_now()
    app.processEvents()
    return figures


def child_startup() -> None:
    """Runs in a fresh process: time from process start to the first paint of the window."""
    import psutil
    from PySide6.QtCore import QEvent, QObject, QTimer

    created = psutil.Process().create_time()

    from hardener.gui import app as gui_app

    qapp, window = gui_app.build([])

    class FirstPaint(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.Paint, QEvent.Type.Expose, QEvent.Type.UpdateRequest):
                print(f"{time.time() - created:.3f}", flush=True)
                QTimer.singleShot(0, qapp.quit)
                window.removeEventFilter(self)  # type: ignore[attr-defined]
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)  # type: ignore[attr-defined]
    QTimer.singleShot(10000, qapp.quit)
    qapp.exec()
    window.quit_now()  # type: ignore[attr-defined]


def bench_startup(runs: int = 3) -> list[float]:
    times: list[float] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="hardener-bench-") as home:
            env = {**os.environ, "XDG_CONFIG_HOME": home, "HOME": home}
            out = subprocess.run(
                [sys.executable, __file__, "--child-startup"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
                timeout=60,
            )
            times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument("--persona", default="samsung-11")
    parser.add_argument("--child-startup", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_startup:
        child_startup()
        return 0
    startup = bench_startup()
    print(f"start-up to first paint: best {min(startup):.3f} s, worst {max(startup):.3f} s over {len(startup)} runs")
    figures = bench_stalls(args.latency_ms, args.persona)
    print(f"practice phone '{args.persona}', {args.latency_ms:.0f} ms latency per command")
    print(f"  connect (auto-allow):       {figures['connect_s']:.2f} s")
    print(f"  scan:                       {figures['scan_s']:.2f} s, longest stall {figures['scan_stall_ms']:.1f} ms")
    print(
        f"  apply ({figures['changes']:.0f} changes):          "
        f"{figures['apply_s']:.2f} s, longest stall {figures['apply_stall_ms']:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
