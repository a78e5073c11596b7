"""What the Advice dock may ask of whoever holds the advice: the live console's AdviceDesk
(console/services/advice_desk.py) or replay's recorded advice, read-only (the ActionPort of advice)."""

from __future__ import annotations

from typing import Protocol

from console.advisor.model import AdviceRecord
from console.kpi.snapshot import ActionEffect
from console.plan.model import Plan


class AdviceSource(Protocol):
    """What the Advice dock may ask: the live console's AdviceDesk, or replay's recorded advice (read-only)."""

    plan: Plan | None
    read_only: bool

    def board(self) -> tuple[AdviceRecord, ...]: ...
    def take(self, advice_id: str, action_key: str, live_ts: float | None) -> None: ...
    def dismiss(self, advice_id: str, live_ts: float | None) -> None: ...
    def effect(self, action_id: str) -> ActionEffect | None: ...
