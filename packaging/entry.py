"""The standalone build's one entry point, for both of its programs.

PyInstaller makes two executables from this one script, sharing one folder of libraries:
``hardener`` (a console program: every sub-command, including ``hardener gui``) and
``hardener-gui`` (no console window on Windows; the program inside the macOS ``.app``). Which
face starts is read from the executable's own name, so both share one analysis and one copy of
Qt instead of doubling the build.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.executable).stem.lower().startswith("hardener-gui"):
        from hardener.gui.app import main as gui_main

        return gui_main(sys.argv[1:])
    from hardener.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
