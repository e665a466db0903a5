"""``dumpsys package``: the Packages section per Android version, and the sections around it.

Version differences rendered here: ``userId=`` (<= 13) / ``appId=`` (14+); ``distractionFlags``
on the ``User N:`` line (11+); per-user ``firstInstallTime`` (13+); ``restricted=true`` on
requested restricted permissions (10+); ``Suspend params`` (10+). Runtime permissions of
shared-uid packages show under "Shared users", not under the package, as on real phones.

Each package block is cached until that package changes, so a 1000-app dump costs a join.
"""

from __future__ import annotations

from hardener.sim.commands import app_files
from hardener.sim.commands.base import Ctx, fmt_time, java_hash
from hardener.sim.commands.permissions import GIDS, flags_suffix, is_restricted, is_runtime
from hardener.sim.phone import Package, VirtualPhone

_ENABLED_NAMES = ("default", "enabled", "disabled", "disabled-user", "disabled-until-used")


def enabled_name(state: int) -> str:
    return _ENABLED_NAMES[state] if 0 <= state < len(_ENABLED_NAMES) else str(state)


def apk_path(pkg: Package) -> str:
    return app_files.apk_path(pkg)


def _flags(pkg: Package, system: bool) -> str:
    flags = []
    if system:
        flags.append("SYSTEM")
    if pkg.debuggable:
        flags.append("DEBUGGABLE")
    flags.append("HAS_CODE")
    flags.append("ALLOW_CLEAR_USER_DATA")
    if pkg.system_code_path and system and not pkg.code_path.startswith("/system"):
        flags.append("UPDATED_SYSTEM_APP")
    if pkg.allow_backup:
        flags.append("ALLOW_BACKUP")
    if pkg.test_only:
        flags.append("TEST_ONLY")
    return "[ " + " ".join(flags) + " ]"


def _private_flags(pkg: Package, sdk: int) -> str:
    flags = ["PRIVATE_FLAG_ACTIVITIES_RESIZE_MODE_RESIZEABLE" if pkg.target_sdk >= 24
             else "PRIVATE_FLAG_ACTIVITIES_RESIZE_MODE_RESIZEABLE_VIA_SDK_VERSION"]
    if sdk >= 29 and pkg.target_sdk >= 29:
        flags.append("ALLOW_AUDIO_PLAYBACK_CAPTURE")
    if pkg.privileged:
        flags.append("PRIVILEGED")
    if sdk >= 29 and pkg.target_sdk < 30:
        flags.append("PRIVATE_FLAG_REQUEST_LEGACY_EXTERNAL_STORAGE")
    return "[ " + " ".join(flags) + " ]"


def _user_line(phone: VirtualPhone, pkg: Package, user_id: int, lines: list[str], *, perms: bool) -> None:
    sdk = phone.sdk
    st = pkg.users.get(user_id)
    installed = st is not None and st.installed
    parts = [f"    User {user_id}: ceDataInode={st.ce_inode if st else 0}"]
    parts.append(f"installed={str(installed).lower()}")
    parts.append(f"hidden={str(bool(st and st.hidden)).lower()}")
    parts.append(f"suspended={str(bool(st and st.suspended)).lower()}")
    if sdk >= 30:
        parts.append("distractionFlags=0")
    parts.append(f"stopped={str(bool(st and st.stopped)).lower()}")
    parts.append(f"notLaunched={str(bool(st and st.not_launched)).lower()}")
    parts.append(f"enabled={st.enabled if st else 0}")
    parts.append("instant=false virtual=false")
    if sdk >= 35:
        parts.append("quarantined=false")
    lines.append(" ".join(parts))
    if sdk >= 33:
        lines.append(f"      installReason={0 if pkg.system else 4}")
        first = st.first_install_ms if st and st.first_install_ms else pkg.first_install_ms
        lines.append(f"      firstInstallTime={fmt_time(first) if installed else '1970-01-01 00:00:00'}")
        lines.append("      uninstallReason=0")
    if st is None:
        return
    if st.last_disabled_caller and st.enabled in (2, 3, 4):
        lines.append(f"      lastDisabledCaller: {st.last_disabled_caller}")
    if st.suspended and sdk >= 29:
        lines.append("      Suspend params:")
        lines.append(f"        suspendingPackage={st.suspending_package or 'com.android.shell'} dialogInfo=null")
    if not perms:
        return
    gids = sorted({GIDS[p] for p in pkg.requested if p in GIDS}, reverse=True)
    if gids:
        lines.append("      gids=[" + ", ".join(str(g) for g in gids) + "]")
    if pkg.shared_user is None:
        runtime = [(name, ps) for name, ps in st.runtime.items() if is_runtime(name, sdk)]
        if runtime:
            lines.append("      runtime permissions:")
            for name, ps in runtime:
                lines.append(f"        {name}: granted={str(ps.granted).lower()}{flags_suffix(ps.flags)}")
    if pkg.disabled_components:
        lines.append("      disabledComponents:")
        lines.extend(f"        {c}" for c in pkg.disabled_components)


