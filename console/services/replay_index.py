"""Replay checkpoints: engine states every few thousand events, built by one pass over the session file.

A seek starts from the nearest checkpoint at or before its target (a clone of it: checkpoints are never mutated)
and applies the few events after it, so any seek, forwards or backwards, costs one clone plus at most one
checkpoint spacing of events. The checkpoints' memory is bounded: when their estimated size passes the budget,
every other one is dropped and the spacing doubles (so a long live keeps evenly spread, coarser checkpoints).
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

from console.ingest import Ingest
from console.kpi import KpiEngine
from console.plan import Plan
from console.services.replay_source import BATCH, EventSource

#: first spacing (events); at ~150k events/s a seek then applies at most ~0.1 s of events after its clone
SPACING: Final = 20_000
#: estimated bytes all checkpoints may hold before they are thinned (the replay process's other big users are
#: the engine being shown and the index pass's own engine)
BUDGET: Final = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Checkpoint:
    seq: int  # last seq applied
    applied: int  # events applied (seqs may have holes, so not seq - first + 1)
    ts: float  # live time of that event
    ingest: Ingest  # never mutated after it is stored: fork() it before applying anything
    size: int  # estimated bytes (footprint)


def fork(ing: Ingest) -> Ingest:
    """An independent Ingest in the same state: the engine cloned, the seq tracking and gap list copied."""
    out = Ingest(ing.engine.clone())
    out.tracker.last_seq = ing.tracker.last_seq
    out.hello = ing.hello
    out.rejected, out.duplicates = ing.rejected, ing.duplicates
    out.gaps = list(ing.gaps)  # Gap records are never changed once made: sharing them is safe
    out.last_event_ts, out.last_server_ts = ing.last_event_ts, ing.last_server_ts
    return out


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
            self._points.append(cp)
            self._seqs.append(cp.seq)
            if thin and sum(c.size for c in self._points) > self.budget and len(self._points) > 1:
                # keep the 2nd, 4th, ...: evenly spread at twice the spacing
                self._points = self._points[1::2]
                self._seqs = [c.seq for c in self._points]
                self.spacing *= 2
                self.thinned += 1

    def build(self, source: EventSource, plan: Plan | None, last_seq: int,
              progress: Callable[[float], None] | None = None, stop: Callable[[], bool] | None = None) -> None:
        """One pass over every event through its own ingest and engine, storing a clone every `spacing` events.

        Runs on whichever thread calls it (ReplayPipeline: a background thread; tests and the benchmark: inline).
        The engine left at the end is stored as the last checkpoint as it is: nothing mutates it any more.
        """
        t0 = time.perf_counter()
        ing = Ingest(KpiEngine(plan))
        shared = frozenset({id(plan)})
        applied, next_at, first = 0, self.spacing, None
        # batches no longer than the spacing, so checkpoints land where asked
        for frame, n, seq in source.frames(0, last_seq, batch=min(BATCH, self.spacing)):
            if stop is not None and stop():
                return
            ing.frame(frame, time.time())
            applied += n
            first = first if first is not None else ing.last_seq
            self.indexed_seq = seq
            if applied >= next_at and seq < last_seq:
                cp = fork(ing)
                self._add(Checkpoint(seq, applied, ing.last_event_ts or 0.0, cp, footprint(cp, shared)))
                next_at = (applied // self.spacing + 1) * self.spacing
            if progress is not None:
                progress(seq / max(last_seq, 1))
        if applied:
            self._add(Checkpoint(ing.last_seq, applied, ing.last_event_ts or 0.0, ing, footprint(ing, shared)),
                      thin=False)
        self.build_s = time.perf_counter() - t0
        self.done = True
        if progress is not None:
            progress(1.0)
