"""Replay and the report from the engine checkpoints the live console stores in the session file: every seek and
every report equals a fresh engine fed the recorded events, also when a stored checkpoint is damaged, of another
engine version, missing (a console killed early) or the file predates them (schema v1)."""

from __future__ import annotations

import itertools
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from console.kpi.engine import KpiEngine
from console.kpi.state import STATE_VERSION, CheckpointPolicy, engine_to_bytes
from console.report import analysis
from console.services.replay.engine import ReplayEngine
from console.services.replay.index import CheckpointIndex
from console.services.replay.recording import load_recording
from console.services.session_log import checkpoint_due, store_checkpoint
from console.session.checkpoints import MAX_STORED_FAILURES, latest_checkpoint
from console.session.reader import EventSource
from tests.test_replay import PLAN, model_frames, recording_ingest, same
from tests.test_replay_checkpoints import fresh_upto

EVERY = 500  # events between stored checkpoints in these files (the console's default is 10,000)
HOLES = frozenset({1500, 1501, 1502, 3333})  # seqs that never reached the console: gaps replay must show


def record(path: Path, minutes: float = 6, *, checkpoints_until: int | None = None, final: bool = True) -> int:
    """A live recorded as the console records it (Ingest -> SessionRecorder) from the studio model, with engine
    checkpoints stored by SessionLog's own helpers every EVERY events, up to seq `checkpoints_until` (a console
    killed there stores no more, nor a final one) and at the end when `final`. Seqs in HOLES are dropped."""
    recorder, ingest = recording_ingest(path)
    policy = CheckpointPolicy(every_events=EVERY, min_interval_s=0.0)
    events = 0
    for whole in model_frames(minutes):
        frame = [e for e in whole if e["seq"] not in HOLES]
        if not frame:
            continue
        result = ingest.frame(json.dumps(frame), 0.0)
        events += len(result.events)
        if (checkpoint_due(policy, events, float(events), result.events)
                and (checkpoints_until is None or ingest.last_seq <= checkpoints_until)):
            store_checkpoint(recorder, ingest)
    if final:
        store_checkpoint(recorder, ingest)
    recorder.close()
    return ingest.last_seq


def stored_seqs(path: Path) -> list[int]:
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT seq FROM checkpoints ORDER BY seq")]


def as_v1(src: Path, dst: Path) -> Path:
    """A copy of `src` as a schema v1 file: no checkpoints table (what a console before them recorded)."""
    shutil.copy(src, dst)
    with closing(sqlite3.connect(dst)) as conn:
        conn.executescript("DROP TABLE checkpoints; PRAGMA user_version = 1;")
    return dst


def prefer_checkpoints(engine: ReplayEngine) -> ReplayEngine:
    """Make every seek start from a checkpoint rather than apply events: a small file is otherwise cheaper to apply
    from the start than to decode a checkpoint, and these tests are about what checkpoints give."""
    engine.events_per_s = 1_000.0
    return engine


def assert_seeks_exact(engine: ReplayEngine, path: Path, targets: list[int]) -> None:
    for seq in targets:  # forwards and backwards
        engine.seek_seq(seq)
        want = fresh_upto(path, seq)
        assert engine.ingest.last_seq == want.last_seq, f"at seq {seq}"
        assert engine.applied == want.last_seq - sum(1 for h in HOLES if h <= want.last_seq), f"at seq {seq}"
        assert engine.ingest.gaps == want.gaps, f"at seq {seq}"
        assert engine.ingest.last_event_ts == want.last_event_ts, f"at seq {seq}"
        now = engine.position
        assert same(want.engine.snapshot(now), engine.snapshot(now)) == [], f"at seq {seq}"


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("stored") / "live.db"
    return path, record(path)


