"""When closing the console needs the operator's word: pure rule, no Qt (the main window asks, the rule decides)."""

from __future__ import annotations

from console.kpi.snapshot import KpiSnapshot
from console.live.health import FeedHealth, FeedState


def asks_before_closing(snap: KpiSnapshot | None, health: FeedHealth) -> bool:
    """True while the live is on air: it has started (a snapshot exists), has not ended, and this is no replay.

    A window-manager close or Ctrl+Q on air would otherwise end the operator's console in the middle of a live;
    once the live has ended, in replay, or before the first event there is nothing on air to lose.
    """
    if snap is None or snap.ended_at is not None:
        return False
    return health.state not in (FeedState.ENDED, FeedState.REPLAY)
