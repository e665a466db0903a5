"""``pm`` (= ``cmd package``): the verb table, listing, ``path`` and ``dump``.

The verbs that change a package live in :mod:`.pm_changes`.
"""

from __future__ import annotations

from hardener.sim.commands import pm_changes as changes
from hardener.sim.commands import pm_install, pm_query
from hardener.sim.commands.base import ArgReader, Ctx, UsageError, parse_user
from hardener.sim.commands.package_dump import apk_path, dumpsys_package
from hardener.sim.commands.permissions import RUNTIME


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
            line.append(f"  installer={pkg.installer if pkg.installer is not None else 'null'}")
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
    user = changes.only_user_option(ctx, reader, ctx.phone.current_user)
    name = reader.next_arg()
    pkg = changes.find_installed(ctx, name or "", user)
    if pkg is None:
        return 1
    ctx.outln(f"package:{apk_path(pkg)}")
    return 0


def _dump(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    name = reader.next_arg()
    sub = Ctx(ctx.phone, ctx.shell, ["dumpsys", "package", name or ""], None, ctx.stdout, ctx.stderr)
    return dumpsys_package(sub)


_VERBS = {
    "list": _list,
    "query-activities": pm_query.query_activities,
    "path": _path,
    "dump": _dump,
    "grant": changes.grant_revoke,
    "revoke": changes.grant_revoke,
    "set-permission-flags": changes.permission_flags,
    "clear-permission-flags": changes.permission_flags,
    "reset-permissions": changes.reset_permissions,
    "enable": changes.set_enabled,
    "disable": changes.set_enabled,
    "disable-user": changes.set_enabled,
    "disable-until-used": changes.set_enabled,
    "default-state": changes.set_enabled,
    "suspend": changes.suspend,
    "unsuspend": changes.suspend,
    "hide": changes.hide,
    "unhide": changes.hide,
    "uninstall": changes.uninstall,
    "install": pm_install.install,
    "install-existing": changes.install_existing,
    "clear": changes.clear,
}
