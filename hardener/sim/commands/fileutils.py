"""toybox's file commands as uid 2000 meets them: ls, cat, mkdir, rm, mv, cp, touch, stat, chmod.

Error texts follow toybox (``ls: /data: Permission denied``) because hardener reads them to
tell "not there" from "not allowed".
"""

from __future__ import annotations

import posixpath
import re
import zlib

from hardener.sim.commands import vfs
from hardener.sim.commands.base import Ctx
from hardener.sim.phone import SHELL_UID
from hardener.sim.records import FsNode
from hardener.sim.system import local_time


def _mode_string(is_dir: bool, mode: int) -> str:
    chars = "d" if is_dir else "-"
    for shift in (6, 3, 0):
        bits = (mode >> shift) & 7
        chars += ("r" if bits & 4 else "-") + ("w" if bits & 2 else "-") + ("x" if bits & 1 else "-")
    return chars


def _owner(uid: int) -> str:
    return {0: "root", 1000: "system", 1023: "media_rw", SHELL_UID: "shell"}.get(uid, str(uid))


def cmd_ls(ctx: Ctx) -> int:
    long = show_all = as_dir = recursive = False
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
                elif flag == "R":
                    recursive = True
                elif flag in "1hstcurSZiF":
                    pass
                else:
                    ctx.errln(f"ls: Unknown option '{flag}'")
                    return 1
        else:
            paths.append(arg)
    if not paths:
        paths = ["."]
    status = 0
    files: list[str] = []
    dirs: list[tuple[str, str]] = []  # (shown name, phone path)

    def line(name: str, path: str) -> str:
        node = vfs.lookup(ctx.phone, path)
        if not long or node is None:
            return name
        when = local_time(ctx.phone, node.mtime * 1000).strftime("%Y-%m-%d %H:%M")
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
            files.append(line(raw, path))
        else:
            dirs.append((raw, path))
    for text in files:
        ctx.outln(text)
    titled = len(paths) > 1 or recursive
    first = not files
    while dirs:
        raw, path = dirs.pop(0)
        listing = vfs.list_dir_or_error(ctx.phone, path)
        if isinstance(listing, str):
            ctx.errln(f"ls: {raw}: {listing}")
            status = 1
            continue
        entries = [(n, child) for n, child in listing if show_all or not n.startswith(".")]
        if titled:
            if not first:
                ctx.outln()
            ctx.outln(f"{raw}:")
        first = False
        if long:
            ctx.outln(f"total {len(entries) * 8}")
        for name, _ in entries:
            ctx.outln(line(name, posixpath.join(vfs.normalize(path), name)))
        if recursive:
            subdirs = [(posixpath.join(raw, n), posixpath.join(vfs.normalize(path), n)) for n, child in entries
                       if child.is_dir and n not in (".", "..")]
            dirs[:0] = subdirs
    return status


def _copy_stdin(ctx: Ctx) -> None:
    """As it comes: ``cat`` on a terminal echoes each line as it is typed."""
    if ctx.stdin is None:
        return
    while chunk := ctx.stdin.read_chunk():
        ctx.out(chunk)


def cmd_cat(ctx: Ctx) -> int:
    if not ctx.args or ctx.args == ["-"]:
        _copy_stdin(ctx)
        return 0
    status = 0
    for raw in ctx.args:
        if raw == "-":
            _copy_stdin(ctx)
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
    """toybox's ``%`` escapes, with printf widths (``%5u``, ``%-8U``)."""

    def one(m: re.Match[str]) -> str:
        width, key = m.group(1), m.group(2)
        value = fields.get(key, "?")
        if not width:
            return value
        size = int(width.lstrip("-") or 0)
        return value.ljust(size) if width.startswith("-") else value.rjust(size)

    return re.sub(r"%(-?\d*)(.)", one, fmt)


_STAT_DEFAULT = ("  File: %N\n  Size: %s\t Blocks: %b\t IO Blocks: %B\t%F\n"
                 "Device: %Dh/%dd\t Inode: %i\t Links: %h\n"
                 "Access: (0%a/%A)\tUid: (%5u/%8U)\tGid: (%5g/%8G)\n"
                 "Access: %x\nModify: %y\nChange: %z")
_STAT_TERSE = "%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %o"


def _stat_fields(ctx: Ctx, raw: str, path: str, node: FsNode) -> dict[str, str]:
    size = 3488 if node.is_dir else len(node.data)
    kind = "directory" if node.is_dir else ("regular empty file" if not node.data else "regular file")
    when = local_time(ctx.phone, node.mtime * 1000)
    stamp = when.strftime("%Y-%m-%d %H:%M:%S.000000000 %z")
    dev = 0xFD08 if path.startswith(("/data", "/storage")) else 0xFD05
    inode = zlib.crc32(path.encode("utf-8", "surrogateescape")) % 900_000 + 1_000
    link = f" -> {vfs.SYMLINKS[path]}" if path in vfs.SYMLINKS else ""
    mode = vfs.st_mode(node)
    return {"n": raw, "N": raw + link, "s": str(size), "Y": str(node.mtime), "X": str(node.mtime),
            "Z": str(node.mtime), "a": f"{node.mode & 0o7777:o}", "A": _mode_string(node.is_dir, node.mode),
            "F": kind, "U": _owner(node.uid), "G": _owner(node.gid), "u": str(node.uid), "g": str(node.gid),
            "b": str(-(-size // 512) if size else 0), "B": "4096", "o": "4096", "d": str(dev), "D": f"{dev:x}",
            "i": str(inode), "h": str(2 if node.is_dir else 1), "f": f"{mode:x}", "t": "0", "T": "0",
            "x": stamp, "y": stamp, "z": stamp, "m": "/data" if dev == 0xFD08 else "/", "%": "%"}


def cmd_stat(ctx: Ctx) -> int:
    """``stat [-tL] [-c FORMAT] FILE...`` (toybox), the default layout and the ``%`` escapes."""
    fmt = _STAT_DEFAULT
    files: list[str] = []
    args = list(ctx.args)
    while args:
        arg = args.pop(0)
        if arg in ("-c", "--format") and args:
            fmt = args.pop(0)
        elif arg.startswith("-c") and len(arg) > 2:
            fmt = arg[2:]
        elif arg == "-t":
            fmt = _STAT_TERSE
        elif arg == "-L":
            pass
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
        ctx.outln(_stat_format(fmt, _stat_fields(ctx, raw, posixpath.normpath(path), node)))
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
