"""The virtual phone behind the practice phone: every persona answers the spec's checklist in its
Android version's format, and writes change what later reads show (and undo restores it)."""

from __future__ import annotations

import json
import re

import pytest

from hardener.sim.backend import ShellOutcome
from hardener.sim.personas import (
    PersonaInfo,
    UnknownPersona,
    build_phone,
    list_personas,
    load_persona,
    load_persona_data,
    persona_names,
)
from hardener.sim.phone import VirtualPhone, diff_states

PERSONAS = persona_names()
REQUIRED = {"pixel-14", "samsung-11", "old-9", "many-apps", "apps-50", "apps-300", "apps-1000", "hostile",
            "xiaomi-13"}
NONCE = "0123456789abcdef"


def sh(phone: VirtualPhone, command: str) -> ShellOutcome:
    return phone.run_shell(command)


def out(phone: VirtualPhone, command: str) -> str:
    got = phone.run_shell(command)
    return got.stdout.decode("utf-8", "surrogateescape")


def third_party_with_runtime(phone: VirtualPhone) -> tuple[str, str]:
    """A plain third-party app and one of its granted runtime permissions (grant/revoke tests)."""
    for pkg in phone.packages.values():
        st = pkg.users.get(0)
        if pkg.system or st is None or not re.fullmatch(r"[a-z][a-z0-9_.]*", pkg.name):
            continue
        if phone.is_active_admin_package(pkg.name):
            continue
        for perm, ps in st.runtime.items():
            if ps.granted and not ({"SYSTEM_FIXED", "POLICY_FIXED"} & set(ps.flags)):
                return pkg.name, perm
    raise AssertionError("persona has no third-party app with a granted runtime permission")


@pytest.fixture(params=PERSONAS)
def phone(request: pytest.FixtureRequest) -> VirtualPhone:
    return load_persona(request.param)


# --- personas -------------------------------------------------------------------------------------


def test_the_required_personas_exist_and_list_their_facts():
    infos = {p.name: p for p in list_personas()}
    assert set(infos) >= REQUIRED
    for info in infos.values():
        assert isinstance(info, PersonaInfo)
        assert info.description and "\n" not in info.description
        assert info.android_release and info.sdk >= 28
        assert info.app_count > 10
    assert infos["pixel-14"].sdk == 34 and infos["pixel-14"].android_release == "14"
    assert infos["samsung-11"].sdk == 30
    assert infos["old-9"].sdk == 28
    assert 40 <= infos["pixel-14"].app_count <= 70
    assert 100 <= infos["samsung-11"].app_count <= 140
    assert 50 <= infos["old-9"].app_count <= 70
    assert infos["many-apps"].app_count == 600
    for n in (50, 300, 1000):
        assert infos[f"apps-{n}"].app_count == n
        assert infos[f"apps-{n}"].sdk == 33


def test_personas_are_deterministic_and_independent():
    a, b = load_persona("samsung-11"), load_persona("samsung-11")
    assert a.state_digest() == b.state_digest()
    assert out(a, "pm list packages -f -i -U -u") == out(b, "pm list packages -f -i -U -u")
    sh(a, "settings put secure lock_screen_allow_private_notifications 0")
    assert a.state_digest() != b.state_digest()
    assert out(b, "settings get secure lock_screen_allow_private_notifications") == "1\n"


def test_unknown_persona_names_the_choices():
    with pytest.raises(UnknownPersona, match="pixel-14"):
        load_persona("no-such-phone")
    with pytest.raises(UnknownPersona):
        load_persona("../_catalog")


def test_personas_carry_sim_defaults_for_the_server():
    for name in PERSONAS:
        sim = load_persona(name).sim_defaults
        assert sim["auth_mode"] == "prompt-accept"
        assert float(sim["prompt_delay_s"]) >= 0


def test_backend_surface(phone: VirtualPhone):
    banner = phone.banner()
    assert set(banner) == {"ro.product.name", "ro.product.model", "ro.product.device"}
    assert all(banner.values())
    assert phone.adb_enabled is True
    assert phone.write_file("/data/local/tmp/journal.json", b"{}", 0o100600, 1700000000) is None
    assert phone.read_file("/data/local/tmp/journal.json") == b"{}"
    st = phone.stat("/data/local/tmp/journal.json")
    assert st is not None and st.size == 2 and st.mode & 0o170000 == 0o100000
    listing = dict(phone.list_dir("/data/local/tmp") or [])
    assert "journal.json" in listing
    assert phone.read_file("/data/data/com.android.settings/databases/x.db") is None
    assert phone.list_dir("/data") is None
    assert phone.write_file("/system/bin/evil", b"x", 0o100755, 0) is not None
    assert phone.stat("/nope") is None


