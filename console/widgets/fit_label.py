"""Labels that fit their box instead of resizing the layout around them: a big number that shrinks its type rather
than losing digits, text held at a steady size, and wrapped text that never sets its dock's width."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_PX = 14
LAST_RESORT_PX = 9
SAMPLE = "€00,000"  # the width a label asks for; a longer text shrinks instead of growing the layout


def fit_font(font: QFont, text: str, width: int) -> QFont:
    """`font`, or a smaller copy (never under MIN_PX) when `text` is wider than `width`."""
    needed = QFontMetrics(font).horizontalAdvance(text)
    if needed <= width or width <= 0:
        return font
    px = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 96 / 72)
    smaller = QFont(font)
    size = max(MIN_PX, int(px * width / needed))
    smaller.setPixelSize(size)
    # Glyph widths do not scale exactly with the size (hinting): step down until it really fits, or a right-aligned
    # figure loses its first character ('€4,292' read ':4,292'). Below MIN_PX only when even that is too wide: a
    # small figure is still right, a cut one reads as another number.
    while size > LAST_RESORT_PX and QFontMetrics(smaller).horizontalAdvance(text) > width:
        size -= 1
        smaller.setPixelSize(size)
    return smaller


class FitLabel(QWidget):
    """A big-number label: text() / setText() / alignment() like a QLabel; styled by objectName (font-size, color)
    like one; its type shrinks to fit its box.

    Not a QLabel: QLabel.setText() always asks the layouts above it to recompute (a LayoutRequest that climbs to the
    main window), ten times a second for numbers that change every refresh. Here the size hint depends on the font
    only, so a new number costs one repaint of the label's own rectangle and nothing else.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, objectName: str = "",  # noqa: N803
                 sample: str = SAMPLE) -> None:
        super().__init__(parent)
        self.setObjectName(objectName)
        self.sample = sample
        self._text = text
        self._align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (QLabel's name)
        if text != self._text:
            self._text = text
            self.setAccessibleName(text)
            self.update()  # the size hint does not depend on the text: no relayout

    def alignment(self) -> Qt.AlignmentFlag:
        return self._align

    def setAlignment(self, align: Qt.AlignmentFlag) -> None:  # noqa: N802 (QLabel's name)
        self._align = align
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance(self.sample), fm.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(48, self.fontMetrics().height())  # the layout may squeeze us: we shrink, not clip

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        box = self.contentsRect()
        painter = QPainter(self)
        painter.setFont(fit_font(self.font(), self._text, box.width()))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(box, int(self._align | Qt.AlignmentFlag.AlignVCenter), self._text)
        painter.end()


def set_steady_text(label: QLabel, text: str) -> None:
    """label.setText(text) without moving the widgets around it, unless the text no longer fits.

    The label's size is held fixed and only ever grows: a fixed-size widget does not ask its layouts to
    recompute when its text changes (QLabel.setText does otherwise, and for the status bar that meant a relayout
    of the whole main window at every refresh). Plain text is measured every time (font metrics: microseconds);
    rich text only when longer than any before (measuring it lays the document out, ~0.4 ms), which is safe for
    the product stats: same markup, digits of one width, and a column reserved wide from the start.
    """
    if text == label.text():
        return
    label.setText(text)
    if label.textFormat() == Qt.TextFormat.RichText:
        longest = label.property("steady_len") or 0
        if len(text) <= longest:
            return
        label.setProperty("steady_len", len(text))
    label.ensurePolished()  # the stylesheet's font, not the default one
    hint = label.sizeHint()
    held = label.minimumSize()
    fixed_h = held.height() if held.height() == label.maximumHeight() and held.height() > 0 else hint.height()
    if hint.width() > held.width() or label.maximumWidth() != held.width() or label.maximumHeight() != fixed_h:
        label.setFixedSize(max(hint.width(), held.width()), fixed_h)  # a fixed height (a table row) is kept


def wrapping_label(text: str, name: str, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label styled by `name` whose text never sets the dock's width: it wraps (or elides) within
    whatever width the dock has."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(0)
    return label


def set_toast(label: QLabel, text: str, lines: int = 2) -> None:
    """Show `text` in a word-wrapped label of fixed height, shortened (…) to `lines` lines of the label's width:
    a long message never widens the dock it sits in. The whole text is the tooltip."""
    label.setToolTip(text)
    width = label.contentsRect().width()
    fm = label.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap)

    def fits(candidate: str) -> bool:
        return fm.boundingRect(QRect(0, 0, width, 10_000), flags, candidate).height() <= lines * fm.lineSpacing()

    shown = text
    if width > 0 and not fits(text):
        lo, hi = 0, len(text)  # the longest start of the text that fits with an ellipsis
        while lo < hi:
            mid = (lo + hi + 1) // 2
            lo, hi = (mid, hi) if fits(text[:mid].rstrip() + "…") else (lo, mid - 1)
        shown = text[:lo].rstrip() + "…"
    label.setText(shown)
