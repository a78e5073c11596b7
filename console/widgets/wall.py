"""The studio wall (`live-console wall`, docs/wall.md): every live on the bus at a glance, one tile per live, ordered
by what needs attention; the lives that ended in a row of smaller tiles below, each with its report.

It reads `poll()` (a WallBoard: the tiles' texts, decided in console/present/wall_order.py) on a 100 ms timer, as
the main window reads its snapshot, and redraws only the tiles whose texts changed. It does no I/O: a click asks
for a console (`open_requested`) or a report (`report_requested`) and the service behind it does the rest.

Tiles are placed by hand in a grid sized to the window (no layout pass per redraw) and move only when TileOrder
re-sorts them: at most every few seconds, never while the pointer is pressed on a tile or has just moved over the
tiles. While the pointer is pressed nothing on the wall moves at all, not even a live that ends meanwhile.
"""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from console.i18n import translate
from console.present.fmt import count
from console.present.wall_order import AIM_HOLD_S, FinishedView, TileOrder, TileView, WallBoard
from console.widgets import theme
from console.widgets.wall_tile import FinishedTile, LiveTile

Poll = Callable[[], WallBoard]

GAP: Final = 12
MIN_TILE_W, MAX_TILE_W, MAX_TILE_H = 300, 760, 440
TILE_ASPECT: Final = 1.65  # width / height a tile is laid out closest to


def grid_shape(count: int, width: int, height: int) -> tuple[int, int]:
    """(columns, rows) for `count` tiles in a width x height area: the tiles closest to TILE_ASPECT, at least
    MIN_TILE_W wide where the width allows."""
    if count <= 0:
        return 0, 0
    best: tuple[float, int] | None = None
    for cols in range(1, count + 1):
        rows = math.ceil(count / cols)
        w = (width - GAP * (cols - 1)) / cols
        h = (height - GAP * (rows - 1)) / rows
        if cols > 1 and w < MIN_TILE_W:
            break
        score = abs(math.log(max(w, 1) / max(h, 1) / TILE_ASPECT))
        if best is None or score < best[0]:
            best = (score, cols)
    cols = best[1] if best is not None else 1
    return cols, math.ceil(count / cols)


