"""Marking user-visible text for translation outside the Qt layers.

Checks, errors and profiles must not import Qt, yet every word they show a person must be
translatable. They wrap English text in :func:`N_`; the text itself is the message id, in the
Linguist context :data:`CONTEXT`. The GUI translates at display time, then fills ``{named}``
fields with :meth:`str.format`. ``python -m tools.i18n_extract`` collects these strings
into the ``.ts`` files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

CONTEXT = "hardener"


def N_(text: str) -> str:  # noqa: N802 - the conventional gettext-style marker name
    """Mark ``text`` for translation; returns it unchanged (translation happens on display)."""
    return text


class _Missing(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, params: Mapping[str, object], tr: Callable[[str], str] | None = None) -> str:
    """Fill ``{named}`` fields after translation; a translator's typo never crashes display.

    A field whose value is a tuple or list holds message ids (e.g. permission groups): each
    item is translated with ``tr`` on its own, then the items are joined, so no English word
    is left inside a translated sentence.
    """
    values: dict[str, object] = {}
    for key, value in params.items():
        if isinstance(value, tuple | list) and all(isinstance(v, str) for v in value):
            values[key] = ", ".join(tr(v) if tr is not None else v for v in value)
        else:
            values[key] = value
    try:
        return text.format_map(_Missing(values))
    except (ValueError, IndexError, AttributeError):
        return text
