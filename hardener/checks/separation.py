"""Separation family: whether work and private life share one phone, and how they are kept apart.

The guide lists "having separate phones and SIM cards for work and private life" among the
practices sex workers adopt. A scan can see part of that: the users and profiles on the phone
(``pm list users``: a work profile, a Private Space, a maker's "dual apps" space), how many SIM
cards are in (``getprop gsm.sim.state``, one state per slot), WhatsApp next to WhatsApp Business,
and whether Android 15's Private Space locks itself with the phone (``secure
private_space_auto_lock``: 0 when the phone locks, 1 after 5 minutes, 2 only after a restart).
Only that last one is a setting hardener can change; the rest is guided advice.
"""

from __future__ import annotations

from hardener.checks import _common as c
from hardener.checks import guide_refs as g
from hardener.checks._context import Check, Context, check
from hardener.checks.finding import Family, Finding, Severity
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

FAM = Family.SEPARATION

# Makers' "dual apps" spaces, by the user id or name they use (Samsung Dual Messenger: 95,
# Xiaomi Dual apps / XSpace: 999).
_DUAL_IDS = frozenset({95, 999})
_DUAL_NAMES = ("dual", "xspace", "clone")

STEP_SEPARATE = c.manual(
    N_("Keep work and private life on separate numbers"),
    N_(
        "The safest is a separate phone for work. If you use one phone, use a separate SIM or number for "
        "work, WhatsApp Business or a second messenger only for work, and no private photos in work apps."
    ),
)


def _kind(user_id: int, name: str, is_profile: bool) -> str:
    lowered = name.lower()
    if "private" in lowered:
        return "private"
    if user_id in _DUAL_IDS or any(word in lowered for word in _DUAL_NAMES):
        return "dual"
    return "work" if is_profile else "user"


_KIND_WORDS = {
    "private": N_("a Private Space"),
    "dual": N_("a second copy of apps (dual apps)"),
    "work": N_("a work profile"),
    "user": N_("another user"),
}


@check(reads=("users", "settings_secure"), finding_id="separation.profiles",
       gap_title=N_("Profiles on the phone: could not be read"))
def check_profiles(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    fid, guide = "separation.profiles", g.SEPARATE_IDENTITY
    users = snap.users.value
    if users is None:
        return [c.unknown(fid, FAM, N_("Profiles on the phone: could not be read"), guide,
                          snap.users.problems, "pm list users")]
    others = [(u.id, _kind(u.id, u.name, u.is_profile)) for u in users.users if u.id != 0]
    evidence = tuple(c.ev("pm list users", f"{u.id}: {u.name} flags={u.flags:x}") for u in users.users)
    if not others:
        return [Finding(
            fid, FAM, Severity.OK, N_("One profile on this phone"),
            N_("Everything on this phone is in one place. If work and private life share it, keep them on "
               "separate numbers and accounts."),
            guide, evidence, manual_steps=(STEP_SEPARATE,),
        )]
    findings: list[Finding] = []
    kinds = tuple(dict.fromkeys(_KIND_WORDS[k] for _, k in others))
    if any(k == "private" for _, k in others):
        known, lock = snap.setting("secure", "private_space_auto_lock")
        # Not set is Android's default, 2 (lock only after a restart: UserManagerService reads it with
        # PRIVATE_SPACE_AUTO_LOCK_AFTER_DEVICE_RESTART as the fallback), so it stays open too.
        if known and (lock is None or lock.strip() != "0"):
            findings.append(Finding(
                fid, FAM, Severity.MEDIUM, N_("The Private Space stays open after the phone locks"),
                N_("A Private Space hides apps, but it stays open for a while after the phone locks. Set it "
                   "to lock whenever the phone locks."),
                guide, (*evidence, c.ev("settings secure private_space_auto_lock", lock or "null")),
                subject="private_space_auto_lock",
                auto_fixes=(c.setting("secure", "private_space_auto_lock", "0"),),
                manual_steps=(c.manual(
                    N_("Lock the Private Space with the phone"),
                    N_("Open Settings, then Security and privacy, then Private space, then \"Lock private "
                       "space automatically\", and choose \"Every time device locks\"."),
                    c.ACTION_SECURITY,
                ),),
            ))
    findings.append(Finding(
        fid, FAM, Severity.INFO, N_("This phone also holds {kinds}"),
        N_(
            "A second profile keeps apps apart, but it is on the same phone: whoever opens the phone may "
            "open it too, and a work profile is run by whoever manages it. Know what is in each."
        ),
        guide, evidence, params={"kinds": kinds}, manual_steps=(STEP_SEPARATE,),
    ))
    return findings


@check(reads=("props", "packages", "package_details"), finding_id="separation.numbers",
       gap_title=N_("SIM cards: could not be read"))
def check_numbers(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """SIM slots from ``gsm.sim.state`` (``LOADED``/``READY`` is a SIM in use, one entry per slot)
    and WhatsApp next to WhatsApp Business: both say one phone carries two numbers."""
    ctx = ctx or Context.of(snap)
    fid, guide = "separation.numbers", g.VPN_AND_SEPARATE_PHONES
    props = snap.props.value
    if props is None or (snap.packages.value is None and snap.package_details.value is None):
        return [c.unknown(fid, FAM, N_("SIM cards: could not be read"), guide,
                          [*snap.props.problems, *snap.package_details.problems], "getprop gsm.sim.state")]
    raw = (props.get("gsm.sim.state") or "").strip()
    sims = sum(1 for state in raw.split(",") if state.strip().upper() in ("LOADED", "READY"))
    both = all((a := ctx.app(p)) is not None and a.installed_for(ctx.user_id)
               for p in ("com.whatsapp", "com.whatsapp.w4b"))
    evidence = (c.ev("getprop gsm.sim.state", raw or "(empty)"),
                c.ev("dumpsys package packages", "WhatsApp and WhatsApp Business" if both else "not both WhatsApps"))
    if sims >= 2 or both:
        return [Finding(
            fid, FAM, Severity.INFO, N_("This phone carries two numbers"),
            N_(
                "Two SIM cards, or WhatsApp next to WhatsApp Business, often means work and private life on "
                "one phone. If it is taken, both lives are in the same hands. A separate work phone is safest."
            ),
            guide, evidence, params={"sims": sims}, manual_steps=(STEP_SEPARATE,),
        )]
    return [Finding(
        fid, FAM, Severity.OK, N_("One number on this phone"),
        N_("This phone has one SIM card in use and one WhatsApp. If you work from it, keep your private "
           "number on another phone."),
        guide, evidence, params={"sims": sims},
    )]


FINDING_IDS = ("separation.profiles", "separation.numbers")

CHECKS: tuple[Check, ...] = (check_profiles, check_numbers)
