"""Read-only access to a session file's events by seq range, so replay never holds the whole live in memory.

`events.seq` is the INTEGER PRIMARY KEY (the rowid): a seq range is a B-tree range read, and the `events_ts`
index answers "the last event at or before live time T" in one lookup. Each reader owns one connection; it is
used by one thread at a time (the replay thread, or the background index pass with a reader of its own).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from console.kpi.state import STATE_VERSION
from console.session.file import SessionFileError, checkpoint_state, open_read_only, stored_checkpoints

#: events per decode call: one C call per batch keeps seeking fast, and the frame stays far below the 4 MiB limit
BATCH: Final = 2000


class EventSource:
    """The events of one session file, read on demand by seq range (never all at once)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # check_same_thread=False: the reader is created on one thread and may be used by the replay thread;
        # it is never used by two threads at once (see the module docstring)
        self._conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)

    def close(self) -> None:
        self._conn.close()

    def _one(self, sql: str, args: tuple[float | int, ...] = ()) -> tuple[int, float] | None:
        try:
            row = self._conn.execute(sql, args).fetchone()
        except sqlite3.DatabaseError as exc:  # a page damaged after the open-time check; name the file
            raise SessionFileError(f"{self.path}: damaged session file ({exc})") from None
        return None if row is None or row[0] is None else (int(row[0]), float(row[1]))

    def first(self) -> tuple[int, float] | None:
        """(seq, ts) of the first recorded event; None for a file without events."""
        return self._one("SELECT seq, ts FROM events ORDER BY seq LIMIT 1")

    def last(self) -> tuple[int, float] | None:
        return self._one("SELECT seq, ts FROM events ORDER BY seq DESC LIMIT 1")

    def at_or_before_ts(self, ts: float) -> tuple[int, float] | None:
        """(seq, ts) of the last event of live time <= ts: the end of the prefix a replay at `ts` has applied.

        Events are recorded in live-time order, so the prefix of seqs with ts <= T ends at the largest such seq;
        the events_ts index (ts, rowid) gives it without a scan.
        """
        return self._one("SELECT seq, ts FROM events WHERE ts <= ? ORDER BY ts DESC, seq DESC LIMIT 1", (ts,))

    def at_or_before_seq(self, seq: int) -> tuple[int, float] | None:
        """(seq, ts) of the last recorded event with a seq <= `seq` (seqs may have holes: the gaps)."""
        return self._one("SELECT seq, ts FROM events WHERE seq <= ? ORDER BY seq DESC LIMIT 1", (seq,))

    def checkpoints(self) -> list[int]:
        """Seqs of the engine checkpoints stored in the file in this console's format, in order ([] for a v1 file)."""
        try:
            return [seq for seq, _ in stored_checkpoints(self._conn, STATE_VERSION)]
        except sqlite3.DatabaseError as exc:
            raise SessionFileError(f"{self.path}: damaged session file ({exc})") from None

    def checkpoint_state(self, seq: int) -> bytes:
        try:
            return checkpoint_state(self._conn, seq)
        except sqlite3.DatabaseError as exc:
            raise SessionFileError(f"{self.path}: damaged session file ({exc})") from None

    def holes(self) -> list[tuple[int, int]]:
        """The seq ranges missing from the file, as an ingest reading it from the start finds them (a hole before
        the first recorded seq included).

        Counting the rows is one pass over the small events_ts index (the table's pages hold the raws); only a
        file that has holes pays for the scan that finds them.
        """
        first, last = self.first(), self.last()
        if first is None or last is None:
            return []
        out = [(1, first[0] - 1)] if first[0] > 1 else []
        try:
            (count,) = self._conn.execute("SELECT count(*) FROM events").fetchone()
            if count != last[0] - first[0] + 1:
                out += self._conn.execute(
                    "SELECT prev + 1, seq - 1 FROM (SELECT seq, lag(seq) OVER (ORDER BY seq) AS prev FROM events) "
                    "WHERE seq > prev + 1").fetchall()
        except sqlite3.DatabaseError as exc:
            raise SessionFileError(f"{self.path}: damaged session file ({exc})") from None
        return out

    def frames(self, after_seq: int, upto_seq: int, batch: int = BATCH) -> Iterator[tuple[str, int, int]]:
        """The events with after_seq < seq <= upto_seq as JSON arrays of `batch`: (frame, events in it, last seq)."""
        try:
            cur = self._conn.execute("SELECT seq, raw FROM events WHERE seq > ? AND seq <= ? ORDER BY seq",
                                     (after_seq, upto_seq))
            while rows := cur.fetchmany(batch):
                yield "[" + ",".join([r[1] for r in rows]) + "]", len(rows), rows[-1][0]
        except sqlite3.DatabaseError as exc:
            raise SessionFileError(f"{self.path}: damaged session file ({exc})") from None


def open_checked(path: Path) -> sqlite3.Connection:
    """Open a session for replay, read-only, with open_read_only's checks except the whole-file quick_check.

    quick_check reads every page (6.5 s for a 1.2 GB, 5-million-event live), which would hold the first frame;
    replay runs it in the background instead (`verify`) and reports damage as soon as it is found. A damaged page
    read before that fails the read itself, also with the file named (EventSource).
    """
    return open_read_only(path, check_pages=False)


def verify(path: Path) -> None:
    """The whole-file integrity check open_read_only does up front; SessionFileError naming the file if damaged."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        raise SessionFileError(f"{path}: the session file is damaged ({'; '.join(problems)})")
