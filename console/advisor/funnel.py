"""The funnel: conversion_sag (the whole live), views_no_orders (one product), abandonment_spike (after a
high-ticket product is presented).

Three stages, each a proportion, watched where it first moves (docs/advisor.md):
- clicks per product view (impressions), pooled over the products on screen; its baseline is that of the segment on
  air (a demonstration draws more clicks than questions and answers), learned anew after each segment change;
- carts per click, each product against what is normal for it: its own recent minutes, shrunk towards what its
  price predicts (a line of logit(rate) on log(price) over the live's products), so a high-ticket product carting
  less per click is not a sag;
- carts abandoned per resolved cart (abandoned + ordered), likewise per product.
A product on offer, sold out, or (for orders) in a kit launched less than 10 minutes ago is left out: its rates are
not its normal ones. The live-wide stream of a stage adds the products' LLRs (a mix-adjusted test); when one product
carries 60 % of a live-wide alarm's evidence, the alarm is that product's, and its own stream decides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import numpy as np

from console.advisor.baseline import DELAY_S, DelayedRates, price_prior
from console.advisor.cusum import (
    MIN_H,
    BoolArray,
    CusumBank,
    FloatArray,
    IntArray,
    binomial_kl,
    binomial_weights,
    clip_p,
    shared_threshold,
)
from console.advisor.finding import Finding, at, change, pct, product_name
from console.advisor.model import Evidence
from console.advisor.tick import ABANDON, CART, CLICK, IMPR, ORDER, Tick, ratio_series
from console.i18n import QT_TRANSLATE_NOOP, translate
from console.plan.model import AdviceKind, Plan
from console.present.fmt import count, money

ORDINARY_ROOM: Final = 0.85  # a live-wide proportion within 15 % of its baseline is ordinary
ORDINARY_PRODUCT: Final = 0.85  # one product's: within 15 % (its baseline rests on 30 trials at least)
ORDINARY_CHECKOUT: Final = 0.90  # orders per resolved cart: within 10 % (checkout is steadier than interest)
PRIOR_TRIALS: Final = 25.0  # a product's price-predicted rate weighs as much as this many of its own trials
MIN_LIVE_S: Final = 300.0
MIN_TRIALS_ROOM: Final = 400.0
MIN_TRIALS_LIVE: Final = 100.0
MIN_TRIALS_PRODUCT: Final = 30.0
KIT_S: Final = 600.0  # the feed says when a kit starts, never when it ends: 10 minutes, the usual kit window
PRESENTED_S: Final = 600.0  # abandonment is "after presenting" it for 10 minutes
ATTRIBUTE_SHARE: Final = 0.6
MANY_CLICKS: Final = 30.0  # views_no_orders is about a product people look at: 30 clicks in 5 minutes
NU_TAU_S: Final = 60.0
NU_FAST_S: Final = 10.0  # thresholds follow the faster of two averages: a product just featured gets its due at once
NU_FLOOR: Final = 0.02  # trials a second a product is assumed to have at least, for its threshold
REFIT_S: Final = 30.0
SERIES_STEPS: Final = 20
CTR, CART_LIVE, ORDER_LIVE = range(3)
SHOWN = 3  # the stream of the test that starts when a high-ticket product is presented
FIRST_PRODUCT = 4  # products' streams: FIRST_PRODUCT + 2 i (carts per click), + 1 (abandonment)
STAGES: Final = ("ctr", "cart", "order")
STAGE_WORDS: Final = (QT_TRANSLATE_NOOP("AdviceFunnel", "clicks per product view"),  # the evidence chart's line
                      QT_TRANSLATE_NOOP("AdviceFunnel", "carts per click"),
                      QT_TRANSLATE_NOOP("AdviceFunnel", "carts abandoned"))


@dataclass(frozen=True, slots=True)
class FunnelDesign:
    """False-alarm spacing of each kind's streams together (live seconds) and the patterns' sizes (fractions)."""

    arl0_kind: float
    shown_alpha: float  # false-alarm probability of each test after a high-ticket product is presented
    sag: float
    abandonment: float
    views_no_orders: float


class FunnelWatch:
    name = "funnel"

    def __init__(self, plan: Plan | None, design: FunnelDesign) -> None:
        self.plan, self.d = plan, design
        self.skus: list[str] = []
        self.price = np.zeros(0)
        self.high = np.zeros(0, np.bool_)
        self.room = CusumBank(3)
        # After a high-ticket product is presented, abandonment gets a CUSUM of its own for PRESENTED_S, designed
        # for a false alarm in at most `shown_alpha` of these windows: ARL0 = PRESENTED_S / alpha, far less than a
        # stream watching the whole live needs, since the change can only start in the window.
        self.shown = CusumBank(1)
        self.shown_product = -1
        self.shown_until = -math.inf
        self.cart = CusumBank(0)
        self.order = CusumBank(0)
        self.ctr_base = DelayedRates(1)
        self.cart_base = DelayedRates(0)
        self.order_base = DelayedRates(0)
        self.prior_cart = np.zeros(0)
        self.prior_order = np.zeros(0)
        self.fitted = (False, False)
        self.nu_views = 0.0  # trials per second: product views (pooled), and per product clicks and resolved carts
        self.nu = np.zeros((2, 0))
        self.nu_fast = np.zeros((2, 0))
        self.kit_until = np.zeros(0)
        self.presented = np.full(0, -np.inf)
        self.acc = np.zeros((3, 0))  # each product's share of the live-wide streams' evidence, this excursion
        self.seen = np.zeros((4, 3))  # live-wide streams and SHOWN: observed, trials, expected this excursion
        self.seen_p = np.zeros((2, 3, 0))  # product streams (cart, order): the same
        self._segment: str | None = None
        self._regime_at = -math.inf
        self._markers = 0
        self._next_fit = self._next_h = -math.inf
        self._started = False
        self._live_trials = (0.0, 0.0)
        none = _Stream.of(np.zeros(0), np.zeros(0), np.zeros(0))  # until the first evaluation's refresh
        self.w = _Weights(0.05, np.zeros(0), np.zeros(0), none, none, none, none, none)

    # ------------------------------------------------------------------------------------------ products
    def add_products(self, skus: list[str], prices: FloatArray) -> None:
        n = len(self.skus) + len(skus)
        self.skus += skus
        self.price = np.concatenate([self.price, prices])
        self.high = np.array([self.plan is not None and self.plan.is_high_ticket(s) for s in self.skus], np.bool_)
        for bank in (self.cart, self.order):
            bank.grow(n, 0.0)
        for base in (self.cart_base, self.order_base):
            base.grow(n)
        extra = len(skus)
        self.prior_cart = np.concatenate([self.prior_cart, np.full(extra, 0.3)])
        self.prior_order = np.concatenate([self.prior_order, np.full(extra, 0.5)])
        self.nu = np.concatenate([self.nu, np.zeros((2, extra))], axis=1)
        self.nu_fast = np.concatenate([self.nu_fast, np.zeros((2, extra))], axis=1)
        self.kit_until = np.concatenate([self.kit_until, np.zeros(extra)])
        self.presented = np.concatenate([self.presented, np.full(extra, -np.inf)])
        self.acc = np.concatenate([self.acc, np.zeros((3, extra))], axis=1)
        self.seen_p = np.concatenate([self.seen_p, np.zeros((2, 3, extra))], axis=2)
        self._next_h = -math.inf  # the weights must cover the new products before the next step

    def seed(self, first: int, cart: tuple[FloatArray, FloatArray], order: tuple[FloatArray, FloatArray]) -> None:
        """Earlier lives' (successes, trials) of the products from index `first` on, scaled to what they deserve."""
        end = first + cart[0].size
        self.cart_base.num[first:end] += cart[0]
        self.cart_base.den[first:end] += cart[1]
        self.order_base.num[first:end] += order[0]
        self.order_base.den[first:end] += order[1]

    # ------------------------------------------------------------------------------------------- context
    def _context(self, tick: Tick) -> None:
        r = tick.reading
        if not self._started:
            self._started = True
            self._segment = r.segment
            self._present_segment(r.segment, r.started_at)
        for m in r.markers[self._markers:]:
            if m.kind == "kit":
                self.kit_until[self._kit_items(m.label)] = m.ts + KIT_S
            elif m.kind == "flash_offer" and m.product_id in self.skus:
                self._presented(self.skus.index(m.product_id), m.ts)
        self._markers = len(r.markers)
        if r.segment != self._segment:
            self._segment = r.segment
            self._present_segment(r.segment, tick.ts)
            if not self.room.alarmed[CTR]:  # a new segment draws clicks its own way: learn its normal anew
                self.ctr_base.reset()
                self.room.restart(np.array([True, False, False]), tick.ts)
                self.seen[CTR] = 0.0
                self._next_h = -math.inf
            self._regime_at = tick.ts

    def _present_segment(self, segment: str | None, ts: float) -> None:
        if self.plan is None or segment is None:
            return
        shown = next((s.products for s in self.plan.segments if s.id == segment), [])
        for sku in shown:
            if sku in self.skus:
                self._presented(self.skus.index(sku), ts)

    def _presented(self, i: int, ts: float) -> None:
        self.presented[i] = ts
        if self.high[i] and not self.shown.alarmed[0]:
            self.shown_product, self.shown_until = i, ts + PRESENTED_S

    def _kit_items(self, label: str) -> BoolArray:
        # the marker's label is written in the console's language ("Kit Knife care"): the kit is the one whose
        # name it holds (the longest, should one kit's name hold another's)
        named = [k for k in self.plan.kits if k.name and k.name in label] if self.plan else []
        kit = max(named, key=lambda k: len(k.name), default=None)
        if kit is None:  # a kit the plan does not know: every product may be in it
            return np.ones(len(self.skus), np.bool_)
        return np.array([s in kit.items for s in self.skus], np.bool_)

    def presenting(self, ts: float) -> int | None:
        """The high-ticket product presented most recently, if within PRESENTED_S or featured on air now."""
        on_air: set[str] = set()
        if self.plan is not None and self._segment is not None:
            on_air = set(next((s.products for s in self.plan.segments if s.id == self._segment), []))
        recent = self.high & ((ts - self.presented <= PRESENTED_S) | np.array([s in on_air for s in self.skus]))
        if not recent.any():
            return None
        return int(np.argmax(np.where(recent, self.presented, -np.inf)))

    # ---------------------------------------------------------------------------------------- evaluation
    def evaluate(self, tick: Tick) -> list[Finding]:
        self._context(tick)
        d = tick.product
        usable = ~(tick.on_offer | tick.sold_out)
        for_orders = usable & (tick.ts >= self.kit_until)
        views = np.where(usable, d[IMPR], 0.0)
        clicks = np.where(usable, d[CLICK], 0.0)
        carts = np.minimum(np.where(usable, d[CART], 0.0), clicks)
        dropped = np.where(for_orders, d[ABANDON], 0.0)
        resolved = dropped + np.where(for_orders, d[ORDER], 0.0)
        clicked = np.minimum(clicks, views)  # clicks from chat links come without a view
        pooled = np.array([float(clicked.sum()), float(views.sum())])
        keep = math.exp(-tick.dt / NU_TAU_S)
        self.nu_views = keep * self.nu_views + (1 - keep) * pooled[1] / tick.dt
        # per product, only while it can be judged: back from an offer, its threshold is that of its usual rate
        judged = np.stack([usable, for_orders])
        trials = np.stack([clicks, resolved]) / tick.dt
        self.nu = np.where(judged, keep * self.nu + (1 - keep) * trials, self.nu)
        fast = math.exp(-tick.dt / NU_FAST_S)
        self.nu_fast = np.where(judged, fast * self.nu_fast + (1 - fast) * trials, self.nu_fast)
        if tick.ts >= self._next_h:  # baselines move over minutes: their edges, patterns and thresholds every 10 s
            self._next_h = tick.ts + 10.0
            self._refresh(tick.ts)
        w = self.w
        z_ctr_p = w.ctr.z(clicked, views)
        z_lc, z_lo = w.cart_live.z(carts, clicks), w.order_live.z(dropped, resolved)
        z_room = np.array([float(w.ctr.z(pooled[:1], pooled[1:])[0]), float(z_lc.sum()), float(z_lo.sum())])
        back_room = np.array([float(w.ctr.y(pooled[:1], pooled[1:])[0]), float(w.cart_live.y(carts, clicks).sum()),
                              float(w.order_live.y(dropped, resolved).sum())])
        live = tick.live_s >= MIN_LIVE_S
        room_armed = np.array([
            live and self.ctr_base.den[0] >= MIN_TRIALS_ROOM and tick.ts - self._regime_at >= DELAY_S + 30.0,
            live and self._live_trials[0] >= MIN_TRIALS_LIVE, live and self._live_trials[1] >= MIN_TRIALS_LIVE])
        cart_armed = live & usable & ((self.cart_base.den >= MIN_TRIALS_PRODUCT) | self.fitted[0])
        order_armed = live & for_orders & ((self.order_base.den >= MIN_TRIALS_PRODUCT) | self.fitted[1])
        fired_room = self.room.step(z_room, back_room, room_armed, tick.ts)
        shown_armed = np.array([room_armed[ORDER_LIVE] and tick.ts < self.shown_until])
        fired_shown = self.shown.step(z_room[ORDER_LIVE:], back_room[ORDER_LIVE:], shown_armed, tick.ts)
        fired_cart = self.cart.step(w.cart.z(carts, clicks), w.cart.y(carts, clicks), cart_armed, tick.ts)
        fired_order = self.order.step(w.order.z(dropped, resolved), w.order.y(dropped, resolved), order_armed,
                                      tick.ts)
        self._excursions(np.stack([z_ctr_p, z_lc, z_lo]), room_armed)
        p_cart, q = w.p_cart, w.q
        self._evidence(np.array([pooled[0], carts.sum(), dropped.sum(), dropped.sum()]),
                       np.array([pooled[1], clicks.sum(), resolved.sum(), resolved.sum()]),
                       np.array([pooled[1] * w.c_rate, float(clicks @ p_cart), float(resolved @ q),
                                 float(resolved @ q)]),
                       np.stack([carts, clicks, clicks * p_cart]), np.stack([dropped, resolved, resolved * q]),
                       (fired_room, fired_shown, fired_cart, fired_order))
        # what the baselines may learn from: nothing a suspicious stream saw
        room_sus = self.room.suspicious()
        if room_sus[CTR]:
            pooled[:] = 0.0
        self.ctr_base.push(tick.ts, pooled[:1], pooled[1:])
        keep_c = ~(self.cart.suspicious() | room_sus[CART_LIVE])
        keep_o = ~(self.order.suspicious() | room_sus[ORDER_LIVE])
        self.cart_base.push(tick.ts, np.where(keep_c, carts, 0.0), np.where(keep_c, clicks, 0.0))
        self.order_base.push(tick.ts, np.where(keep_o, dropped, 0.0), np.where(keep_o, resolved, 0.0))
        out = [f for i in fired_room if (f := self._room_finding(int(i), tick, w.c_rate)) is not None]
        if fired_shown.size:
            out.append(self._shown_finding(tick))
        out += [f for i in fired_cart if (f := self._product_finding(0, int(i), tick, p_cart)) is not None]
        out += [f for i in fired_order if (f := self._product_finding(1, int(i), tick, q)) is not None]
        return out

    def _refresh(self, ts: float) -> None:
        """Baselines, each stream's (ordinary edge, pattern) pair, their LLR weights and the thresholds."""
        if ts >= self._next_fit:
            self._next_fit = ts + REFIT_S
            self._fit()
        c_rate = float(self.ctr_base.num[0] / self.ctr_base.den[0]) if self.ctr_base.den[0] > 0 else 0.05
        c = clip_p(np.array([c_rate]))
        p_cart = clip_p(self.cart_base.rate(self.prior_cart, PRIOR_TRIALS))
        q = clip_p(self.order_base.rate(self.prior_order, PRIOR_TRIALS))
        spike = np.minimum(0.97, q * (1 + self.d.abandonment))
        lo0 = clip_p(1 - (1 - q) * ORDINARY_CHECKOUT)
        po0 = clip_p(np.where(self.high, lo0, 1 - (1 - q) * ORDINARY_PRODUCT))
        po1 = np.maximum(po0 + 0.02, np.where(self.high, spike, 1 - (1 - q) * (1 - self.d.views_no_orders)))
        self.w = _Weights(
            c_rate=c_rate, p_cart=p_cart, q=q,
            ctr=_Stream.of(c * ORDINARY_ROOM, c * (1 - self.d.sag), c),
            cart_live=_Stream.of(p_cart * ORDINARY_ROOM, p_cart * (1 - self.d.sag), p_cart),
            cart=_Stream.of(p_cart * ORDINARY_PRODUCT, p_cart * (1 - self.d.views_no_orders), p_cart),
            order_live=_Stream.of(lo0, np.maximum(lo0 + 0.02, spike), q),
            order=_Stream.of(po0, po1, q))
        self._live_trials = (float(self.cart_base.den.sum()), float(self.order_base.den.sum()))
        nu = np.maximum(np.maximum(self.nu, self.nu_fast), NU_FLOOR)
        nu_v, nu_c, nu_r = np.array([self.nu_views]), nu[0], nu[1]
        w, arl0 = self.w, self.d.arl0_kind
        moments = [s.moments(n) for n, s in ((nu_v, w.ctr), (nu_c, w.cart_live), (nu_r, w.order_live))]
        room = [np.array([float(m[k].sum()) for m in moments]) for k in range(4)]
        self.room.design_shared(shared_threshold(arl0, room[0], room[1]), room[2], room[3])
        self.shown.design(PRESENTED_S / self.d.shown_alpha, *(m.sum(keepdims=True) for m in moments[ORDER_LIVE]))
        # views_no_orders: every product's carts per click and the ordinary products' abandonment share one budget;
        # abandonment_spike: the high-ticket products' abandonment
        cart, order, high = w.cart.moments(nu_c), w.order.moments(nu_r), self.high
        self.cart.design_shared(shared_threshold(arl0, np.concatenate([cart[0], order[0][~high]]),
                                                 np.concatenate([cart[1], order[1][~high]])), cart[2], cart[3])
        self.order.design_shared(float(self.cart.h[0]) if len(self.cart) else MIN_H, order[2], order[3], ~high)
        self.order.design_shared(shared_threshold(arl0, order[0][high], order[1][high]), order[2], order[3], high)

    def _fit(self) -> None:
        for base, which in ((self.cart_base, 0), (self.order_base, 1)):
            with np.errstate(invalid="ignore", divide="ignore"):
                rate = np.where(base.den > 0, base.num / np.where(base.den > 0, base.den, 1.0), 0.0)
            prior = price_prior(rate, base.den, self.price)
            enough = int(np.count_nonzero(base.den >= 30.0)) >= 3
            if which == 0:
                self.prior_cart = prior
                self.fitted = (enough, self.fitted[1])
            else:
                self.prior_order = prior
                self.fitted = (self.fitted[0], enough)

    def _excursions(self, zs: FloatArray, armed: BoolArray) -> None:
        """Each product's part of the live-wide streams' evidence since they last left zero (for attribution)."""
        watching = armed & ~self.room.alarmed
        self.acc = np.where(watching[:, None], np.where((self.room.stat <= 0.0)[:, None], 0.0, self.acc + zs),
                            self.acc)

    def _evidence(self, obs: FloatArray, trials: FloatArray, expected: FloatArray, cart: FloatArray,
                  order: FloatArray, fired: tuple[IntArray, IntArray, IntArray, IntArray]) -> None:
        """Observed, trials and expected (at the baseline) since each stream's excursion began; the step that fired
        a stream counts in its evidence (at a coarse step, after a catch-up, it may be the whole excursion)."""
        new = np.stack([obs, trials, expected], axis=1)
        stat = np.concatenate([self.room.stat, self.shown.stat])
        holding = np.concatenate([_holding(self.room, fired[0]), _holding(self.shown, fired[1])])
        self.seen = np.where(holding[:, None], self.seen, np.where((stat <= 0.0)[:, None], 0.0, self.seen + new))
        for i, (bank, new_p) in enumerate(((self.cart, cart), (self.order, order))):
            self.seen_p[i] = np.where(bank.stat <= 0.0, 0.0, np.where(_holding(bank, fired[2 + i]), self.seen_p[i],
                                                                       self.seen_p[i] + new_p))

    # ------------------------------------------------------------------------------------------ findings
    def _room_finding(self, stream: int, tick: Tick, ctr_rate: float) -> Finding | None:
        top = self.presenting(tick.ts) if stream == ORDER_LIVE else None  # abandonment after it: its own subject
        share = np.maximum(self.acc[stream], 0.0)
        total = float(share.sum())
        if top is None and total > 0 and float(share.max()) >= ATTRIBUTE_SHARE * total:
            self.room.release(stream, tick.ts)  # one product's alarm, not the live's: its own stream decides
            return None
        obs, trials, expected = self.seen[stream]
        base, now = (expected / trials, obs / trials) if trials > 0 else (ctr_rate, 0.0)
        since = float(self.room.since[stream])
        kind: AdviceKind = "conversion_sag"
        subject: str | None = None
        stage = STAGES[stream]
        hist = tick.history
        if stream == CTR:
            series = ratio_series(hist.product_rows(CLICK, SERIES_STEPS).sum(0), hist.product_rows(IMPR, SERIES_STEPS)
                                  .sum(0))
            text = translate("AdviceFunnel", "Conversion is sagging: clicks per product view fell from {before} to "
                             "{now} ({change}) since {since}.").format(
                before=pct(base), now=pct(now), change=change(base, now), since=at(since - tick.reading.started_at))
        elif stream == CART_LIVE:
            series = ratio_series(hist.product_rows(CART, SERIES_STEPS).sum(0),
                                  hist.product_rows(CLICK, SERIES_STEPS).sum(0))
            text = translate("AdviceFunnel", "Conversion is sagging: carts per click fell from {before} to {now} "
                             "({change}) since {since}, each product against its own normal.").format(
                before=pct(base), now=pct(now), change=change(base, now), since=at(since - tick.reading.started_at))
        else:
            series = ratio_series(hist.product_rows(ABANDON, SERIES_STEPS).sum(0),
                                  hist.product_rows(ABANDON, SERIES_STEPS).sum(0)
                                  + hist.product_rows(ORDER, SERIES_STEPS).sum(0))
            if top is not None:
                kind, subject = "abandonment_spike", self.skus[top]
                text = _jumped(now, base, at(since - tick.reading.started_at), self._product_words(top),
                               at(float(self.presented[top]) - tick.reading.started_at))
            else:
                text = translate("AdviceFunnel", "Conversion is sagging at checkout: carts abandoned rose from "
                                 "{before} to {now} since {since}.").format(
                    before=pct(base), now=pct(now), since=at(since - tick.reading.started_at))
        evidence = Evidence(since_ts=since, numbers=_numbers(base, now, obs, trials, expected, self.room, stream),
                            series=series, series_label=translate("AdviceFunnel", STAGE_WORDS[stream]),
                            baseline=round(base, 5), stage=stage)
        return Finding(kind, subject, self.name, stream, text, evidence, stage)

    def _shown_finding(self, tick: Tick) -> Finding:
        i, start = self.shown_product, tick.reading.started_at
        obs, trials, expected = self.seen[SHOWN]
        base, now = (expected / trials, obs / trials) if trials > 0 else (0.0, 0.0)
        hist = tick.history
        series = ratio_series(hist.product_rows(ABANDON, SERIES_STEPS).sum(0),
                              hist.product_rows(ABANDON, SERIES_STEPS).sum(0)
                              + hist.product_rows(ORDER, SERIES_STEPS).sum(0))
        since = float(self.shown.since[0])
        text = _jumped(now, base, at(since - start), self._product_words(i), at(float(self.presented[i]) - start))
        evidence = Evidence(since_ts=since,
                            numbers=_numbers(base, now, obs, trials, expected, self.shown, 0),
                            series=series, series_label=translate("AdviceFunnel", STAGE_WORDS[ORDER_LIVE]),
                            baseline=round(base, 5),
                            stage="order")
        return Finding("abandonment_spike", self.skus[i], self.name, SHOWN, text, evidence, "order")

    def _product_finding(self, which: int, i: int, tick: Tick, base_rate: FloatArray) -> Finding | None:
        bank = self.cart if which == 0 else self.order
        hist = tick.history
        clicks_5min = float(hist.product_rows(CLICK, 10)[i].sum())
        high, presented = bool(self.high[i]), self.presenting(tick.ts) == i
        if clicks_5min < MANY_CLICKS and not (which == 1 and high and presented):
            bank.release(i, tick.ts)  # few look at it: not "views, no orders"
            return None
        obs, trials, expected = self.seen_p[which, :, i]
        base, now = (expected / trials, obs / trials) if trials > 0 else (float(base_rate[i]), 0.0)
        since = float(bank.since[i])
        sku, start = self.skus[i], tick.reading.started_at
        name = product_name(self.plan, sku)
        stream = FIRST_PRODUCT + 2 * i + which
        if which == 0:
            kind: AdviceKind = "views_no_orders"
            series = ratio_series(hist.product_rows(CART, SERIES_STEPS)[i], hist.product_rows(CLICK, SERIES_STEPS)[i])
            text = translate("AdviceFunnel", "{product}: {clicks} clicks in 5 minutes but carts per click fell from "
                             "{before} (normal for it) to {now} since {since}.").format(
                product=name, clicks=count(clicks_5min), before=pct(base), now=pct(now), since=at(since - start))
        else:
            dropped = hist.product_rows(ABANDON, SERIES_STEPS)[i]
            series = ratio_series(dropped, dropped + hist.product_rows(ORDER, SERIES_STEPS)[i])
            if high and presented:
                kind = "abandonment_spike"
                text = translate("AdviceFunnel", "{product}: {now} of its carts abandoned since {since} (normal for "
                                 "it: {before}), after it was presented at {presented}.").format(
                    product=self._product_words(i), now=pct(now), since=at(since - start), before=pct(base),
                    presented=at(float(self.presented[i]) - start))
            else:
                kind = "views_no_orders"
                text = translate("AdviceFunnel", "{product}: carts but no orders: {now} of its carts abandoned since "
                                 "{since} (normal for it: {before}).").format(
                    product=name, now=pct(now), since=at(since - start), before=pct(base))
        evidence = Evidence(since_ts=since, numbers={**_numbers(base, now, obs, trials, expected, bank, i),
                                                     "clicks_5min": clicks_5min},
                            series=series, series_label=translate("AdviceFunnel", STAGE_WORDS[1 + which]),
                            baseline=round(base, 5),
                            stage=STAGES[1 + which])
        return Finding(kind, sku, self.name, stream, text, evidence, STAGES[1 + which] + ":product")

    def _product_words(self, i: int) -> str:
        name = product_name(self.plan, self.skus[i])
        price = float(self.price[i])
        cur = self.plan.live.currency if self.plan else "EUR"
        if not math.isfinite(price):
            return name
        return translate("AdviceFunnel", "{product} ({price})").format(product=name, price=money(price, cur))

    # ------------------------------------------------------------------------------------ Watch protocol
    def _bank(self, stream: int) -> tuple[CusumBank, int]:
        if stream < SHOWN:
            return self.room, stream
        if stream == SHOWN:
            return self.shown, 0
        return (self.cart if (stream - FIRST_PRODUCT) % 2 == 0 else self.order), (stream - FIRST_PRODUCT) // 2

    def cleared(self, stream: int) -> bool:
        bank, i = self._bank(stream)
        return bool(bank.cleared[i])

    def gone(self, stream: int, tick: Tick) -> str:
        if stream >= FIRST_PRODUCT and bool(tick.sold_out[(stream - FIRST_PRODUCT) // 2]):
            return "sold out"
        return ""

    def release(self, stream: int, ts: float) -> None:
        bank, i = self._bank(stream)
        bank.release(i, ts)
        if stream == SHOWN:
            self.shown_until = -math.inf


def _jumped(now: float, base: float, since: str, product: str, presented: str) -> str:
    """abandonment_spike's words: the live's abandonment after a high-ticket product was presented."""
    return translate("AdviceFunnel", "Cart abandonment jumped to {now} (normal for these products: {before}) since "
                     "{since}, after {product} was presented at {presented}.").format(
        now=pct(now), before=pct(base), since=since, product=product, presented=presented)


@dataclass(frozen=True, slots=True)
class _Stream:
    """LLR weights of one kind of stream: z (pattern against ordinary's edge) and y (baseline against pattern), per
    success and per failure."""

    za: FloatArray
    zb: FloatArray
    ya: FloatArray
    yb: FloatArray
    edge: FloatArray
    pattern: FloatArray
    base: FloatArray

    @classmethod
    def of(cls, edge: FloatArray, pattern: FloatArray, base: FloatArray) -> _Stream:
        edge, pattern = clip_p(edge), clip_p(pattern)
        za, zb = binomial_weights(edge, pattern)
        ya, yb = binomial_weights(pattern, base)
        return cls(za, zb, ya, yb, edge, pattern, base)

    def z(self, x: FloatArray, n: FloatArray) -> FloatArray:
        return np.asarray(x * self.za + (n - x) * self.zb, dtype=np.float64)

    def y(self, x: FloatArray, n: FloatArray) -> FloatArray:
        return np.asarray(x * self.ya + (n - x) * self.yb, dtype=np.float64)

    def moments(self, nu: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
        """Per second, with nu trials a second: -E and Var of z at ordinary's edge, of y at the pattern."""
        k0, m0 = binomial_kl(self.edge, self.pattern)
        k1, m1 = binomial_kl(self.pattern, self.base)
        return nu * k0, nu * m0, nu * k1, nu * m1


@dataclass(frozen=True, slots=True)
class _Weights:
    c_rate: float
    p_cart: FloatArray
    q: FloatArray
    ctr: _Stream
    cart_live: _Stream
    cart: _Stream
    order_live: _Stream
    order: _Stream


def _holding(bank: CusumBank, fired: IntArray) -> BoolArray:
    """Streams whose evidence is complete: alarmed before this step."""
    out = bank.alarmed.copy()
    out[fired] = False
    return out


def _numbers(base: float, now: float, obs: float, trials: float, expected: float, bank: CusumBank,
             i: int) -> dict[str, float | int | str | None]:
    return {"baseline": round(base, 5), "now": round(now, 5),
            "change_pct": round(100 * (now / base - 1), 1) if base > 0 else None,
            "observed": int(obs), "trials": int(trials), "expected": round(expected, 1),
            "statistic": round(float(bank.stat[i]), 2), "threshold": round(float(bank.h[i]), 2)}
