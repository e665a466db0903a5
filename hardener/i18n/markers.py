"""Marking user-visible text for translation outside the Qt layers.

Checks, errors and profiles must not import Qt, yet every word they show a person must be
translatable. They wrap English text in :func:`N_`; the text itself is the message id, in the
Linguist context :data:`CONTEXT`. The GUI translates at display time, then fills ``{named}``
fields with :meth:`str.format`. ``python -m tools.i18n_extract`` collects these strings
into the ``.ts`` files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from hardener.i18n.guide import GuideWords

CONTEXT = "hardener"


def N_(text: str) -> str:  # noqa: N802 - the conventional gettext-style marker name
    """Mark ``text`` for translation; returns it unchanged (translation happens on display)."""
    return text


def Nn_(text: str) -> str:  # noqa: N802 - as N_
    """Mark a text with plural forms: it holds ``%n``, and each language gives one form per
    plural category (English too: "%n thing(s)" is shown as "1 thing", "2 things")."""
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


class Words(Protocol):
    """What a face needs to speak one language: translate, fill, count. The command line and
    the report get one from :class:`hardener.report.catalogue.Catalogue`; Qt-free layers only
    name this shape."""

    lang: str

    def __call__(self, text: str) -> str: ...

    def say(self, text: str, params: Mapping[str, object] | None = None) -> str: ...

    def plural(self, text: str, n: int, params: Mapping[str, object] | None = None) -> str: ...

    def guide(self, section: str, quote: str) -> GuideWords: ...


class EnglishWords:
    """The message ids as they are, ``%n`` filled in but no plural forms chosen (those live in
    the English catalogue, read by :class:`~hardener.report.catalogue.Catalogue`): for code and
    tests that need :class:`Words` without Qt."""

    lang = "en"

    def __call__(self, text: str) -> str:
        return text

    def say(self, text: str, params: Mapping[str, object] | None = None) -> str:
        return fill(text, params or {}, self)

    def plural(self, text: str, n: int, params: Mapping[str, object] | None = None) -> str:
        return fill(text.replace("%n", str(n)), params or {}, self)

    def guide(self, section: str, quote: str) -> GuideWords:
        from hardener.i18n.guide import guide_words

        return guide_words(section, quote, None)
