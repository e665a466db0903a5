"""How a severity looks: a shape, a word and a colour, always all three.

Colour alone fails people with colour blindness, low-quality projectors at a drop-in centre,
and anyone who prints the screen in black and white. So each severity also has its own
*shape* (octagon, triangle, diamond, circle) with a mark inside, and a word that is
translated. The words are plainer than the CLI's (``CRITICAL``...) because the person reading
them may not be technical and may be reading a translation.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from hardener.checks.finding import Severity
from hardener.i18n.markers import CONTEXT
from hardener.report.text import SEVERITY_WORDS

COLOURS: dict[Severity, str] = {
    Severity.CRITICAL: "#a1001c",
    Severity.HIGH: "#b34700",
    Severity.MEDIUM: "#7a5c00",
    Severity.UNKNOWN: "#4d4d4d",
    Severity.INFO: "#1f5694",
    Severity.OK: "#1a6e35",
}

def word(severity: Severity) -> str:
    """The one severity word the CLI and the report use too (:data:`report.text.SEVERITY_WORDS`)."""
    return QCoreApplication.translate(CONTEXT, SEVERITY_WORDS[severity])


def colour(severity: Severity) -> QColor:
    return QColor(COLOURS[severity])


def _shape(severity: Severity, box: QRectF) -> QPainterPath:
    path = QPainterPath()
    c = box.center()
    r = box.width() / 2
    if severity == Severity.CRITICAL:  # octagon, like a stop sign
        pts = []
        for i in range(8):
            a = math.pi / 8 + i * math.pi / 4
            pts.append(QPointF(c.x() + r * math.cos(a), c.y() + r * math.sin(a)))
        path.addPolygon(QPolygonF(pts))
        path.closeSubpath()
    elif severity == Severity.HIGH:  # warning triangle
        path.addPolygon(
            QPolygonF(
                [QPointF(c.x(), box.top()), QPointF(box.right(), box.bottom()), QPointF(box.left(), box.bottom())]
            )
        )
        path.closeSubpath()
    elif severity == Severity.MEDIUM:  # diamond
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), box.top()),
                    QPointF(box.right(), c.y()),
                    QPointF(c.x(), box.bottom()),
                    QPointF(box.left(), c.y()),
                ]
            )
        )
        path.closeSubpath()
    else:  # circle
        path.addEllipse(box)
    return path


_MARKS = {
    Severity.CRITICAL: "!",
    Severity.HIGH: "!",
    Severity.MEDIUM: "!",
    Severity.UNKNOWN: "?",
    Severity.INFO: "i",
}


def pixmap(severity: Severity, size: int = 32) -> QPixmap:
    """The severity's badge, drawn (no image files: nothing to ship, and it scales crisply)."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    inset = size * 0.06
    box = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    p.setPen(QPen(QColor("white"), max(1.0, size / 24)))
    p.setBrush(QBrush(colour(severity)))
    p.drawPath(_shape(severity, box))
    if severity == Severity.OK:
        pen = QPen(QColor("white"), size / 8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawPolyline(
            QPolygonF(
                [
                    QPointF(size * 0.28, size * 0.52),
                    QPointF(size * 0.44, size * 0.68),
                    QPointF(size * 0.72, size * 0.34),
                ]
            )
        )
    else:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * (0.5 if severity == Severity.HIGH else 0.6)))
        p.setFont(font)
        p.setPen(QColor("white"))
        text_box = QRectF(box)
        if severity == Severity.HIGH:
            text_box.adjust(0, size * 0.18, 0, 0)
        p.drawText(text_box, Qt.AlignmentFlag.AlignCenter, _MARKS[severity])
    p.end()
    return pm


_ICONS: dict[Severity, QIcon] = {}


def icon(severity: Severity) -> QIcon:
    """The badge as an icon; drawn once per severity (long lists ask for it hundreds of times)."""
    cached = _ICONS.get(severity)
    if cached is not None:
        return cached
    ic = QIcon()
    for size in (16, 24, 32, 48):
        ic.addPixmap(pixmap(severity, size))
    _ICONS[severity] = ic
    return ic
