"""What the history page shows, as plain values: one dataclass per section, built by queries.py from the library and
read by page.py, tables.py and charts.py. Rates are fractions (0.043, not 4.3%); times are live minutes or seconds
from each live's start; None is a figure the library does not have (never 0)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

from console.i18n import QT_TRANSLATE_NOOP, active_language, translate

#: a product's place in its live: margin against sell-through, each split at that live's median
Quadrant = Literal["star", "niche", "traffic builder", "review"]
QUADRANTS: Final[tuple[Quadrant, ...]] = ("star", "traffic builder", "niche", "review")
QUADRANT_WORDS: Final[dict[str, str]] = {
    "star": QT_TRANSLATE_NOOP("History", "high margin, sells through"),
    "traffic builder": QT_TRANSLATE_NOOP("History", "thin margin, sells through"),
    "niche": QT_TRANSLATE_NOOP("History", "high margin, sells slowly"),
    "review": QT_TRANSLATE_NOOP("History", "thin margin, sells slowly"),
}
#: the words shown for a quadrant, a verdict, a trend (the values themselves stay in the tables' CSV)
SHOWN_WORDS: Final[dict[str, str]] = {
    "star": QT_TRANSLATE_NOOP("History", "star"),
    "traffic builder": QT_TRANSLATE_NOOP("History", "traffic builder"),
    "niche": QT_TRANSLATE_NOOP("History", "niche"),
    "review": QT_TRANSLATE_NOOP("History", "review"),
    "works": QT_TRANSLATE_NOOP("History", "works"),
    "promising, not proven": QT_TRANSLATE_NOOP("History", "promising, not proven"),
    "no clear effect": QT_TRANSLATE_NOOP("History", "no clear effect"),
    "hurts": QT_TRANSLATE_NOOP("History", "hurts"),
    "too few lives to tell": QT_TRANSLATE_NOOP("History", "too few lives to tell"),
    "rising": QT_TRANSLATE_NOOP("History", "rising"),
    "falling": QT_TRANSLATE_NOOP("History", "falling"),
    "steady": QT_TRANSLATE_NOOP("History", "steady"),
}


def shown(value: str) -> str:
    """A quadrant, verdict or trend in the page's language."""
    return translate("History", SHOWN_WORDS[value]) if value in SHOWN_WORDS else value
#: each goal's words, as the library stores them (English, whatever the language of the console that added the live)
#: and as the page shows them (translated)
GOAL_LABELS: Final[dict[str, str]] = {
    "gmv": QT_TRANSLATE_NOOP("History", "GMV"),
    "orders": QT_TRANSLATE_NOOP("History", "Orders"),
    "conversion": QT_TRANSLATE_NOOP("History", "Conversion"),
    "peak_viewers": QT_TRANSLATE_NOOP("History", "Peak viewers"),
    "roas": QT_TRANSLATE_NOOP("History", "ROAS"),
    "max_cart_abandonment": QT_TRANSLATE_NOOP("History", "Cart abandonment (max)"),
}
#: live-by-live charts (goals, buyers) draw the latest this many lives: a thousand bars are a smear
LIVES_CHARTED: Final = 30
#: what the data says of an action or an advice (stats.effect_verdict)
EffectVerdict = Literal["works", "promising, not proven", "no clear effect", "hurts", "too few lives to tell"]


@dataclass(frozen=True, slots=True)
class Filters:
    """Which lives the page covers: all of them, or those since a date, of a plan, with every one of some tags."""

    since: str | None = None  # YYYY-MM-DD, the live's UTC date, inclusive
    plan: str | None = None  # the plan's live title, as in lives.plan_name (case-insensitive)
    tags: tuple[str, ...] = ()

    def words(self) -> str:
        """"since 2026-03-01, plan "Kitchen Live", tag "spring"", or "" for no filter."""
        parts = [translate("History", "since {date}").format(date=self.since)] if self.since else []
        parts += [translate("History", 'plan "{plan}"').format(plan=self.plan)] if self.plan else []
        parts += [translate("History", 'tag "{tag}"').format(tag=t) for t in self.tags]
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Live:
    """One live of the library (a `lives` row), the figures the page lists."""

    key: str
    live_id: str
    title: str
    date: str | None
    started_at: float | None
    plan_name: str | None
    tags: tuple[str, ...]
    currency: str
    duration_s: float | None
    partial: bool
    gmv: float | None
    orders: int | None
    conversion: float | None
    peak_viewers: int | None
    avg_viewers: float | None
    roas: float | None
    abandonment: float | None
    buyers: int | None
    new_buyers: int | None
    returning_buyers: int | None
    new_revenue: float | None
    returning_revenue: float | None
    actions: int | None
    advice: int | None
    advice_taken: int | None

    @property
    def name(self) -> str:
        """How the page names a live: its title and date (a weekly show repeats its title)."""
        return f"{self.title} ({self.date})" if self.date else self.title


