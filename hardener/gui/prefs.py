"""The one file hardener writes on the laptop by itself: the person's display preferences.

It lives with the GUI because it is kept with Qt's QSettings (Qt decides where the file goes,
and :func:`written_paths` must agree with Qt), and Qt belongs to the GUI. ``hardener forget``
(:mod:`hardener.forget`) uses :func:`forget_prefs` from here.

A centre's laptop may be seized, so anything that could name a phone or a person (devices
seen, recent addresses, findings, logs) stays in memory. The language and the text size say
nothing about anyone, and choosing them again on every run is a real barrier for someone who
does not read English, so those two are remembered, and nothing else.

Everything that reads or writes that file goes through this module, so :func:`written_paths`
can be the complete answer to "what could hardener have left here?": ``hardener forget``
removes exactly that, and the no-trace tests check the disk against it. (The ADB key is not a
file: it lives in the OS keyring, see :mod:`hardener.adb.keys`. A report exists on disk only
where the person chose to save it.)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "hardener"
APPLICATION = "hardener-gui"

TEXT_SIZES: tuple[int, ...] = (100, 125, 150, 200)
DEFAULT_TEXT_SIZE = 100

_ALLOWED_KEYS = frozenset({"language", "text_size"})


def open_settings() -> QSettings:
    """An INI file in the user's config folder, so its place is predictable and it can be removed.

    The native format would be the registry on Windows and a plist on macOS; an INI file
    everywhere keeps :func:`written_paths` true on every platform.
    """
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


class Prefs:
    """Typed access to the two remembered preferences; refuses to store any other key."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else open_settings()

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
        if not isinstance(code, str) or not code or len(code) > 16 or not code.replace("_", "").isalnum():
            raise ValueError(f"not a language code: {code!r:.40}")
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


def prefs_file() -> Path:
    """Where Qt keeps the preferences in this process (it reads XDG_CONFIG_HOME once, at first use)."""
    return Path(open_settings().fileName())


def written_paths() -> tuple[Path, ...]:
    """Every path hardener itself may create on this computer: the file, its lock, its folder.

    Qt briefly makes a lock file (and may make a temporary file) beside the INI file while
    saving; a crash at the wrong moment could leave one behind, so :func:`is_ours` also accepts
    any ``<file>.<suffix>`` sibling. The folder is Qt's per-organisation folder, named after
    hardener, which holds nothing of anyone else's.
    """
    path = prefs_file()
    return (path, path.with_name(path.name + ".lck"), path.parent)


def is_ours(path: Path) -> bool:
    """True if ``path`` is one hardener may have written (for ``forget`` and the no-trace tests)."""
    main = prefs_file()
    return path in written_paths() or (path.parent == main.parent and path.name.startswith(main.name + "."))


def _leftovers(path: Path) -> list[Path]:
    if not path.parent.is_dir():
        return []
    return sorted(p for p in path.parent.iterdir() if p.name == path.name or p.name.startswith(path.name + "."))


def forget_prefs() -> list[Path]:
    """Remove the preferences file (and its folder when nothing else is in it); say what went.

    Files are removed directly, not through QSettings.clear(), which would leave an empty
    file behind: an empty ``hardener`` config file still says hardener was used here.
    """
    path = prefs_file()
    removed: list[Path] = []
    for item in _leftovers(path):
        if item.is_file() or item.is_symlink():
            item.unlink()
            removed.append(item)
    folder = path.parent
    if folder.is_dir() and folder.name == ORGANISATION and not any(folder.iterdir()):
        folder.rmdir()
        removed.append(folder)
    return removed
