"""toybox ``ps`` (and ``pidof``) over the phone's running processes (:mod:`hardener.sim.system`).

Formats follow toybox's ``ps.c``: the Android default ``-o`` is
``USER,PID,PPID,VSIZE,RSS,WCHAN:10,ADDR:10,S,NAME`` (``VSIZE:10`` from Android 11, whose 64-bit
processes have 10-digit sizes); columns are separated by one space; a number wider than its column
pushes the rest right and the overflow is taken back from later columns with room to spare; the
last column, when left-justified, has no padding. Not on a terminal (``adb shell ps`` without a
pty) toybox never truncates. Without ``-A`` ps shows the processes on its own terminal: with no
terminal that is every process without one, which is all of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hardener.sim.commands.base import Ctx
from hardener.sim.system import Proc, local_time

_PID_WIDTH = 5  # digits of /proc/sys/kernel/pid_max (32768)


@dataclass(frozen=True)
class _Field:
    name: str
    width: int  # negative: left-justified
    numeric: bool


# name -> (width, numeric); aliases resolved in _FIELD_ALIASES.
_FIELDS: dict[str, tuple[int, bool]] = {
    "PID": (_PID_WIDTH, True), "PPID": (_PID_WIDTH, True), "PRI": (3, True), "NI": (3, True),
    "ADDR": (12, True), "SZ": (5, True), "RSS": (6, True), "PGID": (5, True), "VSZ": (7, True),
    "MAJFL": (6, True), "MINFL": (6, True), "PR": (2, True), "PSR": (3, True), "RTPRIO": (6, True),
    "SCH": (3, True), "CPU": (3, True), "TID": (5, True), "TCNT": (4, True), "BIT": (3, True),
    "TTY": (-8, False), "WCHAN": (-6, False), "LABEL": (-30, False), "COMM": (-27, False),
    "NAME": (-27, False), "COMMAND": (-27, False), "CMDLINE": (-27, False), "ARGS": (-27, False),
    "CMD": (-15, False), "UID": (5, False), "USER": (-12, False), "RUID": (4, False), "RUSER": (-8, False),
    "GID": (8, False), "GROUP": (-8, False), "RGID": (4, False), "RGROUP": (-8, False), "TIME": (8, False),
    "ELAPSED": (11, False), "TIME+": (9, False), "C": (1, False), "%VSZ": (5, False), "%MEM": (5, False),
    "%CPU": (4, False), "VIRT": (4, False), "RES": (4, False), "SHR": (4, False), "STIME": (5, False),
    "F": (1, False), "S": (-1, False), "STAT": (-5, False), "PCY": (3, False),
}
_FIELD_ALIASES = {"NICE": "NI", "SCHED": "SCH", "ETIME": "ELAPSED", "PCPU": "%CPU", "VSIZE": "VSZ", "UNAME": "USER"}


class _BadField(Exception):
    pass


def _parse_fields(specs: list[str]) -> list[tuple[_Field, str]]:
    """``-o`` lists: ``FIELD[:width][=title]``, comma separated, as toybox's ``parse_ko``."""
    out: list[tuple[_Field, str]] = []
    for spec in specs:
        for item in spec.split(","):
            if not item:
                continue
            name, _, title = item.partition("=")
            name, colon, width_text = name.partition(":")
            key = _FIELD_ALIASES.get(name.upper(), name.upper())
            if key not in _FIELDS:
                raise _BadField(item)
            width, numeric = _FIELDS[key]
            if colon:
                if not width_text.isdigit():
                    raise _BadField(item)
                width = int(width_text) * (-1 if width < 0 else 1)
            out.append((_Field(key, width, numeric), title or key))
    return out