def package_block(phone: VirtualPhone, pkg: Package) -> str:
    """One ``Package [name]`` block (cached per package revision)."""
    key = ("pkgblock", pkg.name, str(len(phone.users)))
    hit = phone.render_cache.get(key)
    if hit is not None and hit[0] == pkg.rev:
        return hit[1]
    sdk = phone.sdk
    code = pkg.code_path
    lines = [f"  Package [{pkg.name}] ({java_hash(pkg.name, 'ps')}):"]
    lines.append(f"    {'appId' if sdk >= 34 else 'userId'}={pkg.app_id}")
    if pkg.shared_user:
        lines.append(f"    sharedUser=SharedUserSetting{{{java_hash(pkg.shared_user, 'su')} "
                     f"{pkg.shared_user}/{pkg.app_id}}}")
    lines.append(f"    pkg=Package{{{java_hash(pkg.name, 'pkg')} {pkg.name}}}")
    lines.append(f"    codePath={code}")
    if sdk <= 32:
        lines.append(f"    resourcePath={code}")
    lines.append(f"    legacyNativeLibraryDir={code}/lib")
    if sdk >= 33:
        lines.append("    extractNativeLibs=false")
    lines.append(f"    primaryCpuAbi={pkg.abi if pkg.abi else 'null'}")
    lines.append("    secondaryCpuAbi=null")
    if sdk >= 33:
        lines.append("    cpuAbiOverride=null")
    lines.append(f"    versionCode={pkg.version_code} minSdk={pkg.min_sdk} targetSdk={pkg.target_sdk}")
    if sdk >= 30:
        lines.append("    minExtensionVersions=[]")
    lines.append(f"    versionName={pkg.version_name}")
    if sdk >= 31:
        lines.append("    usesNonSdkApi=false")
    lines.append("    splits=[base]")
    lines.append(f"    apkSigningVersion={3 if sdk >= 28 else 2}")
    if sdk <= 29:
        lines.append(f"    applicationInfo=ApplicationInfo{{{java_hash(pkg.name, 'ai')} {pkg.name}}}")
    flags = _flags(pkg, pkg.system)
    lines.append(f"    flags={flags}")
    lines.append(f"    privateFlags={_private_flags(pkg, sdk)}")
    if sdk >= 30:
        lines.append("    forceQueryable=false")
        lines.append("    queriesPackages=[]")
    lines.append(f"    dataDir=/data/user/0/{pkg.name}")
    lines.append("    supportsScreens=[small, medium, large, xlarge, resizeable, anyDensity]")
    lines.append(f"    timeStamp={fmt_time(pkg.last_update_ms)}")
    lines.append(f"    firstInstallTime={fmt_time(pkg.first_install_ms)}")
    lines.append(f"    lastUpdateTime={fmt_time(pkg.last_update_ms)}")
    if pkg.installer:
        lines.append(f"    installerPackageName={pkg.installer}")
    if sdk >= 30 and pkg.initiating_installer:
        lines.append(f"    initiatingPackageName={pkg.initiating_installer}")
    sig = pkg.signing_sha1[:8].lower() or java_hash(pkg.name, "sig")
    lines.append(f"    signatures=PackageSignatures{{{java_hash(pkg.name, 'sigs')} version:"
                 f"{3 if sdk >= 28 else 2}, signatures:[{sig}], past signatures:[]}}")
    lines.append("    installPermissionsFixed=true")
    lines.append(f"    pkgFlags={flags}")
    if pkg.requested:
        lines.append("    requested permissions:")
        for perm in pkg.requested:
            lines.append(f"      {perm}: restricted=true" if is_restricted(perm, sdk) else f"      {perm}")
    if pkg.install_permissions and pkg.shared_user is None:
        lines.append("    install permissions:")
        lines.extend(f"      {perm}: granted=true" for perm in pkg.install_permissions)
    for user in phone.users:
        _user_line(phone, pkg, user.id, lines, perms=True)
    text = "\n".join(lines) + "\n"
    phone.render_cache[key] = (pkg.rev, text)
    return text


