""""Ok" only with evidence: every result has a verdict, and what could not be read is a gap.

The matrix test takes each practice phone's real outputs (rendered by the practice phone,
read by hardener's parsers) and, for every section a check declares, removes it, cuts it
short, fails it, and has the phone refuse it: no check that relies on that section may then
say "ok", and no evidence line may quote a command that was not read.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from functools import cache
from types import SimpleNamespace

import pytest
from shared_captures import capture, out

from hardener.checks import REGISTRY, Context, run_checks, section_of_source
from hardener.checks.finding import Finding, Severity, Verdict
from hardener.checks.permissions import check_accessibility
from hardener.device.facts import Parsed
from hardener.device.gather import gather
from hardener.device.snapshot import (
    SECTION_BY_ID,
    SECTIONS,
    CommandOutput,
    SectionState,
    Snapshot,
    build_snapshot,
    parse_section,
)
from hardener.report.text import format_findings, scan_document
from hardener.sim.personas import load_persona, persona_names
from hardener.sim.phone import VirtualPhone

DONE_WHEN_FAILS = ("pm list packages", "dumpsys package")


def _outputs(persona: str, refuse: tuple[str, ...] = ()) -> dict[str, CommandOutput]:
    """Each section's output as the practice phone prints it (stdout and stderr merged)."""
    phone = load_persona(persona)
    phone.faults.refuse_prefixes = refuse
    outputs = {}
    for section in SECTIONS:
        res = phone.run_shell(f"{section.command} 2>&1")
        text = (res.stdout + res.stderr).decode("utf-8", "backslashreplace")
        outputs[section.id] = CommandOutput(section.command, text, res.exit_code)
    return outputs


@cache
def _phone(persona: str) -> VirtualPhone:
    return load_persona(persona)


def _refused(persona: str, command: str) -> CommandOutput:
    """``command`` as the phone prints it when it refuses it (``hardener sim --fail``)."""
    phone = _phone(persona)
    phone.faults.refuse_prefixes = (command,)
    try:
        res = phone.run_shell(f"{command} 2>&1")
    finally:
        phone.faults.refuse_prefixes = ()
    return CommandOutput(command, (res.stdout + res.stderr).decode("utf-8", "backslashreplace"), res.exit_code)


@cache
def _clean(persona: str) -> tuple[dict[str, CommandOutput], tuple[Finding, ...]]:
    outputs = _outputs(persona)
    return outputs, tuple(run_checks(_snapshot(persona)))


@cache
def _snapshot(persona: str) -> Snapshot:
    return build_snapshot(_outputs(persona))


def _with(persona: str, sid: str, changed: CommandOutput | None) -> Snapshot:
    """The persona's clean snapshot with one section changed (None: never read); only that one
    section is parsed again, so big phones stay quick."""
    clean = _snapshot(persona)
    snap = Snapshot(taken_at=clean.taken_at, raw=dict(clean.raw), parsed=dict(clean.parsed))
    if changed is None:
        del snap.raw[sid]
        snap.parsed[sid] = Parsed(None, ("not read",))
    else:
        changed = dataclasses.replace(changed, sdk=clean.sdk)
        snap.raw[sid] = changed
        snap.parsed[sid] = parse_section(SECTION_BY_ID[sid], changed)
    return snap


