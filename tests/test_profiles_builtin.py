"""The shipped profiles load, cover every situation, and quote the guide word for word."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hardener.checks import KNOWN_FINDING_IDS
from hardener.session.kinds import KINDS
from hardener.session.profiles import builtin_profiles

GUIDE = Path(__file__).resolve().parents[1].parent / "shared" / "guide" / "nswp-smart-guide-digital-security.txt"

SITUATIONS = {"arrest-raid", "work-identity", "outreach-data", "migrant-translation", "webcam-work", "audit-only",
              "border-travel", "watched-partner", "dating-hunts"}


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_situation_has_a_profile():
    assert {p.id for p in builtin_profiles()} >= SITUATIONS
    assert len(builtin_profiles()) >= 8


def test_rules_answer_real_findings_with_known_change_kinds():
    for profile in builtin_profiles():
        for rule in profile.rules:
            assert set(rule.answers) <= KNOWN_FINDING_IDS, (profile.id, rule.id)
            assert set(rule.use_finding_fixes) <= set(KINDS), (profile.id, rule.id)


def test_audit_only_changes_nothing():
    (audit,) = [p for p in builtin_profiles() if p.id == "audit-only"]
    assert audit.audit_only
    assert all(not r.changes and not r.use_finding_fixes for r in audit.rules)


def test_every_citation_appears_word_for_word_in_the_guide():
    if not GUIDE.exists():
        pytest.skip("the guide (../shared/guide) is not beside this checkout")
    guide = _words(GUIDE.read_text(encoding="utf-8"))
    for profile in builtin_profiles():
        for rule in profile.rules:
            if rule.guide_has_none:
                continue  # the rule says openly that the guide has no passage for it
            assert _words(rule.guide_quote) in guide, (profile.id, rule.id, rule.guide_quote[:60])
            assert _words(rule.guide_section) in guide, (profile.id, rule.id, rule.guide_section)


def test_texts_are_short_and_plain():
    for profile in builtin_profiles():
        for rule in profile.rules:
            assert len(rule.title) <= 90, rule.title
            for sentence in re.split(r"(?<=[.!?])\s+", rule.why):
                assert len(sentence.split()) <= 25, sentence


def test_missing_profiles_are_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An install without its profiles says so, instead of offering no situation at all."""
    from hardener.errors import NoProfilesFound
    from hardener.session import profiles

    with pytest.raises(NoProfilesFound):
        builtin_profiles(tmp_path)  # a folder with no profile in it
    monkeypatch.setattr(profiles, "PROFILES_PACKAGE", "hardener._no_such_profiles")
    monkeypatch.setattr(profiles, "_CHECKOUT_PROFILES", tmp_path / "missing")
    with pytest.raises(NoProfilesFound) as raised:
        builtin_profiles()
    assert "Install hardener again" in raised.value.plain()
