"""The dumpsys services forensic collectors read besides hardener's own: ``activity``, ``adb``,
``battery``, ``connectivity``, ``cpuinfo``, ``dbinfo``, ``media_projection``, ``meminfo`` and
``telephony.registry``, plus the list of service names a phone registers (``dumpsys -l``).

Each is the real dump's shape (headers, indentation, key names) filled from the persona and its
running processes, short of the hundreds of lines a phone prints; a listed service without a
model here dumps nothing, as some real ones do.
"""

from __future__ import annotations

import base64
import hashlib
import struct

from hardener.sim.commands.base import Ctx, cant_find_service, fmt_time, format_duration, java_hash
from hardener.sim.system import Proc

SERVICE_NAMES = (
    "DockObserver", "SurfaceFlinger", "accessibility", "account", "activity", "activity_task", "adb", "alarm",
    "app_binding", "app_hibernation", "appops", "appwidget", "audio", "auth", "autofill", "backup", "battery",
    "batteryproperties", "batterystats", "binder_calls_stats", "biometric", "blob_store", "bluetooth_manager",
    "bugreport", "clipboard", "companiondevice", "connectivity", "content", "country_detector", "cpuinfo",
    "crossprofileapps", "dbinfo", "device_identifiers", "device_policy", "deviceidle", "devicestoragemonitor",
    "diskstats", "display", "dnsresolver", "dreams", "dropbox", "gfxinfo", "graphicsstats", "imms", "input",
    "input_method", "installd", "ipsec", "jobscheduler", "launcherapps", "lights", "location", "lock_settings",
    "media.audio_flinger", "media.camera", "media.extractor", "media_projection", "media_router", "media_session",
    "meminfo", "midi", "mount", "netd", "netpolicy", "netstats", "network_management", "notification", "package",
    "package_native", "permission", "permissionmgr", "persistent_data_block", "phone", "platform_compat", "power",
    "print", "procstats", "role", "search", "sensorservice", "settings", "shortcut", "slice", "statusbar",
    "storaged", "storagestats", "telecom", "telephony.registry", "textclassification", "textservices", "trust",
    "uimode", "usagestats", "usb", "user", "vibrator_manager", "voiceinteraction", "wallpaper", "webviewupdate",
    "wifi", "wifip2p", "window",
)


def _apps(ctx: Ctx) -> list[Proc]:
    return [p for p in ctx.phone.system.processes if p.uid >= 10_000 or p.name in ("system_server",)]


def dumpsys_battery(ctx: Ctx) -> int:
    level = 40 + ctx.phone.now_ms() // 3_600_000 % 55
    lines = ["Current Battery Service state:", "  AC powered: false", "  USB powered: true",
             "  Wireless powered: false"]
    if ctx.sdk >= 33:
        lines.append("  Dock powered: false")
    lines += ["  Max charging current: 500000", "  Max charging voltage: 5000000", "  Charge counter: 3116000",
              "  status: 2", "  health: 2", "  present: true", f"  level: {level}", "  scale: 100",
              "  voltage: 4112", "  temperature: 287", "  technology: Li-ion"]
    if ctx.sdk >= 34:
        lines += ["  Charging state: 2", "  Charging policy: 1", "  Capacity level: 3"]
    ctx.out("".join(f"{line}\n" for line in lines))
    return 0


def _computer_key(comment: str) -> str:
    """A stable ``adbkey.pub`` line for a persona's other computer: Android's RSA key struct
    (length in words, n0inv, modulus, r^2, exponent), filled from the name, base64-encoded."""
    stream = b""
    block = comment.encode()
    while len(stream) < 516:
        block = hashlib.sha256(block).digest()
        stream += block
    blob = struct.pack("<I", 64) + stream[:516] + struct.pack("<I", 65537)
    return f"{base64.b64encode(blob).decode()} {comment}"


