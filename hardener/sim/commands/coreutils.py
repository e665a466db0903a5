"""The toybox/mksh commands a session uses around the Android services: files, text, status.

Error texts follow toybox (``ls: /data: Permission denied``) because hardener reads them to
tell "not there" from "not allowed".
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import time

from hardener.sim.commands import vfs
from hardener.sim.commands.base import Ctx
from hardener.sim.phone import SHELL_UID
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


def cmd_id(ctx: Ctx) -> int:
    if ctx.args[:1] == ["-u"]:
        ctx.outln(str(SHELL_UID))
        return 0
    ctx.outln(
        "uid=2000(shell) gid=2000(shell) groups=2000(shell),1004(input),1007(log),1011(adb),"
        "1015(sdcard_rw),1028(sdcard_r),1078(ext_data_rw),1079(ext_obb_rw),3001(net_bt_admin),"
        "3002(net_bt),3003(inet),3006(net_bw_stats),3009(readproc),3011(uhid) context=u:r:shell:s0"
    )
    return 0


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
    ctx.phone.advance_clock(int(secs * 1000))
    if ctx.phone.faults.real_sleep and secs > 0:
        time.sleep(min(secs, ctx.phone.faults.max_sleep_s))
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


def _mode_string(is_dir: bool, mode: int) -> str:
    chars = "d" if is_dir else "-"
    for shift in (6, 3, 0):
        bits = (mode >> shift) & 7
        chars += ("r" if bits & 4 else "-") + ("w" if bits & 2 else "-") + ("x" if bits & 1 else "-")
    return chars


def _owner(uid: int) -> str:
    return {0: "root", 1000: "system", 1023: "media_rw", SHELL_UID: "shell"}.get(uid, str(uid))


def cmd_ls(ctx: Ctx) -> int:
    long = show_all = as_dir = False
    paths: list[str] = []
    for arg in ctx.args:
        if arg.startswith("-") and len(arg) > 1:
            for flag in arg[1:]:
                if flag in "ln":
                    long = True
                elif flag in "aA":
                    show_all = True
                elif flag == "d":
                    as_dir = True
                elif flag in "1Rhst":
                    pass
                else:
                    ctx.errln(f"ls: Unknown option '{flag}'")
                    return 1
        else:
            paths.append(arg)
    if not paths:
        paths = [ctx.shell.cwd]
    status = 0
    files: list[tuple[str, str]] = []
    dirs: list[tuple[str, list[tuple[str, str]]]] = []

    def line(name: str, path: str) -> str:
        node = vfs.lookup(ctx.phone, path)
        if not long or node is None:
            return name
        when = dt.datetime.fromtimestamp(node.mtime, dt.UTC).strftime("%Y-%m-%d %H:%M")
        size = 3488 if node.is_dir else len(node.data)
        return (f"{_mode_string(node.is_dir, node.mode)} {2 if node.is_dir else 1} {_owner(node.uid)} "
                f"{_owner(node.gid)} {size:>5} {when} {name}")

    for raw in paths:
        path = ctx.shell.resolve(raw)
        problem = vfs.stat_error(ctx.phone, path)
        if problem is not None:
            ctx.errln(f"ls: {raw}: {problem}")
            status = 1
            continue
        node = vfs.lookup(ctx.phone, path)
        assert node is not None
        if not node.is_dir or as_dir:
            files.append((raw, line(raw, path)))
            continue
        listing = vfs.list_dir_or_error(ctx.phone, path)
        if isinstance(listing, str):
            ctx.errln(f"ls: {raw}: {listing}")
            status = 1
            continue
        dirs.append((raw, [(n, line(n, posixpath.join(vfs.normalize(path), n)))
                           for n, _ in listing if show_all or not n.startswith(".")]))
    for _, text in files:
        ctx.outln(text)
    for idx, (raw, entries) in enumerate(dirs):
        if len(paths) > 1:
            if idx or files:
                ctx.outln()
            ctx.outln(f"{raw}:")
        if long:
            ctx.outln(f"total {len(entries) * 8}")
        for _, text in entries:
            ctx.outln(str(text))
    return status


def cmd_cat(ctx: Ctx) -> int:
    if not ctx.args or ctx.args == ["-"]:
        ctx.out(ctx.stdin or "")
        return 0
    status = 0
    for raw in ctx.args:
        if raw == "-":
            ctx.out(ctx.stdin or "")
            continue
        got = vfs.read(ctx.phone, ctx.shell.resolve(raw))
        if isinstance(got, str):
            ctx.errln(f"cat: {raw}: {got}")
            status = 1
        else:
            ctx.out(got.decode("utf-8", "surrogateescape"))
    return status


def cmd_mkdir(ctx: Ctx) -> int:
    parents = "-p" in ctx.args
    status = 0
    for raw in (a for a in ctx.args if not a.startswith("-")):
        problem = vfs.mkdir(ctx.phone, ctx.shell.resolve(raw), parents=parents)
        if problem is not None:
            ctx.errln(f"mkdir: '{raw}': {problem}")
            status = 1
    return status


def cmd_rm(ctx: Ctx) -> int:
    force = recursive = False
    targets: list[str] = []
    for arg in ctx.args:
        if arg.startswith("-") and len(arg) > 1 and not targets:
            force = force or "f" in arg
            recursive = recursive or "r" in arg or "R" in arg
        else:
            targets.append(arg)
    status = 0
    for raw in targets:
        problem = vfs.remove(ctx.phone, ctx.shell.resolve(raw), recursive=recursive)
        if problem is not None and not (force and problem == vfs.ENOENT):
            ctx.errln(f"rm: {raw}: {problem}")
            status = 1
    return status


def cmd_rmdir(ctx: Ctx) -> int:
    status = 0
    for raw in ctx.args:
        problem = vfs.remove(ctx.phone, ctx.shell.resolve(raw), dir_only=True)
        if problem is not None:
            ctx.errln(f"rmdir: '{raw}': {problem}")
            status = 1
    return status


def cmd_mv(ctx: Ctx) -> int:
    args = [a for a in ctx.args if not a.startswith("-")]
    if len(args) != 2:
        ctx.errln("mv: needs 2 arguments")
        return 1
    problem = vfs.move(ctx.phone, ctx.shell.resolve(args[0]), ctx.shell.resolve(args[1]))
    if problem is not None:
        ctx.errln(f"mv: {args[0]}: {problem}")
        return 1
    return 0


def cmd_cp(ctx: Ctx) -> int:
    args = [a for a in ctx.args if not a.startswith("-")]
    if len(args) != 2:
        ctx.errln("cp: needs 2 arguments")
        return 1
    got = vfs.read(ctx.phone, ctx.shell.resolve(args[0]))
    if isinstance(got, str):
        ctx.errln(f"cp: {args[0]}: {got}")
        return 1
    dst = ctx.shell.resolve(args[1])
    node = vfs.lookup(ctx.phone, dst)
    if node is not None and node.is_dir:
        dst = posixpath.join(dst, posixpath.basename(args[0]))
    problem = vfs.write(ctx.phone, dst, got, append=False)
    if problem is not None:
        ctx.errln(f"cp: {args[1]}: {problem}")
        return 1
    return 0


def cmd_touch(ctx: Ctx) -> int:
    """``touch [-c] [-r REF] FILE...`` as toybox: ``-r`` copies REF's time, ``-c`` creates nothing."""
    status = 0
    ref_time: int | None = None
    no_create = False
    targets: list[str] = []
    args = list(ctx.args)
    while args:
        arg = args.pop(0)
        if arg == "-r" and args:
            ref = args.pop(0)
            problem = vfs.stat_error(ctx.phone, ctx.shell.resolve(ref))
            node = vfs.lookup(ctx.phone, ctx.shell.resolve(ref))
            if problem is not None or node is None:
                ctx.errln(f"touch: '{ref}': {problem or vfs.ENOENT}")
                return 1
            ref_time = node.mtime
        elif arg == "-c":
            no_create = True
        elif arg.startswith("-") and len(arg) > 1:
            ctx.errln(f"touch: Unknown option '{arg.lstrip('-')[:1]}'")
            return 1
        else:
            targets.append(arg)
    for raw in targets:
        path = ctx.shell.resolve(raw)
        node = vfs.lookup(ctx.phone, path)
        if node is None and no_create:
            continue
        if node is not None and node.is_dir:
            node.mtime = ref_time if ref_time is not None else ctx.phone.now_ms() // 1000
            continue
        problem = vfs.write(ctx.phone, path, b"", append=True, mtime=ref_time)
        if problem is not None:
            ctx.errln(f"touch: '{raw}': {problem}")
            status = 1
    return status


