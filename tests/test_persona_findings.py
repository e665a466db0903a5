"""Each practice phone carries the findings it was built to carry, and none it was not.

The scan runs for real: the practice phone renders its outputs over ADB, hardener's parsers
read them, the checks judge them. A persona's description (hardener sim --list) says what
it was set up to show; these sets are that description, written as finding ids.
"""

from __future__ import annotations

import pytest

from hardener.checks import run_checks
from hardener.device.gather import gather

PROBLEM = ("critical", "high", "medium")

# persona -> {severity: finding ids}, for the severities listed; exact.
EXPECTED = {
    # Careful setup: PIN, content hidden, no Smart Lock; only the cloud choices to talk through.
    "pixel-14": {
        "critical": set(),
        "high": set(),
        "medium": {"cloud.auto_sync", "cloud.backup", "cloud.backup_app", "cloud.sync_sensitive"},
    },
    # Pattern lock with Smart Lock, message previews, Translate used daily, contacts synced to
    # Google and Samsung, dating and social apps reading contacts, 10-minute timeout.
    "samsung-11": {
        "critical": set(),
        "high": {"lock.notifications", "lock.screen_lock", "translator.app"},
        "medium": {
            "cloud.auto_sync", "cloud.backup", "cloud.backup_app", "cloud.sync_sensitive",
            "lock.screen_timeout", "lock.smart_lock", "permissions.dangerous_granted",
            "permissions.notification_listener", "permissions.social_contacts", "translator.account_history",
        },
    },
    # No lock, not encrypted, Play Protect off, a sideloaded stalkerware app with accessibility,
    # notification and device-admin access.
    "old-9": {
        "critical": {"lock.screen_lock", "stalkerware.known_app"},
        "high": {
            "lock.encryption", "lock.notifications", "lock.play_protect", "permissions.accessibility",
            "permissions.dangerous_granted", "permissions.device_admin", "permissions.notification_listener",
            "permissions.overlay", "permissions.usage_access", "translator.app",
        },
    },
    # Password lock, backup and auto-sync off: nothing critical or high but the translator.
    "moto-10": {"critical": set(), "high": {"translator.app"}},
    # Work profile managed by an employer, Smart Lock on.
    "pixel-15": {"critical": set(), "high": {"translator.app"}},
}
MUST_HAVE = {
    "pixel-15": {"lock.smart_lock", "permissions.device_admin"},
    "old-9": {"lock.stay_awake", "permissions.sideloaded_app"},
}


def _scan(practice_phone, connect_to, persona):
    sim = practice_phone(persona)
    conn = connect_to(sim)
    return run_checks(gather(conn.channel))


@pytest.mark.parametrize("persona", sorted(EXPECTED))
def test_persona_carries_exactly_its_findings(practice_phone, connect_to, persona):
    findings = _scan(practice_phone, connect_to, persona)
    for severity, expected in EXPECTED[persona].items():
        got = {f.id for f in findings if f.severity == severity}
        assert got == expected, (persona, severity)
    ids = {f.id for f in findings if f.severity in PROBLEM}
    assert MUST_HAVE.get(persona, set()) <= ids


def test_a_careful_phone_has_no_lock_screen_problem(practice_phone, connect_to):
    findings = _scan(practice_phone, connect_to, "pixel-14")
    assert not [f for f in findings if f.family == "lock" and f.is_problem]
    assert any(f.id == "lock.screen_lock" and f.severity == "ok" for f in findings)


def test_the_hostile_phone_is_never_called_safe_where_it_lied(practice_phone, connect_to):
    findings = _scan(practice_phone, connect_to, "hostile")
    unknown = {f.id for f in findings if f.severity == "unknown"}
    ok = {f.id for f in findings if f.severity == "ok"}
    assert unknown, "garbled outputs become 'unknown', not 'ok'"
    assert not unknown & ok
