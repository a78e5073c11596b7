"""`live-console bridge`: the sources asked for on the command line, put together behind one feed server.

What the command line gives: a capture to replay (`--capture`), a shop's webhooks (`--shopify`, its secret from
the environment or a file, never the command line), its paid orders polled from the Admin API (`--shopify-poll`,
with `--shop` and the Admin API token from the environment or a file). Each source refuses to start when what it
needs is missing, with a sentence that says what to set.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import msgspec

from console.bridge.manual import ManualSteps
from console.bridge.platform_ids import ProductMap, shopify_gids
from console.bridge.server import BridgeConfig, BridgeServer, Source
from console.bridge.shopify import ShopifyConfig, pseudonym_key_from_secret
from console.bridge.shopify_actions import ShopifyFlashOffers
from console.bridge.shopify_http import (
    WEBHOOK_PATH,
    Secret,
    shop_domain_problem,
    shopify_admin_token,
    shopify_client_secret,
)
from console.bridge.shopify_poll import POLL_EVERY_S, SINCE_MARGIN_S, ShopifyPollSource
from console.bridge.shopify_source import ShopifySource
from console.bridge.sources import CaptureSource
from console.bridge.tiktok_live import TikTokLiveSource, default_tee_path, room_handle, tiktok_sign_key
from console.i18n import translate
from console.plan.model import Plan, PlatformIds
from console.studio.feed_server import bind


@dataclass(frozen=True, slots=True)
class BridgeOptions:
    plan: Plan | None
    token: str
    capture: Path | None = None
    speed: float = 1.0
    shopify: bool = False
    shop: str | None = None  # my-shop.myshopify.com: flash offers become its automatic discounts
    shopify_host: str = "127.0.0.1"
    shopify_port: int = 8766
    abandon_after_min: float = 30.0
    include_test_orders: bool = False  # a rehearsal with Shopify's test orders (test: true)
    shopify_poll: bool = False  # the shop's paid orders polled from the Admin API (needs `shop`): no tunnel
    poll_every_s: float = POLL_EVERY_S
    poll_margin_min: float = SINCE_MARGIN_S / 60.0  # orders paid this long before the live's start still count
    shop_endpoint: str | None = None  # the Admin API's URL instead of the shop's: tests' stand-in only, no flag
    journal: Path | None = None
    buffer_events: int = 2_000_000
    tiktok: str | None = None  # a TikTok LIVE room (@handle), live
    tee: Path | None = None  # where its raw messages go (default: tiktok_live.default_tee_path)


@dataclass(frozen=True, slots=True)
class Bridge:
    server: BridgeServer
    lines: list[str]  # what the terminal says about the sources (never a secret)
    prepare: list[Callable[[], Awaitable[None]]] = field(default_factory=list)  # first connections, before serving


def build_bridge(opts: BridgeOptions) -> Bridge:
    """The server and its sources. Raises ValueError or OSError with a sentence for the terminal."""
    shop_side = opts.shopify or opts.shopify_poll
    if opts.capture is None and opts.tiktok is None and not shop_side:
        raise ValueError(translate("Bridge", "nothing to bridge: give --capture FILE or --tiktok @room, and/or "
                                   "--shopify or --shopify-poll"))
    if opts.capture is not None and opts.tiktok is not None:
        raise ValueError(translate("Bridge", "--capture and --tiktok are both a video platform's live: give one"))
    if opts.tee is not None and opts.tiktok is None:
        raise ValueError(translate("Bridge", "--tee goes with --tiktok: it is where the room's raw messages are "
                                   "written"))
    plan = opts.plan
    if plan is None and opts.shopify_poll:
        raise ValueError(translate("Bridge", "--shopify-poll needs --plan: the live's currency and the products the "
                                   "shop's SKUs map to"))
    if plan is None and opts.capture is None and opts.tiktok is None:
        raise ValueError(translate("Bridge", "--shopify needs --plan: the live's id, currency and the products its "
                                   "SKUs map to"))
    if opts.shopify_poll and opts.shop is None:
        raise ValueError(translate("Bridge", "--shopify-poll needs --shop DOMAIN: the shop whose paid orders it asks "
                                   "for (like my-shop.myshopify.com)"))
    if opts.shop is not None and (problem := shop_domain_problem(opts.shop)):
        raise ValueError(f"--shop: {problem}")
    handle = room_handle(opts.tiktok) if opts.tiktok is not None else None
    if plan is not None:
        live_id, title = plan.live.id, plan.live.title
    elif handle is not None:
        live_id, title = f"tiktok-{handle}", f"TikTok LIVE @{handle}"
    else:
        live_id = opts.capture.stem.split(".")[0]  # type: ignore[union-attr]
        title = f"Capture {opts.capture.name}"  # type: ignore[union-attr]
    currency = plan.live.currency if plan else "EUR"
    started = time.time()
    products = ProductMap.from_plan(plan) if plan else None
    sources: list[Source] = []
    lines: list[str] = []
    prepare: list[Callable[[], Awaitable[None]]] = []
    if handle is not None:
        tee = opts.tee or default_tee_path(handle, opts.journal, started)
        room = TikTokLiveSource(handle, live_id=live_id, key=pseudonym_key(opts.journal), tee=tee,
                                sign_key=tiktok_sign_key())
        sources.append(room)
        prepare.append(room.start)  # connected before the feed is served: an offline room is an error at once
        lines.append(translate("Bridge", "  tiktok @{handle}, every raw message teed to {path}").format(
            handle=handle, path=tee))
    if opts.capture is not None:
        sources.append(CaptureSource(opts.capture, live_id=live_id, key=pseudonym_key(opts.journal),
                                     started_at=started, speed=opts.speed, products=products))
        lines.append(translate("Bridge", "  capture {path} (speed {speed}x)").format(path=opts.capture,
                                                                                   speed=f"{opts.speed:g}"))
    server: BridgeServer  # built last; the poller reads the live's start from it (a restart's is the journal's)
    if shop_side:
        token = shopify_admin_token() if opts.shopify_poll else None  # read first: a missing one stops the start
        secret = shopify_client_secret() if opts.shopify else None
        # The plan's `platform_ids`; a line item whose SKU is the plan's own product id maps to it as well.
        product_map: dict[str, str] = {}
        if plan is not None and products is not None:
            product_map = {**{p.sku: p.sku for p in plan.products}, **products.shopify_product_map()}
        config = ShopifyConfig(currency=currency, pseudonym_key=shop_pseudonym_key(secret, opts.journal),
                               product_map=product_map, abandon_after_s=opts.abandon_after_min * 60.0,
                               include_test_orders=opts.include_test_orders)
        webhooks = None
        if secret is not None:
            sock = bind(opts.shopify_host, opts.shopify_port)
            host, port = sock.getsockname()[:2]
            webhooks = ShopifySource(config, secret, sock)
            lines.append(translate("Bridge", "  shopify webhooks {url} (orders/paid, checkouts/*, carts/*; a cart "
                                   "with no paid order for {minutes} min is abandoned)").format(
                url=f"http://{host}:{port}{WEBHOOK_PATH}", minutes=f"{opts.abandon_after_min:g}"))
        if token is not None and opts.shop is not None:
            # One source for the shop: the webhooks (if any) run inside the poller and both map through one
            # mapper, so an order that comes both ways is emitted once (console/bridge/shopify_poll.py).
            sources.append(ShopifyPollSource(config, opts.shop, token, live_start=lambda: server.now.started_at,
                                             webhooks=webhooks, poll_every_s=opts.poll_every_s,
                                             margin_s=opts.poll_margin_min * 60.0, endpoint=opts.shop_endpoint))
            lines.append(translate("Bridge", "  shopify paid orders polled from {shop} every {seconds} s (Admin API, "
                                   "read_orders; from {minutes} min before the live's start)").format(
                shop=opts.shop, seconds=f"{opts.poll_every_s:g}", minutes=f"{opts.poll_margin_min:g}"))
        elif webhooks is not None:
            sources.append(webhooks)
    manual = ManualSteps(plan, tiktok_id=lambda sku: tiktok_id(plan, sku)) if plan is not None else None
    offers = None
    if opts.shop is not None:
        if plan is None:
            raise ValueError(translate("Bridge", "--shop needs --plan: the products its discounts name "
                                       "(platform_ids)"))
        offers = ShopifyFlashOffers.from_environment(httpx.AsyncClient(), opts.shop, plan,
                                                     lambda sku: shopify_gids(plan, sku), endpoint=opts.shop_endpoint)
        lines.append(translate("Bridge", "  flash offers: automatic discounts on {shop} (Admin API; token from the "
                               "environment)").format(shop=opts.shop))
    if manual is not None:
        lines.append(translate("Bridge", "  actions: steps by hand in the platforms' apps, on the charts once "
                               "confirmed (POST /v1/actions/ACTION_ID/confirm)"))
    server = BridgeServer(BridgeConfig(live_id=live_id, title=title, token=opts.token, currency=currency,
                                       time_scale=opts.speed if opts.capture is not None else 1.0,
                                       buffer_events=opts.buffer_events, journal=opts.journal),
                          sources, now=started, manual=manual, offers=offers)
    return Bridge(server, lines, prepare)


def tiktok_id(plan: Plan, sku: str) -> str | None:
    """The TikTok product id the plan gives a product (its first), for the steps by hand that name it."""
    product = next((pr for pr in plan.products if pr.sku == sku), None)
    ids = product.platform_ids if product is not None else msgspec.UNSET
    return ids.tiktok[0] if isinstance(ids, PlatformIds) and ids.tiktok else None


def shop_pseudonym_key(secret: Secret | None, journal: Path | None) -> bytes:
    """The shop's pseudonym key: from the client secret when there is one (the webhooks need it: the same customer
    gets the same id in every run, with or without polling), else the one kept beside the journal."""
    if secret is None:
        with contextlib.suppress(ValueError):  # polling alone: the secret is optional
            secret = shopify_client_secret()
    return pseudonym_key_from_secret(secret.reveal()) if secret is not None else pseudonym_key(journal)


def pseudonym_key(journal: Path | None) -> bytes:
    """The key viewers' pseudonyms are made with. Kept beside the journal (owner-only), so a restarted bridge gives
    each viewer the same id again; without a journal, one for this run. Never printed or logged."""
    if journal is None:
        return secrets.token_bytes(32)
    path = journal.with_suffix(".key")
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(secrets.token_bytes(32))
    return path.read_bytes()
