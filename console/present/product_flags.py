"""The flags a product panel raises for the operator: one pure rule, no Qt, unit-tested on its own."""

from __future__ import annotations

from typing import Final

from console.kpi.snapshot import ProductStats
from console.present.fmt import Translate, mmss, untranslated

MANY_VIEWS: Final = 200  # impressions before "few orders" means anything
FEW_ORDERS_CONVERSION: Final = 0.02  # orders / clicks below this is a product people look at but don't buy
FEW_ORDERS_PER_VIEW: Final = 0.005  # or fewer than one order per 200 impressions
LOW_STOCK_SHARE: Final = 0.10  # stock left at or below 10% of the starting stock...
LOW_STOCK_UNITS: Final = 5  # ...or at or below 5 units, whichever comes first

MANY_VIEWS_FEW_ORDERS: Final = "many views, few orders"
STOCK_LOW: Final = "stock low"
SOLD_OUT: Final = "sold out"
OFFER_LIVE: Final = "offer live {left} left"
ON_SCREEN: Final = "on screen"  # the host pinned it in the platform's app (a bridge's product_featured)


def product_flags(ps: ProductStats, now_ts: float | None, plan_stock: int | None = None,
                  tr: Translate = untranslated, on_screen: bool = False) -> list[str]:
    """Flags worth acting on, most urgent first.

    `now_ts` is live time (snapshot.now_ts), never the wall clock: a replay must count down like the live did.
    `plan_stock` is the starting stock; without it, stock left + units sold stands in for it. `tr` translates
    the templates (the caller passes Qt's translate; this module stays free of Qt). `on_screen`: the product the
    host has pinned on the viewers' screen (snapshot.featured), said first: it is what the viewers see now.
    """
    flags: list[str] = [tr(ON_SCREEN)] if on_screen else []
    if ps.sold_out:
        flags.append(tr(SOLD_OUT))
    elif ps.stock_left is not None:
        start = plan_stock if plan_stock is not None else ps.stock_left + ps.units
        if ps.stock_left <= max(LOW_STOCK_UNITS, LOW_STOCK_SHARE * start):
            flags.append(tr(STOCK_LOW))
    if ps.offer is not None:
        left = ps.offer.ends_at - now_ts if now_ts is not None else 0.0
        flags.append(tr(OFFER_LIVE).format(left=mmss(left)))
    if ps.impressions >= MANY_VIEWS and not ps.sold_out:
        weak_clicks = ps.conversion is not None and ps.conversion < FEW_ORDERS_CONVERSION
        if weak_clicks or ps.orders / ps.impressions < FEW_ORDERS_PER_VIEW:
            flags.append(tr(MANY_VIEWS_FEW_ORDERS))
    return flags
