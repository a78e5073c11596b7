"""Which figures a feed can support: the event types each figure is computed from, against `hello.provides`.

A platform bridge serves what its sources can tell (a TikTok room has viewers and chat but no orders; a shop has
orders but no viewers). A figure whose inputs the feed never sends is not zero, it is unknown: the window and the
report say "not available from this feed" instead of drawing a number. Pure: no Qt, no I/O. The table is
docs/metrics.md, "What a feed can tell".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from console.i18n import QT_TRANSLATE_NOOP, translate

# the source texts; `not_available()` gives them in the operator's language
NOT_AVAILABLE: Final = QT_TRANSLATE_NOOP("Availability", "not available from this feed")
#: where the full sentence does not fit; the tooltip has it
NOT_AVAILABLE_SHORT: Final = QT_TRANSLATE_NOOP("Availability", "n/a from feed")

# What a figure needs: alternatives, each a set of event types that must all be provided; any one alternative is
# enough. ({"viewer_count"}, {"viewer_joined", "viewer_left"}) reads "viewer_count, or joins and leaves".
Need = tuple[frozenset[str], ...]


def _all(*types: str) -> Need:
    return (frozenset(types),)


def _any(*alternatives: Iterable[str]) -> Need:
    return tuple(frozenset(a) for a in alternatives)


ORDERS: Final = _all("order_placed")
# Viewers now: the platform's count; without it joins - leaves, which needs both (joins alone only ever grow).
VIEWERS: Final = _any(["viewer_count"], ["viewer_joined", "viewer_left"])
JOINS: Final = _all("viewer_joined")
CHAT: Final = _all("chat_message")

# figure id -> what it needs. Ids are the snapshot's field names (KpiSnapshot), `product_<field>` for a product
# panel's (ProductStats), `channel_<field>` for the channel table's (ChannelStats), `minute_<series>` for a chart.
NEEDS: Final[dict[str, Need]] = {
    # audience
    "viewers_now": VIEWERS,
    "peak_viewers": VIEWERS,
    "minute_viewers": VIEWERS,
    "entered": JOINS,
    "views": JOINS,
    "minute_joins": JOINS,
    "minute_leaves": _all("viewer_left"),
    # sales
    "gmv": ORDERS,
    "orders": ORDERS,
    "units": ORDERS,
    "buyers": ORDERS,
    "orders_per_min": ORDERS,
    "sales_per_min": ORDERS,
    "avg_order_value": ORDERS,
    "aov": ORDERS,
    "new_buyers": ORDERS,
    "returning_buyers": ORDERS,
    "new_revenue": ORDERS,
    "returning_revenue": ORDERS,
    "minute_orders": ORDERS,
    "minute_revenue": ORDERS,
    "minute_units": ORDERS,
    # room conversion is buyers per unique viewer: it never needed clicks, only orders and joins
    "conversion": _all("order_placed", "viewer_joined"),
    "gpm": _all("order_placed", "viewer_joined"),
    "uv_value": _all("order_placed", "viewer_joined"),
    # carts and chat
    "cart_adds": _all("cart_added"),
    "cart_abandons": _all("cart_abandoned"),
    "cart_abandonment": _all("cart_added", "cart_abandoned"),
    "minute_cart_adds": _all("cart_added"),
    "minute_abandons": _all("cart_abandoned"),
    "chat_messages": CHAT,
    "chat_per_min": CHAT,
    "chatters": CHAT,
    "minute_chat": CHAT,
    "chat_heat": CHAT,
    "engagement_rate": _all("chat_message", "viewer_joined"),
    # paid traffic
    "ad_spend": _all("ad_spend"),
    "paid_revenue": ORDERS,
    "roas": _all("ad_spend", "order_placed"),
    # clicks
    "minute_clicks": _all("product_click"),
    "click_heat": _all("product_click"),
    # per product
    "product_impressions": _all("product_impression"),
    "product_clicks": _all("product_click"),
    "product_ctr": _all("product_impression", "product_click"),
    "product_carts": _all("cart_added"),
    "product_abandons": _all("cart_abandoned"),
    "product_abandonment": _all("cart_added", "cart_abandoned"),
    "product_orders": ORDERS,
    "product_units": ORDERS,
    "product_revenue": ORDERS,
    "product_margin": ORDERS,
    "product_units_per_min": ORDERS,
    "product_conversion": _all("order_placed", "product_click"),  # orders / clicks: no clicks, no conversion
    "product_mentions": CHAT,
    # stock left: the platform's stock, else the plan's stock less the units sold (which needs the orders)
    "product_stock_left": _any(["stock_changed"], ["sold_out"], ["order_placed"]),
    # per channel
    "channel_viewers_now": _all("viewer_joined", "viewer_left"),  # joins - leaves by channel
    "channel_entered": JOINS,
    "channel_views": JOINS,
    "channel_orders": ORDERS,
    "channel_buyers": ORDERS,
    "channel_revenue": ORDERS,
    "channel_conversion": _all("order_placed", "viewer_joined"),
    # an action's before/after effect is measured in orders per minute
    "action_effect": ORDERS,
}

# the goal a plan may set (GoalStatus.name) -> the figure it grades
GOAL_FIGURES: Final = {"gmv": "gmv", "orders": "orders", "conversion": "conversion", "peak_viewers": "peak_viewers",
                       "roas": "roas", "max_cart_abandonment": "cart_abandonment"}

# event type -> what it is in an operator's words (tooltips, the report's note)
# (the source texts: `why` translates them)
WORDS: Final = {
    "order_placed": QT_TRANSLATE_NOOP("Availability", "orders"),
    "viewer_joined": QT_TRANSLATE_NOOP("Availability", "viewer joins"),
    "viewer_left": QT_TRANSLATE_NOOP("Availability", "viewer leaves"),
    "viewer_count": QT_TRANSLATE_NOOP("Availability", "viewer counts"),
    "chat_message": QT_TRANSLATE_NOOP("Availability", "chat"),
    "product_impression": QT_TRANSLATE_NOOP("Availability", "product impressions"),
    "product_click": QT_TRANSLATE_NOOP("Availability", "product clicks"),
    "cart_added": QT_TRANSLATE_NOOP("Availability", "cart adds"),
    "cart_abandoned": QT_TRANSLATE_NOOP("Availability", "abandoned carts"),
    "ad_spend": QT_TRANSLATE_NOOP("Availability", "ad spend"),
    "stock_changed": QT_TRANSLATE_NOOP("Availability", "stock updates"),
    "sold_out": QT_TRANSLATE_NOOP("Availability", "sold-out signals"),
}


def not_available(short: bool = False) -> str:
    """"not available from this feed" in the operator's language; `short`: "n/a from feed", where the sentence
    does not fit (its tooltip, `why`, has the whole of it)."""
    return translate("Availability", NOT_AVAILABLE_SHORT if short else NOT_AVAILABLE)


def event_words(event_type: str) -> str:
    """What an event type is in the operator's words ("viewer joins"); an unknown type as it is."""
    words = WORDS.get(event_type)
    return translate("Availability", words) if words is not None else event_type


