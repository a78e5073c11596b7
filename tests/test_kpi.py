"""KPI engine: every metric checked against numbers worked out by hand on small, fixed event lists."""

from __future__ import annotations

import itertools
import math
import pickle
from collections.abc import Iterator

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.kpi.engine import NO_SEGMENT, KpiEngine
from console.kpi.snapshot import KpiSnapshot, ProductStats, project
from console.plan.model import Plan, parse_plan
from console.protocol import wire as pr

# --------------------------------------------------------------------------------------------------------
# Event builders: seq is irrelevant to the engine, so a module-wide counter keeps it valid and out of sight.

_seq: Iterator[int] = itertools.count(1)


def live_started(ts: float) -> pr.LiveStarted:
    return pr.LiveStarted(seq=next(_seq), ts=ts, live_id="live-1", title="Test live")


def join(ts: float, viewer: str, channel: pr.Channel = "organic") -> pr.ViewerJoined:
    return pr.ViewerJoined(seq=next(_seq), ts=ts, viewer_id=viewer, channel=channel)


def leave(ts: float, viewer: str, channel: pr.Channel = "organic") -> pr.ViewerLeft:
    return pr.ViewerLeft(seq=next(_seq), ts=ts, viewer_id=viewer, channel=channel, dwell_s=1.0)


def count(ts: float, viewers: int, **by_channel: int) -> pr.ViewerCount:
    return pr.ViewerCount(seq=next(_seq), ts=ts, viewers=viewers, total_viewers=viewers,
                          by_channel=by_channel)  # type: ignore[arg-type]


def chat(ts: float, viewer: str, product: str | None = None) -> pr.ChatMessage:
    return pr.ChatMessage(seq=next(_seq), ts=ts, viewer_id=viewer, text="hi", product_id=product)


def impression(ts: float, product: str, viewer: str = "v1") -> pr.ProductImpression:
    return pr.ProductImpression(seq=next(_seq), ts=ts, product_id=product, viewer_id=viewer,
                                channel="organic")


def click(ts: float, product: str, viewer: str = "v1") -> pr.ProductClick:
    return pr.ProductClick(seq=next(_seq), ts=ts, product_id=product, viewer_id=viewer, channel="organic")


def cart(ts: float, cart_id: str, product: str, price: float = 10.0, qty: int = 1) -> pr.CartAdded:
    return pr.CartAdded(seq=next(_seq), ts=ts, cart_id=cart_id, product_id=product, viewer_id="v1",
                        channel="organic", unit_price=price, quantity=qty)


def abandon(ts: float, cart_id: str, product: str) -> pr.CartAbandoned:
    return pr.CartAbandoned(seq=next(_seq), ts=ts, cart_id=cart_id, product_id=product, viewer_id="v1",
                            channel="organic", value=10.0)


def order(ts: float, order_id: str, customer: str, items: list[tuple[str, int, float]], amount: float, *,
          channel: pr.Channel = "organic", new: bool = True) -> pr.OrderPlaced:
    """items: (product, quantity, unit price); amount is given by the test, as the platform would send it."""
    return pr.OrderPlaced(
        seq=next(_seq), ts=ts, order_id=order_id, customer_id=customer, channel=channel, new_customer=new,
        items=[pr.OrderItem(product_id=p, quantity=q, unit_price=u) for p, q, u in items], amount=amount)


def stock(ts: float, product: str, left: int) -> pr.StockChanged:
    return pr.StockChanged(seq=next(_seq), ts=ts, product_id=product, stock=left)


def sold_out(ts: float, product: str) -> pr.SoldOut:
    return pr.SoldOut(seq=next(_seq), ts=ts, product_id=product)


def spend(ts: float, amount: float) -> pr.AdSpend:
    return pr.AdSpend(seq=next(_seq), ts=ts, amount=amount)


def offer(ts: float, action: str, product: str, pct: float, ends_at: float) -> pr.OfferStarted:
    return pr.OfferStarted(seq=next(_seq), ts=ts, action_id=action, product_id=product, discount_pct=pct,
                           price=50.0, duration_s=ends_at - ts, ends_at=ends_at)


def offer_end(ts: float, action: str, product: str) -> pr.OfferEnded:
    return pr.OfferEnded(seq=next(_seq), ts=ts, action_id=action, product_id=product)


def segment(ts: float, action: str, seg: str, previous: str | None = None) -> pr.SegmentChanged:
    return pr.SegmentChanged(seq=next(_seq), ts=ts, action_id=action, segment_id=seg,
                             previous_segment_id=previous)


def kit(ts: float, action: str, kit_id: str, items: list[str]) -> pr.KitLaunched:
    return pr.KitLaunched(seq=next(_seq), ts=ts, action_id=action, kit_id=kit_id, price=99.0, items=items)


PLAN_TOML = """
[live]
id = "test-live"
title = "Test live"
duration_min = 60

[goals]
gmv = 20000.0
orders = 160
conversion = 0.5
peak_viewers = 8
roas = 4.0
max_cart_abandonment = 0.3

[[products]]
sku = "KNIFE"
name = "Chef knife"
price = 89.0
unit_cost = 34.0
stock = 10

[[products]]
sku = "BOARD"
name = "Oak board"
price = 45.0
unit_cost = 14.0
stock = 3

[[products]]
sku = "TOWEL"
name = "Tea towels"
price = 19.0
unit_cost = 5.0
stock = 50

[[segments]]
id = "intro"
title = "Intro"

[[segments]]
id = "knife-demo"
title = "Knife demo"
products = ["KNIFE"]
"""


@pytest.fixture
def plan() -> Plan:
    return parse_plan(PLAN_TOML)


def story() -> list[pr.Event]:
    """Seventy seconds of a live: t0 = 1000, minute 0 = ts 1000-1059, minute 1 = ts 1060-1070."""
    return [
        live_started(1000.0),
        segment(1000.0, "seg-1", "intro"),
        join(1001.0, "v1", "organic"),
        join(1002.0, "v2", "paid"),
        join(1003.0, "v3", "paid"),
        join(1004.0, "v1", "organic"),  # re-entry: a view, not a new viewer
        join(1005.0, "v4", "paid"),
        leave(1006.0, "v2", "paid"),
        chat(1010.0, "v1"),
        chat(1011.0, "v3", product="KNIFE"),
        impression(1012.0, "KNIFE"), impression(1012.0, "KNIFE"), impression(1013.0, "KNIFE"),
        impression(1013.0, "KNIFE"), impression(1013.0, "BOARD"), impression(1013.0, "BOARD"),
        click(1014.0, "KNIFE"), click(1015.0, "KNIFE"), click(1016.0, "KNIFE"), click(1017.0, "BOARD"),
        cart(1018.0, "c1", "KNIFE", 89.0), cart(1019.0, "c2", "KNIFE", 89.0),
        cart(1019.0, "c3", "BOARD", 45.0, 2),
        count(1020.0, 7, organic=3, paid=4),
        spend(1025.0, 50.0),
        abandon(1028.0, "c2", "KNIFE"),
        order(1030.0, "o1", "cust-a", [("KNIFE", 1, 89.0)], 89.0, channel="organic", new=True),
        order(1040.0, "o2", "cust-b", [("KNIFE", 1, 89.0), ("BOARD", 2, 45.0)], 179.0, channel="paid",
              new=False),
        offer(1050.0, "OFF-1", "KNIFE", 20.0, ends_at=1350.0),
        spend(1055.0, 25.0),
        segment(1060.0, "seg-2", "knife-demo", previous="intro"),
        kit(1062.0, "kit-1", "kit-knife-care", ["KNIFE", "TOWEL"]),
        count(1065.0, 6, organic=2, paid=4),
        chat(1066.0, "v4"),
        # cust-a's second order says new_customer=False: they still count as new, by their first order
        order(1070.0, "o3", "cust-a", [("TOWEL", 1, 19.0)], 19.0, channel="paid", new=False),
    ]


