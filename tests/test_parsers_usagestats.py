"""dumpsys usagestats: newest lastTimeUsed per package and user, in each date style."""

from __future__ import annotations

import datetime as dt

from shared_captures import capture, fixture, out

from hardener.device.parsers.usagestats import parse_usagestats


def test_api34_max_over_sections_and_users() -> None:
    parsed = parse_usagestats(out(fixture("dumpsys_usagestats/api34_two_users.txt")))
    stats = parsed.value
    assert stats is not None and parsed.problems == ()
    assert stats.by_user[0]["com.google.android.apps.translate"] == dt.datetime(2024, 5, 1, 18, 22, 5)
    assert stats.by_user[0]["com.whatsapp"] == dt.datetime(2024, 5, 1, 23, 59, 58)
    assert stats.by_user[10]["com.whatsapp"] == dt.datetime(2024, 5, 2, 0, 30)
    assert stats.last_used["com.whatsapp"] == dt.datetime(2024, 5, 2, 0, 30)
    assert stats.last_used["com.example.oldapp"] == dt.datetime(2024, 4, 3, 7, 5)
    # 1970 means never; lastTimeComponentUsed and config/event lines are not "use".
    assert "com.android.vending" not in stats.last_used


def test_api28_single_package() -> None:
    stats = parse_usagestats(out(fixture("dumpsys_usagestats/api28_one_package.txt"))).value
    assert stats is not None
    assert dict(stats.last_used) == {"com.google.android.apps.translate": dt.datetime(2019, 3, 10, 21, 15)}


def test_locale_dates_month_first_with_am_pm() -> None:
    parsed = parse_usagestats(out(fixture("dumpsys_usagestats/api25_locale_dates.txt")))
    stats = parsed.value
    assert stats is not None
    assert stats.last_used["com.google.android.apps.translate"] == dt.datetime(2017, 3, 10, 21, 15)
    assert stats.last_used["com.whatsapp"] == dt.datetime(2017, 3, 9, 23, 59)
    assert "com.android.providers.media" not in stats.last_used  # 12/31/1969: never
    assert any("not understood" in p for p in parsed.problems)  # "31/02/2017, 25:99"
    # "12/31/1969" can only be month-first, which settles the order for the others.
    assert not any("day- or month-first" in p for p in parsed.problems)


def test_only_ambiguous_dates_are_guessed_and_said_so() -> None:
    text = (
        "user=0\n  In-memory daily stats\n    packages\n"
        '      package=a.b totalTime="00:01" lastTime="3/4/2017, 1:00 PM" \n'
    )
    parsed = parse_usagestats(out(text))
    assert parsed.value is not None
    assert parsed.value.last_used["a.b"] == dt.datetime(2017, 3, 4, 13, 0)
    assert any("day- or month-first" in p for p in parsed.problems)
    text24 = text.replace("1:00 PM", "13:00")
    day_first = parse_usagestats(out(text24)).value
    assert day_first is not None and day_first.last_used["a.b"] == dt.datetime(2017, 4, 3, 13, 0)


def test_locale_dates_day_first_settled_by_an_unambiguous_date() -> None:
    parsed = parse_usagestats(out(fixture("dumpsys_usagestats/api24_day_first.txt")))
    stats = parsed.value
    assert stats is not None and parsed.problems == ()
    assert stats.last_used["com.whatsapp"] == dt.datetime(2018, 11, 14, 18, 26)
    assert stats.last_used["com.google.android.gm"] == dt.datetime(2018, 11, 3, 8, 5)


def test_no_usage_is_known_empty_and_errors_unknown() -> None:
    empty = parse_usagestats(out(fixture("dumpsys_usagestats/no_usage_yet.txt")))
    assert empty.value is not None and dict(empty.value.last_used) == {}
    error = parse_usagestats(out(fixture("dumpsys_usagestats/error_cant_find_service.txt")))
    assert error.value is None and error.problems


def test_isdi_honor_android7_capture() -> None:
    parsed = parse_usagestats(out(capture("stopipv_isdi/honor_FRD-L04_android7/dumpsys_usagestats.txt")))
    stats = parsed.value
    assert stats is not None and parsed.problems == ()
    assert len(stats.last_used) == 113
    assert stats.last_used["com.whatsapp"] == dt.datetime(2018, 11, 14, 18, 26)
    assert stats.last_used["sp0n.citizen"] == dt.datetime(2018, 11, 14, 18, 26)
    assert stats.last_used["com.android.chrome"] == dt.datetime(2018, 11, 14, 8, 27)
    assert "com.google.android.ext.services" not in stats.last_used  # only ever 12/31/1969
    assert set(stats.by_user) == {0}


def test_isdi_lg_spyware_usage() -> None:
    stats = parse_usagestats(out(capture("stopipv_isdi/tmp/copy9.dump"))).value
    assert stats is not None
    assert stats.last_used["com.android.system"] == dt.datetime(2018, 2, 23, 19, 58)
    assert stats.last_used["ru.kidcontrol.gpstracker"] == dt.datetime(2018, 2, 22, 10, 32)
