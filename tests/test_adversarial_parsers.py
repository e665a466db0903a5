"""Fuzzed parsers, fuzzed profiles, and checks that never say "ok" without the evidence.

Every parser of :data:`SECTIONS` (plus ``parse_settings_get`` and ``parse_appops_get``) gets real
outputs broken the ways a cable, a phone or an encoding breaks them: cut short, lines swapped,
dropped or repeated, bytes flipped, invalid UTF-8 decoded with ``backslashreplace``, numbers made
huge, lines from other commands mixed in, and 10 MB at once. Each must give a value or a typed
unknown, quickly, and never raise.

The profile loader gets random TOML-ish text and mutations of the shipped profiles: it may only
ever raise :class:`ProfileError`, and that error always names the file, the rule and the field.

Then the checks: snapshots in which sections are unknown or garbled must never get a
``Severity.OK`` finding that rests on one of those sections.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cost import SIZE_FACTOR, assert_linear
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from shared_captures import CAPTURES, FIXTURES

from hardener.adb.output import CommandOutput
from hardener.checks import KNOWN_FINDING_IDS, run_checks
from hardener.checks.finding import Finding, Severity
from hardener.device.facts import Parsed
from hardener.device.parsers.appops import parse_appops_get
from hardener.device.parsers.settings import parse_settings_get
from hardener.device.snapshot import SECTION_BY_ID, SECTIONS, build_snapshot
from hardener.errors import ProfileError
from hardener.session.profiles import load_profile, profile_files
from hardener.sim.personas import load_persona

APPOPS_PACKAGE = "com.android.chrome"
PARSERS: dict[str, Callable[[CommandOutput], Parsed[Any]]] = {s.id: s.parser for s in SECTIONS}
PARSERS["settings_get"] = parse_settings_get
PARSERS["appops_get"] = lambda out: parse_appops_get(out, APPOPS_PACKAGE)
COMMANDS = {s.id: s.command for s in SECTIONS}
COMMANDS["settings_get"] = "settings get secure lock_screen_show_notifications"
COMMANDS["appops_get"] = f"appops get --user 0 {APPOPS_PACKAGE} CAMERA"

# Which captures (this repo's and the shared real ones) are outputs of which command.
_SETTINGS_LISTS = ("settings_list", "settings_random", "tmp/settings.txt")
KEYWORDS: dict[str, tuple[str, ...]] = {
    "props": ("getprop",),
    "settings_system": _SETTINGS_LISTS,
    "settings_secure": _SETTINGS_LISTS,
    "settings_global": _SETTINGS_LISTS,
    "users": ("pm_list_users",),
    "current_user": ("am_get-current-user",),
    "packages": ("pm_list_packages",),
    "package_details": ("dumpsys_package",),
    "appops": ("dumpsys_appops",),
    "lock_settings": ("dumpsys_lock_settings",),
    "lock_disabled": ("locksettings_get-disabled",),
    "trust": ("dumpsys_trust",),
    "fingerprint": ("dumpsys_fingerprint",),
    "face": ("dumpsys_face",),
    "device_policy": ("dumpsys_device_policy", "dpm_"),
    "accounts": ("dumpsys_account",),
    "sync": ("dumpsys_content",),
    "backup_enabled": ("bmgr_enabled", "bmgr_--user_N_enabled"),
    "backup_transports": ("list_transports",),
    "diskstats": ("dumpsys_diskstats",),
    "usagestats": ("dumpsys_usagestats",),
    "settings_get": ("settings_get",),
    "appops_get": ("appops_get",),
    # Issue 13: MVT's real dumpsys accessibility and dumpsys adb captures; the practice phones'
    # answers for the others (no real capture exists).
    "accessibility": ("dumpsys_accessibility",),
    "adb": ("dumpsys_adb",),
    "launcher": ("query-activities",),
    "role_sms": ("get-role-holders",),
    "role_dialer": ("get-role-holders",),
    "role_browser": ("get-role-holders",),
    "user_certs": ("cacerts",),
}
PERSONAS = ("pixel-14", "samsung-11", "old-9", "moto-10", "xiaomi-13", "pixel-15", "hostile")
_WINDOW = 48_000  # mutation inputs: big captures are cut to their first 48 kB


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "backslashreplace")


@functools.cache
def persona_outputs(persona: str) -> dict[str, CommandOutput]:
    """Every section's output from a practice phone, straight from the phone (no ADB needed)."""
    phone = load_persona(persona)
    out = {}
    for sid, command in COMMANDS.items():
        got = phone.run_shell(command)
        out[sid] = CommandOutput(command, (got.stdout + got.stderr).decode("utf-8", "backslashreplace"), got.exit_code)
    return out


