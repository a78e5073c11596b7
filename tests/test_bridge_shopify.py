"""The Shopify source of the bridge: signatures, deduplication, mapping, inferred abandonment, the webhook route
over real loopback, and the Admin API poller against a local stand-in of Shopify's documented GraphQL shape.

Expected values are worked out by hand in the comments; signatures are computed here with hmac/hashlib, not
with the module under test. Payloads: tests/data/shopify/ (Shopify's documented samples, see its README).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from console.bridge.shopify import (
    INFERRED_TIMEOUT,
    Attribution,
    Delivery,
    Outcome,
    ShopifyConfig,
    ShopifyMapper,
    channel_of,
    pseudonym_key_from_secret,
    verify_signature,
    webhook_hmac,
)
from console.bridge.shopify_http import (
    CLIENT_ID_ENV,
    SECRET_ENV,
    SECRET_FILE_ENV,
    TOKEN_ENV,
    Secret,
    ShopifyApiError,
    ShopifyWebhook,
    fetch_access_token,
    poll_paid_orders,
    shop_domain_problem,
    shopify_admin_token,
    shopify_client_id,
    shopify_client_secret,
)
from console.protocol import wire as p
from tests.shopify_standin import admin_stand_in, graphql_order

DATA = Path(__file__).parent / "data" / "shopify"
SECRET = "hush-client-secret"
T0 = 1_800_000_000.0  # 2027-01-15T08:00:00+00:00
ISO0 = "2027-01-15T08:00:00+00:00"
PLAN_MAP = {"SKU2006-001": "SUN-AVI", "808950810": "IPOD-NANO", "gid://shopify/ProductVariant/555": "MUG-BLUE"}


def sample(name: str) -> bytes:
    return (DATA / name).read_bytes()


def iso(t: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(t, UTC).isoformat()


def config(**kw: Any) -> ShopifyConfig:
    base: dict[str, Any] = {"currency": "USD", "pseudonym_key": b"pseudonyms", "product_map": PLAN_MAP}
    base.update(kw)
    return ShopifyConfig(**base)


def delivery(topic: str, payload: dict[str, Any] | bytes, webhook_id: str, event_id: str | None = None) -> Delivery:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    return Delivery(topic=topic, body=body, webhook_id=webhook_id, event_id=event_id)


def checkout(token: str, updated: float, lines: list[tuple[int | None, str | None, int, str]], *,
             cart_token: str | None = None, landing: str | None = None, referrer: str | None = None,
             source_name: str = "web", customer: int | None = None) -> dict[str, Any]:
    return {"token": token, "cart_token": cart_token, "updated_at": iso(updated), "currency": "USD",
            "landing_site": landing, "referring_site": referrer, "source_name": source_name,
            "customer": {"id": customer} if customer else None,
            "line_items": [{"variant_id": v, "sku": s, "quantity": q, "price": price, "discount_allocations": []}
                           for v, s, q, price in lines]}


def order(oid: int, lines: list[tuple[int | None, str | None, int, str]], *, checkout_token: str | None = None,
          customer: dict[str, Any] | None = None, landing: str | None = None, referrer: str | None = None,
          source_name: str = "web", test: bool = False) -> dict[str, Any]:
    return {"id": oid, "currency": "USD", "test": test, "checkout_token": checkout_token, "cart_token": None,
            "landing_site": landing, "referring_site": referrer, "source_name": source_name, "customer": customer,
            "processed_at": ISO0, "total_price": "0.00",
            "line_items": [{"variant_id": v, "sku": s, "quantity": q, "price": price, "discount_allocations": []}
                           for v, s, q, price in lines]}


def events_of(out: Outcome) -> list[dict[str, Any]]:
    return [e.to_builtins() for e in out.events]


def wire_check(out: Outcome) -> list[p.Event]:
    """The emitted events, numbered and sent through the console's own decoder: nothing may be rejected."""
    frame = json.dumps([dict(e.to_builtins(), seq=i + 1) for i, e in enumerate(out.events)])
    decoded = p.decode_frame(frame)
    assert decoded.rejected == []
    return decoded.events


# ------------------------------------------------------------------------------------------- signature


def test_the_signature_is_base64_hmac_sha256_of_the_raw_body() -> None:
    # the RFC 4231-style textbook vector: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog")
    # = f7bc83f4...2d1a3cd8 (hex), which in base64 is 97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=
    fox = b"The quick brown fox jumps over the lazy dog"
    assert webhook_hmac(fox, "key") == "97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg="
    assert verify_signature(fox, "97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=", "key")
    body = sample("orders_paid.json")
    expected = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
    assert verify_signature(body, expected, SECRET)
    assert verify_signature(body, f" {expected} ", SECRET)  # stray whitespace from a proxy is tolerated


@pytest.mark.parametrize("case", ["one byte changed", "re-serialised JSON", "hex digest", "wrong secret",
                                  "no header", "empty header", "empty secret", "non-ASCII header"])
