"""The safety step in front of an action, as logic: which step a kind of action takes (plan.safety), the step GO takes
on a cue far from its time, and the gate that decides each press — fire, ask, wait for the hold, or arm for a second
press of the hotkey. No Qt: the action pad asks the question and draws the hold; this decides (docs/plan.md, section 6).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from typing import Final, Literal

from console.actions.rules import far_early
from console.i18n import QT_TRANSLATE_NOOP, translate
from console.live.wording import secs
from console.plan.model import Plan

HOLD_MS: Final = 800  # long enough that a brush or a stray click never fires; short enough on air
ARM_WINDOW_S: Final = 1.5  # a hold-kind hotkey fires on its second press within this window
_SAFETY_SOURCES: Final = {"none": QT_TRANSLATE_NOOP("Actions", "one press"),
                          "confirm": QT_TRANSLATE_NOOP("Actions", "asks to confirm"),
                          "hold": QT_TRANSLATE_NOOP("Actions", "hold {seconds} s, or press the key twice")}


class _SafetyWords(Mapping[str, str]):
    """Each safety step in words, in the language in use when read (the language can be chosen after import)."""

    def __getitem__(self, step: str) -> str:
        return translate("Actions", _SAFETY_SOURCES[step]).format(seconds=secs(HOLD_MS / 1000))

    def __iter__(self) -> Iterator[str]:
        return iter(_SAFETY_SOURCES)

    def __len__(self) -> int:
        return len(_SAFETY_SOURCES)


SAFETY_WORDS: Final = _SafetyWords()
Verdict = Literal["fire", "cancelled", "armed", "wait"]


def safety_of(plan: Plan | None, kind: str) -> str:
    """The plan's step for an action kind ("none", "confirm" or "hold"); "none" without a plan or a kind."""
    if plan is None or not kind:
        return "none"
    step: str = getattr(plan.safety, kind)
    return step


def cue_safety(kind_safety: str, due_s: float | None) -> tuple[str, bool]:
    """(the plan's step for GO on this cue, whether a question must also be asked). A cue far early always asks,
    naming how early it is: "none" becomes "confirm", "hold" keeps its hold and asks after it."""
    if not far_early(due_s):
        return kind_safety, False
    if kind_safety == "hold":
        return "hold", True
    return "confirm", False


class SafetyGate:
    """Decides a press: "none" fires; "confirm" asks; "hold" waits for the held button (`held`) or, from the
    keyboard — a shortcut cannot see the key go up — for a second press of the same hotkey within ARM_WINDOW_S."""

    def __init__(self, ask: Callable[[str], bool], clock: Callable[[], float] = time.monotonic) -> None:
        self._ask, self._clock = ask, clock
        self._arming: dict[str, float] = {}  # control id -> deadline of its confirming press

    def decide(self, control_id: str, safety: str, source: str, question: str) -> Verdict:
        if safety == "confirm":
            return "fire" if self._ask(question) else "cancelled"
        if safety != "hold":
            return "fire"
        if source != "hotkey":
            return "wait"  # a click without the hold: only `held` gets in
        now = self._clock()
        if self._arming.pop(control_id, 0.0) >= now:
            return "fire"
        self._arming[control_id] = now + ARM_WINDOW_S
        return "armed"

    def arming(self, control_id: str) -> bool:
        return self._arming.get(control_id, 0.0) >= self._clock()

    def disarm(self, control_id: str) -> None:
        self._arming.pop(control_id, None)
