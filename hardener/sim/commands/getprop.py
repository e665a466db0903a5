"""``getprop`` and ``setprop``: system properties (toybox, Android 9+ texts)."""

from __future__ import annotations

from hardener.sim.commands.base import Ctx

# What the shell SELinux domain may set: everything else fails like a read-only property.
_SHELL_SETTABLE = ("debug.", "log.tag.", "persist.log.tag.", "persist.debug.", "ctl.")


def cmd_getprop(ctx: Ctx) -> int:
    props = ctx.phone.props
    args = [a for a in ctx.args if not a.startswith("-")]
    if not args:
        ctx.out("".join(f"[{k}]: [{props[k]}]\n" for k in sorted(props)))
        return 0
    value = props.get(args[0])
    if value is None:
        value = args[1] if len(args) > 1 else ""
    ctx.outln(value)
    return 0


def cmd_setprop(ctx: Ctx) -> int:
    if len(ctx.args) != 2:
        ctx.errln("setprop: Need 2 arguments")
        return 1
    name, value = ctx.args
    allowed = name.startswith(_SHELL_SETTABLE) and not name.startswith("ro.")
    if not allowed or (name.startswith("ro.") and name in ctx.phone.props):
        ctx.errln(f"Failed to set property '{name}' to '{value}'.")
        ctx.errln("See dmesg for error reason.")
        return 1

    def apply() -> None:
        if value:
            ctx.phone.props[name] = value
        else:
            ctx.phone.props.pop(name, None)

    ctx.phone.commit("props", apply)
    return 0
