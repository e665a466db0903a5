"""mksh builtins and the small toybox tools around them: echo, printf, test, ids, time, cd.

Files are in :mod:`.fileutils`, text filters in :mod:`.textutils`. Error texts follow mksh and
toybox because hardener (and other tools) read them.
"""

from __future__ import annotations

import re
import time

from hardener.sim.backend import HostGone
from hardener.sim.commands import vfs
from hardener.sim.commands.base import Ctx
from hardener.sim.shell import ExitShell

_ECHO_ESCAPES = {"a": "\a", "b": "\b", "e": "\x1b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                 "v": "\v", "\\": "\\"}


def _unescape(text: str, *, stop_at_c: bool = True) -> tuple[str, bool]:
    """C-style escapes as mksh's echo and printf's ``%b`` read them; True when ``\\c`` stopped it."""
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c != "\\" or i + 1 >= len(text):
            out.append(c)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt in _ECHO_ESCAPES:
            out.append(_ECHO_ESCAPES[nxt])
            i += 2
        elif nxt == "c" and stop_at_c:
            return "".join(out), True
        elif nxt == "0" or (nxt.isdigit() and nxt < "8"):
            j = i + 1 + (1 if nxt == "0" else 0)
            digits = ""
            while j < len(text) and len(digits) < 3 and text[j] in "01234567":
                digits += text[j]
                j += 1
            out.append(chr(int(digits or "0", 8)))
            i = j
        else:
            out.append("\\" + nxt)
            i += 2
    return "".join(out), False


def cmd_echo(ctx: Ctx) -> int:
    args = ctx.args
    newline = True
    escapes = True
    while args and re.fullmatch(r"-[neE]+", args[0]):
        for flag in args[0][1:]:
            if flag == "n":
                newline = False
            elif flag == "e":
                escapes = True
            else:
                escapes = False
        args = args[1:]
    text = " ".join(args)
    if escapes:
        text, stopped = _unescape(text)
        if stopped:
            newline = False
    ctx.out(text + ("\n" if newline else ""))
    return 0


_PRINTF_SPEC = re.compile(r"%([-+ 0#]*)(\d*)(?:\.(\d+))?([sdiuxXocb%])")


def _printf_one(ctx: Ctx, m: re.Match[str], arg: str) -> tuple[str, bool]:
    """One conversion of printf's format; False when the argument was not a number."""
    flags, width, prec, conv = m.groups()
    ok = True
    if conv == "b":
        text, _ = _unescape(arg)
    elif conv == "s":
        text = arg if prec is None else arg[: int(prec)]
    elif conv == "c":
        text = arg[:1]
    else:
        try:
            num = int(arg, 0) if arg else 0
        except ValueError:
            ctx.errln(f"printf: invalid number '{arg}'")
            ok, num = False, 0
        text = format(num, {"d": "d", "i": "d", "u": "d", "x": "x", "X": "X", "o": "o"}[conv])
    if width:
        w = int(width)
        text = text.ljust(w) if "-" in flags else text.rjust(w, "0" if "0" in flags else " ")
    return text, ok


def cmd_printf(ctx: Ctx) -> int:
    if not ctx.args:
        ctx.errln("printf: needs 1 argument")
        return 1
    fmt, values = ctx.args[0], list(ctx.args[1:])
    fmt, _ = _unescape(fmt, stop_at_c=False)
    status = 0
    while True:
        out: list[str] = []
        pos = 0
        consumed = 0
        for m in _PRINTF_SPEC.finditer(fmt):
            out.append(fmt[pos : m.start()])
            pos = m.end()
            if m.group(4) == "%":
                out.append("%")
                continue
            arg = values[consumed] if consumed < len(values) else ""
            consumed += 1
            text, ok = _printf_one(ctx, m, arg)
            status = status if ok else 1
            out.append(text)
        out.append(fmt[pos:])
        ctx.out("".join(out))
        values = values[consumed:]
        if not values or consumed == 0:
            break
    return status


def cmd_true(ctx: Ctx) -> int:
    return 0


def cmd_false(ctx: Ctx) -> int:
    return 1


def cmd_exit(ctx: Ctx) -> int:
    code = ctx.shell.status
    if ctx.args:
        try:
            code = int(ctx.args[0])
        except ValueError:
            ctx.errln(f"/system/bin/sh: exit: {ctx.args[0]}: bad number")
            code = 1
    raise ExitShell(code & 0xFF)


def cmd_whoami(ctx: Ctx) -> int:
    ctx.outln("shell")
    return 0


def cmd_seq(ctx: Ctx) -> int:
    try:
        nums = [int(a) for a in ctx.args]
    except ValueError:
        ctx.errln(f"seq: not a number: {ctx.args}")
        return 1
    if len(nums) == 1:
        first, step, last = 1, 1, nums[0]
    elif len(nums) == 2:
        first, step, last = nums[0], 1, nums[1]
    elif len(nums) == 3:
        first, step, last = nums
    else:
        ctx.errln("usage: seq [-w|-f fmt_str|-s sep_str] [first] [increment] last")
        return 1
    if step == 0:
        return 1
    values = range(first, last + (1 if step > 0 else -1), step)
    ctx.out("".join(f"{v}\n" for v in values))
    return 0


def cmd_sleep(ctx: Ctx) -> int:
    try:
        secs = float(ctx.args[0]) if ctx.args else 0.0
    except ValueError:
        ctx.errln(f"sleep: invalid number '{ctx.args[0]}'")
        return 1
    phone, io = ctx.phone, ctx.shell.io
    waited = 0.0
    if phone.faults.real_sleep and secs > 0:
        # With the host attached the whole time passes (Ctrl-C or a hang-up ends it); in a buffered
        # run ``max_sleep_s`` caps it so tests stay quick. The phone is free meanwhile.
        if io is not None:
            phone.flush(io)
        started = time.monotonic()
        deadline = started + (min(secs, 3600.0) if io is not None else min(secs, phone.faults.max_sleep_s))
        while (left := deadline - time.monotonic()) > 0:
            phone.idle(min(left, 0.05))
            if io is not None:
                if io.gone:
                    raise HostGone
                if ctx.stdin is not None:
                    ctx.stdin.check_interrupt()
        waited = time.monotonic() - started
    phone.advance_clock(int(secs * 1000) - (int(waited * 1000) if phone.clock_running else 0))
    return 0


def cmd_pwd(ctx: Ctx) -> int:
    ctx.outln(ctx.shell.cwd)
    return 0


def cmd_cd(ctx: Ctx) -> int:
    target = ctx.shell.resolve(ctx.args[0] if ctx.args else "/")
    got = vfs.list_dir_or_error(ctx.phone, target)
    node = vfs.lookup(ctx.phone, target)
    if (isinstance(got, str) and got != vfs.EACCES) or node is None or not node.is_dir:
        problem = got if isinstance(got, str) else vfs.ENOTDIR
        ctx.errln(f"/system/bin/sh: cd: {ctx.args[0] if ctx.args else '/'}: {problem}")
        return 2
    ctx.shell.cwd = vfs.normalize(target)
    return 0


def cmd_export(ctx: Ctx) -> int:
    for arg in ctx.args:
        if "=" in arg:
            k, v = arg.split("=", 1)
            ctx.shell.vars[k] = v
    return 0


def cmd_unset(ctx: Ctx) -> int:
    for arg in ctx.args:
        ctx.shell.vars.pop(arg, None)
    return 0


def cmd_env(ctx: Ctx) -> int:
    ctx.out("".join(f"{k}={v}\n" for k, v in sorted(ctx.shell.vars.items())))
    return 0


def cmd_test(ctx: Ctx) -> int:
    args = list(ctx.args)
    if ctx.argv[0] == "[":
        if not args or args[-1] != "]":
            ctx.errln("[: missing ]")
            return 2
        args = args[:-1]
    negate = False
    if args and args[0] == "!":
        negate, args = True, args[1:]
    result = _test(ctx, args)
    if result is None:
        ctx.errln(f"{ctx.argv[0]}: syntax error")
        return 2
    return 0 if result != negate else 1


def _test(ctx: Ctx, args: list[str]) -> bool | None:
    if not args:
        return False
    if len(args) == 1:
        return args[0] != ""
    if len(args) == 2:
        op, val = args
        if op == "-n":
            return val != ""
        if op == "-z":
            return val == ""
        path = ctx.shell.resolve(val)
        node = vfs.lookup(ctx.phone, path) if vfs.visible(ctx.phone, path) else None
        if op == "-e":
            return node is not None
        if op == "-f":
            return node is not None and not node.is_dir
        if op == "-d":
            return node is not None and node.is_dir
        if op == "-s":
            return node is not None and len(node.data) > 0
        if op == "-r":
            return node is not None and node.shell_readable
        if op == "-w":
            return node is not None and node.shell_writable
        return None
    if len(args) == 3:
        a, op, b = args
        if op == "=" or op == "==":
            return a == b
        if op == "!=":
            return a != b
        try:
            x, y = int(a), int(b)
        except ValueError:
            return None
        return {"-eq": x == y, "-ne": x != y, "-gt": x > y, "-lt": x < y, "-ge": x >= y,
                "-le": x <= y}.get(op)
    return None


def cmd_uname(ctx: Ctx) -> int:
    kernel = ctx.phone.props.get("sim.kernel", "4.19.191-g0000000")
    if "-a" in ctx.args:
        ctx.outln(f"Linux localhost {kernel} #1 SMP PREEMPT aarch64 Toybox")
    elif "-r" in ctx.args:
        ctx.outln(kernel)
    elif "-m" in ctx.args:
        ctx.outln("aarch64")
    else:
        ctx.outln("Linux")
    return 0


def cmd_reboot(ctx: Ctx) -> int:
    """Recorded, never done: a test that sees ``reboot_count > 0`` caught an injection."""
    ctx.phone.reboot_count += 1
    return 0


def cmd_which(ctx: Ctx) -> int:
    from hardener.sim.commands import BUILTINS, find_command

    args = [a for a in ctx.args if not a.startswith("-")]
    status = 0
    for name in args:
        if find_command(name) is None:
            status = 1
        elif name in BUILTINS and ctx.argv[0] == "command":
            ctx.outln(name)
        else:
            ctx.outln(name if name.startswith("/") else f"/system/bin/{name}")
    return status


def cmd_run_as(ctx: Ctx) -> int:
    if not ctx.args:
        ctx.errln("run-as: usage: run-as <package-name> [--user <uid>] <command> [<args>]")
        return 1
    pkg = ctx.phone.package(ctx.args[0])
    if pkg is None:
        ctx.errln(f"run-as: unknown package: {ctx.args[0]}")
        return 1
    if not pkg.debuggable:
        ctx.errln(f"run-as: package not debuggable: {ctx.args[0]}")
        return 1
    ctx.errln(f"run-as: couldn't stat /data/user/0/{ctx.args[0]}: Permission denied")
    return 1


def cmd_sm(ctx: Ctx) -> int:
    verb = ctx.args[0] if ctx.args else ""
    props = ctx.phone.props
    if verb == "get-fbe-mode":
        if props.get("ro.crypto.type") == "file" and props.get("ro.crypto.state") == "encrypted":
            ctx.outln("native")
        else:
            ctx.outln("none")
        return 0
    if verb == "is-file-encrypted":
        ctx.outln("true" if props.get("ro.crypto.type") == "file" else "false")
        return 0
    if verb == "list-volumes":
        ctx.outln("emulated;0 mounted null")
        return 0
    ctx.errln(f"Unknown command: {verb}" if verb else "usage: sm list-disks [adoptable]")
    return 1
