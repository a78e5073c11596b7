"""The channel lesson: paid traffic against its ROAS target, else the channel whose viewers buy far more often."""

from __future__ import annotations

from typing import Final

from console.kpi.snapshot import ratio
from console.present.fmt import pct
from console.report.lessons.context import LessonContext
from console.report.model import Lesson

MIN_CHANNEL_ENTERED: Final = 30  # viewers through a channel before its conversion is compared


def channel_lesson(ctx: LessonContext) -> Lesson | None:
    rows = [c for c in ctx.channels if c.entered >= MIN_CHANNEL_ENTERED and c.conversion is not None]
    if len(rows) < 2 or ctx.snap.orders == 0:
        return None
    best = max(rows, key=lambda c: c.conversion or 0.0)
    worst = min(rows, key=lambda c: c.conversion or 0.0)
    listing = ", ".join(f"{c.channel} {pct(c.conversion)} ({ctx.m(c.revenue)})" for c in rows)
    paid = next((c for c in ctx.channels if c.channel == "paid" and c.roas is not None), None)
    if paid is not None and paid.roas is not None and paid.ad_spend:
        target = _roas_target(ctx)
        stake = abs(paid.revenue - paid.ad_spend * target)
        if paid.roas >= target:
            title = "Raise the paid budget"
            act = (f"Paid returned {paid.roas:.1f}× its {ctx.m(paid.ad_spend)} spend, above the {target:.1f}× "
                   "target: buy more of it, in the minutes where the room converts best.")
        else:
            title = "Cut or retarget paid traffic"
            act = (f"Paid returned only {paid.roas:.1f}× its {ctx.m(paid.ad_spend)} spend, below the "
                   f"{target:.1f}× target: cut it or retarget it to the audience of {best.channel}.")
        text = f"Conversion by channel: {listing}. {act}"
        evidence: tuple[str, ...] = (f"ROAS {paid.roas:.1f}× vs target {target:.1f}×",
                                     f"paid conversion {pct(paid.conversion)}")
        return Lesson("channels", "paid", title, text, evidence, stake)
    if best is worst or (best.conversion or 0.0) < 1.5 * (worst.conversion or 0.0):
        return None  # no spend to move and no channel standing out
    stake = ((best.conversion or 0.0) - (worst.conversion or 0.0)) * worst.entered * (ctx.snap.aov or 0.0)
    text = (f"Conversion by channel: {listing}. Viewers from {best.channel} buy far more often than those from "
            f"{worst.channel}: put promotion effort into {best.channel} before the next live.")
    evidence = (f"{best.channel} {pct(best.conversion)} vs {worst.channel} {pct(worst.conversion)}",)
    return Lesson("channels", best.channel, f"Bring more viewers through {best.channel}", text, evidence, stake)


def _roas_target(ctx: LessonContext) -> float:
    """The plan's ROAS goal, else break-even: 1 / the live's margin rate (revenue that pays for its spend)."""
    if ctx.plan is not None and ctx.plan.goals.roas is not None:
        return ctx.plan.goals.roas
    margin = sum(p.margin or 0.0 for p in ctx.products)
    revenue = sum(p.revenue for p in ctx.products if p.margin is not None)
    share = ratio(margin, revenue)
    return 1.0 / share if share else 1.0
