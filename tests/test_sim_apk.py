"""The practice phone's apps as files: real, signed APKs at the paths ``pm path`` prints, and
``pm install``/``cmd package install``/``pm uninstall`` working on them."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from hardener.sim.apk import apk_for, read_manifest, signing_digest
from hardener.sim.apk.axml import Element, decode, encode
from hardener.sim.personas import load_persona
from hardener.sim.phone import VirtualPhone
from hardener.sim.shell_io import TextInput

APKSIGNER = shutil.which("apksigner")


@pytest.fixture
def phone() -> VirtualPhone:
    return load_persona("pixel-14")


def run(phone: VirtualPhone, line: str) -> tuple[str, str, int]:
    got = phone.run_shell(line)
    return got.stdout.decode("utf-8", "surrogateescape"), got.stderr.decode(), got.exit_code


def apk_at_pm_path(phone: VirtualPhone, package: str) -> tuple[str, bytes]:
    stdout, _, code = run(phone, f"pm path {package}")
    assert code == 0 and stdout.startswith("package:")
    path = stdout.strip().removeprefix("package:")
    data = phone.read_file(path)  # what adb pull (sync RECV) sends
    assert data is not None, path
    return path, data


def test_the_file_pm_path_names_is_a_real_apk(phone: VirtualPhone) -> None:
    path, data = apk_at_pm_path(phone, "com.whatsapp")
    assert path.startswith("/data/app/~~") and path.endswith("/base.apk")
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert names[:2] == ["AndroidManifest.xml", "classes.dex"]
    assert {"META-INF/MANIFEST.MF", "META-INF/CERT.SF", "META-INF/CERT.RSA"} <= set(names)
    info = read_manifest(data)
    pkg = phone.packages["com.whatsapp"]
    assert (info.package, info.version_code, info.version_name, info.label) == (
        "com.whatsapp", pkg.version_code, pkg.version_name, "WhatsApp")
    assert info.permissions == pkg.requested and info.signed
    assert data == apk_for(pkg) and data == load_persona("pixel-14").read_file(path)  # the same every time


def test_a_system_app_lives_in_its_partition(phone: VirtualPhone) -> None:
    path, data = apk_at_pm_path(phone, "com.android.settings")
    assert path.startswith(("/system/", "/product/")) and path.endswith(".apk")
    folder = path.rsplit("/", 1)[0]
    assert run(phone, f"ls {folder}")[0].split() == [path.rsplit("/", 1)[1], "oat"]
    assert zipfile.ZipFile(io.BytesIO(data)).read("AndroidManifest.xml")[:2] == b"\x03\x00"


def test_shell_may_read_an_apk_but_not_list_data_app(phone: VirtualPhone) -> None:
    path, data = apk_at_pm_path(phone, "org.thoughtcrime.securesms")
    folder = path.rsplit("/", 1)[0]
    assert run(phone, "ls /data/app") == ("", "ls: /data/app: Permission denied\n", 1)
    assert run(phone, f"ls {folder.rsplit('/', 1)[0]}")[1].endswith("Permission denied\n")
    assert run(phone, f"ls {folder}")[0] == "base.apk\nlib\noat\n"
    assert run(phone, f"sha256sum {path}")[0] == f"{hashlib.sha256(data).hexdigest()}  {path}\n"
    assert run(phone, f"rm {path}")[1].endswith("Permission denied\n")


def test_binary_xml_round_trip() -> None:
    root = Element("manifest", {"package": "org.example", "android:versionCode": 7}, [
        Element("application", {"android:label": "Ünïcode app", "android:debuggable": True})])
    back = decode(encode(root))
    assert back.attrs == {"android:versionCode": 7, "package": "org.example"}
    assert back.children[0].attrs == {"android:label": "Ünïcode app", "android:debuggable": True}


@pytest.mark.skipif(APKSIGNER is None, reason="Debian's apksigner is not installed (apt-get install apksigner)")
def test_apksigner_verifies_v1_and_v2(phone: VirtualPhone, tmp_path: Path) -> None:
    for package in ("com.whatsapp", "com.android.settings"):
        _, data = apk_at_pm_path(phone, package)
        apk = tmp_path / f"{package}.apk"
        apk.write_bytes(data)
        assert APKSIGNER is not None
        got = subprocess.run([APKSIGNER, "verify", "--min-sdk-version", "21", "-v", "--print-certs", str(apk)],
                             capture_output=True, text=True, timeout=120, check=False)
        assert got.returncode == 0, got.stderr
        assert "Verified using v1 scheme (JAR signing): true" in got.stdout
        assert "Verified using v2 scheme (APK Signature Scheme v2): true" in got.stdout
        digest = signing_digest(phone.packages[package])
        assert f"Signer #1 certificate SHA-256 digest: {digest}" in got.stdout


def _other_phone_apk(package: str) -> bytes:
    """An APK for ``package`` from another persona (signed by the same test key as here)."""
    return apk_for(load_persona("samsung-11").packages[package])


def test_pm_install_of_a_pushed_apk_registers_the_app(phone: VirtualPhone) -> None:
    data = _other_phone_apk("com.whatsapp")
    assert run(phone, "pm uninstall com.whatsapp") == ("Success\n", "", 0)
    assert run(phone, "pm path com.whatsapp") == ("", "", 1)
    assert phone.write_file("/data/local/tmp/wa.apk", data, 0o100644, 0) is None
    assert run(phone, "pm install -g /data/local/tmp/wa.apk") == ("Success\n", "", 0)
    path, installed = apk_at_pm_path(phone, "com.whatsapp")
    assert installed == data and path.endswith("/base.apk")
    pkg = phone.packages["com.whatsapp"]
    assert pkg.installer is None and "installer=null" in run(phone, "pm list packages -i com.whatsapp")[0]
    assert pkg.users[0].runtime["android.permission.CAMERA"].granted  # -g
    assert "android.permission.CAMERA: granted=true" in run(phone, "dumpsys package com.whatsapp")[0]


def test_cmd_package_install_reads_the_apk_from_stdin(phone: VirtualPhone) -> None:
    """``adb install`` (adb 29) streams the file: ``exec:cmd package 'install' -S SIZE``."""
    data = _other_phone_apk("com.whatsapp")
    run(phone, "pm uninstall com.whatsapp")
    from hardener.sim.shell import Shell

    stdin = TextInput(data.decode("utf-8", "surrogateescape"))
    got = Shell(phone).run(f"cmd package 'install' -S {len(data)}", stdin=stdin)
    assert (got.stdout, got.exit_code) == (b"Success\n", 0)
    assert apk_at_pm_path(phone, "com.whatsapp")[1] == data


def test_install_refusals_use_the_package_managers_codes(phone: VirtualPhone) -> None:
    phone.write_file("/data/local/tmp/not.apk", b"plain text", 0o100644, 0)
    assert run(phone, "pm install /data/local/tmp/not.apk")[0].startswith("Failure [INSTALL_PARSE_FAILED_NOT_APK")
    older = _other_phone_apk("com.whatsapp")
    phone.packages["com.whatsapp"].version_code += 10
    phone.packages["com.whatsapp"].touch()
    phone.write_file("/data/local/tmp/old.apk", older, 0o100644, 0)
    assert run(phone, "pm install /data/local/tmp/old.apk")[0].startswith("Failure [INSTALL_FAILED_VERSION_DOWNGRADE")
    assert run(phone, "pm install -d /data/local/tmp/old.apk")[0] == "Success\n"
    assert run(phone, "pm install /data/local/tmp/none.apk")[2] == 255  # an exception, as on Android 10+


def test_updating_a_system_app_keeps_it_a_system_app(phone: VirtualPhone) -> None:
    _, factory = apk_at_pm_path(phone, "com.android.settings")
    phone.write_file("/data/local/tmp/settings.apk", factory, 0o100644, 0)
    assert run(phone, "pm install /data/local/tmp/settings.apk")[0] == "Success\n"
    pkg = phone.packages["com.android.settings"]
    assert pkg.system and pkg.code_path.startswith("/data/app/") and pkg.system_code_path is not None
