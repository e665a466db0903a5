"""The practice phone's output cache: a write invalidates exactly what it touched.

Its speed is measured by ``tests/bench/bench_sim_phone.py``, not by timed tests."""

from __future__ import annotations

from hardener.sim.personas import load_persona


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
