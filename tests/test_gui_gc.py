"""Cyclic garbage is collected on the GUI thread, never on a worker thread (where destroying Qt objects can
deadlock against the GUI thread)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.widgets.gui_gc import GuiGarbageCollector


class _Cycle:
    """A reference cycle whose finaliser records the thread that destroyed it."""

    def __init__(self, seen: list[str]) -> None:
        self.me = self
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def test_cycles_made_on_a_worker_thread_die_on_the_gui_thread(qtbot: QtBot) -> None:
    assert not gc.isenabled()  # the autouse fixture installed the console's collector for this Qt test
    seen: list[str] = []

    def churn() -> None:  # past the generation-0 threshold: the automatic collector would run here, on "worker"
        for _ in range(2_000):
            _Cycle(seen)

    worker = threading.Thread(target=churn, name="worker")
    worker.start()
    worker.join()
    assert seen == []  # nothing collected on the worker
    # other objects freed since may have brought the count back under the threshold: survivors push it over
    keep = [[] for _ in range(gc.get_threshold()[0] + 10)]
    qtbot.waitUntil(lambda: len(seen) == 2_000, timeout=5_000)  # by the collector, on its timer
    del keep
    assert set(seen) == {threading.main_thread().name}


def test_the_collector_follows_the_generation_thresholds(qapp: QApplication) -> None:
    collector = GuiGarbageCollector(qapp)
    try:
        gc.collect()
        collector.collect()  # a fresh count is under every threshold: nothing to do
        assert collector.collections == [0, 0, 0]
        keep = [[] for _ in range(collector.threshold[0] + 10)]  # survivors push generation 0 past its threshold
        collector.collect()
        assert collector.collections == [1, 0, 0]
        del keep
    finally:
        collector.stop()
