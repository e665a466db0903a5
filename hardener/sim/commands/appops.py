"""``appops`` (= ``cmd appops``) and ``dumpsys appops``.

Package-level modes live on each package's user state; uid-level modes come from
``phone.uid_ops`` (``appops set --uid``) and, on Android 10+, from runtime permissions: a
requested permission that is not granted makes its op ``ignore`` at uid level, as the
permission policy service does on a real phone. ``appops get`` prints ``Uid mode:`` once,
before the first uid-level op only (the quirk parsers must live with).
"""

from __future__ import annotations

from hardener.sim.commands.base import Ctx, UsageError, fmt_time_ms, format_duration, parse_user
from hardener.sim.phone import FIRST_APP_UID, PER_USER_RANGE, OpRecord, Package, PackageUser, VirtualPhone

# Op names in AOSP code order (the integer an op may be given as), with the first API level and
# the default mode where it is not "allow".
_OPS: list[tuple[str, int]] = [
    ("COARSE_LOCATION", 19), ("FINE_LOCATION", 19), ("GPS", 19), ("VIBRATE", 19),
    ("READ_CONTACTS", 19), ("WRITE_CONTACTS", 19), ("READ_CALL_LOG", 19), ("WRITE_CALL_LOG", 19),
    ("READ_CALENDAR", 19), ("WRITE_CALENDAR", 19), ("WIFI_SCAN", 19), ("POST_NOTIFICATION", 19),
    ("NEIGHBORING_CELLS", 19), ("CALL_PHONE", 19), ("READ_SMS", 19), ("WRITE_SMS", 19),
    ("RECEIVE_SMS", 19), ("RECEIVE_EMERGECY_SMS", 19), ("RECEIVE_MMS", 19), ("RECEIVE_WAP_PUSH", 19),
    ("SEND_SMS", 19), ("READ_ICC_SMS", 19), ("WRITE_ICC_SMS", 19), ("WRITE_SETTINGS", 19),
    ("SYSTEM_ALERT_WINDOW", 19), ("ACCESS_NOTIFICATIONS", 19), ("CAMERA", 19), ("RECORD_AUDIO", 19),
    ("PLAY_AUDIO", 19), ("READ_CLIPBOARD", 19), ("WRITE_CLIPBOARD", 19), ("TAKE_MEDIA_BUTTONS", 19),
    ("TAKE_AUDIO_FOCUS", 19), ("AUDIO_MASTER_VOLUME", 19), ("AUDIO_VOICE_VOLUME", 19),
    ("AUDIO_RING_VOLUME", 19), ("AUDIO_MEDIA_VOLUME", 19), ("AUDIO_ALARM_VOLUME", 19),
    ("AUDIO_NOTIFICATION_VOLUME", 19), ("AUDIO_BLUETOOTH_VOLUME", 19), ("WAKE_LOCK", 19),
    ("MONITOR_LOCATION", 19), ("MONITOR_HIGH_POWER_LOCATION", 19), ("GET_USAGE_STATS", 21),
    ("MUTE_MICROPHONE", 21), ("TOAST_WINDOW", 21), ("PROJECT_MEDIA", 21), ("ACTIVATE_VPN", 21),
    ("WRITE_WALLPAPER", 23), ("ASSIST_STRUCTURE", 23), ("ASSIST_SCREENSHOT", 23),
    ("READ_PHONE_STATE", 23), ("ADD_VOICEMAIL", 23), ("USE_SIP", 23), ("PROCESS_OUTGOING_CALLS", 23),
    ("USE_FINGERPRINT", 23), ("BODY_SENSORS", 23), ("READ_CELL_BROADCASTS", 23), ("MOCK_LOCATION", 23),
    ("READ_EXTERNAL_STORAGE", 23), ("WRITE_EXTERNAL_STORAGE", 23), ("TURN_SCREEN_ON", 23),
    ("GET_ACCOUNTS", 23), ("RUN_IN_BACKGROUND", 24), ("AUDIO_ACCESSIBILITY_VOLUME", 26),
    ("READ_PHONE_NUMBERS", 26), ("REQUEST_INSTALL_PACKAGES", 26), ("PICTURE_IN_PICTURE", 26),
    ("INSTANT_APP_START_FOREGROUND", 26), ("ANSWER_PHONE_CALLS", 26), ("RUN_ANY_IN_BACKGROUND", 28),
    ("CHANGE_WIFI_STATE", 28), ("REQUEST_DELETE_PACKAGES", 28), ("BIND_ACCESSIBILITY_SERVICE", 28),
    ("ACCEPT_HANDOVER", 28), ("MANAGE_IPSEC_TUNNELS", 28), ("START_FOREGROUND", 28),
    ("BLUETOOTH_SCAN", 28), ("USE_BIOMETRIC", 29), ("ACTIVITY_RECOGNITION", 29),
    ("SMS_FINANCIAL_TRANSACTIONS", 29), ("READ_MEDIA_AUDIO", 29), ("WRITE_MEDIA_AUDIO", 29),
    ("READ_MEDIA_VIDEO", 29), ("WRITE_MEDIA_VIDEO", 29), ("READ_MEDIA_IMAGES", 29),
    ("WRITE_MEDIA_IMAGES", 29), ("LEGACY_STORAGE", 29), ("ACCESS_ACCESSIBILITY", 29),
    ("READ_DEVICE_IDENTIFIERS", 29), ("ACCESS_MEDIA_LOCATION", 29), ("QUERY_ALL_PACKAGES", 30),
    ("MANAGE_EXTERNAL_STORAGE", 30), ("INTERACT_ACROSS_PROFILES", 30), ("ACTIVATE_PLATFORM_VPN", 30),
    ("LOADER_USAGE_STATS", 30), ("DEPRECATED_1", 30), ("AUTO_REVOKE_PERMISSIONS_IF_UNUSED", 30),
    ("AUTO_REVOKE_MANAGED_BY_INSTALLER", 30), ("NO_ISOLATED_STORAGE", 30), ("PHONE_CALL_MICROPHONE", 31),
    ("PHONE_CALL_CAMERA", 31), ("RECORD_AUDIO_HOTWORD", 31), ("MANAGE_ONGOING_CALLS", 31),
    ("MANAGE_CREDENTIALS", 31), ("USE_ICC_AUTH_WITH_DEVICE_IDENTIFIER", 31), ("RECORD_AUDIO_OUTPUT", 31),
    ("SCHEDULE_EXACT_ALARM", 31), ("FINE_LOCATION_SOURCE", 31), ("COARSE_LOCATION_SOURCE", 31),
    ("MANAGE_MEDIA", 31), ("BLUETOOTH_CONNECT", 31), ("UWB_RANGING", 31),
    ("ACTIVITY_RECOGNITION_SOURCE", 31), ("BLUETOOTH_ADVERTISE", 31), ("RECORD_INCOMING_PHONE_AUDIO", 31),
    ("NEARBY_WIFI_DEVICES", 33), ("ESTABLISH_VPN_SERVICE", 33), ("ESTABLISH_VPN_MANAGER", 33),
    ("ACCESS_RESTRICTED_SETTINGS", 33), ("RECEIVE_AMBIENT_TRIGGER_AUDIO", 33),
]
OP_INDEX = {name: i for i, (name, _) in enumerate(_OPS)}
_DEFAULT_MODES = {
    "WRITE_SMS": "ignore", "WRITE_SETTINGS": "default", "SYSTEM_ALERT_WINDOW": "default",
    "GET_USAGE_STATS": "default", "PROJECT_MEDIA": "ignore", "ACTIVATE_VPN": "ignore",
    "MOCK_LOCATION": "deny", "REQUEST_INSTALL_PACKAGES": "default", "MANAGE_EXTERNAL_STORAGE": "default",
    "INTERACT_ACROSS_PROFILES": "default", "ACTIVATE_PLATFORM_VPN": "ignore", "LOADER_USAGE_STATS": "default",
    "NO_ISOLATED_STORAGE": "deny", "MANAGE_MEDIA": "default", "SCHEDULE_EXACT_ALARM": "default",
    "ACCESS_NOTIFICATIONS": "ignore", "REQUEST_DELETE_PACKAGES": "allow",
    "USE_ICC_AUTH_WITH_DEVICE_IDENTIFIER": "default", "MANAGE_CREDENTIALS": "default",
    "MANAGE_ONGOING_CALLS": "default", "ESTABLISH_VPN_MANAGER": "default",
}
MODES = ("allow", "ignore", "deny", "default", "foreground")