@pytest.fixture
def snap(plan: Plan) -> KpiSnapshot:
    engine = KpiEngine(plan)
    engine.apply_many(story())
    return engine.snapshot()


def product(s: KpiSnapshot, sku: str) -> ProductStats:
    return next(p for p in s.products if p.sku == sku)


# --------------------------------------------------------------------------------------------------------
# Whole-live metrics


@pytest.mark.parametrize(("field", "expected"), [
    ("started_at", 1000.0),
    ("now_ts", 1070.0),  # the last event
    ("elapsed_s", 70.0),  # 1070 - 1000
    ("events", 35),
    ("viewers_now", 6),  # latest viewer_count
    ("peak_viewers", 7),  # viewer_count 7 beats joins - leaves, which peaked at 5
    ("entered", 4),  # v1, v2, v3, v4
    ("views", 5),  # five viewer_joined, v1 twice
    ("gmv", 287.0),  # 89 + 179 + 19
    ("orders", 3),
    ("units", 5),  # 1 + (1 + 2) + 1
    ("buyers", 2),  # cust-a, cust-b
    ("conversion", 0.5),  # 2 buyers / 4 entered
    ("orders_per_min", 3),  # o1 (s30), o2 (s40), o3 (s70) all in s11..s70
    ("sales_per_min", 287.0),
    ("avg_order_value", 287.0 / 3),  # GMV / orders = 95.67
    ("aov", 143.5),  # 287 / 2 buyers
    ("gpm", 57400.0),  # 287 * 1000 / 5 views
    ("uv_value", 71.75),  # 287 / 4 entered
    ("cart_adds", 3),
    ("cart_abandons", 1),
    ("cart_abandonment", 1 / 3),  # 1 abandoned / 3 added
    ("chat_messages", 3),
    ("chat_per_min", 2),  # s11 and s66 are in s11..s70; s10 is not
    ("chatters", 3),  # v1, v3, v4
    ("engagement_rate", 0.75),  # 3 chatters / 4 entered
    ("ad_spend", 75.0),  # 50 + 25
    ("paid_revenue", 198.0),  # o2 179 + o3 19
    ("roas", 2.64),  # 198 / 75
    ("new_buyers", 1),  # cust-a (first order new)
    ("returning_buyers", 1),  # cust-b
    ("new_revenue", 108.0),  # cust-a: 89 + 19
    ("returning_revenue", 179.0),  # cust-b
    ("current_segment", "knife-demo"),
    ("ended_at", None),
])
def test_whole_live_metrics(snap: KpiSnapshot, field: str, expected: object) -> None:
    assert getattr(snap, field) == pytest.approx(expected)


def test_viewers_by_channel_from_latest_viewer_count(snap: KpiSnapshot) -> None:
    assert snap.viewers_now_by_channel == {"organic": 2, "paid": 4, "direct": 0}


def test_viewers_from_joins_and_leaves_without_viewer_count() -> None:
    engine = KpiEngine()
    engine.apply_many([join(0.0, "a", "paid"), join(1.0, "b", "paid"), join(2.0, "c", "direct"),
                       leave(3.0, "a", "paid")])
    s = engine.snapshot()
    assert s.viewers_now == 2  # 3 joins - 1 leave
    assert s.peak_viewers == 3  # before the leave
    assert s.viewers_now_by_channel == {"organic": 0, "paid": 1, "direct": 1}  # paid 2 - 1, direct 1


def test_every_protocol_event_type_has_a_handler() -> None:
    """A type the engine does not know is ignored at run time; this makes adding one to the protocol loud."""
    assert set(KpiEngine()._handlers) == set(pr.Event.__args__)  # type: ignore[attr-defined]


def test_live_ended_is_recorded() -> None:
    engine = KpiEngine()
    engine.apply_many([live_started(0.0), pr.LiveEnded(seq=next(_seq), ts=5400.0, live_id="live-1")])
    assert engine.snapshot().ended_at == 5400.0


def test_empty_engine_divisions_by_zero_are_none(plan: Plan) -> None:
    s = KpiEngine(plan).snapshot()
    for name in ("conversion", "avg_order_value", "aov", "gpm", "uv_value", "cart_abandonment",
                 "engagement_rate", "roas"):
        assert getattr(s, name) is None, name
    assert (s.started_at, s.now_ts, s.elapsed_s, s.gmv, s.orders) == (None, None, 0.0, 0.0, 0)
    assert s.minute_orders.shape == (0,)
    assert s.click_heat.shape == (3, 0)  # three plan products, no minutes yet
    assert [g.status for g in s.goals] == ["no_data"] * 6
    assert s.trend == {"orders_per_min": 0, "sales_per_min": 0, "viewers": 0, "chat_per_min": 0}


def test_ratios_with_a_zero_denominator_are_none_when_some_events_exist() -> None:
    engine = KpiEngine()
    engine.apply(order(0.0, "o1", "c1", [("X", 1, 10.0)], 10.0))  # no joins, carts, clicks or ad spend
    s = engine.snapshot()
    assert s.aov == 10.0  # 10 / 1 buyer
    assert (s.conversion, s.uv_value, s.gpm, s.roas, s.cart_abandonment, s.engagement_rate) == (None,) * 6
    assert (s.products[0].ctr, s.products[0].conversion) == (None, None)
    assert s.channels["direct"].conversion is None


def test_proportions_are_capped_at_one() -> None:
    """A console that connected mid-live sees buyers whose joins it missed: conversion stays a proportion."""
    engine = KpiEngine()
    engine.apply_many([join(0.0, "v1"), order(1.0, "o1", "c1", [("X", 1, 5.0)], 5.0),
                       order(2.0, "o2", "c2", [("X", 1, 5.0)], 5.0)])
    s = engine.snapshot()
    assert s.conversion == 1.0  # 2 buyers / 1 entered, capped
    assert s.products[0].conversion is None  # no clicks
    assert s.channels["organic"].conversion == 1.0


# --------------------------------------------------------------------------------------------------------
# Per product


@pytest.mark.parametrize(("sku", "field", "expected"), [
    ("KNIFE", "impressions", 4), ("KNIFE", "clicks", 3), ("KNIFE", "carts", 2), ("KNIFE", "abandons", 1),
    ("KNIFE", "orders", 2),  # o1, o2
    ("KNIFE", "units", 2),
    ("KNIFE", "revenue", 178.0),  # 89 + 89
    ("KNIFE", "margin", 110.0),  # 178 - 2 * 34
    ("KNIFE", "ctr", 0.75),  # 3 clicks / 4 impressions
    ("KNIFE", "conversion", 2 / 3),  # 2 orders / 3 clicks
    ("KNIFE", "stock_left", 8),  # plan 10 - 2 units
    ("KNIFE", "mentions", 1),
    ("BOARD", "orders", 1), ("BOARD", "units", 2),
    ("BOARD", "revenue", 90.0),  # 2 * 45
    ("BOARD", "margin", 62.0),  # 90 - 2 * 14
    ("BOARD", "ctr", 0.5),  # 1 / 2
    ("BOARD", "conversion", 1.0),  # 1 / 1
    ("BOARD", "stock_left", 1),  # 3 - 2
    ("TOWEL", "revenue", 19.0),
    ("TOWEL", "margin", 14.0),  # 19 - 1 * 5
    ("TOWEL", "ctr", None),  # no impressions
    ("TOWEL", "conversion", None),  # no clicks
    ("TOWEL", "stock_left", 49),  # 50 - 1
])
def test_product_stats(snap: KpiSnapshot, sku: str, field: str, expected: object) -> None:
    assert getattr(product(snap, sku), field) == pytest.approx(expected)


