"""Stalkerware family: apps on public lists of spying, monitoring and dual-use apps.

Matches are by package name and, where ``dumpsys package`` showed it, by signing certificate
(stalkerware renames its package often; its signing key changes less). A match is serious, but
removing the app can alert the person who installed it and make them dangerous, so the only
actions offered are the person's own: keep a record, make a safety plan, get help. Nothing is
removed or switched off automatically.
"""

from __future__ import annotations

from hardener.checks import _common as c
from hardener.checks import _validate as v
from hardener.checks import guide_refs as g
from hardener.checks._context import App, Check, Context, check
from hardener.checks.finding import Evidence, Family, Finding, Severity
from hardener.data import indicators
from hardener.data.indicators import Indicator, IndicatorKind
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

FAM = Family.STALKERWARE
APK_SOURCE = "APK files (stat, xxd)"
KNOWN, MONITORING, DUAL_USE = "stalkerware.known_app", "stalkerware.monitoring_app", "stalkerware.dual_use_app"

STEP_GET_HELP = c.manual(
    N_("Get help from people who know"),
    N_(
        "A sex worker organisation, a domestic violence service or a digital security helpline can "
        "help you check the phone and decide what to do. Keep using the phone as usual until you "
        "have a plan."
    ),
)


def _matches(ctx: Context, app: App) -> list[tuple[Indicator, Evidence]]:
    index = ctx.indicators
    found: list[tuple[Indicator, Evidence]] = []
    for ind in index.for_package(app.name):
        found.append((ind, c.ev(f"package name, {ind.credit}", f"{app.name}: {ind.app} ({ind.kind.value})")))
    for digest in ctx.digests(app):
        for ind in index.for_certificate(digest):
            found.append((ind, c.ev(
                f"signing certificate, {ind.credit}",
                f"{app.name} is signed with {indicators.normalise_digest(digest)}: {ind.app} ({ind.kind.value})",
            )))
    return found


def _certificate_evidence(ctx: Context, app: App) -> tuple[Evidence, ...]:
    """Where the app's certificate was read: the APK on the phone, with its path and scheme."""
    read = ctx.apks.get(app.name)
    if read is None or not read.certificates:
        return ()
    cert = read.certificates[0]
    return (c.ev(f"APK {read.path}", f"{cert.scheme} signer SHA-1 {cert.sha1}, SHA-256 {cert.sha256}"),)


def _finding(ctx: Context, app: App, found: list[tuple[Indicator, Evidence]]) -> Finding:
    # Echap sorts monitoring apps into stalkerware and watchware with care; ISDi's older flags
    # call some watchware "stalkerware". Where Echap lists the app, its word decides.
    echap = [ind for ind, _ in found if ind.source.startswith("echap:")]
    strongest = min(echap or [ind for ind, _ in found], key=lambda i: i.kind.strength)
    by_certificate = any(e.source.startswith("signing certificate") for _, e in found)
    status = f"{app.name} installer={app.installer or 'null'}"
    if not app.installed_for(ctx.user_id):
        status += f" (removed for user {ctx.user_id}, files still on the phone)"
    elif app.switched_off(ctx.user_id):
        status += " (switched off)"
    # Cite the command that actually listed the app: with "pm list packages" refused, the app
    # (and its installer) came from the package dump.
    listed_by = "pm list packages" if app.entry is not None else "dumpsys package packages"
    cert_evidence = _certificate_evidence(ctx, app) if by_certificate else ()
    evidence = (c.ev(listed_by, status), *cert_evidence, *dict.fromkeys(e for _, e in found))
    params = {
        "app": v.shown(strongest.app),
        "label": ctx.label(app.name),
        "package": app.shown,
        "matched_by": "certificate" if by_certificate else "package",
        "lists": ", ".join(dict.fromkeys(ind.credit for ind, _ in found)),
    }
    # Help first, from people who know sex workers' lives (not the police first: for many people
    # they are the danger); then a plan; then a record, for whatever the person decides later.
    steps = (STEP_GET_HELP, c.STEP_SAFETY_PLAN, c.STEP_RECORD_FIRST)
    if strongest.kind in (IndicatorKind.STALKERWARE, IndicatorKind.SPYWARE):
        return Finding(
            KNOWN, FAM, Severity.CRITICAL, N_("A spying app was found: {app}"),
            N_(
                "This app is on public lists of stalkerware: apps that hide on a phone and send "
                "messages, location, photos and calls to someone else. Do not remove it yet: that can "
                "warn the person who installed it. Keep a record and make a safety plan first."
            ),
            g.TRACKED_BY_APPS, evidence, subject=app.shown, params=params, manual_steps=steps,
        )
    if strongest.kind == IndicatorKind.WATCHWARE:
        return Finding(
            MONITORING, FAM, Severity.HIGH, N_("A monitoring app was found: {app}"),
            N_(
                "This app is made to watch a phone, for example as \"parental control\". If you did "
                "not install it yourself, someone may be following what you do. Do not remove it yet: "
                "keep a record and make a safety plan first."
            ),
            g.TRACKED_BY_APPS, evidence, subject=app.shown, params=params, manual_steps=steps,
        )
    return Finding(
        DUAL_USE, FAM, Severity.MEDIUM,
        N_("{app} can be used to watch someone"),
        N_(
            "This is an ordinary app, but it can also be used to follow a person: for example a "
            "location tracker, a call recorder or a remote-control app. Did you install it, and why?"
        ),
        g.STALKED, evidence, subject=app.shown, params=params,
        manual_steps=(c.manual(
            N_("Do you know why this app is here?"),
            N_(
                "If you installed it, open its settings and check who can see your location, "
                "recordings or screen. If you did not install it, keep a record and get help."
            ),
        ), c.STEP_RECORD_FIRST),
    )


