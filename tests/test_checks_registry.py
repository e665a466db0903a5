"""run_checks as a whole: ordering, ids, words, unknowns, failure containment and hostile data."""

from __future__ import annotations

import ast
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from snapshot_builder import SnapshotBuilder, all_strings, assert_safe_findings, by_id, fix_kinds, only

import hardener.checks as checks
from hardener.checks import KNOWN_FINDING_IDS, REGISTRY, run_checks
from hardener.checks import _validate as v
from hardener.checks.finding import Finding, Severity

CHECKS_DIR = Path(checks.__file__).parent


def scenarios() -> dict[str, SnapshotBuilder]:
    return {
        "safe": SnapshotBuilder.safe_phone(),
        "risky": SnapshotBuilder.risky_phone(),
        "nothing read": SnapshotBuilder(read_all=False),
        "all empty": SnapshotBuilder(),
    }


@pytest.fixture(scope="module")
def results() -> dict[str, list[Finding]]:
    return {name: run_checks(b.build()) for name, b in scenarios().items()}


def test_worst_first(results: dict[str, list[Finding]]) -> None:
    for findings in results.values():
        ranks = [f.severity.rank for f in findings]
        assert ranks == sorted(ranks)
    assert results["risky"][0].severity == Severity.CRITICAL


def test_every_check_speaks_in_every_scenario(results: dict[str, list[Finding]]) -> None:
    for name, builder in scenarios().items():
        snap = builder.build()
        for _, family_checks in REGISTRY:
            for check in family_checks:
                assert check(snap, None), f"{check.__name__} said nothing on the {name} phone"
    assert not [f for fs in results.values() for f in fs if f.id.endswith(".check_failed")]


def test_ids_are_known_and_all_reachable(results: dict[str, list[Finding]]) -> None:
    emitted = {f.id for fs in results.values() for f in fs}
    assert emitted <= KNOWN_FINDING_IDS
    never = {i for i in KNOWN_FINDING_IDS - emitted if not i.endswith(".check_failed")}
    # the stalkerware dual-use id is covered in test_checks_stalkerware; every other id shows here
    assert never <= {"stalkerware.dual_use_app"}, never
    for fid in KNOWN_FINDING_IDS:
        family, _, rest = fid.partition(".")
        assert family in {f.value for f, _ in REGISTRY} and rest


def test_nothing_read_means_unknown_never_ok(results: dict[str, list[Finding]]) -> None:
    assert {f.severity for f in results["nothing read"]} == {Severity.UNKNOWN}
    for f in results["nothing read"]:
        assert f.params["reason"], f.id
        assert f.evidence


def test_safe_phone_is_all_ok(results: dict[str, list[Finding]]) -> None:
    assert {f.severity for f in results["safe"]} == {Severity.OK}
    assert len(results["safe"]) == len({f.id for f in results["safe"]})


def test_keys_are_unique_within_a_scan(results: dict[str, list[Finding]]) -> None:
    for findings in results.values():
        keys = [f.key for f in findings]
        assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]


def _marked_strings() -> set[str]:
    """Every literal passed to N_() in the checks package."""
    marked: set[str] = set()
    for path in CHECKS_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "N_":
                assert len(node.args) == 1 and isinstance(node.args[0], ast.Constant), f"{path.name}:{node.lineno}"
                marked.add(node.args[0].value)
    return marked


def test_every_shown_text_is_marked_for_translation(results: dict[str, list[Finding]]) -> None:
    marked = _marked_strings()
    for f in (f for fs in results.values() for f in fs):
        texts = [f.title, f.explanation] + [t for s in f.manual_steps for t in (s.title, s.how)]
        for text in texts:
            assert text in marked, f"{f.id}: not an N_ message id: {text!r}"


def test_every_field_in_a_text_has_a_param(results: dict[str, list[Finding]]) -> None:
    for f in (f for fs in results.values() for f in fs):
        for text in (f.title, f.explanation, *(s.title for s in f.manual_steps), *(s.how for s in f.manual_steps)):
            fields = {name for _, name, _, _ in string.Formatter().parse(text) if name}
            assert fields <= set(f.params), f"{f.id}: {fields - set(f.params)} missing in {text!r}"
            text.format(**f.params)


