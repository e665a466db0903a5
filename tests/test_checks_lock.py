"""Lock family: each check's bad case, good case and unreadable case on built snapshots."""

from __future__ import annotations

import pytest
from snapshot_builder import SnapshotBuilder, fix_kinds, only

from hardener.checks import lock, phone_state
from hardener.checks.finding import AutoFix, Severity
from hardener.device.facts import CredentialType
from hardener.i18n.markers import fill

S = Severity


def safe(sdk: int = 34) -> SnapshotBuilder:
    return SnapshotBuilder.safe_phone(sdk)


# --- screen lock ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("credential", "severity"),
    [("none", S.CRITICAL), ("swipe", S.CRITICAL), ("pattern", S.HIGH), ("pin", S.OK), ("password", S.OK),
     ("pin_or_password", S.OK), ("secure", S.INFO)],
)
def test_screen_lock_by_credential(credential: str, severity: Severity) -> None:
    finding = only(lock.check_screen_lock(safe().lock(credential).build()), "lock.screen_lock")
    assert finding.severity == severity
    assert finding.evidence, "every verdict shows what it rests on"
    if severity in (S.CRITICAL, S.HIGH, S.INFO):
        assert finding.manual_steps[0].settings_action == "android.app.action.SET_NEW_PASSWORD"
        assert not finding.auto_fixes  # the shell must never set a credential
    if severity == S.OK:
        assert finding.params["kind"] in (("PIN",), ("password",), ("PIN or password",))


def test_screen_lock_ok_names_the_kind() -> None:
    finding = only(lock.check_screen_lock(safe().build()), "lock.screen_lock")
    assert (finding.severity, fill(finding.title, finding.params)) == (S.OK, "Screen lock: PIN")
    assert any("PIN" in e.value for e in finding.evidence)


def test_old_android_secure_probe_gives_a_lock_of_unknown_kind() -> None:
    snap = SnapshotBuilder().sdk(28).lock("secure").lock_probe(True).build()
    assert only(lock.check_screen_lock(snap), "lock.screen_lock").severity == S.INFO


def test_probe_alone_can_say_no_lock() -> None:
    snap = SnapshotBuilder().unknown("lock_settings").lock_probe(False, disabled=False).build()
    finding = only(lock.check_screen_lock(snap), "lock.screen_lock")
    assert finding.severity == S.CRITICAL
    assert finding.title == "The screen lock is only a swipe"


def test_trust_device_locked_proves_a_secure_lock() -> None:
    snap = SnapshotBuilder().unknown("lock_settings").unknown("lock_disabled").trust_user(0, device_locked=True).build()
    assert only(lock.check_screen_lock(snap), "lock.screen_lock").severity == S.INFO


def test_device_unlocked_is_not_evidence_of_no_lock() -> None:
    builder = SnapshotBuilder().unknown("lock_settings").unknown("lock_disabled").trust_user(0, device_locked=False)
    snap = builder.build()
    assert only(lock.check_screen_lock(snap), "lock.screen_lock").severity == S.UNKNOWN


def test_screen_lock_unknown_when_nothing_was_read() -> None:
    builder = SnapshotBuilder().unknown("lock_settings", "Permission denial").unknown("lock_disabled")
    snap = builder.unknown("trust").build()
    finding = only(lock.check_screen_lock(snap), "lock.screen_lock")
    assert finding.severity == S.UNKNOWN
    assert "Permission denial" in finding.params["reason"]


def test_unrecognised_credential_word_is_unknown_not_none() -> None:
    snap = SnapshotBuilder().lock(CredentialType.UNKNOWN, raw_type="UNKNOWN_7").build()
    assert only(lock.check_screen_lock(snap), "lock.screen_lock").severity == S.UNKNOWN


def test_probe_secure_wins_over_a_misread_none() -> None:
    snap = SnapshotBuilder().lock("none").lock_probe(True).build()
    assert only(lock.check_screen_lock(snap), "lock.screen_lock").severity == S.INFO


def test_screen_lock_reads_the_current_user() -> None:
    snap = SnapshotBuilder().lock("pin", user_id=0).lock("none", user_id=10).trust_user(10, current=True).build()
    # user 10 is in front: its missing lock is what a person picking up the phone meets
    assert only(lock.check_screen_lock(snap), "lock.screen_lock").severity == S.CRITICAL


# --- timeout, notifications, stay awake ----------------------------------------------------------