def is_available(figure: str, available: frozenset[str] | None) -> bool:
    """Whether the feed can give `figure` (a key of NEEDS). `available` None: the feed sends every type."""
    if available is None:
        return True
    return any(alternative <= available for alternative in NEEDS[figure])


def missing(figure: str, available: frozenset[str] | None) -> tuple[str, ...]:
    """The event types the feed lacks for `figure`, in the cheapest alternative's order (fewest missing); () when
    it is available."""
    if is_available(figure, available):
        return ()
    assert available is not None
    best = min(NEEDS[figure], key=lambda alt: (len(alt - available), sorted(alt)))
    return tuple(sorted(best - available))


def why(figure: str, available: frozenset[str] | None) -> str:
    """The tooltip of a figure shown as unavailable: the full sentence and what the feed would have to send;
    "" when it is available."""
    lacking = missing(figure, available)
    if not lacking:
        return ""
    names = ", ".join(f"{event_words(t)} ({t})" for t in lacking)
    return translate("Availability", "Not available from this feed: it needs {names}, which this feed's sources "
                                     "do not send.").format(names=names)


def unavailable(figures: Iterable[str], available: frozenset[str] | None) -> list[str]:
    """The figures among `figures` the feed cannot give, in the order given."""
    return [f for f in figures if not is_available(f, available)]


def lacking_types(available: frozenset[str] | None, figures: Iterable[str] = NEEDS) -> list[str]:
    """Every event type some figure needs and the feed does not send, sorted (the report's note says which)."""
    if available is None:
        return []
    return sorted({t for f in figures for t in missing(f, available)})
