"""Small building blocks shared by the pages: headings, plain paragraphs, numbered step cards,
the practice-phone badge, the window's style sheet, and ways to empty or refill a widget fast.

No size is fixed in a widget: the style sheet derives every size from the chosen text size,
so one setting rescales everything already on screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)


class Heading(QLabel):
    """A title; its size comes from the window's style sheet, as a multiple of the text size.

    Sizing through the style sheet (rather than a font set on the label) is what lets one
    text-size setting rescale every heading already on screen.
    """

    def __init__(self, scale: float = 1.5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("heading", "1" if scale >= 1.5 else "2")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)


class Para(QLabel):
    """A paragraph of plain text that wraps and can be selected with the keyboard (for copying)."""

    def __init__(self, parent: QWidget | None = None, rich: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as written. Qt draws a tooltip as rich text whenever it looks
    like markup, and tooltips here can hold the phone's words (an app's name, what the phone said),
    so text that could pass for markup is turned into escaped rich text first."""
    return QtGuiNamespace.convertFromPlainText(text) if QtGuiNamespace.mightBeRichText(text) else text


def big_button(parent: QWidget | None = None, primary: bool = False) -> QPushButton:
    """A button large enough to hit on a touchpad; ``primary`` marks the page's main action (bold, focused first)."""
    button = QPushButton(parent)
    button.setProperty("big", True)  # sized by the window's style sheet, in em, so it follows the text size
    # Enter on a focused button presses it (outside dialogs Qt only does that for Space).
    button.setAutoDefault(True)
    if primary:
        button.setProperty("primary", True)
    return button


def label_button(button: QAbstractButton, text: str, description: str = "") -> None:
    """Set a button's words and what a screen reader says for it, together, so they never drift."""
    button.setText(text)
    button.setAccessibleName(text.replace("&", ""))
    if description:
        button.setAccessibleDescription(description)
        button.setToolTip(description)


class StepCard(QFrame):
    """One numbered step as a card: the words on top, the picture under them.

    Cards sit side by side like a comic strip, so the person can follow left to right
    and see the phone's next screen beside the step that leads to it.
    """

    def __init__(self, number: int, picture: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        self.number = Heading(1.6)
        self.number.setText(f"{number}.")
        self.number.setAccessibleDescription("")
        top.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        self.text = Para()
        top.addWidget(self.text, 1)
        column.addLayout(top)
        self.picture = picture
        if picture is not None:
            column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        self.setAccessibleName(f"{self.number.text()} {text}")


class CardGrid(QWidget):
    """Lays cards out in as many columns as fit (about 20 characters each), re-flowing on resize."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setSpacing(12)
        self.cards: list[QWidget] = []
        self._columns = 0

    def set_cards(self, cards: list[QWidget]) -> None:
        empty_layout(self._grid)
        self.cards = list(cards)
        self._columns = 0
        self._flow()

    def _flow(self) -> None:
        em = self.fontMetrics().horizontalAdvance("M")
        columns = max(1, min(4, self.width() // max(1, em * 20)))
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self._grid.addWidget(card, index // columns, index % columns)
        for col in range(4):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._flow()


class PracticeBadge(QLabel):
    """The words "Practice phone (not a real phone)" on a striped band, whenever one is in use.

    A trainer rehearsing must never mistake the practice phone for a person's phone, and the
    other way round; the words carry the meaning, the stripes only draw the eye.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMargin(6)
        self.setStyleSheet(
            "QLabel { color: #1d1d1f; font-weight: bold;"
            " border: 2px dashed #8a5a00;"
            " background: qlineargradient(x1:0, y1:0, x2:1, y2:1, stop:0 #fff2c2, stop:0.5 #ffe58a, stop:1 #fff2c2); }"
        )


@contextmanager
def quiet_sizing(tree: QTreeWidget) -> Iterator[None]:
    """Change many rows at once without the view re-measuring every row after each change.

    A column sized to its contents makes the view measure all rows on every edit; with a few
    hundred rows (a phone with many apps) that alone holds the GUI thread for a tenth of a
    second. The columns are measured once, when the sizing comes back.
    """
    header = tree.header()
    saved = [header.sectionResizeMode(i) for i in range(header.count())]
    for i, mode in enumerate(saved):
        if mode == QHeaderView.ResizeMode.ResizeToContents:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
    try:
        yield
    finally:
        for i, mode in enumerate(saved):
            header.setSectionResizeMode(i, mode)


def hline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def page_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(24, 16, 24, 16)
    layout.setSpacing(12)
    return layout


def empty_layout(layout: QLayout) -> None:
    """Remove and destroy every item of ``layout``: rows built for one person must not linger."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        child = item.widget()
        if child is not None:
            child.hide()
            child.setParent(None)
            child.deleteLater()
            continue
        inner = item.layout()
        if inner is not None:
            empty_layout(inner)


def bold() -> QFont:
    """Bold, and nothing else set: size and family still follow the application font."""
    font = QFont()
    font.setBold(True)
    return font


HEADING_SCALES = {"1": 1.6, "2": 1.25}


def style_sheet(text_pt: float) -> str:
    """The window's style sheet for a text size: every size in it is derived from ``text_pt``.

    Buttons are padded in ``em`` so they grow with their words; headings are multiples of
    the body text. Setting the sheet again repolishes every widget, so a new text size
    reaches everything already on screen at once.
    """
    rules = [
        f"QWidget {{ font-size: {text_pt:.1f}pt; }}",
        'QPushButton[big="true"] { padding: 0.45em 1.1em; }',
        'QPushButton[primary="true"] { font-weight: bold; }',
    ]
    for level, scale in HEADING_SCALES.items():
        rules.append(f'QLabel[heading="{level}"] {{ font-size: {text_pt * scale:.1f}pt; font-weight: bold; }}')
    return "\n".join(rules)


def tree_rows(tree: QTreeWidget, columns: int) -> list[tuple[str, ...]]:
    """The text of the first ``columns`` columns of each top-level row: what a person reads."""
    out: list[tuple[str, ...]] = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is not None:
            out.append(tuple(item.text(c) for c in range(columns)))
    return out
