"""The funnel lesson: people came and nothing was ordered; where the funnel broke."""

from __future__ import annotations

from console.i18n import PLURAL, translate
from console.present.fmt import count
from console.report.lessons.context import LessonContext, orders_n
from console.report.model import Lesson


def no_orders_lesson(ctx: LessonContext) -> Lesson | None:
    snap = ctx.snap
    if snap.orders or not snap.entered:
        return None
    impressions = sum(p.impressions for p in ctx.products)
    clicks = sum(p.clicks for p in ctx.products)
    stage = (translate("ReportLessons", "no product was shown") if impressions == 0 else
             translate("ReportLessons", "viewers saw products but did not click") if clicks == 0 else
             translate("ReportLessons", "viewers clicked but did not add to cart") if snap.cart_adds == 0
             else translate("ReportLessons", "carts were opened but none was paid"))
    text = translate("ReportLessons", "{entered} viewers entered, products were shown {impressions} times and clicked "
                                      "{clicks} times, {carts} carts were opened, and no order came: {stage}. Check "
                                      "that stage first (product cards, shop link, checkout) before the next "
                                      "live.").format(entered=count(snap.entered), impressions=count(impressions),
                                                      clicks=count(clicks), carts=count(snap.cart_adds), stage=stage)
    carts = snap.cart_adds
    evidence = (translate("ReportLessons", "{count} entered").format(count=count(snap.entered)),
                translate("ReportLessons", "{count} impressions").format(count=count(impressions)),
                translate("ReportLessons", "{count} clicks").format(count=count(clicks)),
                translate("ReportLessons", "%n carts", None, PLURAL, carts),
                orders_n(0))
    return Lesson("no_orders", stage, translate("ReportLessons", "Find where the funnel broke"), text, evidence, 0.0)
