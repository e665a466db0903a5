"""Cloud family: accounts (masked), sync, Android backup and cloud apps with their guided checks."""

from __future__ import annotations

from snapshot_builder import SnapshotBuilder, fix_kinds, only

from hardener.checks import cloud
from hardener.checks._context import Context
from hardener.checks.finding import AutoFix, Severity

S = Severity


def safe() -> SnapshotBuilder:
    return SnapshotBuilder.safe_phone()


def test_accounts_grouped_by_type_and_masked() -> None:
    snap = (
        safe()
        .account("alice.smith@gmail.com")
        .account("work@gmail.com")
        .account("+15551234567", type="com.whatsapp")
        .build()
    )
    findings = cloud.check_accounts(snap)
    google = only(findings, "cloud.accounts", "com.google")
    assert (google.severity, google.params["count"], google.params["service"]) == (S.INFO, 2, "Google")
    assert google.params["names"] == "a•••@g•••.com, w•••@g•••.com"
    text = repr(findings)
    assert "alice.smith" not in text and "5551234567" not in text
    assert only(findings, "cloud.accounts", "com.whatsapp").params["names"] == "+1•••67"


def test_account_names_shown_only_when_asked() -> None:
    snap = safe().account("alice.smith@gmail.com").build()
    finding = only(cloud.check_accounts(snap, Context.of(snap, show_names=True)), "cloud.accounts")
    assert finding.params["names"] == "alice.smith@gmail.com"
    assert "alice.smith@gmail.com" in finding.evidence[0].value


def test_accounts_ok_and_unknown() -> None:
    assert only(cloud.check_accounts(safe().build()), "cloud.accounts").severity == S.OK
    assert only(cloud.check_accounts(SnapshotBuilder().unknown("accounts").build()), "cloud.accounts"
                ).severity == S.UNKNOWN


def test_auto_sync() -> None:
    on = safe().account("a@gmail.com").master_sync(True).build()
    finding = only(cloud.check_auto_sync(on), "cloud.auto_sync")
    assert finding.severity == S.MEDIUM
    assert not finding.auto_fixes  # no shell verb for master sync: the person does it
    assert finding.manual_steps[0].settings_action == "android.settings.SYNC_SETTINGS"
    assert only(cloud.check_auto_sync(safe().account("a@gmail.com").build()), "cloud.auto_sync").severity == S.OK
    nothing_to_sync = safe().master_sync(True).build()
    assert only(cloud.check_auto_sync(nothing_to_sync), "cloud.auto_sync").severity == S.OK
    no_line = SnapshotBuilder().build()  # dump read, but no "Auto sync" line for user 0
    assert only(cloud.check_auto_sync(no_line), "cloud.auto_sync").severity == S.UNKNOWN
    assert only(cloud.check_auto_sync(SnapshotBuilder().unknown("sync").build()), "cloud.auto_sync"
                ).severity == S.UNKNOWN


def test_sync_of_sensitive_data_per_account() -> None:
    snap = (
        safe()
        .master_sync(True)
        .sync("alice@gmail.com", "com.android.contacts")
        .sync("alice@gmail.com", "com.android.calendar")
        .sync("alice@gmail.com", "com.google.android.gm")  # mail: expected, not listed
        .sync("alice@gmail.com", "com.google.android.apps.photos.GooglePhotoProvider", enabled=False)
        .sync("bob@gmail.com", "com.android.contacts", syncable=0)
        .sync("me@samsung.example", "com.samsung.android.scloud.sync.message", account_type="com.osp.app.signin")
        .build()
    )
    findings = cloud.check_sync_data(snap)
    alice = only(findings, "cloud.sync_sensitive", "com.google#1")
    assert alice.severity == S.MEDIUM
    assert alice.params["data_ids"] == ("contacts", "calendar")
    assert alice.params["account"] == "a•••@g•••.com"
    samsung = only(findings, "cloud.sync_sensitive", "com.osp.app.signin#1")
    assert samsung.params["data_ids"] == ("messages",)
    assert samsung.params["service"] == "Samsung"
    assert len(findings) == 2  # bob's contacts are not syncable


