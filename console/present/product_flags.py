"""The flags a product panel raises for the operator: one pure rule, no Qt, unit-tested on its own."""

from __future__ import annotations

from typing import Final

from console.i18n import QT_TRANSLATE_NOOP, translate
from console.kpi.snapshot import ProductStats
from console.present.fmt import mmss

MANY_VIEWS: Final = 200  # impressions before "few orders" means anything
FEW_ORDERS_CONVERSION: Final = 0.02  # orders / clicks below this is a product people look at but don't buy
FEW_ORDERS_PER_VIEW: Final = 0.005  # or fewer than one order per 200 impressions
LOW_STOCK_SHARE: Final = 0.10  # stock left at or below 10% of the starting stock...
LOW_STOCK_UNITS: Final = 5  # ...or at or below 5 units, whichever comes first

# The flags' source texts, which are also their keys (`flag_keys`); `flag_words` gives them in the operator's
# language, with the context "ProductFlags".
MANY_VIEWS_FEW_ORDERS: Final = QT_TRANSLATE_NOOP("ProductFlags", "many views, few orders")
STOCK_LOW: Final = QT_TRANSLATE_NOOP("ProductFlags", "stock low")
SOLD_OUT: Final = QT_TRANSLATE_NOOP("ProductFlags", "sold out")
OFFER_LIVE: Final = QT_TRANSLATE_NOOP("ProductFlags", "offer live {left} left")
# the host pinned it in the platform's app (a bridge's product_featured)
ON_SCREEN: Final = QT_TRANSLATE_NOOP("ProductFlags", "on screen")


def flag_keys(ps: ProductStats, plan_stock: int | None = None, on_screen: bool = False) -> list[str]:
    """Flags worth acting on, most urgent first, as their keys (the constants above, the same in every language:
    what code compares; OFFER_LIVE unformatted).

    `plan_stock` is the starting stock; without it, stock left + units sold stands in for it. `on_screen`: the
    product the host has pinned on the viewers' screen (snapshot.featured), said first: it is what the viewers see
    now.
    """
    flags: list[str] = [ON_SCREEN] if on_screen else []
    if ps.sold_out:
        flags.append(SOLD_OUT)
    elif ps.stock_left is not None:
        start = plan_stock if plan_stock is not None else ps.stock_left + ps.units
        if ps.stock_left <= max(LOW_STOCK_UNITS, LOW_STOCK_SHARE * start):
            flags.append(STOCK_LOW)
    if ps.offer is not None:
        flags.append(OFFER_LIVE)
    if ps.impressions >= MANY_VIEWS and not ps.sold_out:
        weak_clicks = ps.conversion is not None and ps.conversion < FEW_ORDERS_CONVERSION
        if weak_clicks or ps.orders / ps.impressions < FEW_ORDERS_PER_VIEW:
            flags.append(MANY_VIEWS_FEW_ORDERS)
    return flags


def flag_words(key: str, ps: ProductStats, now_ts: float | None) -> str:
    """A flag (a key of `flag_keys`) as the operator reads it, in the console's language."""
    if key == OFFER_LIVE:
        left = ps.offer.ends_at - now_ts if ps.offer is not None and now_ts is not None else 0.0
        return translate("ProductFlags", OFFER_LIVE).format(left=mmss(left))
    return translate("ProductFlags", key)


def product_flags(ps: ProductStats, now_ts: float | None, plan_stock: int | None = None,
                  on_screen: bool = False) -> list[str]:
    """The flags of `flag_keys` as the operator reads them, in the console's language ("offer live 04:12 left").
    `now_ts` is live time (snapshot.now_ts), never the wall clock: a replay must count down like the live did."""
    return [flag_words(key, ps, now_ts) for key in flag_keys(ps, plan_stock, on_screen)]