@dataclass(frozen=True, slots=True)
class GoalPoint:
    key: str  # the live
    target: float | None
    actual: float | None
    met: bool | None
    partial: bool  # the live's recording is partial: its actual is not the live's, left out of counts and trend


@dataclass(frozen=True, slots=True)
class GoalTrend:
    """One goal across the lives that set it, oldest first."""

    goal: str  # the plan's key: gmv, orders, conversion, peak_viewers, roas, max_cart_abandonment
    label: str
    ceiling: bool  # a maximum (max_cart_abandonment): lower is better
    points: tuple[GoalPoint, ...]
    counted: int  # lives with a full recording and an actual
    met: int  # of those
    slope: float | None  # least-squares change of the actual per live, over the counted lives in order
    trend: str  # "rising", "falling", "steady", or "" (fewer than TREND_MIN lives)

    @property
    def improving(self) -> bool | None:
        if self.trend not in ("rising", "falling"):
            return None
        return (self.trend == "rising") != self.ceiling


@dataclass(frozen=True, slots=True)
class MinutePoint:
    """Minute `minute` of the lives that recorded it in full: viewers averaged over the lives, orders per 1,000
    viewer-minutes and abandonment pooled (all lives' orders over all their viewer-minutes)."""

    minute: int
    lives: int
    viewers: float | None
    orders_per_k: float | None  # orders per 1,000 viewer-minutes (a minute's viewer-minutes: its viewer count)
    abandonment: float | None


@dataclass(frozen=True, slots=True)
class LiveCurve:
    """One live's complete minutes (minute 0 first); None where the minute had no viewers (no orders per 1,000
    viewer-minutes) or no carts (no abandonment)."""

    key: str
    viewers: tuple[float | None, ...]
    orders_per_k: tuple[float | None, ...]
    abandonment: tuple[float | None, ...]


@dataclass(frozen=True, slots=True)
class Band:
    """Minutes [start, end], a full band of complete minutes: in how many of the lives that recorded it the band's
    rate was off the live's own median band the way the claim says (below it for a sag, above for a spike), how many
    the other way (a live exactly at its median abstains), and the two-sided sign test of those votes: the
    playbook's rule (console/library/playbook_rules.py band_values)."""

    start: int
    end: int
    lives: int
    flagged: int
    against: int
    p_value: float
    flagged_keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Minutes:
    average: tuple[MinutePoint, ...]
    curves: tuple[LiveCurve, ...]  # oldest first
    sags: tuple[Band, ...]  # orders per 1,000 viewer-minutes below each live's median band, per band
    spikes: tuple[Band, ...]  # carts abandoned per cart opened above each live's median band, per band
    peak_minutes: tuple[int, ...]  # per live with viewers: the minute its viewers peaked


@dataclass(frozen=True, slots=True)
class SegmentRow:
    """A segment of the plan across the lives that ran it, pooled over every run (a rate of sums, not a mean of
    rates: a long run weighs more than a short one)."""

    segment_id: str
    title: str
    demo: bool
    lives: int
    runs: int
    viewer_minutes: float
    leaves: float | None  # None: no feed gave leaves
    leave_minutes: float  # the viewer-minutes of the runs with leaves
    orders: float | None
    order_minutes: float  # the viewer-minutes of the runs with orders
    revenue: float | None  # None: no feed gave revenue (a room-only feed), never 0

    @property
    def leave_rate(self) -> float | None:  # dwell: leaves per viewer-minute (lower keeps viewers longer)
        return self.leaves / self.leave_minutes if self.leaves is not None and self.leave_minutes > 0 else None

    @property
    def order_rate(self) -> float | None:  # conversion per viewer: orders per viewer-minute
        return self.orders / self.order_minutes if self.orders is not None and self.order_minutes > 0 else None


@dataclass(frozen=True, slots=True)
class ProductPoint:
    key: str  # the live
    margin: float | None
    sell_through: float | None
    units: int | None
    quadrant: Quadrant | None  # None: no margin (no cost) or no sell-through (no stock) in that live


@dataclass(frozen=True, slots=True)
class ProductRow:
    sku: str
    name: str
    points: tuple[ProductPoint, ...]  # oldest live first
    units: int | None  # None: no live gave the figure (a room-only feed), never 0
    revenue: float | None

    @property
    def latest(self) -> Quadrant | None:
        return self.points[-1].quadrant if self.points else None

    @property
    def previous(self) -> Quadrant | None:
        return self.points[-2].quadrant if len(self.points) > 1 else None


