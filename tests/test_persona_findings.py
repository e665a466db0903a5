"""Each practice phone carries the findings it was built to carry, and none it was not.

The scan runs for real: the practice phone renders its outputs over ADB, hardener's parsers
read them, the checks judge them. A persona's description (hardener sim --list) says what
it was set up to show; these sets are that description, written as finding ids.
"""

from __future__ import annotations

import re

import pytest

from hardener.checks import run_checks
from hardener.checks._context import UNNAMED_APP
from hardener.device.gather import gather
from hardener.session.scan import scan_phone

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
            # Instagram was once allowed to record the screen without asking (issue 14).
            "permissions.screen_capture",
            # Issue 14: 30 seconds open after the screen goes dark, scanning on, the camera
            # geotags photos, Tinder, Grindr and Badoo hold the exact location.
            "lock.lock_after_timeout", "location.scanning", "location.camera_geotag", "location.dating_precise",
        },
    },
    # No lock, not encrypted, Play Protect off, a sideloaded stalkerware app with accessibility,
    # notification and device-admin access.
    "old-9": {
        # The spy hides its icon while it reads the screen and notifications and holds device
        # admin: the examiners' shape of stalkerware (issue 13), besides its name on the lists.
        "critical": {"lock.screen_lock", "stalkerware.known_app", "stalkerware.spy_combination"},
        "high": {
            "lock.encryption", "lock.notifications", "lock.play_protect", "permissions.accessibility",
            "permissions.dangerous_granted", "permissions.device_admin", "permissions.notification_listener",
            "permissions.overlay", "permissions.usage_access", "translator.app",
            "permissions.screen_capture",  # the spy records the screen without asking (issue 14)
        },
    },
    # Password lock, backup and auto-sync off: nothing critical or high but the translator.
    "moto-10": {"critical": set(), "high": {"translator.app"}},
    # Work profile managed by an employer, Smart Lock on.
    "pixel-15": {"critical": set(), "high": {"translator.app"}},
    # An ex-partner's laptop still trusted for USB debugging, authorisations that never expire,
    # a proxy left on the phone, the app scanner switched off (issue 13); MIUI refuses secure
    # settings writes.
    "xiaomi-13": {"critical": set(), "high": {
        "adb.trusted_computers", "lock.notifications", "translator.app",
        "stalkerware.security_off",  # Xiaomi's Guard provider (its app scanner) switched off
    }},
    # A stalkerware app under a package name on no list: without an indicator file holding its
    # certificate, only the permission heuristics see it (tests/test_iocs_renamed_spy.py adds
    # the file and expects stalkerware.known_app, critical).
    "renamed-spy": {
        # No list names it, but its shape does (hidden, every watching power, sideloaded), and
        # its com.android.* name on an app that did not come with the phone (issue 13).
        "critical": {"stalkerware.spy_combination"},
        "high": {
            "lock.notifications", "permissions.accessibility", "permissions.dangerous_granted",
            "permissions.device_admin", "permissions.notification_listener", "permissions.usage_access",
            "stalkerware.system_impostor", "translator.app",
        },
    },
}
MUST_HAVE = {
    "pixel-15": {"lock.smart_lock", "permissions.device_admin"},
    "old-9": {"lock.stay_awake", "permissions.sideloaded_app"},
    "moto-10": {"permissions.keyboard", "network.private_dns"},  # a keyboard from a file; private DNS off (issue 14)
    "xiaomi-13": {"adb.no_expiry", "permissions.traffic_route"},
}
# Leads (things to look at) a persona was set up to show.
MUST_LEAD = {
    "moto-10": {"stalkerware.hidden_app"},  # the keyboard has no icon of its own
    "pixel-15": {"permissions.sms_dialer_role"},  # Signal, from the Play Store, handles texts
}


AGE_OF_TODAY = {"lock.patch_age"}


def _scan(practice_phone, connect_to, persona):
    sim = practice_phone(persona)
    conn = connect_to(sim)
    return run_checks(gather(conn.channel))


@pytest.mark.parametrize("persona", sorted(EXPECTED))
def test_persona_carries_exactly_its_findings(practice_phone, connect_to, persona):
    # A patch's age is counted to this computer's date, so it grows with the calendar: it is
    # tested on fixed dates in tests/test_checks_location_network.py, not pinned here.
    findings = [f for f in _scan(practice_phone, connect_to, persona) if f.id not in AGE_OF_TODAY]
    for severity, expected in EXPECTED[persona].items():
        got = {f.id for f in findings if f.severity == severity}
        assert got == expected, (persona, severity)
    ids = {f.id for f in findings if f.severity in PROBLEM}
    assert MUST_HAVE.get(persona, set()) <= ids
    leads = {f.id for f in findings if f.severity == "info"}
    assert MUST_LEAD.get(persona, set()) <= leads


def test_a_careful_phone_has_no_lock_screen_problem(practice_phone, connect_to):
    findings = _scan(practice_phone, connect_to, "pixel-14")
    assert not [f for f in findings if f.family == "lock" and f.is_problem and f.id not in AGE_OF_TODAY]
    assert any(f.id == "lock.screen_lock" and f.severity == "ok" for f in findings)


def test_the_hostile_phone_is_never_called_safe_where_it_lied(practice_phone, connect_to):
    findings = _scan(practice_phone, connect_to, "hostile")
    unknown = {f.id for f in findings if f.severity == "unknown"}
    ok = {f.id for f in findings if f.severity == "ok"}
    assert unknown, "garbled outputs become 'unknown', not 'ok'"
    assert not unknown & ok


# A package name: two or more dot-separated lower-case words (``com.thetruth``, ``org.x.y``).
_PACKAGE_IN_TEXT = re.compile(r"\b[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+\b")


@pytest.mark.parametrize("persona", ["samsung-11", "pixel-14", "old-9", "many-apps"])
def test_no_title_shows_a_package_name(practice_phone, connect_to, persona):
    """Apps are named from our tables or the label their APK carries (read in the APK rounds);
    the package stays in the evidence and the subject only."""
    sim = practice_phone(persona)
    _snap, findings = scan_phone(connect_to(sim).channel)
    from hardener.i18n.markers import fill

    for item in findings:
        title = fill(item.title, item.params)
        assert not _PACKAGE_IN_TEXT.search(title), (persona, item.id, title)
        assert item.params.get("app") != UNNAMED_APP, (persona, item.id, item.subject)


def test_the_careful_phone_has_no_spying_app_finding(practice_phone, connect_to):
    sim = practice_phone("pixel-14")
    _snap, findings = scan_phone(connect_to(sim).channel)
    spying = [f for f in findings if f.family == "stalkerware" and f.severity != "ok"]
    assert spying == []
    ok = next(f for f in findings if f.id == "stalkerware.known_app")
    assert any("part of the phone" in e.value for e in ok.evidence)  # the preinstalled tool, noted
