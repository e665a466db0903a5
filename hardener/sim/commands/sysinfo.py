"""Status commands: ``id``, ``date``, ``uptime``, ``df``, ``getenforce``/``setenforce``.

Times are the phone's local time (``persist.sys.timezone``), as toybox prints them through
bionic; the clock is the phone's (:meth:`VirtualPhone.now_ms`). Layouts follow toybox
(``df`` measures its columns first; ``uptime`` is procps-style).
"""

from __future__ import annotations

import datetime as dt
import re

from hardener.sim.commands import vfs
from hardener.sim.commands.base import Ctx
from hardener.sim.system import local_time

_GROUPS_9 = ("2000(shell),1004(input),1007(log),1011(adb),1015(sdcard_rw),1028(sdcard_r),3001(net_bt_admin),"
             "3002(net_bt),3003(inet),3006(net_bw_stats),3009(readproc),3011(uhid)")
_GROUPS_11 = ("2000(shell),1004(input),1007(log),1011(adb),1015(sdcard_rw),1028(sdcard_r),1078(ext_data_rw),"
              "1079(ext_obb_rw),3001(net_bt_admin),3002(net_bt),3003(inet),3006(net_bw_stats),3009(readproc),"
              "3011(uhid)")


def cmd_id(ctx: Ctx) -> int:
    flags = "".join(a[1:] for a in ctx.args if a.startswith("-"))
    names = "n" in flags
    if "Z" in flags:
        ctx.outln("u:r:shell:s0")
        return 0
    if "u" in flags or "g" in flags:
        ctx.outln("shell" if names else "2000")
        return 0
    groups = _GROUPS_11 if ctx.sdk >= 30 else _GROUPS_9
    if "G" in flags:
        ids = re.findall(r"(\d+)\((\w+)\)", groups)
        ctx.outln(" ".join(name if names else num for num, name in ids))
        return 0
    ctx.outln(f"uid=2000(shell) gid=2000(shell) groups={groups} context=u:r:shell:s0")
    return 0


def _strftime(when: dt.datetime, fmt: str) -> str:
    """toybox date's format: strftime plus ``%s`` (epoch) and ``%N`` (nanoseconds)."""
    fmt = fmt.replace("%s", str(int(when.timestamp()))).replace("%N", f"{when.microsecond * 1000:09d}")
    fmt = re.sub(r"%([^aAbBcCdDeFgGhHIjklmMnpPrRSTuUVwWxXyYzZ%])", r"%%\1", fmt)
    return when.strftime(fmt)


def cmd_date(ctx: Ctx) -> int:
    utc = False
    fmt: str | None = None
    when_ms = ctx.phone.now_ms()
    args = list(ctx.args)
    while args:
        arg = args.pop(0)
        if arg == "-u":
            utc = True
        elif arg == "-d" and args:
            spec = args.pop(0)
            if not spec.startswith("@") or not spec[1:].lstrip("-").isdigit():
                ctx.errln(f"date: bad date '{spec}'")
                return 1
            when_ms = int(spec[1:]) * 1000
        elif arg.startswith("+"):
            fmt = arg[1:]
        elif arg == "-s" or not arg.startswith("-"):
            ctx.errln("date: cannot set date: Operation not permitted")
            return 1
    when = dt.datetime.fromtimestamp(when_ms / 1000, dt.UTC) if utc else local_time(ctx.phone, when_ms)
    if fmt is None:
        zone = "UTC" if utc else (when.tzname() or "UTC")
        ctx.outln(when.strftime(f"%a %b %e %H:%M:%S {zone} %Y"))
    else:
        ctx.outln(_strftime(when, fmt))
    return 0


