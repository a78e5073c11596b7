"""The session recorder: writes events, rejected frames, gaps, actions and notes to the session file.

One writer thread owns the SQLite connection. Events are written in batches, committed at least every 250 ms;
an action intent is committed at once, in a transaction of its own (not behind the batch of events: a batch being
written stops at the next frame and commits what it has), and its Future resolves only then, so the request never
leaves before its row is on disk (write-ahead). The WAL is folded into the database by a WalFolder, on a thread and
connection of its own, so that no commit waits for a fold. When the disk
refuses (full, read-only) nothing is dropped: the rows wait in memory, `storage_error` says why, and writing
resumes by itself when the disk accepts again.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from console.i18n import translate
from console.live.ingest import IngestResult
from console.protocol import wire as p
from console.session.file import NOT_FOR_RECORDING, named_errors, open_for_writing, take_writer_lock
from console.session.wal_folder import WalFolder

FLUSH_EVERY_S: Final = 0.25
RETRY_EVERY_S: Final = 1.0

_EVENT_SQL = "INSERT OR IGNORE INTO events (seq, ts, type, product_id, channel, action_id, raw) VALUES (?,?,?,?,?,?,?)"
# A clean frame goes to SQLite as one string: SQLite splits it and fills the columns in C, with the GIL released,
# instead of Python building a row (and re-encoding the event) per event: the recorder keeps up with 100k+ ev/s
# beside the pipeline thread (docs/performance.md). `raw` is then the event as the server sent it (minified).
# MATERIALIZED: each element's text is rendered once, not once per column that reads it (~20 % of the cost).
# (The statement starts with INSERT, not WITH, so that sqlite3 reports its rowcount.)
# A frame of one event costs less as a row (one statement per frame either way): those go with the rows.
_ARRAY_FRAME_SQL = (
    "INSERT OR IGNORE INTO events (seq, ts, type, product_id, channel, action_id, raw) "
    "WITH e(j) AS MATERIALIZED (SELECT value FROM json_each(?)) "
    "SELECT j ->> 'seq', j ->> 'ts', j ->> 'type', j ->> 'product_id', j ->> 'channel', j ->> 'action_id', j FROM e")
_SEQS_IN_RANGE_SQL = "SELECT count(*) FROM events WHERE seq BETWEEN ? AND ?"
_REJECTED_SQL = "INSERT INTO rejected (received_at, seq, type, reason, raw) VALUES (?,?,?,?,?)"
_GAP_SQL = "INSERT INTO gaps (from_seq, to_seq, cause, detected_at) VALUES (?,?,?,?)"
_ACTION_COLUMNS: Final = ("id", "kind", "label", "params", "source", "operator", "clicked_at", "sent_at", "acked_at",
                          "status", "http_status", "attempts", "latency_ms", "error", "action_id", "live_ts", "steps")


@dataclass(slots=True)
class _Op:
    sql: str
    rows: list[Sequence[Any]]
    done: Future[None] | None = None  # set when this op must be committed before someone goes on
    urgent: bool = False
    build: Callable[[], list[Sequence[Any]]] | None = None  # rows built on the writer thread, when committed
    events: list[Any] | None = None  # an events op: its rows are built on the writer thread, from these
    frame: str | None = None  # ... or, for a verbatim frame, written from this text (see _ARRAY_FRAME_SQL)
    one_raw: str | None = None  # a verbatim frame of one event: its text, kept as `raw` (with any additive field)


@dataclass(slots=True)
class RecorderStats:
    events_written: int = 0
    commits: int = 0
    pending_rows: int = 0
    last_commit_at: float = 0.0
    errors: list[str] = field(default_factory=list)


def event_rows(events: Iterable[Any], raws: Sequence[str | None] | None = None) -> list[tuple[Any, ...]]:
    """The `events` rows; `raws[i]`, when given, is event i as the server sent it (else it is encoded again)."""
    enc = p.encode
    texts = raws if raws is not None else itertools.repeat(None)
    return [(ev.seq, ev.ts, type(ev).__struct_config__.tag, getattr(ev, "product_id", None),
             getattr(ev, "channel", None), getattr(ev, "action_id", None), raw if raw is not None else enc(ev).decode())
            for ev, raw in zip(events, texts, strict=False)]


def _one_event_text(frame: str) -> str:
    """A verbatim frame of one event as that event's text: the object itself, or the one element of an array."""
    text = frame.strip()
    return text[1:-1].strip() if text.startswith("[") else text


