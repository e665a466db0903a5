"""Compile the Linguist translation sources (``hardener/i18n/*.ts``) into ``.qm`` catalogues.

The ``.qm`` files are build output, never committed, so they cannot drift from their sources.
They are made in two places, by this one function:

* ``setup.py`` calls :func:`build` when a wheel is built, writing into the wheel's build folder
  (so ``pip wheel .`` and ``pipx install`` give an app that speaks every language);
* in a checkout, an editable install does the same next to the sources, and a maintainer who
  has just edited a ``.ts`` file runs ``python -m tools.i18n_build`` to see the change.

This module imports nothing of ``hardener`` (it runs inside the wheel build, where the package
is not installed); it needs only PySide6, whose ``lrelease`` does the compiling.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parents[1] / "hardener" / "i18n"


def lrelease_path() -> Path:
    """PySide6's own ``lrelease``: the same Qt version that will read the catalogues."""
    try:
        import PySide6
    except ImportError as exc:  # the wheel build lists PySide6-Essentials in build-system.requires
        raise RuntimeError("compiling translations needs PySide6 (its lrelease tool)") from exc

    base = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        candidate = base / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError("PySide6's lrelease was not found; reinstall PySide6")


def build(source_dir: Path = I18N_DIR, out_dir: Path | None = None) -> list[Path]:
    """Compile every ``*.ts`` in ``source_dir`` into ``out_dir`` (default: beside the sources)."""
    target = out_dir if out_dir is not None else source_dir
    sources = sorted(source_dir.glob("*.ts"))
    built: list[Path] = []
    if not sources:
        return built
    tool = lrelease_path()
    target.mkdir(parents=True, exist_ok=True)
    for ts in sources:
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main() -> int:
    built = build()
    print(f"built {len(built)} translation catalogue(s) in {I18N_DIR}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
