"""Engine checkpoints the live console stores in the session file: each one is exactly the engine that applied
events 1..seq; they come every N events, at the live's end and at shutdown."""

from __future__ import annotations

import itertools
import signal
from pathlib import Path

from pytestqt.qtbot import QtBot

from console.kpi.state import STATE_VERSION, CheckpointPolicy, engine_from_bytes
from console.plan.model import DEMO_PLAN
from console.services.feed_client import Backoff
from console.services.live_session import LiveSession, Tuning, open_live_session
from console.session.reader import EventSource
from console.session.resume import earlier_run
from tests.support import start_simulator
from tests.test_replay import PLAN, same
from tests.test_replay_checkpoints import fresh_upto


def test_policy_every_n_events_but_not_more_often_than_the_interval() -> None:
    policy = CheckpointPolicy(every_events=100, min_interval_s=5.0)
    # (events so far, monotonic now) -> due?   hand-made: 100 events apart AND 5 s apart
    steps = [(99, 0.0, False), (100, 0.0, True), (150, 6.0, False), (200, 4.9, False), (260, 5.5, True),
             (10_000, 9.0, False), (10_000, 10.5, True)]
    assert [policy.due(n, t) for n, t, _ in steps] == [want for *_, want in steps]


def record_live(qtbot: QtBot, path: Path, plan_toml: str | None, every_events: int, until_seq: int) -> LiveSession:
    """A live from the simulator recorded through SessionLog with a checkpoint every `every_events` events, until
    seq `until_seq` has been ingested; the simulator is then killed (the log is neither finished nor closed)."""
    sim = start_simulator("--speed", "120")
    session = open_live_session(sim.feed, sim.token, PLAN, session_path=path, plan_toml=plan_toml, operator="tester",
                                tuning=Tuning(backoff=Backoff(0.1, 0.5), checkpoint_every_events=every_events,
                                              checkpoint_min_interval_s=0.0))
    pipe = session.pipeline
    session.start()
    try:
        qtbot.waitUntil(lambda: pipe.ingest.last_seq > until_seq, timeout=30_000)
    finally:
        pipe.stop()
        sim.stop(signal.SIGKILL)
    return session


def test_stored_checkpoints_equal_an_engine_fed_the_recorded_events(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    session = record_live(qtbot, path, None, 700, 3_000)
    session.close()
    last = session.ingest.last_seq
    with EventSource(path) as source:
        seqs = source.checkpoints(STATE_VERSION)
        assert len(seqs) >= 4 and seqs[-1] == last  # every ~700 events, and the final one at shutdown
        assert all(b - a >= 700 for a, b in itertools.pairwise(seqs[:-1]))  # the last one comes at shutdown
        for seq in [seqs[0], seqs[len(seqs) // 2], last]:
            engine = engine_from_bytes(source.checkpoint_state(seq), PLAN)
            want = fresh_upto(path, seq).engine
            now = want.snapshot().now_ts
            assert same(want.snapshot(now), engine.snapshot(now)) == [], f"checkpoint at seq {seq}"


def test_a_restarted_console_carries_on_from_its_latest_checkpoint(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    plan_toml = DEMO_PLAN.read_text()
    session = record_live(qtbot, path, plan_toml, 1_000, 2_500)
    session.recorder.close()  # no finish(): as after a crash, the latest checkpoint is behind the last recorded event
    last = session.ingest.last_seq
    with EventSource(path) as source:
        latest = source.checkpoints(STATE_VERSION)[-1]
    assert latest < last

    earlier = earlier_run(path, PLAN, plan_toml)
    assert earlier.ingest is not None and earlier.ingest.last_seq == latest
    assert len(earlier.raws) == last - latest  # only the tail is applied again
    for raw in earlier.raws:
        earlier.ingest.frame(raw, 0.0)
    want = fresh_upto(path, last)
    now = want.engine.snapshot().now_ts
    assert earlier.ingest.last_seq == want.last_seq == last
    assert same(want.engine.snapshot(now), earlier.ingest.engine.snapshot(now)) == []
    # another plan text: the checkpoints were made with the recorded plan, so everything is applied again
    assert earlier_run(path, PLAN, plan_toml + "\n# edited\n").ingest is None