def test_long_screen_timeout() -> None:
    finding = only(lock.check_screen_timeout(safe().system(screen_off_timeout="600000").build()), "lock.screen_timeout")
    assert finding.severity == S.MEDIUM
    assert finding.params["minutes"] == 10
    assert finding.auto_fixes == (
        AutoFix("setting", {"table": "system", "key": "screen_off_timeout", "value": "30000"}),
    )


def test_short_screen_timeout_ok_and_boundary() -> None:
    for value in ("30000", "60000"):
        snap = safe().system(screen_off_timeout=value).build()
        finding = only(lock.check_screen_timeout(snap), "lock.screen_timeout")
        assert finding.severity == S.OK
        assert not finding.auto_fixes
    finding = only(lock.check_screen_timeout(safe().system(screen_off_timeout="60001").build()), "lock.screen_timeout")
    assert finding.severity == S.MEDIUM


@pytest.mark.parametrize("raw", [None, "soon", "-"])
def test_screen_timeout_unset_or_garbage_is_unknown(raw: str | None) -> None:
    snap = SnapshotBuilder().system(screen_off_timeout=raw).build()
    assert only(lock.check_screen_timeout(snap), "lock.screen_timeout").severity == S.UNKNOWN


def test_screen_timeout_table_unreadable() -> None:
    snap = SnapshotBuilder().unknown("settings_system").build()
    assert only(lock.check_screen_timeout(snap), "lock.screen_timeout").severity == S.UNKNOWN


def test_message_content_on_lock_screen() -> None:
    snap = safe().secure(lock_screen_show_notifications="1", lock_screen_allow_private_notifications="1").build()
    finding = only(lock.check_notifications(snap), "lock.notifications")
    assert finding.severity == S.HIGH
    assert finding.auto_fixes[0].args == {
        "table": "secure", "key": "lock_screen_allow_private_notifications", "value": "0"}
    assert all(fx.reversible for fx in finding.auto_fixes)


def test_notification_keys_unset_mean_android_default_shown() -> None:
    snap = SnapshotBuilder().secure(some_other_key="1").build()
    assert only(lock.check_notifications(snap), "lock.notifications").severity == S.HIGH


def test_notifications_hidden_content_is_info_and_none_is_ok() -> None:
    hidden = safe().secure(lock_screen_show_notifications="1", lock_screen_allow_private_notifications="0").build()
    finding = only(lock.check_notifications(hidden), "lock.notifications")
    assert finding.severity == S.INFO
    assert finding.auto_fixes[0].args["key"] == "lock_screen_show_notifications"
    assert only(lock.check_notifications(safe().build()), "lock.notifications").severity == S.OK


def test_notifications_unknown() -> None:
    snap = SnapshotBuilder().unknown("settings_secure").build()
    assert only(lock.check_notifications(snap), "lock.notifications").severity == S.UNKNOWN


def test_stay_awake() -> None:
    bad = only(phone_state.check_stay_awake(safe().global_(stay_on_while_plugged_in="7").build()), "lock.stay_awake")
    assert bad.severity == S.MEDIUM
    assert bad.auto_fixes[0].args == {"table": "global", "key": "stay_on_while_plugged_in", "value": "0"}
    assert only(phone_state.check_stay_awake(safe().build()), "lock.stay_awake").severity == S.OK
    unset = SnapshotBuilder().build()  # unset = off
    assert only(phone_state.check_stay_awake(unset), "lock.stay_awake").severity == S.OK
    assert only(phone_state.check_stay_awake(SnapshotBuilder().unknown("settings_global").build()),
                "lock.stay_awake").severity == S.UNKNOWN


# --- lockdown, smart lock, biometrics --------------------------------------------------------------


def test_lockdown_button_android_10_switch() -> None:
    bad = only(lock.check_lockdown_button(safe(29).secure(lockdown_in_power_menu="0").build()), "lock.lockdown_button")
    assert bad.severity == S.MEDIUM
    assert bad.auto_fixes[0].args == {"table": "secure", "key": "lockdown_in_power_menu", "value": "1"}
    unset = SnapshotBuilder().sdk(28).lock("pin").build()
    assert only(lock.check_lockdown_button(unset), "lock.lockdown_button").severity == S.MEDIUM
    good = safe(29).secure(lockdown_in_power_menu="1").build()
    assert only(lock.check_lockdown_button(good), "lock.lockdown_button").severity == S.OK


