"""Text that fits its box for the host view: paragraphs word-wrapped in the biggest type that holds them all, smaller
down to a floor, and past the floor cut with an ellipsis. Never drawn outside its own rectangle, so a long title
in another language wraps or is cut short but never runs over its neighbour.

Painted, not a QLabel: a label asks its layouts to recompute whenever its text changes, cannot elide wrapped text,
and takes its font from the application's stylesheet (which overrides setFont); the host view sets sizes from the
window's size itself (console/widgets/host_view.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from console.widgets import theme

BULLET = "•"


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph: its colour, weight and size relative to the block's type (1.0 = the block's size)."""

    text: str
    colour: str = theme.TEXT
    bold: bool = False
    scale: float = 1.0
    bullet: bool = False


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    x: float
    y: float  # baseline
    font: QFont
    colour: str


class TextBlock(QWidget):
    """Paragraphs in the biggest type from `max_px` down to `min_px` that fits the box; `wrap=False` keeps each
    paragraph on one line (a figure, a countdown) and fits it by width."""

    def __init__(self, parent: QWidget | None = None, *, max_px: int = 32, min_px: int = 14, wrap: bool = True,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.max_px, self.min_px, self.wrap, self.align = max_px, min_px, wrap, align
        self._paras: tuple[Para, ...] = ()
        self._dimmed = False
        self._cache: tuple[tuple[object, ...], list[_Line], int, bool] | None = None
        # the layout gives the box its share by stretch factor; the text fits whatever it gets
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # ------------------------------------------------------------------ content
    def set_paras(self, paras: tuple[Para, ...]) -> None:
        if paras != self._paras:
            self._paras = paras
            self.setAccessibleName(self.text())
            self.update()

    def set_text(self, text: str, colour: str = theme.TEXT, bold: bool = False) -> None:
        self.set_paras((Para(text, colour, bold),) if text else ())

    def set_sizes(self, max_px: int, min_px: int) -> None:
        if (max_px, min_px) != (self.max_px, self.min_px):
            self.max_px, self.min_px = max_px, min(min_px, max_px)
            self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        """Figures that are not current: every paragraph drawn grey."""
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            self.update()

    def text(self) -> str:
        return "\n".join(p.text for p in self._paras)

    def dimmed(self) -> bool:
        return self._dimmed

    def paras(self) -> tuple[Para, ...]:
        return self._paras

    # ------------------------------------------------------------------ what it drew (tests, screenshots)
    def shown_px(self) -> int:
        """The type size the paragraphs are drawn at (px of a scale-1.0 paragraph) in the present box."""
        return self._fitted()[1]

    def whole(self) -> bool:
        """Every word is drawn (nothing cut with an ellipsis)."""
        return self._fitted()[2]

    def shown_lines(self) -> list[str]:
        """The lines as drawn in the present box (bullets apart)."""
        return [line.text for line in self._fitted()[0] if line.text != BULLET]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(0, 0)

    # ------------------------------------------------------------------ fitting
    def _font(self, px: float, para: Para) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(px * para.scale)))
        font.setBold(para.bold)
        return font

    def _lay(self, px: int, width: float, height: float | None) -> tuple[list[_Line], float, bool]:
        """Lines of every paragraph at `px`, the height they take, and whether all of them fit (`height` None: no
        limit). With a limit, lines past it are left out and the last one kept is cut with an ellipsis."""
        lines: list[_Line] = []
        y = 0.0
        for n, para in enumerate(self._paras):
            font = self._font(px, para)
            fm = QFontMetricsF(font)
            indent = fm.horizontalAdvance(BULLET + "  ") if para.bullet else 0.0
            if n:
                y += fm.height() * 0.35  # paragraphs apart, so bullets read as separate points
            first_line = True
            for start, length, line_h, ascent in self._wrap(para.text, font, width - indent):
                if height is not None and y + line_h > height + 0.5:
                    if lines:  # the last line kept says that more was written
                        lines[-1] = _cut(lines[-1], "" if first_line else para.text[start:], width)
                    return lines, y, False
                if para.bullet and first_line:
                    lines.append(_Line(BULLET, 0.0, y + ascent, font, theme.ACCENT))
                lines.append(_Line(para.text[start:start + length].rstrip(), indent, y + ascent, font, para.colour))
                y += line_h
                first_line = False
        return lines, y, True

    def _wrap(self, text: str, font: QFont, width: float) -> list[tuple[int, int, float, float]]:
        """(start, length, height, ascent) of each line of `text` in `width` (one line when not wrapping)."""
        fm = QFontMetricsF(font)
        if not self.wrap:
            return [(0, len(text), fm.height(), fm.ascent())]
        layout = QTextLayout(text, font)
        option = QTextOption()
        # words first; a word wider than the box (a long compound, a URL) is broken rather than drawn past it
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        out = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1.0, width))
            out.append((line.textStart(), line.textLength(), line.height(), line.ascent()))
        layout.endLayout()
        return out

    def _widest(self, px: int) -> float:
        return max((QFontMetricsF(self._font(px, p)).horizontalAdvance(p.text)
                    + (QFontMetricsF(self._font(px, p)).horizontalAdvance(BULLET + "  ") if p.bullet else 0.0)
                    for p in self._paras), default=0.0)

    def _fits(self, px: int, width: float, height: float) -> bool:
        if not self.wrap and self._widest(px) > width:
            return False
        return self._lay(px, width, None)[1] <= height + 0.5

    def _fitted(self) -> tuple[list[_Line], int, bool]:
        """The lines to draw, their size and whether all fit; cached by content and box."""
        box = self.contentsRect()
        key = (self._paras, box.width(), box.height(), self.max_px, self.min_px, self.wrap)
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1], self._cache[2], self._cache[3]
        width, height = float(box.width()), float(box.height())
        low, high = self.min_px, self.max_px
        if self._fits(high, width, height):
            px = high
        else:  # the biggest size that fits, by halving: each try lays the paragraphs out once
            px = low
            while low <= high:
                mid = (low + high) // 2
                if self._fits(mid, width, height):
                    px, low = mid, mid + 1
                else:
                    high = mid - 1
        lines, _, whole = self._lay(px, width, height)
        if not self.wrap:  # one line a paragraph: cut what is still wider than the box at the floor
            too_wide = [QFontMetricsF(ln.font).horizontalAdvance(ln.text) > width - ln.x for ln in lines]
            whole = whole and not any(too_wide)
            lines = [_cut(ln, "", width) if wide else ln for ln, wide in zip(lines, too_wide, strict=True)]
        self._cache = (key, lines, px, whole)
        return lines, px, whole

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        lines = self._fitted()[0]
        if not lines:
            return
        box = self.contentsRect()
        top = float(box.top())
        if self.align & Qt.AlignmentFlag.AlignVCenter:  # a band's one line sits in its middle
            bottom = max(ln.y + QFontMetricsF(ln.font).descent() for ln in lines)
            top += max(0.0, (box.height() - bottom) / 2)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setClipRect(box)  # belt and braces: nothing of ours lands outside the box
        for line in lines:
            painter.setFont(line.font)
            painter.setPen(QColor(theme.GREY if self._dimmed else line.colour))
            x = box.left() + line.x
            if self.align & Qt.AlignmentFlag.AlignHCenter and line.text != BULLET:
                x = box.left() + (box.width() - QFontMetricsF(line.font).horizontalAdvance(line.text)) / 2
            painter.drawText(QPointF(x, top + line.y), line.text)
        painter.end()


def _cut(line: _Line, more: str, width: float) -> _Line:
    """`line` ending in an ellipsis: what follows it (`more`, the rest of its paragraph) is not shown."""
    fm = QFontMetricsF(line.font)
    room = width - line.x
    text = fm.elidedText(f"{line.text} {more}" if more else line.text, Qt.TextElideMode.ElideRight, room)
    if not text.endswith("…"):
        text = fm.elidedText(text.rstrip() + "…", Qt.TextElideMode.ElideRight, room)
    return _Line(text, line.x, line.y, line.font, line.colour)
