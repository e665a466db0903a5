"""toybox's ``md5sum``/``sha1sum``/``sha224sum``/``sha256sum``/``sha384sum``/``sha512sum`` and ``base64``.

Hashes are of the exact bytes (an APK pulled with ``adb pull`` hashes the same on the laptop):
``HASH  NAME`` per file, ``-`` for stdin; ``-b`` prints the hash alone; ``-c`` checks a list.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from hardener.sim.commands import vfs
from hardener.sim.commands.base import Ctx

_ALGORITHMS = {"md5sum": "md5", "sha1sum": "sha1", "sha224sum": "sha224", "sha256sum": "sha256",
               "sha384sum": "sha384", "sha512sum": "sha512"}


def _read(ctx: Ctx, name: str) -> bytes | None:
    if name == "-":
        return ctx.stdin_bytes()
    got = vfs.read(ctx.phone, ctx.shell.resolve(name))
    if isinstance(got, str):
        ctx.errln(f"{ctx.argv[0].rsplit('/', 1)[-1]}: {name}: {got}")
        return None
    return got


def cmd_hashsum(ctx: Ctx) -> int:
    tool = ctx.argv[0].rsplit("/", 1)[-1]
    algorithm = _ALGORITHMS[tool]
    brief = check = False
    files: list[str] = []
    for arg in ctx.args:
        if arg.startswith("-") and len(arg) > 1:
            for flag in arg[1:]:
                if flag == "b":
                    brief = True
                elif flag == "c":
                    check = True
                elif flag not in "s":
                    ctx.errln(f"{tool}: Unknown option '{flag}'")
                    return 1
        else:
            files.append(arg)
    if check:
        return _check(ctx, tool, algorithm, files or ["-"])
    status = 0
    for name in files or ["-"]:
        data = _read(ctx, name)
        if data is None:
            status = 1
            continue
        digest = hashlib.new(algorithm, data, usedforsecurity=False).hexdigest()
        ctx.outln(digest if brief else f"{digest}  {name}")
    return status


def _check(ctx: Ctx, tool: str, algorithm: str, lists: list[str]) -> int:
    status = 0
    for listing in lists:
        data = _read(ctx, listing)
        if data is None:
            return 1
        for line in data.decode("utf-8", "surrogateescape").splitlines():
            want, _, name = line.partition("  ")
            got = _read(ctx, name)
            ok = got is not None and hashlib.new(algorithm, got, usedforsecurity=False).hexdigest() == want.lower()
            ctx.outln(f"{name}: {'OK' if ok else 'FAILED'}")
            status |= 0 if ok else 1
    return status


def cmd_base64(ctx: Ctx) -> int:
    decode = False
    wrap = 76
    files: list[str] = []
    args = list(ctx.args)
    while args:
        arg = args.pop(0)
        if arg == "-w" and args:
            value = args.pop(0)
            if not value.isdigit():
                ctx.errln(f"base64: -w bad number '{value}'")
                return 1
            wrap = int(value)
        elif arg.startswith("-w") and len(arg) > 2:
            wrap = int(arg[2:]) if arg[2:].isdigit() else wrap
        elif arg in ("-d", "--decode"):
            decode = True
        elif arg == "-i":
            pass
        elif arg.startswith("-") and len(arg) > 1:
            ctx.errln(f"base64: Unknown option '{arg[1:2]}'")
            return 1
        else:
            files.append(arg)
    data = _read(ctx, files[0] if files else "-")
    if data is None:
        return 1
    if decode:
        try:
            ctx.out_bytes(base64.b64decode(b"".join(data.split()), validate=True))
        except (binascii.Error, ValueError):
            ctx.errln("base64: bad input")
            return 1
        return 0
    text = base64.b64encode(data).decode("ascii")
    if wrap:
        text = "\n".join(text[i : i + wrap] for i in range(0, len(text), wrap))
    ctx.out(text + "\n" if text else "")
    return 0
