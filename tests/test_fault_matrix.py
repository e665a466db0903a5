"""Pulled cables, silent phones, refused keys, ignored writes and cut output, at every step.

For connect, scan, apply, undo and finish, one fault at a time is injected at every shell command
and every service the step opens (see ``tests/fault_matrix.py`` for the faults and the three
judgements). CI runs one phone and one profile per family; ``tests/bench/bench_faults.py`` runs
the larger matrix and prints the numbers. The tests below the matrix pin the bugs it found.
"""

from __future__ import annotations

import io

import pytest
from fault_matrix import (
    CODE,
    FAMILIES,
    FaultProxy,
    Matrix,
    journal_on,
    lost_changes,
    scenarios,
    summary,
)

from hardener.adb.connect import Connection, Connector, DeviceSelector
from hardener.adb.keys import AdbSigner
from hardener.checks import run_checks
from hardener.device.gather import gather
from hardener.errors import CommandTimeout, ConnectionLost, DeviceOffline
from hardener.session import journal as jr
from hardener.session.apply import apply_plan
from hardener.session.finish import finish
from hardener.session.plan import make_plan
from hardener.session.profiles import find_profile
from hardener.session.undo import undo
from hardener.sim.runner import PracticePhone, start_practice_phone


@pytest.fixture(scope="module")
def matrix(test_signer: AdbSigner) -> Matrix:
    return Matrix(test_signer)


@pytest.mark.parametrize("family", FAMILIES)
def test_every_fault_at_every_step_ends_typed_true_and_undoable(matrix: Matrix, family: str) -> None:
    results = [matrix.run(sc) for sc in scenarios(matrix, full=False, families=(family,))]
    assert len(results) >= 10
    bad = [f"{r.scenario.name} -> {r.ending}, lost {r.lost}: {r.failures}" for r in results if not r.ok]
    assert not bad, "\n".join(bad)
    assert summary(results)[-1] == f"{len(results)} scenarios, 0 failed, 0 lost"


# --- the relay itself ---------------------------------------------------------------------------------


@pytest.fixture
def relayed(test_signer: AdbSigner):
    started: list[tuple[PracticePhone, FaultProxy, list[Connection]]] = []

    def start(persona: str = "pixel-14") -> tuple[PracticePhone, FaultProxy, Connection]:
        sim = start_practice_phone(persona=persona, trusted_keys=[test_signer.GetPublicKey()])
        proxy = FaultProxy(sim.host, sim.port)
        conn = Connector(DeviceSelector(tcp=f"127.0.0.1:{proxy.port}"), signer=test_signer).connect()
        conn.channel.read_timeout_s = 0.5
        started.append((sim, proxy, [conn]))
        return sim, proxy, conn

    yield start
    for sim, proxy, conns in started:
        for conn in conns:
            conn.close()
        proxy.stop()
        sim.stop()


def test_the_relay_holds_back_exactly_the_armed_command(relayed) -> None:
    sim, proxy, conn = relayed()
    assert conn.channel.run("echo one").text == "one\n"
    proxy.arm(1, "before", 0, "fin")
    assert conn.channel.run("echo two").text == "two\n"
    with pytest.raises(ConnectionLost):
        conn.channel.run("echo three")
    log = [c.partition(":")[2] for c in sim.command_log]
    assert log == ["echo one", "echo two"]
    assert not conn.channel.command_reached_phone


def test_the_relay_cuts_a_pull_in_the_middle_of_its_data(relayed) -> None:
    _sim, proxy, conn = relayed()
    conn.channel.push_bytes(b"x" * 200_000, "/data/local/tmp/big.bin")
    proxy.arm(0, "down", 70_000, "rst")
    with pytest.raises(ConnectionLost):  # not a CommandTimeout: the cut is seen, not waited out
        conn.channel.pull_bytes("/data/local/tmp/big.bin")
    assert conn.channel.command_reached_phone  # the phone had started sending


def test_a_phone_that_goes_silent_mid_push_is_a_timeout_not_a_hang(relayed) -> None:
    _sim, proxy, conn = relayed()
    proxy.arm(0, "up", 40, "stall")
    with pytest.raises(CommandTimeout):  # a hang would trip pytest's does-not-hang bound instead
        conn.channel.push_bytes(b"y" * 300_000, "/data/local/tmp/big.bin")


