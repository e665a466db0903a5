"""What a phone has while it runs: processes, the log buffers, the boot, the time zone.

Built at every boot from the persona, deterministically (seeded by the persona and the boot
number), so ``ps -A`` and ``logcat -d`` agree with the phone's apps: the launcher, keyboard and
recently used apps run as their own ``u0_aNN`` users, Google Play services where the phone has
them, and ``system_server`` under ``zygote64``. A reboot builds a new set (new pids, fresh logs).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from hardener.sim.phone import VirtualPhone

# AID_* names of android_filesystem_config.h that show in ps.
_AIDS = {0: "root", 1000: "system", 1001: "radio", 1002: "bluetooth", 1010: "wifi", 1013: "media", 1017: "keystore",
         1019: "drm", 1020: "mdnsr", 1027: "nfc", 1036: "logd", 1040: "mediaex", 1041: "audioserver",
         1046: "mediacodec", 1047: "cameraserver", 1049: "webview_zygote", 1053: "gpu_service", 1066: "statsd",
         1067: "incidentd",
         1068: "secure_element", 1069: "lmkd", 1072: "credstore", 1073: "network_stack", 2000: "shell",
         9999: "nobody"}
_DAY_MS = 86_400_000


def user_name(uid: int) -> str:
    """``ps``'s USER column: AID names, ``u0_a123`` for apps, ``u0_i4`` for isolated processes."""
    if uid in _AIDS:
        return _AIDS[uid]
    user, app = divmod(uid, 100_000)
    if 99_000 <= app <= 99_999:
        return f"u{user}_i{app - 99_000}"
    if app >= 10_000:
        return f"u{user}_a{app - 10_000}"
    return _AIDS.get(app, str(uid))


@dataclass
class Proc:
    pid: int
    ppid: int
    uid: int
    name: str
    vsz_kb: int = 0
    rss_kb: int = 0
    wchan: str = "0"
    state: str = "S"
    label: str = "u:r:kernel:s0"
    start_s: float = 0.0  # seconds after boot
    kernel: bool = False  # a kernel thread: NAME shows as [name]

    @property
    def user(self) -> str:
        return user_name(self.uid)


@dataclass(frozen=True)
class LogEntry:
    ms: int  # wall-clock epoch ms
    pid: int
    tid: int
    level: str  # V D I W E F
    tag: str
    msg: str
    buffer: str = "main"  # main | system | events | crash | radio


@dataclass
class SystemState:
    boot_number: int
    processes: list[Proc] = field(default_factory=list)
    logs: list[LogEntry] = field(default_factory=list)
    next_pid: int = 0


def zone(phone: VirtualPhone) -> dt.tzinfo:
    """The phone's time zone (``persist.sys.timezone``); UTC where the zone database lacks it."""
    return _zone(phone.props.get("persist.sys.timezone", "UTC") or "UTC")


@lru_cache(maxsize=32)
def _zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def local_time(phone: VirtualPhone, ms: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).astimezone(zone(phone))


# --- boot -------------------------------------------------------------------------------------


def _kernel_threads(cpus: int) -> list[str]:
    names = ["kthreadd", "rcu_gp", "rcu_par_gp", "kworker/0:0H", "mm_percpu_wq", "rcu_preempt", "rcu_sched"]
    for cpu in range(cpus):
        names += [f"migration/{cpu}", f"ksoftirqd/{cpu}", f"cpuhp/{cpu}", f"kworker/{cpu}:0H"]
    names += ["kdevtmpfs", "netns", "kauditd", "oom_reaper", "writeback", "kcompactd0", "kswapd0",
              "kblockd", "watchdogd", "irq/233-spi0", "ion_system_heap", "kgsl_worker_thread", "jbd2/sda2-8",
              "ext4-rsv-conver", "f2fs_discard-254:", "loop0", "dm_bufio_cache", "psimon", "ipawq"]
    return names