def test_a_failing_check_is_contained(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(snap: Any, ctx: Any = None) -> list[Finding]:
        raise RuntimeError("boom")

    baseline = len(run_checks(SnapshotBuilder.safe_phone().build()))
    patched = tuple((fam, (broken, *cs)) if i == 0 else (fam, cs) for i, (fam, cs) in enumerate(REGISTRY))
    monkeypatch.setattr(checks, "REGISTRY", patched)
    findings = run_checks(SnapshotBuilder.safe_phone().build())
    failed = by_id(findings, "lock.check_failed")
    assert len(failed) == 1
    assert failed[0].severity == Severity.UNKNOWN
    assert failed[0].params == {"check": "broken", "error": "RuntimeError"}
    assert len(findings) == baseline + 1  # the others still ran


# --- hostile data from the phone -------------------------------------------------------------------------

HOSTILE_NAMES = [
    "com.evil;rm -rf /",
    "com.evil$(reboot)",
    "com.evil`id`",
    "com.evil\nFAKE EVIDENCE LINE",
    "com.evil\u202eppa.moc",
    "com.evil'\"&&|>",
    "com." + "a" * 400,
    "",
    "-rf",
    "com.evil/../../data",
]
def hostile_phone(name: str) -> SnapshotBuilder:
    return (
        SnapshotBuilder.risky_phone()
        .package(name, installer=name, granted=["READ_SMS", "CAMERA", name], signing=[name])
        .package("com.google.android.apps.translate" + name, granted=["RECORD_AUDIO"])
        .appop(name, "SYSTEM_ALERT_WINDOW")
        .appop(name, "REQUEST_INSTALL_PACKAGES")
        .appop(name, "GET_USAGE_STATS")
        .secure(enabled_accessibility_services=f"{name}/.A:{name}",
                enabled_notification_listeners=f"{name}/{name}")
        .device_admin(f"{name}/.Admin")
        .profile_owner(10, name)
        .account(name, type=name)
        .account(name + "@" + name)
        .sync(name, name + "contacts", account_type=name)
        .trust_agent(name, managing=True)
        .disk(name, data_bytes=1)
        .backup(True, current=name)
    )


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=range(len(HOSTILE_NAMES)))
def test_hostile_names_are_escaped_and_never_reach_fixes(name: str) -> None:
    findings = run_checks(hostile_phone(name).build())
    assert_safe_findings(findings)
    if "\n" in name:
        shown = v.shown(name)
        assert "<U+000A>" in shown
        assert any(shown in s for f in findings for s in all_strings(f))


def test_hostile_account_names_masked_by_default() -> None:
    secret = "real.name\u202e@evil\n.com"
    findings = run_checks(SnapshotBuilder().account(secret).build())
    assert not any("real.name" in s for f in findings for s in all_strings(f))
    assert_safe_findings(findings)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=0, max_size=60))
def test_any_package_name_is_survivable(name: str) -> None:
    assert_safe_findings(run_checks(hostile_phone(name).build()))


def test_app_fixes_are_dropped_when_another_user_is_in_front() -> None:
    snap = (
        SnapshotBuilder.safe_phone()
        .trust_user(0, current=False)
        .trust_user(10, current=True)
        .package("com.example.x", installer=None, user_id=10, granted=["READ_SMS"])
        .secure(lock_screen_show_notifications="1")
        .build()
    )
    findings = run_checks(snap)
    dangerous = only(findings, "permissions.dangerous_granted", "com.example.x")
    assert dangerous.severity == Severity.HIGH  # judged for user 10, the one holding the phone
    assert not dangerous.auto_fixes  # the session layer would apply it to user 0
    assert fix_kinds(only(findings, "lock.notifications")) == ["setting"]


def test_lockdown_fix_is_marked_irreversible() -> None:
    findings = run_checks(SnapshotBuilder.safe_phone().fingerprints(1).build())
    (fix,) = only(findings, "lock.biometrics").auto_fixes
    assert (fix.kind, fix.args, fix.reversible) == ("lockdown", {}, False)
