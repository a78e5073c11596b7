"""The shop's paid orders polled from the Admin API: the route that needs no tunnel (docs/bridge.md, "Without a
tunnel"). Every `poll_every_s` it asks for the paid orders updated since its cursor (`poll_paid_orders`), maps
each through the shop's `ShopifyMapper` and emits it with the mapper's records; then the new cursor.

One source for the shop, whichever route its orders take. With webhooks too (`--shopify --shopify-poll`), the
webhook source runs inside this one and both map through the webhook source's mapper: an order that comes by
both routes is one order, at run time (one object decides) and after a restart (one journal bucket, "shopify",
holds both routes' records, and the one mapper is rebuilt from all of them). The poll's cursor is a record among
the mapper's (`{"k": "poll", "since": ...}`: the mapper ignores a kind it does not know), so a journal written
with or without polling carries on either way.

It never dies and never spins: a throttled or failing Admin API is waited out as it asks, else with a backoff
that doubles up to BACKOFF_MAX_S; what went wrong stays readable (`problem`, `last_error`) and is logged once
per change. The token is a `Secret`: it goes in a header and nowhere else.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

import httpx

from console.bridge.server import Emit
from console.bridge.shopify import ShopifyConfig, ShopifyMapper, ShopOrder
from console.bridge.shopify_http import (
    ORDERS_PER_PAGE,
    Secret,
    ShopifyApiError,
    _check_endpoint,  # the poller's own rule: https, or plain http on loopback (a stand-in)
    poll_paid_orders,
    shop_domain_problem,
)
from console.bridge.shopify_source import ShopifySource

log = logging.getLogger(__name__)

POLL_EVERY_S: Final = 10.0  # an order reaches the console within this (plus the request) instead of ~1 s
SINCE_MARGIN_S: Final = 120.0  # orders paid up to this long before the live's start still count as the live's
OVERLAP_S: Final = 30.0  # each poll asks again this far back: an order indexed late for search is still found
BACKOFF_MAX_S: Final = 60.0
POLL_RECORD: Final = "poll"  # the journal record kind that holds the poll's cursor
BEFORE_LIVE: Final = "poll/paid before the live"  # not_mapped tallies of this source's own
UNREADABLE: Final = "poll/unreadable order"
ORDERS_ONLY: Final = frozenset({"order_placed"})  # what polling alone can tell: no carts, so no abandonment


@dataclass(frozen=True, slots=True)
class PollError:
    at: float  # wall clock
    message: str  # never holds the token: the poller's errors name the status and the scope to check
    retry_in_s: float


class ShopifyPollSource:
    """Paid orders polled from `shop`'s Admin API; with `webhooks`, the shop's webhooks served alongside."""

    name = "shopify"

    def __init__(self, config: ShopifyConfig, shop: str, token: Secret, *, live_start: Callable[[], float],
                 webhooks: ShopifySource | None = None, poll_every_s: float = POLL_EVERY_S,
                 margin_s: float = SINCE_MARGIN_S, overlap_s: float = OVERLAP_S, endpoint: str | None = None,
                 page_size: int = ORDERS_PER_PAGE, clock: Callable[[], float] = time.time,
                 wait: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        """`live_start`: the live's start (the bridge's, kept in its journal): no order paid more than `margin_s`
        before it is the live's. Each poll asks from `overlap_s` before its cursor (orders seen are skipped).
        `endpoint` replaces the shop's URL (tests: a loopback stand-in; no flag sets it).
        `wait` is how the loop waits between polls (tests record the waits instead of sleeping them)."""
        if problem := shop_domain_problem(shop):
            raise ValueError(problem)
        if endpoint is not None:
            _check_endpoint(endpoint)
        if not poll_every_s > 0:
            raise ValueError("the poll interval must be a positive number of seconds")
        if webhooks is not None and webhooks.config is not config:
            raise ValueError("the webhooks and the poller must map with one config (one shop, one pseudonym key)")
        self.config, self.shop, self._token, self.webhooks = config, shop, token, webhooks
        self.live_start, self.poll_every_s = live_start, poll_every_s
        self.margin_s, self.overlap_s = margin_s, overlap_s
        self.endpoint, self.page_size, self._clock, self._wait = endpoint, page_size, clock, wait
        self.provides: frozenset[str] = webhooks.provides if webhooks is not None else ORDERS_ONLY
        self.mapper = webhooks.mapper if webhooks is not None else ShopifyMapper(config)
        self.since: str | None = None  # the cursor: the newest updatedAt seen (at first, the live's start - margin)
        self.polls = 0  # polls that succeeded
        self.problem: str | None = None  # what failed in the latest poll; None once one succeeds
        self.last_error: PollError | None = None  # kept after a recovery, for /state and the report
        self._skipped: dict[str, int] = {}
        # Orders handed to the mapper in this run: the newest comes again in every poll (the search is `>=`), and
        # a repeat handed over each time would count as not mapped every 10 s. Bounded as the mapper's memory.
        self._handed: OrderedDict[str, None] = OrderedDict()

    @property
    def not_mapped(self) -> dict[str, int]:
        return {**self.mapper.kept_out(), **self._skipped}

    async def run(self, resumed: Sequence[Any], emit: Emit) -> None:
        """Poll until cancelled (the live ended); with webhooks, serve them meanwhile through the same mapper."""
        records = [r for cursor in resumed for r in cursor]
        self.since = _last_since(records) or _iso(self.live_start() - self.margin_s)
        async with httpx.AsyncClient(timeout=30.0) as client:
            if self.webhooks is None:
                self.mapper = ShopifyMapper(self.config, restore=records)
                await self._poll_forever(client, emit)
                return
            before = self.webhooks.mapper
            serving = asyncio.create_task(self.webhooks.run(resumed, emit))
            await asyncio.sleep(0)  # its first step rebuilds its mapper from the journal: the one both routes use
            if self.webhooks.mapper is before:
                serving.cancel()
                raise RuntimeError("the webhook source did not build its mapper at its start")
            self.mapper = self.webhooks.mapper
            polling = asyncio.create_task(self._poll_forever(client, emit))
            try:
                done, _ = await asyncio.wait({serving, polling}, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    task.result()  # neither ends by itself: one that did failed, and says so
            finally:
                for task in (serving, polling):
                    task.cancel()
                await asyncio.gather(serving, polling, return_exceptions=True)

    async def _poll_forever(self, client: httpx.AsyncClient, emit: Emit) -> None:
        failures = 0
        while True:
            try:
                await self.poll_once(client, emit)
            except Exception as exc:  # whatever it is, the live goes on: the error is shown and the poll retried
                failures += 1
                told = exc.retry_after if isinstance(exc, ShopifyApiError) else None
                backoff = min(max(BACKOFF_MAX_S, self.poll_every_s), self.poll_every_s * 2 ** (failures - 1))
                delay = max(told or 0.0, backoff)
                self._failed(exc, delay)
                await self._wait(delay)
                continue
            if failures:
                log.info("Shopify %s: polling works again", self.shop)
            failures, self.problem = 0, None
            await self._wait(self.poll_every_s)

    async def poll_once(self, client: httpx.AsyncClient, emit: Emit) -> None:
        """One poll: every page of paid orders updated since the cursor, each order emitted once (with the
        mapper's records), then the new cursor. An emit that fails (the journal) leaves that order and the cursor
        where they were: the next poll brings them again."""
        asked = _iso(_unix(self.since) - self.overlap_s) if self.since is not None else None
        polled = await poll_paid_orders(client, self.shop, self._token, asked, page_size=self.page_size,
                                        endpoint=self.endpoint)
        floor = self.live_start() - self.margin_s
        for order in polled.orders:
            if order.order_id in self._handed:
                continue
            if _paid_before(order, floor):  # an older order updated during the live (fulfilled, refunded...)
                self._count(BEFORE_LIVE)
            else:
                outcome = self.mapper.handle_polled(order, self._clock())
                if outcome.events or outcome.records:
                    emit(outcome.events, outcome.records)
                self.mapper.apply(outcome)
            self._remember(order.order_id)
        for _reason in polled.skipped:
            self._count(UNREADABLE)
        if polled.cursor is not None and (self.since is None or _unix(polled.cursor) > _unix(self.since)):
            emit([], [{"k": POLL_RECORD, "since": polled.cursor}])
            self.since = polled.cursor
        self.polls += 1

    def _failed(self, exc: Exception, delay: float) -> None:
        message = str(exc) if isinstance(exc, ShopifyApiError) else f"{type(exc).__name__}: {exc}"
        if message != self.problem:  # logged once per change, not once per try
            log.warning("Shopify %s: polling failed: %s (next try in %g s)", self.shop, message, delay)
        self.problem = message
        self.last_error = PollError(self._clock(), message, delay)

    def _count(self, what: str) -> None:
        self._skipped[what] = self._skipped.get(what, 0) + 1

    def _remember(self, order_id: str) -> None:
        self._handed[order_id] = None
        while len(self._handed) > self.config.memory_capacity:
            self._handed.popitem(last=False)


def _last_since(records: Iterable[Any]) -> str | None:
    since = None
    for r in records:
        if isinstance(r, dict) and r.get("k") == POLL_RECORD and isinstance(r.get("since"), str):
            since = r["since"]
    return since


def _paid_before(order: ShopOrder, floor: float) -> bool:
    return order.occurred_at is not None and order.occurred_at < floor


def _unix(iso: str) -> float:
    return datetime.fromisoformat(iso).timestamp()


def _iso(t: float) -> str:
    """Whole seconds, rounded down (the search is `>=`: never later than asked), UTC, as the search takes it."""
    return datetime.fromtimestamp(int(t), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
