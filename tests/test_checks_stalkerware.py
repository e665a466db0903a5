"""Stalkerware family: matches by package name and by signing certificate, and what is offered."""

from __future__ import annotations

from snapshot_builder import SnapshotBuilder, by_id, only

from hardener.checks import stalkerware as sw
from hardener.checks.finding import Severity
from hardener.data import indicators

S = Severity
TRUTHSPY_CERT = "31A6ECECD97CF39BC4126B8745CD94A7C30BF81C"  # TheTruthSpy in Echap's ioc.yaml


def safe() -> SnapshotBuilder:
    return SnapshotBuilder.safe_phone()


def test_known_stalkerware_by_package_name() -> None:
    snap = safe().package("com.thetruth", installer=None).build()
    finding = only(sw.check_stalkerware(snap), sw.KNOWN, "com.thetruth")
    assert finding.severity == S.CRITICAL
    assert finding.params["app"] == "TheTruthSpy"
    assert finding.params["matched_by"] == "package"
    assert not finding.auto_fixes, "nothing is removed or switched off behind the person's back"
    # Help from people who know first (a sex worker organisation, a helpline), then a plan, then a record.
    assert [s.title for s in finding.manual_steps] == [
        "Get help from people who know", "Make a safety plan before you remove anything", "Keep a record first"]
    assert "police" not in " ".join(s.how for s in finding.manual_steps[:2]).lower()
    assert "sex worker organisation" in finding.manual_steps[0].how
    assert finding.evidence[0].source == "pm list packages"  # evidence first
    assert indicators.ECHAP_CREDIT in " ".join(e.source for e in finding.evidence)


def test_renamed_stalkerware_caught_by_certificate() -> None:
    digest = ":".join(TRUTHSPY_CERT[i:i + 2] for i in range(0, 40, 2)).lower()
    snap = safe().package("com.android.system.update.service", installer=None, signing=[digest]).build()
    finding = only(sw.check_stalkerware(snap), sw.KNOWN)
    assert finding.severity == S.CRITICAL
    assert finding.subject == "com.android.system.update.service"
    assert finding.params["matched_by"] == "certificate"
    assert any(TRUTHSPY_CERT in e.value for e in finding.evidence)


def test_stalkerware_removed_for_the_user_is_still_reported() -> None:
    snap = safe().package("com.thetruth", installer=None, installed=False).build()
    finding = only(sw.check_stalkerware(snap), sw.KNOWN, "com.thetruth")
    assert finding.severity == S.CRITICAL
    assert "files still on the phone" in finding.evidence[0].value


def test_watchware_is_high_and_no_all_clear_is_given() -> None:
    # Life360: Echap watchware.yaml, ISDi "dual-use"
    findings = sw.check_stalkerware(safe().package("com.life360.android.safetymapd").build())
    assert only(findings, sw.MONITORING).severity == S.HIGH
    assert not by_id(findings, sw.KNOWN)


def test_echap_decides_over_isdi() -> None:
    # Microsoft Family Safety: Echap says watchware, ISDi's older flag says spyware
    findings = sw.check_stalkerware(safe().package("com.microsoft.familysafety").build())
    finding = only(findings, sw.MONITORING)
    assert finding.severity == S.HIGH
    assert indicators.ISDI_CREDIT in finding.params["lists"]  # both lists still credited


def test_dual_use_app() -> None:
    snap = (
        safe()
        .package("com.mibtech.callrecorderpaid")
        .package("com.google.android.apps.adm", installer=None, system=True)
        .build()
    )
    findings = sw.check_stalkerware(snap)
    assert only(findings, sw.DUAL_USE, "com.mibtech.callrecorderpaid").severity == S.MEDIUM
    # A preinstalled dual-use app is part of the phone: no finding, a note in the evidence.
    assert not [f for f in findings if f.subject == "com.google.android.apps.adm"]
    ok = only(findings, sw.KNOWN)
    assert ok.severity == S.OK  # dual-use apps are not stalkerware
    assert any("part of the phone: com.google.android.apps.adm" in e.value for e in ok.evidence)


def test_clean_phone_is_ok_with_the_limits_said() -> None:
    finding = only(sw.check_stalkerware(safe().package("com.whatsapp", signing=["AB" * 20]).build()), sw.KNOWN)
    assert finding.severity == S.OK
    assert "not complete" in finding.explanation
    assert any("compared by signing certificate" in e.value for e in finding.evidence)
    names_only = only(sw.check_stalkerware(safe().package("com.whatsapp").build()), sw.KNOWN)
    assert any("names only" in e.value for e in names_only.evidence)


def test_unknown_when_no_app_list() -> None:
    snap = SnapshotBuilder().unknown("packages").unknown("package_details").build()
    finding = only(sw.check_stalkerware(snap), sw.KNOWN)
    assert finding.severity == S.UNKNOWN


def test_details_alone_still_allow_matching() -> None:
    snap = SnapshotBuilder().unknown("packages").package("com.thetruth", listed=False).build()
    assert only(sw.check_stalkerware(snap), sw.KNOWN, "com.thetruth").severity == S.CRITICAL
