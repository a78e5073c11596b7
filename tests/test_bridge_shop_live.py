"""A shop through the bridge into the console: Shopify webhooks POSTed to `live-console bridge --shopify` over
loopback, signed (or not) as Shopify signs them, and what reaches the console's recorded session."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot

from console.plan.model import DEMO_PLAN
from console.services.live_session import open_live_session
from tests.support import TOKEN, SimProcess

SECRET = "shop-secret-for-tests"
WEBHOOK = re.compile(r"shopify webhooks (http://\S+)")


@pytest.fixture
def bridge(tmp_path: Path) -> Iterator[tuple[SimProcess, str]]:
    env = {**os.environ, "LIVE_CONSOLE_TOKEN": TOKEN, "LIVE_CONSOLE_SHOPIFY_SECRET": SECRET,
           "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "console", "bridge", "--shopify", "--plan", str(DEMO_PLAN), "--port", "0",
         "--shopify-port", "0", "--journal", str(tmp_path / "bridge.ndjson")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert proc.stdout is not None
    seen, webhook, feed = [], "", ""
    for line in proc.stdout:  # the banner: the webhook's address, then the feed's (listening by then)
        seen.append(line)
        if m := WEBHOOK.search(line):
            webhook = m.group(1)
        if "feed  ws://" in line:
            feed = line.split()[-1]
            break
    assert webhook and feed, "".join(seen)
    sim = SimProcess(proc, feed, feed.replace("ws://", "http://").replace("/events", ""), TOKEN)
    yield sim, webhook
    sim.stop(signal.SIGKILL)


def order(order_id: int, sku: str, quantity: int, price: str, test: bool = False) -> bytes:
    return json.dumps({"id": order_id, "currency": "EUR", "processed_at": "2026-12-07T10:00:00Z", "test": test,
                       "total_price": price, "landing_site": "/products/x?utm_source=tiktok&utm_medium=paid",
                       "line_items": [{"sku": sku, "quantity": quantity, "price": price}],
                       "customer": {"id": 501}}).encode()


def deliver(url: str, body: bytes, webhook_id: str, secret: str = SECRET) -> int:
    signature = base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()
    return httpx.post(url, content=body, timeout=10, headers={
        "X-Shopify-Topic": "orders/paid", "X-Shopify-Hmac-Sha256": signature, "X-Shopify-Webhook-Id": webhook_id,
        "X-Shopify-Shop-Domain": "test-shop.myshopify.com", "Content-Type": "application/json"}).status_code


def orders_in(path: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(path) as conn:
        return [json.loads(raw) for (raw,) in conn.execute("SELECT raw FROM events WHERE type = 'order_placed'")]


def test_signed_orders_reach_the_console_once_and_a_bad_signature_nothing(
        qtbot: QtBot, bridge: tuple[SimProcess, str], tmp_path: Path) -> None:
    sim, webhook = bridge
    path = tmp_path / "session.db"
    session = open_live_session(sim.feed, sim.token, None, session_path=path)
    session.start()
    try:
        assert deliver(webhook, order(1001, "KNF-CHEF20", 2, "89.00"), "w-1") == 200
        assert deliver(webhook, order(1001, "KNF-CHEF20", 2, "89.00"), "w-1") == 200  # Shopify's retry: once
        assert deliver(webhook, order(1002, "KNF-CHEF20", 1, "89.00"), "w-2", secret="wrong") == 401
        assert deliver(webhook, order(1003, "NOT-IN-PLAN", 1, "12.50"), "w-3") == 200
        qtbot.waitUntil(lambda: session.ingest.last_seq >= 3, timeout=20_000)  # live_started + two orders
        assert session.latest()[1].rejected == 0
        # kept out and counted at once (the count was one delivery behind): a Shopify test order
        assert deliver(webhook, order(1004, "KNF-CHEF20", 1, "89.00", test=True), "w-4") == 200
        counted = httpx.get(f"{sim.api}/state", headers=sim.headers(), timeout=5).json()["not_mapped"]
        assert [n for k, n in counted.items() if "test order" in k] == [1], counted
        # between orders the feed is quiet, yet current: the heartbeats carry the live's clock past the last event
        last_event = session.ingest.last_event_ts
        assert last_event is not None
        qtbot.waitUntil(lambda: (session.ingest.last_server_ts or 0.0) > last_event + 3.0, timeout=20_000)
    finally:
        session.close()
    got = orders_in(path)
    assert [(o["items"][0]["product_id"], o["items"][0]["quantity"], o["amount"], o["channel"]) for o in got] == [
        ("KNF-CHEF20", 2, 178.0, "paid"),  # 2 x 89.00; utm_medium=paid
        ("NOT-IN-PLAN", 1, 12.5, "paid"),  # a product the plan does not map: kept, under the shop's SKU
    ]
    # the additive fields beside each order reach the session file (the console keeps every event as it came)
    assert [(o["channel_basis"], o.get("unmapped_products")) for o in got] == [
        ("utm_medium=paid", None), ("utm_medium=paid", ["NOT-IN-PLAN"])]
    state = httpx.get(f"{sim.api}/state", headers=sim.headers(), timeout=5).json()
    assert "order_placed" in state["provides"] and "product_click" not in state["provides"]
