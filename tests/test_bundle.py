"""The standalone build (``bash scripts/bundle.sh``), as a person on a laptop without Python gets it.

The build is made from a copy of the files git tracks (what a fresh clone holds, with this
checkout's uncommitted edits to them: a file someone forgot to ``git add`` is missing here as it
would be in a clone), then its ``dist/hardener`` folder is moved far away, the source copy and its
build venv are deleted, and every program is run with a PATH that holds no venv and no Python
of ours, an empty HOME and no PYTHONPATH. It must still: list the profiles, run the practice
phone, scan, plan, apply and finish on it, write a PDF report, open its window offscreen (in
another language too, from its own ``.qm``), and answer ``--help`` for every sub-command.

Run in the README's test command: the build takes about 30 s on 2 cores with pip's cache warm
(the venv from the hash-pinned lock, then PyInstaller), plus a few seconds for the runs. Only the
Linux build is tested here; the Windows and macOS paths of the same spec are built by
``.github/workflows/bundle.yml`` on their own runners and have not been run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hardener.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_PROFILES = {"arrest-raid", "audit-only", "migrant-translation", "outreach-data", "webcam-work",
                     "work-identity", "border-travel", "watched-partner", "dating-hunts"}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1800),
    pytest.mark.skipif(sys.platform != "linux", reason="the standalone build is tested on Linux only"),
    pytest.mark.skipif(shutil.which("git") is None, reason="needs git to list the tracked files"),
]


def _tracked_copy(target: Path) -> None:
    """The tracked files of this checkout, as they are in the working tree, into ``target``."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
    for name in listed.stdout.decode("utf-8").split("\0"):
        if not name or name.startswith("tests/"):
            continue
        source = ROOT / name
        if not source.is_file():  # deleted in the working tree, not yet committed
            continue
        dest = target / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, dest)


def _run(cmd: list[str | Path], cwd: Path, env: dict[str, str], timeout: float = 300) -> str:
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=timeout, check=False)
    assert done.returncode == 0, f"{cmd} failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """(the moved ``hardener`` folder, a working folder beside it, a clean environment)."""
    base = tmp_path_factory.mktemp("bundle")
    source = base / "clone"
    _tracked_copy(source)
    build_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    # The build venv is made from the interpreter running the tests (a venv's python makes a venv
    # of its base Python); pip's cache serves the same locked files the test venv was made from.
    build_env["PYTHON"] = sys.executable
    _run(["bash", "scripts/bundle.sh"], source, build_env, timeout=1500)
    built = source / "dist" / "hardener"
    assert (built / "hardener").is_file() and (built / "hardener-gui").is_file()
    elsewhere = base / "elsewhere"
    elsewhere.mkdir()
    shutil.move(str(built), str(elsewhere / "hardener"))
    shutil.rmtree(source)  # nothing of the checkout or its build venv may be needed any more
    home = base / "home"
    home.mkdir()
    env = {
        "PATH": "/usr/bin:/bin",  # no venv, nothing of ours
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    work = elsewhere / "work"
    work.mkdir()
    return elsewhere / "hardener", work, env


def test_scan_of_the_practice_phone_matches_the_checkout(bundle: tuple[Path, Path, dict[str, str]]) -> None:
    app, work, env = bundle
    frozen = json.loads(_run([app / "hardener", "scan", "--demo", "samsung-11", "--json"], work, env))
    checkout = json.loads(_run([sys.executable, "-m", "hardener", "scan", "--demo", "samsung-11", "--json"],
                               ROOT, {**os.environ, "QT_QPA_PLATFORM": "offscreen"}))
    assert frozen["findings"], "the scan found nothing"
    assert [f["key"] for f in frozen["findings"]] == [f["key"] for f in checkout["findings"]]
    assert frozen["verdicts"] == checkout["verdicts"]


def test_profiles_practice_phones_plan_apply_finish(bundle: tuple[Path, Path, dict[str, str]]) -> None:
    app, work, env = bundle
    hardener = app / "hardener"
    listed = _run([hardener, "profiles"], work, env)
    assert {line.split()[0] for line in listed.splitlines() if line and not line[0].isspace()} >= EXPECTED_PROFILES
    assert "samsung-11" in _run([hardener, "sim", "--list"], work, env)
    assert "Practice phone" in _run([hardener, "info", "--demo"], work, env)
    assert _run([hardener, "plan", "arrest-raid", "--demo", "samsung-11"], work, env).strip()
    applied = _run([hardener, "apply", "arrest-raid", "--demo", "samsung-11", "--yes"], work, env)
    assert "Undo code" in applied, applied
    _run([hardener, "finish", "--demo"], work, env)
    _run([hardener, "devices"], work, env)


def test_pdf_report_through_qt(bundle: tuple[Path, Path, dict[str, str]]) -> None:
    app, work, env = bundle
    out = work / "report.pdf"
    _run([app / "hardener", "report", "--demo", "samsung-11", "--lang", "fr", "--out", out], work, env)
    assert out.read_bytes().startswith(b"%PDF")


def test_every_sub_command_answers_help(bundle: tuple[Path, Path, dict[str, str]]) -> None:
    app, work, env = bundle
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    commands = sorted(sub.choices)  # type: ignore[arg-type]
    assert "gui" in commands and "scan" in commands
    for command in commands:
        assert "usage:" in _run([app / "hardener", command, "--help"], work, env)


def test_window_opens_on_the_practice_phone(bundle: tuple[Path, Path, dict[str, str]]) -> None:
    app, work, env = bundle
    shown = _run([app / "hardener", "gui", "--demo", "--exit-when-shown"], work, env, timeout=120)
    assert shown.startswith("shown: hardener: check and protect a phone"), shown
    assert "Allow" in shown, "the practice phone asked for Allow inside the build"


def test_window_speaks_french_from_its_own_catalogue(bundle: tuple[Path, Path, dict[str, str]]) -> None:
    app, work, env = bundle
    shown = _run([app / "hardener-gui", "--lang", "fr", "--exit-when-shown"], work, env, timeout=120)
    assert "vérifier et protéger un téléphone" in shown, shown
