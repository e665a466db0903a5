"""Apply then undo leaves the phone exactly as before, whatever happens in between.

Every test compares the practice phone's full hardening state (settings of every table and
user, permissions and their flags, app-ops, package enabled/suspended state, backup, sync,
accounts, ...) before and after, through ``VirtualPhone.export_state``.
"""

from __future__ import annotations

import pytest

from hardener.adb.connect import Connection
from hardener.checks import run_checks
from hardener.device.gather import gather
from hardener.errors import ConnectionLost
from hardener.session.apply import apply_plan
from hardener.session.journal import APPLIED, APPLYING, UndoCode, read_journal
from hardener.session.plan import make_plan
from hardener.session.profiles import builtin_profiles, find_profile
from hardener.session.undo import undo
from hardener.sim.phone import diff_states

PERSONAS = ["pixel-14", "samsung-11", "old-9", "moto-10", "pixel-15", "xiaomi-13", "hostile"]
PROFILES = [p.id for p in builtin_profiles()]


CODE = UndoCode.parse("7KQ2-M9XD-4TPR")


def _never(_change: object) -> bool:
    return False


def _plan(conn: Connection, profile_id: str):
    snap = gather(conn.channel)
    return make_plan(find_profile(profile_id), snap, run_checks(snap))


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("profile_id", PROFILES)
def test_apply_then_undo_restores_everything_reversible(practice_phone, connect_to, persona, profile_id):
    sim = practice_phone(persona)
    before = sim.phone.export_state()
    conn = connect_to(sim)
    plan = _plan(conn, profile_id)
    result = apply_plan(conn.channel, plan, code=CODE, consent=_never)
    assert not [o for o in result.outcomes if not o.change.reversible and o.status == "done"]
    if plan.profile.audit_only:
        assert not result.outcomes
    journal = read_journal(conn.channel, CODE)
    if result.count("done"):
        assert journal is not None and journal.state == APPLIED
        assert sim.phone.export_state() != before
    if journal is not None:
        outcome = undo(conn.channel, CODE)
        assert outcome.complete, [o.detail for o in outcome.outcomes if not o.restored]
        assert outcome.journal_cleared
    assert diff_states(before, sim.phone.export_state()) == []
    assert read_journal(conn.channel, CODE) is None


def test_apply_fixes_what_the_profile_answers_and_scan_shows_it(practice_phone, connect_to):
    sim = practice_phone("samsung-11")
    conn = connect_to(sim)
    snap = gather(conn.channel)
    findings = run_checks(snap)
    problems = {f.id for f in findings if f.is_problem}
    assert {"lock.notifications", "lock.screen_timeout"} <= problems
    plan = make_plan(find_profile("arrest-raid"), snap, findings)
    result = apply_plan(conn.channel, plan, code=CODE, consent=_never)
    assert result.count("done") >= 3
    assert result.round_trips <= 14
    after = run_checks(gather(conn.channel))
    fixed = {f.id for f in after if f.is_problem}
    assert "lock.notifications" not in fixed
    assert "lock.screen_timeout" not in fixed
    worst_before = sum(f.severity in ("critical", "high") for f in findings)
    worst_after = sum(f.severity in ("critical", "high") for f in after)
    assert worst_after < worst_before


def test_applying_twice_changes_nothing_the_second_time(practice_phone, connect_to):
    sim = practice_phone("samsung-11")
    conn = connect_to(sim)
    apply_plan(conn.channel, _plan(conn, "arrest-raid"), code=CODE, consent=_never)
    state = sim.phone.export_state()
    log_before = len(sim.command_log)
    second = apply_plan(conn.channel, _plan(conn, "arrest-raid"), code=CODE, consent=_never)
    assert second.count("done") == 0
    assert sim.phone.export_state() == state
    writes = [c for c in list(sim.command_log)[log_before:] if " put " in c or "pm revoke" in c]
    assert writes == []


# Every permission a finding offers to take (webcam-work itself now takes only the camera and the
# microphone), so one plan really has many changes.
_MANY_CHANGES = """
[profile]
id = "many-changes"
title = "Many changes"
description = "Every permission a finding offers to take."

[[rules]]
id = "all-permissions"
answers = ["permissions.dangerous_granted"]
title = "Take permissions"
why = "A test."
guide_has_none = true
use_finding_fixes = ["revoke_permission"]
"""


