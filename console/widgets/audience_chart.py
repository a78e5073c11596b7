"""Viewers (left axis) against orders per minute (right axis) over the live, with every action as a marker."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

from console.i18n import PLURAL, translate
from console.kpi.snapshot import KpiSnapshot, Marker
from console.present import fmt
from console.present.availability import is_available, why
from console.present.marker_clusters import MarkerCluster, cluster_markers, place_labels
from console.widgets import theme
from console.widgets.tick_grid import TickGrid

MIN_SPAN_MIN = 10.0  # the x-axis shows at least ten minutes, so the first minutes are not stretched edge to edge
_LABEL_ROWS = 3  # marker labels take one of up to three heights, so close ones can sit one above the other
_LABEL_PAD = 10  # the label box's margins around its text, in pixels
_LABEL_MAX_SHARE = 0.45  # a label longer than this share of the plot's width is elided in the middle
_LABEL_MIN_SAMPLE = "Segment…"  # the shortest label worth writing; with less room the tooltip alone has it
_MARK_COLOUR = theme.AMBER  # Ctrl+M marks: not an action, so not an action's colour


def minute_points(values: np.ndarray, elapsed_min: float, now_value: float) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) of a per-minute series, each value at the end of its minute, ending at now.

    A complete minute i is drawn at x = i + 1: the moment its value is known ("the minute up to here"). The minute
    in progress is replaced by `now_value` at x = `elapsed_min`, so the curve stops at the clock, never past it nor a
    minute short of it. The curve starts at x = 0 with the first complete minute's value (within the first minute,
    with `now_value`: a flat line to now).
    """
    done = values[:-1]
    x = np.concatenate(([0.0], np.arange(1, done.size + 1, dtype=float), [elapsed_min]))
    y = np.concatenate(([done[0] if done.size else now_value], done, [now_value]))
    return x, y


def _set_split(history: pg.PlotCurveItem, tail: pg.PlotCurveItem,
               points: tuple[np.ndarray, np.ndarray] | None) -> None:
    """Points (x = 0, 1 .. n, now) as two items: up to minute n, and from minute n to now. An item whose points
    did not change is not touched (setData repaints its whole bounding rect)."""
    if points is None:
        for item in (history, tail):
            if item.xData is not None and len(item.xData):
                item.setData([], [])
        return
    x, y = points
    for item, (ix, iy) in ((history, (x[:-1], y[:-1])), (tail, (x[-2:], y[-2:]))):
        if not (_same(item.xData, ix) and _same(item.yData, iy)):
            item.setData(ix, iy)


