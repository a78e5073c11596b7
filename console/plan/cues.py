"""The run of show as a cue list: which cue is armed for GO, which auto cues are due, and how each one went.
Pure logic."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from console.plan.model import Cue, Plan


class CueState(StrEnum):
    WAITING = "waiting"
    ARMED = "armed"  # the next manual cue: GO fires it
    FIRED = "fired"  # its action was sent (and, unless shown failed, accepted or still on its way)
    FAILED = "failed"  # its action was refused or never reached the server, or it could not be sent
    DONE = "done"  # what it asks for was already in place (the segment on air, the same offer running): not sent
    MISSED = "missed"  # an auto cue whose time passed while the console was not there to fire it
    SKIPPED = "skipped"




@dataclass(frozen=True, slots=True)
class CueRow:
    index: int
    cue: Cue
    state: CueState
    note: str = ""  # why it failed, or why it was done without sending


class CueList:
    def __init__(self, plan: Plan | None) -> None:
        self.cues: list[Cue] = sorted(plan.cues, key=lambda c: c.at_s) if plan else []
        self._state = [CueState.WAITING] * len(self.cues)
        self._key = [""] * len(self.cues)  # the intent a fired cue sent
        self._note = [""] * len(self.cues)

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
        """The next manual cue not yet fired, done or skipped (GO fires it)."""
        for i, cue in enumerate(self.cues):
            if not cue.auto and self._state[i] == CueState.WAITING:
                return i
        return None

    def mark(self, index: int, state: CueState, key: str = "", note: str = "") -> None:
        self._state[index] = state
        self._key[index] = key or self._key[index]
        self._note[index] = note

    def rows(self, failed: Mapping[str, str] | None = None) -> list[CueRow]:
        """The cue list as shown. `failed`: intent key -> error of the intents that failed; a fired cue whose
        intent is among them shows as failed, with the error."""
        armed = self.armed()
        out = []
        for i, c in enumerate(self.cues):
            state, note = (CueState.ARMED if i == armed else self._state[i]), self._note[i]
            if state == CueState.FIRED and failed and self._key[i] in failed:
                state, note = CueState.FAILED, failed[self._key[i]]
            out.append(CueRow(i, c, state, note))
        return out