def test_a_bad_or_missing_signature_does_not_verify(case: str) -> None:
    body = sample("orders_paid.json")
    digest = hmac.new(SECRET.encode(), body, hashlib.sha256).digest()
    good = base64.b64encode(digest).decode()
    header: str | None = good
    secret, signed = SECRET, body
    if case == "one byte changed":
        signed = body.replace(b'"404.95"', b'"404.96"', 1)
        assert signed != body
    elif case == "re-serialised JSON":  # same data, other bytes: the signature covers the raw body only
        signed = json.dumps(json.loads(body)).encode()
    elif case == "hex digest":
        header = digest.hex()
    elif case == "wrong secret":
        secret = SECRET + "x"
    elif case == "no header":
        header = None
    elif case == "empty header":
        header = ""
    elif case == "empty secret":
        secret = ""
    else:
        header = good[:-2] + "é="
    assert not verify_signature(signed, header, secret)


# -------------------------------------------------------------------------------------- orders/paid


def test_the_documented_orders_paid_sample_becomes_one_order_placed_with_unmapped_skus_kept() -> None:
    mapper = ShopifyMapper(config(include_test_orders=True))  # the sample is a test order
    out = mapper.process(delivery("orders/paid", sample("orders_paid.json"), "w-1"), T0)
    [ev] = wire_check(out)
    assert isinstance(ev, p.OrderPlaced)
    # five lines of one unit each, no discount allocated to a line:
    # 89.99 + 19.99 + 24.99 + 159.99 + 119.99 = 414.95 (the payload's total_line_items_price)
    assert [(i.product_id, i.quantity, i.unit_price) for i in ev.items] == [
        ("SUN-AVI", 1, 89.99), ("LENS-PROTECT-2YR", 1, 19.99), ("CASE-LEATHER-PREM", 1, 24.99),
        ("SKU2006-020", 1, 159.99), ("SKU2006-035", 1, 119.99)]
    assert ev.amount == 414.95
    assert ev.order_id == "o-820982911946154508"
    assert ev.channel == "direct"  # no landing site, no referrer, source_name "web"
    assert ev.cart_id is None  # checkout_token and cart_token are null
    assert ev.ts == T0
    # a pseudonym, never the shop's customer id (115310627314723954), name or e-mail
    key = b"pseudonyms"
    assert ev.customer_id == "c-" + hmac.new(key, b"customer:115310627314723954", hashlib.sha256).hexdigest()[:12]
    raw = json.dumps(events_of(out))
    for personal in ("115310627314723954", "john@example.com", "Smith", "jon@example.com"):
        assert personal not in raw
    extra = out.events[0].extra
    assert extra["unmapped_products"] == ["LENS-PROTECT-2YR", "CASE-LEATHER-PREM", "SKU2006-020", "SKU2006-035"]
    assert extra["new_customer_known"] is False and ev.new_customer is False  # 2026-07 sends no order count
    assert extra["shop_total"] == 404.95  # what the buyer paid: 414.95 - 20.00 discount + 10.00 shipping
    assert extra["occurred_at"] == 1640995200.0  # processed_at 2021-12-31T19:00:00-05:00
    assert extra["channel_basis"] == "source_name=web"
    assert mapper.received["orders/paid"] == 1 and mapper.not_mapped["orders/paid"] == 0


def test_a_test_order_is_not_a_sale_unless_asked_and_is_counted() -> None:
    mapper = ShopifyMapper(config())
    out = mapper.process(delivery("orders/paid", sample("orders_paid.json"), "w-1"), T0)
    assert out.events == []
    assert mapper.not_mapped["orders/paid"] == 1
    assert mapper.not_mapped_reasons["orders/paid", "test order"] == 1


def test_orders_create_is_not_a_placement_and_unknown_topics_are_counted_not_dropped() -> None:
    mapper = ShopifyMapper(config(include_test_orders=True))
    assert mapper.process(delivery("orders/create", sample("orders_paid.json"), "w-1"), T0).events == []
    assert mapper.process(delivery("products/update", b"{}", "w-2"), T0).events == []
    assert mapper.process(delivery("orders/paid", b"not json", "w-3"), T0).events == []
    assert mapper.not_mapped == {"orders/create": 1, "products/update": 1, "orders/paid": 1}
    assert mapper.not_mapped_reasons["orders/create", "created is not paid (orders/paid is the placement)"] == 1
    assert mapper.not_mapped_reasons["products/update", "topic not mapped"] == 1
    assert mapper.not_mapped_reasons["orders/paid", "body is not JSON"] == 1
    # the same order then paid: mapped, orders/create having left no trace
    assert len(mapper.process(delivery("orders/paid", sample("orders_paid.json"), "w-4"), T0).events) == 1