# Runtime permission -> the op the permission policy service keeps in step (Android 10+).
PERMISSION_OPS = {
    "android.permission.ACCESS_COARSE_LOCATION": "COARSE_LOCATION",
    "android.permission.ACCESS_FINE_LOCATION": "FINE_LOCATION",
    "android.permission.CAMERA": "CAMERA",
    "android.permission.RECORD_AUDIO": "RECORD_AUDIO",
    "android.permission.READ_CONTACTS": "READ_CONTACTS",
    "android.permission.READ_SMS": "READ_SMS",
    "android.permission.READ_CALL_LOG": "READ_CALL_LOG",
    "android.permission.READ_PHONE_STATE": "READ_PHONE_STATE",
    "android.permission.BODY_SENSORS": "BODY_SENSORS",
    "android.permission.ACTIVITY_RECOGNITION": "ACTIVITY_RECOGNITION",
}


def default_mode(op: str) -> str:
    return _DEFAULT_MODES.get(op, "allow")


def op_known(op: str, sdk: int) -> bool:
    idx = OP_INDEX.get(op)
    return idx is not None and _OPS[idx][1] <= sdk


def resolve_op(raw: str, sdk: int) -> str | None:
    """``strOpToOp``: debug name, ``android:public_name`` or the op's integer code."""
    if raw.isdigit():
        idx = int(raw)
        return _OPS[idx][0] if idx < len(_OPS) and _OPS[idx][1] <= sdk else None
    name = raw[len("android:"):].upper() if raw.startswith("android:") else raw
    if name == "POST_NOTIFICATION" and raw.startswith("android:"):
        return name
    return name if op_known(name, sdk) else None


