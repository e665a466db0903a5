"""``logcat`` over the phone's log buffers (:mod:`hardener.sim.system`), in liblog's formats.

The shell user is in the ``log`` group, so it reads every buffer, as on a phone. ``-d`` dumps
and exits; without it logcat dumps and then waits for more until the host hangs up (in a
buffered run, where nobody can hang up, it stops after the dump). Formats are ``logprint.c``'s:
``threadtime`` (the default), ``brief``, ``time``, ``tag``, ``process``, ``thread``, ``raw``,
``long``, with ``epoch``/``year``/``UTC`` modifiers; buffers start with ``--------- beginning of``.
"""

from __future__ import annotations

import datetime as dt
import re

from hardener.sim.commands.base import Ctx
from hardener.sim.system import LogEntry, local_time

_LEVELS = "VDIWEFS"
_DEFAULT_BUFFERS = ("main", "system", "crash")
_ALL_BUFFERS = ("main", "radio", "events", "system", "crash", "kernel")
_FORMATS = ("brief", "process", "tag", "thread", "raw", "time", "threadtime", "long")
_MODIFIERS = ("color", "descriptive", "epoch", "monotonic", "printable", "uid", "usec", "UTC", "year", "zone",
              "nsec")


def _usage(ctx: Ctx, problem: str) -> int:
    ctx.errln(problem)
    if ctx.sdk >= 29:
        ctx.errln("For more information, run 'logcat --help'.")
    return 1


def cmd_logcat(ctx: Ctx) -> int:
    dump = False
    clear = False
    sizes = False
    buffers: list[str] = []
    fmt = "threadtime"
    modifiers: set[str] = set()
    tail: int | None = None
    max_count: int | None = None
    pid: int | None = None
    regex: re.Pattern[str] | None = None
    specs: list[str] = []
    args = list(ctx.args)
    while args:
        arg = args.pop(0)
        value: str | None = None
        if arg.startswith("--pid="):
            arg, value = "--pid", arg[6:]
        elif arg.startswith("--buffer="):
            arg, value = "-b", arg[9:]
        elif arg.startswith("--format="):
            arg, value = "-v", arg[9:]
        if arg in ("-b", "-v", "-t", "-T", "-m", "-e", "--pid", "-f", "--regex", "--max-count") and value is None:
            if not args:
                return _usage(ctx, f"logcat: option requires an argument -- '{arg.lstrip('-')[:1]}'")
            value = args.pop(0)
        if arg == "-d":
            dump = True
        elif arg == "-c":
            clear = True
        elif arg == "-g":
            sizes = True
        elif arg == "-s":
            specs.append("*:S")
        elif arg == "-b":
            assert value is not None
            for name in value.split(","):
                if name == "all":
                    buffers += list(_ALL_BUFFERS)
                elif name == "default":
                    buffers += list(_DEFAULT_BUFFERS)
                elif name in (*_ALL_BUFFERS, "stats", "security"):
                    buffers.append(name)
                else:
                    return _usage(ctx, f"logcat: unknown buffer '{name}'")
        elif arg == "-v":
            assert value is not None
            if value in _FORMATS:
                fmt = value
            elif value in _MODIFIERS:
                modifiers.add(value)
            else:
                return _usage(ctx, f"logcat: Invalid parameter \"{value}\" to -v.")
        elif arg in ("-t", "-T"):
            assert value is not None
            if not value.isdigit():
                return _usage(ctx, f"logcat: -{arg[1]} \"{value}\" not a number or time.")
            tail = int(value)
            dump = dump or arg == "-t"
        elif arg in ("-m", "--max-count"):
            assert value is not None
            max_count = int(value) if value.isdigit() else None
        elif arg == "--pid":
            assert value is not None
            pid = int(value) if value.isdigit() else -1
        elif arg in ("-e", "--regex"):
            assert value is not None
            try:
                regex = re.compile(value)
            except re.error:
                return _usage(ctx, f"logcat: invalid regex \"{value}\"")
        elif arg == "-f":
            return _usage(ctx, f"logcat: Could not open output file \"{value}\": Permission denied")
        elif arg.startswith("-") and len(arg) > 1:
            return _usage(ctx, f"logcat: invalid option -- '{arg.lstrip('-')[:1]}'")
        else:
            specs.append(arg)
    chosen = tuple(dict.fromkeys(buffers)) or _DEFAULT_BUFFERS
    state = ctx.phone.system
    if clear:
        state.logs = [e for e in state.logs if e.buffer not in chosen]
        return 0
    if sizes:
        for name in chosen:
            used = sum(len(e.msg) + 28 for e in state.logs if e.buffer == name)
            if ctx.sdk >= 29:
                ctx.outln(f"{name}: ring buffer is 256 KiB ({used // 1024} KiB consumed), max entry is 5120 B, "
                          "max payload is 4068 B")
            else:
                ctx.outln(f"{name}: ring buffer is 256Kb ({used // 1024}Kb consumed), max entry is 5120b, "
                          "max payload is 4076b")
        return 0
    entries = [e for e in state.logs if e.buffer in chosen and _wanted(e, specs)
               and (pid is None or e.pid == pid) and (regex is None or regex.search(e.msg))]
    if tail is not None:
        entries = entries[-tail:] if tail else []
    if max_count is not None:
        entries = entries[:max_count]
    started: set[str] = set()
    for entry in entries:
        if entry.buffer not in started and fmt != "raw":
            started.add(entry.buffer)
            ctx.outln(f"--------- beginning of {entry.buffer}")
        ctx.outln(_format(ctx, entry, fmt, modifiers))
    if not dump and ctx.shell.io is not None:
        _follow(ctx)
    return 0