def test_round_trips_do_not_grow_with_the_number_of_changes(practice_phone, connect_to, tmp_path):
    profile = tmp_path / "many-changes.toml"
    profile.write_text(_MANY_CHANGES, encoding="utf-8")
    trips = []
    for persona in ("pixel-14", "samsung-11", "apps-300"):
        sim = practice_phone(persona)
        conn = connect_to(sim)
        plan = _plan(conn, str(profile))
        result = apply_plan(conn.channel, plan, code=CODE, consent=_never)
        trips.append((len(plan.to_apply), result.round_trips))
    assert max(t for _n, t in trips) <= 14
    assert max(n for n, _t in trips) > 10  # some plan really had many changes


def test_irreversible_changes_need_consent_one_by_one(practice_phone, connect_to):
    sim = practice_phone("samsung-11")
    conn = connect_to(sim)
    plan = _plan(conn, "migrant-translation")
    assert plan.irreversible, "the translator profile offers to clear history"
    asked = []
    result = apply_plan(conn.channel, plan, code=CODE, consent=lambda c: asked.append(c.key) or True)
    assert asked == [c.key for c in plan.irreversible]
    cleared = [o for o in result.outcomes if o.change.kind == "clear_data"]
    assert cleared and all(o.status == "done" for o in cleared)
    journal = read_journal(conn.channel, CODE)
    assert journal is not None
    result = undo(conn.channel, CODE)
    assert [e.kind for e in result.not_undoable] == ["clear_data"] * len(cleared)


def test_a_phone_that_ignores_writes_reports_not_applied_and_undo_restores(practice_phone, connect_to):
    sim = practice_phone("samsung-11")
    sim.phone.faults.ignore_writes = {"settings", "permissions", "appops", "packages", "backup", "notification"}
    before = sim.phone.export_state()
    conn = connect_to(sim)
    result = apply_plan(conn.channel, _plan(conn, "arrest-raid"), code=CODE, consent=_never)
    assert result.count("done") == 0
    assert result.count("not_applied") >= 3
    # Nothing changed, so nothing is left on the phone to say anything was tried.
    assert not result.record_kept
    assert read_journal(conn.channel, CODE) is None
    assert diff_states(before, sim.phone.export_state()) == []


@pytest.mark.parametrize("drop_kind", ["fin", "rst"])
@pytest.mark.parametrize("k", range(14))
def test_pulled_cable_at_every_step_then_undo_restores(practice_phone, connect_to, drop_kind, k):
    sim = practice_phone("samsung-11")
    before = sim.phone.export_state()
    conn = connect_to(sim)
    plan = _plan(conn, "arrest-raid")
    sim.config.drop_kind = drop_kind
    sim.config.drop_after_commands = k
    try:
        apply_plan(conn.channel, plan, code=CODE, consent=_never)
        finished = True
    except ConnectionLost:
        finished = False
    sim.config.drop_after_commands = None
    again = connect_to(sim)
    journal = read_journal(again.channel, CODE)
    if journal is None:
        # The link dropped before the journal was written: nothing may have changed.
        assert diff_states(before, sim.phone.export_state()) == []
        return
    assert journal.state in (APPLYING, APPLIED)
    # Only a drop after the record's last write (at the unlock) leaves a finished record behind an error.
    assert finished or journal.state == APPLYING or k >= 5
    assert undo(again.channel, CODE).complete
    assert diff_states(before, sim.phone.export_state()) == []


def test_when_the_journal_cannot_be_stored_nothing_is_changed(practice_phone, connect_to):
    from hardener.errors import JournalError

    sim = practice_phone("samsung-11")
    sim.phone.faults.ignore_writes = {"files"}
    before = sim.phone.export_state()
    conn = connect_to(sim)
    with pytest.raises(JournalError) as info:
        apply_plan(conn.channel, _plan(conn, "arrest-raid"), code=CODE, consent=_never)
    assert "changed nothing" in info.value.plain()
    assert diff_states(before, sim.phone.export_state()) == []
