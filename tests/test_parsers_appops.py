"""dumpsys appops and appops get: every version's line shapes, the "Uid mode:" quirk, captures."""

from __future__ import annotations

import pytest
from shared_captures import capture, fixture, out

from hardener.device.facts import AppOps
from hardener.device.parsers.appops import parse_appops_get, parse_dumpsys_appops


def _modes(ops: AppOps, package: str, user: int = 0) -> dict[tuple[str, bool], str]:
    return {(e.op, e.uid_level): e.mode for e in ops.entries if e.package == package and e.user_id == user}


def test_api33_package_uid_and_switch_modes() -> None:
    parsed = parse_dumpsys_appops(out(fixture("dumpsys_appops/api33.txt"), sdk=33))
    ops = parsed.value
    assert ops is not None and parsed.problems == ()
    wa = _modes(ops, "com.whatsapp")
    assert wa[("CAMERA", False)] == "allow"
    assert wa[("SYSTEM_ALERT_WINDOW", False)] == "allow"
    assert wa[("REQUEST_INSTALL_PACKAGES", False)] == "deny"
    assert wa[("COARSE_LOCATION", True)] == "foreground"
    # The uid mode overrides the package mode, and AppOps.mode() gives the uid one first.
    assert wa[("RUN_ANY_IN_BACKGROUND", False)] == "allow"
    assert ops.mode("com.whatsapp", "RUN_ANY_IN_BACKGROUND") == "ignore"
    assert ops.mode("com.whatsapp", "CAMERA", user_id=10) == "ignore"
    assert ops.mode("com.google.android.gms", "FINE_LOCATION") == "allow"  # "(allow / switch ...)"
    assert ops.mode("com.example.stalker", "GET_USAGE_STATS") == "allow"
    assert ops.mode("com.example.stalker", "PROJECT_MEDIA") == "allow"
    assert ops.mode("android", "LEGACY_STORAGE") == "allow"
    # Audio restrictions ("PLAY_AUDIO usage=...: mode=ignore") are not app modes.
    assert all(e.op != "PLAY_AUDIO" for e in ops.entries)


def test_api26_numeric_modes() -> None:
    ops = parse_dumpsys_appops(out(fixture("dumpsys_appops/api26_numeric_modes.txt"))).value
    assert ops is not None
    tracker = _modes(ops, "com.example.tracker")
    assert tracker == {
        ("RUN_IN_BACKGROUND", True): "ignore",
        ("SYSTEM_ALERT_WINDOW", False): "allow",
        ("RUN_IN_BACKGROUND", False): "ignore",
        ("REQUEST_INSTALL_PACKAGES", False): "deny",
        ("WRITE_SETTINGS", False): "default",
        ("CAMERA", False): "foreground",
        ("READ_SMS", False): "7",  # a number Android never defined passes through as text
    }
    assert all(e.op != "PLAY_AUDIO" for e in ops.entries)


def test_huawei_wrapped_package_headers() -> None:
    ops = parse_dumpsys_appops(out(fixture("dumpsys_appops/huawei_api24_wrapped_headers.txt"))).value
    assert ops is not None
    assert ops.mode("com.huawei.iaware", "WRITE_SETTINGS") == "default"
    assert ops.mode("sp0n.citizen", "SYSTEM_ALERT_WINDOW") == "ignore"
    assert ops.mode("sp0n.citizen", "FINE_LOCATION") == "allow"


def test_history_after_current_state_is_not_read() -> None:
    ops = parse_dumpsys_appops(out(fixture("dumpsys_appops/history_section_not_current.txt"))).value
    assert ops is not None
    assert [(e.package, e.op, e.mode) for e in ops.entries] == [("com.whatsapp", "CAMERA", "ignore")]


def test_errors_are_unknown() -> None:
    parsed = parse_dumpsys_appops(out(fixture("dumpsys_appops/error_cant_find_service.txt")))
    assert parsed.value is None and parsed.problems
    assert parse_dumpsys_appops(out("nothing like appops\n")).value is None


