"""Cloud family: copies of the phone's data that live on someone else's computer.

A copy in an account can be read without the phone: by anyone who learns the password (an
abusive partner, a blackmailer) or by the company when police ask. These checks show the
accounts (names masked unless the person asks), what syncs, whether Android backup runs, and
the apps that upload photos or chats. What ADB cannot see (WhatsApp's Google Drive backup,
Google Photos backup, Samsung and Xiaomi cloud settings) becomes a guided check on the phone.
"""

from __future__ import annotations

from collections import defaultdict

from hardener.checks import _common as c
from hardener.checks import _validate as v
from hardener.checks import guide_refs as g
from hardener.checks._context import Check, Context, check
from hardener.checks.finding import Evidence, Family, Finding, ManualStep, Severity
from hardener.checks.permissions import STORAGE_PERMISSIONS
from hardener.data import indicators
from hardener.device import facts as f
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

FAM = Family.CLOUD

# Account types people recognise by the company's name (android-shell-spec 3.1).
SERVICES = {
    "com.google": "Google",
    "com.osp.app.signin": "Samsung",
    "com.xiaomi": "Xiaomi",
    "com.huawei.hwid": "Huawei",
    "com.whatsapp": "WhatsApp",
    "com.whatsapp.w4b": "WhatsApp Business",
    "org.telegram.messenger": "Telegram",
    "org.thoughtcrime.securesms": "Signal",
    "com.facebook.auth.login": "Facebook",
    "com.microsoft.workaccount": "Microsoft",
    "com.dropbox.android.account": "Dropbox",
}

# Sync authorities whose data matters most, matched by a word in the authority name.
_SYNC_DATA: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("contacts", N_("contacts"), ("contacts",)),
    ("calendar", N_("calendar"), ("calendar",)),
    ("photos", N_("photos"), ("photo", "gallery", "picasa")),
    ("messages", N_("messages"), ("sms", "mms", "messag")),
    ("call_log", N_("call history"), ("calllog", "call_log")),
)

_STEP_ACCOUNTS = c.manual(
    N_("Check the accounts"),
    N_(
        "Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not "
        "know. Change the password of any account someone else may know."
    ),
    c.ACTION_SYNC,
)


def service_name(account_type: str) -> str:
    """The service an account belongs to: our name for it, else the last word of its type
    (``com.motorola.blur.service.bsutils.MOTOROLA`` -> ``MOTOROLA``): a title shows no
    package-like name; the whole type stays in the evidence."""
    known = SERVICES.get(account_type)
    if known:
        return known
    last = account_type.rstrip(".").rsplit(".", 1)[-1]
    return v.shown(last or account_type)


def shown_account(name: str, ctx: Context) -> str:
    return v.shown(name) if ctx.show_names else v.mask_account(name)


