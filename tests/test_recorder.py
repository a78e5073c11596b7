"""SessionRecorder's event rows: clean frames stored as they came (split by SQLite), others row by row; schema v2."""

from __future__ import annotations

import json
import sqlite3
import threading
from concurrent.futures import Future
from contextlib import closing
from pathlib import Path

import pytest

from console.kpi.engine import KpiEngine
from console.live.ingest import Ingest, IngestResult
from console.protocol import wire as p
from console.session import recorder as recorder_module
from console.session.file import MIGRATIONS, SCHEMA_VERSION, open_for_writing
from console.session.recorder import SessionRecorder
from console.session.wal_folder import WalFolder

COLUMNS = "seq, ts, type, product_id, channel, action_id"

JOIN = '{"type":"viewer_joined","seq":1,"ts":100.5,"viewer_id":"v1","channel":"paid","mood":"curious"}'
CLICK = '{"type": "product_click", "seq": 2, "ts": 101, "product_id": "SKU-1", "viewer_id": "v1", "channel": "paid"}'
OFFER = ('{"type":"offer_started","seq":3,"ts":102.25,"action_id":"act-9","product_id":"SKU-1","discount_pct":20,'
         '"price":9.5,"duration_s":120,"ends_at":222.25}')


def record_frames(path: Path, frames: list[str]) -> list[IngestResult]:
    rec = SessionRecorder(path)
    ingest = Ingest(KpiEngine(), sinks=[rec.record])
    results = [ingest.frame(f, 0.0) for f in frames]
    rec.close()
    return results


