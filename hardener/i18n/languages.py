"""The languages hardener speaks: one list for the app's menu, the CLI's ``--lang`` and the report.

Qt-free, so the command line and the report's builders can name the languages without the GUI.
"""

from __future__ import annotations

from dataclasses import dataclass

PSEUDO = "en_XA"


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # the language's own name: a person must recognise it without reading English


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("fr", "Français"),
    Language("es", "Español"),
    Language("pt", "Português"),
    Language("ru", "Русский"),
    Language("zh_CN", "简体中文"),
    Language(PSEUDO, "[Ƥşéüδô] en_XA"),
)
CODES = frozenset(lang.code for lang in LANGUAGES)
