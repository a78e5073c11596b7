"""The history page's charts as PNG bytes, drawn offscreen with the report's pyqtgraph plot and export
(console/report/charts.py): the same size, paper, ink and legend as the post-live report, so the two pages read
alike. Each function takes the section's values and returns one PNG; none reads the library."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from console.i18n import translate
from console.library.history.findings import goal_label
from console.library.history.minute_queries import band_stands, best_band
from console.library.history.model import (
    LIVES_CHARTED,
    ChannelRow,
    Comparison,
    Effect,
    GoalTrend,
    History,
    Live,
    ProductRow,
)
from console.library.history.model import (
    shown as word_of,
)
from console.present import palette as theme
from console.present.fmt import count, pct
from console.report.charts import COLOURS, INK, REFERENCE, ensure_app, legend, new_plot, png  # the report's look

LINES: Final = ("#1f9ed1", "#e8a200", "#12a58d", "#c06bd6", "#e0574f", "#5b6472", "#8bc34a")  # one per series
MAX_CURVES: Final = 20  # lives drawn one by one behind the average: more is a grey smear
MAX_SHARE: Final = 3.0  # an actual beyond 300% of its target is drawn at the edge
RATE_ROOM: Final = 2.5  # a rate chart's top: this many times the average's highest minute (one thin minute is 100%)
MAX_LIFT: Final = 5.0  # +500%: a lift beyond is drawn at the edge (one quiet minute before makes thousands)
DATE_TICKS: Final = 12
PAPER_GREY: Final = "#e6e9ee"  # where a product stood the live before: drawn hollow-looking, behind
QUADRANT_COLOURS: Final = {"star": "#0a7f3f", "traffic builder": "#1f9ed1", "niche": "#e8a200", "review": "#c62828"}


def render(h: History) -> dict[str, bytes]:
    """Every chart the page shows, by name (charts/<name>.png); a chart with nothing to draw is left out."""
    ensure_app()
    out: dict[str, bytes] = {}
    recent = h.lives[-LIVES_CHARTED:]
    if any(g.counted for g in h.goals):
        out["goals"] = goals_chart(h.goals, recent)
    latest = h.minutes.curves[-MAX_CURVES:]
    if h.minutes.average:
        sag = best_band(h.minutes.sags)
        shaded = None
        if sag is not None and sag.flagged >= 2:
            if band_stands(sag, h.minutes.sags):
                words = translate("History", "sag: {flagged} of {lives} lives below own median")
            else:
                words = translate("History", "dip most often, not sure yet: {flagged} of {lives} lives below own "
                                             "median")
            shaded = ((sag.start, sag.end + 1), words.format(flagged=count(sag.flagged), lives=count(sag.lives)))
        for name, field, title, unit, colour in (
                ("viewers", "viewers", translate("History", "Viewers"), 1.0, COLOURS["viewers"]),
                ("orders", "orders_per_k", translate("History", "Orders per 1,000 viewer-minutes"), 1.0,
                 COLOURS["orders"]),
                ("abandonment", "abandonment", translate("History", "Cart abandonment: abandoned / opened (%)"), 100.0,
                 COLOURS["abandons"])):
            average = [getattr(p, field) for p in h.minutes.average]
            each = [getattr(c, field) for c in latest]
            out[f"minutes_{name}"] = minute_chart(title, average, [p.minute for p in h.minutes.average], each, unit,
                                                  colour, len(h.minutes.curves), shaded if name == "orders" else None,
                                                  rate=name != "viewers")
    if any(p.latest is not None for p in h.products):
        out["products"] = product_chart(h.products)
    if any(c.conversion is not None for c in h.channels):
        out["channels"] = channel_chart(h.channels)
    if any(lv.new_buyers is not None for lv in h.lives):
        out["buyers"] = buyers_chart(recent)
    if h.actions:
        out["actions"] = effects_chart(h.actions)
    if h.comparison is not None:
        out["compare"] = compare_chart(h.comparison)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the plots handed to deleteLater()
    return out


def _date_axis(pw: pg.PlotWidget, lives: Sequence[Live]) -> None:
    step = max(1, -(-len(lives) // DATE_TICKS))
    pw.getAxis("bottom").setTicks([[(float(i), (lv.date or "")[5:] or str(i + 1))
                                    for i, lv in enumerate(lives) if i % step == 0]])
    pw.setXRange(-0.6, len(lives) - 0.4, padding=0)
    pw.setLabel("bottom", translate("History", "live (date, month-day)"), color=INK)


def goals_chart(goals: Sequence[GoalTrend], lives: Sequence[Live]) -> bytes:
    """Each goal's actual as a share of its target, live by live (full recordings only); 100% is the target."""
    pw = new_plot(translate("History", "Goals: actual as % of target, live by live"))
    pos = {lv.key: i for i, lv in enumerate(lives)}
    top = 100.0
    entries = []
    for colour, g in zip(LINES * 3, goals, strict=False):
        pts = [(pos[p.key], min(p.actual / p.target, MAX_SHARE) * 100) for p in g.points
               if not p.partial and p.actual is not None and p.target and p.key in pos]
        if not pts:
            continue
        x, y = np.array([p[0] for p in pts], float), np.array([p[1] for p in pts], float)
        top = max(top, float(y.max()))
        pw.plot(x, y, pen=pg.mkPen(colour, width=2.5), symbol="o", symbolSize=7, symbolBrush=colour,
                symbolPen=pg.mkPen(colour))
        entries.append((goal_label(g), colour, "line"))
    pw.addItem(pg.InfiniteLine(pos=100, angle=0, pen=pg.mkPen(INK, width=1, style=Qt.PenStyle.DashLine)))
    _date_axis(pw, lives)
    y_top = top * (1.2 + 0.08 * len(entries))  # the legend stacks one line per goal in the free band at the top
    pw.setYRange(0, y_top, padding=0)
    pw.setLabel("left", translate("History", "% of target"), color=INK)
    legend(pw, entries, (len(lives) - 0.45, y_top))
    return png(pw)


