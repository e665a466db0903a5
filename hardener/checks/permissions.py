"""Permissions family: which apps can reach private data, or watch and control the phone.

A spying app needs the same doors as any app: runtime permissions (location, microphone, SMS,
...), special access (accessibility, notification access, device admin, drawing over apps,
usage access) and a way in (installed from outside a store). Social and dating apps that hold
the contact list are here too: they are how platforms link a work identity to a private one.
Preinstalled apps hold many permissions by design; they are left out of the noisy per-app
listing, but an app from outside a store is always shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hardener.checks import _common as c
from hardener.checks import _validate as v
from hardener.checks import guide_refs as g
from hardener.checks._context import App, Check, Context, check
from hardener.checks.finding import Evidence, Family, Finding, FixKind, GuideRef, ManualStep, Severity
from hardener.data import indicators
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

FAM = Family.PERMISSIONS
_P = "android.permission."


@dataclass(frozen=True)
class Group:
    id: str
    label: str  # N_-marked, shown in a list of what an app can use
    permissions: frozenset[str]


def _group(gid: str, label: str, *names: str) -> Group:
    return Group(gid, label, frozenset(_P + n for n in names))


# Android's dangerous permission groups (android-shell-spec 2.3), in the order they are shown.
# Android 10+ reports every platform permission as group UNDEFINED, so the map is ours.
GROUPS: tuple[Group, ...] = (
    _group("location_background", N_("location all the time"), "ACCESS_BACKGROUND_LOCATION"),
    _group("location", N_("location"), "ACCESS_FINE_LOCATION", "ACCESS_COARSE_LOCATION", "ACCESS_MEDIA_LOCATION"),
    _group("microphone", N_("microphone"), "RECORD_AUDIO"),
    _group("camera", N_("camera"), "CAMERA"),
    _group("sms", N_("text messages"), "SEND_SMS", "RECEIVE_SMS", "READ_SMS", "RECEIVE_MMS", "RECEIVE_WAP_PUSH"),
    _group("call_log", N_("call history"), "READ_CALL_LOG", "WRITE_CALL_LOG", "PROCESS_OUTGOING_CALLS"),
    _group("contacts", N_("contacts"), "READ_CONTACTS", "WRITE_CONTACTS", "GET_ACCOUNTS"),
    _group("calendar", N_("calendar"), "READ_CALENDAR", "WRITE_CALENDAR"),
    _group("phone", N_("phone calls"), "READ_PHONE_STATE", "READ_PHONE_NUMBERS", "CALL_PHONE",
           "ANSWER_PHONE_CALLS", "USE_SIP", "ADD_VOICEMAIL", "ACCEPT_HANDOVER"),
    _group("photos_files", N_("photos and files"), "READ_EXTERNAL_STORAGE", "WRITE_EXTERNAL_STORAGE",
           "READ_MEDIA_IMAGES", "READ_MEDIA_VIDEO", "READ_MEDIA_VISUAL_USER_SELECTED"),
    _group("body_sensors", N_("body sensors"), "BODY_SENSORS", "BODY_SENSORS_BACKGROUND"),
    _group("nearby_devices", N_("nearby devices"), "BLUETOOTH_SCAN", "BLUETOOTH_CONNECT",
           "BLUETOOTH_ADVERTISE", "NEARBY_WIFI_DEVICES", "UWB_RANGING"),
)
_GROUP_BY_ID = {grp.id: grp for grp in GROUPS}
# What a spying app needs. With these, an app from outside a store is a high finding.
_SPYING = frozenset({"location_background", "location", "microphone", "camera", "sms", "call_log", "contacts"})
# What an ordinary store app rarely needs.
_UNUSUAL = frozenset({"location_background", "sms", "call_log"})

CONTACT_PERMISSIONS = (_P + "READ_CONTACTS", _P + "WRITE_CONTACTS")
STORAGE_PERMISSIONS = frozenset(_GROUP_BY_ID["photos_files"].permissions)


def groups_of(granted: frozenset[str]) -> list[tuple[Group, list[str]]]:
    """The groups ``granted`` reaches, each with its granted permissions, in display order."""
    return [(grp, sorted(grp.permissions & granted)) for grp in GROUPS if grp.permissions & granted]


def _details_unknown(snap: Snapshot, fid: str, title: str, guide: GuideRef) -> Finding | None:
    if snap.package_details.value is None:
        return c.unknown(fid, FAM, title, guide, snap.package_details.problems, "dumpsys package packages")
    return None


def _permissions_unknown(ctx: Context, fid: str, app: App, user_id: int, guide: GuideRef) -> Finding:
    """One app whose permissions the dump did not show (e.g. a shared-uid app)."""
    return c.unknown(
        fid, FAM, N_("Permissions of {app}: could not be read"), guide,
        [f"no runtime permission list for user {user_id}"], f"dumpsys package {app.name}",
        subject=app.shown, extra={"app": ctx.label(app.name)},
    )


_STEP_PERMISSIONS = c.manual(
    N_("Take away permissions the app does not need"),
    N_(
        "Open Settings, then Apps, then this app, then Permissions. Choose \"Don't allow\" for what it "
        "does not need. The app will ask again if it really needs something."
    ),
    c.ACTION_APPS,
)


@check(
    reads=("package_details",), finding_id="permissions.dangerous_granted",
    gap_title=N_("App permissions: could not be read"),
)
def check_dangerous_permissions(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide = "permissions.dangerous_granted", g.DATA_WITHOUT_CONSENT
    missing = _details_unknown(snap, fid, N_("App permissions: could not be read"), guide)
    if missing is not None:
        return [missing]
    findings: list[Finding] = []
    for app in ctx.user_apps():
        if not app.permissions_known(ctx.user_id):
            findings.append(_permissions_unknown(ctx, fid, app, ctx.user_id, guide))
            continue
        reached = groups_of(app.granted(ctx.user_id))
        if not reached:
            continue
        ids = {grp.id for grp, _ in reached}
        sideloaded = ctx.sideloaded(app)
        if sideloaded:
            severity = Severity.HIGH if ids & _SPYING else Severity.MEDIUM
            explanation = N_(
                "This app did not come from an app store, and it can reach your private things. "
                "Spying apps work like this. If you do not know this app, keep a record and get help "
                "before you remove it."
            )
        elif ids & _UNUSUAL:
            severity = Severity.MEDIUM
            explanation = N_(
                "This app can know where you are all the time, or read your text messages or call "
                "history. Most apps do not need that. Take away what it does not need."
            )
        else:
            severity = Severity.INFO
            explanation = N_(
                "Check that this app needs these. You can take away any of them; the app will ask "
                "again if it really needs one."
            )
        source = f"dumpsys package {app.name} (user {ctx.user_id})"
        findings.append(Finding(
            fid, FAM, severity, N_("{app} can use: {groups}"), explanation, guide,
            tuple(c.ev(source, f"{grp.id}: {', '.join(perms)}") for grp, perms in reached),
            subject=app.shown,
            params={
                "app": ctx.label(app.name),
                "groups": tuple(grp.label for grp, _ in reached),
                "group_ids": tuple(grp.id for grp, _ in reached),
                "sideloaded": sideloaded,
            },
            auto_fixes=c.fixes(c.revoke(app.name, p) for _, perms in reached for p in perms),
            manual_steps=(_STEP_PERMISSIONS,),
        ))
    if findings:
        return findings
    return [Finding(
        fid, FAM, Severity.OK, N_("No app you installed can reach private data"),
        N_("Good. No app you installed can use location, microphone, camera, messages, calls or contacts."),
        guide, (c.ev("dumpsys package packages", f"{len(ctx.user_apps())} installed apps checked"),),
    )]


def on_spying_lists(ctx: Context, package: str) -> bool:
    """On a stalkerware or monitoring list by name or by signing certificate (a dual-use flag
    alone is not enough to alarm)."""
    found = list(ctx.indicators.for_package(package))
    app = ctx.app(package)
    if app is not None:
        for digest in ctx.digests(app):
            found += ctx.indicators.for_certificate(digest)
    return any(i.kind.strength <= 1 for i in found)


def _access_severity(ctx: Context, package: str) -> Severity:
    """How worrying special access is, by where the app came from."""
    app = ctx.app(package)
    if on_spying_lists(ctx, package):
        return Severity.HIGH
    if app is None:
        return Severity.MEDIUM
    if app.is_system is True:
        return Severity.INFO
    return Severity.HIGH if ctx.sideloaded(app) else Severity.MEDIUM


@dataclass(frozen=True)
class _ComponentAccess:
    """A special access granted by listing components in a secure setting."""

    fid: str
    key: str
    fix_kind: FixKind
    title: str
    explanation: str
    step: ManualStep
    unknown_title: str
    ok_title: str
    ok_explanation: str


_ACCESSIBILITY = _ComponentAccess(
    "permissions.accessibility", "enabled_accessibility_services", FixKind.REMOVE_ACCESSIBILITY_SERVICE,
    N_("{app} can see and control your screen"),
    N_(
        "Accessibility access lets an app read everything on the screen, see what you type, and tap "
        "for you. Spying apps use it. Keep it only for apps you chose, like a screen reader."
    ),
    c.manual(
        N_("Switch off accessibility for apps you do not know"),
        N_(
            "Open Settings, then Accessibility. Find the app (it may be under \"Installed apps\" or "
            "\"Downloaded apps\") and turn it off."
        ),
        c.ACTION_ACCESSIBILITY,
    ),
    N_("Accessibility apps: could not be read"),
    N_("No app can see and control your screen"),
    N_("Good. No accessibility service is switched on."),
)

_LISTENERS = _ComponentAccess(
    "permissions.notification_listener", "enabled_notification_listeners", FixKind.DISALLOW_LISTENER,
    N_("{app} can read all your notifications"),
    N_(
        "This app sees every notification: message previews, codes, bookings, who is calling. Spying "
        "apps use this. Keep it only for apps you need, like a smartwatch app."
    ),
    c.manual(
        N_("Switch off notification access for apps you do not know"),
        N_(
            "Open Settings, then Notifications, then Notification access (on some phones: Apps, then "
            "Special app access). Turn it off for this app."
        ),
        c.ACTION_NOTIFICATION_LISTENERS,
    ),
    N_("Notification access: could not be read"),
    N_("No app reads your notifications"),
    N_("Good. No app has been given access to all your notifications."),
)


def _component_access(snap: Snapshot, ctx: Context, spec: _ComponentAccess, guide: GuideRef) -> list[Finding]:
    known, raw = snap.setting("secure", spec.key)
    source = f"settings secure {spec.key}"
    if not known:
        return [c.unknown(spec.fid, FAM, spec.unknown_title, guide, snap.settings("secure").problems, source)]
    components = [p.strip() for p in (raw or "").split(":") if p.strip()]
    # Accessibility services listed while accessibility itself is off do not run.
    _, a11y_on = snap.setting("secure", "accessibility_enabled")
    dormant = spec is _ACCESSIBILITY and a11y_on == "0"
    findings: list[Finding] = []
    for component in components:
        package = v.component_package(component)
        severity = Severity.INFO if dormant else _access_severity(ctx, package)
        steps: Sequence[ManualStep] = (spec.step,)
        if severity == Severity.HIGH:
            steps = (c.STEP_RECORD_FIRST, c.STEP_SAFETY_PLAN, spec.step)
        findings.append(Finding(
            spec.fid, FAM, severity, spec.title, spec.explanation, guide,
            (c.ev(source, component),),
            subject=v.shown(component),
            params={"app": ctx.label(package), "component": v.shown(component)},
            auto_fixes=c.fixes(c.component_fix(spec.fix_kind, component)),
            manual_steps=tuple(steps),
        ))
    if findings:
        return findings
    return [Finding(spec.fid, FAM, Severity.OK, spec.ok_title, spec.ok_explanation, guide, (c.ev(source, raw),))]


@check(
    reads=("settings_secure",), finding_id="permissions.accessibility",
    gap_title=N_("Accessibility apps: could not be read"),
)
def check_accessibility(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    return _component_access(snap, ctx or Context.of(snap), _ACCESSIBILITY, g.TRACKED_BY_APPS)


@check(
    reads=("settings_secure",), finding_id="permissions.notification_listener",
    gap_title=N_("Notification access: could not be read"),
)
def check_notification_listeners(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    return _component_access(snap, ctx or Context.of(snap), _LISTENERS, g.TRACKED_BY_APPS)


_STEP_ADMIN = c.manual(
    N_("Check device admin apps"),
    N_(
        "Open Settings, then Security, then Device admin apps (on some phones: Other security "
        "settings). Turn off apps you do not know. If you cannot, get help."
    ),
    c.ACTION_SECURITY,
)


@check(
    reads=("device_policy",), finding_id="permissions.device_admin",
    gap_title=N_("Device admin apps: could not be read"),
)
def check_device_admins(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, owner_fid, guide = "permissions.device_admin", "permissions.device_owner", g.TRACKED_BY_APPS
    policy = snap.device_policy.value
    if policy is None:
        return [c.unknown(fid, FAM, N_("Device admin apps: could not be read"), guide,
                          snap.device_policy.problems, "dumpsys device_policy")]
    findings: list[Finding] = []
    for admin in sorted(policy.admins, key=lambda a: (a.user_id, a.component)):
        package = v.component_package(admin.component)
        severity = _access_severity(ctx, package)
        steps = (c.STEP_RECORD_FIRST, c.STEP_SAFETY_PLAN, _STEP_ADMIN) if severity == Severity.HIGH else (_STEP_ADMIN,)
        findings.append(Finding(
            fid, FAM, severity, N_("{app} has device admin rights"),
            N_(
                "Device admin rights let an app lock the phone, erase it, or stop you from removing "
                "it. Keep them only for apps you know, like Find My Device or a work app."
            ),
            guide,
            (c.ev("dumpsys device_policy", f"user {admin.user_id}: {admin.component} "
                                           f"policies: {', '.join(admin.policies) or '-'}"),),
            subject=v.shown(admin.component),
            params={"app": ctx.label(package), "component": v.shown(admin.component)},
            manual_steps=steps,
        ))
    if policy.device_owner:
        findings.append(Finding(
            owner_fid, FAM, Severity.HIGH, N_("This phone is managed by {app}"),
            N_(
                "A \"device owner\" app controls almost everything on this phone and can see a lot. "
                "That is normal only on a work phone from an employer. If this is your own phone, "
                "get help."
            ),
            guide, (c.ev("dumpsys device_policy", f"device owner: {policy.device_owner}"),),
            subject=v.shown(policy.device_owner),
            params={"app": ctx.label(v.component_package(policy.device_owner))},
            manual_steps=(c.STEP_RECORD_FIRST, c.STEP_SAFETY_PLAN),
        ))
    for user_id, owner in sorted(policy.profile_owners.items()):
        findings.append(Finding(
            owner_fid, FAM, Severity.INFO, N_("A work profile is managed by {app}"),
            N_(
                "The work profile on this phone is run by its manager, often an employer. They can "
                "see the apps and data in that profile. Keep private things out of it."
            ),
            guide, (c.ev("dumpsys device_policy", f"profile owner of user {user_id}: {owner}"),),
            subject=v.shown(owner),
            params={"app": ctx.label(v.component_package(owner)), "user": user_id},
        ))
    if findings:
        return findings
    return [Finding(
        fid, FAM, Severity.OK, N_("No app has device admin rights"),
        N_("Good. No app can lock or erase the phone, or stop you from removing it."),
        guide, (c.ev("dumpsys device_policy", "no active admins, no owners"),),
    )]


@check(
    reads=("packages", "package_details"), finding_id="permissions.sideloaded_app",
    gap_title=N_("Where apps came from: could not be read"),
)
def check_sideloaded(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide = "permissions.sideloaded_app", g.DATA_WITHOUT_CONSENT
    if ctx.apps is None:
        return [c.unknown(fid, FAM, N_("Where apps came from: could not be read"), guide,
                          [ctx.apps_problem], "pm list packages -f -i -U -u")]
    findings: list[Finding] = []
    for app in ctx.user_apps():
        if not ctx.sideloaded(app):
            continue
        evidence: list[Evidence] = [c.ev("pm list packages -i", f"{app.name} installer={app.installer or 'null'}")]
        if app.detail is not None and app.detail.first_install is not None:
            installed = f"firstInstallTime={app.detail.first_install:%Y-%m-%d %H:%M}"
            evidence.append(c.ev(f"dumpsys package {app.name}", installed))
        findings.append(Finding(
            fid, FAM, Severity.MEDIUM, N_("{app} did not come from an app store"),
            N_(
                "No store checked this app. Spying apps are often put on a phone this way by someone "
                "who held it. If you did not install it yourself, do not remove it yet: keep a record "
                "and get help first."
            ),
            guide, tuple(evidence),
            subject=app.shown,
            params={"app": ctx.label(app.name), "installer": v.shown(app.installer or "null")},
            manual_steps=(
                c.manual(
                    N_("Do you know this app?"),
                    N_(
                        "Open Settings, then Apps, and look at this app. If you did not install it, "
                        "keep a record and get help before you remove it."
                    ),
                    c.ACTION_APPS,
                ),
                c.STEP_RECORD_FIRST,
            ),
        ))
    if findings:
        return findings
    return [Finding(
        fid, FAM, Severity.OK, N_("Every app you installed came from an app store"),
        N_("Good. No app on this phone was installed from a file or by another app."),
        guide, (c.ev("pm list packages -i", f"{len(ctx.user_apps())} installed apps checked"),),
    )]


# Dating apps get the social text: the same "people you may know" suggestions.
_CONTACTS_EXPLANATION = {
    "social": N_(
        "Apps like this upload your contacts and use them to suggest \"people you may know\". Clients, "
        "colleagues or family can then be shown your profile, or you theirs. That can out you."
    ),
    "caller_id": N_(
        "This app uploads your contact list to its own servers, where strangers can look up the names "
        "people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved "
        "them under, leave the phone."
    ),
    "messenger": N_(
        "This messenger uses your contacts to show who else uses it, and people who have your number "
        "can see that you use it. If that could out you, use it with a separate number."
    ),
}


@check(
    reads=("package_details",), finding_id="permissions.social_contacts",
    gap_title=N_("Social apps and your contacts: could not be read"),
)
def check_social_contacts(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide = "permissions.social_contacts", g.PEOPLE_YOU_MAY_KNOW
    missing = _details_unknown(snap, fid, N_("Social apps and your contacts: could not be read"), guide)
    if missing is not None:
        return [missing]
    social = indicators.social_apps()
    findings: list[Finding] = []
    present: list[str] = []
    for name, known in sorted(social.items()):
        app = ctx.app(name)
        if app is None or not app.installed_for(ctx.user_id):
            continue
        present.append(name)
        if not app.permissions_known(ctx.user_id):
            findings.append(_permissions_unknown(ctx, fid, app, ctx.user_id, guide))
            continue
        held = [p for p in CONTACT_PERMISSIONS if p in app.granted(ctx.user_id)]
        if not held:
            continue
        findings.append(Finding(
            fid, FAM, Severity.INFO if known.kind == "messenger" else Severity.MEDIUM,
            N_("{app} can read your contacts"),
            _CONTACTS_EXPLANATION.get(known.kind, _CONTACTS_EXPLANATION["social"]),
            guide,
            (c.ev(f"dumpsys package {name} (user {ctx.user_id})", ", ".join(held)),),
            subject=name,
            params={"app": known.name, "kind": known.kind},
            auto_fixes=c.fixes(c.revoke(name, p) for p in held),
            manual_steps=(c.manual(
                N_("Take away contacts access"),
                N_(
                    "Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "
                    "\"Don't allow\". In the app's own settings, also turn off contact upload or sync, "
                    "and delete contacts it already uploaded."
                ),
                c.ACTION_APPS,
            ),),
        ))
    if findings:
        return findings
    return [Finding(
        fid, FAM, Severity.OK, N_("No social or dating app can read your contacts"),
        N_("Good. The social, dating and caller-ID apps on this phone cannot read your contact list."),
        guide, (c.ev("dumpsys package packages", ", ".join(present) or "no social or dating app installed"),),
    )]


FINDING_IDS = (
    "permissions.dangerous_granted",
    "permissions.accessibility",
    "permissions.notification_listener",
    "permissions.device_admin",
    "permissions.device_owner",
    "permissions.sideloaded_app",
    "permissions.social_contacts",
)

CHECKS: tuple[Check, ...] = (
    check_dangerous_permissions,
    check_accessibility,
    check_notification_listeners,
    check_device_admins,
    check_sideloaded,
    check_social_contacts,
)
