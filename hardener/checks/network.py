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


FINDING_IDS = ("network.vpn", "network.private_dns")

CHECKS: tuple[Check, ...] = (check_vpn, check_private_dns)