def _same(drawn: np.ndarray | None, new: np.ndarray) -> bool:
    return drawn is not None and np.array_equal(drawn, new)


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
        self._marker_key: tuple[int, int, float, int, int] = (-1, -1, -1.0, -1, -1)
        self._marks: list[Marker] = []  # the operator's Ctrl+M moments (live time)
        self._advice: list[Marker] = []  # the advisor's, at the live time each was raised
        self._drawn_markers: tuple[list[Marker], float] | None = None  # what _draw_markers last laid out
        self._items: list[pg.InfiniteLine] = []
        self._clusters: list[MarkerCluster] = []
        self._glw = pg.GraphicsLayoutWidget()
        self.plot: pg.PlotItem = theme.fixed_plot(self._glw)
        p = self.plot
        # the grid as an item of its own, not the axes' (tick_grid.py: a range change cost ~40 ms with it there)
        p.vb.addItem(TickGrid(p.vb, p.getAxis("bottom"), p.getAxis("left"), theme.MUTED), ignoreBounds=True)
        # No legend box (it sat on the marker labels): each axis title is written in its curve's colour.
        big = {"font-size": "15px", "font-weight": "600"}
        self._axis_style = big
        p.setLabel("left", translate("AudienceChart", "viewers"), color=theme.VIEWERS_COLOUR, **big)
        p.setLabel("bottom", translate("AudienceChart",
                                       "minutes into the live"), color=theme.MUTED, **{"font-size": "13px"})
        p.showAxis("right")
        p.setLabel("right", translate("AudienceChart", "orders / min"), color=theme.ORDERS_COLOUR, **big)
        font = QFont()
        font.setPixelSize(13)
        for name in ("left", "bottom", "right"):
            p.getAxis(name).setTickFont(font)
            # pyqtgraph labels fewer ticks on an axis without its grid (0 / 50 / 100 orders a minute): as many as
            # with it (every 10), the grid being TickGrid's now
            p.getAxis(name).setStyle(textFillLimits=[(0, 0.8), (2, 0.8), (4, 0.6), (6, 0.4)])
        self._right = pg.ViewBox(enableMouse=False, enableMenu=False)
        self._right.disableAutoRange()
        p.scene().addItem(self._right)
        p.getAxis("right").linkToView(self._right)
        self._right.setXLink(p)
        p.vb.sigResized.connect(self._sync_views)
        # Each curve is two items: its complete minutes, which change once a minute, and its tail from the last
        # complete minute to now, which changes with every snapshot. A change repaints an item's whole bounding
        # rect: for one filled item that was the plot's whole area, 20-50 ms at 750x800 px, the window's longest
        # frames; the tail's is a column a minute wide (docs/performance.md).
        viewers_pen, fill = pg.mkPen(theme.VIEWERS_COLOUR, width=1), pg.mkBrush(76, 201, 240, 40)
        self.viewers = pg.PlotCurveItem(pen=viewers_pen, skipFiniteCheck=True, fillLevel=0, brush=fill)
        self.viewers_tail = pg.PlotCurveItem(pen=viewers_pen, skipFiniteCheck=True, fillLevel=0, brush=fill)
        p.addItem(self.viewers)
        p.addItem(self.viewers_tail)
        orders_pen = pg.mkPen(theme.ORDERS_COLOUR, width=1)
        self.orders = pg.PlotCurveItem(pen=orders_pen, skipFiniteCheck=True)
        self.orders_tail = pg.PlotCurveItem(pen=orders_pen, skipFiniteCheck=True)
        self._right.addItem(self.orders)
        self._right.addItem(self.orders_tail)
        p.vb.setRange(xRange=(0, MIN_SPAN_MIN), yRange=(0, 100), padding=0)
        self._right.setRange(yRange=(0, 10), padding=0)
        self._waiting = pg.TextItem(translate("AudienceChart",
                                              "waiting for the first events…"), color=theme.MUTED, anchor=(0.5, 0.5))
        self._waiting.setFont(QFont(self.font().family(), 16))
        self._waiting.setPos(MIN_SPAN_MIN / 2, 50)
        p.addItem(self._waiting, ignoreBounds=True)
        self._lacking_key: tuple[bool, bool] = (True, True)  # (viewers, orders) drawable, as the axes last said
        self._lacking: list[str] = []  # the axis titles that say a curve is not available from this feed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._glw)

    def _sync_views(self) -> None:
        self._right.setGeometry(self.plot.vb.sceneBoundingRect())
        if self._drawn_markers is not None:  # labels are laid out in pixels: a new width lays them out again
            self._draw_markers(*self._drawn_markers)

    # ------------------------------------------------------------------------------------------ drawing
    def draw(self, snap: KpiSnapshot | None) -> None:
        self._waiting.setVisible(snap is None or snap.started_at is None)
        if snap is None or snap.started_at is None:
            return
        # Now, to the pixel: the curves' end moves (and the chart redraws) when it moves on screen, not every frame.
        px = self._span / max(1.0, self.plot.vb.width())
        now_min = math.floor(snap.elapsed_s / 60.0 / px) * px
        # The viewers now end the viewers curve; the orders of the last 60 s (the tile's number) end the orders
        # curve: a partial minute's count would always read as a drop.
        has_viewers = is_available("minute_viewers", snap.available)
        has_orders = is_available("minute_orders", snap.available)
        self._say_lacking(has_viewers, has_orders, snap.available)
        _set_split(self.viewers, self.viewers_tail, minute_points(snap.minute_viewers, now_min, float(
            snap.viewers_now)) if has_viewers else None)  # viewer counts arrive every few seconds, not per frame
        _set_split(self.orders, self.orders_tail, minute_points(snap.minute_orders, now_min, float(
            snap.orders_per_min)) if has_orders else None)
        now = self._clock()
        if now - self._last_scale >= self.rescale_every_s:
            self._last_scale = now
            self._rescale(snap)
        self._draw_markers(snap.markers + self._marks + self._advice, snap.started_at)

    def curve(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The whole curve drawn for "viewers" or "orders" (its complete minutes and its tail, joined)."""
        history, tail = (self.viewers, self.viewers_tail) if name == "viewers" else (self.orders, self.orders_tail)
        parts = [(i.xData, i.yData) for i in (history, tail) if i.xData is not None and len(i.xData)]
        if not parts:
            return np.empty(0), np.empty(0)
        if len(parts) == 1:
            return parts[0]
        (hx, hy), (tx, ty) = parts
        return np.concatenate((hx, tx[1:])), np.concatenate((hy, ty[1:]))  # the tail starts where history ends

    def _say_lacking(self, has_viewers: bool, has_orders: bool, available: frozenset[str] | None) -> None:
        """A curve this feed cannot draw (a TikTok room has no orders, a shop no viewers) is left out, and its axis
        says so instead of counting up from a zero line; the axis's tooltip says what the feed would have to send."""
        key = (has_viewers, has_orders)
        if key == self._lacking_key:
            return
        self._lacking_key = key
        self._lacking = []
        for side, drawn, what, figure, colour in (
                ("left", has_viewers, translate("AudienceChart", "viewers"), "minute_viewers", theme.VIEWERS_COLOUR),
                ("right", has_orders, translate("AudienceChart",
                                                "orders / min"), "minute_orders", theme.ORDERS_COLOUR)):
            axis = self.plot.getAxis(side)
            axis.setStyle(showValues=drawn)
            # "n/a" alone: "n/a from feed" did not fit the axis at 1366 x 768; the tooltip says why
            title = what if drawn else translate("AudienceChart", "{what}: n/a").format(what=what)
            self.plot.setLabel(side, title, color=colour if drawn else theme.MUTED, **self._axis_style)
            axis.setToolTip("" if drawn else why(figure, available))
            if not drawn:
                self._lacking.append(title)

    def set_advice(self, markers: list[Marker]) -> None:
        """The advisor's advice at the live times it was raised (kind "advice"): drawn dotted, apart from actions."""
        if markers != self._advice:
            self._advice = markers
            self._marker_key = (-1, -1, -1.0, -1, -1)

    def add_mark(self, live_ts: float) -> None:
        """A moment the operator marked (Ctrl+M) at live time `live_ts`: drawn like an action marker."""
        self._marks.append(Marker(live_ts, "mark", f"mark-{len(self._marks) + 1}", translate("AudienceChart",
                                                                                             "★ marked")))
        self._marker_key = (-1, -1, -1.0, -1, -1)

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
        o_top = max(float(snap.minute_orders.max()) if snap.minute_orders.size else 0.0, snap.orders_per_min)
        ranges = (span, theme.nice_ceil(max(10.0, v_top) * 1.1), theme.nice_ceil(max(5.0, o_top) * 1.1))
        if ranges == self._ranges:
            return
        self._ranges = ranges
        self._span = span
        self.plot.vb.setRange(xRange=(0, span), yRange=(0, ranges[1]), padding=0)
        self._right.setRange(yRange=(0, ranges[2]), padding=0)

    def _draw_markers(self, markers: list[Marker], started_at: float) -> None:
        self._drawn_markers = (markers, started_at)
        plot_w = int(self.plot.vb.width())
        key = (len(markers), len(self._marks), self._span, plot_w, int(self.plot.vb.height()))
        if key == self._marker_key:  # markers only change with a new action, a rescale (about 1/s) or a resize
            return
        self._marker_key = key
        for item in self._items:
            self.plot.removeItem(item)
        self._items.clear()
        self._clusters = cluster_markers(markers, started_at, self._span)
        font = QFont()
        font.setPixelSize(14)
        font.setBold(True)
        metrics = QFontMetrics(font)
        texts = [_cluster_label(c.markers) for c in self._clusters]
        px_per_min = max(1, plot_w) / self._span
        wants = [metrics.horizontalAdvance(t) + _LABEL_PAD for t in texts]
        # Rows are a label's height apart, from the top of the plot: as many as fit in 70 % of it, at most three.
        plot_h, row_h = max(1.0, self.plot.vb.height()), metrics.height() + 12  # box margins + a gap
        rows = max(1, min(_LABEL_ROWS, int(plot_h * 0.7 // row_h)))
        heights = [1.0 - (row_h * (k + 0.5) + 2) / plot_h for k in range(rows)]
        shortest = metrics.horizontalAdvance(_LABEL_MIN_SAMPLE) + _LABEL_PAD
        slots = place_labels([c.x * px_per_min for c in self._clusters],
                             [min(w, max(1, plot_w) * _LABEL_MAX_SHARE) for w in wants], 0.0,
                             float(max(1, plot_w)), rows, min_width=shortest)
        for c, text, want, slot in zip(self._clusters, texts, wants, slots, strict=True):
            colour = self._colour(c)
            if slot.width >= want:
                shown = text
            elif slot.width:
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, int(slot.width) - _LABEL_PAD)
            else:
                shown = ""  # no room: the line's tooltip has it
            shown = shown.replace("{", "{{").replace("}", "}}")  # InfLineLabel runs str.format on its text
            anchor = (0, 0.5) if slot.side == "right" else (1, 0.5)
            dots = all(m.kind == "advice" for m in c.markers)
            style = pg.QtCore.Qt.PenStyle.DotLine if dots else pg.QtCore.Qt.PenStyle.DashLine
            line = pg.InfiniteLine(pos=c.x, angle=90, movable=False, pen=pg.mkPen(colour, width=2 if dots else 1,
                                                                                  style=style),
                                   label=shown, labelOpts={"position": heights[slot.row], "color": colour,
                                                           "fill": pg.mkBrush(18, 21, 26, 210),
                                                           "anchors": [anchor, anchor]})
            line.label.setFont(font)
            line.label.setVisible(bool(shown))
            tip = "\n".join(f"{fmt.clock(m.ts - started_at)}  {m.label}" for m in c.markers)
            line.setToolTip(tip)
            line.label.setToolTip(tip)
            self.plot.addItem(line, ignoreBounds=True)
            self._items.append(line)

    @staticmethod
    def _colour(c: MarkerCluster) -> str:
        if len(c.kinds) > 1:
            return theme.CLUSTER_COLOUR
        kind = c.markers[0].kind
        if kind == "advice":
            return theme.ADVICE_COLOUR
        return _MARK_COLOUR if kind == "mark" else theme.MARKER_COLOURS.get(kind, theme.CLUSTER_COLOUR)

    # ------------------------------------------------------------------------------------------ for tests
    def lacking(self) -> list[str]:
        """The axis titles that say their curve is not available from this feed."""
        return list(self._lacking)

    def marker_count(self) -> int:
        """Marker items drawn (a cluster of close actions is one item)."""
        return len(self._items)

    def marker_labels(self) -> list[str]:
        """The label of every action on the chart, clustered or not, in time order."""
        return [m.label for c in self._clusters for m in c.markers]

    def marker_texts(self) -> list[str]:
        """The text written beside each drawn marker ("Segment knife-demo", "3 actions"); "" when it had no room."""
        return [item.label.toPlainText() if item.label.isVisible() else "" for item in self._items]

    def marker_label_boxes(self) -> list[tuple[float, float, float, float]]:
        """Each shown marker label's rectangle in scene pixels (left, top, right, bottom)."""
        boxes = []
        for item in self._items:
            if item.label.isVisible():
                r = item.label.sceneBoundingRect()
                boxes.append((r.left(), r.top(), r.right(), r.bottom()))
        return boxes


def _cluster_label(markers: Sequence[Marker]) -> str:
    """One marker's own label, or how many actions share the spot."""
    if len(markers) == 1:
        return markers[0].label
    n = len(markers)
    return translate("AudienceChart", "%n actions", None, PLURAL, n)