def minute_chart(title: str, average: Sequence[float | None], minutes: Sequence[int],
                 each: Sequence[Sequence[float | None]], unit: float, colour: str, n: int,
                 shaded: tuple[tuple[int, int], str] | None, rate: bool) -> bytes:
    """The average minute (thick) over each of the latest lives' own curve (thin grey); `shaded` ((first minute,
    end), words) marks the band where orders sag in most lives. A `rate`'s lives are cut at RATE_ROOM times the
    average's highest minute (one thin minute reads as a spike)."""
    region = shaded[0] if shaded is not None else None
    pw = new_plot(title)
    top = 0.0
    y = np.array([np.nan if v is None else v * unit for v in average], float)
    ceiling = float(np.nanmax(y)) * RATE_ROOM if rate and np.isfinite(y).any() else math.inf
    for ys in each:
        one = np.array([np.nan if v is None else min(v * unit, ceiling) for v in ys], float)
        if np.isfinite(one).any():
            top = max(top, float(np.nanmax(one)))
        pw.plot(np.arange(one.size) + 0.5, one, pen=pg.mkPen(REFERENCE, width=1), connect="finite")
    if np.isfinite(y).any():
        top = max(top, float(np.nanmax(y)))
    pw.plot(np.array(minutes, float) + 0.5, y, pen=pg.mkPen(colour, width=3.5), connect="finite")
    if region is not None:
        pw.addItem(pg.LinearRegionItem(values=region, movable=False, brush=pg.mkBrush(224, 87, 79, 40),
                                       pen=pg.mkPen(None)))
    x_end = max(1, len(minutes))
    pw.setXRange(0, x_end, padding=0.01)
    pw.setLabel("bottom", translate("History", "minute of the live"), color=INK)
    y_top = max(1.0, top) * (1.5 if region is not None else 1.3)  # a free band at the top for the legend
    pw.setYRange(0, y_top, padding=0)
    entries = [(translate("History", "average of {lives} lives").format(lives=count(n)), colour, "line"),
               (translate("History", "each of the latest {lives}").format(lives=len(each)) if n > len(each)
                else translate("History", "each live"), REFERENCE, "line")]
    if shaded is not None:
        entries.append((shaded[1], COLOURS["abandons"], "bar"))
    legend(pw, entries, (x_end * 1.01, y_top))
    return png(pw)


