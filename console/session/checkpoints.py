"""The engine checkpoints the live console stored in a session file, and the one routine that restores them.

Replay's seeks and its background pass, the report, and a console restarted on the same file all start from a
stored checkpoint instead of applying every event again (docs/performance.md), and all through `restore`: the
engine decoded for the plan the reader runs with (console/kpi/state.py), inside an Ingest whose counters are
rebuilt from the file as those of one fed the recorded events from the start. A checkpoint that cannot be used
(damaged bytes, another engine version) is refused with StateError and dropped; after a few such failures none is
tried any more, and the reader applies the events instead, exactly as for a file recorded without checkpoints.
"""

from __future__ import annotations

import bisect
import itertools
import sys
import threading
import time
from dataclasses import dataclass
from typing import Final

from console.kpi.state import STATE_VERSION, StateError, engine_from_bytes
from console.live.fork import carried_on
from console.live.ingest import Ingest
from console.plan.model import Plan
from console.session.reader import EventSource

#: restores that fail (damaged blob, another engine version) before the stored checkpoints are no longer tried
MAX_STORED_FAILURES: Final = 3


@dataclass(frozen=True, slots=True)
class Restored:
    """A stored checkpoint brought back: what a reader starts from instead of the first event."""

    seq: int  # the checkpoint's seq
    ingest: Ingest  # exactly as one fed the recorded events up to `seq` from the start
    applied: int  # recorded events at or before `seq` (seqs may have holes, so not `seq`)


class StoredCheckpoints:
    """The engine checkpoints stored in a session file in this console's format, by seq.

    Shared by replay's thread and its background pass, each reading with its own EventSource. A checkpoint that
    cannot be restored is dropped and the caller starts from something else; after MAX_STORED_FAILURES none is tried
    any more (a file of another console version would otherwise cost one failed decode per seek).
    """

    def __init__(self, seqs: list[int], plan: Plan | None) -> None:
        self.plan = plan
        self._seqs = list(seqs)
        self._lock = threading.Lock()
        self._holes: list[tuple[int, int]] | None = None
        self.failures: list[str] = []  # why a checkpoint was refused (diagnostics and tests; the numbers stay exact)
        self.restore_s = 0.020  # last restore's duration (12-20 ms at 4 h): a seek weighs it against applying events

    @classmethod
    def of(cls, source: EventSource, plan: Plan | None, usable: bool = True) -> StoredCheckpoints:
        """The file's checkpoints in this console's format; none when `usable` is False (the recorded plan no
        longer parses, so a checkpoint made with it cannot be matched to the plan the reader runs with)."""
        return cls(source.checkpoints(STATE_VERSION) if usable else [], plan)

    def __len__(self) -> int:
        with self._lock:
            return len(self._seqs)

    @property
    def seqs(self) -> list[int]:
        with self._lock:
            return list(self._seqs)

    def best(self, seq: int) -> int | None:
        """The stored checkpoint nearest at or before `seq`."""
        with self._lock:
            i = bisect.bisect_right(self._seqs, seq)
            return self._seqs[i - 1] if i else None

    def restore(self, source: EventSource, seq: int) -> Restored:
        """The stored checkpoint at `seq` (one of `seqs`) as an Ingest exactly as one fed the recorded events up to
        `seq` from the start. Raises StateError, after dropping the checkpoint, when it cannot be used.

        The ingest's own counters are rebuilt from the file: the last recorded seq and ts at or before `seq` (a
        checkpoint taken right after a server gap notice carries a seq with no event) and the holes before it, as a
        reader from the start finds them.
        """
        t0 = time.perf_counter()
        try:
            engine = engine_from_bytes(source.checkpoint_state(seq), self.plan)
        except StateError as exc:
            self._drop(seq, f"stored checkpoint at seq {seq}: {exc}")
            raise
        at = source.at_or_before_seq(seq)
        if at is None:  # no event at or before it: a checkpoint of nothing; start from scratch instead
            self._drop(seq, f"stored checkpoint at seq {seq} precedes every recorded event")
            raise StateError("checkpoint before the first event")
        last, ts = at
        holes = self.holes(source)
        ingest = carried_on(engine, last, ts, holes)
        applied = last - sum(b - a + 1 for a, b in holes if b < last)
        self.restore_s = time.perf_counter() - t0
        return Restored(seq, ingest, applied)

    def restore_latest(self, source: EventSource, upto: int = sys.maxsize) -> Restored | None:
        """The latest stored checkpoint at or before seq `upto` that can be used, restored; None when none can
        (each one refused is dropped, so the next older one is tried, until none is left)."""
        while (seq := self.best(upto)) is not None:
            try:
                return self.restore(source, seq)
            except StateError:
                continue
        return None

    def holes(self, source: EventSource) -> list[tuple[int, int]]:
        with self._lock:
            holes = self._holes
        if holes is None:
            holes = source.holes()
            with self._lock:
                self._holes = holes
        return holes

    def _drop(self, seq: int, why: str) -> None:
        with self._lock:
            self.failures.append(why)
            if len(self.failures) >= MAX_STORED_FAILURES:
                self._seqs = []
            elif seq in self._seqs:
                self._seqs.remove(seq)

    def uncovered(self, last_seq: int, max_gap: int) -> list[tuple[int, int]]:
        """(from, to) seq ranges a seek cannot reach within `max_gap` events of a stored checkpoint (or of the
        start): what replay's background pass still has to index, in order."""
        bounds = [0, *(s for s in self.seqs if s < last_seq), last_seq]
        return [(a, b) for a, b in itertools.pairwise(bounds) if b - a > max_gap]


def latest_checkpoint(source: EventSource, plan: Plan | None, upto: int = sys.maxsize) -> Restored | None:
    """The latest usable checkpoint stored in the file at or before seq `upto`, decoded for `plan`; None when
    there is none (a file recorded without them, or every one refused: then apply the events from the start)."""
    return StoredCheckpoints.of(source, plan).restore_latest(source, upto)
