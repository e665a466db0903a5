"""dumpsys package: userId= vs appId=, the "Shared users" trap, hidden system packages, captures."""

from __future__ import annotations

import datetime as dt

from shared_captures import capture, fixture, out

from hardener.device.facts import PackageDetail, PermissionState
from hardener.device.parsers.package_dump import parse_dumpsys_package


def _runtime(pkg: PackageDetail, user: int = 0) -> dict[str, PermissionState]:
    (state,) = [u for u in pkg.users if u.user_id == user]
    return {p.name: p for p in state.runtime_permissions}


def test_api34_app_id_and_per_user_state() -> None:
    parsed = parse_dumpsys_package(out(fixture("dumpsys_package/api34_appid.txt"), sdk=34))
    apps = parsed.value
    assert apps is not None
    assert parsed.problems == ()
    assert parsed.read_as_sdk == 34
    assert set(apps) == {"com.google.android.apps.translate", "com.example.stalker", "com.android.bluetooth"}
    tr = apps["com.google.android.apps.translate"]
    assert tr.app_id == 10234
    assert tr.version_code == 206000001
    assert tr.version_name == "8.9.27.623571011.3-release"
    assert tr.installer == "com.android.vending"
    assert tr.is_system is False
    assert tr.code_path == "/data/app/~~AbC==/com.google.android.apps.translate-XyZ=="
    assert tr.last_update == dt.datetime(2024, 5, 1, 12, 0, 1)
    # No package-level firstInstallTime on 14: the earliest per-user one is used.
    assert tr.first_install == dt.datetime(2023, 1, 10, 9, 0, 0)
    assert tr.signature_hashes == ("4a1f2b3c",)
    assert "android.permission.ACCESS_BACKGROUND_LOCATION" in tr.requested_permissions
    assert [p.name for p in tr.install_permissions] == [
        "android.permission.INTERNET",
        "android.permission.FOREGROUND_SERVICE",
    ]
    runtime = _runtime(tr)
    assert runtime["android.permission.CAMERA"].granted is True
    assert runtime["android.permission.CAMERA"].flags == (
        "USER_SET",
        "USER_SENSITIVE_WHEN_GRANTED",
        "USER_SENSITIVE_WHEN_DENIED",
    )
    assert runtime["android.permission.RECORD_AUDIO"].granted is False
    assert "SOME_FUTURE_FLAG" in runtime["android.permission.RECORD_AUDIO"].flags  # unknown flags pass through
    user10 = next(u for u in tr.users if u.user_id == 10)
    assert user10.installed is False and user10.runtime_permissions == () and user10.runtime_permissions_known


def test_api34_suspended_disabled_debuggable_and_apex_system() -> None:
    apps = parse_dumpsys_package(out(fixture("dumpsys_package/api34_appid.txt"))).value
    assert apps is not None
    stalker = apps["com.example.stalker"]
    (user0,) = stalker.users
    assert user0.suspended is True and user0.enabled == 3 and user0.installed is True
    assert "DEBUGGABLE" in stalker.flags
    assert _runtime(stalker)["android.permission.READ_SMS"].granted is True
    bt = apps["com.android.bluetooth"]
    assert bt.is_system is True
    # The factory copy under "Hidden system packages" must not replace the live package.
    assert bt.code_path == "/apex/com.android.btservices/app/Bluetooth"
    assert bt.users[0].runtime_permissions == ()


def test_shared_users_trap() -> None:
    parsed = parse_dumpsys_package(out(fixture("dumpsys_package/api29_shared_user_trap.txt")))
    apps = parsed.value
    assert apps is not None
    cal = apps["com.example.calendar"]
    assert cal.app_id == 10048
    assert cal.shared_user == "com.example.calendar.uid.shared"
    runtime = _runtime(cal)
    assert runtime["android.permission.READ_CALENDAR"].granted is True
    assert runtime["android.permission.READ_CALENDAR"].flags == ("GRANTED_BY_DEFAULT",)
    assert runtime["android.permission.READ_CONTACTS"].granted is False
    assert {p.name for p in cal.install_permissions} == {
        "android.permission.INTERNET",
        "android.permission.READ_SYNC_SETTINGS",
    }
    assert _runtime(apps["com.example.syncadapter"]) == runtime
    # The shared block's grants belong to the shared uid only, never to the package printed last.
    plain = apps["com.example.plain"]
    assert plain.users[0].runtime_permissions == () and plain.users[0].enabled == 2
    # A shared uid whose block is missing: grants unknown, and said so.
    orphan = apps["com.example.orphan"]
    assert orphan.users[0].runtime_permissions_known is False
    assert any("com.example.orphan" in p for p in parsed.problems)


def test_single_package_dump_with_other_sections() -> None:
    parsed = parse_dumpsys_package(out(fixture("dumpsys_package/api33_single_package.txt")))
    apps = parsed.value
    assert apps is not None and list(apps) == ["com.example.spy"]
    spy = apps["com.example.spy"]
    assert spy.app_id == 10140
    assert spy.first_install == dt.datetime(2023, 2, 23, 19, 46, 51)
    # targetSdk 22: "dangerous" permissions are install-time grants.
    assert {p.name: p.granted for p in spy.install_permissions} == {
        "android.permission.RECORD_AUDIO": True,
        "android.permission.READ_CALL_LOG": True,
    }