def product_chart(rows: Sequence[ProductRow]) -> bytes:
    """Each product at its latest live (margin against sell-through), a line from where it stood the live before."""
    pw = new_plot(translate("History", "Products: margin against sell-through, latest live (line: from the live "
                            "before)"), height=440)
    shown = sorted((p for p in rows if p.points and p.points[-1].quadrant is not None),
                   key=lambda p: -(p.revenue or 0.0))[:24]  # the order only: a product without revenue last
    top_x = top_y = 10.0
    for p in shown:
        last = p.points[-1]
        x, y = (last.sell_through or 0.0) * 100, (last.margin or 0.0) * 100
        top_x, top_y = max(top_x, x), max(top_y, y)
        if len(p.points) > 1 and p.points[-2].quadrant is not None:
            prev = p.points[-2]
            px, py = (prev.sell_through or 0.0) * 100, (prev.margin or 0.0) * 100
            top_x, top_y = max(top_x, px), max(top_y, py)
            pw.plot([px, x], [py, y], pen=pg.mkPen(REFERENCE, width=1.5, style=Qt.PenStyle.DashLine))
            pw.addItem(pg.ScatterPlotItem(x=[px], y=[py], size=8, brush=pg.mkBrush(PAPER_GREY),
                                          pen=pg.mkPen(REFERENCE)))
        colour = QUADRANT_COLOURS[last.quadrant or "review"]
        pw.addItem(pg.ScatterPlotItem(x=[x], y=[y], size=14, brush=pg.mkBrush(colour), pen=pg.mkPen(INK, width=0.8)))
        label = pg.TextItem(p.sku, color=INK, anchor=(0, 0.5))
        label.setPos(x + top_x * 0.012, y)
        pw.addItem(label)
    pw.setXRange(0, top_x * 1.15, padding=0)
    pw.setYRange(0, top_y * 1.15, padding=0)
    pw.setLabel("bottom", translate("History", "sell-through: units sold / stock at the start (%)"), color=INK)
    pw.setLabel("left", translate("History", "margin: (price − cost) / price (%)"), color=INK)
    legend(pw, [(word_of(q), c, "bar") for q, c in QUADRANT_COLOURS.items()], (top_x * 1.15, top_y * 1.15))
    return png(pw)


def channel_chart(rows: Sequence[ChannelRow]) -> bytes:
    """Conversion per entry channel across the lives, each bar labelled with its ROAS when paid."""
    pw = new_plot(translate("History", "Entry channels across lives: conversion (buyers / entered)"))
    conv = np.array([(c.conversion or 0.0) * 100 for c in rows])
    x = np.arange(len(rows))
    brushes = [pg.mkBrush(theme.CHANNEL_COLOURS.get(c.channel, theme.GREY)) for c in rows]
    pw.addItem(pg.BarGraphItem(x=x, height=conv, width=0.6, brushes=brushes, pen=pg.mkPen(INK, width=0.8)))
    for xi, c, h in zip(x, rows, conv, strict=True):
        extra = f" · ROAS {c.roas:.1f}×" if c.roas is not None else ""
        label = pg.TextItem(f"{h:.1f}%{extra}", color=INK, anchor=(0.5, 1.1))
        label.setPos(float(xi), float(h))
        pw.addItem(label)
    pw.getAxis("bottom").setTicks([[(float(i), c.channel) for i, c in enumerate(rows)]])
    pw.setXRange(-0.6, len(rows) - 0.4, padding=0)
    pw.setYRange(0, max(1.0, float(conv.max(initial=0.0))) * 1.3, padding=0)
    pw.setLabel("left", translate("History", "conversion (%)"), color=INK)
    return png(pw)


def buyers_chart(lives: Sequence[Live]) -> bytes:
    """New (top) and returning (bottom) buyers, live by live."""
    pw = new_plot(translate("History", "Buyers live by live: returning (bottom) and new to the shop (top)"))
    x = np.arange(len(lives), dtype=float)
    ret = np.array([float(lv.returning_buyers or 0) for lv in lives])
    new = np.array([float(lv.new_buyers or 0) for lv in lives])
    width = 0.7 if len(lives) < 200 else 1.0
    pw.addItem(pg.BarGraphItem(x=x, height=ret, width=width, brush=pg.mkBrush("#9aa3b2"), pen=pg.mkPen(None)))
    pw.addItem(pg.BarGraphItem(x=x, y0=ret, height=new, width=width, brush=pg.mkBrush("#1f9ed1"), pen=pg.mkPen(None)))
    _date_axis(pw, lives)
    y_top = max(1.0, float((ret + new).max(initial=0.0))) * 1.3
    pw.setYRange(0, y_top, padding=0)
    pw.setLabel("left", translate("History", "buyers"), color=INK)
    legend(pw, [(translate("History", "new"), "#1f9ed1", "bar"), (translate("History", "returning"), "#9aa3b2", "bar")],
           (len(lives) - 0.45, y_top))
    return png(pw)


