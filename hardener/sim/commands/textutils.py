"""toybox's text filters: grep, head, tail, wc, cut (stdin or files)."""

from __future__ import annotations

import re

from hardener.sim.commands import vfs
from hardener.sim.commands.base import Ctx


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
