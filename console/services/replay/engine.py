"""The replay clock's engine: an Ingest brought to any moment of a recorded live from the cheapest start (a stored
checkpoint, an in-memory one, or the state shown now carried forward) plus the few events after it."""

from __future__ import annotations

import time
from collections.abc import Callable

from console.kpi.engine import KpiEngine
from console.kpi.snapshot import KpiSnapshot
from console.kpi.state import StateError
from console.live.ingest import Ingest
from console.services.replay.index import CheckpointIndex
from console.services.replay.recording import Recording
from console.session.checkpoints import StoredCheckpoints
from console.session.reader import EventSource


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
        self.ingest = Ingest(KpiEngine(self.rec.plan, self.rec.available))
        self.applied = 0  # events applied: every recorded event with seq <= applied_seq
        self.applied_seq = 0

    def close(self) -> None:
        self.source.close()

    def build_index(self, progress: Callable[[float], None] | None = None,
                    stop: Callable[[], bool] | None = None) -> None:
        """The background pass (see CheckpointIndex.build), on a reader of its own so it may run on any thread."""
        source = EventSource(self.rec.path)
        try:
            self.index.build(source, self.rec.plan, self.rec.last_seq, progress, stop, self.stored,
                             available=self.rec.available)
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
                    restored = self.stored.restore(self.source, at)
                except StateError:
                    continue  # dropped from the stored list: choose again without it
                self.ingest, self.applied = restored.ingest, restored.applied
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
