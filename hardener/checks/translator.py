"""Translator family: the history that police read to prove sex work (Project X, Singapore).

Migrant workers talk with clients through translation apps; the apps keep what was typed or
said. ADB cannot read that history (it is app-private), but it can find the apps, see how much
data they hold and when they were last used, and wipe or switch them off. The copy kept in the
person's Google account is out of the phone's reach: that is a guided step.
"""

from __future__ import annotations

import datetime as dt
import re

from hardener.checks import _common as c
from hardener.checks import guide_refs as g
from hardener.checks._context import App, Check, Context, check
from hardener.checks.finding import Evidence, Family, Finding, FixKind, Severity
from hardener.data import indicators
from hardener.data.indicators import KnownApp
from hardener.device import facts as f
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

FAM = Family.TRANSLATOR
APP_ID, ACCOUNT_ID = "translator.app", "translator.account_history"

# Names that say "translator" in several languages' app ids (android-shell-spec 4.4); "deeplink"
# is a common word in unrelated apps, so DeepL is matched without it.
NAME_PATTERN = re.compile(r"translat|interpreter|papago|deepl(?!ink)|reverso", re.IGNORECASE)

_MICROPHONE = "android.permission.RECORD_AUDIO"
_CONTACTS = ("android.permission.READ_CONTACTS", "android.permission.WRITE_CONTACTS")

STEP_CLEAR_IN_APP = c.manual(
    N_("Clear the history in the app"),
    N_(
        "Open the app. Find History (often in the menu or under your profile picture) and delete it "
        "all. In the app's settings, turn off saving history if you can. Remove saved or starred "
        "phrases too."
    ),
)


def translator_apps(ctx: Context) -> list[tuple[App, KnownApp | None]]:
    """Translators on the phone: those on our list, and others whose package name says so.

    The name match is left out for preinstalled apps: system translation *services* have no
    history of their own, and flagging them would teach people to ignore this finding.
    """
    if ctx.apps is None:
        return []
    listed = indicators.translators()
    found: list[tuple[App, KnownApp | None]] = []
    for name, app in sorted(ctx.apps.items()):
        known = listed.get(name)
        if known is not None or (app.is_system is not True and NAME_PATTERN.search(name)):
            found.append((app, known))
    return found


def _last_used(usage: f.UsageStats | None, package: str, user_id: int) -> dt.datetime | None:
    """Last use by the scanned user when the dump is per user; else the newest over all users."""
    if usage is None:
        return None
    if usage.by_user:
        return usage.by_user.get(user_id, {}).get(package)
    return usage.last_used.get(package)


# Under this, an app's data holds no conversations: a fresh install or a cleared app keeps a few
# settings files (a few KiB); a used translator keeps megabytes.
_EMPTY_DATA_BYTES = 64 * 1024


