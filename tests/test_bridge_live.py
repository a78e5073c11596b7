"""The bridge end to end: a real TikTok LIVE capture replayed by `live-console bridge` over loopback into the
console's own live session, recorded in a real session file.

The committed capture (tests/data/tiktok, pseudonymised) is a corpus of many rooms, not one live: four
`WebcastControlMessage` live ends of other rooms fall in its middle, the first of which would end the live, and its
messages are spread over three months. The tests serve the messages of the mapped methods, live ends aside, one a
second: the same messages as a steady live.
"""

from __future__ import annotations

import json
import signal
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
from pytestqt.qtbot import QtBot

from console.bridge.capture import read_capture
from console.bridge.tiktok_map import TikTokMapper
from console.live.health import FeedState
from console.services.live_session import open_live_session
from tests.support import SimProcess, start_bridge

CORPUS = Path(__file__).parent / "data" / "tiktok" / "tiktoklivejava_corpus.capture.ndjson"


MAPPED_METHODS = {"WebcastRoomUserSeqMessage", "WebcastMemberMessage", "WebcastChatMessage", "WebcastLikeMessage",
                  "WebcastGiftMessage", "WebcastSocialMessage", "WebcastOecLiveShoppingMessage"}


@pytest.fixture
def one_room_capture(tmp_path: Path) -> Path:
    """The corpus's messages of the mapped methods (live ends aside), one a second: a steady live of ~7 minutes."""
    out = tmp_path / "corpus-steady.capture.ndjson"
    records = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    kept = [r for r in records if r["method"] in MAPPED_METHODS]
    out.write_text("".join(json.dumps({**r, "recv_ts": 1_700_000_000.0 + i}) + "\n" for i, r in enumerate(kept)))
    return out


@pytest.fixture
def bridge(one_room_capture: Path, tmp_path: Path) -> Iterator[SimProcess]:
    proc = start_bridge("--capture", str(one_room_capture), "--speed", "200", "--journal",
                        str(tmp_path / "bridge.journal.ndjson"))
    yield proc
    proc.stop(signal.SIGKILL)


def expected_types(capture: Path) -> Counter[str]:
    """What the capture should become: the mapper run here over the same lines (its correctness against the real
    messages is tests/test_bridge_tiktok.py's), plus the live's start and end, which the bridge says itself."""
    mapper = TikTokMapper(live_id="x", key=b"k" * 32)
    out: Counter[str] = Counter({"live_started": 1, "live_ended": 1})
    for rec in read_capture(capture):
        assert rec.payload is not None
        out.update(d.type for d in mapper.map(rec.method, rec.payload, rec.recv_ts))
    return out


def recorded_types(path: Path) -> Counter[str]:
    with sqlite3.connect(path) as conn:
        return Counter(dict(conn.execute("SELECT type, count(*) FROM events GROUP BY type").fetchall()))


def test_a_capture_through_the_bridge_becomes_the_consoles_session_event_for_event(
        qtbot: QtBot, bridge: SimProcess, one_room_capture: Path, tmp_path: Path) -> None:
    expected = expected_types(one_room_capture)
    assert expected["viewer_joined"] > 0 and expected["chat_message"] > 0 and expected["product_featured"] > 0
    path = tmp_path / "session.db"
    session = open_live_session(bridge.feed, bridge.token, None, session_path=path)
    session.start()
    try:
        qtbot.waitUntil(lambda: session.latest()[1].state == FeedState.ENDED, timeout=60_000)
        health = session.latest()[1]
        assert health.rejected == 0 and health.gaps == ()
        state = httpx.get(f"{bridge.api}/state", headers=bridge.headers(), timeout=5).json()
    finally:
        session.close()
    assert recorded_types(path) == expected
    assert state["events_by_type"] == dict(expected)
    assert state["status"] == "ended" and state["last_seq"] == sum(expected.values())
    # the bridge says what it can send: the console must not draw what is absent as zero
    assert "order_placed" not in state["provides"] and "viewer_joined" in state["provides"]
    assert state["not_mapped"]  # every message that became no event is counted, by method


def state_of(proc: SimProcess) -> dict[str, Any]:
    reply: dict[str, Any] = httpx.get(f"{proc.api}/state", headers=proc.headers(), timeout=5).json()
    return reply