def test_line_discounts_lower_the_unit_price_and_the_amount_adds_up() -> None:
    payload = order(7001, [(None, "SKU2006-001", 2, "100.00"), (None, "OTHER", 3, "10.00")])
    # 30.00 allocated to the first line over 2 units: 100.00 - 15.00 = 85.00 a unit
    # 1.00 over 3 units on the second: 10.00 - 0.333.. = 9.67 (cents, half up)
    payload["line_items"][0]["discount_allocations"] = [{"amount": "30.00"}]
    payload["line_items"][1]["discount_allocations"] = [{"amount_set": {"shop_money": {"amount": "1.00"}}}]
    out = ShopifyMapper(config()).process(delivery("orders/paid", payload, "w-1"), T0)
    [ev] = wire_check(out)
    assert isinstance(ev, p.OrderPlaced)
    assert [(i.product_id, i.quantity, i.unit_price) for i in ev.items] == [("SUN-AVI", 2, 85.0), ("OTHER", 3, 9.67)]
    assert ev.amount == 199.01  # 2 * 85.00 + 3 * 9.67 = 170.00 + 29.01


@pytest.mark.parametrize(("customer", "new", "known"), [
    ({"id": 42, "orders_count": 1}, True, True),  # its first order (older API versions send the count)
    ({"id": 42, "orders_count": 4}, False, True),
    ({"id": 42, "number_of_orders": "1"}, True, True),
    ({"id": 42}, False, False),  # 2025-01 and later: the payload cannot tell
    (None, False, False),  # a guest
])
def test_new_or_returning_customer_only_where_the_payload_says(customer: dict[str, Any] | None, new: bool,
                                                               known: bool) -> None:
    out = ShopifyMapper(config()).process(
        delivery("orders/paid", order(7002, [(None, "X", 1, "5.00")], customer=customer), "w-1"), T0)
    [ev] = wire_check(out)
    assert isinstance(ev, p.OrderPlaced)
    assert ev.new_customer is new
    assert ("new_customer_known" not in out.events[0].extra) is known


def test_an_order_in_another_currency_is_not_summed_into_the_live() -> None:
    mapper = ShopifyMapper(config(currency="EUR"))
    assert mapper.process(delivery("orders/paid", order(7003, [(None, "X", 1, "5.00")]), "w-1"), T0).events == []
    assert mapper.not_mapped_reasons["orders/paid", "currency USD, the live's is EUR"] == 1


# ------------------------------------------------------------------------------------------- dedupe


def test_a_repeated_webhook_id_or_event_id_is_emitted_once() -> None:
    mapper = ShopifyMapper(config())
    first = order(8001, [(None, "SKU2006-001", 1, "89.99")])
    assert len(mapper.process(delivery("orders/paid", first, "w-1", "e-1"), T0).events) == 1
    again = mapper.process(delivery("orders/paid", first, "w-1", "e-1"), T0 + 60)  # Shopify's retry
    assert again.duplicate and again.events == []
    assert mapper.process(delivery("orders/paid", first, "w-2", "e-1"), T0).duplicate  # same event, other id
    # a new delivery id for an order already emitted (a second subscription, or the poller): still one order
    other = mapper.process(delivery("orders/paid", first, "w-3", "e-3"), T0)
    assert not other.duplicate and other.events == []
    assert mapper.not_mapped_reasons["orders/paid", "duplicate delivery"] == 2
    assert mapper.not_mapped_reasons["orders/paid", "order already emitted"] == 1
    assert mapper.received["orders/paid"] == 4 and mapper.not_mapped["orders/paid"] == 3


def test_the_memory_of_delivery_ids_is_bounded() -> None:
    mapper = ShopifyMapper(config(dedupe_capacity=3))
    for i in range(5):
        mapper.process(delivery("products/update", b"{}", f"w-{i}"), T0)
    assert len(mapper.snapshot()) == 3  # w-2, w-3, w-4
    assert not mapper.process(delivery("products/update", b"{}", "w-0"), T0).duplicate  # forgotten
    assert mapper.process(delivery("products/update", b"{}", "w-4"), T0).duplicate


def test_a_restarted_mapper_rebuilt_from_its_records_re_emits_nothing() -> None:
    journal: list[dict[str, Any]] = []
    mapper = ShopifyMapper(config())

    def run(m: ShopifyMapper, d: Delivery, now: float) -> Outcome:
        out = m.handle(d, now)
        journal.extend(json.loads(json.dumps(out.records)))  # what a JSON-lines journal would give back
        m.apply(out)
        return out

    run(mapper, delivery("checkouts/update", checkout("tok-1", T0, [(808950810, "IPOD2008PINK", 1, "199.00")]),
                         "w-1"), T0)
    run(mapper, delivery("orders/paid", order(9001, [(None, "SKU2006-001", 1, "89.99")]), "w-2"), T0)
    restarted = ShopifyMapper(config(), restore=journal)
    assert restarted.handle(delivery("orders/paid", order(9001, [(None, "X", 1, "1.00")]), "w-2"), T0).duplicate
    assert restarted.handle(delivery("orders/paid", order(9001, [(None, "X", 1, "1.00")]), "w-9"), T0).events == []
    same_cart = restarted.handle(delivery("checkouts/update", checkout(
        "tok-1", T0 + 5, [(808950810, "IPOD2008PINK", 1, "199.00")]), "w-10"), T0 + 5)
    assert same_cart.events == []  # the line was added before the restart
    # and the open cart is still swept after the restart
    assert [e.event.reason for e in restarted.sweep(T0 + 1800).events] == [INFERRED_TIMEOUT]  # type: ignore[union-attr]
    assert restarted.snapshot() == ShopifyMapper(config(), restore=restarted.snapshot()).snapshot()


