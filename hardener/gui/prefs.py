"""The only thing the GUI writes to disk: the person's display preferences.

A centre's laptop may be seized, so anything that could name a phone or a person (devices
seen, recent addresses, findings, logs) stays in memory. The language and the text size say
nothing about anyone, and re-choosing them every run is a real barrier for someone who does
not read English, so those two are remembered, and nothing else is ever stored here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "hardener"
APPLICATION = "hardener-gui"

TEXT_SIZES: tuple[int, ...] = (100, 125, 150, 200)
DEFAULT_TEXT_SIZE = 100

_ALLOWED_KEYS = frozenset({"language", "text_size"})


class Prefs:
    """Typed access to the two remembered preferences; refuses to store any other key."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    def _set(self, key: str, value: object) -> None:
        if key not in _ALLOWED_KEYS:
            raise KeyError(f"not a display preference: {key}")
        self._settings.setValue(key, value)
        self._settings.sync()

    @property
    def language(self) -> str | None:
        value = self._settings.value("language")
        return value if isinstance(value, str) and value else None

    @language.setter
    def language(self, code: str) -> None:
        self._set("language", code)

    @property
    def text_size(self) -> int:
        raw = self._settings.value("text_size")
        try:
            value = int(str(raw))
        except ValueError:
            return DEFAULT_TEXT_SIZE
        return value if value in TEXT_SIZES else DEFAULT_TEXT_SIZE

    @text_size.setter
    def text_size(self, percent: int) -> None:
        if percent not in TEXT_SIZES:
            raise ValueError(f"text size must be one of {TEXT_SIZES}")
        self._set("text_size", percent)

    def stored_keys(self) -> list[str]:
        return sorted(self._settings.allKeys())