def effects_chart(effects: Sequence[Effect]) -> bytes:
    """One row per action: each live's lift as a dot, the median as a bar, the interval as a line."""
    rows = list(effects)[:16]
    height = 90 + 34 * len(rows)
    pw = new_plot(translate("History", "Actions: lift of orders per minute in each live (dot), median (bar), interval "
                            "(line)"),
                  height=max(200, height))
    hi = max([MAX_LIFT * 100 if v > MAX_LIFT else v * 100 for e in rows for _, v in e.per_live] + [100.0])
    lo = min([v * 100 for e in rows for _, v in e.per_live] + [-100.0])
    for i, e in enumerate(rows):
        y = float(len(rows) - 1 - i)
        xs = np.array([min(v, MAX_LIFT) * 100 for _, v in e.per_live])
        jitter = np.linspace(-0.18, 0.18, xs.size) if xs.size > 1 else np.zeros(1)
        colour = theme.MARKER_COLOURS.get(e.kind, theme.GREY)
        if e.interval is not None:
            a, b, _ = e.interval
            pw.plot([min(a, MAX_LIFT) * 100, min(b, MAX_LIFT) * 100], [y, y], pen=pg.mkPen(INK, width=2))
        pw.addItem(pg.ScatterPlotItem(x=xs, y=y + jitter, size=8, brush=pg.mkBrush(colour),
                                      pen=pg.mkPen(INK, width=0.6)))
        if e.median is not None:
            m = min(e.median, MAX_LIFT) * 100
            pw.plot([m, m], [y - 0.32, y + 0.32], pen=pg.mkPen(INK, width=3))
    pw.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(REFERENCE, width=1, style=Qt.PenStyle.DashLine)))
    ticks = [(float(len(rows) - 1 - i), _short(e.label, 22)) for i, e in enumerate(rows)]
    axis = pw.getAxis("left")
    axis.setTicks([ticks])
    axis.setWidth(170)
    pw.setYRange(-0.7, len(rows) - 0.3, padding=0)
    pw.setXRange(lo - 10, hi + 10, padding=0)
    label = translate("History", "lift of orders per minute, % (beyond +{lift} drawn at the edge)")
    pw.setLabel("bottom", label.format(lift=pct(MAX_LIFT, 0)), color=INK)
    return png(pw)


def compare_chart(c: Comparison) -> bytes:
    """Each compared live's revenue added up minute by minute over its own recording; the shaded span is where
    they were compared."""
    pw = new_plot(translate("History", "Compared lives: revenue added up minute by minute (shaded: the minutes "
                            "compared)"))
    top, end = 1.0, 1
    entries = []
    for colour, cl in zip(LINES * 3, c.lives, strict=False):
        y = np.array(cl.cumulative_gmv, float)
        if y.size:
            top, end = max(top, float(y.max())), max(end, y.size)
            pw.plot(np.arange(1, y.size + 1, dtype=float), y, pen=pg.mkPen(colour, width=2.5))
        note = " · " + translate("History", "partial") if cl.live.partial else ""
        note += "" if y.size or not cl.complete_minutes else " · " + translate("History", "no revenue from its feed")
        entries.append((_short(cl.live.name, 40) + note, colour, "line"))
    if c.span > 0:
        pw.addItem(pg.LinearRegionItem(values=(0, c.span), movable=False, brush=pg.mkBrush(31, 158, 209, 30),
                                       pen=pg.mkPen(None)))
    pw.setXRange(0, end, padding=0.01)
    y_top = top * (1.15 + 0.08 * len(entries))
    pw.setYRange(0, y_top, padding=0)
    pw.setLabel("bottom", translate("History", "minute of the live"), color=INK)
    legend(pw, entries, (end * 1.01, y_top))
    return png(pw)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
