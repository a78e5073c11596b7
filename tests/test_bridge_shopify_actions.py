"""Flash offers on a real shop (console/bridge/shopify_actions.py), against a stand-in of Shopify's Admin GraphQL API
on real loopback (tests/shopify_standin.py): the discount created with the right times, GIDs and percentage, ended
early or at expiry, and every refusal said in a sentence that tells whether a discount exists."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import httpx
import msgspec
import pytest

from console.bridge.manual import Executed
from console.bridge.shopify_actions import ShopifyFlashOffers
from console.bridge.shopify_http import TOKEN_ENV, Secret
from console.plan.model import LiveInfo, Plan, Product
from console.protocol import wire as p
from console.studio.rules import ActionRefused
from tests.shopify_standin import TOKEN, ShopifyStandIn, serving

SHOP = "kitchen-live.myshopify.com"
T0 = 1_767_225_600.4  # 2026-01-01T00:00:00.4Z
KNIFE_VARIANTS = ["gid://shopify/ProductVariant/4242", "gid://shopify/ProductVariant/4243"]
BOARD_PRODUCT = ["gid://shopify/Product/77"]
PLAN = Plan(live=LiveInfo(id="kitchen-1", title="Kitchen live", currency="EUR"), products=[
    Product(sku="KNIFE-20", name="Chef's knife 20 cm", price=49.90, unit_cost=20.0, stock=40),
    Product(sku="BOARD", name="Oak board", price=30.0, unit_cost=9.0, stock=25),
    Product(sku="PAN", name="Iron pan", price=80.0, unit_cost=31.0, stock=6),  # not on the shop
])
PLATFORM_IDS: dict[str, list[str]] = {"KNIFE-20": KNIFE_VARIANTS, "BOARD": BOARD_PRODUCT}


def resolve(product_id: str) -> Sequence[str]:
    return PLATFORM_IDS.get(product_id, [])


def standin(**options: Any) -> ShopifyStandIn:
    return ShopifyStandIn(catalogue={*KNIFE_VARIANTS, *BOARD_PRODUCT}, **options)


class Clock:
    """The wall clock the executor reads, moved by the test; `waits` are the throttling waits it asked for."""

    def __init__(self) -> None:
        self.now = T0
        self.waits: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


Script = Callable[[ShopifyFlashOffers, Clock], Awaitable[Any]]


def run(shop: ShopifyStandIn, script: Script, *, token: str = TOKEN, url: str | None = None,
        read_timeout: float = 10.0) -> tuple[Any, Clock]:
    """Run `script` against an executor pointed at the stand-in (or at `url`)."""
    clock = Clock()

    async def go(endpoint: str) -> Any:
        async with httpx.AsyncClient(timeout=httpx.Timeout(10.0, read=read_timeout)) as client:
            offers = ShopifyFlashOffers(client, SHOP, Secret(token), PLAN, resolve, clock=lambda: clock.now,
                                        sleep=clock.sleep, endpoint=endpoint)
            return await script(offers, clock)

    if url is not None:
        return asyncio.run(go(url)), clock
    with serving(shop) as endpoint:
        return asyncio.run(go(endpoint)), clock


def refusal(shop: ShopifyStandIn, script: Script, **kwargs: Any) -> ActionRefused:
    async def expect(offers: ShopifyFlashOffers, clock: Clock) -> ActionRefused:
        with pytest.raises(ActionRefused) as caught:
            await script(offers, clock)
        return caught.value

    refused, _ = run(shop, expect, **kwargs)
    assert isinstance(refused, ActionRefused)
    return refused


def knife_offer(offers: ShopifyFlashOffers, _clock: Clock) -> Awaitable[Executed]:
    return offers.start("act-1", "KNIFE-20", 20, 300)


def sent(shop: ShopifyStandIn) -> list[dict[str, Any]]:
    return [json.loads(r["body"]) for r in shop.requests]


# ------------------------------------------------------------------------------------------------ the offer


def test_a_flash_offer_becomes_an_automatic_discount_from_now_to_now_plus_its_duration() -> None:
    shop = standin()
    started, _ = run(shop, knife_offer)

    (request,) = shop.requests
    assert request["token"] == TOKEN and request["content_type"] == "application/json"
    (body,) = sent(shop)
    assert "discountAutomaticBasicCreate(automaticBasicDiscount: $automaticBasicDiscount)" in body["query"]
    # now = 00:00:00.4 -> starts at the whole second Shopify keeps, 00:00:00; ends 300 s later, 00:05:00
    assert body["variables"] == {"automaticBasicDiscount": {
        "title": "Live flash offer: 20% off Chef's knife 20 cm (act-1)",
        "startsAt": "2026-01-01T00:00:00Z", "endsAt": "2026-01-01T00:05:00Z",
        "customerGets": {"value": {"percentage": 0.2},
                         "items": {"products": {"productVariantsToAdd": KNIFE_VARIANTS}}}}}

    assert started.details == {
        "status": "accepted", "platform": "shopify", "discount_id": "gid://shopify/DiscountAutomaticNode/1001",
        "discount_title": "Live flash offer: 20% off Chef's knife 20 cm (act-1)", "product_id": "KNIFE-20",
        "price": 39.92,  # 49.90 x 0.8
        "shopify_ids": KNIFE_VARIANTS, "starts_at": 1_767_225_600.0, "ends_at": 1_767_225_900.0}
    (event,) = started.events
    assert event == p.OfferStarted(seq=1, ts=T0, action_id="act-1", product_id="KNIFE-20", discount_pct=20.0,
                                   price=39.92, duration_s=300.0, ends_at=1_767_225_900.0)
    assert msgspec.json.decode(p.encode(event), type=p.Event) == event  # a valid v1 event on the wire
    (discount,) = shop.discounts.values()
    assert (discount.status, discount.variants, discount.percentage) == ("ACTIVE", KNIFE_VARIANTS, 0.2)


def test_a_whole_product_is_sent_as_a_product_and_the_percentage_as_a_fraction() -> None:
    shop = standin()
    run(shop, lambda offers, _: offers.start("act-2", "BOARD", 15, 90))
    (body,) = sent(shop)
    given = body["variables"]["automaticBasicDiscount"]
    assert given["customerGets"] == {"value": {"percentage": 0.15},
                                     "items": {"products": {"productsToAdd": BOARD_PRODUCT}}}
    assert (given["startsAt"], given["endsAt"]) == ("2026-01-01T00:00:00Z", "2026-01-01T00:01:30Z")


def test_the_same_action_again_answers_the_same_discount_and_sends_nothing() -> None:
    shop = standin()

    async def twice(offers: ShopifyFlashOffers, clock: Clock) -> tuple[Executed, Executed, Executed]:
        together = await asyncio.gather(knife_offer(offers, clock), knife_offer(offers, clock))
        return together[0], together[1], await knife_offer(offers, clock)

    (first, concurrent, later), _ = run(shop, twice)
    assert len(shop.requests) == 1 and len(shop.discounts) == 1
    assert first.details == concurrent.details == later.details
    assert [len(first.events), len(concurrent.events), len(later.events)] == [1, 0, 0]  # on the charts once


def test_the_operator_ends_an_offer_early_and_shopify_deactivates_it() -> None:
    shop = standin()

    async def start_then_end(offers: ShopifyFlashOffers, clock: Clock) -> tuple[Executed, Executed]:
        await knife_offer(offers, clock)
        clock.now = T0 + 60
        ended = await offers.end("act-1", "replaced")
        return ended, await offers.end("act-1", "replaced")

    (ended, again), _ = run(shop, start_then_end)
    _create, deactivate = sent(shop)
    assert "discountAutomaticDeactivate(id: $id)" in deactivate["query"]
    assert deactivate["variables"] == {"id": "gid://shopify/DiscountAutomaticNode/1001"}
    assert shop.discounts["gid://shopify/DiscountAutomaticNode/1001"].status == "EXPIRED"
    assert ended.events == (p.OfferEnded(seq=1, ts=T0 + 60, action_id="act-1", product_id="KNIFE-20",
                                         reason="replaced"),)
    assert (ended.details["ended_at"], ended.details["end_reason"]) == (T0 + 60, "replaced")
    assert again.events == () and len(shop.requests) == 2  # ended once


def test_an_offer_shopify_ends_at_its_endsat_is_reported_once_without_a_call() -> None:
    shop = standin()

    async def expire(offers: ShopifyFlashOffers, clock: Clock) -> tuple[list[p.Event], list[p.Event], Executed]:
        await knife_offer(offers, clock)
        before = offers.expire_due(1_767_225_899.9)
        at_end = offers.expire_due(1_767_225_900.0)
        clock.now = 1_767_225_950.0
        return before, at_end, await offers.end("act-1")

    (before, at_end, end), _ = run(shop, expire)
    assert before == []
    assert at_end == [p.OfferEnded(seq=1, ts=1_767_225_900.0, action_id="act-1", product_id="KNIFE-20",
                                   reason="expired")]
    assert end.events == () and end.details["end_reason"] == "expired" and len(shop.requests) == 1


def test_ending_an_offer_after_its_endsat_reports_it_expired_without_a_call() -> None:
    shop = standin()

    async def late_stop(offers: ShopifyFlashOffers, clock: Clock) -> Executed:
        await knife_offer(offers, clock)
        clock.now = 1_767_225_930.0
        return await offers.end("act-1", "replaced")

    ended, _ = run(shop, late_stop)
    assert ended.events == (p.OfferEnded(seq=1, ts=1_767_225_900.0, action_id="act-1", product_id="KNIFE-20",
                                         reason="expired"),)
    assert len(shop.requests) == 1 and shop.discounts["gid://shopify/DiscountAutomaticNode/1001"].status == "ACTIVE"


def test_end_all_deactivates_every_running_offer_when_the_live_ends() -> None:
    shop = standin()

    async def live_ends(offers: ShopifyFlashOffers, clock: Clock) -> tuple[list[p.Event], list[str]]:
        await knife_offer(offers, clock)
        await offers.start("act-2", "BOARD", 10, 600)
        clock.now = T0 + 400  # the knife's offer ran out at +299.6; the board's runs until +599.6
        return await offers.end_all()

    (events, problems), _ = run(shop, live_ends)
    assert problems == []
    assert events == [
        p.OfferEnded(seq=1, ts=1_767_225_900.0, action_id="act-1", product_id="KNIFE-20", reason="expired"),
        p.OfferEnded(seq=1, ts=T0 + 400, action_id="act-2", product_id="BOARD", reason="live_ended")]
    assert len(shop.requests) == 3  # two creates, one deactivation: the expired one needs none


# ------------------------------------------------------------------------------------------ the refusals


def test_shopify_user_errors_refuse_the_offer_with_shopifys_words() -> None:
    shop = ShopifyStandIn(catalogue={KNIFE_VARIANTS[0], *BOARD_PRODUCT})  # variant 4243 is not on the shop
    refused = refusal(shop, knife_offer)
    assert (refused.status, refused.code) == (422, "rejected_by_shopify")
    assert refused.message == ("Shopify refused the discount: ProductVariant gid://shopify/ProductVariant/4243 "
                               "does not exist (automaticBasicDiscount.customerGets.items.products."
                               "productVariantsToAdd)")
    assert shop.discounts == {}


def test_a_shop_at_its_limit_of_active_discounts_is_a_conflict() -> None:
    shop = standin(max_active=1)

    async def second(offers: ShopifyFlashOffers, clock: Clock) -> Executed:
        await knife_offer(offers, clock)
        return await offers.start("act-2", "BOARD", 10, 60)

    refused = refusal(shop, second)
    assert (refused.status, refused.code) == (409, "conflict")
    assert "Only 1 automatic discounts can be active" in refused.message and len(shop.discounts) == 1


def test_a_second_offer_on_a_product_whose_offer_runs_is_refused_before_shopify() -> None:
    shop = standin()

    async def second(offers: ShopifyFlashOffers, clock: Clock) -> Executed:
        await knife_offer(offers, clock)
        clock.now = T0 + 100
        return await offers.start("act-9", "KNIFE-20", 30, 60)

    refused = refusal(shop, second)
    assert (refused.status, refused.code, refused.field) == (409, "conflict", "product_id")
    assert "until 2026-01-01T00:05:00Z" in refused.message and len(shop.requests) == 1


@pytest.mark.parametrize(("product_id", "code", "words"), [
    ("PAN", "not_on_shop", "the plan maps no Shopify product or variant to PAN ('Iron pan')"),
    ("WOK", "invalid", "the plan has no product 'WOK'"),
])
def test_a_product_the_shop_does_not_have_is_refused_without_a_call(product_id: str, code: str,
                                                                   words: str) -> None:
    shop = standin()
    refused = refusal(shop, lambda offers, _: offers.start("act-3", product_id, 20, 60))
    assert (refused.status, refused.code, refused.field) == (422, code, "product_id")
    assert words in refused.message and shop.requests == []


def test_throttling_is_waited_out_as_shopify_asks() -> None:
    shop = standin(throttle_next=1, throttle_cost=(110.0, 10.0, 50.0))
    started, clock = run(shop, knife_offer)
    assert clock.waits == [2.0]  # (110 requested - 10 available) / 50 restored a second
    assert len(shop.requests) == 2 and len(shop.discounts) == 1
    assert started.details["discount_id"] == "gid://shopify/DiscountAutomaticNode/1001"


def test_a_429_is_waited_out_for_its_retry_after() -> None:
    shop = standin(throttle_next=1, throttle_with_429=True)
    started, clock = run(shop, knife_offer)
    assert clock.waits == [2.0] and started.details["status"] == "accepted" and len(shop.discounts) == 1


def test_throttling_longer_than_an_action_can_wait_is_refused_with_nothing_created() -> None:
    shop = standin(throttle_next=2, throttle_cost=(110.0, 10.0, 50.0))

    async def expect(offers: ShopifyFlashOffers, clock: Clock) -> tuple[ActionRefused, list[float]]:
        with pytest.raises(ActionRefused) as caught:
            await knife_offer(offers, clock)
        return caught.value, clock.waits

    (refused, waits), _ = run(shop, expect)
    assert waits == [2.0]  # 2 s waited; 2 more would pass the 3 s an action may wait
    assert (refused.status, refused.code) == (503, "shopify_busy")
    assert refused.message == ("Shopify is throttling this app's requests: no discount was created; try again "
                               "in 2 s")
    assert len(shop.requests) == 2 and shop.discounts == {}


def test_a_wrong_token_is_a_clear_refusal_that_never_shows_the_token() -> None:
    shop = standin()
    refused = refusal(shop, knife_offer, token="shpat_revoked_but_secret")
    assert (refused.status, refused.code) == (502, "shopify_token")
    assert "(401)" in refused.message and TOKEN_ENV in refused.message and "no discount was created" in \
        refused.message
    assert "shpat_revoked_but_secret" not in refused.message and shop.discounts == {}


def test_an_app_without_the_discount_scope_is_told_which_scope() -> None:
    shop = standin(scopes={"read_orders"})
    refused = refusal(shop, knife_offer)
    assert (refused.status, refused.code) == (502, "shopify_scope")
    assert "write_discounts" in refused.message and "no discount was created" in refused.message


def test_an_unreachable_shop_is_refused_as_nothing_done() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    refused = refusal(standin(), knife_offer, url=f"http://127.0.0.1:{port}/admin/api/2026-07/graphql.json")
    assert (refused.status, refused.code) == (502, "shopify_unreachable")
    assert refused.message.startswith(f"the bridge could not reach {SHOP} (ConnectError): no discount was created")


def test_a_lost_answer_is_an_unknown_outcome_and_the_action_is_never_sent_twice() -> None:
    shop = standin(lose_next_answer=True)

    async def twice(offers: ShopifyFlashOffers, clock: Clock) -> list[ActionRefused]:
        out = []
        for _ in range(2):
            with pytest.raises(ActionRefused) as caught:
                await knife_offer(offers, clock)
            out.append(caught.value)
        return out

    (first, retried), _ = run(shop, twice, read_timeout=0.5)
    assert (first.status, first.code) == (504, "outcome_unknown")
    assert first.message == ("Shopify did not answer (ReadTimeout): look in the Shopify admin, Discounts, for "
                             "“Live flash offer: 20% off Chef's knife 20 cm (act-1)” before starting this offer "
                             "again (end it there if it is not wanted)")
    assert retried.message == first.message and len(shop.requests) == 1
    assert len(shop.discounts) == 1  # Shopify did make it: saying "refused" would have been a lie


def test_a_server_error_on_create_is_an_unknown_outcome() -> None:
    refused = refusal(standin(fail_next_with=503), knife_offer)
    assert (refused.status, refused.code) == (504, "outcome_unknown")
    assert refused.message.startswith("Shopify failed (HTTP 503): look in the Shopify admin")


# ------------------------------------------------------------------------------------- no token, no start


def test_the_executor_refuses_to_start_without_a_token() -> None:
    async def build(environ: dict[str, str]) -> ShopifyFlashOffers:
        async with httpx.AsyncClient() as client:
            return ShopifyFlashOffers.from_environment(client, SHOP, PLAN, resolve, environ=environ)

    with pytest.raises(ValueError, match=f"no Shopify Admin API token: set {TOKEN_ENV}"):
        asyncio.run(build({}))
    built = asyncio.run(build({TOKEN_ENV: TOKEN}))
    assert built.token == Secret(TOKEN) and TOKEN not in repr(built)


@pytest.mark.parametrize(("shop", "endpoint", "words"), [
    ("kitchen-live.com", None, r"myshopify\.com"),
    (SHOP, "http://shop.example/admin/api/2026-07/graphql.json", "https"),
])
def test_the_executor_refuses_a_wrong_shop_or_a_plain_http_endpoint(shop: str, endpoint: str | None,
                                                                    words: str) -> None:
    async def build() -> None:
        async with httpx.AsyncClient() as client:
            ShopifyFlashOffers(client, shop, Secret(TOKEN), PLAN, resolve, endpoint=endpoint)

    with pytest.raises(ValueError, match=words):
        asyncio.run(build())
