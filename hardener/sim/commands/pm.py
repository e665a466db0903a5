"""``pm`` (= ``cmd package``): listing, permissions, enable state, suspend, uninstall, clear.

What shell may not do fails as on a real phone: ``pm disable`` (state 2) and component changes
give "Shell cannot change component state", ``pm hide`` needs MANAGE_USERS, ``pm grant`` of a
normal permission is "not a changeable permission type", a hard-restricted permission that no
installer exempted is silently not granted, and an active device admin cannot be suspended,
uninstalled or cleared.
"""

from __future__ import annotations

from hardener.sim.commands.base import (
    ArgReader,
    Ctx,
    UsageError,
    java_error,
    parse_user,
    security_error,
)
from hardener.sim.commands.package_dump import apk_path, dumpsys_package, enabled_name
from hardener.sim.commands.permissions import (
    DEVELOPMENT,
    FLAG_ALIASES,
    HARD_RESTRICTED,
    RUNTIME,
    is_runtime,
)
from hardener.sim.phone import (
    ENABLED_DEFAULT,
    ENABLED_DISABLED_USER,
    ENABLED_ENABLED,
    Package,
    PackageUser,
    PermState,
)

IAE = "java.lang.IllegalArgumentException"
_PM_FRAMES = {
    "grant": (
        "com.android.server.pm.permission.PermissionManagerServiceImpl.grantRuntimePermissionInternal"
        "(PermissionManagerServiceImpl.java:1404)",
        "com.android.server.pm.permission.PermissionManagerServiceImpl.grantRuntimePermission"
        "(PermissionManagerServiceImpl.java:1306)",
        "com.android.server.pm.permission.PermissionManagerService.grantRuntimePermission"
        "(PermissionManagerService.java:558)",
        "com.android.server.pm.PackageManagerShellCommand.runGrantRevokePermission"
        "(PackageManagerShellCommand.java:2788)",
        "com.android.server.pm.PackageManagerShellCommand.onCommand(PackageManagerShellCommand.java:262)",
    ),
    "revoke": (
        "com.android.server.pm.permission.PermissionManagerServiceImpl.revokeRuntimePermissionInternal"
        "(PermissionManagerServiceImpl.java:1598)",
        "com.android.server.pm.permission.PermissionManagerServiceImpl.revokeRuntimePermission"
        "(PermissionManagerServiceImpl.java:1494)",
        "com.android.server.pm.permission.PermissionManagerService.revokeRuntimePermission"
        "(PermissionManagerService.java:573)",
        "com.android.server.pm.PackageManagerShellCommand.runGrantRevokePermission"
        "(PackageManagerShellCommand.java:2792)",
        "com.android.server.pm.PackageManagerShellCommand.onCommand(PackageManagerShellCommand.java:264)",
    ),
    "state": (
        "com.android.server.pm.PackageManagerService.setEnabledSettings(PackageManagerService.java:4107)",
        "com.android.server.pm.PackageManagerService$IPackageManagerImpl.setApplicationEnabledSetting"
        "(PackageManagerService.java:6073)",
        "com.android.server.pm.PackageManagerShellCommand.runSetEnabledSetting"
        "(PackageManagerShellCommand.java:2561)",
        "com.android.server.pm.PackageManagerShellCommand.onCommand(PackageManagerShellCommand.java:244)",
    ),
    "users": (
        "android.app.ContextImpl.enforce(ContextImpl.java:2240)",
        "android.app.ContextImpl.enforceCallingOrSelfPermission(ContextImpl.java:2268)",
        "com.android.server.pm.PackageManagerService.setApplicationHiddenSettingAsUser"
        "(PackageManagerService.java:4422)",
        "com.android.server.pm.PackageManagerShellCommand.runSetHiddenSetting"
        "(PackageManagerShellCommand.java:2610)",
    ),
}
_GATE_FRAMES = (
    "android.app.ContextImpl.enforce(ContextImpl.java:2240)",
    "android.app.ContextImpl.enforceCallingOrSelfPermission(ContextImpl.java:2268)",
)
_UNSUSPENDABLE = frozenset({
    "android", "com.android.systemui", "com.android.vending", "com.android.packageinstaller",
    "com.google.android.packageinstaller", "com.android.permissioncontroller",
    "com.google.android.permissioncontroller", "com.android.shell",
})