# --- the checklist (android-shell-spec §8) ------------------------------------------------------


def test_getprop_full_and_single(phone: VirtualPhone):
    full = out(phone, "getprop")
    pairs = dict(re.findall(r"^\[(.+?)\]: \[(.*)\]$", full, re.M))
    assert pairs["ro.build.version.sdk"] == str(phone.sdk)
    assert out(phone, "getprop ro.build.version.sdk") == f"{phone.sdk}\n"
    assert out(phone, "getprop no.such.prop") == "\n"
    if phone.name != "hostile":
        assert all(re.fullmatch(r"\[(.+?)\]: \[(.*)\]", line) for line in full.splitlines())


@pytest.mark.parametrize("table", ["system", "secure", "global"])
def test_settings_list_get_put_delete(phone: VirtualPhone, table: str):
    listing = out(phone, f"settings list {table}")
    assert listing
    if phone.name != "hostile":  # its values hold newlines on purpose
        assert all("=" in line for line in listing.splitlines())
    assert out(phone, f"settings get {table} hardener_test_key") == "null\n"
    put = sh(phone, f"settings put {table} hardener_test_key 42")
    if phone.faults.gate and table in phone.faults.gate_tables:
        assert put.exit_code != 0 and b"WRITE_SECURE_SETTINGS" in put.stderr
        return
    assert put.exit_code == 0 and put.stdout == b"" and put.stderr == b""
    assert out(phone, f"settings get {table} hardener_test_key") == "42\n"
    assert "hardener_test_key=42\n" in out(phone, f"settings list {table}")
    assert out(phone, f"settings delete {table} hardener_test_key") == "Deleted 1 rows\n"
    assert out(phone, f"settings get {table} hardener_test_key") == "null\n"
    assert out(phone, f"settings delete {table} hardener_test_key") == "Deleted 0 rows\n"


def test_dumpsys_lock_settings_format_follows_the_version(phone: VirtualPhone):
    text = out(phone, "dumpsys lock_settings")
    assert text.startswith("Current lock settings service state:\n")
    lock = phone.lock_for(0)
    if phone.sdk <= 29:
        assert "SP Enabled = " in text and re.search(r"^\s+SID = [0-9a-f]+$", text, re.M)
        assert "CredentialType" not in text
        return
    kind = re.search(r"CredentialType: (\S+)", text)
    assert kind is not None
    expected = {"none": "None", "swipe": "None", "pattern": "Pattern", "pin": "Pin", "password": "Password"}
    want = expected[lock.credential]
    assert kind.group(1) == (want.upper() if phone.sdk >= 33 else want)


def test_locksettings_get_disabled(phone: VirtualPhone):
    got = sh(phone, "locksettings get-disabled")
    if phone.lock_for(0).secure:
        assert got.exit_code == 255
        assert got.stderr.startswith(b"Error while executing command: get-disabled\n")
        assert b"Credential can't be null or empty" in got.stderr and b"\tat " in got.stderr
        assert phone.failed_unlock_attempts == 0
    else:
        assert got.exit_code == 0 and got.stdout in (b"true\n", b"false\n")


def test_dumpsys_trust_and_biometrics(phone: VirtualPhone):
    trust = out(phone, "dumpsys trust")
    assert trust.startswith("Trust manager state:\n")
    assert re.search(r'^ User ".*" \(id=0, flags=0x[0-9a-f]+\)( \(current\))?: trusted=[01], trustManaged=[01], '
                     r"deviceLocked=[01], strongAuthRequired=0x[0-9a-f]+$", trust, re.M | re.S)
    fp = sh(phone, "dumpsys fingerprint")
    if phone.has_fingerprint_hardware:
        doc = json.loads(fp.stdout)
        assert doc["service"] == "Fingerprint Manager"
        assert doc["prints"][0]["count"] == phone.locks[0].fingerprints
    face = sh(phone, "dumpsys face")
    if phone.has_face_hardware and phone.sdk >= 29:
        assert json.loads(face.stdout)["service"] == "Face Manager"
    else:
        assert face.stdout == b"" and face.stderr == b"Can't find service: face\n" and face.exit_code == 0
    assert "KeyguardServiceDelegate" in out(phone, "dumpsys window policy")