def test_a_restarted_bridge_serves_the_same_seqs_and_carries_on(qtbot: QtBot, one_room_capture: Path,
                                                                  tmp_path: Path) -> None:
    journal = tmp_path / "bridge.journal.ndjson"
    first = start_bridge("--capture", str(one_room_capture), "--speed", "10", "--journal", str(journal))
    try:
        qtbot.waitUntil(lambda: state_of(first)["last_seq"] >= 50, timeout=30_000)
        assert state_of(first)["status"] == "live"
    finally:
        first.stop(signal.SIGKILL)  # killed mid-live
    key = journal.with_suffix(".key")
    kept = key.read_bytes()
    assert key.stat().st_mode & 0o777 == 0o600  # the pseudonym key: the owner's only
    served = [json.loads(line) for line in journal.read_text().splitlines()[1:]]
    before = [r for r in served if r.get("seq") is not None]
    assert len(before) >= 50
    again = start_bridge("--capture", str(one_room_capture), "--speed", "200", "--journal", str(journal))
    try:
        qtbot.waitUntil(lambda: state_of(again)["status"] == "ended", timeout=60_000)
        state = state_of(again)
    finally:
        again.stop(signal.SIGKILL)
    after = [json.loads(line) for line in journal.read_text().splitlines()[1:]]
    numbered = [r for r in after if r.get("seq") is not None]
    assert numbered[:len(before)] == before  # the first run's events, unchanged
    assert [r["seq"] for r in numbered] == list(range(1, len(numbered) + 1))  # then on, no gap, no repeat
    assert Counter(r["event"]["type"] for r in numbered) == expected_types(one_room_capture)
    assert state["status"] == "ended"
    assert key.read_bytes() == kept  # the same viewers get the same pseudonyms after the restart


def test_a_draft_the_protocol_refuses_is_counted_and_the_live_goes_on() -> None:
    """A source's fault (an empty viewer id, which the protocol refuses) is kept aside with its reason."""
    import asyncio

    from console.bridge.server import BridgeConfig, BridgeServer, Emit
    from console.bridge.tiktok_map import ChatMessageDraft

    class TwoChats:
        name = "test"
        provides = frozenset({"chat_message"})
        not_mapped: ClassVar[dict[str, int]] = {}

        async def run(self, _resumed: object, emit: Emit) -> None:
            emit([ChatMessageDraft(ts=10.0, viewer_id="", text="no id")], 1)
            emit([ChatMessageDraft(ts=11.0, viewer_id="v-1", text="hello")], 2)

    server = BridgeServer(BridgeConfig(live_id="L", title="T", token="t"), [TwoChats()], now=1.0)
    asyncio.run(server.run())
    assert server.now.by_type == {"live_started": 1, "chat_message": 1, "live_ended": 1}
    assert list(server.refused.values()) == [1] and "test:chat_message" in next(iter(server.refused))
    assert server.log.last_seq == 3  # numbered without a hole: the refused draft never took a seq


def test_a_pinned_product_the_plan_maps_is_featured_as_the_plans_product(one_room_capture: Path) -> None:
    """assets/plans/bridge-demo.toml maps the capture's pinned TikTok ids to the chef's and the santoku knives."""
    import asyncio

    from console.bridge.platform_ids import ProductMap
    from console.bridge.server import BridgeConfig, BridgeServer
    from console.bridge.sources import CaptureSource
    from console.plan.model import load_plan

    plan = load_plan(Path(__file__).parent.parent / "assets" / "plans" / "bridge-demo.toml")
    source = CaptureSource(one_room_capture, live_id=plan.live.id, key=b"k" * 32, started_at=1.0, speed=1e9,
                           products=ProductMap.from_plan(plan))
    server = BridgeServer(BridgeConfig(live_id=plan.live.id, title=plan.live.title, token="t"), [source], now=1.0)
    asyncio.run(server.run())
    featured = [json.loads(server.log.slice(seq - 1, 1)[0]) for seq in range(1, server.log.last_seq + 1)]
    pins = [(e["platform_product_id"], e["product_id"]) for e in featured if e["type"] == "product_featured"]
    mapped = {tiktok: sku for tiktok, sku in pins if sku is not None}
    assert set(mapped.values()) == {"KNF-CHEF20", "KNF-SANTO"}  # the plan's two mapped products
    assert all(sku is None for tiktok, sku in pins if tiktok not in mapped)  # an unmapped pin: shown, not dropped


