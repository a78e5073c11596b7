"""Replay's checkpoints: the engine states the live console stored in the session file
(console/session/checkpoints.py), and in-memory ones built by a background pass over the stretches those do not
cover.

A seek starts from the nearest checkpoint at or before its target (a stored one, or an in-memory one: both are
decoded into a new engine, never changed) and applies the few events after it, so any seek, forwards or
backwards, costs one restore plus at most about one checkpoint spacing of events. The pass adds in-memory
checkpoints only where stored ones are more than 1.5 spacings apart: e.g. in the middle of each interval of a file
recorded with a sparser policy, over the whole tail of a console killed early, over the whole file for a v1 file. Their
memory is bounded: when their estimated size passes the budget, every other one is dropped and the spacing
doubles (so a long live keeps evenly spread, coarser checkpoints).
"""

from __future__ import annotations

import bisect
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

import numpy as np

from console.kpi.engine import KpiEngine
from console.kpi.state import StateError, engine_from_bytes, engine_to_bytes
from console.live.fork import fork
from console.live.ingest import Ingest
from console.plan.model import Plan
from console.session.checkpoints import StoredCheckpoints
from console.session.reader import BATCH, EventSource

#: first spacing (events), the same as the live console's stored spacing. Applying 20,000 events took 200-280 ms
#: on the shared 2-core machine at full size, over the 200 ms seek target; 10,000 leaves room for the restore
SPACING: Final = 10_000
#: stored checkpoints further apart than this many spacings get in-memory ones between them from the background
#: pass (the live console stores one every 10,000 events, and not more often than every 5 s)
MAX_STORED_GAP: Final = 1.5
#: estimated bytes all checkpoints may hold before they are thinned (the replay process's other big users are
#: the engine being shown and the index pass's own engine)
BUDGET: Final = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """An ingest's state after event `seq`, packed with the stored checkpoints' codec (console/kpi/state.py):
    ~150 KB where a live clone of a 4-hour engine holds 1-5 MB, so a long live keeps one every SPACING events
    within the budget. An engine the codec cannot encode is kept as a clone instead (`ingest`)."""

    seq: int  # last seq applied
    applied: int  # events applied (seqs may have holes, so not seq - first + 1)
    ts: float  # live time of that event
    state: bytes | None  # engine_to_bytes of the engine, or None when `ingest` holds a clone
    ingest: Ingest  # the counters (and, without `state`, the engine): never mutated, see restore()
    size: int  # estimated bytes

    @classmethod
    def of(cls, ing: Ingest, applied: int, shared: frozenset[int]) -> Checkpoint:
        try:
            state: bytes | None = engine_to_bytes(ing.engine)
        except StateError:
            state = None
        if state is None:
            kept = fork(ing)
            return cls(ing.last_seq, applied, ing.last_event_ts or 0.0, None, kept, footprint(kept, shared))
        counters = fork(ing, _placeholder())  # restore() puts the decoded engine in its place
        return cls(ing.last_seq, applied, ing.last_event_ts or 0.0, state, counters, len(state) + 2048)

    def restore(self, plan: Plan | None) -> Ingest:
        """A new Ingest in this state (the checkpoint itself is never changed)."""
        return fork(self.ingest, None if self.state is None else engine_from_bytes(self.state, plan))


_PLACEHOLDER: list[KpiEngine] = []


def _placeholder() -> KpiEngine:
    """One empty engine shared by every packed checkpoint's counters (never applied to, never shown): an empty
    engine holds ~300 KB of bins, more than the packed state itself."""
    if not _PLACEHOLDER:
        _PLACEHOLDER.append(KpiEngine(None))
    return _PLACEHOLDER[0]


_ATOMS: Final = (str, bytes, int, float, bool, type(None))


def footprint(obj: Any, shared: frozenset[int] = frozenset()) -> int:
    """Bytes of the containers reachable from `obj`: what a deep copy of it allocates anew.

    Atoms (strings, numbers) are not counted because a deep copy shares them; set elements are hashable atoms in
    practice, so a set counts its table only. Objects whose id is in `shared` (the plan) are skipped. Generic on
    purpose: it reads no attribute of the engine by name, so it stays right when the engine's internals change.
    """
    seen: set[int] = set(shared)
    total = 0
    stack = [obj]
    while stack:
        o = stack.pop()
        if isinstance(o, (*_ATOMS, type)) or id(o) in seen or (callable(o) and not hasattr(o, "__dict__")):
            continue
        seen.add(id(o))
        if isinstance(o, np.ndarray):
            total += sys.getsizeof(o) + (o.nbytes if o.base is None else 0)
            continue
        total += sys.getsizeof(o)
        if isinstance(o, dict):
            stack.extend(v for v in o.values() if not isinstance(v, _ATOMS))
        elif isinstance(o, (list, tuple, deque)):
            stack.extend(v for v in o if not isinstance(v, _ATOMS))
        elif isinstance(o, (set, frozenset)):
            continue
        else:
            d = getattr(o, "__dict__", None)
            if d is not None:
                stack.append(d)
            for name in getattr(type(o), "__slots__", ()):
                v = getattr(o, name, None)
                if not isinstance(v, _ATOMS):
                    stack.append(v)
    return total


