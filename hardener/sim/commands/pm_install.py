"""``pm install`` / ``cmd package install``: a pushed (or streamed) APK becomes an installed app.

``adb install app.apk`` (adb 29 with the ``cmd`` feature) opens ``exec:cmd package 'install' -S
SIZE`` and streams the file as stdin; older hosts push it to ``/data/local/tmp`` and run ``pm
install PATH``. Both end here: the manifest is read from the APK (:func:`read_manifest`), the
package is registered with its permissions (runtime ones granted only with ``-g``), for every
user unless ``--user`` says otherwise, and ``pm path`` then names the file, which keeps the exact
bytes that were installed. Refusals use the package manager's ``Failure [INSTALL_...]`` codes.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import zipfile
import zlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs7

from hardener.sim.apk import NotAnApk, apk_for, read_manifest
from hardener.sim.commands import vfs
from hardener.sim.commands.base import ArgReader, Ctx, java_error, parse_user
from hardener.sim.commands.permissions import RUNTIME, is_runtime
from hardener.sim.records import Package, PackageUser, PermState

IAE = "java.lang.IllegalArgumentException"
_VALUE_OPTIONS = frozenset({"-i", "-S", "--user", "--abi", "--install-location", "--install-reason",
                            "--originating-uri", "--referrer", "-p", "--pkg", "--force-uuid", "--apex"})


def _cert_sha1(apk: bytes) -> str | None:
    """The signer's certificate SHA-1 from the JAR signature block, as dumpsys shows it."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(apk))
        block = next((n for n in zf.namelist() if n.startswith("META-INF/") and n.endswith(".RSA")), None)
        if block is None:
            return None
        certs = pkcs7.load_der_pkcs7_certificates(zf.read(block))
    except (zipfile.BadZipFile, ValueError, KeyError):
        return None
    if not certs:
        return None
    der = certs[0].public_bytes(serialization.Encoding.DER)
    return hashlib.sha1(der, usedforsecurity=False).hexdigest().upper()


