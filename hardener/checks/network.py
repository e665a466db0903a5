"""Network family: who can see where the phone connects.

The guide names "VPN (virtual private network) use" among the practices sex workers adopt.
These checks read what the settings tables (already in every scan) say: an always-on VPN and
whether it blocks traffic when the VPN drops (``secure always_on_vpn_app`` and
``always_on_vpn_lockdown``), and private DNS (``global private_dns_mode``: off, opportunistic
or hostname). A VPN is chosen and signed into in its own app, so it is a guided step; private
DNS switched off can be put back to Android's automatic mode from the shell.
"""

from __future__ import annotations

from hardener.checks import _common as c
from hardener.checks import _validate as v
from hardener.checks import guide_refs as g
from hardener.checks._context import Check, Context, check
from hardener.checks.finding import Family, Finding, Severity
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

FAM = Family.NETWORK
ACTION_VPN = "android.settings.VPN_SETTINGS"
ACTION_NETWORK = "android.settings.WIRELESS_SETTINGS"


@check(reads=("settings_secure",), finding_id="network.vpn", gap_title=N_("VPN: could not be read"))
def check_vpn(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    ctx = ctx or Context.of(snap)
    fid, guide = "network.vpn", g.VPN_AND_SEPARATE_PHONES
    known, app = snap.setting("secure", "always_on_vpn_app")
    _, lockdown = snap.setting("secure", "always_on_vpn_lockdown")
    if not known:
        return [c.unknown(fid, FAM, N_("VPN: could not be read"), guide, snap.settings("secure").problems,
                          "settings secure always_on_vpn_app")]
    evidence = (
        c.ev("settings secure always_on_vpn_app", app),
        c.ev("settings secure always_on_vpn_lockdown", lockdown),
    )
    step = c.manual(
        N_("Use a VPN that is always on"),
        N_(
            "Install a VPN you trust and sign in. Then open Settings, then Network (or Connections), "
            "then VPN, tap the gear next to it, and switch on \"Always-on VPN\" and \"Block connections "
            "without VPN\"."
        ),
        ACTION_VPN,
    )
    if not app or not v.is_package_name(app.strip()):
        return [Finding(
            fid, FAM, Severity.INFO, N_("No VPN is set to stay on"),
            N_(
                "Without a VPN, the network you use (a hotel, a client's Wi-Fi, the phone company) "
                "can see which sites and apps you connect to. A VPN hides that from them."
            ),
            guide, evidence, manual_steps=(step,),
        )]
    name = ctx.label(app.strip())
    if lockdown is not None and lockdown.strip() == "1":
        return [Finding(
            fid, FAM, Severity.OK, N_("{app} is always on and blocks traffic without it"),
            N_("Good. Nothing leaves the phone outside the VPN, even when it reconnects."),
            guide, evidence, subject=v.shown(app.strip()), params={"app": name},
        )]
    return [Finding(
        fid, FAM, Severity.INFO, N_("{app} is always on, but traffic can leave without it"),
        N_(
            "When the VPN drops or reconnects, apps can connect without it for a moment. Switch on "
            "\"Block connections without VPN\" so that never happens."
        ),
        guide, evidence, subject=v.shown(app.strip()), params={"app": name}, manual_steps=(step,),
    )]


@check(reads=("settings_global",), finding_id="network.private_dns",
       gap_title=N_("Private DNS: could not be read"))
def check_private_dns(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """``global private_dns_mode``: "off", "opportunistic" (Android's default: encrypted when
    the network allows) or "hostname" (a chosen provider, ``private_dns_specifier``)."""
    fid, guide, source = "network.private_dns", g.CHOOSING_TOOLS, "settings global private_dns_mode"
    known, mode = snap.setting("global", "private_dns_mode")
    if not known:
        return [c.unknown(fid, FAM, N_("Private DNS: could not be read"), guide,
                          snap.settings("global").problems, source)]
    evidence = (c.ev(source, mode),)
    value = (mode or "opportunistic").strip()
    step = c.manual(
        N_("Switch on Private DNS"),
        N_(
            "Open Settings, then Network (or Connections, then More connection settings), then Private "
            "DNS. Choose Automatic, or a provider you trust."
        ),
        ACTION_NETWORK,
    )
    if value == "off":
        return [Finding(
            fid, FAM, Severity.MEDIUM, N_("Private DNS is off"),
            N_(
                "The names of the sites and apps you use travel unencrypted, so the network you are on "
                "can read them. Android can encrypt them by itself."
            ),
            guide, evidence,
            auto_fixes=(c.setting("global", "private_dns_mode", "opportunistic"),), manual_steps=(step,),
        )]
    if value == "hostname":
        return [Finding(
            fid, FAM, Severity.OK, N_("Private DNS uses a provider you chose"),
            N_("Good. The names of the sites and apps you use are encrypted on every network."),
            guide, evidence,
        )]
    return [Finding(
        fid, FAM, Severity.OK, N_("Private DNS is automatic"),
        N_("Good. Android encrypts the names of the sites you use wherever the network allows it."),
        guide, evidence,
    )]


# Browsers made to keep less about the person (no history kept, trackers blocked, or Tor).
PRIVATE_BROWSERS = frozenset({
    "org.torproject.torbrowser", "org.mozilla.focus", "org.mozilla.klar", "com.duckduckgo.mobile.android",
    "com.brave.browser", "org.mozilla.firefox", "net.mullvad.mullvadbrowser", "org.mozilla.fennec_fdroid",
})
ACTION_DEFAULT_APPS = "android.settings.MANAGE_DEFAULT_APPS_SETTINGS"


@check(reads=("role_browser",), finding_id="network.browser", gap_title=N_("Default browser: could not be read"))
def check_browser(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """``cmd role get-role-holders android.app.role.BROWSER`` (Android 10+). The guide names
    "choosing browsers" among good practices; which one is the person's choice, so this is a lead
    with a guided step, never a change."""
    ctx = ctx or Context.of(snap)
    fid, guide, source = "network.browser", g.CHOOSING_TOOLS, "cmd role get-role-holders android.app.role.BROWSER"
    roles = snap.role("browser")
    step = c.manual(
        N_("Choose a browser that keeps less about you"),
        N_(
            "A private browser keeps no history and blocks trackers; Tor Browser also hides where you "
            "are. Install one, then open Settings, then Apps, then Default apps, then Browser app."
        ),
        ACTION_DEFAULT_APPS,
    )
    if roles.value is None:
        sdk = snap.sdk
        if sdk is not None and sdk < 29:
            # Before Android 10 there are no roles to read: the phone does not say, and hardener
            # does not guess. A lead with the step, not a gap the person could do nothing about.
            return [Finding(
                fid, FAM, Severity.INFO, N_("This Android version does not say which browser is the default"),
                N_("Check which browser opens your links, and choose one that keeps less about you."),
                guide, (c.ev("getprop ro.build.version.sdk", sdk),), manual_steps=(step,),
            )]
        return [c.unknown(fid, FAM, N_("Default browser: could not be read"), guide, roles.problems, source)]
    holders = [h for h in roles.value.holders if v.is_package_name(h)]
    evidence = (c.ev(source, ", ".join(holders) or "no default browser"),)
    if holders and holders[0] in PRIVATE_BROWSERS:
        return [Finding(
            fid, FAM, Severity.OK, N_("The default browser is {app}"),
            N_("Good. This browser keeps less about what you look at."),
            guide, evidence, subject=v.shown(holders[0]), params={"app": ctx.label(holders[0])},
        )]
    if not holders:
        return [Finding(
            fid, FAM, Severity.INFO, N_("No default browser is set"),
            N_("Links open in whichever browser the phone picks. Choose one that keeps less about you."),
            guide, evidence, manual_steps=(step,),
        )]
    return [Finding(
        fid, FAM, Severity.INFO, N_("The default browser is {app}"),
        N_(
            "This browser keeps your history and sign-ins, which anyone who opens the phone can read. "
            "For work, a private browser keeps less, or use private tabs and clear history."
        ),
        guide, evidence, subject=v.shown(holders[0]), params={"app": ctx.label(holders[0])}, manual_steps=(step,),
    )]


FINDING_IDS = ("network.vpn", "network.private_dns", "network.browser")

CHECKS: tuple[Check, ...] = (check_vpn, check_private_dns, check_browser)