def test_mvt_samsung_capture() -> None:
    parsed = parse_dumpsys_appops(out(capture("mvt-project_mvt/android_data/dumpsys_appops.txt")))
    ops = parsed.value
    assert ops is not None and parsed.problems == ()
    assert ops.mode("org.mozilla.firefox", "REQUEST_INSTALL_PACKAGES") == "allow"
    assert ops.mode("org.fdroid.fdroid", "REQUEST_INSTALL_PACKAGES") == "allow"
    assert ops.mode("org.fdroid.fdroid", "SYSTEM_ALERT_WINDOW") == "default"
    assert ops.mode("com.facebook.katana", "WRITE_SMS") == "ignore"
    assert ops.mode("com.facebook.katana", "READ_DEVICE_IDENTIFIERS") == "deny"
    assert ops.mode("com.facebook.katana", "COARSE_LOCATION") == "ignore"  # uid level
    assert ops.mode("com.sec.epdg", "MANAGE_IPSEC_TUNNELS") == "deny"
    installers = {e.package for e in ops.entries if e.op == "REQUEST_INSTALL_PACKAGES" and e.mode == "allow"}
    assert installers == {"org.mozilla.firefox", "org.fdroid.fdroid"}


def test_isdi_honor_android7_capture() -> None:
    parsed = parse_dumpsys_appops(out(capture("stopipv_isdi/honor_FRD-L04_android7/dumpsys_appops.txt")))
    ops = parsed.value
    assert ops is not None and parsed.problems == ()
    assert len(ops.entries) == 1577
    # Android 7 prints uid-wide modes the same way ("WRITE_SMS: mode=0" before the first Package).
    uid_wide = {(e.package, e.op, e.mode) for e in ops.entries if e.uid_level}
    assert ("com.android.providers.telephony", "WRITE_SMS", "allow") in uid_wide
    assert {e.op for e in ops.entries if e.uid_level} == {"WRITE_SMS", "OP_READ_PHONE_STATE"}
    assert ops.mode("com.huawei.iaware", "WRITE_SETTINGS") == "default"  # "mode=3"
    assert ops.mode("sp0n.citizen", "FINE_LOCATION") == "allow"
    assert ops.mode("me.lyft.android", "SYSTEM_ALERT_WINDOW") == "ignore"
    assert ops.mode("com.knudge.me", "SYSTEM_ALERT_WINDOW") == "allow"
    overlay = {e.package for e in ops.entries if e.op == "SYSTEM_ALERT_WINDOW"}
    assert {"com.facebook.orca", "com.twitter.android", "com.airbnb.android"} <= overlay


def test_appops_get_spec_quirk() -> None:
    parsed = parse_appops_get(out(fixture("appops_get/spec_uid_mode_quirk.txt"), "appops get com.x"), "com.x")
    assert parsed.value == {
        "uid:COARSE_LOCATION": "foreground",
        "FINE_LOCATION": "foreground",
        "CAMERA": "allow",
        "RECORD_AUDIO": "ignore",
        "SYSTEM_ALERT_WINDOW": "allow",
    }
    assert any("uid-wide" in p for p in parsed.problems)


def test_appops_get_single_op_is_exact() -> None:
    both = parse_appops_get(
        out(fixture("appops_get/single_op_both_levels.txt"), "appops get --user 0 com.x COARSE_LOCATION"), "com.x"
    )
    assert both.value == {"uid:COARSE_LOCATION": "foreground", "COARSE_LOCATION": "ignore"}
    assert both.problems == ()
    text = fixture("appops_get/single_op_package_only.txt")
    pkg = parse_appops_get(out(text, "appops get com.x SYSTEM_ALERT_WINDOW"), "com.x")
    assert pkg.value == {"SYSTEM_ALERT_WINDOW": "deny"} and pkg.problems == ()


def test_appops_get_unmarked_repeat_means_uid_then_package() -> None:
    parsed = parse_appops_get(out("CAMERA: allow\nCAMERA: ignore\n", "appops get com.x CAMERA"), "com.x")
    assert parsed.value == {"uid:CAMERA": "allow", "CAMERA": "ignore"}


def test_appops_get_no_operations_and_raw_modes() -> None:
    assert parse_appops_get(out(fixture("appops_get/no_operations.txt")), "com.x").value == {}
    raw = parse_appops_get(out(fixture("appops_get/api26_raw_mode.txt")), "com.x")
    assert raw.value == {"WAKE_LOCK": "5", "CAMERA": "foreground"}


@pytest.mark.parametrize("name", ["error_no_uid.txt", "error_mode.txt"])
def test_appops_get_errors(name: str) -> None:
    parsed = parse_appops_get(out(fixture(f"appops_get/{name}"), exit_code=255), "com.example.gone")
    assert parsed.value is None and parsed.problems
