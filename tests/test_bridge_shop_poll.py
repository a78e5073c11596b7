"""The shop's paid orders polled from the Admin API (console/bridge/shopify_poll.py), against a loopback stand-in of
Shopify's `orders` query (tests/shopify_standin.py `PaidOrdersStandIn`: the search's `updated_at:>=` applied, sorted
by updatedAt, in pages).

The source alone, with its waits recorded instead of slept (a run ends at the n-th wait): pages, the cursor and a
restart from it, orders paid before the live, throttling, a refused token, a shop out of reach. Then the whole
route: `build_bridge` with webhooks and polling, served on loopback, into a console's live session: each order
once, whether it came by poll, by webhook or both, across a restart of the bridge on the same journal.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import logging
import re
import socket
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from pytestqt.qtbot import QtBot
from starlette.responses import JSONResponse, Response

from console.bridge.command import BridgeOptions, build_bridge
from console.bridge.server import BridgeConfig, BridgeServer
from console.bridge.shopify import ShopifyConfig
from console.bridge.shopify_http import SECRET_ENV, TOKEN_ENV, TOKEN_FILE_ENV, Secret
from console.bridge.shopify_poll import BEFORE_LIVE, ShopifyPollSource
from console.cli import main
from console.plan.model import load_plan
from console.services.feed_client import Backoff
from console.services.live_session import Tuning, open_live_session
from console.studio.feed_server import bind
from tests.shopify_standin import (
    ORDERS_PATH,
    ORDERS_TOKEN,
    PaidOrdersStandIn,
    graphql_order,
    refused,
    serving_app,
    throttled,
)
from tests.support import TOKEN

PLAN_PATH = Path(__file__).resolve().parent.parent / "assets" / "plans" / "bridge-demo.toml"  # USD, Shopify SKUs
SHOP = "kitchen-live.myshopify.com"
SECRET = "shop-secret-for-tests"
START = 1_800_000_000.0  # the live's start in the source's own tests
SKUS = {"SKU2006-001": "KNF-CHEF20", "SKU2006-035": "BRD-OAK40", "LENS-PROTECT-2YR": "SHP-WHET"}  # the plan's map


def iso(t: float) -> str:
    return datetime.fromtimestamp(int(t), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def searched_from(t: float) -> str:
    return f"financial_status:paid updated_at:>='{iso(t)}'"


# ---------------------------------------------------------------------------------------------------------------
# The source alone


class EnoughError(Exception):
    """Ends a source's run at the wait the test asked for (the source itself never stops)."""


class Waits:
    """The source's waits, recorded with its `problem` at that moment instead of slept; the `stop_at`-th ends it."""

    def __init__(self, stop_at: int) -> None:
        self.stop_at = stop_at
        self.asked: list[float] = []
        self.problems: list[str | None] = []
        self.source: ShopifyPollSource | None = None

    async def __call__(self, seconds: float) -> None:
        self.asked.append(seconds)
        self.problems.append(self.source.problem if self.source is not None else None)
        if len(self.asked) >= self.stop_at:
            raise EnoughError


def poller(url: str, waits: Waits, token: str = ORDERS_TOKEN) -> ShopifyPollSource:
    config = ShopifyConfig(currency="USD", pseudonym_key=b"k" * 32, product_map=SKUS)
    source = ShopifyPollSource(config, SHOP, Secret(token), live_start=lambda: START, endpoint=url, wait=waits,
                               page_size=2, clock=lambda: START + 100)
    waits.source = source
    return source


Emitted = list[tuple[list[Any], Any]]  # what a source emits: the shop's Emitted (an event and its extra fields)


def run_source(source: ShopifyPollSource, resumed: Sequence[Any] = ()) -> Emitted:
    emitted: Emitted = []

    async def go() -> None:
        with pytest.raises(EnoughError):
            await source.run(list(resumed), lambda events, cursor: emitted.append((list(events), cursor)))

    asyncio.run(go())
    return emitted


def extras_of(emitted: Emitted) -> list[dict[str, Any]]:
    return [dict(e.extra) for events, _ in emitted for e in events]


@contextmanager
def shop(standin: PaidOrdersStandIn) -> Iterator[str]:
    with serving_app(standin.app()) as base:
        yield base + ORDERS_PATH


def orders_of(emitted: Emitted) -> list[tuple[str, str, int, float]]:
    return [(e.event.order_id, e.event.items[0].product_id, e.event.items[0].quantity, e.event.amount)
            for events, _ in emitted for e in events]


