"""``dumpsys``: one service's dump, ``dumpsys -l``, or all services with their headers.

A service the phone does not have answers ``Can't find service: <name>`` on stderr with exit
status 0, as the real tool does. With the ``garbage_lines`` fault, junk lines are mixed into
every dump so parsers meet a broken or hostile phone.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

from hardener.sim.commands.accounts import dumpsys_account, dumpsys_content
from hardener.sim.commands.appops import dumpsys_appops
from hardener.sim.commands.base import Ctx, fmt_time
from hardener.sim.commands.dpm import dumpsys_device_policy
from hardener.sim.commands.dumpsys_more import MORE_SERVICES, SERVICE_NAMES
from hardener.sim.commands.lock import (
    dumpsys_face,
    dumpsys_fingerprint,
    dumpsys_lock_settings,
    dumpsys_trust,
    dumpsys_window,
)
from hardener.sim.commands.package_dump import dumpsys_package
from hardener.sim.commands.storage import dumpsys_diskstats, dumpsys_usagestats
from hardener.sim.shell import BufferSink

GARBAGE = (
    "\x1b[31m\x1b[2J",
    "Package [",
    "    User 0: installed=maybe hidden= enabled=NaN",
    "\ufffd\ufffd\ufffd\x00\x00",
    "      runtime permissions:",
    "    userId=-1",
    "    Account {name=, type=}",
    "=======================================================================",
    "Uid mode: : ",
    "    CredentialType: ",
    "package:",
    "[ro.build.version.sdk]: [",
    "\u202e" + "gnp.exe",
    "x" * 3000,
    "{\"service\":\"Fingerprint Manager\",\"prints\":[{\"id\":",
)


def _user(ctx: Ctx) -> int:
    ctx.outln("Users:")
    for u in ctx.phone.users:
        ctx.outln(f"  UserInfo{{{u.id}:{u.name}:{u.flags:x}}} serialNo={u.id} isPrimary={str(u.id == 0).lower()}")
        ctx.outln(f"    State: {'RUNNING_UNLOCKED' if u.running else '-1'}")
        if u.profile_parent is not None:
            ctx.outln("    Type: android.os.usertype.profile.MANAGED")
            ctx.outln(f"    Profile group id: {u.profile_parent}")
    return 0


def _backup(ctx: Ctx) -> int:
    state = ctx.phone.backup.get(ctx.phone.current_user)
    if state is None:
        ctx.outln("Inactive")
        return 0
    ctx.outln(f"Backup Manager is {'enabled' if state.enabled else 'disabled'} / "
              f"{'setup complete' if True else ''} / {'not pending init'}")
    ctx.outln("Auto-restore is enabled")
    ctx.outln(f"Last backup pass started: {ctx.phone.now_ms() - 3600_000} (now = {ctx.phone.now_ms()})")
    ctx.outln("  next scheduled: 0")
    ctx.outln("Transport whitelist:")
    for t in state.transports:
        ctx.outln(f"    {t}")
    ctx.outln("Available transports:")
    for t in state.transports:
        ctx.outln(f"  {'*' if t == state.current else ' '} {t}")
    return 0


def _notification(ctx: Ctx) -> int:
    phone = ctx.phone
    ctx.outln("Current Notification Manager state:")
    ctx.outln("  Notification listeners:")
    for u in phone.users:
        value = phone.settings_table("secure", u.id).get("enabled_notification_listeners") or ""
        for comp in filter(None, value.split(":")):
            ctx.outln(f"    {comp} (user {u.id})")
    return 0


def _accessibility(ctx: Ctx) -> int:
    phone = ctx.phone
    ctx.outln("ACCESSIBILITY MANAGER (dumpsys accessibility)")
    ctx.outln("")
    for u in phone.users:
        table = phone.settings_table("secure", u.id)
        # The running system holds only services whose app is installed, and none while
        # accessibility itself is off (the setting may still list them).
        listed = [c for c in (table.get("enabled_accessibility_services") or "").split(":") if c]
        enabled = [c for c in listed if (p := phone.package(c.split("/")[0])) is not None
                   and phone.installed_for(p, u.id)]
        if table.get("accessibility_enabled") == "0":
            enabled = []
        installed = [f"{p.name}/{p.components['accessibility']}" for p in sorted(phone.packages.values(),
                     key=lambda p: p.name) if p.components.get("accessibility") and phone.installed_for(p, u.id)]
        ctx.outln("User state[")
        ctx.outln(f"     attributes:{{id={u.id}, touchExplorationEnabled=false, serviceHandlesDoubleTap=false, "
                  f"installedServiceCount={len(installed)}}}")
        ctx.outln("     installed services: {")
        for i, comp in enumerate(installed):
            ctx.outln(f"      {i} : {comp}")
        ctx.outln("     }")
        ctx.outln("     Bound services:{" + ", ".join(f"Service[label={c.split('/')[0]}, "
                                                      f"feedbackType[FEEDBACK_GENERIC], capabilities=1, "
                                                      f"eventTypes=TYPES_ALL_MASK, notificationTimeout=0]"
                                                      for c in enabled) + "}")
        ctx.outln("     Enabled services:{" + ", ".join("{" + c + "}" for c in enabled) + "}")
        ctx.outln("     Binding services:{}")
        ctx.outln("     Crashed services:{}")
        ctx.outln("]")
    return 0


SERVICES: dict[str, Callable[[Ctx], int]] = {
    "package": dumpsys_package,
    "appops": dumpsys_appops,
    "lock_settings": dumpsys_lock_settings,
    "trust": dumpsys_trust,
    "fingerprint": dumpsys_fingerprint,
    "face": dumpsys_face,
    "window": dumpsys_window,
    "device_policy": dumpsys_device_policy,
    "account": dumpsys_account,
    "content": dumpsys_content,
    "diskstats": dumpsys_diskstats,
    "usagestats": dumpsys_usagestats,
    "user": _user,
    "backup": _backup,
    "notification": _notification,
    "accessibility": _accessibility,
    **MORE_SERVICES,
}


def listed_services(ctx: Ctx) -> list[str]:
    """What ``dumpsys -l`` prints: the services this phone registers (no face service without
    face hardware, and so on)."""
    phone = ctx.phone
    missing = {"face": not phone.has_face_hardware, "fingerprint": not phone.has_fingerprint_hardware}
    return sorted(n for n in set(SERVICE_NAMES) | set(SERVICES) if not missing.get(n))


def _with_garbage(text: str, seed: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    salt = zlib.crc32(seed.encode("utf-8", "surrogateescape"))
    for i, line in enumerate(lines):
        out.append(line)
        pick = (salt + i * 2654435761) & 0xFFFFFFFF
        if pick % 7 == 0 and i < len(lines) - 1:
            out.append(GARBAGE[pick % len(GARBAGE)])
    return "\n".join(out)


def cmd_dumpsys(ctx: Ctx) -> int:
    phone = ctx.phone
    args = list(ctx.args)
    while args and args[0] in ("-t", "-T", "--pid", "--thread", "--proto", "--skip", "--priority"):
        args = args[2:] if args[0] in ("-t", "-T", "--skip", "--priority") else args[1:]
    if args and args[0] == "-l":
        ctx.outln("Currently running services:")
        for name in listed_services(ctx):
            ctx.outln(f"  {name}")
        return 0
    if not args:
        for name in listed_services(ctx):
            ctx.outln("-------------------------------------------------------------------------------")
            ctx.outln(f"DUMP OF SERVICE {name}:")
            found = SERVICES.get(name)
            if found is not None:
                found(Ctx(phone, ctx.shell, ["dumpsys", name], None, ctx.stdout, ctx.stderr))
            if ctx.sdk >= 29:
                ctx.outln(f"--------- 0.001s was the duration of dumpsys {name}, ending at: {fmt_time(phone.now_ms())}")
        return 0
    name = args[0]
    handler = SERVICES.get(name)
    if handler is None:
        if name in listed_services(ctx):
            return 0  # registered, nothing modelled: some real services dump nothing either
        ctx.errln(f"Can't find service: {name}")
        return 0
    if not phone.faults.garbage_lines:
        return handler(Ctx(phone, ctx.shell, ["dumpsys", *args[1:]], ctx.stdin, ctx.stdout, ctx.stderr))
    buf = BufferSink()
    status = handler(Ctx(phone, ctx.shell, ["dumpsys", *args[1:]], ctx.stdin, buf, ctx.stderr))
    ctx.out(_with_garbage(buf.text(), name))
    return status
