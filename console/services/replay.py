"""Replay: a recorded live as another source, through the same ingest and KPI engine, on a replay clock.

The session file is opened read-only and read on demand by seq range (replay_source), never loaded whole. The
first frame needs only the file's bounds and the events up to the opened position. Any seek, forwards or
backwards, starts from the cheapest of: the engine checkpoint the live console stored nearest before it, an
in-memory checkpoint of the background pass (which only covers what the stored ones do not), or the state shown
now carried forward; then it applies the few thousand events left (replay_index). The window polls `latest()`
exactly as it polls the live pipeline.
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

from console.kpi.engine import KpiEngine
from console.kpi.snapshot import ActionEffect, KpiSnapshot
from console.kpi.state import StateError
from console.live.health import FeedHealth, FeedState
from console.live.ingest import Ingest
from console.plan.model import Plan, PlanError, parse_plan
from console.report.model import (
    EFFECT_WINDOW_S,  # the live console's effect window (tests/test_report.py)
    MARK_TEXT,
)
from console.services.replay_actions import ReplayBook, action_marks, event_times, jump_text
from console.services.replay_index import CheckpointIndex, StoredCheckpoints
from console.session.file import SessionFileError, open_read_only
from console.session.reader import EventSource, open_checked, verify

TICK_S: Final = 0.05
SPEEDS: Final = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
EFFECTS_EVERY_S: Final = 0.5  # the action log's effects: wall seconds between two measurements while playing
RATE_WINDOW_S: Final = 1.0  # the status bar's events/s: events replayed over about the last wall second


@dataclass(slots=True)
class Recording:
    """What replay needs from a session file up front: bounds, plan, actions and notes; the events stay on disk."""

    path: Path
    plan: Plan | None
    meta: dict[str, Any]
    first_seq: int  # 0 when the file holds no event
    last_seq: int
    start: float  # live time of the first and the last event (0.0 without events)
    end: float
    actions: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)
    marks: list[tuple[float, str, str]] = field(default_factory=list)  # (live ts, kind, label) of every action
    event_marks: list[tuple[float, str, str, str | None]] = field(default_factory=list)  # action events + action_id

    @property
    def empty(self) -> bool:
        return self.last_seq == 0

    @property
    def plan_as_recorded(self) -> bool:
        """False when the recorded plan no longer parses: the live's engine had a plan replay cannot give it."""
        return self.plan is not None or not self.meta.get("plan_toml")


def load_recording(path: Path, progress: Callable[[float], None] | None = None) -> Recording:
    """Read a session file's header read-only. Raises SessionFileError (naming the file) when it cannot be replayed.

    Reads a handful of rows whatever the live's length: the bounds through the seq primary key, the action events
    through the type index. Whole-file damage is checked in the background (ReplayPipeline) or by `verify`.
    """
    conn = open_checked(path)
    conn.row_factory = None
    try:
        meta_row = conn.execute("SELECT * FROM session").fetchone()
        cols = [d[0] for d in conn.execute("SELECT * FROM session LIMIT 0").description]
        meta = dict(zip(cols, meta_row, strict=True)) if meta_row else {}
        first = conn.execute("SELECT seq, ts FROM events ORDER BY seq LIMIT 1").fetchone()
        last = conn.execute("SELECT seq, ts FROM events ORDER BY seq DESC LIMIT 1").fetchone()
        event_marks = [(*_mark(ts_, kind, raw), action_id) for ts_, kind, raw, action_id in conn.execute(
            "SELECT ts, type, raw, action_id FROM events "
            "WHERE type IN ('offer_started', 'segment_changed', 'kit_launched') ORDER BY seq")]
        conn.row_factory = _dict_row
        actions = conn.execute("SELECT * FROM actions ORDER BY clicked_at").fetchall()
        notes = conn.execute("SELECT * FROM notes ORDER BY wall_ts").fetchall() if _has(conn, "notes") else []
    except sqlite3.DatabaseError as exc:  # a damaged page on the way: one clear line naming the file
        raise SessionFileError(f"{path}: damaged session file ({exc})") from None
    finally:
        conn.close()
    if progress is not None:
        progress(1.0)
    plan = None
    if meta.get("plan_toml"):
        try:
            plan = parse_plan(meta["plan_toml"], f"{path} (recorded plan)")
        except PlanError:
            plan = None  # an unreadable recorded plan must not stop the replay: products are discovered
    first_seq, start = (int(first[0]), float(first[1])) if first else (0, 0.0)
    last_seq, end = (int(last[0]), float(last[1])) if last else (0, 0.0)
    marks = action_marks(event_marks, actions)  # failed presses too: the producer must see what did not happen
    return Recording(path, plan, meta, first_seq, last_seq, start, end, actions, notes, marks, event_marks)


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


