"""The package as a person gets it: a wheel installed into a fresh venv, outside the checkout.

A checkout hides packaging mistakes: the profiles folder and the compiled translations sit next
to the code, so every other test passes even when the wheel lacks them (it once did: installed
with pip or pipx, ``hardener profiles`` printed nothing and ``--lang fr`` gave English). Here the
wheel is built from a copy of the source tree (no stale ``build/`` or ``.qm`` of the checkout can
leak in), installed with its dependencies from the hash-pinned lock into a new venv, and run
from a folder far from the checkout.

Dependencies come from ``requirements/app.txt`` with ``--require-hashes``: the same files as the
main venv, so pip takes them from its cache (no second download) and this also proves the lock
installs alone and satisfies the wheel (``pip check``). Measured on 2 cores: about 15 s in all,
most of it unpacking PySide6 into the new venv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_PROFILES = {"arrest-raid", "audit-only", "migrant-translation", "outreach-data", "webcam-work",
                     "work-identity"}
_NOT_SOURCE = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", "*.qm",
                                     ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis", "tests", "docs")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


def _bin(venv: Path, name: str) -> Path:
    """A venv's program, wherever this system puts it (Scripts\\x.exe on Windows)."""
    if os.name == "nt":
        return venv / "Scripts" / f"{name}.exe"
    return venv / "bin" / name


def _run(cmd: list[str | Path], cwd: Path, env: dict[str, str], timeout: float = 600) -> str:
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)
    assert done.returncode == 0, f"{cmd} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """(venv, a working folder outside the checkout, the environment to run in)."""
    base = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["XDG_CONFIG_HOME"] = str(base / "config")  # the GUI's remembered language stays here
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    source = base / "src"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCE)
    dist = base / "dist"
    # No build isolation: setuptools and PySide6 (lrelease, for the .qm) are the main venv's,
    # themselves installed from the lock.
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", dist, source],
         base, env)
    (wheel,) = dist.glob("hardener-*.whl")
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", venv], base, env)
    py = _bin(venv, "python")
    _run([py, "-m", "pip", "install", "-q", "--require-hashes", "-r", ROOT / "requirements" / "app.txt"], base, env,
         timeout=1200)
    _run([py, "-m", "pip", "install", "-q", "--no-deps", wheel], base, env)
    _run([py, "-m", "pip", "check"], base, env)
    work = base / "elsewhere"
    work.mkdir()
    return venv, work, env


def test_wheel_carries_profiles_and_catalogues(installed: tuple[Path, Path, dict[str, str]]) -> None:
    venv, work, env = installed
    out = _run([_bin(venv, "python"), "-c", textwrap.dedent("""
        import hardener
        from importlib import resources
        from hardener.gui.lang import catalogue_path
        print(hardener.__file__)
        print(sorted(e.name for e in resources.files("hardener._profiles").iterdir()))
        print(catalogue_path("fr"), catalogue_path("fr").is_file())
        from hardener.data.fonts import FONT_FILES
        print(sorted(p.name for p in FONT_FILES), all(catalogue_path(c).is_file() for c in ("ar", "th", "en")))
    """)], work, env)
    location, profiles, catalogue, fonts = out.splitlines()
    assert "NotoSansThai-Regular.ttf" in fonts and "NotoSansArabic-Regular.ttf" in fonts and fonts.endswith(" True")
    assert Path(location).is_relative_to(venv), f"imported from {location}, not the installed wheel"
    assert all(f"{p}.toml" in profiles for p in EXPECTED_PROFILES), profiles
    assert catalogue.endswith(" True") and Path(catalogue.rsplit(" ", 1)[0]).is_relative_to(venv), catalogue


def test_cli_lists_profiles_and_plans(installed: tuple[Path, Path, dict[str, str]]) -> None:
    venv, work, env = installed
    listed = _run([_bin(venv, "hardener"), "profiles"], work, env)
    assert {line.split()[0] for line in listed.splitlines() if line and not line[0].isspace()} >= EXPECTED_PROFILES
    plan = _run([_bin(venv, "hardener"), "plan", "arrest-raid", "--demo", "samsung-11"], work, env)
    assert plan.strip(), "the plan printed nothing"


def test_gui_starts_offscreen_in_french(installed: tuple[Path, Path, dict[str, str]]) -> None:
    venv, work, env = installed
    script = textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication, QTimer
        from hardener.gui import app as gui_app

        app, window = gui_app.build(["--demo", "--lang", "fr"])
        QTimer.singleShot(300, app.quit)
        app.exec()
        print(QCoreApplication.translate("MainWindow", "Stopped. The phone is not connected."))
        print(QCoreApplication.translate("hardener", "Stopped."))
        window.quit_now()
    """)
    out = _run([_bin(venv, "python"), "-c", script], work, {**env, "QT_QPA_PLATFORM": "offscreen"})
    window_text, session_text = out.splitlines()
    assert window_text.startswith("Arrêté") and session_text.startswith("Arrêté"), out
