"""dumpsys content: master auto-sync and per-authority sync."""

from __future__ import annotations

from shared_captures import fixture, out

from hardener.device.parsers.sync import parse_dumpsys_content


def test_api33_master_and_authorities() -> None:
    parsed = parse_dumpsys_content(out(fixture("dumpsys_content/api33.txt")))
    state = parsed.value
    assert state is not None and parsed.problems == ()
    assert dict(state.master_sync) == {0: True, 10: False}
    rows = [(a.account_name, a.user_id, a.account_type, a.authority, a.syncable, a.enabled) for a in state.authorities]
    assert rows == [
        ("alex.example@gmail.com", 0, "com.google", "com.android.calendar", 1, True),
        ("alex.example@gmail.com", 0, "com.google", "com.android.contacts", 1, False),
        ("alex.example@gmail.com", 0, "com.google", "com.google.android.apps.photos.GooglePhotosProvider", 0, False),
        ("alex.example@gmail.com", 0, "com.google", "ms.apps.translate.ReallyLongAuthorityNameForTesting", -1, True),
        ("Alex Work Phone", 10, "com.google.android.gm.exchange", "com.android.calendar", 1, True),
        ("Alex Work Phone", 10, "com.google.android.gm.exchange", "com.android.email.provider", 1, True),
    ]


def test_api27_lower_case_labels() -> None:
    state = parse_dumpsys_content(out(fixture("dumpsys_content/api27_lowercase.txt"))).value
    assert state is not None
    assert dict(state.master_sync) == {0: False}
    assert [(a.authority, a.enabled) for a in state.authorities] == [
        ("com.android.calendar", True),
        ("com.android.contacts", True),
    ]


def test_errors_are_unknown() -> None:
    parsed = parse_dumpsys_content(out(fixture("dumpsys_content/error_cant_find_service.txt")))
    assert parsed.value is None and parsed.problems
    assert parse_dumpsys_content(out("Observer tree:\n  content://x\n")).value is None


def test_a_stray_line_inside_a_table_keeps_the_rows_after_it() -> None:
    text = fixture("dumpsys_content/api33.txt")
    lines = text.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("Authority"))
    lines.insert(header + 1, "Package [")  # junk a broken phone printed between header and rows
    state = parse_dumpsys_content(out("\n".join(lines) + "\n")).value
    assert state is not None
    google = [a.authority for a in state.authorities if a.account_type == "com.google"]
    assert "com.android.contacts" in google and "com.android.calendar" in google