def test_product_per_minute_series(snap: KpiSnapshot) -> None:
    knife, towel = product(snap, "KNIFE"), product(snap, "TOWEL")
    assert knife.units_per_min.tolist() == [2.0, 0.0]  # o1 and o2 in minute 0
    assert knife.revenue_per_min.tolist() == [178.0, 0.0]
    assert knife.orders_per_min.tolist() == [2.0, 0.0]
    assert knife.clicks_per_min.tolist() == [3.0, 0.0]
    assert knife.impressions_per_min.tolist() == [4.0, 0.0]
    assert knife.mentions_per_min.tolist() == [1.0, 0.0]
    assert towel.units_per_min.tolist() == [0.0, 1.0]  # o3 at 1070 is minute 1


def test_order_with_the_same_product_twice_counts_one_product_order() -> None:
    engine = KpiEngine()
    engine.apply(order(0.0, "o1", "c1", [("X", 1, 10.0), ("X", 2, 8.0)], 26.0))
    p = engine.snapshot().products[0]
    assert (p.orders, p.units, p.revenue) == (1, 3, 26.0)  # units 1 + 2; revenue 10 + 2 * 8


def test_stock_from_plan_then_from_stock_changed(plan: Plan) -> None:
    engine = KpiEngine(plan)
    engine.apply(order(0.0, "o1", "c1", [("KNIFE", 2, 89.0)], 178.0))
    assert product(engine.snapshot(), "KNIFE").stock_left == 8  # plan 10 - 2
    engine.apply(stock(1.0, "KNIFE", 5))
    engine.apply(order(2.0, "o2", "c2", [("KNIFE", 1, 89.0)], 89.0))
    assert product(engine.snapshot(), "KNIFE").stock_left == 5  # latest stock_changed wins over the plan


def test_stock_unknown_without_plan_or_stock_changed() -> None:
    engine = KpiEngine()
    engine.apply(order(0.0, "o1", "c1", [("X", 1, 10.0)], 10.0))
    p = engine.snapshot().products[0]
    assert (p.stock_left, p.sold_out, p.sold_out_at, p.margin, p.price) == (None, False, None, None, None)


@pytest.mark.parametrize(("events", "sold_at"), [
    ([sold_out(7.0, "KNIFE")], 7.0),
    ([stock(5.0, "KNIFE", 0)], 5.0),
    ([stock(5.0, "KNIFE", 0), sold_out(6.0, "KNIFE")], 5.0),  # the first signal dates it
])
def test_sold_out_from_events(plan: Plan, events: list[pr.Event], sold_at: float) -> None:
    engine = KpiEngine(plan)
    engine.apply_many([live_started(0.0), *events])
    p = product(engine.snapshot(), "KNIFE")
    assert (p.sold_out, p.sold_out_at, p.stock_left) == (True, sold_at, 0)


def test_sold_out_when_plan_stock_is_used_up_then_restocked(plan: Plan) -> None:
    engine = KpiEngine(plan)
    engine.apply_many([order(0.0, "o1", "c1", [("BOARD", 2, 45.0)], 90.0),
                       order(9.0, "o2", "c2", [("BOARD", 1, 45.0)], 45.0)])
    p = product(engine.snapshot(), "BOARD")
    assert (p.stock_left, p.sold_out, p.sold_out_at) == (0, True, 9.0)  # plan 3 - 2 - 1
    engine.apply(stock(20.0, "BOARD", 4))
    p = product(engine.snapshot(), "BOARD")
    assert (p.stock_left, p.sold_out, p.sold_out_at) == (4, False, None)


def test_offer_running_then_ended(plan: Plan) -> None:
    engine = KpiEngine(plan)
    engine.apply_many([live_started(0.0), offer(10.0, "OFF-1", "KNIFE", 20.0, ends_at=310.0)])
    s = engine.snapshot()
    running = product(s, "KNIFE").offer
    assert running is not None
    assert (running.action_id, running.discount_pct, running.ends_at) == ("OFF-1", 20.0, 310.0)
    assert list(s.running_offers) == ["OFF-1"]
    engine.apply(offer_end(12.0, "OFF-0", "KNIFE"))  # an older offer ending leaves the running one alone
    assert product(engine.snapshot(), "KNIFE").offer is not None
    engine.apply(offer_end(310.0, "OFF-1", "KNIFE"))
    s = engine.snapshot()
    assert product(s, "KNIFE").offer is None
    assert s.running_offers == {}
    assert [m.action_id for m in s.markers] == ["OFF-1"]  # the marker stays on the timeline


def test_products_discovered_without_plan_in_order_of_first_appearance() -> None:
    engine = KpiEngine()
    engine.apply_many([impression(0.0, "Y"), chat(1.0, "v1", product="Z"),
                       order(2.0, "o1", "c1", [("X", 1, 10.0), ("Y", 1, 5.0)], 15.0)])
    s = engine.snapshot()
    assert [p.sku for p in s.products] == ["Y", "Z", "X"]
    assert [(p.name, p.in_plan) for p in s.products] == [("Y", False), ("Z", False), ("X", False)]
    assert s.click_heat_rows == ["Y", "Z", "X"]


def test_unknown_products_come_after_plan_products(plan: Plan) -> None:
    engine = KpiEngine(plan)
    engine.apply_many([click(0.0, "NEW-2"), kit(1.0, "kit-1", "k", ["NEW-1", "KNIFE"])])
    s = engine.snapshot()
    assert [p.sku for p in s.products] == ["KNIFE", "BOARD", "TOWEL", "NEW-2", "NEW-1"]
    assert (product(s, "KNIFE").name, product(s, "KNIFE").in_plan, product(s, "KNIFE").price) == (
        "Chef knife", True, 89.0)
    assert s.click_heat.tolist() == [[0.0], [0.0], [0.0], [1.0], [0.0]]


def test_more_products_than_the_initial_buffers() -> None:
    engine = KpiEngine()
    engine.apply_many([click(float(i), f"P{i}") for i in range(20)])
    s = engine.snapshot()
    assert len(s.products) == 20
    assert s.click_heat.sum() == 20.0
    assert s.click_heat[19, 0] == 1.0  # P19 clicked at s19, minute 0


# --------------------------------------------------------------------------------------------------------
# Per channel, new vs returning


@pytest.mark.parametrize(("channel", "expected"), [
    # (entered, views, viewers_now, orders, buyers, conversion, revenue)
    ("organic", (1, 2, 2, 1, 1, 1.0, 89.0)),  # v1 twice; o1 by cust-a; 1/1
    ("paid", (3, 3, 4, 2, 2, 2 / 3, 198.0)),  # v2, v3, v4; o2 + o3 = 179 + 19; 2 buyers / 3 entered
    ("direct", (0, 0, 0, 0, 0, None, 0.0)),
])
def test_channel_stats(snap: KpiSnapshot, channel: str, expected: tuple[object, ...]) -> None:
    c = snap.channels[channel]
    assert (c.entered, c.views, c.viewers_now, c.orders, c.buyers, c.conversion, c.revenue) == pytest.approx(
        expected)


def test_channel_order(snap: KpiSnapshot) -> None:
    assert list(snap.channels) == ["organic", "paid", "direct"]


def test_new_and_returning_count_a_customer_once_by_first_order() -> None:
    engine = KpiEngine()
    engine.apply_many([
        order(0.0, "o1", "c1", [("X", 1, 10.0)], 10.0, new=False),
        order(1.0, "o2", "c1", [("X", 1, 20.0)], 20.0, new=True),  # c1 stays returning
        order(2.0, "o3", "c2", [("X", 1, 40.0)], 40.0, new=True),
    ])
    s = engine.snapshot()
    assert (s.new_buyers, s.returning_buyers) == (1, 1)
    assert (s.new_revenue, s.returning_revenue) == (40.0, 30.0)  # c2: 40; c1: 10 + 20


# --------------------------------------------------------------------------------------------------------
# Bins and windows


