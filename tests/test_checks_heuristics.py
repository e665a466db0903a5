"""Issue 13, part 2 and the ADB trust hygiene: what examiners look for when no list names the app.

Parsers are read on the real captures that have the format (MVT's ``dumpsys adb`` from Android 11
and 12+, ``dumpsys accessibility`` before and from Android 14); the checks are judged on built
snapshots, a person's-eye view: what is flagged, how bad, and what it is called.
"""

from __future__ import annotations

import pytest

from hardener.checks import run_checks
from hardener.checks.finding import Family, Severity
from hardener.device.facts import Parsed
from hardener.device.parsers import watch as w
from hardener.i18n.markers import fill
from tests.shared_captures import capture, out
from tests.snapshot_builder import PLAY, SnapshotBuilder, by_id, only

ADB = "mvt-project_mvt/android_data/dumpsys_adb.txt"
ADB_WIFI = "mvt-project_mvt/android_data/dumpsys_adb_wifi.txt"
ADB_XML = "mvt-project_mvt/android_data/dumpsys_adb_xml.txt"
A11Y_OLD = "mvt-project_mvt/android_data/dumpsys_accessibility.txt"
A11Y_14 = "mvt-project_mvt/android_data/dumpsys_accessibility_v14_or_later.txt"
THIS_COMPUTER = "F0:A1:3D:8C:B3:F4:7B:09:9F:EE:8B:D8:38:2E:BD:C6"
SPY = "com.android.systemupdate.service"
MALWARE = "com.malware.accessibility/com.malware.service.malwareservice"


def _title(finding: object) -> str:
    return fill(finding.title, finding.params)  # type: ignore[attr-defined]


# --- dumpsys adb on real phones ---------------------------------------------------------------


@pytest.mark.parametrize("path", [ADB, ADB_WIFI])
def test_adb_capture_android_12_binary_keystore_is_one_computer_this_one(path):
    parsed = w.parse_dumpsys_adb(out(capture(path), "dumpsys adb"))
    assert parsed.value is not None
    state = parsed.value
    # The same key in adb_keys and in the ABX keystore is one computer, and its MD5 is the
    # last key received: the computer reading the dump.
    assert [k.fingerprint for k in state.keys] == [THIS_COMPUTER]
    assert state.last_key == THIS_COMPUTER
    assert state.others == ()
    assert state.keys[0].comment == "user@linux"


def test_adb_capture_wifi_block_says_wireless_debugging_is_off():
    assert w.parse_dumpsys_adb(out(capture(ADB_WIFI))).value.wifi_enabled is False  # type: ignore[union-attr]
    assert w.parse_dumpsys_adb(out(capture(ADB))).value.wifi_enabled is None  # type: ignore[union-attr]


def test_adb_capture_android_11_xml_keystore_without_last_key():
    state = w.parse_dumpsys_adb(out(capture(ADB_XML))).value
    assert state is not None
    assert len(state.keys) == 1 and state.keys[0].comment == "user@laptop"
    assert state.last_key is None


def test_adb_parser_is_total():
    for text in ("", "Can't find service: adb", "\x00\xff garbage", "debugging_manager={ user_keys=QAAAA!!! }"):
        parsed = w.parse_dumpsys_adb(out(text))
        assert parsed.value is None or parsed.value.keys == ()


def _adb_snapshot(text: str, **global_: str) -> SnapshotBuilder:
    return (SnapshotBuilder().sdk(33).global_(**global_)
            .parsed("adb", w.parse_dumpsys_adb(out(text, "dumpsys adb", sdk=33))))


def test_only_this_computer_trusted_is_a_lead_to_revoke_at_the_end():
    item = only(run_checks(_adb_snapshot(capture(ADB)).build()), "adb.trusted_computers")
    assert item.severity == Severity.INFO and item.family == Family.ADB
    assert "revoke" in item.manual_steps[0].title


def test_another_computer_trusted_is_a_problem():
    other = w.parse_dumpsys_adb(out(capture(ADB_XML))).value
    assert other is not None
    # Android 12's dump with a second, older computer in adb_keys (the XML capture's key).
    line = next(ln for ln in capture(ADB_XML).splitlines() if "user_keys=" in ln).split("user_keys=")[1]
    text = capture(ADB).replace("user_keys=", f"user_keys={line}\n", 1)
    item = only(run_checks(_adb_snapshot(text).build()), "adb.trusted_computers")
    assert item.severity == Severity.HIGH
    assert item.params["others"] == 1 and item.params["count"] == 2
    assert any("user@laptop" in e.value for e in item.evidence)