def resolve_mode(raw: str) -> str | None:
    if raw in MODES:
        return raw
    if raw.isdigit() and int(raw) < len(MODES):
        return MODES[int(raw)]
    return None


def format_uid(uid: int) -> str:
    """``UserHandle.formatUid``: ``u0a103`` for apps, ``1000`` for system uids of user 0."""
    if uid < FIRST_APP_UID:
        return str(uid)
    user, app = divmod(uid, PER_USER_RANGE)
    if app >= FIRST_APP_UID:
        return f"u{user}a{app - FIRST_APP_UID}"
    return f"u{user}s{app}"


def uid_modes(phone: VirtualPhone, uid: int, members: list[Package] | None = None) -> dict[str, str]:
    """Uid-level modes: explicit ones over the ones that follow runtime permissions."""
    modes: dict[str, str] = {}
    if phone.sdk >= 29:
        user = uid // PER_USER_RANGE
        for pkg in phone.package_by_uid(uid) if members is None else members:
            st = pkg.users.get(user)
            if st is None or not st.installed:
                continue
            for perm, op in PERMISSION_OPS.items():
                ps = st.runtime.get(perm)
                if ps is None:
                    continue
                if not ps.granted:
                    modes.setdefault(op, "ignore")
                elif op in ("COARSE_LOCATION", "FINE_LOCATION"):
                    bg = st.runtime.get("android.permission.ACCESS_BACKGROUND_LOCATION")
                    if bg is not None and not bg.granted:
                        modes[op] = "foreground"
            if pkg.target_sdk < 30 and phone.sdk <= 32:
                modes["LEGACY_STORAGE"] = "allow"
    for op, rec in phone.uid_ops.get(uid, {}).items():
        modes[op] = rec.mode
    return modes


# --- appops command -------------------------------------------------------------------------


def cmd_appops(ctx: Ctx) -> int:
    if not ctx.args or ctx.args[0] in ("help", "-h"):
        ctx.out(_HELP)
        return 0
    verb, args = ctx.args[0], ctx.args[1:]
    try:
        if verb == "get":
            return _get(ctx, args)
        if verb == "set":
            return _set(ctx, args)
        if verb == "reset":
            return _reset(ctx, args)
        if verb == "query-op":
            return _query(ctx, args)
        if verb in ("write-settings", "read-settings"):
            ctx.outln("Current settings written." if verb == "write-settings" else "Last settings read.")
            return 0
    except UsageError as exc:
        ctx.errln(str(exc))
        return 255
    ctx.outln(f"Unknown command: {verb}")
    return 255


def _parse_common(ctx: Ctx, args: list[str]) -> tuple[int, bool, list[str]]:
    user = ctx.phone.current_user
    uid_mode = False
    rest: list[str] = []
    it = iter(args)
    for arg in it:
        if arg == "--user":
            user = parse_user(ctx, next(it, None))
            user = 0 if user == -1 else user
        elif arg == "--uid":
            uid_mode = True
        elif arg == "--attribution":
            next(it, None)
        else:
            rest.append(arg)
    return user, uid_mode, rest


