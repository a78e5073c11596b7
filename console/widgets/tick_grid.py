"""Grid lines for a live chart, drawn by one item of their own rather than by the axes.

pyqtgraph's axes draw their grid into the QPicture that also holds their ticks and labels, and the chart caches
each axis as a pixmap the size of its bounding rect, which the grid makes the whole plot. A range change (a new
peak, the live's span passing a step) then regenerated three plot-sized pixmaps from their pictures: ~40 ms at
750x800 px, the longest frames of a busy live (docs/performance.md). Here the axes keep only their ticks and
labels (small pixmaps), and this item draws the lines straight with a cosmetic pen at the axes' own tick values:
~1 ms for the whole grid.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

# About as bright as the grid pyqtgraph drew at alpha 0.15 over the chart's background (its lines measured 6-12 %
# of the way from the background to the muted text colour).
MAJOR_ALPHA, MINOR_ALPHA = 26, 16


class TickGrid(pg.GraphicsObject):
    """Vertical lines at `x_axis`'s ticks and horizontal ones at `y_axis`'s, across `view`, under the curves."""

    def __init__(self, view: pg.ViewBox, x_axis: pg.AxisItem, y_axis: pg.AxisItem, colour: str) -> None:
        super().__init__()
        self._view, self._x_axis, self._y_axis = view, x_axis, y_axis
        self._pens = []
        for alpha in (MAJOR_ALPHA, MINOR_ALPHA):
            c = QColor(colour)
            c.setAlpha(alpha)
            pen = QPen(c)
            pen.setCosmetic(True)  # one pixel whatever the view's scale
            pen.setWidth(1)
            self._pens.append(pen)
        self.setZValue(-1000)  # under the filled curve, as the axes' grid seemed
        view.sigRangeChanged.connect(self._moved)
        view.sigResized.connect(self._moved)

    def _moved(self, *_args: Any) -> None:
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        rect: QRectF = self._view.viewRect()
        return rect

    def paint(self, p: QPainter, *_args: Any) -> None:
        rect = self._view.viewRect()
        width, height = self._view.width(), self._view.height()
        if width <= 0 or height <= 0:
            return
        levels_x = self._x_axis.tickValues(rect.left(), rect.right(), width)
        levels_y = self._y_axis.tickValues(rect.top(), rect.bottom(), height)
        for level, pen in enumerate(self._pens):
            p.setPen(pen)
            if level < len(levels_x):
                for x in levels_x[level][1]:
                    p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            if level < len(levels_y):
                for y in levels_y[level][1]:
                    p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
