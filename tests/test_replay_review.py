"""Reviewing a recorded live: the action log up to the replay clock (failed presses included), PgUp/PgDn say where
they landed, the chart follows a seek, a saved note is confirmed, the status bar shows the replay's event rate."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from console.actions.book import IntentStatus
from console.app import replay_window
from console.plan.model import DEMO_PLAN, load_plan
from console.services.replay.actions import ReplayBook, action_marks, jump_text
from console.services.replay.pipeline import ReplayPipeline
from console.services.replay.recording import load_recording
from tests.test_replay import model_frames, recording_ingest

PLAN = load_plan(DEMO_PLAN)
START = 1_700_000_000.0  # the studio model's first live second (tests/test_replay.py)

ROWS = [  # the actions table as the live console wrote it
    {"id": "k-a", "kind": "flash_offer", "label": "Chef's knife -20%", "source": "cue", "status": "acked",
     "action_id": "act-a", "live_ts": START + 299.8, "clicked_at": 10.0, "attempts": 1, "latency_ms": 42.0},
    {"id": "k-f", "kind": "flash_offer", "label": "Dutch oven -25%", "source": "hotkey", "status": "failed",
     "action_id": None, "live_ts": START + 420.0, "clicked_at": 11.0, "attempts": 1,
     "error": "the server refused: POT-DUTCH5 is sold out (409)"},
    {"id": "k-b", "kind": "segment", "label": "Cast iron", "source": "button", "status": "acked",
     "action_id": "act-b", "live_ts": START + 599.9, "clicked_at": 12.0, "attempts": 1},
]
EVENTS = [(START + 300.0, "flash_offer", "Offer KNF-CHEF20 -20%", "act-a"),
          (START + 600.0, "segment", "Segment cast-iron", "act-b")]


# ------------------------------------------------------------------------------------------ pure


def test_every_action_gets_a_named_tick_failed_ones_with_why() -> None:
    assert action_marks(EVENTS, ROWS) == [
        (START + 300.0, "flash_offer", "Flash offer 'Chef's knife -20%'"),
        (START + 420.0, "failed", "Flash offer 'Dutch oven -25%' (failed: the server refused: POT-DUTCH5 is "
                                  "sold out (409))"),
        (START + 600.0, "segment", "Segment 'Cast iron'")]
    assert jump_text((START + 897.0, "flash_offer", "Flash offer 'Chef's knife -20%' (failed: sold out)"), START) == (
        "→ 14:57 Flash offer 'Chef's knife -20%' (failed: sold out)")
    assert jump_text((START + 61.0, "note", "host lost the thread"), START) == "→ 01:01 Note: host lost the thread"


def test_the_book_holds_what_was_pressed_up_to_the_replay_clock() -> None:
    book = ReplayBook(ROWS, {"act-a": START + 300.0, "act-b": START + 600.0})
    assert book.all() == []
    book.move_to(START + 299.9)  # pressed, not yet on the stream
    (offer,) = book.all()
    assert (offer.label, offer.status, offer.seen_at) == ("Chef's knife -20%", IntentStatus.ACKED, None)
    book.move_to(START + 500.0)
    offer, failed = book.all()
    assert offer.seen_at == START + 300.0
    assert (failed.status, failed.error) == (IntentStatus.FAILED, "the server refused: POT-DUTCH5 is sold out (409)")
    book.move_to(START + 700.0)
    assert [i.key for i in book.all()] == ["k-a", "k-f", "k-b"]


# ------------------------------------------------------------------------------------------ the window


def recorded_with_actions(path: Path, minutes: float) -> None:
    """The studio model's live (offer act-a at 05:00, segment act-b at 10:00) with the console's action rows."""
    recorder, ingest = recording_ingest(path)
    for frame in model_frames(minutes):
        ingest.frame(json.dumps(frame), 0.0)
    for row in ROWS:
        recorder.write_intent({"params": "{}", "operator": "ops", **row}).result(5)
    recorder.close()


def open_window(qtbot: QtBot, tmp_path: Path, path: Path) -> tuple[ReplayPipeline, object]:
    replay = ReplayPipeline(path, speed=60.0)
    replay.start()
    window = replay_window(replay, PLAN, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), "replay")
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitUntil(lambda: replay.ready.is_set() and replay.latest()[0] is not None, timeout=15_000)
    return replay, window


def test_replay_shows_the_action_log_and_names_where_a_jump_lands(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    recorded_with_actions(path, 12)
    assert [label for _, _, label in load_recording(path).marks][1].endswith("(failed: the server refused: "
                                                                             "POT-DUTCH5 is sold out (409))")
    replay, window = open_window(qtbot, tmp_path, path)
    try:
        timeline = window._timeline
        log = window.docks()["log"]
        log.raise_()
        timeline.jump(+1)  # from 00:00: the offer at 05:00
        qtbot.waitUntil(lambda: replay.position == START + 300.0, timeout=10_000)
        assert timeline.message_text() == "→ 05:00 Flash offer 'Chef's knife -20%'"
        timeline.jump(+1)
        qtbot.waitUntil(lambda: replay.position == START + 420.0, timeout=10_000)
        assert timeline.message_text() == ("→ 07:00 Flash offer 'Dutch oven -25%' (failed: the server refused: "
                                           "POT-DUTCH5 is sold out (409))")
        assert timeline.message.property("tone") == "bad"  # a failed press reads as one
        # the log shows what had been pressed by 07:00, newest first, the failed press in red with its reason
        qtbot.waitUntil(lambda: log.row_count() == 2, timeout=10_000)
        assert [log.cell_text(r, "what") for r in range(2)] == ["Dutch oven -25%", "Chef's knife -20%"]
        assert [log.cell_text(r, "status") for r in range(2)] == ["failed", "confirmed"]
        assert log.model.rows[0].tip == "the server refused: POT-DUTCH5 is sold out (409)"
        qtbot.waitUntil(lambda: log.cell_text(1, "effect").startswith("orders/min"), timeout=10_000)
        replay.seek(START)  # back before every press: the log empties
        qtbot.waitUntil(lambda: log.row_count() == 0, timeout=10_000)
    finally:
        replay.stop()


def test_the_chart_follows_quick_seeks(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    recorded_with_actions(path, 16)
    replay, window = open_window(qtbot, tmp_path, path)
    try:
        chart = window.audience
        # every seek below lands within the same instant of the chart's clock: a chart that rescales at most once a
        # second (as it may in a live, where snapshots keep coming) would keep the first range for good
        chart._clock = lambda: 5_000.0
        replay.seek(START + 400)
        # 06:40: the start, minutes 0-5 complete at x = 1..6, then the now point at x = 6.67
        qtbot.waitUntil(lambda: chart.curve("viewers")[0].size == 1 + 6 + 1
                        and abs(chart.curve("viewers")[0][-1] - 400 / 60) < 0.05, timeout=10_000)
        assert chart.plot.vb.viewRange()[0][1] == 10.0  # the 10-minute floor
        replay.seek(START + 897)
        qtbot.waitUntil(lambda: replay.latest()[0].now_ts == START + 897, timeout=10_000)
        # 14:57 x 1.05 = 15.7 minutes, in steps of 2: the axis must reach minute 16
        qtbot.waitUntil(lambda: chart.plot.vb.viewRange()[0][1] == 16.0, timeout=5_000)
    finally:
        replay.stop()


def test_a_saved_note_is_confirmed_and_the_status_bar_shows_the_replay_rate(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    recorded_with_actions(path, 12)
    replay, window = open_window(qtbot, tmp_path, path)
    try:
        timeline = window._timeline
        replay.seek(START + 120)
        qtbot.waitUntil(lambda: replay.position == START + 120 and replay.latest()[0].now_ts == START + 120,
                        timeout=10_000)
        replay.add_note("host lost the thread")
        qtbot.waitUntil(lambda: timeline.message_text().startswith("Note saved at 02:00"), timeout=10_000)
        assert replay.latest()[1].events_per_s == 0  # paused: nothing is being replayed
        replay.play()
        # 60x: about 60 live seconds of the model's events per wall second, never "0 events/s" while playing
        qtbot.waitUntil(lambda: replay.latest()[1].events_per_s > 100, timeout=10_000)
        qtbot.waitUntil(lambda: window.status.rate.text().split()[0] not in ("0", ""), timeout=5_000)
    finally:
        replay.stop()
