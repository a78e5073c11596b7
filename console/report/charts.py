"""The report's charts as PNG bytes, drawn with pyqtgraph offscreen: per-minute curves, product quadrant, channels.

Light background for print; the HTML inverts them for a dark screen. Colours are the console's (theme.py), so
a marker on the report has the colour it had on the live screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # registers pg.exporters
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from console.report.compare import display_names
from console.report.model import ActionImpact, Report
from console.widgets import theme
from console.widgets.fmt import money_short

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
    "viewers": ("Viewers", (("minute_viewers", "viewers", "viewers", False),)),
    "engagement": ("Engagement: chat messages per minute", (("minute_chat", "chat/min", "chat", False),)),
    "dropoff": ("Drop-off: viewers leaving per minute",
                (("minute_leaves", "leaves/min", "leaves", True), ("minute_joins", "joins/min", "joins", False))),
    "orders": ("Orders per minute", (("minute_orders", "orders/min", "orders", True),)),
    "abandonment": ("Cart abandonment: carts abandoned and opened per minute",
                    (("minute_abandons", "abandoned/min", "abandons", True),
                     ("minute_cart_adds", "carts/min", "carts", False))),
}


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new offscreen one: charts need Qt, never a display."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(["live-console-report", "-platform", "offscreen"])
    return app  # type: ignore[return-value]


def render_charts(report: Report, other: Report | None = None) -> dict[str, bytes]:
    """Every chart of the report; with `other`, the curves overlay that live (muted) behind this one."""
    ensure_app()
    out = {name: curve_chart(report, name, other) for name in CURVES}
    out["quadrant"] = quadrant_chart(report)
    out["channels"] = channel_chart(report)
    # the plot widgets were handed to deleteLater(); outside an event loop they would linger until exit
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return out


def _plot(title: str, height: int = HEIGHT) -> pg.PlotWidget:
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
    # fixed axis sizes: a never-shown widget does not grow its axes to fit their labels, it drops the labels
    pw.getAxis("left").setWidth(64)
    pw.getAxis("bottom").setHeight(40)
    pw.showGrid(x=True, y=True, alpha=GRID / 255)
    pw.setMenuEnabled(False)
    return pw


def _png(pw: pg.PlotWidget) -> bytes:
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
    pw = _plot(title)
    # one series needs no legend: the title names it
    legend = (pw.addLegend(offset=(-10, 8), labelTextColor=INK, brush=pg.mkBrush(255, 255, 255, 220),
                           labelTextSize="13px") if len(series) > 1 or other is not None else None)
    top = 0.0
    names = display_names(other, report) if other is not None else ("", report.title)
    if other is not None:  # the reference first, so this live's curve is drawn over it
        attr, label = series[0][:2]
        y = _full_minutes(other, attr)
        top = max(top, float(y.max(initial=0.0)))
        pw.plot(np.arange(y.size) + 0.5, y, pen=pg.mkPen(REFERENCE, width=2, style=Qt.PenStyle.DashLine),
                name=f"{label} · {names[0]} (reference)")
    for attr, label, colour, bars in series if other is None else series[:1]:  # two lives: one series each
        y = _full_minutes(report, attr)
        top = max(top, float(y.max(initial=0.0)))
        x = np.arange(y.size)
        c = COLOURS[colour]
        if bars and other is None:
            pw.addItem(pg.BarGraphItem(x=x + 0.5, height=y, width=0.8, brush=pg.mkBrush(c), pen=pg.mkPen(None)))
            if legend is not None:
                legend.addItem(pg.BarGraphItem(x=[0], height=[0], width=1, brush=pg.mkBrush(c)), label)
        else:
            name = label if other is None else f"{label} · {names[1]}"
            pw.plot(x + 0.5, y, pen=pg.mkPen(c, width=2.5), name=name)
    _markers(pw, report.actions)
    n = len(report.snapshot.minute_orders) if other is None else max(len(report.snapshot.minute_orders),
                                                                       len(other.snapshot.minute_orders))
    pw.setXRange(0, max(1, n), padding=0.01)
    pw.setLabel("bottom", "minute of the live", color=INK)
    pw.setYRange(0, max(1.0, top) * 1.12, padding=0)  # from zero: a curve's dip must not look like a collapse
    return _png(pw)


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
    pw = _plot("Products: margin per unit against sales velocity", height=height)
    rows = [p for p in report.products if p.unit_margin is not None]
    if not rows:
        note = pg.TextItem("no product has a plan cost: no margins to plot", color=INK, anchor=(0.5, 0.5))
        note.setPos(0.5, 0.5)
        pw.addItem(note)
        return _png(pw)
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
    y_range = (min(0.0, float(y.min())) - 0.08 * span, float(y.max()) + 0.15 * span)  # room for corner notes
    pw.setXRange(*x_range, padding=0)
    pw.setYRange(*y_range, padding=0)
    labels = [p.sku + (" (sold out)" if p.sold_out_at_s is not None else "") for p in rows]
    for text, pos, anchor in _place_labels(labels, x, y, x_range, y_range, (WIDTH - 80, height - 80)):
        item = pg.TextItem(text, color=INK, anchor=anchor)
        item.setPos(*pos)
        pw.addItem(item)
    corners = (("stars: high margin, fast", (1, 0)), ("niche: high margin, slow", (0, 0)),
               ("traffic builders: low margin, fast", (1, 1)), ("review: low margin, slow", (0, 1)))
    for text, (right, bottom) in corners:
        item = pg.TextItem(text, color=REFERENCE, anchor=(right, bottom))
        item.setPos(x_range[right], y_range[1 - bottom])
        pw.addItem(item)
    pw.setLabel("bottom", "units sold per minute on sale (red: sold out; size: revenue)", color=INK)
    pw.setLabel("left", f"margin per unit ({report.currency})", color=INK)
    return _png(pw)


def _place_labels(labels: Sequence[str], x: np.ndarray, y: np.ndarray, x_range: tuple[float, float],
                  y_range: tuple[float, float], size: tuple[int, int],
                  ) -> list[tuple[str, tuple[float, float], tuple[float, float]]]:
    """Greedy placement: each label takes the first of four spots beside its point that overlaps no other label."""
    w, h = size
    spots = ((0.0, 1.0), (0.0, 0.0), (1.0, 1.0), (1.0, 0.0))  # anchors: above right, below right, above left...
    placed: list[tuple[float, float, float, float]] = []
    out = []
    for i in np.argsort(-y):
        px = (x[i] - x_range[0]) / (x_range[1] - x_range[0]) * w
        py = (y_range[1] - y[i]) / (y_range[1] - y_range[0]) * h
        tw, th = 7.5 * len(labels[i]) + 8, 18.0  # text box in pixels, roughly, at the tick font's size
        for ax, ay in spots:
            box = (px - ax * tw + (6 if ax == 0 else -6), py - ay * th, tw, th)
            if not any(_overlap(box, other) for other in placed):
                break
        placed.append(box)
        out.append((labels[i], (float(x[i]), float(y[i])), (ax, ay)))
    return out


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def channel_chart(report: Report) -> bytes:
    """Conversion per entry channel as bars, each labelled with its revenue (and ROAS for paid)."""
    pw = _plot("Entry channels: conversion, revenue and ROAS")
    rows = list(report.channels)
    conv = np.array([(c.conversion or 0.0) * 100 for c in rows])
    x = np.arange(len(rows))
    brushes = [pg.mkBrush(theme.CHANNEL_COLOURS.get(c.channel, theme.GREY)) for c in rows]
    pw.addItem(pg.BarGraphItem(x=x, height=conv, width=0.6, brushes=brushes, pen=pg.mkPen(INK, width=0.8)))
    top = max(1.0, float(conv.max()) if conv.size else 1.0)
    for xi, c, h in zip(x, rows, conv, strict=True):
        extra = f" · ROAS {c.roas:.1f}×" if c.roas is not None else ""
        label = pg.TextItem(f"{h:.1f}% · {money_short(c.revenue, report.currency)}{extra}", color=INK,
                            anchor=(0.5, 1.1))
        label.setPos(float(xi), float(h))
        pw.addItem(label)
    pw.getAxis("bottom").setTicks([[(float(i), c.channel) for i, c in enumerate(rows)]])
    pw.setXRange(-0.6, len(rows) - 0.4, padding=0)
    pw.setYRange(0, top * 1.25, padding=0)
    pw.setLabel("left", "conversion (buyers / entered, %)", color=INK)
    return _png(pw)
