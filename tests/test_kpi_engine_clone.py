"""KpiEngine.clone(): a copy that shares no mutable state with the original (replay checkpoints rely on it)."""

from __future__ import annotations

from console import protocol as pr
from console.kpi import KpiEngine


def _join(seq: int, ts: float, viewer: str, channel: str = "organic") -> pr.ViewerJoined:
    return pr.ViewerJoined(seq=seq, ts=ts, viewer_id=viewer, channel=channel)


def test_a_clone_and_its_original_evolve_independently() -> None:
    engine = KpiEngine()
    engine.apply(pr.LiveStarted(seq=1, ts=100.0, live_id="L1", title="t"))
    engine.apply(_join(2, 101.0, "a"))
    twin = engine.clone()
    engine.apply(_join(3, 102.0, "b"))
    twin.apply(_join(3, 130.0, "c", "paid"))
    twin.apply(_join(4, 131.0, "a", "paid"))
    mine, theirs = engine.snapshot(), twin.snapshot()
    # original: a, b organic -> 2 entered, 2 joins; twin: a organic, then c and a paid -> 2 entered, 3 joins
    assert (mine.entered, mine.views, mine.channels["paid"].entered) == (2, 2, 0)
    assert (theirs.entered, theirs.views, theirs.channels["paid"].entered) == (2, 3, 2)
    assert mine.minute_joins.tolist() == [2.0]
    assert theirs.minute_joins.tolist() == [3.0]
