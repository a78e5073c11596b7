"""Seats end to end: several consoles (live sessions from open_live_session, each with its own session file) on one
real simulator. One action per intent across operator seats, one auto cue across seats, the cue gate, a producer's
read-only seat, and every seat's action log showing who fired what."""

from __future__ import annotations

import signal
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot

from console.actions.book import OTHER_SEAT, IntentStatus, Refusal
from console.actions.seats import CUES_HELD, READ_ONLY, never
from console.live.health import FeedState
from console.plan.cues import CueState
from console.plan.model import DEMO_PLAN, parse_plan
from console.services.action_client import RetryPolicy
from console.services.action_desk import CAUGHT_UP_LAG_S, ActionDesk
from console.services.feed_client import Backoff
from console.services.live_session import LiveSession, Tuning, open_live_session
from console.widgets.action_log import ActionLogDock
from tests.support import SimProcess, collect_sync, start_simulator

SPEED = 60
NO_CUES = DEMO_PLAN.read_text().split("# Run of show")[0]
KIT_CUE = parse_plan(NO_CUES + """
[[cues]]
at = "00:10"
action = "kit"
target = "kit-knife-care"
auto = true
""")
PLAN = parse_plan(NO_CUES)
SHORT_OFFER = {"product_id": "SHP-WHET", "discount_pct": 15.0, "duration_s": 10.0}  # 1/6 wall s at 60x
TUNING = Tuning(backoff=Backoff(0.1, 0.5), action_timeout_s=5.0,
                action_retry=RetryPolicy(max_attempts=4, first_delay_s=0.05, max_delay_s=0.2),
                checkpoint_min_interval_s=0.0)


@pytest.fixture
def seats(tmp_path: Path) -> Iterator[Callable[..., tuple[SimProcess, list[LiveSession]]]]:
    """A simulator at 60x and a live session per seat on it, started; all closed and stopped after the test."""
    made: list[LiveSession] = []
    sims: list[SimProcess] = []

    def make(plan: Any, *seat_options: dict[str, Any]) -> tuple[SimProcess, list[LiveSession]]:
        sim = start_simulator("--speed", str(SPEED))
        sims.append(sim)
        sessions = []
        for options in seat_options:
            session = open_live_session(sim.feed, sim.token, plan, session_path=tmp_path / f"{options['operator']}.db",
                                        api_url=sim.api, tuning=TUNING, **options)
            made.append(session)
            sessions.append(session)
        for session in sessions:
            session.start()
        return sim, sessions

    yield make
    for session in made:
        session.close()
    for sim in sims:
        sim.stop(signal.SIGKILL)


def desk_of(session: LiveSession) -> ActionDesk:
    assert session.desk is not None
    return session.desk


def caught_up(session: LiveSession) -> bool:
    snap, health = session.latest()
    return snap is not None and snap.now_ts is not None and health.state == FeedState.LIVE and \
        health.lag_s is not None and health.lag_s <= CAUGHT_UP_LAG_S


def stream_until(sim: SimProcess, done: Callable[[dict[str, Any]], bool]) -> list[dict[str, Any]]:
    """The live's events from the first up to the one that makes `done` true."""
    return collect_sync(sim.feed, sim.token, until=done).events


def recorded(path: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, args).fetchall()


def log_rows(log: ActionLogDock, session: LiveSession) -> list[tuple[str, str, str]]:
    """(what, source, status) of every row of a seat's action log, newest first."""
    snap, health = session.latest()
    log.refresh(snap, health, time.time() + 3600.0)  # past the log's text interval: redrawn now
    return [(log.cell_text(i, "what"), log.cell_text(i, "source"), log.cell_text(i, "status"))
            for i in range(log.row_count())]


