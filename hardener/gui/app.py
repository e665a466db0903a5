"""Starting the desktop app: ``hardener-gui`` and ``hardener gui``.

Options are few on purpose: ``--demo [PERSONA]`` starts straight on the practice phone (for
rehearsals and for trying hardener with no phone at hand), and ``--lang CODE`` picks the
language for this run without changing the remembered choice. ``--exit-when-shown`` (not in the
help: it is for checking a build, e.g. the standalone app on a machine without a screen) prints
what the window shows and quits.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QElapsedTimer, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from hardener.gui.lang import CODES, LanguageSwitcher, best_code


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hardener-gui", description="Check and protect an Android phone.")
    parser.add_argument(
        "--demo",
        nargs="?",
        const="",
        metavar="PERSONA",
        help="start with the practice phone (a simulated phone, not a real one)",
    )
    parser.add_argument(
        "--lang", choices=sorted(CODES), metavar="CODE", help="language for this run: " + ", ".join(sorted(CODES))
    )
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def build(argv: list[str] | None = None) -> tuple[QApplication, object]:
    """Create the application and the window, shown but not yet running (the benchmark uses this)."""
    args = parse_args(argv)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("hardener")
    app.setApplicationDisplayName("hardener")
    app.setOrganizationName("hardener")
    from hardener.report.fonts import register_fonts

    register_fonts()  # Thai and Arabic, even on a laptop without a font for them

    from hardener.gui.prefs import Prefs
    from hardener.gui.window import MainWindow

    prefs = Prefs()
    switcher = LanguageSwitcher()
    switcher.apply(args.lang or prefs.language or best_code(QLocale.system().uiLanguages()))
    window = MainWindow(prefs, switcher, demo=args.demo)
    window.show()
    return app, window


def exit_when_shown(app: QApplication, window: object, demo: bool, timeout_ms: int = 60_000) -> None:
    """Print what the window shows once it is up, then quit (0), or quit with 1 after ``timeout_ms``.

    With ``--demo`` "up" means the practice phone asks "Allow USB debugging?": the build then
    carries the practice phones and reaches one over the ADB wire protocol, not only a window.
    """
    from hardener.gui.window import MainWindow

    assert isinstance(window, MainWindow)
    clock = QElapsedTimer()
    clock.start()

    def look() -> None:
        ready = window.isVisible() and (not demo or window.waiting.practice_panel.pending is not None)
        if not ready and not clock.hasExpired(timeout_ms):
            QTimer.singleShot(50, look)
            return
        heading = getattr(window.current_page(), "heading", None)
        page = heading.text() if heading is not None else ""
        print(f"{'shown' if ready else 'not shown'}: {window.windowTitle()} | {page}", flush=True)
        window.close()  # as a person closing it would: the connection job stops, the practice phone too
        app.exit(0 if ready else 1)

    QTimer.singleShot(0, look)


def main(argv: list[str] | None = None) -> int:
    app, window = build(argv)
    args = parse_args(argv)
    if args.exit_when_shown:
        exit_when_shown(app, window, demo=args.demo is not None)
    code = app.exec()
    del window
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
