"""Entry channels side by side (organic / paid / direct) and new against returning buyers, in big numbers."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from console.i18n import QT_TRANSLATE_NOOP, translate
from console.kpi.snapshot import ChannelStats, KpiSnapshot
from console.present import fmt, numbers
from console.present.availability import is_available, not_available, why
from console.widgets import theme
from console.widgets.fit_label import FitLabel

CHANNELS = ("organic", "paid", "direct")
_HEADERS = {"organic": QT_TRANSLATE_NOOP("ChannelsPanel", "ORGANIC"),
            "paid": QT_TRANSLATE_NOOP("ChannelsPanel", "PAID"),
            "direct": QT_TRANSLATE_NOOP("ChannelsPanel", "DIRECT")}


def _t(text: str) -> str:
    return translate("ChannelsPanel", text)


def money_row(values: list[float | None], currency: str) -> list[str]:
    """Amounts side by side in one unit, the language's own (console/present/numbers.py money_row)."""
    return numbers.money_row(values, currency)


class ShareBar(QWidget):
    """A horizontal bar split into coloured shares; painted directly, it costs one fillRect per part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: list[tuple[float, str]] = []
        self.setFixedHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_parts(self, parts: list[tuple[float, str]]) -> None:
        if parts != self._parts:
            self._parts = parts
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        del event
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.SURFACE_HI))
        total = sum(v for v, _ in self._parts)
        x = 0.0
        for value, colour in self._parts if total > 0 else []:
            w = self.width() * value / total
            painter.fillRect(QRectF(x, 0, w, self.height()), QColor(colour))
            x += w
        painter.end()


def _row_header(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("rowHeader")  # styled by the panel's sheet
    return label


class ChannelsPanel(QWidget):
    """A compact table: one column per channel, one row per measure, the values at 24 px."""

    ROWS = (("viewers", QT_TRANSLATE_NOOP("ChannelsPanel", "Viewers now")),
            ("entered", QT_TRANSLATE_NOOP("ChannelsPanel", "Entered")),
            ("orders", QT_TRANSLATE_NOOP("ChannelsPanel", "Orders")),
            ("conversion", QT_TRANSLATE_NOOP("ChannelsPanel", "Conversion")),
            ("revenue", QT_TRANSLATE_NOOP("ChannelsPanel", "Revenue")),
            ("roas", QT_TRANSLATE_NOOP("ChannelsPanel", "ROAS")))
    # each row's figure (console/present/availability.py): a row the feed cannot fill says so across its columns
    FIGURES: Final = {"viewers": "channel_viewers_now", "entered": "channel_entered", "orders": "channel_orders",
               "conversion": "channel_conversion", "revenue": "channel_revenue", "roas": "roas"}

    def __init__(self, currency: str = "EUR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self._cells: dict[tuple[str, str], FitLabel] = {}
        self._gone: dict[str, QLabel] = {}  # per row: "not available from this feed" across its three columns
        self._available_shown: object = ()  # the feed's event types the rows were last laid out for (() : never)
        self._bars: dict[str, ShareBar] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(0)
        for c, ch in enumerate(CHANNELS, start=1):
            # A header that shrinks to fit rather than widening its column: the three columns stay equal, so a
            # number never gets a smaller font than its neighbours because its channel has a short name.
            head = FitLabel(_t(_HEADERS[ch]), objectName="columnHeader", sample="PAID")
            head.setStyleSheet(f"color: {theme.CHANNEL_COLOURS[ch]};")
            head.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(head, 0, c)
            bar = ShareBar()
            bar.setToolTip(translate("ChannelsPanel", "share of GMV"))
            grid.addWidget(bar, 1, c)
            self._bars[ch] = bar
            grid.setColumnStretch(c, 1)
        for r, (key, title) in enumerate(self.ROWS, start=2):
            grid.addWidget(_row_header(_t(title)), r, 0)
            for c, ch in enumerate(CHANNELS, start=1):
                cell = FitLabel(fmt.DASH, objectName="channelNumber")
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(cell, r, c)
                self._cells[(ch, key)] = cell
            gone = _row_header(not_available())
            gone.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            gone.hide()
            grid.addWidget(gone, r, 1, 1, len(CHANNELS))
            self._gone[key] = gone
        self._split = ShareBar()
        self._new = FitLabel(fmt.DASH, objectName="bigNumber", sample="9,999 · €999.9k")
        self._returning = FitLabel(fmt.DASH, objectName="bigNumber", sample="€999.9k · 9,999")
        self._returning.setAlignment(Qt.AlignmentFlag.AlignRight)
        # in their place when the feed sends no orders: one sentence, not two figures that never come
        self._buyers_gone = _row_header(not_available())
        self._buyers_gone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._buyers_gone.hide()
        buyers = QHBoxLayout()
        buyers.addWidget(self._new)
        buyers.addStretch(1)
        buyers.addWidget(self._buyers_gone)
        buyers.addStretch(1)
        buyers.addWidget(self._returning)
        caption = QHBoxLayout()
        for text, colour, align in ((translate("ChannelsPanel",
                                               "New buyers"), theme.ACCENT, Qt.AlignmentFlag.AlignLeft),
                                    (translate("ChannelsPanel",
                                               "Returning buyers"), theme.AMBER, Qt.AlignmentFlag.AlignRight)):
            label = _row_header(text)
            label.setStyleSheet(f"color: {colour};")
            label.setAlignment(align)
            caption.addWidget(label)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(2)  # every pixel under a laptop's chart counts
        box.addLayout(grid)
        box.addStretch(1)
        box.addLayout(caption)
        box.addLayout(buyers)
        box.addWidget(self._split)

    # Drawn with every snapshot, like the tiles: on the slow pace (every 0.5 s, deferred when another text panel
    # drew) the table showed an older snapshot than the tiles, one order behind at 5x speed. Its cells are
    # FitLabels that repaint only a changed text, so following every snapshot costs 18 string compares.
    HAS_SLOW_WORK = False

    def draw_slow(self, snap: KpiSnapshot | None) -> None:
        """Nothing slow: the table follows every snapshot (draw)."""

    def draw(self, snap: KpiSnapshot | None) -> None:
        if snap is None:
            return
        self._show_unavailable(snap.available)
        revenue = dict(zip(CHANNELS, money_row([cs.revenue if (cs := snap.channels.get(ch)) else None
                                                 for ch in CHANNELS], self.currency), strict=True))
        for ch in CHANNELS:
            cs = snap.channels.get(ch)
            for key, value in self._values(ch, cs, snap, revenue[ch]).items():
                cell = self._cells[(ch, key)]
                if cell.text() != value:
                    cell.setText(value)
            exact = fmt.money(cs.revenue if cs else None, self.currency)  # the row may be abbreviated: exact here
            if self._cells[(ch, "revenue")].toolTip() != exact:
                self._cells[(ch, "revenue")].setToolTip(exact)
            self._bars[ch].set_parts([(cs.revenue if cs else 0.0, theme.CHANNEL_COLOURS[ch]),
                                      (max(0.0, snap.gmv - (cs.revenue if cs else 0.0)), theme.SURFACE_HI)])
        if not is_available("new_buyers", snap.available):  # no orders in this feed: no buyers to split
            self._split.set_parts([])
            return
        new, returning = money_row([snap.new_revenue, snap.returning_revenue], self.currency)
        self._new.setText(f"{fmt.count(snap.new_buyers)} · {new}")
        self._returning.setText(f"{returning} · {fmt.count(snap.returning_buyers)}")
        self._split.set_parts([(snap.new_revenue, theme.ACCENT), (snap.returning_revenue, theme.AMBER)])

    def _show_unavailable(self, available: frozenset[str] | None) -> None:
        """Rows whose figure the feed cannot give: their cells give way to the sentence (its tooltip says what is
        missing). Availability changes with the feed's hello, not per snapshot: nothing is touched when it holds."""
        if available == self._available_shown:
            return
        self._available_shown = available
        for key, gone in self._gone.items():
            figure = self.FIGURES[key]
            lacking = not is_available(figure, available)
            gone.setVisible(lacking)
            gone.setToolTip(why(figure, available))
            for ch in CHANNELS:
                self._cells[(ch, key)].setVisible(not lacking)
        buyers = is_available("new_buyers", available)
        self._new.setVisible(buyers)
        self._returning.setVisible(buyers)
        self._buyers_gone.setVisible(not buyers)
        self._buyers_gone.setToolTip(why("new_buyers", available))

    def _values(self, ch: str, cs: ChannelStats | None, snap: KpiSnapshot, revenue: str) -> dict[str, str]:
        if cs is None:
            return {k: "" if k == "roas" and ch != "paid" else fmt.DASH for k, _ in self.ROWS}
        return {"viewers": fmt.count(cs.viewers_now), "entered": fmt.count(cs.entered),
                "orders": fmt.count(cs.orders), "conversion": fmt.pct(cs.conversion),
                "revenue": revenue,
                "roas": fmt.times(snap.roas) if ch == "paid" else ""}  # spend is only ever on paid traffic

    def channel_text(self, channel: str) -> str:
        """'paid: Viewers now 416 · Entered 2,126 · … · ROAS 10.3×' as shown."""
        parts = [f"{title} {self._gone[key].text() if self._gone[key].isVisibleTo(self) else cell.text()}"
                 for key, title in self.ROWS if (cell := self._cells[(channel, key)]).text()]
        return f"{channel}: " + " · ".join(parts)

    def buyers_text(self) -> str:
        if self._buyers_gone.isVisibleTo(self):
            return self._buyers_gone.text()
        return f"{self._new.text()} | {self._returning.text()}"