def _hidden_system_block(phone: VirtualPhone, pkg: Package) -> str:
    sdk = phone.sdk
    code = pkg.system_code_path or pkg.code_path
    lines = [f"  Package [{pkg.name}] ({java_hash(pkg.name, 'dis')}):"]
    lines.append(f"    {'appId' if sdk >= 34 else 'userId'}={pkg.app_id}")
    lines.append(f"    pkg=Package{{{java_hash(pkg.name, 'dispkg')} {pkg.name}}}")
    lines.append(f"    codePath={code}")
    if sdk <= 32:
        lines.append(f"    resourcePath={code}")
    lines.append(f"    legacyNativeLibraryDir={code}/lib")
    lines.append(f"    primaryCpuAbi={pkg.abi}")
    lines.append("    secondaryCpuAbi=null")
    lines.append(f"    versionCode={pkg.system_version_code or 1} minSdk={pkg.min_sdk} "
                 f"targetSdk={pkg.target_sdk}")
    lines.append("    splits=[base]")
    lines.append(f"    apkSigningVersion={3 if sdk >= 28 else 2}")
    lines.append(f"    flags=[ SYSTEM HAS_CODE ALLOW_CLEAR_USER_DATA{' ALLOW_BACKUP' if pkg.allow_backup else ''} ]")
    lines.append(f"    privateFlags={_private_flags(pkg, sdk)}")
    lines.append(f"    timeStamp={fmt_time(pkg.first_install_ms)}")
    lines.append(f"    firstInstallTime={fmt_time(pkg.first_install_ms)}")
    lines.append(f"    lastUpdateTime={fmt_time(pkg.first_install_ms)}")
    for user in phone.users:
        _user_line(phone, pkg, user.id, lines, perms=False)
    return "\n".join(lines) + "\n"


def _shared_users(phone: VirtualPhone, only: str | None) -> str:
    groups: dict[str, list[Package]] = {}
    for pkg in phone.packages.values():
        if pkg.shared_user and (only is None or only == pkg.shared_user):
            groups.setdefault(pkg.shared_user, []).append(pkg)
    if not groups:
        return ""
    sdk = phone.sdk
    lines = ["Shared users:"]
    for name, members in groups.items():
        app_id = members[0].app_id
        lines.append(f"  SharedUser [{name}] ({java_hash(name, 'su')}):")
        lines.append(f"    {'appId' if sdk >= 34 else 'userId'}={app_id}")
        perms = sorted({p for m in members for p in m.install_permissions})
        if perms:
            lines.append("    install permissions:")
            lines.extend(f"      {p}: granted=true" for p in perms)
        for user in phone.users:
            runtime: dict[str, str] = {}
            for m in members:
                st = m.users.get(user.id)
                if st is None:
                    continue
                for perm, ps in st.runtime.items():
                    if is_runtime(perm, sdk):
                        runtime[perm] = f"granted={str(ps.granted).lower()}{flags_suffix(ps.flags)}"
            lines.append(f"    User {user.id}: ")
            gids = sorted({GIDS[p] for m in members for p in m.requested if p in GIDS}, reverse=True)
            if gids:
                lines.append("      gids=[" + ", ".join(str(g) for g in gids) + "]")
            if runtime:
                lines.append("      runtime permissions:")
                lines.extend(f"        {p}: {v}" for p, v in runtime.items())
    return "\n".join(lines) + "\n"


