"""Permissions family: runtime permissions, special access, sideloading, social apps and contacts."""

from __future__ import annotations

from snapshot_builder import SnapshotBuilder, by_id, fix_kinds, only

from hardener.checks import app_ops
from hardener.checks import permissions as p
from hardener.checks._context import UNNAMED_APP
from hardener.checks.finding import AutoFix, Severity

S = Severity
SPY = "com.thetruth"  # TheTruthSpy, in Echap's ioc.yaml


def safe() -> SnapshotBuilder:
    return SnapshotBuilder.safe_phone()


# --- runtime permissions ---------------------------------------------------------------------------


def test_sideloaded_app_with_spying_permissions_is_high() -> None:
    snap = safe().package("com.example.helper", installer=None,
                          granted=["READ_SMS", "RECORD_AUDIO", "ACCESS_BACKGROUND_LOCATION"],
                          denied=["CAMERA"]).build()
    finding = only(p.check_dangerous_permissions(snap), "permissions.dangerous_granted", "com.example.helper")
    assert finding.severity == S.HIGH
    assert finding.params["group_ids"] == ("location_background", "microphone", "sms")
    assert finding.params["groups"] == ("location all the time", "microphone", "text messages")
    assert finding.params["sideloaded"] is True
    revoked = {fx.args["permission"] for fx in finding.auto_fixes}
    assert revoked == {"android.permission.READ_SMS", "android.permission.RECORD_AUDIO",
                       "android.permission.ACCESS_BACKGROUND_LOCATION"}
    assert all(fx.kind == "revoke_permission" and fx.reversible for fx in finding.auto_fixes)
    assert "android.permission.CAMERA" not in str(finding.evidence)  # denied is not granted


def test_store_app_severity_follows_what_it_holds() -> None:
    snap = (
        safe()
        .package("com.example.tracker", granted=["ACCESS_BACKGROUND_LOCATION"])
        .package("com.example.camera", granted=["CAMERA"])
        .package("com.example.sideloaded.bt", installer="com.android.packageinstaller", granted=["BLUETOOTH_CONNECT"])
        .build()
    )
    findings = p.check_dangerous_permissions(snap)
    assert only(findings, "permissions.dangerous_granted", "com.example.tracker").severity == S.MEDIUM
    assert only(findings, "permissions.dangerous_granted", "com.example.camera").severity == S.INFO
    assert only(findings, "permissions.dangerous_granted", "com.example.sideloaded.bt").severity == S.MEDIUM


def test_system_apps_are_left_out_but_sideloaded_never() -> None:
    snap = (
        safe()
        .package("com.android.dialer", installer=None, system=True, granted=["READ_CALL_LOG", "CALL_PHONE"])
        .package("com.example.unknown", installer=None, granted=["READ_CALL_LOG"])
        .build()
    )
    findings = p.check_dangerous_permissions(snap)
    assert {f.subject for f in findings} == {"com.example.unknown"}


def test_permissions_of_other_users_and_uninstalled_apps_do_not_count() -> None:
    snap = (
        safe()
        .package("com.example.work", granted=["CAMERA"], user_id=10)
        .package("com.example.gone", granted=["CAMERA"], installed=False)
        .build()
    )
    finding = only(p.check_dangerous_permissions(snap), "permissions.dangerous_granted", "com.example.work")
    assert finding.severity == S.UNKNOWN  # no user-0 block: not told, not "none"
    assert not by_id([f for f in p.check_dangerous_permissions(snap) if f.subject == "com.example.gone"],
                     "permissions.dangerous_granted")


def test_shared_uid_app_without_permission_list_is_unknown_not_clean() -> None:
    snap = safe().package("com.example.shared", granted=[], permissions_known=False).build()
    finding = only(p.check_dangerous_permissions(snap), "permissions.dangerous_granted", "com.example.shared")
    assert finding.severity == S.UNKNOWN
    # Issue 13: no package name in a title; its label was not read here, so words say so.
    assert finding.params["app"] == UNNAMED_APP and finding.subject == "com.example.shared"


def test_dangerous_ok_and_unknown() -> None:
    calm = safe().package("com.example.calm").build()
    ok = only(p.check_dangerous_permissions(calm), "permissions.dangerous_granted")
    assert ok.severity == S.OK
    unknown = SnapshotBuilder().package("com.example.app", detailed=False).unknown("package_details").build()
    assert only(p.check_dangerous_permissions(unknown), "permissions.dangerous_granted").severity == S.UNKNOWN


# --- accessibility and notification listeners ---------------------------------------------------------