# ------------------------------------------------------------------------------------ carts/checkouts


def test_the_documented_cart_and_checkout_samples_become_cart_added() -> None:
    mapper = ShopifyMapper(config())
    cart = wire_check(mapper.process(delivery("carts/update", sample("carts_update.json"), "w-1"), T0))
    # one line: variant 704912205188288575, SKU example-shirt-s (not in the plan), 3 units at 19.99
    assert [(e.product_id, e.quantity, e.unit_price, e.channel) for e in cart  # type: ignore[union-attr]
            ] == [("example-shirt-s", 3, 19.99, "direct")]
    out = mapper.process(delivery("checkouts/update", sample("checkouts_update.json"), "w-2"), T0)
    # two lines of the same variant 808950810 (mapped to IPOD-NANO), one unit each: one add of 2 units
    [ev] = wire_check(out)
    assert isinstance(ev, p.CartAdded)
    assert (ev.product_id, ev.quantity, ev.unit_price) == ("IPOD-NANO", 2, 199.0)
    assert "product_mapped" not in out.events[0].extra
    assert ev.cart_id.startswith("cart-") and "eeafa272" not in ev.cart_id  # the cart token is not sent as is


def test_out_of_order_and_repeated_checkout_updates_never_double_count() -> None:
    mapper = ShopifyMapper(config())
    a, b, c = (1, "A", 1, "10.00"), (2, "B", 2, "20.00"), (3, "C", 1, "30.00")
    first = mapper.process(delivery("checkouts/create", checkout("t", T0, [a]), "w-1"), T0)
    third = mapper.process(delivery("checkouts/update", checkout("t", T0 + 30, [a, b]), "w-3"), T0 + 31)
    second = mapper.process(delivery("checkouts/update", checkout("t", T0 + 20, [a, c]), "w-2"), T0 + 32)
    repeat = mapper.process(delivery("checkouts/update", checkout("t", T0 + 30, [a, b]), "w-4"), T0 + 33)
    assert [(e["product_id"], e["quantity"]) for e in events_of(first)] == [("A", 1)]
    assert [(e["product_id"], e["quantity"]) for e in events_of(third)] == [("B", 2)]
    assert second.events == [] and repeat.events == []  # older state ignored; same state adds nothing
    assert mapper.not_mapped_reasons["checkouts/update", "older than the state already applied"] == 1
    assert mapper.not_mapped_reasons["checkouts/update", "no new line"] == 1
    # more units of a line: only the difference is added; fewer, then back: nothing (most units ever held)
    more = mapper.process(delivery("checkouts/update", checkout("t", T0 + 40, [a, (2, "B", 5, "20.00")]), "w-5"),
                          T0 + 40)
    assert [(e["product_id"], e["quantity"]) for e in events_of(more)] == [("B", 3)]
    mapper.process(delivery("checkouts/update", checkout("t", T0 + 50, [a]), "w-6"), T0 + 50)
    assert mapper.process(delivery("checkouts/update", checkout("t", T0 + 60, [a, b]), "w-7"), T0 + 60).events == []


def test_a_cart_and_its_checkout_are_one_cart() -> None:
    mapper = ShopifyMapper(config())
    cart = {"id": "cart-token-1", "token": "cart-token-1", "updated_at": iso(T0),
            "line_items": [{"variant_id": 1, "sku": "A", "quantity": 1, "price": "10.00"}]}
    added = mapper.process(delivery("carts/update", cart, "w-1"), T0)
    later = mapper.process(delivery("checkouts/create", checkout(
        "chk-1", T0 + 10, [(1, "A", 1, "10.00"), (2, "B", 1, "5.00")], cart_token="cart-token-1",
        landing="/products/a?utm_source=tiktok&utm_medium=live"), "w-2"), T0 + 10)
    assert [(e["product_id"], e["quantity"]) for e in events_of(added)] == [("A", 1)]
    assert [(e["product_id"], e["quantity"]) for e in events_of(later)] == [("B", 1)]
    assert events_of(later)[0]["cart_id"] == events_of(added)[0]["cart_id"]
    assert events_of(later)[0]["channel"] == "organic"  # the checkout knows where the buyer came from


# ---------------------------------------------------------------------------------- inferred abandonment


