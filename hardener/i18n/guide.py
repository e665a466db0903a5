"""The guide's words in the person's language, without losing the guide's own words.

A "Why it matters" passage is a quote from the NSWP Smart Guide: the English is shown as it is
(it is a quote, checked word for word against the guide), and a translation is shown beside it,
marked as one, so that a person who does not read English still learns why. The translations
live in the same Linguist catalogue as every other text, in their own context
(:data:`GUIDE_CONTEXT`), so a translator sees at once that they translate a quotation.

Qt-free: each face passes its own ``translate(context, text)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hardener.i18n.markers import N_

GUIDE_CONTEXT = "GuideQuote"
QUOTE_COMMENT = (
    "A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it."
)
SECTION_COMMENT = "A section heading of the NSWP Smart Guide."
# Shown under the translated passage, in the person's language.
TRANSLATED_MARK = N_("Translated from the English guide.")

ContextTranslate = Callable[[str, str], str]


@dataclass(frozen=True)
class GuideWords:
    """One passage: the guide's English, and the translation when this language has one."""

    section: str
    quote: str
    section_translation: str | None
    translation: str | None


def guide_words(section: str, quote: str, translate: ContextTranslate | None) -> GuideWords:
    """The passage with its translation, or ``None`` where there is none (English, or a
    catalogue that lacks it): a missing translation never repeats the English as if translated."""

    def one(text: str) -> str | None:
        if translate is None or not text:
            return None
        shown = translate(GUIDE_CONTEXT, text)
        return shown if shown and shown != text else None

    return GuideWords(section, quote, one(section), one(quote))
