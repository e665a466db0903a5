"""Checks over what the real parsers make of recorded phone output: never a crash, never a leak.

Each recorded output in ``tests/fixtures/android/<command>/`` (other Android versions, makers,
errors, garbage) is parsed into a snapshot of its own and judged by every check. A check that
trips over parsed data it did not foresee shows up here as a ``*.check_failed`` finding.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_builder import assert_safe_findings

from hardener.adb.output import CommandOutput
from hardener.checks import REGISTRY, run_checks
from hardener.device.snapshot import SECTION_BY_ID, build_snapshot

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "android"

# section id -> the fixture folder holding outputs of its command
FOLDERS = {
    "props": "getprop",
    "settings_system": "settings_list",
    "settings_secure": "settings_list",
    "settings_global": "settings_list",
    "users": "pm_list_users",
    "current_user": "am_get-current-user",
    "packages": "pm_list_packages",
    "package_details": "dumpsys_package",
    "appops": "dumpsys_appops",
    "lock_settings": "dumpsys_lock_settings",
    "lock_disabled": "locksettings_get-disabled",
    "trust": "dumpsys_trust",
    "fingerprint": "dumpsys_fingerprint",
    "face": "dumpsys_face",
    "device_policy": "dumpsys_device_policy",
    "accounts": "dumpsys_account",
    "sync": "dumpsys_content",
    "backup_enabled": "bmgr_enabled",
    "backup_transports": "bmgr_list_transports",
    "diskstats": "dumpsys_diskstats",
    "usagestats": "dumpsys_usagestats",
}


def _output(section: str, path: Path) -> CommandOutput:
    text = path.read_bytes().decode("utf-8", errors="backslashreplace")
    return CommandOutput(SECTION_BY_ID[section].command, text, 0)


def _cases() -> list[tuple[str, Path]]:
    cases = []
    for section, folder in FOLDERS.items():
        for path in sorted((FIXTURES / folder).glob("*.txt")):
            cases.append((section, path))
    return cases


CASES = _cases()


@pytest.mark.skipif(not CASES, reason=f"no recorded outputs under {FIXTURES}")
@pytest.mark.parametrize(("section", "path"), CASES, ids=[f"{s}-{p.stem}" for s, p in CASES])
def test_checks_survive_each_recorded_output(section: str, path: Path) -> None:
    outputs = {section: _output(section, path)}
    pixel = FIXTURES / "getprop" / "api34_pixel.txt"
    if section != "props" and pixel.is_file():
        outputs["props"] = _output("props", pixel)
    assert_safe_findings(run_checks(build_snapshot(outputs)))


@pytest.mark.skipif(not CASES, reason=f"no recorded outputs under {FIXTURES}")
def test_a_phone_assembled_from_recordings_is_judged_by_every_check() -> None:
    outputs = {}
    for section, folder in FOLDERS.items():
        files = sorted((FIXTURES / folder).glob("api3*.txt")) or sorted((FIXTURES / folder).glob("*.txt"))
        if files:
            outputs[section] = _output(section, files[-1])
    snap = build_snapshot(outputs)
    assert_safe_findings(run_checks(snap))
    for _, checks in REGISTRY:
        for check in checks:
            assert check(snap, None), f"{check.__name__} said nothing"
