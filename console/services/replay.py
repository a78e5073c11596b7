"""Replay: a recorded live as another source, through the same ingest and KPI engine, on a replay clock.

The session file is opened read-only and loaded on the replay thread (with progress), never on the GUI thread.
Seeking forward applies the events in between; seeking back rebuilds from the start. The window polls
`latest()` exactly as it polls the live pipeline.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import numpy as np

from console.health import FeedHealth, FeedState
from console.ingest import Ingest
from console.kpi import KpiEngine
from console.kpi_types import KpiSnapshot
from console.plan import Plan, PlanError, parse_plan
from console.services.session_file import open_read_only

TICK_S: Final = 0.05
SPEEDS: Final = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
_BATCH: Final = 2000  # events per decode call: one C call per batch keeps seeking fast


@dataclass(slots=True)
class Recording:
    """What replay needs from a session file, loaded once."""

    path: Path
    plan: Plan | None
    meta: dict[str, Any]
    ts: np.ndarray  # event times (live), seq order
    seqs: np.ndarray
    raws: list[str]
    actions: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    marks: list[tuple[float, str, str]] = field(default_factory=list)  # (live ts, kind, label) of action events

    @property
    def start(self) -> float:
        return float(self.ts[0]) if len(self.ts) else 0.0

    @property
    def end(self) -> float:
        return float(self.ts[-1]) if len(self.ts) else 0.0


def load_recording(path: Path, progress: Callable[[float], None] | None = None) -> Recording:
    """Read a session file read-only. Raises SessionFileError (naming the file) when it cannot be replayed."""
    conn = open_read_only(path)
    conn.row_factory = None
    try:
        meta_row = conn.execute("SELECT * FROM session").fetchone()
        cols = [d[0] for d in conn.execute("SELECT * FROM session LIMIT 0").description]
        meta = dict(zip(cols, meta_row, strict=True)) if meta_row else {}
        total = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        ts = np.empty(total, dtype=np.float64)
        seqs = np.empty(total, dtype=np.int64)
        raws: list[str] = []
        cursor = conn.execute("SELECT seq, ts, raw FROM events ORDER BY seq")
        while rows := cursor.fetchmany(50_000):
            n = len(raws)
            seqs[n : n + len(rows)] = [r[0] for r in rows]
            ts[n : n + len(rows)] = [r[1] for r in rows]
            raws.extend(r[2] for r in rows)
            if progress is not None:
                progress(len(raws) / max(total, 1))
        marks = [_mark(ts_, kind, raw) for ts_, kind, raw in conn.execute(
            "SELECT ts, type, raw FROM events WHERE type IN ('offer_started', 'segment_changed', 'kit_launched') "
            "ORDER BY seq")]
        conn.row_factory = _dict_row
        actions = conn.execute("SELECT * FROM actions ORDER BY clicked_at").fetchall()
        notes = conn.execute("SELECT * FROM notes ORDER BY wall_ts").fetchall() if _has(conn, "notes") else []
    finally:
        conn.close()
    plan = None
    if meta.get("plan_toml"):
        try:
            plan = parse_plan(meta["plan_toml"], f"{path} (recorded plan)")
        except PlanError:
            plan = None  # an unreadable recorded plan must not stop the replay: products are discovered
    return Recording(path, plan, meta, ts, seqs, raws, actions, notes, marks)


def _mark(ts: float, kind: str, raw: str) -> tuple[float, str, str]:
    ev = json.loads(raw)
    if kind == "offer_started":
        return ts, "flash_offer", f"Offer {ev['product_id']} -{ev['discount_pct']:g}%"
    if kind == "segment_changed":
        return ts, "segment", f"Segment {ev['segment_id']}"
    return ts, "kit", f"Kit {ev['kit_id']}"


def review_notes_path(session: Path) -> Path:
    """Where a producer's review notes go: beside the recording, never inside it."""
    return session.with_name(session.name + ".review.sqlite")


class ReviewNotes:
    """The producer's notes on a recorded live, in a small file of their own."""

    def __init__(self, session: Path) -> None:
        self.path = review_notes_path(session)

    def load(self) -> list[tuple[float, str]]:
        if not self.path.exists():
            return []
        with contextlib.closing(sqlite3.connect(self.path)) as conn:
            return [(r[0], r[1]) for r in conn.execute("SELECT live_ts, text FROM notes ORDER BY live_ts")]

    def add(self, live_ts: float, text: str, author: str) -> None:
        with contextlib.closing(sqlite3.connect(self.path)) as conn, conn:
            conn.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, live_ts REAL NOT NULL, "
                         "text TEXT NOT NULL, author TEXT, wall_ts REAL NOT NULL)")
            conn.execute("INSERT INTO notes (live_ts, text, author, wall_ts) VALUES (?, ?, ?, ?)",
                         (live_ts, text, author, time.time()))


