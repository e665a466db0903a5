"""``cmd notification``: notification listener, assistant and Do-Not-Disturb access.

Grants are kept where hardener reads them: the secure settings
``enabled_notification_listeners``, ``enabled_notification_assistant`` and
``enabled_notification_policy_access_packages`` (colon-separated). A real phone writes them
after the command returns; the phone's ``deferred_writes`` fault reproduces that delay.
"""

from __future__ import annotations

from hardener.sim.commands.base import Ctx, same_component, unflatten_component

_LISTENERS = "enabled_notification_listeners"
_ASSISTANT = "enabled_notification_assistant"
_DND = "enabled_notification_policy_access_packages"


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split(":") if v]


def cmd_notification(ctx: Ctx) -> int:
    if not ctx.args or ctx.args[0] in ("help", "-h"):
        ctx.out(
            "usage: cmd notification SUBCMD [args]\n\n"
            "SUBCMDs:\n"
            "  allow_listener COMPONENT [user_id (current user if not specified)]\n"
            "  disallow_listener COMPONENT [user_id (current user if not specified)]\n"
            "  allow_assistant COMPONENT [user_id (current user if not specified)]\n"
            "  remove_assistant COMPONENT [user_id (current user if not specified)]\n"
            "  allow_dnd PACKAGE [user_id (current user if not specified)]\n"
            "  disallow_dnd PACKAGE [user_id (current user if not specified)]\n"
        )
        return 0
    verb, args = ctx.args[0], ctx.args[1:]
    phone = ctx.phone
    if not args:
        ctx.errln(f"Error: no argument for {verb}")  # getNextArgRequired
        return 255
    target = args[0]
    user = phone.current_user
    if len(args) > 1:
        try:
            user = int(args[1])
        except ValueError:
            ctx.errln(f"Error: bad user: {args[1]}")
            return 255
    if verb in ("allow_listener", "disallow_listener", "allow_assistant", "disallow_assistant",
                "remove_assistant"):
        parsed = unflatten_component(target)
        if parsed is None:
            what = "listener" if "listener" in verb else "assistant"
            ctx.outln(f"Invalid {what} - must be a ComponentName")
            return 255
        full = f"{parsed[0]}/{parsed[1]}"
        key = _LISTENERS if "listener" in verb else _ASSISTANT
        allow = verb.startswith("allow")
    elif verb in ("allow_dnd", "disallow_dnd"):
        full = target
        key = _DND
        allow = verb == "allow_dnd"
    else:
        ctx.outln(f"Unknown command: {verb}")
        return 255
    table = phone.settings_table("secure", user)

    def apply() -> None:
        current = _split(table.get(key))
        kept = [c for c in current if not (c == full if key == _DND else same_component(c, full))]
        if allow:
            kept = [full] if key == _ASSISTANT else [*kept, full]
        table[key] = ":".join(kept) if kept or key in table else ""

    phone.commit("notification", apply, deferrable=True)
    return 0
