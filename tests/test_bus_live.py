"""The studio on a real bus: a real `nats-server` (JetStream) on loopback, the real simulator publishing to it, real
consoles (open_live_session, session files) reading from it. Killed and restarted, each in turn: the bus, a console,
the producer. The measure is the one tests/test_reliability_feed.py uses: every session file against the producer.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import nats
import pytest
from pytestqt.qtbot import QtBot

from console.bus import names
from console.bus.batches import bounds_of
from console.live.health import FeedState
from console.plan.model import DEMO_PLAN, load_plan
from console.services.feed_client import Backoff
from console.services.live_session import LiveSession, Tuning, open_live_session
from tests.bus_server import NatsServer
from tests.support import SimProcess, collect_sync, start_simulator

PLAN = load_plan(DEMO_PLAN)
LIVE = PLAN.live.id
FAST = Tuning(backoff=Backoff(first_s=0.05, max_s=0.5), quiet_reconnect_s=5.0)


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[NatsServer]:
    server = NatsServer(tmp_path / "jetstream")
    server.start()
    yield server
    server.stop()


class Seat:
    """One console on the live, reading from the bus and recording to its own session file."""

    def __init__(self, url: str, api: str, token: str, db: Path) -> None:
        self.url, self.api, self.token, self.db = url, api, token, db
        self.session: LiveSession | None = None
        self.open()

    def open(self) -> None:
        self.session = open_live_session(self.url, self.token, PLAN, session_path=self.db, api_url=self.api,
                                         tuning=FAST)
        self.session.start()

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None

    def state(self) -> FeedState:
        assert self.session is not None
        return self.session.pipeline.latest()[1].state

    def last_seq(self) -> int:
        return self.session.pipeline.ingest.last_seq if self.session is not None else 0

    def seqs(self) -> list[int]:
        with sqlite3.connect(f"{self.db.as_uri()}?mode=ro", uri=True) as conn:
            return [s for (s,) in conn.execute("SELECT seq FROM events ORDER BY seq")]

    def raw(self) -> list[dict[str, object]]:
        with sqlite3.connect(f"{self.db.as_uri()}?mode=ro", uri=True) as conn:
            return [json.loads(r) for (r,) in conn.execute("SELECT raw FROM events ORDER BY seq")]

    def gaps(self) -> int:
        with sqlite3.connect(f"{self.db.as_uri()}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM gaps").fetchone()[0])


def stream_batches(url: str) -> list[tuple[int, tuple[int, int], list[int]]]:
    """(stream sequence, the (first, last) seq its headers say, the seqs of its events) of every message in the
    live's stream, read straight from JetStream."""

    async def read() -> list[tuple[int, tuple[int, int], list[int]]]:
        nc = await nats.connect(url)
        try:
            js = nc.jetstream()
            last = (await js.stream_info(names.stream_name(LIVE))).state.last_seq
            sub = await js.subscribe(names.events_subject(LIVE), ordered_consumer=True)
            out = []
            while len(out) < last:
                msg = await sub.next_msg(timeout=10)
                said = bounds_of(msg.headers)
                assert said is not None, "a message without its seqs"
                out.append((msg.metadata.sequence.stream, said, [e["seq"] for e in json.loads(msg.data)]))
            await sub.unsubscribe()
            return out
        finally:
            await nc.close()

    return asyncio.run(read())