@check(reads=("packages", "package_details"), finding_id=KNOWN, gap_title=N_("Spying apps: could not be read"))
def check_stalkerware(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    if ctx.apps is None:
        return [c.unknown(KNOWN, FAM, N_("Spying apps: could not be read"), g.TRACKED_BY_APPS,
                          [ctx.apps_problem], "pm list packages -f -i -U -u")]
    findings = []
    part_of_phone: list[str] = []
    for _, app in sorted(ctx.apps.items()):
        found = _matches(ctx, app)
        if found and app.is_system is True and all(i.kind == IndicatorKind.DUAL_USE for i, _ in found):
            # A preinstalled tool (a maker's data transfer or support app) is part of the phone,
            # not something someone put there: naming it "a way to watch someone" on a clean
            # phone is a false alarm. It is noted in the evidence only.
            part_of_phone.append(app.name)
            continue
        if found:
            findings.append(_finding(ctx, app, found))
    if not any(f.id in (KNOWN, MONITORING) for f in findings):
        with_certs = sum(1 for a in ctx.apps.values() if ctx.digests(a))
        listed, details = snap.packages.value, snap.package_details.value
        # Each line cites only a command that was read, with what that command itself gave.
        evidence = []
        if listed is not None:
            evidence.append(c.ev("pm list packages", f"{len(listed)} apps compared by name"))
        if details is not None:
            compared = f"{len(details)} apps compared by name"
            if with_certs:
                compared += f"; {with_certs} apps compared by signing certificate"
            else:
                compared += "; signing certificates not read: names only"
            evidence.append(c.ev("dumpsys package packages", compared))
        apks = snap.apks
        if apks.value is not None:
            unread = sorted(p for p, a in apks.value.items() if not a.certificates)
            evidence.append(c.ev(APK_SOURCE, f"{len(apks.value) - len(unread)} APK files read, "
                                             f"certificates compared; not read: {', '.join(unread) or 'none'}"))
        if part_of_phone:
            evidence.append(c.ev("dual-use list", f"preinstalled, part of the phone: {', '.join(part_of_phone)}"))
        evidence.append(c.ev("indicator lists", "; ".join(ctx.indicators.credits)))
        findings.append(Finding(
            KNOWN, FAM, Severity.OK, N_("No known stalkerware was found"),
            N_(
                "hardener compared every app on this phone with public lists of stalkerware. None "
                "matched. The lists are not complete: if someone seems to know things they should "
                "not, get help to check further."
            ),
            g.TRACKED_BY_APPS, tuple(evidence),
        ))
    return findings


FINDING_IDS = (KNOWN, MONITORING, DUAL_USE)

CHECKS: tuple[Check, ...] = (check_stalkerware,)
