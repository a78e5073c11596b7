"""Steps by hand from the console's side: an action the bridge cannot take on the platform (TikTok LIVE has no API
to pin a product or start a flash deal) comes back as steps for the operator; the console shows them, and the
operator's Done puts the action on air (and on the charts), Not done never does. Against a real `live-console
bridge` over loopback, recorded in a real session file; a restarted console shows the steps still waiting."""

from __future__ import annotations

import json
import signal
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from console.actions.book import ButtonState, IntentStatus, action_for
from console.live.ingest import IngestResult
from console.plan.cues import CueState
from console.plan.model import load_plan, parse_plan
from console.protocol import wire as p
from console.services.live_session import Tuning, open_live_session
from console.session.file import open_read_only
from console.widgets import theme
from console.widgets.action_pad import ActionPadDock
from tests.support import start_bridge
from tests.test_bridge_live import one_room_capture  # noqa: F401 (a fixture)

PLAN_PATH = Path(__file__).parent.parent / "assets" / "plans" / "bridge-demo.toml"
# The bridge demo plan without its run of show: no auto cue races the presses below.
PLAN_TEXT = PLAN_PATH.read_text().split("# Run of show")[0]
CHEF_TIKTOK_ID = "1729609304255072963"  # the TikTok id bridge-demo.toml gives KNF-CHEF20
FAST = Tuning(checkpoint_min_interval_s=0.0)


def actions_in(db: Path) -> dict[str, dict[str, object]]:
    with closing(open_read_only(db)) as conn:
        conn.row_factory = sqlite3.Row
        return {r["id"]: dict(r) for r in conn.execute("SELECT * FROM actions")}


def test_steps_by_hand_wait_for_the_operator_and_only_done_goes_on_air(
        qtbot: QtBot, one_room_capture: Path, tmp_path: Path) -> None:  # noqa: F811 (the fixture)
    db, journal = tmp_path / "live.db", tmp_path / "bridge.ndjson"
    plan = parse_plan(PLAN_TEXT)
    bridge = start_bridge("--capture", str(one_room_capture), "--speed", "2", "--plan", str(PLAN_PATH),
                          "--journal", str(journal))
    try:
        session = open_live_session(bridge.feed, bridge.token, plan, session_path=db, plan_toml=PLAN_TEXT,
                                    api_url=bridge.api, operator="ana", tuning=FAST)
        desk = session.desk
        assert desk is not None
        session.start()
        try:
            qtbot.waitUntil(lambda: not desk.disabled_reason(session.latest()[1]), timeout=20_000)
            offer = desk.fire_target("flash_offer", "flash-chef20", "hotkey")
            segment = desk.fire_target("segment", "qa", "button")
            assert offer is not None and segment is not None
            qtbot.waitUntil(lambda: all(desk.book.get(i.key).status == IntentStatus.BY_HAND
                                        for i in (offer, segment)), timeout=20_000)
            waiting = desk.by_hand()
            assert [i.key for i in waiting] == [offer.key, segment.key]  # oldest first
            assert any(CHEF_TIKTOK_ID in step for step in waiting[0].steps)  # the exact id to pin, in words
            # the button says so, and a second press would only ask for the same steps again
            assert desk.book.button_view("preset:flash-chef20", offer.clicked_at).state == ButtonState.BY_HAND

            desk.settle_by_hand(offer.key, True)
            qtbot.waitUntil(lambda: desk.book.get(offer.key).status == IntentStatus.ACKED, timeout=20_000)
            qtbot.waitUntil(lambda: desk.book.get(offer.key).seen_at is not None, timeout=20_000)  # on air now
            desk.settle_by_hand(segment.key, False, "the host ran long")
            qtbot.waitUntil(lambda: desk.book.get(segment.key).status == IntentStatus.NOT_DONE, timeout=20_000)
            assert desk.book.get(segment.key).error == "not done by hand: the host ran long"
            kit = desk.fire_target("kit", "kit-baker", "button")
            assert kit is not None
            qtbot.waitUntil(lambda: desk.book.get(kit.key).status == IntentStatus.BY_HAND, timeout=20_000)
            assert [i.key for i in desk.by_hand()] == [kit.key]
            snap = session.latest()[0]
            assert snap is not None
            offer_id, segment_id = desk.book.get(offer.key).action_id, desk.book.get(segment.key).action_id
        finally:
            session.close()
        rows = actions_in(db)
        assert rows[offer.key]["status"] == "acked" and CHEF_TIKTOK_ID in str(rows[offer.key]["steps"])
        assert (rows[segment.key]["status"], rows[segment.key]["error"]) == (
            "not_done", "not done by hand: the host ran long")
        assert rows[kit.key]["status"] == "by_hand" and json.loads(str(rows[kit.key]["steps"]))
        with closing(open_read_only(db)) as conn:  # on the charts: the confirmed offer; never the declined segment
            marks = dict(conn.execute("SELECT action_id, type FROM events WHERE action_id IS NOT NULL").fetchall())
        assert marks == {offer_id: "offer_started"} and segment_id not in marks

        # The console restarts: the steps still waiting are shown again, as the server words them, and can be done.
        again = open_live_session(bridge.feed, bridge.token, plan, session_path=db, plan_toml=PLAN_TEXT,
                                  api_url=bridge.api, operator="ana", tuning=FAST)
        desk = again.desk
        assert desk is not None
        again.start()
        try:
            qtbot.waitUntil(lambda: [i.key for i in desk.by_hand()] == [kit.key], timeout=20_000)
            assert desk.by_hand()[0].steps == tuple(json.loads(str(rows[kit.key]["steps"])))
            desk.settle_by_hand(kit.key, True)
            qtbot.waitUntil(lambda: desk.book.get(kit.key).status == IntentStatus.ACKED, timeout=20_000)
        finally:
            again.close()
    finally:
        bridge.stop(signal.SIGKILL)

    # A restarted bridge still knows what became of each step (its actions journal).
    bridge = start_bridge("--capture", str(one_room_capture), "--speed", "2", "--plan", str(PLAN_PATH),
                          "--journal", str(journal))
    try:
        look = {a: httpx.get(f"{bridge.api}/actions/{a}", headers=bridge.headers(), timeout=10).json()
                for a in (offer_id, segment_id)}
    finally:
        bridge.stop(signal.SIGKILL)
    assert look[offer_id]["status"] == "done"
    assert (look[segment_id]["status"], look[segment_id]["reason"]) == ("not_done", "the host ran long")