def test_a_checkout_with_no_paid_order_is_abandoned_after_the_timeout_and_not_before() -> None:
    mapper = ShopifyMapper(config(abandon_after_s=600))
    lines = [(808950810, "IPOD2008PINK", 2, "199.00"), (9, "NOT-IN-PLAN", 1, "4.50")]
    mapper.process(delivery("checkouts/update", checkout("t", T0, lines), "w-1"), T0 + 1)
    assert mapper.sweep(T0 + 599.9).events == []
    out = mapper.sweep(T0 + 600)  # 600 s after its updated_at
    mapper.apply(out)
    evs = wire_check(out)
    # one per product: 2 x 199.00 = 398.00 and 1 x 4.50
    assert [(e.product_id, e.value, e.reason, e.ts) for e in evs] == [  # type: ignore[union-attr]
        ("IPOD-NANO", 398.0, "inferred_timeout", T0 + 600), ("NOT-IN-PLAN", 4.5, "inferred_timeout", T0 + 600)]
    assert out.events[1].extra == {"product_mapped": False}
    assert mapper.sweep(T0 + 10_000).events == []  # once
    # an update resets the clock: a second cart updated at T0 + 500 is still open at T0 + 1000
    mapper.process(delivery("checkouts/update", checkout("u", T0, [(1, "A", 1, "1.00")]), "w-2"), T0)
    mapper.process(delivery("checkouts/update", checkout("u", T0 + 500, [(1, "A", 1, "1.00")]), "w-3"), T0 + 500)
    assert mapper.sweep(T0 + 1000).events == []
    assert len(mapper.sweep(T0 + 1100).events) == 1


def test_a_paid_order_closes_its_checkout_which_is_then_never_abandoned() -> None:
    mapper = ShopifyMapper(config(abandon_after_s=600))
    added = mapper.process(delivery("checkouts/update", checkout("tok", T0, [(1, "A", 1, "10.00")]), "w-1"), T0)
    out = mapper.process(delivery("orders/paid", order(5001, [(1, "A", 1, "10.00")], checkout_token="tok"), "w-2"),
                         T0 + 100)
    assert events_of(out)[0]["cart_id"] == events_of(added)[0]["cart_id"]
    assert mapper.sweep(T0 + 10_000).events == []
    assert mapper.open_carts() == 0


def test_an_order_after_an_inferred_abandonment_is_kept_but_is_not_a_second_outcome_of_its_cart() -> None:
    mapper = ShopifyMapper(config(abandon_after_s=600))
    mapper.process(delivery("checkouts/update", checkout("tok", T0, [(1, "A", 1, "10.00")]), "w-1"), T0)
    mapper.apply(abandoned := mapper.sweep(T0 + 700))
    assert len(abandoned.events) == 1
    late = mapper.process(delivery("orders/paid", order(5002, [(1, "A", 1, "10.00")], checkout_token="tok"), "w-2"),
                          T0 + 900)
    [ev] = wire_check(late)  # the sale is real: it counts in orders and revenue
    assert isinstance(ev, p.OrderPlaced) and ev.amount == 10.0
    assert ev.cart_id is None  # ... but the cart keeps its one outcome, abandoned
    assert late.events[0].extra["after_inferred_abandonment"] is True
    assert mapper.remarks["orders/paid", "order after an inferred abandonment: not linked to its cart"] == 1
    assert mapper.sweep(T0 + 10_000).events == []


def test_an_order_before_its_checkout_delivery_still_counts_the_add_and_never_abandons() -> None:
    mapper = ShopifyMapper(config(abandon_after_s=600))
    placed = mapper.process(delivery("orders/paid", order(5003, [(1, "A", 1, "10.00")], checkout_token="tok"),
                                     "w-1"), T0)
    late = mapper.process(delivery("checkouts/update", checkout("tok", T0 - 5, [(1, "A", 1, "10.00")]), "w-2"), T0)
    assert [e["type"] for e in events_of(late)] == ["cart_added"]
    assert events_of(late)[0]["cart_id"] == events_of(placed)[0]["cart_id"]
    assert mapper.sweep(T0 + 10_000).events == []


# ------------------------------------------------------------------------------------------- channels


