"""App sizes and last use: ``dumpsys diskstats`` and ``dumpsys usagestats [<pkg>]``.

The diskstats per-app block comes from a cache file a background job writes; when the job has
never run (persona ``disk.cached_block`` false) the whole block is missing, as on a real phone.
The arrays are ``org.json`` output, which escapes ``/`` and control characters.
"""

from __future__ import annotations

from hardener.sim.commands.base import Ctx, fmt_time, format_clock
from hardener.sim.phone import Package, VirtualPhone

_DAY = 86_400_000


def java_json_string(text: str) -> str:
    """``JSONStringer.string``: quotes, backslashes, ``/`` and control characters escaped."""
    out = ['"']
    for ch in text:
        if ch in '"\\/':
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\f":
            out.append("\\f")
        elif ord(ch) < 0x20 or ch in "\u2028\u2029":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _percent(free: int, total: int) -> int:
    return free * 100 // total if total else 0


def dumpsys_diskstats(ctx: Ctx) -> int:
    phone = ctx.phone
    d = phone.disk
    lines = [
        f"Latency: {d.latency_ms}ms [512B Data Write]",
        f"Data-Free: {d.data_free_kb}K / {d.data_total_kb}K total = {_percent(d.data_free_kb, d.data_total_kb)}% free",
        f"Cache-Free: {d.data_free_kb}K / {d.data_total_kb}K total = {_percent(d.data_free_kb, d.data_total_kb)}% free",
        f"System-Free: 0K / {d.system_total_kb}K total = 0% free",
    ]
    if phone.props.get("ro.crypto.type") == "file" and phone.props.get("ro.crypto.state") == "encrypted":
        lines.append("File-based Encryption: true")
    if d.cached_block:
        pkgs = [p for p in phone.packages.values() if p.users.get(0) is not None and p.users[0].installed]
        with_data = ctx.sdk >= 30
        lines.append(f"App Size: {sum(p.app_bytes for p in pkgs)}")
        if with_data:
            lines.append(f"App Data Size: {sum(p.data_bytes for p in pkgs)}")
        lines.append(f"App Cache Size: {sum(p.cache_bytes for p in pkgs)}")
        lines.append(f"Photos Size: {d.photos_bytes}")
        lines.append(f"Videos Size: {d.videos_bytes}")
        lines.append(f"Audio Size: {d.audio_bytes}")
        lines.append(f"Downloads Size: {d.downloads_bytes}")
        lines.append(f"System Size: {d.system_bytes}")
        lines.append(f"Other Size: {d.other_bytes}")
        lines.append("Package Names: [" + ",".join(java_json_string(p.name) for p in pkgs) + "]")
        lines.append("App Sizes: [" + ",".join(str(p.app_bytes) for p in pkgs) + "]")
        if with_data:
            lines.append("App Data Sizes: [" + ",".join(str(p.data_bytes) for p in pkgs) + "]")
        lines.append("Cache Sizes: [" + ",".join(str(p.cache_bytes) for p in pkgs) + "]")
    ctx.out("\n".join(lines) + "\n")
    return 0


# --- usagestats -----------------------------------------------------------------------------

_INTERVALS = (("daily", 1, 1), ("weekly", 7, 5), ("monthly", 30, 18), ("yearly", 365, 120))


def _package_line(phone: VirtualPhone, pkg: Package, scale: int) -> str:
    sdk = phone.sdk
    last = pkg.last_used_ms or 0
    total = format_clock(pkg.total_time_used_ms * scale)
    launches = max(1, pkg.launch_count * scale) if pkg.launch_count else 0
    if sdk <= 28:
        return (f'      package={pkg.name} totalTime="{total}" lastTime="{fmt_time(last)}" '
                f"appLaunchCount={launches} \n")
    parts = [f"package={pkg.name}", f'totalTimeUsed="{total}"', f'lastTimeUsed="{fmt_time(last)}"',
             f'totalTimeVisible="{total}"', f'lastTimeVisible="{fmt_time(last)}"']
    if sdk >= 31:
        parts.append(f'lastTimeComponentUsed="{fmt_time(last)}"')
    parts += ['totalTimeFS="00:00"', 'lastTimeFS="1970-01-01 00:00:00"', f"appLaunchCount={launches}"]
    return "      " + " ".join(parts) + " \n"


def dumpsys_usagestats(ctx: Ctx) -> int:
    phone = ctx.phone
    only = next((a for a in ctx.args if not a.startswith("-")), None) if ctx.sdk >= 28 else None
    now = phone.now_ms()
    day_start = now - now % _DAY
    chunks: list[str] = []
    for user in phone.users:
        chunks.append(f"user={user.id}\n")
        used = [p for p in phone.packages.values()
                if p.last_used_ms is not None and (only is None or p.name == only)
                and (st := p.users.get(user.id)) is not None and st.installed]
        for name, days, scale in _INTERVALS:
            begin = day_start - (days - 1) * _DAY
            chunks.append(f"  In-memory {name} stats\n")
            chunks.append(f'  timeRange="{fmt_time(begin)} - {fmt_time(now)}"\n')
            chunks.append("    packages\n")
            for pkg in used:
                if pkg.last_used_ms is not None and pkg.last_used_ms >= begin:
                    key = ("usage", pkg.name, name, str(now))
                    hit = phone.render_cache.get(key)
                    if hit is None or hit[0] != pkg.rev:
                        hit = (pkg.rev, _package_line(phone, pkg, scale))
                        phone.render_cache[key] = hit
                    chunks.append(hit[1])
            chunks.append("    ChooserCounts\n")
            chunks.append("    configurations\n")
            if only is None:
                chunks.append("    event aggregations\n")
                chunks.append(f"      screen-interactive: count={3 * days} \n")
                chunks.append(f"      keyguard-shown: count={2 * days} \n")
            chunks.append("    events\n")
    ctx.out("".join(chunks))
    return 0