def targets(last: int) -> list[int]:
    # across and inside checkpoint intervals, at and around the holes, backwards and forwards
    return [last, 1, last // 2, 1499, 1503, 1502, 3334, 2 * EVERY, 2 * EVERY - 1, 7, last - 3, 1, last]


def test_the_file_holds_checkpoints_every_n_events_and_at_the_end(session: tuple[Path, int]) -> None:
    path, last = session
    seqs = stored_seqs(path)
    assert seqs[-1] == last and len(seqs) >= last // (EVERY + 100)
    assert all(EVERY <= b - a < 2 * EVERY for a, b in itertools.pairwise(seqs[:-1]))  # the last: at the end


def test_seeks_from_stored_checkpoints_equal_a_fresh_engine(session: tuple[Path, int]) -> None:
    path, last = session
    engine = prefer_checkpoints(ReplayEngine(load_recording(path), CheckpointIndex(spacing=EVERY)))
    assert len(engine.stored) == len(stored_seqs(path))
    assert_seeks_exact(engine, path, targets(last))
    assert engine.restores > 0 and engine.stored.failures == []


def test_the_background_pass_has_nothing_to_do_when_stored_checkpoints_cover_the_file(
        session: tuple[Path, int]) -> None:
    path, last = session
    engine = ReplayEngine(load_recording(path), CheckpointIndex(spacing=EVERY))
    engine.build_index()
    assert engine.index.done and engine.index.indexed_seq == last and len(engine.index) == 0


def test_a_console_killed_early_gets_the_tail_indexed_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    last = record(path, checkpoints_until=2600, final=False)
    last_stored = stored_seqs(path)[-1]
    assert last_stored <= 2600 < last - 2 * EVERY
    engine = prefer_checkpoints(ReplayEngine(load_recording(path), CheckpointIndex(spacing=EVERY)))
    engine.build_index()
    index = engine.index
    # in-memory checkpoints only after the last stored one: EVERY events apart from it, plus the end of the file
    assert index.done and len(index) >= (last - last_stored) // EVERY
    assert index.best(last_stored) is None and index.best(last_stored + EVERY + 50) is not None
    assert_seeks_exact(engine, path, targets(last))
    assert engine.restores > 0 and engine.clones > 0


def test_the_pass_fills_the_tail_first_then_between_stored_checkpoints(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    last = record(path, checkpoints_until=2600, final=False)
    stored = stored_seqs(path)
    # an index spacing of 300: every stored interval (500-550 events) also gets an in-memory checkpoint in it
    engine = prefer_checkpoints(ReplayEngine(load_recording(path), CheckpointIndex(spacing=300)))
    engine.build_index()
    seqs = [engine.index.best(s).seq for s in range(1, last + 1) if engine.index.best(s) is not None]  # type: ignore[union-attr]
    assert seqs == sorted(seqs)  # kept in seq order although the tail (the longest stretch) was indexed first
    inside = {s for s in set(seqs) if s < stored[-1]}
    assert all(any(a < s < b for s in inside) for a, b in itertools.pairwise(stored))  # one in each interval
    assert_seeks_exact(engine, path, [stored[1] + 400, stored[3] + 450, last - 10, stored[2] + 320, 5])
    assert engine.clones > 0


def test_damaged_or_foreign_checkpoints_fall_back_to_events(session: tuple[Path, int], tmp_path: Path) -> None:
    src, last = session
    path = tmp_path / "damaged.db"
    shutil.copy(src, path)
    seqs = stored_seqs(path)
    other_engine = KpiEngine(PLAN)
    other_engine.added_by_a_newer_console = 1  # type: ignore[attr-defined]
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE checkpoints SET state = ? WHERE seq = ?", (b"\x00not a checkpoint", seqs[-1]))
        conn.execute("UPDATE checkpoints SET state = ? WHERE seq = ?", (engine_to_bytes(other_engine), seqs[4]))
        conn.execute("UPDATE checkpoints SET format = ? WHERE seq = ?", (STATE_VERSION + 1, seqs[2]))
    engine = prefer_checkpoints(ReplayEngine(load_recording(path), CheckpointIndex(spacing=EVERY)))
    assert seqs[2] not in engine.stored.seqs  # another format is not even listed
    assert_seeks_exact(engine, path, [last, seqs[4] + 10, seqs[2] + 10, *targets(last)])
    assert sorted(f.split(":")[0] for f in engine.stored.failures) == sorted(f"stored checkpoint at seq {s}"
                                                                           for s in (seqs[-1], seqs[4]))
    # the report ignores the damaged final checkpoint, takes the one before and applies the rest
    assert_same_report(path, as_v1(path, tmp_path / "v1.db"))


def test_a_file_of_another_engine_version_replays_from_events_and_stops_trying(tmp_path: Path) -> None:
    path = tmp_path / "foreign.db"
    last = record(path, minutes=3)
    other_engine = KpiEngine(PLAN)
    other_engine.added_by_a_newer_console = 1  # type: ignore[attr-defined]
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE checkpoints SET state = ?", (engine_to_bytes(other_engine),))
    engine = prefer_checkpoints(ReplayEngine(load_recording(path), CheckpointIndex(spacing=EVERY)))
    assert_seeks_exact(engine, path, [last, 1, last - 600, last // 2])
    assert len(engine.stored.failures) == MAX_STORED_FAILURES and len(engine.stored) == 0
    assert "another engine version" in engine.stored.failures[0]
    engine.build_index()  # with no usable stored checkpoint, the pass indexes the whole file
    assert len(engine.index) == -(-(last - sum(1 for h in HOLES if h <= last)) // EVERY)
    assert_same_report(path, as_v1(path, tmp_path / "v1.db"))


def test_a_v1_file_without_checkpoints_replays_and_reports(session: tuple[Path, int], tmp_path: Path) -> None:
    src, last = session
    path = as_v1(src, tmp_path / "v1.db")
    engine = ReplayEngine(load_recording(path), CheckpointIndex(spacing=EVERY))
    assert len(engine.stored) == 0
    engine.build_index()
    assert engine.index.done and len(engine.index) > 0
    assert_seeks_exact(engine, path, targets(last))
    assert engine.restores == 0


def assert_same_report(path: Path, reference: Path) -> None:
    """The report of `path` equals, field by field, the report of a file without checkpoints (every event applied
    to a fresh engine), but for the file name; and it carries no word about checkpoints."""
    got = analysis.analyse(analysis.load_session(path))
    want = analysis.analyse(analysis.load_session(reference))
    diffs = [d for d in same(want, got, "report") if not d.startswith("report.path")]
    assert diffs == []
    assert not any("checkpoint" in w for w in got.warnings)


def test_the_report_starts_from_the_final_checkpoint_and_equals_the_full_pass(session: tuple[Path, int],
                                                                                tmp_path: Path) -> None:
    path, last = session
    start = _start_of_report(path)
    assert start is not None and start[1] == last  # the final checkpoint: no event left to apply
    assert_same_report(path, as_v1(path, tmp_path / "v1.db"))


def test_the_report_applies_the_tail_after_the_last_stored_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    last = record(path, checkpoints_until=2600, final=False)
    start = _start_of_report(path)
    assert start is not None and start[1] <= 2600 < last
    assert_same_report(path, as_v1(path, tmp_path / "v1.db"))


def _start_of_report(path: Path) -> Any:
    """(engine, checkpoint seq) the report starts from: the session's one restore routine, as analysis calls it."""
    with EventSource(path) as source:
        start = latest_checkpoint(source, PLAN)
    return None if start is None else (start.ingest.engine, start.seq)