def test_not_installed_and_errors_are_unknown() -> None:
    missing = parse_dumpsys_package(out(fixture("dumpsys_package/api34_not_installed.txt")))
    assert missing.value is None and missing.problems
    error = parse_dumpsys_package(out(fixture("dumpsys_package/error_cant_find_service.txt")))
    assert error.value is None and "no such service" in error.problems[0]


def test_mvt_samsung_android10_capture() -> None:
    parsed = parse_dumpsys_package(out(capture("mvt-project_mvt/android_data/dumpsys_packages.txt")))
    apps = parsed.value
    assert apps is not None
    assert list(apps) == ["com.samsung.android.provider.filterprovider", "com.sec.android.app.DataCreate"]
    fp = apps["com.samsung.android.provider.filterprovider"]
    assert fp.app_id == 1000 and fp.shared_user == "android.uid.system" and fp.is_system is True
    # Shared system uid, no runtime list, and this trimmed capture has no "Shared users" block.
    assert fp.users[0].runtime_permissions_known is False
    dc = apps["com.sec.android.app.DataCreate"]
    assert dc.app_id == 10143 and dc.version_code == 1 and dc.code_path == "/system/app/AutomationTest_FB"
    assert len(dc.requested_permissions) == 11
    assert {p.name for p in dc.install_permissions} >= {
        "android.permission.WRITE_SECURE_SETTINGS",
        "android.permission.MANAGE_APP_OPS_MODES",
    }
    runtime = _runtime(dc)
    assert len(runtime) == 13
    assert runtime["android.permission.READ_SMS"].granted is False
    assert runtime["android.permission.READ_SMS"].flags == ("USER_SENSITIVE_WHEN_GRANTED", "RESTRICTION_UPGRADE_EXEMPT")
    assert dc.signature_hashes == fp.signature_hashes == ("b378e95c",)


def test_mvt_bugreport_instagram_until_used() -> None:
    apps = parse_dumpsys_package(out(capture("mvt-project_mvt/android_data/bugreport/dumpstate.txt"))).value
    assert apps is not None
    ig = apps["com.instagram.android"]
    assert ig.app_id == 10164 and ig.installer == "com.android.vending"
    assert ig.users[0].enabled == 4  # disabled until used, "auto_disabler"
    assert _runtime(ig)["android.permission.CAMERA"].granted is False


def test_isdi_honor_android7_full_dump() -> None:
    text = capture("stopipv_isdi/honor_FRD-L04_android7/dumpsys_package.txt")
    parsed = parse_dumpsys_package(out(text, sdk=24))
    apps = parsed.value
    assert apps is not None
    assert parsed.problems == ()
    # "Read completed successfully: 252 packages" at the end of the same dump.
    assert len(apps) == 252
    skype = apps["com.skype.raider"]
    assert skype.app_id == 10209 and skype.signature_hashes == ("8e561505",)
    runtime = _runtime(skype)
    assert runtime["android.permission.CAMERA"].granted is True
    assert runtime["android.permission.RECORD_AUDIO"].granted is True
    assert runtime["android.permission.WRITE_CONTACTS"] == PermissionState(
        "android.permission.WRITE_CONTACTS", False, ("USER_SET",)
    )
    # Google Calendar shares a uid: its grants are only in the "Shared users" block.
    cal = apps["com.google.android.calendar"]
    assert cal.shared_user == "com.google.android.calendar.uid.shared"
    cal_runtime = _runtime(cal)
    assert cal_runtime["android.permission.READ_CALENDAR"].flags == ("GRANTED_BY_DEFAULT",)
    assert cal_runtime["android.permission.READ_CONTACTS"].granted is True
    # YouTube is an updated system app; its factory copy is listed under "Hidden system packages".
    yt = apps["com.google.android.youtube"]
    assert yt.is_system is True and "UPDATED_SYSTEM_APP" in yt.flags
    assert yt.code_path == "/data/app/com.google.android.youtube-1"
    assert yt.version_code == 1345523440
    wa = apps["com.whatsapp"]
    assert wa.app_id == 10232
    assert {p.name for u in wa.users for p in u.runtime_permissions if p.granted} >= {
        "android.permission.RECORD_AUDIO",
        "android.permission.CAMERA",
        "android.permission.ACCESS_FINE_LOCATION",
        "android.permission.READ_CONTACTS",
    }
    assert apps["android"].app_id == 1000 and apps["android"].is_system is True
    # Android 7 prints no "requested permissions:" list at all.
    assert all(p.requested_permissions == () for p in apps.values())


def test_isdi_lg_spyware_single_package_dumps() -> None:
    spy = parse_dumpsys_package(out(capture("stopipv_isdi/tmp/copy9.dump"))).value
    assert spy is not None and list(spy) == ["com.android.system"]
    ispyoo = spy["com.android.system"]  # iSpyoo disguised with a system-looking name
    assert ispyoo.is_system is False and ispyoo.code_path == "/data/app/com.android.system-1"
    granted = {p.name for p in ispyoo.install_permissions if p.granted}
    assert {"android.permission.READ_SMS", "android.permission.RECORD_AUDIO", "android.permission.READ_CALL_LOG"} <= (
        granted
    )
    track = parse_dumpsys_package(out(capture("stopipv_isdi/tmp/trackview.dump"))).value
    assert track is not None
    assert track["com.trackview"].installer == "com.android.vending"
    assert track["com.trackview"].version_name == "3.0.12"
