"""Location family: what tells others where the person is, lives and works.

The guide is plain about it: mapping where sex workers are "is extremely sensitive and
potentially dangerous", and police "hunt" via dating apps. These checks read the location
switch, the Wi-Fi and Bluetooth scanning that keeps finding places while Wi-Fi and Bluetooth
are off, the camera's location permission (every photo then carries where it was taken), and
dating apps that hold the exact location where an approximate one is enough (Android 12+).
All read sections a scan already takes (settings, the package dump): no extra round trip.
"""

from __future__ import annotations

from hardener.checks import _common as c
from hardener.checks import _validate as v
from hardener.checks import guide_refs as g
from hardener.checks._context import Check, Context, check
from hardener.checks.finding import Family, Finding, Severity
from hardener.data import indicators
from hardener.device.snapshot import Snapshot
from hardener.i18n.markers import N_

FAM = Family.LOCATION

_P = "android.permission."
FINE = _P + "ACCESS_FINE_LOCATION"
COARSE = _P + "ACCESS_COARSE_LOCATION"
ACTION_LOCATION = "android.settings.LOCATION_SOURCE_SETTINGS"

# The phone's own camera apps, by maker (their package names are stable across versions).
CAMERA_APPS = frozenset({
    "com.android.camera", "com.android.camera2", "com.google.android.GoogleCamera",
    "com.sec.android.app.camera", "com.motorola.camera", "com.motorola.camera2", "com.motorola.camera3",
    "com.oneplus.camera", "com.oplus.camera", "com.huawei.camera", "org.codeaurora.snapcam",
    "com.asus.camera", "com.sonyericsson.android.camera", "com.hmdglobal.camera2",
})


@check(reads=("settings_secure",), finding_id="location.master_switch",
       gap_title=N_("Location: could not be read"))
