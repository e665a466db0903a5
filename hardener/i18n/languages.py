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
    rtl: bool = False  # written right to left: the window mirrors (Qt's layout direction)


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("fr", "Français"),
    Language("es", "Español"),
    Language("pt", "Português"),
    Language("ru", "Русский"),
    Language("zh_CN", "简体中文"),
    Language("ar", "العربية", rtl=True),
    Language("th", "ไทย"),
    Language("vi", "Tiếng Việt"),
    Language("id", "Bahasa Indonesia"),
    Language("sw", "Kiswahili"),
    Language("ro", "Română"),
    Language(PSEUDO, "[Ƥşéüδô] en_XA"),
)
CODES = frozenset(lang.code for lang in LANGUAGES)
RIGHT_TO_LEFT = frozenset(lang.code for lang in LANGUAGES if lang.rtl)


def is_right_to_left(code: str) -> bool:
    return code in RIGHT_TO_LEFT
