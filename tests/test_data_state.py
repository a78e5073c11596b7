"""Stale, catching-up and ended numbers look it: the data state rule, the frozen lag after the end, the labels."""

from __future__ import annotations

import json

import pytest

from console.kpi.engine import KpiEngine
from console.live.health import DataState, DataView, FeedHealth, FeedState, data_view
from console.live.ingest import Ingest
from console.protocol import wire as p

WALL = 5000.0


@pytest.mark.parametrize(("health", "has_data", "state", "age", "dimmed"), [
    (FeedHealth(FeedState.LIVE, since=4000.0, lag_s=0.4), True, DataState.LIVE, 0.4, False),
    # a restarted console, connected, whose newest number is 20 s old: not "LIVE"
    (FeedHealth(FeedState.LIVE, since=4990.0, lag_s=20.0), True, DataState.CATCHING_UP, 20.0, True),
    (FeedHealth(FeedState.LIVE, since=4992.0, lag_s=None), True, DataState.LIVE, None, False),
    # a restarted console, not connected yet, showing the numbers of its session file
    (FeedHealth(FeedState.LIVE, since=4992.0, lag_s=None), False, DataState.WAITING, None, False),
    (FeedHealth(FeedState.CONNECTING, since=4997.0, lag_s=None), True, DataState.CATCHING_UP, 3.0, True),
    (FeedHealth(FeedState.STALE, since=4991.0, lag_s=9.5), True, DataState.STALE, 9.5, True),
    (FeedHealth(FeedState.RECONNECTING, since=4988.0, lag_s=None), True, DataState.STALE, 12.0, True),
    (FeedHealth(FeedState.STOPPED, since=4990.0, lag_s=30.0), True, DataState.STALE, 30.0, True),
    (FeedHealth(FeedState.ENDED, since=4000.0, lag_s=0.3), True, DataState.ENDED, None, False),
    (FeedHealth(FeedState.REPLAY, since=4000.0, lag_s=None), True, DataState.REPLAY, None, False),
])
def test_data_state_of_each_feed_state(health: FeedHealth, has_data: bool, state: DataState, age: float | None,
                                       dimmed: bool) -> None:
    view = data_view(health, WALL, has_data)
    assert (view.state, view.age_s, view.dimmed) == (state, pytest.approx(age) if age else age, dimmed)


def test_catching_up_starts_past_five_seconds_of_lag() -> None:
    assert data_view(FeedHealth(FeedState.LIVE, lag_s=5.0), WALL, True).state == DataState.LIVE
    assert data_view(FeedHealth(FeedState.LIVE, lag_s=5.1), WALL, True).state == DataState.CATCHING_UP


def test_lag_stops_growing_once_the_live_ended() -> None:
    ing = Ingest(KpiEngine())
    ing.frame(json.dumps({"type": "hello", "protocol": p.PROTOCOL, "live_id": "L1", "title": "t",
                          "started_at": 1000.0, "time_scale": 1.0, "first_seq": 1, "last_seq": 0}), 1000.0)
    ing.frame(json.dumps([{"seq": 1, "ts": 1000.0, "type": "live_started", "live_id": "L1", "title": "t"}]), 1000.5)
    assert ing.lag_s(1003.0) == pytest.approx(3.0)  # still live: a quiet feed is a growing lag
    ing.frame(json.dumps([{"seq": 2, "ts": 1010.0, "type": "live_ended", "live_id": "L1"}]), 1010.2)
    assert ing.lag_s(1010.2) == pytest.approx(0.2)
    assert ing.lag_s(1100.0) == pytest.approx(0.2)  # an hour later it still says how late the end came


def test_data_view_is_comparable() -> None:
    """The window re-applies the dimming only when the state changes: views compare by value."""
    assert DataView(DataState.STALE, 3.0) == DataView(DataState.STALE, 3.0)


def _hello() -> str:
    return json.dumps({"type": "hello", "protocol": p.PROTOCOL, "live_id": "L1", "title": "t", "started_at": 1000.0,
                       "time_scale": 1.0, "first_seq": 1, "last_seq": 0})


def test_a_quiet_feed_with_heartbeats_is_not_late() -> None:
    """No event for 20 s, but heartbeats saying nothing is pending: the numbers are current, not catching up."""
    ing = Ingest(KpiEngine())
    ing.frame(_hello(), 1000.0)
    ing.frame(json.dumps([{"seq": 1, "ts": 1000.0, "type": "live_started", "live_id": "L1", "title": "t"}]), 1000.0)
    ing.frame(json.dumps({"type": "heartbeat", "ts": 1020.0, "last_seq": 1}), 1020.1)
    assert ing.lag_s(1020.1) == pytest.approx(0.1)


def test_a_heartbeat_announcing_a_backlog_does_not_hide_the_lag() -> None:
    """A restarted console 20 s behind: the server holds seqs it has not sent yet, so the age stays 20 s."""
    ing = Ingest(KpiEngine())
    ing.frame(_hello(), 1020.0)
    ing.frame(json.dumps([{"seq": 1, "ts": 1000.0, "type": "live_started", "live_id": "L1", "title": "t"}]), 1020.0)
    ing.frame(json.dumps({"type": "heartbeat", "ts": 1020.0, "last_seq": 500}), 1020.0)
    assert ing.lag_s(1020.0) == pytest.approx(20.0)
    assert data_view(FeedHealth(FeedState.LIVE, lag_s=ing.lag_s(1020.0)), 1020.0, True).state == DataState.CATCHING_UP