def test_the_same_button_on_two_seats_within_a_second_is_one_action_and_a_press_3_s_later_is_another(
        qtbot: QtBot, seats: Any) -> None:
    sim, (ana, bea) = seats(PLAN, {"operator": "ana"}, {"operator": "bea"})
    qtbot.waitUntil(lambda: caught_up(ana) and caught_up(bea), timeout=15_000)
    a = desk_of(ana).fire("custom:offer", "flash_offer", SHORT_OFFER, "Whetstone -15%", "button")
    b = desk_of(bea).fire("custom:offer", "flash_offer", SHORT_OFFER, "Whetstone -15%", "button")
    assert a is not None and b is not None and a.key != b.key  # two intents, two keys

    def acked(desk: ActionDesk, key: str) -> bool:
        return desk.book.get(key).status == IntentStatus.ACKED

    qtbot.waitUntil(lambda: acked(desk_of(ana), a.key) and acked(desk_of(bea), b.key), timeout=15_000)
    mine, theirs = desk_of(ana).book.get(a.key), desk_of(bea).book.get(b.key)
    assert mine.action_id == theirs.action_id  # both books: the one action
    first, second = (mine, theirs) if not mine.coalesced else (theirs, mine)
    assert (first.coalesced, second.coalesced) == (False, True)  # the second press joined the first's action
    assert first.by == second.by == first.operator  # fired by whoever came first, as both books say
    assert second.http_status == 200 and first.http_status == 201
    # the stream holds it once: read past its end (10 live s later), where a second start would have come before
    events = stream_until(sim, lambda e: e["type"] == "offer_ended" and e["action_id"] == mine.action_id)
    starts = [e for e in events if e["type"] == "offer_started" and e["product_id"] == "SHP-WHET"]
    assert [(e["action_id"], e["by"]) for e in starts] == [(mine.action_id, first.operator)]

    # each seat's log: its own press, once; the second seat's row says whose action answered it
    logs = {name: ActionLogDock(desk_of(session)) for name, session in (("ana", ana), ("bea", bea))}
    for log in logs.values():
        qtbot.addWidget(log)
    qtbot.waitUntil(lambda: desk_of(bea).book.get(b.key).seen_at is not None, timeout=10_000)
    joined_log = logs[second.operator]
    assert log_rows(joined_log, ana if second.operator == "ana" else bea) == [
        (f"Whetstone -15% · by {first.operator}", "button", "confirmed")]
    first_log = logs[first.operator]
    assert log_rows(first_log, ana if first.operator == "ana" else bea) == [("Whetstone -15%", "button", "confirmed")]

    # three wall seconds after the first (the live's clock at 60x: 180 live s), the same press is a new intent
    went_on_air = next(e["ts"] for e in starts)
    qtbot.waitUntil(lambda: (snap := bea.latest()[0]) is not None and snap.now_ts is not None
                    and snap.now_ts - went_on_air >= 3 * SPEED, timeout=15_000)
    again = desk_of(bea).fire("custom:offer", "flash_offer", SHORT_OFFER, "Whetstone -15%", "button")
    assert again is not None
    qtbot.waitUntil(lambda: acked(desk_of(bea), again.key), timeout=15_000)
    later = desk_of(bea).book.get(again.key)
    assert (later.http_status, later.coalesced, later.by) == (201, False, "bea")
    assert later.action_id != mine.action_id
    # ana sees bea's second offer on the stream: in her log, by bea, beside her own row
    qtbot.waitUntil(lambda: any(i.action_id == later.action_id for i in desk_of(ana).book.seen_elsewhere()),
                    timeout=10_000)
    assert log_rows(logs["ana"], ana)[0] == ("Whetstone 1000/6000 -15% · by bea", OTHER_SEAT, "confirmed")