def rows(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT {COLUMNS}, raw FROM events ORDER BY seq").fetchall()


def test_a_clean_frame_is_stored_as_it_came_with_its_columns_filled(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    (result,) = record_frames(db, [f"[{JOIN}, {CLICK}, {OFFER}]"])
    assert result.verbatim
    got = rows(db)
    assert [r[:6] for r in got] == [
        (1, 100.5, "viewer_joined", None, "paid", None),
        (2, 101.0, "product_click", "SKU-1", "paid", None),
        (3, 102.25, "offer_started", "SKU-1", None, "act-9"),
    ]
    # raw is the server's element, minified, with the field this console does not know kept
    assert json.loads(got[0][6]) == json.loads(JOIN)
    assert got[1][6] == CLICK.replace(" ", "")
    # and decodes to the very event the live console applied
    assert [p.decode_frame(r[6]).events[0] for r in got] == result.events


def test_one_event_per_frame_is_stored_keeping_the_event_as_sent(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    results = record_frames(db, [JOIN, f"[{CLICK}]"])
    assert all(r.verbatim for r in results)
    got = rows(db)
    assert [r[:6] for r in got] == [(1, 100.5, "viewer_joined", None, "paid", None),
                                    (2, 101.0, "product_click", "SKU-1", "paid", None)]
    # one-event frames with consecutive seqs go to SQLite as one array of their texts: each raw is the event as
    # sent, minified, with the fields this console does not know (a bridge's additive ones: the shop's
    # `channel_basis`, `unmapped_products`)
    assert got[0][6] == JOIN and got[1][6] == CLICK.replace(" ", "")
    assert [p.decode_frame(r[6]).events[0] for r in got] == [e for r in results for e in r.events]


def test_a_lone_one_event_frame_and_runs_broken_by_a_gap_are_each_stored(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    # seqs 1, 2 (a run), then 4 alone after a hole (3 never came), then 5, 6, 7 with 6's seq given twice: SQLite
    # and msgspec would read that text differently, so it goes as a row encoded again, and 5 and 7 stand alone
    twice = '{"type":"viewer_joined","seq":99,"ts":103.5,"viewer_id":"v6","channel":"paid","seq":6}'
    frames = [JOIN, CLICK, JOIN.replace('"seq":1', '"seq":4').replace("100.5", "102.5"),
              JOIN.replace('"seq":1', '"seq":5').replace("100.5", "103.0"), twice,
              JOIN.replace('"seq":1', '"seq":7').replace("100.5", "104.0")]
    results = record_frames(db, frames)
    assert [len(r.events) for r in results] == [1] * 6 and [len(r.gaps) for r in results] == [0, 0, 1, 0, 0, 0]
    got = rows(db)
    assert [(r[0], r[1]) for r in got] == [(1, 100.5), (2, 101.0), (4, 102.5), (5, 103.0), (6, 103.5), (7, 104.0)]
    assert json.loads(got[4][6]) == {"type": "viewer_joined", "seq": 6, "ts": 103.5, "viewer_id": "v6",
                                     "channel": "paid"}
    assert json.loads(got[5][6])["mood"] == "curious"


def test_a_frame_taken_apart_is_stored_row_by_row_from_its_good_events(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    bad = '{"type":"viewer_joined","seq":2,"ts":-1,"viewer_id":"v2","channel":"paid"}'  # ts must be >= 0
    (result,) = record_frames(db, [f"[{JOIN}, {bad}, {OFFER}]"])
    assert not result.verbatim and len(result.rejected) == 1
    got = rows(db)
    assert [r[:3] for r in got] == [(1, 100.5, "viewer_joined"), (3, 102.25, "offer_started")]
    assert "mood" not in got[0][6]  # re-encoded from the decoded event: protocol fields only
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT seq, reason FROM rejected").fetchall()[0][0] == 2


def test_frame_text_sqlite_cannot_read_falls_back_to_the_decoded_events(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    events = p.decode_frame(f"[{JOIN}, {CLICK}]").events
    rec = SessionRecorder(db)
    rec.record("[this is not what was decoded", IngestResult(events=events, verbatim=True))
    rec.close()
    assert rec.storage_error is None and rec.stats.events_written == 2
    assert [r[:3] for r in rows(db)] == [(1, 100.5, "viewer_joined"), (2, 101.0, "product_click")]


def test_a_key_given_twice_never_puts_an_event_under_another_seq(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    # msgspec reads the last "seq" (2), SQLite's JSON the first (1): the row must be seq 2, as the console applied it
    twice = '{"type":"viewer_joined","seq":1,"seq":2,"ts":101.0,"viewer_id":"v2","channel":"paid"}'
    third = '{"type":"viewer_joined","seq":3,"ts":102.0,"viewer_id":"v3","channel":"paid"}'
    _, result = record_frames(db, [JOIN, f"[{twice}, {third}]"])
    assert [e.seq for e in result.events] == [2, 3]
    got = rows(db)
    assert [r[:3] for r in got] == [(1, 100.5, "viewer_joined"), (2, 101.0, "viewer_joined"),
                                    (3, 102.0, "viewer_joined")]
    assert p.decode_frame(got[1][6]).events[0].viewer_id == "v2"
    # the same where SQLite's reading lands outside the frame's range (a fresh seq, 99): still seq 4 and 5
    fourth = '{"type":"viewer_joined","seq":99,"seq":4,"ts":103.0,"viewer_id":"v4","channel":"paid"}'
    fifth = '{"type":"viewer_joined","seq":5,"ts":104.0,"viewer_id":"v5","channel":"paid"}'
    record_frames(db, [JOIN, f"[{twice}, {third}]", f"[{fourth}, {fifth}]"])
    assert [r[0] for r in rows(db)] == [1, 2, 3, 4, 5]


def test_a_version_5_file_keeps_its_actions_and_takes_actions_done_by_hand(tmp_path: Path) -> None:
    db = tmp_path / "v5.db"
    row = ("k1", "flash_offer", "Knife -20%", '{"product_id": "KNIFE"}', "hotkey", "ana", 10.0, 10.1, 10.2,
           "acked", 201, 1, 12.5, None, "act-1", 3.0)
    with closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.executescript("".join(MIGRATIONS[v] for v in range(1, 6)) + "PRAGMA user_version = 5;")
        conn.execute(f"INSERT INTO actions VALUES ({', '.join('?' * len(row))})", row)
    with closing(open_for_writing(db)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
        assert conn.execute("SELECT * FROM actions").fetchall() == [(*row, None)]  # every column kept, no steps
        conn.execute("INSERT INTO actions (id, kind, params, source, clicked_at, status, steps) "
                     "VALUES ('k2', 'segment', '{}', 'cue', 11.0, 'by_hand', '[\"In TikTok LIVE Studio: ...\"]')")
        conn.execute("UPDATE actions SET status = 'not_done' WHERE id = 'k2'")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE actions SET status = 'maybe' WHERE id = 'k2'")


def test_a_version_1_file_is_migrated_keeping_its_events(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.executescript(MIGRATIONS[1] + "PRAGMA user_version = 1;")
        conn.execute(f"INSERT INTO events ({COLUMNS}, raw) VALUES (7, 1.0, 'kit_launched', NULL, NULL, 'a', '{{}}')")
    with closing(open_for_writing(db)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"events_ts", "events_marks"} <= indexes and "events_type" not in indexes
        assert conn.execute("SELECT count(*) FROM checkpoints").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM advice").fetchone()[0] == 0  # v4: the advisor's table, empty
        assert "provides" in {r[1] for r in conn.execute("PRAGMA table_info(session)")}  # v5: what the feed sends
        assert "steps" in {r[1] for r in conn.execute("PRAGMA table_info(actions)")}  # v6: steps by hand
        assert conn.execute("SELECT seq FROM events WHERE type IN ('offer_started', 'segment_changed', "
                            "'kit_launched')").fetchall() == [(7,)]


def test_an_action_row_is_committed_at_once_not_behind_the_batch_of_events(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recorder_module, "FLUSH_EVERY_S", 60.0)  # events wait for their batch, a long one here
    db = tmp_path / "s.db"
    rec = SessionRecorder(db)
    rec.record(f"[{JOIN}, {CLICK}]", IngestResult(events=p.decode_frame(f"[{JOIN}, {CLICK}]").events, verbatim=True))
    rec.write_intent({"id": "k1", "kind": "segment", "params": "{}", "source": "hotkey", "clicked_at": 1.0,
                      "status": "pending"}).result(timeout=5)
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT id, status FROM actions").fetchall() == [("k1", "pending")]
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0  # still in its batch
    rec.close()
    assert [r[0] for r in rows(db)] == [1, 2]


def test_a_checkpoint_that_cannot_be_encoded_is_left_out_not_the_events(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    rec = SessionRecorder(db)

    def broken() -> bytes:
        raise ValueError("cannot encode")

    rec.record(f"[{JOIN}, {CLICK}]", IngestResult(events=p.decode_frame(f"[{JOIN}, {CLICK}]").events, verbatim=True))
    rec.write_checkpoint(2, 101.0, 1, broken)
    rec.write_checkpoint(1, 100.5, 1, lambda: b"state")
    rec.close()
    assert rec.storage_error is None and any("cannot encode" in e for e in rec.stats.errors)
    assert [r[0] for r in rows(db)] == [1, 2]
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT seq, state FROM checkpoints").fetchall() == [(1, b"state")]


def test_an_action_arriving_while_a_batch_is_written_goes_before_the_rest_of_the_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recorder_module, "FLUSH_EVERY_S", 0.05)
    db = tmp_path / "s.db"
    rec = SessionRecorder(db)
    entered, go, pressed = threading.Event(), threading.Event(), threading.Event()
    seen_when_committed: list[list[int]] = []
    intent: list[Future[None]] = []

    def held() -> bytes:  # keeps the writer in its first batch until every op below is queued
        entered.set()
        go.wait(5)
        return b"first"

    def press() -> bytes:  # an action pressed while the second batch is being written, after its first frame
        fut = rec.write_intent({"id": "k1", "kind": "segment", "params": "{}", "source": "hotkey",
                                "clicked_at": 1.0, "status": "pending"})
        fut.add_done_callback(lambda _f: seen_when_committed.append([r[0] for r in rows(db)]))
        intent.append(fut)
        pressed.set()
        return b"second"

    def frame(*events: str) -> None:
        text = "[" + ", ".join(events) + "]"
        rec.record(text, IngestResult(events=p.decode_frame(text).events, verbatim=True))

    rec.write_checkpoint(0, None, 1, held)
    assert entered.wait(5)
    frame(JOIN, CLICK)
    rec.write_checkpoint(2, 101.0, 1, press)
    frame(OFFER, OFFER.replace('"seq":3', '"seq":4'))
    go.set()
    assert pressed.wait(5)
    assert intent[0].result(timeout=5) is None
    rec.close()
    # committed after the frame before it (and its batch's checkpoint), before the frame after it
    assert seen_when_committed == [[1, 2]]
    assert [r[0] for r in rows(db)] == [1, 2, 3, 4]
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT seq, state FROM checkpoints ORDER BY seq").fetchall() == [
            (0, b"first"), (2, b"second")]


def test_the_wal_is_folded_beside_the_writer_on_a_connection_of_its_own(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    writer = open_for_writing(db)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.executemany("INSERT INTO notes (live_ts, wall_ts, text, author, source) VALUES (?,?,?,?,?)",
                       [(float(i), float(i), "x" * 500, "op", "test") for i in range(200)])
    folder = WalFolder(db, every_s=3600)  # its thread stays idle: this test folds by hand
    try:
        writer.execute("BEGIN")  # a write transaction open meanwhile does not stop a fold
        writer.execute("INSERT INTO notes (live_ts, wall_ts, text, author, source) VALUES (1,1,'y','op','test')")
        in_wal, folded = folder.fold() or (0, -1)
        writer.execute("COMMIT")
    finally:
        folder.close()
        writer.close()
    assert in_wal > 20 and folded == in_wal and folder.folds == 1 and folder.last_error is None
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 201


def test_the_session_file_opens_with_sqlite_utils_as_documented(tmp_path: Path) -> None:
    """docs/session-file.md tells producers to open a session with stock tools (`sqlite-utils tables FILE
    --counts`, `sqlite-utils rows FILE events`): that library reads what the recorder wrote, as written."""
    import sqlite_utils

    db_path = tmp_path / "s.db"
    record_frames(db_path, [f"[{JOIN}, {CLICK}, {OFFER}]"])
    db = sqlite_utils.Database(db_path)
    try:
        assert {"session", "events", "actions"} <= set(db.table_names())
        assert db["events"].count == 3
        got = [(r["seq"], r["type"], r["product_id"]) for r in db["events"].rows_where(order_by="seq")]
        assert got == [(1, "viewer_joined", None), (2, "product_click", "SKU-1"), (3, "offer_started", "SKU-1")]
    finally:
        db.close()


def test_a_new_session_file_has_16_kib_pages(tmp_path: Path) -> None:
    # the events go in faster with them (console/session/file.py); an existing file keeps the size it was made with
    with closing(open_for_writing(tmp_path / "s.db")) as conn:
        assert conn.execute("PRAGMA page_size").fetchone() == (16384,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
