"""Accounts and sync: ``dumpsys account`` and ``dumpsys content`` (SyncManager state).

Android 8.1 and older print the sync header labels in lower case (``auto sync:``); the
per-authority table is a whitespace-aligned grid whose first three columns are authority,
syncable and enabled, with continuation rows that start with spaces.
"""

from __future__ import annotations

from hardener.sim.commands.base import Ctx, fmt_time, format_clock
from hardener.sim.phone import Account, VirtualPhone

_AUTHENTICATORS = {
    "com.google": ("com.google.android.gms",
                   "com.google.android.gms.auth.account.authenticator.GoogleAccountAuthenticatorService"),
    "com.osp.app.signin": ("com.osp.app.signin", "com.samsung.android.samsungaccount.authentication.service."
                           "AuthenticatorService"),
    "com.xiaomi": ("com.xiaomi.account", "com.xiaomi.passport.accountmanager.AuthenticatorService"),
    "com.whatsapp": ("com.whatsapp", "com.whatsapp.accountsync.AccountAuthenticatorService"),
    "org.telegram.messenger": ("org.telegram.messenger", "org.telegram.messenger.AuthenticatorService"),
    "org.thoughtcrime.securesms": ("org.thoughtcrime.securesms",
                                   "org.thoughtcrime.securesms.service.AccountAuthenticatorService"),
    "com.facebook.auth.login": ("com.facebook.katana", "com.facebook.katana.platform.FacebookAuthenticationService"),
    "com.motorola.blur.service.bsutils.MOTOROLA": ("com.motorola.ccc.ota", "com.motorola.blur.service.AuthService"),
}


def _user_header(phone: VirtualPhone, user_id: int) -> str:
    u = phone.get_user(user_id)
    name, flags = (u.name, u.flags) if u else ("", 0)
    return f"User UserInfo{{{user_id}:{name}:{flags:x}}}:"


def _authenticator(phone: VirtualPhone, acc_type: str) -> tuple[str, str, int]:
    pkg_name, cls = _AUTHENTICATORS.get(acc_type, (acc_type, f"{acc_type}.auth.AuthenticatorService"))
    pkg = phone.package(pkg_name)
    return pkg_name, cls, pkg.app_id if pkg else 10000 + sum(map(ord, acc_type)) % 400


def dumpsys_account(ctx: Ctx) -> int:
    phone = ctx.phone
    if "-c" in ctx.args or "--checkin" in ctx.args:
        for user in phone.users:
            counts: dict[str, int] = {}
            for a in phone.accounts:
                if a.user_id == user.id:
                    counts[a.type] = counts.get(a.type, 0) + 1
            ctx.out("".join(f"{t},{n}\n" for t, n in counts.items()))
        return 0
    out: list[str] = []
    for user in phone.users:
        accounts = [a for a in phone.accounts if a.user_id == user.id]
        out.append(_user_header(phone, user.id))
        out.append(f"  Accounts: {len(accounts)}")
        out.extend(f"    Account {{name={a.name}, type={a.type}}}" for a in accounts)
        out.append("")
        out.append("  Accounts History")
        for i, a in enumerate(accounts):
            when = fmt_time(phone.now_ms() - (i + 3) * 86400000 * 17)
            out.append(f"  {'add':<8},{when},{a.type:<30},accounts,{i}")
        out.append("")
        out.append("  Active Sessions: 0")
        out.append("")
        types = sorted({a.type for a in accounts} | {"com.google"})
        out.append(f"  RegisteredServicesCache: {len(types)} services")
        for t in types:
            pkg, cls, app_id = _authenticator(phone, t)
            out.append(f"    ServiceInfo: AuthenticatorDescription {{type={t}}}, ComponentInfo{{{pkg}/{cls}}}, "
                       f"uid {user.id * 100000 + app_id}")
        out.append("")
    ctx.out("\n".join(out) + "\n")
    return 0


def _truncate(authority: str) -> str:
    return authority[-50:] if len(authority) > 50 else authority


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows if i < len(r)) for i in range(max(len(r) for r in rows))]
    out = []
    for r in rows:
        cells = [c.ljust(widths[i]) for i, c in enumerate(r)]
        out.append("  ".join(cells).rstrip() if r[0] else "  ".join(cells).rstrip().ljust(1))
    return out


def _account_block(phone: VirtualPhone, acc: Account) -> list[str]:
    lines = [f"Account {acc.name} u{acc.user_id} {acc.type}",
             "======================================================================="]
    header = ["Authority", "Syncable", "Enabled", "Stats", "Loc", "Poll", "Per", "Feed", "User", "Othr",
              "Tot", "Fail", "Can", "Time", "Last Sync", "Backoff"]
    rows: list[list[str]] = [header]
    for i, (authority, (syncable, enabled)) in enumerate(acc.authorities.items()):
        synced = syncable > 0 and enabled and phone.master_sync.get(acc.user_id, True)
        n = (3 + i % 5) if synced else 0
        last = fmt_time(phone.now_ms() - (i + 1) * 3_600_000) if synced else ""
        rows.append([_truncate(authority), str(syncable), str(enabled).lower(), "Total", "0", str(n), str(n),
                     "0", "0", "0", str(n), "0", "0", format_clock(n * 1200), "", ""])
        rows.append(["", "", "", "Today", "0", str(min(n, 2)), "0", "0", "0", "0", str(min(n, 2)), "0", "0",
                     format_clock(min(n, 2) * 1200), "", ""])
        rows.append(["", "", "", "Yestr", "0", "0", "0", "0", "0", "0", "0", "0", "0", "00:00", "", ""])
        if last:
            rows.append(["", "", "", "", "", "", "", "", "", "", "", "", "", "", f"PERIODIC {last}", ""])
    lines.extend(_table(rows))
    lines.append("")
    return lines


def dumpsys_content(ctx: Ctx) -> int:
    phone = ctx.phone
    old = ctx.sdk <= 27
    now = phone.now_ms()
    auto = "".join(f"u{u.id}={str(phone.master_sync.get(u.id, True)).lower()} " for u in phone.users)
    uptime_s = phone.uptime_ms() // 1000
    lines = [
        ("data connected: " if old else "Data connected: ") + "true",
        "Battery saver: false",
        "Background network restriction:  disabled",
        ("auto sync: " if old else "Auto sync: ") + auto,
        ("memory low: " if old else "Memory low: ") + "false",
        "Device idle: false",
        "Reported active: false",
        "Clock valid: true",
        ("accounts: " if old else "Accounts: ") + str(len(phone.accounts)),
        ("now: " if old else "Now: ") + f"{now} ({fmt_time(now)})",
        f"Uptime: {uptime_s // 3600}:{uptime_s % 3600 // 60:02d}:{uptime_s % 60:02d}",
        "Time spent syncing: 0:03:12, sync not in progress",
        "",
        "Active Syncs: 0",
        "",
        "Pending Syncs:",
        "Total: 0",
        "",
        "Periodic Syncs:",
    ]
    for acc in phone.accounts:
        for authority, (syncable, enabled) in acc.authorities.items():
            if syncable > 0 and enabled:
                lines.append(f"  [account={acc.name} u{acc.user_id} ({acc.type}), authority={authority}, "
                             f"period=86400s, flex=3456s]")
    lines += ["", "Sync Status"]
    for acc in phone.accounts:
        lines.extend(_account_block(phone, acc))
    lines += ["", "Per Adapter History", ""]
    ctx.out("\n".join(lines) + "\n")
    return 0