def _stat_format(fmt: str, fields: dict[str, str]) -> str:
    return re.sub(r"%(.)", lambda m: fields.get(m.group(1), "?"), fmt)


def cmd_stat(ctx: Ctx) -> int:
    """``stat -c FORMAT FILE...`` (toybox): %n name, %s size, %Y mtime, %a octal mode, %F type."""
    fmt: str | None = None
    files: list[str] = []
    args = list(ctx.args)
    while args:
        arg = args.pop(0)
        if arg in ("-c", "--format") and args:
            fmt = args.pop(0)
        elif arg.startswith("-c") and len(arg) > 2:
            fmt = arg[2:]
        elif arg.startswith("-") and len(arg) > 1:
            ctx.errln(f"stat: Unknown option '{arg.lstrip('-')[:1]}'")
            return 1
        else:
            files.append(arg)
    if not files:
        ctx.errln("stat: Needs 1 argument")
        return 1
    status = 0
    for raw in files:
        path = ctx.shell.resolve(raw)
        problem = vfs.stat_error(ctx.phone, path)
        node = vfs.lookup(ctx.phone, path)
        if problem is not None or node is None:
            ctx.errln(f"stat: '{raw}': {problem or vfs.ENOENT}")
            status = 1
            continue
        size = 3488 if node.is_dir else len(node.data)
        kind = "directory" if node.is_dir else ("regular empty file" if not node.data else "regular file")
        if fmt is None:
            when = dt.datetime.fromtimestamp(node.mtime, dt.UTC).strftime("%Y-%m-%d %H:%M:%S.000000000 +0000")
            ctx.outln(f"  File: {raw}")
            ctx.outln(f"  Size: {size}\t Blocks: {(size + 511) // 512}\t IO Blocks: 4096\t{kind}")
            ctx.outln(f"Access: (0{node.mode & 0o7777:o}/{_mode_string(node.is_dir, node.mode)})\t"
                      f"Uid: ({node.uid:5}/{_owner(node.uid):>8})\tGid: ({node.gid:5}/{_owner(node.gid):>8})")
            ctx.outln(f"Modify: {when}")
            continue
        fields = {"n": raw, "s": str(size), "Y": str(node.mtime), "a": f"{node.mode & 0o7777:o}", "F": kind,
                  "U": _owner(node.uid), "G": _owner(node.gid), "u": str(node.uid), "g": str(node.gid), "%": "%"}
        ctx.outln(_stat_format(fmt, fields))
    return status


