"""The advisor at work in the live console: advice recorded in the session file as it is raised and answered, the
Advice dock's remedy fired through the action pad against the real simulator, and replay showing the advice as the
operator saw it at the replay clock.

The advice comes from the real advisor on a scenario live played in-process (console/studio/staged.py: the studio
model at full speed, no sockets), read through the KPI engine's snapshots as the pipeline hands them over; the
scenario's onset is moved to minute 6 so that a test takes seconds, not a 25-minute live.
"""

from __future__ import annotations

import signal
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from console.actions.book import IntentStatus
from console.advisor import AdviceRecord
from console.kpi.engine import KpiEngine
from console.kpi.state import STATE_VERSION, engine_to_bytes
from console.live.health import FeedHealth, FeedState
from console.live.ingest import IngestResult
from console.plan.model import DEMO_PLAN, load_plan, parse_plan
from console.protocol.wire import CartAdded, ProductClick
from console.services.advice_desk import AdviceDesk
from console.services.earlier_lives import baseline_seed, earlier_lives
from console.services.live_session import Tuning, open_live_session
from console.services.replay.advice import RecordedAdvice
from console.services.replay.recording import load_recording
from console.session.recorder import SessionRecorder
from console.studio.staged import StagedLive
from console.widgets import theme
from console.widgets.action_pad import ActionPadDock
from console.widgets.advice_dock import AdviceDock
from tests.support import start_simulator

ONSET_S = 360.0
LIVE = FeedHealth(FeedState.LIVE)
PLAN = load_plan(DEMO_PLAN)
# The demo plan without its run of show: the one action of a test is the remedy it presses.
PLAN_NO_CUES = parse_plan(DEMO_PLAN.read_text().split("# Run of show")[0])


def stock_out_live(desk: AdviceDesk, until_s: float = 480.0) -> StagedLive:
    """A lightning sale from minute 6 (the stock_out_risk scenario), fed to `desk` once every live half-second."""
    live = StagedLive(PLAN, "stock_out_risk", 1, audience=1.0, onset_s=ONSET_S, until_s=until_s)
    engine = KpiEngine(PLAN)
    for evs in live:
        engine.apply_many(evs)
        desk.on_publish(engine.snapshot(live.model.live_ts()), LIVE)
    return live


def rows(path: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("SELECT * FROM advice ORDER BY raised_ts")]


def no_effect(_action_id: str) -> None:
    return None


