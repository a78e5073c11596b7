"""A scenario live in-process at full speed: the studio model, the plan's run of show fired on time, no sockets.

What the advisor's benchmark and tests run: a 90-minute live in seconds, with every cue of the plan fired at its
time as an operator pressing GO at each would (auto or not), so the live has its segment changes, offers and kits.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

from console.plan.model import Plan
from console.studio.model import StudioModel
from console.studio.rules import ActionRefused
from console.studio.scenarios import SCENARIO_AUDIENCE, SCENARIOS, Staging, run_of_show

STARTED_AT: Final = 1_700_000_000.0


class StagedLive:
    """Iterate over the ticks' events (lists of protocol events, 0.5 live seconds each) of one scenario live."""

    def __init__(self, plan: Plan, scenario: str, seed: int, *, audience: float = SCENARIO_AUDIENCE,
                 onset_s: float | None = None, until_s: float | None = None, follow_cues: bool = True,
                 started_at: float = STARTED_AT) -> None:
        self.plan = plan
        self.model = StudioModel(plan, seed, started_at, audience, scenario=SCENARIOS[scenario], onset_s=onset_s)
        assert self.model.script is not None
        self.staging: Staging = self.model.script.staging
        self.until_s = until_s
        self._cues = run_of_show(plan) if follow_cues else []

    @property
    def started_at(self) -> float:
        return self.model.started_at

    @property
    def onset_ts(self) -> float | None:
        """The onset in live time (Unix seconds, like event ts); None for control."""
        onset = self.staging.onset_s
        return None if onset is None else self.started_at + onset

    def __iter__(self) -> Iterator[list[Any]]:
        m, cues, n = self.model, self._cues, 0
        while not m.ended and (self.until_s is None or m.t < self.until_s):
            while n < len(cues) and cues[n][0] <= m.t:
                _fire(m, self.plan, f"cue-{n}", *cues[n][1:])
                n += 1
            yield m.step()


def _fire(model: StudioModel, plan: Plan, action_id: str, action: str, target: str) -> None:
    """Fire one cue as the action API would; a refusal (already on air, sold out) is what the console would get."""
    try:
        if action == "flash_offer":
            preset = plan.preset(target)
            model.start_offer(action_id, preset.product, preset.discount_pct, preset.duration_s)
        elif action == "segment":
            model.change_segment(action_id, target)
        else:
            model.launch_kit(action_id, target)
    except ActionRefused:
        pass