class _TileArea(QWidget):
    """The on-air tiles, placed by hand."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.tiles: list[LiveTile] = []  # in their order on the wall
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {theme.MUTED}; font-size: 20px;")

    def place(self) -> None:
        self.empty.setGeometry(self.rect().adjusted(40, 40, -40, -40))
        self.empty.setVisible(not self.tiles)
        cols, rows = grid_shape(len(self.tiles), self.width(), self.height())
        if not cols:
            return
        w = min(MAX_TILE_W, (self.width() - GAP * (cols - 1)) // cols)
        h = min(MAX_TILE_H, (self.height() - GAP * (rows - 1)) // rows)
        for i, tile in enumerate(self.tiles):
            r, c = divmod(i, cols)
            tile.setGeometry(QRect(c * (w + GAP), r * (h + GAP), w, h))
            tile.show()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.place()


class WallWindow(QWidget):
    """The wall. `open_requested(live id)`: a tile was clicked (or Enter pressed on it); `report_requested(live id)`:
    a finished live's Report button. Esc or Ctrl+Q closes it, F11 toggles full screen."""

    REFRESH_MS = 100
    open_requested = Signal(str)
    report_requested = Signal(str)

    def __init__(self, poll: Poll, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._poll, self._clock = poll, clock
        self.order = TileOrder()
        self._pressed = False
        self._aimed_at = -math.inf
        self._board = WallBoard()
        self.setWindowTitle(translate("WallWindow", "Studio wall"))
        self.setObjectName("studioWall")
        self.header = QLabel(self)
        self.header.setObjectName("wallHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setStyleSheet(f"font-size: 17px; font-weight: 700; padding: 4px 2px; color: {theme.TEXT};")
        self.bus = QLabel(self)
        self.bus.setStyleSheet("font-size: 14px; padding: 4px 2px;")
        self.bus.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.area = _TileArea(self)
        self.finished_caption = QLabel(translate("WallWindow", "FINISHED"), self)
        self.finished_caption.setStyleSheet(f"color: {theme.MUTED}; font-size: 13px; font-weight: 700;")
        self.finished_row = QWidget()
        self._finished_layout = QHBoxLayout(self.finished_row)
        self._finished_layout.setContentsMargins(0, 0, 0, 0)
        self._finished_layout.setSpacing(GAP)
        self._finished_layout.addStretch(1)
        self.finished_scroll = QScrollArea(self)
        self.finished_scroll.setWidget(self.finished_row)
        self.finished_scroll.setWidgetResizable(True)
        self.finished_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.finished_scroll.setFixedHeight(FinishedTile.HEIGHT + 18)  # room for a horizontal scroll bar
        self.finished_tiles: dict[str, FinishedTile] = {}
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.bus, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GAP, 8, GAP, GAP)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.finished_caption)
        layout.addWidget(self.finished_scroll)
        for keys in ("Esc", "Ctrl+Q"):
            QShortcut(QKeySequence(keys), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        self._timer = QTimer(self)
        self._timer.setInterval(self.REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    # ------------------------------------------------------------------ pointer
    def _on_pressed(self, down: bool) -> None:
        self._pressed = down
        self._aimed_at = self._clock()

    def _on_aimed(self) -> None:
        self._aimed_at = self._clock()

    @property
    def held(self) -> bool:
        """The tiles must stay where they are: pressed on, or aimed at a moment ago."""
        return self._pressed or self._clock() - self._aimed_at < AIM_HOLD_S

    # ------------------------------------------------------------------ redraw
    def refresh(self) -> None:
        board = self._poll()
        self._board = board
        self._header(board)
        if self._pressed:  # nothing moves under a press: only the figures of the tiles already there
            views = {v.live_id: v for v in board.on_air}
            for tile in self.area.tiles:
                if tile.live_id in views:
                    tile.show_view(views[tile.live_id])
            return
        self._on_air(board.on_air)
        self._finished(board.finished)

    def _header(self, board: WallBoard) -> None:
        on_air, ended = len(board.on_air), len(board.finished)
        text = (translate("WallWindow", "STUDIO WALL  ·  {n} on air  ·  {m} finished").format(
            n=count(on_air), m=count(ended)) if ended
                else translate("WallWindow", "STUDIO WALL  ·  {n} on air").format(n=count(on_air)))
        if self.header.text() != text:
            self.header.setText(text)
        bus = board.bus
        if self.bus.text() != bus:
            self.bus.setText(bus)
            self.bus.setStyleSheet(f"font-size: 14px; padding: 4px 2px; "
                                   f"color: {theme.MUTED if board.bus_ok else theme.RED};")
        empty = (translate("WallWindow", "No live on the bus yet. A live appears here as soon as its producer "
                                         "publishes it (live-console simulate --nats URL, or bridge --nats URL).")
                 if board.bus_ok else translate("WallWindow", "Waiting for the bus: {why}").format(why=bus))
        if self.area.empty.text() != empty:
            self.area.empty.setText(empty)

    def _on_air(self, views: tuple[TileView, ...]) -> None:
        ordered = self.order.arrange(views, self._clock(), held=self.held)
        known = {t.live_id: t for t in self.area.tiles}
        tiles = []
        for view in ordered:
            tile = known.pop(view.live_id, None)
            if tile is None:
                tile = LiveTile(view, self.area)
                tile.activated.connect(self.open_requested)
                tile.pressed.connect(self._on_pressed)
                tile.aimed.connect(self._on_aimed)
            else:
                tile.show_view(view)
            tiles.append(tile)
        for gone in known.values():
            gone.hide()
            gone.deleteLater()
        if [t.live_id for t in tiles] != [t.live_id for t in self.area.tiles] or known:
            self.area.tiles = tiles
            self.area.place()
            for first, second in itertools.pairwise(tiles):  # Tab follows the wall's reading order
                QWidget.setTabOrder(first, second)

    def _finished(self, views: tuple[FinishedView, ...]) -> None:
        self.finished_caption.setVisible(bool(views))
        self.finished_scroll.setVisible(bool(views))
        seen = set()
        for i, view in enumerate(views):
            seen.add(view.live_id)
            tile = self.finished_tiles.get(view.live_id)
            if tile is None:
                tile = self.finished_tiles[view.live_id] = FinishedTile(view)
                tile.report_requested.connect(self.report_requested)
                self._finished_layout.insertWidget(i, tile)
            else:
                tile.show_view(view)
                if self._finished_layout.indexOf(tile) != i:
                    self._finished_layout.insertWidget(i, tile)
        for live_id in [k for k in self.finished_tiles if k not in seen]:
            tile = self.finished_tiles.pop(live_id)
            tile.hide()
            tile.deleteLater()

    # ------------------------------------------------------------------ for tests and screenshots
    def tile(self, live_id: str) -> LiveTile | None:
        return next((t for t in self.area.tiles if t.live_id == live_id), None)

    def tile_order(self) -> list[str]:
        return [t.live_id for t in self.area.tiles]

    def settle(self) -> None:
        """Everything drawn as of now (a screenshot's moment): one redraw, re-sorted, laid out."""
        self.order = TileOrder()
        self.refresh()
        self.area.place()

    def toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
