"""Marking user-visible text for translation outside the Qt layers.

Checks, errors and profiles must not import Qt, yet every word they show a person must be
translatable. They wrap English text in :func:`N_`; the text itself is the message id, in the
Linguist context :data:`CONTEXT`. The GUI translates at display time, then fills ``{named}``
fields with :meth:`str.format`. ``python -m hardener.i18n.extract`` collects these strings
into the ``.ts`` files.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTEXT = "hardener"


def N_(text: str) -> str:  # noqa: N802 - the conventional gettext-style marker name
    """Mark ``text`` for translation; returns it unchanged (translation happens on display)."""
    return text


class _Missing(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, params: Mapping[str, object]) -> str:
    """Fill ``{named}`` fields after translation; a translator's typo never crashes display."""
    try:
        return text.format_map(_Missing(params))
    except (ValueError, IndexError, AttributeError):
        return text
