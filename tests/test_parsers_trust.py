"""dumpsys trust: users, strong-auth flags, Smart Lock agents."""

from __future__ import annotations

from shared_captures import fixture, out

from hardener.device.parsers.trust import parse_trust


def test_api34_smart_lock_on_body() -> None:
    parsed = parse_trust(out(fixture("dumpsys_trust/api34_smartlock.txt"), sdk=34))
    state = parsed.value
    assert state is not None and parsed.problems == ()
    owner, work = state.users
    assert (owner.user_id, owner.name, owner.current) == (0, "Owner", True)
    assert (owner.trusted, owner.trust_managed, owner.device_locked) == (True, True, False)
    assert owner.strong_auth_required == 0
    assert (work.user_id, work.current, work.device_locked, work.trusted) == (10, False, False, None)
    (agent,) = state.agents
    assert agent.component == "com.google.android.gms/.auth.trustagent.GoogleTrustAgent"
    assert (agent.user_id, agent.bound, agent.managing_trust) == (0, True, True)


def test_api29_locked_after_boot_no_agents() -> None:
    state = parse_trust(out(fixture("dumpsys_trust/api29_locked_french.txt"))).value
    assert state is not None
    (user,) = state.users
    assert user.name == "Propriétaire" and user.device_locked is True
    assert user.strong_auth_required == 0x1  # before first unlock
    assert state.agents == ()


def test_lockdown_and_hostile_user_name() -> None:
    state = parse_trust(out(fixture("dumpsys_trust/api33_lockdown_disconnected.txt"))).value
    assert state is not None
    (user,) = state.users
    assert user.name == 'Sam (phone) "work"'
    assert user.strong_auth_required == 0x20  # lockdown
    (agent,) = state.agents  # the Events line naming the agent is history, not another agent
    assert agent.bound is True and agent.managing_trust is False


def test_safe_mode_and_errors() -> None:
    safe = parse_trust(out(fixture("dumpsys_trust/safe_mode.txt"))).value
    assert safe is not None and safe.disabled_reason == "the system is in safe mode" and safe.users == ()
    missing = parse_trust(out(fixture("dumpsys_trust/error_cant_find_service.txt")))
    assert missing.value is None and missing.problems
    assert parse_trust(out("Trust manager state:\n")).value is None
