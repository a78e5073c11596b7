"""The report's charts as PNG bytes, drawn with pyqtgraph offscreen: per-minute curves, product quadrant, channels.

Light background for print; the HTML inverts them for a dark screen. Colours are the console's (theme.py), so
a marker on the report has the colour it had on the live screen.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Final

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # registers pg.exporters
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import QApplication

from console.i18n import QT_TRANSLATE_NOOP, translate
from console.present import numbers
from console.present import palette as theme
from console.present.fmt import money_short, pct, times
from console.report.compare import display_names
from console.report.html_parts import channel_name
from console.report.model import ActionImpact, Report

WIDTH: Final = 1000  # logical size; exported at SCALE x for sharp print
HEIGHT: Final = 260
SCALE: Final = 2
PAPER: Final = "#ffffff"
INK: Final = "#30343b"
GRID: Final = 60  # grid alpha (0-255)
REFERENCE: Final = "#9aa3b2"  # the other live in a comparison: muted, behind
COLOURS: Final = {"viewers": "#1f9ed1", "chat": "#12a58d", "leaves": "#e0574f", "joins": "#9aa3b2",
                  "orders": "#e8a200", "carts": "#4aa3ff", "abandons": "#e0574f"}

# name -> (title, [(snapshot series, legend, colour key, bars?)]); the first series is the one compared
CURVES: Final[dict[str, tuple[str, tuple[tuple[str, str, str, bool], ...]]]] = {
    "viewers": (QT_TRANSLATE_NOOP("ReportCharts", "Viewers"),
                (("minute_viewers", QT_TRANSLATE_NOOP("ReportCharts", "viewers"), "viewers", False),)),
    "engagement": (QT_TRANSLATE_NOOP("ReportCharts", "Engagement: chat messages per minute"),
                   (("minute_chat", QT_TRANSLATE_NOOP("ReportCharts", "chat/min"), "chat", False),)),
    "dropoff": (QT_TRANSLATE_NOOP("ReportCharts", "Drop-off: viewers leaving per minute"),
                (("minute_leaves", QT_TRANSLATE_NOOP("ReportCharts", "leaves/min"), "leaves", True),
                 ("minute_joins", QT_TRANSLATE_NOOP("ReportCharts", "joins/min"), "joins", False))),
    "orders": (QT_TRANSLATE_NOOP("ReportCharts", "Orders per minute"),
               (("minute_orders", QT_TRANSLATE_NOOP("ReportCharts", "orders/min"), "orders", True),)),
    "abandonment": (QT_TRANSLATE_NOOP("ReportCharts", "Cart abandonment: carts abandoned and opened per minute"),
                    (("minute_abandons", QT_TRANSLATE_NOOP("ReportCharts", "abandoned/min"), "abandons", True),
                     ("minute_cart_adds", QT_TRANSLATE_NOOP("ReportCharts", "carts/min"), "carts", False))),
}


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new offscreen one: charts need Qt, never a display."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(["live-console-report", "-platform", "offscreen"])
    return app  # type: ignore[return-value]  # instance() is typed QCoreApplication; here it is always a GUI one


def render_charts(report: Report, other: Report | None = None) -> dict[str, bytes]:
    """Every chart of the report; with `other`, the curves overlay that live (muted) behind this one."""
    ensure_app()
    # A chart this live's feed could not fill is left out (the page says so): zeros drawn would read as a dead live.
    out = {name: curve_chart(report, name, other if other is not None and other.chart_shown(name) else None)
           for name in CURVES if report.chart_shown(name)}
    if report.chart_shown("quadrant"):
        out["quadrant"] = quadrant_chart(report)
    if report.chart_shown("channels"):
        out["channels"] = channel_chart(report)
    # the plot widgets were handed to deleteLater(); outside an event loop they would linger until exit
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return out


def localise_ticks(axis: pg.AxisItem) -> None:
    """Tick numbers as the report's language writes them (2 000 · 0,5 · 1.000), and never pyqtgraph's "(x0.001)"
    scale in the axis title: a producer reads the numbers as they are."""
    axis.enableAutoSIPrefix(False)
    axis.tickStrings = numbers.tick_strings  # an instance's own formatter: pyqtgraph calls it per redraw


def new_plot(title: str, height: int = HEIGHT) -> pg.PlotWidget:
    """An offscreen plot with the report's paper, ink, fixed axes and size (the history page draws on it too)."""
    pw = pg.PlotWidget(background=PAPER)
    pw.setTitle(title, color=INK, size="11pt")
    pw.resize(WIDTH, height)
    pw.plotItem.setGeometry(0, 0, WIDTH, height)  # never shown, so lay the item out by hand
    font = QFont()
    font.setPixelSize(12)
    for side in ("left", "bottom"):
        axis = pw.getAxis(side)
        axis.setPen(pg.mkPen(INK))
        axis.setTextPen(pg.mkPen(INK))
        axis.setTickFont(font)
        localise_ticks(axis)
    # fixed axis sizes: a never-shown widget does not grow its axes to fit their labels, it drops the labels
    pw.getAxis("left").setWidth(64)
    pw.getAxis("bottom").setHeight(40)
    pw.showGrid(x=True, y=True, alpha=GRID / 255)
    pw.setMenuEnabled(False)
    return pw


