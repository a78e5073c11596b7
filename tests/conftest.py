"""Test setup: offscreen Qt, no display needed; every test that leaves a window open fails."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


@pytest.fixture(autouse=True)
def _gc_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """Tests with a Qt application collect cyclic garbage on the GUI thread only, as the console does
    (console/widgets/gui_gc.py): a collection on a pipeline thread that destroys Qt objects can deadlock."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from console.widgets.gui_gc import GuiGarbageCollector

    collector = GuiGarbageCollector(request.getfixturevalue("qapp"))
    try:
        yield
    finally:
        collector.stop()
        collector.deleteLater()
        gc.collect()  # here, on the GUI thread, what the test left behind
