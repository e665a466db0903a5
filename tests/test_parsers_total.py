"""Every parser is total: any text gives a value or a typed unknown, fast, and never a wrong "safe".

Random text is built from real format lines (all of this repo's fixtures, cut and spliced) as
well as arbitrary characters, so the fuzzing reaches deep into each format, not just its first
"is this an error?" check.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from cost import SIZE_FACTOR, assert_linear
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shared_captures import FIXTURES, fixture, out

from hardener.adb.output import CommandOutput
from hardener.device.facts import CredentialType, Parsed
from hardener.device.parsers.appops import parse_appops_get
from hardener.device.parsers.lock import parse_get_disabled, parse_lock_settings
from hardener.device.parsers.package_dump import parse_dumpsys_package
from hardener.device.parsers.settings import parse_settings_get
from hardener.device.snapshot import SECTIONS

PARSERS: dict[str, Callable[[CommandOutput], Parsed[Any]]] = {s.id: s.parser for s in SECTIONS}
PARSERS["settings_get"] = parse_settings_get
PARSERS["appops_get"] = lambda o: parse_appops_get(o, "com.example.app")

ALL_FIXTURES = sorted(p.relative_to(FIXTURES).as_posix() for p in FIXTURES.rglob("*.txt"))
FRAGMENTS = sorted({ln for rel in ALL_FIXTURES for ln in fixture(rel).split("\n") if ln.strip()})

_line = st.one_of(
    st.text(max_size=60),
    st.sampled_from(FRAGMENTS),
    st.builds(lambda s, k, junk: s[:k] + junk, st.sampled_from(FRAGMENTS), st.integers(0, 120), st.text(max_size=8)),
)
_texts = st.lists(_line, max_size=40).map("\n".join)
_outputs = st.builds(
    CommandOutput,
    command=st.sampled_from(["", "appops get com.example.app CAMERA", "appops get com.example.app"]),
    text=_texts,
    exit_code=st.one_of(st.none(), st.integers(-1, 255)),
    sdk=st.one_of(st.none(), st.integers(19, 40)),
)

_FUZZ = settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


def _check(name: str, result: object) -> None:
    assert isinstance(result, Parsed), name
    if result.value is None and name != "settings_get":  # settings_get: "null" is a known None
        assert result.problems, name
    assert all(isinstance(p, str) for p in result.problems)


def test_every_section_parser_is_provided() -> None:
    assert set(PARSERS) >= {s.id for s in SECTIONS}


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_random_text_never_raises(name: str) -> None:
    parser = PARSERS[name]

    @_FUZZ
    @given(_outputs)
    def run(output: CommandOutput) -> None:
        _check(name, parser(output))

    run()


HOSTILE = {
    "nul bytes": "\x00[ro.x]: [1]\x00\nUser 0\x00\n" * 50,
    "huge line": "A" * 2_000_000,
    "huge bracket line": "[" + "]: [" * 300_000,
    "huge key=value line": "package=" + 'a="b" ' * 200_000,
    "escaped invalid utf8": "\\xff\\xfe\\xc3(\n\\x80package:\\xff=com.x\n",
    "control chars": "".join(chr(c) for c in range(32)) * 1000,
    "deep json": '{"prints":' + "[" * 100_000 + "\n",
    "many users": "User 0\n" * 100_000,
    "many accounts": "Account {name=a, type=b}\n" * 50_000,
    "only separators": "=\n" * 100_000,
    "surrogates": "\ud800\udfff\n[a]: [\ud800]\n",
}


@pytest.mark.timeout(60)  # does not hang: a backtracking pattern on 100,000 lines would take hours
@pytest.mark.parametrize("case", sorted(HOSTILE))
@pytest.mark.parametrize("name", sorted(PARSERS))
def test_hostile_input_is_total_and_does_not_hang(name: str, case: str) -> None:
    _check(name, PARSERS[name](out(HOSTILE[case], command="appops get com.example.app")))


def test_failed_command_is_unknown_everywhere() -> None:
    for name, parser in PARSERS.items():
        result = parser(CommandOutput("x", "partial", exit_code=None, sdk=33, failure="connection lost"))
        assert result.value is None and result.problems, name
        assert result.read_as_sdk == 33, name


@pytest.mark.parametrize("rel", ALL_FIXTURES)
def test_foreign_outputs_never_claim_no_lock(rel: str) -> None:
    """Any other command's output fed to the lock parsers must not read as "no lock"."""
    text = fixture(rel)
    if rel.startswith("dumpsys_lock_settings/") or rel.startswith("locksettings_get-disabled/"):
        return
    for name, parser in PARSERS.items():
        _check(name, parser(out(text)))
    lock = parse_lock_settings(out(text))
    if lock.value is not None:
        assert all(u.credential not in (CredentialType.NONE, CredentialType.SWIPE) for u in lock.value.users)
    probe = parse_get_disabled(out(text))
    assert probe.value is None or probe.value.secure is not False


def test_large_package_dump_is_read_in_linear_time() -> None:
    """1000 apps, several MB: read whole, at a cost that grows like the dump (not its square)."""
    block = fixture("dumpsys_package/api34_appid.txt")
    start = block.index("  Package [com.google.android.apps.translate]")
    end = block.index("  Package [com.example.stalker]")
    # Real blocks list components too; 40 per app brings 1000 apps to about 5 MB.
    components = "      disabledComponents:\n" + "".join(f"        com.example.Component{n}\n" for n in range(40))
    app = block[start:end] + components

    def dump(apps: int) -> str:
        body = "".join(
            app.replace("com.google.android.apps.translate", f"com.example.app{i}").replace("10234", str(10000 + i))
            for i in range(apps)
        )
        return "Packages:\n" + body + "\nShared users:\n"

    text = dump(1000)
    assert len(text) > 4_000_000
    parsed = parse_dumpsys_package(out(text))
    assert parsed.value is not None and len(parsed.value) == 1000
    assert parsed.value["com.example.app999"].app_id == 10999
    assert_linear(lambda t: parse_dumpsys_package(out(t)), dump(1000 // SIZE_FACTOR), text)
