"""What the Advice dock may ask of whoever holds the advice: the live console's AdviceDesk
(console/services/advice_desk.py) or replay's recorded advice, read-only (the ActionPort of advice)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, Protocol

from console.advisor.model import AdviceRecord
from console.kpi.snapshot import ActionEffect
from console.plan.model import Plan

BOARD_SIZE: Final = 12  # cards in the dock: the advice standing, then the latest answered or expired


class AdviceSource(Protocol):
    """What the Advice dock may ask: the live console's AdviceDesk, or replay's recorded advice (read-only)."""

    plan: Plan | None
    read_only: bool

    def board(self) -> tuple[AdviceRecord, ...]: ...
    def take(self, advice_id: str, action_key: str, live_ts: float | None) -> None: ...
    def dismiss(self, advice_id: str, live_ts: float | None) -> None: ...
    def effect(self, action_id: str) -> ActionEffect | None: ...


def board_of(records: Iterable[AdviceRecord]) -> tuple[AdviceRecord, ...]:
    """Every advice in the dock's order: the standing advice, newest first; then the answered or expired, latest
    change first. (A live raises a few an hour at most: the budget allows 3 in any 10 minutes.)"""
    def order(r: AdviceRecord) -> tuple[int, float]:
        return (0, -r.advice.raised_ts) if r.status == "raised" else (1, -(r.status_ts or r.advice.raised_ts))

    return tuple(sorted(records, key=order))
