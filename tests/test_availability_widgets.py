"""The window on a feed that provides only viewer and chat events (a TikTok room through the bridge): every tile,
panel and chart whose inputs the feed never sends says "not available from this feed", never a number or a zero.

The snapshot is a real one: a hello announcing `provides` and the events of twelve minutes, through the console's
Ingest into its KPI engine. A screenshot at 1366 x 768 is written to $LAYOUT_SHOTS (or the test's tmp dir).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.kpi.engine import KpiEngine
from console.kpi.snapshot import KpiSnapshot
from console.live.ingest import Ingest
from console.plan.model import DEMO_PLAN, Plan, load_plan
from console.present.availability import NOT_AVAILABLE, NOT_AVAILABLE_SHORT
from console.protocol import wire as p
from console.widgets.main_window import MainWindow
from tests.test_widgets import Feed, open_window, temp_settings
from tests.test_window_fit import resize_to

T0 = 1_700_000_000.0
# what a TikTok room gives (console/bridge/tiktok_map.py): viewers, joins, chat and the room's social events
ROOM = frozenset({"live_started", "live_ended", "viewer_count", "viewer_joined", "chat_message", "product_featured",
                  "viewer_liked", "gift_sent", "viewer_followed", "live_shared"})


def hello(provides: frozenset[str] | None) -> bytes:
    return p.encode(p.Hello(protocol=p.PROTOCOL, live_id="room-1", title="Kitchen room", started_at=T0,
                            time_scale=1.0, first_seq=1, last_seq=0, server="test",
                            provides=None if provides is None else sorted(provides)))


def room_events(minutes: int, product: str) -> list[p.Event]:
    """A room's live: a join every 2 s (every third one through paid traffic), the platform's viewer count every
    10 s, a chat message every 3 s, one product pinned at minute 2."""
    evs: list[p.Event] = [p.LiveStarted(seq=1, ts=T0, live_id="room-1", title="Kitchen room")]

    def add(ev_type: type[p.Event], ts: float, **fields: object) -> None:
        evs.append(ev_type(seq=len(evs) + 1, ts=ts, **fields))  # type: ignore[arg-type]

    for s in range(1, minutes * 60):
        ts = T0 + s
        if s % 2 == 0:
            add(p.ViewerJoined, ts, viewer_id=f"v{s // 2}", channel="paid" if s % 6 == 0 else "organic")
        if s % 10 == 0:
            add(p.ViewerCount, ts, viewers=40 + s // 10, total_viewers=s // 2)
        if s % 3 == 0:
            add(p.ChatMessage, ts, viewer_id=f"v{s // 4}", text="does it cut tomatoes?")
        if s == 120:
            add(p.ProductFeatured, ts, state="pinned", platform="tiktok", platform_product_id="1729",
                title="Chef's knife", product_id=product)
    return evs


def room_snapshot(plan: Plan, provides: frozenset[str] | None = ROOM, minutes: int = 12) -> KpiSnapshot:
    """Hello, then the events, through the console's one door from a frame to the engine."""
    ingest = Ingest(KpiEngine(plan))
    ingest.frame(hello(provides), 0.0)
    ingest.frame(p.encode(room_events(minutes, plan.products[0].sku)), 0.0)
    return ingest.engine.snapshot()


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(DEMO_PLAN)


def test_the_hello_reaches_the_snapshot(plan: Plan) -> None:
    snap = room_snapshot(plan)
    assert snap.available == ROOM
    assert snap.viewers_now == 40 + 719 // 10 and snap.chat_messages == 239  # the room's own numbers are there
    assert room_snapshot(plan, provides=None).available is None  # the simulator: every type


def test_tiles_say_not_available_on_what_a_room_cannot_tell(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    window = open_window(qtbot, plan, Feed(room_snapshot(plan)), temp_settings(tmp_path))
    window.settle()
    tiles = window.tiles
    for name in ("gmv", "orders", "orders_per_min", "conversion", "roas", "sales_per_min", "cart_abandonment",
                 "gpm", "uv_value", "aov"):
        assert tiles.tile_text(name) == "n/a", name  # never "0", "€0" or "0.0%"
        assert tiles.tile_note(name) == NOT_AVAILABLE, name
        assert tiles.tile_status(name) == "none", name  # a goal on a figure the feed lacks is not judged
        assert "order_placed" in tiles._tiles[name].toolTip() or name == "cart_abandonment"
    assert "ad_spend" in tiles._tiles["roas"].toolTip()
    assert "cart_added" in tiles._tiles["cart_abandonment"].toolTip()
    # what the room does tell is shown as usual
    assert tiles.tile_text("viewers") == "111"
    assert tiles.tile_text("chat_per_min") == "20"
    assert tiles.tile_note("chat_per_min").startswith("engagement ")
    assert NOT_AVAILABLE not in tiles.tile_note("chat_per_min")  # joins are in the feed: chatters / entered is known


def test_panels_say_not_available_instead_of_zeros(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    window = open_window(qtbot, plan, Feed(room_snapshot(plan)), temp_settings(tmp_path))
    window.settle()
    stats = window.products.stats_text(plan.products[0].sku)
    assert NOT_AVAILABLE_SHORT in stats and "€0" not in stats and "0 sold" not in stats
    assert "conv n/a" in stats and "CTR n/a" in stats and "stock n/a" in stats
    assert "order_placed" in window.products._rows[plan.products[0].sku].stats.toolTip()
    paid = window.channels.channel_text("paid")
    assert f"Orders {NOT_AVAILABLE}" in paid and f"Revenue {NOT_AVAILABLE}" in paid
    assert f"Viewers now {NOT_AVAILABLE}" in paid  # joins without leaves: per-channel viewers would only grow
    assert "Entered 119" in paid  # every third join came through paid traffic
    assert window.channels.buyers_text() == NOT_AVAILABLE  # one sentence for new and returning buyers
    heat = window.heatmap
    assert heat.shape()[1] == 12  # chat by segment: drawn
    heat.set_mode("clicks")
    assert heat.shape() == (0, 0) and NOT_AVAILABLE in heat._waiting.toPlainText()
    chart = window.audience
    assert len(chart.curve("orders")[0]) == 0  # no flat zero line
    assert len(chart.curve("viewers")[0]) > 0
    assert chart.lacking() == ["orders / min: n/a"]  # its axis says so, with no scale (the tooltip, why)
    assert "order_placed" in chart.plot.getAxis("right").toolTip()


def test_a_feed_with_every_type_shows_numbers_everywhere(qtbot: QtBot, plan: Plan, tmp_path: Path) -> None:
    window = open_window(qtbot, plan, Feed(room_snapshot(plan, provides=None)), temp_settings(tmp_path))
    window.settle()
    assert window.tiles.tile_text("gmv") == "€0" and window.tiles.tile_note("gmv") != NOT_AVAILABLE
    assert window.audience.lacking() == []


def test_screenshot_at_1366x768(qtbot: QtBot, plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "room", lambda _self: QRect(QPoint(0, 0), QSize(1366, 768)))
    window = open_window(qtbot, plan, Feed(room_snapshot(plan)), temp_settings(tmp_path))
    resize_to(qtbot, window, (1366, 768))
    window.reset_layout()
    QApplication.processEvents()
    window.settle()
    shots = Path(os.environ.get("LAYOUT_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(shots / "room_feed_1366x768.png"))
    for name, tile in window.tiles._tiles.items():  # the sentence, or its short form, is whole on every tile
        if tile.value == "n/a":
            assert tile.drawn_note() in (NOT_AVAILABLE, NOT_AVAILABLE_SHORT), name
