"""bmgr enabled / list transports."""

from __future__ import annotations

from shared_captures import capture, fixture, out

from hardener.device.parsers.backup import parse_bmgr_enabled, parse_bmgr_transports


def test_enabled_disabled_error() -> None:
    assert parse_bmgr_enabled(out(fixture("bmgr_enabled/enabled.txt"))).value is True
    assert parse_bmgr_enabled(out(fixture("bmgr_enabled/disabled.txt"))).value is False
    error = parse_bmgr_enabled(out(fixture("bmgr_enabled/error_not_running.txt")))
    assert error.value is None and error.problems
    both = parse_bmgr_enabled(out("Backup Manager currently enabled\nBackup Manager currently disabled\n"))
    assert both.value is None


def test_transports() -> None:
    state = parse_bmgr_transports(out(fixture("bmgr_list_transports/api34.txt"))).value
    assert state is not None
    assert state.current_transport == "com.google.android.gms/.backup.BackupTransportService"
    assert len(state.transports) == 3 and state.enabled is None
    none = parse_bmgr_transports(out(fixture("bmgr_list_transports/none.txt"))).value
    assert none is not None and none.transports == () and none.current_transport is None
    error = parse_bmgr_transports(out(fixture("bmgr_list_transports/error_not_running.txt")))
    assert error.value is None and error.problems


def test_seedvault_captures() -> None:
    base = "issues_seedvault-app_seedvault_77/"
    state = parse_bmgr_transports(out(capture(base + "bmgr_--user_0_list_transports.txt"))).value
    assert state is not None
    assert state.transports == (
        "com.android.localtransport/.LocalTransport",
        "com.stevesoltys.seedvault.transport.ConfigurableBackupTransport",
    )
    assert state.current_transport == "com.stevesoltys.seedvault.transport.ConfigurableBackupTransport"
    # Secondary users whose backup service is not running: unknown, not "off".
    enabled = parse_bmgr_enabled(out(capture(base + "bmgr_--user_N_enabled.txt")))
    assert enabled.value is None and "Could not access the Backup Manager" in enabled.problems[0]
    activate = parse_bmgr_enabled(out(capture(base + "bmgr_--user_N_activate_true.txt")))
    assert activate.value is None and activate.problems
