"""One row per product (plan order, then discovered): name and flags, units/min sparkline, money and funnel."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from console.i18n import PLURAL, translate
from console.kpi.snapshot import KpiSnapshot, ProductStats
from console.plan.model import Plan
from console.present import fmt
from console.present.availability import is_available, not_available, why
from console.present.product_flags import (
    MANY_VIEWS_FEW_ORDERS,
    ON_SCREEN,
    SOLD_OUT,
    STOCK_LOW,
    flag_keys,
    product_flags,
)
from console.widgets import theme

ROW_H = 64  # two lines of text at 17 + 14 px plus air; the sparkline gets the same height
SPARK_MIN_W = 64  # still reads as a trend; the names get the width
NAME_MAX_W = 240  # the name column's widest: a longer name is elided in the middle, whole in its tooltip
_FLAG_COLOURS = {SOLD_OUT: theme.RED, STOCK_LOW: theme.AMBER, MANY_VIEWS_FEW_ORDERS: theme.FLAG_BLUE,
                 ON_SCREEN: theme.GREEN}
_OFFER_COLOUR = theme.MARKER_COLOURS["flash_offer"]
# the flags that rest on a figure the feed may lack (console/present/availability.py); the offer flag rests on none
_FLAG_FIGURES = {SOLD_OUT: "product_stock_left", STOCK_LOW: "product_stock_left",
                 MANY_VIEWS_FEW_ORDERS: "product_orders"}
# what the stats column shows, in the order their tooltip lines go
_STATS_FIGURES = ("product_revenue", "product_conversion", "product_ctr", "product_stock_left")


class _Row:
    """The Qt labels and the sparkline of one product."""

    def __init__(self, index: int, sku: str, name: QLabel, stats: QLabel, curve: pg.PlotCurveItem) -> None:
        self.index, self.sku, self.name, self.stats, self.curve = index, sku, name, stats, curve
        self.flags: list[str] = []
        self.drawn: np.ndarray = np.empty(0)
        self.full_name, self.second = "", ""


class ProductPanels(QWidget):
    """All sparklines live in ONE ViewBox: row i is the band y in [i, i+1], each curve scaled into its band.

    One ViewBox per row cost ~10 ms each to build (a tenth of a second of start-up for ten products) and ten
    range updates when the minutes grow; here a row costs a rectangle and a curve, and a new minute one setData.
    """

    def __init__(self, plan: Plan | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.currency = plan.live.currency if plan else "EUR"
        self._rows: dict[str, _Row] = {}
        self._name_width = 0
        self._scale = 1.0
        self._stats_w = self._stats_width()
        self._spark = pg.GraphicsLayoutWidget()
        self._spark.ci.layout.setContentsMargins(0, 0, 0, 0)
        self._spark.ci.layout.setSpacing(0)
        self._spark.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._spark.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._box = self._spark.addViewBox(row=0, col=0, enableMouse=False, enableMenu=False)
        self._box.disableAutoRange()  # the range is the rows; each curve is scaled into its own band
        self._box.invertY(True)  # first product at the top, like the labels beside it
        self._pen = pg.mkPen(theme.SPARK_COLOUR, width=1)
        body = QWidget()
        self._grid = QGridLayout(body)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(0)
        # Stats keep their width; names take two parts of what is left (they are elided to their column), the
        # sparkline one.
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnStretch(1, 1)
        self._spark.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._spark.setMinimumWidth(SPARK_MIN_W)
        self._name_font = QFont()
        self._name_font.setPixelSize(17)
        self._name_font.setWeight(QFont.Weight.DemiBold)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # width is guaranteed below
        # A product the host pinned that the plan does not map (no `platform_ids` for it): said above the rows, since
        # it has no row; hidden otherwise.
        self.unplanned = QLabel(self)
        self.unplanned.setWordWrap(True)
        self.unplanned.setStyleSheet(f"color: {theme.GREEN}; font-size: 14px; font-weight: 600; padding: 2px 4px;")
        self.unplanned.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.unplanned)
        outer.addWidget(scroll)
        for p in plan.products if plan else []:
            self._add_row(p.sku, p.name)
        self._fit_width()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Names are elided to their column's width: a wider dock shows more of them."""
        super().resizeEvent(event)
        for row in self._rows.values():
            self._set_name(row, row.full_name, row.second)

    def _stats_width(self) -> int:
        """The stats column's width, fixed from the start: the sparklines never resize per digit."""
        stats = QFont()
        stats.setPixelSize(theme.scale_px(14, self._scale))
        sample = translate("ProductPanels", "conv {conv} · CTR {ctr} · {stock}").format(
            conv=fmt.pct(1.0), ctr=fmt.pct(0.999),
            stock=translate("ProductPanels", "{n} left").format(n=fmt.count(9999)))  # in the language shown
        return QFontMetrics(stats).horizontalAdvance(sample) + 20

    def set_text_scale(self, scale: float) -> None:
        """View > Text size: names, figures and their columns."""
        self._scale = scale
        self._name_font.setPixelSize(theme.scale_px(17, scale))
        self._stats_w = self._stats_width()
        self._name_width = 0
        for row in self._rows.values():
            width = QFontMetrics(self._name_font).horizontalAdvance(row.full_name) + 24
            self._name_width = min(theme.scale_px(NAME_MAX_W, scale), max(self._name_width, width))
            row.stats.setFixedWidth(self._stats_w)
            row.stats.setText("")  # redrawn at the new size by the next draw_slow (half a second)
            self._set_name(row, row.full_name, row.second)
        self._grid.setColumnMinimumWidth(0, self._name_width)
        self._fit_width()

    def _fit_width(self) -> None:
        """Never narrower than a full row: a cut-off figure ('€7' for '€7,041') reads as a wrong number."""
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 4
        self.setMinimumWidth(max(self._name_width, 160) + SPARK_MIN_W + self._stats_w + scrollbar)

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
            # Zebra shade by name from the window's stylesheet: a stylesheet per label (20 of them) is parsed and
            # polished one by one at start-up.
            label.setObjectName("productRowEven" if i % 2 == 0 else "productRowOdd")
            if col == 0:  # several flags at once wrap onto a third line instead of being cut off
                label.setWordWrap(True)
                label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                # ...but a name never wraps: the column is as wide as the longest name, up to NAME_MAX_W
                width = QFontMetrics(self._name_font).horizontalAdvance(name) + 24
                self._name_width = min(theme.scale_px(NAME_MAX_W, self._scale), max(self._name_width, width))
                self._grid.setColumnMinimumWidth(0, self._name_width)
            else:
                label.setFixedWidth(self._stats_w)
            self._grid.addWidget(label, i, col)
            cells.append(label)
        band = QGraphicsRectItem(0.0, float(i), 1.0, 1.0)  # the row's zebra shade behind its curve
        band.setPen(QPen(Qt.PenStyle.NoPen))
        band.setBrush(QColor(shade))
        band.setZValue(-1)
        self._box.addItem(band)
        curve = pg.PlotCurveItem(pen=self._pen, skipFiniteCheck=True)
        self._box.addItem(curve)
        row = _Row(i, sku, cells[0], cells[1], curve)
        self._rows[sku] = row
        self._box.setRange(xRange=(0, 1), yRange=(0, len(self._rows)), padding=0)
        self._grid.removeWidget(self._spark)
        self._grid.addWidget(self._spark, 0, 1, len(self._rows), 1)
        self._spark.setFixedHeight(ROW_H * len(self._rows))
        self._grid.setRowStretch(len(self._rows), 1)  # spare height goes below the last row, not between rows
        self._grid.setRowStretch(len(self._rows) - 1, 0)
        self._set_text(row, name, [], [], None)
        if hasattr(self, "_grid"):
            self._fit_width()
        return row

    def _set_name(self, row: _Row, name: str, second: str) -> None:
        """The name, elided in the middle to the column's width (whole in the tooltip), over the flags or sku."""
        row.full_name, row.second = name, second
        room = max(self._name_width, row.name.width()) - 24  # the column grows with the dock: names get it first
        shown = QFontMetrics(self._name_font).elidedText(name, Qt.TextElideMode.ElideMiddle, room)
        _set_html(row.name, f"<div style='font-size:17px; font-weight:600'>{_esc(shown)}</div>"
                            f"<div style='font-size:14px; font-weight:600'>{second}</div>", self._scale)

    def _sync_rows(self, snap: KpiSnapshot) -> None:
        for ps in snap.products:
            if ps.sku not in self._rows:  # a product the plan did not list: it gets a row when first seen
                self._add_row(ps.sku, ps.name)

    # ------------------------------------------------------------------------------------------ drawing
    def draw(self, snap: KpiSnapshot | None) -> None:
        if snap is None:
            return
        self._sync_rows(snap)
        sales = is_available("product_units_per_min", snap.available)  # else no line: a flat zero reads as no sales
        for ps in snap.products:
            row = self._rows[ps.sku]
            # The last minute is still filling: drawn, it would always look like a drop.
            y = ps.units_per_min[:-1] if sales else ps.units_per_min[:0]
            if not np.array_equal(y, row.drawn):  # complete minutes only: new data about once a minute
                row.curve.setData(*_in_band(y, row.index))
                row.drawn = y

    def draw_slow(self, snap: KpiSnapshot | None) -> None:
        if snap is None:
            return
        self._sync_rows(snap)
        pinned = snap.featured
        self._show_unplanned(pinned.title if pinned is not None and pinned.product_id is None else None,
                             pinned.platform_product_id if pinned is not None else None)
        for ps in snap.products:
            stock = self.plan.product(ps.sku).stock if self.plan and ps.in_plan else None
            on_screen = pinned is not None and pinned.product_id == ps.sku
            raw = flag_keys(ps, stock, on_screen=on_screen)
            shown = product_flags(ps, snap.now_ts, stock, on_screen=on_screen)
            # a flag on a figure the feed cannot give would be a guess ("few orders" from a feed without orders)
            kept = [(r, t) for r, t in zip(raw, shown, strict=True)
                    if r not in _FLAG_FIGURES or is_available(_FLAG_FIGURES[r], snap.available)]
            self._set_text(self._rows[ps.sku], ps.name, [r for r, _ in kept], [t for _, t in kept], ps,
                           snap.available)

    def _show_unplanned(self, title: str | None, platform_id: str | None) -> None:
        text = "" if title is None else translate(
            "ProductPanels", "On screen: {title} — not in the plan (platform id {id})").format(
            title=title or translate("ProductPanels", "a product"), id=platform_id or fmt.DASH)
        if text != self.unplanned.text():
            self.unplanned.setText(text)
            tip = translate("ProductPanels", "The host pinned a product the plan does not map: add its id to the "
                                             "product's platform_ids (docs/plan.md) to see its figures here")
            self.unplanned.setToolTip(tip if text else "")
            self.unplanned.setVisible(bool(text))

    def _set_text(self, row: _Row, name: str, raw: list[str], shown: list[str], ps: ProductStats | None,
                  available: frozenset[str] | None = None) -> None:
        row.flags = shown
        chips = " · ".join(
            f"<span style='color:{_FLAG_COLOURS.get(r, _OFFER_COLOUR)}'>{s.upper() if r == SOLD_OUT else s}</span>"
            for r, s in zip(raw, shown, strict=True))
        second = chips or f"<span style='color:{theme.GREY}'>{row.sku}</span>"
        self._set_name(row, name, second)
        if ps is None:
            _set_html(row.stats, f"<span style='color:{theme.GREY}'>{fmt.DASH}</span>", self._scale)
            row.name.setToolTip(name)
            return

        def has(figure: str) -> bool:
            return is_available(figure, available)

        na = translate("ProductPanels", "n/a")
        left = fmt.DASH if ps.stock_left is None else fmt.count(ps.stock_left)
        stock_tone = theme.RED if ps.sold_out else theme.AMBER if STOCK_LOW in raw else theme.MUTED
        left_text = translate("ProductPanels", "{n} left").format(n=left)
        stock = (f"<span style='color:{stock_tone}'>{left_text}</span>"
                 if has("product_stock_left") else translate("ProductPanels", "stock {n}").format(n=na))
        if has("product_revenue"):
            units = ps.units
            sold = translate("ProductPanels", "%n sold", None, PLURAL, units)
            sales = (f"<div style='font-size:20px; font-weight:700'>{fmt.money(ps.revenue, self.currency)}"
                     f" <span style='font-size:14px; color:{theme.MUTED}; font-weight:400'>"
                     f"{sold}</span></div>")
        else:  # no orders in this feed: no revenue, no "0 sold"
            no_sales = translate("ProductPanels", "sales {na}").format(na=not_available(short=True))
            sales = f"<div style='font-size:14px; color:{theme.MUTED}; font-style:italic'>{no_sales}</div>"
        conv = fmt.pct(ps.conversion) if has("product_conversion") else na
        ctr = fmt.pct(ps.ctr) if has("product_ctr") else na
        # Fixed size from the start (_stats_w x ROW_H): a new figure repaints the label and moves nothing. Growing it
        # to its rich text's size hint made the products column, and so the window's minimum, wider as sales grew.
        rates = translate("ProductPanels", "conv {conv} · CTR {ctr} · {stock}").format(conv=conv, ctr=ctr, stock=stock)
        _set_html(row.stats, f"{sales}<div style='font-size:14px; color:{theme.MUTED}'>{rates}</div>", self._scale)
        gone = [why(f, available) for f in _STATS_FIGURES if not has(f)]
        tip = "\n".join(dict.fromkeys(gone))  # one line per missing signal, each once
        if row.stats.toolTip() != tip:
            row.stats.setToolTip(tip)
        counts = {key: fmt.count(getattr(ps, key)) if has(f"product_{key}") else na
                  for key in ("impressions", "clicks", "carts", "abandons", "orders", "mentions")}
        detail = translate("ProductPanels",
                           "{sku}: {i} impressions, {c} clicks, {k} carts ({a} abandoned), {o} orders, "
                                            "{m} chat mentions")
        row.name.setToolTip(name + "\n" + detail.format(sku=ps.sku, i=counts["impressions"], c=counts["clicks"],
                                                        k=counts["carts"], a=counts["abandons"], o=counts["orders"],
                                                        m=counts["mentions"]))

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


def _in_band(y: np.ndarray, index: int) -> tuple[np.ndarray, np.ndarray]:
    """x over the whole width; y scaled to its row's band with 12% air above and below (a line on the edge reads
    as cut). Scaled whenever the data changes (about once a minute), so there is no separate rescale."""
    n = y.size
    x = np.arange(n, dtype=float) / max(1, n - 1)
    top = max(1.0, float(y.max()) if n else 1.0)
    return x, index + 1.0 - (y + 0.12 * top) / (1.24 * top)


def _set_html(label: QLabel, html: str, scale: float) -> None:
    html = theme.scale_css(html, scale)
    if label.text() != html:
        label.setText(html)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
