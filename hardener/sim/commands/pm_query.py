"""``cmd package query-activities``: which activities answer an intent, here the app drawer's
(``-a android.intent.action.MAIN -c android.intent.category.LAUNCHER``).

A real phone prints ``N activities found:`` then, per activity, ``  Activity #i:`` and (with
``--brief``) its priority line and its ``pkg/.Cls`` component; ``--components`` prints only the
components; nothing matching prints ``No activities found``. Apps installed by the person
have a ``.MainActivity`` icon unless it is disabled (a hidden icon) or the persona gives them
none (``"components": {"launcher": ""}``); preinstalled apps have one only where the persona
names it (``"launcher": "Cls"``).
"""

from __future__ import annotations

from hardener.sim.commands.base import ArgReader, Ctx, UsageError, parse_user
from hardener.sim.records import Package

_MAIN, _LAUNCHER = "android.intent.action.MAIN", "android.intent.category.LAUNCHER"
_OFF = (2, 3, 4)  # COMPONENT_ENABLED_STATE_DISABLED, _USER, _UNTIL_USED


def launcher_activity(pkg: Package) -> str | None:
    """The app's drawer activity as ``pkg/.Cls`` (short form), or None when it shows no icon."""
    cls = pkg.components.get("launcher")
    if cls == "":
        return None
    if cls is None:
        if pkg.system:
            return None
        cls = f"{pkg.name}.MainActivity"
    if cls in pkg.disabled_components or f"{pkg.name}/{cls}" in pkg.disabled_components:
        return None
    short = cls[len(pkg.name):] if cls.startswith(pkg.name + ".") else cls
    return f"{pkg.name}/{short}"


def query_activities(ctx: Ctx, verb: str, reader: ArgReader) -> int:
    brief = components = False
    action = None
    categories: list[str] = []
    user = ctx.phone.current_user
    while (opt := reader.next_option()) is not None:
        if opt == "--brief":
            brief = True
        elif opt == "--components":
            components = True
        elif opt == "-a":
            action = reader.next_arg()
        elif opt == "-c":
            categories.append(reader.next_arg() or "")
        elif opt == "--user":
            user = parse_user(ctx, reader.next_arg())
        else:
            raise UsageError(f"Error: Unknown option: {opt}")
    found: list[str] = []
    if action == _MAIN and categories in ([_LAUNCHER], []):
        for pkg in sorted(ctx.phone.packages.values(), key=lambda p: p.name):
            state = pkg.users.get(max(user, 0))
            if state is None or not state.installed or state.hidden or state.enabled in _OFF:
                continue
            comp = launcher_activity(pkg)
            if comp is not None:
                found.append(comp)
    if not found:
        ctx.outln("No activities found")
        return 0
    if not components:
        ctx.outln(f"{len(found)} activities found:")
    for i, comp in enumerate(found):
        if components:
            ctx.outln(comp)
            continue
        ctx.outln(f"  Activity #{i}:")
        if brief:
            ctx.outln("    priority=0 preferredOrder=0 match=0x108000 specificIndex=-1 isDefault=false")
            ctx.outln(f"    {comp}")
        else:
            pkg_name, _, cls = comp.partition("/")
            ctx.outln(f"    ActivityInfo:\n      name={pkg_name + cls if cls.startswith('.') else cls}\n"
                      f"      packageName={pkg_name}\n      enabled=true exported=true directBootAware=false")
    return 0