def png(pw: pg.PlotWidget) -> bytes:
    """The plot as PNG bytes at the report's export width; the plot is freed."""
    pw.plotItem.layout.activate()  # never shown: apply the axis sizes set since the geometry was given
    exporter = pg.exporters.ImageExporter(pw.plotItem)
    exporter.parameters()["width"] = WIDTH * SCALE
    exporter.parameters()["antialias"] = True
    image = exporter.export(toBytes=True)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    pw.deleteLater()  # offscreen widgets are never shown: free them now rather than at exit
    return bytes(data.data())


def curve_chart(report: Report, name: str, other: Report | None = None) -> bytes:
    """One per-minute chart with the actions as numbered vertical markers (the numbers of the actions table)."""
    title, series = CURVES[name]
    pw = new_plot(translate("ReportCharts", title))
    entries: list[tuple[str, str, str]] = []  # (label, colour, how drawn) for the legend; one series needs none
    top = 0.0
    names = display_names(other, report) if other is not None else ("", report.title)
    if other is not None:  # the reference first, so this live's curve is drawn over it
        attr, label = series[0][:2]
        y = _full_minutes(other, attr)
        top = max(top, float(y.max(initial=0.0)))
        pw.plot(np.arange(y.size) + 0.5, y, pen=pg.mkPen(REFERENCE, width=2, style=Qt.PenStyle.DashLine))
        entries.append((translate("ReportCharts", "{series} · {live} (reference)").format(
            series=translate("ReportCharts", label), live=names[0]), REFERENCE, "dash"))
    for attr, source_label, colour, bars in series if other is None else series[:1]:  # two lives: one series each
        label = translate("ReportCharts", source_label)
        y = _full_minutes(report, attr)
        top = max(top, float(y.max(initial=0.0)))
        x = np.arange(y.size)
        c = COLOURS[colour]
        if bars and other is None:
            pw.addItem(pg.BarGraphItem(x=x + 0.5, height=y, width=0.8, brush=pg.mkBrush(c), pen=pg.mkPen(None)))
            entries.append((label, c, "bar"))
        else:
            pw.plot(x + 0.5, y, pen=pg.mkPen(c, width=2.5))
            entries.append((label if other is None else f"{label} · {names[1]}", c, "line"))
    _markers(pw, report.actions)
    n = len(report.snapshot.minute_orders) if other is None else max(len(report.snapshot.minute_orders),
                                                                       len(other.snapshot.minute_orders))
    pw.setXRange(0, max(1, n), padding=0.01)
    pw.setLabel("bottom", translate("ReportCharts", "minute of the live"), color=INK)
    y_top = max(1.0, top) * (1.25 if len(entries) > 1 else 1.12)  # from zero; room at the top for the legend
    pw.setYRange(0, y_top, padding=0)
    if len(entries) > 1:
        legend(pw, entries, (max(1, n) * 1.01, y_top))
    return png(pw)