def test_polls_page_through_the_orders_emit_each_once_and_a_restart_asks_from_the_journaled_cursor() -> None:
    standin = PaidOrdersStandIn(page_limit=2, orders=[
        graphql_order("1001", iso(START + 10), quantity=2, price="89.99"),
        graphql_order("1002", iso(START + 20), sku="SKU2006-035", price="45.00"),
        graphql_order("1003", iso(START + 30), sku="LENS-PROTECT-2YR", quantity=3, price="29.00"),
        # paid an hour before the live, fulfilled during it: not the live's order
        graphql_order("900", iso(START + 15), processed=iso(START - 3600)),
    ])
    with shop(standin) as url:
        first = poller(url, waits := Waits(stop_at=2))
        emitted = run_source(first)
        assert orders_of(emitted) == [("o-1001", "KNF-CHEF20", 2, 179.98),  # 2 x 89.99
                                      ("o-1002", "BRD-OAK40", 1, 45.0),
                                      ("o-1003", "SHP-WHET", 3, 87.0)]  # 3 x 29.00
        # each order's events go with the mapper's records; the poll's cursor (the newest updatedAt) after them
        assert [cursor for _, cursor in emitted] == [[{"k": "order", "id": "1001"}], [{"k": "order", "id": "1002"}],
                                                     [{"k": "order", "id": "1003"}],
                                                     [{"k": "poll", "since": iso(START + 30)}]]
        # from the live's start less the margin (120 s) and the overlap (30 s); then from the cursor less the overlap
        assert standin.searches() == [searched_from(START - 150)] * 2 + [searched_from(START)] * 2  # two pages each
        assert waits.asked == [10.0, 10.0]
        assert first.not_mapped == {BEFORE_LIVE: 1}  # the second poll's repeats were not handed over again

        standin.add(graphql_order("1004", iso(START + 40), sku="SKU2006-035", price="45.00"))
        again = poller(url, Waits(stop_at=1))
        seen = len(standin.seen)
        emitted_again = run_source(again, resumed=[cursor for _, cursor in emitted])
    assert standin.searches()[seen] == searched_from(START)  # the journaled cursor, not the live's start
    assert orders_of(emitted_again) == [("o-1004", "BRD-OAK40", 1, 45.0)]  # nothing emitted twice
    assert again.mapper.not_mapped == {"poll/orders": 3}  # the three within the overlap, known from the journal


@pytest.mark.parametrize(("answer", "wait"), [
    (throttled(1502, 2, 100), 15.0),  # GraphQL's THROTTLED: (1502 - 2) / 100 points a second
    (lambda: JSONResponse({"errors": "Too Many Requests"}, status_code=429, headers={"Retry-After": "25"}), 25.0),
])
def test_a_throttled_poll_waits_as_long_as_shopify_says_then_carries_on(answer: Callable[[], Response],
                                                                        wait: float) -> None:
    standin = PaidOrdersStandIn(orders=[graphql_order("1001", iso(START + 10))])
    standin.then(answer)
    with shop(standin) as url:
        source = poller(url, waits := Waits(stop_at=2))
        emitted = run_source(source)
    assert waits.asked == [wait, 10.0]
    assert waits.problems[0] is not None
    assert orders_of(emitted) == [("o-1001", "KNF-CHEF20", 1, 89.99)]
    assert source.problem is None and source.last_error is not None and source.last_error.retry_in_s == wait


def test_a_refused_token_is_reported_and_retried_never_fatal(caplog: pytest.LogCaptureFixture) -> None:
    standin = PaidOrdersStandIn(orders=[graphql_order("1001", iso(START + 10))])
    standin.then(refused, refused)  # the app reinstalled mid-live: its token works again later
    with caplog.at_level(logging.WARNING, "console.bridge.shopify_poll"), shop(standin) as url:
        source = poller(url, waits := Waits(stop_at=3))
        emitted = run_source(source)
    told = "the Admin API refused the token (401): check its scopes (read_orders)"
    assert waits.asked == [10.0, 20.0, 10.0]  # backing off, then the usual interval once a poll worked
    assert waits.problems == [told, told, None]
    assert orders_of(emitted) == [("o-1001", "KNF-CHEF20", 1, 89.99)]
    assert source.last_error is not None and source.last_error.message == told
    assert [r.getMessage() for r in caplog.records] == [  # once per change, never the token
        f"Shopify {SHOP}: polling failed: {told} (next try in 10 s)"]
    assert ORDERS_TOKEN not in caplog.text


