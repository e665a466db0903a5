"""Android's own defences against a phone taken from its owner, where the phone has them.

Read only what can be read, and never claim a state that was not read: Identity Check (Android
15+, ``secure mandatory_biometrics``; writable, but switching it from the shell would skip the
phone's own biometric flow, so hardener only guides) and Advanced Protection (Android 16+,
``secure advanced_protection_mode``, whose side effects the person should choose knowingly).
Google's theft protection and the 3-day restart have no readable setting: they are named in the
guided steps, never reported as on or off. Both checks are in the lock family.
"""

from __future__ import annotations

from hardener.checks import _common as c
from hardener.checks import guide_refs as g
from hardener.checks._context import Check, Context, check
from hardener.checks.finding import Family, Finding, Severity
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

FAM = Family.LOCK

STEP_THEFT = c.manual(
    N_("Switch on Identity Check and theft protection"),
    N_(
        "Open Settings, then Google, then All services, then Theft protection. Switch on Identity Check, "
        "Theft Detection Lock and Offline Device Lock. Outside trusted places, changing the PIN or "
        "turning off protections then needs your fingerprint or face, not only the PIN."
    ),
    c.ACTION_SECURITY,
)
STEP_ADVANCED = c.manual(
    N_("Think about Advanced Protection"),
    N_(
        "Open Settings, then Security and privacy, then Advanced Protection. It blocks apps from outside "
        "the Play Store, old 2G networks and new USB connections while the phone is locked. Apps you "
        "installed from files may stop updating: decide with someone who knows the phone."
    ),
    c.ACTION_SECURITY,
)


@check(reads=("props", "settings_secure"), finding_id="lock.identity_check",
       gap_title=N_("Identity Check: could not be read"))
def check_identity_check(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    fid, guide, source = "lock.identity_check", g.PHONE_CONFISCATED, "settings secure mandatory_biometrics"
    sdk = snap.sdk
    if sdk is None:
        return [c.unknown(fid, FAM, N_("Identity Check: could not be read"), guide,
                          snap.props.problems or ("no Android version",), "getprop")]
    if sdk < 35:
        # Identity Check came with Android 15: nothing to fix here ("ok" says only that). Google's
        # theft protection reaches older phones but has no setting hardener can read, so it is only
        # named in the step, never called on or off.
        return [Finding(
            fid, FAM, Severity.OK, N_("This Android version has no Identity Check"),
            N_("Google's theft protection may still be offered on this phone. hardener cannot see whether "
               "it is on: check it in Settings."),
            guide, (c.ev("getprop ro.build.version.sdk", sdk),), manual_steps=(STEP_THEFT,),
        )]
    known, value = snap.setting("secure", "mandatory_biometrics")
    if not known:
        return [c.unknown(fid, FAM, N_("Identity Check: could not be read"), guide,
                          snap.settings("secure").problems, source)]
    evidence = (c.ev(source, value),)
    if value is not None and value.strip() == "1":
        return [Finding(
            fid, FAM, Severity.OK, N_("Identity Check is on"),
            N_("Good. Away from trusted places, someone who learnt your PIN still cannot change it or switch "
               "protections off without your fingerprint or face."),
            guide, evidence, manual_steps=(STEP_THEFT,),
        )]
    return [Finding(
        fid, FAM, Severity.INFO, N_("Identity Check was not seen switched on"),
        N_("With Identity Check, someone who watched you type your PIN cannot use it alone to change the "
           "lock or switch protections off. This phone has it; it did not show it on."),
        guide, evidence, manual_steps=(STEP_THEFT,),
    )]


@check(reads=("props", "settings_secure"), finding_id="lock.advanced_protection",
       gap_title=N_("Advanced Protection: could not be read"))
def check_advanced_protection(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    fid, guide, source = "lock.advanced_protection", g.PHONE_CONFISCATED, "settings secure advanced_protection_mode"
    sdk = snap.sdk
    if sdk is None:
        return [c.unknown(fid, FAM, N_("Advanced Protection: could not be read"), guide,
                          snap.props.problems or ("no Android version",), "getprop")]
    if sdk < 36:
        return [Finding(
            fid, FAM, Severity.OK, N_("This Android version has no Advanced Protection"),
            N_("Advanced Protection came with Android 16. On this phone, a strong PIN, Lockdown and "
               "switching the phone off do the most."),
            guide, (c.ev("getprop ro.build.version.sdk", sdk),),
        )]
    known, value = snap.setting("secure", "advanced_protection_mode")
    if not known:
        return [c.unknown(fid, FAM, N_("Advanced Protection: could not be read"), guide,
                          snap.settings("secure").problems, source)]
    evidence = (c.ev(source, value),)
    if value is not None and value.strip() == "1":
        return [Finding(
            fid, FAM, Severity.OK, N_("Advanced Protection is on"),
            N_("Good. The phone refuses apps from outside the store, old networks and new USB connections "
               "while it is locked."),
            guide, evidence,
        )]
    return [Finding(
        fid, FAM, Severity.INFO, N_("Advanced Protection is off"),
        N_("Android 16 can block apps from outside the store, old 2G networks and new USB connections while "
           "the phone is locked. It makes a taken phone harder to read, with some limits on apps."),
        guide, evidence, manual_steps=(STEP_ADVANCED,),
    )]


FINDING_IDS = ("lock.identity_check", "lock.advanced_protection")

CHECKS: tuple[Check, ...] = (check_identity_check, check_advanced_protection)
