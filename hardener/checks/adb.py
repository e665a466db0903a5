"""ADB family: which computers may use USB debugging on this phone, and for how long.

A computer the person once pressed "Allow" for keeps full access over USB (apps installed,
files copied, screens recorded) until the authorisations are revoked. A partner's or a
client's laptop left trusted is a way back into the phone; wireless debugging opens the same
door from the Wi-Fi; an authorisation that never expires never closes it.

``dumpsys adb`` (Android 11+) lists the trusted keys; the key of the computer that connected
last, while connected, is this one (its MD5 fingerprint is ``last_key_received``). Nothing here
is changed by hardener: Android lets only the person revoke authorisations (Developer options),
and switching wireless debugging off from here could cut the very connection in use. Each
finding guides, and every one says to revoke the authorisations at the end of the visit.
"""

from __future__ import annotations

from hardener.checks import _common as c
from hardener.checks import _validate as v
from hardener.checks import guide_refs as g
from hardener.checks._context import Check, Context, check
from hardener.checks.finding import Family, Finding, Severity
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

FAM = Family.ADB
TRUSTED, WIFI, NO_EXPIRY = "adb.trusted_computers", "adb.wifi_debugging", "adb.no_expiry"

STEP_REVOKE = c.manual(
    N_("At the end: revoke USB debugging authorisations"),
    N_(
        "When hardener has finished, open Settings, then Developer options, tap \"Revoke USB debugging "
        "authorisations\" and confirm. Every computer, this one too, will have to be allowed again. Then "
        "turn USB debugging off."
    ),
    c.ACTION_DEVELOPER,
)
STEP_WIFI_OFF = c.manual(
    N_("At the end: turn wireless debugging off"),
    N_("When hardener has finished, open Settings, then Developer options, and turn Wireless debugging off."),
    c.ACTION_DEVELOPER,
)


