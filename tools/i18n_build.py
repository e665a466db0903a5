"""Compile every ``.ts`` translation source beside this file into a ``.qm`` file.

Run by the install step (``python -m hardener.i18n.build``), so the compiled catalogues are
never committed and can never drift from their sources.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hardener.i18n import I18N_DIR


def lrelease_path() -> Path:
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        candidate = base / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError("PySide6's lrelease was not found; reinstall PySide6")


def build(directory: Path = I18N_DIR) -> list[Path]:
    sources = sorted(directory.glob("*.ts"))
    built: list[Path] = []
    if not sources:
        return built
    tool = lrelease_path()
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main() -> int:
    built = build()
    print(f"built {len(built)} translation catalogue(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
