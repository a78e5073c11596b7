"""Operator seats on the bus with the real cue lease (console/bus/lease.py) and the real nats-server: each auto cue of
the demo plan goes out once, from the seat holding the cues; the holder leaves and another seat takes the next cue;
the same button pressed on two seats within a second runs once. Nothing here stands in for the lease."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.actions.book import IntentStatus
from console.bus.lease import lease_for_feed
from console.live.health import FeedState
from console.plan.model import DEMO_PLAN, load_plan
from console.services.action_client import RetryPolicy
from console.services.action_desk import CAUGHT_UP_LAG_S
from console.services.feed_client import Backoff
from console.services.live_session import LiveSession, Tuning, open_live_session
from tests.bus_server import NatsServer
from tests.support import SimProcess, collect_sync, start_simulator

PLAN = load_plan(DEMO_PLAN)  # auto cues at 03:00 (segment knife-demo), 06:00 (offer flash-chef20), 09:00 (kit)
SPEED = 20  # 03:00 comes 9 wall seconds in; a released lease is taken within 3 s, 60 live seconds
TUNING = Tuning(backoff=Backoff(0.05, 0.5), quiet_reconnect_s=5.0, action_timeout_s=5.0,
                action_retry=RetryPolicy(max_attempts=4, first_delay_s=0.05, max_delay_s=0.2))


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[NatsServer]:
    server = NatsServer(tmp_path / "jetstream")
    server.start()
    yield server
    server.stop()


class Seat:
    def __init__(self, name: str, url: str, sim: SimProcess, db: Path) -> None:
        self.name = name
        self.lease = lease_for_feed(url, name)
        self.session: LiveSession | None = open_live_session(
            url, sim.token, PLAN, session_path=db, api_url=sim.api, operator=name, tuning=TUNING,
            cue_lease=self.lease)
        self.session.start()

    @property
    def live(self) -> LiveSession:
        assert self.session is not None
        return self.session

    def live_s(self) -> float:
        snap = self.live.latest()[0]
        return snap.now_ts - snap.started_at if snap and snap.now_ts and snap.started_at else 0.0

    def caught_up(self) -> bool:
        health = self.live.latest()[1]
        return health.state == FeedState.LIVE and health.lag_s is not None and health.lag_s <= CAUGHT_UP_LAG_S

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None


def cue_events(events: list[dict[str, object]]) -> list[tuple[str, str]]:
    """(what, by) of every action start the plan's three auto cues make, in stream order."""
    out = []
    for e in events:
        if e["type"] == "segment_changed" and e.get("segment_id") == "knife-demo":
            out.append(("segment knife-demo", str(e.get("by", ""))))
        elif e["type"] == "offer_started" and e.get("product_id") == "KNF-CHEF20":
            out.append(("offer chef knife", str(e.get("by", ""))))
        elif e["type"] == "kit_launched" and e.get("kit_id") == "kit-knife-care":
            out.append(("kit knife care", str(e.get("by", ""))))
    return out


@pytest.mark.timeout(300)
def test_each_auto_cue_goes_out_once_from_the_seat_holding_the_cues_and_another_takes_over(
        qtbot: QtBot, tmp_path: Path, bus: NatsServer) -> None:
    sim = start_simulator("--speed", str(SPEED), "--nats", bus.url)
    url = f"{bus.url}/{PLAN.live.id}"
    seats = [Seat(name, url, sim, tmp_path / f"{name}.db") for name in ("ana", "ben", "cai")]
    try:
        qtbot.waitUntil(lambda: sum(s.lease.held() for s in seats) == 1, timeout=20_000)
        first = next(s for s in seats if s.lease.held())
        # every seat learns who fires the cues
        qtbot.waitUntil(lambda: {s.lease.holder() for s in seats} == {first.name}, timeout=20_000)
        # the first cue (03:00) goes out from the holder; then the holder's console closes
        qtbot.waitUntil(lambda: any(i.source == "cue" and i.status == IntentStatus.ACKED
                                    for i in first.live.desk.book.all()), timeout=60_000)  # type: ignore[union-attr]
        assert first.live_s() < 6 * 60 - 60, "the holder left too late to test the takeover before 06:00"
        first.close()
        others = [s for s in seats if s is not first]
        qtbot.waitUntil(lambda: sum(s.lease.held() for s in others) == 1, timeout=20_000)
        second = next(s for s in others if s.lease.held())
        # the same button on the two remaining seats within a second: one action
        qtbot.waitUntil(lambda: all(s.caught_up() for s in others), timeout=20_000)
        offer = {"product_id": "SHP-WHET", "discount_pct": 15.0, "duration_s": 30.0}
        keys = [s.live.desk.fire("custom:offer", "flash_offer", offer, "Whetstone -15%", "button")  # type: ignore
                for s in others]
        assert all(k is not None for k in keys)
        qtbot.waitUntil(lambda: all(s.live.desk.book.get(k.key).status == IntentStatus.ACKED  # type: ignore
                                    for s, k in zip(others, keys, strict=True)), timeout=20_000)
        pressed = {s.live.desk.book.get(k.key).action_id for s, k in zip(others, keys, strict=True)}  # type: ignore
        assert len(pressed) == 1
        # the 09:00 kit: the cue may go out until its grace has passed (max(60, 10 x speed) live seconds), whenever
        # the holder is caught up on a loaded machine; wait for it, or for its grace to be over
        def kit_sent() -> bool:
            return any(i.source == "cue" and i.kind == "kit" and i.seen_at is not None  # on the stream, seen
                       for s in others for i in s.live.desk.book.all())  # type: ignore[union-attr]

        grace = max(60, 10 * SPEED)
        qtbot.waitUntil(lambda: kit_sent() or all(s.live_s() > 9 * 60 + grace + 30 for s in others),
                        timeout=120_000)
        last = max(s.live.ingest.last_seq for s in others)
    finally:
        for seat in seats:
            seat.close()
    events = collect_sync(sim.feed, sim.token, until_seq=last).events
    sim.stop(signal.SIGKILL)
    assert cue_events(events) == [("segment knife-demo", first.name), ("offer chef knife", second.name),
                                  ("kit knife care", second.name)]
    whetstone = [e for e in events if e["type"] == "offer_started" and e["product_id"] == "SHP-WHET"]
    assert [e["action_id"] for e in whetstone] == list(pressed)
