"""A translucent layer over a data panel: its numbers stay readable but plainly not current (stale data)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from console.widgets import theme

VEIL_ALPHA = 150  # of 255: the background colour over the panel, about 60 % of the way to blank


class DimVeil(QWidget):
    """A child laid over the whole panel, transparent to the mouse so tooltips and buttons below still work.

    Not a QGraphicsOpacityEffect: the tiles paint opaquely (WA_OpaquePaintEvent) and an effect's offscreen buffer
    showed garbage through them; a veil is one fillRect over whatever the panel draws, and costs nothing when hidden.
    """

    def __init__(self, panel: QWidget) -> None:
        super().__init__(panel)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._colour = QColor(theme.BG)
        self._colour.setAlpha(VEIL_ALPHA)
        panel.installEventFilter(self)  # follows the panel's size
        self.setGeometry(panel.rect())
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def set_on(self, on: bool) -> None:
        parent = self.parentWidget()
        if on and parent is not None:
            self.setGeometry(parent.rect())
            self.raise_()  # above children added since
        self.setVisible(on)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._colour)
        painter.end()