def test_lockdown_button_android_11_plus_follows_the_lock() -> None:
    ok = only(lock.check_lockdown_button(SnapshotBuilder().sdk(33).lock("pin").build()), "lock.lockdown_button")
    assert ok.severity == S.OK
    assert "Android 11 and newer" in ok.explanation
    no_lock = only(lock.check_lockdown_button(SnapshotBuilder().sdk(33).lock("none").build()), "lock.lockdown_button")
    assert no_lock.severity == S.INFO
    old_switch = SnapshotBuilder().sdk(31).lock("pin").secure(lockdown_in_power_menu="0").build()
    finding = only(lock.check_lockdown_button(old_switch), "lock.lockdown_button")
    assert finding.severity == S.INFO
    assert fix_kinds(finding) == ["setting"]


def test_lockdown_button_unknown_and_too_old() -> None:
    assert only(lock.check_lockdown_button(SnapshotBuilder().build()), "lock.lockdown_button").severity == S.UNKNOWN
    too_old = SnapshotBuilder().sdk(26).build()
    assert only(lock.check_lockdown_button(too_old), "lock.lockdown_button").severity == S.INFO
    no_lock_read = SnapshotBuilder().sdk(34).unknown("lock_settings").unknown("lock_disabled").unknown("trust").build()
    assert only(lock.check_lockdown_button(no_lock_read), "lock.lockdown_button").severity == S.UNKNOWN


def test_smart_lock_managing_trust() -> None:
    agent = "com.google.android.gms/.auth.trustagent.GoogleTrustAgent"
    snap = safe().trust_agent(agent, managing=True).build()
    finding = only(lock.check_smart_lock(snap), "lock.smart_lock")
    assert finding.severity == S.MEDIUM
    assert agent in finding.evidence[0].value
    assert fix_kinds(finding) == ["lockdown"]  # Android 14: lockdown from the shell exists
    old = safe(29).trust_agent(agent, managing=True).build()
    assert fix_kinds(only(lock.check_smart_lock(old), "lock.smart_lock")) == []


def test_smart_lock_enabled_idle_ok_and_unknown() -> None:
    idle = safe().trust_agent("com.google.android.gms/.auth.trustagent.GoogleTrustAgent").build()
    assert only(lock.check_smart_lock(idle), "lock.smart_lock").severity == S.INFO
    assert only(lock.check_smart_lock(safe().build()), "lock.smart_lock").severity == S.OK
    unread = SnapshotBuilder().unknown("trust").build()
    assert only(lock.check_smart_lock(unread), "lock.smart_lock").severity == S.UNKNOWN
    safe_mode = SnapshotBuilder().trust_disabled("safe mode").build()
    assert only(lock.check_smart_lock(safe_mode), "lock.smart_lock").severity == S.UNKNOWN


def test_smart_lock_of_another_user_is_not_this_users() -> None:
    snap = safe().trust_agent("com.example/.Agent", user_id=10, managing=True).build()
    assert only(lock.check_smart_lock(snap), "lock.smart_lock").severity == S.OK


def test_biometrics_weigh_lockdown() -> None:
    with_lockdown = only(lock.check_biometrics(safe().fingerprints(2).build()), "lock.biometrics")
    assert with_lockdown.severity == S.INFO
    assert with_lockdown.params["fingerprints"] == 2
    assert fix_kinds(with_lockdown) == ["lockdown"]
    assert "Lockdown" in with_lockdown.manual_steps[0].title
    no_lockdown = safe(29).faces(1).secure(lockdown_in_power_menu="0").build()
    assert only(lock.check_biometrics(no_lockdown), "lock.biometrics").severity == S.MEDIUM


def test_biometrics_ok_and_unknown() -> None:
    assert only(lock.check_biometrics(safe().build()), "lock.biometrics").severity == S.OK
    half = SnapshotBuilder().fingerprints(0).unknown("face").build()
    finding = only(lock.check_biometrics(half), "lock.biometrics")
    assert finding.severity == S.UNKNOWN
    assert finding.title.startswith("No fingerprint unlock")
    enrolled_half = SnapshotBuilder().fingerprints(1).unknown("face").build()
    assert only(lock.check_biometrics(enrolled_half), "lock.biometrics").severity in (S.INFO, S.MEDIUM)


# --- encryption, developer options, Play Protect, installers -----------------------------------


def test_encryption() -> None:
    bad = SnapshotBuilder().prop("ro.crypto.state", "unencrypted").build()
    assert only(phone_state.check_encryption(bad), "lock.encryption").severity == S.HIGH
    assert only(phone_state.check_encryption(safe().build()), "lock.encryption").severity == S.OK
    fbe_only = SnapshotBuilder().unknown("props").fbe(True).build()
    assert only(phone_state.check_encryption(fbe_only), "lock.encryption").severity == S.OK
    nothing = SnapshotBuilder().fbe(False).build()  # FBE false could still be full-disk encryption
    assert only(phone_state.check_encryption(nothing), "lock.encryption").severity == S.UNKNOWN