def test_minute_series(snap: KpiSnapshot) -> None:
    assert snap.minute_orders.tolist() == [2.0, 1.0]  # o1, o2 | o3
    assert snap.minute_revenue.tolist() == [268.0, 19.0]  # 89 + 179 | 19
    assert snap.minute_units.tolist() == [4.0, 1.0]  # 1 + 3 | 1
    assert snap.minute_viewers.tolist() == [7.0, 6.0]  # last viewer count of each minute
    assert snap.minute_chat.tolist() == [2.0, 1.0]
    assert snap.minute_clicks.tolist() == [4.0, 0.0]
    assert snap.minute_cart_adds.tolist() == [3.0, 0.0]
    assert snap.minute_abandons.tolist() == [1.0, 0.0]
    assert snap.minute_joins.tolist() == [5.0, 0.0]
    assert snap.minute_leaves.tolist() == [1.0, 0.0]


def test_heat_maps(snap: KpiSnapshot) -> None:
    assert snap.chat_heat_rows == ["intro", "knife-demo"]  # plan segments, in plan order
    assert snap.chat_heat.tolist() == [[2.0, 0.0], [0.0, 1.0]]  # 2 chats in intro, 1 in the knife demo
    assert snap.click_heat_rows == ["KNIFE", "BOARD", "TOWEL"]
    assert snap.click_heat.tolist() == [[3.0, 0.0], [1.0, 0.0], [0.0, 0.0]]


def test_chat_before_any_segment_gets_its_own_row() -> None:
    engine = KpiEngine()
    engine.apply_many([chat(0.0, "v1"), segment(61.0, "s", "demo"), chat(62.0, "v2"), chat(63.0, "v1")])
    s = engine.snapshot()
    assert s.chat_heat_rows == [NO_SEGMENT, "demo"]
    assert s.chat_heat.tolist() == [[1.0, 0.0], [0.0, 2.0]]


@pytest.mark.parametrize(("ts", "minute"), [
    (1000.0, 0), (1059.9, 0), (1060.0, 1), (1061.0, 1), (1119.0, 1), (1120.0, 2),
    (990.0, 0),  # before t0: bin 0
])
def test_event_lands_in_its_minute(ts: float, minute: int) -> None:
    engine = KpiEngine()
    engine.apply_many([live_started(1000.0), order(ts, "o1", "c1", [("X", 1, 10.0)], 10.0)])
    s = engine.snapshot(now_ts=1120.0)  # three minutes: 0, 1, 2
    expected = [0.0, 0.0, 0.0]
    expected[minute] = 1.0
    assert s.minute_orders.tolist() == expected


def test_t0_is_the_first_event_without_live_started() -> None:
    engine = KpiEngine()
    engine.apply_many([join(500.0, "v1"), join(561.0, "v2")])
    s = engine.snapshot()
    assert (s.started_at, s.elapsed_s) == (500.0, 61.0)
    assert s.minute_joins.tolist() == [1.0, 1.0]  # 561 - 500 = 61 s: minute 1


def test_four_hour_live_grows_the_bins() -> None:
    engine = KpiEngine()
    engine.apply_many([live_started(0.0), order(14_400.0, "o1", "c1", [("X", 2, 10.0)], 20.0)])
    s = engine.snapshot()
    assert s.minute_orders.shape == (241,)  # minutes 0..240; 14,400 s is minute 240
    assert s.minute_orders[240] == 1.0
    assert s.products[0].units_per_min[240] == 2.0
    assert (s.orders_per_min, s.sales_per_min) == (1, 20.0)


@pytest.mark.parametrize(("now_ts", "orders", "sales", "chats"), [
    (1070.0, 3, 287.0, 2),  # window s11..s70: o1 s30, o2 s40, o3 s70; chats s11, s66
    (1095.0, 2, 198.0, 1),  # s36..s95: o2, o3 = 179 + 19; chat s66
    (1099.0, 2, 198.0, 1),  # s40..s99: o2 at s40 is still in
    (1100.0, 1, 19.0, 1),  # s41..s100: only o3
    (1131.0, 0, 0.0, 0),  # s72..s131: nothing
])
def test_per_minute_windows(plan: Plan, now_ts: float, orders: int, sales: float, chats: int) -> None:
    engine = KpiEngine(plan)
    engine.apply_many(story())
    s = engine.snapshot(now_ts=now_ts)
    assert (s.orders_per_min, s.sales_per_min, s.chat_per_min) == (orders, sales, chats)


def test_viewers_carry_forward_across_minutes_without_a_count() -> None:
    engine = KpiEngine()
    engine.apply_many([live_started(0.0), count(70.0, 10), chat(130.0, "v1"), count(190.0, 12),
                       count(195.0, 11)])
    s = engine.snapshot(now_ts=250.0)  # minutes 0..4; minute 4 has no event and lies beyond the last one
    # none yet | 10 | 10 carried | the minute's last count, 11 | 11 carried
    assert s.minute_viewers.tolist() == [0.0, 10.0, 10.0, 11.0, 11.0]


def test_trend_compares_the_number_shown_with_the_sixty_seconds_before() -> None:
    engine = KpiEngine()
    engine.apply_many([
        live_started(0.0), count(1.0, 10), chat(2.0, "a"), chat(3.0, "b"),
        order(10.0, "o1", "c1", [("X", 1, 10.0)], 10.0),
        order(61.0, "o2", "c2", [("X", 1, 5.0)], 5.0), order(62.0, "o3", "c3", [("X", 1, 3.0)], 3.0),
        order(63.0, "o4", "c4", [("X", 1, 2.0)], 2.0), chat(64.0, "c"),
        join(121.0, "z"),
    ])
    # now s121. Shown (s62..s121): o3, o4 = 2 orders, 5.0; chat c = 1; viewers 10 (the join does not move a
    # counted audience). Reference (s2..s61): o1, o2 = 2 orders, 15.0; chats a, b = 2; viewers at s61 = 10.
    assert engine.snapshot().trend == {"orders_per_min": 0, "sales_per_min": -1, "viewers": 0,
                                       "chat_per_min": -1}


def test_trend_never_points_up_from_zero() -> None:
    """'ORDERS / MIN 0 ▲': the old arrow compared minute 1 (3 orders) with minute 0 (1), not the 0 shown."""
    engine = KpiEngine()
    engine.apply_many([live_started(0.0), order(10.0, "o1", "c1", [("X", 1, 10.0)], 10.0)]
                      + [order(t, f"o{t}", f"c{t}", [("X", 1, 10.0)], 10.0) for t in (61.0, 62.0, 63.0)])
    s = engine.snapshot(now_ts=150.0)
    # shown: s91..s150 holds no order; reference s31..s90 holds 3
    assert (s.orders_per_min, s.trend["orders_per_min"]) == (0, -1)


def test_trend_points_up_at_the_peak_of_an_offer() -> None:
    """'25 ▼' at the peak: minute 1 (10 orders) was below minute 0 (30), while the last 60 s beat the 60 s before."""
    times = [5.0 + i for i in range(30)] + [60.0 + i for i in range(10)] + [125.0 + i for i in range(25)]
    engine = KpiEngine()
    engine.apply(live_started(0.0))
    engine.apply_many(order(t, f"o{t}", f"c{t}", [("X", 1, 10.0)], 10.0) for t in times)
    s = engine.snapshot(now_ts=150.0)
    # shown: s91..s150 = the 25 at s125..s149; reference s31..s90 = s31..s34 (4) + s60..s69 (10) = 14
    assert (s.orders_per_min, s.trend["orders_per_min"], s.trend["sales_per_min"]) == (25, 1, 1)


def test_viewers_trend_compares_with_the_count_a_minute_ago() -> None:
    engine = KpiEngine()
    engine.apply_many([live_started(0.0), count(1.0, 10), count(100.0, 20), count(129.0, 15)])
    assert engine.snapshot(now_ts=130.0).trend["viewers"] == 1  # 15 now against 10, the count of s70
    assert engine.snapshot(now_ts=40.0).trend["viewers"] == 0  # no count a minute before s40
    engine.apply(count(990.0, 30))
    assert engine.snapshot(now_ts=1000.0).trend["viewers"] == 1  # 30 against 15, the count of s129 (871 s before s940)


