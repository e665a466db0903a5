"""Settings and their values in the person's words (hardener/session/kinds/words.py)."""

from __future__ import annotations

import pytest

from hardener.session.kinds import words


@pytest.mark.parametrize(
    ("ms", "said"),
    [("30000", "30 seconds"), ("600000", "10 minutes"), ("60000", "1 minute"), ("0", "Immediately"),
     ("2147483647", "Never"), ("-1", "Never"), ("45000", "45 s"), ("240000", "4 min")],
)
def test_durations_read_as_androids_own_choices(ms: str, said: str) -> None:
    assert words.duration(ms) == said


def test_unset_and_unknown_settings_never_show_a_raw_key() -> None:
    assert words.setting_value("secure", "lock_screen_allow_private_notifications", None) == "Shown"
    assert words.setting_value("secure", "lockdown_in_power_menu", None) == "Hidden"
    assert words.setting_value("global", "stay_on_while_plugged_in", "3") == "On"
    assert words.setting_name("secure", "some_oem_key") == words.UNKNOWN_SETTING
    # A value no table knows stays the phone's own text (shown inert by the faces), not a guess.
    assert words.setting_value("secure", "lock_screen_show_notifications", "2") == "2"


def test_every_profile_setting_has_a_plain_name() -> None:
    from hardener.session.profiles import builtin_profiles

    for profile in builtin_profiles():
        for rule in profile.rules:
            for spec in rule.changes:
                if spec.kind == "setting":
                    assert words.setting_name(spec.args["table"], spec.args["key"]) != words.UNKNOWN_SETTING, (
                        profile.id, rule.id, spec.args["key"])
