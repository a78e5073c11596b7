"""Hand-built lives for the advisor's tests: exact counts per live second, no randomness.

`HandLive.second(...)` writes one live second of protocol events from plain counts (so many joins per channel, so
many impressions, clicks, carts... per product); `run()` feeds them through an EventTally to an Advisor once a live
second, as the benchmark does, and keeps every update with its live second.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from console.advisor import AdviceUpdate, Advisor, EventTally
from console.plan.model import Plan, parse_plan
from console.protocol import wire as p

T0 = 1_700_000_000.0

PLAN_TEXT = """
[live]
id = "hand-01"
title = "Hand-built live"
duration_min = 120
currency = "BRL"

[[products]]
sku = "A"
name = "Alpha pan"
price = 20.0
unit_cost = 5.0
stock = 100000

[[products]]
sku = "B"
name = "Beta knife"
price = 30.0
unit_cost = 5.0
stock = 100000

[[products]]
sku = "C"
name = "Gamma board"
price = 40.0
unit_cost = 5.0
stock = 100000

[[products]]
sku = "H"
name = "Heavy mixer"
price = 500.0
unit_cost = 200.0
stock = 100000

[[kits]]
id = "kit-h"
name = "Mixer starter"
items = ["H", "A"]
price = 450.0

[[segments]]
id = "intro"
title = "Welcome"
products = ["A", "B"]

[[segments]]
id = "demo"
title = "Pans in action"
products = ["A", "C"]
demo = true

[[segments]]
id = "show-h"
title = "The mixer"
products = ["H", "C"]

[[presets]]
id = "flash-a"
product = "A"
discount_pct = 20
duration_s = 300
label = "Alpha pan -20% (5 min)"
"""


def hand_plan(extra: str = "") -> Plan:
    return parse_plan(PLAN_TEXT + extra, "hand.toml")


@dataclass
class Funnel:
    """One product's counts in one live second."""

    views: int = 0
    clicks: int = 0
    carts: int = 0
    abandons: int = 0
    orders: int = 0


@dataclass
class HandLive:
    plan: Plan
    events: list[Any] = field(default_factory=list)
    seq: int = 0
    ids: int = 0
    viewers: int = 3000

    def __post_init__(self) -> None:
        if self.events:
            return
        self.add(0.0, p.LiveStarted, live_id=self.plan.live.id, title=self.plan.live.title,
                 segment_id=self.plan.segments[0].id if self.plan.segments else None, currency="BRL")

    def add(self, t: float, cls: type, **fields: Any) -> None:
        self.seq += 1
        self.events.append(cls(seq=self.seq, ts=T0 + t, **fields))

    def _id(self, prefix: str) -> str:
        self.ids += 1
        return f"{prefix}{self.ids}"

    def fork(self) -> HandLive:
        """A copy to write a different future on (events are immutable in use: the list alone is copied)."""
        twin = copy.copy(self)
        twin.events = list(self.events)
        return twin

    def second(self, s: int, joins: dict[str, int] | None = None, leaves: int | None = None,
               products: dict[str, Funnel] | None = None, units: dict[str, int] | None = None) -> None:
        """Live second s: joins per channel (default organic 10, paid 5, direct 3), as many leaves as joins unless
        given (the audience holds), the products' funnels; a viewer count every 5 seconds."""
        joins = {"organic": 10, "paid": 5, "direct": 3} if joins is None else joins
        t = float(s)
        for ch, n in joins.items():
            for _ in range(n):
                self.add(t, p.ViewerJoined, viewer_id=self._id("v"), channel=ch)
        out = sum(joins.values()) if leaves is None else leaves
        for _ in range(out):
            self.add(t, p.ViewerLeft, viewer_id=self._id("v"), channel="organic", dwell_s=300.0)
        self.viewers += sum(joins.values()) - out
        if s % 5 == 0:
            self.add(t, p.ViewerCount, viewers=self.viewers, total_viewers=self.viewers)
        for sku, f in (products or {}).items():
            for _ in range(f.views):
                self.add(t, p.ProductImpression, product_id=sku, viewer_id="v0", channel="organic")
            for _ in range(f.clicks):
                self.add(t, p.ProductClick, product_id=sku, viewer_id="v0", channel="organic")
            for _ in range(f.carts):
                self.add(t, p.CartAdded, cart_id=self._id("c"), product_id=sku, viewer_id="v0", channel="organic",
                         unit_price=10.0)
            for _ in range(f.abandons):
                self.add(t, p.CartAbandoned, cart_id=self._id("c"), product_id=sku, viewer_id="v0",
                         channel="organic", value=10.0)
            for _ in range(f.orders):
                self.order(t, sku, 1)
        for sku, n in (units or {}).items():
            self.order(t, sku, n)

    def order(self, t: float, sku: str, quantity: int) -> None:
        self.add(t, p.OrderPlaced, order_id=self._id("o"), customer_id=self._id("cu"), channel="organic",
                 new_customer=True, items=[p.OrderItem(product_id=sku, quantity=quantity, unit_price=10.0)],
                 amount=10.0 * quantity)

    def segment(self, s: float, segment_id: str) -> None:
        self.add(s, p.SegmentChanged, action_id=self._id("act-"), segment_id=segment_id)

    def stock(self, s: float, sku: str, left: int) -> None:
        self.add(s, p.StockChanged, product_id=sku, stock=left)

    def run(self, advisor: Advisor | None = None) -> tuple[Advisor, list[tuple[int, AdviceUpdate]]]:
        """Feed the events to an advisor once a live second (at the end of each second); (live second, update)."""
        advisor = advisor or Advisor(self.plan)
        tally = EventTally(self.plan)
        out: list[tuple[int, AdviceUpdate]] = []
        by_second: dict[int, list[Any]] = {}
        for ev in self.events:
            by_second.setdefault(int(ev.ts - T0), []).append(ev)
        for s in range(max(by_second) + 1):
            tally.apply(by_second.get(s, []))
            for u in advisor.observe(tally.reading(T0 + s + 1.0)):
                out.append((s + 1, u))
        return advisor, out


def steady_funnel(**over: Funnel) -> dict[str, Funnel]:
    """Every product's ordinary second: 50 views, 5 clicks, 2 carts, 1 order and 1 abandoned cart (the high-ticket
    H: 20 views, 2 clicks, nothing more); `over` replaces some."""
    base = {sku: Funnel(views=50, clicks=5, carts=2, orders=1, abandons=1) for sku in ("A", "B", "C")}
    base["H"] = Funnel(views=20, clicks=2, carts=0)
    base.update(over)
    return base


_STEADY: dict[tuple[str, int, bool], HandLive] = {}


def steady_live(seconds: int, funnel: bool = True, extra: str = "") -> HandLive:
    """A live of `seconds` ordinary seconds (built once per test session), forked for the caller's future."""
    key = (extra, seconds, funnel)
    if key not in _STEADY:
        live = HandLive(hand_plan(extra))
        for s in range(seconds):
            live.second(s, products=steady_funnel() if funnel else None)
        _STEADY[key] = live
    return _STEADY[key].fork()