@pytest.mark.timeout(400)
def test_three_seats_survive_a_bus_a_console_and_a_producer_restart_with_nothing_lost_or_doubled(
        qtbot: QtBot, tmp_path: Path, bus: NatsServer) -> None:
    journal = tmp_path / "journal.ndjson"
    sims: list[SimProcess] = [start_simulator("--speed", "240", "--journal", str(journal), "--nats", bus.url)]
    url = f"{bus.url}/{LIVE}"
    seats = [Seat(url, sims[0].api, sims[0].token, tmp_path / f"seat{i}.db") for i in range(3)]
    try:
        qtbot.waitUntil(lambda: all(s.state() == FeedState.LIVE and s.last_seq() > 300 for s in seats),
                        timeout=30_000)
        # 1. the bus dies mid-live and comes back on the same port and store
        bus.kill()
        qtbot.waitUntil(lambda: all(s.state() != FeedState.LIVE for s in seats), timeout=20_000)
        mark = max(s.last_seq() for s in seats)
        bus.start()
        qtbot.waitUntil(lambda: all(s.state() == FeedState.LIVE and s.last_seq() > mark + 300 for s in seats),
                        timeout=40_000)
        # 2. a console is closed and started again on its own session file: it carries on from its last seq
        seats[1].close()
        away = seats[0].last_seq()
        qtbot.waitUntil(lambda: seats[0].last_seq() > away + 300, timeout=20_000)
        seats[1].open()
        # 3. the producer is killed and restarted with its journal: it carries on after what the stream holds
        sims[0].stop(signal.SIGKILL)
        sims.append(start_simulator("--speed", "240", "--journal", str(journal), "--nats", bus.url,
                                    port=sims[0].port))
        qtbot.waitUntil(lambda: all(s.state() == FeedState.ENDED for s in seats), timeout=120_000)
    finally:
        for seat in seats:
            seat.close()
    producer = collect_sync(sims[-1].feed, sims[-1].token)
    last = producer.events[-1]["seq"]
    assert producer.events[-1]["type"] == "live_ended"
    assert [e["seq"] for e in producer.events] == list(range(1, last + 1))
    batches = stream_batches(bus.url)  # one message per batch of events (console/bus/batches.py)
    assert [n for n, _, _ in batches] == list(range(1, len(batches) + 1))
    assert all(said == (seqs[0], seqs[-1]) for _, said, seqs in batches)  # the headers say what it holds
    assert [seq for _, _, seqs in batches for seq in seqs] == list(range(1, last + 1))  # no duplicate, no hole
    assert len(batches) < last / 5  # batches, not one message per event
    for seat in seats:
        assert seat.seqs() == list(range(1, last + 1)), seat.db.name
        assert seat.gaps() == 0
    assert seats[2].raw() == producer.events  # the same events, not only the same numbers
    for sim in sims:
        sim.stop(signal.SIGKILL)


def recorded_last_seq(db: Path) -> int:
    """The newest seq a console process has committed to its session file (read beside its writer: WAL)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT coalesce(max(seq), 0) FROM events").fetchone()[0])
    except sqlite3.OperationalError:  # the file exists before its tables do
        return 0


@pytest.mark.timeout(300)
def test_a_console_process_killed_mid_live_carries_on_from_its_session_file(
        qtbot: QtBot, tmp_path: Path, bus: NatsServer) -> None:
    sim = start_simulator("--speed", "240", "--nats", bus.url)
    db = tmp_path / "seat.db"
    argv = [sys.executable, "-m", "console", "live", "--feed", f"{bus.url}/{LIVE}", "--offscreen", "--session",
            str(db), "--no-library", "--role", "producer", "--operator", "pat"]
    env = {**os.environ, "LIVE_CONSOLE_TOKEN": sim.token}
    console = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(lambda: recorded_last_seq(db) > 2_000, timeout=60_000)
        console.kill()  # no clean close: whatever the file holds is what the next run carries on from
        console.wait(10)
        killed_at = recorded_last_seq(db)
        console = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        producer = collect_sync(sim.feed, sim.token, until=lambda e: e["type"] == "live_ended")
        last = producer.events[-1]["seq"]
        qtbot.waitUntil(lambda: recorded_last_seq(db) == last, timeout=120_000)
    finally:
        console.terminate()  # SIGTERM closes the session file cleanly
        console.wait(30)
        sim.stop(signal.SIGKILL)
    assert killed_at < last
    with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
        assert [s for (s,) in conn.execute("SELECT seq FROM events ORDER BY seq")] == list(range(1, last + 1))
        assert conn.execute("SELECT count(*) FROM gaps").fetchone() == (0,)
