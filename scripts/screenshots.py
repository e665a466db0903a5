"""Render every screen of the GUI into docs/screenshots/<lang>-<screen>.png.

    xvfb-run -a .venv/bin/python scripts/screenshots.py [--lang en fr] [--out docs/screenshots]

Drives the real window through the whole flow against the practice phone (connect with the
"Allow?" question, scan, choose a situation, apply, undo, finish), grabbing each screen on the
way, then shows the main problem screens. Nothing is written anywhere but the output folder:
the preferences go to a temporary file that is deleted at the end.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hardener.errors import AdbServerHoldsDevice, ConnectionLost, KeyRejected, KeyringUnavailable  # noqa: E402
from hardener.gui.lang import LanguageSwitcher  # noqa: E402
from hardener.gui.pages import problem as pr  # noqa: E402
from hardener.gui.prefs import Prefs  # noqa: E402
from hardener.gui.window import MainWindow  # noqa: E402

PERSONA = "samsung-11"
SIZE = (1100, 760)


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(lambda: loop.quit() if condition() or time.monotonic() > deadline else None)
    poll.start()
    loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("the window did not reach the expected screen")


def settle(ms: int = 150) -> None:
    """Let layouts and posted LanguageChange events finish before a grab."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Shooter:
    def __init__(self, window: MainWindow, lang: str, out: Path) -> None:
        self.window = window
        self.lang = lang
        self.out = out
        self.written: list[Path] = []

    def shot(self, name: str, wait: bool = True) -> None:
        if wait:
            settle()
        path = self.out / f"{self.lang}-{name}.png"
        self.window.grab().save(str(path))
        self.written.append(path)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, flush=True)


def run_flow(lang: str, out: Path, prefs: Prefs) -> list[Path]:
    window = MainWindow(
        prefs,
        LanguageSwitcher(),
        practice_options={"auth_mode": "prompt", "latency_ms": 40.0},
        usb_polling=False,
    )
    window.set_language(lang, remember=False)
    window.resize(*SIZE)
    window.show()
    s = Shooter(window, lang, out)
    w = window

    s.shot("start")
    w.show_help()
    s.shot("usb-help-samsung")
    w.help_page.choose("xiaomi")
    s.shot("usb-help-xiaomi")
    w.help_page.back_button.click()

    # The scan streams its parts in well under a second: grab the page from inside its own
    # progress update, part-way through, rather than hoping a poll lands in that moment.
    original_progress = w.scan_page.section_read

    def progress_and_shoot(label: str, done: int, total: int) -> None:
        original_progress(label, done, total)
        if done == total // 2:
            s.shot("scan", wait=False)

    w.scan_page.section_read = progress_and_shoot  # type: ignore[method-assign]
    w.start.choose_practice(PERSONA)
    w.start.connect_button.click()
    wait_until(lambda: w.waiting.practice_panel.pending is not None)
    s.shot("waiting-for-allow")
    w.waiting.practice_panel.allow_button.click()

    wait_until(lambda: w.current_page() is w.findings_page)
    s.shot("findings")

    w.findings_page.situation_button.click()
    ids = [p.id for p in w.state.profiles]
    w.situation.choose("arrest-raid" if "arrest-raid" in ids else ids[0])
    s.shot("situation")

    asked: list[bool] = []

    def answer(_change: object) -> None:
        if not asked:
            asked.append(True)
            QTimer.singleShot(0, lambda: (s.shot("apply-question"), w.apply_page.yes_button.click()))
        else:
            QTimer.singleShot(0, w.apply_page.yes_button.click)

    w.apply_page.question_shown.connect(answer)
    w.situation.apply_button.click()
    wait_until(lambda: w.current_page() is w.outcome, 120)
    s.shot("result")

    w.outcome.undo_button.click()
    wait_until(lambda: w.current_page() is w.undo_page)
    s.shot("undo-offer")
    w.undo_page.undo_button.click()
    wait_until(lambda: w.undo_page.mode == "done", 120)
    s.shot("undo-done")

    w.undo_page.finish_button.click()
    s.shot("finish-confirm")
    w.finish_page.finish_button.click()
    wait_until(lambda: w.finish_page.mode == "done", 60)
    s.shot("finish-done")
    w.finish_page.next_button.click()

    for name, error, context in (
        ("problem-key-rejected", KeyRejected("not allowed within 60 s"), pr.CONNECT),
        ("problem-adb-server", AdbServerHoldsDevice("USBErrorBusy", pid=1234), pr.CONNECT),
        ("problem-keyring", KeyringUnavailable("no backend"), pr.CONNECT),
        ("problem-connection-lost", ConnectionLost("link closed"), pr.APPLY),
    ):
        w.problem.show_problem(error, context)
        w.show_page(w.problem)
        s.shot(name)
    w.reset_for_next_person()
    window.quit_now()
    settle(50)
    return s.written


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", nargs="+", default=["en", "fr"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("hardener")
    with tempfile.TemporaryDirectory(prefix="hardener-shots-") as folder:
        prefs = Prefs(QSettings(str(Path(folder) / "prefs.ini"), QSettings.Format.IniFormat))
        written: list[Path] = []
        for lang in args.lang:
            written += run_flow(lang, args.out, prefs)
    LanguageSwitcher().apply("en")
    print(f"{len(written)} screenshots", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
