"""The studio simulator's model of a live: audience, chat, product funnel, stock, ad spend and actions.

Pure and deterministic: the same plan, seed and actions (applied before the same ticks) give the same events,
byte for byte. The server (`console.studio.server`) only drives `step()` on a clock and forwards actions,
which is what lets a restarted simulator regenerate its history and resume exactly where it stopped.
"""

from __future__ import annotations

import hashlib
import math
import random
from dataclasses import dataclass, field
from typing import Any, Final

from console.i18n import translate
from console.plan.model import Plan, Product
from console.protocol import wire as p
from console.studio.rules import ActionRefused, Audience, Rates
from console.studio.scenarios import NEUTRAL, STOCK_PER_AUDIENCE, Factors, Scenario, ScenarioScript

TICK_S: Final = 0.5  # live seconds per model step
VIEWER_COUNT_EVERY_S: Final = 5.0  # room statistics cadence, as on Douyin's stream
AD_SPEND_EVERY_S: Final = 10.0
_CHAT_LINES: Final = (
    "love this!", "how much is it?", "is it dishwasher safe?", "just ordered", "what size is that?",
    "does it ship today?", "wow", "can you show it again?", "hello from Lyon", "price please",
    "that looks sharp", "adding to cart", "is there a discount?", "which one do you recommend?",
)


@dataclass(slots=True)
class _Viewer:
    viewer_id: str
    channel: p.Channel
    joined_t: float
    returning: bool


@dataclass(slots=True)
class _Cart:
    cart_id: str
    product: Product
    viewer: _Viewer
    quantity: int
    unit_price: float
    resolve_t: float
    action_id: str | None


@dataclass(slots=True)
class _Offer:
    action_id: str
    product_id: str
    discount_pct: float
    price: float
    ends_t: float


@dataclass(slots=True)
class _Kit:
    action_id: str
    kit_id: str
    ends_t: float
    recover_left: list[tuple[float, _Viewer, str]] = field(default_factory=list)  # (order time, viewer, cart)


