"""No trace on the laptop: a whole session leaves nothing on disk but the report the person saved.

A centre's laptop can be seized; it must not become a list of the phones it checked. These
tests run hardener as a person would (the real command line, in a fresh process) with its
home, every XDG folder, the temporary folder and the working folder pointed at empty
folders, then look at what is there afterwards. The only thing allowed is the report saved
to the path that was asked for (and, for the GUI, the display-preferences file).

The ADB key is not a file: it is in the keyring daemon, which keeps its own files under its
own XDG_DATA_HOME (set before pytest by scripts/_in_session.sh). The CLI's XDG_DATA_HOME here
is a different, empty folder, and the subprocess still reaches the daemon over D-Bus.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "hardener"

# The real entry point, with `report` and `forget` added if hardener.cli does not offer them yet.
DRIVER = textwrap.dedent(
    """
    import argparse, sys
    from hardener import cli
    from hardener.forget import add_forget_parser
    from hardener.cli.report import add_parsers as add_report_parser

    _build = cli.build_parser

    def build_parser():
        parser = _build()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "report" not in sub.choices:
            add_report_parser(sub)
        if "forget" not in sub.choices:
            add_forget_parser(sub)
        return parser

    cli.build_parser = build_parser
    sys.exit(cli.main(sys.argv[1:]))
    """
)

WATCHED = ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR",
           "TMPDIR", "cwd")


def _throwaway_keyring() -> bool:
    """True under scripts/test.sh, whose keyring holds only test keys and is deleted afterwards.

    Elsewhere (a developer's desktop) the steps that create and forget hardener's real key are
    skipped: forgetting it there would make the developer's phones ask "Allow" again.
    """
    if os.environ.get("HARDENER_REQUIRE_KEYRING") != "1":
        return False
    import keyring

    return "SecretService" in type(keyring.get_keyring()).__module__


@dataclass
class Laptop:
    """A fresh, empty "laptop": folders for every place a program could write."""

    root: Path
    dirs: dict[str, Path]

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON"))}
        env.update({k: str(v) for k, v in self.dirs.items() if k != "cwd"})
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env["QT_QPA_PLATFORM"] = "offscreen"
        for key in ("TEMP", "TMP"):
            env[key] = str(self.dirs["TMPDIR"])
        return env

    def run(self, *argv: str, ok: tuple[int, ...] = (0,), timeout: float = 120) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [sys.executable, "-c", DRIVER, *argv],
            env=self.env,
            cwd=self.dirs["cwd"],
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
        assert "Traceback" not in proc.stderr, proc.stderr
        assert proc.returncode in ok, (argv, proc.returncode, proc.stdout, proc.stderr)
        return proc

    def python(self, code: str, *argv: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run([sys.executable, "-c", code, *argv], env=self.env, cwd=self.dirs["cwd"],
                              capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        assert proc.returncode == 0, proc.stderr
        return proc

    def everything(self) -> set[Path]:
        found: set[Path] = set()
        for folder in self.dirs.values():
            found.update(folder.rglob("*"))
        return found


@pytest.fixture
def laptop(tmp_path) -> Iterator[Laptop]:
    dirs = {name: tmp_path / name.lower() for name in WATCHED}
    for folder in dirs.values():
        folder.mkdir(mode=0o700)
    yield Laptop(tmp_path, dirs)


def _profile_id() -> str:
    """A profile that changes something (broken profiles fail here, not skip the apply)."""
    from hardener.session.profiles import builtin_profiles

    return next(p.id for p in builtin_profiles() if not p.audit_only)


def _session(laptop: Laptop, selector: list[str], report: Path) -> None:
    """One whole session, as the README describes it, ending with USB debugging switched off."""
    laptop.run("info", *selector)
    scan = laptop.run("scan", "--json", *selector)
    assert '"findings"' in scan.stdout
    profile = _profile_id()
    laptop.run("plan", profile, *selector)
    applied = laptop.run("apply", profile, "--yes", *selector, ok=(0, 1))
    code = re.search(r"Undo code: (\S+)", applied.stdout)
    if code is not None:  # the person writes it down; the laptop keeps nothing
        laptop.run("undo", "--yes", "--undo-code", code.group(1), *selector)
    laptop.run("report", *selector, "--out", str(report))
    assert report.read_bytes().startswith(b"%PDF-")
    laptop.run("finish", *selector, ok=(0, 1))


def _assert_only(laptop: Laptop, allowed: set[Path]) -> None:
    left = laptop.everything() - allowed
    assert not left, "hardener left these on the laptop: " + ", ".join(sorted(map(str, left)))


# --- the command line -----------------------------------------------------------------------------


def test_a_whole_cli_session_on_the_practice_phone_leaves_only_the_chosen_report(laptop):
    chosen = laptop.dirs["HOME"] / "Documents"
    chosen.mkdir()
    report = chosen / "check.pdf"
    _session(laptop, ["--demo"], report)
    _assert_only(laptop, {chosen, report})


def test_a_whole_cli_session_with_the_keyring_key_leaves_only_the_chosen_report(laptop):
    """Over --tcp the real connection path runs: the key comes from (and stays in) the keyring."""
    if not _throwaway_keyring():
        pytest.skip("needs the throwaway Secret Service keyring of scripts/test.sh (HARDENER_REQUIRE_KEYRING=1)")
    import keyring
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from hardener.adb.keys import KEYRING_SERVICE, KEYRING_USER, AdbSigner
    from hardener.sim.runner import start_practice_phone

    report = laptop.dirs["HOME"] / "check.pdf"
    with start_practice_phone(persona="pixel-14", prompt_delay_s=0.0) as sim:
        _session(laptop, ["--tcp", sim.serial], report)
        pem = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
        assert pem, "the key should be in the keyring"
        key = serialization.load_pem_private_key(pem.encode("ascii"), password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        assert AdbSigner(key).GetPublicKey() in sim.trusted_keys  # the phone trusts the keyring's key
    _assert_only(laptop, {report})

    forget = laptop.run("forget")
    assert "Removed this computer's key" in forget.stdout
    assert keyring.get_password(KEYRING_SERVICE, KEYRING_USER) is None
    _assert_only(laptop, {report})


def test_forget_removes_the_preferences_a_gui_run_left(laptop):
    laptop.python("from hardener.gui.prefs import Prefs; p = Prefs(); p.language = 'fr'; p.text_size = 150")
    prefs = laptop.dirs["XDG_CONFIG_HOME"] / "hardener" / "hardener-gui.ini"
    assert prefs.is_file()
    argv = ["forget"] if _throwaway_keyring() else ["forget", "--keep-key"]
    out = laptop.run(*argv, ok=(0, 1)).stdout
    assert str(prefs) in out
    _assert_only(laptop, set())


# --- the GUI --------------------------------------------------------------------------------------

GUI_RUN = textwrap.dedent(
    """
    import inspect, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(["hardener-gui"])
    from hardener.gui.lang import LanguageSwitcher
    from hardener.gui.window import MainWindow
    from hardener.gui.prefs import Prefs

    demo = sys.argv[1] if len(sys.argv) > 1 else None
    options = {}
    if demo is not None and "practice_options" in inspect.signature(MainWindow).parameters:
        # The practice phone says "Allow" by itself, so the window goes on to read the phone.
        options["practice_options"] = {"auth_mode": "prompt-accept", "prompt_delay_s": 0.0}
    window = MainWindow(Prefs(), LanguageSwitcher(), demo=demo, **options)
    window.show()
    window.set_language("fr")        # what the language menu does
    window.apply_text_size(150)      # what the text-size menu does
    # Then the person leaves: "Leave anyway" when asked about USB debugging (Qt's quit closes the
    # windows first, and the window asks while a phone is connected).
    QTimer.singleShot(6000, lambda: (window.quit_now(), app.quit()))
    app.exec()
    """
)


def test_gui_session_leaves_only_the_preferences_file(laptop):
    """The main window, opened on the practice phone, used and quit: only the preferences file remains.

    Drives ``hardener.gui.window.MainWindow`` the way ``hardener.gui.app.build`` does; if the
    GUI's entry point changes, adapt GUI_RUN above.
    """
    laptop.python(GUI_RUN, "", timeout=120)
    prefs = laptop.dirs["XDG_CONFIG_HOME"] / "hardener"
    assert (prefs / "hardener-gui.ini").is_file(), "the language and text size should be remembered"
    text = (prefs / "hardener-gui.ini").read_text(encoding="utf-8")
    assert set(re.findall(r"^(\w+)=", text, flags=re.M)) == {"language", "text_size"}
    _assert_only(laptop, {prefs, prefs / "hardener-gui.ini"})


# --- the source -----------------------------------------------------------------------------------


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_hardener_never_configures_logging_to_a_file():
    patterns = [
        re.compile(r"\bFileHandler\b"),
        re.compile(r"RotatingFileHandler|WatchedFileHandler"),
        re.compile(r"basicConfig\([^)]*filename\s*="),
        re.compile(r"\blogging\.config\b"),
        re.compile(r"qInstallMessageHandler"),  # Qt's messages go to the terminal, never to a file
    ]
    hits = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in _sources()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(p.search(line) for p in patterns)
    ]
    assert not hits, hits


def test_only_hardener_prefs_touches_qsettings():
    """One place writes preferences, so `forget` and prefs.written_paths() cannot miss one."""
    hits = [
        str(path.relative_to(ROOT))
        for path in _sources()
        if path != PACKAGE / "gui" / "prefs.py" and re.search(r"\bQSettings\s*\(", path.read_text(encoding="utf-8"))
    ]
    assert not hits, hits


def test_no_cache_or_data_folder_is_asked_for():
    """Asking Qt for a writable cache or data folder is the first step to leaving something there."""
    pattern = re.compile(r"QStandardPaths\.(?:writableLocation|StandardLocation\.(?:Cache|AppData|AppLocalData|"
                         r"GenericData|GenericCache|AppConfig|Documents|Download))")
    hits = [str(p.relative_to(ROOT)) for p in _sources() if pattern.search(p.read_text(encoding="utf-8"))]
    assert not hits, hits
