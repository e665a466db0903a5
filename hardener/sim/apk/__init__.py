"""Real APK files for the practice phone's packages, and reading an APK a trainer installs.

:func:`apk_for` builds the file ``pm path`` names: a zip holding a binary ``AndroidManifest.xml``
(package, versions, SDK levels, permissions, the app's label, a launcher activity), a stub
``classes.dex`` and a v1+v2 signature (:mod:`.signing`). It is made the first time something
reads it (``adb pull``, ``sha256sum``, ``unzip -l``) and kept, so a 1000-app persona costs
nothing until then. System apps share the platform (or Google) test key, every other app has
its own.

:func:`read_manifest` is what ``pm install`` needs from a pushed APK.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from functools import lru_cache

from hardener.sim.apk.axml import AxmlError, Element, decode, encode
from hardener.sim.apk.signing import build_signed_apk, certificate_digest, has_signature
from hardener.sim.records import Package


def signer_of(pkg: Package) -> str:
    """Which test key signs the package: shared for the system image, one per other developer."""
    if pkg.system and not pkg.name.startswith("com.google."):
        return "platform"
    if pkg.name.startswith("com.google.") or pkg.name == "com.android.vending":
        return "google"
    return f"developer:{pkg.name}"


def _manifest(pkg: Package) -> bytes:
    app = Element("application", {"android:label": pkg.label or pkg.name, "android:allowBackup": pkg.allow_backup})
    if pkg.debuggable:
        app.attrs["android:debuggable"] = True
    if pkg.test_only:
        app.attrs["android:testOnly"] = True
    launcher = Element("activity", {"android:name": f"{pkg.name}.MainActivity", "android:exported": True}, [
        Element("intent-filter", {}, [
            Element("action", {"android:name": "android.intent.action.MAIN"}),
            Element("category", {"android:name": "android.intent.category.LAUNCHER"}),
        ])
    ])
    app.children.append(launcher)
    root = Element("manifest", {
        "android:versionCode": pkg.version_code,
        "android:versionName": pkg.version_name,
        "android:compileSdkVersion": max(pkg.target_sdk, 21),
        "package": pkg.name,
    }, [Element("uses-sdk", {"android:minSdkVersion": max(pkg.min_sdk, 21),
                             "android:targetSdkVersion": pkg.target_sdk})])
    root.children += [Element("uses-permission", {"android:name": p}) for p in pkg.requested]
    root.children.append(app)
    return encode(root)


def _dex_stub() -> bytes:
    """A dex header with a correct checksum and SHA-1 (no classes: the practice phone runs nothing)."""
    header = bytearray(0x70)
    header[0:8] = b"dex\n035\0"
    struct.pack_into("<III", header, 32, 0x70, 0x70, 0x12345678)
    header[12:32] = hashlib.sha1(bytes(header[32:]), usedforsecurity=False).digest()
    struct.pack_into("<I", header, 8, zlib.adler32(bytes(header[12:])))
    return bytes(header)


@lru_cache(maxsize=256)
def _build(name: str, version_code: int, version_name: str, label: str, min_sdk: int, target_sdk: int,
           requested: tuple[str, ...], debuggable: bool, test_only: bool, allow_backup: bool, system: bool,
           key_name: str) -> bytes:
    pkg = Package(name=name, app_id=0, version_code=version_code, version_name=version_name, min_sdk=min_sdk,
                  target_sdk=target_sdk, label=label, requested=list(requested), debuggable=debuggable,
                  test_only=test_only, allow_backup=allow_backup, system=system)
    entries = [("AndroidManifest.xml", _manifest(pkg)), ("classes.dex", _dex_stub())]
    return build_signed_apk(entries, key_name)


def apk_for(pkg: Package) -> bytes:
    """The package's APK, built and signed on first use (a pushed-and-installed one is kept as is)."""
    if pkg.apk_data is not None:
        return pkg.apk_data
    return _build(pkg.name, pkg.version_code, pkg.version_name, pkg.label, pkg.min_sdk, pkg.target_sdk,
                  tuple(pkg.requested), pkg.debuggable, pkg.test_only, pkg.allow_backup, pkg.system, signer_of(pkg))


def signing_digest(pkg: Package, algorithm: str = "sha256") -> str:
    return certificate_digest(signer_of(pkg), algorithm)


@dataclass
class ApkInfo:
    """What the package manager reads from an APK before installing it."""

    package: str
    version_code: int = 1
    version_name: str = ""
    label: str = ""
    min_sdk: int = 1
    target_sdk: int = 0
    permissions: list[str] = field(default_factory=list)
    debuggable: bool = False
    test_only: bool = False
    signed: bool = False


class NotAnApk(ValueError):
    """The file is not an APK the package manager can parse (the text says why, pm's words)."""


def read_manifest(data: bytes) -> ApkInfo:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        raw = zf.read("AndroidManifest.xml")
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
        raise NotAnApk("INSTALL_PARSE_FAILED_NOT_APK: Failed to parse /data/app/vmdl.tmp/base.apk: "
                       "Failed to read manifest from /data/app/vmdl.tmp/base.apk") from exc
    try:
        root = decode(raw)
    except AxmlError as exc:
        raise NotAnApk(f"INSTALL_PARSE_FAILED_MANIFEST_MALFORMED: {exc}") from exc
    package = root.attrs.get("package")
    if root.tag != "manifest" or not isinstance(package, str) or not package:
        raise NotAnApk("INSTALL_PARSE_FAILED_BAD_MANIFEST: <manifest> has no package name")
    info = ApkInfo(package=package, signed=has_signature(data))
    version = root.attrs.get("android:versionCode", 1)
    info.version_code = version if isinstance(version, int) and not isinstance(version, bool) else 1
    info.version_name = str(root.attrs.get("android:versionName", ""))
    for child in root.children:
        if child.tag == "uses-sdk":
            min_sdk, target = child.attrs.get("android:minSdkVersion", 1), child.attrs.get("android:targetSdkVersion")
            info.min_sdk = min_sdk if isinstance(min_sdk, int) else 1
            info.target_sdk = target if isinstance(target, int) else info.min_sdk
        elif child.tag == "uses-permission":
            name = child.attrs.get("android:name")
            if isinstance(name, str) and name not in info.permissions:
                info.permissions.append(name)
        elif child.tag == "application":
            label = child.attrs.get("android:label", "")
            info.label = label if isinstance(label, str) else ""
            info.debuggable = child.attrs.get("android:debuggable") is True
            info.test_only = child.attrs.get("android:testOnly") is True
    return info


__all__ = ["ApkInfo", "NotAnApk", "apk_for", "read_manifest", "signer_of", "signing_digest"]