def install(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    grant_all = allow_test = allow_downgrade = False
    installer: str | None = None
    size: int | None = None
    user: int | None = None
    while (opt := reader.next_option()) is not None:
        if opt in _VALUE_OPTIONS:
            value = reader.next_arg() or ""
            if opt == "-i":
                installer = value
            elif opt == "-S":
                if not value.isdigit():
                    ctx.errln(f"Error: Invalid size: {value}")
                    return 1
                size = int(value)
            elif opt == "--user":
                user = parse_user(ctx, value)
                user = None if user == -1 else user
        elif opt == "-g":
            grant_all = True
        elif opt == "-t":
            allow_test = True
        elif opt == "-d":
            allow_downgrade = True
        elif opt in ("-r", "-R", "-f", "--dont-kill", "--full", "--instant", "--ephemeral", "--restrict-permissions",
                     "--staged", "--enable-rollback", "--bypass-low-target-sdk-block", "-l", "-s"):
            continue
        else:
            ctx.errln(f"Error: Unknown option: {opt}")
            return 1
    path = reader.next_arg()
    if path is not None and path != "-":
        got = vfs.read(phone, ctx.shell.resolve(path))
        if isinstance(got, str):
            if ctx.sdk >= 29:
                return java_error(ctx, verb, IAE, f"Error: Can't open file: {path}")
            ctx.errln(f"Error: Can't open file: {path}")
            return 1
        data = got
    elif size is not None:
        data = ctx.stdin.read_bytes(size) if ctx.stdin is not None else b""
        if len(data) < size:
            ctx.outln("Failure [INSTALL_FAILED_INVALID_APK: Incomplete data]")
            return 1
    else:
        ctx.errln("Error: APK content must be streamed")
        return 1
    return _register(ctx, data, installer=installer, user=user, grant_all=grant_all, allow_test=allow_test,
                     allow_downgrade=allow_downgrade)


def _register(ctx: Ctx, data: bytes, *, installer: str | None, user: int | None, grant_all: bool,
              allow_test: bool, allow_downgrade: bool) -> int:
    phone = ctx.phone
    try:
        info = read_manifest(data)
    except NotAnApk as exc:
        ctx.outln(f"Failure [{exc}]")
        return 1
    tmp = f"/data/app/vmdl{zlib.crc32(info.package.encode('utf-8', 'surrogateescape')) % 10**9}.tmp/base.apk"
    if not info.signed:
        ctx.outln(f"Failure [INSTALL_PARSE_FAILED_NO_CERTIFICATES: Failed to collect certificates from {tmp}: "
                  "Attempt to get length of null array]")
        return 1
    if info.min_sdk > ctx.sdk:
        ctx.outln(f"Failure [INSTALL_FAILED_OLDER_SDK: Failed parse during installPackageLI: {tmp} (at Binary XML "
                  f"file line #7): Requires newer sdk version #{info.min_sdk} (current version is #{ctx.sdk})]")
        return 1
    if info.test_only and not allow_test:
        ctx.outln("Failure [INSTALL_FAILED_TEST_ONLY: installPackageLI]")
        return 1
    old = phone.packages.get(info.package)
    new_sha1 = _cert_sha1(data)
    if old is not None:
        old_sha1 = _cert_sha1(apk_for(old))
        if old_sha1 and new_sha1 and old_sha1 != new_sha1:
            ctx.outln(f"Failure [INSTALL_FAILED_UPDATE_INCOMPATIBLE: Existing package {info.package} signatures do not "
                      "match newer version; ignoring!]")
            return 1
        if info.version_code < old.version_code and not allow_downgrade:
            ctx.outln(f"Failure [INSTALL_FAILED_VERSION_DOWNGRADE: Downgrade detected: Update version code "
                      f"{info.version_code} is older than current {old.version_code}]")
            return 1
    ctx.outln("Success")
    now = phone.now_ms()
    seed = hashlib.sha256(f"{info.package}:{now}:{phone.package_epoch}".encode("utf-8", "surrogateescape")).digest()
    tag = [base64.urlsafe_b64encode(seed[k : k + 16]).decode("ascii") for k in (0, 16)]
    code_path = (f"/data/app/~~{tag[0]}/{info.package}-{tag[1]}" if ctx.sdk >= 30
                 else f"/data/app/{info.package}-{tag[0]}")
    requested = list(info.permissions)

    def apply() -> None:
        if old is not None:
            # An update keeps what the first install set: uid, installer, and for a system app
            # its system flags and the factory APK it now overrides.
            pkg = copy.copy(old)
            if old.system and old.system_code_path is None:
                pkg.system_code_path, pkg.system_version_code = old.code_path, old.version_code
            if installer is not None:
                pkg.installer = installer
        else:
            app_id = max([10_000, *(p.app_id for p in phone.packages.values())]) + 1
            pkg = Package(name=info.package, app_id=app_id, installer=installer,
                          initiating_installer="com.android.shell", first_install_ms=now)
        pkg.version_code, pkg.version_name = info.version_code, info.version_name
        pkg.min_sdk, pkg.target_sdk = info.min_sdk, info.target_sdk or info.min_sdk
        pkg.code_path, pkg.label, pkg.last_update_ms = code_path, info.label, now
        pkg.requested, pkg.debuggable, pkg.test_only = requested, info.debuggable, info.test_only
        pkg.signing_sha1, pkg.app_bytes, pkg.apk_data = new_sha1 or "", len(data), data
        pkg.users, pkg.rev = {}, 0
        pkg.install_permissions = [p for p in requested if p not in RUNTIME]
        users = [user] if user is not None else [u.id for u in phone.users]
        for user_id in users:
            before = old.users.get(user_id) if old is not None else None
            state = PackageUser(first_install_ms=now, ce_inode=100_000 + pkg.app_id)
            for perm in requested:
                if not is_runtime(perm, ctx.sdk):
                    continue
                kept = before.runtime.get(perm) if before is not None else None
                granted = grant_all or (kept is not None and kept.granted)
                flags = list(kept.flags) if kept is not None else (
                    ["USER_SENSITIVE_WHEN_GRANTED", "USER_SENSITIVE_WHEN_DENIED"] if ctx.sdk >= 29 else [])
                state.runtime[perm] = PermState(granted, flags)
            pkg.users[user_id] = state
        if old is not None:
            for user_id, state in old.users.items():
                pkg.users.setdefault(user_id, state)
        phone.packages[info.package] = pkg
        phone.package_epoch += 1
        phone.render_cache.clear()

    phone.commit("packages", apply)
    return 0
