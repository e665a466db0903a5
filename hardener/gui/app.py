"""Starting the desktop app: ``hardener-gui`` and ``hardener gui``.

Options are few on purpose: ``--demo [PERSONA]`` starts straight on the practice phone (for
rehearsals and for trying hardener with no phone at hand), and ``--lang CODE`` picks the
language for this run without changing the remembered choice.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QLocale
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
    return parser.parse_args(argv)


def build(argv: list[str] | None = None) -> tuple[QApplication, object]:
    """Create the application and the window, shown but not yet running (the benchmark uses this)."""
    args = parse_args(argv)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("hardener")
    app.setApplicationDisplayName("hardener")
    app.setOrganizationName("hardener")

    from hardener.gui.prefs import Prefs
    from hardener.gui.window import MainWindow

    prefs = Prefs()
    switcher = LanguageSwitcher()
    switcher.apply(args.lang or prefs.language or best_code(QLocale.system().uiLanguages()))
    window = MainWindow(prefs, switcher, demo=args.demo)
    window.show()
    return app, window


def main(argv: list[str] | None = None) -> int:
    app, window = build(argv)
    code = app.exec()
    del window
    return int(code)


if __name__ == "__main__":
    raise SystemExit(main())
