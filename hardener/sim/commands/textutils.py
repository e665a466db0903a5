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
        sources.append(("(standard input)", ctx.stdin_text()))
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


def _head_tail_args(ctx: Ctx, name: str) -> tuple[str, str, list[str]] | None:
    """``-n N``/``-N``/``-n +N``/``-c N``: (unit "n"|"c", count text, files); None after an error."""
    unit, count = "n", "10"
    files: list[str] = []
    args = list(ctx.args)
    while args:
        arg = args.pop(0)
        if arg in ("-n", "-c"):
            if not args:
                ctx.errln(f"{name}: option requires an argument -- '{arg[1]}'")
                return None
            unit, count = arg[1], args.pop(0)
        elif re.fullmatch(r"-[nc][+-]?\d+", arg):
            unit, count = arg[1], arg[2:]
        elif re.fullmatch(r"-\d+", arg):
            unit, count = "n", arg[1:]
        elif arg == "-f" and name == "tail":
            pass
        elif arg.startswith("-") and len(arg) > 1:
            ctx.errln(f"{name}: Unknown option '{arg[1:2]}'")
            return None
        else:
            files.append(arg)
    if not re.fullmatch(r"[+-]?\d+", count):
        ctx.errln(f"{name}: Not integer: {count}" if ctx.sdk >= 30 else f"{name}: invalid number '{count}'")
        return None
    return unit, count, files


def _input_bytes(ctx: Ctx, files: list[str], name: str) -> list[tuple[str, bytes]] | None:
    if not files:
        return [("-", ctx.stdin_bytes())]
    out: list[tuple[str, bytes]] = []
    for f in files:
        got = vfs.read(ctx.phone, ctx.shell.resolve(f))
        if isinstance(got, str):
            ctx.errln(f"{name}: {f}: {got}")
            return None
        out.append((f, got))
    return out


def _input_text(ctx: Ctx, files: list[str], name: str) -> str | None:
    got = _input_bytes(ctx, files[:1], name)
    return None if got is None else got[0][1].decode("utf-8", "surrogateescape")


def _head_tail(ctx: Ctx, name: str) -> int:
    parsed = _head_tail_args(ctx, name)
    if parsed is None:
        return 1
    unit, count, files = parsed
    sources = _input_bytes(ctx, files, name)
    if sources is None:
        return 1
    n = int(count)
    for k, (fname, data) in enumerate(sources):
        if len(sources) > 1:
            ctx.outln(f"{'' if k == 0 else chr(10)}==> {fname} <==")
        pieces: list[bytes] = data.splitlines(keepends=True) if unit == "n" else [bytes([b]) for b in data]
        if name == "head":
            chosen = pieces[:n]  # -n -N: all but the last N
        elif count.startswith("+"):
            chosen = pieces[max(0, n - 1) :]
        else:
            chosen = pieces[-abs(n) :] if n else []
        ctx.out_bytes(b"".join(chosen))
    return 0


def cmd_head(ctx: Ctx) -> int:
    return _head_tail(ctx, "head")


def cmd_tail(ctx: Ctx) -> int:
    return _head_tail(ctx, "tail")


def cmd_wc(ctx: Ctx) -> int:
    flags = "".join(a[1:] for a in ctx.args if a.startswith("-") and len(a) > 1)
    files = [a for a in ctx.args if not a.startswith("-") or a == "-"]
    chosen = [k for k in "lwmc" if k in flags] or ["l", "w", "c"]
    totals = dict.fromkeys("lwmc", 0)
    status = 0
    for name in files or ["-"]:
        got = _input_bytes(ctx, [] if name == "-" else [name], "wc")
        if got is None:
            status = 1
            continue
        data = got[0][1]
        counts = {"l": data.count(b"\n"), "w": len(data.split()), "c": len(data),
                  "m": len(data.decode("utf-8", "replace"))}
        for key in totals:
            totals[key] += counts[key]
        ctx.outln(" ".join(str(counts[k]) for k in chosen) + (f" {name}" if files else ""))
    if len(files) > 1:
        ctx.outln(" ".join(str(totals[k]) for k in chosen) + " total")
    return status


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
