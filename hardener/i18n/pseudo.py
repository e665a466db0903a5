"""The pseudo-language ``en_XA``: every text accented, lengthened and bracketed.

Qt-free, so both the GUI (a run-time catalogue for layout checks) and the report's renderer
(a report "in" ``en_XA``, to see that every report text goes through translation) use the same
transformation without the report importing the GUI.
"""

from __future__ import annotations

import re

_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçδéƒĝĥîĵķľɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĽṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Parts a translator must leave alone: {fields}, %1/%n, <tags>, &entities;
_PROTECTED = re.compile(r"(\{[^{}]*\}|%(?:\d+|n)|<[^<>]*>|&[a-zA-Z#0-9]+;)")


def pseudo(text: str) -> str:
    """Accented, about a third longer, bracketed: untranslated or clipped text stands out."""
    if not text:
        return text
    parts = _PROTECTED.split(text)
    out = "".join(p if i % 2 else p.translate(_ACCENTS) for i, p in enumerate(parts))
    letters = sum(ch.isalpha() for ch in text)
    padding = "·" * max(1, letters // 3)
    return f"⟦{out} {padding}⟧"
