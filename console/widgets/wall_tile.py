"""The studio wall's tiles (docs/wall.md): a live on air, drawn whole by one paintEvent, and a finished live, smaller,
with its Report button.

A tile is painted rather than built of labels: five lives redrawn ten times a second then cost five repaints of
their own rectangles and no layout pass, and each text is cut to its box ("…") instead of pushing the grid about.
The texts and tones come decided from console/present/wall_order.py; a tile repaints only when its view changed.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from console.i18n import translate
from console.present.fmt import count
from console.present.wall_order import SPARK_MINUTES, FinishedView, TileView, Tone
from console.widgets import theme

TONE_COLOUR: Final[dict[Tone, str]] = {"plain": theme.TEXT, "good": theme.GREEN, "warn": theme.AMBER,
                                       "bad": theme.RED, "muted": theme.GREY}
# the size the tile's type is written for; it scales with the tile against it (a wall of two lives reads bigger)
REFERENCE: Final = (440.0, 260.0)
MIN_SCALE, MAX_SCALE = 0.72, 1.8
PRESS_KEYS: Final = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(9, round(px)))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return font


def _text(p: QPainter, rect: QRectF, text: str, font: QFont, colour: str,
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> float:
    """Draws `text` cut to `rect`'s width; returns the width it took."""
    p.setFont(font)
    p.setPen(QColor(colour))
    shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
    p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
    return float(QFontMetrics(font).horizontalAdvance(shown))