def _preamble(phone: VirtualPhone) -> str:
    sdk = phone.sdk
    fp = phone.props.get("ro.build.fingerprint", "")
    return (
        "Database versions:\n"
        "  Internal:\n"
        f"    sdkVersion={sdk} databaseVersion=3\n"
        f"    fingerprint={fp}\n"
        "  External:\n"
        f"    sdkVersion={sdk} databaseVersion=3\n"
        f"    fingerprint={fp}\n"
        "\n"
        "Verifiers:\n"
        "  Required: com.android.vending (uid=10041)\n"
        "\n"
        "Libraries:\n"
        "  android.test.base -> (jar) /system/framework/android.test.base.jar\n"
        "  org.apache.http.legacy -> (jar) /system/framework/org.apache.http.legacy.jar\n"
        "\n"
        "Features:\n"
        "  android.hardware.camera\n"
        "  android.hardware.fingerprint\n"
        "  android.software.backup\n"
        "  android.software.device_admin\n"
        "  android.software.managed_users\n"
        "\n"
    )


def _single_package_extras(phone: VirtualPhone, pkg: Package) -> tuple[str, str]:
    launcher = f"{pkg.name}/.MainActivity"
    head = (
        "Activity Resolver Table:\n"
        "  Non-Data Actions:\n"
        "      android.intent.action.MAIN:\n"
        f"        {java_hash(pkg.name, 'act')} {launcher} filter {java_hash(pkg.name, 'flt')}\n"
        "          Action: \"android.intent.action.MAIN\"\n"
        "          Category: \"android.intent.category.LAUNCHER\"\n"
        "\n"
        "Key Set Manager:\n"
        f"  [{pkg.name}]\n"
        f"      Signing KeySets: {int(java_hash(pkg.name, 'ks'), 16) % 90 + 5}\n"
        "\n"
    )
    tail = (
        "\n"
        "Queries:\n"
        "  system apps queryable: false\n"
        "\n"
        "Dexopt state:\n"
        f"  [{pkg.name}]\n"
        f"    path: {apk_path(pkg)}\n"
        f"      arm64: [status=speed-profile] [reason=bg-dexopt]\n"
        "\n"
        "Compiler stats:\n"
        f"  [{pkg.name}]\n"
        f"     base.apk - {int(java_hash(pkg.name, 'cs'), 16) % 9000 + 300}\n"
    )
    return head, tail


def dump_packages(phone: VirtualPhone, *, full: bool) -> str:
    chunks: list[str] = []
    if full:
        chunks.append(_preamble(phone))
    chunks.append("Packages:\n")
    for pkg in phone.packages.values():
        chunks.append(package_block(phone, pkg))
    updated = [p for p in phone.packages.values() if p.system_code_path]
    if updated:
        chunks.append("\nHidden system packages:\n")
        chunks.extend(_hidden_system_block(phone, p) for p in updated)
    if full:
        shared = _shared_users(phone, None)
        if shared:
            chunks.append("\n" + shared)
    return "".join(chunks)


def dumpsys_package(ctx: Ctx) -> int:
    phone = ctx.phone
    args = [a for a in ctx.args if not a.startswith("-")]
    if not args:
        ctx.out(dump_packages(phone, full=True))
        return 0
    what = args[0]
    if what in ("packages", "p"):
        ctx.out(dump_packages(phone, full=False))
        return 0
    pkg = phone.package(what)
    if pkg is None:
        if "." not in what:
            ctx.out(dump_packages(phone, full=True))
        return 0
    head, tail = _single_package_extras(phone, pkg)
    body = "Packages:\n" + package_block(phone, pkg)
    if pkg.system_code_path:
        body += "\nHidden system packages:\n" + _hidden_system_block(phone, pkg)
    if pkg.shared_user:
        body += "\n" + _shared_users(phone, pkg.shared_user)
    ctx.out(head + body + tail)
    return 0