def _plain(text: str) -> bool:
    """Its `seq` and `type` said once: the text then reads, in SQLite's JSON as in msgspec, as the row's event (a
    key given twice is read first by one and last by the other; such a text is re-encoded instead)."""
    return text.count('"seq"') == 1 and text.count('"type"') == 1


class SessionRecorder:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = open_for_writing(path)  # opened here so a bad path fails at start-up, loudly
        try:
            self._lock = take_writer_lock(path)  # one console per file: another seat's file is refused by name
        except BaseException:
            self._conn.close()
            raise
        # SQLite folds the WAL into the database inside whichever COMMIT pushes it past 1000 pages: that could be an
        # action's write-ahead commit, which must stay short. The WalFolder folds it beside the writer instead.
        with named_errors(path, NOT_FOR_RECORDING):
            self._conn.execute("PRAGMA wal_autocheckpoint=0")
        self._folder = WalFolder(path)
        self._q: queue.SimpleQueue[_Op | None] = queue.SimpleQueue()
        self._wake = threading.Event()  # urgent op or shutdown: see _gather
        self.stats = RecorderStats()
        self.storage_error: str | None = None
        self._session_written = False
        self._thread = threading.Thread(target=self._run, name="session-recorder", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------------ producers (any thread)
    def record(self, raw: str | bytes, result: IngestResult) -> None:
        """Ingest sink: the frame's accepted events, rejected elements and gaps."""
        if result.events:
            frame = one = None
            if result.verbatim:  # `raw` keeps the event as sent, fields this console does not know included
                text = raw.decode() if isinstance(raw, bytes) else raw
                if len(result.events) > 1:
                    frame = text
                elif _plain(candidate := _one_event_text(text)):
                    one = candidate
            self._q.put(_Op(_EVENT_SQL, [], events=result.events, frame=frame, one_raw=one))
        if not (result.rejected or result.gaps):
            return
        now = time.time()
        if result.rejected:
            self._q.put(_Op(_REJECTED_SQL, [(now, r.seq, r.type, r.reason, r.raw) for r in result.rejected]))
        if result.gaps:
            self._q.put(_Op(_GAP_SQL, [(g.from_seq, g.to_seq, g.cause, now) for g in result.gaps]))

    def write_session(self, fields: dict[str, Any]) -> Future[None]:
        """Create the session row (the first call must carry live_id, console_version, started_at) or update it."""
        if not self._session_written:
            self._session_written = True
            cols = ", ".join(fields)
            marks = ", ".join("?" for _ in fields)
            return self._urgent(f"INSERT OR IGNORE INTO session (id, {cols}) VALUES (1, {marks})",
                                [tuple(fields.values())])
        sets = ", ".join(f"{c} = ?" for c in fields)
        return self._urgent(f"UPDATE session SET {sets} WHERE id = 1", [tuple(fields.values())])

    def write_intent(self, row: dict[str, Any]) -> Future[None]:
        """Commit a new action row (status 'pending'); the Future resolves once it is on disk."""
        cols = [c for c in _ACTION_COLUMNS if c in row]
        sql = f"INSERT INTO actions ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
        return self._urgent(sql, [tuple(row[c] for c in cols)])

    def update_action(self, action_key: str, fields: dict[str, Any]) -> Future[None]:
        sets = ", ".join(f"{c} = ?" for c in fields)
        return self._urgent(f"UPDATE actions SET {sets} WHERE id = ?", [(*fields.values(), action_key)])

    def add_note(self, live_ts: float | None, text: str, author: str, source: str) -> Future[None]:
        return self._urgent("INSERT INTO notes (live_ts, wall_ts, text, author, source) VALUES (?,?,?,?,?)",
                            [(live_ts, time.time(), text, author, source)])

    def write_advice(self, row: dict[str, Any]) -> Future[None]:
        """An advice raised, or its new state (the whole row, replaced: docs/session-file.md, `advice`)."""
        cols = ", ".join(row)
        return self._urgent(f"INSERT OR REPLACE INTO advice ({cols}) VALUES ({', '.join('?' for _ in row)})",
                            [tuple(row.values())])

    def expire_open_advice(self, reason: str) -> Future[None]:
        """An earlier run's advice still raised when it stopped: nobody watches it any more."""
        return self._urgent("UPDATE advice SET status = 'expired', status_ts = raised_ts, reason = ? "
                            "WHERE status = 'raised'", [(reason,)])

    def write_checkpoint(self, seq: int, ts: float | None, state_format: int, state: Callable[[], bytes]) -> None:
        """The engine's state after event `seq`, written with the next batch. `state()` (console.kpi.state's bytes)
        runs on the writer thread: encoding takes 10-80 ms late in a big live, which the pipeline thread (an
        action on its way, the next frame) must not wait for."""
        def row() -> list[Sequence[Any]]:
            return [(seq, ts, state_format, state())]
        self._q.put(_Op("INSERT OR REPLACE INTO checkpoints (seq, ts, format, state) VALUES (?,?,?,?)", [],
                        build=row))

    def write_kpi_minutes(self, rows: list[tuple[Any, ...]]) -> None:
        self._q.put(_Op("INSERT OR REPLACE INTO kpi_minutes VALUES (?,?,?,?,?,?,?,?,?,?,?)", list(rows)))

    def close(self, timeout: float = 10.0) -> None:
        """Flush everything queued, then close the file."""
        self._q.put(None)
        self._wake.set()
        self._thread.join(timeout)

    def _urgent(self, sql: str, rows: list[Sequence[Any]]) -> Future[None]:
        done: Future[None] = Future()
        self._q.put(_Op(sql, rows, done, urgent=True))
        self._wake.set()
        return done

    # ------------------------------------------------------------------ writer thread
    def _run(self) -> None:
        try:
            self._write_loop()
        except Exception as exc:  # the thread must not vanish silently: say so where the console shows it
            self.storage_error = translate(
                "SessionFile", "the session recorder stopped: {error}; events are no longer written").format(
                    error=repr(exc))
            raise

    def _write_loop(self) -> None:
        pending: list[_Op] = []
        closing = False
        deadline: float | None = None  # when the batch in `pending` is due
        while not closing or pending:
            if deadline is None or not pending:
                deadline = time.monotonic() + (RETRY_EVERY_S if self.storage_error else FLUSH_EVERY_S)
            closing = self._gather(pending, deadline) or closing
            if not closing and not self.storage_error:
                # Urgent ops (an action's write-ahead row) first, in a transaction of their own, as soon as they
                # come: the events gathered so far keep their own deadline instead of making the action wait.
                urgent = [op for op in pending if op.urgent]
                if urgent and self._commit(urgent) is not None:
                    pending = [op for op in pending if not op.urgent]
                if time.monotonic() < deadline:
                    continue
            if not pending:
                deadline = None
                continue
            left = self._commit(pending, yield_to_urgent=not closing)
            if left is not None:
                pending = left
                if not left:  # else an urgent op stopped the batch: it goes next, then the rest (already due)
                    deadline = None
            elif closing and self.storage_error:
                break  # the disk still refuses at shutdown: what is left is reported in stats, not hidden
            else:
                deadline = None
        self.stats.pending_rows = sum(len(op.events or op.rows) for op in pending)
        self._folder.close()
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        os.close(self._lock)  # after the last write: the next console may carry the file on

    def _gather(self, pending: list[_Op], deadline: float) -> bool:
        """Collect ops until the deadline (with something to write), an urgent op, or shutdown (returns True).

        The writer sleeps on `_wake`, which only urgent ops and shutdown set: thousands of frames a second queue
        up without waking it (and taking the GIL from the pipeline thread) once per frame.
        """
        while True:
            closing, urgent = self._drain(pending)
            if closing:
                return True
            if urgent and not self.storage_error:
                return False
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                if pending:
                    return False
                deadline = time.monotonic() + FLUSH_EVERY_S
                continue
            self._wake.wait(remaining)

    def _drain(self, pending: list[_Op]) -> tuple[bool, bool]:
        """Move every queued op to `pending`: (shutdown asked, an urgent op among them)."""
        self._wake.clear()  # before the drain: an op put after it sets the event again
        urgent = False
        with contextlib.suppress(queue.Empty):
            while True:
                op = self._q.get_nowait()
                if op is None:
                    self._q.put(None)  # keep the shutdown signal for the next gather
                    return True, urgent
                pending.append(op)
                urgent = urgent or op.urgent
        return False, urgent

    def _commit(self, ops: list[_Op], yield_to_urgent: bool = False) -> list[_Op] | None:
        """Write `ops` in one transaction: the ops left unwritten ([] for all written), None when the disk refused.

        With `yield_to_urgent`, an urgent op queued meanwhile stops the batch at the next op (a frame takes a few
        ms; a whole batch, tens): what was written is committed, the rest is returned for after the urgent op.
        """
        written = ops
        try:
            self._conn.execute("BEGIN")
            loose: list[Any] = []  # events without a frame to write from: one executemany for all of them
            loose_raw: list[str | None] = []  # their text as sent, where known
            singles: list[tuple[Any, str]] = []  # a run of one-event frames as sent, (event, text): see below
            for i, op in enumerate(ops):
                if yield_to_urgent and i and self._wake.is_set():
                    written = ops[:i]
                    break
                if op.build is not None:  # once: a retried commit reuses the rows
                    op.rows = self._built(op.build)
                    op.build = None
                if op.one_raw is not None and op.events is not None and len(op.events) == 1:
                    if singles and singles[-1][0].seq + 1 != op.events[0].seq:
                        self._write_singles(singles, loose, loose_raw)
                    singles.append((op.events[0], op.one_raw))
                    continue
                if op.events is None:
                    self._conn.executemany(op.sql, op.rows)
                elif op.frame is None or not self._write_frame(op.frame, op.events):
                    loose.extend(op.events)
                    loose_raw.extend([None] * len(op.events))
            self._write_singles(singles, loose, loose_raw)
            if loose:
                self._conn.executemany(_EVENT_SQL, event_rows(loose, loose_raw))
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            self.storage_error = translate("SessionFile", "cannot write the session file {path}: {error}").format(
                path=self.path, error=exc)
            self.stats.errors.append(str(exc))
            return None
        self.storage_error = None
        self.stats.commits += 1
        self.stats.last_commit_at = time.time()
        self.stats.events_written += sum(len(op.events) for op in written if op.events is not None)
        for op in written:
            if op.done is not None and not op.done.done():  # a waiter may have given up (and cancelled) already
                op.done.set_result(None)
        return ops[len(written):]

    def _built(self, build: Callable[[], list[Sequence[Any]]]) -> list[Sequence[Any]]:
        try:
            return build()
        except Exception as exc:  # a checkpoint that cannot be encoded is left out, never the events beside it
            self.stats.errors.append(f"a checkpoint was not written: {exc!r}")
            return []

    def _write_singles(self, singles: list[tuple[Any, str]], loose: list[Any], loose_raw: list[str | None]) -> None:
        """Write a run of one-event frames with consecutive seqs (emptying `singles`): as one JSON array of their
        texts, so that SQLite fills the rows with the GIL released instead of Python building a row per event
        (feeds that send one event per frame: the pipeline thread then keeps the GIL, docs/performance.md). A run
        of one, or one SQLite reads otherwise, goes with the loose rows."""
        if not singles:
            return
        events = [ev for ev, _ in singles]
        if len(singles) < 2 or not self._write_frame("[" + ",".join(text for _, text in singles) + "]", events):
            loose.extend(events)
            loose_raw.extend(text for _, text in singles)
        singles.clear()

    def _write_frame(self, frame: str, events: list[Any]) -> bool:
        """Write a verbatim frame's events; False (and nothing written) when SQLite reads the text otherwise than
        msgspec did, or cannot read it: its events then go as rows."""
        conn = self._conn
        conn.execute("SAVEPOINT frame")
        first, last = events[0].seq, events[-1].seq
        try:
            written = conn.execute(_ARRAY_FRAME_SQL, (frame,)).rowcount
            # SQLite must have read the seqs msgspec read (first + index, contiguous): they differ only when an
            # element gives "seq" twice (SQLite takes the first, msgspec the last); such a frame goes as rows.
            if written == len(events):
                written = conn.execute(_SEQS_IN_RANGE_SQL, (first, last)).fetchone()[0]
        except sqlite3.Error as exc:
            # Text msgspec accepted but SQLite's JSON reader does not (a plain SQLITE_ERROR): only that statement
            # was undone. Any other failure (busy, locked, full, I/O) is the disk's, for the caller to handle.
            if exc.sqlite_errorcode != sqlite3.SQLITE_ERROR or not conn.in_transaction:
                raise
            written = -1
        if written != len(events):
            conn.execute("ROLLBACK TO frame")
        conn.execute("RELEASE frame")
        return written == len(events)
