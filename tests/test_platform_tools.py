"""Finding Google's adb, telling its release, and pairing with a code (or saying plainly why not).

What can run here: the version detection against Debian's real ``adb`` 29 (which has no
``pair``) and the refusal it gets, the places searched on each system, the adb server's process
recognised by its Windows name, the keyring advice by system, and ``adb pair`` driven through a
stand-in ``adb`` program (a real pairing needs an Android 11 phone on Wi-Fi, which no test has).
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import textwrap
from pathlib import Path

import pytest

from hardener import errors
from hardener.adb import discovery, platform_tools
from hardener.adb.platform_tools import (
    PAIRING_SINCE,
    PlatformTools,
    check_code,
    pair,
    parse_version,
    read_version,
    require_pairing,
    usual_places,
)
from hardener.cli import main
from hardener.errors import BadAddress, BadPairingCode, PairingFailed, PlatformToolsMissing, PlatformToolsTooOld

DEBIAN_ADB = shutil.which("adb")


# --- versions -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "version", "text"),
    [
        ("Android Debug Bridge version 1.0.41\nVersion 29.0.6-debian\nInstalled as /usr/lib/android-sdk/"
         "platform-tools/adb\n", (29, 0, 6), "29.0.6-debian"),
        ("Android Debug Bridge version 1.0.41\nVersion 35.0.2-12147458\nInstalled as C:\\platform-tools\\adb.exe\n"
         "Running on Windows 10.0.19045\n", (35, 0, 2), "35.0.2-12147458"),
        ("Android Debug Bridge version 1.0.41\nVersion 30.0.0-6374843\n", (30, 0, 0), "30.0.0-6374843"),
        ("Android Debug Bridge version 1.0.39\nRevision 3db08f2c6889-android\n", None, ""),  # 2017: no "Version"
        ("", None, ""),
    ],
)
def test_release_read_from_adb_version(printed: str, version: tuple[int, int, int] | None, text: str) -> None:
    assert parse_version(printed) == (version, text)
    can_pair = PlatformTools(Path("adb"), version, text).can_pair
    assert can_pair == (version is not None and version >= PAIRING_SINCE)


@pytest.mark.skipif(DEBIAN_ADB is None, reason="Debian's adb is not installed")
def test_debians_adb_29_cannot_pair_and_is_told_why() -> None:
    assert DEBIAN_ADB is not None
    tools = read_version(Path(DEBIAN_ADB))
    assert tools.version is not None and tools.version < PAIRING_SINCE
    with pytest.raises(PlatformToolsTooOld) as caught:
        require_pairing(tools)
    said = caught.value.plain()
    assert tools.version_text in said and "version 30" in said and "Debian" in said and "USB cable" in said


@pytest.mark.skipif(DEBIAN_ADB is None, reason="Debian's adb is not installed")
def test_cli_pair_with_debians_adb_refuses_before_asking_a_code(capsys: pytest.CaptureFixture[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discovery, "find_adb_server", lambda: None)
    monkeypatch.setattr(platform_tools, "usual_places", lambda *a, **k: [])
    monkeypatch.setenv("PATH", str(Path(DEBIAN_ADB or "").parent))
    assert main(["pair", "127.0.0.1:37123", "482915"]) == 2
    err = capsys.readouterr().err
    assert "cannot pair with a code" in err and "29.0.6" in err


def test_no_adb_anywhere_is_said_plainly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(platform_tools, "usual_places", lambda *a, **k: [])
    with pytest.raises(PlatformToolsMissing) as caught:
        platform_tools.platform_tools()
    assert "Platform-Tools" in caught.value.plain()


# --- where adb is looked for ----------------------------------------------------------------------


def test_usual_places_on_each_system() -> None:
    home = Path("/home/someone")
    windows = usual_places("win32", {"LOCALAPPDATA": "C:/Users/someone/AppData/Local"}, home)
    assert all(p.name == "adb.exe" for p in windows)
    assert Path("C:/Users/someone/AppData/Local/Android/Sdk/platform-tools/adb.exe") in windows
    assert Path("C:/platform-tools/adb.exe") in windows
    mac = usual_places("darwin", {}, home)
    assert home / "Library/Android/sdk/platform-tools/adb" in mac and Path("/opt/homebrew/bin/adb") in mac
    linux = usual_places("linux", {"ANDROID_HOME": "/opt/sdk"}, home)
    assert linux[0] == Path("/opt/sdk/platform-tools/adb") and home / "Android/Sdk/platform-tools/adb" in linux


@pytest.mark.parametrize(
    ("name", "cmdline", "is_server"),
    [
        ("adb.exe", ["C:\\platform-tools\\adb.exe", "-L", "tcp:5037", "fork-server", "server", "--reply-fd", "512"],
         True),
        ("adb", ["adb", "-L", "tcp:5037", "fork-server", "server", "--reply-fd", "4"], True),
        ("", ["/Users/a/Library/Android/sdk/platform-tools/adb", "fork-server", "server"], True),  # name hidden
        ("adb.exe", ["adb.exe", "devices"], False),  # a client, not the server
        ("adb-server-tool", ["adb-server-tool", "server"], False),
    ],
)
def test_the_adb_server_process_is_recognised_on_each_system(name: str, cmdline: list[str], is_server: bool) -> None:
    assert discovery.is_adb_server_process(name, cmdline) is is_server


# --- pairing through a stand-in adb ------------------------------------------------------------------


def fake_adb(folder: Path, version: str = "35.0.2-12147458", good_code: str = "482915") -> Path:
    """An ``adb`` that prints a release and answers ``pair`` as platform-tools 30+ does."""
    script = folder / "adb"
    log = folder / "pair.log"
    script.write_text(textwrap.dedent(f"""\
        #!{sys.executable}
        import sys
        if sys.argv[1:2] == ["version"]:
            print("Android Debug Bridge version 1.0.41")
            print("Version {version}")
            sys.exit(0)
        if sys.argv[1:2] == ["pair"]:
            code = sys.stdin.readline().strip()
            with open({str(log)!r}, "a", encoding="utf-8") as out:
                out.write(" ".join(sys.argv[1:]) + "|" + code + "\\n")
            if code == {good_code!r}:
                print("Successfully paired to " + sys.argv[2] + " [guid=adb-R58N12ABCDE-Xyz123]")
            else:
                print("Failed: Wrong password or connection was dropped.")
            sys.exit(0)
        sys.exit(1)
        """), encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


@pytest.mark.skipif(os.name == "nt", reason="the stand-in adb is a script with a #! line")
def test_pairing_sends_the_code_on_stdin_never_on_the_command_line(tmp_path: Path) -> None:
    tools = read_version(fake_adb(tmp_path))
    assert tools.can_pair and tools.version_text == "35.0.2-12147458"
    said = pair(tools, "192.0.2.7:37123", "482 915")
    assert "Successfully paired to 192.0.2.7:37123" in said
    (line,) = (tmp_path / "pair.log").read_text(encoding="utf-8").splitlines()
    assert line == "pair 192.0.2.7:37123|482915"  # the code only on stdin


@pytest.mark.skipif(os.name == "nt", reason="the stand-in adb is a script with a #! line")
def test_a_wrong_code_is_a_plain_pairing_failure(tmp_path: Path) -> None:
    tools = read_version(fake_adb(tmp_path))
    with pytest.raises(PairingFailed) as caught:
        pair(tools, "192.0.2.7:37123", "111111")
    assert "Wrong password" in caught.value.detail
    assert "Pair device with pairing code" in caught.value.plain()


@pytest.mark.skipif(os.name == "nt", reason="the stand-in adb is a script with a #! line")
def test_the_adb_that_can_pair_is_chosen_over_an_older_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    older = fake_adb(old, version="29.0.6-debian")
    newer = fake_adb(new)
    monkeypatch.setenv("PATH", str(new))
    monkeypatch.setattr(platform_tools, "usual_places", lambda *a, **k: [])
    # The running server's own adb is looked at first, and passed over when it cannot pair.
    assert platform_tools.platform_tools(server_exe=str(older)).adb == newer


@pytest.mark.parametrize("typed", ["12345", "1234567", "12a456", ""])
def test_a_code_is_six_digits(typed: str) -> None:
    with pytest.raises(BadPairingCode):
        check_code(typed)
    assert check_code(" 482 915 ") == "482915"


def test_a_bad_address_is_said_before_adb_runs(tmp_path: Path) -> None:
    tools = PlatformTools(tmp_path / "no-such-adb", (35, 0, 2), "35.0.2")
    with pytest.raises(BadAddress):
        pair(tools, "192.168.1.20", "482915")


# --- the keyring's name, by system -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("system", "words"),
    [("linux", "GNOME Keyring"), ("win32", "Windows Credential Manager"), ("darwin", "macOS Keychain")],
)
def test_keyring_advice_names_this_systems_keyring(monkeypatch: pytest.MonkeyPatch, system: str, words: str) -> None:
    monkeypatch.setattr(errors, "SYSTEM", system)
    assert words in errors.KeyringUnavailable("no backend").plain()
    locked = errors.KeyringLocked("locked").plain()
    assert ("Windows Credential Manager" if system == "win32" else
            "macOS Keychain" if system == "darwin" else "Passwords and Keys") in locked
    if system != "linux":
        assert "GNOME" not in errors.KeyringUnavailable("x").plain() + locked


@pytest.mark.parametrize(("system", "words"), [("linux", "android-sdk-platform-tools-common"),
                                               ("win32", "USB driver"), ("darwin", "macOS")])
def test_usb_access_advice_by_system(monkeypatch: pytest.MonkeyPatch, system: str, words: str) -> None:
    monkeypatch.setattr(errors, "SYSTEM", system)
    said = errors.UsbAccessDenied("busy").plain()
    assert words in said
    assert ("On Linux" in said) is (system == "linux")


@pytest.mark.skipif(os.name == "nt", reason="the stand-in adb is a script with a #! line")
def test_cli_pair_through_a_stand_in_adb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    fake_adb(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(discovery, "find_adb_server", lambda: None)
    monkeypatch.setattr(platform_tools, "usual_places", lambda *a, **k: [])
    assert main(["pair", "192.0.2.7:37123", "482915"]) == 0
    out = capsys.readouterr().out
    assert "Paired" in out and "35.0.2" in out and "--connect" in out
    assert main(["pair", "192.0.2.7:37123", "000000"]) == 2
    assert "did not accept the pairing" in capsys.readouterr().err