def cmd_chmod(ctx: Ctx) -> int:
    args = [a for a in ctx.args if not a.startswith("-") or re.fullmatch(r"-[rwx]+", a) is None]
    if len(args) < 2 or not re.fullmatch(r"[0-7]{1,4}", args[0]):
        ctx.errln(f"chmod: bad mode '{args[0] if args else ''}'")
        return 1
    mode = int(args[0], 8)
    status = 0
    for raw in args[1:]:
        problem = vfs.chmod(ctx.phone, ctx.shell.resolve(raw), mode)
        if problem is not None:
            ctx.errln(f"chmod: {raw}: {problem}")
            status = 1
    return status


def _bre_to_python(pattern: str) -> str:
    """Basic regular expressions: ``+?|(){}`` are literal unless escaped."""
    out = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            out.append(nxt if nxt in "+?|(){}" else "\\" + nxt)
            i += 2
            continue
        out.append("\\" + c if c in "+?|(){}" else c)
        i += 1
    return "".join(out)


def cmd_grep(ctx: Ctx) -> int:
    ignore = invert = count = quiet = number = fixed = extended = word = False
    before = after = 0
    patterns: list[str] = []
    files: list[str] = []
    args = list(ctx.args)
    while args:
        arg = args.pop(0)
        context = re.fullmatch(r"-([ABC])(\d*)", arg)
        if arg == "-e" and args:
            patterns.append(args.pop(0))
        elif context:
            amount = int(context.group(2) or (args.pop(0) if args else "0"))
            if context.group(1) in "BC":
                before = amount
            if context.group(1) in "AC":
                after = amount
        elif arg.startswith("-") and len(arg) > 1 and not files:
            for flag in arg[1:]:
                ignore |= flag == "i"
                invert |= flag == "v"
                count |= flag == "c"
                quiet |= flag == "q"
                number |= flag == "n"
                fixed |= flag == "F"
                extended |= flag == "E"
                word |= flag == "w"
        elif not patterns:
            patterns.append(arg)
        else:
            files.append(arg)
    if not patterns:
        ctx.errln("usage: grep [-EFivcqnw] [-e PATTERN] PATTERN [FILE...]")
        return 2
    flags = re.IGNORECASE if ignore else 0
    compiled = []
    for p in patterns:
        src = re.escape(p) if fixed else (p if extended else _bre_to_python(p))
        if word:
            src = rf"\b(?:{src})\b"
        try:
            compiled.append(re.compile(src, flags))
        except re.error:
            ctx.errln(f"grep: bad regex '{p}'")
            return 2
    sources: list[tuple[str, str]] = []
    status = 0
    if not files:
        sources.append(("(standard input)", ctx.stdin or ""))
    for f in files:
        got = vfs.read(ctx.phone, ctx.shell.resolve(f))
        if isinstance(got, str):
            ctx.errln(f"grep: {f}: {got}")
            status = 2
            continue
        sources.append((f, got.decode("utf-8", "surrogateescape")))
    matched = 0
    for name, text in sources:
        hits = 0
        lines = text.splitlines()
        shown = -1  # index of the last line printed, for context and "--" separators
        pending_after = 0
        for idx, line in enumerate(lines):
            found = any(c.search(line) for c in compiled) != invert
            if found:
                hits += 1
            if count or quiet:
                continue
            if found:
                start = max(idx - before, shown + 1)
                if shown >= 0 and start > shown + 1 and (before or after):
                    ctx.outln("--")
                for k in range(start, idx + 1):
                    prefix = f"{name}:" if len(sources) > 1 else ""
                    prefix += f"{k + 1}:" if number else ""
                    ctx.outln(prefix + lines[k])
                shown = idx
                pending_after = after
            elif pending_after > 0:
                ctx.outln(line)
                shown = idx
                pending_after -= 1
        if count:
            ctx.outln(f"{name}:{hits}" if len(sources) > 1 else str(hits))
        matched += hits
    if status:
        return status
    return 0 if matched else 1


