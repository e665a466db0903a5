"""The practice phone's commands, one module per family, looked up by name.

Every handler takes a :class:`Ctx` and returns the exit status. ``cmd <service>`` reaches the
same handlers as the wrapper scripts (``pm``, ``settings``, ``appops``, ``locksettings``, ...),
as on a real phone where those scripts are ``cmd <service> "$@"``.
"""

from __future__ import annotations

from hardener.sim.commands.base import Ctx, Handler, cant_find_service


def _registry() -> dict[str, Handler]:
    from hardener.sim.commands import (
        am,
        appops,
        bmgr,
        dpm,
        dumpsys,
        findutils,
        getprop,
        hashes,
        hexdump,
        lock,
        logcat,
        pm,
        procs,
        settings,
        sysinfo,
        ziptool,
    )
    from hardener.sim.commands import (
        coreutils as cu,
    )
    from hardener.sim.commands import (
        fileutils as fu,
    )
    from hardener.sim.commands import (
        textutils as tu,
    )

    return {
        # mksh builtins and toybox
        "echo": cu.cmd_echo, "printf": cu.cmd_printf, "true": cu.cmd_true, "false": cu.cmd_false,
        "exit": cu.cmd_exit, "id": sysinfo.cmd_id, "whoami": cu.cmd_whoami, "seq": cu.cmd_seq,
        "sleep": cu.cmd_sleep, "pwd": cu.cmd_pwd, "cd": cu.cmd_cd, "export": cu.cmd_export,
        "unset": cu.cmd_unset, "env": cu.cmd_env, "ls": fu.cmd_ls, "cat": fu.cmd_cat, "mkdir": fu.cmd_mkdir,
        "rm": fu.cmd_rm, "rmdir": fu.cmd_rmdir, "mv": fu.cmd_mv, "cp": fu.cmd_cp, "touch": fu.cmd_touch,
        "stat": fu.cmd_stat,
        "chmod": fu.cmd_chmod, "grep": tu.cmd_grep, "head": tu.cmd_head, "tail": tu.cmd_tail, "wc": tu.cmd_wc,
        "test": cu.cmd_test, "[": cu.cmd_test, "date": sysinfo.cmd_date, "uname": cu.cmd_uname,
        "reboot": cu.cmd_reboot, "which": cu.cmd_which, "command": cu.cmd_which, "run-as": cu.cmd_run_as,
        "sm": cu.cmd_sm, "cut": tu.cmd_cut,
        "ps": procs.cmd_ps, "pidof": procs.cmd_pidof, "getenforce": sysinfo.cmd_getenforce,
        "setenforce": sysinfo.cmd_setenforce, "uptime": sysinfo.cmd_uptime, "df": sysinfo.cmd_df,
        "find": findutils.cmd_find, "logcat": logcat.cmd_logcat, "base64": hashes.cmd_base64,
        "md5sum": hashes.cmd_hashsum, "sha1sum": hashes.cmd_hashsum, "sha224sum": hashes.cmd_hashsum,
        "sha256sum": hashes.cmd_hashsum, "sha384sum": hashes.cmd_hashsum, "sha512sum": hashes.cmd_hashsum,
        "unzip": ziptool.cmd_unzip, "zipinfo": ziptool.cmd_zipinfo, "xxd": hexdump.cmd_xxd,
        # Android tools
        "getprop": getprop.cmd_getprop, "setprop": getprop.cmd_setprop,
        "settings": settings.cmd_settings, "pm": pm.cmd_pm, "appops": appops.cmd_appops,
        "locksettings": lock.cmd_locksettings, "dumpsys": dumpsys.cmd_dumpsys, "bmgr": bmgr.cmd_bmgr,
        "am": am.cmd_am, "dpm": dpm.cmd_dpm, "cmd": cmd_cmd, "ime": cmd_ime, "service": cmd_service,
    }


BUILTINS = frozenset({"echo", "printf", "true", "false", "exit", "pwd", "cd", "export", "unset", "test", "[",
                      "command"})
_REGISTRY: dict[str, Handler] | None = None
_BIN_DIRS = ("/system/bin/", "/system/xbin/", "/vendor/bin/", "/bin/", "/product/bin/")


def find_command(name: str) -> Handler | None:
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = _registry()
    for prefix in _BIN_DIRS:
        if name.startswith(prefix):
            name = name[len(prefix):]
            if name in BUILTINS and name not in ("echo", "printf", "true", "false", "test", "["):
                return None
            break
    else:
        if "/" in name:
            return None
    return _REGISTRY.get(name)


# Services reachable through ``cmd``; value None: the service exists but hardener never needs it.
_CMD_SERVICES = {
    "package": "pm", "appops": "appops", "settings": "settings", "lock_settings": "locksettings",
    "activity": "am", "notification": None, "role": None, "device_policy": "dpm", "user": None,
    "backup": None, "input_method": "ime", "content": None,
}


