"""A whole session against the hostile phone, then a look at every command the phone received.

The "hostile" persona holds package names, account names, settings, properties, a user name and
file names made to break out of a shell command (``; rm -rf /``, ``$(reboot)``, backticks,
quotes, newlines, NUL bytes, right-to-left marks, 5000-character names), and prints junk lines in
every dump. hardener scans it, plans, applies and undoes every profile, writes the report (with
a copy on the phone) and finishes. Then the practice phone's command log must show that nothing
from the phone reached a command line unvalidated: no hostile string appears in any command,
and every command is a known command word followed by bare safe words or single-quoted ones.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fault_matrix import differences
from hypothesis import given, settings
from hypothesis import strategies as st

from hardener import cli
from hardener.adb import quoting as q
from hardener.adb.connect import Connection, Connector, DeviceSelector
from hardener.adb.keys import AdbSigner
from hardener.checks import run_checks
from hardener.checks.finding import Finding, Severity
from hardener.cli.report import add_parsers as add_report_parser
from hardener.cli.speech import words_for
from hardener.device.gather import gather
from hardener.errors import HardenerError, UnsafeValue
from hardener.session.apply import ApplyResult, apply_plan
from hardener.session.finish import FinishResult, finish
from hardener.session.journal import UndoCode, read_journal
from hardener.session.kinds import kind_of
from hardener.session.plan import make_plan
from hardener.session.profiles import builtin_profiles
from hardener.session.undo import UndoResult, undo
from hardener.sim.personas import load_persona_data
from hardener.sim.runner import PracticePhone, start_practice_phone

PROFILES = [p.id for p in builtin_profiles()]

# Command words hardener sends, and nothing else.
KNOWN_WORDS = frozenset({
    "getprop", "settings", "pm", "am", "dumpsys", "appops", "locksettings", "bmgr", "cmd", "echo",
    "mkdir", "mv", "rm", "rmdir", "touch", "ls", "date", "stat",
    "xxd",  # reading APK files in pieces (issue 13): xxd -p -s N -l N 'path'
})
# Never in a command hardener builds, whatever the phone said.
FORBIDDEN = ("\n", "\r", "\x00", "\x1b", "\t", "\u202e", "\u202d", "`", "$(", "${", "reboot", "rm -rf", "|", "<")
_BARE = re.compile(r"[A-Za-z0-9_./:=@%+,\-]+")
_MARKER = re.compile(r'"__HB_[0-9a-f]{16}_\d+_\$\?__"')
_SHELL_META = set(";&|<>()$`\\\"'*?[]{}!#~ \t\n\r")


@dataclass
class Session:
    sim: PracticePhone
    findings: list[Finding]
    applied: dict[str, ApplyResult] = field(default_factory=dict)
    undone: dict[str, UndoResult | None] = field(default_factory=dict)
    left_over: dict[str, list[str]] = field(default_factory=dict)
    report_html: str = ""
    report_code: int = -1
    finished: FinishResult | None = None
    errors: list[str] = field(default_factory=list)


def _connect(sim: PracticePhone, signer: AdbSigner) -> Connection:
    return Connector(DeviceSelector(tcp=sim.serial), signer=signer, auth_timeout_s=10).connect()


@pytest.fixture(scope="module")
def session(test_signer: AdbSigner, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    sim = start_practice_phone(persona="hostile", trusted_keys=[test_signer.GetPublicKey()])
    opened: list[Connection] = []
    try:
        conn = _connect(sim, test_signer)
        opened.append(conn)
        snap = gather(conn.channel)
        findings = run_checks(snap)
        run_checks(snap, show_names=True)  # the names shown unmasked go through the same escaping
        s = Session(sim, findings)
        for profile in builtin_profiles():
            before = sim.phone.export_state()
            plan = make_plan(profile, gather(conn.channel), findings)
            try:
                # Consent to everything: every kind of command gets built and sent.
                code = UndoCode.new()
                s.applied[profile.id] = apply_plan(conn.channel, plan, code=code, consent=lambda _c: True)
                journal = read_journal(conn.channel, code)
                s.undone[profile.id] = undo(conn.channel, code) if journal is not None else None
            except HardenerError as exc:
                s.errors.append(f"{profile.id}: {type(exc).__name__}: {exc.detail}")
            # Lockdown lasts until the PIN is entered: it is the one thing undo may not restore.
            s.left_over[profile.id] = [
                "/".join(p) for p in differences(before, sim.phone.export_state()) if p[:1] != ("locks",)
            ]
        s.report_code, s.report_html = _report(sim, test_signer, tmp_path_factory.mktemp("report"))
        s.finished = finish(conn.channel)
        yield s
    finally:
        for conn in opened:
            conn.close()
        sim.stop()


def _report(sim: PracticePhone, signer: AdbSigner, folder: Path) -> tuple[int, str]:
    """``hardener report --to-phone --include-ids`` against the hostile phone."""
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "report" not in sub.choices:
        add_report_parser(sub)
    out = folder / "report.html"
    args = parser.parse_args(["report", "--tcp", sim.serial, "--out", str(out), "--to-phone", "--include-ids"])
    args.words = words_for(args)
    saved = cli.device.open_connection
    cli.device.open_connection = lambda _args: _connect(sim, signer)  # the test key, not the keyring
    try:
        code: int = args.func(args)
    finally:
        cli.device.open_connection = saved
    return code, out.read_text(encoding="utf-8") if out.exists() else ""


# --- what the phone holds ----------------------------------------------------------------------------------


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _is_valid_name(text: str) -> bool:
    for check in (q.package, q.permission, q.component, q.setting_key):
        try:
            check(text)
            return True
        except HardenerError:
            continue
    return False


def hostile_strings() -> list[str]:
    """Every text in the hostile persona that fails hardener's validators and could do harm in sh."""
    data = load_persona_data("hostile")
    found = set()
    for text in _strings({k: v for k, v in data.items() if k not in ("description",)}):
        risky = any(c in _SHELL_META for c in text) or any(ord(c) < 32 or 0x202A <= ord(c) <= 0x202E for c in text)
        if len(text) >= 3 and risky and not _is_valid_name(text):
            found.add(text)
    return sorted(found)


