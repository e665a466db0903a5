"""getprop: the real Galaxy S25+ and MVT captures, and every line shape of the format."""

from __future__ import annotations

from shared_captures import capture, fixture, out

from hardener.device.parsers.props import parse_getprop


def test_pixel_fixture_values_and_sdk() -> None:
    parsed = parse_getprop(out(fixture("getprop/api34_pixel.txt")))
    assert parsed.problems == ()
    assert parsed.read_as_sdk == 34
    props = parsed.value
    assert props is not None
    assert props.get("ro.product.model") == "Pixel 8 Pro"
    assert props.get("ro.boot.verifiedbootstate") == "green"
    assert props.get("gsm.sim.state") == "READY,ABSENT"
    # A value holding "]" runs to the last "]" of its line.
    assert props.get("ro.odd.value") == "a]b [c] d"
    assert props.get("ro.empty.value") == ""
    assert props.get("ro.multiline.motd") == "first line\nsecond line"
    assert props.get("vendor.after.multiline") == "ok"


def test_crlf_line_ends() -> None:
    parsed = parse_getprop(out(fixture("getprop/api28_samsung_crlf.txt")))
    assert parsed.value is not None
    assert parsed.value.get("ro.product.model") == "SM-G960F"
    assert parsed.read_as_sdk == 28


def test_unclosed_multiline_value_is_skipped_not_swallowing_the_rest() -> None:
    parsed = parse_getprop(out(fixture("getprop/unclosed_multiline.txt")))
    assert parsed.value is not None
    assert "ro.broken" not in parsed.value.values
    assert parsed.value.get("ro.product.model") == "Infinix X670"
    assert any("not understood" in p for p in parsed.problems)


def test_errors_and_garbage_are_unknown() -> None:
    for name in ("error_not_found.txt", "garbage.txt"):
        parsed = parse_getprop(out(fixture(f"getprop/{name}"), sdk=30))
        assert parsed.value is None
        assert parsed.problems
        assert parsed.read_as_sdk == 30
    assert parse_getprop(out("")).value is None


def test_galaxy_s25_capture_utf16_read_as_utf8() -> None:
    # The file is UTF-16LE with a BOM (a PowerShell redirect); decoded as UTF-8 it is full of
    # NUL bytes. The parser must still recover every property.
    parsed = parse_getprop(out(capture("BuSung-dev_Root-My-Galaxy/getprop.txt")))
    props = parsed.value
    assert props is not None
    assert parsed.problems == ()
    assert len(props.values) == 1582
    assert parsed.read_as_sdk == 36
    assert props.get("ro.product.model") == "SM-S936B"
    assert props.get("ro.boot.flash.locked") == "1"
    assert props.get("ro.boot.verifiedbootstate") == "green"
    assert props.get("ro.build.fingerprint") == (
        "samsung/pa2qxeea/pa2q:16/BP4A.251205.006/S936BXXUACZF1_OXMACZF1:user/release-keys"
    )


def test_galaxy_s25_capture_decoded_properly_gives_the_same() -> None:
    raw = parse_getprop(out(capture("BuSung-dev_Root-My-Galaxy/getprop.txt")))
    proper = parse_getprop(out(capture("BuSung-dev_Root-My-Galaxy/getprop.txt", encoding="utf-16")))
    assert proper.value is not None and raw.value is not None
    assert proper.value.values == raw.value.values


def test_mvt_getprop_with_blank_line() -> None:
    parsed = parse_getprop(out(capture("mvt-project_mvt/android_data/getprop.txt")))
    assert parsed.value is not None
    assert len(parsed.value.values) == 13
    assert parsed.value.get("dalvik.vm.heapgrowthlimit") == "192m"
    assert parsed.value.get("dalvik.vm.dex2oat-max-image-block-size") == "524288"
    assert parsed.problems == ()
    assert parsed.read_as_sdk is None  # no ro.build.version.sdk in this excerpt


def test_androidqf_getprop() -> None:
    parsed = parse_getprop(out(capture("mvt-project_mvt/androidqf/getprop.txt")))
    assert parsed.value is not None
    assert len(parsed.value.values) == 10
    assert parsed.value.get("dalvik.vm.heapgrowthlimit") == "128m"
