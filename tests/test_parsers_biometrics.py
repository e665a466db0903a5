"""dumpsys fingerprint / face."""

from __future__ import annotations

import pytest
from shared_captures import fixture, out

from hardener.device.parsers.biometrics import parse_face, parse_fingerprint


def test_fingerprint_json_one_line() -> None:
    parsed = parse_fingerprint(out(fixture("dumpsys_fingerprint/api29_two_prints.txt")))
    assert parsed.value is not None
    assert parsed.value.kind == "fingerprint" and dict(parsed.value.enrolled) == {0: 2}
    assert parsed.value.hardware_present is True


def test_fingerprint_provider_text_around_json() -> None:
    parsed = parse_fingerprint(out(fixture("dumpsys_fingerprint/api33_provider_wrapped.txt")))
    assert parsed.value is not None and dict(parsed.value.enrolled) == {0: 3, 10: 1}


def test_fingerprint_none_enrolled_is_known_zero() -> None:
    parsed = parse_fingerprint(out(fixture("dumpsys_fingerprint/none_enrolled.txt")))
    assert parsed.value is not None and dict(parsed.value.enrolled) == {0: 0}


@pytest.mark.parametrize("name", ["error_cant_find_service.txt", "text_only_unknown.txt"])
def test_fingerprint_unknown(name: str) -> None:
    parsed = parse_fingerprint(out(fixture(f"dumpsys_fingerprint/{name}")))
    assert parsed.value is None and parsed.problems


def test_face() -> None:
    parsed = parse_face(out(fixture("dumpsys_face/api29_one_face.txt")))
    assert parsed.value is not None and parsed.value.kind == "face" and dict(parsed.value.enrolled) == {0: 1}
    missing = parse_face(out(fixture("dumpsys_face/error_cant_find_service.txt")))
    assert missing.value is None and missing.problems


def test_malformed_json_entries() -> None:
    parsed = parse_fingerprint(out('{"prints":[{"id":0,"count":true},{"id":"x"},7,{"id":1,"count":2}]}\n'))
    assert parsed.value is not None and dict(parsed.value.enrolled) == {1: 2}
    assert parsed.problems
    assert parse_fingerprint(out('{"prints": [' * 5000 + "\n")).value is None
