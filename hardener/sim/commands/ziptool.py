"""``unzip`` (and ``zipinfo``) as Android's ``ziptool`` prints them (Android 9 and later).

``-l`` lists (Info-ZIP's layout: ``Length  Date  Time  Name`` and a total line), ``-p`` writes
entries to stdout (``unzip -p base.apk AndroidManifest.xml``), ``-d DIR`` extracts where the
shell may write. Reading an APK this way works because the shell may read the files ``pm path``
names.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from hardener.sim.commands import vfs
from hardener.sim.commands.base import Ctx
from hardener.sim.shell_expand import matches


def cmd_unzip(ctx: Ctx) -> int:
    if ctx.sdk < 28:
        ctx.errln("/system/bin/sh: unzip: inaccessible or not found")
        return 127
    listing = to_stdout = quiet = verbose = overwrite = False
    target: str | None = None
    rest: list[str] = []
    args = list(ctx.args)
    while args:
        arg = args.pop(0)
        if arg == "-d" and args:
            target = args.pop(0)
        elif arg.startswith("-") and len(arg) > 1 and not rest:
            for flag in arg[1:]:
                if flag == "l":
                    listing = True
                elif flag == "p":
                    to_stdout = True
                elif flag == "q":
                    quiet = True
                elif flag == "v":
                    verbose = True
                elif flag == "o":
                    overwrite = True
                elif flag not in "n":
                    ctx.errln(f"unzip: unknown option -- {flag}")
                    return 2
        else:
            rest.append(arg)
    if not rest:
        ctx.errln("usage: unzip [-lnopqv] [-d DIR] ZIP [FILE...]")
        return 2
    archive, wanted = rest[0], rest[1:]
    got = vfs.read(ctx.phone, ctx.shell.resolve(archive))
    if isinstance(got, str):
        ctx.errln(f"unzip: couldn't open {archive}: {got}")
        return 1
    try:
        zf = zipfile.ZipFile(io.BytesIO(got))
    except zipfile.BadZipFile:
        ctx.errln(f"unzip: couldn't open {archive}: Invalid file")
        return 1
    entries = [i for i in zf.infolist() if not wanted or any(matches(w, i.filename) for w in wanted)]
    if listing or verbose:
        _list(ctx, archive, entries, verbose)
        return 0
    if to_stdout:
        for info in entries:
            ctx.out_bytes(zf.read(info))
        return 0
    if not quiet:
        ctx.outln(f"Archive:  {archive}")
    base = ctx.shell.resolve(target or ".")
    if target is not None:
        vfs.mkdir(ctx.phone, base, parents=True)
    for info in entries:
        path = posixpath.join(base, info.filename)
        if info.is_dir():
            vfs.mkdir(ctx.phone, path, parents=True)
            continue
        vfs.mkdir(ctx.phone, posixpath.dirname(path), parents=True)
        if vfs.lookup(ctx.phone, path) is not None and not overwrite:
            ctx.errln(f"unzip: {info.filename} exists; use -o to overwrite")
            continue
        problem = vfs.write(ctx.phone, path, zf.read(info), append=False, mode=0o644)
        if problem is not None:
            ctx.errln(f"unzip: couldn't create file {path}: {problem}")
            return 1
        if not quiet:
            ctx.outln(f"  inflating: {info.filename}")
    return 0


def _list(ctx: Ctx, archive: str, entries: list[zipfile.ZipInfo], verbose: bool) -> None:
    ctx.outln(f"Archive:  {archive}")
    if verbose:
        ctx.outln(" Length   Method    Size  Cmpr    Date    Time   CRC-32   Name")
        ctx.outln("--------  ------  ------- ---- ---------- ----- --------  ----")
    else:
        ctx.outln("  Length      Date    Time    Name")
        ctx.outln("---------  ---------- -----   ----")
    total = compressed = 0
    for info in entries:
        y, mo, d, h, mi, _ = info.date_time
        when = f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}"
        total += info.file_size
        compressed += info.compress_size
        if verbose:
            method = "Defl:N" if info.compress_type == zipfile.ZIP_DEFLATED else "Stored"
            ratio = 0 if not info.file_size else 100 - (info.compress_size * 100) // info.file_size
            ctx.outln(f"{info.file_size:8d}  {method}  {info.compress_size:7d} {ratio:3d}% {when} "
                      f"{info.CRC:08x}  {info.filename}")
        else:
            ctx.outln(f"{info.file_size:9d}  {when}   {info.filename}")
    count = len(entries)
    if verbose:
        ratio = 0 if not total else 100 - (compressed * 100) // total
        ctx.outln("--------          -------  ---                            -------")
        ctx.outln(f"{total:8d}         {compressed:7d} {ratio:3d}%                            "
                  f"{count} file{'s' if count != 1 else ''}")
    else:
        ctx.outln("---------                     -------")
        ctx.outln(f"{total:9d}                     {count} file{'s' if count != 1 else ''}")


def cmd_zipinfo(ctx: Ctx) -> int:
    sub = Ctx(ctx.phone, ctx.shell, ["unzip", "-l", *ctx.args], ctx.stdin, ctx.stdout, ctx.stderr)
    return cmd_unzip(sub)
