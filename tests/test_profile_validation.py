"""A malformed profile gives one clear error naming the file, the rule and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from hardener.errors import ProfileError
from hardener.session.profiles import load_profile

KNOWN = frozenset({"lock.notification_content", "translator.installed", "permissions.dangerous_granted"})

GOOD = """
[profile]
id = "test-profile"
title = "A test"
description = "For tests."

[[rules]]
id = "hide-content"
answers = ["lock.notification_content"]
title = "Hide message content on the lock screen"
why = "Anyone holding the phone can read it."
guide_section = "Data protection"
guide_quote = "paying special attention to their messages"

[[rules.changes]]
kind = "setting"
table = "secure"
key = "lock_screen_allow_private_notifications"
value = "0"
"""


def _write(tmp_path: Path, text: str, name: str = "p.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_profile_loads(tmp_path):
    profile = load_profile(_write(tmp_path, GOOD), KNOWN)
    assert profile.id == "test-profile"
    (rule,) = profile.rules
    assert rule.changes[0].args == {"table": "secure", "key": "lock_screen_allow_private_notifications", "value": "0"}
    assert rule.changes[0].reversible


BROKEN = {
    "unknown field in rule": (GOOD.replace('why = "', 'colour = "red"\nwhy = "'), "hide-content", "colour"),
    "unknown top-level field": ("extra = 1\n" + GOOD, "-", "extra"),
    "wrong type": (GOOD.replace('answers = ["lock.notification_content"]', 'answers = "lock.notification_content"'),
                   "hide-content", "answers"),
    "unknown finding": (GOOD.replace("lock.notification_content", "lock.no_such_thing"), "hide-content", "answers"),
    "missing citation": (GOOD.replace('guide_quote = "paying special attention to their messages"\n', ""),
                         "hide-content", "guide_quote"),
    "empty citation": (GOOD.replace('guide_quote = "paying special attention to their messages"',
                                    'guide_quote = "   "'), "hide-content", "guide_quote"),
    "duplicate rule id": (GOOD + GOOD[GOOD.index("[[rules]]"):], "hide-content", "id"),
    "unknown change kind": (GOOD.replace('kind = "setting"', 'kind = "format_phone"'), "hide-content",
                            "changes[0].kind"),
    "unsafe setting key": (GOOD.replace('key = "lock_screen_allow_private_notifications"', 'key = "x; reboot"'),
                           "hide-content", "changes[0]"),
    "bad table": (GOOD.replace('table = "secure"', 'table = "secret"'), "hide-content", "changes[0]"),
    "irreversible claimed reversible": (
        GOOD.replace('kind = "setting"\ntable = "secure"\nkey = "lock_screen_allow_private_notifications"\nvalue = "0"',
                     'kind = "clear_data"\npackage = "com.google.android.apps.translate"\nreversible = true'),
        "hide-content", "changes[0].reversible"),
    "adb off inside a profile": (GOOD.replace('table = "secure"\nkey = "lock_screen_allow_private_notifications"',
                                              'table = "global"\nkey = "adb_enabled"'),
                                 "hide-content", "changes[0].key"),
    "value not text": (GOOD.replace('value = "0"', "value = 0"), "hide-content", "changes[0].value"),
    "missing profile title": (GOOD.replace('title = "A test"\n', ""), "-", "profile.title"),
    "bad profile id": (GOOD.replace('id = "test-profile"', 'id = "Test Profile!"'), "-", "profile.id"),
    "not TOML": ("[profile\nid=", "-", "-"),
    "rule without any action": (GOOD[: GOOD.index("[[rules.changes]]")], "hide-content", "changes"),
    "audit-only profile that changes": (GOOD.replace('description = "For tests."',
                                                     'description = "For tests."\naudit_only = true'),
                                        "hide-content", "changes"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_profiles_name_file_rule_and_field(tmp_path, case):
    text, rule, field = BROKEN[case]
    path = _write(tmp_path, text, name=f"{case.replace(' ', '-')}.toml")
    with pytest.raises(ProfileError) as info:
        load_profile(path, KNOWN)
    err = info.value
    assert err.params["file"] == path.name
    assert err.params["rule"] == rule
    assert err.params["field"] == field
    message = err.plain()
    assert path.name in message and field in message


def test_a_profile_far_too_large_is_refused_before_it_is_read(tmp_path):
    from hardener.session.profiles import MAX_PROFILE_BYTES

    path = _write(tmp_path, GOOD + "\n#" + "x" * MAX_PROFILE_BYTES, name="huge.toml")
    with pytest.raises(ProfileError) as info:
        load_profile(path, KNOWN)
    assert "larger than" in info.value.plain() and "huge.toml" in info.value.plain()


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX-only")
def test_a_profile_that_is_not_a_regular_file_is_refused_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)  # reading it would wait forever for a writer
    with pytest.raises(ProfileError) as info:
        load_profile(fifo, KNOWN)
    assert "not a regular file" in info.value.plain()
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    with pytest.raises(ProfileError):
        load_profile(folder, KNOWN)