def test_trend_is_flat_before_two_complete_minutes() -> None:
    engine = KpiEngine()
    engine.apply_many([live_started(0.0), order(10.0, "o1", "c1", [("X", 1, 10.0)], 10.0), join(70.0, "v")])
    assert set(engine.snapshot().trend.values()) == {0}


def test_snapshot_arrays_do_not_alias_the_engine(plan: Plan) -> None:
    engine = KpiEngine(plan)
    engine.apply_many(story())
    s = engine.snapshot()
    engine.apply_many([order(1071.0, "o9", "c9", [("KNIFE", 5, 89.0)], 445.0), click(1071.0, "KNIFE"),
                       chat(1071.0, "v1"), count(1071.0, 99)])
    engine.apply(order(7000.0, "o10", "c9", [("KNIFE", 1, 89.0)], 89.0))  # makes every bin array grow
    assert s.minute_orders.tolist() == [2.0, 1.0]
    assert s.minute_viewers.tolist() == [7.0, 6.0]
    assert s.minute_chat.tolist() == [2.0, 1.0]
    assert product(s, "KNIFE").units_per_min.tolist() == [2.0, 0.0]
    assert s.click_heat.tolist() == [[3.0, 0.0], [1.0, 0.0], [0.0, 0.0]]
    assert s.chat_heat.tolist() == [[2.0, 0.0], [0.0, 1.0]]
    assert (s.gmv, s.orders, len(s.markers)) == (287.0, 3, 4)


def test_snapshot_arrays_are_read_only(snap: KpiSnapshot) -> None:
    with pytest.raises(ValueError, match="read-only"):
        snap.minute_orders[0] = 5.0


# --------------------------------------------------------------------------------------------------------
# Actions


def test_markers(snap: KpiSnapshot) -> None:
    assert [(m.ts, m.kind, m.action_id, m.label, m.product_id) for m in snap.markers] == [
        (1000.0, "segment", "seg-1", "Segment Intro", None),  # the plan's titles and names, not ids
        (1050.0, "flash_offer", "OFF-1", "Offer Chef knife -20%", "KNIFE"),
        (1060.0, "segment", "seg-2", "Segment Knife demo", None),
        (1062.0, "kit", "kit-1", "Kit kit-knife-care", None),  # a kit the plan does not know keeps its id
    ]


def test_offer_label_keeps_a_fractional_discount() -> None:
    engine = KpiEngine()
    engine.apply(offer(0.0, "a1", "X", 12.5, ends_at=60.0))
    assert engine.snapshot().markers[0].label == "Offer X -12.5%"


def effect_story() -> list[pr.Event]:
    """t0 = 0. Offer on P1 at s100; orders before at s10, s20 (2 x P1), s30; after at s100, s110 (1 x P1),
    s120, s130 (3 x P1), s140; the last event is at s159."""
    def o(ts: float, qty: int = 0) -> pr.OrderPlaced:
        sku = "P1" if qty else "P2"
        return order(ts, f"o{ts:g}", f"c{ts:g}", [(sku, qty or 1, 10.0)], 10.0 * (qty or 1))

    return [
        live_started(0.0), o(10.0), o(20.0, qty=2), o(30.0),
        offer(100.0, "OFF-1", "P1", 25.0, ends_at=400.0), segment(100.0, "seg-1", "demo"),
        o(100.0), o(110.0, qty=1), o(120.0), o(130.0, qty=3), o(140.0),
        count(159.0, 40),
    ]


def test_effect_of_an_offer_before_vs_after() -> None:
    engine = KpiEngine()
    engine.apply_many(effect_story())
    e = engine.effect("OFF-1", window_s=120)
    assert e is not None
    assert (e.kind, e.ts, e.product_id, e.window_s) == ("flash_offer", 100.0, "P1", 120.0)
    assert e.before_s == 100.0  # s0..s99: cut at t0
    assert e.after_s == 60.0  # s100..s159: cut at the last event
    assert e.orders_per_min_before == pytest.approx(1.8)  # 3 orders * 60 / 100 s
    assert e.orders_per_min_after == pytest.approx(5.0)  # 5 orders * 60 / 60 s
    assert e.orders_lift == pytest.approx(5.0 / 1.8 - 1)  # 1.78: +178%
    assert e.units_per_min_before == pytest.approx(1.2)  # 2 units of P1 * 60 / 100
    assert e.units_per_min_after == pytest.approx(4.0)  # (1 + 3) * 60 / 60
    assert e.units_lift == pytest.approx(4.0 / 1.2 - 1)


def test_effect_with_a_short_window() -> None:
    engine = KpiEngine()
    engine.apply_many(effect_story())
    e = engine.effect("OFF-1", window_s=30)
    assert e is not None
    assert (e.before_s, e.after_s) == (30.0, 30.0)  # s70..s99 and s100..s129
    assert e.orders_per_min_before == 0.0  # no order in s70..s99
    assert e.orders_per_min_after == pytest.approx(6.0)  # s100, s110, s120: 3 * 60 / 30
    assert e.orders_lift is None  # before is 0
    assert e.units_per_min_after == pytest.approx(2.0)  # 1 unit (s110) * 60 / 30


def test_effect_of_a_segment_has_no_product_rates() -> None:
    engine = KpiEngine()
    engine.apply_many(effect_story())
    e = engine.effect("seg-1")  # default 300 s window: cut to 100 s before, 60 s after
    assert e is not None
    assert (e.kind, e.before_s, e.after_s) == ("segment", 100.0, 60.0)
    assert (e.units_per_min_before, e.units_per_min_after, e.units_lift) == (None, None, None)


def test_effect_of_an_action_at_t0_has_no_before() -> None:
    engine = KpiEngine()
    engine.apply_many([segment(0.0, "seg-0", "intro"), order(30.0, "o1", "c1", [("X", 1, 10.0)], 10.0)])
    e = engine.effect("seg-0", window_s=60)
    assert e is not None
    assert (e.before_s, e.orders_per_min_before, e.orders_lift) == (0.0, None, None)
    assert (e.after_s, e.orders_per_min_after) == (31.0, pytest.approx(60 / 31))  # s0..s30: 1 order


def test_effect_of_an_unknown_action_is_none() -> None:
    engine = KpiEngine()
    assert engine.effect("nope") is None
    engine.apply_many(effect_story())
    assert engine.effect("nope") is None


# --------------------------------------------------------------------------------------------------------
# Goals


@pytest.mark.parametrize(("name", "expected"), [
    # (target, actual, projected, status)
    ("gmv", (20000.0, 287.0, 14760.0, "off_track")),  # 287 / 70 s * 3600 s = 14,760 < 0.85 * 20,000
    ("orders", (160.0, 3.0, 3 / 70 * 3600, "at_risk")),  # 154.3: below 160, above 136
    ("conversion", (0.5, 0.5, None, "on_track")),  # 0.5 >= 0.5
    ("peak_viewers", (8.0, 7.0, None, "at_risk")),  # 7 < 8, 7 >= 6.8
    ("roas", (4.0, 2.64, None, "off_track")),  # 2.64 < 3.4
    ("max_cart_abandonment", (0.3, 1 / 3, None, "at_risk")),  # 0.333 > 0.3, <= 0.345
])
def test_goal_statuses(plan: Plan, snap: KpiSnapshot, name: str, expected: tuple[object, ...]) -> None:
    if name not in ("gmv", "orders"):  # rates and peaks are judged after 5 live minutes: look at minute 6
        engine = KpiEngine(plan)
        engine.apply_many(story())
        snap = engine.snapshot(now_ts=snap.started_at + 360.0)
    g = next(g for g in snap.goals if g.name == name)
    assert (g.target, g.actual, g.projected, g.status) == pytest.approx(expected)


