"""What every lesson rule reads: this live's snapshot, its report rows and its plan (docs/report.md, Lessons)."""

from __future__ import annotations

from collections.abc import Sequence

from console.kpi.snapshot import KpiSnapshot
from console.plan.model import Plan
from console.present.fmt import money
from console.report.model import ActionImpact, ChannelRow, ProductRow


class LessonContext:
    """What every rule reads."""

    def __init__(self, snap: KpiSnapshot, products: Sequence[ProductRow], channels: Sequence[ChannelRow],
                 actions: Sequence[ActionImpact], plan: Plan | None, currency: str) -> None:
        self.snap, self.products, self.channels, self.actions = snap, products, channels, actions
        self.plan, self.currency = plan, currency
        self.aov = snap.avg_order_value or 0.0

    def m(self, value: float | None) -> str:
        return money(value, self.currency)


def count_noun(n: int, noun: str) -> str:
    """'1 order', '1,204 orders'."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")
