"""toybox's ``xxd``: hex dumps of a file or stdin (``-p`` plain, ``-s`` skip, ``-l`` limit, ``-c``).

hardener reads parts of APK files with ``xxd -p -s OFFSET -l LENGTH FILE``: text that survives
any shell protocol. Behaviour follows toybox ``xxd.c``: ``-s`` seeks from the start (a negative
offset is an error), ``-p`` prints 30 bytes a line with no grouping, an empty range prints nothing.
"""

from __future__ import annotations

from hardener.sim.commands import vfs
from hardener.sim.commands.base import Ctx


def _number(text: str) -> int | None:
    try:
        return int(text, 0)
    except ValueError:
        return None


def cmd_xxd(ctx: Ctx) -> int:
    plain = False
    skip = limit = 0
    cols = 16
    files: list[str] = []
    args = list(ctx.args)
    while args:
        arg = args.pop(0)
        if arg == "-p":
            plain = True
        elif arg in ("-s", "-l", "-c", "-g", "-o") and args:
            value = _number(args.pop(0))
            if value is None:
                ctx.errln(f"xxd: bad {arg} value")
                return 1
            if arg == "-s":
                skip = value
            elif arg == "-l":
                limit = value
            elif arg == "-c":
                cols = value
        elif arg.startswith("-") and len(arg) > 1:
            ctx.errln(f"xxd: Unknown option '{arg[1:2]}'")
            return 1
        else:
            files.append(arg)
    if skip < 0:
        ctx.errln("xxd: lseek: Invalid argument")
        return 1
    if files and files[0] != "-":
        got = vfs.read(ctx.phone, ctx.shell.resolve(files[0]))
        if isinstance(got, str):
            ctx.errln(f"xxd: {files[0]}: {got}")
            return 1
        data = got
    else:
        data = ctx.stdin_bytes()
    data = data[skip : skip + limit] if limit else data[skip:]
    if plain:
        cols = 30
    lines = []
    for at in range(0, len(data), cols):
        row = data[at : at + cols]
        if plain:
            lines.append(row.hex())
        else:
            pairs = " ".join(row[i : i + 2].hex() for i in range(0, len(row), 2))
            text = "".join(chr(b) if 32 <= b <= 126 else "." for b in row)
            lines.append(f"{skip + at:08x}: {pairs:<{cols * 2 + cols // 2}} {text}")
    ctx.out("".join(line + "\n" for line in lines))
    return 0
