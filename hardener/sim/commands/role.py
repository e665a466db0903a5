"""``cmd role``: default SMS, dialer, browser, home and assistant apps (Android 10+)."""

from __future__ import annotations

from hardener.sim.commands.base import Ctx, cant_find_service


def cmd_role(ctx: Ctx) -> int:
    phone = ctx.phone
    if ctx.sdk < 29:
        return cant_find_service(ctx, "role")
    if not ctx.args:
        ctx.out(
            "Role (role) commands:\n"
            "  help or -h\n"
            "    Print this help text.\n\n"
            "  add-role-holder [--user USER_ID] ROLE PACKAGE [FLAGS]\n"
            "  remove-role-holder [--user USER_ID] ROLE PACKAGE [FLAGS]\n"
            "  clear-role-holders [--user USER_ID] ROLE [FLAGS]\n"
            "  get-role-holders [--user USER_ID] ROLE\n"
        )
        return 0
    verb = ctx.args[0]
    user = phone.current_user
    rest: list[str] = []
    it = iter(ctx.args[1:])
    for arg in it:
        if arg == "--user":
            raw = next(it, "0")
            user = phone.current_user if raw == "current" else int(raw) if raw.isdigit() else 0
        else:
            rest.append(arg)
    roles = phone.roles.setdefault(user, {})
    if verb == "get-role-holders":
        if not rest:
            ctx.errln("Error: no role specified")
            return 255
        ctx.out("".join(f"{p}\n" for p in roles.get(rest[0], [])))
        return 0
    if verb in ("add-role-holder", "remove-role-holder", "clear-role-holders"):
        if not rest or (verb != "clear-role-holders" and len(rest) < 2):
            ctx.errln("Error: missing arguments")
            return 255
        role = rest[0]
        pkg = rest[1] if len(rest) > 1 else ""
        if verb == "add-role-holder" and phone.package(pkg) is None:
            ctx.errln(f"Error: Failed to add role holder: {pkg}")
            return 255

        def apply() -> None:
            holders = roles.setdefault(role, [])
            if verb == "clear-role-holders":
                holders.clear()
            elif verb == "remove-role-holder":
                if pkg in holders:
                    holders.remove(pkg)
            else:
                exclusive = role.rsplit(".", 1)[-1] in ("SMS", "DIALER", "BROWSER", "HOME", "ASSISTANT")
                if exclusive:
                    holders.clear()
                if pkg not in holders:
                    holders.append(pkg)

        phone.commit("roles", apply)
        return 0
    ctx.outln(f"Unknown command: {verb}")
    return 255
