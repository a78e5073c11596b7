"""`python -m benchmarks.startup_child live ...`: the real `live-console` command line, plus a hook that prints
the wall time of the main window's first paint event (then closes the window, which ends the console).

The hook goes in just before the Qt loop starts (console.app.run_qt), and imports nothing before the command
does: importing Qt or the widgets here first would change the order, hence the cost, of the console's imports.
No paint can happen before the loop runs, so the first paint is still caught.
"""

from __future__ import annotations

import sys
import time
from typing import Any


def main() -> int:
    from console import app, cli

    original = app.run_qt
    state: dict[str, Any] = {}

    def run_qt(qapp: Any, finish: Any, duration_s: float | None, stop: Any = None) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QMainWindow

        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, QMainWindow))

        class FirstPaint(QObject):
            def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
                if event.type() == QEvent.Type.Paint and "t" not in state:
                    state["t"] = time.time()
                    print(f"first-paint {state['t']:.6f}", flush=True)
                    QTimer.singleShot(0, window.close)
                return False

        state["filter"] = FirstPaint()
        qapp.installEventFilter(state["filter"])
        original(qapp, finish, duration_s, stop)

    app.run_qt = run_qt
    return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
