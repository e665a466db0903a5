"""Every passage a finding can cite appears word for word in the NSWP guide.

The guide's text file has hard line breaks and page-break spaces, so both sides are compared
after collapsing whitespace; nothing else is forgiven (curly quotes, footnote markers and all).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_builder import SnapshotBuilder

from hardener.checks import guide_refs, run_checks
from hardener.checks.finding import GuideRef

GUIDE = Path(__file__).resolve().parents[1].parent / "shared" / "guide" / "nswp-smart-guide-digital-security.txt"


def _collapse(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def guide_text() -> str:
    if not GUIDE.is_file():
        pytest.skip(f"the guide is not at {GUIDE} (the shared folder is absent on this machine)")
    return _collapse(GUIDE.read_text(encoding="utf-8"))


def _refs_in_module() -> list[GuideRef]:
    return [v for v in vars(guide_refs).values() if isinstance(v, GuideRef)]


def test_all_lists_every_ref_in_the_module() -> None:
    assert set(guide_refs.ALL) == set(_refs_in_module())
    assert len(guide_refs.ALL) == len(set(guide_refs.ALL))


@pytest.mark.parametrize("ref", guide_refs.ALL, ids=lambda r: r.quote[:40])
def test_quote_is_verbatim(ref: GuideRef, guide_text: str) -> None:
    assert ref.quote.strip() == ref.quote
    assert _collapse(ref.quote) in guide_text


@pytest.mark.parametrize("ref", guide_refs.ALL, ids=lambda r: r.quote[:40])
def test_section_is_a_heading_of_the_guide(ref: GuideRef, guide_text: str) -> None:
    assert _collapse(ref.section) in guide_text


def test_quote_check_catches_a_changed_word(guide_text: str) -> None:
    changed = guide_refs.TRANSLATE_HISTORY.quote.replace("Google Translate", "Google Maps")
    assert _collapse(changed) not in guide_text
    straight = guide_refs.TRANSLATE_HISTORY.quote.replace("’", "'")
    assert _collapse(straight) not in guide_text


def test_every_emitted_guide_ref_is_a_checked_constant() -> None:
    emitted: set[GuideRef] = set()
    for builder in (SnapshotBuilder.safe_phone(), SnapshotBuilder.risky_phone(), SnapshotBuilder(read_all=False)):
        for finding in run_checks(builder.build()):
            emitted.add(finding.guide)
    assert emitted, "no finding at all"
    assert emitted <= set(guide_refs.ALL), emitted - set(guide_refs.ALL)