@pytest.mark.parametrize(("attr", "channel", "basis"), [
    (Attribution(landing_site="/products/mug?utm_source=tiktok&utm_medium=live"), "organic", "utm_medium=live"),
    (Attribution(landing_site="/?utm_source=google&utm_medium=cpc&utm_campaign=x"), "paid", "utm_medium=cpc"),
    (Attribution(landing_site="/?utm_medium=Paid_Social"), "paid", "utm_medium=paid_social"),
    (Attribution(landing_site="/?utm_source=newsletter&utm_medium=email"), "direct", "utm_medium=email"),
    (Attribution(landing_site="/?utm_source=facebook_ads"), "paid", "utm_source=facebook_ads"),
    (Attribution(landing_site="/?utm_source=instagram"), "organic", "utm_source=instagram"),
    (Attribution(landing_site="https://shop.example/p?ttclid=E.C.P.x"), "paid", "click_id=ttclid"),
    (Attribution(landing_site="/p?gclid=abc&utm_medium=organic"), "paid", "click_id=gclid"),  # a click id wins
    (Attribution(referring_site="https://www.google.com/"), "organic", "referrer=google.com"),
    (Attribution(referring_site="https://www.googleadservices.com/pagead"), "paid", "referrer=googleadservices.com"),
    (Attribution(referring_site="https://my-shop.myshopify.com/cart", source_name="web"), "direct", "source_name=web"),
    (Attribution(referring_site="https://shop.example/cart", source_name="web"), "direct", "source_name=web"),
    (Attribution(source_name="tiktok"), "organic", "source_name=tiktok"),
    (Attribution(source_name="pos"), "direct", "source_name=pos"),
    (Attribution(), "direct", "none"),
    (Attribution(utm={"source": "tiktok", "medium": "cpc"}), "paid", "utm_medium=cpc"),
])
def test_the_channel_table(attr: Attribution, channel: str, basis: str) -> None:
    assert channel_of(attr, frozenset({"shop.example"})) == (channel, basis)


def test_an_order_carries_the_channel_of_its_utm_parameters() -> None:
    payload = order(6001, [(None, "X", 1, "5.00")], landing="/products/x?utm_source=tiktok&utm_medium=paid_social")
    [ev] = wire_check(ShopifyMapper(config()).process(delivery("orders/paid", payload, "w-1"), T0))
    assert ev.channel == "paid"  # type: ignore[union-attr]


# ---------------------------------------------------------------------------------------- product map


def test_products_map_by_variant_id_or_sku_and_an_unmapped_one_is_kept_under_its_sku() -> None:
    mapper = ShopifyMapper(config())
    out = mapper.process(delivery("checkouts/update", checkout("t", T0, [
        (808950810, "ANY-SKU", 1, "1.00"),  # variant id -> IPOD-NANO
        (None, "SKU2006-001", 1, "1.00"),  # SKU -> SUN-AVI
        (555, None, 1, "1.00"),  # a GraphQL gid key -> MUG-BLUE
        (777, "SHOP-ONLY", 1, "1.00"),  # not in the plan: kept, as the shop's SKU
        (888, None, 1, "1.00"),  # not in the plan and no SKU: the variant id
    ]), "w-1"), T0)
    got = [(e.event.product_id, e.extra.get("product_mapped", True)) for e in out.events]  # type: ignore[union-attr]
    assert got == [("IPOD-NANO", True), ("SUN-AVI", True), ("MUG-BLUE", True), ("SHOP-ONLY", False),
                   ("variant-888", False)]


# ------------------------------------------------------------------------------- the webhook route (HTTP)


