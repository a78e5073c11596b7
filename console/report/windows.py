"""Before/after windows around a moment of the live: the orders in each, the audience exposed to them, and how sure
the change is. One measure for an action's effect and for what followed an advice (docs/report.md)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from console.kpi.engine import KpiEngine
from console.kpi.snapshot import ActionEffect, KpiSnapshot
from console.report.model import EFFECT_WINDOW_S, Verdict
from console.report.stats import verdict


@dataclass(frozen=True, slots=True)
class Window:
    """The engine's before/after rates at one moment, with the per-viewer reading the report judges."""

    effect: ActionEffect
    orders_before: int
    orders_after: int
    exposure_before: float  # viewer-seconds in each window
    exposure_after: float
    verdict: Verdict
    p_value: float | None

    @property
    def viewers_before(self) -> float | None:
        return self.exposure_before / self.effect.before_s if self.effect.before_s > 0 else None

    @property
    def viewers_after(self) -> float | None:
        return self.exposure_after / self.effect.after_s if self.effect.after_s > 0 else None

    @property
    def opkv_before(self) -> float | None:
        """Orders per 1,000 viewer-minutes before."""
        return self.orders_before / self.exposure_before * 60_000 if self.exposure_before > 0 else None

    @property
    def opkv_after(self) -> float | None:
        return self.orders_after / self.exposure_after * 60_000 if self.exposure_after > 0 else None

    @property
    def viewer_lift(self) -> float | None:
        before, after = self.opkv_before, self.opkv_after
        return after / before - 1 if before and after is not None else None


def viewer_seconds(viewers: np.ndarray, start_s: float, end_s: float) -> float:
    """Viewer-seconds in [start_s, end_s) from the start of the live: each minute's viewer count (the engine's last
    count of that minute) held over the whole minute. The exposure an order rate per viewer divides by."""
    total = 0.0
    first, last = max(0, int(start_s // 60)), int(np.ceil(end_s / 60))
    for m in range(first, min(last, viewers.size)):
        overlap = min(end_s, (m + 1) * 60.0) - max(start_s, m * 60.0)
        if overlap > 0:
            total += overlap * float(viewers[m])
    return total


def window(eff: ActionEffect, snap: KpiSnapshot, at: float) -> Window:
    """The engine's effect `eff` at `at` seconds from the start, read per viewer: orders over viewer-seconds, so a
    room filling up is not read as a lift."""
    n_before = count(eff.orders_per_min_before, eff.before_s)
    n_after = count(eff.orders_per_min_after, eff.after_s)
    e_before = viewer_seconds(snap.minute_viewers, at - eff.before_s, at)
    e_after = viewer_seconds(snap.minute_viewers, at, at + eff.after_s)
    v, p = verdict(n_before, e_before, n_after, e_after)
    return Window(eff, n_before, n_after, e_before, e_after, v, p)


def count(per_min: float | None, seconds: float) -> int:
    """Orders in a window, back from the engine's rate (rate = count * 60 / seconds)."""
    return 0 if per_min is None else round(per_min * seconds / 60.0)


def effects_at(engine: KpiEngine, moments: dict[str, float], last_ts: float | None) -> dict[str, ActionEffect]:
    """The engine's before/after measure (EFFECT_WINDOW_S) at live times no action marks: what followed an advice
    nobody took, measured exactly as an action's effect is (KpiEngine.effect_at). A moment after the last event is
    measured at the last event (`last_ts`)."""
    out = {}
    for key, ts in moments.items():
        at = ts if last_ts is None else min(ts, last_ts)
        eff = engine.effect_at(max(0.0, at), EFFECT_WINDOW_S, action_id=key)
        if eff is not None:
            out[key] = eff
    return out
