"""KPI engine: folds decoded feed events into second/minute bins and whole-live metrics; no Qt, no I/O."""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import islice
from typing import Any, Final, TypeVar

import numpy as np
import numpy.typing as npt

from console.i18n import translate
from console.kpi.snapshot import (
    PROJECTION_WINDOW_S,
    ActionEffect,
    ChannelStats,
    Featured,
    FloatArray,
    GoalStatus,
    KpiSnapshot,
    Marker,
    MarkerKind,
    OfferInfo,
    ProductStats,
    Trend,
    evaluate_goals,
    lift,
    per_minute,
    rate,
    ratio,
    trend,
)
from console.kpi.unique_counts import Cells, FingerprintTable, UniqueCount, customer_key
from console.plan.model import Plan, Product
from console.protocol import wire as pr

# Rows of the room bins (per second and per minute). VIEW holds NaN where no viewer value was seen.
VIEW, ORD, REV, UNITS, CHAT, CLICK, CART, ABANDON, JOIN, LEAVE = range(10)
# Rows of the per-product minute bins.
P_UNITS, P_REV, P_ORD, P_CLICK, P_IMPR, P_CHAT = range(6)

NO_SEGMENT: Final = "(no segment)"  # heat-map row for chat before the first segment_changed
MAX_BIN_S: Final = 48 * 3600  # a corrupt far-future ts is clamped here instead of allocating gigabytes
UNPLANNED_BINS_S: Final = 1024  # no plan: bins for 17 live minutes, doubling as the live goes on


def planned_bins_s(plan: Plan | None) -> int:
    """Seconds of per-second bins an engine starts with: the planned live, a quarter more and ten minutes (an
    overrun), so a live of about its planned length never regrows them. Sized at the start rather than doubled
    mid-live, the console's memory is flat by construction (~1.6 MB for a four-hour plan with eight products:
    10 float64 rows and a float32 row per product per second); a live that runs on past it doubles them as
    before."""
    if plan is None:
        return UNPLANNED_BINS_S
    return max(UNPLANNED_BINS_S, int(plan.live.duration_min * 60 * 1.25) + 600)
# Tiles showing "the last 60 s" of a row: their trend compares that with the 60 s before (docs/metrics.md).
WINDOW_TRENDS: Final = (("orders_per_min", ORD), ("sales_per_min", REV), ("chat_per_min", CHAT))
# Viewer ids wait in plain lists (an append is the cheapest thing the hot path can do) and go into the distinct
# counters in batches, where hashing them is vectorised: after this many events, and before every read.
FOLD_EVERY: Final = 16_384
_F = TypeVar("_F", np.float32, np.float64)


class _Product:
    """Running totals of one product; plain attributes because they are bumped on every event."""

    __slots__ = ("abandons", "carts", "clicks", "idx", "impressions", "last_order", "mentions", "name",
                 "offer", "orders", "plan", "revenue", "sku", "sold_out_at", "stock", "units")

    def __init__(self, idx: int, sku: str, plan: Product | None) -> None:
        self.idx, self.sku, self.plan = idx, sku, plan
        self.name = plan.name if plan is not None else sku
        self.impressions = self.clicks = self.carts = self.abandons = self.orders = self.units = 0
        self.mentions, self.revenue = 0, 0.0
        self.last_order: str | None = None  # counts an order once even when it holds the product twice
        self.stock: int | None = None  # latest stock_changed (a sold_out counts as 0)
        self.sold_out_at: float | None = None
        self.offer: OfferInfo | None = None

    def stock_left(self) -> int | None:
        if self.stock is not None:
            return self.stock
        return None if self.plan is None else max(0, self.plan.stock - self.units)


