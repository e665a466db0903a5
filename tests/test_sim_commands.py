"""The everyday toybox/toolbox commands other ADB tools run, in the formats a phone prints them.

Formats come from toybox's sources (ps.c, df.c, stat.c, wc.c), liblog's logprint.c, Android's
ziptool, and the real captures in /work/shared/fixtures (``ps -A`` of an Android 9/10 phone):
a collector that parses a phone must parse the practice phone the same way.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import zipfile
from pathlib import Path

import pytest

from hardener.sim.personas import load_persona
from hardener.sim.phone import VirtualPhone

CAPTURES = Path("/work/shared/fixtures/android-captures/mvt-project_mvt/android_data")


@pytest.fixture(scope="module")
def pixel() -> VirtualPhone:
    return load_persona("pixel-14")


@pytest.fixture(scope="module")
def old() -> VirtualPhone:
    return load_persona("old-9")


def run(phone: VirtualPhone, line: str) -> tuple[str, str, int]:
    got = phone.run_shell(line)
    return got.stdout.decode("utf-8", "surrogateescape"), got.stderr.decode(), got.exit_code


def out(phone: VirtualPhone, line: str) -> str:
    stdout, stderr, code = run(phone, line)
    assert (stderr, code) == ("", 0), (line, stderr)
    return stdout


# --- ps ---------------------------------------------------------------------------------------


def test_ps_lists_the_whole_system(pixel: VirtualPhone) -> None:
    lines = out(pixel, "ps -A").splitlines()
    assert len(lines) > 20
    names = [line.split()[-1] for line in lines[1:]]
    for expected in ("init", "[kthreadd]", "zygote64", "system_server", "surfaceflinger", "adbd",
                     "com.android.systemui", "com.whatsapp", "sh", "ps"):
        assert expected in names
    server = next(line.split() for line in lines if line.endswith(" system_server"))
    zygote = next(line.split() for line in lines if line.endswith(" zygote64"))
    assert server[0] == "system" and server[2] == zygote[1]  # USER system, parent zygote64
    whatsapp = next(line.split() for line in lines if line.endswith(" com.whatsapp"))
    assert whatsapp[0] == f"u0_a{pixel.packages['com.whatsapp'].app_id - 10000}"


def test_ps_header_and_columns_follow_toybox(pixel: VirtualPhone, old: VirtualPhone) -> None:
    capture = (CAPTURES / "ps.txt").read_text().splitlines()[0] if CAPTURES.exists() else \
        "USER           PID  PPID     VSZ    RSS WCHAN            ADDR S NAME"
    assert out(old, "ps -A").splitlines()[0] == capture  # Android 9/10: VSZ 7 wide, no trailing pad
    new_header = out(pixel, "ps -A").splitlines()[0]
    assert new_header == "USER           PID  PPID        VSZ    RSS WCHAN            ADDR S " + "NAME".ljust(27)
    init = out(old, "ps -A").splitlines()[1]
    assert re.fullmatch(r"root {13}1 {5}0 +\d+ +\d+ 0 {19}0 S init", init), init


def test_ps_fields_and_selection(pixel: VirtualPhone) -> None:
    assert out(pixel, "ps -o PID,USER,NAME -p 1").splitlines() == ["  PID USER         " + "NAME".ljust(27),
                                                                  "    1 root         init"]
    labels = out(pixel, "ps -A -Z | grep system_server")
    assert labels.startswith("u:r:system_server:s0")
    assert run(pixel, "ps -o BOGUS") == ("", "ps: bad -o BOGUS\n", 1)
    shell = out(pixel, "ps -u shell").splitlines()
    assert [line.split()[-1] for line in shell[1:]] == ["adbd", "sh", "ps"]
    assert out(pixel, "pidof system_server").strip().isdigit()


def test_ps_pids_change_over_a_reboot_and_the_state_stays() -> None:
    phone = load_persona("pixel-14")
    before = out(phone, "pidof system_server")
    out(phone, "settings put global hb_kept 1; echo x > /data/local/tmp/kept")
    phone.reboot()
    assert out(phone, "pidof system_server") != before
    assert out(phone, "settings get global hb_kept; cat /data/local/tmp/kept") == "1\nx\n"
    assert out(phone, "getprop sys.boot_completed") == "1\n"
    assert out(phone, "cat /proc/uptime").split()[0].startswith("0.")


# --- identity and status ----------------------------------------------------------------------


def test_getenforce_id_uptime_date(pixel: VirtualPhone, old: VirtualPhone) -> None:
    assert out(pixel, "getenforce") == "Enforcing\n"
    assert run(pixel, "setenforce 0")[1:] == ("setenforce: Couldn't set enforcing status to '0': Permission denied\n",
                                              1)
    assert out(pixel, "id").startswith("uid=2000(shell) gid=2000(shell) groups=2000(shell),1004(input),1007(log)")
    assert out(pixel, "id").rstrip().endswith(" context=u:r:shell:s0")
    assert "1078(ext_data_rw)" in out(pixel, "id") and "1078" not in out(old, "id")
    assert out(pixel, "id -un") == "shell\n"
    assert re.fullmatch(r" \d\d:\d\d:\d\d up 3 days,  4:00,  0 users,  load average: \d\.\d\d, \d\.\d\d, \d\.\d\d\n",
                        out(pixel, "uptime"))
    # The persona's clock is 15:40 UTC; the phone is in Europe/Berlin (summer time).
    assert out(pixel, "date") == "Mon Sep  2 17:40:00 CEST 2024\n"
    assert out(pixel, "date -u +%H:%M") == "15:40\n"
    assert out(pixel, "date +%s") == "1725291600\n"


def test_the_clock_runs_when_asked() -> None:
    phone = load_persona("pixel-14")
    first = int(out(phone, "date +%s"))
    phone.advance_clock(90_000)  # sleep moves it too
    assert int(out(phone, "date +%s")) == first + 90
    phone.start_clock()
    assert phone.clock_running


def test_df_measures_its_columns(pixel: VirtualPhone) -> None:
    lines = out(pixel, "df").splitlines()
    assert re.fullmatch(r"Filesystem +1K-blocks +Used +Available Use% Mounted on", lines[0])
    data = next(line for line in lines if line.endswith(" /data")).split()
    total, used, free = int(data[1]), int(data[2]), int(data[3])
    assert total == pixel.disk.data_total_kb and free == pixel.disk.data_free_kb and used == total - free
    assert data[4] == f"{-(-used * 100 // (used + free))}%"
    assert len({len(line) - len(line.split()[-1]) for line in lines[1:]}) == 1  # one column grid
    assert out(pixel, "df /sdcard/Download").splitlines()[1].endswith(" /storage/emulated")


# --- files ------------------------------------------------------------------------------------


def test_find_with_name_type_maxdepth(pixel: VirtualPhone) -> None:
    assert out(pixel, "find /sdcard/ -name '*.jpg'") == "/sdcard/DCIM/Camera/PXL_20240830_101502123.jpg\n"
    assert out(pixel, "find /sdcard") == "/sdcard\n"  # a symbolic link, not followed
    top = out(pixel, "find /sdcard/ -maxdepth 1 -type d").splitlines()
    assert top[0] == "/sdcard/" and "/sdcard/DCIM" in top and "/sdcard/DCIM/Camera" not in top
    assert out(pixel, "find -L /sdcard -type f -iname '*.PDF'") == "/sdcard/Download/boarding-pass.pdf\n"
    denied = run(pixel, "find /data -maxdepth 1")
    assert denied == ("/data\n", "find: /data: Permission denied\n", 1)
    assert run(pixel, "find /sdcard/ -bogus") == ("", "find: Unknown option '-bogus'\n", 1)


def test_ls_recursive_and_stat(pixel: VirtualPhone) -> None:
    assert out(pixel, "ls -R /sdcard/DCIM") == (
        "/sdcard/DCIM:\nCamera\n\n/sdcard/DCIM/Camera:\nPXL_20240830_101502123.jpg\n")
    stat = out(pixel, "stat /sdcard/Download/boarding-pass.pdf").splitlines()
    assert stat[0] == "  File: /sdcard/Download/boarding-pass.pdf"
    assert re.fullmatch(r"  Size: 25\t Blocks: 1\t IO Blocks: 4096\tregular file", stat[1])
    assert re.fullmatch(r"Device: [0-9a-f]+h/\d+d\t Inode: \d+\t Links: 1", stat[2])
    assert stat[3] == "Access: (0660/-rw-rw----)\tUid: ( 1023/media_rw)\tGid: ( 1023/media_rw)"
    assert re.fullmatch(r"Modify: 2024-09-02 \d\d:\d\d:\d\d\.000000000 \+0200", stat[5])
    assert out(pixel, "stat -c '%s %a %U %n' /system/build.prop").startswith(
        f"{len(pixel.fs['/system/build.prop'].data)} 644 root /system/build.prop")


def test_hashes_base64_head_tail_wc(pixel: VirtualPhone) -> None:
    data = pixel.read_file("/sdcard/Download/boarding-pass.pdf")
    assert data is not None
    for tool, algorithm in (("md5sum", "md5"), ("sha1sum", "sha1"), ("sha256sum", "sha256")):
        assert out(pixel, f"{tool} /sdcard/Download/boarding-pass.pdf") == \
            f"{hashlib.new(algorithm, data).hexdigest()}  /sdcard/Download/boarding-pass.pdf\n"
    assert out(pixel, "printf abc | sha256sum") == f"{hashlib.sha256(b'abc').hexdigest()}  -\n"
    assert run(pixel, "md5sum /sdcard/nope") == ("", "md5sum: /sdcard/nope: No such file or directory\n", 1)
    assert out(pixel, "base64 /sdcard/Download/boarding-pass.pdf") == base64.b64encode(data).decode() + "\n"
    assert out(pixel, "echo aGVsbG8K | base64 -d") == "hello\n"
    assert out(pixel, "head -c 4 /sdcard/Download/boarding-pass.pdf") == data[:4].decode()
    assert out(pixel, "tail -c 6 /sdcard/Download/boarding-pass.pdf") == data[-6:].decode()
    assert out(pixel, "seq 10 | tail -n +9") == "9\n10\n"
    assert out(pixel, "seq 10 | head -3") == "1\n2\n3\n"
    assert out(pixel, "seq 10 | wc -l") == "10\n"
    assert out(pixel, "wc -c /sdcard/Download/boarding-pass.pdf") == f"{len(data)} /sdcard/Download/boarding-pass.pdf\n"


# --- logs and services ------------------------------------------------------------------------


def test_logcat_dump_formats(pixel: VirtualPhone) -> None:
    lines = out(pixel, "logcat -d").splitlines()
    assert lines[0] == "--------- beginning of main"
    assert "--------- beginning of system" in lines
    entries = [line for line in lines if not line.startswith("---------")]
    pattern = re.compile(r"\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} +\d+ +\d+ [VDIWEF] .{8,}: .*")
    assert entries and all(pattern.fullmatch(line) for line in entries)
    server = out(pixel, "pidof system_server").strip()
    assert any(f" {server} " in line and "ActivityManager: Start proc" in line and "com.whatsapp" in line
               for line in entries)
    brief = out(pixel, "logcat -d -v brief -t 2").splitlines()
    assert len(brief) == 3 and re.fullmatch(r"[VDIWEF]/.{8,}\( *\d+\): .*", brief[-1])
    only = out(pixel, "logcat -d -s ActivityManager:I").splitlines()
    assert only and all(" ActivityManager: " in line for line in only if not line.startswith("---"))
    assert out(pixel, "logcat -g").startswith("main: ring buffer is 256 KiB (")
    assert run(pixel, "logcat -d -b nosuch")[1].startswith("logcat: unknown buffer 'nosuch'")


def test_logcat_clear_empties_the_buffers() -> None:
    phone = load_persona("samsung-11")
    assert out(phone, "logcat -c; logcat -d") == ""


def test_dumpsys_services_forensic_tools_read(pixel: VirtualPhone) -> None:
    listed = out(pixel, "dumpsys -l").splitlines()
    assert listed[0] == "Currently running services:"
    names = {line.strip() for line in listed[1:]}
    for service in ("dbinfo", "battery", "window", "activity", "adb", "accessibility", "media_projection",
                    "connectivity", "telephony.registry", "package", "meminfo"):
        assert service in names
        assert run(pixel, f"dumpsys {service}")[2] == 0
    assert out(pixel, "dumpsys battery").startswith("Current Battery Service state:\n  AC powered: false\n")
    assert "    connected_to_adb=true\n" in out(pixel, "dumpsys adb")
    assert out(pixel, "dumpsys media_projection") == \
        "MEDIA PROJECTION MANAGER (dumpsys media_projection)\n\nMedia Projection: null\n"
    assert "** Database info for pid " in out(pixel, "dumpsys dbinfo")
    assert "*APP* UID 10" in out(pixel, "dumpsys activity processes")
    assert "mServiceState=" in out(pixel, "dumpsys telephony.registry")
    assert run(pixel, "dumpsys nosuch") == ("", "Can't find service: nosuch\n", 0)
    full = out(pixel, "dumpsys")
    assert "DUMP OF SERVICE battery:\n" in full
    assert "--------- 0.001s was the duration of dumpsys battery, ending at: " in full


def test_cmd_package_list_and_installer_null(pixel: VirtualPhone) -> None:
    assert out(pixel, "cmd package list packages") == out(pixel, "pm list packages")
    listed = out(pixel, "pm list packages -i")
    assert "installer=None" not in listed
    assert "package:android  installer=null\n" in listed
    assert "package:com.whatsapp  installer=com.android.vending\n" in listed


def test_unzip_lists_and_extracts_an_apk(pixel: VirtualPhone) -> None:
    path = out(pixel, "pm path com.whatsapp").strip().removeprefix("package:")
    listing = out(pixel, f"unzip -l {path}").splitlines()
    assert listing[:3] == [f"Archive:  {path}", "  Length      Date    Time    Name",
                           "---------  ---------- -----   ----"]
    assert re.fullmatch(r" +\d+  2008-01-01 00:00   AndroidManifest\.xml", listing[3])
    assert re.fullmatch(r" +\d+ +\d+ files", listing[-1])
    manifest = pixel.run_shell(f"unzip -p {path} AndroidManifest.xml").stdout
    apk = pixel.read_file(path)
    assert apk is not None and manifest == zipfile.ZipFile(io.BytesIO(apk)).read("AndroidManifest.xml")