def test_a_shop_out_of_reach_is_retried_with_a_backoff_that_doubles_up_to_a_minute() -> None:
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there: every poll fails to connect
    source = poller(f"http://127.0.0.1:{port}{ORDERS_PATH}", waits := Waits(stop_at=6))
    assert run_source(source) == []
    assert waits.asked == [10.0, 20.0, 40.0, 60.0, 60.0, 60.0]
    assert source.problem is not None and source.problem.startswith("ConnectError")


# ---------------------------------------------------------------------------------------------------------------
# The command line


@pytest.mark.parametrize(("args", "words"), [
    (["--shopify-poll", "--plan", str(PLAN_PATH)], "--shopify-poll needs --shop DOMAIN"),
    (["--shopify-poll", "--shop", SHOP], "--shopify-poll needs --plan"),
    (["--shopify-poll", "--shop", "kitchen-live.com", "--plan", str(PLAN_PATH)], "its myshopify.com domain"),
    (["--shopify-poll", "--shop", SHOP, "--plan", str(PLAN_PATH)], f"no Shopify Admin API token: set {TOKEN_ENV}"),
])
def test_the_poller_refuses_to_start_without_what_it_needs_and_says_what_to_set(
        args: list[str], words: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for name in (TOKEN_ENV, TOKEN_FILE_ENV):
        monkeypatch.delenv(name, raising=False)
    assert main(["bridge", "--port", "0", *args]) == 2
    out = capsys.readouterr()
    assert words in out.err and "feed  ws://" not in out.out  # said before anything is served


# ---------------------------------------------------------------------------------------------------------------
# The whole route: webhooks and polling through one bridge into the console


@contextmanager
def serving_bridge(server: BridgeServer, sock: socket.socket) -> Iterator[str]:
    """The bridge's feed on `sock`, served by uvicorn in a thread of its own as `live-console bridge` serves it;
    stopped as SIGTERM stops it (its sources cancelled, the live not ended). Yields the feed's URL."""
    config = uvicorn.Config(server.app(), log_level="warning", access_log=False, ws="websockets-sansio",
                            lifespan="on", timeout_graceful_shutdown=2)
    userver = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(userver.serve(sockets=[sock])), name="bridge",
                              daemon=True)
    thread.start()
    try:
        yield f"ws://127.0.0.1:{sock.getsockname()[1]}/v1/events"
    finally:
        userver.should_exit = True
        thread.join(15)
        sock.close()
        if server.events_journal is not None:  # run() closes it only when the live ends; a process would exit here
            server.events_journal.close()


def rest_order(order_id: int, sku: str, quantity: int, price: str) -> bytes:
    """An orders/paid delivery's body (Shopify's REST shape)."""
    return json.dumps({"id": order_id, "currency": "USD", "total_price": price, "source_name": "web",
                       "line_items": [{"sku": sku, "quantity": quantity, "price": price}],
                       "customer": {"id": 501}}).encode()


def deliver(url: str, body: bytes, webhook_id: str) -> int:
    signature = base64.b64encode(hmac.new(SECRET.encode(), body, hashlib.sha256).digest()).decode()
    return httpx.post(url, content=body, timeout=10, headers={
        "X-Shopify-Topic": "orders/paid", "X-Shopify-Hmac-Sha256": signature, "X-Shopify-Webhook-Id": webhook_id,
        "X-Shopify-Shop-Domain": SHOP, "Content-Type": "application/json"}).status_code


def orders_in(path: Path) -> list[tuple[str, str, int, float]]:
    with sqlite3.connect(path) as conn:
        raws = [json.loads(raw) for (raw,) in conn.execute("SELECT raw FROM events WHERE type = 'order_placed'")]
    return sorted((o["order_id"], o["items"][0]["product_id"], o["items"][0]["quantity"], o["amount"]) for o in raws)


