"""A big-number label that shrinks its type to fit its box rather than losing digits when space is tight."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel

MIN_PX = 14


class FitLabel(QLabel):
    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 48), hint.height())  # the layout may squeeze us: we shrink, not clip

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        box = self.contentsRect()
        font = QFont(self.font())
        needed = QFontMetrics(font).horizontalAdvance(self.text())
        if needed > box.width() > 0:
            px = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 96 / 72)
            font.setPixelSize(max(MIN_PX, int(px * box.width() / needed)))
        painter = QPainter(self)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(box, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), self.text())
        painter.end()