class LiveTile(QWidget):
    """One live on air. A click, or Enter (or Space) with the tile focused, emits `activated(live id)`.
    `pressed(bool)` and `aimed()` tell the wall where the pointer is, so that it never moves a tile being clicked."""

    activated = Signal(str)
    pressed = Signal(bool)
    aimed = Signal()

    def __init__(self, view: TileView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self._down = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._describe()

    @property
    def live_id(self) -> str:
        return self.view.live_id

    def show_view(self, view: TileView) -> None:
        if view != self.view:
            self.view = view
            self._describe()
            self.update()

    def _describe(self) -> None:
        v = self.view
        self.setAccessibleName(translate("LiveTile", "{title}: {feed}, {viewers} viewers, GMV {gmv} {goal}").format(
            title=v.title, feed=v.feed, viewers=v.viewers, gmv=v.gmv, goal=v.goal))
        advice = (translate("LiveTile", "{kind}: {advice}").format(kind=v.advice_kind, advice=v.advice) if v.advice
                  else translate("LiveTile", "no open advice"))
        self.setToolTip(translate("LiveTile", "{title} ({id})\n{advice}\nClick or press Enter to open its console")
                        .format(title=v.title, id=v.live_id, advice=advice))

    # ------------------------------------------------------------------ input
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._down = True
            self.pressed.emit(True)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton and self._down:
            self._down = False
            self.pressed.emit(False)
            if self.rect().contains(event.position().toPoint()):
                self.activated.emit(self.live_id)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        self.aimed.emit()
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in PRESS_KEYS and not event.isAutoRepeat():
            self.activated.emit(self.live_id)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self.update()
        super().focusOutEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(int(REFERENCE[0]), int(REFERENCE[1]))

    # ------------------------------------------------------------------ drawing
    def _border(self) -> tuple[str, float]:
        v = self.view
        if self.hasFocus():
            return theme.ACCENT, 3.0
        if v.attention.trouble:
            return theme.RED, 2.5
        if v.advice_count:
            return TONE_COLOUR[v.advice_tone], 2.0
        return theme.BORDER, 1.0

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        v = self.view
        w, h = float(self.width()), float(self.height())
        s = max(MIN_SCALE, min(MAX_SCALE, w / REFERENCE[0], h / REFERENCE[1]))
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(theme.BG))
        colour, width = self._border()
        frame = QRectF(width / 2, width / 2, w - width, h - width)
        p.setPen(QPen(QColor(colour), width))
        p.setBrush(QColor(theme.SURFACE))
        p.drawRoundedRect(frame, 6, 6)
        pad = 12 * s
        x0, right = pad, w - pad
        figure = theme.GREY if v.dimmed else theme.TEXT
        # the title has the whole width: a studio names its rooms by it
        y = pad
        _text(p, QRectF(x0, y - 2 * s, right - x0, 28 * s), v.title, _font(20 * s, bold=True), theme.TEXT)
        y += 30 * s
        # the feed chip at the right, the live id (and what the wall is doing about it) at the left
        chip_font = _font(13 * s, bold=True)
        chip_w = min(QFontMetrics(chip_font).horizontalAdvance(v.feed) + 16 * s, (right - x0) * 0.6)
        chip = QRectF(right - chip_w, y, chip_w, 22 * s)
        tone = TONE_COLOUR[v.feed_tone]
        p.setPen(QPen(QColor(tone), 1.5))
        p.setBrush(QColor(theme.BG))
        p.drawRoundedRect(chip, 4, 4)
        _text(p, chip.adjusted(8 * s, 0, -6 * s, 0), v.feed, chip_font, tone, Qt.AlignmentFlag.AlignHCenter)
        ident = QRectF(x0, y, chip.left() - x0 - 10 * s, 22 * s)
        used = _text(p, ident, v.live_id, _font(13 * s), theme.MUTED)
        if v.note:
            _text(p, ident.adjusted(used + 8 * s, 0, 0, 0), f"· {v.note}", _font(13 * s, bold=True),
                  TONE_COLOUR[v.note_tone])
        y += 30 * s
        # viewers and GMV: the two numbers read from across the room
        col = x0 + (right - x0) * 0.34
        caption = _font(12 * s, bold=True)
        _text(p, QRectF(x0, y, col - x0, 16 * s), translate("LiveTile", "VIEWERS"), caption, theme.MUTED)
        used = _text(p, QRectF(col, y, right - col, 16 * s), translate("LiveTile", "GMV"), caption, theme.MUTED)
        _text(p, QRectF(col + used + 8 * s, y, right - col - used - 8 * s, 16 * s), f"· {v.goal}", _font(12 * s),
              theme.MUTED)
        y += 16 * s
        big = _font(32 * s, bold=True)
        _text(p, QRectF(x0, y, col - x0 - 8 * s, 40 * s), v.viewers, big, figure)
        _text(p, QRectF(col, y, right - col, 40 * s), v.gmv, big, figure)
        y += 44 * s
        self._goal_bar(p, QRectF(x0, y, right - x0, 9 * s), s)
        y += 14 * s
        pace_tone = theme.GREY if v.dimmed else TONE_COLOUR[v.pace_tone]
        _text(p, QRectF(x0, y, right - x0, 20 * s), v.pace, _font(15 * s, bold=True), pace_tone)
        y += 26 * s
        # the open advice at the floor (two lines: what, then which), orders per minute in the room left above it
        line = 20 * s
        floor = h - pad - (2 * line if v.advice_count else line)
        self._advice(p, QRectF(x0, floor, right - x0, h - pad - floor), line, s)
        _text(p, QRectF(x0, y, col - x0, 16 * s), translate("LiveTile", "ORDERS/MIN"), caption, theme.MUTED)
        span = (translate("LiveTile", "last {m} min · peak {peak}").format(m=SPARK_MINUTES, peak=count(max(v.spark)))
                if v.spark else translate("LiveTile", "last {m} min").format(m=SPARK_MINUTES))
        _text(p, QRectF(col, y, right - col, 16 * s), span, _font(12 * s), theme.GREY, Qt.AlignmentFlag.AlignRight)
        y += 16 * s
        _text(p, QRectF(x0, y, col - x0, 34 * s), v.orders_per_min, _font(28 * s, bold=True), figure)
        self._spark(p, QRectF(col, y + 2 * s, right - col, max(20 * s, floor - y - 12 * s)), s)
        p.end()

    def _advice(self, p: QPainter, box: QRectF, line: float, s: float) -> None:
        v = self.view
        if not v.advice_count:
            _text(p, box, translate("LiveTile", "no open advice"), _font(15 * s), theme.GREY)
            return
        words = translate("LiveTile", "{n} OPEN ADVICE · {kind}").format(n=count(v.advice_count),
                                                                          kind=v.advice_kind.upper())
        _text(p, QRectF(box.left(), box.top(), box.width(), line), words, _font(14 * s, bold=True),
              TONE_COLOUR[v.advice_tone])
        _text(p, QRectF(box.left(), box.top() + line, box.width(), line), v.advice, _font(15 * s), theme.TEXT)

    def _goal_bar(self, p: QPainter, bar: QRectF, s: float) -> None:
        v = self.view
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(theme.SURFACE_HI))
        p.drawRoundedRect(bar, 3, 3)
        if v.gmv_share is None:
            return
        tone = TONE_COLOUR[v.pace_tone if v.pace_tone != "muted" else "plain"]
        filled = QRectF(bar.left(), bar.top(), bar.width() * min(1.0, max(0.0, v.gmv_share)), bar.height())
        p.setBrush(QColor(theme.GREY if v.dimmed else tone))
        p.drawRoundedRect(filled, 3, 3)
        if v.pace_share is not None:  # where the live is heading by its end, against the goal at the bar's end
            x = bar.left() + bar.width() * min(1.0, max(0.0, v.pace_share))
            p.setPen(QPen(QColor(theme.TEXT), max(2.0, 2 * s)))
            p.drawLine(QPointF(x, bar.top() - 3 * s), QPointF(x, bar.bottom() + 3 * s))

    def _spark(self, p: QPainter, box: QRectF, s: float) -> None:
        values = self.view.spark
        p.setPen(QPen(QColor(theme.BORDER), 1))
        p.drawLine(QPointF(box.left(), box.bottom()), QPointF(box.right(), box.bottom()))
        if len(values) < 2:
            return
        top = max(values) or 1.0
        step = box.width() / (SPARK_MINUTES - 1)  # a minute is as wide early in a live as later: the newest right
        first = box.right() - (len(values) - 1) * step
        plot = box.adjusted(0, 2 * s, 0, -2 * s)
        path = QPainterPath()
        for i, value in enumerate(values):
            point = QPointF(first + i * step, plot.bottom() - plot.height() * value / top)
            if i == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        p.setPen(QPen(QColor(theme.GREY if self.view.dimmed else theme.SPARK_COLOUR), max(1.5, 2 * s)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)


class FinishedTile(QWidget):
    """A live that ended: title, final GMV against goal, orders and peak viewers, and a Report button that writes the
    post-live report from the wall's session file of it (`report_requested(live id)`)."""

    report_requested = Signal(str)
    HEIGHT: Final = 96
    WIDTH: Final = 360

    def __init__(self, view: FinishedView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setFixedSize(self.WIDTH, self.HEIGHT)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.button = QPushButton(translate("FinishedTile", "Report"), self)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setToolTip(translate("FinishedTile", "Write the post-live report from the wall's recording of "
                                                         "this live and open it"))
        self.button.clicked.connect(lambda: self.report_requested.emit(self.view.live_id))
        self.button.adjustSize()
        self.button.move(self.WIDTH - self.button.width() - 12, 12)
        self._apply()

    @property
    def live_id(self) -> str:
        return self.view.live_id

    def show_view(self, view: FinishedView) -> None:
        if view != self.view:
            self.view = view
            self._apply()
            self.update()

    def _apply(self) -> None:
        v = self.view
        # the report being written is the one note in a quiet tone ("report opened" is good, "report failed" bad):
        # told by its tone, not its words, which are in the console's language
        writing = bool(v.report) and v.report_tone == "muted"
        self.button.setEnabled(v.report_ready and not writing)
        self.setAccessibleName(translate("FinishedTile", "{title} (ended): {gmv}, {orders}").format(
            title=v.title, gmv=v.gmv, orders=v.orders))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        v = self.view
        w, h = float(self.width()), float(self.height())
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(theme.BG))
        p.setPen(QPen(QColor(theme.BORDER), 1))
        p.setBrush(QColor(theme.SURFACE))
        p.drawRoundedRect(QRectF(0.5, 0.5, w - 1, h - 1), 5, 5)
        x0, right = 12.0, float(self.button.x()) - 8
        _text(p, QRectF(x0, 8, right - x0, 22), v.title, _font(15, bold=True), theme.TEXT)
        _text(p, QRectF(x0, 32, w - 2 * x0, 20), v.gmv, _font(14, bold=True), TONE_COLOUR[v.gmv_tone])
        _text(p, QRectF(x0, 52, w - 2 * x0, 18), v.orders, _font(13), theme.MUTED)
        if v.report:
            _text(p, QRectF(x0, 71, w - 2 * x0, 18), v.report, _font(12), TONE_COLOUR[v.report_tone])
        p.end()