def test_the_pad_shows_the_steps_and_done_or_not_done_answers_them(
        qtbot: QtBot, one_room_capture: Path, tmp_path: Path) -> None:  # noqa: F811 (the fixture)
    plan = parse_plan(PLAN_TEXT)
    bridge = start_bridge("--capture", str(one_room_capture), "--speed", "2", "--plan", str(PLAN_PATH))
    session = open_live_session(bridge.feed, bridge.token, plan, session_path=tmp_path / "live.db",
                                plan_toml=PLAN_TEXT, api_url=bridge.api, operator="ana", tuning=FAST)
    desk = session.desk
    assert desk is not None
    session.start()
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        theme.apply_to(window)
        pad = ActionPadDock(desk, window)
        asked: list[str] = []
        pad.ask = lambda _parent, question: asked.append(question) or True  # "Yes", as the operator would
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, pad)
        window.resize(1000, 700)
        window.show()

        def refresh() -> None:
            snap, health = session.latest()
            pad.refresh(snap, health, time.time())

        qtbot.waitUntil(lambda: not desk.disabled_reason(session.latest()[1]), timeout=20_000)
        refresh()
        assert pad.by_hand.isHidden()  # nothing waits: no card
        offer = pad.press_target("flash_offer", "flash-chef20", "button")
        assert offer is not None
        qtbot.waitUntil(lambda: (refresh(), pad.by_hand.isVisible())[1], timeout=20_000)
        assert pad.by_hand.action.text() == offer.label
        assert CHEF_TIKTOK_ID in pad.by_hand.steps.text()  # the id to pin, selectable to copy into the app
        assert pad.state_of("preset:flash-chef20") == ButtonState.BY_HAND
        assert pad.press_target("flash_offer", "flash-chef20", "button") is None  # a second press asks nothing new
        assert "then Done" in pad.toast.toolTip()

        pad.by_hand.done_button.click()
        qtbot.waitUntil(lambda: desk.book.get(offer.key).seen_at is not None, timeout=20_000)  # on air
        qtbot.waitUntil(lambda: (refresh(), pad.by_hand.isHidden())[1], timeout=20_000)

        segment = pad.press_target("segment", "qa", "button")
        assert segment is not None
        qtbot.waitUntil(lambda: (refresh(), pad.by_hand.shown_key == segment.key)[1], timeout=20_000)
        asked.clear()
        pad.by_hand.not_done_button.click()
        assert len(asked) == 1 and "not done" in asked[0]  # asked first: it cannot be taken back
        qtbot.waitUntil(lambda: desk.book.get(segment.key).status == IntentStatus.NOT_DONE, timeout=20_000)
        qtbot.waitUntil(lambda: (refresh(), pad.by_hand.isHidden())[1], timeout=20_000)
        assert desk.book.get(segment.key).seen_at is None  # never on air
    finally:
        session.close()
        bridge.stop(signal.SIGKILL)