def dumpsys_adb(ctx: Ctx) -> int:
    """``connected_to_adb`` is true: this very dump is read over adb. The keys are the ones adbd
    trusts (the test key once allowed) and the persona's other computers; the keystore is plain
    XML on Android 11 and binary XML (ABX) from 12, as on real phones."""
    if ctx.sdk < 29:
        return cant_find_service(ctx, "adb")
    trust = ctx.phone.adb_trust
    lines_ = [*(trust.host_keys.lines() if trust.host_keys is not None else []),
              *(_computer_key(c) for c in trust.other_computers)]
    last = trust.last_key.fingerprint if trust.last_key is not None else ""
    lines = ["ADB MANAGER STATE (dumpsys adb):", "{", "  debugging_manager={", "    connected_to_adb=true",
             f"    last_key_received={last}", "    user_keys=" + "\n".join(lines_), ""]
    if ctx.sdk >= 30:
        seen = ctx.phone.now_ms() - 3_600_000
        if ctx.sdk == 30:
            lines += ["    keystore=<?xml version='1.0' encoding='utf-8' standalone='yes' ?>",
                      '    <keyStore version="1">',
                      *(f'    <adbKey key="{k}" lastConnection="{seen}" />' for k in lines_),
                      "    </keyStore>", ""]
        else:
            lines.append("    keystore=ABX\x02\x10\x08keyStore/\x0f\x07version\x00\x012"
                         + "".join(f"\x02\x10\x06adbKey/\x0f\x03key{k}\x0f\x0elastConnection\x01"
                                   for k in lines_) + "\x03\x10\x08keyStore")
        enabled = ctx.phone.settings_table("global", 0).get("adb_wifi_enabled") == "1"
        lines += ["    adb_wifi={", f"      enabled={'true' if enabled else 'false'}", "      network_bssid=",
                  "      network_ssid=", "      is_trusted_network=false", "      tls_port=0", "    }"]
    lines += ["  }", "}"]
    ctx.out("".join(f"{line}\n" for line in lines))
    return 0


def dumpsys_media_projection(ctx: Ctx) -> int:
    ctx.outln("MEDIA PROJECTION MANAGER (dumpsys media_projection)")
    ctx.outln()
    ctx.outln("Media Projection: null")
    return 0


def dumpsys_dbinfo(ctx: Ctx) -> int:
    ctx.outln("Applications Database Info:")
    for proc in _apps(ctx):
        if proc.uid < 10_000 or "." not in proc.name:
            continue
        db = f"/data/user/0/{proc.name.split(':')[0]}/databases/{proc.name.rsplit('.', 1)[-1]}.db"
        started = ctx.phone.boot_ms + int(proc.start_s * 1000) + 1500
        ctx.out(
            f"\n** Database info for pid {proc.pid} [{proc.name}] **\n\n"
            f"Connection pool for {db}:\n"
            "  Open: true\n  Max connections: 1\n  Total execution time: 12\n"
            "  Configuration: openFlags=805306368, isLegacyCompatibilityWalEnabled=false, journalMode=WAL, "
            "syncMode=NORMAL\n"
            "  Available primary connection:\n    Connection #0:\n      isPrimaryConnection: true\n"
            "      onlyAllowReadOnlyOperations: false\n      Most recently executed operations:\n"
            f"        0: [{fmt_time(started)}.{started % 1000:03d}] [Pid:({proc.pid})]executeForLong took 0ms - "
            f"succeeded, sql=\"PRAGMA user_version;\", path={db}\n"
            "  Available non-primary connections:\n    <none>\n  Acquired connections:\n    <none>\n"
            "  Connection waiters:\n    <none>\n"
        )
    return 0