def test_pm_list_packages_format(phone: VirtualPhone):
    lines = out(phone, "pm list packages -f -i -U -u").splitlines()
    assert len(lines) >= sum(1 for p in phone.packages.values() if 0 in p.users)
    if phone.name == "hostile":
        return
    for line in lines:
        m = re.fullmatch(r"package:(/\S+)=([\w.]+)  installer=(\S+) uid:(\d+)", line)
        assert m, line
        if phone.sdk >= 30 and m.group(1).startswith("/data/app/"):
            assert m.group(1).startswith("/data/app/~~") and "==/" in m.group(1)
    names = {line.split(":", 1)[1] for line in out(phone, "pm list packages").splitlines()}
    assert names == {p.name for p in phone.packages.values() if phone.installed_for(p, 0)}
    third = out(phone, "pm list packages -3").splitlines()
    system = out(phone, "pm list packages -s").splitlines()
    assert len(third) + len(system) == len(names)
    if "com.whatsapp" in phone.packages:
        versioned = out(phone, "pm list packages --show-versioncode com.whatsapp")
        assert versioned.startswith("package:com.whatsapp versionCode:")
    assert out(phone, "pm list packages -x") == "Error: Unknown option: -x\n"


def test_dumpsys_package_id_label_and_blocks(phone: VirtualPhone):
    text = out(phone, "dumpsys package packages")
    section = text.split("\nHidden system packages:")[0]
    assert section.startswith("Packages:\n")
    label = "appId" if phone.sdk >= 34 else "userId"
    other = "userId" if phone.sdk >= 34 else "appId"
    assert re.search(rf"^    {label}=\d+$", section, re.M)
    assert not re.search(rf"^    {other}=\d+$", section, re.M)
    if phone.name != "hostile":
        assert section.count("\n  Package [") == len(phone.packages)
    name, perm = third_party_with_runtime(phone)
    one = out(phone, f"dumpsys package {name}")
    assert f"  Package [{name}]" in one
    assert f"        {perm}: granted=true" in one
    user_line = re.search(r"^    User 0: .*$", one, re.M)
    assert user_line and "installed=true" in user_line.group(0) and "enabled=0" in user_line.group(0)
    assert ("distractionFlags=" in user_line.group(0)) == (phone.sdk >= 30)
    assert "installerPackageName=" in one and "firstInstallTime=" in one and "lastUpdateTime=" in one
    assert "requested permissions:" in one


def test_dumpsys_appops_and_appops_get(phone: VirtualPhone):
    text = out(phone, "dumpsys appops")
    assert text.startswith("Current AppOps Service state:\n")
    assert re.search(r"^  Uid u0a\d+:$", text, re.M)
    assert re.search(r"^    Package [^\n]+:\n      [A-Z_]+ \((allow|ignore|deny|default|foreground)\):$", text, re.M)
    got = out(phone, "appops get com.android.settings NO_SUCH_OP")
    assert got == "" and sh(phone, "appops get com.android.settings NO_SUCH_OP").stderr.startswith(
        b"Error: Unknown operation string")
    assert out(phone, "appops get com.android.shell PROJECT_MEDIA") == "No operations.\nDefault mode: ignore\n"


