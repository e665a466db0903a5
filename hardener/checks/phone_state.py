"""Lock family, the phone's state: encryption, and the doors into the phone that stay open.

USB debugging and developer options left on, stay-awake while charging, Play Protect off, and
apps allowed to install other apps from outside a store: each lets someone who holds the phone,
or an app on it, in without the lock. Same family as :mod:`hardener.checks.lock`; a module of its
own so each stays small.
"""

from __future__ import annotations

from hardener.checks import _common as c
from hardener.checks import _validate as v
from hardener.checks import guide_refs as g
from hardener.checks._context import Check, Context, check
from hardener.checks.finding import Family, Finding, Severity
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

FAM = Family.LOCK


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
            params={"app": ctx.label(package)},
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
    "lock.encryption",
    "lock.developer_options",
    "lock.stay_awake",
    "lock.play_protect",
    "lock.install_unknown_apps",
)

CHECKS: tuple[Check, ...] = (
    check_encryption,
    check_developer_options,
    check_stay_awake,
    check_play_protect,
    check_install_unknown_apps,
)