def dumpsys_activity(ctx: Ctx) -> int:
    what = ctx.args[0] if ctx.args else ""
    apps = [p for p in ctx.phone.system.processes if p.uid >= 10_000 or p.name in (
        "system_server", "com.android.phone", "com.android.bluetooth", "com.android.networkstack.process")]
    recent = [p for p in apps if p.uid >= 10_000]
    top = recent[-1] if recent else None
    if what in ("", "processes", "p", "lru"):
        ctx.outln("ACTIVITY MANAGER PROCESSES (dumpsys activity processes)")
        ctx.outln("  All known processes:")
        for proc in apps:
            uid = proc.uid
            short = proc.user.replace("_", "")
            ctx.outln(f"  *APP* UID {uid} ProcessRecord{{{java_hash(proc.name, 'pr')} {proc.pid}:{proc.name}/{short}}}")
            ctx.outln(f"    user #{uid // 100000} uid={uid} gids={{50{uid % 100000 - 10000 if uid >= 10000 else 0}, "
                      "20123, 9997}")
            ctx.outln(f"    pid={proc.pid} starting=false")
            ctx.outln(f"    lastActivityTime=-{format_duration(int(ctx.phone.uptime_ms() - proc.start_s * 1000))[1:]}")
        ctx.outln(f"  mPreviousProcess: {'null' if len(recent) < 2 else _record(recent[-2])}")
        if what:
            return 0
        ctx.outln()
    if what in ("", "activities", "a", "top"):
        ctx.outln("ACTIVITY MANAGER ACTIVITIES (dumpsys activity activities)")
        ctx.outln("Display #0 (activities from top to bottom):")
        for k, proc in enumerate(reversed(recent[-4:])):
            ctx.outln(f"  * Task{{{java_hash(proc.name, 'task')} #{100 + k} type=standard A={proc.uid}:{proc.name} "
                      f"U=0 visible={'true' if k == 0 else 'false'} mode=fullscreen translucent=false sz=1}}")
            ctx.outln(f"    * Hist  #0: ActivityRecord{{{java_hash(proc.name, 'ar')} u0 {proc.name}/.MainActivity "
                      f"t{100 + k}}}")
        if top is not None:
            ctx.outln(f"  ResumedActivity: ActivityRecord{{{java_hash(top.name, 'ar')} u0 {top.name}/.MainActivity "
                      "t100}")
            ctx.outln(f"  mFocusedApp=ActivityRecord{{{java_hash(top.name, 'ar')} u0 {top.name}/.MainActivity t100}}")
        if what:
            return 0
        ctx.outln()
    if what in ("", "recents", "r"):
        ctx.outln("ACTIVITY MANAGER RECENT TASKS (dumpsys activity recents)")
        ctx.outln("  Recent tasks:")
        for k, proc in enumerate(reversed(recent[-6:])):
            ctx.outln(f"  * Recent #{k}: Task{{{java_hash(proc.name, 'task')} #{100 + k} type=standard "
                      f"A={proc.uid}:{proc.name} U=0 visible=false mode=fullscreen translucent=false sz=1}}")
        return 0
    if what in ("services", "s", "broadcasts", "b", "providers", "prov", "intents", "i", "permissions", "perm"):
        titles = {"s": "services", "b": "broadcasts", "prov": "providers", "i": "intents", "perm": "permissions"}
        name = titles.get(what, what)
        ctx.outln(f"ACTIVITY MANAGER {name.upper()} (dumpsys activity {name})")
        ctx.outln("  (nothing)")
        return 0
    ctx.outln(f"Bad activity command, or no activities match: {what}")
    ctx.outln("Use -h for help.")
    return 0


def _record(proc: Proc) -> str:
    return f"ProcessRecord{{{java_hash(proc.name, 'pr')} {proc.pid}:{proc.name}/{proc.user.replace('_', '')}}}"


def dumpsys_connectivity(ctx: Ctx) -> int:
    operator = ctx.phone.props.get("gsm.operator.alpha", "")
    lines = [
        "NetworkProviders for:", "  WifiNetworkProvider", "  TelephonyNetworkProvider", "",
        "Active default network: 100", "",
        "Current Networks:",
        "  NetworkAgentInfo{network{100}  handle{430570990605}  ni{WIFI CONNECTED extra: } Score(Policies : "
        "IS_VALIDATED&EVER_VALIDATED_NOT_AVOIDED_WHEN_BAD&IS_UNMETERED&TRANSPORT_PRIMARY) "
        "lp{{InterfaceName: wlan0 LinkAddresses: [ 192.168.1.57/24 ] DnsAddresses: [ /192.168.1.1 ] Domains: "
        "null MTU: 1500 TcpBufferSizes: 524288,2097152,4194304,262144,524288,1048576 Routes: [ 0.0.0.0/0 -> "
        "192.168.1.1 wlan0 mtu 0 ]}}  nc{[ Transports: WIFI Capabilities: NOT_METERED&INTERNET&NOT_RESTRICTED"
        "&TRUSTED&NOT_VPN&VALIDATED&NOT_ROAMING&FOREGROUND&NOT_CONGESTED&NOT_SUSPENDED] }}",
        f"  NetworkAgentInfo{{network{{101}}  handle{{434865957901}}  ni{{MOBILE[LTE] CONNECTED extra: "
        f"{operator.lower()}}} Score(Policies : EVER_VALIDATED_NOT_AVOIDED_WHEN_BAD) }}",
        "", "Status for known UIDs:", "", "Network Requests:",
        "  uid/pid:1000/761 activeRequest: null callbackRequest: 1 [NetworkRequest [ LISTEN id=1, "
        "[ Capabilities: NOT_RESTRICTED&TRUSTED&NOT_VPN Uid: 1000 RequestorUid: 1000 RequestorPkg: android] ]]",
        "", "Lingered:", "", "Network Activity:",
    ]
    ctx.out("".join(f"{line}\n" for line in lines))
    return 0


