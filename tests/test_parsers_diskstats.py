"""dumpsys diskstats: with and without the cached per-app block."""

from __future__ import annotations

from shared_captures import fixture, out

from hardener.device.facts import AppSize
from hardener.device.parsers.diskstats import parse_diskstats


def test_api34_cached_block() -> None:
    parsed = parse_diskstats(out(fixture("dumpsys_diskstats/api34_cached.txt")))
    stats = parsed.value
    assert stats is not None and parsed.problems == ()
    assert stats.file_based_encryption is True and stats.cached_block_present is True
    assert stats.sizes["com.google.android.apps.translate"] == AppSize(52428800, 10485760, 5242880)
    assert stats.sizes["com.whatsapp"].data_bytes == 2147483648
    assert "com.example.weird,name" in stats.sizes  # JSON, not comma splitting


def test_api29_no_app_data_sizes() -> None:
    stats = parse_diskstats(out(fixture("dumpsys_diskstats/api29_no_data_sizes.txt"))).value
    assert stats is not None
    assert stats.sizes["com.whatsapp"] == AppSize(app_bytes=104857600, data_bytes=None, cache_bytes=52428800)


def test_no_cached_block_is_known_but_flagged() -> None:
    parsed = parse_diskstats(out(fixture("dumpsys_diskstats/api30_no_cached_block.txt")))
    assert parsed.value is not None
    assert parsed.value.cached_block_present is False and dict(parsed.value.sizes) == {}
    assert parsed.value.file_based_encryption is True
    assert parsed.problems


def test_test_error_misaligned_and_bad_arrays() -> None:
    parsed = parse_diskstats(out(fixture("dumpsys_diskstats/api28_test_error_block_encryption.txt")))
    stats = parsed.value
    assert stats is not None
    assert stats.file_based_encryption is False
    assert stats.sizes["com.a"] == AppSize(1, None, 0)
    assert stats.sizes["com.c"] == AppSize(None, None, 0)
    assert any("not a JSON array" in p for p in parsed.problems)
    assert any("differ in length" in p for p in parsed.problems)


def test_error_is_unknown() -> None:
    parsed = parse_diskstats(out(fixture("dumpsys_diskstats/error_cant_find_service.txt")))
    assert parsed.value is None and parsed.problems