def test_device_policy_account_content_backup_disk_usage_users(phone: VirtualPhone):
    dp = out(phone, "dumpsys device_policy")
    assert "Enabled Device Admins (User 0, provisioningState:" in dp
    for admin in phone.admins:
        if admin.user_id == 0 and phone.name != "hostile":
            assert f"    testOnlyAdmin={str(admin.test_only).lower()}" in dp
    acc = out(phone, "dumpsys account")
    users0 = [a for a in phone.accounts if a.user_id == 0]
    assert f"  Accounts: {len(users0)}\n" in acc
    if phone.name != "hostile":
        for a in users0:
            assert f"    Account {{name={a.name}, type={a.type}}}\n" in acc
    content = out(phone, "dumpsys content")
    assert re.search(r"^Auto sync: (u\d+=(true|false) )+$", content, re.M)
    assert "Background network restriction:  disabled" in content
    enabled = out(phone, "bmgr enabled")
    assert enabled == f"Backup Manager currently {'enabled' if phone.backup[0].enabled else 'disabled'}\n"
    transports = out(phone, "bmgr list transports").splitlines()
    assert sum(1 for t in transports if t.startswith("  * ")) == 1
    disk = out(phone, "dumpsys diskstats")
    assert disk.startswith("Latency: ") and "Data-Free: " in disk
    assert ("Package Names: [" in disk) == phone.disk.cached_block
    if phone.disk.cached_block:
        names = json.loads(re.search(r"^Package Names: (.*)$", disk, re.M).group(1))  # type: ignore[union-attr]
        sizes = json.loads(re.search(r"^App Sizes: (.*)$", disk, re.M).group(1))  # type: ignore[union-attr]
        assert len(names) == len(sizes) > 0
        assert ("App Data Sizes: " in disk) == (phone.sdk >= 30)
    usage = out(phone, "dumpsys usagestats")
    assert usage.startswith("user=0\n  In-memory daily stats\n")
    key = "lastTimeUsed" if phone.sdk >= 29 else "lastTime"
    assert re.search(rf'package=\S+ .*{key}="\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d"', usage)
    users = out(phone, "pm list users")
    assert users.startswith("Users:\n\tUserInfo{0:")
    assert out(phone, "am get-current-user") == "0\n"


def test_the_scan_batch_line_runs_exactly(phone: VirtualPhone):
    commands = ["getprop", "settings list secure", "pm list users", "locksettings get-disabled", "frobnicate"]
    line = "; ".join(f'{c} 2>&1; echo "__HB_{NONCE}_{i}_$?__"' for i, c in enumerate(commands))
    got = sh(phone, line)
    assert got.exit_code == 0 and got.stderr == b""
    text = got.stdout.decode("utf-8", "surrogateescape")
    bodies, codes, start = [], [], 0
    for index, m in enumerate(re.finditer(rf"__HB_{NONCE}_(\d+)_(\d+)__\n", text)):
        assert int(m.group(1)) == index
        bodies.append(text[start : m.start()])
        codes.append(int(m.group(2)))
        start = m.end()
    assert text[start:] == ""
    secure = phone.lock_for(0).secure
    assert codes == [0, 0, 0, 255 if secure else 0, 127]
    assert bodies[0].startswith("[")
    assert bodies[4] == "/system/bin/sh: frobnicate: inaccessible or not found\n"
    if secure:
        assert bodies[3].startswith("Error while executing command: get-disabled\n")


# --- writes round-trip, and undo restores the exact state -------------------------------------------


def test_permission_revoke_then_grant(phone: VirtualPhone):
    name, perm = third_party_with_runtime(phone)
    before = phone.export_state()
    revoke = sh(phone, f"pm revoke {name} {perm}")
    if phone.faults.gate == "miui":
        assert revoke.exit_code == 255
        assert (b"revokeRuntimePermission: Neither user 2000 nor current process has "
                b"android.permission.REVOKE_RUNTIME_PERMISSIONS.") in revoke.stderr
        assert phone.export_state() == before
        return
    assert revoke == ShellOutcome(b"", b"", 0)
    assert f"        {perm}: granted=false" in out(phone, f"dumpsys package {name}")
    assert sh(phone, f"pm grant {name} {perm}") == ShellOutcome(b"", b"", 0)
    assert f"        {perm}: granted=true" in out(phone, f"dumpsys package {name}")
    assert diff_states(before, phone.export_state()) == []


def test_appops_set_then_get_then_restore(phone: VirtualPhone):
    name, _ = third_party_with_runtime(phone)
    before = phone.export_state()
    old = out(phone, f"appops get {name} SYSTEM_ALERT_WINDOW")
    assert sh(phone, f"appops set {name} SYSTEM_ALERT_WINDOW deny") == ShellOutcome(b"", b"", 0)
    assert out(phone, f"appops get {name} SYSTEM_ALERT_WINDOW").startswith("SYSTEM_ALERT_WINDOW: deny")
    assert "      SYSTEM_ALERT_WINDOW (deny):" in out(phone, "dumpsys appops")
    restore = "default" if old.startswith("No operations.") else old.split(": ", 1)[1].split(";")[0].strip()
    sh(phone, f"appops set {name} SYSTEM_ALERT_WINDOW {restore}")
    assert out(phone, f"appops get {name} SYSTEM_ALERT_WINDOW") == old
    assert diff_states(before, phone.export_state()) == []


