"""Heat map by minute: chat per script segment, or product clicks per product (a toggle switches)."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from console.i18n import translate
from console.kpi.snapshot import KpiSnapshot
from console.plan.model import Plan
from console.present.availability import is_available, not_available, why
from console.widgets import theme

# Built here rather than loaded by name: pg.colormap.get() reads a file, and widgets do no disk work.
# Dark blue-black to amber to near white: zero blends into the dark theme and hot cells stand out.
_STOPS = (0.0, 0.25, 0.55, 0.8, 1.0)
_COLOURS = ("#161b26", "#3b2a6b", "#c2377a", "#ff9a3c", "#fff4c2")
MIN_MINUTES = 10  # columns shown at least, so the first minutes are not stretched across the panel
LABEL_SHARE = 0.4  # row names take at most this share of the panel's width; longer names are elided in the middle


def _t(text: str) -> str:
    return translate("ChatHeatmap", text)


class ChatHeatmap(QWidget):
    """An ImageItem with one row per segment or product and one column per minute; row names on the axis."""

    MODES = ("chat", "clicks")

    def __init__(self, plan: Plan | None = None, clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.mode = "chat"
        self.rescale_every_s = 1.0
        self._clock = clock
        self._last_scale = -1e9
        self._level = 1.0
        self._rows: list[str] = []
        self._shown: list[str] = []
        self._label_cap = -1
        self._shape = (0, 0)
        self._view = (0, 0)
        self._snap: KpiSnapshot | None = None
        self._glw = pg.GraphicsLayoutWidget()
        self.plot: pg.PlotItem = theme.fixed_plot(self._glw)
        p = self.plot
        p.invertY(True)  # first segment / product at the top, as in the plan
        font = QFont()
        font.setPixelSize(13)
        for name in ("left", "bottom"):
            p.getAxis(name).setTickFont(font)
        p.getAxis("left").setStyle(tickLength=0)
        p.setLabel("bottom", translate("ChatHeatmap", "minutes into the live"), color=theme.MUTED)
        self._font = font
        self.image = pg.ImageItem(axisOrder="row-major")
        p.addItem(self.image)
        # The colour scale on the right says what "bright" means; it sets the image's levels itself.
        self.bar = pg.ColorBarItem(values=(0, 1), width=14, colorMap=pg.ColorMap(_STOPS, list(_COLOURS)),
                                   interactive=False, rounding=1, pen=theme.BORDER, colorMapMenu=False)
        self.bar.setImageItem(self.image, insert_in=p)
        self.bar.getAxis("right").setTickFont(font)
        theme.cache_axis(self.bar.getAxis("right"))
        self._buttons = QButtonGroup(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 0)
        for mode, text in (("chat", translate("ChatHeatmap", "Chat by segment")),
                           ("clicks", translate("ChatHeatmap", "Clicks by product"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(mode == self.mode)
            button.setProperty("mode", mode)
            self._buttons.addButton(button)
            bar.addWidget(button)
        self._buttons.buttonClicked.connect(self._on_mode_clicked)
        bar.addStretch(1)
        self._waiting = pg.TextItem(translate("ChatHeatmap", "no chat yet"), color=theme.MUTED, anchor=(0.5, 0.5))
        self._waiting.setFont(QFont(self.font().family(), 14))
        p.addItem(self._waiting, ignoreBounds=True)
        self._glw.scene().sigMouseMoved.connect(self._hover)
        self.draw_slow(None)  # before the first event: the plan's rows, so the panel already reads right
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._glw)

    def _on_mode_clicked(self, button: QPushButton) -> None:
        self.set_mode(str(button.property("mode")))

    def set_mode(self, mode: str) -> None:
        if mode not in self.MODES:
            raise ValueError(f"unknown heat-map mode {mode!r}")
        for b in self._buttons.buttons():
            b.setChecked(b.property("mode") == mode)
        if mode != self.mode:
            self.mode = mode
            self._last_scale = -1e9  # new rows, new scale: redo both at once
            self.draw_slow(self._snap)

    # ------------------------------------------------------------------------------------------ drawing
    def draw(self, snap: KpiSnapshot | None) -> None:
        """Nothing fast: a per-minute picture gains nothing from 10 redraws a second (see draw_slow)."""

    def draw_slow(self, snap: KpiSnapshot | None) -> None:
        self._snap = snap
        if snap is None:
            heat, rows = np.zeros((0, 0)), self._planned_rows()
        elif self.mode == "chat":
            heat, rows = snap.chat_heat, snap.chat_heat_rows
        else:
            heat, rows = snap.click_heat, snap.click_heat_rows
        if rows != self._rows:
            self._set_row_labels(rows)
        figure = "chat_heat" if self.mode == "chat" else "click_heat"
        lacking = snap is not None and not is_available(figure, snap.available)
        if lacking:  # the feed sends no such event: an empty map would read as a silent room
            heat = np.zeros((0, 0))
        self._say(lacking, why(figure, snap.available if snap else None))
        self._waiting.setVisible(not heat.any())
        if heat.size == 0:
            self.image.clear()
            self._shape = (0, 0)
            self._set_range(MIN_MINUTES, len(rows))
            self._view = (0, 0)
            return
        now = self._clock()
        if now - self._last_scale >= self.rescale_every_s:
            self._last_scale = now
            level = theme.nice_ceil(max(1.0, float(heat.max())))  # a round top: the scale's axis redraws rarely
            view = (max(MIN_MINUTES, heat.shape[1]), heat.shape[0])
            if view != self._view:
                self._view = view
                self._set_range(*view)
            if level != self._level:
                self._level = level
                self.bar.setLevels((0.0, level))
        self.image.setImage(heat, autoLevels=False, levels=(0.0, self._level))
        self._shape = (int(heat.shape[0]), int(heat.shape[1]))

    def _say(self, lacking: bool, tip: str) -> None:
        """The line over an empty map: waiting for the first message or click, or none will ever come from this feed
        (then the tooltip says what the feed would have to send)."""
        if lacking:
            text = (translate("ChatHeatmap", "Chat: {na}") if self.mode == "chat"
                    else translate("ChatHeatmap", "Product clicks: {na}")).format(na=not_available())
        else:
            text = (translate("ChatHeatmap", "no chat yet") if self.mode == "chat"
                    else translate("ChatHeatmap", "no product clicks yet"))
        if text != self._waiting.toPlainText():
            self._waiting.setText(text)
            self._waiting.setToolTip(tip)

    def _set_range(self, cols: int, rows: int) -> None:
        self.plot.vb.setRange(xRange=(0, cols), yRange=(0, max(1, rows)), padding=0)
        self._waiting.setPos(cols / 2, max(1, rows) / 2)

    def _planned_rows(self) -> list[str]:
        if self.plan is None:
            return []
        return [s.id for s in self.plan.segments] if self.mode == "chat" else self.plan.product_ids()

    def _set_row_labels(self, rows: list[str]) -> None:
        self._rows = list(rows)
        self._label_cap = -1
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Row names as wide as they need, up to LABEL_SHARE of the panel: the map itself keeps the rest, and a
        longer name is elided in the middle (its start and its end tell segments apart); hovering shows it whole."""
        cap = max(60, int(self.width() * LABEL_SHARE))
        if cap == self._label_cap:
            return
        self._label_cap = cap
        fm = QFontMetrics(self._font)
        names = [self._row_name(r) for r in self._rows]
        width = min(cap, max((fm.horizontalAdvance(n) for n in names), default=40) + 16)
        self._shown = [fm.elidedText(n, Qt.TextElideMode.ElideMiddle, width - 16) for n in names]
        self.plot.getAxis("left").setTicks([[(i + 0.5, n) for i, n in enumerate(self._shown)], []])
        self.plot.getAxis("left").setWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_labels()

    def set_text_scale(self, scale: float) -> None:
        """View > Text size: the row names and the scale's numbers."""
        self._font.setPixelSize(theme.scale_px(13, scale))
        for axis in (self.plot.getAxis("left"), self.plot.getAxis("bottom"), self.bar.getAxis("right")):
            axis.setTickFont(self._font)
        self._label_cap = -1
        self._fit_labels()

    def _hover(self, pos: QPointF) -> None:
        """The full name of the row under the mouse (on the map or on its label)."""
        row = int(self.plot.vb.mapSceneToView(pos).y())
        tip = self._row_name(self._rows[row]) if 0 <= row < len(self._rows) else ""
        if tip != self._glw.toolTip():
            self._glw.setToolTip(tip)

    def _row_name(self, row: str) -> str:
        if self.plan is None:
            return row
        if self.mode == "chat":
            return next((s.title for s in self.plan.segments if s.id == row), _t(row))
        return next((p.name for p in self.plan.products if p.sku == row), row)

    # ------------------------------------------------------------------------------------------ for tests
    def shape(self) -> tuple[int, int]:
        """(rows, minutes) of the image on screen."""
        return self._shape

    def row_labels(self) -> list[str]:
        return [self._row_name(r) for r in self._rows]

    def shown_labels(self) -> list[str]:
        """The row names as drawn (elided when long)."""
        return list(self._shown)

    def label_width(self) -> int:
        return int(self.plot.getAxis("left").width())

    def map_width(self) -> int:
        """The heat map's own width on screen, in pixels."""
        return int(self.plot.vb.width())