def recorded_plan(path: Path) -> Plan | None:
    """The plan recorded with a session (None when there was none or it no longer parses)."""
    conn = open_read_only(path)
    try:
        row = conn.execute("SELECT plan_toml FROM session").fetchone()
    finally:
        conn.close()
    if not row or not row[0]:
        return None
    try:
        return parse_plan(row[0], f"{path} (recorded plan)")
    except PlanError:
        return None


def _dict_row(cursor: Any, row: tuple[Any, ...]) -> dict[str, Any]:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


def _has(conn: Any, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone() is not None


_AT = re.compile(r"^(?:(\d{1,3}):([0-5]\d)|(\d{1,3}(?:\.\d+)?)%)$")


def check_at(spec: str) -> str:
    """Validate an --at value: MM:SS from the start of the live, or a percentage of its length."""
    if _AT.match(spec.strip()) is None:
        raise ValueError(f"--at {spec!r}: expected MM:SS (e.g. 45:00) or a percentage (e.g. 50%)")
    return spec.strip()


def resolve_at(spec: str, start: float, end: float) -> float:
    m = _AT.match(check_at(spec))
    assert m is not None
    if m.group(3) is not None:
        return start + (end - start) * min(100.0, float(m.group(3))) / 100.0
    return min(end, start + int(m.group(1)) * 60 + int(m.group(2)))


class ReplayEngine:
    """The replay clock and the ingest it drives. Not thread-safe: owned by one thread (ReplayPipeline's)."""

    def __init__(self, rec: Recording) -> None:
        self.rec = rec
        self._reset()

    def _reset(self) -> None:
        self.ingest = Ingest(KpiEngine(self.rec.plan))
        self.applied = 0  # events [0, applied) are in the engine
        self.position = self.rec.start  # live time the replay shows

    def _apply_to(self, index: int) -> None:
        while self.applied < index:
            upto = min(index, self.applied + _BATCH)
            self.ingest.frame("[" + ",".join(self.rec.raws[self.applied : upto]) + "]", time.time())
            self.applied = upto

    def seek(self, ts: float) -> None:
        """Show the live as it stood at live time `ts`: every event with ts <= `ts` applied, none after."""
        ts = min(max(ts, self.rec.start), self.rec.end)
        index = int(np.searchsorted(self.rec.ts, ts, side="right"))
        if index < self.applied:
            self._reset()
        self._apply_to(index)
        self.position = ts

    def seek_seq(self, seq: int) -> None:
        """Show the live as it stood right after event `seq` (what a live console had at that moment)."""
        index = int(np.searchsorted(self.rec.seqs, seq, side="right"))
        if index < self.applied:
            self._reset()
        self._apply_to(index)
        self.position = float(self.rec.ts[index - 1]) if index else self.rec.start

    def snapshot(self, now_ts: float | None = None) -> KpiSnapshot | None:
        if self.applied == 0:
            return None
        return self.ingest.engine.snapshot(self.position if now_ts is None else now_ts)


@dataclass(slots=True)
class _Commands:
    playing: bool = False
    speed: float = 10.0
    seek_to: float | None = None


class ReplayPipeline:
    """A recorded live played on its own thread; same `latest()` as LivePipeline for the same window."""

    def __init__(self, path: Path, *, start_at: float | str | None = None, playing: bool = False,
                 speed: float = 10.0, recording: Recording | None = None) -> None:
        self.path = path
        self.recording = recording
        self.engine: ReplayEngine | None = None
        self.progress = 0.0
        self.error: str | None = None
        self._start_spec = start_at if isinstance(start_at, str) else None
        self._cmd = _Commands(playing, speed, start_at if not isinstance(start_at, str) else None)
        self.ready = threading.Event()  # set once loaded and at the requested starting point
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = False
        self._latest: tuple[KpiSnapshot | None, FeedHealth] = (None, FeedHealth(FeedState.CONNECTING, reason="loading"))
        self._thread = threading.Thread(target=self._run, name="replay", daemon=True)
        self.review = ReviewNotes(path)
        self._review_marks: list[tuple[float, str, str]] = []
        self._notes_to_write: list[tuple[float, str]] = []
        self.author = ""

    # ------------------------------------------------------------------ GUI thread (ReplayPort)
    def bounds(self) -> tuple[float, float] | None:
        rec = self.recording
        return (rec.start, rec.end) if rec is not None and self.engine is not None and len(rec.ts) else None

    def marks(self) -> list[tuple[float, str, str]]:
        rec = self.recording
        if rec is None or self.engine is None:
            return []
        recorded = [(n["live_ts"], "note", n["text"]) for n in rec.notes if n.get("live_ts") is not None]
        return sorted(rec.marks + recorded + self._review_marks)

    def add_note(self, text: str) -> None:
        """A review note at the current position; written by the replay thread, never into the recording."""
        at = self.position
        with self._lock:
            self._notes_to_write.append((at, text))
            self._review_marks = [*self._review_marks, (at, "note", text)]
        self._wake.set()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop = True
        self._wake.set()
        self._thread.join(timeout)

    def latest(self) -> tuple[KpiSnapshot | None, FeedHealth]:
        return self._latest

    @property
    def loaded(self) -> bool:
        return self.engine is not None

    def play(self, on: bool = True) -> None:
        with self._lock:
            self._cmd.playing = on
        self._wake.set()

    def toggle(self) -> None:
        with self._lock:
            self._cmd.playing = not self._cmd.playing
        self._wake.set()

    def set_speed(self, speed: float) -> None:
        with self._lock:
            self._cmd.speed = speed
        self._wake.set()

    def seek(self, ts: float) -> None:
        with self._lock:
            self._cmd.seek_to = ts
        self._wake.set()

    def step(self, seconds: float) -> None:
        """Move by `seconds` of live time from the current position (Left/Right)."""
        self.seek(self.position + seconds)

    @property
    def position(self) -> float:
        with self._lock:
            pending = self._cmd.seek_to
        if pending is not None:
            return pending
        return self.engine.position if self.engine else 0.0

    @property
    def playing(self) -> bool:
        return self._cmd.playing

    @property
    def speed(self) -> float:
        return self._cmd.speed

    # ------------------------------------------------------------------ replay thread
    def _run(self) -> None:
        try:
            if self.recording is None:
                self.recording = load_recording(self.path, self._set_progress)
        except Exception as exc:  # the window shows why, it does not die with it
            self.error = str(exc)
            self._latest = (None, FeedHealth(FeedState.STOPPED, since=time.time(), reason=self.error))
            self.ready.set()
            return
        with contextlib.suppress(sqlite3.Error):  # unreadable review notes must not stop the replay
            self._review_marks = [(ts, "note", text) for ts, text in self.review.load()]
        engine = ReplayEngine(self.recording)
        self.engine = engine
        if self._start_spec is not None:
            self._cmd.seek_to = resolve_at(self._start_spec, self.recording.start, self.recording.end)
        elif self._cmd.seek_to is None:
            self._cmd.seek_to = self.recording.start
        last = time.monotonic()
        while not self._stop:
            with self._lock:
                target, self._cmd.seek_to = self._cmd.seek_to, None
                playing, speed = self._cmd.playing, self._cmd.speed
                notes, self._notes_to_write = self._notes_to_write, []
            for at, text in notes:
                try:
                    self.review.add(at, text, self.author)
                except sqlite3.Error as exc:
                    self.error = f"cannot save the review note to {self.review.path}: {exc}"
            now = time.monotonic()
            if target is None and playing:
                target = engine.position + (now - last) * speed
            last = now
            if target is not None:
                engine.seek(target)
                if engine.position >= self.recording.end and playing:
                    self.play(False)  # the end of the recording: stop there, like a tape
                self._publish(playing and engine.position < self.recording.end)
                self.ready.set()
            self._wake.wait(TICK_S)
            self._wake.clear()

    def _set_progress(self, fraction: float) -> None:
        self.progress = fraction
        self._latest = (None, FeedHealth(FeedState.CONNECTING, since=time.time(),
                                         reason=f"loading {fraction:.0%}"))

    def _publish(self, playing: bool) -> None:
        assert self.engine is not None
        how = f"{self._cmd.speed:g}x" if playing else "paused"
        health = FeedHealth(FeedState.REPLAY, since=time.time(), reason=how, last_seq=self.engine.ingest.last_seq,
                            rejected=self.engine.ingest.rejected,
                            gaps=tuple((g.from_seq, g.to_seq, g.cause) for g in self.engine.ingest.gaps))
        self._latest = (self.engine.snapshot(), health)
