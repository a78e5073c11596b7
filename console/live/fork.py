"""An Ingest in a given state without feeding it the events again: a fork of a running one (replay's in-memory
checkpoints), or one carried on from an engine checkpoint (replay's seeks, the report, a restarted console).

Pure: no Qt, no I/O. Both give an ingest whose counters read exactly as those of one fed the same events from the
start, so whatever is fed to it next is counted alike.
"""

from __future__ import annotations

from collections.abc import Iterable

from console.i18n import QT_TRANSLATE_NOOP
from console.kpi.engine import KpiEngine
from console.live.ingest import Gap, Ingest, ResumePoint

#: the cause an ingest gives a hole it finds between two seqs (Ingest.frame): a restored one says the same
HOLE_CAUSE = QT_TRANSLATE_NOOP("FeedStatus", "missing from the stream")  # data: shown through translate()


def fork(ing: Ingest, engine: KpiEngine | None = None) -> Ingest:
    """An independent Ingest in the same state: the engine cloned (or `engine`), the seq tracking and gaps copied
    (Gap records are never changed once made: sharing them is safe)."""
    return Ingest(engine if engine is not None else ing.engine.clone(), at=ing.resume_point())


def carried_on(engine: KpiEngine, last_seq: int, last_ts: float, holes: Iterable[tuple[int, int]]) -> Ingest:
    """An Ingest around `engine` (a checkpoint's, holding every event up to `last_seq`) as one that read those
    events in seq order from the start: the last seq and live time, and the seq ranges it never got (`holes`, in
    order) as its gaps. Recorded events were all decoded once, so none is counted rejected or duplicated."""
    gaps = tuple(Gap(a, b, HOLE_CAUSE) for a, b in holes if b < last_seq)
    return Ingest(engine, at=ResumePoint(last_seq, gaps, last_event_ts=last_ts, last_server_ts=last_ts))