def dumpsys_telephony_registry(ctx: Ctx) -> int:
    props = ctx.phone.props
    operator = props.get("gsm.operator.alpha", "")
    lines = [
        "last known state:", "  Phone Id=0", "  mCallState=0", "  mRingingCallState=0", "  mForegroundCallState=0",
        "  mBackgroundCallState=0", "  mPreciseCallState=Ringing call state: 0, Foreground call state: 0, "
        "Background call state: 0, Disconnect cause: -1, Precise disconnect cause: -1",
        f"  mServiceState={{mVoiceRegState=0(IN_SERVICE), mDataRegState=0(IN_SERVICE), mOperatorAlphaLong={operator}, "
        f"mOperatorAlphaShort={operator}, isManualNetworkSelection=false(automatic), "
        f"mRilVoiceRadioTechnology=14(LTE), mIsEmergencyOnly=false, isUsingCarrierAggregation=false}}",
        "  mVoiceActivationState= 0", "  mDataActivationState= 0", "  mUserMobileDataState= true",
        "  mSignalStrength=SignalStrength:{mCdma=Invalid,mGsm=Invalid,mWcdma=Invalid,mTdscdma=Invalid,"
        "mLte=CellSignalStrengthLte: rssi=-67 rsrp=-95 rsrq=-10 rssnr=2147483647 cqi=2147483647 ta=2147483647 "
        "level=3,mNr=Invalid,primary=CellSignalStrengthLte}",
        "  mMessageWaiting=false", "  mCallForwarding=false", "  mDataActivity=0", "  mDataConnectionState=2",
        "  mCellIdentity=null", "  mCellInfo=null",
        "local logs:",
    ]
    ctx.out("".join(f"{line}\n" for line in lines))
    return 0


def dumpsys_meminfo(ctx: Ctx) -> int:
    procs = sorted((p for p in ctx.phone.system.processes if not p.kernel), key=lambda p: -p.rss_kb)
    up = ctx.phone.uptime_ms()
    ctx.outln("Applications Memory Usage (in Kilobytes):")
    ctx.outln(f"Uptime: {up} Realtime: {up}")
    ctx.outln()
    ctx.outln("Total PSS by process:")
    for proc in procs:
        ctx.outln(f"{proc.rss_kb * 4 // 5:>11,}K: {proc.name} (pid {proc.pid})")
    total = sum(p.rss_kb * 4 // 5 for p in procs)
    ctx.outln()
    ctx.outln("Total RAM: 7,588,864K (status normal)")
    ctx.outln(f" Used RAM: {total + 1_200_000:,}K ({total:,}K used pss + 1,200,000K kernel)")
    return 0


def dumpsys_cpuinfo(ctx: Ctx) -> int:
    procs = [p for p in ctx.phone.system.processes if not p.kernel][-12:]
    ctx.outln("Load: 1.73 / 1.74 / 1.54")
    ctx.outln("CPU usage from 61234ms to 1234ms ago (2024-09-02 15:38:59.000 to 2024-09-02 15:39:59.000):")
    for k, proc in enumerate(reversed(procs)):
        share = max(0.1, 9.8 / (k + 1))
        ctx.outln(f"  {share:.1f}% {proc.pid}/{proc.name}: {share * 0.7:.1f}% user + {share * 0.3:.1f}% kernel")
    ctx.outln("14% TOTAL: 9.1% user + 4.2% kernel + 0.3% iowait + 0.2% irq + 0.1% softirq")
    return 0


MORE_SERVICES = {
    "activity": dumpsys_activity, "adb": dumpsys_adb, "battery": dumpsys_battery, "connectivity": dumpsys_connectivity,
    "cpuinfo": dumpsys_cpuinfo, "dbinfo": dumpsys_dbinfo, "media_projection": dumpsys_media_projection,
    "meminfo": dumpsys_meminfo, "telephony.registry": dumpsys_telephony_registry,
}