@check(reads=("accounts",), finding_id="cloud.accounts", gap_title=N_("Accounts: could not be read"))
def check_accounts(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide = "cloud.accounts", g.SEPARATE_IDENTITY
    accounts = snap.accounts.value
    if accounts is None:
        return [c.unknown(fid, FAM, N_("Accounts: could not be read"), guide, snap.accounts.problems,
                          "dumpsys account")]
    by_type: dict[str, list[f.Account]] = defaultdict(list)
    for account in accounts:
        by_type[account.type].append(account)
    findings = []
    for account_type, group in sorted(by_type.items()):
        names = [shown_account(a.name, ctx) for a in group]
        findings.append(Finding(
            fid, FAM, Severity.INFO, N_("Accounts on this phone: {service} ({count})"),
            N_(
                "Whoever knows the password of an account can see what it keeps (messages, photos, "
                "contacts, location) from anywhere, without the phone. Check that you know every "
                "account here, and keep work and private accounts apart."
            ),
            guide,
            tuple(
                c.ev("dumpsys account", f"user {a.user_id}: {n} ({a.type})")
                for a, n in zip(group, names, strict=True)
            ),
            subject=v.shown(account_type),
            params={"service": service_name(account_type), "count": len(group), "names": ", ".join(names)},
            manual_steps=(_STEP_ACCOUNTS,),
        ))
    if findings:
        return findings
    return [Finding(
        fid, FAM, Severity.OK, N_("No accounts on this phone"),
        N_("No account copies data from this phone to the internet."),
        guide, (c.ev("dumpsys account", "no accounts"),),
    )]


@check(reads=("sync",), finding_id="cloud.auto_sync", gap_title=N_("Automatic sync: could not be read"))
def check_auto_sync(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide = "cloud.auto_sync", g.WRONG_HANDS
    title_unknown = N_("Automatic sync: could not be read")
    sync = snap.sync.value
    if sync is None:
        return [c.unknown(fid, FAM, title_unknown, guide, snap.sync.problems, "dumpsys content")]
    master = sync.master_sync.get(ctx.user_id)
    if master is None:
        return [c.unknown(fid, FAM, title_unknown, guide, [f"no \"Auto sync\" state for user {ctx.user_id}"],
                          "dumpsys content")]
    evidence = (c.ev("dumpsys content", f"Auto sync: u{ctx.user_id}={str(master).lower()}"),)
    accounts = snap.accounts.value
    if accounts is not None:
        has_accounts = any(a.user_id == ctx.user_id for a in accounts)
    else:
        has_accounts = any(a.user_id == ctx.user_id for a in sync.authorities)
    if master and has_accounts:
        return [Finding(
            fid, FAM, Severity.MEDIUM, N_("Accounts copy data off the phone automatically"),
            N_(
                "\"Sync automatically\" is on: contacts, calendar and more are copied to the accounts "
                "all the time. That copy can be read without the phone by anyone with the password, "
                "or handed to police by the company."
            ),
            guide, evidence,
            manual_steps=(c.manual(
                N_("Switch off automatic sync"),
                N_(
                    "Open Settings, then Accounts. Turn off \"Automatically sync data\" (it may be in "
                    "the menu at the top). You can still sync by hand when you choose."
                ),
                c.ACTION_SYNC,
            ),),
        )]
    return [Finding(
        fid, FAM, Severity.OK,
        N_("Automatic sync is off") if not master else N_("Automatic sync has no account to copy to"),
        N_("Nothing is copied to an account unless you choose to sync."),
        guide, evidence,
    )]


def _sync_categories(authority: str) -> list[tuple[str, str]]:
    low = authority.lower()
    return [(cid, label) for cid, label, words in _SYNC_DATA if any(w in low for w in words)]


@check(reads=("sync",), finding_id="cloud.sync_sensitive", gap_title=N_("What accounts copy: could not be read"))
def check_sync_data(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide = "cloud.sync_sensitive", g.POLICE_ACCESS_TO_DATA
    sync = snap.sync.value
    if sync is None:
        return [c.unknown(fid, FAM, N_("What accounts copy: could not be read"), guide, snap.sync.problems,
                          "dumpsys content")]
    per_account: dict[tuple[int, str, str], list[tuple[f.SyncAuthority, list[tuple[str, str]]]]] = defaultdict(list)
    for auth in sync.authorities:
        if auth.enabled is not True or (auth.syncable is not None and auth.syncable <= 0):
            continue
        cats = _sync_categories(auth.authority)
        if cats:
            per_account[(auth.user_id, auth.account_type, auth.account_name)].append((auth, cats))
    findings = []
    index_in_type: dict[str, int] = defaultdict(int)
    for (user_id, account_type, name), rows in sorted(per_account.items()):
        index_in_type[account_type] += 1
        shown_name = shown_account(name, ctx)
        labels = dict.fromkeys(label for _, cats in rows for _, label in cats)
        ids = tuple(dict.fromkeys(cid for _, cats in rows for cid, _ in cats))
        findings.append(Finding(
            fid, FAM, Severity.MEDIUM if sync.master_sync.get(user_id) else Severity.INFO,
            N_("{service} account {account} copies your {data}"),
            N_(
                "These are copied to the account's servers. Anyone who gets into the account, or the "
                "company when police ask, can read them without your phone."
            ),
            guide,
            tuple(
                c.ev("dumpsys content", f"{shown_name} u{user_id} {account_type}: {a.authority} "
                                        f"syncable={a.syncable} enabled=true")
                for a, _ in rows
            ),
            subject=f"{v.shown(account_type)}#{index_in_type[account_type]}",
            params={
                "service": service_name(account_type),
                "account": shown_name,
                "data": tuple(labels),
                "data_ids": ids,
                "user": user_id,
            },
            manual_steps=(c.manual(
                N_("Choose what this account copies"),
                N_(
                    "Open Settings, then Accounts, then this account, then Account sync. Turn off what "
                    "should stay only on the phone, for example contacts and messages."
                ),
                c.ACTION_SYNC,
            ),),
        ))
    if findings:
        return findings
    return [Finding(
        fid, FAM, Severity.OK, N_("No account copies contacts, calendar, photos or messages"),
        N_("Good. These stay on the phone."),
        guide, (c.ev("dumpsys content", f"{len(sync.authorities)} sync entries, none of these switched on"),),
    )]


@check(reads=("backup_enabled",), finding_id="cloud.backup", gap_title=N_("Backup: could not be read"))
def check_backup(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    fid, guide = "cloud.backup", g.THOUGHT_SAFE
    state = snap.backup_transports.value
    enabled = snap.backup_enabled.value
    if enabled is None and state is not None:
        enabled = state.enabled
    if enabled is None:
        problems = snap.backup_enabled.problems + snap.backup_transports.problems
        return [c.unknown(fid, FAM, N_("Backup: could not be read"), guide, problems, "bmgr enabled")]
    transport = state.current_transport if state is not None else None
    evidence = (
        c.ev("bmgr enabled", "enabled" if enabled else "disabled"),
        c.ev("bmgr list transports", transport or "not read"),
    )
    if not enabled:
        return [Finding(
            fid, FAM, Severity.OK, N_("Android backup is off"),
            N_("The phone does not copy its apps' data to an account."),
            guide, evidence,
        )]
    local = transport is not None and "localtransport" in transport
    return [Finding(
        fid, FAM, Severity.INFO if local else Severity.MEDIUM,
        N_("The phone backs itself up to the cloud"),
        N_(
            "Android backup copies app data and settings, and with Google often text messages and call "
            "history, to your account. Anyone with the password, or the company when police ask, can "
            "read it without the phone."
        ),
        guide, evidence,
        params={"transport": v.shown(transport or "")},
        auto_fixes=(c.bmgr_enable(False),),
        manual_steps=(c.manual(
            N_("Check what is backed up"),
            N_(
                "Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. "
                "Turn backup off if the account is not safe, and delete old backups there."
            ),
            c.ACTION_PRIVACY,
        ),),
    )]


# Guided checks for what only the app itself shows (android-shell-spec 3.4).
GUIDED_CHECKS: dict[str, ManualStep] = {
    "google_photos": c.manual(
        N_("Check Google Photos backup"),
        N_(
            "Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup "
            "is on, every photo and video goes to your Google account. Turn it off if that account is "
            "not safe."
        ),
    ),
    "whatsapp_backup": c.manual(
        N_("Check WhatsApp chat backup"),
        N_(
            "Open WhatsApp, then Settings, then Chats, then Chat backup. If \"Back up to Google Drive\" "
            "is not \"Never\", your chats are copied there. Choose Never if that account is not safe, "
            "and delete the old backup in Google Drive."
        ),
    ),
    "samsung_cloud": c.manual(
        N_("Check Samsung Cloud"),
        N_(
            "Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and "
            "synced: messages, call history, photos. Turn off what should stay only on the phone."
        ),
        c.ACTION_SYNC,
    ),
    "xiaomi_cloud": c.manual(
        N_("Check Xiaomi Cloud"),
        N_(
            "Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: "
            "messages, gallery, contacts, call history. Turn off what should stay only on the phone."
        ),
        c.ACTION_SYNC,
    ),
}
_GUIDED_DEFAULT = c.manual(
    N_("Check what this app uploads"),
    N_(
        "Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the "
        "account is not safe."
    ),
)


@check(
    reads=("packages", "package_details"), finding_id="cloud.backup_app",
    gap_title=N_("Cloud apps: could not be read"),
)
def check_backup_apps(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide = "cloud.backup_app", g.WRONG_HANDS
    if ctx.apps is None:
        return [c.unknown(fid, FAM, N_("Cloud apps: could not be read"), guide, [ctx.apps_problem],
                          "pm list packages -f -i -U -u")]
    all_files_apps = set(ctx.allowed_ops("MANAGE_EXTERNAL_STORAGE"))
    findings = []
    for name, known in sorted(indicators.cloud_apps().items()):
        app = ctx.app(name)
        if app is None or not app.installed_for(ctx.user_id):
            continue
        storage = sorted(STORAGE_PERMISSIONS & app.granted(ctx.user_id))
        all_files = name in all_files_apps
        evidence: list[Evidence] = [c.ev("pm list packages", name)]
        if storage:
            evidence.append(c.ev(f"dumpsys package {name} (user {ctx.user_id})", ", ".join(storage)))
        if all_files:
            evidence.append(c.ev("appops MANAGE_EXTERNAL_STORAGE", f"{name}: allow"))
        off = app.switched_off(ctx.user_id)
        if off:
            evidence.append(c.ev(f"dumpsys package {name}", "switched off"))
        messages = known.kind == "messages"
        if off:
            severity = Severity.INFO
        elif messages or storage or all_files:
            severity = Severity.MEDIUM
        else:
            severity = Severity.INFO
        if messages:
            title = N_("{app} may copy your chats to the cloud")
            explanation = N_(
                "{app} can back up all your chats, photos and voice messages to Google Drive. hardener "
                "cannot see whether it does, so please check. Anyone who gets into that Google account "
                "can read the backup."
            )
        else:
            title = N_("{app} can copy photos and files to the cloud")
            explanation = N_(
                "{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, "
                "so please check. Anyone who gets into the account can see them."
            )
        findings.append(Finding(
            fid, FAM, severity, title, explanation, guide, tuple(evidence),
            subject=name,
            params={"app": known.name, "kind": known.kind, "storage_access": bool(storage or all_files)},
            auto_fixes=c.fixes(c.revoke(name, p) for p in storage),
            manual_steps=(GUIDED_CHECKS.get(known.check, _GUIDED_DEFAULT),),
        ))
    if findings:
        return findings
    return [Finding(
        fid, FAM, Severity.OK, N_("No cloud photo or backup app found"),
        N_("No app from hardener's list of cloud photo, file and chat backup apps is on this phone."),
        guide, (c.ev("pm list packages", f"{len(ctx.apps)} apps compared"),),
    )]


FINDING_IDS = ("cloud.accounts", "cloud.auto_sync", "cloud.sync_sensitive", "cloud.backup", "cloud.backup_app")

CHECKS: tuple[Check, ...] = (
    check_accounts,
    check_auto_sync,
    check_sync_data,
    check_backup,
    check_backup_apps,
)