LEGEND_PX: Final = 14  # legend text, in the chart's logical pixels (exported at SCALE x, like the axis ticks)
LEGEND_ONE_LINE: Final = 48  # characters of a legend on one line (~40% of the chart's width at LEGEND_PX)
_SWATCH: Final = {"bar": "■", "line": "━━", "dash": "╌╌"}


def legend(pw: pg.PlotWidget, entries: Sequence[tuple[str, str, str]], top_right: tuple[float, float]) -> None:
    """The series' names in the top right corner, as text drawn with the chart (the pyqtgraph legend's text did not
    scale with the export and came out at about 5 px)."""
    parts = [f'<span style="color:{c}">{_SWATCH[how]}</span>&nbsp;{html.escape(label)}' for label, c, how in entries]
    one_line = sum(len(label) + 4 for label, _c, _how in entries) <= LEGEND_ONE_LINE
    sep = "&nbsp;&nbsp;&nbsp;" if one_line else "<br>"  # long names stack: a legend across the chart hides markers
    # no fill or border: pyqtgraph measured their box before the export's layout and drew it astray; the legend
    # sits in the free band the y range leaves at the top
    item = pg.TextItem(anchor=(1, 0))
    font = QFont()
    font.setPixelSize(LEGEND_PX)
    item.setFont(font)  # before the text: the box around it is measured when the text is set
    item.setHtml(f'<div style="color:{INK}">' + sep.join(parts) + "</div>")
    item.setPos(*top_right)
    pw.addItem(item, ignoreBounds=True)


def _full_minutes(report: Report, attr: str) -> np.ndarray:
    """A per-minute series without a last minute shorter than 30 s: a few seconds of it would read as a collapse."""
    y = np.asarray(getattr(report.snapshot, attr), dtype=float)
    if y.size > 1 and report.elapsed_s % 60 < 30:
        y = y[:-1]
    return y


def _markers(pw: pg.PlotWidget, actions: Sequence[ActionImpact]) -> None:
    for a in actions:
        if a.at_s is None or a.verdict == "not on the stream":
            continue
        colour = theme.MARKER_COLOURS.get(a.kind, theme.GREY)
        line = pg.InfiniteLine(pos=a.at_s / 60.0, angle=90, pen=pg.mkPen(colour, width=1.5),
                               label=f"#{a.number}", labelOpts={"position": 0.93, "color": colour,
                                                                "fill": pg.mkBrush(255, 255, 255, 200)})
        pw.addItem(line)