def test_rate_goals_are_not_judged_in_the_first_minutes(snap: KpiSnapshot) -> None:
    early = {g.name: g.status for g in snap.goals}  # 70 s into the live
    assert early["conversion"] == early["roas"] == early["max_cart_abandonment"] == "no_data"
    assert early["peak_viewers"] == "no_data"


def goal_plan(goals: str, duration_min: int = 60) -> Plan:
    return parse_plan(f"""
[live]
id = "g"
title = "Goals"
duration_min = {duration_min}

[goals]
{goals}

[[products]]
sku = "X"
name = "X"
price = 10.0
unit_cost = 4.0
stock = 100
""")


def test_only_set_goals_are_reported() -> None:
    engine = KpiEngine(goal_plan("gmv = 100.0"))
    engine.apply(order(0.0, "o1", "c1", [("X", 1, 10.0)], 10.0))
    assert [g.name for g in engine.snapshot().goals] == ["gmv"]


@pytest.mark.parametrize(("orders_at", "now_ts", "projected", "status"), [
    ([10.0], 30.0, None, "no_data"),  # under a minute in: no projection
    ([10.0, 20.0], 30.0, None, "on_track"),  # target 2 already reached
    ([10.0], 600.0, 6.0, "on_track"),  # 1 order / 600 s * 3600 s = 6 >= 2
    ([10.0], 3600.0, 1.0, "off_track"),  # at the planned end: 1 < 0.85 * 2
    ([10.0], 7200.0, 1.0, "off_track"),  # past the planned end: the projection is the actual
])
def test_cumulative_goal_projection(orders_at: list[float], now_ts: float, projected: float | None,
                                    status: str) -> None:
    engine = KpiEngine(goal_plan("orders = 2"))
    engine.apply(live_started(0.0))
    engine.apply_many(order(t, f"o{t}", f"c{t}", [("X", 1, 10.0)], 10.0) for t in orders_at)
    (g,) = engine.snapshot(now_ts=now_ts).goals
    assert (g.projected, g.status) == (pytest.approx(projected), status)


def test_projection_follows_the_last_ten_minutes() -> None:
    """One order a minute for ten minutes, then one in the next ten: the pace has dropped, the forecast with it."""
    engine = KpiEngine(goal_plan("orders = 20", duration_min=60))
    engine.apply(live_started(0.0))
    engine.apply_many(order(t, f"o{t}", f"c{t}", [("X", 1, 10.0)], 10.0)
                      for t in [60.0 * i for i in range(10)] + [900.0])
    (g,) = engine.snapshot(now_ts=1200.0).goals
    # 11 so far; s601..s1200 hold 1 order: 1/600 s x 2,400 s left = 4 more. A straight line said 11/1200 x 3600 = 33.
    assert (g.actual, g.projected, g.status, g.final) == (11.0, pytest.approx(15.0), "off_track", False)


def test_gmv_projection_after_the_live_ended_is_the_final_value() -> None:
    """A live planned for an hour ends at minute 20: no forecast to 60 minutes, the GMV is final."""
    engine = KpiEngine(goal_plan("gmv = 150.0\norders = 12", duration_min=60))
    engine.apply(live_started(0.0))
    engine.apply_many(order(t, f"o{t}", f"c{t}", [("X", 1, 10.0)], 10.0) for t in [60.0 * i for i in range(11)])
    engine.apply(pr.LiveEnded(seq=next(_seq), ts=1200.0, live_id="live-1"))
    gmv, orders = engine.snapshot(now_ts=1200.0).goals
    assert (gmv.projected, gmv.final, gmv.status) == (110.0, True, "off_track")  # 110 < 0.85 x 150
    assert (orders.projected, orders.final, orders.status) == (11.0, True, "at_risk")  # 11 >= 0.85 x 12
    early = engine.snapshot(now_ts=900.0).goals[0]  # a replay before the end still forecasts
    assert early.final is False


@pytest.mark.parametrize(("abandons", "status"), [
    (1, "on_track"),  # 1/10 = 0.10 <= 0.2
    (2, "on_track"),  # 0.20 <= 0.2
    (3, "off_track"),  # 0.30 > 0.23
])
def test_cart_abandonment_ceiling(abandons: int, status: str) -> None:
    engine = KpiEngine(goal_plan("max_cart_abandonment = 0.2"))
    engine.apply_many([cart(float(i), f"c{i}", "X") for i in range(10)])
    engine.apply_many([abandon(20.0, f"c{i}", "X") for i in range(abandons)])
    (g,) = engine.snapshot(now_ts=400.0).goals  # judged after 5 minutes
    assert g.status == status


def test_cart_abandonment_at_risk_band() -> None:
    engine = KpiEngine(goal_plan("max_cart_abandonment = 0.2"))
    engine.apply_many([cart(float(i), f"c{i}", "X") for i in range(100)])
    engine.apply_many([abandon(200.0, f"c{i}", "X") for i in range(22)])
    (g,) = engine.snapshot(now_ts=400.0).goals
    assert (g.actual, g.status) == (pytest.approx(0.22), "at_risk")  # 0.22 in (0.2, 0.23]


def test_rate_goal_without_data() -> None:
    engine = KpiEngine(goal_plan("conversion = 0.05\nroas = 3.0"))
    engine.apply(order(0.0, "o1", "c1", [("X", 1, 10.0)], 10.0))  # no joins, no ad spend
    assert [(g.name, g.actual, g.status) for g in engine.snapshot().goals] == [
        ("conversion", None, "no_data"), ("roas", None, "no_data")]


# --------------------------------------------------------------------------------------------------------
# Property: any valid sequence folds without error into sane numbers.

_ids = st.sampled_from(["a", "b", "c", "d"])
_skus = st.sampled_from(["KNIFE", "BOARD", "TOWEL", "NEW-1", "NEW-2"])
_channels = st.sampled_from(pr.CHANNELS)
_ts = st.floats(min_value=0.0, max_value=20_000.0, allow_nan=False)
_money = st.integers(min_value=0, max_value=50_000).map(lambda cents: cents / 100)


@st.composite
def _order(draw: st.DrawFn) -> pr.OrderPlaced:
    items = draw(st.lists(st.builds(pr.OrderItem, product_id=_skus, quantity=st.integers(1, 5),
                                    unit_price=_money), min_size=1, max_size=3))
    return pr.OrderPlaced(seq=1, ts=draw(_ts), order_id=draw(_ids), customer_id=draw(_ids),
                          channel=draw(_channels), new_customer=draw(st.booleans()), items=items,
                          amount=sum(it.quantity * it.unit_price for it in items))