def test_disable_user_then_list_then_default_state(phone: VirtualPhone):
    name, _ = third_party_with_runtime(phone)
    before = phone.export_state()
    got = sh(phone, f"pm disable-user --user 0 {name}")
    assert got.stdout == f"Package {name} new state: disabled-user\n".encode()
    assert f"package:{name}\n" in out(phone, "pm list packages -d")
    assert f"package:{name}\n" not in out(phone, "pm list packages -e")
    assert " enabled=3 " in out(phone, f"dumpsys package {name}")
    assert out(phone, f"pm enable {name}") == f"Package {name} new state: enabled\n"
    assert diff_states(before, phone.export_state()) == [f"~ packages/{name}/users/0/enabled: 0 -> 1"]
    assert out(phone, f"pm default-state --user 0 {name}") == f"Package {name} new state: default\n"
    assert diff_states(before, phone.export_state()) == []


def test_bmgr_enable_round_trip(phone: VirtualPhone):
    was = phone.backup[0].enabled
    assert out(phone, "bmgr enable false") == "Backup Manager now disabled\n"
    assert out(phone, "bmgr enabled") == "Backup Manager currently disabled\n"
    assert out(phone, "settings get secure backup_enabled") == "0\n"
    out(phone, f"bmgr enable {str(was).lower()}")
    assert phone.backup[0].enabled is was


def test_suspend_uninstall_reinstall_clear(phone: VirtualPhone):
    name, _ = third_party_with_runtime(phone)
    before = phone.export_state()
    assert out(phone, f"pm suspend --user 0 {name}") == f"Package {name} new suspended state: true\n"
    assert " suspended=true " in out(phone, f"dumpsys package {name}")
    assert out(phone, f"pm unsuspend --user 0 {name}") == f"Package {name} new suspended state: false\n"
    assert out(phone, f"pm uninstall -k --user 0 {name}") == "Success\n"
    assert f"package:{name}\n" not in out(phone, "pm list packages")
    assert f"package:{name}\n" in out(phone, "pm list packages -u")
    assert out(phone, f"pm uninstall -k --user 0 {name}") == "Failure [not installed for 0]\n"
    assert out(phone, f"cmd package install-existing --user 0 {name}") == f"Package {name} installed for user: 0\n"
    assert diff_states(before, phone.export_state()) == []
    missing = sh(phone, "cmd package install-existing com.no.such.app")
    assert missing.stdout == (b"android.content.pm.PackageManager$NameNotFoundException: "
                              b"Package com.no.such.app doesn't exist\n") and missing.exit_code == 1
    assert out(phone, f"pm clear {name}") == "Success\n"
    assert phone.packages[name].data_bytes == 0
    assert sh(phone, "pm clear com.no.such.app").stderr == b"Failed\n"


def test_notification_listener_and_roles(phone: VirtualPhone):
    cmp = "com.android.settings/.SomeListener"
    assert sh(phone, f"cmd notification allow_listener {cmp}") == ShellOutcome(b"", b"", 0)
    listeners = out(phone, "settings get secure enabled_notification_listeners")
    assert "com.android.settings/com.android.settings.SomeListener" in listeners
    sh(phone, f"cmd notification disallow_listener {cmp}")
    assert "SomeListener" not in out(phone, "settings get secure enabled_notification_listeners")
    roles = sh(phone, "cmd role get-role-holders android.app.role.SMS")
    if phone.sdk < 29:
        assert roles.exit_code == 20 and roles.stderr == b"cmd: Can't find service: role\n"
    else:
        assert roles.exit_code == 0
        assert roles.stdout.decode("utf-8", "surrogateescape").splitlines() == phone.roles.get(0, {}).get(
            "android.app.role.SMS", [])


