"""Simple drawings of a phone screen, so a person can match what they see to what to tap.

Many people using hardener read little English, and a screenshot of one maker's Settings app
looks wrong on every other phone. A plain, drawn phone with the row to tap highlighted works
for all of them, and its words go through translation like any other text (the phone shows
its menus in the person's language too). Drawn with QPainter: nothing to ship, scales with the
text size, and no maker's artwork is copied.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

CONTEXT = "PhoneScreens"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


@dataclass(frozen=True)
class Row:
    """One line of a Settings list. Texts are message ids in the ``PhoneScreens`` context."""

    text: str
    highlight: bool = False
    toggle: bool | None = None  # a switch at the end of the row: on, off, or none
    taps: int = 0  # "tap this N times" marker


@dataclass(frozen=True)
class Dialog:
    title: str
    body: str = ""
    buttons: tuple[str, ...] = ()
    tap: int | None = None  # index of the button to tap
    checkbox: str = ""


@dataclass(frozen=True)
class Screen:
    title: str
    rows: tuple[Row, ...] = ()
    dialog: Dialog | None = None
    note: str = ""  # a big line of text in the middle of an empty screen (e.g. a toast)

    def describe(self) -> str:
        """Words for a screen reader: what the picture shows and which part to look at."""
        parts = [_t(self.title)]
        for row in self.rows:
            if row.highlight:
                parts.append(QCoreApplication.translate("PhoneScreens", "Tap: {row}").format(row=_t(row.text)))
        if self.dialog is not None:
            parts.append(_t(self.dialog.title))
            if self.dialog.tap is not None:
                parts.append(
                    QCoreApplication.translate("PhoneScreens", "Tap: {row}").format(
                        row=_t(self.dialog.buttons[self.dialog.tap])
                    )
                )
        if self.note:
            parts.append(_t(self.note))
        return ". ".join(p for p in parts if p)


_BODY = QColor("#26292e")
_SCREEN = QColor("#ffffff")
_INK = QColor("#1d1d1f")
_MUTED = QColor("#6b6f76")
_LINE = QColor("#d9dce1")
_MARK = QColor("#ffd84d")  # highlight behind the row to tap
_MARK_EDGE = QColor("#b35c00")
_ON = QColor("#1a6e35")


class PhonePicture(QWidget):
    """A phone showing one :class:`Screen`, scaled to the widget keeping its shape."""

    ASPECT = 2.0  # height / width

    def __init__(self, screen: Screen | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._screen = screen
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._describe()

    def set_screen(self, screen: Screen | None) -> None:
        self._screen = screen
        self._describe()
        self.update()

    def screen_shown(self) -> Screen | None:
        return self._screen

    def _describe(self) -> None:
        text = self._screen.describe() if self._screen is not None else ""
        self.setAccessibleName(QCoreApplication.translate("PhoneScreens", "Picture of a phone screen"))
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._describe()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        em = QFontMetricsF(self.font()).height()
        width = int(em * 11)
        return QSize(width, int(width * self.ASPECT))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        em = QFontMetricsF(self.font()).height()
        width = int(em * 7)
        return QSize(width, int(width * self.ASPECT))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return int(width * self.ASPECT)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        w = min(float(self.width()), self.height() / self.ASPECT)
        h = w * self.ASPECT
        outer = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
        paint_phone(p, outer, self._screen)
        p.end()


def paint_phone(p: QPainter, outer: QRectF, screen: Screen | None) -> None:
    """Draw the phone body and, inside it, ``screen``. Sizes follow the phone's width."""
    w = outer.width()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(_BODY)
    p.drawRoundedRect(outer, w * 0.12, w * 0.12)
    glass = outer.adjusted(w * 0.05, w * 0.12, -w * 0.05, -w * 0.12)
    p.setBrush(_SCREEN)
    p.drawRoundedRect(glass, w * 0.03, w * 0.03)
    # speaker slit
    p.setBrush(QColor("#555a61"))
    p.drawRoundedRect(QRectF(outer.center().x() - w * 0.12, outer.top() + w * 0.05, w * 0.24, w * 0.025), 2, 2)
    if screen is None:
        return
    unit = glass.width() / 14.0  # one "text line" height in the phone's own scale
    font = QFont()
    font.setPixelSize(max(6, int(unit * 0.85)))
    p.setFont(font)

    # title bar
    bar = QRectF(glass.left(), glass.top(), glass.width(), unit * 2.2)
    p.setPen(_INK)
    title_font = QFont(font)
    title_font.setBold(True)
    title_font.setPixelSize(max(7, int(unit * 1.05)))
    p.setFont(title_font)
    p.drawText(
        bar.adjusted(unit * 1.6, 0, -unit * 0.4, 0),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
        _t(screen.title),
    )
    p.setPen(QPen(_MUTED, max(1.0, unit * 0.12)))
    arrow_x, arrow_y = glass.left() + unit * 0.7, bar.center().y()
    p.drawPolyline(
        QPolygonF(
            [
                QPointF(arrow_x + unit * 0.3, arrow_y - unit * 0.35),
                QPointF(arrow_x, arrow_y),
                QPointF(arrow_x + unit * 0.3, arrow_y + unit * 0.35),
            ]
        )
    )
    p.setFont(font)

    top = bar.bottom()
    row_h = unit * 2.4
    for row in screen.rows:
        rect = QRectF(glass.left(), top, glass.width(), row_h)
        _paint_row(p, rect, row, unit)
        top += row_h
        if top > glass.bottom() - row_h:
            break

    if screen.note:
        note = QRectF(glass.left() + unit, glass.center().y() - unit * 3, glass.width() - 2 * unit, unit * 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#30343a"))
        p.drawRoundedRect(note, unit, unit)
        p.setPen(QColor("white"))
        p.drawText(
            note.adjusted(unit * 0.5, 0, -unit * 0.5, 0),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            _t(screen.note),
        )

    if screen.dialog is not None:
        _paint_dialog(p, glass, screen.dialog, unit, font)


def _paint_row(p: QPainter, rect: QRectF, row: Row, unit: float) -> None:
    if row.highlight:
        p.setPen(QPen(_MARK_EDGE, max(1.5, unit * 0.18)))
        p.setBrush(_MARK)
        p.drawRoundedRect(rect.adjusted(unit * 0.2, unit * 0.15, -unit * 0.2, -unit * 0.15), unit * 0.4, unit * 0.4)
    else:
        p.setPen(QPen(_LINE, 1))
        p.drawLine(QPointF(rect.left() + unit * 0.6, rect.bottom()), QPointF(rect.right() - unit * 0.6, rect.bottom()))
    reserve = 4.8 if row.taps else (3.2 if row.toggle is not None else 0.6)
    text_rect = rect.adjusted(unit * 0.8, 0, -unit * reserve, 0)
    f = p.font()
    f.setBold(row.highlight)
    p.setFont(f)
    p.setPen(_INK)
    p.drawText(
        text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, _t(row.text)
    )
    f.setBold(False)
    p.setFont(f)
    if row.toggle is not None:
        track = QRectF(rect.right() - unit * 2.8, rect.center().y() - unit * 0.5, unit * 2.0, unit * 1.0)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_ON if row.toggle else QColor("#9aa0a6"))
        p.drawRoundedRect(track, unit * 0.5, unit * 0.5)
        knob_x = track.right() - unit * 0.5 if row.toggle else track.left() + unit * 0.5
        p.setBrush(QColor("white"))
        p.drawEllipse(QPointF(knob_x, track.center().y()), unit * 0.38, unit * 0.38)
    if row.taps:
        _paint_tap(p, QPointF(rect.right() - unit * 1.6, rect.center().y()), unit, f"×{row.taps}")


