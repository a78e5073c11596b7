"""What the advisor reads: the live's running totals at one instant, from a KPI snapshot or from events.

The live console hands the advisor the snapshot the pipeline publishes for the window anyway (10 a second), so the
advisor costs nothing per event: `reading_from_snapshot`. Runs without a window (the benchmark, the tests, earlier
lives' session files) fold the decoded events into an `EventTally`, which keeps the same totals by the same rules as
the KPI engine (console/kpi/engine.py) at a fraction of its cost; tests/test_advisor_reading.py holds the two equal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from console.kpi.snapshot import KpiSnapshot, Marker
from console.plan.model import Plan
from console.protocol import wire as pr

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
UNKNOWN_STOCK: Final = -1


@dataclass(frozen=True, slots=True, eq=False)
class Reading:
    """Running totals of a live at live time `ts`; per-product arrays follow `skus`."""

    ts: float
    started_at: float
    ended: bool
    viewers: int
    channel_viewers: dict[str, int]
    joins: dict[str, int]  # viewer_joined events per channel
    leaves: int
    segment: str | None
    skus: tuple[str, ...]
    impressions: IntArray
    clicks: IntArray
    carts: IntArray
    abandons: IntArray
    orders: IntArray  # orders holding the product (a kit's orders included)
    units: IntArray
    stock_left: IntArray  # UNKNOWN_STOCK when neither the plan nor the feed tells
    sold_out: BoolArray
    on_offer: BoolArray
    markers: Sequence[Marker]  # every action so far, in order (segment changes, offers, kits)


def reading_from_snapshot(snap: KpiSnapshot) -> Reading | None:
    """The reading of a published snapshot; None before the first event."""
    if snap.started_at is None or snap.now_ts is None:
        return None
    ps = snap.products
    n = len(ps)

    def ints(values: Iterable[int]) -> IntArray:
        return np.fromiter(values, np.int64, n)

    return Reading(
        ts=snap.now_ts, started_at=snap.started_at, ended=snap.ended_at is not None and snap.now_ts >= snap.ended_at,
        viewers=snap.viewers_now, channel_viewers=dict(snap.viewers_now_by_channel),
        joins={ch: c.views for ch, c in snap.channels.items()}, leaves=int(snap.minute_leaves.sum()),
        segment=snap.current_segment, skus=tuple(p.sku for p in ps),
        impressions=ints(p.impressions for p in ps), clicks=ints(p.clicks for p in ps),
        carts=ints(p.carts for p in ps), abandons=ints(p.abandons for p in ps), orders=ints(p.orders for p in ps),
        units=ints(p.units for p in ps),
        stock_left=ints(UNKNOWN_STOCK if p.stock_left is None else p.stock_left for p in ps),
        sold_out=np.fromiter((p.sold_out for p in ps), np.bool_, n),
        on_offer=np.fromiter((p.offer is not None for p in ps), np.bool_, n),
        markers=snap.markers,
    )


class _Tallied:
    __slots__ = ("abandons", "carts", "clicks", "impressions", "last_order", "offer", "orders", "plan_stock",
                 "sold_out", "stock", "units")

    def __init__(self, plan_stock: int | None) -> None:
        self.impressions = self.clicks = self.carts = self.abandons = self.orders = self.units = 0
        self.plan_stock = plan_stock
        self.stock: int | None = None
        self.sold_out = False
        self.last_order: str | None = None
        self.offer: str | None = None  # action id of the offer running on it


class EventTally:
    """The reading's totals, folded from decoded events by the KPI engine's rules (docs/metrics.md)."""

    def __init__(self, plan: Plan | None) -> None:
        self.plan = plan
        self.started_at: float | None = None
        self.ended_at: float | None = None
        self._viewers, self._net, self._have_count = 0, 0, False
        self._by_channel: dict[str, int] | None = None
        self._joins = dict.fromkeys(pr.CHANNELS, 0)
        self._ch_net = dict.fromkeys(pr.CHANNELS, 0)
        self._leaves = 0
        self._segment: str | None = None
        self._products: dict[str, _Tallied] = {}
        self._markers: list[Marker] = []
        for p in plan.products if plan else ():
            self._products[p.sku] = _Tallied(p.stock)
        self._names = {} if plan is None else {
            **{("product", p.sku): p.name for p in plan.products},
            **{("segment", s.id): s.title for s in plan.segments}, **{("kit", k.id): k.name for k in plan.kits}}
        self._on: dict[type, Any] = {
            pr.LiveStarted: self._live_started, pr.LiveEnded: self._live_ended, pr.ViewerCount: self._count,
            pr.ViewerJoined: self._joined, pr.ViewerLeft: self._left, pr.ChatMessage: self._chat,
            pr.ProductImpression: self._impression, pr.ProductClick: self._click, pr.CartAdded: self._cart,
            pr.CartAbandoned: self._abandon, pr.OrderPlaced: self._order, pr.StockChanged: self._stock,
            pr.SoldOut: self._sold_out, pr.OfferStarted: self._offer_started, pr.OfferEnded: self._offer_ended,
            pr.SegmentChanged: self._segment_changed, pr.KitLaunched: self._kit,
        }

    def apply(self, events: Iterable[Any]) -> None:
        on = self._on
        for ev in events:
            handler = on.get(type(ev))
            if handler is None:
                continue
            if self.started_at is None:
                self.started_at = ev.ts
            handler(ev)

    def reading(self, ts: float) -> Reading | None:
        """The totals as of live time ts (the caller's clock: the last event's ts or a tick's end)."""
        if self.started_at is None:
            return None
        ps = list(self._products.values())
        n = len(ps)

        def ints(values: Iterable[int]) -> IntArray:
            return np.fromiter(values, np.int64, n)

        stock = [p.stock if p.stock is not None else UNKNOWN_STOCK if p.plan_stock is None
                 else max(0, p.plan_stock - p.units) for p in ps]
        by = self._by_channel
        return Reading(
            ts=ts, started_at=self.started_at, ended=self.ended_at is not None and ts >= self.ended_at,
            viewers=self._viewers,
            channel_viewers={ch: by.get(ch, 0) if by else max(0, self._ch_net.get(ch, 0)) for ch in self._joins},
            joins={str(ch): n for ch, n in self._joins.items()}, leaves=self._leaves, segment=self._segment,
            skus=tuple(self._products),
            impressions=ints(p.impressions for p in ps), clicks=ints(p.clicks for p in ps),
            carts=ints(p.carts for p in ps), abandons=ints(p.abandons for p in ps), orders=ints(p.orders for p in ps),
            units=ints(p.units for p in ps), stock_left=np.array(stock, np.int64),
            sold_out=np.array([p.sold_out or s == 0 for p, s in zip(ps, stock, strict=True)], np.bool_),
            on_offer=np.array([p.offer is not None for p in ps], np.bool_), markers=tuple(self._markers),
        )

    # ---------------------------------------------------------------------------------------------- rules
    def _product(self, sku: str) -> _Tallied:
        p = self._products.get(sku)
        if p is None:
            p = self._products[sku] = _Tallied(None)
        return p

    def _name(self, what: str, ident: str) -> str:
        return self._names.get((what, ident), ident)

    def _live_started(self, ev: pr.LiveStarted) -> None:
        if ev.segment_id is not None:
            self._segment = ev.segment_id

    def _live_ended(self, ev: pr.LiveEnded) -> None:
        self.ended_at = ev.ts

    def _count(self, ev: pr.ViewerCount) -> None:
        self._have_count = True
        self._viewers = ev.viewers
        if ev.by_channel:
            self._by_channel = {str(ch): n for ch, n in ev.by_channel.items()}

    def _joined(self, ev: pr.ViewerJoined) -> None:
        self._joins[ev.channel] = self._joins.get(ev.channel, 0) + 1
        self._ch_net[ev.channel] = self._ch_net.get(ev.channel, 0) + 1
        self._net += 1
        if not self._have_count:
            self._viewers = max(0, self._net)

    def _left(self, ev: pr.ViewerLeft) -> None:
        self._leaves += 1
        self._ch_net[ev.channel] = self._ch_net.get(ev.channel, 0) - 1
        self._net -= 1
        if not self._have_count:
            self._viewers = max(0, self._net)

    def _chat(self, ev: pr.ChatMessage) -> None:
        if ev.product_id is not None:
            self._product(ev.product_id)

    def _impression(self, ev: pr.ProductImpression) -> None:
        self._product(ev.product_id).impressions += 1

    def _click(self, ev: pr.ProductClick) -> None:
        self._product(ev.product_id).clicks += 1

    def _cart(self, ev: pr.CartAdded) -> None:
        self._product(ev.product_id).carts += 1

    def _abandon(self, ev: pr.CartAbandoned) -> None:
        self._product(ev.product_id).abandons += 1

    def _order(self, ev: pr.OrderPlaced) -> None:
        for it in ev.items:
            p = self._product(it.product_id)
            p.units += it.quantity
            if p.last_order != ev.order_id:
                p.last_order = ev.order_id
                p.orders += 1
            if p.stock is None and p.plan_stock is not None and p.units >= p.plan_stock:
                p.sold_out = True

    def _stock(self, ev: pr.StockChanged) -> None:
        p = self._product(ev.product_id)
        p.stock = ev.stock
        p.sold_out = ev.stock <= 0

    def _sold_out(self, ev: pr.SoldOut) -> None:
        p = self._product(ev.product_id)
        p.stock, p.sold_out = 0, True

    def _offer_started(self, ev: pr.OfferStarted) -> None:
        self._product(ev.product_id).offer = ev.action_id
        self._markers.append(Marker(ev.ts, "flash_offer", ev.action_id, f"Offer {self._name('product', ev.product_id)}"
                                    f" -{ev.discount_pct:g}%", ev.product_id))

    def _offer_ended(self, ev: pr.OfferEnded) -> None:
        p = self._product(ev.product_id)
        if p.offer == ev.action_id:
            p.offer = None

    def _segment_changed(self, ev: pr.SegmentChanged) -> None:
        self._segment = ev.segment_id
        self._markers.append(Marker(ev.ts, "segment", ev.action_id, f"Segment {self._name('segment', ev.segment_id)}"))

    def _kit(self, ev: pr.KitLaunched) -> None:
        for sku in ev.items:
            self._product(sku)
        self._markers.append(Marker(ev.ts, "kit", ev.action_id, f"Kit {self._name('kit', ev.kit_id)}"))
