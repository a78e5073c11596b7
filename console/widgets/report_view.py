"""The post-live report in a tab: the same report.html the `report` command writes, with a way to the browser."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from console.widgets import theme


class ReportView(QWidget):
    regenerate_requested = Signal()
    open_requested = Signal(str)  # the report.html path, for the system's browser

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = ""
        self.status = QLabel(self.tr("The report has not been written yet."))
        theme.set_tone(self.status, "muted")
        self.refresh_button = QPushButton(self.tr("Write the report"))
        self.refresh_button.clicked.connect(self.regenerate_requested)
        self.browser_button = QPushButton(self.tr("Open in browser"))
        self.browser_button.setEnabled(False)
        self.browser_button.clicked.connect(lambda: self.open_requested.emit(self._path))
        self.page = QTextBrowser()
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
        self.status.setText(self.tr("Writing the report…"))
        self.refresh_button.setEnabled(False)

    def show_report(self, path: str, error: str) -> None:
        self.refresh_button.setEnabled(True)
        self.refresh_button.setText(self.tr("Write it again"))
        if error:
            self.status.setText(self.tr("The report could not be written: {e}").format(e=error))
            theme.set_tone(self.status, "bad")
            return
        self._path = path
        self.status.setText(path)
        theme.set_tone(self.status, "muted")
        self.browser_button.setEnabled(True)
        self.page.setSource(QUrl.fromLocalFile(path))

    def shown_path(self) -> str:
        return self._path
