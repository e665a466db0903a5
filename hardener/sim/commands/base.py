"""What every command family shares: the call context, Android's option reading, error shapes.

Errors are where Android versions differ most, and hardener's parsers key on them, so they are
rendered in one place: :func:`java_error` prints the ``Exception occurred while executing``
form of Android 10+ or the ``Security exception:`` form of Android 8/9.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hardener.sim.phone import VirtualPhone
    from hardener.sim.shell import Shell
    from hardener.sim.shell_io import Input, Sink


@dataclass
class Ctx:
    """One command invocation: its argv, stdin, and where its stdout and stderr go."""

    phone: VirtualPhone
    shell: Shell
    argv: list[str]
    stdin: Input | None
    stdout: Sink
    stderr: Sink
    args: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.args = self.argv[1:]

    @property
    def sdk(self) -> int:
        return self.phone.sdk

    def out(self, text: str) -> None:
        self.stdout.write(text)

    def err(self, text: str) -> None:
        self.stderr.write(text)

    def outln(self, text: str = "") -> None:
        self.stdout.write(text + "\n")

    def errln(self, text: str = "") -> None:
        self.stderr.write(text + "\n")

    def stdin_text(self) -> str:
        """All of stdin (waiting for the host to close it, when it comes from the host)."""
        return self.stdin.read_all() if self.stdin is not None else ""

    def stdin_bytes(self) -> bytes:
        return self.stdin_text().encode("utf-8", "surrogateescape")

    def out_bytes(self, data: bytes) -> None:
        self.stdout.write(data.decode("utf-8", "surrogateescape"))


Handler = Callable[[Ctx], int]


class ArgReader:
    """Android's ``ShellCommand`` argument walk: options first, then positional arguments."""

    def __init__(self, args: Sequence[str]) -> None:
        self.args = list(args)
        self.pos = 0

    def next_option(self) -> str | None:
        if self.pos >= len(self.args):
            return None
        arg = self.args[self.pos]
        if not arg.startswith("-") or arg == "-":
            return None
        self.pos += 1
        if arg == "--":
            return None
        return arg

    def next_arg(self) -> str | None:
        if self.pos >= len(self.args):
            return None
        self.pos += 1
        return self.args[self.pos - 1]

    def peek(self) -> str | None:
        return self.args[self.pos] if self.pos < len(self.args) else None

    def rest(self) -> list[str]:
        out = self.args[self.pos :]
        self.pos = len(self.args)
        return out


class UsageError(Exception):
    """A bad or missing argument: the command prints its own message (no Java trace)."""


def parse_user(ctx: Ctx, raw: str | None) -> int:
    """``--user N|current|all`` (``all`` means user 0 where one user is needed)."""
    if raw is None:
        raise UsageError("Error: no user specified")
    if raw in ("current", "cur"):
        return ctx.phone.current_user
    if raw == "all":
        return -1
    try:
        return int(raw)
    except ValueError:
        raise UsageError(f"Error: bad user id: {raw}") from None


# --- Java exceptions ----------------------------------------------------------------------------


def java_trace(exc_class: str, message: str, frames: Sequence[str]) -> str:
    head = f"{exc_class}: {message}" if message else exc_class
    return head + "\n" + "".join(f"\tat {f}\n" for f in frames)


def java_error(
    ctx: Ctx, verb: str, exc_class: str, message: str, frames: Sequence[str] = ()
) -> int:
    """An exception escaping a system service's shell command, as ``cmd`` prints it; exit -1."""
    frames = [
        *frames,
        "com.android.modules.utils.BasicShellCommandHandler.exec(BasicShellCommandHandler.java:97)"
        if ctx.sdk >= 31
        else "android.os.ShellCommand.exec(ShellCommand.java:104)",
        "android.os.ShellCommand.exec(ShellCommand.java:38)" if ctx.sdk >= 31 else
        "android.os.Binder.shellCommand(Binder.java:881)",
        "android.os.Binder.onTransact(Binder.java:765)",
    ]
    trace = java_trace(exc_class, message, frames)
    if ctx.sdk >= 29:
        ctx.err(f"\nException occurred while executing '{verb}':\n{trace}")
    elif exc_class == "java.lang.SecurityException":
        ctx.err(f"Security exception: {message}\n\n{trace}")
    else:
        ctx.err(f"\nException occurred while executing:\n{trace}")
    return 255


