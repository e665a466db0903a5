"""Words a person must never confuse get distinct translations in every language.

"Cancel" stops what is going on and changes nothing; "Undo" puts the phone back as it was. The
French catalogue once said "Annuler" for both, so a person could not tell "stop" from "put
back" (issue 15). Read from the catalogues as translators leave them; unfinished entries are
not shown to anyone yet, so they are not judged here.
"""

from __future__ import annotations

import re

import pytest

from tools.i18n_extract import LANGUAGES, read_ts, ts_path


def _plain(text: str) -> str:
    """The word as read on screen: no keyboard mark (&), no trailing dots or ellipsis, any case."""
    text = re.sub(r"&(?=\S)", "", text)
    return re.sub(r"[\s.…:]+$", "", text).strip().casefold()


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_cancel_and_undo_are_different_words(lang: str) -> None:
    entries = read_ts(ts_path(lang))
    if not entries:
        pytest.skip(f"no catalogue for {lang}")
    cancel = {(m.context, text) for m, (text, done) in entries.items() if done and m.source == "Cancel"}
    undo = {(m.context, m.source, text) for m, (text, done) in entries.items() if done and m.source.startswith("Undo")}
    if not cancel or not undo:
        pytest.skip(f"{lang}: Cancel or Undo not translated yet")
    clashes = [
        f"{cancel_ctx}/Cancel and {undo_ctx}/{source!r} are both {undo_text!r}"
        for cancel_ctx, cancel_text in sorted(cancel)
        for undo_ctx, source, undo_text in sorted(undo)
        if _plain(cancel_text) == _plain(undo_text)
    ]
    assert not clashes, f"{lang}: " + "; ".join(clashes)
