"""`python -m benchmarks.startup_bare`: the start-up figure's baseline, measured in the same run. The least a
Qt + pyqtgraph desk window costs on this machine today: start Python, import PySide6's widgets and pyqtgraph,
show a 1366x768 main window holding one plot, and print the wall time of its first paint event, as
benchmarks.startup_child does for the console. What the console adds on top is its own start-up."""

from __future__ import annotations

import sys
import time


def main() -> int:
    import pyqtgraph as pg
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(pg.PlotWidget())
    window.resize(1366, 768)

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                print(f"first-paint {time.time():.6f}", flush=True)
                QTimer.singleShot(0, window.close)
            return False

    first = FirstPaint()
    app.installEventFilter(first)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
