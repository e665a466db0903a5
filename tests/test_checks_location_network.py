"""Issue 14's new checks: each fires on one phone and holds on another, with the command it
reads in its evidence and, where the shell can write the setting, a fix a profile can use."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from snapshot_builder import SnapshotBuilder

from hardener.checks import location, lock, network, run_checks
from hardener.checks.finding import Severity
from hardener.cli import main
from hardener.session.kinds import Setting

SAFE = SnapshotBuilder.safe_phone


def _one(findings, fid):
    (found,) = [f for f in findings if f.id == fid]
    return found


def test_lock_after_timeout_fires_on_a_long_delay_and_holds_on_five_seconds():
    ok = _one(lock.check_lock_after_timeout(SAFE().secure(lock_screen_lock_after_timeout="5000").build()),
              "lock.lock_after_timeout")
    assert ok.severity == Severity.OK
    unset = lock.check_lock_after_timeout(SAFE().build())[0]  # Android's default: 5 seconds
    assert unset.severity == Severity.OK
    bad = lock.check_lock_after_timeout(SAFE().secure(lock_screen_lock_after_timeout="1800000").build())[0]
    assert bad.severity == Severity.HIGH and bad.params["minutes"] == 30
    (fix,) = bad.auto_fixes
    assert fix.args == {"table": "secure", "key": "lock_screen_lock_after_timeout", "value": "5000"}
    assert bad.evidence[0].source == "settings secure lock_screen_lock_after_timeout"


def test_patch_age_counts_to_the_day_of_the_scan():
    fresh = SnapshotBuilder(dt.datetime(2026, 2, 1, tzinfo=dt.UTC)).sdk(34).prop(
        "ro.build.version.security_patch", "2026-01-05").build()
    assert lock.check_patch_age(fresh)[0].severity == Severity.OK
    stale = SnapshotBuilder(dt.datetime(2026, 2, 1, tzinfo=dt.UTC)).sdk(34).prop(
        "ro.build.version.security_patch", "2025-06-05").build()
    medium = lock.check_patch_age(stale)[0]
    assert medium.severity == Severity.MEDIUM and medium.params["months"] == 8
    ancient = SnapshotBuilder(dt.datetime(2026, 2, 1, tzinfo=dt.UTC)).sdk(28).prop(
        "ro.build.version.security_patch", "2020-06-01").build()
    assert lock.check_patch_age(ancient)[0].severity == Severity.MEDIUM  # never above a lock to fix today
    assert lock.check_patch_age(ancient)[0].params["months"] == 69
    garbled = SnapshotBuilder().sdk(34).prop("ro.build.version.security_patch", "soon").build()
    assert lock.check_patch_age(garbled)[0].severity == Severity.UNKNOWN


def test_location_switch_is_a_lead_when_on_and_ok_when_off():
    assert location.check_location_switch(SAFE().build())[0].severity == Severity.OK
    on = location.check_location_switch(SAFE().secure(location_mode="3").build())[0]
    assert on.severity == Severity.INFO and on.manual_steps and not on.auto_fixes  # guided only


def test_scanning_is_switched_off_by_a_fix_per_switch():
    assert location.check_scanning(SAFE().build())[0].severity == Severity.OK
    on = location.check_scanning(SAFE().global_(wifi_scan_always_enabled="1").build())[0]
    assert on.severity == Severity.MEDIUM
    assert [f.args["key"] for f in on.auto_fixes] == ["wifi_scan_always_enabled"]


def test_the_camera_with_location_is_named_and_its_location_taken():
    phone = SAFE().package("com.google.android.GoogleCamera", system=True, installer=None,
                           granted=["CAMERA", "ACCESS_FINE_LOCATION", "ACCESS_COARSE_LOCATION"]).build()
    found = location.check_camera_location(phone)[0]
    assert found.severity == Severity.MEDIUM
    assert {f.args["permission"] for f in found.auto_fixes} == {location.FINE, location.COARSE}
    clean = SAFE().package("com.google.android.GoogleCamera", system=True, installer=None,
                           granted=["CAMERA"]).build()
    assert location.check_camera_location(clean)[0].severity == Severity.OK


@pytest.mark.parametrize(("sdk", "fixable"), [(34, True), (30, False)])
def test_a_dating_app_with_the_exact_location(sdk, fixable):
    phone = SAFE(sdk).package("com.grindrapp.android",
                              granted=["ACCESS_FINE_LOCATION", "ACCESS_COARSE_LOCATION"]).build()
    found = location.check_dating_location(phone)[0]
    assert found.severity == Severity.MEDIUM
    # Android 12+: taking the exact location leaves the approximate one; before, only a guided step.
    assert [f.args["permission"] for f in found.auto_fixes] == ([location.FINE] if fixable else [])
    approximate = SAFE(sdk).package("com.grindrapp.android", granted=["ACCESS_COARSE_LOCATION"]).build()
    assert location.check_dating_location(approximate)[0].severity == Severity.OK


def test_vpn_always_on_with_lockdown_holds_and_without_a_vpn_is_a_lead():
    assert network.check_vpn(SAFE().build())[0].severity == Severity.OK
    no_lock = network.check_vpn(SAFE().secure(always_on_vpn_lockdown="0").build())[0]
    assert no_lock.severity == Severity.INFO and no_lock.manual_steps
    none = network.check_vpn(SAFE().secure(always_on_vpn_app=None).build())[0]
    assert none.severity == Severity.INFO and not none.auto_fixes


def test_private_dns_off_is_put_back_to_automatic():
    assert network.check_private_dns(SAFE().build())[0].severity == Severity.OK
    off = network.check_private_dns(SAFE().global_(private_dns_mode="off").build())[0]
    assert off.severity == Severity.MEDIUM
    (fix,) = off.auto_fixes
    assert fix.args["value"] == "opportunistic"
    # A bound: a chosen provider is never "lowered" to automatic.
    assert Setting("global", "private_dns_mode", "opportunistic").target("hostname") == "hostname"


def test_unreadable_settings_are_gaps_never_ok():
    blind = SnapshotBuilder(read_all=False).sdk(34).build()
    for f in run_checks(blind):
        if f.family in ("location", "network") or f.id in ("lock.lock_after_timeout", "lock.patch_age"):
            assert f.severity != Severity.OK, f.id


@pytest.mark.parametrize(("persona", "fires", "holds"), [
    ("samsung-11", {"lock.lock_after_timeout", "location.scanning", "location.camera_geotag",
                    "location.dating_precise"}, {"network.private_dns"}),
    ("pixel-14", set(), {"lock.lock_after_timeout", "location.scanning", "location.camera_geotag",
                         "location.dating_precise", "location.master_switch", "network.vpn", "network.private_dns",
                         "network.browser"}),
    ("moto-10", {"network.private_dns"}, set()),
    ("old-9", {"lock.patch_age"}, set()),  # a 2020 patch: old on any day this runs
])
def test_scan_json_shows_the_new_families(capsys, persona, fires, holds):
    assert main(["scan", "--demo", persona, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    findings = doc["findings"] if isinstance(doc, dict) else doc
    by_id: dict[str, set[str]] = {}
    for f in findings:
        by_id.setdefault(f["id"], set()).add(f["severity"])
    assert {"location", "network"} <= {f["id"].split(".")[0] for f in findings}
    assert {"lock.patch_age", "lock.lock_after_timeout", "network.vpn"} <= set(by_id)
    for fid in fires:
        assert by_id[fid] & {"critical", "high", "medium"}, (persona, fid)
    for fid in holds:
        assert by_id[fid] == {"ok"}, (persona, fid)


def test_each_installed_messenger_gets_its_own_disappearing_step():
    from hardener.checks import messages

    phone = SAFE().package("com.whatsapp").package("org.thoughtcrime.securesms").build()
    (found,) = messages.check_messengers(phone)
    assert found.severity == Severity.INFO  # a lead: hardener cannot see the chats' own timers
    assert [s.title for s in found.manual_steps] == ["WhatsApp: make messages disappear",
                                                     "Signal: make messages disappear"]
    assert messages.check_messengers(SAFE().build())[0].severity == Severity.OK


def test_the_arrest_plan_carries_one_step_per_messenger(capsys):
    assert main(["plan", "arrest-raid", "--demo", "pixel-15", "--json"]) == 0
    steps = [m for m in json.loads(capsys.readouterr().out)["manual_steps"] if m["rule"] == "disappearing-messages"]
    assert {"WhatsApp: make messages disappear", "Signal: make messages disappear"} <= {m["title"] for m in steps}


def test_separate_lives_two_sims_or_two_whatsapps_and_the_private_space_lock():
    from hardener.checks import separation
    from hardener.device import facts as fa

    one = SAFE().prop("gsm.sim.state", "LOADED,ABSENT").build()
    assert separation.check_numbers(one)[0].severity == Severity.OK
    two = SAFE().prop("gsm.sim.state", "LOADED,LOADED").build()
    assert separation.check_numbers(two)[0].severity == Severity.INFO
    both = SAFE().prop("gsm.sim.state", "LOADED").package("com.whatsapp").package("com.whatsapp.w4b").build()
    assert separation.check_numbers(both)[0].severity == Severity.INFO
    private = (SAFE(35).users(fa.UserInfo(0, "Owner", 0xC13), fa.UserInfo(11, "Private space", 0x1010))
               .secure(private_space_auto_lock="1").build())
    found = separation.check_profiles(private)
    locks = [f for f in found if f.severity == Severity.MEDIUM]
    assert locks and locks[0].auto_fixes[0].args == {"table": "secure", "key": "private_space_auto_lock", "value": "0"}
    locked = (SAFE(35).users(fa.UserInfo(0, "Owner", 0xC13), fa.UserInfo(11, "Private space", 0x1010))
              .secure(private_space_auto_lock="0").build())
    assert not [f for f in separation.check_profiles(locked) if f.is_problem]
    # Never set: Android's default locks it only after a restart, so it is open after the phone locks.
    unset = SAFE(35).users(fa.UserInfo(0, "Owner", 0xC13), fa.UserInfo(11, "Private space", 0x1010)).build()
    assert [f for f in separation.check_profiles(unset) if f.severity == Severity.MEDIUM]


def test_androids_own_defences_only_where_the_phone_has_them():
    from hardener.checks import defences

    older = defences.check_identity_check(SAFE(34).build())[0]  # before Android 15: only named
    assert older.severity == Severity.OK and older.title == "This Android version has no Identity Check"
    assert older.manual_steps  # theft protection, named, never called on or off
    off = defences.check_identity_check(SAFE(35).build())[0]
    assert off.severity == Severity.INFO and off.manual_steps
    on = defences.check_identity_check(SAFE(35).secure(mandatory_biometrics="1").build())[0]
    assert on.severity == Severity.OK
    assert defences.check_advanced_protection(SAFE(35).build())[0].severity == Severity.OK
    aapm = defences.check_advanced_protection(SAFE(36).secure(advanced_protection_mode="1").build())[0]
    assert aapm.severity == Severity.OK
    assert defences.check_advanced_protection(SAFE(36).build())[0].severity == Severity.INFO


def test_the_default_browser_is_a_lead_unless_it_keeps_less():
    from hardener.adb.output import CommandOutput
    from hardener.device.parsers import watch as w

    assert network.check_browser(SAFE().build())[0].severity == Severity.OK  # Firefox Focus

    out = CommandOutput("cmd role get-role-holders android.app.role.BROWSER", "com.android.chrome\n", 0)
    found = network.check_browser(SAFE().parsed("role_browser", w.parse_role_holders(out)).build())[0]
    assert found.severity == Severity.INFO and found.manual_steps and not found.auto_fixes
    no_role = CommandOutput("cmd role get-role-holders android.app.role.BROWSER", "cmd: Can't find service: role\n", 0)
    old = network.check_browser(SAFE(28).parsed("role_browser", w.parse_role_holders(no_role)).build())[0]
    assert old.severity == Severity.INFO and old.manual_steps  # Android 9 has no roles: not guessed, guided
    gap = network.check_browser(SAFE(33).parsed("role_browser", w.parse_role_holders(no_role)).build())[0]
    assert gap.severity == Severity.UNKNOWN