@check(reads=("adb",), finding_id=TRUSTED, gap_title=N_("Computers trusted for USB debugging: could not be read"))
def check_trusted_computers(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """How many computers the phone trusts, and whether any is not this one."""
    state = snap.adb.value
    if state is None:
        if snap.sdk is not None and snap.sdk < 30:
            # Android 10 and older do not show the list: say so, and still guide to revoke.
            return [Finding(
                TRUSTED, FAM, Severity.INFO, N_("Revoke USB debugging authorisations at the end"),
                N_("This Android version does not show which computers it trusts for USB debugging. Other "
                   "computers may be allowed too. Revoke them all when hardener has finished."),
                g.PHONE_CONFISCATED, (c.ev("dumpsys adb", "not shown before Android 11"),),
                manual_steps=(STEP_REVOKE,),
            )]
        return [c.unknown(TRUSTED, FAM, N_("Computers trusted for USB debugging: could not be read"),
                          g.PHONE_CONFISCATED, snap.adb.problems, "dumpsys adb")]
    # This computer: the key hardener signed in with, else the one the phone received last.
    mine = snap.this_computer or state.last_key
    evidence = [c.ev("dumpsys adb", f"{len(state.keys)} trusted keys; this computer: {mine or 'not shown'}")]
    evidence += [c.ev("dumpsys adb", f"{k.fingerprint} {v.shown(k.comment, 60) or '(no name)'}"
                                     f"{' always allowed' if k.always else ''}") for k in state.keys]
    if not state.keys:
        # Allowed without "Always allow": nothing stays behind after the visit.
        return [Finding(
            TRUSTED, FAM, Severity.OK, N_("No computer stays trusted for USB debugging"),
            N_("The phone keeps no computer's permission for USB debugging, this one included."),
            g.PHONE_CONFISCATED, tuple(evidence),
        )]
    others = tuple(k for k in state.keys if k.fingerprint != mine) if mine is not None else ()
    params = {"count": len(state.keys), "others": len(others)}
    if others:
        return [Finding(
            TRUSTED, FAM, Severity.HIGH, N_("Other computers can use USB debugging on this phone"),
            N_("Besides this computer, the phone trusts other computers for USB debugging (number: {others}). "
               "Whoever has one of them can plug in the phone when it is unlocked and copy files, install apps "
               "or watch the screen. Revoke the authorisations when hardener has finished."),
            g.PHONE_CONFISCATED, tuple(evidence), params=params,
            manual_steps=(STEP_REVOKE, c.STEP_RECORD_FIRST),  # the first is what "Still to do" shows
        )]
    if mine is None:  # keys, but no way to tell which is this computer's
        return [Finding(
            TRUSTED, FAM, Severity.INFO, N_("Computers trusted for USB debugging: {count}"),
            N_("The phone trusts computers for USB debugging (number: {count}) and does not say which one, if "
               "any, is this computer. Revoke the authorisations when hardener has finished."),
            g.PHONE_CONFISCATED, tuple(evidence), params=params, manual_steps=(STEP_REVOKE,),
        )]
    return [Finding(
        TRUSTED, FAM, Severity.INFO, N_("Only this computer is trusted for USB debugging"),
        N_("No other computer is allowed. This one stays allowed after the visit unless you revoke it: do "
           "that when hardener has finished."),
        g.PHONE_CONFISCATED, tuple(evidence), params=params, manual_steps=(STEP_REVOKE,),
    )]


@check(reads=("settings_global",), finding_id=WIFI, gap_title=N_("Wireless debugging: could not be read"))
def check_wifi_debugging(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """Wireless debugging lets a paired computer in over the Wi-Fi, without a cable. It may be
    on for this visit (pairing), so it is a lead with a step for the end, not a change."""
    known, value = snap.setting("global", "adb_wifi_enabled")
    source = "settings global adb_wifi_enabled"
    if not known:
        return [c.unknown(WIFI, FAM, N_("Wireless debugging: could not be read"), g.PHONE_CONFISCATED,
                          snap.settings("global").problems, source)]
    if value == "1":
        return [Finding(
            WIFI, FAM, Severity.INFO, N_("Wireless debugging is on"),
            N_("A computer paired with this phone can control it over the Wi-Fi, without a cable. If it is on "
               "for this visit, turn it off when hardener has finished; if not, someone else may use it."),
            g.PHONE_CONFISCATED, (c.ev(source, value),), manual_steps=(STEP_WIFI_OFF, STEP_REVOKE),
        )]
    return [Finding(WIFI, FAM, Severity.OK, N_("Wireless debugging is off"),
                    N_("No computer can reach the phone for debugging over the Wi-Fi."),
                    g.PHONE_CONFISCATED, (c.ev(source, value),))]


@check(reads=("settings_global",), finding_id=NO_EXPIRY, gap_title=N_("USB debugging expiry: could not be read"))
def check_no_expiry(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """``adb_allowed_connection_time`` of 0 is "Disable adb authorization timeout": an allowed
    computer stays allowed for ever, even unused. Android's default is 7 days."""
    known, value = snap.setting("global", "adb_allowed_connection_time")
    source = "settings global adb_allowed_connection_time"
    if not known:
        return [c.unknown(NO_EXPIRY, FAM, N_("USB debugging expiry: could not be read"), g.PHONE_CONFISCATED,
                          snap.settings("global").problems, source)]
    if value is not None and value.strip() == "0":
        return [Finding(
            NO_EXPIRY, FAM, Severity.MEDIUM, N_("Computers allowed for USB debugging stay allowed for ever"),
            N_("\"Disable adb authorization timeout\" is on in Developer options: a computer allowed once keeps "
               "its access even if it is not used for months. Turn it off, and revoke the authorisations when "
               "hardener has finished."),
            g.PHONE_CONFISCATED, (c.ev(source, value),),
            manual_steps=(c.manual(
                N_("Turn the authorisation timeout back on"),
                N_("Open Settings, then Developer options, and turn off \"Disable adb authorization timeout\"."),
                c.ACTION_DEVELOPER,
            ), STEP_REVOKE),
        )]
    return [Finding(NO_EXPIRY, FAM, Severity.OK, N_("USB debugging authorisations expire"),
                    N_("A computer not used for a while has to be allowed again."),
                    g.PHONE_CONFISCATED, (c.ev(source, value if value is not None else "not set (7 days)"),))]


FINDING_IDS = (TRUSTED, WIFI, NO_EXPIRY)

CHECKS: tuple[Check, ...] = (check_trusted_computers, check_wifi_debugging, check_no_expiry)
