"""Scan cost on the practice phone does not grow out of reach with the app count."""

from __future__ import annotations

import time

from hardener.sim.personas import load_persona

# The scan's command set (hardener.device.snapshot.SECTIONS), written out so this test does not move
# when the scan changes shape.
SCAN = ["getprop", "settings list system", "settings list secure", "settings list global", "pm list users",
        "am get-current-user", "pm list packages -f -i -U -u", "dumpsys package packages", "dumpsys appops",
        "dumpsys lock_settings", "locksettings get-disabled", "dumpsys trust", "dumpsys fingerprint",
        "dumpsys face", "dumpsys device_policy", "dumpsys account", "dumpsys content", "bmgr enabled",
        "bmgr list transports", "dumpsys diskstats", "dumpsys usagestats"]
LINE = "; ".join(f'{c} 2>&1; echo "__HB_0123456789abcdef_{i}_$?__"' for i, c in enumerate(SCAN))


def test_dumpsys_package_for_1000_apps_is_well_under_a_second():
    phone = load_persona("apps-1000")
    started = time.perf_counter()
    got = phone.run_shell("dumpsys package packages")
    elapsed = time.perf_counter() - started
    assert got.stdout.count(b"\n  Package [") >= 1000
    assert elapsed < 0.5, f"dumpsys package took {elapsed:.3f} s"


def test_a_scan_batch_on_1000_apps_costs_little_phone_time():
    load_persona("apps-50").run_shell(LINE)  # first use imports the command modules
    phone = load_persona("apps-1000")
    phone.run_shell(LINE)
    cold = phone.busy_seconds
    phone.run_shell(LINE)
    warm = phone.busy_seconds - cold
    assert cold < 0.3, f"first scan batch took {cold:.3f} s of phone time"
    assert warm < 0.1, f"repeat scan batch took {warm:.3f} s of phone time"


def test_a_write_invalidates_only_what_it_touched():
    phone = load_persona("apps-1000")
    phone.run_shell("dumpsys package packages")
    phone.run_shell("pm revoke com.whatsapp android.permission.CAMERA")
    text = phone.run_shell("dumpsys package com.whatsapp").stdout.decode()
    assert "android.permission.CAMERA: granted=false" in text
    full = phone.run_shell("dumpsys package packages").stdout.decode()
    block = full[full.index("  Package [com.whatsapp]"):]
    block = block[: block.index("\n  Package [", 5)]
    assert "android.permission.CAMERA: granted=false" in block
