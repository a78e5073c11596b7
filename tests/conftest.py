"""Test setup: offscreen Qt, no display needed; every test that leaves a window open fails."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
# The suite reads the console in English (its source language) whatever the machine's locale or the language saved
# from View -> Language; tests/test_i18n_*.py switch languages on purpose.
os.environ["LIVE_CONSOLE_LANG"] = "en"


@pytest.fixture(autouse=True)
def _english_after_each_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A test that runs the console in another language (`main(["--lang", "ja", ...])` sets the environment for
    its children too) leaves the next one in English."""
    monkeypatch.setenv("LIVE_CONSOLE_LANG", "en")
    yield
    from console.i18n import active_language, use_language

    if active_language() != "en":
        use_language("en")


@pytest.fixture(autouse=True)
def _gc_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """Tests with a Qt application collect cyclic garbage on the GUI thread only, as the console does
    (console/widgets/gui_gc.py): a collection on a pipeline thread that destroys Qt objects can deadlock."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from console.widgets.gui_gc import GuiGarbageCollector

    app = request.getfixturevalue("qapp")
    collector = GuiGarbageCollector(app)
    try:
        yield
    finally:
        collector.stop()
        collector.deleteLater()
        gc.collect()  # here, on the GUI thread, what the test left behind
    # Torn down after qtbot (this autouse fixture was set up first), so widgets given to qtbot.addWidget are
    # closed by now: a window still visible here was left open by the test, and would outlive it on screen.
    leaked = [w for w in app.topLevelWidgets() if w.isVisible()]
    for window in leaked:
        window.close()
    if leaked:
        names = ", ".join(f"{type(w).__name__} {w.windowTitle()!r}" for w in leaked)
        pytest.fail(f"the test left {len(leaked)} window(s) open: {names}", pytrace=False)
