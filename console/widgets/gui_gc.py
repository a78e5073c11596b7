"""Cyclic garbage collection on the GUI thread only.

Python's collector runs in whichever thread allocates past its threshold, usually the pipeline thread (msgspec
decoding thousands of events a second). When the garbage holds Qt wrappers (a chart's removed marker lines and
their labels form cycles), their destruction runs there and takes Qt's locks from a non-GUI thread while the GUI
thread, holding the GIL, waits for the same locks: the window froze for good while drawing a new action marker
under a 10k ev/s feed (found by the action-latency benchmark; the stacks are in docs/performance.md). The same fix
pyqtgraph ships (`pyqtgraph.util.garbage_collector`): automatic collection off, the GUI thread collects on a timer
by the same generation thresholds. Reference counting still frees everything that is not in a cycle, at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

COLLECT_EVERY_MS = 250  # young cycles wait at most this long; a generation-0 pass costs well under a millisecond


class GuiGarbageCollector(QObject):
    def __init__(self, parent: QObject, every_ms: int = COLLECT_EVERY_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.collections = [0, 0, 0]  # by generation, for tests and curiosity
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(every_ms)

    def collect(self) -> None:
        """What the automatic collector would have done by now, generation by generation."""
        young, middle, old = gc.get_count()
        if young <= self.threshold[0]:
            return
        generation = 0
        if middle > self.threshold[1]:
            generation = 2 if old > self.threshold[2] else 1
        gc.collect(generation)
        self.collections[generation] += 1

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