def test_never_expiring_authorisation_and_wireless_debugging():
    findings = run_checks(_adb_snapshot(capture(ADB), adb_allowed_connection_time="0", adb_wifi_enabled="1").build())
    assert only(findings, "adb.no_expiry").severity == Severity.MEDIUM
    assert only(findings, "adb.wifi_debugging").severity == Severity.INFO
    held = run_checks(_adb_snapshot(capture(ADB), adb_allowed_connection_time="604800000").build())
    assert only(held, "adb.no_expiry").severity == Severity.OK


def test_android_10_and_older_still_guides_to_revoke():
    snap = SnapshotBuilder().sdk(28).unknown("adb", "Can't find service: adb").build()
    item = only(run_checks(snap), "adb.trusted_computers")
    assert item.severity == Severity.INFO and item.manual_steps


# --- dumpsys accessibility: what runs ---------------------------------------------------------


def test_accessibility_android_14_capture_shows_the_planted_service_running():
    state = w.parse_dumpsys_accessibility(out(capture(A11Y_14))).value
    assert state is not None
    assert state.user(0).running == ("com.malware.accessibility/com.malware.service.malwareservice",)  # type: ignore[union-attr]


def test_accessibility_samsung_capture_lists_installed_and_nothing_running():
    state = w.parse_dumpsys_accessibility(out(capture(A11Y_OLD))).value
    assert state is not None
    user = state.user(0)
    assert user is not None and len(user.installed) == 4 and user.running == ()


def test_a_running_service_missing_from_settings_is_a_problem():
    parsed = w.parse_dumpsys_accessibility(out(capture(A11Y_14), "dumpsys accessibility"))
    hidden = (SnapshotBuilder().sdk(34).package("com.malware.accessibility", installer=None)
              .parsed("accessibility", parsed))
    item = only(run_checks(hidden.build()), "stalkerware.accessibility_running")
    assert item.severity == Severity.HIGH and "Do not remove it yet" in item.explanation
    listed = hidden.secure(enabled_accessibility_services=MALWARE)
    assert only(run_checks(listed.build()), "stalkerware.accessibility_running").severity == Severity.OK


def test_accessibility_parser_is_total():
    for text in ("", "Can't find service: accessibility", "User state[ garbage {{{", "}}}}"):
        w.parse_dumpsys_accessibility(out(text))


# --- the stalkerware shape -------------------------------------------------------------------


def _spy(builder: SnapshotBuilder, *, icon: bool = False) -> SnapshotBuilder:
    comp = f"{SPY}/{SPY}.Sync"
    builder = (builder.sdk(33).package(SPY, installer=None)
               .secure(enabled_accessibility_services=comp, enabled_notification_listeners=comp)
               .device_admin(f"{SPY}/.Admin"))
    icons = {"com.whatsapp", *([SPY] if icon else [])}
    return builder.package("com.whatsapp").parsed("launcher", Parsed(w.LauncherApps(frozenset(icons))))


def test_hidden_sideloaded_app_with_every_power_is_critical_and_named_not_by_package():
    findings = run_checks(_spy(SnapshotBuilder()).build())
    item = only(findings, "stalkerware.spy_combination")
    assert item.severity == Severity.CRITICAL
    assert SPY not in _title(item)
    assert "Do not remove it yet" in item.explanation
    assert fill(item.explanation, item.params).count("read the screen") == 1
    # It poses as Android, too; and it is not reported again as a mere missing icon.
    assert only(findings, "stalkerware.system_impostor").severity == Severity.HIGH
    assert by_id(findings, "stalkerware.hidden_app")[0].severity == Severity.OK


def test_the_same_powers_with_an_icon_are_not_the_spy_shape():
    findings = run_checks(_spy(SnapshotBuilder(), icon=True).build())
    assert only(findings, "stalkerware.spy_combination").severity == Severity.OK


def test_a_sideloaded_app_without_icon_is_a_lead_and_store_apps_are_not():
    snap = (SnapshotBuilder().sdk(33).package("org.helper.plugin", installer=None).package("com.store.widget")
            .parsed("launcher", Parsed(w.LauncherApps(frozenset())))).build()
    leads = by_id(run_checks(snap), "stalkerware.hidden_app")
    assert [(x.subject, x.severity) for x in leads] == [("org.helper.plugin", Severity.INFO)]


