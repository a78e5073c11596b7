"""Connection health of the feed and the seq bookkeeping behind it: pure state, no Qt, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FeedState(StrEnum):
    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    STALE = "stale"  # connected, but no event or heartbeat for longer than the stale threshold
    ENDED = "ended"  # the live is over; every event was delivered
    STOPPED = "stopped"  # will not retry (bad token, kicked, bad request): `reason` says why
    REPLAY = "replay"  # a recorded live played back: `reason` says playing at which speed, or paused


@dataclass(frozen=True, slots=True)
class FeedHealth:
    """What the status bar shows. Times are wall-clock seconds (time.time())."""

    state: FeedState = FeedState.CONNECTING
    since: float = 0.0  # when the current state began
    reason: str = ""  # why we are reconnecting or stopped, in words an operator understands
    events_per_s: float = 0.0  # over the last few seconds
    lag_s: float | None = None  # wall seconds between an event's live time and now (None: not known yet)
    last_seq: int = 0
    rejected: int = 0  # frames or elements kept aside as invalid
    duplicates: int = 0  # events seen twice (after a reconnect) and counted once
    gaps: tuple[tuple[int, int, str], ...] = ()  # (from_seq, to_seq, cause): announced losses and holes
    reconnects: int = 0
    retry_in_s: float | None = None  # while reconnecting: seconds until the next attempt
    storage_error: str = ""  # the session file refuses writes: events wait in memory until it accepts


@dataclass(slots=True)
class SeqTracker:
    """Accepts each seq once, in order; reports duplicates and holes so nothing is counted twice or lost quietly."""

    last_seq: int = 0

    def check(self, seq: int) -> tuple[bool, tuple[int, int] | None]:
        """(accept?, hole) for an arriving seq. A hole (first, last) is the seqs that never came before it."""
        if seq <= self.last_seq:
            return False, None
        hole = (self.last_seq + 1, seq - 1) if seq > self.last_seq + 1 else None
        self.last_seq = seq
        return True, hole
