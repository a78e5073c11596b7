"""The one reader of a session file's events: by seq range, on demand, so nobody holds the whole live in memory.

Replay (its seeks and its background index pass), the report and a restarted console all read events here.
`events.seq` is the INTEGER PRIMARY KEY (the rowid): a seq range is a B-tree range read, and the `events_ts`
index answers "the last event at or before live time T" in one lookup. Each reader owns one connection; it is
used by one thread at a time (the replay thread, or the background index pass with a reader of its own).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from console.i18n import translate
from console.session.file import ReadOnlySession, SessionFileError, has_table, named_errors

#: events per decode call: one C call per batch keeps seeking fast
BATCH: Final = 2000
#: at most this many characters of raws in one frame: at most 4 bytes each in UTF-8, so a frame always stays under
#: the decoder's 4 MiB limit (2,000 typical events take ~400 KB; only unusually long ones ever split a batch)
FRAME_CHARS: Final = 1_000_000
#: a seq beyond any recorded one: "to the end of the file"
END: Final = 2**63 - 1

Bound = tuple[int, float]  # (seq, live ts) of one recorded event


class EventSource(ReadOnlySession):
    """The events of one session file, read on demand by seq range (never all at once).

    Opens with open_read_only's checks (a file that is not a session, or of a newer console, is refused with
    SessionFileError) but the whole-file page check, which its users run beside their reads (`verify`). Every SQLite
    error on the way is a SessionFileError naming the file.
    """

    def __init__(self, path: Path) -> None:
        # any_thread: the reader is created on one thread and may be used by the replay thread (module docstring)
        super().__init__(path, any_thread=True)

    def _bound(self, sql: str, args: tuple[float | int, ...] = ()) -> Bound | None:
        with named_errors(self.path):
            row = self._conn.execute(sql, args).fetchone()
        return None if row is None or row[0] is None else (int(row[0]), float(row[1]))

    def first(self) -> Bound | None:
        """(seq, ts) of the first recorded event; None for a file without events."""
        return self._bound("SELECT seq, ts FROM events ORDER BY seq LIMIT 1")

    def last(self) -> Bound | None:
        return self._bound("SELECT seq, ts FROM events ORDER BY seq DESC LIMIT 1")

    def at_or_before_ts(self, ts: float) -> Bound | None:
        """(seq, ts) of the last event of live time <= ts: the end of the prefix a replay at `ts` has applied.

        Events are recorded in live-time order, so the prefix of seqs with ts <= T ends at the largest such seq;
        the events_ts index (ts, rowid) gives it without a scan.
        """
        return self._bound("SELECT seq, ts FROM events WHERE ts <= ? ORDER BY ts DESC, seq DESC LIMIT 1", (ts,))

    def at_or_before_seq(self, seq: int) -> Bound | None:
        """(seq, ts) of the last recorded event with a seq <= `seq` (seqs may have holes: the gaps)."""
        return self._bound("SELECT seq, ts FROM events WHERE seq <= ? ORDER BY seq DESC LIMIT 1", (seq,))

    def latest_ts_upto(self, seq: int) -> float | None:
        """The latest live time among the events with a seq <= `seq` (None without any): the events_ts index read
        backwards from the latest ts stops at the first row <= seq, a few rows when `seq` is near the end."""
        with named_errors(self.path):
            row = self._conn.execute("SELECT ts FROM events INDEXED BY events_ts WHERE seq <= ? "
                                     "ORDER BY ts DESC LIMIT 1", (seq,)).fetchone()
        return None if row is None else float(row[0])

    def holes(self) -> list[tuple[int, int]]:
        """The seq ranges missing from the file, in order, as an ingest reading it from the start finds them (a hole
        before the first recorded seq included).

        Counting the rows is one pass over the small events_ts index (the table's pages hold the raws); only a
        file that has holes pays for finding them (`_holes_between`).
        """
        first, last = self.first(), self.last()
        if first is None or last is None:
            return []
        out = [(1, first[0] - 1)] if first[0] > 1 else []
        with named_errors(self.path):
            (count,) = self._conn.execute("SELECT count(*) FROM events").fetchone()
            missing = last[0] - first[0] + 1 - count
            if missing:
                out += self._holes_between(first[0], last[0], missing)
        return out

    def _holes_between(self, first: int, last: int, missing: int) -> list[tuple[int, int]]:
        """The holes between the first and the last recorded seq, `missing` seqs in all.

        The console that recorded the file wrote every seq it never recorded an event for to the `gaps` table (the
        holes it met, the server's notices) or to `rejected` (an element that failed validation holds its seq): the
        few rows inside those ranges are read (a seq range read each) and the holes they leave are taken when they
        account for every missing seq. Otherwise (a file edited by hand) one scan of the whole table finds them: it
        reads every page of the events (0.3 s for 300,000 events on the reference machine).
        """
        recorded = [*self._seq_ranges("SELECT from_seq, to_seq FROM gaps", "gaps"),
                    *self._seq_ranges("SELECT seq, seq FROM rejected WHERE seq IS NOT NULL", "rejected")]
        inside = [(max(a, first + 1), min(b, last - 1)) for a, b in recorded]
        found: list[tuple[int, int]] = []
        for a, b in _merged([(a, b) for a, b in inside if a <= b]):
            before = a - 1
            rows = self._conn.execute("SELECT seq FROM events WHERE seq BETWEEN ? AND ? ORDER BY seq", (a, b))
            for seq in [*(r[0] for r in rows), b + 1]:
                if seq > before + 1:
                    found.append((before + 1, seq - 1))
                before = seq
        if sum(b - a + 1 for a, b in found) == missing:
            return found  # only seqs seen missing were taken, and they are all of them: exactly the holes
        return self._conn.execute(
            "SELECT prev + 1, seq - 1 FROM (SELECT seq, lag(seq) OVER (ORDER BY seq) AS prev FROM events) "
            "WHERE seq > prev + 1").fetchall()

    def _seq_ranges(self, sql: str, table: str) -> list[tuple[int, int]]:
        return self._conn.execute(sql).fetchall() if has_table(self._conn, table) else []

    def frames(self, after_seq: int, upto_seq: int = END, batch: int = BATCH) -> Iterator[tuple[str, int, int]]:
        """The events with after_seq < seq <= upto_seq as JSON arrays of up to `batch` (and FRAME_CHARS): one fast
        decode call each instead of one per event. Yields (frame, events in it, last seq in it)."""
        with named_errors(self.path):
            cur = self._conn.execute("SELECT seq, raw FROM events WHERE seq > ? AND seq <= ? ORDER BY seq",
                                     (after_seq, upto_seq))
            while rows := cur.fetchmany(batch):
                raws = [r[1] for r in rows]
                if sum(map(len, raws)) <= FRAME_CHARS:
                    yield "[" + ",".join(raws) + "]", len(rows), rows[-1][0]
                    continue
                start, size = 0, 0
                for i, raw in enumerate(raws):
                    if size and size + len(raw) > FRAME_CHARS:
                        yield "[" + ",".join(raws[start:i]) + "]", i - start, rows[i - 1][0]
                        start, size = i, 0
                    size += len(raw)
                yield "[" + ",".join(raws[start:]) + "]", len(raws) - start, rows[-1][0]

    def raws(self, after_seq: int) -> list[str]:
        """Each recorded event after `after_seq`, as the JSON it was recorded as, in seq order."""
        with named_errors(self.path):
            return [r[0] for r in self._conn.execute("SELECT raw FROM events WHERE seq > ? ORDER BY seq",
                                                     (after_seq,))]

    def action_events(self) -> list[tuple[float, str, str, str | None]]:
        """(ts, type, raw, action_id) of the events that mark an action (offers, segments, kits), in seq order:
        through the partial index that holds only those (the same literals), a handful of rows whatever the live's
        length."""
        with named_errors(self.path):
            return [(float(ts), kind, raw, action_id) for ts, kind, raw, action_id in self._conn.execute(
                "SELECT ts, type, raw, action_id FROM events "
                "WHERE type IN ('offer_started', 'segment_changed', 'kit_launched') ORDER BY seq")]

    # ------------------------------------------------------------------ engine checkpoints (console/kpi/state.py)
    def checkpoints(self, state_format: int) -> list[int]:
        """Seqs of the engine checkpoints stored in `state_format`, in order; [] for a file recorded without them."""
        with named_errors(self.path):
            try:
                rows = self._conn.execute("SELECT seq FROM checkpoints WHERE format = ? ORDER BY seq",
                                          (state_format,)).fetchall()
            except sqlite3.OperationalError:  # a version 1 file, opened read-only, has no such table
                return []
        return [int(r[0]) for r in rows]

    def checkpoint_state(self, seq: int) -> bytes:
        """The stored bytes of the checkpoint at `seq` (one of `checkpoints`)."""
        with named_errors(self.path):
            row = self._conn.execute("SELECT state FROM checkpoints WHERE seq = ?", (seq,)).fetchone()
        if row is None:
            raise SessionFileError(translate("SessionFile", "{path}: no checkpoint at seq {seq}").format(
                path=self.path, seq=seq))
        return bytes(row[0])


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Seq ranges in order, those that overlap or touch made one (a hole found by the console and the server's
    notice of the same loss may both be recorded)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
