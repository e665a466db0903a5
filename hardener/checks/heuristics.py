"""The heuristics forensic examiners run when no list names the app.

Stalkerware renamed to something no list knows still has to do its job: read the screen
(accessibility), stay installed (device admin), read messages (notification access), hide
(no icon in the app drawer) and come from outside a store. These checks look for that shape,
for apps posing as part of Android, for security apps switched off, for a keyboard or an SMS
or phone app that did not come with the phone, and for a proxy or an always-on VPN that could
read the phone's traffic.

Nothing here changes the phone: an app that may be watching can tell when it is touched, and
removing it can warn the person who installed it. Each finding guides, and says "do not
remove it yet" wherever the app may be watching.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from hardener.checks import _common as c
from hardener.checks import _validate as v
from hardener.checks import guide_refs as g
from hardener.checks._context import App, Check, Context, check
from hardener.checks.finding import Family, Finding, ManualStep, Severity
from hardener.device.parsers.watch import ROLE_DIALER, ROLE_SMS, package_of
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

FAM = Family.STALKERWARE
COMBINATION, HIDDEN, IMPOSTOR = "stalkerware.spy_combination", "stalkerware.hidden_app", "stalkerware.system_impostor"
RUNNING, SECURITY_OFF = "stalkerware.accessibility_running", "stalkerware.security_off"
KEYBOARD, SMS_DIALER, TRAFFIC = "permissions.keyboard", "permissions.sms_dialer_role", "permissions.traffic_route"
USER_CERTS = "permissions.user_certificates"

LAUNCHER_SOURCE = "cmd package query-activities (app icons)"
ROLES_SOURCE = "cmd role get-role-holders"

_STEPS_WATCHING = (c.STEP_RECORD_FIRST, c.STEP_SAFETY_PLAN)

# Names only Android's own packages use. A Play app may be called com.google.android.*
# (Translate, Maps), so those count only when they did not come from a store.
_ANDROID_PREFIXES = ("com.android.", "android.")
_GOOGLE_PREFIX = "com.google.android."

# Apps whose job is to protect the phone: Play Protect lives in Google Play services and the
# Play Store; the makers' own security centres scan apps too.
SECURITY_PACKAGES = {
    "com.google.android.gms": "Google Play services (Play Protect)",
    "com.android.vending": "Google Play Store (Play Protect)",
    "com.samsung.android.sm.devicesecurity": "Samsung Device security",
    "com.samsung.android.lool": "Samsung Device care",
    "com.miui.securitycenter": "Xiaomi Security",
    "com.miui.guardprovider": "Xiaomi Guard provider",
    "com.coloros.safecenter": "OPPO Phone Manager",
    "com.huawei.systemmanager": "Huawei Phone Manager",
}


# The powers, as the person reads them (a tuple in params: each word is translated).
_POWER_WORDS = {
    "accessibility": N_("read the screen"),
    "device admin": N_("hold device admin"),
    "notifications": N_("read notifications"),
}


def _listed(snap: Snapshot, key: str) -> list[str]:
    _, raw = snap.setting("secure", key)
    return [p.strip() for p in (raw or "").split(":") if p.strip()]


def _powers(snap: Snapshot, ctx: Context) -> dict[str, set[str]]:
    """Package -> the watching powers it holds: accessibility, device admin, notifications."""
    powers: dict[str, set[str]] = {}
    _, a11y_on = snap.setting("secure", "accessibility_enabled")
    listed = _listed(snap, "enabled_accessibility_services")
    a11y = set() if a11y_on == "0" else {v.component_package(x) for x in listed}
    state = snap.accessibility.value
    user = state.user(ctx.user_id) if state is not None else None
    if user is not None:
        a11y |= {package_of(x) for x in user.running}
    for pkg in a11y:
        powers.setdefault(pkg, set()).add("accessibility")
    for comp in _listed(snap, "enabled_notification_listeners"):
        powers.setdefault(v.component_package(comp), set()).add("notifications")
    policy = snap.device_policy.value
    for admin in policy.admins if policy is not None else ():
        if admin.user_id == ctx.user_id:
            powers.setdefault(v.component_package(admin.component), set()).add("device admin")
    return powers


def _hidden(snap: Snapshot, app: App) -> bool | None:
    """True when the app drawer has no icon for it; None when the drawer was not read."""
    icons = snap.launcher.value
    return None if icons is None else app.name not in icons.packages


def _candidates(ctx: Context) -> Iterable[App]:
    """Apps installed by hand and not switched off, for the scanned user."""
    return (a for a in ctx.user_apps() if ctx.sideloaded(a) and not a.switched_off(ctx.user_id))


@check(
    reads=("packages", "package_details", "settings_secure", "device_policy", "launcher", "accessibility"),
    finding_id=COMBINATION, gap_title=N_("Apps that act like spying apps: could not be read"),
)
def check_spy_combination(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """The examiners' shape of stalkerware: installed by hand, hidden, with two or more of the
    powers a spying app needs. All of them at once is what stalkerware looks like."""
    ctx = ctx or Context.of(snap)
    if ctx.apps is None:
        return [c.unknown(COMBINATION, FAM, N_("Apps that act like spying apps: could not be read"),
                          g.TRACKED_BY_APPS, [ctx.apps_problem], "pm list packages -f -i -U -u")]
    powers = _powers(snap, ctx)
    findings: list[Finding] = []
    for app in _candidates(ctx):
        held = powers.get(app.name, set())
        hidden = _hidden(snap, app)
        if len(held) < 2 or hidden is False:
            continue
        evidence = [
            c.ev("pm list packages" if app.entry is not None else "dumpsys package packages",
                 f"{app.name} installer={app.installer or 'null'}"),
            c.ev(LAUNCHER_SOURCE, "no icon in the app list" if hidden else "not read"),
            c.ev("powers", ", ".join(sorted(held))),
        ]
        severity = Severity.CRITICAL if len(held) == 3 and hidden else Severity.HIGH
        findings.append(Finding(
            COMBINATION, FAM, severity, N_("{app} acts like a spying app"),
            N_(
                "This app was not installed from an app store, has no icon in the app list, and can do "
                "what spying apps do: {powers}. This is the pattern experts look for. "
                "Do not remove it yet: if it is watching, "
                "removing it can warn the person who installed it. Keep a record and make a safety plan first."
            ),
            g.TRACKED_BY_APPS, tuple(evidence), subject=app.shown,
            params={"app": ctx.label(app.name), "package": app.shown,
                    "powers": tuple(_POWER_WORDS[p] for p in sorted(held))},
            manual_steps=_STEPS_WATCHING,
        ))
    if findings:
        return findings
    return [Finding(
        COMBINATION, FAM, Severity.OK, N_("No app acts like a spying app"),
        N_("No app installed outside a store is hidden from the app list while reading the screen, "
           "notifications or holding device admin."),
        g.TRACKED_BY_APPS, (c.ev("apps compared", str(len(list(_candidates(ctx))))),),
    )]


@check(reads=("packages", "package_details", "launcher"), finding_id=HIDDEN,
       gap_title=N_("Apps without an icon: could not be read"))
def check_hidden_apps(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """Apps installed by hand with no icon in the app drawer: most spying apps hide this way.
    A lead, not a problem: plugins and helper apps have no icon either."""
    ctx = ctx or Context.of(snap)
    icons = snap.launcher.value
    if icons is None or ctx.apps is None:
        return [c.unknown(HIDDEN, FAM, N_("Apps without an icon: could not be read"), g.TRACKED_BY_APPS,
                          [*snap.launcher.problems, *([ctx.apps_problem] if ctx.apps is None else [])],
                          LAUNCHER_SOURCE)]
    powers = _powers(snap, ctx)
    findings = [
        Finding(
            HIDDEN, FAM, Severity.INFO, N_("{app} has no icon in the app list"),
            N_(
                "This app was not installed from an app store and does not show in the app list, so it "
                "is easy to miss. Do you know it? Spying apps often hide like this. "
                "Do not remove it yet: if it is watching, "
                "removing it can warn the person who installed it. Keep a record and make a safety plan first."
            ),
            g.TRACKED_BY_APPS,
            (c.ev(LAUNCHER_SOURCE, f"{app.name}: no launcher activity"),
             c.ev("pm list packages", f"{app.name} installer={app.installer or 'null'}")),
            subject=app.shown, params={"app": ctx.label(app.name), "package": app.shown},
            manual_steps=_STEPS_WATCHING,
        )
        for app in _candidates(ctx)
        if app.name not in icons.packages and len(powers.get(app.name, ())) < 2  # those are the combination
    ]
    return findings or [Finding(
        HIDDEN, FAM, Severity.OK, N_("Every app installed outside a store has an icon"),
        N_("No app installed by hand hides from the app list."),
        g.TRACKED_BY_APPS, (c.ev(LAUNCHER_SOURCE, f"{len(icons.packages)} apps with an icon"),),
    )]


@check(reads=("packages", "package_details"), finding_id=IMPOSTOR,
       gap_title=N_("Apps posing as Android: could not be read"))
def check_system_impostors(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """``com.android.*`` belongs to Android itself: an app by that name that did not come with
    the phone chose it to look harmless. Renamed stalkerware does exactly this."""
    ctx = ctx or Context.of(snap)
    if ctx.apps is None:
        return [c.unknown(IMPOSTOR, FAM, N_("Apps posing as Android: could not be read"), g.TRACKED_BY_APPS,
                          [ctx.apps_problem], "pm list packages -f -i -U -u")]
    findings = []
    for app in ctx.user_apps():
        if app.is_system is not False:  # only a phone that says "not preinstalled" is believed here
            continue
        posing = app.name.startswith(_ANDROID_PREFIXES) or (
            app.name.startswith(_GOOGLE_PREFIX) and not ctx.from_store(app))
        if not posing:
            continue
        findings.append(Finding(
            IMPOSTOR, FAM, Severity.HIGH, N_("{app} pretends to be part of Android"),
            N_(
                "This app has a name that only Android's own apps use, but it did not come with the "
                "phone. Spying apps hide behind names like this. Do not remove it yet: if it is watching, "
                "removing it can warn the person who installed it. Keep a record and make a safety plan first."
            ),
            g.TRACKED_BY_APPS,
            (c.ev("pm list packages" if app.entry is not None else "dumpsys package packages",
                  f"{app.name} installer={app.installer or 'null'} path={app.entry.path if app.entry else 'null'}"),),
            subject=app.shown, params={"app": ctx.label(app.name), "package": app.shown},
            manual_steps=_STEPS_WATCHING,
        ))
    return findings or [Finding(
        IMPOSTOR, FAM, Severity.OK, N_("No app poses as part of Android"),
        N_("Every app with a name Android keeps for itself came with the phone."),
        g.TRACKED_BY_APPS, (c.ev("pm list packages", f"{len(ctx.user_apps())} installed apps compared"),),
    )]


@check(reads=("accessibility", "settings_secure"), finding_id=RUNNING,
       gap_title=N_("Running accessibility services: could not be read"))
def check_accessibility_running(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """What runs, not what the setting lists: ``dumpsys accessibility`` shows the services the
    system has connected. One that runs while the setting does not list it is hiding (or the
    setting was cleared and the service still holds on); one listed that runs is confirmed."""
    ctx = ctx or Context.of(snap)
    state = snap.accessibility.value
    user = state.user(ctx.user_id) if state is not None else None
    if user is None:
        return [c.unknown(RUNNING, FAM, N_("Running accessibility services: could not be read"),
                          g.TRACKED_BY_APPS, snap.accessibility.problems or ["no state for this user"],
                          "dumpsys accessibility")]
    listed = {v.component_package(x) for x in _listed(snap, "enabled_accessibility_services")}
    findings = []
    for comp in user.running:
        pkg = package_of(comp)
        app = ctx.app(pkg)
        if pkg in listed or (app is not None and app.is_system is True):
            continue
        findings.append(Finding(
            RUNNING, FAM, Severity.HIGH, N_("{app} reads the screen without being listed"),
            N_(
                "Android is running this app as an accessibility service, which lets it read everything "
                "on the screen, but it is not in the list of accessibility apps in Settings. "
                "Do not remove it yet: if it is watching, "
                "removing it can warn the person who installed it. Keep a record and make a safety plan first."
            ),
            g.TRACKED_BY_APPS,
            (c.ev("dumpsys accessibility", f"running: {comp}"),
             c.ev("settings secure enabled_accessibility_services", ", ".join(sorted(listed)) or "empty")),
            subject=v.shown(comp), params={"app": ctx.label(pkg), "component": v.shown(comp)},
            manual_steps=_STEPS_WATCHING,
        ))
    return findings or [Finding(
        RUNNING, FAM, Severity.OK, N_("No accessibility service runs in secret"),
        N_("Every accessibility service Android is running is in the list in Settings."),
        g.TRACKED_BY_APPS,
        (c.ev("dumpsys accessibility", f"running: {', '.join(user.running) or 'none'}"),),
    )]


_STEP_TURN_ON = c.manual(
    N_("Turn the security app back on"),
    N_(
        "Open Settings, then Apps, show system apps, open the app and tap Enable. If you did not "
        "switch it off, someone else may have done it: keep a record first."
    ),
    c.ACTION_APPS,
)


@check(reads=("package_details",), finding_id=SECURITY_OFF, gap_title=N_("Security apps: could not be read"))
def check_security_off(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """Spying apps switch off what would find them: Play Protect's hosts and the makers'
    security centres. Switched off is a problem; not installed on this make is nothing."""
    ctx = ctx or Context.of(snap)
    if ctx.apps is None:
        return [c.unknown(SECURITY_OFF, FAM, N_("Security apps: could not be read"), g.TRACKED_BY_APPS,
                          [ctx.apps_problem], "dumpsys package packages")]
    findings = []
    present = []
    for pkg, name in SECURITY_PACKAGES.items():
        app = ctx.app(pkg)
        if app is None or not app.installed_for(ctx.user_id):
            continue
        present.append(pkg)
        if app.switched_off(ctx.user_id):
            state = app.user(ctx.user_id)
            findings.append(Finding(
                SECURITY_OFF, FAM, Severity.HIGH, N_("A security app is switched off: {service}"),
                N_(
                    "This app protects the phone, for example by checking apps for spying. It has been "
                    "switched off. Spying apps, or the people who install them, do this so they are not found."
                ),
                g.TRACKED_BY_APPS,
                (c.ev("dumpsys package packages", f"{pkg} enabled={state.enabled if state else 'null'}"),),
                # "service", not "app": the maker's own app, named in every report
                subject=pkg, params={"service": name, "package": pkg},
                manual_steps=(c.STEP_RECORD_FIRST, _STEP_TURN_ON),
            ))
    return findings or [Finding(
        SECURITY_OFF, FAM, Severity.OK, N_("No security app is switched off"),
        N_("The security apps on this phone are on."),
        g.TRACKED_BY_APPS, (c.ev("dumpsys package packages", f"on: {', '.join(present) or 'none on this phone'}"),),
    )]


def _chosen_app_finding(
    ctx: Context, fid: str, pkg: str, source: str, title: str, lead_explanation: str, problem_explanation: str,
    guide_step: ManualStep,
) -> Finding | None:
    """A keyboard or SMS/phone app that did not come with the phone: a lead when a store
    installed it (the person may have chosen it), a problem when it was installed by hand."""
    app = ctx.app(pkg)
    if app is not None and app.is_system is True:
        return None
    by_hand = app is None or ctx.sideloaded(app)
    installer = app.installer if app is not None else None
    return Finding(
        fid, Family.PERMISSIONS, Severity.MEDIUM if by_hand else Severity.INFO, title,
        problem_explanation if by_hand else lead_explanation, g.DATA_WITHOUT_CONSENT,
        (c.ev(source, pkg), c.ev("pm list packages", f"{pkg} installer={installer or 'null'}")),
        subject=v.shown(pkg), params={"app": ctx.label(pkg), "package": v.shown(pkg)},
        manual_steps=(*(_STEPS_WATCHING if by_hand else ()), guide_step),
    )


_STEP_KEYBOARD = c.manual(
    N_("Check which keyboard you use"),
    N_("Open Settings, then System, then Languages and input, then On-screen keyboard. Keep only "
       "keyboards you chose."),
    "android.settings.INPUT_METHOD_SETTINGS",
)


@check(reads=("settings_secure", "packages", "package_details"), finding_id=KEYBOARD,
       gap_title=N_("Keyboard: could not be read"))
def check_keyboard(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """A keyboard sees every word typed, passwords included. One that did not come with the
    phone is worth a look; one installed by hand is a problem."""
    ctx = ctx or Context.of(snap)
    known, raw = snap.setting("secure", "default_input_method")
    source = "settings secure default_input_method"
    if not known:
        return [c.unknown(KEYBOARD, Family.PERMISSIONS, N_("Keyboard: could not be read"), g.DATA_WITHOUT_CONSENT,
                          snap.settings("secure").problems, source)]
    pkg = v.component_package(raw) if raw and "/" in raw else ""
    found = _chosen_app_finding(
        ctx, KEYBOARD, pkg, source, N_("Your keyboard is {app}"),
        N_("A keyboard sees everything you type, passwords too. This one did not come with the phone. "
           "If you chose it, check that you trust its maker."),
        N_("A keyboard sees everything you type, passwords too. This one was installed from outside an "
           "app store. If you did not choose it, someone may read what you type. "
           "Do not remove it yet: if it is watching, "
                "removing it can warn the person who installed it. Keep a record and make a safety plan first."),
        _STEP_KEYBOARD,
    ) if pkg else None
    if found is not None:
        return [found]
    return [Finding(KEYBOARD, Family.PERMISSIONS, Severity.OK, N_("The keyboard came with the phone"),
                    N_("The keyboard in use is part of the phone."), g.DATA_WITHOUT_CONSENT,
                    (c.ev(source, raw),))]


_STEP_DEFAULT_APPS = c.manual(
    N_("Check your default apps"),
    N_("Open Settings, then Apps, then Default apps. Check the SMS app and the Phone app are ones you chose."),
    "android.settings.MANAGE_DEFAULT_APPS_SETTINGS",
)


@check(reads=("settings_secure", "packages", "package_details"), finding_id=SMS_DIALER,
       gap_title=N_("Default SMS and phone apps: could not be read"))
def check_sms_dialer(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """The default SMS app receives every text (login codes too) and the phone app every call.
    Android 10+ names them in roles; older phones in settings."""
    ctx = ctx or Context.of(snap)
    sms, dialer = snap.role("sms"), snap.role("dialer")
    holders: dict[str, tuple[str, ...]] = {}
    if sms.value is not None and dialer.value is not None:
        holders = {ROLE_SMS: sms.value.holders, ROLE_DIALER: dialer.value.holders}
        source = ROLES_SOURCE
    elif (snap.sdk or 0) < 29:
        for role, key in ((ROLE_SMS, "sms_default_application"), (ROLE_DIALER, "dialer_default_application")):
            _, value = snap.setting("secure", key)
            holders[role] = (value,) if value else ()
        source = "settings secure"
    else:
        return [c.unknown(SMS_DIALER, Family.PERMISSIONS, N_("Default SMS and phone apps: could not be read"),
                          g.DATA_WITHOUT_CONSENT, [*sms.problems, *dialer.problems], ROLES_SOURCE)]
    key_of = {ROLE_SMS: "sms_default_application", ROLE_DIALER: "dialer_default_application"}
    findings = []
    for role, pkgs in holders.items():
        for pkg in pkgs:
            found = _chosen_app_finding(
                ctx, SMS_DIALER, pkg, f"{source} {role if source == ROLES_SOURCE else key_of[role]}",
                N_("{app} gets your text messages") if role == ROLE_SMS else N_("{app} handles your calls"),
                N_("This app is set as the default for texts or calls, so it receives them all, login codes "
                   "too. It did not come with the phone. If you chose it, check that you trust its maker."),
                N_("This app is set as the default for texts or calls, so it receives them all, login codes "
                   "too. It was installed from outside an app store. Do not remove it yet: if it is watching, "
                "removing it can warn the person who installed it. Keep a record and make a safety plan first."),
                _STEP_DEFAULT_APPS,
            )
            if found is not None:
                findings.append(found)
    return findings or [Finding(
        SMS_DIALER, Family.PERMISSIONS, Severity.OK, N_("The SMS and phone apps came with the phone"),
        N_("Texts and calls go to apps that are part of the phone."), g.DATA_WITHOUT_CONSENT,
        (c.ev(source, "; ".join(f"{r}: {', '.join(p) or 'none'}" for r, p in holders.items())),),
    )]


_STEP_PROXY = c.manual(
    N_("Remove the proxy"),
    N_("Open Settings, then Network, then Wi-Fi, tap the network, then Edit or Advanced, and set Proxy "
       "to None. If you did not set it, keep a record first."),
    "android.settings.WIFI_SETTINGS",
)


@check(reads=("settings_global", "settings_secure", "packages", "package_details"), finding_id=TRAFFIC,
       gap_title=N_("Proxy and VPN: could not be read"))
def check_traffic_route(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """A proxy set for the whole phone, or an always-on VPN from an app installed by hand, can
    read and change what the phone sends. (A VPN the person chose is good practice: issue 14's
    network checks speak about that.)"""
    ctx = ctx or Context.of(snap)
    proxy_known, proxy = snap.setting("global", "http_proxy")
    host_known, host = snap.setting("global", "global_http_proxy_host")
    vpn_known, vpn = snap.setting("secure", "always_on_vpn_app")
    if not (proxy_known and host_known and vpn_known):
        return [c.unknown(TRAFFIC, Family.PERMISSIONS, N_("Proxy and VPN: could not be read"), g.DATA_WITHOUT_CONSENT,
                          [*snap.settings("global").problems, *snap.settings("secure").problems],
                          "settings global http_proxy")]
    findings = []
    for key, value in (("http_proxy", proxy), ("global_http_proxy_host", host)):
        if value and value.strip() not in (":0", "null", ""):
            findings.append(Finding(
                TRAFFIC, Family.PERMISSIONS, Severity.MEDIUM, N_("Your internet goes through another computer"),
                N_("A proxy is set for the whole phone: another computer can see, and change, what the phone "
                   "sends and receives. If you did not set it up, someone may be watching your internet use."),
                g.DATA_WITHOUT_CONSENT, (c.ev(f"settings global {key}", value),), subject=key,
                manual_steps=(c.STEP_RECORD_FIRST, _STEP_PROXY),
            ))
            break
    app = ctx.app(vpn) if vpn else None
    if vpn and (app is None or ctx.sideloaded(app)):
        findings.append(Finding(
            TRAFFIC, Family.PERMISSIONS, Severity.MEDIUM, N_("{app} can read your internet traffic"),
            N_("This app is set as an always-on VPN, so everything the phone sends goes through it. It was "
               "installed from outside an app store. If you did not choose it, "
               "do not remove it yet: if it is watching, "
               "removing it can warn the person who installed it. Keep a record and make a safety plan first."),
            g.DATA_WITHOUT_CONSENT,
            (c.ev("settings secure always_on_vpn_app", vpn),
             c.ev("pm list packages", f"{vpn} installer={app.installer if app and app.installer else 'null'}")),
            subject=v.shown(vpn), params={"app": ctx.label(vpn), "package": v.shown(vpn)},
            manual_steps=_STEPS_WATCHING,
        ))
    return findings or [Finding(
        TRAFFIC, Family.PERMISSIONS, Severity.OK, N_("No proxy, and no VPN from outside a store"),
        N_("The phone's internet does not go through a proxy or a VPN app installed by hand."),
        g.DATA_WITHOUT_CONSENT,
        (c.ev("settings global http_proxy", proxy), c.ev("settings secure always_on_vpn_app", vpn)),
    )]


_STEP_CERTIFICATES = c.manual(
    N_("Look at the certificates added to the phone"),
    N_(
        "Open Settings, then Security (or Security and privacy), then More security settings or Encryption "
        "and credentials, then Trusted credentials, and the User tab. If a certificate is there that you "
        "did not add, keep a record and get help before you remove it."
    ),
    c.ACTION_SECURITY,
)


@check(reads=("user_certs",), finding_id=USER_CERTS, gap_title=N_("Certificates added to the phone: could not be read"))
def check_user_certificates(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """A certificate added by a person lets whoever holds its key read traffic that apps protect
    (a "man in the middle"). Most phones keep the folder from the shell: then the person is
    shown where to look."""
    certs = snap.user_certs.value
    source = "ls /data/misc/user/0/cacerts-added"
    if certs is None:
        gap = c.unknown(USER_CERTS, Family.PERMISSIONS, N_("Certificates added to the phone: could not be read"),
                        g.DATA_WITHOUT_CONSENT, snap.user_certs.problems, source)
        return [dataclasses.replace(gap, manual_steps=(_STEP_CERTIFICATES,))]
    if certs.files:
        return [Finding(
            USER_CERTS, Family.PERMISSIONS, Severity.MEDIUM, N_("Someone added a certificate to the phone"),
            N_("A certificate was added to the ones the phone trusts. With it, another computer can read internet "
               "traffic that apps protect. If you did not add it, keep a record and get help before you remove it."),
            g.DATA_WITHOUT_CONSENT, (c.ev(source, ", ".join(certs.files)),),
            params={"count": len(certs.files)}, manual_steps=(c.STEP_RECORD_FIRST, _STEP_CERTIFICATES),
        )]
    return [Finding(USER_CERTS, Family.PERMISSIONS, Severity.OK, N_("No certificate was added to the phone"),
                    N_("The phone trusts only the certificates it came with."), g.DATA_WITHOUT_CONSENT,
                    (c.ev(source, "none"),))]


STALKERWARE_IDS = (COMBINATION, HIDDEN, IMPOSTOR, RUNNING, SECURITY_OFF)
PERMISSION_IDS = (KEYBOARD, SMS_DIALER, TRAFFIC, USER_CERTS)
FINDING_IDS = STALKERWARE_IDS + PERMISSION_IDS

STALKERWARE_CHECKS: tuple[Check, ...] = (
    check_spy_combination, check_hidden_apps, check_system_impostors, check_accessibility_running, check_security_off,
)
PERMISSION_CHECKS: tuple[Check, ...] = (check_keyboard, check_sms_dialer, check_traffic_route, check_user_certificates)