class CheckpointIndex:
    """Checkpoints in seq order, filled by one index pass while the replay thread reads them (under a lock)."""

    def __init__(self, spacing: int = SPACING, budget: int = BUDGET) -> None:
        self.spacing = spacing
        self.budget = budget
        self._lock = threading.Lock()
        self._points: list[Checkpoint] = []
        self._seqs: list[int] = []
        self.indexed_seq = 0  # the pass has applied every event up to this seq
        self.done = False
        self.error: str | None = None
        self.thinned = 0  # how many times the spacing doubled to stay in budget
        self.build_s = 0.0

    def __len__(self) -> int:
        return len(self._points)

    @property
    def size(self) -> int:
        with self._lock:
            return sum(c.size for c in self._points)

    def best(self, seq: int) -> Checkpoint | None:
        """The checkpoint nearest at or before `seq`."""
        with self._lock:
            i = bisect.bisect_right(self._seqs, seq)
            return self._points[i - 1] if i else None

    def _add(self, cp: Checkpoint, thin: bool = True) -> None:
        with self._lock:
            # in seq order whatever order the pass visits its stretches in (longest first)
            i = bisect.bisect_right(self._seqs, cp.seq)
            self._points.insert(i, cp)
            self._seqs.insert(i, cp.seq)
            if thin and sum(c.size for c in self._points) > self.budget and len(self._points) > 1:
                # keep the 2nd, 4th, ...: evenly spread at twice the spacing
                self._points = self._points[1::2]
                self._seqs = [c.seq for c in self._points]
                self.spacing *= 2
                self.thinned += 1

    def build(self, source: EventSource, plan: Plan | None, last_seq: int,
              progress: Callable[[float], None] | None = None, stop: Callable[[], bool] | None = None,
              stored: StoredCheckpoints | None = None, available: frozenset[str] | None = None) -> None:
        """Index the stretches the stored checkpoints leave uncovered (the whole file when there are none): from
        the stored checkpoint that opens each stretch (or from the start), through an ingest of its own, storing a
        clone every `spacing` events. `available`: what the live's feed could send (the session's `provides`), held by
        every engine this pass starts afresh, as by the live console's.

        Runs on whichever thread calls it (ReplayPipeline: a background thread; tests and the benchmark: inline).
        The engine left at the end of the file is stored as the last checkpoint as it is: nothing mutates it any
        more.
        """
        t0 = time.perf_counter()
        stored = stored if stored is not None else StoredCheckpoints([], plan)
        if len(stored):
            # Restore the latest one that works: a file of another console version has every one refused, and is
            # then indexed whole by this pass rather than discovered seek by seek. Also finds the holes once, here
            # rather than in the first seek that restores.
            stored.restore_latest(source)
        # the longest stretches first: a console killed early leaves its whole tail without a stored checkpoint
        todo = sorted(stored.uncovered(last_seq, int(MAX_STORED_GAP * self.spacing)), key=lambda r: r[0] - r[1])
        total = sum(b - a for a, b in todo) or 1
        covered = 0

        def moved(seq_in_stretch: int) -> None:
            if progress is not None:
                progress((covered + seq_in_stretch) / total)

        for start, end in todo:
            if not self._stretch(source, plan, stored, start, end, last_seq, stop, moved, available):
                return
            covered += end - start
        self.indexed_seq = last_seq
        self.build_s = time.perf_counter() - t0
        self.done = True
        if progress is not None:
            progress(1.0)

    def _stretch(self, source: EventSource, plan: Plan | None, stored: StoredCheckpoints, start: int, end: int,
                 last_seq: int, stop: Callable[[], bool] | None, progress: Callable[[int], None],
                 available: frozenset[str] | None = None) -> bool:
        """Checkpoints over (start, end]; False when stopped. A stored checkpoint that cannot be restored sends the
        stretch back to the one before it (or to the start of the file)."""
        ing, applied = Ingest(KpiEngine(plan, available)), 0
        restored = stored.restore_latest(source, start) if start else None
        if restored is not None:
            ing, applied, start = restored.ingest, restored.applied, restored.seq
        else:
            start = 0
        shared = frozenset({id(plan)})
        base, next_at = start, self.spacing
        # batches no longer than the spacing, so checkpoints land where asked
        for frame, n, seq in source.frames(start, end, batch=min(BATCH, self.spacing)):
            if stop is not None and stop():
                return False
            ing.frame(frame, time.time())
            applied += n
            next_at -= n
            progress(seq - base)
            if next_at <= 0 and seq < last_seq:
                self._add(Checkpoint.of(ing, applied, shared))
                next_at = self.spacing
                if end < last_seq and end - seq <= self.spacing:
                    return True  # the stored checkpoint at `end` is near enough for what follows
        if end == last_seq and ing.last_seq:
            self._add(Checkpoint.of(ing, applied, shared), thin=False)
        return True
