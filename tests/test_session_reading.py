"""The session package's reading side on small hand-made files: the one checkpoint restore routine (which stored
checkpoint, the counters rebuilt around it, None when none is usable), the event reader's frame size cap, and
SQLite's errors turned into SessionFileError naming the file."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from console.kpi.engine import KpiEngine
from console.kpi.state import STATE_VERSION, engine_to_bytes
from console.live.fork import HOLE_CAUSE
from console.live.ingest import Gap, Ingest
from console.session import reader
from console.session.checkpoints import MAX_STORED_FAILURES, StoredCheckpoints, latest_checkpoint
from console.session.file import SessionFileError, open_for_writing
from console.session.notes import ReviewNotes, load_review_notes, review_notes_path
from console.session.reader import EventSource
from console.session.recorder import SessionRecorder

T0 = 1_000.0
#: frames as they reached the console: seqs 4 and 5 never came (a hole the reader must find again)
FRAMES = [[1, 2, 3], [6, 7], [8, 9], [10]]
#: checkpoint seq -> the last frame applied before it was taken (5: after the hole, as after a server gap notice)
CHECKPOINTS = {3: 0, 5: 0, 7: 1, 9: 2}


def viewers(seq: int) -> dict[str, Any]:
    return {"type": "viewer_count", "seq": seq, "ts": T0 + 10 * seq, "viewers": seq, "total_viewers": seq}


def foreign_state() -> bytes:
    """A checkpoint written by an engine of another console version: refused on decode."""
    engine = KpiEngine(None)
    engine.added_by_a_newer_console = 1  # type: ignore[attr-defined]  # the attribute another version would have
    return engine_to_bytes(engine)


@pytest.fixture
def session(tmp_path: Path) -> Path:
    """Events 1-3 and 6-10, with engine checkpoints at seqs 3, 5, 7 and 9 taken as the live console takes them."""
    path = tmp_path / "small.db"
    recorder = SessionRecorder(path)
    ingest = Ingest(KpiEngine(None), sinks=[recorder.record])
    recorder.write_session({"live_id": "t", "console_version": "test", "started_at": 1.0}).result(5)
    for i, seqs in enumerate(FRAMES):
        ingest.frame(json.dumps([viewers(s) for s in seqs]), 0.0)
        for seq in (s for s, after in CHECKPOINTS.items() if after == i):
            state = engine_to_bytes(ingest.engine)
            recorder.write_checkpoint(seq, T0 + 10 * seq, STATE_VERSION, lambda state=state: state)
    recorder.close()
    return path


def replace_states(path: Path, seqs: list[int], state: bytes) -> None:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executemany("UPDATE checkpoints SET state = ? WHERE seq = ?", [(state, s) for s in seqs])


def test_the_latest_checkpoint_at_or_before_a_seq_is_restored_with_the_counters_of_a_reader_from_the_start(
        session: Path) -> None:
    with EventSource(session) as source:
        at_8 = latest_checkpoint(source, None, upto=8)
        at_5 = latest_checkpoint(source, None, upto=6)
        latest = latest_checkpoint(source, None)
        before_any = latest_checkpoint(source, None, upto=2)
    assert at_8 is not None and at_8.seq == 7
    assert at_8.applied == 5  # events 1, 2, 3, 6, 7
    assert at_8.ingest.last_seq == 7 and at_8.ingest.last_event_ts == T0 + 70
    assert at_8.ingest.gaps == [Gap(4, 5, HOLE_CAUSE)]
    assert at_8.ingest.engine.snapshot().viewers_now == 7
    # a checkpoint taken right after the hole: the reader carries on from the last recorded event before it
    assert at_5 is not None and at_5.seq == 5 and at_5.applied == 3 and at_5.ingest.last_seq == 3
    assert at_5.ingest.last_event_ts == T0 + 30 and at_5.ingest.gaps == []
    assert latest is not None and latest.seq == 9 and latest.applied == 7
    assert before_any is None


def test_a_refused_checkpoint_is_passed_over_and_none_is_tried_after_a_few(session: Path) -> None:
    replace_states(session, [9], foreign_state())
    with EventSource(session) as source:
        stored = StoredCheckpoints.of(source, None)
        restored = stored.restore_latest(source)
        assert restored is not None and restored.seq == 7  # 9 is of another engine version: the one before
        assert stored.seqs == [3, 5, 7] and [f.split(":")[0] for f in stored.failures] == [
            "stored checkpoint at seq 9"]
    replace_states(session, [3, 5, 7], foreign_state())
    with EventSource(session) as source:
        stored = StoredCheckpoints.of(source, None)
        assert stored.restore_latest(source) is None  # 9, 7, 5 refused: 3 is never tried
        assert len(stored.failures) == MAX_STORED_FAILURES == 3 and stored.seqs == []


def test_holes_come_from_the_gaps_table_when_it_accounts_for_them_else_from_a_scan(session: Path) -> None:
    def holes() -> list[tuple[int, int]]:
        with EventSource(session) as source:
            return source.holes()

    def change(sql: str) -> None:
        with closing(sqlite3.connect(session)) as conn, conn:
            conn.execute(sql)

    assert holes() == [(4, 5)]  # the hole the recording ingest met, as it wrote it to `gaps`
    change("INSERT INTO gaps (from_seq, to_seq, cause, detected_at) VALUES (2, 6, 'server: lost', 0)")
    assert holes() == [(4, 5)]  # a recorded range around recorded events: only the seqs missing inside it
    change("DELETE FROM events WHERE seq IN (1, 7)")  # by hand: the tables no longer account for every hole
    assert holes() == [(1, 1), (4, 5), (7, 7)]
    change("INSERT INTO rejected (received_at, seq, reason) VALUES (0, 7, 'invalid')")
    assert holes() == [(1, 1), (4, 5), (7, 7)]  # accounted for again: a rejected element holds its seq
    change("INSERT INTO gaps (from_seq, to_seq, cause, detected_at) VALUES (9, 12, 'server: lost', 0)")
    assert holes() == [(1, 1), (4, 5), (7, 7)]  # seqs after the last event are no hole


def test_frames_stay_under_the_decoders_limit_however_long_the_events(session: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with EventSource(session) as source:
        raws = source.raws(0)
        whole = list(source.frames(0))
        monkeypatch.setattr(reader, "FRAME_CHARS", 2 * max(map(len, raws)))  # room for any two, never three
        split = list(source.frames(0))
    assert len(raws) == 8 and whole == [("[" + ",".join(raws) + "]", 8, 10)]
    assert [(n, last) for _, n, last in split] == [(2, 2), (2, 6), (2, 8), (2, 10)]
    assert "".join(frame for frame, _, _ in split) == "".join(f"[{a},{b}]" for a, b in zip(raws[::2], raws[1::2],
                                                                                          strict=True))


def test_sqlite_errors_leave_the_package_as_session_file_errors_naming_the_file(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    with pytest.raises(SessionFileError, match=f"{garbage}: cannot be opened for recording"):
        open_for_writing(garbage)
    session = tmp_path / "live.db"
    review_notes_path(session).write_bytes(b"not a database at all" * 100)
    with pytest.raises(SessionFileError, match=str(review_notes_path(session))):
        load_review_notes(session)
    with pytest.raises(SessionFileError, match=str(review_notes_path(session))):
        ReviewNotes(session).add(T0, "price drop worked here", "producer")
