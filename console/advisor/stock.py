"""stock_out_risk: at the product's current sales rate, its stock would run out within the horizon (10 minutes).

The critical rate is lambda_c = stock left / horizon. Each product has two Poisson CUSUMs testing "sells at
lambda_c" against "sells at lambda_c / 2" (it would last twice the horizon: ordinary):
- on units sold (exact, but an order comes tens of seconds after its cart);
- on carts added, the earliest stage that moves, at lambda_c / (units per cart), units per cart being the product's
  own orders per resolved cart times units per order so far.
Both follow the stock as it falls (lambda_c is recomputed every evaluation); a restock restarts them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import numpy as np

from console.advisor.cusum import CusumBank, FloatArray, shared_threshold
from console.advisor.finding import Finding, at, product_name
from console.advisor.model import Evidence
from console.advisor.tick import ABANDON, CART, ORDER, UNITS, Tick
from console.i18n import translate
from console.plan.model import Plan
from console.present.fmt import count

LN2: Final = math.log(2.0)
MIN_LIVE_S: Final = 60.0
MIN_UNITS: Final = 3.0  # units (or carts) seen since the rise began, before a risk is raised
RAISE_WITHIN: Final = 1.0  # raised when the rate since the rise began empties it within the horizon
SERIES_STEPS: Final = 20


@dataclass(frozen=True, slots=True)
class StockDesign:
    arl0: float
    horizon_s: float


class StockWatch:
    """Streams 2i (units of product i) and 2i + 1 (its carts)."""

    name = "stock"

    def __init__(self, plan: Plan | None, design: StockDesign) -> None:
        self.plan, self.d = plan, design
        self.skus: list[str] = []
        self.bank = CusumBank(0)
        self.left = np.zeros(0, np.int64)  # stock left at the previous evaluation (restocks restart the test)
        self.seen = np.zeros(0)  # units (even streams) or carts (odd) since each stream's rise began
        self._next_h = -math.inf
        self.rate = np.zeros(0)

    def add_products(self, skus: list[str]) -> None:
        self.skus += skus
        self.bank.grow(2 * len(self.skus), 0.0)
        self.left = np.concatenate([self.left, np.full(len(skus), -1, np.int64)])
        self.seen = np.concatenate([self.seen, np.zeros(2 * len(skus))])
        self.rate = np.concatenate([self.rate, np.zeros(2 * len(skus))])  # units or carts a second, lately

    def evaluate(self, tick: Tick) -> list[Finding]:
        left = tick.stock_left.astype(np.float64)
        restocked = tick.stock_left > self.left
        self.left = tick.stock_left.copy()
        if restocked.any():
            self.bank.restart(np.repeat(restocked, 2), tick.ts)
        known = (tick.stock_left > 0) & ~tick.sold_out
        crit = np.where(known, left / self.d.horizon_s, 0.0)  # units per second that empty it within the horizon
        orders, abandons, units = tick.totals[ORDER], tick.totals[ABANDON], tick.totals[UNITS]
        per_order = np.where(orders > 0, units / np.maximum(orders, 1.0), 1.0)
        converts = (orders + 5.0) / (orders + abandons + 10.0)  # orders per resolved cart, from 1/2 with 10 carts
        crit_carts = crit / np.maximum(0.05, converts * per_order)
        lam0 = np.repeat(crit, 2) / 2.0
        lam0[1::2] = crit_carts / 2.0
        x = np.empty(2 * len(self.skus))
        x[0::2] = tick.product[UNITS]
        x[1::2] = tick.product[CART]
        z = x * LN2 - lam0 * tick.dt
        keep, fast = math.exp(-tick.dt / 60.0), math.exp(-tick.dt / 10.0)
        self.rate = np.maximum(keep * self.rate + (1 - keep) * x / tick.dt, fast * self.rate + (1 - fast) * x / tick.dt)
        if tick.ts >= self._next_h or restocked.any():
            self._next_h = tick.ts + 10.0
            self._design(lam0)
        armed = np.repeat(known & (tick.live_s >= MIN_LIVE_S), 2)
        fired = self.bank.step(z, -z, armed, tick.ts)
        self.seen = np.where(self.bank.stat <= 0.0, 0.0, np.where(self.bank.alarmed, self.seen, self.seen + x))
        self.seen[fired] += x[fired]
        out: list[Finding] = []
        for s in fired:
            f = self._finding(int(s), tick, crit, crit_carts)
            if f is None:
                self.bank.release(int(s), tick.ts)
            else:
                out.append(f)
        return out

    def _design(self, lam0: FloatArray) -> None:
        """z tests 2 lam0 (empty within the horizon) against lam0; the way back is -z, judged while 2 lam0 holds.

        The false alarms are budgeted at lam0, the edge, for the streams that sell at a quarter of it or more; one
        that sells slower (stock for far longer than twice the horizon, most products most of the time) drifts down
        so fast that its false alarms are negligible: e^(-4.1 h) a second, against e^(-h) at the edge."""
        at_risk = self.rate >= lam0 / 4.0
        h = shared_threshold(self.d.arl0, np.where(at_risk, lam0 * (1.0 - LN2), 0.0), lam0 * LN2 * LN2)
        self.bank.design_shared(h, lam0 * (2 * LN2 - 1.0), 2 * lam0 * LN2 * LN2)

    def _finding(self, stream: int, tick: Tick, crit: FloatArray, crit_carts: FloatArray) -> Finding | None:
        i = stream // 2
        hist = tick.history
        since = float(self.bank.since[stream])
        seen = float(self.seen[stream])
        if seen < MIN_UNITS:
            return None
        left = int(tick.stock_left[i])
        per_unit = crit[i] / crit_carts[i] if stream % 2 and crit_carts[i] > 0 else 1.0  # units per cart
        rate = seen * per_unit / max(tick.ts - since, tick.dt)  # units per second since the rise began
        eta_min = left / rate / 60.0 if rate > 0 else math.inf
        if eta_min > RAISE_WITHIN * self.d.horizon_s / 60.0:
            return None
        sku = self.skus[i]
        name = product_name(self.plan, sku)
        per_min = rate * 60.0
        lead = "carts" if stream % 2 else "orders"
        words = {"product": name, "minutes": count(max(1, round(eta_min))), "left": count(left),
                 "rate": count(per_min), "since": at(since - tick.reading.started_at)}
        if stream % 2:
            text = translate("AdviceStock", "{product} may sell out in about {minutes} min: {left} left, selling "
                             "about {rate} a minute (from its carts since {since}).").format(**words)
        else:
            text = translate("AdviceStock", "{product} may sell out in about {minutes} min: {left} left, selling "
                             "about {rate} a minute (from its orders since {since}).").format(**words)
        series = tuple(round(float(u) * 2.0, 2) for u in hist.product_rows(UNITS, SERIES_STEPS)[i])
        numbers: dict[str, float | int | str | None] = {
            "stock_left": left, "units_per_min": round(per_min, 2), "eta_min": round(eta_min, 1),
            "horizon_min": round(self.d.horizon_s / 60.0, 1), "critical_per_min": round(float(crit[i]) * 60.0, 2),
            "seen_since": int(seen),
            "statistic": round(float(self.bank.stat[stream]), 2), "threshold": round(float(self.bank.h[stream]), 2)}
        return Finding("stock_out_risk", sku, self.name, stream, text, Evidence(
            since_ts=since, numbers=numbers, series=series,
            series_label=translate("AdviceStock", "units sold a minute"), baseline=round(float(crit[i]) * 60.0, 3),
            stage=lead))

    def cleared(self, stream: int) -> bool:
        return bool(self.bank.cleared[stream])

    def gone(self, stream: int, tick: Tick) -> str:
        return "sold out" if bool(tick.sold_out[stream // 2]) else ""

    def release(self, stream: int, ts: float) -> None:
        self.bank.release(stream, ts)