def _load(ctx: Ctx) -> tuple[float, float, float]:
    seed = (ctx.phone.now_ms() // 60_000) % 97
    return 0.9 + seed / 100, 1.1 + seed / 130, 1.05 + seed / 170


def cmd_uptime(ctx: Ctx) -> int:
    phone = ctx.phone
    if "-s" in ctx.args:
        ctx.outln(local_time(phone, phone.boot_ms).strftime("%Y-%m-%d %H:%M:%S"))
        return 0
    up_min = phone.uptime_ms() // 60_000
    days, rest = divmod(up_min, 1440)
    hours, minutes = divmod(rest, 60)
    if "-p" in ctx.args:
        parts = [f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in
                 ((days // 7, "week"), (days % 7, "day"), (hours, "hour"), (minutes, "minute")) if n]
        ctx.outln("up " + ", ".join(parts or ["0 minutes"]))
        return 0
    now = local_time(phone, phone.now_ms())
    text = f" {now:%H:%M:%S} up "
    if days:
        text += f"{days} day{'s' if days != 1 else ''}, "
    text += f"{hours:2d}:{minutes:02d}, " if hours else f"{minutes} min, "
    one, five, fifteen = _load(ctx)
    ctx.outln(f"{text} 0 users,  load average: {one:.2f}, {five:.2f}, {fifteen:.2f}")
    return 0


def _mounts(ctx: Ctx) -> list[tuple[str, int, int, int, str]]:
    """(device, size KiB, used KiB, available KiB, mount point) as shell's df sees them."""
    disk = ctx.phone.disk
    sdk = ctx.sdk
    ram = 3_794_432
    data_used = disk.data_total_kb - disk.data_free_kb
    system = disk.system_total_kb
    rows: list[tuple[str, int, int, int, str]] = [
        ("/dev/block/dm-5" if sdk >= 29 else "/dev/root", system, system - 11_208, 0, "/"),
        ("tmpfs", ram, 1_436, ram - 1_436, "/dev"),
        ("tmpfs", ram, 0, ram, "/mnt"),
    ]
    if sdk >= 29:
        rows += [("/dev/block/dm-6", 720_896, 718_636, 0, "/vendor"),
                 ("/dev/block/dm-7", 1_994_752, 1_988_580, 0, "/product")]
        rows.append(("tmpfs", ram, 0, ram, "/apex"))
    else:
        rows.append(("/dev/block/sde16", 720_896, 718_636, 0, "/vendor"))
    rows.append(("/dev/block/dm-8" if sdk >= 29 else "/dev/block/sda13", disk.data_total_kb, data_used,
                 disk.data_free_kb, "/data"))
    rows.append(("/dev/block/sda1", 65_488, 17_664, 47_824, "/metadata"))
    rows.append(("/dev/fuse", disk.data_total_kb, data_used, disk.data_free_kb, "/storage/emulated"))
    return rows


def cmd_df(ctx: Ctx) -> int:
    human = any(a.startswith("-") and ("h" in a or "H" in a) for a in ctx.args)
    wanted = [vfs.normalize(ctx.shell.resolve(a)) for a in ctx.args if not a.startswith("-")]
    rows = _mounts(ctx)
    if wanted:
        picked = []
        for path in wanted:
            best = max((r for r in rows if path == r[4] or path.startswith(r[4].rstrip("/") + "/")),
                       key=lambda r: len(r[4]), default=None)
            if best is not None:
                picked.append(best)
        rows = picked
    if human:
        width = max([14, *(len(r[0]) for r in rows)])
        ctx.outln(f"{'Filesystem':<{width}} Size  Used Avail Use% Mounted on")
        for dev, size, used, avail, mount in rows:
            ctx.outln(f"{dev:<{width}} {_human(size):>4}  {_human(used):>4}  {_human(avail):>4} "
                      f"{_percent(used, avail):3d}% {mount}")
        return 0
    widths = [max([14, *(len(r[0]) for r in rows)]),
              max([len("1K-blocks"), *(len(str(r[1])) for r in rows)]),
              max([len("Used"), *(len(str(r[2])) for r in rows)]),
              max([len("Available"), *(len(str(r[3])) for r in rows)]),
              len("Use%")]
    ctx.outln(f"{'Filesystem':<{widths[0]}} {'1K-blocks':>{widths[1]}} {'Used':>{widths[2]}} "
              f"{'Available':>{widths[3]}} {'Use%':>{widths[4]}} Mounted on")
    for dev, size, used, avail, mount in rows:
        ctx.outln(f"{dev:<{widths[0]}} {size:>{widths[1]}} {used:>{widths[2]}} {avail:>{widths[3]}} "
                  f"{_percent(used, avail):>{widths[4] - 1}}% {mount}")
    return 0


def _percent(used: int, avail: int) -> int:
    if not used + avail:
        return 0
    percent = used * 100 // (used + avail)
    return percent + (1 if used * 100 != percent * (used + avail) else 0)


def _human(kib: int) -> str:
    value, unit = float(kib), "K"
    for candidate in "MGT":
        if value < 1024:
            break
        value, unit = value / 1024, candidate
    if kib == 0:
        return "0"
    return f"{value:.1f}{unit}" if value < 10 else f"{int(value)}{unit}"


def cmd_getenforce(ctx: Ctx) -> int:
    ctx.outln("Enforcing")
    return 0


def cmd_setenforce(ctx: Ctx) -> int:
    mode = ctx.args[0] if ctx.args else ""
    if mode.lower() not in ("0", "1", "permissive", "enforcing"):
        ctx.errln("usage: setenforce [enforcing|permissive|1|0]")
        return 1
    ctx.errln(f"setenforce: Couldn't set enforcing status to '{mode}': Permission denied")
    return 1
