"""Translator family: apps found by list and by name, their size, last use, and the account copy."""

from __future__ import annotations

import datetime as dt

from snapshot_builder import SnapshotBuilder, fix_kinds, only

from hardener.checks import translator as tr
from hardener.checks.finding import Severity

S = Severity
TRANSLATE = "com.google.android.apps.translate"


def safe() -> SnapshotBuilder:
    return SnapshotBuilder.safe_phone()


def test_google_translate_used_recently() -> None:
    snap = (
        safe()
        .package(TRANSLATE, granted=["RECORD_AUDIO", "READ_CONTACTS"])
        .disk(TRANSLATE, data_bytes=52_428_800)
        .used(TRANSLATE, dt.datetime(2026, 1, 14, 22, 5))
        .build()
    )
    finding = only(tr.check_translator_apps(snap), tr.APP_ID, TRANSLATE)
    assert finding.severity == S.HIGH
    assert finding.params["app"] == "Google Translate"
    assert finding.params["data_size"] == "50.0 MB"
    assert finding.params["last_used"] == "2026-01-14"
    assert finding.params["days_since_use"] == 0
    assert finding.params["microphone"] is True and finding.params["contacts"] is True
    assert fix_kinds(finding) == ["clear_data", "revoke_permission", "revoke_permission", "suspend_package",
                                  "disable_package"]
    clear = finding.auto_fixes[0]
    assert clear.args == {"package": TRANSLATE} and clear.reversible is False
    assert all(fx.reversible for fx in finding.auto_fixes[1:])
    assert "Google Translate history" in finding.guide.quote


def test_installed_but_never_used_is_medium() -> None:
    snap = safe().package("com.naver.labs.translator").used("com.whatsapp", dt.datetime(2026, 1, 1)).build()
    finding = only(tr.check_translator_apps(snap), tr.APP_ID)
    assert finding.severity == S.MEDIUM
    assert finding.params["app"] == "Papago"
    assert any("no use recorded" in e.value for e in finding.evidence)


def test_usage_unknown_assumes_history() -> None:
    snap = safe().package(TRANSLATE).unknown("usagestats").unknown("diskstats").build()
    finding = only(tr.check_translator_apps(snap), tr.APP_ID)
    assert finding.severity == S.HIGH
    assert finding.params["data_size"] == "" and finding.params["last_used"] == ""


def test_per_user_usage_is_preferred() -> None:
    snap = safe().package(TRANSLATE).used(TRANSLATE, dt.datetime(2025, 12, 1), user_id=10).build()
    finding = only(tr.check_translator_apps(snap), tr.APP_ID)
    assert finding.params["last_used"] == ""  # used by another user, not by the one in front


def test_heuristic_name_match() -> None:
    snap = (
        safe()
        .package("com.example.voicetranslator.pro")
        .package("com.example.deeplinks")  # "deeplink" is not DeepL
        .package("com.miui.translationservice", installer=None, system=True)  # a system service
        .package("com.samsung.android.app.interpreter", installer=None, system=True)  # on the list
        .build()
    )
    subjects = {f.subject for f in tr.check_translator_apps(snap)}
    assert subjects == {"com.example.voicetranslator.pro", "com.samsung.android.app.interpreter"}
    found = only(tr.check_translator_apps(snap), tr.APP_ID, "com.example.voicetranslator.pro")
    assert found.params["matched"] == "name"


def test_translator_ok_and_unknown() -> None:
    assert only(tr.check_translator_apps(safe().build()), tr.APP_ID).severity == S.OK
    unknown = SnapshotBuilder().unknown("packages").unknown("package_details").build()
    assert only(tr.check_translator_apps(unknown), tr.APP_ID).severity == S.UNKNOWN


def test_account_history_is_a_guided_step() -> None:
    snap = safe().package(TRANSLATE).account("a@gmail.com").build()
    finding = only(tr.check_account_history(snap), tr.ACCOUNT_ID)
    assert finding.severity == S.MEDIUM
    assert not finding.auto_fixes  # the phone cannot clear the account's copy
    assert "My Activity" in finding.manual_steps[0].how
    no_google = safe().package(TRANSLATE).account("x@samsung.example", type="com.osp.app.signin").build()
    assert only(tr.check_account_history(no_google), tr.ACCOUNT_ID).severity == S.INFO
    accounts_unknown = safe().package(TRANSLATE).unknown("accounts").build()
    assert only(tr.check_account_history(accounts_unknown), tr.ACCOUNT_ID).severity == S.MEDIUM


def test_account_history_ok_and_unknown() -> None:
    other = safe().package("com.naver.labs.translator").build()
    assert only(tr.check_account_history(other), tr.ACCOUNT_ID).severity == S.OK
    unknown = SnapshotBuilder().unknown("packages").unknown("package_details").build()
    assert only(tr.check_account_history(unknown), tr.ACCOUNT_ID).severity == S.UNKNOWN