def _paint_tap(p: QPainter, centre: QPointF, unit: float, label: str = "") -> None:
    """A fingertip mark: a ring with a dot, and an optional count (``×7``)."""
    p.setPen(QPen(_MARK_EDGE, max(1.5, unit * 0.2)))
    p.setBrush(QColor(255, 255, 255, 170))
    p.drawEllipse(centre, unit * 0.9, unit * 0.9)
    p.setBrush(_MARK_EDGE)
    p.drawEllipse(centre, unit * 0.3, unit * 0.3)
    if label:
        before = QFont(p.font())
        f = QFont(before)
        f.setBold(True)
        f.setPixelSize(max(7, int(unit * 1.1)))
        p.setFont(f)
        p.setPen(_MARK_EDGE)
        # Left of the fingertip, inside the row: "tap 7 times" reads together with the ring.
        p.drawText(
            QRectF(centre.x() - unit * 3.4, centre.y() - unit * 0.8, unit * 2.3, unit * 1.6),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
        p.setFont(before)


def _text_height(font: QFont, width: float, text: str) -> float:
    wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10_000), wrap, text).height()


def _paint_dialog(p: QPainter, glass: QRectF, dialog: Dialog, unit: float, font: QFont) -> None:
    """A dialog sized to its (translated) words, centred on the dimmed screen."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(0, 0, 0, 110))
    p.drawRect(glass)
    wrap = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    title_font = QFont(font)
    title_font.setBold(True)
    pad_x, pad_y = unit * 0.8, unit * 0.7
    inner_w = glass.width() - unit * 1.6 - 2 * pad_x
    title, body, checkbox = _t(dialog.title), _t(dialog.body), _t(dialog.checkbox)
    title_h = _text_height(title_font, inner_w, title)
    body_h = _text_height(font, inner_w, body) + unit * 0.4 if body else 0.0
    check_h = max(unit * 1.6, _text_height(font, inner_w - unit * 1.3, checkbox)) if checkbox else 0.0
    buttons_h = unit * 2.0 if dialog.buttons else 0.0
    height = min(glass.height() - unit, 2 * pad_y + title_h + unit * 0.3 + body_h + check_h + buttons_h)
    box = QRectF(glass.left() + unit * 0.8, glass.center().y() - height / 2, glass.width() - unit * 1.6, height)
    p.setBrush(QColor("white"))
    p.drawRoundedRect(box, unit * 0.8, unit * 0.8)
    inner = box.adjusted(pad_x, pad_y, -pad_x, -pad_y)
    p.setFont(title_font)
    p.setPen(_INK)
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_h), wrap, title)
    p.setFont(font)
    y = inner.top() + title_h + unit * 0.3
    if body:
        p.setPen(_MUTED)
        p.drawText(QRectF(inner.left(), y, inner.width(), body_h), wrap, body)
        y += body_h
    if checkbox:
        p.setPen(QPen(_MUTED, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(inner.left(), y + unit * 0.3, unit * 0.9, unit * 0.9))
        p.setPen(_INK)
        p.drawText(QRectF(inner.left() + unit * 1.3, y, inner.width() - unit * 1.3, check_h), wrap, checkbox)
    # buttons, right to left along the bottom, like Android's dialogs
    x = inner.right()
    bottom = inner.bottom()
    bold = QFont(font)
    bold.setBold(True)
    p.setFont(bold)
    metrics = QFontMetricsF(bold)
    rects: list[QRectF] = []
    for label in reversed(dialog.buttons):
        text = _t(label)
        width = metrics.horizontalAdvance(text) + unit
        rects.insert(0, QRectF(x - width, bottom - unit * 1.8, width, unit * 1.8))
        x -= width + unit * 0.3
    for index, (label, rect) in enumerate(zip(dialog.buttons, rects, strict=True)):
        if index == dialog.tap:
            # The button to tap: highlighted like a Settings row, the word left readable.
            p.setPen(QPen(_MARK_EDGE, max(1.5, unit * 0.18)))
            p.setBrush(_MARK)
            p.drawRoundedRect(rect, unit * 0.4, unit * 0.4)
        p.setPen(QColor("#1f5694"))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, _t(label))
    p.setFont(font)
    if dialog.tap is not None and 0 <= dialog.tap < len(rects):
        corner = rects[dialog.tap].bottomRight()
        _paint_tap(p, QPointF(corner.x() - unit * 0.2, corner.y() + unit * 0.2), unit * 0.7)


# --- screens used in several places ----------------------------------------------------------


def allow_usb_debugging(tap: int | None = 1) -> Screen:
    """The prompt a phone shows the first time a computer connects."""
    return Screen(
        title=str(QT_TRANSLATE_NOOP("PhoneScreens", "Settings")),
        dialog=Dialog(
            title=str(QT_TRANSLATE_NOOP("PhoneScreens", "Allow USB debugging?")),
            body=str(QT_TRANSLATE_NOOP("PhoneScreens", "The computer's RSA key fingerprint is: 5C:1E:…")),
            checkbox=str(QT_TRANSLATE_NOOP("PhoneScreens", "Always allow from this computer")),
            buttons=(str(QT_TRANSLATE_NOOP("PhoneScreens", "Deny")), str(QT_TRANSLATE_NOOP("PhoneScreens", "Allow"))),
            tap=tap,
        ),
    )