def test_android_names_on_preinstalled_or_store_google_apps_are_not_impostors():
    snap = (SnapshotBuilder().sdk(33).package("com.android.chrome", installer=None, system=True)
            .package("com.google.android.apps.translate", installer=PLAY)).build()
    assert only(run_checks(snap), "stalkerware.system_impostor").severity == Severity.OK


def test_play_protect_host_switched_off_is_a_problem():
    snap = SnapshotBuilder().sdk(33).package("com.google.android.gms", installer=None, system=True, enabled=3).build()
    item = only(run_checks(snap), "stalkerware.security_off")
    assert item.severity == Severity.HIGH and "Play Protect" in _title(item)
    on = SnapshotBuilder().sdk(33).package("com.google.android.gms", installer=None, system=True).build()
    assert only(run_checks(on), "stalkerware.security_off").severity == Severity.OK


# --- keyboard, SMS and calls, proxy -------------------------------------------------------------


def test_keyboard_from_a_file_is_a_problem_from_a_store_a_lead_preinstalled_nothing():
    def keyboard(**kw: object) -> Severity:
        snap = (SnapshotBuilder().sdk(33).package("com.kb.app", **kw)  # type: ignore[arg-type]
                .secure(default_input_method="com.kb.app/.Ime")).build()
        return only(run_checks(snap), "permissions.keyboard").severity

    assert keyboard(installer=None) == Severity.MEDIUM
    assert keyboard(installer=PLAY) == Severity.INFO
    assert keyboard(installer=None, system=True) == Severity.OK


def test_sms_role_on_android_10_plus_and_settings_before():
    roles = w.parse_role_holders(out("org.sms.app\n", f"cmd role get-role-holders {w.ROLE_SMS}"))
    assert roles.value == w.RoleHolders(w.ROLE_SMS, ("org.sms.app",))
    snap = SnapshotBuilder().sdk(33).package("org.sms.app", installer=None).parsed("role_sms", roles).build()
    item = only(run_checks(snap), "permissions.sms_dialer_role")
    assert item.severity == Severity.MEDIUM
    old = (SnapshotBuilder().sdk(28).package("org.sms.app").unknown("role_sms", "cmd: Can't find service: role")
           .secure(sms_default_application="org.sms.app")).build()
    assert only(run_checks(old), "permissions.sms_dialer_role").severity == Severity.INFO


def test_role_parser_refuses_an_answer_it_does_not_understand():
    assert w.parse_role_holders(out("cmd: Can't find service: role")).value is None
    assert w.parse_role_holders(out("Exception in thing\n")).value is None
    assert w.parse_role_holders(out("", f"cmd role get-role-holders {w.ROLE_DIALER}")).value == w.RoleHolders(
        w.ROLE_DIALER, ())


def test_a_proxy_for_the_whole_phone_is_a_problem():
    snap = SnapshotBuilder().sdk(33).global_(http_proxy="10.0.0.9:3128").build()
    assert only(run_checks(snap), "permissions.traffic_route").severity == Severity.MEDIUM
    unset = SnapshotBuilder().sdk(33).global_(http_proxy=":0").build()
    assert only(run_checks(unset), "permissions.traffic_route").severity == Severity.OK


def test_launcher_parser_reads_brief_and_component_forms():
    brief = ("2 activities found:\n  Activity #0:\n    priority=0 preferredOrder=0 match=0x108000 specificIndex=-1 "
             "isDefault=false\n    com.whatsapp/.Main\n  Activity #1:\n    priority=0 preferredOrder=0 "
             "match=0x108000 specificIndex=-1 isDefault=false\n    org.x/org.x.Start\n")
    assert w.parse_launcher_activities(out(brief)).value == w.LauncherApps(frozenset({"com.whatsapp", "org.x"}))
    assert w.parse_launcher_activities(out("No activities found\n")).value == w.LauncherApps(frozenset())
    assert w.parse_launcher_activities(out("Unknown command: query-activities")).value is None


# --- the practice phones, over the real protocol ----------------------------------------------


def test_practice_phone_lists_this_computer_and_the_other_laptop(practice_phone, connect_to):
    from hardener.device.gather import gather

    snap = gather(connect_to(practice_phone("xiaomi-13")).channel)
    state = snap.adb.value
    assert state is not None and state.wifi_enabled is False
    assert state.last_key in {k.fingerprint for k in state.keys}  # this computer, allowed at the prompt
    assert [k.comment for k in state.others] == ["sam@sams-thinkpad"]
    assert snap.round_trips == 1  # the new sections ride in the one batch