def test_an_auto_cue_on_two_seats_goes_out_once_under_one_key_and_waits_while_the_gate_is_shut(
        qtbot: QtBot, seats: Any) -> None:
    gate = threading.Event()  # the lease stands in here: a plain function, shut, then open on both seats
    sim, (ana, bea) = seats(KIT_CUE, {"operator": "ana", "cue_gate": gate.is_set},
                            {"operator": "bea", "cue_gate": gate.is_set})
    qtbot.waitUntil(lambda: caught_up(ana) and caught_up(bea), timeout=15_000)
    for session in (ana, bea):  # due (00:10) and shut out: waiting, with why; nothing decided, nothing sent
        qtbot.waitUntil(lambda s=session: desk_of(s).cue_rows()[0].note == CUES_HELD, timeout=10_000)
        row = desk_of(session).cue_rows()[0]
        assert row.state == CueState.WAITING
        assert desk_of(session).book.all() == []
    gate.set()  # as if the lease failed and both seats believed they held it
    qtbot.waitUntil(lambda: all(desk_of(s).book.all() and desk_of(s).book.all()[0].status == IntentStatus.ACKED
                                for s in (ana, bea)), timeout=15_000)
    sent = [desk_of(s).book.all()[0] for s in (ana, bea)]
    assert [i.source for i in sent] == ["cue", "cue"]
    assert sent[0].key == sent[1].key and sent[0].key.startswith("cue-")  # one key, whichever seat
    assert sent[0].action_id == sent[1].action_id
    assert {i.http_status for i in sent} == {200, 201}  # executed once, answered twice
    assert [r.state for s in (ana, bea) for r in desk_of(s).cue_rows()] == [CueState.FIRED, CueState.FIRED]
    events = stream_until(sim, lambda e: e["type"] == "kit_launched")
    qtbot.waitUntil(lambda: all(desk_of(s).book.all()[0].seen_at is not None for s in (ana, bea)), timeout=10_000)
    state = httpx.get(f"{sim.api}/state", headers=sim.headers(), timeout=10).json()
    after = collect_sync(sim.feed, sim.token, since=events[-1]["seq"], until_seq=state["last_seq"]).events
    assert [e["action_id"] for e in events + after if e["type"] == "kit_launched"] == [sent[0].action_id]


def test_a_producer_seat_fires_nothing_sees_every_action_with_who_fired_it_and_records_marks(
        qtbot: QtBot, seats: Any, tmp_path: Path) -> None:
    sim, (ana, pat) = seats(KIT_CUE, {"operator": "ana"},
                            {"operator": "pat", "read_only": True, "cue_gate": never})
    producer = desk_of(pat)
    qtbot.waitUntil(lambda: caught_up(pat), timeout=15_000)
    # the auto cue (kit at 00:10) goes out from ana's seat only; pat's run of show says who fired it
    qtbot.waitUntil(lambda: producer.cue_rows()[0].state == CueState.FIRED, timeout=15_000)
    assert producer.cue_rows()[0].note == "by ana"
    kit = desk_of(ana).book.all()[0]
    assert (kit.source, kit.operator) == ("cue", "ana")
    # nothing fires from the producer's seat: a press, GO, Done; its reason is the seat's
    assert producer.fire_target("segment", "qa", "hotkey") is None
    assert producer.go() == Refusal(READ_ONLY)
    assert producer.disabled_reason(pat.latest()[1]) == READ_ONLY
    assert producer.book.all() == [] and producer.by_hand() == []
    requests = httpx.get(f"{sim.api}/admin/stats", headers=sim.headers(), timeout=10).json()["action_requests"]
    assert list(requests) == [kit.key]  # the server heard from one seat, once
    # the producer's log shows ana's kit, by ana; marks are kept in the producer's session file
    log = ActionLogDock(producer)
    qtbot.addWidget(log)
    qtbot.waitUntil(lambda: bool(log_rows(log, pat)), timeout=10_000)
    assert log_rows(log, pat) == [("Knife care kit · by ana", OTHER_SEAT, "confirmed")]
    producer.add_note("marked", "hotkey")
    pat.close()
    assert recorded(tmp_path / "pat.db", "SELECT text, author FROM notes") == [("marked", "pat")]
    assert recorded(tmp_path / "pat.db", "SELECT count(*) FROM actions") == [(0,)]
    # who fired it is on the action's event in the producer's session file, as the stream said
    raws = recorded(tmp_path / "pat.db", "SELECT raw FROM events WHERE type = 'kit_launched'")
    assert len(raws) == 1 and '"by":"ana"' in raws[0][0]