def test_the_persona_really_is_hostile() -> None:
    texts = hostile_strings()
    assert len(texts) >= 20
    assert "com.evil; rm -rf /" in texts and "$(reboot)" in texts
    assert any("\n" in t for t in texts) and any("\x00" in t for t in texts) and any("\u202e" in t for t in texts)


# --- the session -----------------------------------------------------------------------------------------


def test_the_whole_session_ran(session: Session) -> None:
    assert not session.errors
    assert set(session.applied) == set(PROFILES)
    assert session.report_code in (0, 1) and "<html" in session.report_html.lower()
    assert session.finished is not None and session.finished.debugging_off
    assert sum(r.count("done") for r in session.applied.values()) >= 5  # it really changed things


def _commands(sim: PracticePhone) -> list[str]:
    return [s.partition(":")[2] for s in sim.command_log if s.startswith("shell")]


def test_no_text_from_the_phone_reaches_a_command(session: Session) -> None:
    commands = _commands(session.sim)
    assert len(commands) > 20
    texts = hostile_strings()
    for command in commands:
        for text in texts:
            assert text not in command, (text, command)
        for bad in FORBIDDEN:
            assert bad not in command, (bad, command)


def tokenize(command: str) -> list[list[str]]:
    """Split like sh, but only the little sh hardener writes; anything else raises ValueError.

    Returns the words of each ``;``-separated segment, quotes removed. Allowed: bare safe words,
    single-quoted words (``'\\''`` for a quote inside), the marker ``echo "__HB_<nonce>_<i>_$?__"``,
    the redirection ``2>&1`` and ``&&`` between two commands (the phone lock).
    """
    segments: list[list[str]] = [[]]
    i = 0
    while i < len(command):
        c = command[i]
        if c == " ":
            i += 1
        elif c == ";":
            segments.append([])
            i += 1
        elif command.startswith("&& ", i):  # the lock: "mkdir L && touch L/token"
            segments.append([])
            i += 3
        elif command.startswith("2>&1", i):
            i += 4
        elif c == '"':
            m = _MARKER.match(command, i)
            if m is None:
                raise ValueError(f"double quotes outside a marker at {i}: {command!r:.200}")
            segments[-1].append(m.group(0)[1:-1])
            i = m.end()
        elif c == "'":
            word = ""
            while True:  # 'it'\''s': quoted parts joined by escaped quotes make one word
                if command.startswith("'", i):
                    end = command.find("'", i + 1)
                    if end < 0:
                        raise ValueError(f"unclosed quote: {command!r:.200}")
                    word += command[i + 1 : end]
                    i = end + 1
                elif command.startswith("\\'", i):
                    word += "'"
                    i += 2
                else:
                    break
            segments[-1].append(word)
        else:
            m = _BARE.match(command, i)
            if m is None:
                raise ValueError(f"shell metacharacter {c!r} at {i}: {command!r:.200}")
            segments[-1].append(m.group(0))
            i = m.end()
    return [s for s in segments if s]


def test_the_tokenizer_refuses_what_hardener_never_writes() -> None:
    assert tokenize("settings put secure 'a b' 0 2>&1; echo \"__HB_0123456789abcdef_0_$?__\"") == [
        ["settings", "put", "secure", "a b", "0"], ["echo", "__HB_0123456789abcdef_0_$?__"]]
    assert tokenize(q.command("pm", "revoke", "it's")) == [["pm", "revoke", "it's"]]
    for bad in ("rm $(x)", "a | b", "echo `x`", 'echo "x"', "a &&b", "a & b", "cat < f", "x\ny", "a'b"):
        with pytest.raises(ValueError):
            tokenize(bad)


