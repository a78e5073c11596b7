"""The channel lesson: paid traffic against its ROAS target, else the channel whose viewers buy far more often."""

from __future__ import annotations

from typing import Final

from console.i18n import translate
from console.kpi.snapshot import ratio
from console.present.fmt import pct, times
from console.report.html_parts import channel_name
from console.report.lessons.context import LessonContext, then
from console.report.model import Lesson

MIN_CHANNEL_ENTERED: Final = 30  # viewers through a channel before its conversion is compared


def channel_lesson(ctx: LessonContext) -> Lesson | None:
    rows = [c for c in ctx.channels if c.entered >= MIN_CHANNEL_ENTERED and c.conversion is not None]
    if len(rows) < 2 or ctx.snap.orders == 0:
        return None
    best = max(rows, key=lambda c: c.conversion or 0.0)
    worst = min(rows, key=lambda c: c.conversion or 0.0)
    listing = ", ".join(translate("ReportLessons", "{channel} {conversion} ({revenue})").format(
        channel=channel_name(c.channel), conversion=pct(c.conversion), revenue=ctx.m(c.revenue)) for c in rows)
    paid = next((c for c in ctx.channels if c.channel == "paid" and c.roas is not None), None)
    if paid is not None and paid.roas is not None and paid.ad_spend:
        target = _roas_target(ctx)
        stake = abs(paid.revenue - paid.ad_spend * target)
        if paid.roas >= target:
            title = translate("ReportLessons", "Raise the paid budget")
            act = translate("ReportLessons", "Paid returned {roas} its {spend} spend, above the {target} target: buy "
                                             "more of it, in the minutes where the room converts best.")
        else:
            title = translate("ReportLessons", "Cut or retarget paid traffic")
            act = translate("ReportLessons", "Paid returned only {roas} its {spend} spend, below the {target} "
                                             "target: cut it or retarget it to the audience of {channel}.")
        act = act.format(roas=times(paid.roas), spend=ctx.m(paid.ad_spend), target=times(target),
                         channel=channel_name(best.channel))
        text = then(translate("ReportLessons", "Conversion by channel: {listing}.").format(listing=listing), act)
        evidence: tuple[str, ...] = (
            translate("ReportLessons", "ROAS {roas} vs target {target}").format(roas=times(paid.roas),
                                                                              target=times(target)),
            translate("ReportLessons", "paid conversion {conversion}").format(conversion=pct(paid.conversion)))
        return Lesson("channels", "paid", title, text, evidence, stake)
    if best is worst or (best.conversion or 0.0) < 1.5 * (worst.conversion or 0.0):
        return None  # no spend to move and no channel standing out
    stake = ((best.conversion or 0.0) - (worst.conversion or 0.0)) * worst.entered * (ctx.snap.aov or 0.0)
    text = translate("ReportLessons", "Conversion by channel: {listing}. Viewers from {best} buy far more often than "
                                      "those from {worst}: put promotion effort into {best} before the next "
                                      "live.").format(listing=listing, best=channel_name(best.channel),
                                                      worst=channel_name(worst.channel))
    evidence = (translate("ReportLessons", "{best} {best_conversion} vs {worst} {worst_conversion}").format(
        best=channel_name(best.channel), best_conversion=pct(best.conversion), worst=channel_name(worst.channel),
        worst_conversion=pct(worst.conversion)),)
    return Lesson("channels", best.channel, translate("ReportLessons", "Bring more viewers through {channel}").format(
        channel=channel_name(best.channel)), text, evidence, stake)


def _roas_target(ctx: LessonContext) -> float:
    """The plan's ROAS goal, else break-even: 1 / the live's margin rate (revenue that pays for its spend)."""
    if ctx.plan is not None and ctx.plan.goals.roas is not None:
        return ctx.plan.goals.roas
    margin = sum(p.margin or 0.0 for p in ctx.products)
    revenue = sum(p.revenue for p in ctx.products if p.margin is not None)
    share = ratio(margin, revenue)
    return 1.0 / share if share else 1.0