def test_an_action_no_platform_can_take_is_a_step_by_hand_on_air_only_once_confirmed(
        one_room_capture: Path, tmp_path: Path) -> None:
    plan_path = Path(__file__).parent.parent / "assets" / "plans" / "bridge-demo.toml"
    proc = start_bridge("--capture", str(one_room_capture), "--speed", "5", "--plan", str(plan_path),
                        "--journal", str(tmp_path / "bridge.ndjson"))
    try:
        body = {"product_id": "KNF-CHEF20", "discount_pct": 20, "duration_s": 300}
        reply = httpx.post(f"{proc.api}/actions/flash-offer", json=body, timeout=10,
                           headers=proc.headers(**{"Idempotency-Key": "press-1"}))
        assert reply.status_code == 201, reply.text
        answer = reply.json()
        assert answer["status"] == "manual" and answer["steps"]  # what to do, in words, nothing done yet
        assert "1729609304255072963" in " ".join(answer["steps"])  # the TikTok id the plan gives the chef's knife
        assert state_of(proc)["events_by_type"].get("offer_started", 0) == 0  # not on air: nobody did it yet
        done = httpx.post(f"{proc.api}/actions/{answer['action_id']}/confirm", headers=proc.headers(), timeout=10)
        assert done.status_code == 200, done.text
        assert state_of(proc)["events_by_type"]["offer_started"] == 1  # now on the charts, once
        again = httpx.post(f"{proc.api}/actions/{answer['action_id']}/confirm", headers=proc.headers(), timeout=10)
        assert again.status_code == 200 and state_of(proc)["events_by_type"]["offer_started"] == 1
    finally:
        proc.stop(signal.SIGKILL)


def test_a_flash_offer_on_a_shop_becomes_its_discount_and_goes_on_air() -> None:
    """With a shop, the bridge's actions API creates the automatic discount (a stand-in of Shopify's Admin API on
    loopback) and puts offer_started on air at once; the live's end ends the discount."""
    import asyncio

    from console.bridge.platform_ids import shopify_gids
    from console.bridge.server import BridgeConfig, BridgeServer
    from console.bridge.shopify_actions import ShopifyFlashOffers
    from console.bridge.shopify_http import Secret
    from console.plan.model import load_plan
    from tests.shopify_standin import TOKEN as SHOP_TOKEN
    from tests.shopify_standin import ShopifyStandIn, serving

    plan = load_plan(Path(__file__).parent.parent / "assets" / "plans" / "bridge-demo.toml")
    sku = next(pr.sku for pr in plan.products if shopify_gids(plan, pr.sku))  # a product the plan sells on the shop
    knife = shopify_gids(plan, sku)
    standin = ShopifyStandIn(catalogue=set(knife))
    with serving(standin) as url:

        async def go() -> tuple[dict[str, Any], BridgeServer]:
            async with httpx.AsyncClient() as client:
                offers = ShopifyFlashOffers(client, "kitchen-live.myshopify.com", Secret(SHOP_TOKEN), plan,
                                            lambda sku: shopify_gids(plan, sku), endpoint=url)
                server = BridgeServer(BridgeConfig(live_id=plan.live.id, title="t", token="t"), [], now=1.0,
                                      offers=offers)
                answer = await server.execute("flash_offer", "act-1", {"product_id": sku,
                                                                        "discount_pct": 20, "duration_s": 300})
                await server.run()  # no source: the live ends at once, and its discounts with it
                return answer, server

        answer, server = asyncio.run(go())
    assert answer["status"] == "accepted"
    assert server.now.by_type["offer_started"] == 1 and server.now.by_type["offer_ended"] == 1
    (discount,) = standin.discounts.values()
    assert sorted(discount.variants + discount.products) == sorted(knife) and discount.percentage == 0.2
    assert discount.status != "ACTIVE"  # ended with the live


def test_a_journal_line_cut_short_by_a_kill_is_dropped_and_the_bridge_carries_on(one_room_capture: Path,
                                                                                tmp_path: Path) -> None:
    import asyncio

    from console.bridge.server import BridgeConfig, BridgeServer
    from console.bridge.sources import CaptureSource

    journal = tmp_path / "bridge.ndjson"
    config = BridgeConfig(live_id="L", title="T", token="t", journal=journal)

    def bridge() -> BridgeServer:
        source = CaptureSource(one_room_capture, live_id="L", key=b"k" * 32, started_at=1.0, speed=1e9)
        return BridgeServer(config, [source], now=1.0)

    first = bridge()
    asyncio.run(first.run())
    whole = journal.read_text()
    lines = whole.splitlines()
    journal.write_text("\n".join(lines[:-1]) + "\n" + lines[-1][: len(lines[-1]) // 2])  # killed mid-write
    again = bridge()
    assert again.log.last_seq == json.loads(lines[-2])["seq"]  # the torn batch's events were never served
    asyncio.run(again.run())
    assert again.now.by_type == first.now.by_type  # and are served now, under the same seqs