def test_am_start_records_the_screen(phone: VirtualPhone):
    assert out(phone, "am start -a android.settings.SYNC_SETTINGS") == \
        "Starting: Intent { act=android.settings.SYNC_SETTINGS }\n"
    assert phone.opened_screens[-1].action == "android.settings.SYNC_SETTINGS"
    bad = sh(phone, "am start -a com.example.NOPE")
    assert bad.exit_code == 1 and b"unable to resolve Intent" in bad.stderr


def test_adb_enabled_off_is_seen_by_the_server(phone: VirtualPhone):
    got = sh(phone, "settings put global adb_enabled 0")
    if phone.faults.gate and "global" in phone.faults.gate_tables:
        assert got.exit_code != 0 and phone.adb_enabled
        return
    assert phone.adb_enabled is False
    sh(phone, "settings put global adb_enabled 1")
    assert phone.adb_enabled is True


def test_what_shell_cannot_do_fails_like_on_a_real_phone(phone: VirtualPhone):
    name, _ = third_party_with_runtime(phone)
    hide = sh(phone, f"pm hide {name}")
    assert hide.exit_code == 255 and b"android.permission.MANAGE_USERS" in hide.stderr
    disable = sh(phone, f"pm disable {name}")
    assert f"Shell cannot change component state for {name}/null to 2".encode() in disable.stderr
    cat = sh(phone, f"cat /data/data/{name}/shared_prefs/x.xml")
    assert cat.exit_code == 1
    assert cat.stderr == f"cat: /data/data/{name}/shared_prefs/x.xml: Permission denied\n".encode()
    assert sh(phone, "ls /data").stderr == b"ls: /data: Permission denied\n"
    setprop = sh(phone, "setprop ro.debuggable 1")
    assert setprop.exit_code == 1 and b"Failed to set property 'ro.debuggable'" in setprop.stderr
    grant = sh(phone, f"pm grant {name} android.permission.INTERNET")
    assert grant.exit_code == 255
    if phone.faults.gate != "miui":
        assert b"is not a changeable permission type" in grant.stderr
        unknown = sh(phone, "pm grant com.no.such.app android.permission.CAMERA")
        assert b"java.lang.IllegalArgumentException: Unknown package: com.no.such.app" in unknown.stderr
    assert phone.internal_errors == []


def test_dpm_remove_active_admin_refuses_real_admins(phone: VirtualPhone):
    admin = next((a for a in phone.admins if a.user_id == 0), None)
    if admin is None:
        pytest.skip("no device admin on this persona")
    got = sh(phone, f"dpm remove-active-admin '{admin.component}'")
    assert got.exit_code != 0
    assert b"java.lang.SecurityException: Attempt to remove non-test admin ComponentInfo{" in got.stderr
    if phone.sdk >= 30:
        assert b"Exception occurred while executing 'remove-active-admin':" in got.stderr
    assert admin in phone.admins


# --- persona-specific behaviour -------------------------------------------------------------------


def test_lockdown_flips_strong_auth_on_android_12_and_later():
    phone = load_persona("pixel-14")
    assert "strongAuthRequired=0x0" in out(phone, "dumpsys trust")
    got = sh(phone, "cmd lock_settings require-strong-auth STRONG_AUTH_REQUIRED_AFTER_USER_LOCKDOWN")
    assert got.stdout == b"Require strong auth for USER_ID -1 because of STRONG_AUTH_REQUIRED_AFTER_USER_LOCKDOWN\n"
    trust = out(phone, "dumpsys trust")
    assert "strongAuthRequired=0x20" in trust and "deviceLocked=1" in trust
    assert "require-strong-auth" in out(phone, "cmd lock_settings help")


def test_lockdown_is_not_there_before_android_12():
    samsung = load_persona("samsung-11")  # secure lock: the credential check throws first
    got = sh(samsung, "cmd lock_settings require-strong-auth STRONG_AUTH_REQUIRED_AFTER_USER_LOCKDOWN")
    assert got.exit_code == 255 and b"Error while executing command: require-strong-auth" in got.stderr
    assert "strongAuthRequired=0x0" in out(samsung, "dumpsys trust")
    old = load_persona("old-9")  # no lock: the old shell command says it does not know the verb
    got = sh(old, "locksettings require-strong-auth STRONG_AUTH_REQUIRED_AFTER_USER_LOCKDOWN")
    assert got.stderr == b"Unknown command: require-strong-auth\n"
    assert old.lock_for(0).strong_auth == 0


