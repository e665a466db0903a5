"""dumpsys account: fixtures and the three real excerpts."""

from __future__ import annotations

from shared_captures import capture, fixture, out

from hardener.device.parsers.accounts import parse_dumpsys_account


def test_two_users() -> None:
    parsed = parse_dumpsys_account(out(fixture("dumpsys_account/api34_two_users.txt")))
    assert parsed.problems == ()
    assert parsed.value is not None
    assert [(a.user_id, a.type, a.name) for a in parsed.value] == [
        (0, "com.google", "alex.example@gmail.com"),
        (0, "com.whatsapp", "+447700900123"),
        (0, "com.osp.app.signin", "Alex, type=Work"),  # a name may contain ", type="
        (10, "com.google.android.gm.exchange", "alex@company.example"),
    ]


def test_no_accounts_is_known_empty() -> None:
    parsed = parse_dumpsys_account(out(fixture("dumpsys_account/api30_no_accounts.txt")))
    assert parsed.value == () and parsed.problems == ()


def test_count_mismatch_is_reported() -> None:
    parsed = parse_dumpsys_account(out(fixture("dumpsys_account/count_mismatch.txt")))
    assert parsed.value is not None and len(parsed.value) == 1
    assert any("counted 2" in p for p in parsed.problems)


def test_error_is_unknown() -> None:
    parsed = parse_dumpsys_account(out(fixture("dumpsys_account/error_cant_find_service.txt")))
    assert parsed.value is None and parsed.problems


def test_registered_services_excerpts_are_not_accounts() -> None:
    # Both excerpts hold only the authenticator list: that says nothing about signed-in accounts.
    for rel in (
        "issues_hidroh_materialistic_811/dumpsys_account.excerpt.txt",
        "issues_iamr0s_Dhizuku_158/dumpsys_account.excerpt.txt",
    ):
        parsed = parse_dumpsys_account(out(capture(rel)))
        assert parsed.value is None and parsed.problems


def test_single_account_line_with_japanese_name() -> None:
    parsed = parse_dumpsys_account(out(capture("issues_iamr0s_Dhizuku_149/dumpsys_account.line.txt")))
    assert parsed.value is not None
    (account,) = parsed.value
    assert account.type == "at.bitfire.davdroid.address_book"
    assert account.name == "連絡先 (Masked1@example.com) #25"
    assert parsed.problems  # no "Accounts: n" count: maybe not the whole list
