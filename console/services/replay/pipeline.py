"""Replay: a recorded live as another source, through the same ingest and KPI engine, on a replay clock.

The session file is opened read-only and read on demand by seq range (console/session/reader.py), never loaded
whole. The first frame needs only the file's bounds and the events up to the opened position. Any seek, forwards
or backwards, starts from the cheapest of: the engine checkpoint the live console stored nearest before it, an
in-memory checkpoint of the background pass (which only covers what the stored ones do not), or the state shown
now carried forward; then it applies the few thousand events left (engine.py, index.py). The window polls
`latest()` exactly as it polls the live pipeline. This module is the thread that plays it and takes the window's
commands.
"""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from console.i18n import translate
from console.kpi.snapshot import ActionEffect, KpiSnapshot
from console.live.health import FeedHealth, FeedState
from console.present import numbers
from console.report.model import (
    EFFECT_WINDOW_S,  # the live console's effect window (tests/test_report.py)
    MARK_TEXT,
)
from console.services.replay.actions import ReplayBook, event_times, jump_text
from console.services.replay.engine import ReplayEngine
from console.services.replay.recording import Recording, load_recording, resolve_at
from console.session.file import SessionFileError, verify
from console.session.notes import ReviewNotes

TICK_S: Final = 0.05
SPEEDS: Final = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
EFFECTS_EVERY_S: Final = 0.5  # the action log's effects: wall seconds between two measurements while playing
RATE_WINDOW_S: Final = 1.0  # the status bar's events/s: events replayed over about the last wall second


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
        self._latest: tuple[KpiSnapshot | None, FeedHealth] = (None, FeedHealth(FeedState.CONNECTING, reason=translate(
            "Replay", "loading")))
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
        marked = translate("Replay", "Moment marked (Ctrl+M)")
        recorded = [(n["live_ts"], "note", marked if n["text"] == MARK_TEXT else n["text"])
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
        with contextlib.suppress(SessionFileError):  # unreadable review notes must not stop the replay
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
        except SessionFileError as exc:  # "PATH: why"
            message = (translate("Replay", "The note at {when} could not be saved to {error}").format(
                when=when, error=exc), "bad")
        else:
            message = (translate("Replay", "Note saved at {when} — in the report once it is written again (Ctrl+R)"
                                 ).format(when=when), "good")
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

    def _fail(self, error: str) -> None:
        self.error = error
        self._latest = (None, FeedHealth(FeedState.STOPPED, since=time.time(), reason=error))
        self.ready.set()

    def _set_progress(self, fraction: float) -> None:
        self.progress = fraction
        self._latest = (None, FeedHealth(FeedState.CONNECTING, since=time.time(),
                                         reason=translate("Replay", "loading {progress}").format(
                                             progress=numbers.percent(fraction, 0))))

    def _set_index_progress(self, fraction: float) -> None:
        self.progress = fraction

    @property
    def indexed(self) -> bool:
        """The background pass is over: every seek is now one clone plus at most one checkpoint spacing."""
        return self.engine is not None and self.engine.index.done

    def _publish(self, playing: bool) -> None:
        assert self.engine is not None
        how = f"{self._cmd.speed:g}x" if playing else translate("Replay", "paused")
        if not self.engine.index.done:
            how = translate("Replay", "{how} · indexing {progress}").format(
                how=how, progress=numbers.percent(self.progress, 0))  # seeks get fast as the background pass moves on
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