def _value(ctx: Ctx, proc: Proc, field: str) -> str:
    if field in ("PID", "TID", "PGID"):
        return str(proc.pid)
    if field == "PPID":
        return str(proc.ppid)
    if field in ("USER", "RUSER"):
        return proc.user
    if field in ("UID", "RUID", "GID", "RGID"):
        return str(proc.uid)
    if field in ("GROUP", "RGROUP"):
        return proc.user
    if field == "VSZ":
        return str(proc.vsz_kb)
    if field == "RSS":
        return str(proc.rss_kb)
    if field == "SZ":
        return str(proc.vsz_kb // 4)
    if field == "WCHAN":
        return proc.wchan
    if field == "ADDR":
        return "0"
    if field in ("S", "STAT"):
        return proc.state
    if field in ("NAME", "ARGS", "CMDLINE", "COMMAND", "COMM"):
        return f"[{proc.name}]" if proc.kernel else proc.name
    if field == "CMD":
        return proc.name[:15]
    if field == "LABEL":
        return proc.label
    if field in ("PRI", "PR"):
        return "19" if field == "PRI" else "20"
    if field in ("NI", "PSR", "CPU", "RTPRIO", "SCH", "MAJFL", "C", "F"):
        return "0"
    if field == "MINFL":
        return str(proc.rss_kb // 3)
    if field == "TCNT":
        return "1" if proc.kernel else str(8 + proc.pid % 60)
    if field == "BIT":
        return "-" if proc.kernel else ("64" if proc.vsz_kb > 4_000_000 else "32")
    if field == "TTY":
        return "pts/0" if _on_tty(ctx, proc) else "?"
    if field in ("TIME", "TIME+"):
        secs = int(proc.start_s / 7) if not proc.kernel else 0
        return f"00:{secs // 60:02d}:{secs % 60:02d}" if field == "TIME" else f"{secs // 60}:{secs % 60:02d}.00"
    if field == "ELAPSED":
        up = max(0, int(ctx.phone.uptime_ms() / 1000 - proc.start_s))
        days, rest = divmod(up, 86400)
        return (f"{days}-" if days else "") + f"{rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}"
    if field == "STIME":
        started = local_time(ctx.phone, ctx.phone.boot_ms + int(proc.start_s * 1000))
        return started.strftime("%H:%M")
    if field in ("%CPU", "%MEM", "%VSZ"):
        return "0.0"
    if field in ("VIRT", "RES", "SHR"):
        kb = proc.vsz_kb if field == "VIRT" else proc.rss_kb
        return _human(kb * 1024)
    if field == "PCY":
        return "fg" if proc.uid >= 10_000 else "bg"
    return "?"


def _human(n: int) -> str:
    """toybox ``human_readable``: ``1.2G``, ``512M``."""
    value, unit = float(n), ""
    for candidate in "KMGTP":
        if value < 1024:
            break
        value, unit = value / 1024, candidate
    return f"{value:.1f}{unit}" if unit and value < 10 else f"{int(value)}{unit}"


def _on_tty(ctx: Ctx, proc: Proc) -> bool:
    return ctx.shell.tty and proc.uid == 2000 and proc.name in ("sh", "ps")


def _render(ctx: Ctx, fields: list[tuple[_Field, str]], procs: list[Proc], trim_header: bool) -> None:
    header = " ".join(f"{title:>{f.width}}" if f.width > 0 else f"{title:<{-f.width}}" for f, title in fields)
    ctx.outln(header.rstrip() if trim_header else header)
    last = len(fields) - 1
    for proc in procs:
        parts: list[str] = []
        extra = 0
        for idx, (field, _) in enumerate(fields):
            out = _value(ctx, proc, field.name)
            width = abs(field.width)
            if len(out) > width:  # not a terminal: -w, nothing is cut
                extra += len(out) - width
                width = len(out)
            elif extra and len(out) < width:
                unused = min(width - len(out), extra)
                width -= unused
                extra -= unused
            if idx == last and field.width < 0:
                parts.append(out)
            elif field.width < 0:
                parts.append(f"{out:<{width}}")
            else:
                parts.append(f"{out:>{width}}")
        ctx.outln(" ".join(parts))


def cmd_ps(ctx: Ctx) -> int:
    show_all = label = full = long = False
    o_specs: list[str] = []
    plus: list[str] = []
    pids: list[int] = []
    users: list[str] = []
    args = list(ctx.args)
    while args:
        arg = args.pop(0)
        if arg in ("-o", "-O", "-p", "-u", "-U", "-k", "-P", "-t", "-s", "-g", "-G") or (
                arg[:2] in ("-o", "-O", "-p", "-u", "-U", "-k") and len(arg) > 2):
            opt, value = (arg, args.pop(0) if args else "") if len(arg) == 2 else (arg[:2], arg[2:])
            if opt == "-o":
                o_specs.append(value)
            elif opt == "-O":
                plus.append(value)
            elif opt == "-p":
                pids += [int(p) for p in value.split(",") if p.isdigit()]
            elif opt in ("-u", "-U"):
                users += value.split(",")
            continue
        if arg.startswith("-") and len(arg) > 1:
            for flag in arg[1:]:
                if flag in "Ae":
                    show_all = True
                elif flag == "Z":
                    label = True
                elif flag == "f":
                    full = True
                elif flag == "l":
                    long = True
                elif flag not in "adTwnMk":
                    ctx.errln(f"ps: Unknown option '{flag}'")
                    ctx.errln("usage: ps [-AadefLlnwZ] [-gG GROUP,] [-k FIELD,] [-o FIELD,] [-p PID,] [-t TTY,] "
                              "[-uU USER,]")
                    return 1
        elif arg.isdigit():
            pids.append(int(arg))
        else:
            ctx.errln(f"ps: bad {arg}")
            return 1
    if full:
        default = "USER:12=UID,PID,PPID,C,STIME,TTY,TIME,ARGS=CMD"
    elif long:
        default = "F,S,UID,PID,PPID,C,PRI,NI,BIT,SZ,WCHAN,TTY,TIME,CMD"
    else:
        default = f"USER,PID,PPID,VSIZE{':10' if ctx.sdk >= 30 else ''},RSS,WCHAN:10,ADDR:10,S,NAME"
    try:
        fields = _parse_fields((["LABEL"] if label else []) + (o_specs or [default]) + plus)
    except _BadField as exc:
        ctx.errln(f"ps: bad -o {exc}")
        return 1
    procs = _listing(ctx)
    if pids or users:
        procs = [p for p in procs if p.pid in pids or p.user in users or str(p.uid) in users]
    elif not show_all:
        procs = [p for p in procs if _on_tty(ctx, p) == ctx.shell.tty]
    _render(ctx, fields, procs, trim_header=ctx.sdk < 30)
    return 0 if procs else 1


def _listing(ctx: Ctx) -> list[Proc]:
    """The boot's processes plus this shell and this ps (new pids each time, as on a phone)."""
    procs = list(ctx.phone.system.processes)
    adbd = next((p.pid for p in procs if p.name == "adbd"), 1)
    sh = Proc(ctx.shell.pid, adbd, 2000, "sh", 10_800_000 if ctx.sdk >= 30 else 2_200_000, 3_600,
              "do_wait" if ctx.sdk >= 30 else "0", "S", "u:r:shell:s0", ctx.phone.uptime_ms() / 1000)
    ps = Proc(ctx.phone.next_pid(), sh.pid, 2000, "ps", 10_900_000 if ctx.sdk >= 30 else 2_300_000, 4_100,
              "0", "R", "u:r:shell:s0", ctx.phone.uptime_ms() / 1000)
    return [*procs, sh, ps]


def cmd_pidof(ctx: Ctx) -> int:
    names = [a for a in ctx.args if not a.startswith("-")]
    found = [str(p.pid) for p in reversed(_listing(ctx)) if p.name in names or p.name.rsplit("/", 1)[-1] in names]
    if found:
        ctx.outln(" ".join(found))
    return 0 if found else 1


def boot_time(ctx: Ctx) -> dt.datetime:
    return local_time(ctx.phone, ctx.phone.boot_ms)
