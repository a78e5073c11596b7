"""Ingest: each seq counted once, holes and server gaps recorded, bad elements kept aside, lag and rate right."""

from __future__ import annotations

import json
from typing import Any

import pytest

from console.kpi.engine import KpiEngine
from console.live.ingest import Ingest, IngestResult
from console.protocol import wire as p


def frame(*elements: dict[str, Any]) -> str:
    return json.dumps(list(elements))


def sold_out(seq: int, ts: float = 1000.0) -> dict[str, Any]:
    return {"seq": seq, "ts": ts, "type": "sold_out", "product_id": "A"}


def joined(seq: int, ts: float = 1000.0) -> dict[str, Any]:
    return {"seq": seq, "ts": ts, "type": "viewer_joined", "viewer_id": f"v{seq}", "channel": "organic"}


def hello(live_id: str = "L1", started_at: float = 1000.0, time_scale: float = 1.0) -> dict[str, Any]:
    return {"type": "hello", "protocol": p.PROTOCOL, "live_id": live_id, "title": "t", "started_at": started_at,
            "time_scale": time_scale, "first_seq": 1, "last_seq": 0}


@pytest.fixture
def ing() -> Ingest:
    return Ingest(KpiEngine())


def test_duplicates_after_a_reconnect_are_counted_once(ing: Ingest) -> None:
    ing.frame(frame(joined(1), joined(2), joined(3)), 0.0)
    again = ing.frame(frame(joined(2), joined(3), joined(4)), 0.0)
    assert [e.seq for e in again.events] == [4]
    assert again.duplicates == 2
    assert ing.duplicates == 2
    assert ing.engine.snapshot().views == 4  # v1..v4, not 6


def test_a_hole_in_the_stream_is_recorded_not_hidden(ing: Ingest) -> None:
    ing.frame(frame(joined(1), joined(5)), 0.0)
    assert [(g.from_seq, g.to_seq) for g in ing.gaps] == [(2, 4)]
    assert ing.gaps[0].cause == "missing from the stream"


def test_server_gap_notice_moves_the_cursor_and_is_kept(ing: Ingest) -> None:
    ing.frame(json.dumps({"type": "gap", "from_seq": 1, "to_seq": 99, "reason": "evicted"}), 0.0)
    result = ing.frame(frame(joined(100)), 0.0)
    assert [(g.from_seq, g.to_seq, g.cause) for g in ing.gaps] == [(1, 99, "server: evicted")]
    assert result.gaps == []  # 100 follows the announced gap: no second, made-up hole
    assert ing.last_seq == 100


def test_rejected_elements_keep_their_place_in_the_sequence(ing: Ingest) -> None:
    result = ing.frame(frame(joined(1), {"seq": 2, "ts": 1.0, "type": "nonsense"}, joined(3)), 0.0)
    assert [e.seq for e in result.events] == [1, 3]
    assert ing.rejected == 1
    assert ing.gaps == []  # seq 2 came, it was just unusable


def test_sinks_see_every_frame_with_its_outcome() -> None:
    seen: list[tuple[str | bytes, IngestResult]] = []
    ing = Ingest(KpiEngine(), sinks=[lambda raw, res: seen.append((raw, res))])
    raw = frame(joined(1), {"seq": 2, "ts": 1.0})
    ing.frame(raw, 0.0)
    assert seen[0][0] == raw
    assert [e.seq for e in seen[0][1].events] == [1]
    assert seen[0][1].rejected[0].reason == "type: missing or not a string"


