"""The report offered where people are: one click when the live ends, and a tab in the replay window."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from console.live.health import FeedHealth, FeedState
from console.plan.model import DEMO_PLAN, load_plan
from console.services.report_runner import ReportRunner, report_dir
from console.widgets.main_window import MainWindow
from console.widgets.report_view import ReportView
from tests.test_replay import recorded_from_model

PLAN = load_plan(DEMO_PLAN)


def window_with(qtbot: QtBot, tmp_path: Path, state: FeedState) -> MainWindow:
    health = FeedHealth(state, since=time.time())
    window = MainWindow(PLAN, lambda: (None, health), settings=QSettings(str(tmp_path / "ui.ini"),
                                                                         QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    return window


def test_the_report_is_offered_in_one_click_when_the_live_ends(qtbot: QtBot, tmp_path: Path) -> None:
    live = window_with(qtbot, tmp_path, FeedState.LIVE)
    assert not live.status.report_button.isVisible()
    ended = window_with(qtbot, tmp_path, FeedState.ENDED)
    assert ended.status.report_button.isVisible()
    with qtbot.waitSignal(ended.report_requested, timeout=2_000):
        ended.status.report_button.click()


def test_the_runner_writes_the_report_in_another_process_and_shows_it(qtbot: QtBot, tmp_path: Path) -> None:
    session = tmp_path / "live.db"
    recorded_from_model(session, 6)
    view = ReportView()
    qtbot.addWidget(view)
    runner = ReportRunner(session, view)  # owned by the widget, as in the app: Qt deletes them together
    runner.started.connect(view.writing)
    runner.finished.connect(view.show_report)
    with qtbot.waitSignal(runner.finished, timeout=60_000) as blocker:
        runner.run()
        runner.run()  # a second click while it is being written is the same request
    path, error = blocker.args
    assert error == ""
    assert Path(path) == report_dir(session) / "report.html"
    assert "post-live report" in Path(path).read_text()
    assert view.shown_path() == path
    assert view.browser_button.isEnabled()
    assert "Three lessons" in view.page.toPlainText()


def test_a_broken_session_says_why_in_the_tab(qtbot: QtBot, tmp_path: Path) -> None:
    session = tmp_path / "broken.db"
    session.write_bytes(b"not sqlite" * 100)
    view = ReportView()
    qtbot.addWidget(view)
    runner = ReportRunner(session, view)
    runner.finished.connect(view.show_report)
    with qtbot.waitSignal(runner.finished, timeout=60_000) as blocker:
        runner.run()
    assert blocker.args[0] == ""
    assert str(session) in blocker.args[1]
    assert "could not be written" in view.status.text()