_event = st.one_of(
    st.builds(pr.LiveStarted, seq=st.just(1), ts=_ts, live_id=st.just("l"), title=st.just("t")),
    st.builds(pr.LiveEnded, seq=st.just(1), ts=_ts, live_id=st.just("l")),
    st.builds(pr.ViewerCount, seq=st.just(1), ts=_ts, viewers=st.integers(0, 5000),
              total_viewers=st.integers(0, 5000), by_channel=st.dictionaries(_channels, st.integers(0, 99))),
    st.builds(pr.ViewerJoined, seq=st.just(1), ts=_ts, viewer_id=_ids, channel=_channels),
    st.builds(pr.ViewerLeft, seq=st.just(1), ts=_ts, viewer_id=_ids, channel=_channels, dwell_s=st.just(1.0)),
    st.builds(pr.ChatMessage, seq=st.just(1), ts=_ts, viewer_id=_ids, text=st.just("x"),
              product_id=st.none() | _skus),
    st.builds(pr.ProductImpression, seq=st.just(1), ts=_ts, product_id=_skus, viewer_id=_ids,
              channel=_channels),
    st.builds(pr.ProductClick, seq=st.just(1), ts=_ts, product_id=_skus, viewer_id=_ids, channel=_channels),
    st.builds(pr.CartAdded, seq=st.just(1), ts=_ts, cart_id=_ids, product_id=_skus, viewer_id=_ids,
              channel=_channels, unit_price=_money),
    st.builds(pr.CartAbandoned, seq=st.just(1), ts=_ts, cart_id=_ids, product_id=_skus, viewer_id=_ids,
              channel=_channels, value=_money),
    _order(),
    st.builds(pr.StockChanged, seq=st.just(1), ts=_ts, product_id=_skus, stock=st.integers(0, 20)),
    st.builds(pr.SoldOut, seq=st.just(1), ts=_ts, product_id=_skus),
    st.builds(pr.AdSpend, seq=st.just(1), ts=_ts, amount=_money),
    st.builds(pr.OfferStarted, seq=st.just(1), ts=_ts, action_id=_ids, product_id=_skus,
              discount_pct=st.floats(1, 90), price=_money, duration_s=st.just(60.0), ends_at=_ts),
    st.builds(pr.OfferEnded, seq=st.just(1), ts=_ts, action_id=_ids, product_id=_skus),
    st.builds(pr.SegmentChanged, seq=st.just(1), ts=_ts, action_id=_ids, segment_id=_ids),
    st.builds(pr.KitLaunched, seq=st.just(1), ts=_ts, action_id=_ids, kit_id=_ids,
              price=_money, items=st.lists(_skus, max_size=3)),
)


@settings(max_examples=150, deadline=None)
@given(events=st.lists(_event, max_size=60), with_plan=st.booleans(),
       now_offset=st.none() | st.floats(-100.0, 100_000.0))
def test_random_valid_sequences(events: list[pr.Event], with_plan: bool, now_offset: float | None) -> None:
    engine = KpiEngine(parse_plan(PLAN_TOML) if with_plan else None)
    engine.apply_many(events)
    s = engine.snapshot()
    later = engine.snapshot(now_ts=None if now_offset is None or not events else events[0].ts + now_offset)
    for snap in (s, later):
        for ratio in (snap.conversion, snap.engagement_rate, snap.cart_abandonment,
                      *(c.conversion for c in snap.channels.values()),
                      *(p.conversion for p in snap.products), *(p.ctr for p in snap.products)):
            assert ratio is None or 0.0 <= ratio <= 1.0
        assert snap.minute_orders.shape == snap.minute_viewers.shape == snap.click_heat.shape[1:]
        assert not np.isnan(snap.minute_viewers).any()
    orders = [e for e in events if isinstance(e, pr.OrderPlaced)]
    item_revenue = sum(it.quantity * it.unit_price for o in orders for it in o.items)
    assert math.isclose(sum(p.revenue for p in s.products), item_revenue, abs_tol=1e-6)
    assert math.isclose(s.gmv, item_revenue, abs_tol=1e-6)  # the amounts here equal their item sums
    assert s.orders == len(orders)
    assert s.minute_orders.sum() == len(orders)
    assert math.isclose(s.new_revenue + s.returning_revenue, s.gmv, abs_tol=1e-6)
    for m in s.markers:
        e = engine.effect(m.action_id)
        assert e is not None
        assert e.before_s >= 0
        assert e.after_s >= 1
        first = next(x for x in s.markers if x.action_id == m.action_id)  # effect() uses an id's first marker
        if m.product_id is not None and first is m:
            # units of the offer's product by the rules of docs/metrics.md, counted from the events themselves
            t0 = events[0].ts

            def second(ts: float, t0: float = t0) -> int:
                return int(max(0.0, ts - t0))

            a, last = second(m.ts), second(max(ev.ts for ev in events))
            lo, hi = max(0, a - 300), max(a + 1, min(a + 300, last + 1))
            sold = [(second(o.ts), it.quantity) for o in orders for it in o.items if it.product_id == m.product_id]
            before = sum(q for t, q in sold if lo <= t < a)
            assert e.units_per_min_before == (None if a == lo else before * 60 / (a - lo))
            assert e.units_per_min_after == sum(q for t, q in sold if a <= t < hi) * 60 / (hi - a)


def test_opening_segment_comes_from_live_started() -> None:
    eng = KpiEngine()
    eng.apply(pr.LiveStarted(seq=1, ts=1000.0, live_id="L", title="T", segment_id="welcome"))
    eng.apply(pr.ChatMessage(seq=2, ts=1001.0, viewer_id="v1", text="hi"))
    snap = eng.snapshot()
    assert snap.current_segment == "welcome"
    assert snap.chat_heat_rows[0] == "welcome"
    assert snap.chat_heat[0].sum() == 1.0  # the one message, in the opening segment's row


def test_effect_units_come_from_per_second_bins_cut_at_the_window_edges() -> None:
    """Offer on P1 at s200, 50 s windows: before = s150..s199, after = s200..s249 (the last event is at s300)."""
    engine = KpiEngine()
    p1 = [
        (149.9, 6),  # s149: outside the before window
        (150.0, 2),  # s150: first second of before
        (199.99, 1),  # s199: last second of before
        (200.0, 4), (200.7, 3),  # s200 twice: the action's own second counts as after
        (249.5, 5),  # s249: last second of after
        (250.0, 7),  # s250: outside
    ]
    engine.apply(live_started(0.0))
    engine.apply(offer(200.5, "OFF-1", "P1", 10.0, ends_at=400.0))
    for i, (ts, qty) in enumerate(p1):
        engine.apply(order(ts, f"o{i}", f"c{i}", [("P1", qty, 1.0)], float(qty)))
    engine.apply(order(210.0, "twice", "c9", [("P1", 1, 1.0), ("P1", 1, 1.0)], 2.0))  # one order, 2 units
    engine.apply(count(300.0, 5))
    e = engine.effect("OFF-1", window_s=50)
    assert e is not None
    assert (e.before_s, e.after_s) == (50.0, 50.0)
    assert e.units_per_min_before == pytest.approx(3.6)  # (2 + 1) units * 60 / 50
    assert e.units_per_min_after == pytest.approx(16.8)  # (4 + 3 + 2 + 5) * 60 / 50
    assert e.units_lift == pytest.approx(16.8 / 3.6 - 1)
    assert e.orders_per_min_after == pytest.approx(4.8)  # 4 orders (s200 twice, s210, s249) * 60 / 50


def test_effect_units_after_the_bins_grew_and_for_a_product_added_late() -> None:
    """The second bins start at 1,024 s and 8 product rows: an offer at s3000 on the 11th product, first seen then."""
    engine = KpiEngine()
    engine.apply(live_started(0.0))
    for k in range(10):  # ten products before it: the per-product rows double once
        engine.apply(impression(10.0 + k, f"EARLY-{k}"))
    engine.apply(order(2990.0, "a", "c1", [("LATE", 1, 5.0)], 5.0))  # s2990: before
    engine.apply(offer(3000.0, "OFF-9", "LATE", 20.0, ends_at=3100.0))
    engine.apply(order(3000.0, "b", "c2", [("LATE", 2, 5.0)], 10.0))  # s3000: after
    engine.apply(order(3019.9, "c", "c3", [("LATE", 3, 5.0)], 15.0))  # s3019: after, last second of the window
    engine.apply(order(3020.0, "d", "c4", [("LATE", 9, 5.0)], 45.0))  # s3020: outside
    e = engine.effect("OFF-9", window_s=20)
    assert e is not None
    assert (e.before_s, e.after_s) == (20.0, 20.0)
    assert e.units_per_min_before == pytest.approx(3.0)  # 1 * 60 / 20
    assert e.units_per_min_after == pytest.approx(15.0)  # (2 + 3) * 60 / 20
    assert e.orders_per_min_after == pytest.approx(6.0)  # 2 orders * 60 / 20