def _target(ctx: Ctx, raw: str, user: int) -> tuple[int, Package | None] | None:
    if raw.isdigit():
        uid = int(raw)
        pkgs = ctx.phone.package_by_uid(uid)
        return uid, (pkgs[0] if pkgs else None)
    pkg = ctx.phone.package(raw)
    if pkg is None or user not in pkg.users:
        ctx.errln(f"Error: No UID for {raw} in user {user}")
        return None
    return pkg.uid(user), pkg


def _timing(rec: OpRecord, now: int) -> str:
    out = ""
    if rec.access_ms is not None:
        out += f"; time={format_duration(now - rec.access_ms)} ago"
    if rec.reject_ms is not None:
        out += f"; rejectTime={format_duration(now - rec.reject_ms)} ago"
    if rec.duration_ms is not None:
        out += f"; duration={format_duration(rec.duration_ms)}"
    return out


def _get(ctx: Ctx, args: list[str]) -> int:
    user, _, rest = _parse_common(ctx, args)
    if not rest:
        ctx.errln("Error: No package or uid specified")
        return 255
    got = _target(ctx, rest[0], user)
    if got is None:
        return 255
    uid, pkg = got
    op: str | None = None
    if len(rest) > 1:
        op = resolve_op(rest[1], ctx.sdk)
        if op is None:
            ctx.errln(f"Error: Unknown operation string: {rest[1]}")
            return 255
    now = ctx.phone.now_ms()
    lines: list[str] = []
    uid_ops = [(o, m) for o, m in sorted(uid_modes(ctx.phone, uid).items(), key=lambda e: OP_INDEX.get(e[0], 999))
               if op is None or o == op]
    for i, (o, m) in enumerate(uid_ops):
        lines.append(("Uid mode: " if i == 0 else "") + f"{o}: {m}")
    if pkg is not None and not rest[0].isdigit():
        st = pkg.users.get(user)
        if st is not None:
            for o, rec in sorted(st.ops.items(), key=lambda e: OP_INDEX.get(e[0], 999)):
                if op is None or o == op:
                    lines.append(f"{o}: {rec.mode}{_timing(rec, now)}")
    if not lines:
        ctx.outln("No operations.")
        if op is not None:
            ctx.outln(f"Default mode: {default_mode(op)}")
        return 0
    ctx.out("".join(line + "\n" for line in lines))
    return 0


def _set(ctx: Ctx, args: list[str]) -> int:
    user, uid_mode, rest = _parse_common(ctx, args)
    if not rest:
        ctx.errln("Error: No package or uid specified")
        return 255
    if len(rest) < 2:
        ctx.errln("Error: Operation not specified.")
        return 255
    if len(rest) < 3:
        ctx.errln("Error: Mode not specified.")
        return 255
    got = _target(ctx, rest[0], user)
    if got is None:
        return 255
    uid, pkg = got
    op = resolve_op(rest[1], ctx.sdk)
    if op is None:
        ctx.errln(f"Error: Unknown operation string: {rest[1]}")
        return 255
    mode = resolve_mode(rest[2])
    if mode is None:
        ctx.errln(f"Error: Mode {rest[2]} is not valid")
        return 255
    phone = ctx.phone
    if uid_mode or rest[0].isdigit() or pkg is None:
        def apply_uid() -> None:
            ops = phone.uid_ops.setdefault(uid, {})
            if mode == default_mode(op):
                ops.pop(op, None)
            else:
                ops[op] = OpRecord(mode)

        phone.commit("appops", apply_uid)
        return 0
    st = pkg.users[user]

    def apply() -> None:
        rec = st.ops.get(op)
        if rec is None:
            if mode != default_mode(op):
                st.ops[op] = OpRecord(mode)
        elif mode == default_mode(op) and rec.access_ms is None and rec.reject_ms is None:
            del st.ops[op]
        else:
            rec.mode = mode
        pkg.touch()

    phone.commit("appops", apply)
    return 0


def _reset(ctx: Ctx, args: list[str]) -> int:
    user, _, rest = _parse_common(ctx, args)
    name = rest[0] if rest else None
    phone = ctx.phone
    targets = [phone.package(name)] if name else list(phone.packages.values())
    ctx.outln(f"Reset all modes for: user {user}, " + (f"package {name}" if name else "all packages"))

    def apply() -> None:
        for pkg in targets:
            if pkg is None or user not in pkg.users:
                continue
            st = pkg.users[user]
            for op in list(st.ops):
                rec = st.ops[op]
                if rec.access_ms is None and rec.reject_ms is None:
                    del st.ops[op]
                else:
                    rec.mode = default_mode(op)
            pkg.touch()

    phone.commit("appops", apply)
    return 0