@pytest.mark.parametrize(
    ("time_scale", "event_ts", "wall_now", "lag"),
    [
        (1.0, 1010.0, 1010.25, 0.25),  # real live: now - ts
        (60.0, 1600.0, 1010.5, 0.5),  # emitted at 1000 + (1600 - 1000) / 60 = 1010
        (10.0, 1100.0, 1009.0, 0.0),  # a clock a little behind never shows negative lag
    ],
)
def test_lag_accounts_for_time_compression(ing: Ingest, time_scale: float, event_ts: float, wall_now: float,
                                           lag: float) -> None:
    assert ing.lag_s(wall_now) is None
    ing.frame(json.dumps(hello(time_scale=time_scale)), wall_now)
    ing.frame(frame(sold_out(1, event_ts)), wall_now)
    assert ing.lag_s(wall_now) == pytest.approx(lag)


def test_event_rate_over_the_last_five_seconds(ing: Ingest) -> None:
    ing.frame(frame(*(joined(i) for i in range(1, 11))), 100.2)  # 10 events in second 100
    ing.frame(frame(*(joined(i) for i in range(11, 16))), 103.9)  # 5 in second 103
    assert ing.events_per_s(104.0) == 3.0  # 15 / 5
    assert ing.events_per_s(105.5) == 1.0  # second 100 left the window: 5 / 5


def test_heartbeat_advances_live_now(ing: Ingest) -> None:
    ing.frame(frame(sold_out(1, 1000.0)), 0.0)
    ing.frame(json.dumps({"type": "heartbeat", "ts": 1042.0, "last_seq": 1}), 0.0)
    assert ing.live_now() == 1042.0


@pytest.mark.parametrize(
    ("second", "problem"),
    [
        (hello("L2"), "another live (L2"),
        (hello("L1", started_at=2000.0), "another live (L1, started 2000)"),  # restarted without its history
    ],
)
def test_a_different_live_on_the_same_feed_stops_instead_of_mixing(ing: Ingest, second: dict[str, Any],
                                                                   problem: str) -> None:
    ing.frame(json.dumps(hello("L1")), 0.0)
    ing.frame(frame(joined(1)), 0.0)
    ing.frame(json.dumps(second), 0.0)
    assert problem in ing.identity_problem


def test_another_protocol_version_is_refused(ing: Ingest) -> None:
    ing.frame(json.dumps({**hello(), "protocol": "studio-feed/9"}), 0.0)
    assert "studio-feed/9" in ing.identity_problem


def test_a_gap_notice_inside_a_batch_keeps_the_events_around_it(ing: Ingest) -> None:
    gap = {"type": "gap", "from_seq": 6, "to_seq": 9, "reason": "evicted"}
    result = ing.frame(frame(joined(5), gap, joined(10)), 0.0)  # type: ignore[arg-type]
    assert [e.seq for e in result.events] == [5, 10]
    assert [(g.from_seq, g.to_seq) for g in ing.gaps] == [(1, 4), (6, 9)]  # 1-4 never came either


def test_a_faulty_sink_does_not_stop_the_others() -> None:
    seen: list[int] = []
    def broken(_raw: object, _res: IngestResult) -> None:
        raise RuntimeError("boom")
    ing = Ingest(KpiEngine(), sinks=[broken, lambda _raw, res: seen.extend(e.seq for e in res.events)])
    ing.frame(frame(joined(1), joined(2)), 0.0)
    ing.frame(frame(joined(3)), 0.0)
    assert seen == [1, 2, 3]
    assert len(ing.sink_errors) == 2
    assert "boom" in ing.sink_errors[0]


def test_a_carried_on_session_file_refuses_a_feed_serving_another_live(ing: Ingest) -> None:
    ing.expected_live = ("L1", 1000.0)  # what the session file recorded; its hello was not kept
    ing.frame(json.dumps(hello("L1", started_at=2000.0)), 0.0)  # the same live id, restarted from seq 1
    assert "another live (L1, started 2000) than the one this session file recorded (L1, started 1000)" in \
        ing.identity_problem
    same = Ingest(KpiEngine(None))
    same.expected_live = ("L1", 1000.0004)  # the same live, its start read back from the file's REAL column
    same.frame(json.dumps(hello("L1", started_at=1000.0)), 0.0)
    assert same.identity_problem == "" and same.hello is not None
