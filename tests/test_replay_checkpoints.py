"""Replay by seq ranges and from checkpoints: every seek, forwards or backwards, equals a fresh engine fed 1..seq."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from console.kpi.engine import KpiEngine
from console.live.ingest import Ingest
from console.services.replay.engine import ReplayEngine
from console.services.replay.index import CheckpointIndex
from console.services.replay.pipeline import ReplayPipeline
from console.services.replay.recording import load_recording
from console.session.reader import EventSource
from console.session.recorder import SessionRecorder
from tests.test_replay import PLAN, recorded_from_model, same

T0 = 1_700_000_000.0


def small_session(path: Path) -> None:
    """Seqs 1..10 and 13..20 (11 and 12 never arrived): one viewer joins per second from T0."""
    recorder = SessionRecorder(path)
    recorder.write_session({"live_id": "t", "console_version": "test", "started_at": 0.0})
    ingest = Ingest(KpiEngine(None), sinks=[recorder.record])
    events: list[dict[str, Any]] = [{"type": "live_started", "seq": 1, "ts": T0, "live_id": "t", "title": "t"}]
    events += [{"type": "viewer_joined", "seq": s, "ts": T0 + s - 1, "viewer_id": f"v{s}", "channel": "organic"}
               for s in [*range(2, 11), *range(13, 21)]]
    ingest.frame(json.dumps(events), 0.0)
    recorder.close()


def test_a_session_is_read_by_seq_ranges(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    small_session(path)
    src = EventSource(path)
    try:
        assert src.first() == (1, T0) and src.last() == (20, T0 + 19)
        frames = list(src.frames(0, 20, batch=4))
        assert [(n, last) for _, n, last in frames] == [(4, 4), (4, 8), (4, 14), (4, 18), (2, 20)]  # 18 events
        assert [e["seq"] for e in json.loads(frames[2][0])] == [9, 10, 13, 14]  # the hole is skipped
        assert [n for _, n, _ in src.frames(3, 13)] == [8]  # 4..10 and 13
    finally:
        src.close()


def test_lookups_by_live_time_and_by_seq(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    small_session(path)
    src = EventSource(path)
    try:
        assert src.at_or_before_ts(T0 + 4.5) == (5, T0 + 4)  # seq 5 joined at T0 + 4
        assert src.at_or_before_ts(T0 - 1) is None
        assert src.at_or_before_seq(12) == (10, T0 + 9)  # 11 and 12 are the hole
        assert src.at_or_before_seq(99) == (20, T0 + 19)
    finally:
        src.close()
    rec = load_recording(path)
    assert (rec.first_seq, rec.last_seq, rec.start, rec.end) == (1, 20, T0, T0 + 19)
    engine = ReplayEngine(rec)
    engine.seek_seq(12)
    assert (engine.applied, engine.applied_seq) == (10, 10)  # live_started + nine joins
    snap = engine.snapshot()
    assert snap is not None and snap.entered == 9
    engine.seek_seq(20)
    assert engine.applied == 18 and engine.snapshot().entered == 17  # type: ignore[union-attr]
    assert [(g.from_seq, g.to_seq) for g in engine.ingest.gaps] == [(11, 12)]


def fresh_upto(path: Path, seq: int) -> Ingest:
    """The reference: a new engine fed events 1..seq straight from the file, one frame, no checkpoint."""
    with sqlite3.connect(path) as conn:
        raws = [r[0] for r in conn.execute("SELECT raw FROM events WHERE seq <= ? ORDER BY seq", (seq,))]
    ingest = Ingest(KpiEngine(PLAN))
    ingest.frame("[" + ",".join(raws) + "]", 0.0)
    return ingest


@pytest.fixture(scope="module")
def model_session(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("m") / "m.db"
    return path, recorded_from_model(path, 6)


@pytest.mark.parametrize("budget", [512 * 1024 * 1024, 1], ids=["roomy", "thinned"])
def test_every_seek_from_checkpoints_equals_a_fresh_engine(model_session: tuple[Path, int], budget: int) -> None:
    path, last = model_session
    rec = load_recording(path)
    engine = ReplayEngine(rec, CheckpointIndex(spacing=500, budget=budget))
    engine.build_index()
    index = engine.index
    assert index.done and index.indexed_seq == last
    if budget == 1:  # over budget at every checkpoint: thinned each time, yet seeks stay exact
        assert index.thinned > 0 and index.spacing > 500 and len(index) <= 3
    else:
        assert len(index) == -(-last // 500)  # one every 500 events, plus the end
    targets = [last, 1, last // 2, last // 2 - 1, last // 2 + 700, 3, 1001, 1000, 999, last - 1]
    targets += random.Random(5).sample(range(1, last + 1), 6)
    for seq in targets:  # forwards and backwards, across and inside checkpoint intervals
        engine.seek_seq(seq)
        want = fresh_upto(path, seq)
        assert (engine.applied, engine.ingest.last_seq) == (seq, want.last_seq)  # no holes: applied == seq
        now = engine.position
        assert same(want.engine.snapshot(now), engine.snapshot(now)) == [], f"at seq {seq}"
    assert engine.clones > 0


def test_checkpoints_are_never_changed_by_seeks(model_session: tuple[Path, int]) -> None:
    path, last = model_session
    engine = ReplayEngine(load_recording(path), CheckpointIndex(spacing=1000))
    engine.build_index()
    cp = engine.index.best(2500)
    assert cp is not None and cp.seq == 2000 and cp.state is not None  # packed with the stored checkpoints' codec
    state = cp.state
    engine.seek_seq(2400)
    engine.seek_seq(last)
    engine.seek_seq(2100)
    assert cp.state == state and cp.ingest.last_seq == 2000
    restored = cp.restore(PLAN)
    assert restored.last_seq == 2000
    assert same(fresh_upto(path, 2000).engine.snapshot(), restored.engine.snapshot()) == []


def test_the_pipeline_indexes_in_the_background_and_says_so(qtbot: QtBot, model_session: tuple[Path, int]) -> None:
    path, _last = model_session
    replay = ReplayPipeline(path)
    replay.start()
    try:
        qtbot.waitUntil(lambda: replay.indexed, timeout=30_000)
        qtbot.waitUntil(lambda: replay.latest()[1].reason == "paused", timeout=5_000)  # no "indexing" once done
        assert replay.progress == 1.0
    finally:
        replay.stop()
