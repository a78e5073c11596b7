"""The host view (`live-console host`, docs/host.md): a big-type screen for a tablet or a monitor beside the camera,
read from two metres. The segment on air and its talking points, the product on screen with its price and stock,
the running offer's countdown, the next cue and the advice addressed to the host; a band when the feed is not live.

It fires nothing and asks nothing: it reads the live session's latest snapshot and the advisor's board on a 100 ms
timer, as the main window does, and what to say is decided in console/present/host_board.py. Every text is a
TextBlock (console/widgets/host_text.py) whose type follows the window's size, so a 1024 x 768 tablet and a
1920 x 1080 monitor both read, and a long title wraps or is cut short inside its own box.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QPalette, QResizeEvent, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from console.advisor.model import AdviceRecord
from console.i18n import translate
from console.kpi.snapshot import KpiSnapshot
from console.live.health import FeedHealth
from console.plan.model import Plan
from console.present.host_board import HostBoard, Tone, host_board
from console.widgets import theme
from console.widgets.host_text import Para, TextBlock

Poll = Callable[[], tuple[KpiSnapshot | None, FeedHealth]]
Board = Callable[[], Sequence[AdviceRecord]]

# the window the sizes below are written for; the type scales with the window's size against it
REFERENCE = (1366, 768)
TONE_COLOUR: dict[Tone, str] = {"plain": theme.TEXT, "good": theme.GREEN, "warn": theme.AMBER, "bad": theme.RED,
                                "muted": theme.GREY}
BAND_STYLE: dict[Tone, str] = {  # dark type on a bright band: the one thing on screen that must not be missed
    "bad": f"background: {theme.RED}; border-radius: 6px;",
    "warn": f"background: {theme.AMBER}; border-radius: 6px;",
    "plain": f"background: {theme.SURFACE_HI}; border-radius: 6px;",
}
OFFER_COLOUR = theme.MARKER_COLOURS["flash_offer"]
ADVICE_STRETCH, NO_ADVICE_STRETCH = 18, 5  # the advice's share of the height (the main area has 64)
# (max px at the reference size, floor px): the floors keep a 1024 x 768 tablet legible; a text that does not fit
# at its floor is cut with an ellipsis rather than drawn smaller
SIZES: dict[str, tuple[int, int]] = {
    "band": (46, 20), "caption": (20, 13), "title": (60, 24), "points": (44, 18), "product": (36, 18),
    "price": (76, 28), "note": (26, 15), "stock": (34, 18), "countdown": (124, 40), "offer": (26, 15),
    "next": (34, 18), "advice": (34, 16),
    "clock": (34, 20),  # the live's clock (and "NOT LIVE"): the host checks it from two metres, as the next cue
}


class HostView(QWidget):
    """One window, no menus: Esc or Ctrl+Q closes it, F11 toggles full screen."""

    REFRESH_MS = 100

    def __init__(self, plan: Plan, poll: Poll, advice: Board | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__()
        self.plan, self._poll, self._advice, self._clock = plan, poll, advice, clock
        self._board: HostBoard | None = None
        self.setWindowTitle(translate("HostView", "Host view · {title}").format(title=plan.live.title))
        self.setObjectName("hostView")
        # dark whatever the application's style: the view may open beside a light desktop, read against studio light
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.BG))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.blocks: dict[str, TextBlock] = {}
        self._build()
        for keys in ("Esc", "Ctrl+Q"):
            QShortcut(QKeySequence(keys), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        self._timer = QTimer(self)
        self._timer.setInterval(self.REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._rescale()

    # ------------------------------------------------------------------ layout
    def _block(self, name: str, *, wrap: bool = True,
               align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> TextBlock:
        block = TextBlock(self, wrap=wrap, align=align, name=f"host_{name}")
        self.blocks[name] = block
        return block

    def _build(self) -> None:
        self.band = QFrame(self)
        self.band.setObjectName("hostBand")
        band_row = QHBoxLayout(self.band)
        band_row.addWidget(self._block("band", wrap=False,
                                       align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
        self.band.hide()

        left = QVBoxLayout()
        for name, stretch, wrap in (("clock", 7, False), ("title", 21, True), ("points", 72, True)):
            left.addWidget(self._block(name, wrap=wrap), stretch)
        self.product_panel = QFrame(self)
        self.product_panel.setObjectName("hostProduct")
        self.product_panel.setStyleSheet(f"QFrame#hostProduct {{ background: {theme.SURFACE}; border-radius: 8px; }}")
        right = QVBoxLayout(self.product_panel)
        for name, stretch, wrap in (("screen_caption", 5, False), ("product", 14, True), ("price", 18, False),
                                    ("note", 7, False), ("stock", 9, False), ("offer_caption", 5, False),
                                    ("countdown", 30, False), ("offer", 8, False)):
            right.addWidget(self._block(name, wrap=wrap), stretch)
        main = QHBoxLayout()
        main.addLayout(left, 58)
        main.addWidget(self.product_panel, 42)

        self._root = root = QVBoxLayout(self)
        root.addWidget(self.band, 10)
        root.addLayout(main, 64)
        root.addWidget(self._block("next"), 8)
        root.addWidget(self._block("advice"), NO_ADVICE_STRETCH)
        self.blocks["screen_caption"].set_text(translate("HostView", "ON SCREEN"), theme.MUTED, bold=True)

    def scale(self) -> float:
        """The type's scale: the window against the reference size, by its tighter side."""
        return min(self.width() / REFERENCE[0], self.height() / REFERENCE[1])

    def _rescale(self) -> None:
        u = max(0.5, self.scale())
        for name, block in self.blocks.items():
            kind = "caption" if name.endswith("caption") else name
            top, floor = SIZES[kind]
            block.set_sizes(max(floor, round(top * u)), floor)
        pad = round(14 * u)
        self._root.setContentsMargins(pad, pad, pad, pad)
        self._root.setSpacing(round(10 * u))
        inner = self.product_panel.layout()
        if inner is not None:
            inner.setContentsMargins(round(18 * u), round(12 * u), round(18 * u), round(12 * u))
            inner.setSpacing(round(4 * u))
        band = self.band.layout()
        if band is not None:
            band.setContentsMargins(round(18 * u), round(6 * u), round(18 * u), round(6 * u))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._rescale()
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._timer.stop()  # a closed view reads nothing more from the session
        super().closeEvent(event)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # ------------------------------------------------------------------ refresh
    def refresh(self) -> None:
        """Pull the latest snapshot, health and advice; redraw what changed."""
        snap, health = self._poll()
        board = host_board(self.plan, snap, health, self._advice() if self._advice else (), self._clock())
        if board != self._board:
            self._board = board
            self._draw(board)

    def settle(self) -> None:
        """Draw the present moment now (for a screenshot)."""
        self.refresh()

    def board(self) -> HostBoard | None:
        return self._board

    def _draw(self, b: HostBoard) -> None:
        blk = self.blocks
        self.band.setVisible(bool(b.band.text))
        if b.band.text:
            self.band.setStyleSheet(f"QFrame#hostBand {{ {BAND_STYLE.get(b.band.tone, BAND_STYLE['plain'])} }}")
            ink = theme.TEXT if b.band.tone == "plain" else theme.BG
            blk["band"].set_text(b.band.text, ink, bold=True)
        blk["clock"].set_text(b.clock, theme.MUTED if b.fresh else theme.AMBER, bold=True)
        blk["title"].set_text(b.segment, theme.TEXT, bold=True)
        blk["points"].set_paras(tuple(Para(p, bullet=True) for p in b.points) or (
            Para(translate("HostView", "no talking points for this segment"), theme.GREY, scale=0.8),))
        s = b.on_screen
        if s is None:
            blk["product"].set_text(translate("HostView", "no product on screen"), theme.GREY)
            for name in ("price", "note", "stock"):
                blk[name].set_text("")
        else:
            blk["product"].set_text(s.name, theme.TEXT, bold=True)
            blk["price"].set_text(s.price, OFFER_COLOUR if s.on_offer else theme.TEXT, bold=True)
            blk["note"].set_text(s.price_note, theme.MUTED)
            blk["stock"].set_text(s.stock, TONE_COLOUR[s.stock_tone], bold=True)
        if b.offer is None:
            blk["offer_caption"].set_text(translate("HostView", "NO FLASH OFFER RUNNING"), theme.GREY, bold=True)
            blk["countdown"].set_text("")
            blk["offer"].set_text("")
        else:
            blk["offer_caption"].set_text(translate("HostView", "FLASH OFFER ENDS IN"), theme.MUTED, bold=True)
            blk["countdown"].set_text(b.offer.left, OFFER_COLOUR, bold=True)
            blk["offer"].set_text(b.offer.what, theme.TEXT)
        blk["next"].set_text(b.next_cue, theme.ACCENT, bold=True)
        advice = tuple(p for a in b.advice for p in (Para(a.headline, theme.ADVICE_COLOUR, bold=True),
                                                     Para(a.detail, theme.TEXT, scale=0.8)))
        blk["advice"].set_paras(advice or (
            Para(translate("HostView", "no advice for the host"), theme.GREY, scale=0.8),))
        # the talking points get the room while there is no advice; an advice coming in takes it back, which
        # moves the screen enough to be noticed from the set
        self._root.setStretchFactor(blk["advice"], ADVICE_STRETCH if advice else NO_ADVICE_STRETCH)
        for name, block in blk.items():  # figures that are not current look it; the band says why
            block.set_dimmed(not b.fresh and name != "band")
