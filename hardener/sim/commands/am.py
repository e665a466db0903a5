"""``am`` (= ``cmd activity``): open Settings screens, current user, force-stop.

``am start -a <action>`` is how hardener sends a person to a screen it cannot change itself;
the phone records each opened screen in ``phone.opened_screens`` for tests.
"""

from __future__ import annotations

from hardener.sim.commands.base import Ctx, unflatten_component
from hardener.sim.phone import OpenedScreen

_RESOLVABLE_PREFIXES = ("android.settings.", "android.app.action.", "android.intent.action.",
                        "com.android.settings.", "android.provider.", "android.credentials.")


def _intent_text(action: str | None, data: str | None, categories: list[str], component: str | None,
                 flags: int | None) -> str:
    parts = []
    if action:
        parts.append(f"act={action}")
    if categories:
        parts.append("cat=[" + ",".join(categories) + "]")
    if data:
        parts.append(f"dat={data}")
    if flags:
        parts.append(f"flg={flags:#x}")
    if component:
        pkg, _, cls = component.partition("/")
        if cls.startswith(pkg + "."):
            cls = cls[len(pkg):]
        parts.append(f"cmp={pkg}/{cls}")
    return "Intent { " + " ".join(parts) + " }"


def cmd_am(ctx: Ctx) -> int:
    phone = ctx.phone
    if not ctx.args:
        ctx.out("Activity manager (activity) commands:\n  help\n      Print this help text.\n")
        return 0
    verb, args = ctx.args[0], ctx.args[1:]
    if verb == "get-current-user":
        ctx.outln(str(phone.current_user))
        return 0
    if verb in ("start", "start-activity"):
        return _start(ctx, args)
    if verb == "force-stop":
        name = next((a for a in args if not a.startswith("-") and not a.isdigit()), None)
        pkg = phone.package(name or "")
        if pkg is not None:
            for st in pkg.users.values():
                st.stopped = True
            pkg.touch()
        return 0
    if verb == "kill":
        return 0
    if verb == "broadcast":
        action = args[args.index("-a") + 1] if "-a" in args and args.index("-a") + 1 < len(args) else None
        ctx.outln(f"Broadcasting: {_intent_text(action, None, [], None, 0x400000)}")
        ctx.outln("Broadcast completed: result=0")
        return 0
    ctx.outln(f"Unknown command: {verb}")
    return 255


def _start(ctx: Ctx, args: list[str]) -> int:
    phone = ctx.phone
    action = data = component = None
    categories: list[str] = []
    flags: int | None = None
    user = phone.current_user
    wait = False
    it = iter(args)
    for arg in it:
        if arg == "-a":
            action = next(it, None)
        elif arg == "-d":
            data = next(it, None)
        elif arg == "-c":
            categories.append(next(it, ""))
        elif arg == "-n":
            component = next(it, None)
        elif arg == "-f":
            raw = next(it, "0")
            flags = int(raw, 0) if raw else 0
        elif arg == "--user":
            raw = next(it, "0")
            user = phone.current_user if raw == "current" else int(raw) if raw.isdigit() else 0
        elif arg == "-W":
            wait = True
        elif arg in ("--es", "--ez", "--ei", "--el", "--eu"):
            next(it, None)
            next(it, None)
        elif not arg.startswith("-") and component is None and "/" in arg:
            component = arg
    full_component = None
    if component is not None:
        parsed = unflatten_component(component)
        if parsed is None or phone.package(parsed[0]) is None:
            ctx.errln(f"Error: Activity class {{{component}}} does not exist.")
            return 1
        full_component = f"{parsed[0]}/{parsed[1]}"
    ctx.outln(f"Starting: {_intent_text(action, data, categories, full_component, flags)}")
    resolvable = full_component is not None or (action is not None and action.startswith(_RESOLVABLE_PREFIXES))
    if not resolvable:
        ctx.errln("Error: Activity not started, unable to resolve "
                  + _intent_text(action, data, categories, None, (flags or 0) | 0x10000000))
        return 1
    phone.opened_screens.append(OpenedScreen(action or "", full_component, user, phone.now_ms()))
    if wait:
        ctx.outln("Status: ok")
        ctx.outln("LaunchState: COLD")
        ctx.outln("Activity: com.android.settings/.SubSettings")
        ctx.outln("TotalTime: 412")
        ctx.outln("WaitTime: 418")
        ctx.outln("Complete")
    return 0
