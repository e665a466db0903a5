"""The languages hardener speaks: one list for the app's menu, the CLI's ``--lang`` and the report.

Qt-free, so the command line and the report's builders can name the languages without the GUI.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
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


# Old or other names of the same languages, as systems report them.
_ALIASES = {"in": "id", "iw": "he", "zh": "zh_CN", "zh_Hans": "zh_CN", "zh_SG": "zh_CN", "pt_PT": "pt", "mo": "ro"}


def best_code(tags: Iterable[str]) -> str:
    """The first of a system's languages that hardener speaks (``fr-FR``, ``pt_BR.UTF-8``,
    ``zh-Hans-CN``, ``in_ID``), else English."""
    for raw in tags:
        tag = raw.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
        if not tag or tag in ("C", "POSIX"):
            continue
        if tag in CODES:
            return tag
        parts = tag.split("_")
        for candidate in ("_".join(parts[:2]), parts[0]):
            candidate = _ALIASES.get(candidate, candidate)
            if candidate in CODES:
                return candidate
    return "en"


def code_from_environment(environ: Mapping[str, str]) -> str:
    """The language of the command line when no ``--lang`` is given: ``LANGUAGE`` (a list, as
    gettext reads it), then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; on Windows, where these are
    seldom set, the display language of the account. English when none is spoken here."""
    tags: list[str] = []
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            tags += value.split(":") if name == "LANGUAGE" else [value]
    if not tags and sys.platform == "win32":  # pragma: no cover - Windows only
        tags.append(_windows_ui_language())
    return best_code(tags)


def _windows_ui_language() -> str:  # pragma: no cover - Windows only
    import ctypes
    import locale

    try:
        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return ""
    return str(locale.windows_locale.get(int(lcid), ""))