def _line_count(args: list[str], default: int) -> tuple[int, list[str]]:
    n = default
    rest = []
    it = iter(args)
    for a in it:
        if a == "-n":
            n = int(next(it, str(default)))
        elif re.fullmatch(r"-n?\d+", a):
            n = int(a.lstrip("-n"))
        else:
            rest.append(a)
    return n, rest


def _input_text(ctx: Ctx, files: list[str], name: str) -> str | None:
    if not files:
        return ctx.stdin or ""
    got = vfs.read(ctx.phone, ctx.shell.resolve(files[0]))
    if isinstance(got, str):
        ctx.errln(f"{name}: {files[0]}: {got}")
        return None
    return got.decode("utf-8", "surrogateescape")


def cmd_head(ctx: Ctx) -> int:
    n, files = _line_count(ctx.args, 10)
    text = _input_text(ctx, files, "head")
    if text is None:
        return 1
    ctx.out("".join(text.splitlines(keepends=True)[:n]))
    return 0


def cmd_tail(ctx: Ctx) -> int:
    n, files = _line_count(ctx.args, 10)
    text = _input_text(ctx, files, "tail")
    if text is None:
        return 1
    lines = text.splitlines(keepends=True)
    ctx.out("".join(lines[-n:] if n else []))
    return 0


def cmd_wc(ctx: Ctx) -> int:
    flags = "".join(a[1:] for a in ctx.args if a.startswith("-"))
    files = [a for a in ctx.args if not a.startswith("-")]
    text = _input_text(ctx, files, "wc")
    if text is None:
        return 1
    counts = {"l": text.count("\n"), "w": len(text.split()), "c": len(text.encode("utf-8", "surrogateescape"))}
    chosen = [k for k in "lwc" if k in flags] or ["l", "w", "c"]
    ctx.outln(" ".join(str(counts[k]) for k in chosen) + (f" {files[0]}" if files else ""))
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


def cmd_date(ctx: Ctx) -> int:
    now = dt.datetime.fromtimestamp(ctx.phone.now_ms() / 1000, dt.UTC)
    fmt = next((a[1:] for a in ctx.args if a.startswith("+")), None)
    if fmt is None:
        ctx.outln(now.strftime("%a %b %d %H:%M:%S UTC %Y"))
        return 0
    safe = re.sub(r"%([^sYmdHMSaAbBjyZzTFDe%n])", r"%%\1", fmt)
    text = safe.replace("%s", str(int(now.timestamp()))).replace("%n", "\n")
    ctx.outln(now.strftime(text))
    return 0


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


def cmd_cut(ctx: Ctx) -> int:
    delim = "\t"
    fields: str | None = None
    chars: str | None = None
    files: list[str] = []
    it = iter(ctx.args)
    for arg in it:
        if arg.startswith("-d"):
            delim = arg[2:] or next(it, "\t")
        elif arg.startswith("-f"):
            fields = arg[2:] or next(it, "")
        elif arg.startswith("-c"):
            chars = arg[2:] or next(it, "")
        else:
            files.append(arg)
    spec = fields if fields is not None else chars
    if not spec:
        ctx.errln("cut: need -c or -f")
        return 1
    picks: list[tuple[int, int | None]] = []
    for part in spec.split(","):
        lo, sep, hi = part.partition("-")
        start = int(lo) if lo.isdigit() else 1
        end = (int(hi) if hi.isdigit() else None) if sep else start
        picks.append((start, end))
    text = _input_text(ctx, files, "cut")
    if text is None:
        return 1
    for line in text.splitlines():
        items: list[str] = line.split(delim) if fields is not None else list(line)
        chosen = [items[i - 1] for i in range(1, len(items) + 1)
                  if any(s <= i and (e is None or i <= e) for s, e in picks)]
        ctx.outln((delim if fields is not None else "").join(chosen))
    return 0
