"""Reliability of the feed against the real simulator process on loopback: restarts, stalls, bursts, eviction.

The measure is always the same: what the console recorded in its session file against what the server sent.
Figures: docs/reliability.md.
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
from pytestqt.qtbot import QtBot

from console.live.health import FeedState
from console.plan.model import DEMO_PLAN, load_plan
from console.services.feed_client import Backoff
from console.services.live_session import LiveSession, Tuning, open_live_session
from console.services.pipeline import LivePipeline
from console.session.recorder import SessionRecorder
from tests.support import SimProcess, collect_sync, start_simulator

PLAN = load_plan(DEMO_PLAN)
FAST_BACKOFF = Backoff(first_s=0.05, max_s=0.3)
RESTARTS = 20


class Rig:
    """One pipeline recording into one session file, against one (restartable) simulator."""

    def __init__(self, tmp_path: Path) -> None:
        self.db = tmp_path / "session.db"
        self.recorder: SessionRecorder | None = None
        self.session: LiveSession | None = None
        self.sims: list[SimProcess] = []

    def start(self, sim: SimProcess, **tuning: Any) -> LivePipeline:
        self.sims.append(sim)
        self.session = open_live_session(sim.feed, sim.token, PLAN, session_path=self.db,
                                         tuning=Tuning(**{"backoff": FAST_BACKOFF, **tuning}))
        self.recorder = self.session.recorder
        self.session.start()
        return self.session.pipeline

    def finish(self) -> None:
        if self.session is not None:
            self.session.close()

    def rows(self, sql: str) -> list[Any]:
        with sqlite3.connect(f"{self.db.as_uri()}?mode=ro", uri=True) as conn:
            return conn.execute(sql).fetchall()


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    r = Rig(tmp_path)
    yield r
    r.finish()
    for sim in r.sims:
        sim.stop(signal.SIGKILL)


def test_twenty_server_restarts_in_one_live_lose_and_duplicate_nothing(qtbot: QtBot, tmp_path: Path,
                                                                       rig: Rig) -> None:
    journal = str(tmp_path / "sim.journal")
    sim = start_simulator("--speed", "60", "--journal", journal)
    pipe = rig.start(sim)
    port = sim.port
    for _ in range(RESTARTS):
        mark = pipe.latest()[1].last_seq
        qtbot.waitUntil(lambda m=mark: pipe.latest()[1].state == FeedState.LIVE  # type: ignore[misc]
                        and pipe.latest()[1].last_seq > m + 50, timeout=20_000)
        sim.stop(signal.SIGKILL)
        qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.RECONNECTING, timeout=10_000)
        sim = start_simulator("--speed", "60", "--journal", journal, port=port)
        rig.sims.append(sim)
    mark = pipe.latest()[1].last_seq
    qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.LIVE and pipe.latest()[1].last_seq > mark + 50,
                    timeout=20_000)
    assert pipe.client is not None and pipe.client.connects == RESTARTS + 1
    rig.finish()  # freeze, flush, then compare the file with what the server holds
    last = pipe.ingest.last_seq
    recorded = rig.rows("SELECT seq, raw FROM events ORDER BY seq")
    server = collect_sync(sim.feed, sim.token, until_seq=last)
    assert [s for s, _ in recorded] == list(range(1, last + 1))  # no gap, no duplicate
    assert [e["seq"] for e in server.events] == list(range(1, last + 1))
    # and the same events: a restarted simulator regenerates the same live from its journal
    import json
    assert all(json.loads(raw) == ev for (_, raw), ev in zip(recorded, server.events, strict=True))
    assert rig.rows("SELECT count(*) FROM gaps") == [(0,)]
    assert pipe.latest()[1].gaps == ()


def test_a_stalled_feed_shows_stale_within_3_s_with_the_consoles_default(qtbot: QtBot, rig: Rig) -> None:
    sim = start_simulator("--speed", "60")
    pipe = rig.start(sim)  # no stale_after_s: what `live-console live` and `demo` run with
    qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.LIVE and pipe.latest()[1].last_seq > 100,
                    timeout=10_000)
    httpx.post(f"{sim.api}/admin/stall", json={"seconds": 8}, headers=sim.headers(), timeout=5).raise_for_status()
    qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.STALE, timeout=3_000)


def test_a_stalled_feed_shows_stale_within_3_s_at_2_5_s_and_recovers_with_nothing_lost(qtbot: QtBot,
                                                                                       rig: Rig) -> None:
    sim = start_simulator("--speed", "60")
    pipe = rig.start(sim, stale_after_s=2.5)  # the threshold suggested above
    qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.LIVE and pipe.latest()[1].last_seq > 100,
                    timeout=10_000)
    httpx.post(f"{sim.api}/admin/stall", json={"seconds": 4}, headers=sim.headers(), timeout=5).raise_for_status()
    stalled_at = time.monotonic()
    qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.STALE, timeout=5_000)
    assert time.monotonic() - stalled_at < 3.0
    before = pipe.latest()[1].last_seq
    qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.LIVE and pipe.latest()[1].last_seq > before + 100,
                    timeout=10_000)
    rig.finish()
    seqs = [s for (s,) in rig.rows("SELECT seq FROM events ORDER BY seq")]
    assert seqs == list(range(1, pipe.ingest.last_seq + 1))


def test_a_burst_of_100000_events_is_all_recorded(qtbot: QtBot, rig: Rig) -> None:
    sim = start_simulator("--audience", "50", "--speed", "120")
    pipe = rig.start(sim)
    qtbot.waitUntil(lambda: pipe.latest()[1].last_seq >= 100_000, timeout=60_000)
    rig.finish()
    last = pipe.ingest.last_seq
    (count, low, high), = rig.rows("SELECT count(*), min(seq), max(seq) FROM events")
    assert (count, low, high) == (last, 1, last)  # every seq once: no gap, no duplicate
    assert pipe.ingest.rejected == 0 and pipe.ingest.duplicates == 0 and pipe.ingest.gaps == []
    assert rig.recorder is not None and rig.recorder.storage_error is None
    assert rig.recorder.stats.pending_rows == 0


def test_a_resume_older_than_the_servers_buffer_is_recorded_as_a_gap(qtbot: QtBot, tmp_path: Path,
                                                                      rig: Rig) -> None:
    journal = str(tmp_path / "sim.journal")
    sim = start_simulator("--speed", "120", "--buffer", "300", "--journal", journal)
    pipe = rig.start(sim, backoff=Backoff(first_s=4.0, max_s=4.0, jitter=0.0))  # away long enough to miss much
    qtbot.waitUntil(lambda: pipe.latest()[1].last_seq > 200, timeout=10_000)
    port = sim.port
    sim.stop(signal.SIGKILL)
    qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.RECONNECTING, timeout=10_000)
    seen = pipe.latest()[1].last_seq
    # the live carries on while the console waits out its backoff: when it is back, the server holds only its
    # last ~300 events (waiting here on another client's stream, not a sleep)
    sim = start_simulator("--speed", "120", "--buffer", "300", "--journal", journal, port=port)
    rig.sims.append(sim)
    assert pipe.latest()[1].state == FeedState.RECONNECTING
    collect_sync(sim.feed, sim.token, since=seen, until_seq=seen + 2_000)
    assert pipe.latest()[1].last_seq == seen  # not back yet: the resume will ask for evicted seqs
    qtbot.waitUntil(lambda: pipe.latest()[1].gaps != () and pipe.latest()[1].last_seq > seen + 2_000,
                    timeout=20_000)
    rig.finish()
    (first, last, cause), = pipe.latest()[1].gaps
    assert first == seen + 1 and last > seen + 1000 and "evicted" in cause
    assert rig.rows("SELECT from_seq, to_seq, cause FROM gaps") == [(first, last, cause)]
    seqs = [s for (s,) in rig.rows("SELECT seq FROM events ORDER BY seq")]
    # every seq is either recorded or inside the recorded gap: the loss is explicit, never silent
    assert seqs == [*range(1, first), *range(last + 1, pipe.ingest.last_seq + 1)]
