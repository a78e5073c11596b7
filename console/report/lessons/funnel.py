"""The funnel lesson: people came and nothing was ordered; where the funnel broke."""

from __future__ import annotations

from console.report.lessons.context import LessonContext
from console.report.model import Lesson


def no_orders_lesson(ctx: LessonContext) -> Lesson | None:
    snap = ctx.snap
    if snap.orders or not snap.entered:
        return None
    impressions = sum(p.impressions for p in ctx.products)
    clicks = sum(p.clicks for p in ctx.products)
    stage = ("no product was shown" if impressions == 0 else "viewers saw products but did not click"
             if clicks == 0 else "viewers clicked but did not add to cart" if snap.cart_adds == 0
             else "carts were opened but none was paid")
    text = (f"{snap.entered:,} viewers entered, products were shown {impressions:,} times and clicked {clicks:,} "
            f"times, {snap.cart_adds:,} carts were opened, and no order came: {stage}. Check that stage first "
            "(product cards, shop link, checkout) before the next live.")
    evidence = (f"{snap.entered:,} entered", f"{impressions:,} impressions", f"{clicks:,} clicks",
                f"{snap.cart_adds:,} carts", "0 orders")
    return Lesson("no_orders", stage, "Find where the funnel broke", text, evidence, 0.0)