def test_orders_by_poll_by_webhook_or_both_reach_the_console_once_across_a_restart_of_the_bridge(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_ENV, SECRET)
    monkeypatch.setenv(TOKEN_ENV, ORDERS_TOKEN)
    standin = PaidOrdersStandIn(page_limit=2)
    journal, session_path = tmp_path / "bridge.ndjson", tmp_path / "session.db"
    with serving_app(standin.app()) as base:
        opts = BridgeOptions(plan=load_plan(PLAN_PATH), token=TOKEN, shopify=True, shopify_poll=True, shop=SHOP,
                             shopify_port=0, poll_every_s=0.1, shop_endpoint=base + ORDERS_PATH, journal=journal)
        bridge = build_bridge(opts)
        webhook = next(m.group(1) for line in bridge.lines if (m := re.search(r"webhooks (http://\S+)", line)))
        t0 = bridge.server.now.started_at
        standin.add(graphql_order("1001", iso(t0 + 10), quantity=2, price="89.99"),
                    graphql_order("1002", iso(t0 + 20), sku="SKU2006-035", price="45.00"),
                    graphql_order("1003", iso(t0 + 30), sku="LENS-PROTECT-2YR", quantity=3, price="29.00"),
                    graphql_order("900", iso(t0 + 5), processed=iso(t0 - 3600)))  # paid before the live
        sock = bind("127.0.0.1", 0)
        port = sock.getsockname()[1]
        session = open_live_session(f"ws://127.0.0.1:{port}/v1/events", TOKEN, None, session_path=session_path,
                                    tuning=Tuning(backoff=Backoff(0.1, 0.5)))
        session.start()
        try:
            with serving_bridge(bridge.server, sock):
                assert deliver(webhook, rest_order(1004, "SKU2006-020", 1, "149.00"), "w-1") == 200
                qtbot.waitUntil(lambda: session.ingest.last_seq >= 5, timeout=20_000)  # live_started + 4 orders
                # 1004 now comes by poll too (after its webhook), and 1005 by poll first, then by webhook
                standin.add(graphql_order("1004", iso(t0 + 40), sku="SKU2006-020", price="149.00"),
                            graphql_order("1005", iso(t0 + 50), sku="IPOD2008PINK", price="19.00"))
                qtbot.waitUntil(lambda: session.ingest.last_seq >= 6, timeout=20_000)
                assert deliver(webhook, rest_order(1005, "IPOD2008PINK", 1, "19.00"), "w-2") == 200
                state = httpx.get(f"http://127.0.0.1:{port}/v1/state", timeout=5,
                                  headers={"Authorization": f"Bearer {TOKEN}"}).json()
            assert state["sources"] == ["shopify"] and {"order_placed", "cart_added"} <= set(state["provides"])
            assert standin.searches()[0] == searched_from(t0 - 150)

            seen = len(standin.seen)
            standin.add(graphql_order("1006", iso(t0 + 60), quantity=2, price="80.00"))  # while the bridge is down
            restarted = build_bridge(opts)
            assert restarted.server.now.started_at == t0  # the live's start, from the journal
            with serving_bridge(restarted.server, bind("127.0.0.1", port)):
                qtbot.waitUntil(lambda: session.ingest.last_seq >= 7, timeout=20_000)
            # asked from the journaled cursor (1005's updatedAt) less the overlap, not from the live's start again
            assert standin.searches()[seen] == searched_from(t0 + 20)
            assert session.latest()[1].rejected == 0
        finally:
            session.close()
    assert orders_in(session_path) == [  # each once, amounts by hand: quantity x unit price
        ("o-1001", "KNF-CHEF20", 2, 179.98),
        ("o-1002", "BRD-OAK40", 1, 45.0),
        ("o-1003", "SHP-WHET", 3, 87.0),
        ("o-1004", "POT-DUTCH5", 1, 149.0),
        ("o-1005", "TOW-LIN3", 1, 19.0),
        ("o-1006", "KNF-CHEF20", 2, 160.0),
    ]


def test_an_order_with_more_lines_than_the_poll_reads_says_so() -> None:
    """The query reads an order's first 20 lines (the cost limit of one query): one with more is kept, flagged."""
    node = graphql_order("1001", iso(START + 10), quantity=2, price="89.99")
    node["lineItems"]["pageInfo"] = {"hasNextPage": True}
    standin = PaidOrdersStandIn(orders=[node])
    with shop(standin) as url:
        source = poller(url, Waits(stop_at=1))
        emitted = run_source(source)
    (extra,) = extras_of(emitted)
    assert extra["lines_cut"] is True and orders_of(emitted)[0][3] == 179.98  # the amount of the lines read


def test_the_bridges_state_shows_what_a_source_cannot_do_now() -> None:
    class Failing:
        name, provides, not_mapped = "shopify", frozenset({"order_placed"}), {}
        problem = "the Admin API refused the token (401): check its scopes (read_orders)"

        async def run(self, resumed: Sequence[Any], emit: Any) -> None: ...

    server = BridgeServer(BridgeConfig(live_id="L", title="t", token="x" * 16, currency="USD"), [Failing()])
    assert server.snapshot()["problems"] == {"shopify": Failing.problem}
    Failing.problem = ""
    assert server.snapshot()["problems"] == {}
