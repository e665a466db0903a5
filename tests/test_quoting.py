"""Nothing from the phone reaches a shell command without validation and quoting."""

from __future__ import annotations

import shlex

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hardener.adb import quoting
from hardener.errors import UnsafeValue

HOSTILE = [
    "com.evil; rm -rf /",
    "com.evil$(reboot)",
    "com.evil`id`",
    "com.evil'x",
    "com.evil\nsettings put global adb_enabled 0",
    "com.evil\x00",
    "com.\u202eevil",
    "a" * 300,
    "",
    "single",
    "1com.start.digit",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_package_names_are_refused(name):
    with pytest.raises(UnsafeValue):
        quoting.package(name)


@pytest.mark.parametrize("name", ["com.google.android.apps.translate", "org.thoughtcrime.securesms", "a.b"])
def test_real_package_names_pass(name):
    assert quoting.package(name) == name


def test_components_accept_short_and_full_class_names():
    assert quoting.component("com.example/.Listener")
    assert quoting.component("com.example/com.example.Listener$Inner")
    with pytest.raises(UnsafeValue):
        quoting.component("com.example/.Listener;reboot")
    with pytest.raises(UnsafeValue):
        quoting.component("com.example")


def test_setting_values_refuse_newlines_and_nul():
    assert quoting.setting_value("com.a/.B:com.c/.D") == "com.a/.B:com.c/.D"
    for bad in ["a\nb", "a\x00", "x" * 5000]:
        with pytest.raises(UnsafeValue):
            quoting.setting_value(bad)


def test_appop_modes_are_a_closed_set():
    assert quoting.appop_mode("ignore") == "ignore"
    with pytest.raises(UnsafeValue):
        quoting.appop_mode("allow; reboot")


@given(st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=200))
def test_sh_quote_round_trips_through_a_posix_shell_parser(value):
    # shlex follows POSIX quoting, which the phone's mksh/toybox sh share for single quotes.
    assert shlex.split("x " + quoting.sh_quote(value)) == ["x", value]


def test_command_quotes_only_what_needs_it():
    assert quoting.command("settings", "put", "secure", "k", "a b") == "settings put secure k 'a b'"
    assert quoting.command("echo", "it's") == "echo 'it'\\''s'"