def cmd_pm(ctx: Ctx) -> int:
    if not ctx.args:
        ctx.outln("Package manager (package) commands:")
        ctx.outln("  help")
        ctx.outln("    Print this help text.")
        return 0
    verb = ctx.args[0]
    handler = _VERBS.get(verb)
    if handler is None:
        ctx.outln(f"Unknown command: {verb}")
        return 255
    reader = ArgReader(ctx.args[1:])
    try:
        return handler(ctx, verb, reader)
    except UsageError as exc:
        ctx.errln(str(exc))
        return 1


def _user_opt(ctx: Ctx, reader: ArgReader, opt: str) -> int | None:
    if opt == "--user":
        user = parse_user(ctx, reader.next_arg())
        return 0 if user == -1 else user
    return None


def _only_user_option(ctx: Ctx, reader: ArgReader, default: int) -> int:
    """Read options where only ``--user N`` means something; others are skipped, as pm does."""
    user = default
    while (opt := reader.next_option()) is not None:
        got = _user_opt(ctx, reader, opt)
        if got is not None:
            user = got
    return user


def _find(ctx: Ctx, name: str, user: int) -> Package | None:
    pkg = ctx.phone.package(name)
    if pkg is None or user not in pkg.users:
        return None
    return pkg


# --- list -----------------------------------------------------------------------------------