def _query(ctx: Ctx, args: list[str]) -> int:
    user, _, rest = _parse_common(ctx, args)
    if not rest:
        ctx.errln("Error: Operation not specified.")
        return 255
    op = resolve_op(rest[0], ctx.sdk)
    if op is None:
        ctx.errln(f"Error: Unknown operation string: {rest[0]}")
        return 255
    want = resolve_mode(rest[1]) if len(rest) > 1 else "allow"
    found = [pkg.name for pkg in ctx.phone.packages.values()
             if (st := pkg.users.get(user)) is not None and op in st.ops and st.ops[op].mode == want]
    if not found:
        ctx.outln("No operations.")
        return 0
    ctx.out("".join(f"{n}\n" for n in found))
    return 0


_HELP = """AppOps service (appops) commands:
  help
    Print this help text.
  start [--user <USER_ID>] [--attribution <ATTRIBUTION_TAG>] <PACKAGE | UID> <OP>
    Starts a given operation for a particular application.
  set [--user <USER_ID>] <[--uid] PACKAGE | UID> <OP> <MODE>
    Set the mode for a particular application and operation.
  get [--user <USER_ID>] [--attribution <ATTRIBUTION_TAG>] <PACKAGE | UID> [<OP>]
    Return the mode for a particular application and optional operation.
  query-op [--user <USER_ID>] <OP> [<MODE>]
    Print all packages that currently have the given op in the given mode.
  reset [--user <USER_ID>] [<PACKAGE>]
    Reset the given application or all applications to default modes.
"""


# --- dumpsys appops -------------------------------------------------------------------------


def _access_lines(rec: OpRecord, now: int) -> list[str]:
    out = []
    if rec.access_ms is not None:
        dur = f" duration={format_duration(rec.duration_ms)}" if rec.duration_ms else ""
        out.append(f"          Access: [fg-s] {fmt_time_ms(rec.access_ms)} "
                   f"({format_duration(rec.access_ms - now)}){dur}")
    if rec.reject_ms is not None:
        out.append(f"          Reject: [fg-s]{fmt_time_ms(rec.reject_ms)} ({format_duration(rec.reject_ms - now)})")
    return out


def _package_ops(phone: VirtualPhone, pkg: Package, user: int, st: PackageUser) -> str:
    key = ("appops", pkg.name, str(user))
    hit = phone.render_cache.get(key)
    if hit is not None and hit[0] == pkg.rev:
        return hit[1]
    now = phone.now_ms()
    lines = [f"    Package {pkg.name}:"]
    for op, rec in sorted(st.ops.items(), key=lambda e: OP_INDEX.get(e[0], 999)):
        lines.append(f"      {op} ({rec.mode}):")
        lines.extend(_access_lines(rec, now))
    text = "\n".join(lines) + "\n"
    phone.render_cache[key] = (pkg.rev, text)
    return text


def dumpsys_appops(ctx: Ctx) -> int:
    phone = ctx.phone
    chunks = [
        "Current AppOps Service state:\n"
        "  Settings:\n"
        "    top_state_settle_time=+30s0ms\n"
        "    fg_service_state_settle_time=+10s0ms\n"
        "    bg_state_settle_time=+1s0ms\n"
        "\n"
    ]
    if phone.sdk >= 29:
        chunks.append(
            "  Op mode watchers:\n"
            "    Op COARSE_LOCATION:\n"
            "      #0: ModeCallback{b8f1a14 watchinguid=-1 flags=0x1 from uid=1000 pid=1630}\n"
            "\n"
        )
    by_uid: dict[int, list[tuple[Package, PackageUser]]] = {}
    for pkg in phone.packages.values():
        for user, st in pkg.users.items():
            if st.installed:
                by_uid.setdefault(pkg.uid(user), []).append((pkg, st))
    for uid in sorted(set(by_uid) | set(phone.uid_ops)):
        members = by_uid.get(uid, [])
        modes = uid_modes(phone, uid, [p for p, _ in members])
        with_ops = [(p, st) for p, st in members if st.ops]
        if not modes and not with_ops:
            continue
        chunks.append(f"  Uid {format_uid(uid)}:\n")
        chunks.append("    state=cch\n")
        for op, mode in sorted(modes.items(), key=lambda e: OP_INDEX.get(e[0], 999)):
            chunks.append(f"      {op}: mode={mode}\n")
        for pkg, st in with_ops:
            chunks.append(_package_ops(phone, pkg, uid // PER_USER_RANGE, st))
    ctx.out("".join(chunks))
    return 0
