"""settings list / get: fixtures for each table, error shapes, and the real excerpts."""

from __future__ import annotations

import pytest
from shared_captures import capture, fixture, out

from hardener.adb.output import CommandOutput
from hardener.device.parsers.settings import (
    parse_settings_get,
    parse_settings_global,
    parse_settings_list,
    parse_settings_secure,
    parse_settings_system,
)


def test_secure_table() -> None:
    parsed = parse_settings_secure(out(fixture("settings_list/secure_api34.txt"), sdk=34))
    table = parsed.value
    assert table is not None
    assert parsed.problems == ()
    assert parsed.read_as_sdk == 34
    assert table.table == "secure"
    assert table.values["lockdown_in_power_menu"] is None  # printed as "null"
    assert table.values["voice_interaction_service"] == ""
    assert table.values["lock_screen_lock_after_timeout"] == "5000"
    assert table.values["enabled_notification_listeners"] == (
        "com.whatsapp/com.whatsapp.notification.ListenerService:com.example.spy/.NotificationReader"
    )


def test_global_and_system_tables() -> None:
    glob = parse_settings_global(out(fixture("settings_list/global_api29.txt"))).value
    assert glob is not None and glob.table == "global"
    assert glob.values["adb_enabled"] == "1"
    assert glob.values["device_name"] == "Pixel 3a"
    assert glob.values["stay_on_while_plugged_in"] == "7"
    system = parse_settings_system(out(fixture("settings_list/system_api28.txt"))).value
    assert system is not None and system.table == "system"
    assert system.values["screen_off_timeout"] == "600000"
    assert system.values["SIM1"] == "SIM card 1"


@pytest.mark.parametrize("name", ["error_exception_api33.txt", "error_security_api27.txt"])
def test_errors_are_unknown(name: str) -> None:
    parsed = parse_settings_list(out(fixture(f"settings_list/{name}")), "secure")
    assert parsed.value is None
    assert parsed.problems


def test_multiline_value_is_read_whole() -> None:
    # AOSP's SettingsService prints "name=value" with println, so a value's line breaks reach
    # the output as they are, and its next lines come before the next setting.
    parsed = parse_settings_global(out(fixture("settings_list/multiline_value.txt")))
    assert parsed.value is not None
    assert parsed.value.values["some_oem_json"] == '{"a": 1,\n  "b": 2}'
    assert parsed.value.values["wifi_on"] == "1"
    assert parsed.problems == ()


def test_second_accessibility_service_on_its_own_line_is_not_lost() -> None:
    # Capture-shaped: a "settings list secure" whose enabled_accessibility_services value holds a
    # line break (a real phone prints it as it is stored), with a blank line inside another value.
    text = (
        "accessibility_enabled=1\n"
        "enabled_accessibility_services=com.google.android.marvin.talkback/.TalkBackService:\n"
        "com.example.spy/.WatchService\n"
        "enabled_notification_listeners=\n"
        "lock_screen_show_notifications=1\n"
        "sysui_banner=first\n"
        "\n"
        "third\n"
        "\n"
        "tap_duration_threshold=0.0\n"
    )
    table = parse_settings_secure(out(text)).value
    assert table is not None
    services = table.values["enabled_accessibility_services"]
    assert services == "com.google.android.marvin.talkback/.TalkBackService:\ncom.example.spy/.WatchService"
    assert table.values["sysui_banner"] == "first\n\nthird"  # inner blank kept, trailing one not
    assert table.values["tap_duration_threshold"] == "0.0"
    assert table.values["enabled_notification_listeners"] == ""


def test_lines_before_the_first_setting_are_skipped_and_counted() -> None:
    parsed = parse_settings_global(out("garbage line\nadb_enabled=1\n"))
    assert parsed.value is not None and parsed.value.values == {"adb_enabled": "1"}
    assert any("not understood" in p for p in parsed.problems)


def test_get_null_value_and_empty() -> None:
    null = parse_settings_get(out(fixture("settings_get/null.txt")))
    assert null.value is None and null.problems == ()  # known: the key is unset
    value = parse_settings_get(out(fixture("settings_get/value.txt")))
    assert value.value == "30000"
    empty = parse_settings_get(out(fixture("settings_get/empty_string.txt")))
    assert empty.value == "" and empty.problems == ()
    colons = parse_settings_get(out(fixture("settings_get/colon_list.txt")))
    assert colons.value == "com.example.helper/.HelperService:com.google.android.marvin.talkback/.TalkBackService"


def test_get_errors_are_unknown_with_problems() -> None:
    denied = parse_settings_get(out(fixture("settings_get/error_permission_oem.txt"), exit_code=255))
    assert denied.value is None and denied.problems
    failed = parse_settings_get(out("30000\n", exit_code=1))
    assert failed.value is None and failed.problems
    lost = parse_settings_get(CommandOutput("settings get secure x", "30", None, None, "connection lost"))
    assert lost.value is None and lost.problems


def test_isdi_lg_settings_capture() -> None:
    # "settings list global", then a pasted shell prompt, then "settings list system" (LG M150,
    # Android 7). A line that starts no setting continues the value above it (that is how a
    # multi-line value prints), so the pasted prompt is read as part of the last global value,
    # where it is seen rather than lost; global keys keep their first value. The blank lines
    # hand-inserted around development_settings_enabled do not change any value.
    parsed = parse_settings_global(out(capture("stopipv_isdi/tmp/settings.txt")))
    table = parsed.value
    assert table is not None
    assert table.values["adb_enabled"] == "1"
    assert table.values["development_settings_enabled"] == "1"
    assert table.values["install_non_market_apps"] == "0"
    assert table.values["app_idle_constants"] == "idle_duration=94610000000"
    assert table.values["assisted_gps_supl_host"] == ""
    assert table.values["SIM1"] == "SIM card 1"  # from the system half
    assert table.values["zen_mode_config_etag"].startswith("-691234388\nshell@lv1:/ $ settings list system")
    assert table.values["desk_undock_sound"] == "/system/media/audio/ui/Undock.ogg"
    assert any("printed twice" in p for p in parsed.problems)


def test_mvt_samsung_settings_excerpt() -> None:
    parsed = parse_settings_secure(out(capture("mvt-project_mvt/androidqf/settings_random.txt")))
    assert parsed.value is not None
    assert parsed.problems == ()
    assert len(parsed.value.values) == 9
    assert parsed.value.values["samsung_errorlog_agree"] == "0"
    assert parsed.value.values["navigationbar_recently_used_color"] == ""


def test_fire_tv_accessibility_excerpt() -> None:
    parsed = parse_settings_secure(
        out(capture("issues_Crealivity_DPTV-Cursor_1/settings_list_secure.grep-i-accessibility.txt"))
    )
    assert parsed.value is not None
    values = parsed.value.values
    assert values["accessibility_enabled"] == "1"
    assert values["AccessibilitySettings.version"] == "3"
    assert values["accessibility_web_content_key_bindings"].startswith("0x13=0x01000100; 0x14=")


def test_fire_tv_single_gets() -> None:
    base = "issues_Crealivity_DPTV-Cursor_1/"
    unset = parse_settings_get(out(capture(base + "settings_get_secure_enabled_accessibility_services.txt")))
    assert unset.value is None and unset.problems == ()
    enabled = parse_settings_get(out(capture(base + "settings_get_secure_accessibility_enabled.txt")))
    assert enabled.value == "1"
    no_impl = parse_settings_get(out(capture(base + "cmd_accessibility_enable.txt")))
    assert no_impl.value is None and no_impl.problems
