"""The Shopify source of the platform bridge: webhook signatures, deduplication, and the mapping of orders,
checkouts and carts to Studio Feed Protocol v1 events (docs/bridge.md, section "Shopify").

Pure logic: no sockets, no files, no clock. The HTTP side (the webhook route, the Admin API poller, reading the
secrets) is `console/bridge/shopify_http.py`; the bridge gives this module the receive time `now` and persists
what it returns.

How a delivery flows:

1. `verify_signature` over the raw body (the route answers 401 when it fails: nothing reaches the mapper);
2. `ShopifyMapper.handle(delivery, now)` decides, without changing any state, and returns an `Outcome`: the
   events to emit, the journal records that describe the state change, and the tallies;
3. the bridge persists `outcome.records` together with the events (one write), then calls
   `mapper.apply(outcome)`. A bridge that failed to persist answers non-2xx and does not apply: Shopify's retry
   is then judged afresh. A restarted bridge rebuilds the mapper from the records it persisted
   (`ShopifyMapper(config, restore=records)`), so it neither re-emits an order nor re-adds a cart line.

`ShopifyMapper.process` is handle + apply, for callers with nothing to persist (tests, a dry run).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
from collections import Counter, OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Final, Literal
from urllib.parse import parse_qs, urlsplit

import msgspec

from console.protocol import wire as p

# ---------------------------------------------------------------------------------------------------- topics

ORDERS_PAID: Final = "orders/paid"
CART_TOPICS: Final = frozenset({"checkouts/create", "checkouts/update", "carts/create", "carts/update"})
MAPPED_TOPICS: Final = frozenset({ORDERS_PAID, *CART_TOPICS})
#: topics a shop may well send that the bridge deliberately does not map, with the reason the tally shows
IGNORED_TOPICS: Final[Mapping[str, str]] = {
    "orders/create": "created is not paid (orders/paid is the placement)",
    "orders/updated": "an order update is not a placement",
}
POLL_TOPIC: Final = "poll/orders"  # the tally's name for orders that came from the Admin API poller

INFERRED_TIMEOUT: Final = "inferred_timeout"  # cart_abandoned.reason of an inferred abandonment

# ------------------------------------------------------------------------------------------------ signature


def webhook_hmac(body: bytes, secret: str | bytes) -> str:
    """Base64 of HMAC-SHA256 of the raw body keyed with the app's client secret: X-Shopify-Hmac-Sha256."""
    key = secret.encode() if isinstance(secret, str) else secret
    return base64.b64encode(hmac.new(key, body, hashlib.sha256).digest()).decode("ascii")


def verify_signature(body: bytes, header: str | None, secret: str | bytes) -> bool:
    """True when `header` is the signature of exactly these bytes. Constant-time; a missing header, an empty
    secret or a header that is not ASCII are all simply False."""
    if not header or not secret:
        return False
    expected = webhook_hmac(body, secret).encode("ascii")
    return hmac.compare_digest(expected, header.strip().encode("utf-8", errors="replace"))


# ------------------------------------------------------------------------------------------------- delivery


@dataclass(frozen=True, slots=True)
class Delivery:
    """One webhook delivery, as received: the topic and ids from its headers and the raw body."""

    topic: str
    body: bytes
    webhook_id: str | None = None  # X-Shopify-Webhook-Id
    event_id: str | None = None  # X-Shopify-Event-Id (Shopify's deduplication guide keys on this one)
    shop_domain: str | None = None  # X-Shopify-Shop-Domain
    triggered_at: str | None = None  # X-Shopify-Triggered-At

    @classmethod
    def from_headers(cls, headers: Mapping[str, str], body: bytes) -> Delivery:
        """From request headers (any letter case)."""
        low = {k.lower(): v for k, v in headers.items()}
        return cls(topic=low.get("x-shopify-topic", "").strip(), body=body,
                   webhook_id=low.get("x-shopify-webhook-id") or None, event_id=low.get("x-shopify-event-id") or None,
                   shop_domain=low.get("x-shopify-shop-domain") or None,
                   triggered_at=low.get("x-shopify-triggered-at") or None)

    def dedupe_keys(self) -> tuple[str, ...]:
        """A delivery is a repeat when either id was seen: the webhook id (one per delivery, stable across
        Shopify's retries) or the event id (one per event, also across subscriptions to the same topic)."""
        keys = []
        if self.webhook_id:
            keys.append(f"w:{self.webhook_id}")
        if self.event_id:
            keys.append(f"e:{self.topic}:{self.event_id}")
        return tuple(keys)


# --------------------------------------------------------------------------------------------------- config


