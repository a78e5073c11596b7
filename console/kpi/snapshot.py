"""Results of the KPI engine (`console.kpi.engine`): immutable snapshots and stats, and the rules grading them.

Pure logic, no Qt. Every ratio whose denominator is zero is None (the GUI shows it as "—"). The numbers are
defined in docs/metrics.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

import numpy as np
import numpy.typing as npt

from console.plan.model import Goals

FloatArray = npt.NDArray[np.float64]
MarkerKind = Literal["flash_offer", "segment", "kit", "mark", "advice"]  # "mark": Ctrl+M, "advice": the advisor's
# (both drawn on charts only; the engine makes action markers)
GoalState = Literal["on_track", "at_risk", "off_track", "no_data"]
Trend = Literal[-1, 0, 1]


@dataclass(frozen=True, slots=True)
class Featured:
    """The product the host has on the viewers' screen (pinned in the platform's app), from `product_featured`."""

    product_id: str | None  # the plan's product; None when the plan does not map the platform's id
    platform_product_id: str | None
    title: str  # as the platform showed it
    since: float  # live time it was pinned


@dataclass(frozen=True, slots=True)
class OfferInfo:
    """A flash offer between its offer_started and its offer_ended."""

    action_id: str
    product_id: str
    discount_pct: float
    price: float
    started_at: float
    ends_at: float


@dataclass(frozen=True, slots=True)
class Marker:
    """An operator action on the timeline; `product_id` is set for flash offers only."""

    ts: float
    kind: MarkerKind
    action_id: str
    label: str
    product_id: str | None = None


@dataclass(frozen=True, slots=True)
class GoalStatus:
    name: str  # field name in plan.goals: gmv, orders, conversion, peak_viewers, roas, max_cart_abandonment
    target: float
    actual: float | None
    projected: float | None  # end-of-live projection, cumulative goals only (gmv, orders)
    status: GoalState
    final: bool = False  # the live has ended: `projected` is the final value, not a forecast


@dataclass(frozen=True, slots=True)
class ChannelStats:
    channel: str
    entered: int  # distinct viewers who joined through this channel (estimated past 16,384: docs/metrics.md)
    views: int  # viewer_joined events through this channel
    viewers_now: int
    orders: int
    buyers: int  # distinct customers who ordered through this channel
    conversion: float | None  # buyers / entered, capped at 1
    revenue: float


# eq=False: these hold numpy arrays, whose == is element-wise and would make == and hash() raise or mislead.
@dataclass(frozen=True, slots=True, eq=False)
class ProductStats:
    sku: str
    name: str  # plan name, else the sku
    in_plan: bool
    price: float | None  # plan list price
    impressions: int
    clicks: int
    carts: int  # cart_added events
    abandons: int  # cart_abandoned events
    orders: int  # orders holding at least one item of this product
    units: int
    revenue: float  # sum of quantity * unit_price of its order items
    margin: float | None  # revenue - units * unit_cost; None without a plan cost
    ctr: float | None  # clicks / impressions, capped at 1
    conversion: float | None  # orders / clicks, capped at 1
    stock_left: int | None
    sold_out: bool
    sold_out_at: float | None
    offer: OfferInfo | None  # the flash offer running on it now
    mentions: int  # chat messages tagged with this product
    # per-minute series (one element per started minute, like KpiSnapshot.minute_*)
    units_per_min: FloatArray
    revenue_per_min: FloatArray
    orders_per_min: FloatArray
    clicks_per_min: FloatArray
    impressions_per_min: FloatArray
    mentions_per_min: FloatArray


@dataclass(frozen=True, slots=True, eq=False)
class KpiSnapshot:
    """Every number of the live at one instant. Arrays are read-only copies, safe to pass to the GUI."""

    started_at: float | None  # t0, live time origin; None before any event
    now_ts: float | None
    elapsed_s: float
    events: int  # events applied
    ended_at: float | None  # ts of live_ended
    # audience
    viewers_now: int
    peak_viewers: int
    viewers_now_by_channel: dict[str, int]
    entered: int  # distinct viewers: exact up to 16,384, then a sketch's estimate (±0.81 %, docs/metrics.md)
    views: int
    # sales
    gmv: float
    orders: int
    units: int
    buyers: int
    conversion: float | None
    orders_per_min: int
    sales_per_min: float
    avg_order_value: float | None  # GMV / orders
    aov: float | None  # GMV / buyers
    gpm: float | None
    uv_value: float | None
    # carts and chat
    cart_adds: int
    cart_abandons: int
    cart_abandonment: float | None
    chat_messages: int
    chat_per_min: int
    chatters: int  # distinct, like entered
    engagement_rate: float | None
    # paid traffic
    ad_spend: float
    paid_revenue: float
    roas: float | None
    # breakdowns
    products: list[ProductStats]
    channels: dict[str, ChannelStats]
    new_buyers: int
    returning_buyers: int
    new_revenue: float
    returning_revenue: float
    # actions and goals
    markers: list[Marker]
    running_offers: dict[str, OfferInfo]
    current_segment: str | None
    goals: list[GoalStatus]
    trend: dict[str, Trend]  # keys: orders_per_min, sales_per_min, viewers, chat_per_min
    # per-minute series, one element per started minute of the live
    minute_viewers: FloatArray  # last viewer count of the minute, carried forward
    minute_orders: FloatArray
    minute_revenue: FloatArray
    minute_units: FloatArray
    minute_chat: FloatArray
    minute_clicks: FloatArray
    minute_cart_adds: FloatArray
    minute_abandons: FloatArray
    minute_joins: FloatArray
    minute_leaves: FloatArray
    chat_heat: FloatArray  # rows: chat_heat_rows (segments), columns: minutes
    chat_heat_rows: list[str]
    click_heat: FloatArray  # rows: click_heat_rows (skus, in `products` order), columns: minutes
    click_heat_rows: list[str]
    # The event types the feed's sources can send (`hello.provides`); None: every type. A figure whose inputs are
    # not in it is unknown, not zero: console/present/availability.py says which, the window and report say so.
    available: frozenset[str] | None = None
    featured: Featured | None = None  # on screen now (a bridge's platform pins products; the simulator does not)
    # a viewer count, join or leave has arrived (a real platform's first count comes a few seconds into the live):
    # before it `viewers_now` is 0 by construction, not a figure, and the tile says so
    viewers_known: bool = True


@dataclass(frozen=True, slots=True)
class ActionEffect:
    """Rates in the window before an action against the window after it (docs/metrics.md, Action effect)."""

    action_id: str
    kind: MarkerKind
    ts: float
    product_id: str | None
    window_s: float  # requested length of each window
    before_s: float  # actual length used: cut at the start of the live
    after_s: float  # actual length used: cut at the latest event
    orders_per_min_before: float | None
    orders_per_min_after: float | None
    orders_lift: float | None  # after / before - 1; None when before is 0 or unknown
    units_per_min_before: float | None  # units of `product_id`; None without a product
    units_per_min_after: float | None
    units_lift: float | None


# ---------------------------------------------------------------------------------------------------------
# The rules that turn counts into the snapshot's ratios and goal states (docs/metrics.md).

MIN_PROJECTION_S: Final = 60.0  # projecting a whole live from a few seconds of it is noise
# The projection's rate is that of the last ten minutes: recent enough to follow a sold-out or a flash offer,
# long enough that one big order does not swing it (docs/metrics.md, Goals).
PROJECTION_WINDOW_S: Final = 600
MIN_RATE_S: Final = 300.0  # rate goals (conversion, ROAS, abandonment) are judged after 5 live minutes
AT_RISK: Final = 0.85  # at least 85% of a goal is "at risk", less is "off track"
CEILING_AT_RISK: Final = 1.15  # for a ceiling goal (max_cart_abandonment): up to 115% of it is "at risk"


def ratio(num: float, den: float) -> float | None:
    """num / den, None when den is 0 (shown as "—")."""
    return None if den == 0 else num / den


def rate(num: float, den: float) -> float | None:
    """A proportion: num / den capped at 1, None when den is 0.

    Capped because numerator and denominator come from different events: a console that connected mid-live
    misses the joins or clicks that preceded orders it does see.
    """
    return None if den == 0 else min(1.0, num / den)


def evaluate_goals(goals: Goals, duration_s: float, elapsed_s: float, actual: dict[str, float | None],
                   recent: dict[str, float] | None = None, ended: bool = False) -> list[GoalStatus]:
    """One GoalStatus per goal that is set, in `actual`'s order (the names of the fields of `Goals`).

    `recent`: gmv and orders over the last min(PROJECTION_WINDOW_S, elapsed) seconds (absent: the whole live so
    far, i.e. a straight line). `ended`: the live is over, so cumulative goals are graded on their final value.
    """
    out: list[GoalStatus] = []
    for name, value in actual.items():
        target = getattr(goals, name)
        if target is None:
            continue
        projected: float | None = None
        status: GoalState
        if value is None:
            status = "no_data"
        elif name == "peak_viewers":  # a peak is reached or not yet: only the end of the live can miss it
            status = "on_track" if value >= target else _grade(value, target) if elapsed_s >= duration_s else (
                "no_data" if elapsed_s < MIN_RATE_S else "at_risk")
        elif name not in {"gmv", "orders"} and elapsed_s < MIN_RATE_S:
            status = "no_data"  # a rate over the first minutes is noise, not a verdict
        elif name == "max_cart_abandonment":  # a ceiling: lower is better
            status = ("on_track" if value <= target
                      else "at_risk" if value <= CEILING_AT_RISK * target else "off_track")
        elif name in ("gmv", "orders"):  # cumulative: graded on the end-of-live projection
            if ended:
                projected = float(value)
            elif elapsed_s >= MIN_PROJECTION_S:
                recent_sum = value if recent is None else recent[name]
                projected = project(value, recent_sum, elapsed_s, duration_s)
            status = "on_track" if value >= target else _grade(projected, target)
        else:
            status = _grade(value, target)
        actual_f = None if value is None else float(value)
        out.append(GoalStatus(name, float(target), actual_f, projected, status,
                              final=ended and name in ("gmv", "orders")))
    return out


def project(actual: float, recent: float, elapsed_s: float, duration_s: float) -> float:
    """actual + the recent rate (`recent` over the last min(PROJECTION_WINDOW_S, elapsed_s) s) x the planned time left.

    Within the first window this is the straight line actual / elapsed x duration; past the planned end it is the
    actual.
    """
    left = duration_s - elapsed_s
    if left <= 0:
        return float(actual)
    window = min(float(PROJECTION_WINDOW_S), elapsed_s)
    return float(actual) + recent / window * left


def _grade(value: float | None, target: float) -> GoalState:
    if value is None:
        return "no_data"
    return "on_track" if value >= target else "at_risk" if value >= AT_RISK * target else "off_track"


def per_minute(count: float, seconds: int) -> float | None:
    """A count over `seconds` as a rate per minute; None for an empty window."""
    return None if seconds <= 0 else count * 60.0 / seconds


def lift(before: float | None, after: float | None) -> float | None:
    """after / before - 1 (0.25 = +25 %); None when either is unknown or before is 0."""
    return None if before is None or after is None or before == 0 else after / before - 1


def trend(shown: float, reference: float | None) -> Trend:
    """+1/0/-1: the number on the tile against its reference (docs/metrics.md, trends); 0 without a reference."""
    if reference is None:
        return 0
    return 1 if shown > reference else -1 if shown < reference else 0