@dataclass(frozen=True, slots=True)
class ChannelRow:
    """An entry channel across lives: conversion = buyers / viewers who entered through it, ROAS = revenue / ad spend,
    both pooled over the lives whose feed gave the figures."""

    channel: str
    lives: int
    entered: int | None
    buyers: int | None
    orders: int | None
    revenue: float | None
    ad_spend: float | None
    conversion: float | None
    roas: float | None


@dataclass(frozen=True, slots=True)
class Effect:
    """The measured lift (orders per minute after / before - 1) of one kind of move across lives: each live counts
    once, with the median of its own measurements."""

    kind: str  # flash_offer, segment, kit (an action) or the advice kind
    target: str  # preset, segment or kit id; "" for an advice kind
    label: str  # the action's words in the latest live; the advice kind's words
    per_live: tuple[tuple[str, float], ...]  # (live key, that live's median lift), oldest first
    measured: int  # measurements (presses or advice) behind them
    lifted: int  # lives whose lift was above zero
    median: float | None
    interval: tuple[float, float, float] | None  # (low, high, confidence) for the median; None below n = 6
    p_value: float | None  # sign test, two-sided; None when every lift is 0
    viewer_median: float | None  # median per-viewer lift (actions only): is it the room's growth?
    verdict: EffectVerdict

    @property
    def n(self) -> int:
        return len(self.per_live)


@dataclass(frozen=True, slots=True)
class AdviceEffect:
    kind: str
    words: str
    raised: int
    taken: Effect
    not_taken: Effect  # dismissed or expired: what followed when the producer let it go


@dataclass(frozen=True, slots=True)
class ComparedLive:
    live: Live
    complete_minutes: int  # full minutes recorded (minute 0 to this - 1)
    span_gmv: float | None  # over the common span
    span_orders: float | None
    span_viewer_minutes: float | None
    span_cart_adds: float | None
    span_abandons: float | None
    gmv_per_minute: float | None  # over the live's own complete minutes
    cumulative_gmv: tuple[float, ...]  # after each complete minute, for the chart; () when the feed gave no revenue

    @property
    def orders_per_k_viewer_minutes(self) -> float | None:
        r = _ratio(self.span_orders, self.span_viewer_minutes)
        return None if r is None else r * 1000

    @property
    def abandonment(self) -> float | None:
        return _ratio(self.span_abandons, self.span_cart_adds)


@dataclass(frozen=True, slots=True)
class Comparison:
    lives: tuple[ComparedLive, ...]  # in the order named; the first is the reference
    span: int  # minutes 0 .. span - 1, recorded in full by every compared live

    def words(self) -> str:
        """What was compared, in the page's words."""
        n = len(self.lives)
        if self.span <= 0:
            return translate("History", "No full minute is common to the {lives} lives (one recorded less than a "
                             "minute): they are compared per minute of their own recordings only.").format(lives=n)
        if n == 2:
            return translate("History", "Over minutes 0–{last} (the first {span} full minutes), the span both "
                             "recorded; per minute and per viewer over each live's own recording beside it.").format(
                last=self.span - 1, span=self.span)
        return translate("History", "Over minutes 0–{last} (the first {span} full minutes), the span all {lives} "
                         "recorded; per minute and per viewer over each live's own recording beside it.").format(
            last=self.span - 1, span=self.span, lives=n)


@dataclass(frozen=True, slots=True)
class History:
    library: Path
    filters: Filters
    lives: tuple[Live, ...]  # oldest first
    goals: tuple[GoalTrend, ...]
    minutes: Minutes
    segments: tuple[SegmentRow, ...]  # by dwell, best kept first
    products: tuple[ProductRow, ...]
    channels: tuple[ChannelRow, ...]  # by conversion, best first
    actions: tuple[Effect, ...]
    advice: tuple[AdviceEffect, ...]
    comparison: Comparison | None
    warnings: tuple[str, ...]

    @property
    def currency(self) -> str:
        """The lives' currency (the most common one: the page warns when they differ)."""
        seen = [lv.currency for lv in self.lives]
        return max(set(seen), key=seen.count) if seen else "EUR"


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def date_words(iso: str | None, form: str = "long") -> str:
    """A live's date (YYYY-MM-DD) as the page's language writes it (babel's `form`: "long" 2026年3月2日, 2. maaliskuuta
    2026; "medium" 2.3.2026); English keeps the date as the library holds it. "" for None, as written for a date
    that does not read."""
    if not iso:
        return ""
    if active_language() == "en":
        return iso
    import datetime as dt

    from babel.dates import format_date

    from console.present.numbers import number_locale

    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return str(format_date(day, form, locale=number_locale()))