@dataclass(frozen=True, slots=True)
class ShopifyConfig:
    currency: str  # the live's currency (ISO 4217); a shop amount in another currency is not mapped
    pseudonym_key: bytes  # keys the pseudonyms of customers, viewers and carts (see pseudonym_key_from_secret)
    product_map: Mapping[str, str] = field(default_factory=dict)  # shop variant id or SKU -> plan product id
    abandon_after_s: float = 1800.0  # a cart with no paid order this long after its last update is abandoned
    include_test_orders: bool = False  # Shopify test orders (test: true): a rehearsal may want them, a live not
    shop_domain: str | None = None  # when set, deliveries from another shop (X-Shopify-Shop-Domain) are refused
    store_hosts: frozenset[str] = frozenset()  # the shop's own host names: a referrer there is no referral
    dedupe_capacity: int = 100_000  # delivery ids remembered (Shopify retries for 4 hours)
    memory_capacity: int = 100_000  # orders and carts remembered

    def __post_init__(self) -> None:
        if not self.pseudonym_key:
            raise ValueError("pseudonym_key must not be empty")
        if not (self.abandon_after_s > 0 and math.isfinite(self.abandon_after_s)):
            raise ValueError("abandon_after_s must be a positive number of seconds")
        if self.dedupe_capacity < 1 or self.memory_capacity < 1:
            raise ValueError("capacities must be at least 1")


def pseudonym_key_from_secret(secret: str | bytes) -> bytes:
    """A pseudonym key derived from the client secret: stable as long as the secret is, never the secret."""
    key = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(key, b"live-console shopify pseudonyms v1", hashlib.sha256).digest()


# ---------------------------------------------------------------------------------------------- the output


@dataclass(frozen=True, slots=True)
class Emitted:
    """One protocol event and the additive v1 fields the bridge sends beside it (clients ignore fields they do
    not know; docs/bridge.md lists these). The event's `seq` is a placeholder (1) and `ts` the receive time: the
    bridge's merge assigns the seq and keeps ts from decreasing."""

    event: p.Event
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_builtins(self) -> dict[str, Any]:
        out: dict[str, Any] = msgspec.to_builtins(self.event)
        out.update(self.extra)
        return out


@dataclass(slots=True)
class Outcome:
    """What one delivery, one polled order or one sweep comes to. Nothing has changed in the mapper yet."""

    topic: str
    events: list[Emitted] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)  # persist with the events, then apply
    not_mapped: list[str] = field(default_factory=list)  # reasons: each counts once under `topic`
    remarks: list[str] = field(default_factory=list)  # mapped, but worth a count (e.g. order after abandonment)
    duplicate: bool = False


# ------------------------------------------------------------------------------------------------- channels

#: query parameters that only an ad click puts on a landing URL
AD_CLICK_IDS: Final = ("gclid", "gbraid", "wbraid", "dclid", "msclkid", "ttclid", "twclid", "li_fat_id", "scclid",
                       "epik")
#: utm_medium values of paid traffic (compared lower-case)
PAID_MEDIUMS: Final = frozenset({
    "cpc", "ppc", "cpm", "cpv", "cpa", "paid", "paidsocial", "paid_social", "paid-social", "paidsearch",
    "paid_search", "paid-search", "display", "banner", "ads", "ad", "sponsored", "retargeting", "remarketing",
    "affiliate",
})
#: utm_medium values of the shop's own audience reached directly (its list, its followers)
DIRECT_MEDIUMS: Final = frozenset({"email", "e-mail", "newsletter", "sms", "push", "qr", "qrcode", "direct", "none",
                                   "(none)"})