@functools.cache
def corpus(parser_id: str) -> tuple[str, ...]:
    texts = []
    for root in (FIXTURES, CAPTURES):
        if not root.is_dir():
            continue  # the shared captures are optional
        for path in sorted(root.rglob("*.txt")):
            rel = path.relative_to(root).as_posix()
            if any(k in rel for k in KEYWORDS[parser_id]) and "LICENSE" not in rel:
                texts.append(_read(path)[:_WINDOW])
    texts += [persona_outputs(p)[parser_id].text[:_WINDOW] for p in PERSONAS]
    return tuple(t for t in texts if t)


@functools.cache
def all_lines() -> tuple[str, ...]:
    lines = {ln for pid in KEYWORDS for text in corpus(pid) for ln in text.split("\n")[:400] if ln.strip()}
    return tuple(sorted(lines))


def check_total(parser_id: str, out: CommandOutput) -> Parsed[Any]:
    """A typed result, and an unknown that says why (no speed limit: see tests/cost.py)."""
    result = PARSERS[parser_id](out)
    assert isinstance(result, Parsed)
    assert all(isinstance(p, str) for p in result.problems)
    if result.value is None and parser_id != "settings_get":  # settings get: "null" is a known None
        assert result.problems, "an unknown must say why"
    return result


def test_every_parser_has_real_outputs_to_break() -> None:
    assert set(PARSERS) == set(KEYWORDS)
    for parser_id in PARSERS:
        assert len(corpus(parser_id)) >= 3, parser_id


# --- mutations ------------------------------------------------------------------------------------------


def _lines_op(text: str, op: str, i: int, j: int) -> str:
    lines = text.split("\n")
    i, j = i % len(lines), j % len(lines)
    if op == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    elif op == "drop":
        del lines[i]
    elif op == "repeat":
        lines.insert(i, lines[j])
    return "\n".join(lines)


def _bytes_op(text: str, op: str, i: int, byte: int) -> str:
    raw = bytearray(text.encode("utf-8", "surrogateescape"))
    if not raw:
        return text
    i %= len(raw)
    if op == "flip":
        raw[i] = byte
    elif op == "invalid":
        raw[i:i] = b"\xff\xfe\xc3(\xed\xa0\x80"
    elif op == "nul":
        raw[i:i] = b"\x00"
    return bytes(raw).decode("utf-8", "backslashreplace")


def _numbers_op(text: str, big: str) -> str:
    return re.sub(r"\d+", big, text, count=50)


_mutation = st.one_of(
    st.tuples(st.just("cut"), st.integers(0, 10**6)),
    st.tuples(st.sampled_from(["swap", "drop", "repeat"]), st.integers(0, 10**6), st.integers(0, 10**6)),
    st.tuples(st.sampled_from(["flip", "invalid", "nul"]), st.integers(0, 10**6), st.integers(0, 255)),
    st.tuples(st.just("numbers"), st.sampled_from(["99999999999999999999999", "-1", "0", "4294967296", "1e999"])),
    st.tuples(st.just("foreign"), st.integers(0, 10**6), st.integers(0, 10**6)),
    st.tuples(st.just("crlf")),
)


def mutate(text: str, steps: list[tuple[Any, ...]]) -> str:
    for step in steps:
        op = step[0]
        if op == "cut":
            text = text[: step[1] % (len(text) + 1)]
        elif op in ("swap", "drop", "repeat"):
            text = _lines_op(text, op, step[1], step[2])
        elif op in ("flip", "invalid", "nul"):
            text = _bytes_op(text, op, step[1], step[2])
        elif op == "numbers":
            text = _numbers_op(text, step[1])
        elif op == "foreign":
            lines = text.split("\n")
            foreign = all_lines()[step[2] % len(all_lines())]
            lines.insert(step[1] % (len(lines) + 1), foreign)
            text = "\n".join(lines)
        elif op == "crlf":
            text = text.replace("\n", "\r\n")  # a PTY (old Android, or "adb shell -t")
    return text


