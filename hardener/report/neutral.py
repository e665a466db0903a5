"""Words a hand-over report must never contain, in the languages hardener ships.

The report may be found on the phone, printed in a bag, or read over someone's shoulder. It
must read like any phone check: it never says what the person does for a living, who helped
them, or why the check was done. Finding texts are written for the trainer and may quote the
guide, and app names come from the phone, so the report builder checks every text it is
about to show against this list and falls back to a plain line when one slips through.

The list is deliberately blunt (it also refuses "police" and "client"): a sentence that needs
those words does not belong in this report. It also holds the tool's own name: a report that
says "hardener" tells whoever finds it that the phone was prepared for something.
"""

from __future__ import annotations

import re

# Latin and Cyrillic words, matched on word starts so "sexual" and "prostituição" are caught
# but "Sussex" and "policy" are not.
_WORDED = (
    r"sex\w*",
    r"escort\w*",
    r"clients?",
    r"prostitu\w*",
    r"nswp",
    r"drop[-\s]?ins?",
    r"centres?",
    r"centers?",
    r"centro\w*",
    r"outreach\w*",
    r"police\w*",
    r"polic[ií]a\w*",
    r"arrest\w*",
    r"brothel\w*",
    r"trafficking",
    r"hardener\w*",
    r"секс\w*",
    r"проститу\w*",
    r"полиц\w*",
    r"клиент\w*",
    r"эскорт\w*",
)
# Chinese has no spaces between words, so these match anywhere; each is specific enough.
_UNSPACED = ("性工作", "性服务", "性交易", "卖淫", "嫖", "警察", "外展")

FORBIDDEN = re.compile(
    r"(?<!\w)(?:" + "|".join(_WORDED) + r")(?!\w)|" + "|".join(map(re.escape, _UNSPACED)),
    re.IGNORECASE | re.UNICODE,
)


def forbidden_words(text: str) -> list[str]:
    """The forbidden words found in ``text`` (empty when it may be shown)."""
    return [m.group(0) for m in FORBIDDEN.finditer(text)]


def is_neutral(text: str) -> bool:
    return FORBIDDEN.search(text) is None