class StudioModel:
    """One simulated live. `step()` advances TICK_S live seconds and returns the events of that tick."""

    def __init__(self, plan: Plan, seed: int, started_at: float, audience: float = 1.0,
                 time_scale: float = 1.0, scenario: Scenario | None = None, onset_s: float | None = None) -> None:
        self.plan, self.seed, self.started_at, self.time_scale = plan, seed, started_at, time_scale
        self.rules = Rates(plan, Audience(scale=audience), sag=scenario is None, demo_dwell=scenario is None)
        self.rng = random.Random(seed)
        self.tick = 0
        self.seq = 0
        self.ended = False
        stock_scale = 1.0 if scenario is None else STOCK_PER_AUDIENCE * audience
        self.stock = {pr.sku: round(pr.stock * stock_scale) for pr in plan.products}
        #: the scripted scenario, if any (console/studio/scenarios.py); `_f` holds its factors for this tick
        self.script = ScenarioScript(scenario, plan, seed, onset_s) if scenario is not None else None
        self._f: Factors = NEUTRAL
        self.segment_id: str | None = plan.segments[0].id if plan.segments else None
        self.offers: dict[str, _Offer] = {}
        self.kits: dict[str, _Kit] = {}
        self._viewers: list[_Viewer] = []
        self._seen = 0
        self._carts: list[_Cart] = []
        self._abandoned: list[tuple[float, str, _Viewer, str]] = []  # (t, sku, viewer, cart_id) for kits
        self._counter = 0
        self._paid_joins_since_spend = 0
        self._boost_t = -1e9  # live time of the last action: actions refresh a sagging audience
        self._out: list[Any] = []

    # ---------------------------------------------------------------- clock
    @property
    def t(self) -> float:
        """Live seconds since the start, at the beginning of the next tick."""
        return self.tick * TICK_S

    @property
    def duration_s(self) -> float:
        return self.plan.live.duration_min * 60.0

    def live_ts(self, t: float | None = None) -> float:
        return self.started_at + (self.t if t is None else t)

    def step(self) -> list[Any]:
        """Advance one tick; return its events (protocol structs with seq and ts set), in seq order."""
        if self.ended:
            return []
        t0 = self.t
        if self.tick == 0:
            self._emit(p.LiveStarted, live_id=self.plan.live.id, title=self.plan.live.title,
                       time_scale=self.time_scale, segment_id=self.segment_id, currency=self.plan.live.currency)
            if self.script is not None:  # the scenario's stock, which is not the plan's
                for sku, left in self.stock.items():
                    self._emit(p.StockChanged, product_id=sku, stock=left)
        if self.script is not None and t0 < self.duration_s:
            self._f = self.script.factors(self, t0)
        if t0 >= self.duration_s:
            self._finish()
        else:
            self._audience(t0)
            self._chat(t0)
            self._funnel(t0)
            self._resolve_carts(t0)
            self._kits_recover(t0)
            self._expire_offers(t0)
            self._periodic()
        self.tick += 1
        return self._flush(t0)

    def _flush(self, t0: float) -> list[Any]:
        out, self._out = self._out, []
        n = len(out)
        for i, ev in enumerate(out):  # spread the tick's events evenly over it: ts strictly ordered by seq
            self.seq += 1
            ev.seq = self.seq
            ev.ts = round(self.started_at + t0 + TICK_S * i / max(n, 1), 6)
        return out

    def _emit(self, cls: type, **fields: Any) -> None:
        self._out.append(cls(seq=1, ts=0.0, **fields))

    def _id(self, prefix: str) -> str:
        self._counter += 1
        digest = hashlib.blake2b(f"{self.seed}:{self._counter}".encode(), digest_size=5).hexdigest()
        return f"{prefix}-{digest}"

    # ---------------------------------------------------------------- audience
    def _audience(self, t: float) -> None:
        r = self.rules
        for channel in p.CHANNELS:
            lam = r.arrivals_per_s(channel, t, self._boost(t), bool(self.offers)) * TICK_S * self._f.arrivals.get(
                channel, 1.0)
            for _ in range(_poisson(self.rng, lam)):
                v = _Viewer(self._id("v"), channel, t, self.rng.random() < r.returning_share)
                self._viewers.append(v)
                self._seen += 1
                if channel == "paid":
                    self._paid_joins_since_spend += 1
                self._emit(p.ViewerJoined, viewer_id=v.viewer_id, channel=channel)
        hazard = r.leave_hazard_per_s(t, self._segment_demo(), bool(self.offers)) * TICK_S * self._f.leave
        leaving = min(len(self._viewers), _poisson(self.rng, len(self._viewers) * hazard))
        for _ in range(leaving):
            i = self.rng.randrange(len(self._viewers))
            v = self._viewers[i]
            self._viewers[i] = self._viewers[-1]
            self._viewers.pop()
            self._emit(p.ViewerLeft, viewer_id=v.viewer_id, channel=v.channel, dwell_s=round(t - v.joined_t, 1))

    def _chat(self, t: float) -> None:
        if not self._viewers:
            return
        lam = len(self._viewers) * self.rules.chat_per_viewer_s(self._segment_demo(), bool(self.offers)) * TICK_S
        focus = self._focus_products()
        for _ in range(_poisson(self.rng, lam)):
            v = self.rng.choice(self._viewers)
            about = self.rng.choice(focus).sku if focus and self.rng.random() < 0.45 else None
            self._emit(p.ChatMessage, viewer_id=v.viewer_id, text=self.rng.choice(_CHAT_LINES),
                       product_id=about, channel=v.channel)
            if about is not None and self.rng.random() < 0.12 * self._f.click.get(about, 1.0):  # a link posted in chat
                self._click(self.plan.product(about), self.rng.choice(self._viewers), t, "chat_link")

    # ---------------------------------------------------------------- funnel
    def _funnel(self, t: float) -> None:
        if not self._viewers:
            return
        focus = {pr.sku for pr in self._focus_products()}
        f = self._f
        for pr in self.plan.products:
            shown = self.rules.impressions_per_viewer_s(pr.sku in focus, pr.sku in self.offers) * f.impressions.get(
                pr.sku, 1.0)
            for _ in range(_poisson(self.rng, len(self._viewers) * shown * TICK_S)):
                v = self.rng.choice(self._viewers)
                self._emit(p.ProductImpression, product_id=pr.sku, viewer_id=v.viewer_id, channel=v.channel)
                offer = self.offers.get(pr.sku)
                if self.rng.random() < self.rules.click_rate(offer is not None, self._segment_demo()) * f.click.get(
                        pr.sku, 1.0):
                    self._click(pr, v, t, "card" if pr.sku in focus else "shelf")

    def _click(self, pr: Product, v: _Viewer, t: float, source: p.ClickSource) -> None:
        self._emit(p.ProductClick, product_id=pr.sku, viewer_id=v.viewer_id, channel=v.channel, source=source)
        if self.stock[pr.sku] <= 0:
            return
        offer = self.offers.get(pr.sku)
        if self.rng.random() >= self.rules.cart_rate(pr, offer.discount_pct if offer else 0.0) * self._f.cart.get(
                pr.sku, 1.0):
            return
        qty = 2 if self.rng.random() < 0.08 else 1
        price = offer.price if offer else pr.price
        cart = _Cart(self._id("cart"), pr, v, qty, price, t + self.rng.expovariate(1 / 45.0),
                     offer.action_id if offer else None)
        self._carts.append(cart)
        self._emit(p.CartAdded, cart_id=cart.cart_id, product_id=pr.sku, viewer_id=v.viewer_id,
                   channel=v.channel, quantity=qty, unit_price=price)

    def _resolve_carts(self, t: float) -> None:
        due = [c for c in self._carts if c.resolve_t <= t]
        if not due:
            return
        self._carts = [c for c in self._carts if c.resolve_t > t]
        for c in due:
            sku = c.product.sku
            offer = self.offers.get(sku)
            discount = offer.discount_pct if offer and offer.action_id == c.action_id else 0.0
            p_order = self.rules.order_rate(c.product, discount, t, self._boost(t)) * self._f.order.get(sku, 1.0)
            if self.stock[sku] < c.quantity:
                self._abandon(c, t, "sold_out")
            elif self.rng.random() < p_order:
                self._order(c.viewer, [(c.product, c.quantity, c.unit_price)], c.cart_id, None, c.action_id)
            else:
                self._abandon(c, t, "timeout")

    def _abandon(self, c: _Cart, t: float, reason: str) -> None:
        self._abandoned.append((t, c.product.sku, c.viewer, c.cart_id))
        self._emit(p.CartAbandoned, cart_id=c.cart_id, product_id=c.product.sku, viewer_id=c.viewer.viewer_id,
                   channel=c.viewer.channel, value=round(c.quantity * c.unit_price, 2), reason=reason)

    def _order(self, v: _Viewer, lines: list[tuple[Product, int, float]], cart_id: str | None,
               kit_id: str | None, action_id: str | None) -> None:
        items = [p.OrderItem(product_id=pr.sku, quantity=q, unit_price=round(u, 2)) for pr, q, u in lines]
        amount = round(sum(it.quantity * it.unit_price for it in items), 2)
        customer = "c-" + hashlib.blake2b(f"{self.seed}:{v.viewer_id}".encode(), digest_size=6).hexdigest()
        self._emit(p.OrderPlaced, order_id=self._id("o"), customer_id=customer, channel=v.channel,
                   new_customer=not v.returning, items=items, amount=amount, cart_id=cart_id, kit_id=kit_id,
                   action_id=action_id)
        for pr, q, _ in lines:
            self.stock[pr.sku] = max(0, self.stock[pr.sku] - q)
            self._emit(p.StockChanged, product_id=pr.sku, stock=self.stock[pr.sku])
            if self.stock[pr.sku] == 0:
                self._emit(p.SoldOut, product_id=pr.sku)
                offer = self.offers.pop(pr.sku, None)
                if offer is not None:
                    self._emit(p.OfferEnded, action_id=offer.action_id, product_id=pr.sku, reason="sold_out")

    # ---------------------------------------------------------------- actions in flight
    def _kits_recover(self, t: float) -> None:
        for kit_id, kit in list(self.kits.items()):
            spec = self.plan.kit(kit_id)
            items = [self.plan.product(s) for s in spec.items]
            while kit.recover_left and kit.recover_left[0][0] <= t:
                _, v, cart_id = kit.recover_left.pop(0)
                if all(self.stock[pr.sku] > 0 for pr in items):  # the kit order names the cart it won back
                    self._order(v, _kit_lines(items, spec.price), cart_id, kit_id, kit.action_id)
            rate = self.rules.kit_orders_per_viewer_s(spec.price, sum(pr.price for pr in items))
            for _ in range(_poisson(self.rng, len(self._viewers) * rate * TICK_S)):
                if self._viewers and all(self.stock[pr.sku] > 0 for pr in items):
                    self._order(self.rng.choice(self._viewers), _kit_lines(items, spec.price), None, kit_id,
                                kit.action_id)
            if t >= kit.ends_t:
                del self.kits[kit_id]

    def _expire_offers(self, t: float) -> None:
        for sku, offer in list(self.offers.items()):
            if t >= offer.ends_t:
                del self.offers[sku]
                self._emit(p.OfferEnded, action_id=offer.action_id, product_id=sku, reason="expired")

    def _periodic(self) -> None:
        every = round(VIEWER_COUNT_EVERY_S / TICK_S)
        if self.tick % every == 0:
            by_channel = dict.fromkeys(p.CHANNELS, 0)
            for v in self._viewers:
                by_channel[v.channel] += 1
            self._emit(p.ViewerCount, viewers=len(self._viewers), total_viewers=self._seen, by_channel=by_channel)
        if self.tick % round(AD_SPEND_EVERY_S / TICK_S) == 0 and self.tick > 0:
            spend = self.rules.ad_spend(self._paid_joins_since_spend, self.rng.random())
            self._paid_joins_since_spend = 0
            self._emit(p.AdSpend, channel="paid", amount=spend)

    def _finish(self) -> None:
        for sku, offer in list(self.offers.items()):
            self._emit(p.OfferEnded, action_id=offer.action_id, product_id=sku, reason="live_ended")
        self.offers.clear()
        self.kits.clear()
        for c in self._carts:
            self._abandon(c, self.t, "live_ended")
        self._carts.clear()
        self._emit(p.LiveEnded, live_id=self.plan.live.id, reason="finished")
        self.ended = True

    # ---------------------------------------------------------------- operator actions
    def start_offer(self, action_id: str, product_id: str, discount_pct: float, duration_s: float) -> dict[str, Any]:
        """Start a flash offer before the next tick. Raises ActionRefused (409/422) when it cannot run."""
        self._check_live()
        pr = self._product(product_id)
        if product_id in self.offers:
            raise ActionRefused(409, "conflict", translate("Studio", "an offer is already running on {product}").format(
                product=product_id), "product_id")
        if self.stock[product_id] <= 0:
            raise ActionRefused(409, "conflict", translate("Studio", "{product} is sold out").format(
                product=product_id), "product_id")
        price = round(pr.price * (1 - discount_pct / 100), 2)
        offer = _Offer(action_id, product_id, discount_pct, price, self.t + duration_s)
        self.offers[product_id] = offer
        self._boost_t = self.t
        self._emit(p.OfferStarted, action_id=action_id, product_id=product_id, discount_pct=discount_pct,
                   price=price, duration_s=duration_s, ends_at=round(self.live_ts(offer.ends_t), 6))
        return {"product_id": product_id, "price": price, "ends_at": round(self.live_ts(offer.ends_t), 6)}

    def change_segment(self, action_id: str, segment_id: str) -> dict[str, Any]:
        self._check_live()
        if segment_id not in {s.id for s in self.plan.segments}:
            raise ActionRefused(422, "invalid", translate("Studio", "unknown segment {segment}").format(
                segment=repr(segment_id)), "segment_id")
        if segment_id == self.segment_id:
            raise ActionRefused(409, "conflict", translate("Studio", "segment {segment} is already on air").format(
                segment=segment_id), "segment_id")
        previous, self.segment_id = self.segment_id, segment_id
        self._boost_t = self.t
        self._emit(p.SegmentChanged, action_id=action_id, segment_id=segment_id, previous_segment_id=previous)
        return {"segment_id": segment_id, "previous_segment_id": previous}

    def launch_kit(self, action_id: str, kit_id: str) -> dict[str, Any]:
        self._check_live()
        if kit_id not in {k.id for k in self.plan.kits}:
            raise ActionRefused(422, "invalid", translate("Studio", "unknown kit {kit}").format(kit=repr(kit_id)),
                                "kit_id")
        if kit_id in self.kits:
            raise ActionRefused(409, "conflict", translate("Studio", "kit {kit} is already live").format(kit=kit_id),
                                "kit_id")
        spec = self.plan.kit(kit_id)
        empty = [s for s in spec.items if self.stock[s] <= 0]
        if empty:
            raise ActionRefused(409, "conflict", translate("Studio", "kit item {product} is sold out").format(
                product=empty[0]), "kit_id")
        kit = _Kit(action_id, kit_id, self.t + self.rules.kit_window_s)
        # A kit at a lower ticket wins back part of the carts abandoned on its items in the last minutes.
        since = self.t - self.rules.kit_lookback_s
        for ab_t, sku, v, cart_id in self._abandoned:
            if ab_t >= since and sku in spec.items and self.rng.random() < self.rules.kit_recovery:
                kit.recover_left.append((self.t + self.rng.uniform(5, 90), v, cart_id))
        kit.recover_left.sort(key=lambda x: x[0])
        self.kits[kit_id] = kit
        self._boost_t = self.t
        self._emit(p.KitLaunched, action_id=action_id, kit_id=kit_id, price=spec.price, items=list(spec.items))
        return {"kit_id": kit_id, "price": spec.price, "ends_at": round(self.live_ts(kit.ends_t), 6)}

    def set_stock(self, sku: str, stock: int) -> None:
        """The platform's stock sync says so (a scenario's limited lot): emitted before the next tick's events."""
        self.stock[sku] = stock
        self._emit(p.StockChanged, product_id=sku, stock=stock)

    def _check_live(self) -> None:
        if self.ended:
            raise ActionRefused(409, "conflict", translate("Studio", "the live has ended"), None)

    def _product(self, sku: str) -> Product:
        if sku not in self.stock:
            raise ActionRefused(422, "invalid", translate("Studio", "unknown product {product}").format(
                product=repr(sku)), "product_id")
        return self.plan.product(sku)

    # ---------------------------------------------------------------- helpers
    def _focus_products(self) -> list[Product]:
        skus = list(self.plan.segment(self.segment_id).products) if self.segment_id else []
        skus += [s for s in self.offers if s not in skus]
        return [self.plan.product(s) for s in skus]

    def _segment_demo(self) -> bool:
        return bool(self.segment_id) and self.plan.segment(self.segment_id).demo  # type: ignore[arg-type]  # bool() checked it

    def _boost(self, t: float) -> float:
        """1 right after an operator action, fading to 0 over ten minutes."""
        return max(0.0, 1.0 - (t - self._boost_t) / 600.0)

    @property
    def viewers_now(self) -> int:
        return len(self._viewers)


def _kit_lines(items: list[Product], kit_price: float) -> list[tuple[Product, int, float]]:
    """Spread the kit price over its items pro rata to their list prices, cents exact."""
    full = sum(pr.price for pr in items)
    lines = [(pr, 1, round(kit_price * pr.price / full, 2)) for pr in items]
    drift = round(kit_price - sum(u for _, _, u in lines), 2)
    first, q, u = lines[0]
    lines[0] = (first, q, round(u + drift, 2))
    return lines


def _poisson(rng: random.Random, lam: float) -> int:
    """Poisson sample: Knuth's product method for small means, a rounded normal for large ones."""
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, prod = math.exp(-lam), 0, rng.random()
    while prod > limit:
        k += 1
        prod *= rng.random()
    return k
