"""Indicator files (scan --iocs) and the renamed stalkerware found by its signing certificate.

The practice phone ``renamed-spy`` carries a stalkerware app under a package name on no list;
its certificate's SHA-1 (as apksigner prints it from the pulled APK) is in
``tests/fixtures/renamed-spy-iocs.yaml`` and its SHA-256 in the STIX 2 bundle beside it. The
scan runs for real over the ADB protocol: the batch, then the APK rounds, then the checks.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hardener.checks import run_checks
from hardener.data.indicators import IndicatorKind, merged, stalkerware_indicators
from hardener.data.ioc_files import IndicatorFileError, load_indicator_file
from hardener.device.apk_read import MAX_ROUNDS
from hardener.session.scan import scan_phone

FIXTURES = Path(__file__).parent / "fixtures"
YAML = FIXTURES / "renamed-spy-iocs.yaml"
STIX = FIXTURES / "renamed-spy-iocs.stix2"
SPY = "com.android.systemupdate.service"
SHA1 = "2E7D5B4666DF46D707D693CFB76F6818996BDDDA"


def test_echap_yaml_and_stix_bundles_are_read() -> None:
    y = load_indicator_file(YAML)
    assert [i.app for i in y.for_certificate(SHA1.lower())] == ["RenamedSpy (test)"]
    assert y.for_package("com.example.renamedspy.original")[0].kind == IndicatorKind.STALKERWARE
    s = load_indicator_file(STIX)
    sha256 = "25D8BECC37CD889CA57C3A0BEFEE7B6F46A666A9A08278BC26A26BA61F897AD4"
    assert [i.app for i in s.for_certificate(sha256)] == ["RenamedSpy (STIX test)"]
    assert {"com.example.renamedspy.original", "com.example.renamedspy.lite"} <= set(s.by_package)
    both = merged(stalkerware_indicators(), y, s)
    assert both.for_package("com.thetruth") and both.for_certificate(SHA1)
    assert "renamed-spy-iocs.yaml (indicator file)" in both.credits


def test_the_shipped_echap_file_reads_as_an_indicator_file_too() -> None:
    index = load_indicator_file(Path("/work/shared/data/stalkerware-indicators/ioc.yaml"))
    assert index.for_certificate("31A6ECECD97CF39BC4126B8745CD94A7C30BF81C")[0].app == "TheTruthSpy"


@pytest.mark.parametrize("text", ["", "{not json", "[1, 2]", '{"objects": 3}', "- name: x\n", ":\n  - ["])
def test_a_bad_file_is_a_plain_error_naming_it(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(IndicatorFileError) as err:
        load_indicator_file(path)
    assert "bad.yaml" in err.value.plain()
    with pytest.raises(IndicatorFileError):
        load_indicator_file(tmp_path / "missing.yaml")


@pytest.fixture
def renamed_spy(practice_phone, connect_to):  # type: ignore[no-untyped-def]
    sim = practice_phone("renamed-spy")
    return sim, connect_to(sim)


def test_the_renamed_app_is_critical_by_certificate_over_the_real_protocol(renamed_spy) -> None:  # type: ignore[no-untyped-def]
    sim, conn = renamed_spy
    snap, findings = scan_phone(conn.channel, indicators=load_indicator_file(YAML))
    known = [f for f in findings if f.id == "stalkerware.known_app" and f.subject == SPY]
    assert len(known) == 1 and known[0].severity.value == "critical"
    assert known[0].params["matched_by"] == "certificate" and known[0].params["app"] == "RenamedSpy (test)"
    assert known[0].params["label"] == "System Update"
    assert any(SHA1 in e.value for e in known[0].evidence)
    # One batch, then the sizes and at most MAX_ROUNDS reads, whatever the number of apps.
    assert snap.round_trips <= 2 + MAX_ROUNDS
    read = snap.apks.value
    assert read is not None and read[SPY].certificates[0].sha1 == SHA1
    assert sim.phone.shell_violations == [] and sim.phone.shell_features_used == []  # plain commands only
    # Without the file, the name matches no list: the permission heuristics still see it, named.
    plain = run_checks(snap)
    assert not [f for f in plain if f.id == "stalkerware.known_app" and f.subject == SPY]
    titles = [f for f in plain if f.subject and f.subject.startswith(SPY)]
    assert titles and all("System Update" in f.params["app"] for f in titles if "app" in f.params)


def test_scan_iocs_on_the_command_line_reports_matched_by_certificate() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hardener", "scan", "--demo", "renamed-spy", "--json", "--iocs", str(YAML),
         "--iocs", str(STIX)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    known = [f for f in doc["findings"] if f["id"] == "stalkerware.known_app" and f["subject"] == SPY]
    assert known and known[0]["severity"] == "critical" and known[0]["params"]["matched_by"] == "certificate"
    assert "renamed-spy-iocs.stix2 (indicator file)" in known[0]["params"]["lists"]
    assert doc["stats"]["round_trips"] <= 2 + MAX_ROUNDS


def test_a_bad_indicator_file_stops_the_scan_before_the_phone(tmp_path: Path) -> None:
    bad = tmp_path / "list.yaml"
    bad.write_text("{broken")
    done = subprocess.run([sys.executable, "-m", "hardener", "scan", "--demo", "pixel-14", "--iocs", str(bad)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode != 0 and "list.yaml" in done.stderr and "Traceback" not in done.stderr
