"""Lock family: what stands between a person holding the phone and what is on it.

Police take phones at arrest; a partner or client may grab one. These checks look at the screen
lock and everything that weakens it (Smart Lock, biometrics, long screen timeouts, message
previews, stay-awake), at encryption, and at the doors into the phone that stay open after a
session (USB debugging, installing apps from outside a store, Play Protect off).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from hardener.checks import _common as c
from hardener.checks import _validate as v
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


@check(reads=(), finding_id="lock.encryption", gap_title=N_("Encryption: could not be read"))
def check_encryption(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    fid, guide = "lock.encryption", g.PASSWORD_AND_ENCRYPTION
    props = snap.props.value
    state = props.get("ro.crypto.state") if props is not None else None
    kind = props.get("ro.crypto.type") if props is not None else None
    disk = snap.diskstats.value
    fbe = disk.file_based_encryption if disk is not None else None
    evidence = [c.ev("getprop ro.crypto.state", state)]
    if kind:
        evidence.append(c.ev("getprop ro.crypto.type", kind))
    if fbe is not None:
        evidence.append(c.ev("dumpsys diskstats File-based Encryption", str(fbe).lower()))
    if state == "encrypted" or fbe is True:
        return [Finding(
            fid, FAM, Severity.OK, N_("The phone's storage is encrypted"),
            N_(
                "Good. When the phone is locked or off, its contents cannot be read without your PIN "
                "or password. Encryption is only as strong as that PIN or password."
            ),
            guide, tuple(evidence),
        )]
    if state == "unencrypted":
        return [Finding(
            fid, FAM, Severity.HIGH, N_("The phone's storage is not encrypted"),
            N_(
                "Without encryption, the contents of the phone can be copied out with tools, even "
                "when it is locked. Old phones can encrypt from Settings; newer phones always do."
            ),
            guide, tuple(evidence),
            manual_steps=(c.manual(
                N_("Encrypt the phone"),
                N_(
                    "Charge the phone fully and keep it plugged in. Open Settings, then Security, then "
                    "Encrypt phone. It can take an hour. Set a PIN or password first."
                ),
                c.ACTION_SECURITY,
            ),),
        )]
    problems = (snap.props.problems + snap.diskstats.problems) or ("the phone did not report its encryption",)
    return [c.unknown(fid, FAM, N_("Encryption: could not be read"), guide, problems, "getprop ro.crypto.state")]


@check(
    reads=("settings_global",), finding_id="lock.developer_options",
    gap_title=N_("USB debugging: could not be read"),
)
def check_developer_options(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    fid, guide = "lock.developer_options", g.THOUGHT_SAFE
    known, adb = snap.setting("global", "adb_enabled")
    if not known:
        return [c.unknown(fid, FAM, N_("USB debugging: could not be read"), guide,
                          snap.settings("global").problems, "settings global adb_enabled")]
    _, dev = snap.setting("global", "development_settings_enabled")
    _, wifi = snap.setting("global", "adb_wifi_enabled")
    if adb is None and wifi != "1":
        # The scan itself came over USB (or wireless) debugging, so a table that names neither
        # switch is incomplete: "debugging is off" would be contradicted by this very scan.
        return [c.unknown(fid, FAM, N_("USB debugging: could not be read"), guide,
                          ["settings global: adb_enabled is missing", *snap.settings("global").problems],
                          "settings global adb_enabled")]
    evidence = (
        c.ev("settings global adb_enabled", adb),
        c.ev("settings global development_settings_enabled", dev),
        c.ev("settings global adb_wifi_enabled", wifi),
    )
    if "1" not in (adb, dev, wifi):
        return [Finding(
            fid, FAM, Severity.OK, N_("USB debugging and developer options are off"),
            N_("Good. A computer cannot take control of this phone through its cable."),
            guide, evidence,
        )]
    title = (
        N_("USB and wireless debugging are on")
        if wifi == "1"
        else N_("USB debugging is on")
    )
    return [Finding(
        fid, FAM, Severity.INFO, title,
        N_(
            "hardener needs USB debugging to work. When you finish, switch it off: a phone with "
            "debugging on is easier to copy. The last step, Finish, does this for you."
        ),
        guide, evidence,
        manual_steps=(c.manual(
            N_("Switch off developer options when you finish"),
            N_(
                "At the end, let hardener finish the session, or open Settings, then System, then "
                "Developer options, and turn the top switch off."
            ),
            c.ACTION_DEVELOPER,
        ),),
    )]


@check(
    reads=("settings_global",), finding_id="lock.stay_awake",
    gap_title=N_("Stay awake while charging: could not be read"),
)
def check_stay_awake(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    fid, guide, key = "lock.stay_awake", g.PHONE_BLACKMAIL, "stay_on_while_plugged_in"
    known, raw = snap.setting("global", key)
    if not known:
        return [c.unknown(fid, FAM, N_("Stay awake while charging: could not be read"), guide,
                          snap.settings("global").problems, f"settings global {key}")]
    evidence = (c.ev(f"settings global {key}", raw),)
    if raw is None or raw.strip() == "0":  # unset means Android's default: off
        return [Finding(
            fid, FAM, Severity.OK, N_("The screen does not stay on while charging"),
            N_("Good. The phone locks itself even when it is plugged in."),
            guide, evidence,
        )]
    if not raw.strip().isdigit():
        return [c.unknown(fid, FAM, N_("Stay awake while charging: could not be read"), guide,
                          [f"the value is {raw!r}"], f"settings global {key}")]
    return [Finding(
        fid, FAM, Severity.MEDIUM, N_("The screen stays on while charging"),
        N_(
            "While the phone is plugged in, its screen never turns off, so it never locks. Anyone can "
            "pick it up from the charger and use it."
        ),
        guide, evidence, auto_fixes=(c.setting("global", key, "0"),),
        manual_steps=(c.manual(
            N_("Switch off \"Stay awake\""),
            N_("Open Settings, then System, then Developer options. Turn off \"Stay awake\"."),
            c.ACTION_DEVELOPER,
        ),),
    )]


@check(reads=("settings_global",), finding_id="lock.play_protect", gap_title=N_("Play Protect: could not be read"))
def check_play_protect(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide = "lock.play_protect", g.DATA_WITHOUT_CONSENT
    known, enable = snap.setting("global", "package_verifier_enable")
    if not known:
        return [c.unknown(fid, FAM, N_("Play Protect: could not be read"), guide,
                          snap.settings("global").problems, "settings global package_verifier_enable")]
    _, consent = snap.setting("global", "package_verifier_user_consent")
    evidence = [
        c.ev("settings global package_verifier_enable", enable),
        c.ev("settings global package_verifier_user_consent", consent),
    ]
    step = c.manual(
        N_("Turn Play Protect on"),
        N_(
            "Open the Play Store, tap your profile picture, then Play Protect, then the settings "
            "wheel. Turn on \"Scan apps with Play Protect\"."
        ),
    )
    if ctx.apps is not None and "com.android.vending" not in ctx.apps:
        evidence.append(c.ev("pm list packages", "com.android.vending not installed"))
        return [Finding(
            fid, FAM, Severity.INFO, N_("There is no Google Play on this phone"),
            N_(
                "Play Protect, which scans apps for harm, comes with Google Play. Without it, install "
                "apps only from a store you trust, and only apps you know."
            ),
            guide, tuple(evidence),
        )]
    if enable == "0":
        return [Finding(
            fid, FAM, Severity.HIGH, N_("Play Protect is off"),
            N_(
                "Play Protect checks apps for harm. People who put spying apps on a phone often switch "
                "it off first. If you did not switch it off, someone else may have."
            ),
            guide, tuple(evidence),
            auto_fixes=(c.setting("global", "package_verifier_enable", "1"),),
            manual_steps=(step,),
        )]
    if consent is not None and consent.strip() == "-1":
        return [Finding(
            fid, FAM, Severity.MEDIUM, N_("Play Protect does not scan apps"),
            N_(
                "Scanning apps for harm was refused on this phone. If you did not refuse it, someone "
                "else may have. Turn scanning on."
            ),
            guide, tuple(evidence), manual_steps=(step,),
        )]
    return [Finding(
        fid, FAM, Severity.OK, N_("Play Protect is on"),
        N_("Good. Google Play checks the apps on this phone for known harmful apps."),
        guide, tuple(evidence),
    )]


@check(
    reads=("appops",), finding_id="lock.install_unknown_apps",
    gap_title=N_("Apps that can install apps: could not be read"),
)
def check_install_unknown_apps(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide, op = "lock.install_unknown_apps", g.DATA_WITHOUT_CONSENT, "REQUEST_INSTALL_PACKAGES"
    if snap.appops.value is None:
        return [c.unknown(fid, FAM, N_("Apps that can install apps: could not be read"), guide,
                          snap.appops.problems, "dumpsys appops")]
    findings: list[Finding] = []
    for package in ctx.allowed_ops(op):
        if package in ctx.stores:
            continue  # a store installing apps is what a store is for
        app = ctx.app(package)
        if app is not None and app.is_system is True:
            severity = Severity.INFO
        elif app is not None and ctx.sideloaded(app):
            severity = Severity.HIGH
        else:
            severity = Severity.MEDIUM
        findings.append(Finding(
            fid, FAM, severity, N_("{app} can install other apps"),
            N_(
                "This app may put new apps on the phone. That is how spying apps often get in. Unless "
                "you use it to install apps on purpose, take this permission away."
            ),
            guide, (c.ev(f"appops {op}", f"{package}: allow"),),
            subject=v.shown(package),
            params={"app": c.app_label(package)},
            auto_fixes=c.fixes(c.appop(package, op, "deny")),
            manual_steps=(c.manual(
                N_("Stop apps from installing apps"),
                N_(
                    "Open Settings, then Apps, then Special app access, then Install unknown apps. Turn "
                    "it off for this app."
                ),
                c.ACTION_UNKNOWN_SOURCES,
            ),),
        ))
    if findings:
        return findings
    return [Finding(
        fid, FAM, Severity.OK, N_("Only app stores can install apps"),
        N_("Good. No other app on this phone may put new apps on it."),
        guide, (c.ev(f"appops {op}", "no app allowed outside known stores"),),
    )]


FINDING_IDS = (
    "lock.screen_lock",
    "lock.screen_timeout",
    "lock.notifications",
    "lock.lockdown_button",
    "lock.smart_lock",
    "lock.biometrics",
    "lock.encryption",
    "lock.developer_options",
    "lock.stay_awake",
    "lock.play_protect",
    "lock.install_unknown_apps",
)

CHECKS: tuple[Check, ...] = (
    check_screen_lock,
    check_screen_timeout,
    check_notifications,
    check_lockdown_button,
    check_smart_lock,
    check_biometrics,
    check_encryption,
    check_developer_options,
    check_stay_awake,
    check_play_protect,
    check_install_unknown_apps,
)
