"""Immutable results of the KPI engine (`console.kpi`): snapshots, per-product and per-channel stats, goals.

Pure data, no Qt. Every ratio whose denominator is zero is None (the GUI shows it as "—"). The numbers are
defined in docs/metrics.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
MarkerKind = Literal["flash_offer", "segment", "kit"]
GoalState = Literal["on_track", "at_risk", "off_track", "no_data"]
Trend = Literal[-1, 0, 1]


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


@dataclass(frozen=True, slots=True)
class ChannelStats:
    channel: str
    entered: int  # distinct viewers who joined through this channel
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
    units_per_min: FloatArray
    revenue_per_min: FloatArray


@dataclass(frozen=True, slots=True, eq=False)
class KpiSnapshot:
    """Every number of the live at one instant. Arrays are read-only copies: safe to hand to another thread."""

    started_at: float | None  # t0, live time origin; None before any event
    now_ts: float | None
    elapsed_s: float
    events: int  # events applied
    ended_at: float | None  # ts of live_ended
    # audience
    viewers_now: int
    peak_viewers: int
    viewers_now_by_channel: dict[str, int]
    entered: int
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
    chatters: int
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


@dataclass(frozen=True, slots=True)
class ActionEffect:
    """Rates in the window before an action against the window after it (see docs/metrics.md, Action effect)."""

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