def security_error(ctx: Ctx, verb: str, message: str, frames: Sequence[str] = ()) -> int:
    return java_error(ctx, verb, "java.lang.SecurityException", message, frames)


# Commands that are Android's Java shell commands (ShellCommand): they refuse with an exception.
_JAVA_COMMANDS = frozenset({
    "am", "appops", "bmgr", "cmd", "content", "dpm", "ime", "input", "locksettings", "pm", "role",
    "settings", "svc", "telecom", "wm",
})


def refused(ctx: Ctx) -> int:
    """A command the phone refuses, in the phone's own words (the ``--fail`` fault).

    ``dumpsys`` prints the service's dump-permission denial (AOSP DumpUtils: "can't dump X from
    from pid=..."; the doubled "from" is Android's) and, like a real dumpsys, still exits 0: only
    the text tells. Java shell commands throw the SecurityException that a user restriction
    gives the shell user (exit 255). Anything else is refused by the shell, exit 126.
    """
    name = ctx.argv[0]
    if name == "dumpsys":
        service = ctx.args[0] if ctx.args else "activity"
        ctx.outln(
            f"Permission Denial: can't dump {service} from from pid={ctx.shell.pid}, uid=2000 due to "
            "missing android.permission.DUMP permission"
        )
        return 0
    if name in _JAVA_COMMANDS:
        verb = ctx.args[0] if ctx.args else ""
        return security_error(ctx, verb, "Shell does not have permission to access user 0")
    ctx.errln(f"/system/bin/sh: {name}: can't execute: Permission denied")
    return 126


def cant_find_service(ctx: Ctx, service: str) -> int:
    ctx.errln(f"cmd: Can't find service: {service}")
    return 20


# --- formatting ---------------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def fmt_time(ms: int) -> str:
    """``yyyy-MM-dd HH:mm:ss`` as dumpsys prints it (phone time zone: UTC here)."""
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M:%S")


def fmt_time_ms(ms: int) -> str:
    d = dt.datetime.fromtimestamp(ms / 1000, dt.UTC)
    return d.strftime("%Y-%m-%d %H:%M:%S") + f".{ms % 1000:03d}"


def format_duration(ms: int) -> str:
    """``TimeUtils.formatDuration``: ``+1d2h3m4s5ms``; once a unit is printed, all smaller ones are."""
    if ms == 0:
        return "0"
    sign = "+" if ms > 0 else "-"
    ms = abs(ms)
    days, rem = divmod(ms, 86400000)
    hours, rem = divmod(rem, 3600000)
    minutes, rem = divmod(rem, 60000)
    seconds, millis = divmod(rem, 1000)
    out = [sign]
    started = False
    for amount, unit in ((days, "d"), (hours, "h"), (minutes, "m"), (seconds, "s")):
        if started or amount > 0:
            out.append(f"{amount}{unit}")
            started = True
    out.append(f"{millis}ms")
    return "".join(out)


def format_clock(ms: int) -> str:
    """Usage stats durations: ``MM:SS`` or ``H:MM:SS``."""
    secs = ms // 1000
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


@lru_cache(maxsize=16384)
def java_hash(*keys: str) -> str:
    """A stable stand-in for ``Integer.toHexString(System.identityHashCode(o))``."""
    return format(zlib.crc32("\x1f".join(keys).encode("utf-8", "surrogateescape")) & 0xFFFFFFF, "x")


def unflatten_component(text: str) -> tuple[str, str] | None:
    """``ComponentName.unflattenFromString``: ``pkg/.Cls`` and ``pkg/full.Cls`` -> (pkg, full class)."""
    if "/" not in text:
        return None
    pkg, cls = text.split("/", 1)
    if not pkg or not cls:
        return None
    if cls.startswith("."):
        cls = pkg + cls
    return pkg, cls


def flatten_component(pkg: str, cls: str) -> str:
    return f"{pkg}/{cls}"


def short_component(pkg: str, cls: str) -> str:
    """``flattenToShortString``: the class relative to the package when it starts with it."""
    if cls.startswith(pkg + "."):
        return f"{pkg}/{cls[len(pkg):]}"
    return f"{pkg}/{cls}"


def component_info(pkg: str, cls: str) -> str:
    """``ComponentName.toString()``."""
    return f"ComponentInfo{{{pkg}/{cls}}}"


def same_component(a: str, b: str) -> bool:
    ua, ub = unflatten_component(a), unflatten_component(b)
    return ua is not None and ua == ub