def load_review_notes(session: Path) -> list[tuple[float, str, str]]:
    """(live ts, text, author) of the review notes of a session, in live-time order, read-only; [] without a file.

    Raises sqlite3.Error when the file is there but unreadable.
    """
    path = review_notes_path(session)
    if not path.exists():
        return []
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        if not _has(conn, "notes"):
            return []
        return [(float(r[0]), r[1], r[2] or "") for r in
                conn.execute("SELECT live_ts, text, author FROM notes ORDER BY live_ts, id")]


class ReviewNotes:
    """The producer's notes on a recorded live, in a small file of their own."""

    def __init__(self, session: Path) -> None:
        self.session = session
        self.path = review_notes_path(session)

    def load(self) -> list[tuple[float, str]]:
        return [(ts, text) for ts, text, _author in load_review_notes(self.session)]

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
    """The replay clock and the ingest it drives. Not thread-safe: owned by one thread (ReplayPipeline's).

    Only the checkpoint index is shared: `build_index` may fill it from another thread while this one seeks.
    """

    def __init__(self, rec: Recording, index: CheckpointIndex | None = None,
                 stored: StoredCheckpoints | None = None) -> None:
        self.rec = rec
        self.source = EventSource(rec.path)
        self.index = index if index is not None else CheckpointIndex()
        self.stored = stored if stored is not None else StoredCheckpoints.of(self.source, rec.plan,
                                                                             rec.plan_as_recorded)
        self.clones = 0  # in-memory checkpoints restored by seeks (for the benchmark's evidence)
        self.restores = 0  # stored checkpoints restored by seeks
        self._clone_s = 0.0  # last in-memory restore's duration and the apply rate: is it cheaper than applying?
        self.events_per_s = 150_000.0
        self._fresh()
        self.position = rec.start  # live time the replay shows

    def _fresh(self) -> None:
        self.ingest = Ingest(KpiEngine(self.rec.plan))
        self.applied = 0  # events applied: every recorded event with seq <= applied_seq
        self.applied_seq = 0

    def close(self) -> None:
        self.source.close()

    def build_index(self, progress: Callable[[float], None] | None = None,
                    stop: Callable[[], bool] | None = None) -> None:
        """The background pass (see CheckpointIndex.build), on a reader of its own so it may run on any thread."""
        source = EventSource(self.rec.path)
        try:
            self.index.build(source, self.rec.plan, self.rec.last_seq, progress, stop, self.stored)
        finally:
            source.close()

    def _go_to(self, seq: int) -> None:
        """Make the ingest hold exactly the recorded events with seq <= `seq`, from the cheapest starting state.

        Each start is priced in seconds: the events left to apply at the measured rate, plus the measured cost of a
        clone (in-memory checkpoint) or of reading and decoding a stored one. A stored checkpoint that turns out
        unusable is dropped and the next cheapest start is taken: the result is the same, only slower.
        """
        if seq == self.applied_seq:
            return
        rate = self.events_per_s
        while True:
            # (cost, what): carrying the state shown forward, or (backwards) starting afresh, always works
            options: list[tuple[float, str, int]] = [
                ((seq - self.applied_seq) / rate, "carry", 0) if seq > self.applied_seq else (seq / rate, "fresh", 0)]
            cp = self.index.best(seq)
            if cp is not None:
                options.append((self._clone_s + (seq - cp.seq) / rate, "clone", cp.seq))
            at = self.stored.best(seq)
            if at is not None:
                options.append((self.stored.restore_s + (seq - at) / rate, "stored", at))
            _, how, at = min(options)
            if how == "stored":
                try:
                    self.ingest, self.applied = self.stored.restore(self.source, at)
                except StateError:
                    continue  # dropped from the stored list: choose again without it
                self.applied_seq = self.ingest.last_seq
                self.restores += 1
            elif how == "clone":
                assert cp is not None
                t0 = time.perf_counter()
                self.ingest = cp.restore(self.rec.plan)
                self._clone_s = time.perf_counter() - t0
                self.clones += 1
                self.applied, self.applied_seq = cp.applied, cp.seq
            elif how == "fresh":
                self._fresh()
            break
        self._apply_to(seq)

    def _apply_to(self, seq: int) -> None:
        t0, n0 = time.perf_counter(), self.applied
        for frame, n, last in self.source.frames(self.applied_seq, seq):
            self.ingest.frame(frame, time.time())
            self.applied += n
            self.applied_seq = last
        self.applied_seq = max(self.applied_seq, seq)
        took = time.perf_counter() - t0
        if self.applied - n0 >= 5000 and took > 0:
            self.events_per_s = (self.applied - n0) / took

    def seek(self, ts: float) -> None:
        """Show the live as it stood at live time `ts`: every event with ts <= `ts` applied, none after."""
        ts = min(max(ts, self.rec.start), self.rec.end)
        hit = self.source.at_or_before_ts(ts)
        self._go_to(hit[0] if hit else 0)
        self.position = ts

    def seek_seq(self, seq: int) -> None:
        """Show the live as it stood right after event `seq` (what a live console had at that moment)."""
        hit = self.source.at_or_before_seq(seq)
        self._go_to(hit[0] if hit else 0)
        self.position = hit[1] if hit else self.rec.start

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
        self._indexer: threading.Thread | None = None
        self._index_error: str | None = None
        self.review = ReviewNotes(path)
        self._review_marks: list[tuple[float, str, str]] = []
        self._notes_to_write: list[tuple[float, str]] = []
        self._messages: list[tuple[str, str]] = []  # (text, tone) for the timeline: notes saved, or why not
        self.author = ""
        self.book = ReplayBook([], {})  # the action log's intents, up to the replay clock
        self._effects: dict[str, ActionEffect] = {}
        self._effects_at = -1e9
        self._rate: list[tuple[float, int]] = []  # (wall time, events applied) over the last RATE_WINDOW_S

    # ------------------------------------------------------------------ GUI thread (ReplayPort)
    def bounds(self) -> tuple[float, float] | None:
        rec = self.recording
        return (rec.start, rec.end) if rec is not None and self.engine is not None and not rec.empty else None

    def marks(self) -> list[tuple[float, str, str]]:
        rec = self.recording
        if rec is None or self.engine is None:
            return []
        recorded = [(n["live_ts"], "note", "Moment marked (Ctrl+M)" if n["text"] == MARK_TEXT else n["text"])
                    for n in rec.notes if n.get("live_ts") is not None]
        return sorted(rec.marks + recorded + self._review_marks)

    def effect(self, action_id: str) -> ActionEffect | None:
        """The measured effect of an action as of the replay clock (the action log's "effect so far")."""
        return self._effects.get(action_id)

    def take_messages(self) -> list[tuple[str, str]]:
        """What the timeline should tell the producer since it last asked: (text, tone)."""
        with self._lock:
            out, self._messages = self._messages, []
        return out

    def jump_label(self, mark: tuple[float, str, str]) -> str:
        """Where a PgUp/PgDn landed, in words."""
        rec = self.recording
        return jump_text(mark, rec.start if rec is not None else 0.0)

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
        if self._indexer is not None:
            self._indexer.join(timeout)

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
            engine = ReplayEngine(self.recording)
        except Exception as exc:  # the window shows why, it does not die with it
            self._fail(str(exc))
            return
        with contextlib.suppress(sqlite3.Error):  # unreadable review notes must not stop the replay
            self._review_marks = [(ts, "note", text) for ts, text in self.review.load()]
        self.book = ReplayBook(self.recording.actions, event_times(self.recording.event_marks))
        self.engine = engine
        self._indexer = threading.Thread(target=self._index, args=(engine,), name="replay-index", daemon=True)
        self._indexer.start()
        if self._start_spec is not None:
            self._cmd.seek_to = resolve_at(self._start_spec, self.recording.start, self.recording.end)
        elif self._cmd.seek_to is None:
            self._cmd.seek_to = self.recording.start
        try:
            self._loop(engine, self.recording)
        except SessionFileError as exc:  # a damaged page met while seeking
            self._fail(str(exc))
        finally:
            self._stop = True  # the index pass stops too
            engine.close()

    def _loop(self, engine: ReplayEngine, rec: Recording) -> None:
        last = time.monotonic()
        shown: tuple[int, bool] = (-1, False)
        while not self._stop:
            if self._index_error is not None:
                self._fail(self._index_error)
                return
            with self._lock:
                target, self._cmd.seek_to = self._cmd.seek_to, None
                playing, speed = self._cmd.playing, self._cmd.speed
                notes, self._notes_to_write = self._notes_to_write, []
            for at, text in notes:
                self._save_note(at, text, rec.start)
            now = time.monotonic()
            if target is None and playing:
                target = engine.position + (now - last) * speed
            last = now
            state = (int(self.progress * 100), engine.index.done)  # what the status bar says of the pass
            if target is not None:
                engine.seek(target)
                if engine.position >= rec.end and playing:
                    self.play(False)  # the end of the recording: stop there, like a tape
                self._publish(playing and engine.position < rec.end)
                self.ready.set()
            elif state != shown and self.ready.is_set():
                self._publish(playing)  # the status bar follows the index pass even while paused
            shown = state
            self._wake.wait(TICK_S)
            self._wake.clear()

    def _save_note(self, at: float, text: str, start: float) -> None:
        """Write one review note and say how it went (the producer must know it was kept)."""
        when = jump_text((at, "note", ""), start).split()[1]
        try:
            self.review.add(at, text, self.author)
        except sqlite3.Error as exc:
            message = (f"The note at {when} could not be saved to {self.review.path}: {exc}", "bad")
        else:
            message = (f"Note saved at {when} — in the report once it is written again (Ctrl+R)", "good")
        with self._lock:
            self._messages.append(message)

    def _index(self, engine: ReplayEngine) -> None:
        """The background pass: checkpoints first (seeks need them), then the whole-file integrity check."""
        try:
            engine.build_index(self._set_index_progress, lambda: self._stop)
            if not self._stop:
                verify(engine.rec.path)
        except SessionFileError as exc:
            self._index_error = str(exc)
            self._wake.set()
        except sqlite3.Error as exc:
            self._index_error = f"{engine.rec.path}: damaged session file ({exc})"
            self._wake.set()

    def _fail(self, error: str) -> None:
        self.error = error
        self._latest = (None, FeedHealth(FeedState.STOPPED, since=time.time(), reason=error))
        self.ready.set()

    def _set_progress(self, fraction: float) -> None:
        self.progress = fraction
        self._latest = (None, FeedHealth(FeedState.CONNECTING, since=time.time(),
                                         reason=f"loading {fraction:.0%}"))

    def _set_index_progress(self, fraction: float) -> None:
        self.progress = fraction

    @property
    def indexed(self) -> bool:
        """The background pass is over: every seek is now one clone plus at most one checkpoint spacing."""
        return self.engine is not None and self.engine.index.done

    def _publish(self, playing: bool) -> None:
        assert self.engine is not None
        how = f"{self._cmd.speed:g}x" if playing else "paused"
        if not self.engine.index.done:
            how += f" · indexing {self.progress:.0%}"  # seeks get fast as the background pass moves on
        now = time.time()
        engine = self.engine
        health = FeedHealth(FeedState.REPLAY, since=now, reason=how, last_seq=engine.ingest.last_seq,
                            rejected=engine.ingest.rejected, events_per_s=self._events_rate(now, engine, playing),
                            gaps=tuple((g.from_seq, g.to_seq, g.cause) for g in engine.ingest.gaps))
        snap = engine.snapshot()
        self.book.move_to(engine.position)
        if snap is not None and (not playing or now - self._effects_at >= EFFECTS_EVERY_S):
            self._effects_at = now
            effects = {m.action_id: engine.ingest.engine.effect(m.action_id, EFFECT_WINDOW_S) for m in snap.markers}
            self._effects = {k: v for k, v in effects.items() if v is not None}
        self._latest = (snap, health)

    def _events_rate(self, now: float, engine: ReplayEngine, playing: bool) -> float:
        """Recorded events replayed per wall second while playing (what "events/s" means in a replay); 0 paused."""
        if not playing:
            self._rate.clear()
            return 0.0
        self._rate.append((now, engine.applied))
        while len(self._rate) > 2 and now - self._rate[1][0] >= RATE_WINDOW_S:
            self._rate.pop(0)
        (t0, n0), (t1, n1) = self._rate[0], self._rate[-1]
        return max(0, n1 - n0) / (t1 - t0) if t1 > t0 else 0.0
