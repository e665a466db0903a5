"""Making text from the phone inert before a person sees it: the one helper every layer shares.

A phone (or an app on it, or whoever prepared it) chooses its model name, its setting values,
its error messages and its package names. Printed as they are, an escape sequence can clear the
terminal, retitle its window or fake a line of hardener's own output; a right-to-left mark makes a
name read backwards; a newline forges a second line of evidence. So every phone-supplied string
goes through :func:`shown` on its way to a terminal, a widget or a report: each invisible or
control character is spelled out as ``<U+001B>``, and very long text is cut.

This module sits below every layer (it imports nothing from hardener), because the lowest layer
that shows phone text is the ADB layer itself (the connection's label is the phone's model name).
Widgets must still be plain-text widgets: ``shown`` does not escape ``<b>`` markup, it keeps
what a person would type.
"""

from __future__ import annotations

import unicodedata

# Unicode categories that can hide or reorder text: controls (C0, DEL, C1), format characters
# (bidi marks, zero-width joiners), line and paragraph separators, private use, surrogates,
# unassigned code points.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"})


def shown(text: str, limit: int = 120) -> str:
    """``text`` made safe to display: hidden characters spelled out, very long text cut.

    A name like ``com.evil\\u202eppa.moc`` would display reversed; a newline could fake a second
    line of evidence; ``\\x1b[2J`` would clear the terminal. Spelling them as ``<U+202E>`` shows
    the person exactly what is there, and nothing acts on it. Idempotent: the spelled-out form
    holds no hidden character, so text made inert twice reads the same.
    """
    out: list[str] = []
    for ch in text:
        if unicodedata.category(ch) in _HIDDEN_CATEGORIES:
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    result = "".join(out)
    if len(result) > limit:
        result = result[: limit - 1] + "…"
    return result