def test_distinct_counts_are_exact_up_to_the_limit() -> None:
    """16,384 viewers (the exact limit), each joining twice, channel by i % 3; the first 1,000 chat 3 times."""
    engine = KpiEngine()
    events: list[pr.Event] = [live_started(0.0)]
    for rnd in range(2):
        events += [join(1.0 + rnd * 100 + i * 0.001, f"viewer-{i}", pr.CHANNELS[i % 3]) for i in range(16_384)]
    events += [chat(300.0 + i * 0.01, f"viewer-{i % 1000}") for i in range(3000)]
    engine.apply_many(events[:5000])
    for ev in events[5000:6000]:
        engine.apply(ev)
    engine.apply_many(events[6000:])
    s = engine.snapshot()
    assert (s.entered, s.views, s.chatters) == (16_384, 32_768, 1000)
    # i % 3 == 0 for 0, 3, ..., 16383: 5,462 viewers; 5,461 for each of the other two
    assert [s.channels[ch].entered for ch in pr.CHANNELS] == [5462, 5461, 5461]
    assert s.engagement_rate == pytest.approx(1000 / 16_384)


def _crowd(n: int, frame: int) -> list[list[pr.Event]]:
    """n distinct viewers joining (channel i % 3) and every 4th chatting, cut into frames of `frame` events."""
    evs: list[pr.Event] = [live_started(0.0)]
    for i in range(n):
        evs.append(join(1.0 + i * 0.01, f"v-{i * 7919 % 1_000_003:07d}", pr.CHANNELS[i % 3]))
        if i % 4 == 0:
            evs.append(chat(1.0 + i * 0.01, f"v-{i * 7919 % 1_000_003:07d}"))
    return [evs[k:k + frame] for k in range(0, len(evs), frame)]


def test_distinct_counts_past_the_limit_are_estimates_that_a_replay_repeats() -> None:
    live, replay = KpiEngine(), KpiEngine()
    for f in _crowd(60_000, 500):
        live.apply_many(f)
        live.snapshot()  # the live console's 10 Hz snapshots fold at other places than the replay's
    for f in _crowd(60_000, 37):
        replay.apply_many(f)
    a, b = live.snapshot(), replay.snapshot()
    bound = 3 * 0.0081  # three standard errors of the 2^14-register sketch
    assert abs(a.entered / 60_000 - 1) <= bound
    assert abs(a.chatters / 15_000 - 1) <= bound
    assert all(abs(a.channels[ch].entered / 20_000 - 1) <= bound for ch in pr.CHANNELS)
    assert a.views == 60_000 and a.chat_messages == 15_000  # counts of events stay exact
    assert (a.entered, a.chatters, a.conversion, a.engagement_rate) == (
        b.entered, b.chatters, b.conversion, b.engagement_rate)
    assert [a.channels[ch].entered for ch in pr.CHANNELS] == [b.channels[ch].entered for ch in pr.CHANNELS]


def test_engine_memory_does_not_grow_with_distinct_viewers() -> None:
    engine = KpiEngine()
    sizes = []
    for k, f in enumerate(_crowd(200_000, 1000)):
        engine.apply_many(f)
        if k in (60, 250):  # ~50k and ~200k viewers
            sizes.append(len(pickle.dumps(engine.clone())))
    # the id strings alone would be ~2.6 MB at 200k viewers; the sketches stay 16 KiB each
    assert sizes[1] < 1_000_000
    assert sizes[1] - sizes[0] < 50_000


def test_new_and_returning_buyers_over_thousands_of_customers() -> None:
    """5,000 customers order twice: first order 10.0 flagged new when i % 4 == 0, second order 20.0 flagged the
    other way (ignored: the first order decides). Channels: organic/paid/direct by i % 3, then by (i + 1) % 3."""
    engine = KpiEngine()
    engine.apply(live_started(0.0))
    for rnd, amount in ((0, 10.0), (1, 20.0)):
        engine.apply_many(
            order(1.0 + rnd * 1000 + i * 0.1, f"o{rnd}-{i}", f"cust-{i}", [("P", 1, amount)], amount,
                  channel=pr.CHANNELS[(i + rnd) % 3], new=(i % 4 == 0) != bool(rnd))
            for i in range(5000))
    s = engine.snapshot()
    assert (s.buyers, s.new_buyers, s.returning_buyers) == (5000, 1250, 3750)
    assert s.new_revenue == pytest.approx(1250 * 30.0)
    assert s.returning_revenue == pytest.approx(3750 * 30.0)
    # organic: i % 3 == 0 (first order, 1,667) or i % 3 == 2 (second order, 1,666); paid: i % 3 in {1, 0};
    # direct: i % 3 in {2, 1}
    assert [s.channels[ch].buyers for ch in pr.CHANNELS] == [3333, 3334, 3333]
    assert [s.channels[ch].orders for ch in pr.CHANNELS] == [3333, 3334, 3333]


@settings(max_examples=200, deadline=None)
@given(sales=st.lists(st.tuples(st.floats(0.0, 40.0), st.sampled_from(["P1", "P2"]), st.integers(1, 5)),
                      max_size=30),
       offer_ts=st.floats(0.0, 40.0), window=st.integers(1, 20), last_ts=st.floats(0.0, 60.0))
def test_effect_units_equal_a_count_from_the_events(sales: list[tuple[float, str, int]], offer_ts: float,
                                                    window: int, last_ts: float) -> None:
    """Timestamps packed into 40 s so that sales land on the window edges; t0 = 0."""
    engine = KpiEngine()
    engine.apply(live_started(0.0))
    engine.apply(offer(offer_ts, "OFF", "P1", 10.0, ends_at=100.0))
    engine.apply_many(order(ts, f"o{i}", f"c{i}", [(sku, q, 1.0)], float(q)) for i, (ts, sku, q) in enumerate(sales))
    engine.apply(count(last_ts, 1))
    a, last = int(offer_ts), int(max([offer_ts, last_ts, *(ts for ts, _, _ in sales)]))
    lo, hi = max(0, a - window), max(a + 1, min(a + window, last + 1))
    e = engine.effect("OFF", window_s=window)
    assert e is not None
    before = sum(q for ts, sku, q in sales if sku == "P1" and lo <= int(ts) < a)
    after = sum(q for ts, sku, q in sales if sku == "P1" and a <= int(ts) < hi)
    assert e.units_per_min_before == (None if a == lo else before * 60 / (a - lo))
    assert e.units_per_min_after == after * 60 / (hi - a)


def test_a_long_stream_is_folded_as_it_goes() -> None:
    """A whole recording handed over as one generator: the ids waiting for the distinct counts stay bounded."""
    engine = KpiEngine()
    waiting: list[int] = []
    joins = (join(float(i), f"v{i}") for i in range(100_000))

    def watched() -> Iterator[pr.Event]:
        for i, ev in enumerate(joins):
            if i % 10_000 == 0:
                waiting.append(sum(len(ids) for ids in engine._join_ids.values()))
            yield ev

    engine.apply_many(watched())
    assert max(waiting) <= 16_384  # kpi.FOLD_EVERY, not 100,000
    assert engine.snapshot().views == 100_000


@pytest.mark.parametrize(("actual", "recent", "elapsed", "duration", "expected"), [
    (287.0, 287.0, 70.0, 3600.0, 287.0 / 70.0 * 3600.0),  # first ten minutes: the straight line
    (11.0, 1.0, 1200.0, 3600.0, 15.0),  # 1 in the last 600 s, 2,400 s left: 11 + 4
    (11.0, 0.0, 1200.0, 3600.0, 11.0),  # nothing sold lately: nothing more forecast
    (11.0, 5.0, 3600.0, 3600.0, 11.0),  # at the planned end
    (11.0, 5.0, 4000.0, 3600.0, 11.0),  # past it
])
def test_project_by_hand(actual: float, recent: float, elapsed: float, duration: float, expected: float) -> None:
    assert project(actual, recent, elapsed, duration) == pytest.approx(expected)
