"""Make the shipped fonts known to Qt, so every script hardener speaks can be drawn.

Qt picks a fallback font per character from the fonts it knows; a laptop without a Thai or
Arabic font would show boxes, in the app and in the PDF report alike. Registering the shipped
Noto fonts (hardener.data.fonts) once per process fills that gap; fonts the system already has
stay first in line. Needs a QGuiApplication (the app has one; the report makes one offscreen).
"""

from __future__ import annotations

from hardener.data.fonts import FONT_FILES

_REGISTERED: set[str] = set()


def register_fonts() -> list[str]:
    """Add the shipped fonts to Qt's database (once); returns the families now available."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for path in FONT_FILES:
        if str(path) in _REGISTERED:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            _REGISTERED.add(str(path))
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families
