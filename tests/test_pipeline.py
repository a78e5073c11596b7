"""The live pipeline against the real simulator: data flows, drops are survived, refusals are final."""

from __future__ import annotations

import signal
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from console.live.health import FeedState
from console.live.ingest import Sink
from console.plan.model import DEMO_PLAN, load_plan
from console.services.feed_client import Backoff
from console.services.live_session import LiveSession, Tuning, open_live_session
from console.services.pipeline import LivePipeline
from tests.support import collect_sync, start_simulator

FAST_BACKOFF = Backoff(first_s=0.1, max_s=0.5)
PLAN = load_plan(DEMO_PLAN)


@pytest.fixture
def pipelines() -> Iterator[list[LiveSession]]:
    made: list[LiveSession] = []
    yield made
    for session in made:
        session.close()


def open_pipeline(made: list[LiveSession], feed: str, token: str, on_frame: Sequence[Sink] = (),
                  **tuning: Any) -> LivePipeline:
    """A live session that records nothing and takes no action: the pipeline alone, started."""
    session = open_live_session(feed, token, PLAN, tuning=Tuning(**{"backoff": FAST_BACKOFF, **tuning}),
                                on_frame=on_frame)
    made.append(session)
    session.start()
    return session.pipeline


def test_live_numbers_flow_into_snapshots(qtbot: QtBot, pipelines: list[LiveSession]) -> None:
    sim = start_simulator("--speed", "120")
    try:
        pipe = open_pipeline(pipelines, sim.feed, sim.token)
        qtbot.waitUntil(lambda: (s := pipe.latest()[0]) is not None and s.viewers_now > 0 and s.gmv > 0,
                        timeout=20_000)
        snap, health = pipe.latest()
        assert health.state == FeedState.LIVE
        assert health.events_per_s > 0
        assert health.lag_s is not None and health.lag_s < 2.0
        assert [ps.sku for ps in snap.products][: len(PLAN.products)] == PLAN.product_ids()
    finally:
        sim.stop(signal.SIGKILL)


def test_restart_of_the_feed_is_survived_with_no_gap_and_no_duplicate(qtbot: QtBot, tmp_path: Path,
                                                                     pipelines: list[LiveSession]) -> None:
    journal = str(tmp_path / "sim.journal")
    sim = start_simulator("--speed", "60", "--journal", journal)
    seqs: list[int] = []
    pipe = open_pipeline(pipelines, sim.feed, sim.token,  # the sink runs on the pipeline's thread
                         on_frame=[lambda _raw, res: seqs.extend(e.seq for e in res.events)])
    qtbot.waitUntil(lambda: pipe.latest()[1].last_seq > 500, timeout=20_000)
    port = sim.port
    sim.stop(signal.SIGKILL)
    qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.RECONNECTING, timeout=5_000)
    assert pipe.latest()[1].reason
    before = pipe.latest()[1].last_seq
    sim = start_simulator("--speed", "60", "--journal", journal, port=port)
    try:
        qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.LIVE and pipe.latest()[1].last_seq > before + 300,
                        timeout=20_000)
        pipe.stop()  # freeze the pipeline, then compare what it took in with what the server sent
        last = pipe.ingest.last_seq
        server = collect_sync(sim.feed, sim.token, until_seq=last)
    finally:
        sim.stop(signal.SIGKILL)
    assert pipe.ingest.gaps == []
    assert pipe.ingest.duplicates == 0
    assert pipe.client is not None and pipe.client.connects >= 2
    assert seqs == list(range(1, last + 1))
    assert pipe.ingest.engine.snapshot().views == sum(1 for e in server.events if e["type"] == "viewer_joined")


def test_bad_token_stops_for_good_and_says_why(qtbot: QtBot, pipelines: list[LiveSession]) -> None:
    sim = start_simulator("--speed", "60")
    try:
        pipe = open_pipeline(pipelines, sim.feed, "not-the-token")
        qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.STOPPED, timeout=10_000)
        health = pipe.latest()[1]
        assert "token" in health.reason
        assert health.retry_in_s is None
        assert pipe.client is not None and pipe.client.connects == 1  # refused once, never retried
    finally:
        sim.stop(signal.SIGKILL)


def test_kicked_console_stops_for_good(qtbot: QtBot, pipelines: list[LiveSession]) -> None:
    import httpx
    sim = start_simulator("--speed", "60")
    try:
        pipe = open_pipeline(pipelines, sim.feed, sim.token)
        qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.LIVE, timeout=10_000)
        httpx.post(f"{sim.api}/admin/kick", headers=sim.headers(), timeout=5)
        qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.STOPPED, timeout=10_000)
        assert "kicked" in pipe.latest()[1].reason
    finally:
        sim.stop(signal.SIGKILL)


def test_a_silent_feed_shows_stale_then_live_again(qtbot: QtBot, pipelines: list[LiveSession]) -> None:
    import httpx
    sim = start_simulator("--speed", "60")
    try:
        pipe = open_pipeline(pipelines, sim.feed, sim.token, stale_after_s=1.0)
        qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.LIVE, timeout=10_000)
        httpx.post(f"{sim.api}/admin/stall", json={"seconds": 3}, headers=sim.headers(), timeout=5)
        qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.STALE, timeout=5_000)
        qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.LIVE, timeout=10_000)
    finally:
        sim.stop(signal.SIGKILL)


def test_events_the_server_no_longer_holds_are_shown_as_a_gap(qtbot: QtBot, pipelines: list[LiveSession]) -> None:
    sim = start_simulator("--speed", "120", "--buffer", "300")
    try:
        collect_sync(sim.feed, sim.token, until_seq=2000)
        pipe = open_pipeline(pipelines, sim.feed, sim.token)
        qtbot.waitUntil(lambda: pipe.latest()[1].gaps != (), timeout=10_000)
        first, last, cause = pipe.latest()[1].gaps[0]
        assert first == 1
        assert last >= 1000
        assert "evicted" in cause
    finally:
        sim.stop(signal.SIGKILL)


def short_plan(folder: Path) -> Path:
    """The demo catalogue in a one-minute live with no cues."""
    short = folder / "short.toml"
    short.write_text(DEMO_PLAN.read_text().replace("duration_min = 90", "duration_min = 1")
                     .split("# Run of show")[0])
    return short


def test_the_end_of_the_live_is_final(qtbot: QtBot, tmp_path: Path, pipelines: list[LiveSession]) -> None:
    sim = start_simulator("--speed", "30", "--plan", str(short_plan(tmp_path)))
    try:
        pipe = open_pipeline(pipelines, sim.feed, sim.token)
        qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.ENDED, timeout=15_000)
        snap = pipe.latest()[0]
        assert snap is not None and snap.ended_at is not None
    finally:
        sim.stop(signal.SIGKILL)
