"""Moved to :mod:`hardener.gui.prefs` (the preferences are kept with Qt, which belongs to the GUI).

Kept only so the GUI modules that still import it here (``gui/window.py``, ``gui/menus.py``,
being reworked now) go on working; remove this file once they import ``hardener.gui.prefs``.
"""

from hardener.gui.prefs import TEXT_SIZES, Prefs

__all__ = ["TEXT_SIZES", "Prefs"]