# --- what the matrix found ------------------------------------------------------------------------------


def test_finish_never_says_debugging_is_off_when_the_command_never_reached_the_phone(relayed) -> None:
    sim, proxy, conn = relayed("old-9")
    proxy.arm(0, "before", 0, "rst")  # the cable is pulled as "finish" is sent
    with pytest.raises(ConnectionLost):
        finish(conn.channel)
    assert sim.phone.adb_enabled  # still on: the person must be told to try again


def test_finish_checks_the_phone_really_switched_debugging_off(relayed) -> None:
    sim, _proxy, conn = relayed("old-9")
    sim.phone.faults.ignore_writes = {"settings"}  # prints success, changes nothing
    result = finish(conn.channel)
    assert not result.debugging_off
    assert "adb_enabled is 1" in result.detail
    assert sim.phone.adb_enabled


def test_finish_that_the_phone_obeys_is_reported_as_done(relayed) -> None:
    sim, _proxy, conn = relayed("old-9")
    result = finish(conn.channel)
    assert result.debugging_off
    assert not sim.phone.adb_enabled


def _planned(conn: Connection, profile: str):
    snap = gather(conn.channel)
    return make_plan(find_profile(profile), snap, run_checks(snap))


def test_apply_whose_last_journal_update_fails_reports_what_it_did(relayed) -> None:
    """The phone's storage fills up after the writes: the changes stand and the first journal
    (written before them) names them all; "hardener changed nothing" would be false."""
    sim, _proxy, conn = relayed("old-9")
    before = sim.phone.export_state()
    plan = _planned(conn, "webcam-work")

    def storage_full_after_writing(_change: object, status: str) -> None:
        if status == "writing":
            sim.phone.faults.ignore_writes = {"files"}

    result = apply_plan(conn.channel, plan, code=CODE, consent=lambda _c: False,
                        on_progress=storage_full_after_writing)
    assert result.count("done") >= 1
    journal = journal_on(sim.phone)
    assert journal is not None and journal.state == jr.APPLYING
    assert lost_changes(before, sim.phone.export_state(), journal) == []
    sim.phone.faults.ignore_writes = False
    assert undo(conn.channel, CODE).complete
    assert sim.phone.export_state() == before


def test_undo_does_not_claim_the_journal_is_erased_when_the_phone_kept_it(relayed) -> None:
    sim, _proxy, conn = relayed("old-9")
    before = sim.phone.export_state()
    apply_plan(conn.channel, _planned(conn, "webcam-work"), code=CODE, consent=lambda _c: False)
    assert jr.read_journal(conn.channel, CODE) is not None

    def storage_stuck(_entry: object, _restored: bool) -> None:
        sim.phone.faults.ignore_writes = {"files"}  # from now "rm" prints nothing and removes nothing

    result = undo(conn.channel, CODE, on_progress=storage_stuck)
    assert result.complete
    assert not result.journal_cleared
    assert result.left_on_phone  # named, so the person is told it is still there
    assert journal_on(sim.phone) is not None
    assert sim.phone.export_state() == before


def test_a_phone_that_resets_the_handshake_is_offline_not_missing(relayed, test_signer: AdbSigner) -> None:
    """A reset during the handshake used to read as "No phone found" (an OSError)."""
    _sim, proxy, _conn = relayed()
    proxy.arm(None, "down", 30, "rst")
    with pytest.raises(DeviceOffline):
        Connector(DeviceSelector(tcp=f"127.0.0.1:{proxy.port}"), signer=test_signer, auth_timeout_s=1).connect()


def test_pull_of_a_missing_file_keeps_the_channel_usable(relayed) -> None:
    _sim, _proxy, conn = relayed()
    assert conn.channel.pull_bytes("/data/local/tmp/none") is None
    buf = io.BytesIO(b"z")
    conn.channel.push_bytes(buf.getvalue(), "/data/local/tmp/z")
    assert conn.channel.pull_bytes("/data/local/tmp/z") == b"z"