def test_practice_phone_hides_a_disabled_launcher_icon_and_answers_roles(practice_phone, connect_to):
    from hardener.device.gather import gather

    snap = gather(connect_to(practice_phone("renamed-spy")).channel,
                  sections=("props", "launcher", "role_sms", "role_dialer", "accessibility"))
    icons = snap.launcher.value
    assert icons is not None and "com.whatsapp" in icons.packages and SPY not in icons.packages
    assert snap.role("sms").value == w.RoleHolders(w.ROLE_SMS, ("com.google.android.apps.messaging",))
    user = snap.accessibility.value.user(0)  # type: ignore[union-attr]
    assert user is not None and user.running == (f"{SPY}/{SPY}.SyncAccessibility",)


# --- user CA certificates ---------------------------------------------------------------------


def test_user_certificates_listed_none_and_hidden_from_the_shell():
    listed = w.parse_user_certs(out("9a5ba575.0\nb0f3e76e.0\n", "ls /data/misc/user/0/cacerts-added"))
    assert listed.value == w.UserCertificates(("9a5ba575.0", "b0f3e76e.0"))
    snap = SnapshotBuilder().sdk(33).parsed("user_certs", listed).build()
    assert only(run_checks(snap), "permissions.user_certificates").severity == Severity.MEDIUM
    none = w.parse_user_certs(out("ls: /data/misc/user/0/cacerts-added: No such file or directory\n", exit_code=1))
    assert none.value == w.UserCertificates(())
    assert only(run_checks(SnapshotBuilder().sdk(33).build()), "permissions.user_certificates").severity == Severity.OK
    # What current phones answer (and the practice phones too): the person is shown where to look.
    denied = w.parse_user_certs(out("ls: /data/misc/user/0/cacerts-added: Permission denied\n", exit_code=1))
    assert denied.value is None
    gap = only(run_checks(SnapshotBuilder().sdk(33).parsed("user_certs", denied).build()),
               "permissions.user_certificates")
    assert gap.severity == Severity.UNKNOWN and "Trusted credentials" in gap.manual_steps[0].how


def test_still_to_do_asks_to_revoke_the_other_computers():
    from hardener.session.visit import open_items

    line = next(ln for ln in capture(ADB_XML).splitlines() if "user_keys=" in ln).split("user_keys=")[1]
    text = capture(ADB).replace("user_keys=", f"user_keys={line}\n", 1)
    items = open_items(run_checks(_adb_snapshot(text).build()))
    assert any("revoke USB debugging" in item.title and item.recheck_finding == "adb.trusted_computers"
               for item in items)


def test_the_hand_over_report_calls_a_suspected_app_an_app_and_names_the_makers_security_app():
    from hardener.report.app_words import neutral_params

    findings = run_checks(_spy(SnapshotBuilder()).package("com.google.android.gms", installer=None, system=True,
                                                          enabled=3).build())
    combination = only(findings, "stalkerware.spy_combination")
    assert fill(combination.title, neutral_params(combination, combination.title)) == "An app acts like a spying app"
    off = only(findings, "stalkerware.security_off")
    assert "Play Protect" in fill(off.title, neutral_params(off, off.title))


def test_this_computer_is_the_key_hardener_signed_in_with_when_known():
    xml_key = w.parse_dumpsys_adb(out(capture(ADB_XML))).value.keys[0].fingerprint  # type: ignore[union-attr]
    line = next(ln for ln in capture(ADB_XML).splitlines() if "user_keys=" in ln).split("user_keys=")[1]
    two = capture(ADB_XML).replace("user_keys=", f"user_keys={line}\n", 1).replace(
        line, next(ln for ln in capture(ADB).splitlines() if "user_keys=" in ln).split("user_keys=")[1], 1)
    snap = _adb_snapshot(two).build()
    # Android 11 prints no last key: which one is this computer cannot be told from the dump.
    assert only(run_checks(snap), "adb.trusted_computers").severity == Severity.INFO
    snap.this_computer = xml_key
    item = only(run_checks(snap), "adb.trusted_computers")
    assert item.severity == Severity.HIGH and item.params["others"] == 1


def test_the_signer_fingerprint_is_the_one_the_phone_shows(practice_phone, connect_to, test_signer):
    conn = connect_to(practice_phone("pixel-14"))
    assert conn.channel.own_key_fingerprint == test_signer.fingerprint()
    state = w.parse_dumpsys_adb(conn.channel.run_batch(["dumpsys adb"])[0]).value
    assert state is not None and state.last_key == test_signer.fingerprint()