# (name, uid, label, 64-bit) of native daemons started by init, in start order.
_NATIVE = (
    ("ueventd", 0, "u:r:ueventd:s0", True), ("logd", 1036, "u:r:logd:s0", True),
    ("servicemanager", 1000, "u:r:servicemanager:s0", True),
    ("hwservicemanager", 1000, "u:r:hwservicemanager:s0", True), ("vold", 0, "u:r:vold:s0", True),
    ("lmkd", 1069, "u:r:lmkd:s0", True), ("netd", 0, "u:r:netd:s0", True),
    ("surfaceflinger", 1000, "u:r:surfaceflinger:s0", True), ("statsd", 1066, "u:r:statsd:s0", True),
    ("tombstoned", 1036, "u:r:tombstoned:s0", True), ("installd", 0, "u:r:installd:s0", True),
    ("storaged", 0, "u:r:storaged:s0", True), ("gatekeeperd", 1000, "u:r:gatekeeperd:s0", True),
    ("audioserver", 1041, "u:r:audioserver:s0", False), ("cameraserver", 1047, "u:r:cameraserver:s0", False),
    ("drmserver", 1019, "u:r:drmserver:s0", False), ("incidentd", 1067, "u:r:incidentd:s0", True),
    ("media.extractor", 1040, "u:r:mediaextractor:s0", True),
    ("media.swcodec", 1046, "u:r:mediaswcodec:s0", True), ("mediaserver", 1013, "u:r:mediaserver:s0", False),
    ("adbd", 2000, "u:r:adbd:s0", True),
)
_APP_PROCS = (
    ("com.android.systemui", "u:r:platform_app:s0:c512,c768"),
    ("com.android.phone", "u:r:radio:s0"),
    ("com.android.bluetooth", "u:r:bluetooth:s0"),
    ("com.android.networkstack.process", "u:r:network_stack:s0"),
    ("android.process.media", "u:r:priv_app:s0:c512,c768"),
    ("com.google.android.gms.persistent", "u:r:priv_app:s0:c512,c768"),
    ("com.google.android.gms", "u:r:priv_app:s0:c512,c768"),
    ("com.android.vending", "u:r:priv_app:s0:c512,c768"),
)
_WCHANS = ("do_epoll_wait", "binder_ioctl_write_read", "do_sys_poll", "futex_wait_queue_me", "SyS_epoll_wait",
           "pipe_read", "do_sigtimedwait")


def boot(phone: VirtualPhone, boot_number: int) -> SystemState:
    """Processes and logs for a fresh boot of ``phone`` (its ``boot_ms`` already set)."""
    rng = random.Random(f"{phone.name}:{phone.serial}:boot{boot_number}")
    state = SystemState(boot_number)
    sdk = phone.sdk
    modern = sdk >= 30
    pid = 1

    def add(ppid: int, uid: int, name: str, label: str, *, kernel: bool = False, bits64: bool = True,
            rss: int = 0, start: float = 0.0) -> Proc:
        nonlocal pid
        if kernel:
            vsz = rss = 0
        elif bits64:
            vsz = rng.randint(10_700_000, 16_900_000) if modern else rng.randint(2_100_000, 4_400_000)
        else:
            vsz = rng.randint(60_000, 1_400_000)
        proc = Proc(pid, ppid, uid, name, vsz, rss or (0 if kernel else rng.randint(2_000, 60_000)),
                    "0" if kernel or not modern else rng.choice(_WCHANS), "S", label, start, kernel)
        state.processes.append(proc)
        pid += 1
        return proc

    init = add(0, 0, "init", "u:r:init:s0", rss=rng.randint(3_000, 12_000))
    kthreadd = add(0, 0, "kthreadd", "u:r:kernel:s0", kernel=True)
    for name in _kernel_threads(8)[1:]:
        add(kthreadd.pid, 0, name, "u:r:kernel:s0", kernel=True)
    pid += rng.randint(300, 500)
    for name, uid, label, bits64 in _NATIVE:
        if name == "media.swcodec" and sdk < 29:
            continue
        add(init.pid, uid, name, label, bits64=bits64, start=rng.uniform(2, 6))
    keystore = "keystore2" if sdk >= 31 else "keystore"
    add(init.pid, 1017, keystore, f"u:r:{keystore}:s0", start=4.0)
    zygote64 = add(init.pid, 0, "zygote64", "u:r:zygote:s0", rss=rng.randint(90_000, 160_000), start=6.0)
    zygote = add(init.pid, 0, "zygote", "u:r:zygote:s0", bits64=False, rss=rng.randint(40_000, 90_000), start=6.0)
    del zygote
    pid += rng.randint(200, 400)
    server = add(zygote64.pid, 1000, "system_server", "u:r:system_server:s0", rss=rng.randint(250_000, 420_000),
                 start=9.0)
    apps: list[tuple[str, int, str]] = []
    fixed_uids = {"com.android.phone": 1001, "com.android.bluetooth": 1002, "com.android.networkstack.process": 1073,
                  "android.process.media": 10_000 + 23}
    for name, label in _APP_PROCS:
        owner = phone.packages.get(name.removesuffix(".persistent"))
        if name in fixed_uids:
            apps.append((name, fixed_uids[name], label))
        elif owner is not None:
            apps.append((name, owner.uid(0), label))
    homes = phone.roles.get(0, {}).get("android.app.role.HOME") or []
    home = homes[0] if homes else None
    for role_holder in (home, _default_ime(phone)):
        owner = phone.packages.get(role_holder or "")
        if owner is not None:
            apps.append((owner.name, owner.uid(0), _app_label(owner.app_id, owner.system)))
    recent = sorted((p for p in phone.packages.values() if not p.system and p.last_used_ms is not None
                     and phone.now_ms() - p.last_used_ms < 3 * _DAY_MS), key=lambda p: -(p.last_used_ms or 0))
    for owner in recent[:12]:
        apps.append((owner.name, owner.uid(0), _app_label(owner.app_id, False)))
    seen: set[str] = set()
    for name, uid, label in apps:
        if name in seen:
            continue
        seen.add(name)
        pid += rng.randint(3, 60)
        add(zygote64.pid, uid, name, label, rss=rng.randint(60_000, 240_000), start=rng.uniform(12, 40))
    state.next_pid = pid + rng.randint(1000, 4000)
    state.logs = _boot_logs(phone, state, server, rng)
    return state