def test_samsung_story():
    phone = load_persona("samsung-11")
    assert out(phone, "settings get secure lock_screen_allow_private_notifications") == "1\n"
    assert out(phone, "settings get system screen_off_timeout") == "600000\n"
    translate = out(phone, "dumpsys package com.google.android.apps.translate")
    assert "android.permission.RECORD_AUDIO: granted=true" in translate
    assert phone.packages["com.google.android.apps.translate"].data_bytes > 2_000_000_000
    assert "com.google.android.apps.translate" in out(phone, "dumpsys usagestats com.google.android.apps.translate")
    for app in ("com.facebook.katana", "com.instagram.android", "com.tinder", "com.grindrapp.android"):
        assert "android.permission.READ_CONTACTS: granted=true" in out(phone, f"dumpsys package {app}")
    accounts = out(phone, "dumpsys account")
    assert "type=com.google}" in accounts and "type=com.osp.app.signin}" in accounts
    content = out(phone, "dumpsys content")
    assert len(re.findall(r"^com\.android\.contacts +1 +true +Total", content, re.M)) == 3
    trust = out(phone, "dumpsys trust")
    assert "trustManaged=1" in trust and "GoogleTrustAgent" in trust
    assert json.loads(out(phone, "dumpsys fingerprint"))["prints"][0]["count"] == 2


def test_old_phone_story():
    phone = load_persona("old-9")
    assert out(phone, "getprop ro.crypto.state") == "unencrypted\n"
    assert out(phone, "locksettings get-disabled") == "true\n"
    assert out(phone, "settings get global package_verifier_enable") == "0\n"
    assert out(phone, "settings get global stay_on_while_plugged_in") != "0\n"
    listed = out(phone, "pm list packages -i com.thetruth")
    assert listed == "package:com.thetruth  installer=com.android.packageinstaller\n"
    assert "com.thetruth/" in out(phone, "settings get secure enabled_accessibility_services")
    assert "com.thetruth/" in out(phone, "settings get secure enabled_notification_listeners")
    assert "  com.thetruth/.receiver.AdminReceiver:\n" in out(phone, "dumpsys device_policy")
    pkg = out(phone, "dumpsys package com.thetruth")
    for perm in ("ACCESS_FINE_LOCATION", "READ_SMS", "READ_CALL_LOG", "RECORD_AUDIO"):
        assert f"android.permission.{perm}: granted=true" in pkg
    assert out(phone, "pm uninstall -k --user 0 com.thetruth") == "Failure [DELETE_FAILED_DEVICE_POLICY_MANAGER]\n"
    assert out(phone, "pm suspend com.thetruth") == "Package com.thetruth new suspended state: false\n"
    assert "Package Names:" not in out(phone, "dumpsys diskstats")


def test_xiaomi_gate_refuses_grants_and_secure_writes():
    phone = load_persona("xiaomi-13")
    got = sh(phone, "pm grant com.whatsapp android.permission.CAMERA")
    assert got.exit_code == 255
    assert (b"java.lang.SecurityException: grantRuntimePermission: Neither user 2000 nor current process has "
            b"android.permission.GRANT_RUNTIME_PERMISSIONS.") in got.stderr
    assert b"Exception occurred while executing 'grant':" in got.stderr
    put = sh(phone, "settings put secure lock_screen_allow_private_notifications 0")
    assert put.exit_code == 255 and b"Permission denial: writing to settings requires" in put.stderr
    assert out(phone, "settings get secure lock_screen_allow_private_notifications") == "1\n"
    assert sh(phone, "settings put system screen_off_timeout 30000").exit_code == 0
    system_app = sh(phone, "pm disable-user --user 0 com.miui.analytics")
    assert b"Cannot disable system packages." in system_app.stderr
    assert out(phone, "getprop ro.miui.ui.version.name") == "V140\n"


