"""The recorded advice in a replay: the Advice dock shows, at the replay clock, what the operator saw then (raised
advice still standing, or taken, dismissed, expired by then). Read-only: nothing can be answered in a replay."""

from __future__ import annotations

from typing import Protocol

from console.advisor.model import AdviceRecord
from console.advisor.port import board_of
from console.kpi.snapshot import ActionEffect
from console.plan.model import Plan
from console.services.replay.recording import Recording


class _Replay(Protocol):
    recording: Recording | None

    @property
    def position(self) -> float: ...

    def effect(self, action_id: str) -> ActionEffect | None: ...


class RecordedAdvice:
    """An AdviceSource over a replay (console/advisor/port.py)."""

    read_only = True

    def __init__(self, replay: _Replay, plan: Plan | None) -> None:
        self.plan = plan
        self._replay = replay
        self._key: tuple[int, ...] = ()
        self._board: tuple[AdviceRecord, ...] = ()

    def board(self) -> tuple[AdviceRecord, ...]:
        """The advice as of the replay clock; the same tuple while nothing changed (the dock redraws on a change)."""
        rec = self._replay.recording
        if rec is None or not rec.advice:
            return self._board
        ts = self._replay.position
        seen = [r for r in (a.as_of(ts) for a in rec.advice) if r is not None]
        key = (len(seen), sum(r.status != "raised" for r in seen))
        if key != self._key:
            self._key, self._board = key, board_of(seen)
        return self._board

    def take(self, advice_id: str, action_key: str, live_ts: float | None) -> None:
        """Nothing: a replay answers nothing."""

    def dismiss(self, advice_id: str, live_ts: float | None) -> None:
        """Nothing: a replay answers nothing."""

    def effect(self, action_id: str) -> ActionEffect | None:
        return self._replay.effect(action_id)
