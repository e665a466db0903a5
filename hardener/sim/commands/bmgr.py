"""``bmgr``: Android Backup on/off, the backup transports, per-user activation (Android 10+).

``bmgr enable`` also mirrors the state into ``secure backup_enabled``, as the backup manager
does; writing that setting directly does not change the service.
"""

from __future__ import annotations

from hardener.sim.commands.base import Ctx
from hardener.sim.phone import BackupState

_NO_SERVICE = "Error: Could not access the Backup Manager.  Is the system running?"


def cmd_bmgr(ctx: Ctx) -> int:
    phone = ctx.phone
    args = list(ctx.args)
    user = phone.current_user
    if len(args) >= 2 and args[0] == "--user":
        raw = args[1]
        user = phone.current_user if raw == "current" else int(raw) if raw.isdigit() else -1
        args = args[2:]
    if not args:
        ctx.errln("usage: bmgr [--user <userId>] [backup|restore|list|transport|run]")
        ctx.errln("       bmgr enabled")
        ctx.errln("       bmgr enable BOOL")
        return 1
    verb = args[0]
    state = phone.backup.get(user)
    if state is None or phone.get_user(user) is None:
        ctx.errln(_NO_SERVICE)
        return 1
    if verb == "activated" and ctx.sdk >= 29:
        ctx.outln(f"Backup Manager currently {'activated' if state.activated else 'deactivated'}")
        return 0
    if verb == "activate" and ctx.sdk >= 29 and len(args) > 1:
        on = args[1] == "true"

        def apply_activate() -> None:
            state.activated = on

        ctx.outln(f"Backup service now {'activated' if on else 'deactivated'} for user {user}")
        phone.commit("backup", apply_activate)
        return 0
    if not state.activated:
        ctx.outln(f"Backup Manager currently deactivated for user {user}")
        return 0
    if verb == "enabled":
        ctx.outln(f"Backup Manager currently {'enabled' if state.enabled else 'disabled'}")
        return 0
    if verb == "enable":
        if len(args) < 2 or args[1] not in ("true", "false"):
            ctx.errln("Error: enable requires an argument")
            return 1
        on = args[1] == "true"
        ctx.outln(f"Backup Manager now {'enabled' if on else 'disabled'}")

        def apply_enable(st: BackupState = state) -> None:
            st.enabled = on
            phone.settings_table("secure", user)["backup_enabled"] = "1" if on else "0"

        phone.commit("backup", apply_enable)
        return 0
    if verb == "list" and args[1:2] == ["transports"]:
        if not state.transports:
            ctx.outln("No transports available.")
            return 0
        ctx.out("".join(f"  * {t}\n" if t == state.current else f"    {t}\n" for t in state.transports))
        return 0
    if verb == "transport" and len(args) > 1:
        name = args[-1]
        if name not in state.transports:
            ctx.errln(f"Unknown transport '{name}' specified; no changes made.")
            return 1
        ctx.outln(f"Selected transport {name} (formerly {state.current})")

        def apply_transport(st: BackupState = state) -> None:
            st.current = name

        phone.commit("backup", apply_transport)
        return 0
    if verb in ("backupnow", "backup", "run", "restore", "wipe", "fullbackup"):
        ctx.outln("Running incremental backup for 0 requested packages." if verb == "backupnow" else "")
        return 0
    ctx.errln(f"Unknown command: {verb}")
    return 1
