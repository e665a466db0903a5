"""What hardener leaves on a phone says nothing, and the undo record holds under damage and concurrency.

A phone is exactly what gets seized. These tests read the phone the way an examiner would (its
files, behind hardener's back, and with Google's ``adb``) and check that nothing there names the
tool, a situation, a rule, a setting, an app or a time; that the record still undoes everything
with the person's undo code; that finish erases it (and checks); and that two sessions at once,
a pulled cable, or a damaged entry lose nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest

import hardener.cli as cli
from hardener.checks import run_checks
from hardener.device.gather import gather
from hardener.session import journal as jr
from hardener.session.apply import apply_plan
from hardener.session.finish import finish
from hardener.session.plan import make_plan, watched_apps
from hardener.session.profiles import builtin_profiles, find_profile
from hardener.session.undo import WATCHED_APP, undo
from hardener.sim.phone import diff_states

CODE = jr.UndoCode.parse("7kq2 m9xd 4tpr")
TMP = "/data/local/tmp"


def _never(_change: object) -> bool:
    return False


def _plan(conn: Any, profile_id: str, include_watched: bool = False) -> Any:
    snap = gather(conn.channel)
    return make_plan(find_profile(profile_id), snap, run_checks(snap), include_watched=include_watched)


def _still_different(before: dict[str, Any], phone: Any, cleared: set[str], locked_down: bool = False) -> list[str]:
    """Differences left after undo, less those the person chose and that cannot be undone:
    clearing an app's data also resets its permissions on Android; a lockdown lasts until the
    PIN is next entered (that is its point)."""
    return [d for d in diff_states(before, phone.export_state())
            if not any(f"packages/{p}/" in d for p in cleared)
            and not (locked_down and "/strong_auth" in d)]


def _tmp_files(phone: Any) -> dict[str, bytes]:
    """Everything under /data/local/tmp as the phone holds it: path -> content (b"" for folders)."""
    return {path: node.data for path, node in phone.fs.items() if path.startswith(TMP + "/")}


def _revealing_words(phone: Any, profile_ids: list[str]) -> set[str]:
    """Words that would tell an examiner what was done: the tool, situations, rules, settings, apps."""
    words = {"hardener", "journal", "undo", "profile", "rule"}
    for profile in builtin_profiles():
        if profile.id in profile_ids:
            words.add(profile.id)
            words.update(rule.id for rule in profile.rules)
    words.update({"lock_screen", "screen_off_timeout", "notification", "adb_enabled", "translate"})
    words.update(phone.packages)
    return {w.lower() for w in words if len(w) >= 4}


# --- the code and the seal ------------------------------------------------------------------------


def test_the_undo_code_reads_as_people_type_it() -> None:
    assert str(CODE) == "7KQ2-M9XD-4TPR"
    assert jr.UndoCode.parse("7KQ2-M9XD-4TPR") == jr.UndoCode.parse(" 7kq2m9xd4tpr ")
    assert jr.UndoCode.parse("OOOO-IIII-LLLL").text == "000011111111"  # O is 0, I and L are 1
    for bad in ("", "7KQ2-M9XD", "7KQ2-M9XD-4TPRX", "7KQ2-M9XD-4TPU"):
        with pytest.raises(jr.BadUndoCode):
            jr.UndoCode.parse(bad)
    assert "7KQ2" not in repr(CODE)  # never in a traceback or a debug print
    codes = {jr.UndoCode.new().text for _ in range(50)}
    assert len(codes) == 50 and all(len(c) == 12 for c in codes)


def test_the_sealed_record_is_noise_without_the_code() -> None:
    entry = jr.JournalEntry("setting:key=lock_screen_allow_private_notifications,table=secure", "setting",
                            {"table": "secure", "key": "lock_screen_allow_private_notifications", "value": "0"},
                            "1", "0", True, jr.DONE)
    journal = jr.new_journal().with_entries([entry], jr.APPLIED)
    sealed = jr.seal(journal, CODE)
    assert len(sealed) % 4096 == 44  # salt, nonce, tag, then 4 KiB steps: the size says little
    for word in (b"lock_screen", b"secure", b"setting", b"applied", b"hardener"):
        assert word not in sealed
    assert jr.unseal(sealed, CODE).entries == (entry,)
    with pytest.raises(jr.WrongUndoCode):
        jr.unseal(sealed, jr.UndoCode.parse("0000-0000-0000"))
    # The plaintext keeps only what undo needs: no profile, rule, time or tool name.
    plain = journal.to_plain().decode()
    assert "profile" not in plain and "rule" not in plain and "tool" not in plain
    assert not re.search(r"20\d\d-\d\d-\d\d", plain)


def test_a_damaged_entry_is_reported_alone_and_the_others_still_undo(practice_phone, connect_to) -> None:
    sim = practice_phone("samsung-11")
    before = sim.phone.export_state()
    conn = connect_to(sim)
    result = apply_plan(conn.channel, _plan(conn, "arrest-raid"), code=CODE, consent=_never)
    assert result.record_kept and result.count("done") >= 3
    journal = jr.read_journal(conn.channel, CODE)
    assert journal is not None
    doc = {"v": jr.FORMAT, "state": "applied", "entries": [
        [e.key, e.kind, e.args, e.before, e.target, e.reversible, e.status.value] for e in journal.entries]}
    doc["entries"].insert(0, ["x", "no_such_kind", {}, None, None, True, "done"])
    doc["entries"].insert(1, ["y", "setting", {"table": "secure", "key": "k; reboot", "value": "0"}, "1", "0", True,
                              "done"])
    import json

    damaged = jr.seal_plain(json.dumps(doc).encode(), CODE)
    assert sim.phone.write_file(jr.RECORD_PATH, damaged, 0o100600, 2000) is None
    reread = jr.read_journal(conn.channel, CODE)
    assert reread is not None and len(reread.damaged) == 2 and len(reread.entries) == len(journal.entries)
    done = undo(conn.channel, CODE)
    assert [d.index for d in done.damaged] == [0, 1]
    assert all(o.restored for o in done.outcomes)
    assert not done.complete  # the damaged entries are not silently called undone
    assert diff_states(before, sim.phone.export_state()) == []
    assert not sim.phone.shell_violations


# --- what stays on the phone ------------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["samsung-11", "old-9", "pixel-14"])
def test_after_apply_nothing_on_the_phone_names_what_was_done(practice_phone, connect_to, persona) -> None:
    sim = practice_phone(persona)
    before = sim.phone.export_state()
    conn = connect_to(sim)
    profiles = [p.id for p in builtin_profiles() if not p.audit_only]
    cleared: set[str] = set()
    locked_down = False
    for profile_id in profiles:
        result = apply_plan(conn.channel, _plan(conn, profile_id), code=CODE, consent=lambda _c: True)
        cleared |= {o.change.args["package"] for o in result.outcomes if o.change.kind == "clear_data"}
        locked_down |= any(o.change.kind == "lockdown" and o.status == "done" for o in result.outcomes)
    files = _tmp_files(sim.phone)
    assert set(files) <= {jr.RECORD_PATH}, files.keys()
    words = _revealing_words(sim.phone, profiles)
    for path, data in files.items():
        for word in words:
            assert word not in path.lower()
            assert word.encode() not in data.lower(), (word, path)
    record = sim.phone.fs.get(jr.RECORD_PATH)
    if record is not None:
        # Its date is the phone software's, not the day the person came.
        assert record.mtime == sim.phone.fs[jr.TIME_REFERENCE].mtime
    done = undo(conn.channel, CODE)
    assert done.journal_cleared and not done.left_on_phone
    assert _still_different(before, sim.phone, cleared, locked_down) == []
    assert _tmp_files(sim.phone) == {}  # no record, no lock, no empty folder


def test_nothing_changed_leaves_nothing(practice_phone, connect_to) -> None:
    sim = practice_phone("samsung-11")
    sim.phone.faults.ignore_writes = {"settings", "permissions", "appops", "packages", "backup", "notification"}
    conn = connect_to(sim)
    result = apply_plan(conn.channel, _plan(conn, "arrest-raid"), code=CODE, consent=_never)
    assert result.count("done") == 0 and not result.record_kept
    assert _tmp_files(sim.phone) == {}


def test_finish_erases_the_record_by_default_and_checks(practice_phone, connect_to) -> None:
    sim = practice_phone("samsung-11")
    conn = connect_to(sim)
    apply_plan(conn.channel, _plan(conn, "arrest-raid"), code=CODE, consent=_never)
    assert jr.RECORD_PATH in _tmp_files(sim.phone)
    result = finish(conn.channel)
    assert result.debugging_off and not result.record_left and not result.record_kept
    assert _tmp_files(sim.phone) == {}


def test_finish_keeps_the_record_only_when_asked(practice_phone, connect_to) -> None:
    sim = practice_phone("samsung-11")
    before = sim.phone.export_state()
    conn = connect_to(sim)
    apply_plan(conn.channel, _plan(conn, "arrest-raid"), code=CODE, consent=_never)
    result = finish(conn.channel, keep_record=True)
    assert result.debugging_off and result.record_kept
    assert set(_tmp_files(sim.phone)) == {jr.RECORD_PATH}
    # Another day, another laptop: USB debugging on again, and with the code everything comes back.
    sim.phone.global_settings["adb_enabled"] = "1"
    sim.phone.global_settings["development_settings_enabled"] = "1"
    again = connect_to(sim)
    assert undo(again.channel, CODE).complete
    assert diff_states(before, sim.phone.export_state()) == []


def test_finish_that_cannot_erase_says_so_and_leaves_debugging_on(practice_phone, connect_to) -> None:
    sim = practice_phone("samsung-11")
    conn = connect_to(sim)
    apply_plan(conn.channel, _plan(conn, "arrest-raid"), code=CODE, consent=_never)
    sim.phone.faults.ignore_writes = {"files"}  # "rm" prints nothing and removes nothing
    result = finish(conn.channel)
    assert result.record_left == (jr.RECORD_PATH,)
    assert not result.debugging_off and sim.phone.adb_enabled


def test_the_first_versions_readable_journal_is_erased(practice_phone, connect_to) -> None:
    sim = practice_phone("samsung-11")
    sim.phone.run_shell("mkdir -p /data/local/tmp/hardener")
    sim.phone.write_file("/data/local/tmp/hardener/journal.json", b'{"tool": "hardener"}', 0o100600, 2000)
    conn = connect_to(sim)
    assert jr.forget_journal(conn.channel).erased
    assert _tmp_files(sim.phone) == {}


# --- a record from an earlier visit is never written over ---------------------------------------------


def test_a_record_the_code_does_not_open_is_never_written_over(practice_phone, connect_to) -> None:
    sim = practice_phone("samsung-11")
    conn = connect_to(sim)
    apply_plan(conn.channel, _plan(conn, "arrest-raid"), code=CODE, consent=_never)
    kept = sim.phone.read_file(jr.RECORD_PATH)
    other = jr.UndoCode.parse("AAAA-BBBB-CCCC")
    with pytest.raises(jr.WrongUndoCode):
        apply_plan(conn.channel, _plan(conn, "webcam-work"), code=other, consent=_never)
    with pytest.raises(jr.UndoCodeNeeded):
        jr.read_journal(conn.channel, None)
    assert sim.phone.read_file(jr.RECORD_PATH) == kept


# --- two sessions at once ---------------------------------------------------------------------------------


@pytest.mark.parametrize("gap_s", [0.1, 0.4, 0.9])
def test_two_applies_at_once_then_undo_restores_everything(practice_phone, connect_to, gap_s) -> None:
    sim = practice_phone("samsung-11", latency_ms=150)
    before = sim.phone.export_state()
    first, second = connect_to(sim), connect_to(sim)
    plans = [_plan(first, "arrest-raid"), _plan(second, "outreach-data")]
    codes = [CODE, jr.UndoCode.parse("AAAA-BBBB-CCCC")]
    outcomes: list[object] = [None, None]

    def run(index: int, conn: Any) -> None:
        try:
            outcomes[index] = apply_plan(conn.channel, plans[index], code=codes[index], consent=_never)
        except Exception as exc:
            outcomes[index] = exc

    threads = [threading.Thread(target=run, args=(0, first))]
    threads[0].start()
    threading.Event().wait(gap_s)
    threads.append(threading.Thread(target=run, args=(1, second)))
    threads[1].start()
    for t in threads:
        t.join(120)
    refused = [o for o in outcomes if isinstance(o, jr.RecordBusy | jr.WrongUndoCode)]
    assert len(refused) == 1, outcomes  # the second session is told, and changes nothing
    if isinstance(outcomes[1], jr.RecordBusy):
        assert "Another session is changing this phone" in outcomes[1].plain()
    winner = codes[0] if not isinstance(outcomes[0], Exception) else codes[1]
    done = undo(connect_to(sim).channel, winner)
    assert done.complete and done.journal_cleared
    assert diff_states(before, sim.phone.export_state()) == []


def test_a_lock_left_by_a_pulled_cable_is_taken_back_by_the_same_person(practice_phone, connect_to) -> None:
    sim = practice_phone("samsung-11")
    conn = connect_to(sim)
    held = jr.PhoneLock(conn.channel, CODE)
    held.acquire()  # and never released: the cable went
    other = connect_to(sim)
    with pytest.raises(jr.RecordBusy):
        jr.PhoneLock(other.channel, jr.UndoCode.parse("AAAA-BBBB-CCCC")).acquire()
    with jr.PhoneLock(other.channel, CODE):
        pass
    assert _tmp_files(sim.phone) == {}


def test_a_stale_lock_of_a_crashed_session_is_taken_over(practice_phone, connect_to) -> None:
    sim = practice_phone("samsung-11")
    conn = connect_to(sim)
    jr.PhoneLock(conn.channel, jr.UndoCode.parse("AAAA-BBBB-CCCC")).acquire()
    sim.phone.fs[jr.LOCK_PATH].mtime -= jr.LOCK_STALE_S + 5  # by the phone's own clock
    with jr.PhoneLock(connect_to(sim).channel, CODE):
        names = [p for p in _tmp_files(sim.phone) if p.startswith(jr.LOCK_PATH + "/")]
        assert len(names) == 1
    assert _tmp_files(sim.phone) == {}


# --- a spying app is never touched without the person's decision --------------------------------------


def _app_state(state: dict[str, Any], package: str) -> str:
    return repr({k: v for k, v in sorted(_flat(state).items()) if package in k or package in str(v)})


def _flat(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k, v in value.items():
            out.update(_flat(v, f"{prefix}/{k}"))
        return out
    if isinstance(value, list | tuple):
        return {f"{prefix}[{i}]": repr(v) for i, v in enumerate(value)}
    return {prefix: value}


@pytest.mark.parametrize("profile_id", [p.id for p in builtin_profiles()])
def test_no_profile_touches_the_spying_app(practice_phone, connect_to, profile_id) -> None:
    sim = practice_phone("old-9")
    before = sim.phone.export_state()
    conn = connect_to(sim)
    plan = _plan(conn, profile_id)
    assert plan.watched == {"com.thetruth"}
    assert all(c.args.get("package") != "com.thetruth" for c in plan.changes)
    assert all(not str(c.args.get("component", "")).startswith("com.thetruth/") for c in plan.changes)
    apply_plan(conn.channel, plan, code=CODE, consent=lambda _c: True, allow_irreversible=True)
    assert _app_state(sim.phone.export_state(), "com.thetruth") == _app_state(before, "com.thetruth")


def test_touching_the_spying_app_is_a_separate_choice(practice_phone, connect_to) -> None:
    sim = practice_phone("old-9")
    conn = connect_to(sim)
    left_alone = _plan(conn, "webcam-work")
    assert len(left_alone.untouched) >= 5
    chosen = _plan(conn, "webcam-work", include_watched=True)
    assert {c.key for c in left_alone.untouched} <= {c.key for c in chosen.changes}
    before = sim.phone.export_state()
    result = apply_plan(conn.channel, chosen, code=CODE, consent=_never)
    assert any(o.change.args.get("package") == "com.thetruth" and o.status == "done" for o in result.outcomes)
    assert _app_state(sim.phone.export_state(), "com.thetruth") != _app_state(before, "com.thetruth")
    # Undo never gives the spying app its access back unless the person says so again.
    watched = watched_apps(run_checks(gather(conn.channel)))
    done = undo(conn.channel, CODE, watched=watched)
    refused = [o for o in done.outcomes if o.detail == WATCHED_APP]
    assert refused and not done.complete and not done.journal_cleared
    done = undo(conn.channel, CODE, watched=watched, include_watched=True)
    assert done.complete
    assert _app_state(sim.phone.export_state(), "com.thetruth") == _app_state(before, "com.thetruth")


def test_apply_refuses_a_watched_change_that_slipped_into_a_plan(practice_phone, connect_to) -> None:
    import dataclasses

    sim = practice_phone("old-9")
    conn = connect_to(sim)
    plan = _plan(conn, "webcam-work")
    forged = dataclasses.replace(plan, changes=plan.changes + plan.untouched)
    before = sim.phone.export_state()
    result = apply_plan(conn.channel, forged, code=CODE, consent=lambda _c: True)
    skipped = [o for o in result.outcomes if o.detail == "a spying app: not touched"]
    assert len(skipped) == len(plan.untouched)
    assert _app_state(sim.phone.export_state(), "com.thetruth") == _app_state(before, "com.thetruth")


# --- the command line ----------------------------------------------------------------------------------------


@pytest.fixture
def cli_on(practice_phone, connect_to, monkeypatch):
    def start(persona: str, **kwargs: object) -> Any:
        sim = practice_phone(persona, **kwargs)
        monkeypatch.setattr(cli.device, "open_connection", lambda _args: connect_to(sim))
        return sim

    return start


def _code_from(out: str) -> str:
    found = re.search(r"Undo code(?: for these changes)?: (\w{4}-\w{4}-\w{4})", out)
    assert found, out
    return found.group(1)


def test_cli_apply_shows_the_code_before_any_change_and_undo_needs_it(cli_on, capsys) -> None:
    sim = cli_on("samsung-11")
    before = sim.phone.export_state()
    assert cli.main(["apply", "arrest-raid", "--tcp", sim.serial, "--yes", "--allow-irreversible"]) == 0
    out = capsys.readouterr().out
    code = _code_from(out)
    assert out.index("Undo code for these changes") < out.index("  Fixed ")  # the first change done
    # Without the code, nothing can write over the record, and undo cannot run.
    assert cli.main(["apply", "webcam-work", "--tcp", sim.serial, "--yes"]) == 2
    assert "undo record from an earlier visit" in capsys.readouterr().err
    assert cli.main(["undo", "--tcp", sim.serial, "--yes", "--undo-code", "AAAA-BBBB-CCCC"]) == 2
    assert "does not open" in capsys.readouterr().err
    assert cli.main(["undo", "--tcp", sim.serial, "--yes", "--undo-code", code.lower()]) == 0
    out = capsys.readouterr().out
    assert "The undo record is erased" in out
    translators = {"com.google.android.apps.translate", "com.microsoft.translator"}
    assert _still_different(before, sim.phone, translators) == []


def test_cli_undo_forget_checks_and_says_when_something_stayed(cli_on, capsys) -> None:
    sim = cli_on("samsung-11")
    assert cli.main(["apply", "arrest-raid", "--tcp", sim.serial, "--yes"]) == 0
    sim.phone.faults.ignore_writes = {"files"}
    assert cli.main(["undo", "--forget", "--yes", "--tcp", sim.serial]) == 1
    err = capsys.readouterr().err
    assert "NOT erased" in err and jr.RECORD_PATH in err
    sim.phone.faults.ignore_writes = False
    assert cli.main(["undo", "--forget", "--yes", "--tcp", sim.serial]) == 0
    assert _tmp_files(sim.phone) == {}


def test_cli_webcam_profile_with_yes_leaves_the_spying_app_alone(cli_on, capsys) -> None:
    sim = cli_on("old-9")
    before = sim.phone.export_state()
    assert cli.main(["apply", "webcam-work", "--tcp", sim.serial, "--yes", "--allow-irreversible"]) in (0, 1)
    out = capsys.readouterr().out
    assert "Not touched:" in out and "spying app" in out
    assert _app_state(sim.phone.export_state(), "com.thetruth") == _app_state(before, "com.thetruth")


def test_cli_a_damaged_record_is_a_plain_message_not_a_crash(cli_on, capsys) -> None:
    sim = cli_on("samsung-11")
    assert sim.phone.write_file(jr.RECORD_PATH, os.urandom(4140), 0o100600, 2000) is None
    assert cli.main(["undo", "--tcp", sim.serial, "--yes", "--undo-code", str(CODE)]) == 2
    err = capsys.readouterr().err
    assert "does not open" in err and "Traceback" not in err
    assert cli.main(["plan", "arrest-raid", "--tcp", sim.serial]) == 0
    assert "undo record from an earlier visit" in capsys.readouterr().err
    assert cli.main(["undo", "--forget", "--yes", "--tcp", sim.serial]) == 0
    assert _tmp_files(sim.phone) == {}


# --- read as an examiner would, with Google's adb ---------------------------------------------------------


ADB = shutil.which("adb")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.mark.adb_client
@pytest.mark.skipif(ADB is None, reason="Google's adb client is not installed (Debian package 'adb')")
def test_googles_adb_finds_nothing_that_names_what_was_done(cli_on, capsys, tmp_path: Path) -> None:
    """The issue's own check: apply arrest-raid with --yes --allow-irreversible on samsung-11, then
    list and pull everything under /data/local/tmp with Google's adb, as an examiner would."""
    assert ADB is not None
    sim = cli_on("samsung-11", auth_mode="prompt-accept")
    before = sim.phone.export_state()
    assert cli.main(["apply", "arrest-raid", "--tcp", sim.serial, "--yes", "--allow-irreversible"]) == 0
    code = _code_from(capsys.readouterr().out)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANDROID_", "ADB_"))}
    env.update(HOME=str(tmp_path), ANDROID_ADB_SERVER_PORT=str(_free_port()))

    def adb(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([ADB, *args], env=env, capture_output=True, timeout=30, check=False,
                              stdin=subprocess.DEVNULL)

    pulled: dict[str, bytes] = {}
    try:
        assert adb("start-server").returncode == 0
        adb("connect", sim.serial)
        assert adb("-s", sim.serial, "wait-for-device").returncode == 0
        listing = adb("-s", sim.serial, "shell", "ls", "-a", TMP).stdout.decode()
        for name in (line.strip() for line in listing.splitlines()):
            if name in ("", ".", ".."):
                continue
            local = tmp_path / f"pulled-{len(pulled)}"
            assert adb("-s", sim.serial, "pull", f"{TMP}/{name}", str(local)).returncode == 0
            pulled[name] = local.read_bytes()
    finally:
        adb("kill-server")
    assert list(pulled) == [jr.RECORD_PATH.rsplit("/", 1)[1]], listing
    words = _revealing_words(sim.phone, ["arrest-raid"])
    for name, data in pulled.items():
        for word in words:
            assert word not in name.lower() and word.encode() not in data.lower(), (word, name)
    # And undo, from "another laptop", still restores the phone with the person's code.
    assert cli.main(["undo", "--tcp", sim.serial, "--yes", "--undo-code", code]) == 0
    translators = {"com.google.android.apps.translate", "com.microsoft.translator"}
    assert _still_different(before, sim.phone, translators) == []


def test_cli_report_never_says_nothing_changed_behind_a_locked_record(cli_on, capsys, tmp_path: Path) -> None:
    from hardener.report.handover import CHANGED_LOCKED, CHANGED_NOTHING, UNDO_CODE_GIVEN

    sim = cli_on("samsung-11")
    assert cli.main(["apply", "arrest-raid", "--tcp", sim.serial, "--yes"]) == 0
    code = _code_from(capsys.readouterr().out)
    locked = tmp_path / "locked.html"
    assert cli.main(["report", "--tcp", sim.serial, "--out", str(locked)]) == 0
    page = locked.read_text(encoding="utf-8")
    assert CHANGED_LOCKED.split(".")[0] in page and CHANGED_NOTHING not in page
    opened = tmp_path / "opened.html"
    assert cli.main(["report", "--tcp", sim.serial, "--undo-code", code, "--out", str(opened)]) == 0
    page = opened.read_text(encoding="utf-8")
    assert UNDO_CODE_GIVEN in page and code not in page  # the code is on the page only when asked
    carried = tmp_path / "carried.html"
    assert cli.main(["report", "--tcp", sim.serial, "--undo-code", code, "--include-undo-code",
                     "--out", str(carried)]) == 0
    assert code in carried.read_text(encoding="utf-8")
