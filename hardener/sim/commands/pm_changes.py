"""``pm`` verbs that change a package: permissions, enable state, suspend, hide, uninstall, clear.

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
    java_error,
    parse_user,
    security_error,
)
from hardener.sim.commands.package_dump import enabled_name
from hardener.sim.commands.permissions import (
    DEVELOPMENT,
    FLAG_ALIASES,
    HARD_RESTRICTED,
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


def user_opt(ctx: Ctx, reader: ArgReader, opt: str) -> int | None:
    if opt == "--user":
        user = parse_user(ctx, reader.next_arg())
        return 0 if user == -1 else user
    return None


def only_user_option(ctx: Ctx, reader: ArgReader, default: int) -> int:
    """Read options where only ``--user N`` means something; others are skipped, as pm does."""
    user = default
    while (opt := reader.next_option()) is not None:
        got = user_opt(ctx, reader, opt)
        if got is not None:
            user = got
    return user


def find_installed(ctx: Ctx, name: str, user: int) -> Package | None:
    pkg = ctx.phone.package(name)
    if pkg is None or user not in pkg.users:
        return None
    return pkg


# --- permissions ----------------------------------------------------------------------------


def grant_revoke(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    user = only_user_option(ctx, reader, phone.current_user)
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
    pkg = find_installed(ctx, name, user)
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


def permission_flags(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    user = only_user_option(ctx, reader, phone.current_user)
    name, perm = reader.next_arg(), reader.next_arg()
    pkg = find_installed(ctx, name or "", user)
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


def reset_permissions(ctx: Ctx, verb: str, reader: ArgReader) -> int:
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


def set_enabled(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    user = only_user_option(ctx, reader, phone.current_user)
    target = reader.next_arg()
    if target is None:
        ctx.errln("Error: no package or component specified")
        return 1
    new_state = {"enable": ENABLED_ENABLED, "disable": 2, "disable-user": ENABLED_DISABLED_USER,
                 "disable-until-used": 4, "default-state": ENABLED_DEFAULT}[verb]
    name, _, cls = target.partition("/")
    frames = _PM_FRAMES["state"]
    pkg = find_installed(ctx, name, user)
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


def suspend(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    if ctx.sdk < 28:
        ctx.outln(f"Unknown command: {verb}")
        return 255
    user = phone.current_user
    while (opt := reader.next_option()) is not None:
        got = user_opt(ctx, reader, opt)
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
        pkg = find_installed(ctx, name, user)
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


def hide(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    return security_error(
        ctx, verb, "Neither user 2000 nor current process has android.permission.MANAGE_USERS.",
        _PM_FRAMES["users"],
    )


# --- uninstall, install-existing, clear ----------------------------------------------------------


def uninstall(ctx: Ctx, verb: str, reader: ArgReader) -> int:
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


def install_existing(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    user = only_user_option(ctx, reader, phone.current_user)
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


def clear(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    phone = ctx.phone
    user = only_user_option(ctx, reader, phone.current_user)
    name = reader.next_arg()
    pkg = find_installed(ctx, name or "", user)
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