#: referrer hosts of ad networks (a referrer elsewhere is organic: search, social, another site)
AD_HOSTS: Final = ("googleadservices.com", "doubleclick.net", "googlesyndication.com")
#: source_name values of the shop's own surfaces: an order with nothing else to go by is direct
DIRECT_SOURCES: Final = frozenset({"", "web", "shopify_draft_order", "pos", "iphone", "android"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """Where a buyer came from, as the shop recorded it."""

    landing_site: str | None = None  # landing page (path and query, or a URL)
    referring_site: str | None = None  # referrer URL
    source_name: str | None = None  # the order's or checkout's sales channel ("web", "pos", an app ...)
    utm: Mapping[str, str] = field(default_factory=dict)  # utm_* given apart (the Admin API's visit)


def channel_of(attr: Attribution, store_hosts: frozenset[str] = frozenset()) -> tuple[p.Channel, str]:
    """(channel, basis): the first rule of the table in docs/bridge.md that applies, and what it went by."""
    query = _query_of(attr.landing_site)
    for name in AD_CLICK_IDS:
        if query.get(name):
            return "paid", f"click_id={name}"
    medium = (attr.utm.get("medium") or query.get("utm_medium") or "").strip().lower()
    source = (attr.utm.get("source") or query.get("utm_source") or "").strip().lower()
    if medium:
        if medium in PAID_MEDIUMS:
            return "paid", f"utm_medium={medium}"
        if medium in DIRECT_MEDIUMS:
            return "direct", f"utm_medium={medium}"
        return "organic", f"utm_medium={medium}"
    if source:
        words = source.replace("-", "_").replace(".", "_").split("_")
        if "ads" in words or "ad" in words or "paid" in words:
            return "paid", f"utm_source={source}"
        return "organic", f"utm_source={source}"
    host = _host_of(attr.referring_site)
    if host and not _is_store_host(host, store_hosts):
        if any(host == h or host.endswith("." + h) for h in AD_HOSTS):
            return "paid", f"referrer={host}"
        return "organic", f"referrer={host}"
    name = (attr.source_name or "").strip().lower()
    if name and name not in DIRECT_SOURCES:
        return "organic", f"source_name={name}"
    return "direct", f"source_name={name}" if name else "none"


def _query_of(landing: str | None) -> dict[str, str]:
    if not landing:
        return {}
    try:
        parts = urlsplit(landing)
    except ValueError:
        return {}
    return {k.lower(): v[0] for k, v in parse_qs(parts.query).items() if v}


def _host_of(url: str | None) -> str:
    if not url:
        return ""
    try:
        parts = urlsplit(url if "//" in url else "//" + url)
        return (parts.hostname or "").lower().removeprefix("www.")
    except ValueError:
        return ""


def _is_store_host(host: str, store_hosts: frozenset[str]) -> bool:
    return host.endswith(".myshopify.com") or any(host == h.lower().removeprefix("www.") for h in store_hosts)


# ------------------------------------------------------------------------------------ the shop's own shapes


@dataclass(frozen=True, slots=True)
class ShopLine:
    variant_id: str | None
    sku: str | None
    quantity: int
    unit_price: float  # after the line's own and its share of order-level discounts, shop currency
    title: str = ""


@dataclass(frozen=True, slots=True)
class ShopOrder:
    """A paid order, from a webhook payload (`order_from_webhook`) or the Admin API (`order_from_graphql`)."""

    order_id: str  # numeric, the same from both sources (a GraphQL gid is reduced to its number)
    lines: tuple[ShopLine, ...]
    currency: str | None  # shop currency
    attribution: Attribution
    customer_id: str | None = None
    orders_count: int | None = None  # the customer's orders with the shop, this one included, when given
    checkout_token: str | None = None
    cart_token: str | None = None
    test: bool = False
    occurred_at: float | None = None  # processed_at
    shop_total: float | None = None  # total_price: what the buyer paid, shipping and taxes included
    lines_cut: bool = False  # the Admin API query reads an order's first 20 lines: this one has more


class PayloadError(ValueError):
    """A payload that lacks what the mapping needs (the tally names the reason)."""


def order_from_webhook(payload: Mapping[str, Any]) -> ShopOrder:
    """The REST-shaped order of an orders/paid delivery."""
    oid = payload.get("id")
    if not isinstance(oid, int | str) or isinstance(oid, bool) or str(oid) == "":
        raise PayloadError("order without an id")
    currency = _str(payload.get("currency"))
    lines = tuple(_rest_line(li) for li in _list(payload.get("line_items")))
    customer = payload.get("customer") if isinstance(payload.get("customer"), Mapping) else None
    count = None
    if customer is not None:
        for name in ("orders_count", "number_of_orders"):  # removed from webhooks in 2025-01; kept if present
            count = _int(customer.get(name))
            if count is not None:
                break
    return ShopOrder(
        order_id=str(oid), lines=tuple(li for li in lines if li.quantity > 0), currency=currency,
        attribution=Attribution(landing_site=_str(payload.get("landing_site")),
                                referring_site=_str(payload.get("referring_site")),
                                source_name=_str(payload.get("source_name"))),
        customer_id=_id_str(customer.get("id")) if customer is not None else None, orders_count=count,
        checkout_token=_str(payload.get("checkout_token")), cart_token=_str(payload.get("cart_token")),
        test=payload.get("test") is True, occurred_at=_time(payload.get("processed_at")),
        shop_total=_money(payload.get("total_price_set"), payload.get("total_price")))


def _rest_line(li: Any) -> ShopLine:
    if not isinstance(li, Mapping):
        raise PayloadError("a line item is not an object")
    qty = _int(li.get("quantity")) or 0
    unit = _money(li.get("price_set"), li.get("price"))
    if unit is None:
        raise PayloadError("a line item without a price")
    discount = sum(_money(d.get("amount_set"), d.get("amount")) or 0.0
                   for d in _list(li.get("discount_allocations")) if isinstance(d, Mapping))
    per_unit = unit - discount / qty if qty > 0 else unit
    return ShopLine(variant_id=_id_str(li.get("variant_id")), sku=_str(li.get("sku")), quantity=qty,
                    unit_price=_cents(max(0.0, per_unit)), title=_str(li.get("title")) or "")


def order_from_graphql(node: Mapping[str, Any]) -> ShopOrder:
    """One `Order` node of the Admin GraphQL query in shopify_http.PAID_ORDERS_QUERY."""
    oid = _gid_number(node.get("id"))
    if oid is None:
        raise PayloadError("order without an id")
    total = _dig(node, "totalPriceSet", "shopMoney")
    currency = _str(total.get("currencyCode")) if isinstance(total, Mapping) else None
    lines = []
    for li in _list(_dig(node, "lineItems", "nodes")):
        if not isinstance(li, Mapping):
            raise PayloadError("a line item is not an object")
        price = _dig(li, "discountedUnitPriceAfterAllDiscountsSet", "shopMoney") or _dig(
            li, "originalUnitPriceSet", "shopMoney")
        unit = _money(None, price.get("amount")) if isinstance(price, Mapping) else None
        if unit is None:
            raise PayloadError("a line item without a price")
        qty = _int(li.get("quantity")) or 0
        if qty > 0:
            lines.append(ShopLine(variant_id=_gid_number(_dig(li, "variant", "id")), sku=_str(li.get("sku")),
                                  quantity=qty, unit_price=_cents(max(0.0, unit)), title=_str(li.get("name")) or ""))
    visit = _dig(node, "customerJourneySummary", "lastVisit") or _dig(node, "customerJourneySummary", "firstVisit")
    utm: dict[str, str] = {}
    landing = referrer = None
    if isinstance(visit, Mapping):
        landing, referrer = _str(visit.get("landingPage")), _str(visit.get("referrerUrl"))
        params = visit.get("utmParameters")
        if isinstance(params, Mapping):
            utm = {k: v for k, v in ((k, _str(params.get(k))) for k in ("source", "medium", "campaign")) if v}
    customer = node.get("customer") if isinstance(node.get("customer"), Mapping) else None
    return ShopOrder(
        order_id=oid, lines=tuple(lines), currency=currency,
        attribution=Attribution(landing_site=landing, referring_site=referrer, source_name=_str(node.get("sourceName")),
                                utm=utm),
        customer_id=_gid_number(customer.get("id")) if customer is not None else None,
        orders_count=_int(customer.get("numberOfOrders")) if customer is not None else None,  # UnsignedInt64: a string
        test=node.get("test") is True, occurred_at=_time(node.get("processedAt")),
        shop_total=_money(None, total.get("amount")) if isinstance(total, Mapping) else None,
        lines_cut=_dig(node, "lineItems", "pageInfo", "hasNextPage") is True)


@dataclass(frozen=True, slots=True)
class ShopCart:
    """A cart or a checkout, as one delivery describes it."""

    kind: Literal["cart", "checkout"]
    key: str  # the cart token (a checkout's cart_token when it has one, so both are one cart), else its token
    other_key: str | None  # a checkout's own token when `key` is its cart_token
    updated_at: float | None
    lines: tuple[ShopLine, ...]
    currency: str | None
    attribution: Attribution
    customer_id: str | None = None


def cart_from_webhook(topic: str, payload: Mapping[str, Any]) -> ShopCart:
    kind: Literal["cart", "checkout"] = "checkout" if topic.startswith("checkouts/") else "cart"
    token = _str(payload.get("token")) or _id_str(payload.get("id"))
    cart_token = _str(payload.get("cart_token")) if kind == "checkout" else None
    if not token and not cart_token:
        raise PayloadError("no token")
    key = cart_token or token
    assert key is not None
    currency = _str(payload.get("currency"))
    lines = []
    for li in _list(payload.get("line_items")):
        if not isinstance(li, Mapping):
            raise PayloadError("a line item is not an object")
        qty = _int(li.get("quantity")) or 0
        unit = _money(li.get("discounted_price_set"), li.get("discounted_price"))
        if unit is None:
            unit = _money(li.get("price_set"), li.get("price"))
        if unit is None:
            raise PayloadError("a line item without a price")
        discount = sum(_money(d.get("amount_set"), d.get("amount")) or 0.0
                       for d in _list(li.get("discount_allocations")) if isinstance(d, Mapping))
        if currency is None:
            shop_money = _dig(li, "price_set", "shop_money")
            currency = _str(shop_money.get("currency_code")) if isinstance(shop_money, Mapping) else None
        per_unit = unit - discount / qty if qty > 0 else unit
        lines.append(ShopLine(variant_id=_id_str(li.get("variant_id")), sku=_str(li.get("sku")), quantity=qty,
                              unit_price=_cents(max(0.0, per_unit)), title=_str(li.get("title")) or ""))
    customer = payload.get("customer") if isinstance(payload.get("customer"), Mapping) else None
    return ShopCart(kind=kind, key=key, other_key=token if cart_token and token != cart_token else None,
                    updated_at=_time(payload.get("updated_at")), lines=tuple(lines), currency=currency,
                    attribution=Attribution(landing_site=_str(payload.get("landing_site")),
                                            referring_site=_str(payload.get("referring_site")),
                                            source_name=_str(payload.get("source_name"))),
                    customer_id=_id_str(customer.get("id")) if customer is not None else None)


# ------------------------------------------------------------------------------------------- mapper state


@dataclass(frozen=True, slots=True)
class _Line:
    product_id: str
    mapped: bool
    unit_price: float
    added: int  # most units ever seen on this line: what cart_added events have reported
    current: int  # units in the latest state applied


_OUTCOMES: Final[tuple[Literal["open", "ordered", "abandoned"], ...]] = ("open", "ordered", "abandoned")


@dataclass(frozen=True, slots=True)
class _Cart:
    cart_id: str
    viewer_id: str
    channel: p.Channel
    basis: str
    last_activity: float  # the shop's updated_at of the latest state applied (else its receive time)
    stamps: Mapping[str, float]  # kind -> updated_at of the latest state applied from that kind of payload
    lines: Mapping[str, _Line]
    outcome: Literal["open", "ordered", "abandoned"] = "open"

    def record(self) -> dict[str, Any]:
        return {"k": "cart", "id": self.cart_id, "viewer": self.viewer_id, "channel": self.channel,
                "basis": self.basis, "last": self.last_activity, "stamps": dict(self.stamps),
                "outcome": self.outcome,
                "lines": {k: [ln.product_id, ln.mapped, ln.unit_price, ln.added, ln.current]
                          for k, ln in self.lines.items()}}

    @staticmethod
    def from_record(r: Mapping[str, Any]) -> _Cart:
        lines = {str(k): _Line(str(v[0]), bool(v[1]), float(v[2]), int(v[3]), int(v[4]))
                 for k, v in r["lines"].items()}
        channel: p.Channel = next((c for c in p.CHANNELS if c == r["channel"]), "direct")
        outcome: Literal["open", "ordered", "abandoned"] = next(
            (o for o in _OUTCOMES if o == r["outcome"]), "open")
        return _Cart(cart_id=str(r["id"]), viewer_id=str(r["viewer"]), channel=channel, basis=str(r["basis"]),
                     last_activity=float(r["last"]), stamps={str(k): float(v) for k, v in r["stamps"].items()},
                     lines=lines, outcome=outcome)


class ShopifyMapper:
    """Shopify deliveries to protocol events, exactly once across repeats, reordering and restarts.

    Not thread-safe: call it from one thread (the bridge's event loop)."""

    def __init__(self, config: ShopifyConfig, restore: Iterable[Mapping[str, Any]] = ()) -> None:
        self.config = config
        self._seen: OrderedDict[str, None] = OrderedDict()  # delivery ids
        self._orders: OrderedDict[str, None] = OrderedDict()  # order ids emitted
        self._carts: OrderedDict[str, _Cart] = OrderedDict()  # by cart_id, least recently changed first
        self.received: Counter[str] = Counter()  # deliveries (and polled orders) by topic
        self.not_mapped: Counter[str] = Counter()  # by topic: received and turned into no event
        self.not_mapped_reasons: Counter[tuple[str, str]] = Counter()  # (topic, reason)
        self.remarks: Counter[tuple[str, str]] = Counter()  # (topic, remark): mapped, but noteworthy
        for record in restore:
            self._apply_record(record)

    # ---------------------------------------------------------------- public
    def handle(self, delivery: Delivery, now: float) -> Outcome:
        """Decide what one verified delivery means. Changes nothing: see `apply`."""
        topic = delivery.topic or "(no topic)"
        out = Outcome(topic=topic)
        keys = delivery.dedupe_keys()
        if any(k in self._seen for k in keys):
            out.duplicate = True
            out.not_mapped.append("duplicate delivery")
            return out
        out.records.extend({"k": "seen", "key": k} for k in keys)
        cfg = self.config
        if cfg.shop_domain and delivery.shop_domain and delivery.shop_domain.lower() != cfg.shop_domain.lower():
            out.not_mapped.append("another shop's delivery")
            return out
        if topic not in MAPPED_TOPICS:
            out.not_mapped.append(IGNORED_TOPICS.get(topic, "topic not mapped"))
            return out
        try:
            payload = json.loads(delivery.body)
        except (ValueError, UnicodeDecodeError):
            out.not_mapped.append("body is not JSON")
            return out
        if not isinstance(payload, Mapping):
            out.not_mapped.append("body is not a JSON object")
            return out
        try:
            if topic == ORDERS_PAID:
                self._map_order(order_from_webhook(payload), now, out)
            else:
                cart = cart_from_webhook(topic, payload)
                if cart.updated_at is None:
                    cart = replace(cart, updated_at=_time(delivery.triggered_at))
                self._map_cart(cart, now, out)
        except PayloadError as exc:
            out.not_mapped.append(str(exc))
        return out

    def handle_polled(self, order: ShopOrder, now: float) -> Outcome:
        """A paid order from the Admin API poller: the same mapping, deduplicated with the webhooks by order id."""
        out = Outcome(topic=POLL_TOPIC)
        self._map_order(order, now, out)
        return out

    def sweep(self, now: float) -> Outcome:
        """Carts with no paid order `abandon_after_s` after their last update: one cart_abandoned per product,
        reason "inferred_timeout". Call it on a timer (every few seconds) with the live's clock."""
        out = Outcome(topic="sweep")
        limit = now - self.config.abandon_after_s
        for cart in self._carts.values():
            if cart.outcome != "open" or cart.last_activity > limit:
                continue
            for line in cart.lines.values():
                if line.added <= 0:
                    continue
                out.events.append(Emitted(
                    p.CartAbandoned(seq=1, ts=now, cart_id=cart.cart_id, product_id=line.product_id,
                                    viewer_id=cart.viewer_id, channel=cart.channel,
                                    value=_cents(line.added * line.unit_price), reason=INFERRED_TIMEOUT),
                    _unmapped_flag(line.mapped)))
            out.records.append(replace(cart, outcome="abandoned").record())
        return out

    def apply(self, outcome: Outcome) -> None:
        """Make an outcome's state change and count it (after the bridge has persisted it)."""
        for record in outcome.records:
            self._apply_record(record)
        if outcome.topic != "sweep":
            self.received[outcome.topic] += 1
        if not outcome.events and outcome.not_mapped:
            self.not_mapped[outcome.topic] += 1
        for reason in outcome.not_mapped:
            self.not_mapped_reasons[outcome.topic, reason] += 1
        for remark in outcome.remarks:
            self.remarks[outcome.topic, remark] += 1

    def process(self, delivery: Delivery, now: float) -> Outcome:
        """handle + apply, for a caller that persists nothing."""
        out = self.handle(delivery, now)
        self.apply(out)
        return out

    def kept_out(self) -> dict[str, int]:
        """What was received and turned into no event, by topic and why ("orders/paid: test order"): what the
        bridge's /v1/state shows, so that an order missing from the console can be explained."""
        return {f"{topic}: {reason}": n for (topic, reason), n in self.not_mapped_reasons.items()}

    def snapshot(self) -> list[dict[str, Any]]:
        """The records that rebuild the current state: a journal can be rewritten to these (compaction)."""
        return ([{"k": "seen", "key": k} for k in self._seen] + [{"k": "order", "id": o} for o in self._orders]
                + [c.record() for c in self._carts.values()])

    def open_carts(self) -> int:
        return sum(1 for c in self._carts.values() if c.outcome == "open")

    # ---------------------------------------------------------------- orders
    def _map_order(self, order: ShopOrder, now: float, out: Outcome) -> None:
        cfg = self.config
        if order.order_id in self._orders:
            out.not_mapped.append("order already emitted")
            return
        if order.test and not cfg.include_test_orders:
            out.not_mapped.append("test order")
            return
        if order.currency and order.currency.upper() != cfg.currency.upper():
            out.not_mapped.append(f"currency {order.currency}, the live's is {cfg.currency}")
            return
        if not order.lines:
            out.not_mapped.append("no line items")
            return
        items: dict[tuple[str, float], int] = {}
        unmapped: list[str] = []
        for line in order.lines:
            product_id, mapped = self._product(line)
            if not mapped and product_id not in unmapped:
                unmapped.append(product_id)
            items[product_id, line.unit_price] = items.get((product_id, line.unit_price), 0) + line.quantity
        order_items = [p.OrderItem(product_id=pid, quantity=q, unit_price=price) for (pid, price), q in items.items()]
        amount = _cents(sum(it.quantity * it.unit_price for it in order_items))
        channel, basis = channel_of(order.attribution, cfg.store_hosts)
        extra: dict[str, Any] = {"channel_basis": basis}
        if order.orders_count is None:
            extra["new_customer_known"] = False
        if unmapped:
            extra["unmapped_products"] = unmapped
        if order.occurred_at is not None:
            extra["occurred_at"] = order.occurred_at
        if order.shop_total is not None:
            extra["shop_total"] = order.shop_total
        if order.lines_cut:  # its items and amount are those of the lines read; shop_total is the whole order's
            extra["lines_cut"] = True
            out.remarks.append("order with more lines than the poll reads: items and amount are its first lines'")
        cart_id, earlier = self._close_cart_for(order, now, out)
        if earlier == "abandoned":
            extra["after_inferred_abandonment"] = True
            out.remarks.append("order after an inferred abandonment: not linked to its cart")
        elif earlier == "ordered":
            out.remarks.append("second order of one cart: not linked to it")
        customer = (self._pseudo("c-", "customer", order.customer_id) if order.customer_id
                    else self._pseudo("c-", "guest-order", order.order_id))
        ev = p.OrderPlaced(seq=1, ts=now, order_id=f"o-{order.order_id}", customer_id=customer, channel=channel,
                           new_customer=order.orders_count is not None and order.orders_count <= 1,
                           items=order_items, amount=amount, cart_id=cart_id)
        out.events.append(Emitted(ev, extra))
        out.records.append({"k": "order", "id": order.order_id})

    def _cart_ids_of(self, order: ShopOrder) -> list[str]:
        return [self._cart_id(t) for t in (order.cart_token, order.checkout_token) if t]

    def _close_cart_for(self, order: ShopOrder, now: float, out: Outcome) -> tuple[str | None, str | None]:
        """(the cart this order converts, closed as ordered now; the outcome the cart already had). The cart is
        None when the order names none or when its cart already had an outcome: one outcome per cart."""
        ids = self._cart_ids_of(order)
        if not ids:
            return None, None
        for cid in ids:
            cart = self._carts.get(cid)
            if cart is None:
                continue
            if cart.outcome != "open":
                return None, cart.outcome
            out.records.append(replace(cart, outcome="ordered").record())
            return cid, None
        # the order came before any delivery of its cart: remember the cart as ordered, so that its late
        # deliveries still count their lines as added but never make it abandoned
        stub = _Cart(cart_id=ids[0], viewer_id=self._pseudo("v-", "cart", ids[0]), channel="direct", basis="none",
                     last_activity=now, stamps={}, lines={}, outcome="ordered")
        out.records.append(stub.record())
        return ids[0], None

    # ---------------------------------------------------------------- carts
    def _map_cart(self, cart: ShopCart, now: float, out: Outcome) -> None:
        cfg = self.config
        if cart.currency and cart.currency.upper() != cfg.currency.upper():
            out.not_mapped.append(f"currency {cart.currency}, the live's is {cfg.currency}")
            return
        cid = self._cart_id(cart.key)
        state = self._carts.get(cid)
        if state is None and cart.other_key is not None:
            state = self._carts.get(self._cart_id(cart.other_key))
            cid = state.cart_id if state is not None else cid
        stamp = cart.updated_at if cart.updated_at is not None else now
        if state is not None and stamp < state.stamps.get(cart.kind, -math.inf):
            out.not_mapped.append("older than the state already applied")
            return
        channel, basis = channel_of(cart.attribution, cfg.store_hosts)
        if state is None:
            viewer = (self._pseudo("v-", "viewer", cart.customer_id) if cart.customer_id
                      else self._pseudo("v-", "cart", cid))
            state = _Cart(cart_id=cid, viewer_id=viewer, channel=channel, basis=basis, last_activity=stamp,
                          stamps={}, lines={})
        elif basis != "none" and state.basis == "none":
            state = replace(state, channel=channel, basis=basis)  # a checkout knows where the buyer came from
        quantities: dict[str, tuple[ShopLine, int]] = {}
        for line in cart.lines:
            ident = line.variant_id or (f"sku:{line.sku}" if line.sku else f"title:{line.title}")
            prev = quantities.get(ident)
            quantities[ident] = (line, line.quantity + (prev[1] if prev else 0))
        lines = dict(state.lines)
        for ident, ln in lines.items():
            if ident not in quantities:
                lines[ident] = replace(ln, current=0)
        for ident, (line, qty) in quantities.items():
            old = lines.get(ident)
            product_id, mapped = self._product(line)
            added = old.added if old is not None else 0
            if qty > added:
                out.events.append(Emitted(
                    p.CartAdded(seq=1, ts=now, cart_id=cid, product_id=product_id, viewer_id=state.viewer_id,
                                channel=state.channel, unit_price=line.unit_price, quantity=qty - added),
                    {"channel_basis": state.basis, **_unmapped_flag(mapped)}))
            lines[ident] = _Line(product_id=product_id, mapped=mapped, unit_price=line.unit_price,
                                 added=max(added, qty), current=qty)
        new = replace(state, lines=lines, stamps={**state.stamps, cart.kind: stamp},
                      last_activity=max(state.last_activity, stamp))
        if not out.events:
            out.not_mapped.append("no new line" if state.outcome == "open" else f"cart already {state.outcome}")
        elif state.outcome != "open":
            out.remarks.append(f"line added to a cart already {state.outcome}")
        out.records.append(new.record())

    # ---------------------------------------------------------------- helpers
    def _product(self, line: ShopLine) -> tuple[str, bool]:
        """(product id, mapped): the plan's product for the variant id or the SKU, else the shop's SKU."""
        pm = self.config.product_map
        for key in (line.variant_id, line.sku):
            if key and key in pm:
                return pm[key], True
        if line.variant_id and f"gid://shopify/ProductVariant/{line.variant_id}" in pm:
            return pm[f"gid://shopify/ProductVariant/{line.variant_id}"], True
        if line.sku:
            own = line.sku
        elif line.variant_id:
            own = f"variant-{line.variant_id}"
        else:
            own = f"line-{line.title}" if line.title else "line-untitled"
        return own[:128], False

    def _pseudo(self, prefix: str, domain: str, value: str) -> str:
        digest = hmac.new(self.config.pseudonym_key, f"{domain}:{value}".encode(), hashlib.sha256).hexdigest()
        return prefix + digest[:12]

    def _cart_id(self, token: str) -> str:
        return self._pseudo("cart-", "cart-token", token)  # a cart token is a bearer value: never sent as is

    def _apply_record(self, r: Mapping[str, Any]) -> None:
        kind = r.get("k")
        cap = self.config.memory_capacity
        if kind == "seen":
            _remember(self._seen, str(r["key"]), self.config.dedupe_capacity)
        elif kind == "order":
            _remember(self._orders, str(r["id"]), cap)
        elif kind == "cart":
            cart = _Cart.from_record(r)
            self._carts[cart.cart_id] = cart
            self._carts.move_to_end(cart.cart_id)
            while len(self._carts) > cap:
                _, evicted = self._carts.popitem(last=False)
                if evicted.outcome == "open":
                    self.remarks["memory", "open cart forgotten (memory bound): no outcome"] += 1


def _remember(store: OrderedDict[str, None], key: str, capacity: int) -> None:
    store[key] = None
    store.move_to_end(key)
    while len(store) > capacity:
        store.popitem(last=False)


def _unmapped_flag(mapped: bool) -> dict[str, Any]:
    return {} if mapped else {"product_mapped": False}


# ----------------------------------------------------------------------------------------- value readers


def _str(v: Any) -> str | None:
    return v.strip() or None if isinstance(v, str) else None


def _id_str(v: Any) -> str | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return str(v)
    return _str(v)


def _gid_number(v: Any) -> str | None:
    """'gid://shopify/Order/820982911946154508' -> '820982911946154508' (a plain id is kept)."""
    s = _id_str(v)
    return s.rsplit("/", 1)[-1] if s else None


def _int(v: Any) -> int | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, str) and v.strip().isdigit():
        return int(v.strip())
    return None


def _list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else []


def _dig(m: Any, *path: str) -> Any:
    for name in path:
        if not isinstance(m, Mapping):
            return None
        m = m.get(name)
    return m


def _money(money_set: Any, plain: Any) -> float | None:
    """Shop-currency amount: the `*_set.shop_money.amount` when given, else the plain field (a decimal string)."""
    shop = _dig(money_set, "shop_money", "amount")
    for v in (shop, plain):
        if isinstance(v, str | int | float) and not isinstance(v, bool):
            try:
                d = Decimal(str(v))
            except InvalidOperation:
                continue
            if d.is_finite():
                return float(d)
    return None


def _cents(x: float) -> float:
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _time(v: Any) -> float | None:
    """ISO 8601 (Shopify's '2021-12-31T19:00:00-05:00', '2022-01-01T00:00:00.000Z') to Unix seconds."""
    if not isinstance(v, str) or not v.strip():
        return None
    try:
        t = datetime.fromisoformat(v.strip())
    except ValueError:
        return None
    return t.timestamp() if t.tzinfo is not None else None