def test_sync_without_master_sync_is_info_and_ok_and_unknown() -> None:
    snap = safe().sync("alice@gmail.com", "com.android.contacts").build()
    assert only(cloud.check_sync_data(snap), "cloud.sync_sensitive").severity == S.INFO
    clean = safe().sync("alice@gmail.com", "com.google.android.gm").build()
    assert only(cloud.check_sync_data(clean), "cloud.sync_sensitive").severity == S.OK
    assert only(cloud.check_sync_data(SnapshotBuilder().unknown("sync").build()), "cloud.sync_sensitive"
                ).severity == S.UNKNOWN


def test_backup() -> None:
    google = "com.google.android.gms/.backup.BackupTransportService"
    finding = only(cloud.check_backup(safe().backup(True, current=google).build()), "cloud.backup")
    assert finding.severity == S.MEDIUM
    assert finding.auto_fixes == (AutoFix("bmgr_enable", {"enabled": False}),)
    assert any(google in e.value for e in finding.evidence)
    local = safe().backup(True, current="com.android.localtransport/.LocalTransport").build()
    assert only(cloud.check_backup(local), "cloud.backup").severity == S.INFO
    assert only(cloud.check_backup(safe().build()), "cloud.backup").severity == S.OK
    unknown = SnapshotBuilder().unknown("backup_enabled").unknown("backup_transports").build()
    assert only(cloud.check_backup(unknown), "cloud.backup").severity == S.UNKNOWN


def test_backup_state_from_transports_when_bmgr_enabled_failed() -> None:
    snap = SnapshotBuilder().backup(True, current="x/.Y").unknown("backup_enabled").build()
    assert only(cloud.check_backup(snap), "cloud.backup").severity == S.MEDIUM


def test_cloud_apps_get_guided_checks() -> None:
    snap = (
        safe()
        .package("com.google.android.apps.photos", installer=None, system=True, granted=["READ_MEDIA_IMAGES"])
        .package("com.whatsapp", granted=["CAMERA"])
        .package("com.dropbox.android")
        .package("com.samsung.android.scloud", installer=None, system=True, enabled=3)
        .package("com.microsoft.skydrive")
        .appop("com.microsoft.skydrive", "MANAGE_EXTERNAL_STORAGE")
        .build()
    )
    findings = cloud.check_backup_apps(snap)
    photos = only(findings, "cloud.backup_app", "com.google.android.apps.photos")
    assert photos.severity == S.MEDIUM
    assert photos.manual_steps[0].title == "Check Google Photos backup"
    assert fix_kinds(photos) == ["revoke_permission"]
    whatsapp = only(findings, "cloud.backup_app", "com.whatsapp")
    assert whatsapp.severity == S.MEDIUM
    assert whatsapp.manual_steps[0].title == "Check WhatsApp chat backup"
    assert only(findings, "cloud.backup_app", "com.dropbox.android").severity == S.INFO  # no storage access
    assert only(findings, "cloud.backup_app", "com.samsung.android.scloud").severity == S.INFO  # switched off
    assert only(findings, "cloud.backup_app", "com.microsoft.skydrive").severity == S.MEDIUM  # all-files access


def test_cloud_apps_ok_and_unknown() -> None:
    assert only(cloud.check_backup_apps(safe().build()), "cloud.backup_app").severity == S.OK
    unknown = SnapshotBuilder().unknown("packages").unknown("package_details").build()
    assert only(cloud.check_backup_apps(unknown), "cloud.backup_app").severity == S.UNKNOWN


def test_every_guided_check_named_in_the_data_exists() -> None:
    from hardener.data import indicators

    for app in indicators.cloud_apps().values():
        assert app.check == "" or app.check in cloud.GUIDED_CHECKS, app
