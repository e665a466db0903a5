"""dumpsys lock_settings and locksettings get-disabled: never a "no lock" that was not said."""

from __future__ import annotations

import pytest
from shared_captures import fixture, out

from hardener.device.facts import CredentialType
from hardener.device.parsers.lock import parse_get_disabled, parse_lock_settings


def _types(name: str, sdk: int | None = None) -> dict[int, CredentialType]:
    parsed = parse_lock_settings(out(fixture(f"dumpsys_lock_settings/{name}"), sdk=sdk))
    assert parsed.value is not None
    return {u.user_id: u.credential for u in parsed.value.users}


def test_api29_sp_sid_nonzero_sid_is_some_secure_lock() -> None:
    parsed = parse_lock_settings(out(fixture("dumpsys_lock_settings/api29_sp_sid.txt"), sdk=29))
    assert parsed.value is not None
    assert parsed.value.format_version == "sp-sid"
    assert parsed.read_as_sdk == 29
    # "User 0 [/data/system_de/0/spblob]:" in the Storage section is not a second user 0.
    assert [(u.user_id, u.credential) for u in parsed.value.users] == [(0, CredentialType.SECURE_UNKNOWN_KIND)]


def test_sp_sid_zero_is_unknown_never_none() -> None:
    parsed = parse_lock_settings(out(fixture("dumpsys_lock_settings/api28_sp_sid_zero.txt")))
    assert parsed.value is not None
    types = {u.user_id: u.credential for u in parsed.value.users}
    assert types == {0: CredentialType.UNKNOWN, 10: CredentialType.SECURE_UNKNOWN_KIND}
    assert any("user 0" in p for p in parsed.problems)


def test_api32_mixed_case() -> None:
    parsed = parse_lock_settings(out(fixture("dumpsys_lock_settings/api32_mixed_case.txt")))
    assert parsed.value is not None and parsed.value.format_version == "mixed-case"
    assert {u.user_id: (u.credential, u.raw_type) for u in parsed.value.users} == {
        0: (CredentialType.PIN, "Pin"),
        10: (CredentialType.NONE, "None"),
    }
    assert parsed.problems == ()


def test_api34_upper_case() -> None:
    parsed = parse_lock_settings(out(fixture("dumpsys_lock_settings/api34_upper_case.txt"), sdk=34))
    assert parsed.value is not None and parsed.value.format_version == "upper-case"
    assert {u.user_id: u.credential for u in parsed.value.users} == {
        0: CredentialType.PIN,
        10: CredentialType.NONE,
        11: CredentialType.PATTERN,
    }


def test_api35_password_with_quality_zero() -> None:
    assert _types("api35_password.txt") == {0: CredentialType.PASSWORD}


def test_samsung_and_unknown_types() -> None:
    parsed = parse_lock_settings(out(fixture("dumpsys_lock_settings/api34_samsung_odd_types.txt")))
    assert parsed.value is not None
    users = {u.user_id: u for u in parsed.value.users}
    assert users[0].credential is CredentialType.SECURE_UNKNOWN_KIND and users[0].raw_type == "SMARTCARDNUMERIC"
    assert users[95].credential is CredentialType.UNKNOWN and users[95].raw_type == "UNKNOWN_7"
    assert users[150].credential is CredentialType.SWIPE  # NONE + IsLockScreenDisabled: false
    assert any("UNKNOWN_7" in p for p in parsed.problems)


@pytest.mark.parametrize("name", ["error_cant_find_service.txt", "error_permission_denial.txt", "oem_unrecognised.txt"])
def test_errors_and_unrecognised_are_unknown(name: str) -> None:
    parsed = parse_lock_settings(out(fixture(f"dumpsys_lock_settings/{name}")))
    assert parsed.value is None and parsed.problems


def test_empty_output_is_unknown_not_none() -> None:
    for text in ("", "\n\n", "Current lock settings service state:\n"):
        parsed = parse_lock_settings(out(text))
        assert parsed.value is None and parsed.problems


def test_old_format_on_new_phone_is_flagged() -> None:
    parsed = parse_lock_settings(out(fixture("dumpsys_lock_settings/api29_sp_sid.txt"), sdk=34))
    assert any("API 34" in p for p in parsed.problems)


def test_get_disabled_no_credential() -> None:
    none = parse_get_disabled(out(fixture("locksettings_get-disabled/none_true.txt")))
    assert none.value is not None and none.value.secure is False and none.value.disabled is True
    swipe = parse_get_disabled(out(fixture("locksettings_get-disabled/swipe_false.txt")))
    assert swipe.value is not None and swipe.value.secure is False and swipe.value.disabled is False
    noisy = parse_get_disabled(out(fixture("locksettings_get-disabled/linker_warning_false.txt")))
    assert noisy.value is not None and noisy.value.secure is False


def test_get_disabled_secure_credential_error() -> None:
    text = fixture("locksettings_get-disabled/api34_secure_credential_error.txt")
    parsed = parse_get_disabled(out(text, exit_code=255))
    assert parsed.value is not None and parsed.value.secure is True and parsed.value.disabled is None
    throttled = parse_get_disabled(out(fixture("locksettings_get-disabled/throttled.txt"), exit_code=255))
    assert throttled.value is not None and throttled.value.secure is True


def test_get_disabled_other_errors_are_unknown() -> None:
    for name, rc in (("api29_other_error.txt", 255), ("not_found.txt", 127), ("true_with_junk.txt", 0)):
        parsed = parse_get_disabled(out(fixture(f"locksettings_get-disabled/{name}"), exit_code=rc))
        assert parsed.value is None, name
        assert parsed.problems
    # "true" with a failing exit code is not trusted either.
    assert parse_get_disabled(out("true\n", exit_code=1)).value is None
    assert parse_get_disabled(out("")).value is None


def test_get_disabled_unsupported() -> None:
    parsed = parse_get_disabled(out(fixture("locksettings_get-disabled/unsupported.txt")))
    assert parsed.value is not None
    assert parsed.value.unsupported is True and parsed.value.secure is None
