"""Screenshots of the screens that keep a person safe, at a laptop's and a netbook's size.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_person.py --size 1366x768
    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python scripts/screenshots_person.py --size 1024x600

Writes docs/screenshots/<lang>-<size>-<screen>.png for English and French: the safety stop (a
spying app found), the plan in plain values, the question before clearing translators, the result
with what is still to do, the still-to-do page, a report saved, the question when leaving with USB
debugging on, a refused write on a Xiaomi phone, and Wi-Fi pairing with a code. Everything runs
against the practice phone; the preferences and the saved report go to a temporary folder,
deleted at the end. ``--only wifi-pairing`` (or any of SCREENS) makes just those.

The Wi-Fi pairing page is shown as on a computer whose Google adb can pair (version 35, found in
/opt/platform-tools), whatever adb the machine making the screenshots has, with the three things
the phone shows typed in as its examples.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402
from screenshots import settle, wait_until  # noqa: E402

from hardener.adb.platform_tools import PlatformTools  # noqa: E402
from hardener.gui import report_action  # noqa: E402
from hardener.gui.lang import LanguageSwitcher  # noqa: E402
from hardener.gui.prefs import Prefs  # noqa: E402
from hardener.gui.window import MainWindow  # noqa: E402


class Shots:
    def __init__(self, out: Path, lang: str, size: str) -> None:
        self.out, self.lang, self.size = out, lang, size
        self.written: list[Path] = []

    def window(self, w: MainWindow, name: str) -> None:
        settle(200)
        self._save(w.grab(), name)

    def screen(self, name: str) -> None:
        """The whole screen: for a question box that is a window of its own."""
        settle(300)
        screen = QGuiApplication.primaryScreen()
        self._save(screen.grabWindow(0), name)

    def _save(self, pixmap: object, name: str) -> None:
        path = self.out / f"{self.lang}-{self.size}-{name}.png"
        pixmap.save(str(path))  # type: ignore[attr-defined]
        self.written.append(path)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, flush=True)


def new_window(lang: str, prefs: Prefs, size: tuple[int, int]) -> MainWindow:
    w = MainWindow(prefs, LanguageSwitcher(), practice_options={"auth_mode": "prompt-accept", "prompt_delay_s": 0.0},
                   usb_polling=False)
    w.set_language(lang, remember=False)
    w.resize(*size)
    w.move(0, 0)
    w.show()
    return w


def connect(w: MainWindow, persona: str) -> None:
    w.start.choose_practice(persona)
    w.start.connect_button.click()
    wait_until(lambda: w.current_page() in (w.findings_page, w.safety))


def plan(w: MainWindow, profile: str) -> None:
    w.findings_page.situation_button.click()
    w.situation.choose(profile)
    settle()


# Groups of screens, each made in one window: --only takes these names.
SCREENS = ("safety-stop", "plan-to-quit", "refused-xiaomi", "wifi-pairing")


def run(lang: str, size: tuple[int, int], label: str, out: Path, tmp: Path,
        only: tuple[str, ...] = SCREENS) -> list[Path]:
    shots = Shots(out, lang, label)
    prefs = Prefs(QSettings(str(tmp / f"prefs-{lang}.ini"), QSettings.Format.IniFormat))
    if "safety-stop" in only:
        safety_stop(shots, lang, prefs, size)
    if "plan-to-quit" in only:
        plan_to_quit(shots, lang, prefs, size, label, tmp)
    if "refused-xiaomi" in only:
        refused_xiaomi(shots, lang, prefs, size)
    if "wifi-pairing" in only:
        wifi_pairing(shots, lang, prefs, size)
    return shots.written


def safety_stop(shots: Shots, lang: str, prefs: Prefs, size: tuple[int, int]) -> None:
    # 1. A spying app: the safety stop, before anything can be changed.
    w = new_window(lang, prefs, size)
    connect(w, "old-9")
    shots.window(w, "safety-stop")
    w.quit_now()


def plan_to_quit(shots: Shots, lang: str, prefs: Prefs, size: tuple[int, int], label: str, tmp: Path) -> None:
    # 2. The plan in plain values, the question before clearing translators, the result.
    w = new_window(lang, prefs, size)
    connect(w, "samsung-11")
    plan(w, "migrant-translation")
    shots.window(w, "plan-plain-values")
    asked: list[bool] = []

    def on_question(_change: object) -> None:
        if not asked:
            asked.append(True)
            QTimer.singleShot(400, lambda: (shots.window(w, "consent-clear-translators"),
                                            w.apply_page.yes_all_button.click()))

    w.apply_page.question_shown.connect(on_question)
    w.situation.apply_button.click()
    wait_until(lambda: w.current_page() is w.outcome and not w.busy)
    shots.window(w, "result-still-to-do")
    w.outcome.steps_button.click()
    shots.window(w, "still-to-do")
    w.todo.back_button.click()
    report_action.ask_where = lambda _w: tmp / f"report-{lang}-{label}.pdf"  # type: ignore[assignment]
    report_action.ask_second_language = lambda _w: (True, None)  # type: ignore[assignment]
    w.outcome.report_button.click()
    shots.window(w, "report-saved")
    # 3. Leaving while USB debugging is still on.
    w.close()
    wait_until(w.leave_question.box.isVisible)
    shots.screen("quit-debugging-on")
    w.leave_question.leave_button.click()
    settle()


def refused_xiaomi(shots: Shots, lang: str, prefs: Prefs, size: tuple[int, int]) -> None:
    # 4. A refused write on a Xiaomi phone: why, its switch, "Try again".
    w = new_window(lang, prefs, size)
    connect(w, "xiaomi-13")
    plan(w, "arrest-raid")
    w.apply_page.question_shown.connect(lambda _c: QTimer.singleShot(0, w.apply_page.no_button.click))
    w.situation.apply_button.click()
    wait_until(lambda: w.current_page() is w.outcome and not w.busy)
    shots.window(w, "refused-xiaomi")
    w.quit_now()


def wifi_pairing(shots: Shots, lang: str, prefs: Prefs, size: tuple[int, int]) -> None:
    # 5. Wi-Fi pairing with a code (Android 11+): where the phone shows the code, and the three
    # things it shows typed in, on a computer whose adb can pair.
    w = new_window(lang, prefs, size)
    w.start.pair_button.click()
    wait_until(lambda: w.pair_page.state != "checking" and not w.runner.busy)
    w.pair_page.set_tools(PlatformTools(Path("/opt/platform-tools/adb"), (35, 0, 2), "35.0.2"))
    w.pair_page.choose("samsung")
    for field, text in ((w.pair_page.pair_address, "192.168.1.20:37123"), (w.pair_page.code, "482915"),
                        (w.pair_page.connect_address, "192.168.1.20:41235")):
        field.setText(text)
    w.pair_page.pair_button.setFocus()
    frame = w.stack.currentWidget()
    if isinstance(frame, QScrollArea):  # on a small screen the page scrolls: show the typed values and buttons
        settle()
        frame.ensureWidgetVisible(w.pair_page.pair_button)
    shots.window(w, "wifi-pairing")
    w.quit_now()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768", help="the window's size, WIDTHxHEIGHT (the screen's)")
    parser.add_argument("--lang", nargs="+", default=["en", "fr"])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--only", nargs="+", choices=SCREENS, default=list(SCREENS), help="make only these")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        for lang in args.lang:
            run(lang, (width, height), args.size, out, Path(tmp), tuple(args.only))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
