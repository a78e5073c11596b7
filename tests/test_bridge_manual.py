"""Actions no platform API can take (console/bridge/manual.py): recorded as steps to do by hand with the exact
names, ids and figures, answered "manual", and put on the charts only when the operator confirms them."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from console.bridge.manual import ManualSteps
from console.bridge.server import BridgeConfig, BridgeServer
from console.plan.model import Kit, LiveInfo, Plan, Product, Segment
from console.protocol import wire as p
from console.studio.rules import ActionRefused
from tests.shopify_standin import serving_app

T0 = 1_767_225_600.0
PLAN = Plan(
    live=LiveInfo(id="kitchen-1", title="Kitchen live", currency="EUR"),
    products=[Product(sku="KNIFE-20", name="Chef's knife 20 cm", price=49.90, unit_cost=20.0, stock=40),
              Product(sku="BOARD", name="Oak board", price=30.0, unit_cost=9.0, stock=25),
              Product(sku="PAN", name="Iron pan", price=80.0, unit_cost=31.0, stock=6)],
    kits=[Kit(id="cut-set", name="Cutting set", items=["KNIFE-20", "BOARD"], price=69.90)],
    segments=[Segment(id="intro", title="Welcome"),
              Segment(id="knives", title="Knife skills", products=["KNIFE-20", "BOARD"], demo=True)],
)
TIKTOK_IDS = {"KNIFE-20": "1729384756102938475", "BOARD": "1729384756102938476"}  # PAN: not on TikTok Shop


def desk() -> tuple[ManualSteps, list[float]]:
    """A desk on a clock the test moves (`now[0]`)."""
    now = [T0]
    return ManualSteps(PLAN, TIKTOK_IDS.get, clock=lambda: now[0]), now


def test_a_flash_offer_becomes_steps_in_words_and_nothing_on_the_charts() -> None:
    manual, _ = desk()
    recorded = manual.record("flash_offer", "act-1", {"product_id": "KNIFE-20", "discount_pct": 20.0,
                                                      "duration_s": 300.0})
    assert recorded.events == ()
    assert recorded.details == {
        "status": "manual", "platform": "by_hand", "confirm": "/v1/actions/act-1/confirm",
        "decline": "/v1/actions/act-1/decline",
        "steps": ["In TikTok Shop Seller Center: create a flash deal on 'Chef's knife 20 cm' (TikTok id "
                  "1729384756102938475) at 20% off, 39.92 EUR instead of 49.90 EUR, for 5 min (300 s), starting "
                  "now.",
                  "In TikTok LIVE Studio: pin product 'Chef's knife 20 cm' (TikTok id 1729384756102938475)."]}
    assert [a.action_id for a in manual.to_do()] == ["act-1"]


def test_the_offer_goes_on_the_charts_when_the_operator_confirms_it_and_runs_from_then() -> None:
    manual, now = desk()
    manual.record("flash_offer", "act-1", {"product_id": "KNIFE-20", "discount_pct": 20.0, "duration_s": 300.0})
    now[0] = T0 + 42  # the operator needed 42 s in the app
    done = manual.confirm("act-1")
    assert done.events == (p.OfferStarted(seq=1, ts=T0 + 42, action_id="act-1", product_id="KNIFE-20",
                                          discount_pct=20.0, price=39.92, duration_s=300.0, ends_at=T0 + 342),)
    assert (done.details["status"], done.details["settled_at"], done.details["ends_at"]) == ("done", T0 + 42,
                                                                                            T0 + 342)
    assert manual.to_do() == []
    again = manual.confirm("act-1")  # a double click, a retried request
    assert again.events == () and again.details == done.details

    assert manual.expire_due(T0 + 341.9) == []
    assert manual.expire_due(T0 + 342) == [p.OfferEnded(seq=1, ts=T0 + 342, action_id="act-1",
                                                        product_id="KNIFE-20", reason="expired")]
    assert manual.expire_due(T0 + 999) == []  # once


def test_a_segment_change_tells_the_host_and_pins_the_segments_first_product() -> None:
    manual, now = desk()
    first = manual.record("segment", "act-s1", {"segment_id": "knives"})
    assert first.details["steps"] == [
        "Tell the host: go to script segment 'Knife skills' (knives), with the product demonstration.",
        "In TikTok LIVE Studio: pin product 'Chef's knife 20 cm' (TikTok id 1729384756102938475)."]
    assert manual.record("segment", "act-s2", {"segment_id": "intro"}).details["steps"] == [
        "Tell the host: go to script segment 'Welcome' (intro)."]  # no products: nothing to pin
    now[0] = T0 + 5
    (knives,) = manual.confirm("act-s1").events
    (intro,) = manual.confirm("act-s2", at=T0 + 600).events
    assert knives == p.SegmentChanged(seq=1, ts=T0 + 5, action_id="act-s1", segment_id="knives",
                                      previous_segment_id=None)
    assert intro == p.SegmentChanged(seq=1, ts=T0 + 600, action_id="act-s2", segment_id="intro",
                                     previous_segment_id="knives")  # the segment confirmed on air before it


def test_a_kit_names_each_item_by_its_tiktok_id_and_launches_when_confirmed() -> None:
    manual, _ = desk()
    recorded = manual.record("kit", "act-k", {"kit_id": "cut-set"})
    assert recorded.details["steps"] == [
        "In TikTok Shop Seller Center: create a product bundle 'Cutting set' (kit cut-set) at 69.90 EUR with "
        "'Chef's knife 20 cm' (TikTok id 1729384756102938475), 'Oak board' (TikTok id 1729384756102938476).",
        "In TikTok LIVE Studio: add the bundle 'Cutting set' to the LIVE and pin it."]
    assert manual.confirm("act-k", at=T0 + 9).events == (
        p.KitLaunched(seq=1, ts=T0 + 9, action_id="act-k", kit_id="cut-set", price=69.90,
                      items=["KNIFE-20", "BOARD"]),)


def test_a_product_without_a_tiktok_id_is_named_with_what_the_plan_lacks() -> None:
    manual, _ = desk()
    steps = manual.record("flash_offer", "act-p", {"product_id": "PAN", "discount_pct": 12.5,
                                                   "duration_s": 90.0}).details["steps"]
    assert steps[0] == ("In TikTok Shop Seller Center: create a flash deal on 'Iron pan' (plan product PAN; the "
                        "plan has no TikTok id for it) at 12.5% off, 70.00 EUR instead of 80.00 EUR, for 90 s, "
                        "starting now.")


def test_a_step_not_done_is_never_on_the_charts() -> None:
    manual, _ = desk()
    manual.record("kit", "act-k", {"kit_id": "cut-set"})
    declined = manual.decline("act-k", "TikTok Shop refused the bundle", at=T0 + 30)
    assert declined.events == ()
    assert declined.details | {"steps": []} == {
        "status": "not_done", "platform": "by_hand", "steps": [], "confirm": "/v1/actions/act-k/confirm",
        "decline": "/v1/actions/act-k/decline",
        "settled_at": T0 + 30, "reason": "TikTok Shop refused the bundle"}
    with pytest.raises(ActionRefused) as late:
        manual.confirm("act-k")
    assert (late.value.status, late.value.message) == (
        409, "act-k was recorded as not done (TikTok Shop refused the bundle): start it again instead")
    assert manual.to_do() == []


def test_what_the_operator_confirmed_cannot_be_declined_and_unknown_ids_are_404() -> None:
    manual, _ = desk()
    manual.record("segment", "act-s", {"segment_id": "intro"})
    manual.confirm("act-s")
    with pytest.raises(ActionRefused) as declined:
        manual.decline("act-s")
    assert declined.value.status == 409
    with pytest.raises(ActionRefused) as unknown:
        manual.confirm("act-nope")
    assert (unknown.value.status, unknown.value.code) == (404, "not_found")


@pytest.mark.parametrize(("kind", "params", "field"), [
    ("flash_offer", {"product_id": "WOK", "discount_pct": 10.0, "duration_s": 60.0}, "product_id"),
    ("segment", {"segment_id": "outro"}, "segment_id"),
    ("kit", {"kit_id": "pan-set"}, "kit_id"),
])
def test_what_the_plan_does_not_know_is_refused(kind: str, params: dict[str, Any], field: str) -> None:
    manual, _ = desk()
    with pytest.raises(ActionRefused) as refused:
        manual.record(kind, "act-x", params)
    assert (refused.value.status, refused.value.field) == (422, field) and manual.actions == {}


def test_a_second_offer_on_a_product_whose_confirmed_offer_runs_is_a_conflict() -> None:
    manual, _ = desk()
    offer = {"product_id": "BOARD", "discount_pct": 10.0, "duration_s": 60.0}
    manual.record("flash_offer", "act-1", offer)
    manual.record("flash_offer", "act-2", offer)  # neither is on air yet: both may be recorded
    manual.confirm("act-1", at=T0)
    with pytest.raises(ActionRefused) as refused:
        manual.record("flash_offer", "act-3", offer)
    assert refused.value.status == 409
    manual.expire_due(T0 + 60)
    assert manual.record("flash_offer", "act-3", offer).details["status"] == "manual"


def test_the_action_api_answers_manual_not_accepted_and_emits_nothing() -> None:
    manual, _ = desk()
    # the bridge's own server with no source: its action API, with the manual executor behind it
    live = BridgeServer(BridgeConfig(live_id="L", title="t", token="tok", currency="EUR"), [], now=T0, manual=manual)

    async def press(base: str) -> httpx.Response:
        async with httpx.AsyncClient(base_url=base, headers={"Authorization": "Bearer tok"}) as client:
            return await client.post("/v1/actions/flash-offer", headers={"Idempotency-Key": "pad-1"},
                                     json={"product_id": "KNIFE-20", "discount_pct": 20, "duration_s": 300})

    with serving_app(live.app()) as base:
        reply = asyncio.run(press(base))
    body = reply.json()
    assert reply.status_code == 201 and body["status"] == "manual"
    assert body["confirm"] == f"/v1/actions/{body['action_id']}/confirm" and len(body["steps"]) == 2
    assert live.log.last_seq == 1  # live_started only: no offer_started until the operator confirms
    assert [a.action_id for a in manual.to_do()] == [body["action_id"]]
