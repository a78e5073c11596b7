"""`python -m benchmarks.startup_child live ...`: the real `live-console` command line, plus a hook that prints
the wall time of the main window's first paint event (then closes the window, which ends the console)."""

from __future__ import annotations

import sys
import time
from typing import Any


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from console import cli
    from console.widgets import main_window

    original = main_window.MainWindow.__init__
    state: dict[str, Any] = {}

    class FirstPaint(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and "t" not in state:
                state["t"] = time.time()
                print(f"first-paint {state['t']:.6f}", flush=True)
                QTimer.singleShot(0, state["window"].close)
            return False

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        state["window"] = self
        state["filter"] = FirstPaint()
        QApplication.instance().installEventFilter(state["filter"])

    main_window.MainWindow.__init__ = init  # type: ignore[method-assign]
    return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