def test_advice_is_a_row_as_it_is_raised_and_its_answer_replaces_the_row(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    recorder = SessionRecorder(path)
    ids = {"key-1": "act-9"}  # the intent the operator's press made, and the id the server gave it
    desk = AdviceDesk(PLAN, recorder, no_effect, ids.get)
    live = stock_out_live(desk)
    board = desk.board()
    assert [(r.advice.kind, r.advice.subject, r.status) for r in board] == [
        ("stock_out_risk", live.staging.subject, "raised")]
    raised = board[0].advice
    assert live.started_at + ONSET_S < raised.raised_ts <= live.started_at + ONSET_S + 60  # within a minute
    assert raised.remedy.action is not None and raised.remedy.target  # the plan has a swap of the featured product
    desk.take(raised.id, "key-1", raised.raised_ts + 12.5)
    desk.on_publish(None, LIVE)  # the next publish takes the answer (and learns the action's id)
    recorder.close()
    (row,) = rows(path)
    assert (row["id"], row["kind"], row["subject"], row["raised_ts"]) == (
        raised.id, "stock_out_risk", live.staging.subject, raised.raised_ts)
    assert (row["status"], row["status_ts"], row["action_key"], row["action_id"]) == (
        "taken", raised.raised_ts + 12.5, "key-1", "act-9")
    assert AdviceRecord.from_row(row).advice == raised  # evidence and remedy as JSON, read back whole


def test_a_dismissed_advice_is_recorded_and_a_restart_expires_what_was_left_standing(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    recorder = SessionRecorder(path)
    desk = AdviceDesk(PLAN, recorder, no_effect, no_effect)
    stock_out_live(desk)
    advice = desk.board()[0].advice
    desk.dismiss(advice.id, advice.raised_ts + 3.0)
    desk.on_publish(None, LIVE)
    assert [(r.status, r.status_ts) for r in desk.board()] == [("dismissed", advice.raised_ts + 3.0)]
    recorder.close()
    assert [(r["status"], r["status_ts"]) for r in rows(path)] == [("dismissed", advice.raised_ts + 3.0)]

    standing = tmp_path / "standing.db"
    recorder = SessionRecorder(standing)
    stock_out_live(AdviceDesk(PLAN, recorder, no_effect, no_effect))  # killed with its advice still raised
    recorder.close()
    assert [r["status"] for r in rows(standing)] == ["raised"]
    recorder = SessionRecorder(standing)
    again = AdviceDesk(PLAN, recorder, no_effect, no_effect)  # the console started again on the same file
    recorder.close()
    assert [(r["status"], r["reason"]) for r in rows(standing)] == [("expired", "console restarted")]
    assert again.board() == ()


# ------------------------------------------------------------------------------------------ the dock, live
@pytest.fixture
def live_session(tmp_path: Path) -> Iterator[Any]:
    sim = start_simulator("--speed", "60")
    session = open_live_session(sim.feed, sim.token, PLAN_NO_CUES, session_path=tmp_path / "live.db",
                                api_url=sim.api, operator="tester", tuning=Tuning(action_timeout_s=5.0))
    session.start()
    yield session, sim
    session.close()
    sim.stop(signal.SIGKILL)


def test_the_remedy_fires_through_the_pad_and_the_advice_shows_it_taken_with_the_action(
        qtbot: QtBot, live_session: Any) -> None:
    session, sim = live_session
    desk = session.desk
    qtbot.waitUntil(lambda: not desk.disabled_reason(session.latest()[1]), timeout=10_000)
    advice_desk = AdviceDesk(PLAN_NO_CUES, None, session.effect, session._action_id_of)
    stock_out_live(advice_desk)  # the advice of a staged live; the remedy goes to the real simulator
    remedy = advice_desk.board()[0].advice.remedy
    assert (remedy.action, remedy.target) == ("segment", "welcome")  # swap to the segment with most stock left
    # The real live is still in its welcome segment, which the pad would refuse to send again ("already on air",
    # as it would on air): move it on first, as the staged live had.
    moved = desk.fire_target("segment", "knife-demo", "button")
    assert moved is not None
    qtbot.waitUntil(lambda: (s := session.latest()[0]) is not None and s.current_segment == "knife-demo",
                    timeout=10_000)
    window = QMainWindow()
    qtbot.addWidget(window)
    theme.apply_to(window)
    pad = ActionPadDock(desk, window)
    pad.ask = lambda _parent, _question: True  # "Yes" to a confirm step, as the operator would
    dock = AdviceDock(advice_desk, pad.press_target, window)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, pad)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(1000, 700)
    window.show()
    snap, health = session.latest()
    pad.refresh(snap, health, time.time())
    dock.refresh(snap, health, time.time())
    (card,) = dock.cards()
    assert card.remedy is not None and card.remedy.isEnabled() and "Alt+1" in card.remedy.full_text

    intent = dock.take(0)  # Alt+1
    assert intent is not None and intent.source == "advice"
    assert dock.take(0) is None  # a second Alt+1 finds no standing advice left: nothing else is fired
    qtbot.waitUntil(lambda: desk.book.get(intent.key).status == IntentStatus.ACKED, timeout=10_000)
    advice_desk.on_publish(None, LIVE)  # the pipeline's next publish: the answer, and the action's id
    (taken,) = advice_desk.board()
    assert (taken.status, taken.action_key, taken.action_id) == ("taken", intent.key, desk.book.get(intent.key)
                                                                 .action_id)
    listed = httpx.get(f"{sim.api}/actions", headers=sim.headers(), timeout=5).json()["actions"]
    assert [a["params"] for a in listed] == [{"segment_id": "knife-demo"}, {"segment_id": "welcome"}]
    dock.refresh(*session.latest(), time.time())
    (card,) = dock.cards()
    assert card.remedy is None and not card.fate.isHidden() and card.fate.text().startswith("taken at")
    assert [m.kind for m in dock.markers()] == ["advice"]


# ------------------------------------------------------------------------------------------ replay
def test_replay_shows_each_advice_as_the_operator_saw_it_at_the_replay_clock(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    recorder = SessionRecorder(path)
    desk = AdviceDesk(PLAN, recorder, no_effect, no_effect)
    stock_out_live(desk)
    advice = desk.board()[0].advice
    desk.dismiss(advice.id, advice.raised_ts + 30.0)
    desk.on_publish(None, LIVE)
    recorder.close()

    class Clock:  # the replay's position and effects, as ReplayPipeline gives them
        recording = load_recording(path)
        position = 0.0

        def effect(self, _action_id: str) -> None:
            return None

    replay = Clock()
    shown = RecordedAdvice(replay, PLAN)
    assert replay.recording.unreadable_advice == 0
    replay.position = advice.raised_ts - 1.0
    assert shown.board() == ()
    replay.position = advice.raised_ts + 10.0
    assert [(r.advice.id, r.status) for r in shown.board()] == [(advice.id, "raised")]
    first = shown.board()
    assert shown.board() is first  # unchanged: the same board, so the dock does not redraw
    replay.position = advice.raised_ts + 31.0
    assert [(r.advice.id, r.status) for r in shown.board()] == [(advice.id, "dismissed")]


# ------------------------------------------------------------------------------------------ earlier lives
def test_earlier_lives_of_the_same_plan_give_the_advisor_a_head_start(tmp_path: Path) -> None:
    """A finished file of the same live id beside the new one: its final checkpoint's totals seed the baselines."""
    live = StagedLive(PLAN, "control", 4, audience=1.0, until_s=300.0)
    engine = KpiEngine(PLAN)
    clicks: dict[str, int] = {}
    carts: dict[str, int] = {}
    earlier = tmp_path / f"2026-12-01_{PLAN.live.id}.db"
    recorder = SessionRecorder(earlier)
    for evs in live:
        engine.apply_many(evs)
        recorder.record("", IngestResult(events=evs))
        for ev in evs:  # the fixture's own count, from the events, not from the code under test
            if isinstance(ev, ProductClick):
                clicks[ev.product_id] = clicks.get(ev.product_id, 0) + 1
            elif isinstance(ev, CartAdded):
                carts[ev.product_id] = carts.get(ev.product_id, 0) + 1
    recorder.write_session({"live_id": PLAN.live.id, "console_version": "test", "started_at": 1.0, "ended_at": 2.0})
    recorder.write_checkpoint(live.model.seq, live.model.live_ts(), STATE_VERSION, lambda: engine_to_bytes(engine))
    recorder.close()
    unfinished = tmp_path / f"2026-12-03_{PLAN.live.id}.db"  # killed: no end recorded, not a finished live
    recorder = SessionRecorder(unfinished)
    recorder.write_session({"live_id": PLAN.live.id, "console_version": "test", "started_at": 1.0})
    recorder.close()
    other_show = tmp_path / "2026-12-02_another-show.db"
    other_show.write_bytes(earlier.read_bytes())
    current = tmp_path / f"2026-12-07_{PLAN.live.id}.db"

    assert earlier_lives(PLAN, current) == [earlier]
    seed = baseline_seed(PLAN, [earlier])
    assert seed is not None and seed.lives == 1
    knife = seed.products["KNF-CHEF20"]
    assert (knife.clicks, knife.carts) == (clicks["KNF-CHEF20"], carts["KNF-CHEF20"])

    desk = AdviceDesk(PLAN, None, no_effect, no_effect)
    thread = desk.learn_from([earlier])
    assert thread is not None
    thread.join(30)
    desk.on_publish(None, LIVE)  # the seed reaches the advisor on the pipeline thread
    assert desk.seeded
    i = desk.advisor.skus.index("KNF-CHEF20")
    expected = min(200.0, clicks["KNF-CHEF20"])  # a seed weighs at most SEED_TRIALS (200) clicks per product
    assert desk.advisor.funnel.cart_base.den[i] == pytest.approx(expected)


def test_after_a_catch_up_the_evidence_holds_the_step_that_raised_the_advice() -> None:
    """Snapshots 25 live seconds apart (a console catching up after a reconnect): the one step that fires the
    detector is its whole evidence, and the advice must say what it saw, not "fell to 0.0 %" of nothing."""
    live = StagedLive(PLAN, "conversion_sag", 2, onset_s=420.0, until_s=520.0, audience=4.0)
    engine, desk = KpiEngine(PLAN), AdviceDesk(PLAN, None, no_effect, no_effect)
    for i, evs in enumerate(live):
        engine.apply_many(evs)
        if i % 50 == 0:
            desk.on_publish(engine.snapshot(live.model.live_ts()), LIVE)
    (sag,) = [r.advice for r in desk.board()]
    numbers = sag.evidence.numbers
    assert sag.kind == "conversion_sag" and numbers["trials"] > 0  # type: ignore[operator]
    # the scenario halves clicks per view (docs/advisor.md): what was seen lies between half and the baseline
    assert 0.4 * numbers["baseline"] < numbers["now"] < 0.8 * numbers["baseline"]  # type: ignore[operator]