class KpiEngine:
    """Apply events one by one (or in batches), take immutable snapshots whenever the GUI wants one.

    Not locked: call apply() and snapshot() from one thread and hand the snapshot, which shares nothing with
    the engine, to the others.
    """

    def __init__(self, plan: Plan | None = None, available: frozenset[str] | None = None) -> None:
        self.plan = plan
        # The event types the feed announced (hello.provides; None: every type). Set by the ingest when the hello
        # comes, or from the session file for a recorded live; carried by checkpoints and into every snapshot.
        self.available = available
        self._t0: float | None = None
        self._ended_at: float | None = None
        self._last_ts, self._events = 0.0, 0
        seconds = planned_bins_s(plan)
        self._sec = self._new_bins(seconds)
        self._min = self._new_bins(seconds // 60 + 1)
        self._products: dict[str, _Product] = {}
        self._pmin = np.zeros((max(8, len(plan.products) if plan else 0), 6, self._min.shape[1]))
        # Units sold per product per second, for effect(): bins rather than one entry per sale so that memory
        # follows the live's length, not its volume. float32 halves what every clone() copies and holds whole
        # numbers exactly up to 2^24 units of one product in one second; effect() sums them in float64.
        self._psec = np.zeros((self._pmin.shape[0], self._sec.shape[1]), np.float32)
        self._bins_end = min(self._sec.shape[1], 60 * self._min.shape[1])  # first second that needs growing
        self._seg_rows: dict[str, int] = {}
        self._seg_min = np.zeros((8, self._min.shape[1]))
        self._seg_row = -1  # heat-map row of the current segment, -1 before the first one
        self._current_segment: str | None = None
        self._featured: Featured | None = None
        # audience
        self._viewers = self._peak = self._net = 0  # _net: joins - leaves
        self._have_count = False  # once a viewer_count arrived, joins - leaves no longer drive viewers_now
        self._viewers_known = False  # a viewer count, join or leave arrived: before it, 0 viewers is not a figure
        self._by_channel: dict[str, int] | None = None
        # distinct viewers and chatters: exact up to unique_counts.EXACT_LIMIT, then HyperLogLog estimates
        self._entered = UniqueCount()
        self._ch_entered: defaultdict[str, UniqueCount] = defaultdict(UniqueCount)
        self._chatters = UniqueCount()
        self._join_ids: defaultdict[str, list[str]] = defaultdict(list)  # by channel, not yet folded
        self._chat_ids: list[str] = []
        self._unfolded = 0  # events applied since the last fold
        self._ch_views: defaultdict[str, int] = defaultdict(int)
        self._ch_net: defaultdict[str, int] = defaultdict(int)
        # sales; plain counts (orders, units, chat, carts, joins) are summed from the second bins at snapshot
        self._gmv = self._new_revenue = self._ad_spend = 0.0
        self._new_buyers = 0
        self._customers = FingerprintTable()  # customer_key(customer) -> new_customer flag of their first order
        self._ch_orders: defaultdict[str, int] = defaultdict(int)
        self._ch_buyers: defaultdict[str, FingerprintTable] = defaultdict(FingerprintTable)
        self._ch_revenue: defaultdict[str, float] = defaultdict(float)
        # actions
        self._markers: list[Marker] = []
        self._actions: dict[str, Marker] = {}
        self._offers: dict[str, OfferInfo] = {}
        if plan is not None:
            for p in plan.products:
                self._add_product(p.sku, p)
            for s in plan.segments:
                self._segment_row(s.id)
        # Dispatch by exact type (no isinstance chain) to the method _on_<tag>; a type added to the protocol
        # before this engine learns it has no method and is ignored.
        handlers = ((t, getattr(self, "_on_" + t.__struct_config__.tag, None))
                    for t in pr.Event.__args__)
        self._handlers: dict[type, Callable[[Any], None]] = {t: h for t, h in handlers if h is not None}

    # ---------------------------------------------------------------------------------------------- input

    def apply(self, ev: pr.Event) -> None:
        handler = self._handlers.get(type(ev))
        if handler is None:  # a type this engine does not know yet: ignored rather than fatal
            return
        ts = ev.ts
        if self._t0 is None:
            self._t0 = ts  # live_started is normally seq 1, so this is its ts; else the first event's
        self._last_ts = max(self._last_ts, ts)
        self._events += 1
        handler(ev)
        self._unfolded += 1
        if self._unfolded >= FOLD_EVERY:
            self._fold()

    def apply_many(self, events: Iterable[pr.Event]) -> None:
        """apply() for each event, with the per-event bookkeeping hoisted out of the loop (the hot path)."""
        if not isinstance(events, list | tuple) or len(events) > FOLD_EVERY:
            # a lazy or long stream (a whole recording): in slices, so the viewer ids waiting for the fold stay
            # a few thousand rather than every id of the stream
            it = iter(events)
            while chunk := list(islice(it, FOLD_EVERY)):
                self._apply_list(chunk)
        else:
            self._apply_list(events)

    def _apply_list(self, events: list[pr.Event] | tuple[pr.Event, ...]) -> None:
        get = self._handlers.get
        last, n = self._last_ts, 0
        try:
            for ev in events:
                handler = get(type(ev))
                if handler is None:
                    continue
                ts = ev.ts
                if self._t0 is None:
                    self._t0 = ts
                last = ts if ts > last else last
                n += 1
                handler(ev)
        finally:  # the handlers never read these two; an exception keeps what was applied before it
            self._last_ts, self._events = max(self._last_ts, last), self._events + n
            self._unfolded += n
            if self._unfolded >= FOLD_EVERY:
                self._fold()

    def _fold(self) -> None:
        """Hand the viewer ids collected since the last fold to the distinct counters."""
        self._unfolded = 0
        joins = [(ch, ids) for ch, ids in self._join_ids.items() if ids]
        everyone = [v for _, ids in joins for v in ids]
        chats = self._chat_ids
        # Ids bound for a sketch (not an exact set) are hashed in one call: numpy's cost per call weighs on the
        # small batches of a 10 Hz snapshot. While the room's count is exact no channel's can be a sketch: a
        # channel's viewers are a subset of the room's.
        to_room = len(everyone) if not self._entered.exact else 0
        to_chat = len(chats) if not self._chatters.exact else 0
        room = chat = None
        if to_room or to_chat:
            cells = Cells.of((everyone if to_room else []) + (chats if to_chat else []))
            room = cells.part(0, to_room) if to_room else None
            chat = cells.part(to_room, to_room + to_chat) if to_chat else None
        if everyone:
            self._entered.update(everyone, room)
            at = 0
            for ch, ids in joins:
                self._ch_entered[ch].update(ids, None if room is None else room.part(at, at + len(ids)))
                at += len(ids)
                ids.clear()
        if chats:
            self._chatters.update(chats, chat)
            chats.clear()

    def clone(self) -> KpiEngine:
        """An independent copy of the engine's whole state (replay checkpoints); the plan is shared, not copied.

        Cheap by construction: the distinct counters and customer tables copy as a few arrays (their
        __deepcopy__), the rest is numpy bins and small per-product and per-action objects.
        """
        self._fold()
        return copy.deepcopy(self, {id(self.plan): self.plan})

    # ------------------------------------------------------------------------------------------- bins

    @staticmethod
    def _new_bins(n: int) -> FloatArray:
        a = np.zeros((10, n))
        a[VIEW] = np.nan
        return a

    def _bin(self, ts: float) -> tuple[int, int]:
        """Second and minute bin of a ts, growing the arrays by doubling when the live runs past them."""
        d = ts - self._t0  # type: ignore[operator]  # apply() set t0 before any handler runs
        # Nearly every event comes through here: comparisons instead of min(), int // 60 (equal to int(d // 60)
        # for d >= 0) and one growth check; ~230 ns a call against ~650 for the obvious version (2-core VM).
        s = 0 if d < 0.0 else int(d) if d < MAX_BIN_S else MAX_BIN_S
        if s >= self._bins_end:
            self._grow_bins(s)
        return s, s // 60

    def _grow_bins(self, s: int) -> None:
        m = s // 60
        if s >= self._sec.shape[1]:
            self._sec = self._grown(self._sec, s, np.nan)
            self._psec = self._grown(self._psec, s)
        if m >= self._min.shape[1]:
            self._min = self._grown(self._min, m, np.nan)
            self._pmin = self._grown(self._pmin, m)
            self._seg_min = self._grown(self._seg_min, m)
        self._bins_end = min(self._sec.shape[1], 60 * self._min.shape[1])  # first second that needs growing

    @staticmethod
    def _grown(a: npt.NDArray[_F], index: int, view_fill: float | None = None) -> npt.NDArray[_F]:
        n = a.shape[-1]
        while n <= index:
            n *= 2
        out = np.zeros((*a.shape[:-1], n), a.dtype)
        out[..., : a.shape[-1]] = a
        if view_fill is not None:
            out[VIEW, a.shape[-1]:] = view_fill
        return out

    def _product(self, sku: str) -> _Product:
        p = self._products.get(sku)
        return p if p is not None else self._add_product(sku, None)

    def _add_product(self, sku: str, plan: Product | None) -> _Product:
        p = _Product(len(self._products), sku, plan)
        self._products[sku] = p
        if p.idx >= self._pmin.shape[0]:
            self._pmin = np.concatenate([self._pmin, np.zeros_like(self._pmin)])
            self._psec = np.concatenate([self._psec, np.zeros_like(self._psec)])
        return p

    def _segment_row(self, segment_id: str) -> int:
        row = self._seg_rows.get(segment_id)
        if row is None:
            row = self._seg_rows[segment_id] = len(self._seg_rows)
            if row >= self._seg_min.shape[0]:
                self._seg_min = np.concatenate([self._seg_min, np.zeros_like(self._seg_min)])
        return row

    def _set_viewers(self, v: int, s: int, m: int) -> None:
        self._viewers, self._viewers_known = v, True
        self._peak = max(self._peak, v)
        self._sec[VIEW, s] = self._min[VIEW, m] = v

    # --------------------------------------------------------------------------------------- handlers

    def _on_live_started(self, ev: pr.LiveStarted) -> None:
        # t0 is set in apply(); a live_started after other events cannot move bins already filled
        if ev.segment_id is not None:  # the opening segment, which no action caused
            self._current_segment = ev.segment_id
            self._seg_row = self._segment_row(ev.segment_id)

    def _on_live_ended(self, ev: pr.LiveEnded) -> None:
        self._ended_at = ev.ts

    def _on_viewer_count(self, ev: pr.ViewerCount) -> None:
        s, m = self._bin(ev.ts)
        self._have_count = True
        self._set_viewers(ev.viewers, s, m)
        if ev.by_channel:
            self._by_channel = {str(ch): n for ch, n in ev.by_channel.items()}

    def _on_viewer_joined(self, ev: pr.ViewerJoined) -> None:
        s, m = self._bin(ev.ts)
        self._sec[JOIN, s] += 1
        self._min[JOIN, m] += 1
        self._join_ids[ev.channel].append(ev.viewer_id)
        self._ch_views[ev.channel] += 1
        self._ch_net[ev.channel] += 1
        self._net += 1
        if not self._have_count:
            self._set_viewers(max(0, self._net), s, m)

    def _on_viewer_left(self, ev: pr.ViewerLeft) -> None:
        s, m = self._bin(ev.ts)
        self._sec[LEAVE, s] += 1
        self._min[LEAVE, m] += 1
        self._ch_net[ev.channel] -= 1
        self._net -= 1
        if not self._have_count:
            self._set_viewers(max(0, self._net), s, m)

    def _on_chat_message(self, ev: pr.ChatMessage) -> None:
        s, m = self._bin(ev.ts)
        self._sec[CHAT, s] += 1
        self._min[CHAT, m] += 1
        self._chat_ids.append(ev.viewer_id)
        if ev.product_id is not None:
            p = self._product(ev.product_id)
            p.mentions += 1
            self._pmin[p.idx, P_CHAT, m] += 1
        if self._seg_row < 0:
            self._seg_row = self._segment_row(NO_SEGMENT)
        self._seg_min[self._seg_row, m] += 1

    def _on_product_impression(self, ev: pr.ProductImpression) -> None:
        _, m = self._bin(ev.ts)
        p = self._product(ev.product_id)
        p.impressions += 1
        self._pmin[p.idx, P_IMPR, m] += 1

    def _on_product_click(self, ev: pr.ProductClick) -> None:
        s, m = self._bin(ev.ts)
        self._sec[CLICK, s] += 1
        self._min[CLICK, m] += 1
        p = self._product(ev.product_id)
        p.clicks += 1
        self._pmin[p.idx, P_CLICK, m] += 1

    def _on_cart_added(self, ev: pr.CartAdded) -> None:
        s, m = self._bin(ev.ts)
        self._sec[CART, s] += 1
        self._min[CART, m] += 1
        self._product(ev.product_id).carts += 1

    def _on_cart_abandoned(self, ev: pr.CartAbandoned) -> None:
        s, m = self._bin(ev.ts)
        self._sec[ABANDON, s] += 1
        self._min[ABANDON, m] += 1
        self._product(ev.product_id).abandons += 1

    def _on_order_placed(self, ev: pr.OrderPlaced) -> None:
        s, m = self._bin(ev.ts)
        amount, ch, pmin, psec = ev.amount, ev.channel, self._pmin, self._psec
        units = 0
        for it in ev.items:
            p = self._product(it.product_id)
            q = it.quantity
            rev = q * it.unit_price
            units += q
            p.units += q
            p.revenue += rev
            psec[p.idx, s] += q
            pmin[p.idx, P_UNITS, m] += q
            pmin[p.idx, P_REV, m] += rev
            if p.last_order != ev.order_id:
                p.last_order = ev.order_id
                p.orders += 1
                pmin[p.idx, P_ORD, m] += 1
            if p.stock is None and p.plan is not None and p.sold_out_at is None and p.units >= p.plan.stock:
                p.sold_out_at = ev.ts  # plan stock used up, no stock_changed to say otherwise
        sec, mins = self._sec, self._min
        sec[ORD, s] += 1
        mins[ORD, m] += 1
        sec[REV, s] += amount
        mins[REV, m] += amount
        sec[UNITS, s] += units
        mins[UNITS, m] += units
        self._gmv += amount
        customer = customer_key(ev.customer_id)
        first = self._customers.add(customer, int(ev.new_customer))
        if first < 0:  # their first order
            first = int(ev.new_customer)
            self._new_buyers += first
        if first:  # revenue follows the customer's first-order flag, so new + returning == GMV
            self._new_revenue += amount
        self._ch_orders[ch] += 1
        self._ch_buyers[ch].add(customer)
        self._ch_revenue[ch] += amount

    def _on_stock_changed(self, ev: pr.StockChanged) -> None:
        p = self._product(ev.product_id)
        p.stock = ev.stock
        if ev.stock > 0:
            p.sold_out_at = None  # restocked
        elif p.sold_out_at is None:
            p.sold_out_at = ev.ts

    def _on_sold_out(self, ev: pr.SoldOut) -> None:
        p = self._product(ev.product_id)
        p.stock = 0
        if p.sold_out_at is None:
            p.sold_out_at = ev.ts

    def _on_ad_spend(self, ev: pr.AdSpend) -> None:
        self._ad_spend += ev.amount

    def _mark(self, ts: float, kind: MarkerKind, action_id: str, label: str,
              product_id: str | None = None) -> None:
        mk = Marker(ts, kind, action_id, label, product_id)
        self._markers.append(mk)
        self._actions.setdefault(action_id, mk)

    def _on_offer_started(self, ev: pr.OfferStarted) -> None:
        info = OfferInfo(ev.action_id, ev.product_id, ev.discount_pct, ev.price, ev.ts, ev.ends_at)
        self._offers[ev.action_id] = info
        self._product(ev.product_id).offer = info
        self._mark(ev.ts, "flash_offer", ev.action_id, translate("Markers", "Offer {name} -{pct}%").format(
            name=self._name("product", ev.product_id), pct=f"{ev.discount_pct:g}"), ev.product_id)

    def _on_offer_ended(self, ev: pr.OfferEnded) -> None:
        self._offers.pop(ev.action_id, None)
        p = self._product(ev.product_id)
        if p.offer is not None and p.offer.action_id == ev.action_id:
            p.offer = None

    def _on_segment_changed(self, ev: pr.SegmentChanged) -> None:
        self._current_segment = ev.segment_id
        self._seg_row = self._segment_row(ev.segment_id)
        self._mark(ev.ts, "segment", ev.action_id, translate("Markers", "Segment {name}").format(
            name=self._name("segment", ev.segment_id)))

    def _on_kit_launched(self, ev: pr.KitLaunched) -> None:
        for sku in ev.items:
            self._product(sku)  # a kit's items get panels even before they sell
        self._mark(ev.ts, "kit", ev.action_id, translate("Markers", "Kit {name}").format(
            name=self._name("kit", ev.kit_id)))

    # The platform bridge's events (additive in v1). The pinned product is shown; likes, gifts, follows and shares
    # are recorded in the session file like every event, with no figure computed from them yet: known here, and
    # deliberately left alone, rather than unknown.
    def _on_product_featured(self, ev: pr.ProductFeatured) -> None:
        if ev.state == "pinned":
            if ev.product_id is not None:
                self._product(ev.product_id)  # a featured product of the plan gets its panel
            self._featured = Featured(ev.product_id, ev.platform_product_id, ev.title, ev.ts)
        elif self._featured is not None and ev.platform_product_id in (None, self._featured.platform_product_id):
            self._featured = None  # unpinned (one that does not say which takes off whatever was on screen)

    def _on_viewer_liked(self, ev: pr.ViewerLiked) -> None:
        pass

    def _on_gift_sent(self, ev: pr.GiftSent) -> None:
        pass

    def _on_viewer_followed(self, ev: pr.ViewerFollowed) -> None:
        pass

    def _on_live_shared(self, ev: pr.LiveShared) -> None:
        pass

    def _name(self, what: str, ident: str) -> str:
        """What the operator calls it (the plan's name or title); the id when the plan does not know it."""
        if self.plan is None:
            return ident
        tables: dict[str, list[Any]] = {"product": self.plan.products, "segment": self.plan.segments,
                                        "kit": self.plan.kits}
        table = tables[what]
        for item in table:
            if getattr(item, "sku", getattr(item, "id", None)) == ident:
                return str(getattr(item, "name", getattr(item, "title", ident)))
        return ident

    # --------------------------------------------------------------------------------------------- output

    @property
    def ended_at(self) -> float | None:
        """The ts of live_ended once applied (ingest freezes the lag there)."""
        return self._ended_at

    def snapshot(self, now_ts: float | None = None) -> KpiSnapshot:
        """All metrics as of `now_ts` (live time; default: the latest event's ts). Arrays are fresh copies."""
        self._fold()
        t0 = self._t0
        if now_ts is None and t0 is not None:
            now_ts = self._last_ts
        if t0 is None or now_ts is None:
            elapsed, n_min, now_s = 0.0, 0, -1  # nothing applied: empty series, zero windows
        else:
            elapsed = min(max(0.0, now_ts - t0), float(MAX_BIN_S))
            n_min, now_s = int(elapsed // 60) + 1, int(elapsed)
        mins = _take(self._min, n_min)
        mins[VIEW, min(n_min, self._min.shape[1]):] = np.nan  # future minutes carry the last count forward
        mins[VIEW] = _ffill(mins[VIEW])
        pmin = _take(self._pmin[: len(self._products)], n_min)
        heat = _take(self._seg_min[: len(self._seg_rows)], n_min)
        for a in (mins, pmin, heat):
            a.flags.writeable = False  # the GUI thread reads them; a write there would be a bug
        sec = self._sec
        orders, units, chat, adds, abandons, views = (int(sec[r].sum()) for r in (ORD, UNITS, CHAT, CART,
                                                                                  ABANDON, JOIN))
        gmv, entered, buyers = self._gmv, len(self._entered), len(self._customers)
        chatters, channels = len(self._chatters), self._channel_stats()
        paid = self._ch_revenue.get("paid", 0.0)
        conversion, abandonment = rate(buyers, entered), rate(abandons, adds)
        roas = ratio(paid, self._ad_spend)
        goals: list[GoalStatus] = []
        if self.plan is not None:
            actual = {"gmv": gmv, "orders": orders, "conversion": conversion, "peak_viewers": self._peak,
                      "roas": roas, "max_cart_abandonment": abandonment}
            recent = {"gmv": _window(sec[REV], now_s, PROJECTION_WINDOW_S),
                      "orders": _window(sec[ORD], now_s, PROJECTION_WINDOW_S)}
            ended = self._ended_at is not None and now_ts is not None and now_ts >= self._ended_at
            goals = evaluate_goals(self.plan.goals, self.plan.live.duration_min * 60.0, elapsed,
                                   actual if t0 is not None else dict.fromkeys(actual), recent, ended)
        return KpiSnapshot(
            started_at=t0, now_ts=now_ts, elapsed_s=elapsed, events=self._events, ended_at=self._ended_at,
            viewers_now=self._viewers, peak_viewers=self._peak,
            viewers_now_by_channel={ch: c.viewers_now for ch, c in channels.items()},
            entered=entered, views=views,
            gmv=gmv, orders=orders, units=units, buyers=buyers, conversion=conversion,
            orders_per_min=int(_window(sec[ORD], now_s)), sales_per_min=_window(sec[REV], now_s),
            avg_order_value=ratio(gmv, orders), aov=ratio(gmv, buyers), gpm=ratio(gmv * 1000, views),
            uv_value=ratio(gmv, entered),
            cart_adds=adds, cart_abandons=abandons, cart_abandonment=abandonment,
            chat_messages=chat, chat_per_min=int(_window(sec[CHAT], now_s)), chatters=chatters,
            engagement_rate=rate(chatters, entered), ad_spend=self._ad_spend, paid_revenue=paid, roas=roas,
            products=[_product_stats(p, pmin[p.idx]) for p in self._products.values()], channels=channels,
            new_buyers=self._new_buyers, returning_buyers=buyers - self._new_buyers,
            new_revenue=self._new_revenue, returning_revenue=gmv - self._new_revenue,
            markers=list(self._markers), running_offers=dict(self._offers),
            current_segment=self._current_segment, goals=goals,
            trend=self._trends(now_s),
            minute_viewers=mins[VIEW], minute_orders=mins[ORD], minute_revenue=mins[REV],
            minute_units=mins[UNITS], minute_chat=mins[CHAT], minute_clicks=mins[CLICK],
            minute_cart_adds=mins[CART], minute_abandons=mins[ABANDON], minute_joins=mins[JOIN],
            minute_leaves=mins[LEAVE],
            chat_heat=heat, chat_heat_rows=list(self._seg_rows),
            click_heat=pmin[:, P_CLICK], click_heat_rows=list(self._products),
            available=self.available, featured=self._featured, viewers_known=self._viewers_known,
        )

    def _trends(self, now_s: int) -> dict[str, Trend]:
        """Each arrow compares the number its tile shows with the same number one minute earlier.

        "Per minute" tiles show bins now_s-59..now_s; their reference is bins now_s-119..now_s-60, so no arrow
        until that window lies wholly inside the live. Viewers now is compared with the viewers count of second
        now_s-60 (the last value seen at or before it).
        """
        sec, ref_s = self._sec, now_s - 60
        full = ref_s >= 59
        out: dict[str, Trend] = {key: trend(_window(sec[row], now_s), _window(sec[row], ref_s) if full else None)
                                 for key, row in WINDOW_TRENDS}
        out["viewers"] = trend(float(self._viewers), _last_value(sec[VIEW], ref_s))
        return out

    def _channel_stats(self) -> dict[str, ChannelStats]:
        by = self._by_channel
        out: dict[str, ChannelStats] = {}
        for ch in dict.fromkeys([*pr.CHANNELS, *self._ch_views, *self._ch_orders, *self._ch_net]):
            entered, buyers = len(self._ch_entered.get(ch, ())), len(self._ch_buyers.get(ch, ()))
            now = by.get(ch, 0) if by else max(0, self._ch_net.get(ch, 0))
            out[ch] = ChannelStats(ch, entered, self._ch_views.get(ch, 0), now, self._ch_orders.get(ch, 0),
                                   buyers, rate(buyers, entered), self._ch_revenue.get(ch, 0.0))
        return out

    def effect(self, action_id: str, window_s: float = 300) -> ActionEffect | None:
        """Orders/min (and the offer product's units/min) in `window_s` before the action vs after it.

        Second resolution: the action's own second counts as "after". The before window is cut at t0, the
        after window at the latest event's second; the lengths used are reported. None for an unknown action.
        """
        mk = self._actions.get(action_id)
        if mk is None:
            return None
        return self.effect_at(mk.ts, window_s, mk.product_id, action_id, mk.kind)

    def effect_at(self, ts: float, window_s: float = 300, product_id: str | None = None, action_id: str = "",
                  kind: MarkerKind = "advice") -> ActionEffect | None:
        """The same before/after measure around any live time `ts` (an advice nobody took: what followed it).
        None before the first event."""
        if self._t0 is None:
            return None
        a, last, w = self._second(ts), self._second(self._last_ts), max(1, int(window_s))
        lo, hi = max(0, a - w), max(a + 1, min(a + w, last + 1))
        before_s, after_s = a - lo, hi - a
        ob = per_minute(float(self._sec[ORD, lo:a].sum()), before_s)
        oa = per_minute(float(self._sec[ORD, a:hi].sum()), after_s)
        ub = ua = None
        product = self._products.get(product_id) if product_id is not None else None
        if product is not None:
            units = self._psec[product.idx]
            ub = per_minute(float(units[lo:a].sum(dtype=np.float64)), before_s)
            ua = per_minute(float(units[a:hi].sum(dtype=np.float64)), after_s)
        return ActionEffect(action_id, kind, ts, product_id, float(window_s), float(before_s),
                            float(after_s), ob, oa, lift(ob, oa), ub, ua, lift(ub, ua))

    def _second(self, ts: float) -> int:
        d = ts - self._t0  # type: ignore[operator]  # callers check t0
        return int(0.0 if d < 0.0 else min(d, MAX_BIN_S))


# ------------------------------------------------------------------------------------------------- helpers


def _product_stats(p: _Product, bins: FloatArray) -> ProductStats:
    cost = None if p.plan is None else p.plan.unit_cost
    stock = p.stock_left()
    return ProductStats(
        sku=p.sku, name=p.name, in_plan=p.plan is not None, price=None if p.plan is None else p.plan.price,
        impressions=p.impressions, clicks=p.clicks, carts=p.carts, abandons=p.abandons, orders=p.orders,
        units=p.units, revenue=p.revenue, margin=None if cost is None else p.revenue - p.units * cost,
        ctr=rate(p.clicks, p.impressions), conversion=rate(p.orders, p.clicks), stock_left=stock,
        sold_out=p.sold_out_at is not None or stock == 0, sold_out_at=p.sold_out_at, offer=p.offer,
        mentions=p.mentions, units_per_min=bins[P_UNITS], revenue_per_min=bins[P_REV],
        orders_per_min=bins[P_ORD], clicks_per_min=bins[P_CLICK], impressions_per_min=bins[P_IMPR],
        mentions_per_min=bins[P_CHAT],
    )


def _take(a: FloatArray, n: int) -> FloatArray:
    """A copy of the first n bins of the last axis, zero-padded when the arrays have not grown that far."""
    out = np.zeros((*a.shape[:-1], n))
    have = min(n, a.shape[-1])
    out[..., :have] = a[..., :have]
    return out


def _ffill(v: FloatArray) -> FloatArray:
    """Carry the last value forward over NaN; leading NaN (no count seen yet) become 0."""
    idx = np.where(np.isnan(v), 0, np.arange(v.size))
    np.maximum.accumulate(idx, out=idx)
    return np.nan_to_num(v[idx], copy=False, nan=0.0)


def _last_value(row: FloatArray, s: int) -> float | None:
    """The last non-NaN value of row[0..s]; None when there is none. Looks back a few minutes first: counts come
    every few seconds, and a four-hour row is 14,400 bins to scan at 10 Hz."""
    if s < 0:
        return None
    for lo in (max(0, s - 299), 0):
        seen = np.flatnonzero(~np.isnan(row[lo: s + 1]))
        if seen.size:
            return float(row[lo + seen[-1]])
    return None


def _window(row: FloatArray, now_s: int, seconds: int = 60) -> float:
    """Sum of the `seconds` one-second bins ending with now_s (inclusive)."""
    return 0.0 if now_s < 0 else float(row[max(0, now_s - seconds + 1): now_s + 1].sum())
