"""What a feed can tell: the table of figures and the event types each needs (console/present/availability.py), and
how `hello.provides` travels to the snapshot, through checkpoints and into the session file."""

from __future__ import annotations

import dataclasses
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from console.kpi.engine import KpiEngine
from console.kpi.snapshot import ChannelStats, KpiSnapshot, ProductStats
from console.kpi.state import engine_from_bytes, engine_to_bytes
from console.live.ingest import Ingest
from console.plan.model import Goals
from console.present.availability import (
    GOAL_FIGURES,
    NEEDS,
    NOT_AVAILABLE,
    is_available,
    lacking_types,
    missing,
    unavailable,
    why,
)
from console.protocol import wire as p
from console.session.file import MIGRATIONS, open_for_writing
from console.session.tables import SessionTables, recorded_available

# what a TikTok room sends (console/bridge/tiktok_map.py, plus the bridge's own start and end)
ROOM = frozenset({"live_started", "live_ended", "viewer_count", "viewer_joined", "chat_message", "product_featured",
                  "viewer_liked", "gift_sent", "viewer_followed", "live_shared"})
# what a shop sends (console/bridge/shopify.py): orders and carts, no audience
SHOP = frozenset({"live_started", "live_ended", "order_placed", "cart_added", "cart_abandoned"})


# ------------------------------------------------------------------------------------------ the table

def test_every_needed_type_is_a_protocol_event_type() -> None:
    used = {t for need in NEEDS.values() for alternative in need for t in alternative}
    assert used <= p.EVENT_TYPES, used - p.EVENT_TYPES  # a typo would make a figure unavailable from every feed


def test_every_figure_names_a_field_the_console_shows() -> None:
    snap = {f.name for f in dataclasses.fields(KpiSnapshot)}
    product = {f.name for f in dataclasses.fields(ProductStats)} | {"abandonment", "units_per_min"}
    channel = {f.name for f in dataclasses.fields(ChannelStats)}
    others = {"chat_heat", "click_heat", "action_effect"}
    for figure in NEEDS:
        if figure.startswith("product_"):
            assert figure.removeprefix("product_") in product, figure
        elif figure.startswith("channel_"):
            assert figure.removeprefix("channel_") in channel, figure
        else:
            assert figure in snap | others, figure


def test_every_goal_a_plan_may_set_grades_a_figure_of_the_table() -> None:
    assert set(GOAL_FIGURES) == set(Goals.__struct_fields__)
    assert set(GOAL_FIGURES.values()) <= set(NEEDS)


def test_a_feed_that_does_not_say_has_everything() -> None:
    assert all(is_available(f, None) for f in NEEDS)
    assert missing("gmv", None) == () and why("roas", None) == "" and lacking_types(None) == []


def test_a_room_has_viewers_and_chat_but_no_sales() -> None:
    gone = unavailable(NEEDS, ROOM)
    for figure in ("gmv", "orders", "orders_per_min", "conversion", "aov", "roas", "cart_abandonment", "gpm",
                   "uv_value", "product_revenue", "product_ctr", "product_conversion", "channel_orders",
                   "minute_orders", "click_heat", "action_effect"):
        assert figure in gone, figure
    for figure in ("viewers_now", "peak_viewers", "entered", "views", "chat_per_min", "chatters",
                   "engagement_rate", "chat_heat", "channel_entered", "minute_viewers", "minute_chat"):
        assert figure not in gone, figure
    # joins without leaves: the per-channel "viewers now" (joins - leaves) would only ever grow
    assert missing("channel_viewers_now", ROOM) == ("viewer_left",)
    assert missing("gmv", ROOM) == ("order_placed",)
    assert missing("roas", ROOM) == ("ad_spend", "order_placed")


def test_a_shop_has_sales_but_no_audience() -> None:
    for figure in ("gmv", "orders", "aov", "cart_abandonment", "product_revenue", "channel_revenue", "new_buyers"):
        assert is_available(figure, SHOP), figure
    for figure in ("viewers_now", "entered", "conversion", "gpm", "uv_value", "chat_per_min", "engagement_rate"):
        assert not is_available(figure, SHOP), figure
    assert missing("roas", SHOP) == ("ad_spend",)  # no ROAS without spend, even with orders
    assert missing("conversion", SHOP) == ("viewer_joined",)


def test_conversion_is_buyers_per_viewer_and_needs_no_clicks() -> None:
    both = ROOM | SHOP
    assert is_available("conversion", both)  # orders per unique viewer: orders and joins are enough
    assert not is_available("product_conversion", both)  # a product's conversion is orders / clicks
    assert missing("product_conversion", both) == ("product_click",)
    assert is_available("product_conversion", both | {"product_click"})


