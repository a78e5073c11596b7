"""Lessons for the next live, each derived from this live's numbers by one rule and citing them (docs/report.md).

Every rule looks at one kind of finding and returns at most one lesson with a rough money stake; the three
largest stakes are kept. Thresholds keep a rule quiet when its numbers are too thin to mean anything; each family
of rules lives in its own module with its thresholds: actions, products, lulls (and sags), channels, funnel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from console.kpi.snapshot import KpiSnapshot
from console.plan.model import Plan
from console.present.availability import is_available
from console.report.lessons.actions import action_lesson
from console.report.lessons.channels import channel_lesson
from console.report.lessons.context import LessonContext
from console.report.lessons.funnel import no_orders_lesson
from console.report.lessons.lulls import lull_lesson, sag_lesson
from console.report.lessons.products import abandonment_lesson, sold_out_lesson, weak_product_lesson
from console.report.model import ActionImpact, ChannelRow, Lesson, ProductRow

MAX_LESSONS: Final = 3
Rule = Callable[[LessonContext], Lesson | None]
# Each rule with the figures it rests on (console/present/availability.py): a rule is not asked when the feed could
# not give one of them, since its zeros would read as a finding ("no order came: find where the funnel broke" from
# a feed that sends no orders at all).
_RULES: Final[tuple[tuple[Rule, tuple[str, ...]], ...]] = (
    (action_lesson, ("action_effect", "minute_viewers")),
    (weak_product_lesson, ("product_impressions", "product_orders")),
    (sold_out_lesson, ("product_orders", "product_clicks")),
    (lull_lesson, ("minute_orders", "minute_viewers")),
    (channel_lesson, ("channel_conversion",)),
    (sag_lesson, ("minute_orders", "minute_viewers")),
    (abandonment_lesson, ("product_abandonment",)),
    (no_orders_lesson, ("orders", "entered")),
)


def derive_lessons(snap: KpiSnapshot, products: Sequence[ProductRow], channels: Sequence[ChannelRow],
                   actions: Sequence[ActionImpact], plan: Plan | None, currency: str) -> tuple[Lesson, ...]:
    ctx = LessonContext(snap, products, channels, actions, plan, currency)
    found = [lesson for rule, figures in _RULES
             if all(is_available(f, snap.available) for f in figures) and (lesson := rule(ctx)) is not None]
    found.sort(key=lambda lesson: -lesson.stake)  # stable: equal stakes keep the rules' order
    return tuple(found[:MAX_LESSONS])