def quadrant_chart(report: Report) -> bytes:
    """Unit margin against units per minute: the curation view. Medians split it into four quadrants."""
    height = 440
    pw = new_plot(translate("ReportCharts", "Products: margin per unit against sales velocity"), height=height)
    rows = [p for p in report.products if p.unit_margin is not None]
    if not rows:
        note = pg.TextItem(translate("ReportCharts", "no product has a plan cost: no margins to plot"), color=INK,
                           anchor=(0.5, 0.5))
        note.setPos(0.5, 0.5)
        pw.addItem(note)
        return png(pw)
    x = np.array([p.velocity for p in rows])
    y = np.array([p.unit_margin or 0.0 for p in rows])
    revenue = np.array([p.revenue for p in rows])
    sizes = 10 + 30 * np.sqrt(revenue / revenue.max()) if revenue.max() > 0 else np.full(len(rows), 12.0)
    brushes = [pg.mkBrush(theme.RED if p.sold_out_at_s is not None else COLOURS["viewers"]) for p in rows]
    pw.addItem(pg.ScatterPlotItem(x=x, y=y, size=sizes, brush=brushes, pen=pg.mkPen(INK, width=0.8)))
    mx, my = float(np.median(x)), float(np.median(y))
    for pos, angle in ((mx, 90), (my, 0)):
        pw.addItem(pg.InfiniteLine(pos=pos, angle=angle, pen=pg.mkPen(REFERENCE, width=1, style=Qt.PenStyle.DashLine)))
    # room on the right for the labels of the fastest products
    x_range = (0.0, float(x.max()) * 1.3 + 0.1)
    span = float(y.max()) - min(0.0, float(y.min())) + 1.0
    y_range = (min(0.0, float(y.min())) - 0.14 * span, float(y.max()) + 0.15 * span)  # room for corner notes
    pw.setXRange(*x_range, padding=0)
    pw.setYRange(*y_range, padding=0)
    pw.setLabel("bottom", translate("ReportCharts", "units sold per minute on sale (red: sold out; size: revenue)"),
                color=INK)
    pw.setLabel("left", translate("ReportCharts", "margin per unit ({currency})").format(currency=report.currency),
                color=INK)
    pw.plotItem.layout.activate()  # the view box's size in pixels (axis titles in place): labels are placed in pixels
    box = pw.plotItem.vb.sceneBoundingRect()
    view = (box.width(), box.height())
    font = QFont()
    font.setPixelSize(LABEL_PX)
    metrics = QFontMetricsF(font)
    corners = ((translate("ReportCharts", "stars: high margin, fast"), (1, 0)),
               (translate("ReportCharts", "niche: high margin, slow"), (0, 0)),
               (translate("ReportCharts", "traffic builders: low margin, fast"), (1, 1)),
               (translate("ReportCharts", "review: low margin, slow"), (0, 1)))
    taken: list[Box] = []
    for text, (right, bottom) in corners:
        item = pg.TextItem(text, color=REFERENCE, anchor=(right, bottom))
        item.setFont(font)
        item.setPos(x_range[right], y_range[1 - bottom])
        pw.addItem(item)
        w, h = metrics.horizontalAdvance(text) + 2 * TEXT_PAD, metrics.height() + 2 * TEXT_PAD
        taken.append((view[0] - w if right else 0.0, view[1] - h if bottom else 0.0, w, h))
    px = (x - x_range[0]) / (x_range[1] - x_range[0]) * view[0]
    py = (y_range[1] - y) / (y_range[1] - y_range[0]) * view[1]
    labels = [translate("ReportCharts", "{sku} (sold out)").format(sku=p.sku) if p.sold_out_at_s is not None
              else p.sku for p in rows]
    sizes_px = [(metrics.horizontalAdvance(t) + 2 * TEXT_PAD, metrics.height() + 2 * TEXT_PAD) for t in labels]
    def data(vx: float, vy: float) -> tuple[float, float]:  # view pixels -> data coordinates
        return (x_range[0] + vx / view[0] * (x_range[1] - x_range[0]),
                y_range[1] - vy / view[1] * (y_range[1] - y_range[0]))

    for i, (left, top) in enumerate(place_labels(px, py, sizes / 2, sizes_px, view, taken)):
        w, h = sizes_px[i]
        # a label not straight to the right of its bubble gets a leader line from the bubble's edge to the text
        near_x = min(max(float(px[i]), left + TEXT_PAD), left + w - TEXT_PAD)
        near_y = min(max(float(py[i]), top + TEXT_PAD), top + h - TEXT_PAD)
        dist = float(np.hypot(near_x - px[i], near_y - py[i]))
        if not (left > px[i] and abs(top + h / 2 - py[i]) < 1.0) and dist > sizes[i] / 2 + 1:
            f = (sizes[i] / 2) / dist
            a, b = data(px[i] + (near_x - px[i]) * f, py[i] + (near_y - py[i]) * f), data(near_x, near_y)
            pw.addItem(pg.PlotCurveItem(x=[a[0], b[0]], y=[a[1], b[1]], pen=pg.mkPen(INK, width=0.8)))
        item = pg.TextItem(labels[i], color=INK, anchor=(0, 0))
        item.setFont(font)
        # back from pixels to data: the item's top-left corner
        item.setPos(x_range[0] + left / view[0] * (x_range[1] - x_range[0]),
                    y_range[1] - top / view[1] * (y_range[1] - y_range[0]))
        pw.addItem(item)
    return png(pw)


LABEL_PX: Final = 13  # product and corner labels of the quadrant, logical pixels
TEXT_PAD: Final = 4.0  # a TextItem's text sits this far inside its box (QGraphicsTextItem's document margin)
GAP: Final = 3.0  # between a bubble's edge and its label
RINGS: Final = (0.0, 16.0, 32.0)  # a crowded label moves this much further out (with a leader line to its bubble)
Box = tuple[float, float, float, float]  # left, top, width, height in the view box's pixels