def test_viewers_now_needs_a_count_or_both_joins_and_leaves() -> None:
    assert not is_available("viewers_now", frozenset({"viewer_joined"}))
    assert is_available("viewers_now", frozenset({"viewer_joined", "viewer_left"}))
    assert is_available("viewers_now", frozenset({"viewer_count"}))
    assert missing("viewers_now", frozenset({"viewer_joined"})) in (("viewer_count",), ("viewer_left",))


def test_stock_left_comes_from_the_platform_or_from_the_orders() -> None:
    assert not is_available("product_stock_left", ROOM)  # plan stock never used up: it would read as untouched
    assert is_available("product_stock_left", frozenset({"stock_changed"}))
    assert is_available("product_stock_left", SHOP)


def test_the_tooltip_says_what_the_feed_would_have_to_send() -> None:
    text = why("roas", ROOM)
    assert text.startswith("Not available from this feed")
    assert "ad spend (ad_spend)" in text and "orders (order_placed)" in text
    assert NOT_AVAILABLE in why("gmv", ROOM).lower()


def test_lacking_types_are_those_some_figure_needs() -> None:
    assert lacking_types(SHOP, ["gmv", "conversion", "roas"]) == ["ad_spend", "viewer_joined"]
    assert "order_placed" in lacking_types(ROOM)


# ------------------------------------------------------------------------------------------ feed to snapshot

def hello(provides: list[str] | None, live_id: str = "L1") -> bytes:
    return p.encode(p.Hello(protocol=p.PROTOCOL, live_id=live_id, title="t", started_at=100.0, time_scale=1.0,
                            first_seq=1, last_seq=0, provides=provides))


def test_the_ingest_hands_the_hellos_provides_to_the_engine_and_its_snapshots() -> None:
    ingest = Ingest(KpiEngine())
    ingest.frame(hello(sorted(ROOM)), 0.0)
    assert ingest.engine.available == ROOM and ingest.changed
    ingest.frame(p.encode(p.LiveStarted(seq=1, ts=100.0, live_id="L1", title="t")), 0.0)
    assert ingest.engine.snapshot().available == ROOM
    ingest.frame(hello(None), 0.0)  # the same live, reconnected, now says nothing: every type
    assert ingest.engine.snapshot().available is None


def test_another_lives_hello_changes_nothing() -> None:
    ingest = Ingest(KpiEngine())
    ingest.frame(hello(sorted(ROOM)), 0.0)
    ingest.frame(hello(None, live_id="L2"), 0.0)  # refused: the console must be restarted for another live
    assert ingest.identity_problem and ingest.engine.available == ROOM


def test_a_checkpoint_keeps_what_the_feed_could_send() -> None:
    engine = KpiEngine(available=ROOM)
    engine.apply(p.LiveStarted(seq=1, ts=100.0, live_id="L1", title="t"))
    restored = engine_from_bytes(engine_to_bytes(engine), None)
    assert restored.available == ROOM and isinstance(restored.available, frozenset)
    assert engine.clone().available == ROOM


def test_a_checkpoint_from_before_provides_is_still_used_with_every_type() -> None:
    engine = KpiEngine()
    engine.apply(p.LiveStarted(seq=1, ts=100.0, live_id="L1", title="t"))
    del engine.available  # an engine of the previous console version had no such attribute
    old = engine_to_bytes(engine)
    restored = engine_from_bytes(old, None)
    assert restored.available is None and restored.snapshot().started_at == 100.0


# ------------------------------------------------------------------------------------------ the session file

def test_a_version_4_file_is_migrated_to_5_with_an_empty_provides(tmp_path: Path) -> None:
    db = tmp_path / "v4.db"
    with closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.executescript("".join(MIGRATIONS[v] for v in (1, 2, 3, 4)) + "PRAGMA user_version = 4;")
        conn.execute("INSERT INTO session (id, live_id, console_version, started_at) VALUES (1, 'L1', '0.9', 5.0)")
    with closing(open_for_writing(db)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 5
        assert conn.execute("SELECT live_id, provides FROM session").fetchone() == ("L1", None)
        conn.execute("UPDATE session SET provides = ? WHERE id = 1", ('["chat_message", "viewer_joined"]',))
    with SessionTables(db) as tables:
        assert recorded_available(tables.meta()) == frozenset({"chat_message", "viewer_joined"})


@pytest.mark.parametrize("text", [None, "", "not json", '{"a": 1}', '[1, 2]'])
def test_a_provides_that_does_not_read_as_names_means_every_type(text: str | None) -> None:
    assert recorded_available({"provides": text}) is None  # a damaged row must not hide what the feed had