@asynccontextmanager
async def serving(app: Starlette) -> AsyncIterator[str]:
    """The app on a real loopback socket (port 0), served by uvicorn on this loop."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", ws="none"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            await asyncio.sleep(0.01)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        await task
        sock.close()


def headers_for(body: bytes, topic: str, webhook_id: str, secret: str = SECRET) -> dict[str, str]:
    sig = base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()
    return {"X-Shopify-Topic": topic, "X-Shopify-Hmac-Sha256": sig, "X-Shopify-Webhook-Id": webhook_id,
            "X-Shopify-Shop-Domain": "my-shop.myshopify.com", "X-Shopify-Triggered-At": ISO0,
            "Content-Type": "application/json"}


def test_the_webhook_route_over_loopback() -> None:
    mapper = ShopifyMapper(config(include_test_orders=True, shop_domain="my-shop.myshopify.com"))
    got: list[Outcome] = []
    failing = {"on": False}

    def on_outcome(out: Outcome) -> None:
        if failing["on"]:
            raise OSError("disk full")
        got.append(out)

    hook = ShopifyWebhook(mapper, Secret(SECRET), on_outcome, clock=lambda: T0)
    app = Starlette(routes=[hook.route()])
    body = sample("orders_paid.json")

    async def go() -> dict[str, int]:
        codes: dict[str, int] = {}
        async with serving(app) as base, httpx.AsyncClient(base_url=base) as client:
            url = "/webhooks/shopify"
            bad = headers_for(body, "orders/paid", "w-bad", secret="not-the-secret")
            codes["bad"] = (await client.post(url, content=body, headers=bad)).status_code
            unsigned = {k: v for k, v in headers_for(body, "orders/paid", "w-x").items() if "Hmac" not in k}
            codes["missing"] = (await client.post(url, content=body, headers=unsigned)).status_code
            tampered = headers_for(body, "orders/paid", "w-t")
            codes["tampered"] = (await client.post(url, content=body + b" ", headers=tampered)).status_code
            failing["on"] = True
            codes["store failed"] = (await client.post(url, content=body, headers=headers_for(
                body, "orders/paid", "w-1"))).status_code
            failing["on"] = False
            codes["retry"] = (await client.post(url, content=body, headers=headers_for(
                body, "orders/paid", "w-1"))).status_code
            codes["duplicate"] = (await client.post(url, content=body, headers=headers_for(
                body, "orders/paid", "w-1"))).status_code
            codes["ignored topic"] = (await client.post(url, content=body, headers=headers_for(
                body, "orders/create", "w-2"))).status_code
            codes["get"] = (await client.get(url)).status_code
        return codes

    codes = asyncio.run(go())
    assert codes == {"bad": 401, "missing": 401, "tampered": 401, "store failed": 503, "retry": 200,
                     "duplicate": 200, "ignored topic": 200, "get": 405}
    # nothing of the refused requests reached the mapper; the failed store left it unchanged, so the retry
    # emitted the order; the duplicate emitted nothing
    assert [len(o.events) for o in got] == [1, 0, 0]
    assert got[0].events[0].event.order_id == "o-820982911946154508"  # type: ignore[union-attr]
    assert got[1].duplicate
    assert hook.stats == {"unauthorized": 3, "failed": 1, "accepted": 2, "duplicate": 1}
    assert mapper.received == {"orders/paid": 2, "orders/create": 1}


def test_the_webhook_route_refuses_an_oversized_body_unread() -> None:
    mapper = ShopifyMapper(config())
    hook = ShopifyWebhook(mapper, Secret(SECRET), lambda _out: None, clock=lambda: T0, max_body=1000)
    body = b"{" + b" " * 2000 + b"}"

    async def go() -> int:
        async with serving(Starlette(routes=[hook.route()])) as base, httpx.AsyncClient(base_url=base) as client:
            r = await client.post("/webhooks/shopify", content=body, headers=headers_for(body, "orders/paid", "w"))
            return r.status_code

    assert asyncio.run(go()) == 413
    assert mapper.received == {}


# ------------------------------------------------------------------------------ the Admin API poller (HTTP)


def test_polling_pages_through_paid_orders_and_the_mapper_emits_each_order_once() -> None:
    seen: list[dict[str, Any]] = []
    pages: dict[str | None, tuple[list[dict[str, Any]], str | None]] = {
        None: ([graphql_order("820982911946154508", "2027-01-15T08:00:01Z"),
                graphql_order("1002", "2027-01-15T08:00:03Z", count="5", sku="NEW-SKU", medium="cpc")], "cur-1"),
        "cur-1": ([graphql_order("1003", "2027-01-15T08:00:02Z", medium=None)], None),
    }
    app = admin_stand_in(pages, seen)

    async def go() -> Any:
        async with serving(app) as base, httpx.AsyncClient() as client:
            return await poll_paid_orders(client, "my-shop.myshopify.com", Secret("shpat_test"),
                                          "2027-01-15T08:00:00Z", page_size=2,
                                          endpoint=f"{base}/admin/api/2026-07/graphql.json")

    polled = asyncio.run(go())
    assert [s["variables"] for s in seen] == [
        {"first": 2, "after": None, "query": "financial_status:paid updated_at:>='2027-01-15T08:00:00Z'"},
        {"first": 2, "after": "cur-1", "query": "financial_status:paid updated_at:>='2027-01-15T08:00:00Z'"}]
    assert polled.pages == 2 and polled.skipped == []
    assert polled.cursor == "2027-01-15T08:00:03Z"  # the newest updatedAt seen
    assert [o.order_id for o in polled.orders] == ["820982911946154508", "1002", "1003"]

    mapper = ShopifyMapper(config(include_test_orders=True))
    mapper.process(delivery("orders/paid", sample("orders_paid.json"), "w-1"), T0)  # came by webhook first
    outs = [mapper.handle_polled(o, T0 + 5) for o in polled.orders]
    for out in outs:
        mapper.apply(out)
    assert outs[0].events == [] and outs[0].not_mapped == ["order already emitted"]  # same order, by its number
    evs = [wire_check(out)[0] for out in outs[1:]]
    assert [(e.order_id, e.channel, e.new_customer, e.amount) for e in evs] == [  # type: ignore[union-attr]
        ("o-1002", "paid", False, 89.99),  # utm_medium=cpc on the last visit; the customer's 5th order
        ("o-1003", "direct", True, 89.99)]  # no utm, a landing page on the shop, source "web"; first order
    assert outs[1].events[0].extra["unmapped_products"] == ["NEW-SKU"]
    assert evs[1].items[0].product_id == "SUN-AVI"  # type: ignore[union-attr]
    assert mapper.received["poll/orders"] == 3


@pytest.mark.parametrize(("answer", "message", "retry_after"), [
    (JSONResponse({"errors": [{"message": "Throttled", "extensions": {"code": "THROTTLED"}}],
                   "extensions": {"cost": {"requestedQueryCost": 502, "throttleStatus": {
                       "maximumAvailable": 2000.0, "currentlyAvailable": 2, "restoreRate": 100.0}}}}),
     "throttled", 5.0),  # (502 - 2) / 100 points a second
    (JSONResponse({"errors": "Not Found"}, status_code=503, headers={"Retry-After": "3"}), "503", 3.0),
    (JSONResponse({"errors": [{"message": "Field 'nope' doesn't exist on type 'Order'"}]}), "query failed", None),
])
def test_polling_reports_the_admin_apis_refusals(answer: Response, message: str, retry_after: float | None) -> None:
    app = admin_stand_in({}, [], lambda: answer)

    async def go(token: str) -> ShopifyApiError:
        async with serving(app) as base, httpx.AsyncClient() as client:
            with pytest.raises(ShopifyApiError) as caught:
                await poll_paid_orders(client, "my-shop.myshopify.com", Secret(token), None,
                                       endpoint=f"{base}/admin/api/2026-07/graphql.json")
            return caught.value

    err = asyncio.run(go("shpat_test"))
    assert message in str(err) and err.retry_after == retry_after
    refused = asyncio.run(go("shpat_wrong"))
    assert "refused the token (401)" in str(refused) and "shpat_wrong" not in str(refused)


def test_polling_refuses_a_bad_shop_cursor_or_a_plain_http_endpoint() -> None:
    async def go(shop: str, since: str | None, endpoint: str | None) -> None:
        async with httpx.AsyncClient() as client:
            await poll_paid_orders(client, shop, Secret("t"), since, endpoint=endpoint)

    with pytest.raises(ValueError, match=r"myshopify\.com"):
        asyncio.run(go("my-shop.com", None, None))
    with pytest.raises(ValueError, match="ISO 8601"):
        asyncio.run(go("my-shop.myshopify.com", "2027-01-15' OR test:true", None))
    with pytest.raises(ValueError, match="https"):
        asyncio.run(go("my-shop.myshopify.com", None, "http://shop.example/admin/api/2026-07/graphql.json"))
    assert shop_domain_problem("my-shop.myshopify.com") == ""


def test_a_dev_dashboard_app_gets_its_admin_token_by_the_client_credentials_grant() -> None:
    forms: list[dict[str, str]] = []

    async def grant(request: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode()).items()}  # form-urlencoded
        forms.append(form)
        if form.get("client_secret") != SECRET:
            return JSONResponse({"error": "invalid_client"}, status_code=400)
        return JSONResponse({"access_token": "shpat_granted", "scope": "read_orders", "expires_in": 86399})

    app = Starlette(routes=[Route("/admin/oauth/access_token", grant, methods=["POST"])])

    async def go(secret: str) -> Any:
        async with serving(app) as base, httpx.AsyncClient() as client:
            return await fetch_access_token(client, "my-shop.myshopify.com", "client-id-1", Secret(secret),
                                            endpoint=f"{base}/admin/oauth/access_token")

    got = asyncio.run(go(SECRET))
    assert got.token.reveal() == "shpat_granted" and got.expires_in == 86399
    assert forms == [{"grant_type": "client_credentials", "client_id": "client-id-1", "client_secret": SECRET}]
    with pytest.raises(ShopifyApiError, match="answered 400") as caught:
        asyncio.run(go("wrong"))
    assert "wrong" not in str(caught.value)
    assert shopify_client_id({CLIENT_ID_ENV: "client-id-1"}) == "client-id-1"


# ----------------------------------------------------------------------------------------------- secrets


def test_secrets_come_from_the_environment_or_a_file_and_never_show(tmp_path: Path) -> None:
    assert shopify_client_secret(environ={SECRET_ENV: " s3cret \n"}).reveal() == "s3cret"
    f = tmp_path / "secret"
    f.write_text("from-file\n")
    assert shopify_client_secret(environ={SECRET_FILE_ENV: str(f), SECRET_ENV: "env"}).reveal() == "from-file"
    assert shopify_admin_token(f, environ={TOKEN_ENV: "env"}).reveal() == "from-file"  # a --...-file flag wins
    assert shopify_admin_token(environ={TOKEN_ENV: "shpat_x"}).reveal() == "shpat_x"
    with pytest.raises(ValueError, match=f"set {TOKEN_ENV}"):
        shopify_admin_token(environ={})
    (tmp_path / "empty").write_text("\n")
    with pytest.raises(ValueError, match="is empty"):
        shopify_client_secret(tmp_path / "empty", environ={})
    with pytest.raises(ValueError, match="cannot read"):
        shopify_client_secret(tmp_path / "absent", environ={})
    secret = Secret("s3cret")
    assert "s3cret" not in repr(secret) and "s3cret" not in str(secret) and "s3cret" not in f"{[secret]}"
    key = pseudonym_key_from_secret("s3cret")
    assert key != b"s3cret" and len(key) == 32