def test_accessibility_services_by_origin() -> None:
    snap = (
        safe()
        .package("com.google.android.marvin.talkback", installer=None, system=True)
        .package("com.example.helper", installer=None)
        .package("com.lastpass.lpandroid")
        .secure(accessibility_enabled="1", enabled_accessibility_services=(
            "com.google.android.marvin.talkback/.TalkBackService:"
            "com.example.helper/com.example.helper.Watch:"
            "com.lastpass.lpandroid/.Fill"))
        .build()
    )
    findings = p.check_accessibility(snap)
    assert only(findings, "permissions.accessibility", "com.google.android.marvin.talkback/.TalkBackService"
                ).severity == S.INFO
    helper = only(findings, "permissions.accessibility", "com.example.helper/com.example.helper.Watch")
    assert helper.severity == S.HIGH
    assert helper.auto_fixes == (AutoFix("remove_accessibility_service",
                                         {"component": "com.example.helper/com.example.helper.Watch"}),)
    assert helper.manual_steps[0].title == "Keep a record first"
    assert only(findings, "permissions.accessibility", "com.lastpass.lpandroid/.Fill").severity == S.MEDIUM


def test_accessibility_listed_but_switched_off_is_info() -> None:
    snap = safe().package("com.example.helper", installer=None).secure(
        accessibility_enabled="0", enabled_accessibility_services="com.example.helper/.Watch").build()
    assert only(p.check_accessibility(snap), "permissions.accessibility").severity == S.INFO


def test_known_stalkerware_with_special_access_is_high_even_from_a_store() -> None:
    snap = safe().package(SPY).secure(enabled_notification_listeners=f"{SPY}/.Listen").build()
    finding = only(p.check_notification_listeners(snap), "permissions.notification_listener")
    assert finding.severity == S.HIGH
    assert fix_kinds(finding) == ["disallow_listener"]
    assert finding.auto_fixes[0].args == {"component": f"{SPY}/.Listen"}


def test_special_access_ok_and_unknown() -> None:
    assert only(p.check_accessibility(safe().build()), "permissions.accessibility").severity == S.OK
    assert only(p.check_notification_listeners(safe().build()), "permissions.notification_listener").severity == S.OK
    unknown = SnapshotBuilder().unknown("settings_secure").build()
    assert only(p.check_accessibility(unknown), "permissions.accessibility").severity == S.UNKNOWN
    assert only(p.check_notification_listeners(unknown), "permissions.notification_listener").severity == S.UNKNOWN


# --- device admins and owners ---------------------------------------------------------------------------


def test_device_admins_and_owners() -> None:
    fmd = "com.google.android.gms/.mdm.receivers.MdmDeviceAdminReceiver"
    snap = (
        safe()
        .package("com.google.android.gms", installer=None, system=True)
        .package("com.example.lockapp", installer=None)
        .device_admin(fmd, policies=["force-lock", "wipe-data"])
        .device_admin("com.example.lockapp/.Admin", policies=["wipe-data"])
        .device_owner("com.example.lockapp/.Admin")
        .profile_owner(10, "com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver")
        .build()
    )
    findings = p.check_device_admins(snap)
    assert only(findings, "permissions.device_admin", fmd).severity == S.INFO
    bad = only(findings, "permissions.device_admin", "com.example.lockapp/.Admin")
    assert bad.severity == S.HIGH
    assert not bad.auto_fixes  # only test-only admins can be removed from the shell
    assert "wipe-data" in bad.evidence[0].value
    owner = only(findings, "permissions.device_owner", "com.example.lockapp/.Admin")
    assert owner.severity == S.HIGH
    work = only(findings, "permissions.device_owner",
                "com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver")
    assert work.severity == S.INFO


def test_device_admin_ok_and_unknown() -> None:
    assert only(p.check_device_admins(safe().build()), "permissions.device_admin").severity == S.OK
    unknown = SnapshotBuilder().unknown("device_policy").build()
    assert only(p.check_device_admins(unknown), "permissions.device_admin").severity == S.UNKNOWN


# --- overlay and usage access ------------------------------------------------------------------------------


def test_overlay_and_usage_access() -> None:
    snap = (
        safe()
        .package("com.facebook.orca")
        .package("com.example.sideloaded", installer=None)
        .package("com.android.systemui", installer=None, system=True)
        .appop("com.facebook.orca", "SYSTEM_ALERT_WINDOW")
        .appop("com.example.sideloaded", "SYSTEM_ALERT_WINDOW")
        .appop("com.android.systemui", "SYSTEM_ALERT_WINDOW")
        .appop("com.example.sideloaded", "GET_USAGE_STATS")
        .appop("com.facebook.orca", "GET_USAGE_STATS", "ignore")
        .build()
    )
    overlay = app_ops.check_overlay(snap)
    assert only(overlay, "permissions.overlay", "com.facebook.orca").severity == S.INFO
    side = only(overlay, "permissions.overlay", "com.example.sideloaded")
    assert side.severity == S.MEDIUM
    assert side.auto_fixes[0].args == {"package": "com.example.sideloaded", "op": "SYSTEM_ALERT_WINDOW", "mode": "deny"}
    assert "com.android.systemui" not in {f.subject for f in overlay}
    usage = only(app_ops.check_usage_access(snap), "permissions.usage_access")
    assert (usage.subject, usage.severity) == ("com.example.sideloaded", S.HIGH)
    assert usage.auto_fixes[0].args["mode"] == "ignore"