def check_location_switch(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """``settings secure location_mode``: 0 is off; 1-3 are on (sensors, battery saving, high
    accuracy). Android 10+ still writes it when location is switched (LOCATION_MODE_ON = 3)."""
    fid, guide, source = "location.master_switch", g.MAPPING_DANGEROUS, "settings secure location_mode"
    known, raw = snap.setting("secure", "location_mode")
    if not known or raw is None:
        problems = snap.settings("secure").problems or ("location_mode is not set",)
        return [c.unknown(fid, FAM, N_("Location: could not be read"), guide, problems, source)]
    evidence = (c.ev(source, raw),)
    if raw.strip() == "0":
        return [Finding(
            fid, FAM, Severity.OK, N_("Location is off"),
            N_("Good. Apps cannot learn where you are from the phone's location now."),
            guide, evidence,
        )]
    return [Finding(
        fid, FAM, Severity.INFO, N_("Location is on"),
        N_(
            "Apps you allowed can learn where you are. Switch location off when you go to work or to "
            "a place others must not know about, and on again when you need a map."
        ),
        guide, evidence,
        manual_steps=(c.manual(
            N_("Switch location off when you do not need it"),
            N_(
                "Pull down from the top of the screen and tap Location to switch it off, or open "
                "Settings, then Location. Switch it on again only when you need a map or a ride."
            ),
            ACTION_LOCATION,
        ),),
    )]


@check(reads=("settings_global",), finding_id="location.scanning",
       gap_title=N_("Wi-Fi and Bluetooth scanning: could not be read"))
def check_scanning(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """``global wifi_scan_always_enabled`` and ``ble_scan_always_enabled``: 1 lets the phone
    look for Wi-Fi networks and Bluetooth devices even with Wi-Fi and Bluetooth off, which tells
    apps with location where the phone is. Both are writable from the shell (global settings)."""
    fid, guide = "location.scanning", g.MAPPING_DANGEROUS
    keys = ("wifi_scan_always_enabled", "ble_scan_always_enabled")
    values = {k: snap.setting("global", k) for k in keys}
    if not all(known for known, _ in values.values()):
        return [c.unknown(fid, FAM, N_("Wi-Fi and Bluetooth scanning: could not be read"), guide,
                          snap.settings("global").problems, "settings global " + " / ".join(keys))]
    evidence = tuple(c.ev(f"settings global {k}", val) for k, (_, val) in values.items())
    on = [k for k, (_, val) in values.items() if val is not None and val.strip() == "1"]
    if not on:
        return [Finding(
            fid, FAM, Severity.OK, N_("Wi-Fi and Bluetooth scanning are off"),
            N_("Good. With Wi-Fi and Bluetooth off, the phone does not keep looking for places nearby."),
            guide, evidence,
        )]
    return [Finding(
        fid, FAM, Severity.MEDIUM, N_("The phone keeps scanning for Wi-Fi and Bluetooth"),
        N_(
            "Even with Wi-Fi and Bluetooth off, the phone looks for networks and devices nearby. "
            "That tells apps and Google where you are, indoors too. Few people need it."
        ),
        guide, evidence,
        auto_fixes=tuple(c.setting("global", k, "0") for k in on),
        manual_steps=(c.manual(
            N_("Switch off Wi-Fi and Bluetooth scanning"),
            N_(
                "Open Settings, then Location, then Location services (or Improve accuracy). Switch "
                "off Wi-Fi scanning and Bluetooth scanning."
            ),
            ACTION_LOCATION,
        ),),
    )]


def _location_held(ctx: Context, package: str) -> frozenset[str] | None:
    """The location permissions an installed app holds, or None when not installed or unread."""
    app = ctx.app(package)
    if app is None or not app.installed_for(ctx.user_id) or not app.permissions_known(ctx.user_id):
        return None
    return frozenset({FINE, COARSE} & app.granted(ctx.user_id))


@check(reads=("package_details",), finding_id="location.camera_geotag",
       gap_title=N_("The camera and location: could not be read"))
def check_camera_location(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """A camera app with location puts where each photo was taken into the photo (its EXIF),
    which travels with the photo when it is sent or posted."""
    ctx = ctx or Context.of(snap)
    fid, guide = "location.camera_geotag", g.MAPPING_DANGEROUS
    if snap.package_details.value is None:
        return [c.unknown(fid, FAM, N_("The camera and location: could not be read"), guide,
                          snap.package_details.problems, "dumpsys package packages")]
    findings: list[Finding] = []
    cameras: list[str] = []
    for package in sorted(CAMERA_APPS):
        held = _location_held(ctx, package)
        if held is None:
            continue
        cameras.append(package)
        if not held:
            continue
        findings.append(Finding(
            fid, FAM, Severity.MEDIUM, N_("{app} puts where you are into every photo"),
            N_(
                "The camera can use your location, so each photo carries where it was taken. Sent "
                "or posted, a photo can show where you live or work."
            ),
            guide, (c.ev(f"dumpsys package {package}", ", ".join(sorted(held))),),
            subject=v.shown(package), params={"app": ctx.label(package)},
            auto_fixes=c.fixes(c.revoke(package, p) for p in sorted(held)),
            manual_steps=(c.manual(
                N_("Take location away from the camera"),
                N_(
                    "Open the camera's settings and switch off \"Save location\" (or Location tags). "
                    "Or open Settings, then Apps, then Camera, then Permissions, then Location: "
                    "\"Don't allow\"."
                ),
                c.ACTION_APPS,
            ),),
        ))
    if findings:
        return findings
    return [Finding(
        fid, FAM, Severity.OK, N_("The camera cannot save where photos are taken"),
        N_("Good. Photos taken with the phone's camera do not carry your location."),
        guide, (c.ev("dumpsys package packages", ", ".join(cameras) or "no known camera app found"),),
    )]


@check(reads=("props", "package_details"), finding_id="location.dating_precise",
       gap_title=N_("Dating apps and location: could not be read"))
def check_dating_location(snap: Snapshot, ctx: Context | None = None) -> list[Finding]:
    """A dating app with the exact location (ACCESS_FINE_LOCATION). From Android 12 a person can
    give it the approximate one only, which is enough to match nearby; taking the exact one away
    keeps the approximate (revoking FINE leaves COARSE). Before 12 there is no approximate choice."""
    ctx = ctx or Context.of(snap)
    fid, guide = "location.dating_precise", g.POLICE_HUNT
    if snap.package_details.value is None:
        return [c.unknown(fid, FAM, N_("Dating apps and location: could not be read"), guide,
                          snap.package_details.problems, "dumpsys package packages")]
    sdk = snap.sdk
    findings: list[Finding] = []
    present: list[str] = []
    for name, known in sorted(indicators.social_apps().items()):
        if known.kind != "dating":
            continue
        held = _location_held(ctx, name)
        if held is None:
            continue
        present.append(name)
        if FINE not in held:
            continue
        approximate_exists = sdk is not None and sdk >= 31
        findings.append(Finding(
            fid, FAM, Severity.MEDIUM, N_("{app} knows exactly where you are"),
            N_(
                "This dating app has your exact location. Police have used dating apps to find sex "
                "workers. An approximate location is enough to meet people nearby."
            ) if approximate_exists else N_(
                "This dating app has your exact location. Police have used dating apps to find sex "
                "workers. This Android version has no approximate choice: allow location only while "
                "you use the app, or not at all."
            ),
            guide, (c.ev(f"dumpsys package {name}", ", ".join(sorted(held))),),
            subject=v.shown(name), params={"app": ctx.label(name)},
            auto_fixes=c.fixes(c.revoke(name, FINE)) if approximate_exists else (),
            manual_steps=(c.manual(
                N_("Give dating apps only an approximate location"),
                N_(
                    "Open Settings, then Apps, then the app, then Permissions, then Location. Switch "
                    "off \"Use precise location\", and choose \"Allow only while using the app\"."
                ),
                c.ACTION_APPS,
            ),),
        ))
    if findings:
        return findings
    return [Finding(
        fid, FAM, Severity.OK, N_("No dating app knows exactly where you are"),
        N_("Good. No dating app on this phone has your exact location."),
        guide, (c.ev("dumpsys package packages", ", ".join(present) or "no dating app installed"),),
    )]


FINDING_IDS = ("location.master_switch", "location.scanning", "location.camera_geotag", "location.dating_precise")

CHECKS: tuple[Check, ...] = (check_location_switch, check_scanning, check_camera_location, check_dating_location)
