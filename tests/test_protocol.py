"""Studio Feed Protocol v1 types: round trips, and a decoder that keeps every bad element aside with a reason."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.protocol import wire as p

ONE_OF_EACH: list[Any] = [
    p.LiveStarted(seq=1, ts=100.0, live_id="L1", title="Live", time_scale=2.0, segment_id="s1"),
    p.ViewerCount(seq=2, ts=100.5, viewers=12, total_viewers=30, by_channel={"organic": 7, "paid": 3, "direct": 2}),
    p.ViewerJoined(seq=3, ts=101.0, viewer_id="v-1", channel="paid"),
    p.ViewerLeft(seq=4, ts=102.0, viewer_id="v-1", channel="paid", dwell_s=1.0),
    p.ChatMessage(seq=5, ts=103.0, viewer_id="v-2", text="price?", product_id="A", channel="organic"),
    p.ProductImpression(seq=6, ts=104.0, product_id="A", viewer_id="v-2", channel="organic"),
    p.ProductClick(seq=7, ts=105.0, product_id="A", viewer_id="v-2", channel="organic", source="chat_link"),
    p.CartAdded(seq=8, ts=106.0, cart_id="c1", product_id="A", viewer_id="v-2", channel="organic", unit_price=9.5,
                quantity=2),
    p.CartAbandoned(seq=9, ts=107.0, cart_id="c1", product_id="A", viewer_id="v-2", channel="organic", value=19.0),
    p.OrderPlaced(seq=10, ts=108.0, order_id="o1", customer_id="c-9", channel="direct", new_customer=False,
                  items=[p.OrderItem(product_id="A", quantity=2, unit_price=9.5)], amount=19.0, action_id="act-1"),
    p.StockChanged(seq=11, ts=109.0, product_id="A", stock=0),
    p.SoldOut(seq=12, ts=109.1, product_id="A"),
    p.AdSpend(seq=13, ts=110.0, amount=3.25),
    p.OfferStarted(seq=14, ts=111.0, action_id="act-2", product_id="B", discount_pct=20, price=8.0, duration_s=60,
                   ends_at=171.0),
    p.OfferEnded(seq=15, ts=171.0, action_id="act-2", product_id="B", reason="expired"),
    p.SegmentChanged(seq=16, ts=172.0, action_id="act-3", segment_id="s2", previous_segment_id="s1"),
    p.KitLaunched(seq=17, ts=173.0, action_id="act-4", kit_id="k1", price=25.0, items=["A", "B"]),
    p.ProductFeatured(seq=18, ts=173.5, state="pinned", platform="tiktok", platform_product_id="172933", title="Pan",
                      price=199.0, price_text="R$199,00", product_id="A"),
    p.ViewerLiked(seq=19, ts=173.6, viewer_id="v-2", count=15, total_likes=1200, channel="organic"),
    p.GiftSent(seq=20, ts=173.7, viewer_id="v-2", gift_id="5655", gift_name="Rose", count=3, diamonds=3),
    p.ViewerFollowed(seq=21, ts=173.8, viewer_id="v-2", channel="direct"),
    p.LiveShared(seq=22, ts=173.9, viewer_id="v-2"),
    p.LiveEnded(seq=23, ts=174.0, live_id="L1"),
]


def test_every_event_type_has_a_round_trip_case() -> None:
    assert {p.event_type(e) for e in ONE_OF_EACH} == p.EVENT_TYPES


@pytest.mark.parametrize("event", ONE_OF_EACH, ids=p.event_type)
def test_round_trip_single_frame(event: Any) -> None:
    out = p.decode_frame(p.encode(event))
    assert out.events == [event]
    assert not out.rejected


def test_round_trip_batch_frame_keeps_order_and_controls() -> None:
    hb = p.Heartbeat(ts=175.0, last_seq=18)
    out = p.decode_frame(p.encode([*ONE_OF_EACH, hb]))
    assert out.events == ONE_OF_EACH
    assert out.controls == [hb]


def _frame(*elements: Any) -> bytes:
    return json.dumps(list(elements)).encode()


GOOD = {"seq": 1, "ts": 1.0, "type": "sold_out", "product_id": "A"}


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ({"seq": 2, "ts": 1.0, "type": "sold_out"}, "product_id: missing required field"),
        ({"seq": "2", "ts": 1.0, "type": "sold_out", "product_id": "A"}, "seq: expected `int`, got `str`"),
        ({"seq": 0, "ts": 1.0, "type": "sold_out", "product_id": "A"}, "seq: expected `int` >= 1"),
        ({"seq": 2, "ts": 1.0, "type": "teleport"}, "type: unknown event type 'teleport'"),
        ({"seq": 2, "ts": 1.0}, "type: missing or not a string"),
        ({"seq": 2, "ts": 1.0, "type": "ad_spend", "amount": -5}, "amount: expected `float` >= 0.0"),
        ({"seq": 2, "ts": 1.0, "type": "viewer_joined", "viewer_id": "v", "channel": "tv"},
         "channel: invalid enum value 'tv'"),
        ({"seq": 2, "ts": 1.0, "type": "order_placed", "order_id": "o", "customer_id": "c", "channel": "paid",
          "new_customer": True, "items": [{"product_id": "A", "quantity": 1, "unit_price": 5}], "amount": 50},
         "amount: 50.0 does not equal the sum of items 5.00"),
        ({"seq": 2, "ts": 1.0, "type": "order_placed", "order_id": "o", "customer_id": "c", "channel": "paid",
          "new_customer": True, "items": [], "amount": 0}, "items: expected `array` of length >= 1"),
        ([1, 2], "expected a JSON object, got list"),
    ],
)
def test_bad_element_is_rejected_with_reason_and_neighbours_kept(bad: Any, reason: str) -> None:
    after = {**GOOD, "seq": 3}
    out = p.decode_frame(_frame(GOOD, bad, after))
    assert [e.seq for e in out.events] == [1, 3]
    assert len(out.rejected) == 1
    assert reason in out.rejected[0].reason
    assert json.loads(out.rejected[0].raw) == bad


def test_rejected_element_keeps_its_seq_for_continuity() -> None:
    out = p.decode_frame(_frame({"seq": 7, "ts": 1.0, "type": "mystery"}))
    assert out.rejected[0].seq == 7
    assert out.rejected[0].type == "mystery"


@pytest.mark.parametrize(
    ("frame", "reason"),
    [
        (b'{"seq": 1, "ts": NaN, "type": "sold_out", "product_id": "A"}', "invalid JSON"),
        (b"\xff\xfe\x00", "invalid UTF-8"),
        (b"", "invalid JSON"),
        (b'{"seq": 1', "invalid JSON"),
    ],
)
def test_unreadable_frames(frame: bytes, reason: str) -> None:
    out = p.decode_frame(frame)
    assert not out.events
    assert out.rejected[0].reason.startswith(reason)


def test_frame_over_the_size_limit_is_rejected_unread() -> None:
    big = b"[" + b" " * p.MAX_FRAME_BYTES + b"]"
    out = p.decode_frame(big)
    assert "exceeds" in out.rejected[0].reason
    assert len(out.rejected[0].raw) <= 4096


def test_unknown_extra_fields_are_tolerated() -> None:
    out = p.decode_frame(_frame({**GOOD, "new_in_v1_1": True}))
    assert out.events == [p.SoldOut(seq=1, ts=1.0, product_id="A")]


finite = st.floats(allow_nan=False, allow_infinity=False)  # JSON has no NaN or Infinity
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | finite | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
event_like = st.fixed_dictionaries(
    {"seq": st.integers(-2, 10) | st.text(max_size=2), "ts": finite | st.none(),
     "type": st.sampled_from(sorted(p.EVENT_TYPES)) | st.text(max_size=6)},
    optional={"product_id": st.text(max_size=4), "amount": finite, "viewer_id": st.text(max_size=3),
              "channel": st.sampled_from(["organic", "paid", "direct", "tv"])},
)


@settings(max_examples=300, deadline=None)
@given(st.lists(event_like | json_values, max_size=6))
def test_decoder_never_raises_and_accounts_for_every_element(elements: list[Any]) -> None:
    out = p.decode_frame(json.dumps(elements).encode())
    assert len(out.events) + len(out.controls) + len(out.rejected) == len(elements)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=64))
def test_decoder_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    out = p.decode_frame(data)
    assert out.events or out.controls or out.rejected or data.strip() in (b"[]",)


def test_invalid_utf8_inside_a_string_is_rejected_not_raised() -> None:
    out = p.decode_frame(b'[{"seq":1,"ts":1.0,"type":"chat_message","viewer_id":"v","text":"\xff"}]')
    assert not out.events
    assert out.rejected[0].reason == "invalid UTF-8"