def place_labels(px: np.ndarray, py: np.ndarray, radii: np.ndarray, sizes: Sequence[tuple[float, float]],
                 view: tuple[float, float], taken: Sequence[Box] = ()) -> list[tuple[float, float]]:
    """Top-left corner (view pixels) of each point's label: beside its own bubble (right, left, above, below, then
    the diagonals; then the same further out), inside the view, over no other label, bubble or corner note. When
    every spot collides, the one overlapping least. Points are placed top to bottom, so a crowded cluster fans out
    the same way each time."""
    bubbles: list[Box] = [(float(px[j] - radii[j]), float(py[j] - radii[j]), float(2 * radii[j]),
                           float(2 * radii[j])) for j in range(len(px))]
    placed: list[Box] = list(taken)
    out: list[tuple[float, float]] = [(0.0, 0.0)] * len(px)
    for i in sorted(range(len(px)), key=lambda k: (py[k], px[k])):
        w, h = sizes[i]
        x0, y0 = float(px[i]), float(py[i])
        spots = [spot for ring in RINGS for r in (float(radii[i]) + GAP + ring,)
                 for spot in ((x0 + r, y0 - h / 2), (x0 - r - w, y0 - h / 2), (x0 - w / 2, y0 - r - h),
                              (x0 - w / 2, y0 + r), (x0 + r * 0.7, y0 - r * 0.7 - h), (x0 + r * 0.7, y0 + r * 0.7),
                              (x0 - r * 0.7 - w, y0 - r * 0.7 - h), (x0 - r * 0.7 - w, y0 + r * 0.7))]
        others = [b for j, b in enumerate(bubbles) if j != i]
        best: tuple[float, tuple[float, float]] | None = None
        for left, top in spots:
            cand = (left, top, w, h)
            outside = 0.0 if (left >= 0 and top >= 0 and left + w <= view[0] and top + h <= view[1]) else 1e9
            cost = outside + sum(_overlap_area(cand, b) for b in (*placed, *others))
            if best is None or cost < best[0]:
                best = (cost, (left, top))
            if cost == 0:
                break
        assert best is not None
        left, top = best[1]
        # a label that cannot fit whole is at least kept inside the view: cut text is worse than a small overlap
        left = min(max(0.0, left), max(0.0, view[0] - w))
        top = min(max(0.0, top), max(0.0, view[1] - h))
        placed.append((left, top, w, h))
        out[i] = (left, top)
    return out


def _overlap_area(a: Box, b: Box) -> float:
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def channel_chart(report: Report) -> bytes:
    """Conversion per entry channel as bars, each labelled with its revenue (and ROAS for paid)."""
    pw = new_plot(translate("ReportCharts", "Entry channels: conversion, revenue and ROAS"))
    rows = list(report.channels)
    conv = np.array([(c.conversion or 0.0) * 100 for c in rows])
    x = np.arange(len(rows))
    brushes = [pg.mkBrush(theme.CHANNEL_COLOURS.get(c.channel, theme.GREY)) for c in rows]
    pw.addItem(pg.BarGraphItem(x=x, height=conv, width=0.6, brushes=brushes, pen=pg.mkPen(INK, width=0.8)))
    top = max(1.0, float(conv.max()) if conv.size else 1.0)
    for xi, c, h in zip(x, rows, conv, strict=True):
        extra = f" · ROAS {times(c.roas)}" if c.roas is not None else ""
        label = pg.TextItem(f"{pct(h / 100)} · {money_short(c.revenue, report.currency)}{extra}", color=INK,
                            anchor=(0.5, 1.1))
        label.setPos(float(xi), float(h))
        pw.addItem(label)
    pw.getAxis("bottom").setTicks([[(float(i), channel_name(c.channel)) for i, c in enumerate(rows)]])
    pw.setXRange(-0.6, len(rows) - 0.4, padding=0)
    pw.setYRange(0, top * 1.25, padding=0)
    pw.setLabel("left", translate("ReportCharts", "conversion (buyers / entered, %)"), color=INK)
    return png(pw)
