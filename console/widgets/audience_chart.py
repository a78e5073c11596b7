"""Viewers (left axis) against orders per minute (right axis) over the live, with every action as a marker."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from console.kpi_types import KpiSnapshot, Marker
from console.widgets import fmt, theme
from console.widgets.marker_clusters import MarkerCluster, cluster_markers

MIN_SPAN_MIN = 10.0  # the x-axis shows at least ten minutes, so the first minutes are not stretched edge to edge
_LABEL_ROWS = (0.96, 0.84, 0.72)  # neighbouring marker labels step down so their text does not overlap


def _t(text: str) -> str:
    return QCoreApplication.translate("AudienceChart", text)


class AudienceChart(QWidget):
    """Twin-axis chart: a second ViewBox linked on X carries orders per minute on the right axis."""

    HAS_SLOW_WORK = False  # draw_slow is empty: see MainWindow.refresh

    def __init__(self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rescale_every_s = 1.0
        self._clock = clock
        self._last_scale = -1e9
        self._span = MIN_SPAN_MIN
        self._ranges: tuple[float, float, float] = (MIN_SPAN_MIN, 100.0, 10.0)
        self._marker_key: tuple[int, float] = (-1, -1.0)
        self._items: list[pg.InfiniteLine] = []
        self._clusters: list[MarkerCluster] = []
        self._drawn_viewers: np.ndarray = np.empty(0)
        self._drawn_orders: np.ndarray = np.empty(0)
        self._glw = pg.GraphicsLayoutWidget()
        self.plot: pg.PlotItem = theme.fixed_plot(self._glw)
        p = self.plot
        p.showGrid(x=True, y=True, alpha=0.15)
        # No legend box (it sat on the marker labels): each axis title is written in its curve's colour.
        big = {"font-size": "15px", "font-weight": "600"}
        p.setLabel("left", _t("viewers"), color=theme.VIEWERS_COLOUR, **big)
        p.setLabel("bottom", _t("minutes into the live"), color=theme.MUTED, **{"font-size": "13px"})
        p.showAxis("right")
        p.setLabel("right", _t("orders / min"), color=theme.ORDERS_COLOUR, **big)
        font = QFont()
        font.setPixelSize(13)
        for name in ("left", "bottom", "right"):
            p.getAxis(name).setTickFont(font)
        self._right = pg.ViewBox(enableMouse=False, enableMenu=False)
        self._right.disableAutoRange()
        p.scene().addItem(self._right)
        p.getAxis("right").linkToView(self._right)
        self._right.setXLink(p)
        p.vb.sigResized.connect(self._sync_views)
        self.viewers = pg.PlotCurveItem(pen=pg.mkPen(theme.VIEWERS_COLOUR, width=1), skipFiniteCheck=True,
                                        fillLevel=0, brush=pg.mkBrush(76, 201, 240, 40))
        p.addItem(self.viewers)
        self.orders = pg.PlotCurveItem(pen=pg.mkPen(theme.ORDERS_COLOUR, width=1), skipFiniteCheck=True)
        self._right.addItem(self.orders)
        p.vb.setRange(xRange=(0, MIN_SPAN_MIN), yRange=(0, 100), padding=0)
        self._right.setRange(yRange=(0, 10), padding=0)
        self._waiting = pg.TextItem(_t("waiting for the first events…"), color=theme.MUTED, anchor=(0.5, 0.5))
        self._waiting.setFont(QFont(self.font().family(), 16))
        self._waiting.setPos(MIN_SPAN_MIN / 2, 50)
        p.addItem(self._waiting, ignoreBounds=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._glw)

    def _sync_views(self) -> None:
        self._right.setGeometry(self.plot.vb.sceneBoundingRect())

    # ------------------------------------------------------------------------------------------ drawing
    def draw(self, snap: KpiSnapshot | None) -> None:
        self._waiting.setVisible(snap is None or snap.started_at is None)
        if snap is None or snap.started_at is None:
            return
        v = snap.minute_viewers
        if not np.array_equal(v, self._drawn_viewers):  # viewer counts arrive every few seconds, not per frame
            self.viewers.setData(np.arange(v.size, dtype=float) + 0.5, v)  # a minute's value sits mid-minute
            self._drawn_viewers = v
        o = snap.minute_orders[:-1]  # the minute in progress would always read as a drop
        if not np.array_equal(o, self._drawn_orders):
            self.orders.setData(np.arange(o.size, dtype=float) + 0.5, o)
            self._drawn_orders = o
        now = self._clock()
        if now - self._last_scale >= self.rescale_every_s:
            self._last_scale = now
            self._rescale(snap)
        self._draw_markers(snap.markers, snap.started_at)

    def draw_slow(self, snap: KpiSnapshot | None) -> None:
        """Nothing slow: marker labels change only with the markers."""

    def _rescale(self, snap: KpiSnapshot) -> None:
        """Ranges in whole steps (x: 2, 5 or 10 minutes; y: round tops), so the axes redraw only when one is passed.

        A range that crept with every second made all three axes redraw (ticks and grid) every second; now that
        happens about every few minutes of live time. There is always room left: 5-10% on x, 10-40% on y.
        """
        minutes = snap.elapsed_s / 60.0 * 1.05
        step = 2.0 if minutes < 30 else 5.0 if minutes < 120 else 10.0
        span = max(MIN_SPAN_MIN, math.ceil(minutes / step) * step)
        v_top = float(np.nanmax(snap.minute_viewers)) if snap.minute_viewers.size else 0.0
        o_top = float(snap.minute_orders.max()) if snap.minute_orders.size else 0.0
        ranges = (span, theme.nice_ceil(max(10.0, v_top) * 1.1), theme.nice_ceil(max(5.0, o_top) * 1.1))
        if ranges == self._ranges:
            return
        self._ranges = ranges
        self._span = span
        self.plot.vb.setRange(xRange=(0, span), yRange=(0, ranges[1]), padding=0)
        self._right.setRange(yRange=(0, ranges[2]), padding=0)

    def _draw_markers(self, markers: list[Marker], started_at: float) -> None:
        key = (len(markers), self._span)
        if key == self._marker_key:  # markers only change with a new action or a rescale (about 1/s)
            return
        self._marker_key = key
        for item in self._items:
            self.plot.removeItem(item)
        self._items.clear()
        self._clusters = cluster_markers(markers, started_at, self._span)
        font = QFont()
        font.setPixelSize(14)
        font.setBold(True)
        for i, c in enumerate(self._clusters):
            single = len(c.markers) == 1
            colour = theme.MARKER_COLOURS.get(c.markers[0].kind, theme.CLUSTER_COLOUR) if len(c.kinds) == 1 \
                else theme.CLUSTER_COLOUR
            text = c.markers[0].label if single else _t("{n} actions").format(n=len(c.markers))
            text = text.replace("{", "{{").replace("}", "}}")  # InfLineLabel runs str.format on its text
            line = pg.InfiniteLine(pos=c.x, angle=90, movable=False,
                                   pen=pg.mkPen(colour, width=1, style=pg.QtCore.Qt.PenStyle.DashLine),
                                   label=text, labelOpts={"position": _LABEL_ROWS[i % len(_LABEL_ROWS)],
                                                          "color": colour, "fill": pg.mkBrush(18, 21, 26, 210),
                                                          "anchors": [(0, 0.5), (1, 0.5)]})
            line.label.setFont(font)
            tip = "\n".join(f"{fmt.clock(m.ts - started_at)}  {m.label}" for m in c.markers)
            line.setToolTip(tip)
            line.label.setToolTip(tip)
            self.plot.addItem(line, ignoreBounds=True)
            self._items.append(line)

    # ------------------------------------------------------------------------------------------ for tests
    def marker_count(self) -> int:
        """Marker items drawn (a cluster of close actions is one item)."""
        return len(self._items)

    def marker_labels(self) -> list[str]:
        """The label of every action on the chart, clustered or not, in time order."""
        return [m.label for c in self._clusters for m in c.markers]

    def marker_texts(self) -> list[str]:
        """The text written beside each drawn marker ("Segment knife-demo", "3 actions")."""
        return [item.label.toPlainText() for item in self._items]