def _variants(outputs: dict[str, CommandOutput], persona: str, sid: str) -> dict[str, Snapshot]:
    whole = outputs[sid]
    half = whole.text[: len(whole.text) // 2]
    timed_out = half + f"\n*** SERVICE '{sid}' DUMP TIMEOUT (10000ms) EXPIRED ***\n\n"
    return {
        "removed": _with(persona, sid, None),
        "truncated": _with(persona, sid, dataclasses.replace(whole, text=half, truncated=True)),
        "failed": _with(persona, sid, dataclasses.replace(whole, text=half, exit_code=None, failure="connection lost")),
        "dump timeout": _with(persona, sid, dataclasses.replace(whole, text=timed_out)),
        "refused": _with(persona, sid, _refused(persona, whole.command)),
    }


PERSONAS = persona_names()


@pytest.mark.parametrize("persona", PERSONAS)
def test_no_check_says_ok_without_each_section_it_relies_on(persona: str) -> None:
    outputs, clean = _clean(persona)
    reads: dict[str, set[str]] = {}
    for _family, checks in REGISTRY:
        for check in checks:
            for sid in check.reads:
                reads.setdefault(sid, set()).add(check.finding_id)
    # Every id a check can give, so that an "ok" under another id of the same check is caught.
    ids_of = {check.finding_id: {f.id for f in check(_snapshot(persona))} | {check.finding_id}
              for _family, checks in REGISTRY for check in checks}
    assert {f.id for f in clean if f.verdict == Verdict.OK}, "the clean phone has ok results to lose"
    for sid, finding_ids in sorted(reads.items()):
        relying = set().union(*(ids_of[fid] for fid in finding_ids))
        for how, snap in _variants(outputs, persona, sid).items():
            assert not snap.section_read(sid).complete, (persona, sid, how)
            findings = run_checks(snap)
            wrongly_ok = sorted(f.key for f in findings if f.id in relying and f.verdict == Verdict.OK)
            assert not wrongly_ok, (persona, sid, how, wrongly_ok)
            # Every check relying on the section still answers: a gap, a lead or a problem.
            assert {f.id for f in findings} >= {fid for fid in finding_ids}, (persona, sid, how)
            if how in ("removed", "failed"):
                for f in findings:
                    if f.is_gap:
                        continue
                    quoted = [e for e in f.evidence if section_of_source(e.source) == sid and e.value != "not read"]
                    assert not quoted, (persona, sid, how, f.key, quoted)


@pytest.mark.parametrize("persona", ["pixel-14", "samsung-11", "old-9"])
def test_problems_on_a_complete_read_are_unchanged_by_the_verdict_mechanism(persona: str) -> None:
    _, clean = _clean(persona)
    # A complete read of the practice phones turns no ok into a gap except where the phone
    # itself lacks a service (Samsung and old phones have no "dumpsys face") or refuses the
    # shell, as current Android does for the user certificates' folder.
    gaps = {f.id for f in clean if f.is_gap}
    assert gaps <= {"lock.biometrics", "permissions.user_certificates"}, gaps


def test_every_severity_has_one_verdict() -> None:
    expected = {
        Severity.CRITICAL: Verdict.PROBLEM, Severity.HIGH: Verdict.PROBLEM, Severity.MEDIUM: Verdict.PROBLEM,
        Severity.INFO: Verdict.LEAD, Severity.UNKNOWN: Verdict.GAP, Severity.OK: Verdict.OK,
    }
    _, clean = _clean("samsung-11")
    for f in clean:
        assert f.verdict == expected[f.severity]


def test_done_when_refused_list_and_package_dump(practice_phone, connect_to) -> None:
    # hardener sim --persona pixel-14 --fail "pm list packages" --fail "dumpsys package"; scan --json
    sim = practice_phone("pixel-14", fail_prefixes=DONE_WHEN_FAILS)
    snap = gather(connect_to(sim).channel)
    doc = json.loads(json.dumps(scan_document(snap, run_checks(snap))))
    # No "ok" from any check that relies on the app list or the package dump: the stalkerware
    # check and every permissions check about apps' permissions and access.
    relying = {check.finding_id for _family, checks in REGISTRY for check in checks
               if {"packages", "package_details"} & set(check.reads)}
    assert {"stalkerware.known_app", "permissions.dangerous_granted", "permissions.overlay"} <= relying
    stalker = [f for f in doc["findings"] if f["family"] == "stalkerware"]
    # (A running accessibility service is read from "dumpsys accessibility" and the settings
    # alone, which the phone gave in full: its "ok" may stand.)
    assert stalker and all(f["verdict"] != "ok" for f in stalker if f["id"] in relying)
    assert not [f["key"] for f in doc["findings"] if f["id"] in relying and f["verdict"] == "ok"]
    # Accessibility and notification access are read from the settings alone, which the phone
    # gave in full: their "ok" stands.
    oks = {f["id"] for f in doc["findings"] if f["verdict"] == "ok"}
    assert {"permissions.accessibility", "permissions.notification_listener"} <= oks
    gaps = {f["id"]: f for f in doc["findings"] if f["verdict"] == "gap"}
    assert {"stalkerware.known_app", "permissions.dangerous_granted", "permissions.sideloaded_app"} <= set(gaps)
    why = gaps["stalkerware.known_app"]["explanation"]
    assert "pm list packages" in why and "permission" in why.lower()
    # The reason names the exception itself, not only "Exception occurred while executing":
    assert "SecurityException: Shell does not have permission to access user 0" in why
    assert "Permission Denial: can't dump package" in why
    assert doc["verdicts"]["gap"] == len(gaps)
    assert doc["summary"][0] != "Nothing found in what could be checked."  # the cloud problems remain
    assert any(line.startswith("Could not be checked") for line in doc["summary"])
    # Untouched sections still earn their "ok".
    assert any(f["id"] == "lock.screen_lock" and f["verdict"] == "ok" for f in doc["findings"])


def test_refusal_reaches_every_command_in_a_batch(practice_phone, connect_to) -> None:
    sim = practice_phone("pixel-14", fail_prefixes=("pm list",))
    channel = connect_to(sim).channel
    outs = channel.run_batch(["getprop ro.build.version.sdk", "pm list packages", "pm list users", "echo done"])
    assert outs[0].text.strip() == "34"
    for refused in outs[1:3]:
        assert refused.exit_code == 255
        assert "java.lang.SecurityException" in refused.text
    assert outs[3].text == "done\n" and outs[3].exit_code == 0
    alone = channel.run("dumpsys package packages")
    assert alone.exit_code == 0 and "Permission Denial" not in alone.text


def test_a_refused_dump_reads_as_the_phone_prints_it(practice_phone, connect_to) -> None:
    sim = practice_phone("old-9", fail_prefixes=("dumpsys device_policy",))
    channel = connect_to(sim).channel
    got = channel.run("dumpsys device_policy")
    assert got.text.startswith("Permission Denial: can't dump device_policy from from pid=")
    snap = gather(channel)
    assert snap.section_read("device_policy").state == SectionState.NOT_READ
    admins = [f for f in run_checks(snap) if f.id == "permissions.device_admin"]
    assert [f.verdict for f in admins] == [Verdict.GAP]


def test_output_over_the_cap_is_a_gap_not_an_ok(practice_phone, connect_to) -> None:
    sim = practice_phone("pixel-14")
    channel = connect_to(sim).channel
    channel.max_command_bytes = 2000
    one = channel.run("dumpsys package packages")
    assert one.truncated and len(one.text.encode()) <= 2000
    snap = gather(channel)
    assert snap.raw["package_details"].truncated
    assert len(snap.raw["package_details"].text.encode()) <= 2000
    assert snap.section_read("package_details").state == SectionState.TRUNCATED
    assert not snap.raw["current_user"].truncated  # short outputs are whole
    findings = run_checks(snap)
    stalker = [f for f in findings if f.family == "stalkerware"]
    assert stalker and all(f.verdict != Verdict.OK for f in stalker)


def test_a_batch_over_its_cap_cuts_the_sections_after_the_limit(practice_phone, connect_to) -> None:
    sim = practice_phone("pixel-14")
    channel = connect_to(sim).channel
    channel.max_batch_bytes = 3000
    outs = channel.run_batch(["getprop", "dumpsys package packages", "echo after"])
    assert sum(len(o.text.encode()) for o in outs) <= 3000
    assert any(o.truncated for o in outs[:2])
    assert outs[2].text == "" and outs[2].truncated  # nothing of it could be kept


def test_text_summary_never_calls_the_phone_safe() -> None:
    _, clean = _clean("pixel-14")
    quiet = [f for f in clean if not f.is_problem and f.verdict != Verdict.LEAD]
    text = format_findings(quiet)
    assert "Nothing found in what could be checked." in text
    assert "safe" not in text.lower().replace("safety", "")
    outputs = _outputs("pixel-14", refuse=DONE_WHEN_FAILS)
    gapped = run_checks(build_snapshot(outputs))
    text = format_findings(gapped)
    group = text.split("== Could not be checked ==")[1]
    assert "Spying apps: could not be read" in group and "pm list packages" in group
    assert "Could not be checked (" in text.split("Summary:")[1]


def test_second_accessibility_service_on_a_new_line_is_found() -> None:
    # The practice phone stores a value with a line break and prints it as a real phone does.
    phone = load_persona("pixel-14")
    phone.settings_table("secure", 0)["enabled_accessibility_services"] = (
        "com.google.android.marvin.talkback/.TalkBackService:\ncom.example.spy/.WatchService"
    )
    phone.settings_table("secure", 0)["accessibility_enabled"] = "1"
    res = phone.run_shell("settings list secure")
    snap = build_snapshot({"settings_secure": out(res.stdout.decode(), "settings list secure")})
    found = {f.subject for f in check_accessibility(snap) if f.id == "permissions.accessibility"}
    assert found == {"com.google.android.marvin.talkback/.TalkBackService", "com.example.spy/.WatchService"}


def test_real_capture_refused_list_and_timed_out_dump_is_no_all_clear() -> None:
    # The case, from real outputs: the Honor 8 package dump (Android 7), cut by dumpsys's
    # own timeout, with "pm list packages" refused in the phone's words.
    dump = capture("stopipv_isdi/honor_FRD-L04_android7/dumpsys_package.txt")
    start = dump.index("Packages:")
    first_package_end = dump.index("  Package [", dump.index("  Package [", start) + 1)
    cut = dump[:first_package_end] + "\n*** SERVICE 'package' DUMP TIMEOUT (10000ms) EXPIRED ***\n\n"
    refused = (
        "Security exception: Shell does not have permission to access user 0\n\n"
        "java.lang.SecurityException: Shell does not have permission to access user 0\n"
        "\tat android.os.ShellCommand.exec(ShellCommand.java:104)\n"
    )
    snap = build_snapshot({
        "props": out("[ro.build.version.sdk]: [24]\n", "getprop"),
        "packages": out(refused, "pm list packages -f -i -U -u", exit_code=255),
        "package_details": out(cut, "dumpsys package packages"),
    })
    assert snap.package_details.value is not None and len(snap.package_details.value) == 1
    findings = run_checks(snap)
    stalker = [f for f in findings if f.family == "stalkerware"]
    assert stalker and all(f.verdict == Verdict.GAP for f in stalker)
    assert not any(f.title == "No known stalkerware was found" for f in findings)
    for f in findings:
        for e in f.evidence:
            assert not (e.source.startswith("pm list packages") and "compared" in e.value), f.key
    known = next(f for f in stalker if f.id == "stalkerware.known_app")
    reason = known.params["reason"]
    assert "pm list packages" in reason and "timeout" in reason


def test_findings_page_shows_gaps_as_their_own_group_and_never_safe(qtbot) -> None:
    from hardener.gui.pages.findings import FindingsPage

    outputs = _outputs("pixel-14", refuse=DONE_WHEN_FAILS)
    findings = [f for f in run_checks(build_snapshot(outputs)) if not f.is_problem]
    page = FindingsPage()
    qtbot.addWidget(page)
    page.show_findings(findings)
    rows = page.visible_rows()
    groups = [text for word, text in rows if text.endswith(")") and "(" in text and word]
    gap_count = sum(1 for f in findings if f.is_gap)
    assert groups[-1] == f"Could not be checked ({gap_count})"
    gap_rows = rows[len(rows) - gap_count:]
    assert ("Could not check", "Spying apps: could not be read") in gap_rows
    assert page.heading.text() == "hardener found nothing to fix in what it could check"
    assert all("Safe" not in word for word, _text in rows)
    assert ("Nothing found", "Screen lock: {kind}") not in rows  # titles are filled
    assert any(word == "Nothing found" for word, _text in rows)


def test_a_line_the_parser_lost_is_a_gap_but_a_harmless_note_is_not() -> None:
    outputs = _outputs("pixel-14")
    listed = outputs["packages"]
    garbled = dataclasses.replace(listed, text=listed.text + "package:\u202e  ???\n")
    snap = _with("pixel-14", "packages", garbled)
    read = snap.section_read("packages")
    assert read.state == SectionState.PARTIAL and "not understood" in read.reason
    relying = {check.finding_id for _family, checks in REGISTRY for check in checks if "packages" in check.reads}
    stalker = [f for f in run_checks(snap) if f.family == "stalkerware" and f.id in relying]
    assert stalker and Verdict.OK not in {f.verdict for f in stalker}
    gap = next(f for f in stalker if f.is_gap)
    assert "not understood" in gap.params["reason"]
    # "locksettings get-disabled" exits 255 when a PIN is set: a note, not a loss.
    clean = _snapshot("pixel-14")
    assert clean.parsed["lock_disabled"].problems and clean.section_read("lock_disabled").complete


def test_accounts_the_phone_counted_but_hardener_could_not_read_make_a_gap() -> None:
    _, findings = _clean("hostile")
    snap = _snapshot("hostile")
    assert snap.section_read("accounts").state == SectionState.PARTIAL
    accounts = [f for f in findings if f.id == "cloud.accounts"]
    assert any(f.is_gap and "counted" in f.params["reason"] for f in accounts)
    assert any(f.verdict == Verdict.LEAD for f in accounts)  # what was read is still shown


def test_no_copy_on_a_phone_whose_spying_apps_could_not_be_checked() -> None:
    from hardener.report.to_phone import copy_on_phone_is_safe

    _, clean = _clean("pixel-14")
    assert copy_on_phone_is_safe(list(clean))
    gapped = run_checks(build_snapshot(_outputs("pixel-14", refuse=DONE_WHEN_FAILS)))
    assert not copy_on_phone_is_safe(gapped)


def test_a_key_missing_from_a_cut_off_settings_list_is_not_read_as_unset() -> None:
    # pixel-14 hides what messages say on the lock screen. With "settings list secure" cut off
    # before those keys, hardener must not fall back to Android's default ("shown") and cry wolf.
    whole = _outputs("pixel-14")["settings_secure"]
    cut = dataclasses.replace(whole, text=whole.text[: whole.text.index("lock_screen")], truncated=True)
    findings = run_checks(_with("pixel-14", "settings_secure", cut))
    notifications = [f for f in findings if f.id == "lock.notifications"]
    assert [f.verdict for f in notifications] == [Verdict.GAP]
    assert "longer than hardener reads" in notifications[0].params["reason"]
    _, clean = _clean("pixel-14")
    assert [f.verdict for f in clean if f.id == "lock.notifications"] == [Verdict.LEAD]  # content hidden


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_verdict_mechanism_never_adds_or_removes_a_problem(persona: str) -> None:
    snap = _snapshot(persona)
    ctx = Context.of(snap)
    raw = {f.key for _family, checks in REGISTRY for check in checks for f in check(snap, ctx) if f.is_problem}
    assert {f.key for f in run_checks(snap) if f.is_problem} == raw


def test_scan_json_names_each_incomplete_section_and_why() -> None:
    snap = build_snapshot(_outputs("pixel-14", refuse=DONE_WHEN_FAILS))
    doc = scan_document(snap, run_checks(snap))
    incomplete = doc["incomplete_sections"]
    # (The user certificates' folder is refused to the shell on current Android: always named.)
    assert set(incomplete) - {"user_certs"} == {"packages", "package_details"}
    assert incomplete["package_details"]["state"] == "not_read"
    assert "Permission Denial" in incomplete["package_details"]["reason"]


def test_hardener_sim_fail_option_end_to_end(connect_to) -> None:
    # The done-when line, typed as a trainer would: hardener sim ... --fail ... --fail ...
    sim = subprocess.Popen(
        [sys.executable, "-m", "hardener", "sim", "--persona", "pixel-14",
         "--fail", "pm list packages", "--fail", "dumpsys package"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
    )
    try:
        assert sim.stdout is not None
        first = sim.stdout.readline()
        host, port = first.rsplit(" ", 1)[1].strip().split(":")
        snap = gather(connect_to(SimpleNamespace(host=host, port=int(port))).channel)
    finally:
        sim.terminate()
        sim.wait(timeout=30)
        if sim.stdout is not None:
            sim.stdout.close()
    doc = scan_document(snap, run_checks(snap))
    verdicts = {f["id"]: f["verdict"] for f in doc["findings"] if f["subject"] is None}
    assert verdicts["stalkerware.known_app"] == "gap"
    assert verdicts["permissions.dangerous_granted"] == "gap"
    assert set(doc["incomplete_sections"]) - {"user_certs"} == {"packages", "package_details"}