@check(reads=("packages", "package_details"), finding_id=APP_ID, gap_title=N_("Translation apps: could not be read"))
def check_translator_apps(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    guide = g.TRANSLATE_HISTORY
    if ctx.apps is None:
        return [c.unknown(APP_ID, FAM, N_("Translation apps: could not be read"), guide, [ctx.apps_problem],
                          "pm list packages -f -i -U -u")]
    disk = snap.diskstats.value
    usage = snap.usagestats.value
    findings = []
    for app, known in translator_apps(ctx):
        name = app.name
        evidence: list[Evidence] = [c.ev("pm list packages", f"{name} installer={app.installer or 'null'}")]
        if not app.installed_for(ctx.user_id):
            evidence.append(c.ev(f"dumpsys package {name}", f"removed for user {ctx.user_id}; its data may remain"))
        size = disk.sizes.get(name) if disk is not None else None
        data_bytes = size.data_bytes if size is not None else None
        if data_bytes is not None:
            evidence.append(c.ev("dumpsys diskstats", f"{name}: data {c.human_bytes(data_bytes)} (may be days old)"))
        else:
            evidence.append(c.ev("dumpsys diskstats", "size not known"))
        last = _last_used(usage, name, ctx.user_id)
        if last is not None:
            evidence.append(c.ev("dumpsys usagestats", f"{name}: last used {last:%Y-%m-%d %H:%M}"))
        else:
            evidence.append(c.ev("dumpsys usagestats", "not read" if usage is None else "no use recorded"))
        granted = app.granted(ctx.user_id)
        microphone = _MICROPHONE in granted
        contacts = [p for p in _CONTACTS if p in granted]
        if microphone or contacts:
            evidence.append(c.ev(f"dumpsys package {name} (user {ctx.user_id})",
                                 ", ".join(([_MICROPHONE] if microphone else []) + contacts)))
        # With usage stats read and no use recorded, the history is probably small; otherwise
        # assume it holds conversations. An app whose data is (almost) empty holds no history
        # now: just cleared, or never used (Android's size can be a day old: said in evidence).
        severity = Severity.MEDIUM if usage is not None and last is None else Severity.HIGH
        title = N_("{app} keeps a history of what you translate")
        if data_bytes is not None and data_bytes < _EMPTY_DATA_BYTES:
            severity, title = Severity.INFO, N_("{app} keeps almost nothing on the phone now")
        findings.append(Finding(
            APP_ID, FAM, severity, title,
            N_(
                "Translation apps keep what you typed or said, often conversations with clients. "
                "Police have used this history to prove that people are sex workers. Clear it often."
            ),
            guide, tuple(evidence),
            subject=app.shown,
            params={
                "app": known.name if known is not None else ctx.label(name),
                "matched": "list" if known is not None else "name",
                "data_size": c.human_bytes(data_bytes) if data_bytes is not None else "",
                "last_used": f"{last:%Y-%m-%d}" if last is not None else "",
                "days_since_use": c.days_between(last, snap.taken_at) if last is not None else None,
                "microphone": microphone,
                "contacts": bool(contacts),
            },
            auto_fixes=c.fixes(
                c.package_fix(FixKind.CLEAR_DATA, name),
                c.revoke(name, _MICROPHONE) if microphone else None,
                (c.revoke(name, p) for p in contacts),
                c.package_fix(FixKind.SUSPEND_PACKAGE, name),
                c.package_fix(FixKind.DISABLE_PACKAGE, name),
            ),
            manual_steps=(STEP_CLEAR_IN_APP,),
        ))
    if findings:
        return findings
    return [Finding(
        APP_ID, FAM, Severity.OK, N_("No translation app found"),
        N_("No app on this phone looks like a translation app. Translation history in a web browser is not checked."),
        guide, (c.ev("pm list packages", f"{len(ctx.apps)} apps compared"),),
    )]


@check(
    reads=("packages", "package_details"), finding_id=ACCOUNT_ID,
    gap_title=N_("Translations kept in your account: could not be read"),
)
def check_account_history(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    guide = g.TRANSLATE_HISTORY
    if ctx.apps is None:
        return [c.unknown(ACCOUNT_ID, FAM, N_("Translations kept in your account: could not be read"), guide,
                          [ctx.apps_problem], "pm list packages -f -i -U -u")]
    synced = [
        (app, known) for app, known in translator_apps(ctx) if known is not None and known.check == "google_account"
    ]
    if not synced:
        return [Finding(
            ACCOUNT_ID, FAM, Severity.OK, N_("Google Translate is not on this phone"),
            N_(
                "If you use Google Translate on the web or on another device while signed in, your "
                "Google account may still keep your translations."
            ),
            guide, (c.ev("pm list packages", "no Google Translate"),),
        )]
    accounts = snap.accounts.value
    google = None if accounts is None else sum(1 for a in accounts if a.type == "com.google")
    evidence = (
        *(c.ev("pm list packages", app.name) for app, _ in synced),
        c.ev("dumpsys account", "not read" if google is None else f"{google} Google account(s)"),
    )
    return [Finding(
        ACCOUNT_ID, FAM, Severity.INFO if google == 0 else Severity.MEDIUM,
        N_("Your Google account may keep your translations"),
        N_(
            "When you are signed in, Google can save what you translate in your Google account, away "
            "from the phone. hardener cannot see or delete that copy. You can delete it yourself."
        ),
        guide, evidence,
        params={"app": ", ".join(known.name for _, known in synced if known is not None),
                "google_accounts": google},
        manual_steps=(
            c.manual(
                N_("Delete Translate history in your Google account"),
                N_(
                    "Open myactivity.google.com in a browser (or the Google app, then your profile "
                    "picture, then My Activity). Choose Google Translate and delete it all. Under \"Web "
                    "& App Activity\" you can turn saving off, or set auto-delete to 3 months."
                ),
            ),
            c.manual(
                N_("Delete saved phrases"),
                N_(
                    "In Google Translate, open Saved (the star) and remove phrases you do not want "
                    "kept: they are stored in your account."
                ),
            ),
        ),
    )]


FINDING_IDS = (APP_ID, ACCOUNT_ID)

CHECKS: tuple[Check, ...] = (check_translator_apps, check_account_history)
