"""The behavioural rates of the studio simulator, in one place so they can be read and tuned together.

Each rate follows a pattern operators report: audience ramping up then thinning, chat following audience and
segment, expensive items abandoned more, conversion sagging after ~30 minutes unless something happens, and
flash offers, kits and demo segments that measurably work.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from console.plan.model import Plan, Product

_CHANNEL_SHARE: Final = {"organic": 0.55, "paid": 0.30, "direct": 0.15}
SAG_STARTS_S: Final = 30 * 60.0
#: The price curves below are tuned on euro-sized prices (the demo plan); where a currency's prices are two or
#: three orders of magnitude larger, a price is read in euro-sized units first, so a yen catalogue sells like a euro
#: one instead of every product looking overpriced. Rough and constant on purpose: a simulator, not a forex feed.
PRICE_UNITS: Final = {"JPY": 150.0, "KRW": 1400.0, "HUF": 400.0, "CLP": 1000.0, "IDR": 17000.0, "VND": 27000.0}


class ActionRefused(Exception):  # noqa: N818 - reads as the fact it reports
    """An operator action the live cannot take now: HTTP status, error code, message and the field at fault."""

    def __init__(self, status: int, code: str, message: str, field: str | None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field

    def body(self) -> dict[str, object]:
        return {"error": {"code": self.code, "message": self.message, "field": self.field}}


@dataclass(frozen=True, slots=True)
class Audience:
    scale: float = 1.0  # multiplies every arrival rate: 10 gives a top live's crowd
    arrivals_per_s: float = 5.0  # at the plateau, all channels together, scale 1 (about 1,500 watching)
    mean_dwell_s: float = 300.0


class Rates:
    """Probabilities and Poisson rates per live second; `t` is live seconds since the start."""

    returning_share: Final = 0.3
    kit_window_s: Final = 600.0
    kit_lookback_s: Final = 600.0
    kit_recovery: Final = 0.3
    cost_per_paid_view: Final = 0.30

    def __init__(self, plan: Plan, audience: Audience, *, sag: bool = True, demo_dwell: bool = True) -> None:
        self.plan, self.audience = plan, audience
        self.duration_s = plan.live.duration_min * 60.0
        self.price_unit = PRICE_UNITS.get(plan.live.currency, 1.0)
        # A scripted scenario (console/studio/scenarios.py) turns off the two patterns every default live has, the
        # 30-minute conversion sag and the longer stays of demonstration segments, and stages its own instead.
        self.sag, self.demo_dwell = sag, demo_dwell

    def _shape(self, t: float) -> float:
        """Audience curve: ramp up over 3 minutes, plateau, thin out to 60% by the end."""
        ramp = min(1.0, 0.35 + 0.65 * t / 180.0)
        late = max(0.0, (t - 0.45 * self.duration_s) / (0.55 * self.duration_s))
        return ramp * (1.0 - 0.4 * min(1.0, late))

    def arrivals_per_s(self, channel: str, t: float, boost: float, offer_running: bool) -> float:
        lift = 1.0 + 0.3 * boost + (0.15 if offer_running else 0.0)
        return self.audience.arrivals_per_s * self.audience.scale * _CHANNEL_SHARE[channel] * self._shape(t) * lift

    def leave_hazard_per_s(self, t: float, demo: bool, offer_running: bool) -> float:
        dwell = self.audience.mean_dwell_s * (1.4 if demo and self.demo_dwell else 1.0) * (
            1.2 if offer_running else 1.0)
        tired = 1.0 + 0.5 * min(1.0, max(0.0, t - SAG_STARTS_S) / 2700.0)
        return tired / dwell

    def chat_per_viewer_s(self, demo: bool, offer_running: bool) -> float:
        return 0.003 * (1.7 if demo else 1.0) * (1.5 if offer_running else 1.0)

    def impressions_per_viewer_s(self, in_focus: bool, on_offer: bool) -> float:
        if on_offer:  # pinned while the offer runs
            return 0.005
        return 0.002 if in_focus else 0.0003

    def click_rate(self, on_offer: bool, demo: bool) -> float:
        return 0.07 * (1.25 if demo else 1.0) * (1.4 if on_offer else 1.0)

    def cart_rate(self, product: Product, discount_pct: float) -> float:
        price_factor = min(1.3, max(0.5, (60.0 * self.price_unit / product.price) ** 0.3))
        return min(0.9, 0.35 * price_factor * (1.0 + discount_pct / 45.0))

    def order_rate(self, product: Product, discount_pct: float, t: float, boost: float) -> float:
        """Cart -> order. Expensive items are abandoned more; conversion sags after 30 minutes."""
        base = min(0.8, max(0.2, 0.62 - 0.17 * math.log10(product.price / (20.0 * self.price_unit))))
        sag = 1.0 - 0.4 * min(1.0, max(0.0, t - SAG_STARTS_S) / 2400.0) if self.sag else 1.0
        fresh = sag + (1.0 - sag) * 0.8 * boost  # an operator action wins the room back, for a while
        return min(0.95, base * fresh * (1.0 + discount_pct / 60.0))

    def kit_orders_per_viewer_s(self, kit_price: float, full_price: float) -> float:
        return 0.00002 * (full_price / kit_price)

    def ad_spend(self, paid_joins: int, noise: float) -> float:
        return round(paid_joins * self.cost_per_paid_view * self.price_unit * (0.8 + 0.4 * noise), 2)
