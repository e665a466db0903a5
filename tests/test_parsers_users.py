"""pm list users / am get-current-user."""

from __future__ import annotations

from shared_captures import capture, fixture, out

from hardener.device.parsers.users import parse_current_user, parse_pm_list_users


def test_work_profile() -> None:
    users = parse_pm_list_users(out(fixture("pm_list_users/api29_work_profile.txt"))).value
    assert users is not None
    assert [(u.id, u.name, u.flags, u.running) for u in users.users] == [
        (0, "Owner", 0xC13, True),
        (10, "Work profile", 0x1030, True),
    ]
    assert [u.is_profile for u in users.users] == [False, True]


def test_private_space_and_odd_names() -> None:
    parsed = parse_pm_list_users(out(fixture("pm_list_users/api35_private_space.txt")))
    users = parsed.value
    assert users is not None and parsed.problems == ()
    by_id = {u.id: u for u in users.users}
    assert by_id[11].name == "Private space" and not by_id[11].running and by_id[11].is_profile
    assert by_id[12].name == "Name: with {braces}" and by_id[12].flags == 0x410


def test_no_users_or_error_is_unknown() -> None:
    assert parse_pm_list_users(out(fixture("pm_list_users/header_only.txt"))).value is None
    denied = parse_pm_list_users(out(fixture("pm_list_users/error_security.txt")))
    assert denied.value is None and denied.problems


def test_current_user() -> None:
    assert parse_current_user(out(fixture("am_get-current-user/user0.txt"))).value == 0
    assert parse_current_user(out(fixture("am_get-current-user/user10.txt"))).value == 10
    bad = parse_current_user(out(fixture("am_get-current-user/error_unknown_command.txt")))
    assert bad.value is None and bad.problems
    assert parse_current_user(out("0\n10\n")).value is None
    assert parse_current_user(out("²\n")).value is None


def test_seedvault_capture_owner_secondary_and_work_profile() -> None:
    users = parse_pm_list_users(out(capture("issues_seedvault-app_seedvault_77/pm_list_users.txt"))).value
    assert users is not None
    assert [(u.id, u.name, u.flags) for u in users.users] == [
        (0, "Owner", 0x13),
        (10, "New user", 0x10),
        (11, "Work profile", 0x30),
    ]
    assert all(u.running for u in users.users)
    assert [u.is_profile for u in users.users] == [False, False, True]


def test_android14_main_user_named_null() -> None:
    users = parse_pm_list_users(out(capture("issues_zacharee_InstallWithOptions_133/pm_list_users.txt"))).value
    assert users is not None
    (user,) = users.users
    assert user.id == 0 and user.name == "null" and user.flags == 0x4C13
    assert user.flags & 0x4000  # FLAG_MAIN, Android 14+
