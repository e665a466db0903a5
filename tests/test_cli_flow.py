"""The command line end to end, as a trainer would type it."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest

from hardener.cli import main

REPO = Path(__file__).resolve().parents[1]


def _keyring_ok() -> bool:
    backend = type(keyring.get_keyring()).__module__
    return "SecretService" in backend or os.environ.get("HARDENER_REQUIRE_KEYRING") == "1"


def _scan(capsys, serial: str) -> dict:
    capsys.readouterr()
    assert main(["scan", "--tcp", serial, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _comparable(doc: dict) -> list:
    return sorted((f["key"], f["severity"], f["title"]) for f in doc["findings"])


def test_info_demo_prints_what_a_trainer_checks_first(capsys):
    assert main(["info", "--demo", "samsung-11"]) == 0
    out = capsys.readouterr().out
    assert "Practice phone" in out
    assert "samsung" in out.lower() and "Android:          11" in out
    assert "Security patch:" in out and "months old" in out
    assert "pattern" in out
    assert "Serial" not in out
    assert main(["info", "--demo", "samsung-11", "--show-ids"]) == 0
    assert "Serial number:" in capsys.readouterr().out


def test_scan_json_round_trips_do_not_grow_with_apps(capsys):
    trips = {}
    for persona in ("apps-50", "apps-300", "apps-1000"):
        assert main(["scan", "--demo", persona, "--json"]) == 0
        doc = json.loads(capsys.readouterr().out)
        assert doc["schema_version"] == 1
        trips[persona] = doc["stats"]["round_trips"]
    assert len(set(trips.values())) == 1, trips


def test_scan_text_is_grouped_worst_first(capsys):
    assert main(["scan", "--demo", "old-9"]) == 0
    out = capsys.readouterr().out
    first_family = out.splitlines()[0]
    assert first_family.startswith("== ")
    assert "[Urgent]" in out.split("==")[2]  # the first family holds the worst finding, in the one set of words


@pytest.mark.keyring
@pytest.mark.skipif(not _keyring_ok(), reason="needs a Secret Service keyring (scripts/test.sh starts one)")
def test_apply_arrest_profile_then_undo_restores_the_first_scan(practice_phone, capsys):
    sim = practice_phone("samsung-11")
    first = _scan(capsys, sim.serial)
    assert main(["apply", "arrest-raid", "--tcp", sim.serial, "--yes"]) == 0
    code = re.search(r"Undo code: (\S+)", capsys.readouterr().out).group(1)
    applied = _scan(capsys, sim.serial)
    worst = ("critical", "high")
    assert sum(applied["counts"][s] for s in worst) < sum(first["counts"][s] for s in worst)
    assert main(["undo", "--tcp", sim.serial, "--yes", "--undo-code", code]) == 0
    assert _comparable(_scan(capsys, sim.serial)) == _comparable(first)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.adb_client
@pytest.mark.skipif(shutil.which("adb") is None, reason="Google's adb client is not installed (Debian package adb)")
def test_google_adb_talks_to_hardener_sim(tmp_path):
    port, server_port = _free_port(), _free_port()
    sim = subprocess.Popen(
        [sys.executable, "-m", "hardener", "sim", "--persona", "samsung-11", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
    )
    env = {**os.environ, "HOME": str(tmp_path), "ANDROID_ADB_SERVER_PORT": str(server_port)}

    def adb(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["adb", *args], env=env, capture_output=True, text=True, timeout=60,
                              stdin=subprocess.DEVNULL)

    try:
        assert sim.stdout is not None
        assert f"127.0.0.1:{port}" in sim.stdout.readline()
        adb("start-server")
        deadline = time.monotonic() + 120  # a wait for adb's own retries, not a speed limit
        while True:
            out = adb("connect", f"127.0.0.1:{port}").stdout
            if "connected to" in out and "failed" not in out:
                break
            assert time.monotonic() < deadline, out
            time.sleep(0.5)
        for _ in range(40):
            if "device" in adb("-s", f"127.0.0.1:{port}", "get-state").stdout:
                break
            time.sleep(0.25)
        release = adb("-s", f"127.0.0.1:{port}", "shell", "getprop", "ro.build.version.release")
        assert release.stdout.strip() == "11"
        assert "SM_A515F" in adb("devices", "-l").stdout or "model:" in adb("devices", "-l").stdout
    finally:
        adb("kill-server")
        sim.send_signal(signal.SIGINT)
        try:
            sim.wait(10)
        except subprocess.TimeoutExpired:
            sim.kill()
            sim.wait(5)
        if sim.stdout is not None:
            sim.stdout.close()


def test_a_damaged_journal_is_a_plain_message_not_a_crash(practice_phone, connect_to, monkeypatch, capsys):
    import hardener.cli as cli
    from hardener.session import journal as jr

    sim = practice_phone("samsung-11")
    code = jr.UndoCode.new()
    sealed = jr.seal_plain(b"{not json", code)  # opens with the code, then is not a record
    assert sim.phone.write_file(jr.RECORD_PATH, sealed, 0o100600, 0) is None
    monkeypatch.setattr(cli.device, "open_connection", lambda _args: connect_to(sim))
    assert main(["undo", "--tcp", sim.serial, "--yes", "--undo-code", str(code)]) == 2
    err = capsys.readouterr().err
    assert "undo record on this phone is damaged" in err
    assert "Traceback" not in err
    assert main(["plan", "arrest-raid", "--tcp", sim.serial]) == 0
    assert "undo record from an earlier visit" in capsys.readouterr().err
    assert main(["undo", "--forget", "--yes", "--tcp", sim.serial]) == 0
    assert sim.phone.read_file(jr.RECORD_PATH) is None


def test_plan_says_values_in_plain_words_without_setting_keys(capsys):
    """What the person agrees to reads as they know it: no setting key, no raw number."""
    assert main(["plan", "arrest-raid", "--demo", "samsung-11"]) == 0
    out = capsys.readouterr().out
    assert "Screen turns off after: 10 minutes -> 30 seconds" in out
    assert "Message content on the lock screen: Shown -> Hidden" in out
    for raw in ("screen_off_timeout", "lock_screen_", "600000", "30000", "stay_on_while_plugged_in", " 1 -> 0"):
        assert raw not in out, raw
    assert "com.google.android.apps.translate" not in out and "Google Translate" in out


def test_one_set_of_severity_words_across_cli_gui_and_report():
    from hardener.report import handover, text

    assert handover.SEVERITY_LABELS is text.SEVERITY_WORDS
    assert set(text.SEVERITY_WORDS.values()) == {
        "Urgent", "Important", "Worth fixing", "Could not check", "Good to know", "Nothing found"}
    assert "Safe" not in text.SEVERITY_WORDS.values() and "Fine" not in text.SEVERITY_WORDS.values()
