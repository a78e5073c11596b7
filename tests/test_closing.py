"""Closing the console: on air it asks first (No as default); SIGTERM closes the session file as Ctrl-C does."""

from __future__ import annotations

import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from console.kpi.engine import KpiEngine
from console.kpi.snapshot import KpiSnapshot
from console.live.health import FeedHealth, FeedState
from console.plan.model import DEMO_PLAN, load_plan
from console.present.closing import asks_before_closing
from console.widgets.main_window import MainWindow
from tests.support import kill_group_if_running, wait_while_running

PLAN = load_plan(DEMO_PLAN)


def on_air_snapshot() -> KpiSnapshot:
    return KpiEngine(PLAN).snapshot(1_700_000_000.0)


@pytest.mark.parametrize(
    ("snap", "state", "asks"),
    [
        ("on air", FeedState.LIVE, True),
        ("on air", FeedState.RECONNECTING, True),  # the feed dropped; the live goes on without us
        ("on air", FeedState.STALE, True),
        ("ended", FeedState.LIVE, False),  # live_ended arrived: nothing on air to lose
        ("on air", FeedState.ENDED, False),
        ("on air", FeedState.REPLAY, False),
        (None, FeedState.CONNECTING, False),  # not a single event yet
    ],
)
def test_the_console_asks_only_while_the_live_is_on_air(snap: str | None, state: FeedState, asks: bool) -> None:
    shown = None if snap is None else on_air_snapshot()
    if snap == "ended":
        shown = dataclasses.replace(on_air_snapshot(), ended_at=1_700_003_600.0)
    assert asks_before_closing(shown, FeedHealth(state=state)) is asks


class Feed:
    def __init__(self, snap: KpiSnapshot | None, state: FeedState) -> None:
        self.snap, self.health = snap, FeedHealth(state=state)

    def __call__(self) -> tuple[KpiSnapshot | None, FeedHealth]:
        return self.snap, self.health


def window_on(qtbot: QtBot, tmp_path: Path, feed: Feed) -> MainWindow:
    window = MainWindow(PLAN, feed, settings=QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.confirm_close = True  # as app.py sets it for an operator's window
    window.show()
    qtbot.waitExposed(window)
    return window


def quit_action(window: MainWindow) -> object:
    return next(a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+Q"))


def test_ctrl_q_on_air_asks_and_no_keeps_the_console_open(qtbot: QtBot, tmp_path: Path) -> None:
    feed = Feed(on_air_snapshot(), FeedState.LIVE)
    window = window_on(qtbot, tmp_path, feed)
    asked: list[bool] = []
    window.ask_close = lambda: asked.append(True) or False  # type: ignore[method-assign]
    assert quit_action(window).shortcut().toString() == "Ctrl+Q"
    quit_action(window).trigger()
    assert asked == [True]
    assert window.isVisible()
    window.close()  # the window manager's close button: the same question
    assert asked == [True, True]
    assert window.isVisible()
    window.ask_close = lambda: True  # type: ignore[method-assign]
    window.close()
    assert not window.isVisible()


def test_the_question_has_no_as_its_default(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path, Feed(on_air_snapshot(), FeedState.LIVE))
    seen: list[str] = []

    def answer_with_enter() -> None:  # polls for the modal box (a reflex Enter must keep the console open)
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            seen.append("No" if box.defaultButton() is box.button(QMessageBox.StandardButton.No) else "other")
            poll.stop()
            QTest.keyClick(box, Qt.Key.Key_Return)  # the reflex: Enter answers with the default

    poll = QTimer()
    poll.timeout.connect(answer_with_enter)
    poll.start(10)
    try:
        window.close()
        assert seen == ["End the console while the live is on air?", "No"]
        assert window.isVisible()
    finally:
        window.confirm_close = False  # the test's own teardown must not meet the question with nobody to answer


@pytest.mark.parametrize(("ended", "state"), [(True, FeedState.ENDED), (False, FeedState.REPLAY)])
def test_after_the_end_or_in_replay_it_closes_at_once(qtbot: QtBot, tmp_path: Path, ended: bool,
                                                       state: FeedState) -> None:
    snap = on_air_snapshot()
    if ended:
        snap = dataclasses.replace(snap, ended_at=1_700_003_600.0)
    window = window_on(qtbot, tmp_path, Feed(snap, state))
    window.ask_close = lambda: pytest.fail("asked after the end / in replay")  # type: ignore[method-assign]
    window.close()
    assert not window.isVisible()


def test_close_now_never_asks(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path, Feed(on_air_snapshot(), FeedState.LIVE))
    window.ask_close = lambda: pytest.fail("Ctrl-C, SIGTERM and --duration close without asking")  # type: ignore
    window.close_now()
    assert not window.isVisible()


def events_recorded(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:  # closed at once: a reader left open would keep the console from folding its write-ahead log at exit
        return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    except sqlite3.OperationalError:  # schema not committed yet
        return 0
    finally:
        conn.close()


def test_sigterm_closes_the_session_file_as_ctrl_c_does(tmp_path: Path) -> None:
    db = tmp_path / "term.db"
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    log = tmp_path / "stderr.txt"
    with log.open("w") as stderr:  # a file, not a pipe nobody reads while waiting
        proc = subprocess.Popen([sys.executable, "-m", "console", "demo", "--offscreen", "--speed", "60",
                                 "--session", str(db)], env=env, stdout=subprocess.DEVNULL, stderr=stderr,
                                text=True, start_new_session=True)
    try:
        assert wait_while_running(proc, lambda: events_recorded(db) >= 200, 60), log.read_text()
        proc.send_signal(signal.SIGTERM)  # to the console alone, as `kill PID` does
        proc.wait(timeout=60)
    finally:
        kill_group_if_running(proc)
    err = log.read_text()
    assert proc.returncode == 0, err  # as for Ctrl-C
    assert "Traceback" not in err
    assert not Path(f"{db}-wal").exists()  # the write-ahead log folded in: the last connection closed cleanly
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT ended_at FROM session").fetchone()[0] is not None  # docs/session-file.md
        last_seq = conn.execute("SELECT max(seq) FROM events").fetchone()[0]
        assert conn.execute("SELECT max(seq) FROM checkpoints").fetchone()[0] == last_seq  # the final checkpoint
    finally:
        conn.close()
