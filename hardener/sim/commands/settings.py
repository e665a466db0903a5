"""``settings`` (= ``cmd settings``): the system, secure and global tables.

``get`` of an unset key prints ``null``; ``put`` prints nothing; ``delete`` prints
``Deleted N rows``; ``list`` prints sorted ``key=value`` lines. ``system`` and ``secure`` are
per user, ``global`` is device-wide. Writing ``global adb_enabled 0`` switches USB debugging off:
the ADB server then drops the connection (see :attr:`VirtualPhone.adb_enabled`).
"""

from __future__ import annotations

from hardener.sim.commands.base import Ctx, UsageError, parse_user, security_error

TABLES = ("system", "secure", "global")
_WRITE_FRAMES = (
    "com.android.providers.settings.SettingsProvider.enforceWritePermission(SettingsProvider.java:2302)",
    "com.android.providers.settings.SettingsProvider.mutateSecureSetting(SettingsProvider.java:1766)",
    "com.android.providers.settings.SettingsProvider.insertSecureSetting(SettingsProvider.java:1724)",
    "com.android.providers.settings.SettingsProvider.call(SettingsProvider.java:474)",
    "android.content.ContentProvider.call(ContentProvider.java:2507)",
    "android.content.ContentProvider$Transport.call(ContentProvider.java:521)",
    "com.android.providers.settings.SettingsService$MyShellCommand.putForUser(SettingsService.java:388)",
    "com.android.providers.settings.SettingsService$MyShellCommand.onCommand(SettingsService.java:282)",
)


def cmd_settings(ctx: Ctx) -> int:
    phone = ctx.phone
    user = phone.current_user
    verb: str | None = None
    table: str | None = None
    rest: list[str] = []
    args = list(ctx.args)
    try:
        while args:
            arg = args.pop(0)
            if arg == "--user":
                user = parse_user(ctx, args.pop(0) if args else None)
                if user == -1:
                    user = 0
            elif verb is None:
                verb = arg
            elif table is None:
                table = arg
            else:
                rest.append(arg)
    except UsageError as exc:
        ctx.errln(str(exc))
        return 255
    if verb not in ("get", "put", "delete", "list", "reset"):
        if verb is None:
            _help(ctx)
            return 0
        ctx.errln(f"Invalid command: {verb}")
        return 255
    if table not in TABLES:
        ctx.errln(f"Invalid namespace '{table}'" if table else "Bad arguments")
        return 255
    if user != 0 and phone.get_user(user) is None:
        ctx.errln(f"Invalid user: {user}")
        return 255
    values = phone.settings_table(table, user)

    if verb == "list":
        ctx.out("".join(f"{k}={'null' if v is None else v}\n" for k, v in sorted(values.items())))
        return 0
    if verb == "get":
        if len(rest) != 1:
            ctx.errln("Bad arguments" if not rest else "Too many arguments")
            return 255
        value = values.get(rest[0])
        ctx.outln("null" if value is None else value)
        return 0
    if table in phone.faults.gate_tables and phone.faults.gate is not None:
        return security_error(
            ctx, verb,
            "Permission denial: writing to settings requires:android.permission.WRITE_SECURE_SETTINGS",
            _WRITE_FRAMES,
        )
    if verb == "put":
        if len(rest) < 2:
            ctx.errln("Bad arguments")
            return 255
        key, value = rest[0], rest[1]

        def put() -> None:
            values[key] = value

        phone.commit("settings", put)
        return 0
    if verb == "delete":
        if len(rest) != 1:
            ctx.errln("Bad arguments")
            return 255
        key = rest[0]
        existed = key in values
        ctx.outln(f"Deleted {1 if existed else 0} rows")

        def delete() -> None:
            values.pop(key, None)

        phone.commit("settings", delete)
        return 0
    # reset: only the packages' own defaults would change; nothing hardener relies on.
    return 0


def _help(ctx: Ctx) -> None:
    ctx.out(
        "Settings provider (settings) commands:\n"
        "  help\n"
        "      Print this help text.\n"
        "  get [--user <USER_ID> | current] NAMESPACE KEY\n"
        "      Retrieve the current value of KEY.\n"
        "  put [--user <USER_ID> | current] NAMESPACE KEY VALUE [TAG] [default]\n"
        "      Change the contents of KEY to VALUE.\n"
        "  delete [--user <USER_ID> | current] NAMESPACE KEY\n"
        "      Delete the entry for KEY.\n"
        "  list [--user <USER_ID> | current] NAMESPACE\n"
        "      Print all defined keys.\n"
        "      NAMESPACE is one of {system, secure, global}, case-insensitive\n"
    )
