"""The run of show as a cue list: which cue is armed for GO, which auto cues are due. Pure logic."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from console.plan import Cue, Plan


class CueState(StrEnum):
    WAITING = "waiting"
    ARMED = "armed"  # the next manual cue: GO fires it
    FIRED = "fired"
    MISSED = "missed"  # an auto cue whose time passed while the console was not there to fire it
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class CueRow:
    index: int
    cue: Cue
    state: CueState


class CueList:
    def __init__(self, plan: Plan | None) -> None:
        self.cues: list[Cue] = sorted(plan.cues, key=lambda c: c.at_s) if plan else []
        self._state = [CueState.WAITING] * len(self.cues)

    def due_auto(self, elapsed_s: float, grace_s: float) -> list[int]:
        """Auto cues whose time has come. One more than `grace_s` late is marked missed, never fired late."""
        due = []
        for i, cue in enumerate(self.cues):
            if not cue.auto or self._state[i] != CueState.WAITING or elapsed_s < cue.at_s:
                continue
            if elapsed_s - cue.at_s > grace_s:
                self._state[i] = CueState.MISSED
            else:
                due.append(i)
        return due

    def armed(self) -> int | None:
        """The next manual cue not yet fired or skipped (GO fires it)."""
        for i, cue in enumerate(self.cues):
            if not cue.auto and self._state[i] == CueState.WAITING:
                return i
        return None

    def mark(self, index: int, state: CueState) -> None:
        self._state[index] = state

    def rows(self) -> list[CueRow]:
        armed = self.armed()
        return [CueRow(i, c, CueState.ARMED if i == armed else self._state[i]) for i, c in enumerate(self.cues)]
