"""One row per product (plan order, then discovered): name and flags, units/min sparkline, money and funnel."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from console.kpi_types import KpiSnapshot, ProductStats
from console.plan import Plan
from console.widgets import fmt, theme
from console.widgets.fit_label import set_steady_text
from console.widgets.product_flags import MANY_VIEWS_FEW_ORDERS, SOLD_OUT, STOCK_LOW, product_flags

ROW_H = 64  # two lines of text at 17 + 14 px plus air; the sparkline gets the same height
_FLAG_COLOURS = {SOLD_OUT: theme.RED, STOCK_LOW: theme.AMBER, MANY_VIEWS_FEW_ORDERS: "#6fb7ff"}
_OFFER_COLOUR = theme.MARKER_COLOURS["flash_offer"]


def _t(text: str) -> str:
    return QCoreApplication.translate("ProductPanels", text)


class _Row:
    """The Qt labels and the sparkline of one product."""

    def __init__(self, sku: str, name: QLabel, stats: QLabel, box: pg.ViewBox, curve: pg.PlotCurveItem) -> None:
        self.sku, self.name, self.stats, self.box, self.curve = sku, name, stats, box, curve
        self.flags: list[str] = []
        self.y_max = -1.0
        self.n = -1
        self.drawn: np.ndarray = np.empty(0)


class ProductPanels(QWidget):
    """All sparklines live in ONE GraphicsLayoutWidget (bare ViewBox + PlotCurveItem): one scene, one paint."""

    def __init__(self, plan: Plan | None, clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.currency = plan.live.currency if plan else "EUR"
        self.rescale_every_s = 1.0
        self._clock = clock
        self._last_scale = -1e9
        self._rows: dict[str, _Row] = {}
        self._name_width = 0
        stats = QFont()
        stats.setPixelSize(14)
        # The stats column's width from the start (it only grows past it): the sparklines never resize per digit.
        self._stats_w = QFontMetrics(stats).horizontalAdvance("conv 100.0% · CTR 99.9% · 9,999 left") + 20
        self._spark = pg.GraphicsLayoutWidget()
        self._spark.ci.layout.setContentsMargins(0, 0, 0, 0)
        self._spark.ci.layout.setSpacing(0)
        self._spark.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._spark.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self._grid = QGridLayout(body)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(0)
        # Names and stats keep their natural width; the sparkline takes what is left (and grows with the dock).
        self._grid.setColumnStretch(1, 1)
        self._spark.setMinimumWidth(90)
        self._name_font = QFont()
        self._name_font.setPixelSize(17)
        self._name_font.setWeight(QFont.Weight.DemiBold)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # width is guaranteed below
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        for p in plan.products if plan else []:
            self._add_row(p.sku, p.name)
        self._fit_width()

    def _fit_width(self) -> None:
        """Never narrower than a full row: a cut-off figure ('€7' for '€7,041') reads as a wrong number."""
        self.setMinimumWidth(max(self._name_width, 160) + 80 + self._stats_w + 14)  # + sparkline + scrollbar

    # ------------------------------------------------------------------------------------------ rows
    def _add_row(self, sku: str, name: str) -> _Row:
        i = len(self._rows)
        shade = theme.SURFACE if i % 2 == 0 else theme.BG  # zebra rows: the eye follows a row across columns
        cells = []
        for col in (0, 2):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setFixedHeight(ROW_H)
            label.setContentsMargins(10, 0, 10, 0)
            label.setAlignment(Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignLeft if col == 0
                                                                else Qt.AlignmentFlag.AlignRight))
            label.setStyleSheet(f"background: {shade};")
            if col == 0:  # several flags at once wrap onto a third line instead of being cut off
                label.setWordWrap(True)
                label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                # ...but a name never wraps: the column is as wide as the longest name
                width = QFontMetrics(self._name_font).horizontalAdvance(name) + 24
                self._name_width = max(self._name_width, width)
                self._grid.setColumnMinimumWidth(0, self._name_width)
            else:
                label.setFixedWidth(self._stats_w)
            self._grid.addWidget(label, i, col)
            cells.append(label)
        box = self._spark.addViewBox(row=i, col=0, enableMouse=False, enableMenu=False)
        box.setBackgroundColor(shade)
        box.disableAutoRange()  # rescaled by hand about once a second, never per frame
        curve = pg.PlotCurveItem(pen=pg.mkPen(theme.SPARK_COLOUR, width=1), skipFiniteCheck=True)
        box.addItem(curve)
        row = _Row(sku, cells[0], cells[1], box, curve)
        self._rows[sku] = row
        self._grid.removeWidget(self._spark)
        self._grid.addWidget(self._spark, 0, 1, len(self._rows), 1)
        self._spark.setFixedHeight(ROW_H * len(self._rows))
        self._grid.setRowStretch(len(self._rows), 1)  # spare height goes below the last row, not between rows
        self._grid.setRowStretch(len(self._rows) - 1, 0)
        self._set_text(row, name, [], [], None)
        if hasattr(self, "_grid"):
            self._fit_width()
        return row

    def _sync_rows(self, snap: KpiSnapshot) -> None:
        for ps in snap.products:
            if ps.sku not in self._rows:  # a product the plan did not list: it gets a row when first seen
                self._add_row(ps.sku, ps.name)

    # ------------------------------------------------------------------------------------------ drawing
    def draw(self, snap: KpiSnapshot | None) -> None:
        if snap is None:
            return
        self._sync_rows(snap)
        now = self._clock()
        rescale = now - self._last_scale >= self.rescale_every_s
        if rescale:
            # Half a period out of step with the audience chart's rescale (same 1 s period, same first frame):
            # both in one frame made one long frame a second.
            first = self._last_scale == -1e9
            self._last_scale = now - (self.rescale_every_s / 2 if first else 0.0)
        for ps in snap.products:
            row = self._rows[ps.sku]
            # The last minute is still filling: drawn, it would always look like a drop.
            y = ps.units_per_min[:-1]
            n = y.size
            if not np.array_equal(y, row.drawn):  # complete minutes only: new data about once a minute
                row.curve.setData(np.arange(n, dtype=float), y)
                row.drawn = y
            if rescale or row.n < 0:
                top = max(1.0, float(y.max()) if n else 1.0)
                if n != row.n or top != row.y_max:  # 12% air above and below: a line on the edge reads as cut
                    row.box.setRange(xRange=(0, max(1, n - 1)), yRange=(-0.12 * top, 1.12 * top), padding=0)
                    row.n, row.y_max = n, top

    def draw_slow(self, snap: KpiSnapshot | None) -> None:
        if snap is None:
            return
        self._sync_rows(snap)
        for ps in snap.products:
            stock = self.plan.product(ps.sku).stock if self.plan and ps.in_plan else None
            raw = product_flags(ps, snap.now_ts, stock)
            shown = product_flags(ps, snap.now_ts, stock, tr=_t)
            self._set_text(self._rows[ps.sku], ps.name, raw, shown, ps)

    def _set_text(self, row: _Row, name: str, raw: list[str], shown: list[str], ps: ProductStats | None) -> None:
        row.flags = shown
        chips = " · ".join(
            f"<span style='color:{_FLAG_COLOURS.get(r, _OFFER_COLOUR)}'>{s.upper() if r == SOLD_OUT else s}</span>"
            for r, s in zip(raw, shown, strict=True))
        second = chips or f"<span style='color:{theme.GREY}'>{row.sku}</span>"
        _set_html(row.name, f"<div style='font-size:17px; font-weight:600'>{_esc(name)}</div>"
                            f"<div style='font-size:13px; font-weight:600'>{second}</div>")
        if ps is None:
            set_steady_text(row.stats, f"<span style='color:{theme.GREY}'>{fmt.DASH}</span>")
            return
        left = fmt.DASH if ps.stock_left is None else fmt.count(ps.stock_left)
        stock_tone = theme.RED if ps.sold_out else theme.AMBER if STOCK_LOW in raw else theme.MUTED
        set_steady_text(row.stats,  # a width that only grows: the sparklines beside it do not resize per digit
                        f"<div style='font-size:20px; font-weight:700'>{fmt.money(ps.revenue, self.currency)}"
                        f" <span style='font-size:14px; color:{theme.MUTED}; font-weight:400'>"
                        f"{_t('{n} sold').format(n=fmt.count(ps.units))}</span></div>"
                        f"<div style='font-size:14px; color:{theme.MUTED}'>"
                        f"{_t('conv')} {fmt.pct(ps.conversion)} · {_t('CTR')} {fmt.pct(ps.ctr)} · "
                        f"<span style='color:{stock_tone}'>{_t('{n} left').format(n=left)}</span></div>")
        row.name.setToolTip(_t("{sku}: {i} impressions, {c} clicks, {k} carts ({a} abandoned), {o} orders, "
                               "{m} chat mentions").format(sku=ps.sku, i=ps.impressions, c=ps.clicks, k=ps.carts,
                                                           a=ps.abandons, o=ps.orders, m=ps.mentions))

    # ------------------------------------------------------------------------------------------ for tests
    def panel_count(self) -> int:
        return len(self._rows)

    def skus(self) -> list[str]:
        return list(self._rows)

    def flags_of(self, sku: str) -> list[str]:
        """The flags shown on the product's panel at the last text update."""
        return list(self._rows[sku].flags)

    def stats_text(self, sku: str) -> str:
        return self._rows[sku].stats.text()


def _set_html(label: QLabel, html: str) -> None:
    if label.text() != html:
        label.setText(html)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