def _default_ime(phone: VirtualPhone) -> str | None:
    value = phone.settings_table("secure", 0).get("default_input_method") or ""
    return value.split("/", 1)[0] or None


def _app_label(app_id: int, system: bool) -> str:
    """``untrusted_app`` with the MLS categories Android derives from the app id."""
    a = app_id - 10_000
    cats = f"c{a & 0xFF},c{256 + ((a >> 8) & 0xFF)},c512,c768"
    return f"u:r:{'platform_app' if system else 'untrusted_app'}:s0:{cats}"


def _boot_logs(phone: VirtualPhone, state: SystemState, server: Proc, rng: random.Random) -> list[LogEntry]:
    boot_ms = phone.boot_ms
    out: list[LogEntry] = []
    sdk = phone.sdk

    def log(at_s: float, proc: Proc, level: str, tag: str, msg: str, buffer: str = "main") -> None:
        tid = proc.pid if rng.random() < 0.6 else proc.pid + rng.randint(1, 40)
        out.append(LogEntry(boot_ms + int(at_s * 1000), proc.pid, tid, level, tag, msg, buffer))

    by_name = {p.name: p for p in state.processes}
    init = by_name["init"]
    log(1.2, init, "I", "init", "init first stage started!", "main")
    log(2.0, by_name.get("logd", init), "I", "logd", "logd reinit", "main")
    log(6.1, by_name.get("zygote64", init), "I", "Zygote", "Preloading classes...", "main")
    log(8.9, server, "I", "SystemServer", "Entered the Android system server!", "system")
    log(9.4, server, "I", "SystemServiceManager", "Starting com.android.server.pm.Installer", "system")
    log(10.2, server, "I", "PackageManager", f"Scanned {len(phone.packages)} packages", "system")
    log(11.0, server, "I", "ActivityManager", "Memory class: 256", "system")
    for proc in state.processes:
        if proc.ppid == by_name.get("zygote64", init).pid and proc is not server:
            what = "service" if proc.uid < 10_000 else "top-activity" if rng.random() < 0.3 else "broadcast"
            log(proc.start_s, server, "I", "ActivityManager",
                f"Start proc {proc.pid}:{proc.name}/{proc.user.replace('_', '')} for {what} "
                f"{{{proc.name}/.{rng.choice(('Main', 'Sync', 'Push'))}{'Service' if what == 'service' else ''}}}",
                "system")
    log(40.0, server, "I", "ActivityManager", "Boot completed", "system")
    log(40.1, server, "I", "WindowManager", "Screen frozen for +1s204ms due to Window{boot}", "system")
    log(41.0, by_name.get("netd", init), "I", "netd", "Setting iface cfg", "main")
    if sdk >= 30:
        log(42.0, server, "I", "ConnectivityService", "NetworkAgentInfo [WIFI () - 100] validation passed", "system")
    now_s = (phone.now_ms() - boot_ms) / 1000
    for k in range(24):
        at = now_s - (24 - k) * rng.uniform(40, 600)
        if at < 45:
            continue
        proc = rng.choice([p for p in state.processes if p.uid >= 10_000] or [server])
        level, tag, msg = rng.choice((
            ("I", "chatty", f"uid={proc.uid}({proc.user}) {proc.name} identical 3 lines"),
            ("D", "ConnectivityManager", "requestNetwork; CallingUid : " + str(proc.uid)),
            ("W", "JobScheduler", f"Job didn't exist in JobStore: {proc.name}"),
            ("I", "NotificationService", f"Cannot find enqueued record for key: 0|{proc.name}|1|null|{proc.uid}"),
            ("D", "WifiNative", "doBooleanCommand: SET_POWER_SAVE"),
        ))
        log(at, proc if tag == "chatty" else server, level, tag, msg, "main" if proc.uid >= 10_000 else "system")
    out.sort(key=lambda e: e.ms)
    return out
