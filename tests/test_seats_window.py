"""A producer's seat in the real window at 1366x768, following a live on the real simulator: the same pad, every
action disabled under its read-only line, no hotkey or GO firing, marks kept; and the command line's seat flags."""

from __future__ import annotations

import os
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.actions.book import ButtonState
from console.actions.seats import READ_ONLY, never
from console.app import attach_action_docks
from console.cli import main
from console.plan.model import DEMO_PLAN, load_plan
from console.services.feed_client import Backoff
from console.services.live_session import LiveSession, Tuning, open_live_session
from console.widgets.action_pad import ActionPadDock
from console.widgets.main_window import MainWindow
from tests.support import SimProcess, start_simulator
from tests.test_console import run_demo
from tests.test_window_fit import resize_to

PLAN = load_plan(DEMO_PLAN)
LAPTOP = (1366, 768)


@pytest.fixture
def producer_window(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, LiveSession, SimProcess]]:
    sim = start_simulator("--speed", "60")
    path = tmp_path / "pat.db"
    session = open_live_session(sim.feed, sim.token, PLAN, session_path=path, api_url=sim.api, operator="pat",
                                tuning=Tuning(backoff=Backoff(0.1, 0.5)), read_only=True, cue_gate=never)
    session.start()
    window = MainWindow(PLAN, session.latest, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                        session_label=f"{path} · producer seat: pat")  # as the app names it
    qtbot.addWidget(window)
    attach_action_docks(window, session.desk, session.advice)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: (s := window.snapshot()) is not None and s.orders >= 5, timeout=30_000)
    yield window, session, sim
    window.close()
    session.close()
    sim.stop(signal.SIGKILL)


def test_the_producer_sees_the_pad_read_only_and_only_marks(
        qtbot: QtBot, producer_window: tuple[MainWindow, LiveSession, SimProcess], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, session, _sim = producer_window
    monkeypatch.setattr(MainWindow, "room", lambda _self: QRect(QPoint(0, 0), QSize(*LAPTOP)))
    resize_to(qtbot, window, LAPTOP)
    window.reset_layout()
    QApplication.processEvents()
    pad = window.docks()["pad"]
    assert isinstance(pad, ActionPadDock)
    qtbot.waitUntil(lambda: pad.go_state() == ButtonState.DISABLED and pad.seat_line.isVisible(), timeout=10_000)
    window.settle()
    shots = Path(os.environ.get("LAYOUT_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(shots / "seats_producer_1366x768.png"))

    assert pad.seat_line.text() == "PRODUCER SEAT · read-only" and "Ctrl+M" in pad.seat_line.toolTip()
    assert pad.banner.isHidden()  # not the red "actions unavailable" of an outage
    assert not pad.go_button.isEnabled() and not pad.skip_button.isEnabled()
    # a hotkey or a click goes through the pad's one path and is refused, saying why
    assert pad.press_target("flash_offer", "flash-chef20", "hotkey") is None
    assert READ_ONLY in pad.toast.toolTip() or READ_ONLY in pad.toast.text()
    for button_id in pad.button_ids():
        assert pad.state_of(button_id) in (ButtonState.DISABLED, ButtonState.RUNNING), button_id
    pad.mark_button.click()  # Ctrl+M's button: a mark is the producer's to make
    desk = session.desk
    assert desk is not None and desk.book.all() == []
    assert window.status.session.text().endswith("producer seat: pat")
    session.close()
    with sqlite3.connect(tmp_path / "pat.db") as conn:
        assert conn.execute("SELECT text, author FROM notes").fetchall() == [("marked", "pat")]
        assert conn.execute("SELECT count(*) FROM actions").fetchone() == (0,)  # not even the plan's auto cues


def test_a_producer_demo_fires_none_of_the_plans_auto_cues(tmp_path: Path) -> None:
    """The command line's whole path: `demo --role producer` over the plan's auto cues (03:00, 06:00 and 09:00:
    three to nine wall seconds at 60x) sends nothing, and records the live as any seat does."""
    db = tmp_path / "pat.db"
    done = run_demo(tmp_path, "--duration", "12", "--speed", "60", "--role", "producer", "--operator", "pat",
                    "--session", str(db), "--no-library")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM actions").fetchone() == (0,)
        assert conn.execute("SELECT operator FROM session").fetchone() == ("pat",)
        assert conn.execute("SELECT max(ts) - min(ts) FROM events").fetchone()[0] > 9 * 60  # the cues' time passed


@pytest.mark.parametrize(("argv", "message"), [
    (["--operator", "x" * 65], "--operator 'xxx"),
    (["--operator", "ana\tbea"], "printable characters only"),
    (["--role", "host"], "the host view needs the live's plan (its segments and talking points): pass --plan"),
])
def test_the_seat_flags_say_what_is_wrong(capsys: pytest.CaptureFixture[str], argv: list[str], message: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIVE_CONSOLE_TOKEN", "test-token-not-secret")
    code = main(["live", "--feed", "ws://127.0.0.1:9/v1/events", "--api", "http://127.0.0.1:9/v1", "--offscreen",
                 *argv])
    assert code == 2
    assert message in capsys.readouterr().err


def test_the_role_is_one_of_three(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["demo", "--role", "director"])
    err: Any = capsys.readouterr().err
    assert "invalid choice: 'director' (choose from 'operator', 'producer', 'host')" in err
