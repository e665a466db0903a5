"""No visible text bypasses translation: under the pseudo-language every UI text is bracketed.

The pseudo-language (``en_XA``) "translates" every text that goes through Qt's translation
system into ``⟦Àççéñţéδ … ·····⟧``. Walking every screen of the flow, any label, button, list
row or tooltip that still shows plain English words was set without ``tr()``/``lib()``.
What comes from the phone itself (model, app and setting names, values) is data, not UI text.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QListWidget, QTreeWidget, QWidget
from test_gui_flow import STEP_S, _left, _restore_app_state, make_window, wait_page  # noqa: F401

from hardener.gui.lang import LanguageSwitcher
from hardener.sim.personas import list_personas

# Two ordinary words in a row: prose. Technical data (com.x.y, lock_screen_key, SM-A515F, 600000)
# never matches, because it has no space between lower-case words.
_PROSE = re.compile(r"[A-Za-z]{2,}[ ,][a-z]{2,}")


def _ui_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts += [header.text(c) for c in range(widget.columnCount())]
            stack = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while stack:
                item = stack.pop()
                texts += [item.text(c) for c in range(widget.columnCount())]
                stack += [item.child(j) for j in range(item.childCount())]
    return [t for t in texts if t]


def _bypassing(root: QWidget, data: set[str]) -> list[str]:
    bad = []
    for text in _ui_texts(root):
        for line in text.splitlines():
            if "⟦" in line or line.strip() in data or not _PROSE.search(line):
                continue
            bad.append(line)
    return sorted(set(bad))


def test_every_visible_text_on_every_screen_goes_through_translation(qtbot, make_window):  # noqa: F811
    assert LanguageSwitcher().apply("en_XA")
    w = make_window()
    data = {p.name for p in list_personas()}
    # The practice phones' names ("Samsung Galaxy A51 on Android 11") are data, like the phones' own.
    data |= {p.description.split(":", 1)[0].strip() for p in list_personas()}
    data |= {p.description.split(":", 1)[0].strip().removesuffix(" on Android " + p.android_release)
             for p in list_personas()}
    seen: dict[str, list[str]] = {"start": _bypassing(w, data)}
    w.start.choose_practice("samsung-11")
    qtbot.mouseClick(w.start.connect_button, _left())
    panel = w.waiting.practice_panel
    qtbot.waitUntil(lambda: panel.pending is not None and not panel.isHidden(), timeout=STEP_S)
    seen["waiting"] = _bypassing(w, data)
    qtbot.mouseClick(panel.allow_button, _left())
    wait_page(qtbot, w, w.findings_page)
    label = w.state.label or ""
    data |= {label, f"Phone: {label}"}
    data |= {p.description for p in list_personas()}
    seen["findings"] = _bypassing(w, data)
    qtbot.mouseClick(w.findings_page.situation_button, _left())
    w.situation.choose("arrest-raid")
    seen["situation"] = _bypassing(w, data)
    qtbot.mouseClick(w.situation.apply_button, _left())
    qtbot.waitUntil(lambda: w.current_page() in (w.outcome, w.apply_page), timeout=STEP_S)
    if w.current_page() is w.apply_page:
        seen["apply"] = _bypassing(w, data)
        qtbot.waitUntil(lambda: w.apply_page.asking is not None or w.current_page() is w.outcome, timeout=STEP_S)
        while w.current_page() is w.apply_page:
            if w.apply_page.asking is not None:
                seen["apply-question"] = _bypassing(w, data)
                qtbot.mouseClick(w.apply_page.no_button, _left())
            qtbot.wait(50)
    seen["outcome"] = _bypassing(w, data)
    assert {page: texts for page, texts in seen.items() if texts} == {}