def test_a_cue_whose_steps_were_not_done_shows_as_failed_in_the_run_of_show() -> None:
    plan = load_plan(PLAN_PATH)  # with its run of show: the 03:00 auto cue puts the knife demo on
    session = open_live_session("ws://127.0.0.1:9/v1/events", "t" * 16, plan, api_url="http://127.0.0.1:9/v1")
    desk = session.desk  # built, not started: nothing is sent
    assert desk is not None
    cue = plan.cues[0]
    button, params, label = action_for(plan, cue.action, cue.target)
    intent = desk.book.press(button, cue.action, params, label, "cue", "ana", 1.0)
    assert intent is not None
    desk.cues.mark(0, CueState.FIRED, key=intent.key)
    desk.book.update(intent.key, status=IntentStatus.NOT_DONE, error="not done by hand: the host ran long")
    row = desk.cue_rows()[0]
    assert (row.state, row.note) == (CueState.FAILED, "not done by hand: the host ran long")


def test_steps_still_waiting_when_the_live_ends_are_not_done_and_the_bridge_puts_nothing_on_air_after(
        qtbot: QtBot, one_room_capture: Path) -> None:  # noqa: F811 (the fixture)
    bridge = start_bridge("--capture", str(one_room_capture), "--speed", "50", "--plan", str(PLAN_PATH))
    try:
        body = {"product_id": "KNF-CHEF20", "discount_pct": 20, "duration_s": 300}
        reply = httpx.post(f"{bridge.api}/actions/flash-offer", json=body, timeout=10,
                           headers=bridge.headers(**{"Idempotency-Key": "late-1"}))
        assert reply.status_code == 201 and reply.json()["status"] == "manual"
        qtbot.waitUntil(lambda: httpx.get(f"{bridge.api}/state", headers=bridge.headers(), timeout=10
                                          ).json()["status"] == "ended", timeout=60_000)
        late = httpx.post(f"{bridge.api}/actions/{reply.json()['action_id']}/confirm", headers=bridge.headers(),
                          timeout=10)
        assert late.status_code == 409 and late.json()["error"]["code"] == "live_ended"
    finally:
        bridge.stop(signal.SIGKILL)

    # the console's side: a step waiting at the live's end is settled as not done, and the card has nothing to show
    session = open_live_session("ws://127.0.0.1:9/v1/events", "t" * 16, parse_plan(PLAN_TEXT),
                                api_url="http://127.0.0.1:9/v1")
    desk = session.desk
    assert desk is not None
    intent = desk.book.press("preset:flash-chef20", "flash_offer", body, "Chef's knife -20%", "hotkey", "ana", 1.0)
    assert intent is not None
    desk.book.update(intent.key, status=IntentStatus.BY_HAND, action_id="act-1", steps=("In TikTok LIVE Studio: pin",))
    desk.on_frame("", IngestResult(events=[p.LiveEnded(seq=9, ts=2.0, live_id="L")]))
    assert desk.by_hand() == []
    assert (desk.book.get(intent.key).status, desk.book.get(intent.key).error) == (
        IntentStatus.NOT_DONE, "not done by hand: the live ended before it was confirmed")