_FUZZ = settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("parser_id", sorted(PARSERS))
def test_broken_real_outputs_and_random_text_never_raise(parser_id: str) -> None:
    texts = corpus(parser_id)

    @_FUZZ
    @given(
        st.one_of(st.integers(0, len(texts) - 1).map(texts.__getitem__), st.text(max_size=300)),
        st.lists(_mutation, min_size=1, max_size=4),
        st.one_of(st.none(), st.integers(-1, 255)),
        st.one_of(st.none(), st.integers(15, 40)),
    )
    def run(base: str, steps: list[tuple[Any, ...]], exit_code: int | None, sdk: int | None) -> None:
        text = mutate(base, steps)
        check_total(parser_id, CommandOutput(COMMANDS[parser_id], text, exit_code, sdk))

    run()


def _repeated(text: str, size: int = 10_000_000) -> str:
    return ((text.rstrip("\n") + "\n") * (size // (len(text) + 1) + 1))[:size]


def _linear(parser_id: str, small: str, large: str) -> None:
    """Typed and total on both inputs, and no worse than linear from the small one to the large."""
    assert_linear(lambda text: check_total(parser_id, CommandOutput(COMMANDS[parser_id], text, 0, 33)), small, large)


@pytest.mark.parametrize("parser_id", sorted(PARSERS))
def test_ten_megabytes_are_read_in_linear_time(parser_id: str) -> None:
    biggest = max(corpus(parser_id), key=len)
    _linear(parser_id, _repeated(biggest, 10_000_000 // SIZE_FACTOR), _repeated(biggest))
    _linear(parser_id, "\\xff" * (2_500_000 // SIZE_FACTOR), "\\xff" * 2_500_000)


@pytest.mark.parametrize("parser_id", ["props", "package_details", "settings_get"])
def test_ten_million_empty_lines_are_read_in_linear_time(parser_id: str) -> None:
    """Every parser starts with the same line splitting; three of them stand for all."""
    _linear(parser_id, "\n" * (10_000_000 // SIZE_FACTOR), "\n" * 10_000_000)


def test_a_real_2_5_mb_package_dump_four_times_over() -> None:
    path = CAPTURES / "stopipv_isdi" / "honor_FRD-L04_android7" / "dumpsys_package.txt"
    if not path.is_file():
        pytest.skip(f"shared capture not available: {path}")
    text = _read(path) * 4
    result = check_total("package_details", CommandOutput("dumpsys package packages", text, 0, 24))
    assert result.value is not None and len(result.value) > 100


# --- the profile loader -----------------------------------------------------------------------------------

SHIPPED = [Path(str(f)) for f in profile_files()]
_TOML_BITS = [
    "[profile]", "[[rules]]", "[[rules.changes]]", "[[rules.manual]]", "id = ", "kind = ", "answers = ",
    'table = "secure"', "value = ", "= [", "]", "{", "}", '"', "'''", "\n", "=", ".", "true", "1979-05-27",
    "0x10", "inf", "nan", '"\\u0000"', "[" * 40, "{a = " * 30,
]
_toml_text = st.lists(st.one_of(st.sampled_from(_TOML_BITS), st.text(max_size=12)), max_size=40).map("".join)


def _value_swap(text: str, index: int, replacement: str) -> str:
    """Replace the index-th value after an "=" with another TOML value."""
    spots = [m.end() for m in re.finditer(r"= ", text)]
    if not spots:
        return text
    at = spots[index % len(spots)]
    end = text.find("\n", at)
    return text[:at] + replacement + (text[end:] if end >= 0 else "")


_toml_values = st.sampled_from([
    '""', '" "', "1", "-1", "true", "false", "[]", '["x"]', "[1, 2]", "{}", '{kind = "setting"}', "1979-05-27",
    '"lock.screen_lock"', '"no.such.finding"', '"setting"', '"clear_data"', '"lockdown"', '"bmgr_enable"',
    '"global"', '"adb_enabled"', '"com.evil; rm -rf /"', '"a\\nb"', '"' + "x" * 5000 + '"', '"ünïcode"',
])


def _profile_mutations(text: str, steps: list[tuple[Any, ...]], value: str) -> str:
    for step in steps:
        op = step[0]
        if op == "value":
            text = _value_swap(text, step[1], value)
        elif op == "cut":
            text = text[: step[1] % (len(text) + 1)]
        elif op in ("swap", "drop", "repeat"):
            text = _lines_op(text, op, step[1], step[2])
        elif op in ("flip", "invalid", "nul"):
            text = _bytes_op(text, op, step[1], step[2])
    return text


_profile_step = st.one_of(
    st.tuples(st.just("value"), st.integers(0, 500)),
    st.tuples(st.just("cut"), st.integers(0, 10**5)),
    st.tuples(st.sampled_from(["swap", "drop", "repeat"]), st.integers(0, 500), st.integers(0, 500)),
    st.tuples(st.sampled_from(["flip", "invalid", "nul"]), st.integers(0, 10**5), st.integers(0, 255)),
)


def _load(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        load_profile(path)
    except ProfileError as exc:
        for field in ("file", "rule", "field", "problem"):
            assert exc.params.get(field), (field, exc.params)
        assert exc.params["file"] == name
        plain = exc.plain()
        assert name in plain and not any(f"{{{f}}}" in plain for f in ("file", "rule", "field", "problem"))


@settings(max_examples=250, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from(SHIPPED), st.lists(_profile_step, min_size=1, max_size=3), _toml_values)
def test_mutated_shipped_profiles_load_or_name_file_rule_and_field(
    tmp_path: Path, shipped: Path, steps: list[tuple[Any, ...]], value: str
) -> None:
    text = _profile_mutations(shipped.read_text(encoding="utf-8"), steps, value)
    _load(tmp_path, shipped.name, text.encode("utf-8", "surrogateescape"))


@settings(max_examples=250, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(_toml_text)
def test_random_toml_like_text_loads_or_names_file_rule_and_field(tmp_path: Path, text: str) -> None:
    _load(tmp_path, "random.toml", text.encode("utf-8", "surrogatepass"))


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("a = " + "[" * 5000 + "]" * 5000, "-"),
        ("a = " + "{b = " * 3000 + "1" + "}" * 3000, "-"),
    ],
    ids=["deep-array", "deep-inline-table"],
)
def test_deeply_nested_toml_is_a_profile_error(tmp_path: Path, text: str, field: str) -> None:
    """tomllib recurses into nested values: this used to escape as a RecursionError."""
    path = tmp_path / "deep.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    assert info.value.params["field"] == field


def _with_change(change: str) -> str:
    return (
        '[profile]\nid = "ab"\ntitle = "t"\ndescription = "d"\n[[rules]]\nid = "ab"\n'
        'answers = ["cloud.backup"]\ntitle = "t"\nwhy = "w"\nguide_section = "s"\n'
        'guide_quote = "one two three four"\n[[rules.changes]]\n' + change
    )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ('kind = "bmgr_enable"\nenabled = "false"', "changes[0].enabled"),  # bool("false") is True
        ('kind = "bmgr_enable"', "changes[0].enabled"),
        ('kind = "bmgr_enable"\nenabled = false\nenbled = true', "changes[0].enbled"),
        ('kind = "lockdown"\nreversible = false\nwhen = "now"', "changes[0].when"),
        ('kind = "appop"\npackage = "com.x.y"\nop = "CAMERA"\nmode = "deny"\nuser = 10', "changes[0].user"),
    ],
)
def test_a_change_field_that_would_be_ignored_or_misread_is_refused(tmp_path: Path, change: str, field: str) -> None:
    path = tmp_path / "typo.toml"
    path.write_text(_with_change(change), encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    assert info.value.params["field"] == field


# --- no "ok" without the evidence ------------------------------------------------------------------------

# The sections each finding's "ok" rests on: every group needs at least one of its sections read.
APPS = ("packages", "package_details")
DEPENDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "lock.screen_lock": (("lock_settings",),),
    "lock.screen_timeout": (("settings_system",),),
    "lock.notifications": (("settings_secure",),),
    "lock.lockdown_button": (("props",), ("settings_secure", "lock_settings", "lock_disabled", "trust")),
    "lock.smart_lock": (("trust",),),
    "lock.biometrics": (("fingerprint",), ("face",)),
    "lock.encryption": (("props", "diskstats"),),
    "lock.developer_options": (("settings_global",),),
    "lock.stay_awake": (("settings_global",),),
    "lock.play_protect": (("settings_global",),),
    "lock.install_unknown_apps": (("appops",),),
    "permissions.dangerous_granted": (("package_details",),),
    "permissions.accessibility": (("settings_secure",),),
    "permissions.notification_listener": (("settings_secure",),),
    "permissions.device_admin": (("device_policy",),),
    "permissions.overlay": (("appops",),),
    "permissions.usage_access": (("appops",),),
    "permissions.sideloaded_app": (APPS,),
    "permissions.social_contacts": (("package_details",),),
    "stalkerware.known_app": (APPS,),
    "stalkerware.spy_combination": (APPS, ("settings_secure",), ("device_policy",), ("launcher",), ("accessibility",)),
    "stalkerware.hidden_app": (APPS, ("launcher",)),
    "stalkerware.system_impostor": (APPS,),
    "stalkerware.accessibility_running": (("accessibility",), ("settings_secure",)),
    "stalkerware.security_off": (("package_details",),),
    "permissions.keyboard": (("settings_secure",), APPS),
    "permissions.sms_dialer_role": (("role_sms", "settings_secure"), ("role_dialer", "settings_secure"), APPS),
    "permissions.traffic_route": (("settings_global",), ("settings_secure",)),
    "permissions.user_certificates": (("user_certs",),),
    "adb.trusted_computers": (("adb",),),
    "adb.wifi_debugging": (("settings_global",),),
    "adb.no_expiry": (("settings_global",),),
    "cloud.accounts": (("accounts",),),
    "cloud.auto_sync": (("sync",),),
    "cloud.sync_sensitive": (("sync",),),
    "cloud.backup": (("backup_enabled", "backup_transports"),),
    "cloud.backup_app": (APPS,),
    "translator.app": (APPS,),
    "translator.account_history": (APPS,),
    # Issue 14
    "permissions.screen_capture": (("appops",),),
    "lock.lock_after_timeout": (("settings_secure",),),
    "lock.patch_age": (("props",),),
    "lock.identity_check": (("props",), ("settings_secure",)),
    "lock.advanced_protection": (("props",), ("settings_secure",)),
    "location.master_switch": (("settings_secure",),),
    "location.scanning": (("settings_global",),),
    "location.camera_geotag": (("package_details",),),
    "location.dating_precise": (("package_details",),),
    "network.vpn": (("settings_secure",),),
    "network.private_dns": (("settings_global",),),
    "network.browser": (("role_browser",),),
    "messages.disappearing": (("package_details",),),
    "separation.profiles": (("users",),),
    "separation.numbers": (("props",), APPS),
}
SCAN_SECTIONS = tuple(s.id for s in SECTIONS)

# How a section's output can be lost or garbled.
GARBLES: dict[str, Callable[[CommandOutput], CommandOutput]] = {
    "lost": lambda o: CommandOutput(o.command, o.text[: len(o.text) // 2], None, failure="connection lost"),
    "empty": lambda o: CommandOutput(o.command, "", 0),
    "failed": lambda o: CommandOutput(o.command, "/system/bin/sh: cmd: not found\n", 127),
    "no service": lambda o: CommandOutput(o.command, f"Can't find service: {o.command.split()[-1]}\n", 0),
    "denied": lambda o: CommandOutput(
        o.command, "Exception occurred while executing:\njava.lang.SecurityException: Permission Denial\n", 255),
    "binary": lambda o: CommandOutput(o.command, "\\x00\\xff\\xfe" * 50 + "\x1b[2J", 0),
}


def violations(findings: list[Finding], unknown: set[str]) -> list[str]:
    out = []
    for f in findings:
        if f.severity != Severity.OK:
            continue
        for group in DEPENDS.get(f.id, ()):
            if all(section in unknown for section in group):
                out.append(f"{f.key} is OK although {' and '.join(group)} could not be read")
    return out


def judged(outputs: dict[str, CommandOutput]) -> tuple[list[Finding], set[str]]:
    snap = build_snapshot({k: v for k, v in outputs.items() if k in SCAN_SECTIONS})
    unknown = {sid for sid in SCAN_SECTIONS if snap.parsed[sid].value is None}
    return run_checks(snap), unknown


def test_every_finding_that_can_be_ok_has_its_evidence_listed() -> None:
    can_be_ok = set()
    for persona in PERSONAS:
        findings, _ = judged(dict(persona_outputs(persona)))
        can_be_ok |= {f.id for f in findings if f.severity == Severity.OK}
    assert can_be_ok <= set(DEPENDS), can_be_ok - set(DEPENDS)
    assert set(DEPENDS) <= KNOWN_FINDING_IDS
    assert {"lock.screen_lock", "stalkerware.known_app", "lock.notifications"} <= can_be_ok


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("garble", sorted(GARBLES))
def test_one_unreadable_section_never_gives_ok(persona: str, garble: str) -> None:
    clean = persona_outputs(persona)
    for section in SCAN_SECTIONS:
        outputs = dict(clean)
        outputs[section] = GARBLES[garble](clean[section])
        findings, unknown = judged(outputs)
        assert not violations(findings, unknown), (section, violations(findings, unknown))


@settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(PERSONAS),
    st.dictionaries(
        st.sampled_from(SCAN_SECTIONS),
        st.one_of(
            st.sampled_from(sorted(GARBLES)).map(lambda name: ("garble", name)),
            st.lists(_mutation, min_size=1, max_size=3).map(lambda steps: ("mutate", steps)),
            st.sampled_from(SCAN_SECTIONS).map(lambda other: ("foreign", other)),
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_garbled_sections_never_give_ok_without_their_evidence(persona: str, damage: dict[str, Any]) -> None:
    clean = persona_outputs(persona)
    outputs = dict(clean)
    for section, (how, what) in damage.items():
        if how == "garble":
            outputs[section] = GARBLES[what](clean[section])
        elif how == "mutate":
            outputs[section] = CommandOutput(clean[section].command, mutate(clean[section].text, what), 0)
        else:  # another command's output where this one's should be
            outputs[section] = CommandOutput(clean[section].command, clean[what].text, 0)
    findings, unknown = judged(outputs)
    assume(unknown)
    assert not violations(findings, unknown)


def _without(persona: str, *sections: str) -> list[Finding]:
    outputs = dict(persona_outputs(persona))
    for section in sections:
        outputs[section] = GARBLES["lost"](outputs[section])
    findings, unknown = judged(outputs)
    assert set(sections) <= unknown
    return findings


def _severity(findings: list[Finding], fid: str) -> set[Severity]:
    return {f.severity for f in findings if f.id == fid}


def test_lock_sections_garbled_the_screen_lock_is_not_ok() -> None:
    assert _severity(judged(dict(persona_outputs("pixel-14")))[0], "lock.screen_lock") == {Severity.OK}
    for lost in (("lock_settings",), ("lock_settings", "lock_disabled"), ("lock_settings", "lock_disabled", "trust")):
        assert Severity.OK not in _severity(_without("pixel-14", *lost), "lock.screen_lock"), lost


def test_package_list_unknown_no_all_clear_for_stalkerware() -> None:
    assert _severity(_without("pixel-14", "packages", "package_details"), "stalkerware.known_app") == {Severity.UNKNOWN}


def test_secure_settings_unknown_notifications_are_not_ok() -> None:
    assert _severity(judged(dict(persona_outputs("moto-10")))[0], "lock.notifications") == {Severity.OK}
    assert _severity(_without("moto-10", "settings_secure"), "lock.notifications") == {Severity.UNKNOWN}


def test_a_section_in_a_snapshot_must_be_one_of_the_scan() -> None:
    from hardener.device.snapshot import APK_SECTION

    # The batch's sections, and the APK files read in their own fixed rounds after it.
    assert set(SECTION_BY_ID) == set(SCAN_SECTIONS) | {APK_SECTION.id}


@pytest.mark.parametrize(
    ("table", "key", "fid"),
    [
        ("global", "adb_enabled", "lock.developer_options"),
        ("secure", "lock_screen_show_notifications", "lock.notifications"),
        ("system", "screen_off_timeout", "lock.screen_timeout"),
    ],
)
def test_a_settings_table_that_lost_the_deciding_line_gives_no_ok(table: str, key: str, fid: str) -> None:
    """The table was read, but the one line the verdict rests on is gone (a cut, a garbled line)."""
    for persona in PERSONAS:
        outputs = dict(persona_outputs(persona))
        listing = outputs[f"settings_{table}"]
        kept = "\n".join(ln for ln in listing.text.split("\n") if not ln.startswith(f"{key}="))
        outputs[f"settings_{table}"] = CommandOutput(listing.command, kept, 0)
        findings, _ = judged(outputs)
        assert Severity.OK not in _severity(findings, fid), persona