def test_every_command_is_known_words_and_quoted_arguments(session: Session) -> None:
    seen_words = set()
    for command in _commands(session.sim):
        for words in tokenize(command):
            assert words[0] in KNOWN_WORDS, (words, command)
            seen_words.add(words[0])
            for word in words[1:]:
                # Whatever survived quoting is still text a validator accepted: no control
                # characters, no bidi overrides, nothing longer than a setting may be.
                assert not any(ord(c) < 32 or 0x202A <= ord(c) <= 0x202E for c in word), (word, command)
                assert len(word) <= q.MAX_SETTING_VALUE
    assert {"getprop", "dumpsys", "settings", "pm", "mkdir", "mv"} <= seen_words


def test_the_phone_saw_no_injection_and_no_bug(session: Session) -> None:
    phone = session.sim.phone
    assert phone.shell_violations == []  # type: ignore[attr-defined]
    # The practice phone runs $(...), pipes, loops and globs as a phone does, and logs each use:
    # hardener itself must never have sent one (only plain commands joined by ; && ||).
    assert phone.shell_features_used == []  # type: ignore[attr-defined]
    assert phone.internal_errors == []  # type: ignore[attr-defined]
    assert phone.reboot_count == 0  # type: ignore[attr-defined]


def test_apply_then_undo_leaves_the_hostile_phone_as_it_was(session: Session) -> None:
    for profile, left in session.left_over.items():
        assert left == [], profile
    for profile, result in session.undone.items():
        if result is not None:
            assert result.complete, (profile, [o.detail for o in result.outcomes if not o.restored])


def test_values_that_cannot_be_written_back_are_refused_not_changed(session: Session) -> None:
    """The secure setting holding a newline must not be changed: its old value could not be restored."""
    outcomes = [o for r in session.applied.values() for o in r.outcomes
                if o.change.args.get("key") == "lock_screen_allow_private_notifications"]
    assert outcomes
    assert all(o.status == "failed" and "safely recorded" in o.detail for o in outcomes)


def test_what_the_hostile_phone_hides_is_still_reported(session: Session) -> None:
    by_id: dict[str, list[Finding]] = {}
    for f in session.findings:
        by_id.setdefault(f.id, []).append(f)
    # An admin whose name is not a valid component is still an admin (was: "no app has admin rights").
    admins = by_id["permissions.device_admin"]
    assert all(f.severity != Severity.OK for f in admins)
    assert any("rm -rf" in f.evidence[0].value for f in admins)
    # A contacts sync under an account whose name holds a newline is still a sync (was: "nothing copied").
    assert all(f.severity != Severity.OK for f in by_id["cloud.sync_sensitive"])


def test_the_report_shows_phone_text_escaped(session: Session) -> None:
    html = session.report_html
    for raw in ("\x00", "\x1b", "\u202e", "<script", "$(reboot)</"):
        assert raw not in html


# --- the command builders, with anything at all as a value --------------------------------------------

_texts = st.one_of(
    st.sampled_from(hostile_strings()), st.text(max_size=40), st.from_regex(r"[a-z]{1,8}(\.[a-z]{1,8}){1,3}")
)
_ARG_NAMES = {
    "setting": ("table", "key", "value"),
    "revoke_permission": ("package", "permission"),
    "disable_package": ("package",),
    "suspend_package": ("package",),
    "clear_data": ("package",),
    "appop": ("package", "op", "mode"),
    "remove_accessibility_service": ("component",),
    "disallow_listener": ("component",),
}


@settings(max_examples=300, deadline=None, database=None)
@given(st.sampled_from(sorted(_ARG_NAMES)), st.lists(_texts, min_size=3, max_size=3), _texts)
def test_a_change_built_from_any_text_is_refused_or_quoted_exactly(kind_name: str, values: list[str], now: str) -> None:
    raw = dict(zip(_ARG_NAMES[kind_name], values, strict=False))
    if kind_name == "setting":
        raw["table"] = values[0] if values[0] in ("system", "secure", "global") else "secure"
    try:
        change = kind_of(kind_name).from_args(raw)
    except UnsafeValue:
        return
    args = change.to_args()
    built = [change.read(), change.write(change.target(now))]
    if change.reversible:
        try:
            built.append(change.restore(now))
        except UnsafeValue:
            pass  # apply refuses such a change: its old value could not be written back
    for command in built:
        segments = tokenize(command)
        assert len(segments) == 1 and segments[0][0] in KNOWN_WORDS, command
        for name in ("package", "permission", "component", "key"):
            if name in args:
                assert args[name] in segments[0], (name, command)  # one word, exactly the value
