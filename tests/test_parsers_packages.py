"""pm list packages -f -i -U -u."""

from __future__ import annotations

from shared_captures import fixture, out

from hardener.device.parsers.packages import parse_pm_list_packages


def test_api34_base64_paths_installer_and_uid() -> None:
    parsed = parse_pm_list_packages(out(fixture("pm_list_packages/api34_full.txt")))
    entries = parsed.value
    assert entries is not None and parsed.problems == ()
    by_name = {e.name: e for e in entries}
    assert len(entries) == 6
    wa = by_name["com.whatsapp"]
    assert wa.path == "/data/app/~~Xy1Z0aBcDeF_gHiJkLmN==/com.whatsapp-Ab9cDeFgHiJkLmNoPqRs==/base.apk"
    assert wa.installer == "com.android.vending"
    assert wa.uid == 10245
    gms = by_name["com.google.android.gms"]
    assert gms.installer is None and gms.uid == 10146
    assert by_name["com.example.sideloaded"].installer == "com.google.android.packageinstaller"
    assert by_name["com.android.bluetooth"].path == "/apex/com.android.btservices/app/Bluetooth/Bluetooth.apk"


def test_version_code_column() -> None:
    entries = parse_pm_list_packages(out(fixture("pm_list_packages/api28_versioncode.txt"))).value
    assert entries is not None
    assert [(e.name, e.installer, e.uid) for e in entries] == [
        ("com.whatsapp", "com.android.vending", 10130),
        ("com.google.android.gms", None, 10012),
    ]


def test_plain_names_and_duplicates() -> None:
    entries = parse_pm_list_packages(out(fixture("pm_list_packages/plain_names.txt"))).value
    assert entries is not None
    assert [(e.name, e.path, e.installer, e.uid) for e in entries] == [
        ("com.google.android.apps.translate", None, None, None),
        ("com.whatsapp", None, None, None),
    ]


def test_uid_list_takes_the_first() -> None:
    entries = parse_pm_list_packages(out(fixture("pm_list_packages/multi_user_uid.txt"))).value
    assert entries is not None and entries[0].uid == 10245


def test_unknown_option_and_empty_are_unknown() -> None:
    parsed = parse_pm_list_packages(out(fixture("pm_list_packages/error_unknown_option_api25.txt")))
    assert parsed.value is None and "Unknown option" in parsed.problems[0]
    assert parse_pm_list_packages(out("")).value is None
    assert parse_pm_list_packages(out("package:\npackage:   \n")).value is None