def test_overlay_usage_ok_and_unknown() -> None:
    assert only(app_ops.check_overlay(safe().build()), "permissions.overlay").severity == S.OK
    assert only(app_ops.check_usage_access(safe().build()), "permissions.usage_access").severity == S.OK
    unknown = SnapshotBuilder().unknown("appops").build()
    assert only(app_ops.check_overlay(unknown), "permissions.overlay").severity == S.UNKNOWN
    assert only(app_ops.check_usage_access(unknown), "permissions.usage_access").severity == S.UNKNOWN


# --- sideloaded apps ---------------------------------------------------------------------------------------


def test_sideloaded_apps() -> None:
    snap = (
        safe()
        .package("com.example.fromfile", installer="com.google.android.packageinstaller")
        .package("com.example.byadb", installer=None)
        .package("org.example.fdroid", installer="org.fdroid.fdroid")
        .package("com.android.settings", installer=None, system=True)
        .build()
    )
    findings = p.check_sideloaded(snap)
    assert {f.subject for f in findings} == {"com.example.fromfile", "com.example.byadb"}
    finding = only(findings, "permissions.sideloaded_app", "com.example.fromfile")
    assert finding.severity == S.MEDIUM
    assert finding.params["installer"] == "com.google.android.packageinstaller"
    assert not finding.auto_fixes
    assert "installer=null" in only(findings, "permissions.sideloaded_app", "com.example.byadb").evidence[0].value


def test_sideloaded_ok_and_unknown() -> None:
    assert only(p.check_sideloaded(safe().package("com.whatsapp").build()), "permissions.sideloaded_app"
                ).severity == S.OK
    unknown = SnapshotBuilder().unknown("packages").unknown("package_details").build()
    assert only(p.check_sideloaded(unknown), "permissions.sideloaded_app").severity == S.UNKNOWN


def test_app_list_alone_is_enough_to_judge_origin() -> None:
    snap = SnapshotBuilder().package("com.example.fromfile", installer=None, detailed=False).unknown(
        "package_details").build()
    assert only(p.check_sideloaded(snap), "permissions.sideloaded_app").severity == S.MEDIUM


# --- social and dating apps with contacts -------------------------------------------------------------------


def test_social_apps_reading_contacts() -> None:
    snap = (
        safe()
        .package("com.facebook.katana", granted=["READ_CONTACTS", "WRITE_CONTACTS"])
        .package("com.grindrapp.android", granted=["ACCESS_FINE_LOCATION"], denied=["READ_CONTACTS"])
        .package("com.truecaller", granted=["READ_CONTACTS"])
        .package("org.telegram.messenger", granted=["READ_CONTACTS"])
        .build()
    )
    findings = p.check_social_contacts(snap)
    facebook = only(findings, "permissions.social_contacts", "com.facebook.katana")
    assert facebook.severity == S.MEDIUM
    assert facebook.params["app"] == "Facebook"
    assert facebook.guide.quote.startswith("Facebook’s ‘People You May Know’")
    assert [fx.args["permission"] for fx in facebook.auto_fixes] == [
        "android.permission.READ_CONTACTS", "android.permission.WRITE_CONTACTS"]
    assert only(findings, "permissions.social_contacts", "com.truecaller").severity == S.MEDIUM
    assert only(findings, "permissions.social_contacts", "org.telegram.messenger").severity == S.INFO
    assert "com.grindrapp.android" not in {f.subject for f in findings}


def test_social_ok_and_unknown() -> None:
    fine = safe().package("com.grindrapp.android", denied=["READ_CONTACTS"]).build()
    ok = only(p.check_social_contacts(fine), "permissions.social_contacts")
    assert ok.severity == S.OK
    assert "com.grindrapp.android" in ok.evidence[0].value
    unknown = SnapshotBuilder().package("com.facebook.katana", detailed=False).unknown("package_details").build()
    assert only(p.check_social_contacts(unknown), "permissions.social_contacts").severity == S.UNKNOWN


def test_group_map_covers_the_spec_groups() -> None:
    ids = {g.id for g in p.GROUPS}
    assert {"location", "location_background", "camera", "microphone", "contacts", "sms", "call_log", "phone",
            "body_sensors", "nearby_devices"} <= ids
    every = [perm for g in p.GROUPS for perm in g.permissions]
    assert len(every) == len(set(every)), "a permission belongs to one group only"