def _wanted(entry: LogEntry, specs: list[str]) -> bool:
    """Filter specs ``TAG:PRIO``; the last ``*:X`` is the default, as liblog applies them."""
    if not specs:
        return True
    default = "V"
    by_tag: dict[str, str] = {}
    for spec in specs:
        tag, _, level = spec.partition(":")
        level = (level or "V")[:1].upper()
        if tag == "*":
            default = level
        else:
            by_tag[tag] = level
    need = by_tag.get(entry.tag, default)
    return need != "S" and _LEVELS.index(entry.level) >= _LEVELS.index(need)


def _format(ctx: Ctx, entry: LogEntry, fmt: str, modifiers: set[str]) -> str:
    when = dt.datetime.fromtimestamp(entry.ms / 1000, dt.UTC) if "UTC" in modifiers else local_time(ctx.phone, entry.ms)
    if "epoch" in modifiers:
        stamp = f"{entry.ms // 1000:>5}.{entry.ms % 1000:03d}"
    else:
        stamp = when.strftime("%Y-%m-%d %H:%M:%S" if "year" in modifiers else "%m-%d %H:%M:%S")
        stamp += f".{entry.ms % 1000:03d}"
        if "zone" in modifiers:
            stamp += when.strftime(" %z")
    level, tag, msg = entry.level, entry.tag, entry.msg
    if fmt == "brief":
        return f"{level}/{tag:<8}({entry.pid:5d}): {msg}"
    if fmt == "time":
        return f"{stamp} {level}/{tag:<8}({entry.pid:5d}): {msg}"
    if fmt == "tag":
        return f"{level}/{tag:<8}: {msg}"
    if fmt == "process":
        return f"{level}({entry.pid:5d}) {msg}  ({tag})"
    if fmt == "thread":
        return f"{level}({entry.pid:5d}:{entry.tid:5d}) {msg}"
    if fmt == "raw":
        return msg
    if fmt == "long":
        return f"[ {stamp} {entry.pid:5d}:{entry.tid:5d} {level}/{tag} ]\n{msg}\n"
    return f"{stamp} {entry.pid:5d} {entry.tid:5d} {level} {tag:<8}: {msg}"


def _follow(ctx: Ctx) -> None:
    """Without ``-d``: nothing new is logged, so wait until the host hangs up (or Ctrl-C)."""
    io = ctx.shell.io
    assert io is not None
    ctx.phone.flush(io)
    while not io.gone:
        ctx.phone.idle(0.05)
        if ctx.stdin is not None:
            ctx.stdin.check_interrupt()  # Ctrl-C on a pty: back to the prompt