def test_work_profile_is_its_own_scope():
    phone = load_persona("pixel-15")
    assert "\tUserInfo{10:Work profile:1030} running\n" in out(phone, "pm list users")
    assert out(phone, "settings --user 10 get secure lock_screen_allow_private_notifications") == "1\n"
    assert out(phone, "settings get secure lock_screen_allow_private_notifications") == "0\n"
    work = out(phone, "pm list packages --user 10")
    assert "package:com.microsoft.teams\n" in work
    assert "package:com.microsoft.teams\n" not in out(phone, "pm list packages --user 0")
    trust = out(phone, "dumpsys trust")
    assert '(id=10, flags=0x1030) (managed profile)' in trust
    assert "Profile Owner (User 10)" in out(phone, "dumpsys device_policy")
    assert "Account {name=sam@employer.example, type=com.google}" in out(phone, "dumpsys account")
    assert re.search(r"Auto sync: u0=true u10=true $", out(phone, "dumpsys content"), re.M)
    assert out(phone, "bmgr --user 10 enabled") == "Backup Manager currently deactivated for user 10\n"
    assert "CredentialType: PIN" in out(phone, "dumpsys lock_settings")
    assert "Quality: 0" in out(phone, "dumpsys lock_settings")  # API 35 quirk


def test_content_labels_are_lower_case_up_to_android_8_1():
    data = load_persona_data("old-9")
    data["device"] = {**data["device"], "sdk": 27, "release": "8.1.0"}
    phone = build_phone(data)
    content = out(phone, "dumpsys content")
    assert "auto sync: u0=true \n" in content and "Auto sync:" not in content
    assert "accounts: 2\n" in content


# --- fault flags ----------------------------------------------------------------------------------


def test_ignore_writes_says_success_and_changes_nothing():
    phone = load_persona("pixel-14")
    phone.faults.ignore_writes = True
    before = phone.state_digest()
    assert sh(phone, "settings put secure lock_screen_show_notifications 0") == ShellOutcome(b"", b"", 0)
    assert sh(phone, "pm revoke com.whatsapp android.permission.CAMERA").exit_code == 0
    assert out(phone, "pm disable-user --user 0 com.whatsapp") == "Package com.whatsapp new state: disabled-user\n"
    assert out(phone, "bmgr enable false") == "Backup Manager now disabled\n"
    assert phone.state_digest() == before
    phone.faults.ignore_writes = {"backup"}
    out(phone, "bmgr enable false")
    sh(phone, "settings put secure lock_screen_show_notifications 0")
    assert phone.backup[0].enabled and phone.setting("secure", "lock_screen_show_notifications") == "0"


def test_deferred_writes_land_after_the_next_command():
    phone = load_persona("old-9")
    phone.faults.deferred_writes = 1
    cmp = "com.thetruth/com.thetruth.service.NotificationReader"
    got = sh(phone, f"cmd notification disallow_listener {cmp}; settings get secure enabled_notification_listeners")
    assert "NotificationReader" in got.stdout.decode()  # same invocation: not written yet
    assert "NotificationReader" not in out(phone, "settings get secure enabled_notification_listeners")


def test_wrong_old_credential_counts_a_failed_attempt():
    phone = load_persona("pixel-14")
    got = sh(phone, "locksettings get-disabled --old 0000")
    assert got.stdout == b"Old password '0000' didn't match\n" and got.exit_code == 255
    assert phone.failed_unlock_attempts == 1
    assert out(phone, "locksettings get-disabled --old 246810") == "false\n"
    assert phone.failed_unlock_attempts == 0


def test_export_state_covers_what_hardening_changes():
    phone = load_persona("samsung-11")
    state = phone.export_state()
    assert {"settings", "packages", "uid_ops", "backup", "accounts", "master_sync", "roles", "admins", "locks",
            "adb_enabled", "trust_agents"} <= set(state)
    pkg = state["packages"]["com.google.android.apps.translate"]["users"]["0"]
    assert pkg["runtime"]["android.permission.RECORD_AUDIO"]["granted"] is True
    assert pkg["ops"]["SYSTEM_ALERT_WINDOW"] == "allow"
    assert {"installed", "enabled", "suspended", "hidden"} <= set(pkg)
    json.dumps(state)  # plain data
    twin = phone.clone()
    sh(twin, "pm revoke com.google.android.apps.translate android.permission.RECORD_AUDIO")
    assert twin.state_digest() != phone.state_digest()
    assert phone.export_state() == state
    assert phone.state_digest(include_files=True) != twin.state_digest(include_files=True)