def test_developer_options_info_until_finish() -> None:
    on = safe().global_(adb_enabled="1", development_settings_enabled="1").build()
    finding = only(phone_state.check_developer_options(on), "lock.developer_options")
    assert finding.severity == S.INFO
    assert "Finish" in finding.explanation
    assert not finding.auto_fixes  # turning ADB off from ADB ends the session: finish does it last
    wifi_on = safe().global_(adb_wifi_enabled="1").build()
    wifi = only(phone_state.check_developer_options(wifi_on), "lock.developer_options")
    assert wifi.title == "USB and wireless debugging are on"
    assert only(phone_state.check_developer_options(safe().build()), "lock.developer_options").severity == S.OK
    unknown = SnapshotBuilder().unknown("settings_global").build()
    assert only(phone_state.check_developer_options(unknown), "lock.developer_options").severity == S.UNKNOWN


def test_play_protect() -> None:
    off = only(phone_state.check_play_protect(safe().global_(package_verifier_enable="0").build()), "lock.play_protect")
    assert off.severity == S.HIGH
    assert off.auto_fixes[0].args == {"table": "global", "key": "package_verifier_enable", "value": "1"}
    declined = safe().global_(package_verifier_user_consent="-1").build()
    assert only(phone_state.check_play_protect(declined), "lock.play_protect").severity == S.MEDIUM
    assert only(phone_state.check_play_protect(safe().build()), "lock.play_protect").severity == S.OK
    unset = safe().global_(package_verifier_enable=None).build()
    assert only(phone_state.check_play_protect(unset), "lock.play_protect").severity == S.OK
    no_play = SnapshotBuilder().package("org.fdroid.fdroid", installer=None).build()
    assert only(phone_state.check_play_protect(no_play), "lock.play_protect").severity == S.INFO
    unknown = SnapshotBuilder().unknown("settings_global").build()
    assert only(phone_state.check_play_protect(unknown), "lock.play_protect").severity == S.UNKNOWN


def test_apps_allowed_to_install_apps() -> None:
    snap = (
        safe()
        .package("com.android.chrome")
        .package("com.example.sideloaded", installer=None)
        .package("com.sec.android.app.myfiles", installer=None, system=True)
        .appop("com.android.chrome", "REQUEST_INSTALL_PACKAGES")
        .appop("com.example.sideloaded", "REQUEST_INSTALL_PACKAGES")
        .appop("com.sec.android.app.myfiles", "REQUEST_INSTALL_PACKAGES")
        .appop("org.fdroid.fdroid", "REQUEST_INSTALL_PACKAGES")  # a store: fine
        .appop("com.example.denied", "REQUEST_INSTALL_PACKAGES", "deny")
        .build()
    )
    findings = phone_state.check_install_unknown_apps(snap)
    chrome = only(findings, "lock.install_unknown_apps", "com.android.chrome")
    assert chrome.severity == S.MEDIUM
    assert chrome.auto_fixes == (AutoFix("appop", {"package": "com.android.chrome", "op": "REQUEST_INSTALL_PACKAGES",
                                                   "mode": "deny"}),)
    assert only(findings, "lock.install_unknown_apps", "com.example.sideloaded").severity == S.HIGH
    assert only(findings, "lock.install_unknown_apps", "com.sec.android.app.myfiles").severity == S.INFO
    assert {f.subject for f in findings} == {
        "com.android.chrome", "com.example.sideloaded", "com.sec.android.app.myfiles"}


def test_install_apps_uid_mode_wins_over_package_mode() -> None:
    snap = (
        safe()
        .package("com.android.chrome")
        .appop("com.android.chrome", "REQUEST_INSTALL_PACKAGES", "allow")
        .appop("com.android.chrome", "REQUEST_INSTALL_PACKAGES", "deny", uid_level=True)
        .build()
    )
    assert only(phone_state.check_install_unknown_apps(snap), "lock.install_unknown_apps").severity == S.OK


def test_install_apps_ok_and_unknown() -> None:
    assert only(phone_state.check_install_unknown_apps(safe().build()), "lock.install_unknown_apps").severity == S.OK
    snap = SnapshotBuilder().unknown("appops").build()
    assert only(phone_state.check_install_unknown_apps(snap), "lock.install_unknown_apps").severity == S.UNKNOWN
