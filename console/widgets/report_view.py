"""The post-live report in a tab: the same report the `report` command writes, with a way to the browser.

Qt's rich text reads only a subset of CSS, so the tab shows report-qt.html, the same content written for it (styles
Qt understands, tiles in a table, charts from charts/*.png); the browser gets report.html.
"""

from __future__ import annotations

from PySide6.QtCore import QFileInfo, QUrl, Signal
from PySide6.QtGui import QResizeEvent, QTextCursor, QTextImageFormat
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from console.i18n import translate
from console.widgets import theme

QT_PAGE = "report-qt.html"  # console/report/writer.py writes it beside report.html
CHART_WIDTH = 1000  # the charts' logical width: never drawn wider than that
MARGIN = 40  # room left beside a chart for the page's margin and the scroll bar


class _FittingBrowser(QTextBrowser):
    """A text browser that narrows the page's charts to its own width, keeping their proportions."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_images()

    def fit_images(self) -> None:
        width = float(max(200, min(CHART_WIDTH, self.viewport().width() - MARGIN)))
        doc = self.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    if abs(image.width() - width) > 0.5:
                        image.setWidth(width)  # the height follows the image's own proportions
                        cursor = QTextCursor(doc)
                        cursor.setPosition(frag.position())
                        cursor.setPosition(frag.position() + frag.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def image_widths(self) -> list[float]:
        """Width of every chart as laid out (for tests)."""
        out = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    out.append(QTextImageFormat(fmt.toImageFormat()).width())
                it += 1
            block = block.next()
        return out


class ReportView(QWidget):
    regenerate_requested = Signal()
    open_requested = Signal(str)  # the report.html path, for the system's browser

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = ""
        self.status = QLabel(translate("ReportView", "The report has not been written yet."))
        theme.set_tone(self.status, "muted")
        self.refresh_button = QPushButton(translate("ReportView", "Write the report"))
        self.refresh_button.clicked.connect(self.regenerate_requested)
        self.browser_button = QPushButton(translate("ReportView", "Open in browser"))
        self.browser_button.setEnabled(False)
        self.browser_button.clicked.connect(lambda: self.open_requested.emit(self._path))
        self.page = _FittingBrowser()
        self.page.setOpenExternalLinks(False)
        self.page.setStyleSheet("background: #ffffff; color: #111111;")  # the report is a light, printable page
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.browser_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addLayout(bar)
        box.addWidget(self.page, 1)

    def writing(self) -> None:
        self.status.setText(translate("ReportView", "Writing the report…"))
        self.refresh_button.setEnabled(False)

    def show_report(self, path: str, error: str) -> None:
        self.refresh_button.setEnabled(True)
        self.refresh_button.setText(translate("ReportView", "Write it again"))
        if error:
            self.status.setText(translate("ReportView", "The report could not be written: {e}").format(e=error))
            theme.set_tone(self.status, "bad")
            return
        self._path = path
        self.status.setText(path)
        theme.set_tone(self.status, "muted")
        self.browser_button.setEnabled(True)
        qt_page = QFileInfo(path).dir().filePath(QT_PAGE)
        self.page.setSource(QUrl.fromLocalFile(qt_page if QFileInfo.exists(qt_page) else path))
        self.page.fit_images()

    def shown_path(self) -> str:
        return self._path
