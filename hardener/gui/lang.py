"""Languages: which ones the menu offers, loading their catalogues, and library texts.

Translations may not exist yet for a language (they are written separately), so a missing
``.qm`` file is normal: the menu still switches, and the English message ids show through.
The pseudo-language ``en_XA`` exists so layout problems (long words, clipped buttons) can be
seen before any translator has worked: its built catalogue is used when there is one, else
every string is accented and lengthened at run time, keeping ``{named}`` fields and markup
intact so filling and rich text still work.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from hardener.i18n import I18N_DIR
from hardener.i18n.languages import CODES, LANGUAGES, PSEUDO, Language, best_code, is_right_to_left
from hardener.i18n.markers import CONTEXT, fill
from hardener.i18n.pseudo import pseudo

__all__ = ["CODES", "LANGUAGES", "PSEUDO", "Language", "LanguageSwitcher", "best_code", "lib", "pseudo"]



def lib(text: str, params: Mapping[str, object] | None = None) -> str:
    """A text from the library (finding, error, profile): translate the id, then fill fields."""
    translated = QCoreApplication.translate(CONTEXT, text)
    return fill(translated, params or {}, lambda item: QCoreApplication.translate(CONTEXT, item))


# --- pseudo-localisation ---------------------------------------------------------------------
# pseudo() itself is Qt-free (hardener/i18n/pseudo.py), shared with the report's renderer.

class PseudoTranslator(QTranslator):
    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


# --- switching ----------------------------------------------------------------------------


def catalogue_path(code: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"hardener_{code}.qm"


# The translators hardener installed, whichever switcher did it: the application has one
# language at a time, so switching must remove the last one's catalogues, not only its own.
_INSTALLED: list[QTranslator] = []


class LanguageSwitcher:
    """Installs the catalogues of one language at a time; Qt then tells every widget."""

    def __init__(self, directory: Path = I18N_DIR) -> None:
        self._directory = directory
        self.code = "en"

    def apply(self, code: str) -> bool:
        """Switch to ``code``; False when it has no catalogue yet (English shows through).

        English loads its small catalogue too: it holds the plural forms ("1 thing", "2 things").
        A right-to-left language mirrors the whole window (Qt's layout direction)."""
        if code not in CODES:
            code = "en"
        app = QCoreApplication.instance()
        for old in _INSTALLED:
            QCoreApplication.removeTranslator(old)
        _INSTALLED.clear()
        self.code = code
        found = code == "en"
        ours = QTranslator(app)
        path = catalogue_path("en" if code == PSEUDO else code, self._directory)
        if path.exists() and ours.load(str(path)):
            self._install(ours)
            found = True
        if code == PSEUDO:
            # Made up at run time (no pseudo catalogue is built), so layout can be checked anyway;
            # installed last, so it is asked first.
            self._install(PseudoTranslator(app))
            found = True
        if code not in ("en", PSEUDO):
            qt_own = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{code}", qt_dir):
                self._install(qt_own)
        QLocale.setDefault(QLocale("en_US" if code in ("en", PSEUDO) else code))
        if isinstance(app, QGuiApplication):
            from hardener.report.fonts import register_fonts

            register_fonts()  # once per process: a language's script must never show as boxes
            direction = Qt.LayoutDirection.RightToLeft if is_right_to_left(code) else Qt.LayoutDirection.LeftToRight
            QGuiApplication.setLayoutDirection(direction)
        return found

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        _INSTALLED.append(translator)