def cmd_cmd(ctx: Ctx) -> int:
    from hardener.sim.commands import notification, role

    if not ctx.args:
        ctx.errln("cmd: No service specified; use -l to list all running services. Use -w to start and "
                  "wait for a service.")
        return 20
    if ctx.args[0] == "-l":
        ctx.outln("Currently running services:")
        for name in sorted(_CMD_SERVICES):
            ctx.outln(f"  {name}")
        return 0
    service, rest = ctx.args[0], ctx.args[1:]
    if service == "device_policy" and ctx.sdk < 30:
        if not rest:
            return 0
        ctx.errln("No shell command implementation.")
        return 0
    if service == "role" and ctx.sdk < 29:
        return cant_find_service(ctx, service)
    if service not in _CMD_SERVICES:
        return cant_find_service(ctx, service)
    sub = Ctx(ctx.phone, ctx.shell, [service, *rest], ctx.stdin, ctx.stdout, ctx.stderr)
    if service == "notification":
        return notification.cmd_notification(sub)
    if service == "role":
        return role.cmd_role(sub)
    if service == "user":
        return _cmd_user(sub)
    if service == "content":
        sub.outln("Content service commands:\n  help\n    Print this help text.\n  reset-today-stats")
        return 0
    if service == "backup":
        sub.errln("No shell command implementation.")
        return 0
    tool = _CMD_SERVICES[service]
    assert tool is not None
    handler = find_command(tool)
    assert handler is not None
    return handler(Ctx(ctx.phone, ctx.shell, [tool, *rest], ctx.stdin, ctx.stdout, ctx.stderr))


def _cmd_user(ctx: Ctx) -> int:
    if ctx.args[:1] == ["list"]:
        ctx.outln(f"{len(ctx.phone.users)} users:")
        ctx.outln("")
        for i, u in enumerate(ctx.phone.users):
            current = " (current)" if u.id == ctx.phone.current_user else ""
            ctx.outln(f"{i}: id={u.id}, name={u.name}, flags={u.flags:#x}{current}")
        return 0
    ctx.outln("User manager (user) commands:\n  help\n    Prints this help text.\n  list [-v] [-all]")
    return 0


def cmd_ime(ctx: Ctx) -> int:
    table = ctx.phone.settings_table("secure", ctx.phone.current_user)
    enabled = [e.split(";", 1)[0] for e in (table.get("enabled_input_methods") or "").split(":") if e]
    verb = ctx.args[0] if ctx.args else ""
    if verb == "list":
        for ime in enabled:
            ctx.outln(ime if "-s" in ctx.args else f"{ime}:\n  mId={ime} mSettingsActivity=null")
        return 0
    if verb in ("enable", "disable", "set") and len(ctx.args) > 1:
        target = ctx.args[1]
        ctx.outln(f"Input method {target}: {'now enabled' if verb != 'disable' else 'now disabled'}"
                  if verb != "set" else f"Input method {target} selected for user #{ctx.phone.current_user}")

        def apply() -> None:
            items = [e for e in enabled if e != target]
            if verb != "disable":
                items.append(target)
            table["enabled_input_methods"] = ":".join(items)
            if verb == "set":
                table["default_input_method"] = target

        ctx.phone.commit("settings", apply)
        return 0
    ctx.outln("ime <command>:\n  list [-a] [-s]\n  enable [--user <USERID>] <ID>\n  disable [--user <USERID>] <ID>"
              "\n  set [--user <USERID>] <ID>")
    return 0 if not verb else 255


def cmd_service(ctx: Ctx) -> int:
    from hardener.sim.commands.dumpsys import SERVICES
    from hardener.sim.commands.dumpsys_more import SERVICE_NAMES

    verb = ctx.args[0] if ctx.args else ""
    if verb == "check" and len(ctx.args) > 1:
        name = ctx.args[1]
        found = name in SERVICES or name in _CMD_SERVICES or name in SERVICE_NAMES
        ctx.outln(f"Service {name}: {'found' if found else 'not found'}")
        return 0
    if verb == "list":
        names = sorted(set(SERVICES) | set(_CMD_SERVICES) | set(SERVICE_NAMES))
        ctx.outln(f"Found {len(names)} services:")
        for i, name in enumerate(names):
            ctx.outln(f"{i}\t{name}: []")
        return 0
    ctx.outln("Usage: service [-h|-?]\n       service list\n       service check SERVICE\n"
              "       service call SERVICE CODE [i32 N | i64 N | f N | d N | s16 STR | null | fd f | nfd n "
              "| afd f ] ...")
    return 0 if verb in ("", "-h", "-?") else 1


__all__ = ["BUILTINS", "Ctx", "Handler", "find_command"]
