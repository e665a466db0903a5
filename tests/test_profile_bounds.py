"""A profile's target is a bound, not a value; the arrest advice shows on every Android version;
webcam-work does what it says; ``plan --json`` gives what a script needs.

Each profile is planned on each practice phone for real (scan over ADB, the parsers, the checks,
the planner), and every change the plan would make is compared with what the phone holds now.
"""

from __future__ import annotations

import json

import pytest

from hardener.checks import run_checks
from hardener.cli import main
from hardener.device.gather import gather
from hardener.session.kinds import AppOp, BackupEnabled, Setting
from hardener.session.kinds import words as w
from hardener.session.plan import PlannedChange, make_plan
from hardener.session.profiles import builtin_profiles, find_profile

PERSONAS = ("old-9", "moto-10", "samsung-11", "pixel-14", "pixel-15", "xiaomi-13", "renamed-spy")
ARREST_ADVICE = {"Switch the phone off when a search is likely", "Practise Lockdown",
                 "Think about fingerprint and face unlock"}


@pytest.fixture(scope="module")
def scans(test_signer):
    """(snapshot, findings) per practice phone, scanned once for the whole module."""
    from hardener.adb.connect import Connector, DeviceSelector
    from hardener.sim.runner import start_practice_phone

    out = {}
    for persona in PERSONAS:
        with start_practice_phone(persona=persona, prompt_delay_s=0.0) as sim:
            conn = Connector(DeviceSelector(tcp=f"{sim.host}:{sim.port}"), signer=test_signer,
                             auth_timeout_s=10.0).connect()
            try:
                snap = gather(conn.channel)
            finally:
                conn.close()
        out[persona] = (snap, run_checks(snap))
    return out


def _weaker(change: PlannedChange) -> bool:
    """Whether writing this change would leave the phone less protected than it is, judged
    from the raw values alone (not from the kind's own code)."""
    typed, now, after = change.typed, change.before, change.after
    if not change.before_known or now == after:
        return False
    if isinstance(typed, Setting):
        words = w.SETTINGS.get((typed.table, typed.key))
        if words is not None and words.values is w.Values.DURATION_MS:
            have = w.duration_ms(now if isinstance(now, str) else None)
            want = w.duration_ms(after if isinstance(after, str) else None)
            return have is not None and (want is None or want > have)
        if words is not None and words.safest is not None:
            return now == words.safest
        return False
    if isinstance(typed, AppOp):
        return now in ("ignore", "deny", "errored") and after not in ("ignore", "deny", "errored")
    if isinstance(typed, BackupEnabled):
        return now is False and after is True
    return False


def test_no_profile_plans_a_weaker_value_on_any_practice_phone(scans):
    checked = 0
    for persona, (snap, findings) in scans.items():
        for profile in builtin_profiles():
            plan = make_plan(profile, snap, findings, include_watched=True)
            for change in plan.changes:
                checked += 1
                assert not (not change.already_done and _weaker(change)), (persona, profile.id, change.key,
                                                                           change.current, change.target)
    assert checked > 50


def test_a_15_second_timeout_is_kept_not_raised_to_30(scans):
    snap, findings = scans["moto-10"]
    for name in ("arrest-raid", "outreach-data"):
        plan = make_plan(find_profile(name), snap, findings)
        (timeout,) = [c for c in plan.changes if c.args.get("key") == "screen_off_timeout"]
        assert timeout.already_done and timeout.target == "15 seconds"
    snap, findings = scans["samsung-11"]  # 10 minutes: shortened
    (timeout,) = [c for c in make_plan(find_profile("arrest-raid"), snap, findings).changes
                  if c.args.get("key") == "screen_off_timeout"]
    assert not timeout.already_done and timeout.target == "30 seconds"


def test_a_setting_is_a_bound_in_both_directions():
    timeout = Setting("system", "screen_off_timeout", "30000")
    assert timeout.target("15000") == "15000"
    assert timeout.target("600000") == "30000"
    assert timeout.target("2147483647") == "30000"  # "never"
    assert timeout.target(None) == "30000"
    assert Setting("secure", "lock_screen_show_notifications", "1").target("0") == "0"
    assert AppOp("com.example", "SYSTEM_ALERT_WINDOW", "deny").target("ignore") == "ignore"
    assert BackupEnabled(True).target(False) is False


@pytest.mark.parametrize("persona", ["old-9", "moto-10", "samsung-11", "pixel-15"])
def test_the_arrest_plan_carries_lockdown_and_switch_off_on_every_version(scans, persona):
    snap, findings = scans[persona]
    plan = make_plan(find_profile("arrest-raid"), snap, findings)
    assert {m.title for m in plan.manual} >= ARREST_ADVICE
    lockdown = [c for c in plan.changes if c.kind == "lockdown"]
    if snap.sdk is not None and snap.sdk >= 31:
        assert plan.changes[-1].kind == "lockdown" and not plan.changes[-1].reversible
    else:
        assert lockdown == []  # no shell command for it before Android 12: the steps are by hand


def test_webcam_work_takes_only_camera_and_microphone_and_names_each(scans):
    snap, findings = scans["samsung-11"]
    plan = make_plan(find_profile("webcam-work"), snap, findings)
    revokes = [c for c in plan.changes if c.kind == "revoke_permission"]
    assert revokes
    assert {c.args["permission"] for c in revokes} <= {"android.permission.CAMERA", "android.permission.RECORD_AUDIO"}
    lines = [(c.typed.label(), c.typed.aspect()) for c in plan.changes]
    assert all(aspect for (_label, aspect), c in zip(lines, plan.changes, strict=True)
               if c.kind in ("revoke_permission", "appop"))
    assert len(lines) == len(set(lines))
    recording = [c for c in plan.changes if c.kind == "appop" and c.args["op"] == "PROJECT_MEDIA"]
    assert recording and recording[0].typed.aspect() == "screen recording"


def test_every_profile_says_who_it_is_for_and_quotes_or_says_none():
    for profile in builtin_profiles():
        assert profile.for_whom and "\n" not in profile.for_whom, profile.id
        for rule in profile.rules:
            assert rule.guide_has_none or len(rule.guide_quote.split()) >= 4, (profile.id, rule.id)


def test_no_lock_screen_rule_borrows_the_personal_account_quote():
    for profile in builtin_profiles():
        for rule in profile.rules:
            if rule.answers == ("lock.notifications",):
                assert "personal account" not in rule.guide_quote, (profile.id, rule.id)


def test_plan_json_lists_changes_and_manual_steps(capsys):
    assert main(["plan", "arrest-raid", "--demo", "moto-10", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["profile"] == "arrest-raid"
    for change in doc["changes"]:
        assert {"kind", "args", "before", "after", "reversible"} <= set(change)
    (timeout,) = [c for c in doc["changes"] if c["args"].get("key") == "screen_off_timeout"]
    assert timeout["before"] == timeout["after"] == "15000"
    assert {"Switch the phone off when a search is likely", "Practise Lockdown"} <= {
        m["title"] for m in doc["manual_steps"]}
    assert all(m["how"] for m in doc["manual_steps"])
