"""Permissions family, special access by app-op: drawing over other apps, usage access, and
recording the screen.

These three are not runtime permissions but "app-ops", which Android keeps in their own table
(``dumpsys appops``). A spying app uses them to read what is on the screen, to see which apps the
person uses, and to hide behind a fake window. Same family as :mod:`hardener.checks.permissions`;
a module of its own so each stays small.
"""

from __future__ import annotations

from dataclasses import dataclass

from hardener.checks import _common as c
from hardener.checks import _validate as v
from hardener.checks import guide_refs as g
from hardener.checks._context import Check, Context, check
from hardener.checks.finding import Finding, GuideRef, ManualStep, Severity
from hardener.checks.permissions import FAM, on_spying_lists
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_


@dataclass(frozen=True)
class _OpAccess:
    """A special access granted as an app-op."""

    fid: str
    op: str
    deny_mode: str
    store_severity: Severity
    sideloaded_severity: Severity
    title: str
    explanation: str
    step: ManualStep
    unknown_title: str
    ok_title: str


_OVERLAY = _OpAccess(
    "permissions.overlay", "SYSTEM_ALERT_WINDOW", "deny", Severity.INFO, Severity.MEDIUM,
    N_("{app} can draw over other apps"),
    N_(
        "This app can put its own windows on top of other apps. Harmful apps use this to show fake "
        "screens that steal a PIN or password. Chat bubbles and translate buttons use it too."
    ),
    c.manual(
        N_("Check apps that draw over other apps"),
        N_(
            "Open Settings, then Apps, then Special app access, then Display over other apps. Turn it "
            "off for apps that do not need it."
        ),
        c.ACTION_OVERLAY,
    ),
    N_("Apps that draw over other apps: could not be read"),
    N_("No app you installed can draw over other apps"),
)

_USAGE = _OpAccess(
    "permissions.usage_access", "GET_USAGE_STATS", "ignore", Severity.MEDIUM, Severity.HIGH,
    N_("{app} can see which apps you use and when"),
    N_(
        "Usage access shows an app every app you open, and for how long. Spying apps use it to report "
        "on you. Few apps need it."
    ),
    c.manual(
        N_("Check apps with usage access"),
        N_(
            "Open Settings, then Apps, then Special app access, then Usage access. Turn it off for "
            "apps that do not need it."
        ),
        c.ACTION_USAGE_ACCESS,
    ),
    N_("Usage access: could not be read"),
    N_("No app you installed can see which apps you use"),
)

# "Start now" with "Don't show again" (and some makers' own screen recorders) leaves
# PROJECT_MEDIA at "allow": the app may record or stream the screen with no question asked.
# Its default is "ignore" (android-shell-spec: PROJECT_MEDIA), so only "allow" is a finding.
_SCREEN = _OpAccess(
    "permissions.screen_capture", "PROJECT_MEDIA", "ignore", Severity.MEDIUM, Severity.HIGH,
    N_("{app} can record your screen without asking"),
    N_(
        "This app may record or stream everything on your screen, shows and chats included, "
        "without asking you first. Recordings of shows are used to blackmail. Keep this only for "
        "an app you chose."
    ),
    c.manual(
        N_("Check which apps may record your screen"),
        N_(
            "When an app asks to record or cast your screen, never tick \"Don't show again\". The "
            "phone's settings have no switch to take this back: let hardener block it, or remove the app."
        ),
        c.ACTION_APPS,
    ),
    N_("Screen recording: could not be read"),
    N_("No app you installed may record your screen without asking"),
)


# An app-op left at its default mode falls back to the matching permission (drawing over apps:
# SYSTEM_ALERT_WINDOW; usage access: PACKAGE_USAGE_STATS), which only the package dump shows. So
# "no app has this access" needs the dump as well as dumpsys appops.
_OP_READS = ("appops", "package_details")


def _op_access(snap: Snapshot, ctx: Context, spec: _OpAccess, guide: GuideRef) -> list[Finding]:
    if snap.appops.value is None:
        return [c.unknown(spec.fid, FAM, spec.unknown_title, guide, snap.appops.problems, "dumpsys appops")]
    findings: list[Finding] = []
    for package in ctx.allowed_ops(spec.op):
        app = ctx.app(package)
        if app is not None and app.is_system is True:
            continue  # preinstalled apps hold these by design; listing them hides the real ones
        if on_spying_lists(ctx, package):
            severity = Severity.HIGH
        elif app is None or ctx.sideloaded(app):
            severity = spec.sideloaded_severity
        else:
            severity = spec.store_severity
        findings.append(Finding(
            spec.fid, FAM, severity, spec.title, spec.explanation, guide,
            (c.ev(f"appops {spec.op}", f"{package}: allow"),),
            subject=v.shown(package),
            params={"app": ctx.label(package)},
            auto_fixes=c.fixes(c.appop(package, spec.op, spec.deny_mode)),
            manual_steps=(spec.step,),
        ))
    if findings:
        return findings
    return [Finding(
        spec.fid, FAM, Severity.OK, spec.ok_title, N_("Good. No app you installed has this access."),
        guide, (c.ev(f"appops {spec.op}", "no installed app allowed"),),
    )]


@check(
    reads=_OP_READS, finding_id="permissions.overlay",
    gap_title=N_("Apps that draw over other apps: could not be read"),
)
def check_overlay(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    return _op_access(snap, ctx or Context.of(snap), _OVERLAY, g.DATA_WITHOUT_CONSENT)


@check(
    reads=_OP_READS, finding_id="permissions.screen_capture",
    gap_title=N_("Screen recording: could not be read"),
)
def check_screen_capture(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    return _op_access(snap, ctx or Context.of(snap), _SCREEN, g.CAM_CAPTURED)


@check(reads=_OP_READS, finding_id="permissions.usage_access", gap_title=N_("Usage access: could not be read"))
def check_usage_access(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    return _op_access(snap, ctx or Context.of(snap), _USAGE, g.TRACKED_BY_APPS)


FINDING_IDS = (
    "permissions.overlay",
    "permissions.usage_access",
    "permissions.screen_capture",
)

CHECKS: tuple[Check, ...] = (
    check_overlay,
    check_usage_access,
    check_screen_capture,
)
