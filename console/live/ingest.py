"""Ingest: frame -> decode -> seq check -> KPI engine, the one path every source (live, replay) goes through.

Pure logic: no Qt, no I/O. It keeps the counts the status bar shows (rate, lag, rejected, duplicates, gaps) and
hands what it accepted and rejected to whoever records them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from console.i18n import translate
from console.kpi.engine import KpiEngine
from console.live.health import SeqTracker
from console.protocol import wire as p

RATE_WINDOW_S = 5.0


@dataclass(slots=True)
class Gap:
    from_seq: int
    to_seq: int
    cause: str


@dataclass(slots=True)
class IngestResult:
    """What one frame brought: the new events in seq order, what was kept aside, gaps it revealed."""

    events: list[p.Event] = field(default_factory=list)
    rejected: list[p.Rejected] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    duplicates: int = 0
    # True when the frame's text is exactly `events` (a JSON array of them, or one bare event), nothing rejected,
    # skipped or interleaved: the recorder then stores the frame as it came (see SessionRecorder.record).
    verbatim: bool = False


Sink = Callable[[str | bytes, IngestResult], None]


@dataclass(frozen=True, slots=True)
class ResumePoint:
    """Where an ingest stands in a live's stream, apart from its engine: what a restored checkpoint carries on from.

    The last seq taken (the next frame must follow it), the holes before it, the newest live times, the feed's
    hello and the counts of rejected and duplicate elements so far.
    """

    last_seq: int = 0
    gaps: tuple[Gap, ...] = ()
    last_event_ts: float | None = None
    last_server_ts: float | None = None
    hello: p.Hello | None = None
    rejected: int = 0
    duplicates: int = 0


START = ResumePoint()


def _same_live(a: tuple[str, float], b: tuple[str, float]) -> bool:
    """The same live id and start (to the millisecond: the start went through the session file's REAL column)."""
    return a[0] == b[0] and abs(a[1] - b[1]) < 1e-3


def _follows(events: list[p.Event], last_seq: int) -> bool:
    """True when the events' seqs are exactly last_seq + 1, last_seq + 2, ... in order."""
    if events[0].seq != last_seq + 1 or events[-1].seq != last_seq + len(events):
        return False
    expected = last_seq
    for ev in events:
        expected += 1
        if ev.seq != expected:
            return False
    return True


class Ingest:
    """Stateful ingest of one live. Not thread-safe: one source feeds it, on one thread.

    `sinks` see every frame with its outcome (the recorder, the session log, the action desk), in order; they are
    fixed at construction. `at`: where a restored checkpoint left the stream (the engine is its state).
    """

    def __init__(self, engine: KpiEngine, sinks: Sequence[Sink] = (), *, at: ResumePoint = START) -> None:
        self.engine = engine
        self.tracker = SeqTracker(at.last_seq)
        self.hello: p.Hello | None = at.hello
        self.rejected = at.rejected
        self.duplicates = at.duplicates
        self.gaps: list[Gap] = list(at.gaps)
        self.last_event_ts: float | None = at.last_event_ts
        self.last_server_ts: float | None = at.last_server_ts  # newest live time the server told (events, heartbeats)
        self._rate: deque[tuple[float, int]] = deque()  # (wall second, events accepted in it)
        self.sinks: tuple[Sink, ...] = tuple(sinks)
        self.sink_errors: list[str] = []
        self.changed = False
        self.identity_problem = ""  # set when the feed turns out to be another live or protocol: stop, say why
        # The live a session file carried on recorded (live id, hello.started_at): its hello is not kept, but a feed
        # that now serves another live under the same numbers must be refused all the same (a bridge restarted
        # without its journal numbers a new live from 1 under the plan's live id).
        self.expected_live: tuple[str, float] | None = None
        self._ended_wall: float | None = None  # wall time live_ended arrived: the lag stops there
        # Live time up to which we hold everything: the newest event, or a heartbeat that announced no seq we lack
        # (so a quiet feed with heartbeats is not "late": the lag measures how old our picture of the live is).
        self._current_ts: float | None = None

    @property
    def last_seq(self) -> int:
        return self.tracker.last_seq

    def resume_point(self) -> ResumePoint:
        """Where this ingest stands: an ingest built `at` it carries on from here (with this engine, or its state)."""
        return ResumePoint(self.tracker.last_seq, tuple(self.gaps), self.last_event_ts, self.last_server_ts,
                           self.hello, self.rejected, self.duplicates)

    def catch_up(self, raws: Iterable[str | bytes], wall_now: float) -> None:
        """Apply frames an earlier run of the console already recorded: the numbers carry on and the feed resumes
        after the last of them. The sinks are not told: these frames are on record already, and old actions
        seen again must not count as news."""
        for raw in raws:
            self._take(raw, wall_now)

    def frame(self, raw: str | bytes, wall_now: float) -> IngestResult:
        result = self._take(raw, wall_now)
        for sink in self.sinks:
            try:
                sink(raw, result)
            except Exception as exc:  # one faulty consumer must not stop the feed for the others
                self.sink_errors.append(f"{getattr(sink, '__qualname__', sink)}: {exc!r}")
        return result

    def _take(self, raw: str | bytes, wall_now: float) -> IngestResult:
        decoded = p.decode_frame(raw)
        evs = decoded.events
        if decoded.whole and not decoded.controls and evs and _follows(evs, self.tracker.last_seq):
            return self._take_next(evs, wall_now)
        result = IngestResult(rejected=decoded.rejected)
        notices: list[p.Gap] = []
        for ctl in decoded.controls:
            if isinstance(ctl, p.Gap):
                notices.append(ctl)
            else:
                self._control(ctl, result)
        if not decoded.rejected and not notices and evs and _follows(evs, self.tracker.last_seq):
            # A clean frame carrying exactly the next seqs among controls (a hello, a heartbeat): every event
            # accepted, no hole, no duplicate, without a check per event.
            self.tracker.last_seq = evs[-1].seq
            result.events = evs
            items: list[tuple[int, p.Event | p.Gap | None]] = []
        else:
            # Rejected elements and gap notices hold places in the sequence too: take everything in seq order, so
            # a bad element never makes the good ones before it look like duplicates and a notice never hides a
            # hole.
            items = [(ev.seq, ev) for ev in evs]
            if decoded.rejected or notices:
                items += [(bad.seq, None) for bad in decoded.rejected if bad.seq is not None]
                items += [(g.from_seq, g) for g in notices]
                items.sort(key=lambda item: item[0])
        accept = self.tracker.check
        for seq, ev in items:
            if isinstance(ev, p.Gap):
                self._gap_notice(ev, result)
                continue
            ok, hole = accept(seq)
            if not ok:
                result.duplicates += ev is not None
                continue
            if hole is not None:
                result.gaps.append(Gap(hole[0], hole[1], "missing from the stream"))
            if ev is not None:
                result.events.append(ev)
        if result.events:
            self._apply(result.events, wall_now)
        self.rejected += len(result.rejected)
        self.duplicates += result.duplicates
        self.gaps.extend(result.gaps)
        if result.gaps or result.rejected:
            self.changed = True
        return result

    def _take_next(self, evs: list[p.Event], wall_now: float) -> IngestResult:
        """The common case, kept short because it runs for every frame: a frame that is exactly the next events,
        in seq order, and nothing else. The same outcome as the general path in _take, without its lists."""
        self.tracker.last_seq = evs[-1].seq
        self._apply(evs, wall_now)
        return IngestResult(evs, [], [], 0, True)

    def _apply(self, evs: list[p.Event], wall_now: float) -> None:
        """Accepted events (not empty) into the engine and the counts the status bar shows."""
        self.engine.apply_many(evs)
        ts = evs[-1].ts
        self.last_event_ts = ts
        if self.last_server_ts is None or ts > self.last_server_ts:
            self.last_server_ts = ts
        if self._current_ts is None or ts > self._current_ts:
            self._current_ts = ts
        self._count(wall_now, len(evs))
        if self._ended_wall is None and self.engine.ended_at is not None:
            self._ended_wall = wall_now
        self.changed = True

    def _gap_notice(self, notice: p.Gap, result: IngestResult) -> None:
        last = self.tracker.last_seq
        if notice.from_seq > last + 1:  # a hole before the announced range is a hole of its own
            result.gaps.append(Gap(last + 1, notice.from_seq - 1, "missing from the stream"))
        if notice.to_seq > last:
            result.gaps.append(Gap(max(notice.from_seq, last + 1), notice.to_seq, f"server: {notice.reason}"))
            self.tracker.last_seq = notice.to_seq  # the lost range will not come

    def _control(self, ctl: p.Hello | p.Heartbeat, _result: IngestResult) -> None:
        if isinstance(ctl, p.Hello):
            if ctl.protocol.split("/")[0] != p.PROTOCOL.split("/")[0] or ctl.protocol != p.PROTOCOL:
                self.identity_problem = translate(
                    "FeedStatus", "the feed speaks {theirs}; this console speaks {ours}: update live-console").format(
                    theirs=repr(ctl.protocol), ours=repr(p.PROTOCOL))
            elif self.hello is not None and (ctl.live_id, ctl.started_at) != (self.hello.live_id,
                                                                              self.hello.started_at):
                # The same seqs would now mean other events: never mix two lives in one set of numbers.
                self.identity_problem = translate(
                    "FeedStatus", "the feed now serves another live ({live_id}, started {started}); restart the "
                    "console to follow it").format(live_id=ctl.live_id, started=f"{ctl.started_at:.0f}")
            elif self.hello is None and self.expected_live is not None and not _same_live(
                    (ctl.live_id, ctl.started_at), self.expected_live):
                live_id, started = self.expected_live
                self.identity_problem = translate(
                    "FeedStatus", "the feed serves another live ({live_id}, started {started}) than the one this "
                    "session file recorded ({recorded_id}, started {recorded_started}): record it in a new file "
                    "(--session), or restart the feed's server with its journal to carry on the recorded live").format(
                    live_id=ctl.live_id, started=f"{ctl.started_at:.0f}", recorded_id=live_id,
                    recorded_started=f"{started:.0f}")
            else:
                self.hello = ctl
                # What the feed's sources can send: a figure built on anything else is unknown, not zero.
                available = None if ctl.provides is None else frozenset(ctl.provides)
                if available != self.engine.available:
                    self.engine.available = available
                    self.changed = True
        elif isinstance(ctl, p.Heartbeat) and ctl.ts > (self.last_server_ts or 0.0):
            self.last_server_ts = ctl.ts
            self.changed = True  # 'the last minute' moves on even when no event comes
            if ctl.last_seq <= self.tracker.last_seq:
                self._current_ts = max(self._current_ts or 0.0, ctl.ts)

    def _count(self, wall_now: float, n: int) -> None:
        second = float(int(wall_now))
        rate = self._rate
        if rate and rate[-1][0] == second:
            rate[-1] = (second, rate[-1][1] + n)
            return  # the window's oldest second was dropped when this one began
        rate.append((second, n))
        while rate[0][0] < second - RATE_WINDOW_S:
            rate.popleft()

    def events_per_s(self, wall_now: float) -> float:
        cutoff = wall_now - RATE_WINDOW_S
        return sum(n for s, n in self._rate if s >= cutoff) / RATE_WINDOW_S

    def lag_s(self, wall_now: float) -> float | None:
        """Wall seconds between the emission of the newest live time we are current at and now.

        A server emits the event of live time T at wall time started_at + (T - started_at) / time_scale (for a real
        live time_scale is 1 and this is simply now - T); see docs/protocol.md.
        """
        if self.hello is None or self.last_event_ts is None:
            return None
        if self._ended_wall is None and self.engine.ended_at is not None:
            self._ended_wall = wall_now  # an engine restored already ended (a checkpoint): it ends for us now
        if self._ended_wall is not None:  # after the live's end nothing is late: the lag is the final event's
            wall_now = min(wall_now, self._ended_wall)
        h = self.hello
        current = self.last_event_ts if self._current_ts is None else self._current_ts
        emitted = h.started_at + (current - h.started_at) / h.time_scale
        return max(0.0, wall_now - emitted)

    def live_now(self) -> float | None:
        """The newest live time known: what 'the last minute' is measured against."""
        return self.last_server_ts
