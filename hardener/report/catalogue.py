"""One language's words, read from its compiled catalogue, for the command line and the report.

The app switches the whole application's language with Qt's installed translators; the
command line and the report must not depend on what the app has installed (a trainer's
laptop may show the app in English while the person takes home a report in Thai). So a
:class:`Catalogue` loads its own ``QTranslator`` and answers only for its language: one
catalogue, one translation system, three faces.

Only ``QtCore`` is used: no application object, no display.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from hardener.i18n import I18N_DIR
from hardener.i18n.guide import GuideWords, guide_words
from hardener.i18n.languages import CODES, PSEUDO, is_right_to_left
from hardener.i18n.markers import CONTEXT, fill
from hardener.i18n.pseudo import pseudo


class Catalogue:
    """Translate, fill and count in one language. English reads its plural forms only."""

    def __init__(self, lang: str, directory: Path = I18N_DIR) -> None:
        from PySide6.QtCore import QTranslator

        self.lang = lang if lang in CODES else "en"
        self._translator: QTranslator | None = None
        name = "en" if self.lang in ("en", PSEUDO) else self.lang
        path = directory / f"hardener_{name}.qm"
        translator = QTranslator()
        if path.is_file() and translator.load(str(path)):
            self._translator = translator

    @property
    def right_to_left(self) -> bool:
        return is_right_to_left(self.lang)

    def context_text(self, context: str, text: str) -> str:
        if self.lang == PSEUDO:
            return pseudo(text)
        if self._translator is None or self.lang == "en":
            return text
        return self._translator.translate(context, text) or text

    def __call__(self, text: str) -> str:
        """The translation of a message id (the English itself when there is none)."""
        return self.context_text(CONTEXT, text)

    def say(self, text: str, params: Mapping[str, object] | None = None) -> str:
        """Translated, then its ``{named}`` fields filled (list fields translated item by item)."""
        return fill(self(text), params or {}, self)

    def plural(self, text: str, n: int, params: Mapping[str, object] | None = None) -> str:
        """A ``%n`` text in the plural form this language uses for ``n``."""
        shown = text
        if self.lang == PSEUDO:
            shown = pseudo(text)
        elif self._translator is not None:
            shown = self._translator.translate(CONTEXT, text, None, n) or text
        return fill(shown.replace("%n", str(n)), params or {}, self)

    def guide(self, section: str, quote: str) -> GuideWords:
        """A guide passage with its translation into this language, when there is one."""
        if self.lang in ("en", PSEUDO):
            return guide_words(section, quote, None)
        return guide_words(section, quote, self.context_text)