def _list(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    what = reader.next_arg()
    if what in ("packages", "package"):
        return _list_packages(ctx, reader)
    if what == "users":
        return _list_users(ctx)
    if what in ("permissions", "permission-groups"):
        return _list_permissions(ctx, what, reader)
    if what in ("features",):
        ctx.out("feature:android.hardware.camera\nfeature:android.software.backup\n")
        return 0
    ctx.errln(f"Error: unknown list type '{what}'")
    return 255


def _list_users(ctx: Ctx) -> int:
    ctx.outln("Users:")
    for u in ctx.phone.users:
        ctx.outln(f"\tUserInfo{{{u.id}:{u.name}:{u.flags:x}}}{' running' if u.running else ''}")
    return 0


def _list_packages(ctx: Ctx, reader: ArgReader) -> int:
    phone = ctx.phone
    show_path = show_installer = show_uid = show_version = False
    only_disabled = only_enabled = only_system = only_third = include_uninstalled = False
    user = phone.current_user
    uid_filter: int | None = None
    while (opt := reader.next_option()) is not None:
        if opt == "-f":
            show_path = True
        elif opt == "-i":
            show_installer = True
        elif opt == "-U":
            show_uid = True
        elif opt == "-d":
            only_disabled = True
        elif opt == "-e":
            only_enabled = True
        elif opt == "-s":
            only_system = True
        elif opt == "-3":
            only_third = True
        elif opt == "-u" or opt == "-a":
            include_uninstalled = True
        elif opt in ("-l", "--apex-only"):
            pass
        elif opt == "--show-versioncode":
            show_version = True
        elif opt == "--user":
            user = parse_user(ctx, reader.next_arg())
            user = phone.current_user if user == -1 else user
        elif opt == "--uid":
            raw = reader.next_arg() or ""
            uid_filter = int(raw) if raw.isdigit() else -1
        else:
            ctx.outln(f"Error: Unknown option: {opt}")
            return 255
    name_filter = reader.next_arg()
    if phone.get_user(user) is None:
        ctx.errln(f"Error: user {user} does not exist")  # real: SecurityException-free empty list
        return 255
    out: list[str] = []
    for pkg in phone.packages.values():
        st = pkg.users.get(user)
        if st is None:
            continue
        if not st.installed and not include_uninstalled:
            continue
        if st.hidden and not include_uninstalled:
            continue
        disabled = st.enabled in (2, 3, 4)
        if (only_disabled and not disabled) or (only_enabled and disabled):
            continue
        if (only_system and not pkg.system) or (only_third and pkg.system):
            continue
        if name_filter is not None and name_filter not in pkg.name:
            continue
        if uid_filter is not None and pkg.uid(user) != uid_filter:
            continue
        line = ["package:"]
        if show_path:
            line.append(apk_path(pkg) + "=")
        line.append(pkg.name)
        if show_version:
            line.append(f" versionCode:{pkg.version_code}")
        if show_installer:
            line.append(f"  installer={pkg.installer}")
        if show_uid:
            line.append(f" uid:{pkg.uid(user)}")
        out.append("".join(line) + "\n")
    ctx.out("".join(out))
    return 0


def _list_permissions(ctx: Ctx, what: str, reader: ArgReader) -> int:
    dangerous = grouped = False
    while (opt := reader.next_option()) is not None:
        dangerous |= opt == "-d"
        grouped |= opt == "-g"
    sdk = ctx.sdk
    perms = {p: g for p, (g, api) in RUNTIME.items() if api <= sdk}
    if what == "permission-groups":
        for g in sorted(set(perms.values())):
            ctx.outln(f"permission group:android.permission-group.{g}")
        return 0
    ctx.outln("Dangerous Permissions:" if dangerous else "All Permissions:")
    ctx.outln()
    if grouped:
        groups: dict[str, list[str]] = {}
        for p, g in perms.items():
            groups.setdefault("UNDEFINED" if sdk >= 29 else g, []).append(p)
        for g, members in groups.items():
            ctx.outln(f"group:android.permission-group.{g}")
            for p in members:
                ctx.outln(f"  permission:{p}")
            ctx.outln()
        ctx.outln("ungrouped:")
        ctx.outln()
    else:
        for p in perms:
            ctx.outln(f"permission:{p}")
    return 0


def _path(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    user = _only_user_option(ctx, reader, ctx.phone.current_user)
    name = reader.next_arg()
    pkg = _find(ctx, name or "", user)
    if pkg is None:
        return 1
    ctx.outln(f"package:{apk_path(pkg)}")
    return 0


def _dump(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    name = reader.next_arg()
    sub = Ctx(ctx.phone, ctx.shell, ["dumpsys", "package", name or ""], None, ctx.stdout, ctx.stderr)
    return dumpsys_package(sub)


# --- permissions ----------------------------------------------------------------------------


def _grant_revoke(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    user = _only_user_option(ctx, reader, phone.current_user)
    name = reader.next_arg()
    if name is None:
        ctx.errln("Error: no package specified")
        return 1
    perm = reader.next_arg()
    if perm is None:
        ctx.errln("Error: no permission specified")
        return 1
    grant = verb == "grant"
    method = "grantRuntimePermission" if grant else "revokeRuntimePermission"
    frames = _PM_FRAMES[verb]
    if phone.faults.gate == "miui":
        needed = "GRANT_RUNTIME_PERMISSIONS" if grant else "REVOKE_RUNTIME_PERMISSIONS"
        return security_error(
            ctx, verb,
            f"{method}: Neither user 2000 nor current process has android.permission.{needed}.",
            _GATE_FRAMES + frames,
        )
    pkg = _find(ctx, name, user)
    if pkg is None or not pkg.users[user].installed:
        return java_error(ctx, verb, IAE, f"Unknown package: {name}", frames)
    sdk = ctx.sdk
    runtime = is_runtime(perm, sdk)
    development = perm in DEVELOPMENT
    known = runtime or development or any(perm in p.requested for p in phone.packages.values())
    if not known:
        return java_error(ctx, verb, IAE, f"Unknown permission: {perm}", frames)
    if perm not in pkg.requested:
        return security_error(ctx, verb, f"Package {name} has not requested permission {perm}", frames)
    if not runtime and not development:
        text = (f"Permission {perm} requested by {name} is not a changeable permission type"
                if sdk >= 30 else f"Permission {perm} is not a changeable permission type")
        return security_error(ctx, verb, text, frames)
    if development:
        def apply_dev() -> None:
            if grant and perm not in pkg.install_permissions:
                pkg.install_permissions.append(perm)
            elif not grant and perm in pkg.install_permissions:
                pkg.install_permissions.remove(perm)
            pkg.touch()

        phone.commit("permissions", apply_dev)
        return 0
    st = pkg.users[user]
    ps = st.runtime.get(perm) or PermState(False, [])
    if "SYSTEM_FIXED" in ps.flags:
        text = (f"Cannot grant system fixed permission {perm} for package {name}" if grant
                else f"Non-System UID cannot revoke system fixed permission {perm} for package {name}")
        return security_error(ctx, verb, text, frames)
    if "POLICY_FIXED" in ps.flags:
        text = f"Cannot {'grant' if grant else 'revoke'} policy fixed permission {perm} for package {name}"
        return security_error(ctx, verb, text, frames)
    if grant and sdk >= 29 and perm in HARD_RESTRICTED and not any(
        f.startswith("RESTRICTION_") and f.endswith("_EXEMPT") for f in ps.flags
    ):
        return 0  # logged on the phone ("Cannot grant hard restricted non-exempt permission"), not shown

    def apply() -> None:
        cur = st.runtime.setdefault(perm, PermState(False, list(ps.flags)))
        cur.granted = grant
        if not grant:
            st.stopped = True  # revoking kills the app
        pkg.touch()

    phone.commit("permissions", apply)
    return 0


def _permission_flags(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    user = _only_user_option(ctx, reader, phone.current_user)
    name, perm = reader.next_arg(), reader.next_arg()
    pkg = _find(ctx, name or "", user)
    if pkg is None or perm is None:
        return java_error(ctx, verb, IAE, f"Unknown package: {name}")
    flags = []
    for raw in reader.rest():
        flag = FLAG_ALIASES.get(raw)
        if flag is None:
            ctx.errln(f"Error: Unknown permission flags '{raw}'")
            return 1
        flags.append(flag)
    st = pkg.users[user]

    def apply() -> None:
        ps = st.runtime.setdefault(perm, PermState(False, []))
        if verb == "set-permission-flags":
            ps.flags = sorted(set(ps.flags) | set(flags))
        else:
            ps.flags = [f for f in ps.flags if f not in flags]
        pkg.touch()

    phone.commit("permissions", apply)
    return 0


def _reset_permissions(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    """Resets every app on the device. hardener must never send it; tests look for it in the log."""
    def apply() -> None:
        for pkg in ctx.phone.packages.values():
            for st in pkg.users.values():
                for ps in st.runtime.values():
                    if "USER_SET" in ps.flags or "USER_FIXED" in ps.flags:
                        ps.granted = "GRANTED_BY_DEFAULT" in ps.flags
                        ps.flags = [f for f in ps.flags if f not in ("USER_SET", "USER_FIXED")]
            pkg.touch()

    ctx.phone.commit("permissions", apply)
    return 0


# --- enable state, suspend, hide --------------------------------------------------------------


def _set_enabled(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    user = _only_user_option(ctx, reader, phone.current_user)
    target = reader.next_arg()
    if target is None:
        ctx.errln("Error: no package or component specified")
        return 1
    new_state = {"enable": ENABLED_ENABLED, "disable": 2, "disable-user": ENABLED_DISABLED_USER,
                 "disable-until-used": 4, "default-state": ENABLED_DEFAULT}[verb]
    name, _, cls = target.partition("/")
    frames = _PM_FRAMES["state"]
    pkg = _find(ctx, name, user)
    if pkg is None:
        return java_error(ctx, verb, IAE, f"Unknown package: {name}", frames)
    st = pkg.users[user]
    if not pkg.test_only:
        allowed = (0, 1, 3)
        if cls or st.enabled not in allowed or new_state not in allowed:
            comp = (name + cls if cls.startswith(".") else cls) if cls else "null"
            return security_error(
                ctx, verb, f"Shell cannot change component state for {name}/{comp} to {new_state}", frames
            )
    if phone.faults.gate_no_disable_system and pkg.system and new_state in (2, 3, 4):
        return security_error(ctx, verb, "Cannot disable system packages.", frames)
    if cls:
        ctx.outln(f"Component {{{name}/{cls}}} new state: {enabled_name(new_state)}")
        return 0
    ctx.outln(f"Package {name} new state: {enabled_name(new_state)}")

    def apply() -> None:
        st.enabled = new_state
        st.last_disabled_caller = "com.android.shell" if new_state in (2, 3, 4) else None
        pkg.touch()

    phone.commit("packages", apply)
    return 0


def _suspend(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    if ctx.sdk < 28:
        ctx.outln(f"Unknown command: {verb}")
        return 255
    user = phone.current_user
    while (opt := reader.next_option()) is not None:
        got = _user_opt(ctx, reader, opt)
        if got is not None:
            user = got
        elif opt in ("--dialogMessage", "-d", "-l", "--ael", "--aes", "--aei", "-e", "--ies", "--les"):
            reader.next_arg()
    names = reader.rest()
    if not names:
        ctx.errln("Error: package name not specified")
        return 1
    suspend = verb == "suspend"
    for name in names:
        pkg = _find(ctx, name, user)
        if pkg is None:
            return java_error(ctx, verb, IAE, f"Unknown target package: {name}")
        st = pkg.users[user]
        refused = suspend and (name in _UNSUSPENDABLE or phone.is_active_admin_package(name)
                               or _holds_role(ctx, name, user, ("android.app.role.HOME",
                                                                "android.app.role.DIALER")))
        if refused or (not suspend and st.suspended and st.suspending_package not in (None, "com.android.shell")
                       and ctx.sdk >= 30):
            ctx.outln(f"Package {name} new suspended state: {str(st.suspended).lower()}")
            continue
        ctx.outln(f"Package {name} new suspended state: {str(suspend).lower()}")

        def apply(st: PackageUser = st, pkg: Package = pkg) -> None:
            st.suspended = suspend
            st.suspending_package = "com.android.shell" if suspend else None
            pkg.touch()

        phone.commit("packages", apply, deferrable=True)
    return 0


def _holds_role(ctx: Ctx, name: str, user: int, roles: tuple[str, ...]) -> bool:
    held = ctx.phone.roles.get(user, {})
    return any(name in held.get(r, []) for r in roles)


def _hide(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    return security_error(
        ctx, verb, "Neither user 2000 nor current process has android.permission.MANAGE_USERS.",
        _PM_FRAMES["users"],
    )


# --- uninstall, install-existing, clear ----------------------------------------------------------


def _uninstall(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    keep = False
    user: int | None = None
    while (opt := reader.next_option()) is not None:
        if opt == "-k":
            keep = True
        elif opt == "--user":
            user = parse_user(ctx, reader.next_arg())
            user = None if user == -1 else user
        elif opt == "--versionCode":
            reader.next_arg()
    name = reader.next_arg()
    if name is None:
        ctx.errln("Error: package name not specified")
        return 1
    pkg = phone.package(name)
    if pkg is None:
        ctx.outln("Failure [DELETE_FAILED_INTERNAL_ERROR]")
        return 1
    if user is not None and not phone.installed_for(pkg, user):
        ctx.outln(f"Failure [not installed for {user}]")
        return 1
    if phone.is_active_admin_package(name):
        ctx.outln("Failure [DELETE_FAILED_DEVICE_POLICY_MANAGER]")
        return 1
    if user is None and pkg.system:
        ctx.outln("Failure [DELETE_FAILED_INTERNAL_ERROR]")
        return 1
    ctx.outln("Success")

    def apply() -> None:
        if user is None:
            del phone.packages[name]
            return
        st = pkg.users[user]
        st.installed = False
        if not keep:
            for ps in st.runtime.values():
                ps.granted = "GRANTED_BY_DEFAULT" in ps.flags or "SYSTEM_FIXED" in ps.flags
                ps.flags = [f for f in ps.flags if f not in ("USER_SET", "USER_FIXED")]
            pkg.data_bytes = 0
            pkg.cache_bytes = 0
        pkg.touch()

    phone.commit("packages", apply)
    return 0


def _install_existing(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    user = _only_user_option(ctx, reader, phone.current_user)
    name = reader.next_arg()
    if name is None:
        ctx.errln("Error: package name not specified")
        return 1
    pkg = phone.package(name)
    if pkg is None:
        ctx.outln(f"android.content.pm.PackageManager$NameNotFoundException: Package {name} doesn't exist")
        return 1
    ctx.outln(f"Package {name} installed for user: {user}")

    def apply() -> None:
        st = pkg.users.get(user)
        if st is None:
            template = next(iter(pkg.users.values()), PackageUser())
            st = PackageUser(ce_inode=template.ce_inode + 7, first_install_ms=phone.now_ms(),
                             runtime={p: PermState(False, list(s.flags)) for p, s in template.runtime.items()})
            pkg.users[user] = st
        st.installed = True
        pkg.touch()

    phone.commit("packages", apply)
    return 0


def _clear(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    user = _only_user_option(ctx, reader, phone.current_user)
    name = reader.next_arg()
    pkg = _find(ctx, name or "", user)
    if pkg is None or name is None or phone.is_active_admin_package(name):
        ctx.errln("Failed")
        return 1
    ctx.outln("Success")

    def apply() -> None:
        pkg.data_bytes = 0
        pkg.cache_bytes = 0
        st = pkg.users[user]
        for ps in st.runtime.values():
            if "USER_SET" in ps.flags or "USER_FIXED" in ps.flags:
                ps.granted = False
                ps.flags = [f for f in ps.flags if f not in ("USER_SET", "USER_FIXED")]
        st.not_launched = True
        st.stopped = True
        pkg.touch()

    phone.commit("packages", apply)
    return 0


_VERBS = {
    "list": _list,
    "path": _path,
    "dump": _dump,
    "grant": _grant_revoke,
    "revoke": _grant_revoke,
    "set-permission-flags": _permission_flags,
    "clear-permission-flags": _permission_flags,
    "reset-permissions": _reset_permissions,
    "enable": _set_enabled,
    "disable": _set_enabled,
    "disable-user": _set_enabled,
    "disable-until-used": _set_enabled,
    "default-state": _set_enabled,
    "suspend": _suspend,
    "unsuspend": _suspend,
    "hide": _hide,
    "unhide": _hide,
    "uninstall": _uninstall,
    "install-existing": _install_existing,
    "clear": _clear,
}
