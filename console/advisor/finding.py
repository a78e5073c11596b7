"""What a detector hands the advisor when one of its streams alarms, and the words the advice is told in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from console.advisor.model import Evidence
from console.advisor.tick import Tick
from console.plan.model import AdviceKind, Plan


@dataclass(frozen=True, slots=True)
class Finding:
    kind: AdviceKind
    subject: str | None
    watch: str  # the detector's name, for release() and the clear test
    stream: int
    text: str
    evidence: Evidence
    stage: str = ""  # "ctr", "cart", "order": live-wide findings explain away a product's at the same stage


class Watch(Protocol):
    name: str

    def evaluate(self, tick: Tick) -> list[Finding]: ...

    def cleared(self, stream: int) -> bool:
        """The stream's condition has ended (its clear test passed)."""
        ...

    def gone(self, stream: int, tick: Tick) -> str:
        """Why the condition cannot be judged any more ("sold out"...), or ''."""
        ...

    def release(self, stream: int, ts: float) -> None:
        """The advice ended: watch for the pattern again, and let the baseline learn again."""
        ...


def at(live_s: float) -> str:
    """Live time as the operator reads it on the clock: 28:10 (1:02:05 past the hour)."""
    s = max(0, int(live_s))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


def pct(x: float) -> str:
    return f"{100 * x:.1f}%" if x < 0.1 else f"{100 * x:.0f}%"


def change(before: float, now: float) -> str:
    return f"{100 * (now / before - 1):+.0f}%" if before > 0 else "new"


def product_name(plan: Plan | None, sku: str) -> str:
    if plan is None:
        return sku
    return next((p.name for p in plan.products if p.sku == sku), sku)
