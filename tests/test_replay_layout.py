"""Replay's window layout: a saved layout that does not fit the screen is discarded, the timeline always comes back
docked along the bottom with its scrub bar, and View > Reset layout always recovers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDockWidget
from pytestqt.qtbot import QtBot

from console.plan.model import DEMO_PLAN, load_plan
from console.widgets.main_window import MainWindow
from console.widgets.report_view import ReportView
from console.widgets.screen_fit import FIT_SIZE
from console.widgets.timeline import TimelineBar
from tests.test_widgets import Feed

PLAN = load_plan(DEMO_PLAN)
LAPTOP = QRect(0, 0, 1366, 728)  # 1366 x 768 less a 40 px taskbar
BIG = QRect(0, 0, 3840, 2160)


class Port:
    """The timeline's side of a replay, standing still at minute 10 of 90."""

    position, playing, speed, progress = 600.0, False, 10.0, 1.0

    def bounds(self) -> tuple[float, float]:
        return (0.0, 5400.0)

    def marks(self) -> list[tuple[float, str, str]]:
        return [(180.0, "segment", "Knife skills demo")]

    def toggle(self) -> None: ...
    def set_speed(self, speed: float) -> None: ...
    def seek(self, ts: float) -> None: ...
    def add_note(self, text: str) -> None: ...

    def take_messages(self) -> list[tuple[str, str]]:
        return []

    def jump_label(self, mark: tuple[float, str, str]) -> str:
        return mark[2]


def open_replay(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, TimelineBar]:
    """As `live-console replay` builds it: the window, then the timeline."""
    window = MainWindow(PLAN, Feed(), settings=QSettings(str(tmp_path / "replay.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    bar = TimelineBar(Port())
    window.add_timeline(bar)
    window.show()
    qtbot.waitExposed(window)
    window.refresh()
    return window, bar


def timeline_dock(window: MainWindow) -> QDockWidget:
    dock = window.findChild(QDockWidget, "dock_timeline")
    assert dock is not None
    return dock


def assert_sane(window: MainWindow, bar: TimelineBar) -> None:
    QApplication.processEvents()  # the docks' layout settles on the event loop
    room = window.room()
    assert window.isMaximized() or room.contains(window.frameGeometry()), (window.frameGeometry(), room)
    dock = timeline_dock(window)
    assert not dock.isFloating()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    kpis = window.docks()["kpis"]
    assert dock.geometry().top() >= kpis.geometry().bottom(), "the timeline sits over the KPI tiles"
    assert dock.geometry().top() >= window.menuBar().geometry().bottom()
    assert bar.scrub.isVisible() and bar.scrub.width() >= 200, bar.scrub.geometry()


@pytest.fixture(autouse=True)
def laptop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every window here is on a laptop screen unless the test says otherwise."""
    monkeypatch.setattr(MainWindow, "room", lambda _self: QRect(LAPTOP))


def test_a_layout_saved_on_a_bigger_screen_is_discarded(qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "room", lambda _self: QRect(BIG))
    big, _ = open_replay(qtbot, tmp_path)
    big.resize(3000, 1900)
    big.move(QPoint(400, 200))
    QApplication.processEvents()
    big.close()  # saves the layout
    monkeypatch.setattr(MainWindow, "room", lambda _self: QRect(LAPTOP))
    window, bar = open_replay(qtbot, tmp_path)
    assert_sane(window, bar)


def test_a_maximised_replay_reopens_with_its_timeline(qtbot: QtBot, tmp_path: Path) -> None:
    first, _ = open_replay(qtbot, tmp_path)
    first.showMaximized()
    QApplication.processEvents()
    first.close()
    window, bar = open_replay(qtbot, tmp_path)
    assert_sane(window, bar)


def test_a_saved_state_with_the_timeline_astray_is_discarded(qtbot: QtBot, tmp_path: Path) -> None:
    first, _ = open_replay(qtbot, tmp_path)
    stray = timeline_dock(first)
    stray.setFloating(True)  # over the menu bar and the tiles, as the operator found it
    stray.move(first.mapToGlobal(QPoint(0, 0)))
    first.close()
    window, bar = open_replay(qtbot, tmp_path)
    assert_sane(window, bar)


@pytest.mark.parametrize("junk", [b"\x00\xffnot a dock state", b""])
def test_a_corrupt_saved_state_gives_the_default(qtbot: QtBot, tmp_path: Path, junk: bytes) -> None:
    settings = QSettings(str(tmp_path / "replay.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/state", QByteArray(junk))
    settings.setValue("window/geometry", QByteArray(b"\x01\x02junk"))
    settings.sync()
    window, bar = open_replay(qtbot, tmp_path)
    assert_sane(window, bar)
    assert all(d.isVisible() and not d.isFloating() for d in window.docks().values())


def test_reset_layout_always_recovers_the_timeline(qtbot: QtBot, tmp_path: Path) -> None:
    window, bar = open_replay(qtbot, tmp_path)
    dock = timeline_dock(window)
    dock.setFloating(True)
    dock.move(window.mapToGlobal(QPoint(0, 0)))
    window.docks()["products"].close()
    window.resize(2600, 1500)  # grown past the screen, as a bad restore left it
    window.reset_layout()
    QApplication.processEvents()
    assert_sane(window, bar)
    assert window.docks()["products"].isVisible()


def test_the_replay_window_fits_a_laptop_with_its_timeline_and_report(qtbot: QtBot, tmp_path: Path) -> None:
    window, bar = open_replay(qtbot, tmp_path)
    report = window.add_report_tab(ReportView())
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= FIT_SIZE[0] and hint.height() <= FIT_SIZE[1], hint  # it was 1169 x 791
    report.raise_()
    window.reset_layout()
    assert window.tabifiedDockWidgets(window.docks()["audience"]) == [report]  # still a tab beside the chart
    assert_sane(window, bar)
