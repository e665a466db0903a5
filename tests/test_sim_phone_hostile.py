"""The hostile persona: what a broken or malicious phone prints reaches hardener byte for byte,
and nothing it prints is ever run."""

from __future__ import annotations

import json
import re

import pytest

from hardener.sim.personas import load_persona
from hardener.sim.phone import VirtualPhone

NASTY = [
    "com.evil; rm -rf /",
    "com.x$(reboot)",
    "com.y`reboot`",
    "com.q'\"quote",
    "com.nl\npackage:com.fake.injected",
    "com.nul\x00byte",
    "com.\u202eexe.gpj",
    "com.forge  installer=com.android.vending uid:1000",
    "com.eq=com.android.vending",
    "-e",
    "--user",
]


@pytest.fixture
def phone() -> VirtualPhone:
    return load_persona("hostile")


def test_package_names_are_rendered_verbatim(phone: VirtualPhone):
    listing = phone.run_shell("pm list packages").stdout
    for name in NASTY:
        assert f"package:{name}\n".encode("utf-8", "surrogateescape") in listing
    assert b"package:com.bad\xff\xfeutf8\n" in listing  # invalid UTF-8 reaches the wire as raw bytes
    assert b"package:com." + b"a" * 5000 + b"\n" in listing
    # A newline in a name forges a line, exactly as a hostile phone would.
    assert b"\npackage:com.fake.injected\n" in listing
    dump = phone.run_shell("dumpsys package packages").stdout
    for name in NASTY:
        assert f"  Package [{name}] (".encode("utf-8", "surrogateescape") in dump


def test_accounts_settings_and_props_carry_injection_attempts(phone: VirtualPhone):
    accounts = phone.run_shell("dumpsys account").stdout.decode("utf-8", "surrogateescape")
    assert "Account {name=$(reboot)@evil.example, type=com.evil; rm -rf /}" in accounts
    assert "Account {name=forged@gmail.com, type=com.google" in accounts
    secure = phone.run_shell("settings list secure").stdout.decode()
    assert "lock_screen_allow_private_notifications=1\nlock_screen_allow_private_notifications=0\n" in secure
    assert "v" * 10000 in secure
    assert phone.run_shell("settings get secure bluetooth_name").stdout == b"`reboot`\n"
    props = phone.run_shell("getprop").stdout.decode()
    assert "[persist.hostile.newline]: [line1\n[ro.build.version.sdk]: [99]]" in props
    assert "[ro.build.display.id]: []: [fake.prop]: [1]" in props
    assert "\u202eenohp" in props


def test_dumps_hold_garbage_lines(phone: VirtualPhone):
    text = phone.run_shell("dumpsys package packages").stdout.decode("utf-8", "surrogateescape")
    assert "\x1b[31m\x1b[2J" in text or "Package [\n" in text or "\ufffd" in text
    assert re.search(r"^    User 0: installed=maybe", text, re.M) or "userId=-1" in text or "Uid mode: : " in text
    # The JSON dumps get junk around them too, but stay one object per line where they are whole.
    fp = phone.run_shell("dumpsys fingerprint").stdout.decode().splitlines()
    assert any(line.startswith('{"service"') and json.loads(line) for line in fp if line.endswith("]}"))


def test_nothing_hostile_is_executed_by_reading_it(phone: VirtualPhone):
    before_files = dict(phone.fs)
    for command in ("pm list packages -f -i -U -u", "dumpsys package packages", "dumpsys appops", "dumpsys account",
                    "dumpsys content", "settings list secure", "settings list global", "getprop",
                    "dumpsys device_policy", "dumpsys diskstats", "dumpsys usagestats", "bmgr list transports",
                    "cmd role get-role-holders android.app.role.SMS", "pm list users", "dumpsys trust"):
        got = phone.run_shell(command + ' 2>&1; echo "__HB_0123456789abcdef_0_$?__"')
        assert got.stdout.endswith(b"__HB_0123456789abcdef_0_0__\n"), command
    assert phone.reboot_count == 0
    assert phone.shell_violations == []
    assert phone.internal_errors == []
    assert phone.fs == before_files


def test_diskstats_arrays_are_json_even_for_hostile_names(phone: VirtualPhone):
    phone.faults.garbage_lines = False
    disk = phone.run_shell("dumpsys diskstats").stdout.decode("utf-8", "surrogateescape")
    names = json.loads(re.search(r"^Package Names: (.*)$", disk, re.M).group(1))  # type: ignore[union-attr]
    assert "com.nl\npackage:com.fake.injected" in names and "com.evil; rm -rf /" in names
    assert r"com.evil; rm -rf \/" in disk  # org.json escapes the slash


def test_hostile_user_name_and_roles(phone: VirtualPhone):
    users = phone.run_shell("pm list users").stdout.decode()
    assert users == 'Users:\n\tUserInfo{0:Own"er} running\n\tUserInfo{99:Ghost:13} running:c13} running\n'
    roles = phone.run_shell("cmd role get-role-holders android.app.role.DIALER").stdout
    assert roles == b"com.nl\npackage:com.fake.injected\n"
