"""Lock family, the lock itself: what stands between a person holding the phone and what is on it.

Police take phones at arrest; a partner or client may grab one. These checks look at the screen
lock and everything that weakens it (Smart Lock, biometrics, long screen timeouts, message
previews, the Lockdown button). Encryption and the doors left open after a session are in
:mod:`hardener.checks.phone_state`, the same family.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from hardener.checks import _common as c
from hardener.checks import guide_refs as g
from hardener.checks._context import Check, Context, check
from hardener.checks.finding import Evidence, Family, Finding, Severity
from hardener.device import facts as f
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

FAM = Family.LOCK
Cred = f.CredentialType

_STRONG = frozenset({Cred.PIN, Cred.PASSWORD, Cred.PIN_OR_PASSWORD})
_KIND_LABEL = {
    Cred.PIN: N_("PIN"),
    Cred.PASSWORD: N_("password"),
    Cred.PIN_OR_PASSWORD: N_("PIN or password"),
}
_MAX_TIMEOUT_MS = 60_000
_SAFE_TIMEOUT_MS = "30000"

STEP_SET_LOCK = c.manual(
    N_("Set a strong screen lock"),
    N_(
        "Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers "
        "or more, or Password. Do not use a birth date or a number other people know."
    ),
    c.ACTION_SET_PASSWORD,
)
STEP_USE_LOCKDOWN = c.manual(
    N_("Use Lockdown when the phone may be taken"),
    N_(
        "Press and hold the power button (on some phones: power and volume up together), then tap "
        "Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart "
        "Lock, and no messages on the lock screen. Or turn the phone off."
    ),
)

STEP_CHECK_BIOMETRICS = c.manual(
    N_("Check fingerprint and face unlock"),
    N_(
        "Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete "
        "them before a risky time, or be ready to use Lockdown."
    ),
    c.ACTION_SECURITY,
)


@dataclass(frozen=True)
class LockState:
    """The screen lock as far as three independent reads agree. ``secure`` None is unknown."""

    secure: bool | None
    kind: f.CredentialType
    evidence: tuple[Evidence, ...]
    problems: tuple[str, ...]


def lock_state(snap: Snapshot, user_id: int) -> LockState:
    """Combine ``dumpsys lock_settings``, ``locksettings get-disabled`` and ``dumpsys trust``.

    The dump names the kind on Android 11+; the probe only says secure or not, but it is
    reliable on every version; the trust dump's ``deviceLocked=1`` proves a secure lock only
    when it is 1. Never say "no lock" from a read that was not understood.
    """
    evidence: list[Evidence] = []
    problems: list[str] = []
    cred: f.CredentialType | None = None
    settings = snap.lock_settings
    if settings.value is not None:
        state = next((u for u in settings.value.users if u.user_id == user_id), None)
        if state is not None:
            cred = state.credential
            said = f"{cred.value} ({state.raw_type})" if state.raw_type else cred.value
            evidence.append(c.ev("dumpsys lock_settings", f"user {user_id}: {said}"))
    else:
        problems.extend(settings.problems)
    probe = snap.lock_disabled.value
    if probe is not None:
        if probe.unsupported:
            said = "device does not support a lock screen"
        elif probe.secure is None:
            said = "not understood"
        elif probe.secure:
            said = "a secure credential is set"
        else:
            said = "no credential (lock screen disabled)" if probe.disabled else "no credential (swipe)"
        evidence.append(c.ev("locksettings get-disabled", said))
    else:
        problems.extend(snap.lock_disabled.problems)

    def no_lock_kind() -> f.CredentialType:
        return Cred.SWIPE if probe is not None and probe.disabled is False else Cred.NONE

    probe_secure = probe.secure if probe is not None else None
    if cred in _STRONG or cred == Cred.PATTERN:
        assert cred is not None
        return LockState(True, cred, tuple(evidence), ())
    if cred in (Cred.NONE, Cred.SWIPE) and probe_secure is not True:
        kind = cred if cred == Cred.SWIPE else no_lock_kind()
        return LockState(False, kind, tuple(evidence), ())
    if cred == Cred.SECURE_UNKNOWN_KIND or probe_secure is True:
        return LockState(True, Cred.SECURE_UNKNOWN_KIND, tuple(evidence), ())
    if probe is not None and (probe.unsupported or probe.secure is False):
        return LockState(False, no_lock_kind(), tuple(evidence), ())
    trust = snap.trust.value
    if trust is not None:
        user = next((u for u in trust.users if u.user_id == user_id), None)
        if user is not None and user.device_locked is True:
            evidence.append(c.ev("dumpsys trust", f"user {user_id}: deviceLocked=1"))
            return LockState(True, Cred.SECURE_UNKNOWN_KIND, tuple(evidence), ())
    else:
        problems.extend(snap.trust.problems)
    return LockState(None, Cred.UNKNOWN, tuple(evidence), tuple(problems) or ("the lock type was not recognised",))


@check(reads=("lock_settings",), finding_id="lock.screen_lock", gap_title=N_("Screen lock: could not be read"))
def check_screen_lock(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    st = lock_state(snap, ctx.user_id)
    fid, guide = "lock.screen_lock", g.PHONE_CONFISCATED
    if st.secure is None:
        return [c.unknown(fid, FAM, N_("Screen lock: could not be read"), guide, st.problems, "dumpsys lock_settings")]
    steps = (STEP_SET_LOCK,)
    if st.kind in _STRONG:
        return [Finding(
            fid, FAM, Severity.OK, N_("Screen lock: {kind}"),
            N_(
                "Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN "
                "like 1234 or a birth date is easy to guess: change it if yours is like that."
            ),
            guide, st.evidence, params={"kind": (_KIND_LABEL[st.kind],)},
        )]
    if st.kind == Cred.SECURE_UNKNOWN_KIND:
        return [Finding(
            fid, FAM, Severity.INFO, N_("A screen lock is set"),
            N_(
                "This Android version does not say which kind of lock it is. If it is a pattern, "
                "change it to a PIN of 6 numbers or more, or a password."
            ),
            guide, st.evidence, manual_steps=steps,
        )]
    if st.kind == Cred.PATTERN:
        return [Finding(
            fid, FAM, Severity.HIGH, N_("The screen lock is a pattern"),
            N_(
                "A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark "
                "on the screen. A PIN of 6 numbers or more, or a password, is much safer."
            ),
            guide, st.evidence, manual_steps=steps,
        )]
    title = N_("The screen lock is only a swipe") if st.kind == Cred.SWIPE else N_("There is no screen lock")
    return [Finding(
        fid, FAM, Severity.CRITICAL, title,
        N_(
            "Anyone who picks up this phone can open it and read everything: messages, photos, "
            "contacts and translation history. Set a PIN of 6 numbers or more, or a password."
        ),
        guide, st.evidence, manual_steps=steps,
    )]


@check(reads=("settings_system",), finding_id="lock.screen_timeout", gap_title=N_("Screen timeout: could not be read"))
def check_screen_timeout(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    fid, guide, source = "lock.screen_timeout", g.PHONE_CONFISCATED, "settings system screen_off_timeout"
    known, raw = snap.setting("system", "screen_off_timeout")
    if not known:
        return [c.unknown(fid, FAM, N_("Screen timeout: could not be read"), guide,
                          snap.settings("system").problems, source)]
    try:
        ms = int(raw) if raw is not None else None
    except ValueError:
        ms = None
    if ms is None:
        return [c.unknown(fid, FAM, N_("Screen timeout: could not be read"), guide,
                          [f"the value is {raw!r}"], source)]
    evidence = (c.ev(source, raw),)
    seconds = max(0, ms // 1000)
    if ms <= _MAX_TIMEOUT_MS:
        return [Finding(
            fid, FAM, Severity.OK, N_("The screen turns off after {seconds} seconds"),
            N_("Good. The phone locks itself soon when you put it down."),
            guide, evidence, params={"seconds": seconds},
        )]
    title = (
        N_("The screen stays on for {minutes} minutes before it locks")
        if seconds >= 120
        else N_("The screen stays on for {seconds} seconds before it locks")
    )
    return [Finding(
        fid, FAM, Severity.MEDIUM, title,
        N_(
            "A phone taken while the screen is still on is open: nothing needs to be guessed. "
            "30 seconds is safer."
        ),
        guide, evidence, params={"seconds": seconds, "minutes": seconds // 60},
        auto_fixes=(c.setting("system", "screen_off_timeout", _SAFE_TIMEOUT_MS),),
        manual_steps=(c.manual(
            N_("Make the screen turn off sooner"),
            N_("Open Settings, then Display, then Screen timeout. Choose 30 seconds."),
            c.ACTION_DISPLAY,
        ),),
    )]


@check(
    reads=("settings_secure",), finding_id="lock.notifications",
    gap_title=N_("Messages on the lock screen: could not be read"),
)
def check_notifications(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    fid, guide = "lock.notifications", g.OUTING
    show_key, private_key = "lock_screen_show_notifications", "lock_screen_allow_private_notifications"
    known, show = snap.setting("secure", show_key)
    _, private = snap.setting("secure", private_key)
    if not known:
        return [c.unknown(fid, FAM, N_("Messages on the lock screen: could not be read"), guide,
                          snap.settings("secure").problems, f"settings secure {show_key}")]
    # Unset keys mean Android's defaults: notifications shown, with their content.
    evidence = (c.ev(f"settings secure {show_key}", show), c.ev(f"settings secure {private_key}", private))
    hide_all = c.setting("secure", show_key, "0")
    step = c.manual(
        N_("Hide messages on the lock screen"),
        N_(
            "Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. "
            "Choose \"Don't show notifications\", or at least \"Hide sensitive content\"."
        ),
        c.ACTION_SECURITY,
    )
    if show == "0":
        return [Finding(
            fid, FAM, Severity.OK, N_("No notifications on the lock screen"),
            N_("Good. Someone holding the locked phone cannot read your messages."),
            guide, evidence,
        )]
    if private == "0":
        return [Finding(
            fid, FAM, Severity.INFO, N_("Notifications show on the lock screen, but not what they say"),
            N_(
                "Someone holding the locked phone can see which apps got messages, but not the "
                "messages. To hide them completely, turn lock-screen notifications off."
            ),
            guide, evidence, auto_fixes=(hide_all,), manual_steps=(step,),
        )]
    return [Finding(
        fid, FAM, Severity.HIGH, N_("Messages can be read on the locked phone"),
        N_(
            "Messages from clients, bookings and codes show on the lock screen. Anyone holding the "
            "phone (police, a partner, a client) can read them without your PIN."
        ),
        guide, evidence,
        # The least change that stops the reading; hiding every notification is a profile's
        # choice (a change of its own), not a side effect of answering this finding.
        auto_fixes=(c.setting("secure", private_key, "0"),),
        manual_steps=(step,),
    )]


@check(
    reads=("props", "settings_secure"), finding_id="lock.lockdown_button",
    gap_title=N_("Lockdown button: could not be read"),
)
def check_lockdown_button(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide, key = "lock.lockdown_button", g.PHONE_BLACKMAIL, "lockdown_in_power_menu"
    sdk = snap.sdk
    title_unknown = N_("Lockdown button: could not be read")
    if sdk is None:
        return [c.unknown(fid, FAM, title_unknown, guide, snap.props.problems or ("no Android version",), "getprop")]
    known, value = snap.setting("secure", key)
    evidence = [c.ev("getprop ro.build.version.sdk", sdk)]
    if known:
        evidence.append(c.ev(f"settings secure {key}", value))
    turn_on = c.setting("secure", key, "1")
    if sdk < 28:
        return [Finding(
            fid, FAM, Severity.INFO, N_("This Android version has no Lockdown button"),
            N_(
                "Lockdown came with Android 9. On this phone, turn it off when it may be taken: after "
                "a restart only your PIN or password opens it."
            ),
            guide, tuple(evidence),
        )]
    if sdk <= 29:
        if not known:
            return [c.unknown(fid, FAM, title_unknown, guide, snap.settings("secure").problems,
                              f"settings secure {key}")]
        if value == "1":
            return [Finding(
                fid, FAM, Severity.OK, N_("Lockdown is in the power menu"),
                N_("Good. Hold the power button and tap Lockdown when the phone may be taken."),
                guide, tuple(evidence), manual_steps=(STEP_USE_LOCKDOWN,),
            )]
        return [Finding(
            fid, FAM, Severity.MEDIUM, N_("Lockdown is not in the power menu"),
            N_(
                "Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, "
                "face, Smart Lock and messages on the lock screen. On this phone it must be switched on."
            ),
            guide, tuple(evidence), auto_fixes=(turn_on,), manual_steps=(STEP_USE_LOCKDOWN,),
        )]
    st = lock_state(snap, ctx.user_id)
    evidence.extend(st.evidence)
    if st.secure is None:
        return [c.unknown(fid, FAM, title_unknown, guide, st.problems, "dumpsys lock_settings")]
    if not st.secure:
        return [Finding(
            fid, FAM, Severity.INFO, N_("Lockdown needs a screen lock"),
            N_("On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set."),
            guide, tuple(evidence), manual_steps=(STEP_SET_LOCK,),
        )]
    if known and value == "0":
        # Android 11+ ignores the switch on most phones, but some makers still read it.
        return [Finding(
            fid, FAM, Severity.INFO, N_("Lockdown may be hidden from the power menu"),
            N_(
                "On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. "
                "This phone has the old switch turned off, and some phones still obey it. Check the "
                "power menu."
            ),
            guide, tuple(evidence), auto_fixes=(turn_on,), manual_steps=(STEP_USE_LOCKDOWN,),
        )]
    return [Finding(
        fid, FAM, Severity.OK, N_("Lockdown is in the power menu"),
        N_(
            "On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, "
            "as it is here. Hold the power button and tap Lockdown when the phone may be taken."
        ),
        guide, tuple(evidence), manual_steps=(STEP_USE_LOCKDOWN,),
    )]


@check(reads=("trust",), finding_id="lock.smart_lock", gap_title=N_("Smart Lock: could not be read"))
def check_smart_lock(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide = "lock.smart_lock", g.PHONE_BLACKMAIL
    trust = snap.trust.value
    if trust is None or trust.disabled_reason:
        problems = snap.trust.problems if trust is None else (f"trust service disabled: {trust.disabled_reason}",)
        return [c.unknown(fid, FAM, N_("Smart Lock: could not be read"), guide, problems, "dumpsys trust")]
    agents = [a for a in trust.agents if a.user_id == ctx.user_id]
    user = next((u for u in trust.users if u.user_id == ctx.user_id), None)
    evidence = tuple(
        c.ev("dumpsys trust", f"{a.component} managingTrust={int(bool(a.managing_trust))}") for a in agents
    ) or (c.ev("dumpsys trust", "no enabled trust agents"),)
    step = c.manual(
        N_("Switch off Smart Lock"),
        N_(
            "Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter "
            "your PIN. Remove trusted places and trusted devices, and turn off on-body detection."
        ),
        c.ACTION_SECURITY,
    )
    if not agents:
        return [Finding(
            fid, FAM, Severity.OK, N_("Smart Lock is off"),
            N_("Good. The phone does not stay unlocked by itself at certain places or near certain devices."),
            guide, evidence,
        )]
    managing = any(a.managing_trust for a in agents) or (user is not None and user.trust_managed is True)
    if managing:
        return [Finding(
            fid, FAM, Severity.MEDIUM, N_("Smart Lock can keep the phone unlocked"),
            N_(
                "Smart Lock keeps the phone open at \"trusted\" places, near \"trusted\" devices, or "
                "while you carry it. That is exactly when it can be taken from you, open."
            ),
            guide, evidence, auto_fixes=c.lockdown(snap.sdk), manual_steps=(step, STEP_USE_LOCKDOWN),
        )]
    return [Finding(
        fid, FAM, Severity.INFO, N_("Smart Lock is on, but not keeping the phone unlocked now"),
        N_(
            "No trusted place or device is in use at the moment. If you never set one up on purpose, "
            "switch Smart Lock off so it cannot start later."
        ),
        guide, evidence, manual_steps=(step,),
    )]


def _enrolled(parsed: f.Parsed[f.Biometrics], user_id: int) -> int | None:
    value = parsed.value
    if value is None:
        return None
    if value.hardware_present is False:
        return 0
    return value.enrolled.get(user_id, 0)


@check(
    reads=("fingerprint", "face"), finding_id="lock.biometrics",
    gap_title=N_("Fingerprint and face unlock: could not be read"),
)
def check_biometrics(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide = "lock.biometrics", g.PHONE_BLACKMAIL
    prints = _enrolled(snap.fingerprint, ctx.user_id)
    faces = _enrolled(snap.face, ctx.user_id)
    evidence = tuple(
        c.ev(f"dumpsys {name}", "not read" if n is None else f"user {ctx.user_id}: {n} enrolled")
        for name, n in (("fingerprint", prints), ("face", faces))
    )
    if prints or faces:
        sdk = snap.sdk
        _, in_menu = snap.setting("secure", "lockdown_in_power_menu")
        lockdown_ready = sdk is not None and (sdk >= 30 or (sdk >= 28 and in_menu == "1"))
        if prints and faces:
            title = N_("Fingerprint and face unlock are set up")
        elif prints:
            title = N_("Fingerprint unlock is set up")
        else:
            title = N_("Face unlock is set up")
        return [Finding(
            fid, FAM, Severity.INFO if lockdown_ready else Severity.MEDIUM, title,
            N_(
                "A finger or a face can be forced: someone can hold the phone to your face or press "
                "your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or "
                "remove fingerprints and face."
            ),
            guide, evidence,
            params={"fingerprints": prints or 0, "faces": faces or 0},
            auto_fixes=c.lockdown(sdk),
            manual_steps=(STEP_USE_LOCKDOWN, STEP_CHECK_BIOMETRICS),
        )]
    if prints == 0 and faces == 0:
        return [Finding(
            fid, FAM, Severity.OK, N_("No fingerprint or face unlock"),
            N_("Good. Only your PIN or password opens the phone, and no one can force a finger or face on it."),
            guide, evidence,
        )]
    # A phone maker's own face unlock (Samsung, Xiaomi) does not show in "dumpsys face", so a
    # missing face service is unknown, not "none": say exactly which half is known.
    if prints == 0:
        title = N_("No fingerprint unlock; face unlock could not be read")
    elif faces == 0:
        title = N_("No face unlock; fingerprint unlock could not be read")
    else:
        title = N_("Fingerprint and face unlock: could not be read")
    problems = snap.fingerprint.problems + snap.face.problems
    finding = c.unknown(fid, FAM, title, guide, problems, "dumpsys fingerprint / dumpsys face")
    return [dataclasses.replace(finding, evidence=evidence + finding.evidence, manual_steps=(STEP_CHECK_BIOMETRICS,))]



# Android's own default for "Lock after screen timeout" is 5 seconds (unset key).
_LOCK_AFTER_DEFAULT_MS = 5_000
_LOCK_AFTER_OK_MS = 5_000
_LOCK_AFTER_HIGH_MS = 60_000


@check(
    reads=("settings_secure", "lock_settings"), finding_id="lock.lock_after_timeout",
    gap_title=N_("Lock after the screen turns off: could not be read"),
)
def check_lock_after_timeout(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """``secure lock_screen_lock_after_timeout`` (ms): how long the phone stays open after the
    screen goes dark. Writable from the shell; unset is Android's 5 seconds."""
    ctx = ctx or Context.of(snap)
    fid, guide, key = "lock.lock_after_timeout", g.PHONE_CONFISCATED, "lock_screen_lock_after_timeout"
    source = f"settings secure {key}"
    title_unknown = N_("Lock after the screen turns off: could not be read")
    known, raw = snap.setting("secure", key)
    if not known:
        return [c.unknown(fid, FAM, title_unknown, guide, snap.settings("secure").problems, source)]
    try:
        ms = _LOCK_AFTER_DEFAULT_MS if raw is None else int(raw.strip())
    except ValueError:
        return [c.unknown(fid, FAM, title_unknown, guide, [f"the value is {raw!r}"], source)]
    evidence = (c.ev(source, raw),)
    st = lock_state(snap, ctx.user_id)
    if st.secure is False:
        return [Finding(
            fid, FAM, Severity.INFO, N_("The phone has no lock to wait for"),
            N_("Without a screen lock this delay does nothing. Set a PIN first."),
            guide, evidence, manual_steps=(STEP_SET_LOCK,),
        )]
    seconds = max(0, ms // 1000)
    if 0 <= ms <= _LOCK_AFTER_OK_MS:
        return [Finding(
            fid, FAM, Severity.OK, N_("The phone locks {seconds} seconds after the screen turns off"),
            N_("Good. A phone grabbed just after the screen went dark already needs your PIN."),
            guide, evidence, params={"seconds": seconds},
        )]
    severity = Severity.HIGH if ms < 0 or ms > _LOCK_AFTER_HIGH_MS else Severity.MEDIUM
    title = (
        N_("The phone stays open {minutes} minutes after the screen turns off")
        if seconds >= 120
        else N_("The phone stays open {seconds} seconds after the screen turns off")
    )
    return [Finding(
        fid, FAM, severity, title,
        N_(
            "After the screen goes dark, anyone who picks the phone up in that time can open it "
            "without your PIN. Lock it straight away, or after 5 seconds at most."
        ),
        guide, evidence, params={"seconds": seconds, "minutes": seconds // 60},
        auto_fixes=(c.setting("secure", key, str(_LOCK_AFTER_OK_MS)),),
        manual_steps=(c.manual(
            N_("Lock the phone as soon as the screen turns off"),
            N_(
                "Open Settings, then Security (or Lock screen), then the gear next to Screen lock, then "
                "\"Lock after screen timeout\". Choose Immediately or 5 seconds."
            ),
            c.ACTION_SECURITY,
        ),),
    )]


_PATCH_MEDIUM_DAYS = 90


def _patch_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


@check(reads=("props",), finding_id="lock.patch_age", gap_title=N_("Security updates: could not be read"))
def check_patch_age(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """``getprop ro.build.version.security_patch`` against the day of the scan (this computer's
    clock, as the snapshot records it: a phone's own clock can be wrong). Old patches leave
    known holes that phone-unlocking tools use."""
    fid, guide, source = "lock.patch_age", g.PHONE_CONFISCATED, "getprop ro.build.version.security_patch"
    props = snap.props.value
    raw = (props.get("ro.build.version.security_patch") or "") if props is not None else ""
    patch = _patch_date(raw)
    if patch is None:
        problems = snap.props.problems or (f"the value is {raw!r}",)
        return [c.unknown(fid, FAM, N_("Security updates: could not be read"), guide, problems, source)]
    days = (snap.taken_at.date() - patch).days
    evidence = (c.ev(source, raw.strip()),)
    months = max(0, days) // 30
    step = c.manual(
        N_("Install security updates"),
        N_(
            "Open Settings, then System (or Software update), then Security update, and install what "
            "is offered. If nothing comes for a year, the phone no longer gets updates: think about "
            "a newer phone for work."
        ),
        "android.settings.SYSTEM_UPDATE_SETTINGS",
    )
    if days <= _PATCH_MEDIUM_DAYS:
        return [Finding(
            fid, FAM, Severity.OK, N_("Security updates are recent"),
            N_("Good. The phone has this season's security fixes, which makes it harder to break into."),
            guide, evidence, params={"months": months},
        )]
    # "Worth fixing" whatever the age: the person often cannot fix it on this phone (no update
    # comes), so it never ranks above a lock they can change today.
    return [Finding(
        fid, FAM, Severity.MEDIUM,
        N_("The last security update is {months} months old"),
        N_(
            "Tools police use to open phones work best on phones that miss security updates. An old "
            "phone that no longer gets updates is easier to get into, even with a good PIN."
        ),
        guide, evidence, params={"months": months}, manual_steps=(step,),
    )]


FINDING_IDS = (
    "lock.screen_lock",
    "lock.screen_timeout",
    "lock.notifications",
    "lock.lockdown_button",
    "lock.smart_lock",
    "lock.biometrics",
    "lock.lock_after_timeout",
    "lock.patch_age",
)

CHECKS: tuple[Check, ...] = (
    check_screen_lock,
    check_screen_timeout,
    check_notifications,
    check_lockdown_button,
    check_smart_lock,
    check_biometrics,
    check_lock_after_timeout,
    check_patch_age,
)
