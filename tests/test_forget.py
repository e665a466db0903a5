"""``hardener forget`` and the preferences file: the only things hardener keeps on a laptop."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hardener.errors import KeyringUnavailable
from hardener.forget import (
    KEY_ABSENT,
    KEY_REMOVED,
    NOTHING_ELSE,
    PREFS_ABSENT,
    add_forget_parser,
    cmd_forget,
    forget_everything,
)
from hardener.gui import prefs as prefs_mod
from hardener.gui.prefs import Prefs, forget_prefs, is_ours, prefs_file, written_paths
from hardener.i18n.markers import EnglishWords

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def config_dir(tmp_path):
    """Point Qt's user-scope INI files at an empty folder for this test, then put it back."""
    fmt, scope = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    before = Path(QSettings(fmt, scope, "probe-org", "probe-app").fileName()).parent.parent
    folder = tmp_path / "config"
    folder.mkdir()
    QSettings.setPath(fmt, scope, str(folder))
    yield folder
    QSettings.setPath(fmt, scope, str(before))


class FakeKeyStore:
    has_key = True
    unreachable = False

    def forget(self) -> bool:
        if FakeKeyStore.unreachable:
            raise KeyringUnavailable("no D-Bus session")
        had, FakeKeyStore.has_key = FakeKeyStore.has_key, False
        return had


@pytest.fixture
def fake_keystore(monkeypatch):
    FakeKeyStore.has_key, FakeKeyStore.unreachable = True, False
    monkeypatch.setattr("hardener.adb.keys.KeyStore", FakeKeyStore)
    return FakeKeyStore


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*"))


def test_prefs_live_in_one_ini_file_under_the_config_folder(config_dir):
    p = Prefs()
    p.language = "fr"
    p.text_size = 150
    assert prefs_file() == config_dir / "hardener" / "hardener-gui.ini"
    assert _files(config_dir) == [config_dir / "hardener", prefs_file()]
    assert all(is_ours(f) for f in _files(config_dir))
    assert Prefs().language == "fr" and Prefs().text_size == 150
    assert Prefs().stored_keys() == ["language", "text_size"]


def test_prefs_refuse_anything_but_language_and_text_size(config_dir):
    p = Prefs()
    with pytest.raises(KeyError):
        p._set("last_device", "R58N12ABCDE")
    with pytest.raises(ValueError):
        p.text_size = 99
    with pytest.raises(ValueError):
        p.language = "../../etc"
    assert not prefs_file().exists()


def test_unreadable_values_fall_back_to_defaults(config_dir):
    prefs_file().parent.mkdir(parents=True)
    prefs_file().write_text("[General]\ntext_size=huge\nlanguage=\n", encoding="utf-8")
    assert Prefs().text_size == prefs_mod.DEFAULT_TEXT_SIZE
    assert Prefs().language is None


def test_written_paths_name_the_file_its_lock_and_its_folder(config_dir):
    main, lock, folder = written_paths()
    assert main == prefs_file() and lock.name == "hardener-gui.ini.lck" and folder == config_dir / "hardener"
    assert is_ours(folder / "hardener-gui.ini.Xy12Ab")  # a temporary file Qt may leave after a crash
    assert not is_ours(config_dir / "other-app.ini")
    assert not is_ours(folder / "hardener-gui.ini-other")


def test_forget_prefs_removes_the_file_leftovers_and_the_folder(config_dir):
    Prefs().language = "es"
    (prefs_file().parent / "hardener-gui.ini.lck").write_text("")
    removed = forget_prefs()
    assert prefs_file() in removed and prefs_file().parent in removed
    assert _files(config_dir) == []
    assert forget_prefs() == []


def test_forget_prefs_keeps_a_folder_that_holds_someone_elses_file(config_dir):
    Prefs().language = "es"
    other = prefs_file().parent / "notes.txt"
    other.write_text("not ours")
    forget_prefs()
    assert _files(config_dir) == [prefs_file().parent, other]


def test_forget_removes_key_and_prefs_and_says_so(config_dir, fake_keystore, capsys):
    Prefs().language = "ru"
    parser = argparse.ArgumentParser()
    add_forget_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["forget"])
    args.words = EnglishWords()
    assert args.func is cmd_forget
    assert cmd_forget(args) == 0
    out = capsys.readouterr().out
    assert KEY_REMOVED in out
    assert str(prefs_file()) in out
    assert NOTHING_ELSE in out
    assert _files(config_dir) == []
    assert cmd_forget(args) == 0
    out = capsys.readouterr().out
    assert KEY_ABSENT in out and PREFS_ABSENT in out


def test_forget_without_a_keyring_still_removes_prefs_and_fails_plainly(config_dir, fake_keystore, capsys):
    fake_keystore.unreachable = True
    Prefs().language = "ru"
    parser = argparse.ArgumentParser()
    add_forget_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["forget"])
    args.words = EnglishWords()
    assert cmd_forget(args) == 1
    out = capsys.readouterr().out
    assert "Could not reach the keyring" in out and "no D-Bus session" in out
    assert _files(config_dir) == []


def test_forget_can_keep_the_key(config_dir, fake_keystore):
    result = forget_everything(keep_key=True)
    assert fake_keystore.has_key and not result.key_removed


def test_the_prefs_file_follows_xdg_config_home_in_a_fresh_process(tmp_path):
    """What forget and the no-trace test rely on: Qt reads XDG_CONFIG_HOME, not a fixed path."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "HOME": str(tmp_path / "home"),
           "PYTHONDONTWRITEBYTECODE": "1", "QT_QPA_PLATFORM": "offscreen"}
    code = "from hardener.gui.prefs import prefs_file; print(prefs_file())"
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == str(tmp_path / "cfg" / "hardener" / "hardener-gui.ini")
