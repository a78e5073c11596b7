"""Connection health of the feed and the seq bookkeeping behind it: pure state, no Qt, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from console.i18n import QT_TRANSLATE_NOOP


class FeedState(StrEnum):
    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    STALE = "stale"  # connected, but no event or heartbeat for longer than the stale threshold
    ENDED = "ended"  # the live is over; every event was delivered
    STOPPED = "stopped"  # will not retry (bad token, kicked, bad request): `reason` says why
    REPLAY = "replay"  # a recorded live played back: `reason` says playing at which speed, or paused


#: Each state in words, for sentences such as "the feed is reconnecting": translate("FeedStatus", ...) shows them
FEED_STATE_WORDS: Final[dict[FeedState, str]] = {
    FeedState.CONNECTING: QT_TRANSLATE_NOOP("FeedStatus", "connecting"),
    FeedState.LIVE: QT_TRANSLATE_NOOP("FeedStatus", "live"),
    FeedState.RECONNECTING: QT_TRANSLATE_NOOP("FeedStatus", "reconnecting"),
    FeedState.STALE: QT_TRANSLATE_NOOP("FeedStatus", "stale"),
    FeedState.ENDED: QT_TRANSLATE_NOOP("FeedStatus", "ended"),
    FeedState.STOPPED: QT_TRANSLATE_NOOP("FeedStatus", "stopped"),
    FeedState.REPLAY: QT_TRANSLATE_NOOP("FeedStatus", "replay"),
}


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


# ---------------------------------------------------------------------------------------------------------
# How much the numbers on screen can be trusted right now: one rule for every panel (docs/metrics.md, Data state).

CATCHING_UP_LAG_S = 5.0  # newer than this, the data is live; the status bar's lag turns amber past it too


class DataState(StrEnum):
    WAITING = "waiting"  # no data yet: the panels show dashes, nothing to dim
    LIVE = "live"  # connected and current
    CATCHING_UP = "catching_up"  # connected (or connecting) with numbers from earlier: a restarted console resuming
    STALE = "stale"  # the feed went quiet, dropped or stopped: the numbers stopped at their age
    ENDED = "ended"  # the live is over: the numbers are final
    REPLAY = "replay"  # a recording played back on purpose


@dataclass(frozen=True, slots=True)
class DataView:
    """What the screen must say about its numbers: their state, their age in wall seconds, whether to dim them."""

    state: DataState
    age_s: float | None = None  # seconds since the newest number was current (None: not known)

    @property
    def dimmed(self) -> bool:
        """Numbers that may be wrong now: every data panel is shown dimmed, with their age."""
        return self.state in (DataState.CATCHING_UP, DataState.STALE)


def data_view(health: FeedHealth, wall_now: float, has_data: bool) -> DataView:
    """The data state behind every panel, from the feed's health (and whether any number is on screen yet).

    The age is the feed's lag (wall seconds since the newest live time the console is current at: Ingest.lag_s)
    when known, else how long the feed's current state has lasted.
    """
    held = max(0.0, wall_now - health.since) if health.since else None
    age = health.lag_s if health.lag_s is not None else held
    match health.state:
        case FeedState.REPLAY:
            return DataView(DataState.REPLAY)
        case FeedState.ENDED:
            return DataView(DataState.ENDED)
        case _ if not has_data:
            return DataView(DataState.WAITING)
        case FeedState.LIVE:
            # Unknown lag (no hello yet) is not alarming: a resumed session learns its lag from the first frame.
            if health.lag_s is not None and health.lag_s > CATCHING_UP_LAG_S:
                return DataView(DataState.CATCHING_UP, health.lag_s)
            return DataView(DataState.LIVE, health.lag_s)
        case FeedState.CONNECTING:
            return DataView(DataState.CATCHING_UP, age)
        case _:  # stale, reconnecting, stopped
            return DataView(DataState.STALE, age)
