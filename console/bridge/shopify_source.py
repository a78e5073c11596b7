"""The shop as a source of the bridge: Shopify's webhooks received on a port of their own, mapped exactly once
(console/bridge/shopify.py), and carts with no paid order abandoned after a while (a sweep on a timer).

The webhook port is separate from the feed's: a tunnel that makes it reachable from the internet (docs/bridge.md)
reaches nothing else. A delivery is answered 200 only once its events and the mapper's records are journaled
(`emit` returns after that); if that fails, 503, and Shopify's retry is judged afresh.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import Callable, Sequence
from typing import Any, Final

import uvicorn
from starlette.applications import Starlette

from console.bridge.server import Emit
from console.bridge.shopify import Outcome, ShopifyConfig, ShopifyMapper
from console.bridge.shopify_http import Secret, ShopifyWebhook

SWEEP_EVERY_S: Final = 5.0


class ShopifySource:
    name = "shopify"
    provides: frozenset[str] = frozenset({"order_placed", "cart_added", "cart_abandoned"})

    def __init__(self, config: ShopifyConfig, secret: Secret, sock: socket.socket, *,
                 sweep_every_s: float = SWEEP_EVERY_S, clock: Callable[[], float] = time.time) -> None:
        """`sock`: the webhook port, bound by the caller (port 0 gives a free one it can print)."""
        self.config, self._secret, self._sock = config, secret, sock
        self.sweep_every_s, self._clock = sweep_every_s, clock
        self.mapper = ShopifyMapper(config)
        self.webhook: ShopifyWebhook | None = None

    @property
    def not_mapped(self) -> dict[str, int]:
        return self.mapper.kept_out()

    async def run(self, resumed: Sequence[Any], emit: Emit) -> None:
        """Serve the webhook until cancelled (the live ended); sweep abandoned carts meanwhile."""
        self.mapper = mapper = ShopifyMapper(self.config, restore=[r for cursor in resumed for r in cursor])

        def on_outcome(outcome: Outcome) -> None:
            _emit(emit, outcome)  # raises if the journal cannot be written: the route answers 503

        self.webhook = ShopifyWebhook(mapper, self._secret, on_outcome, self._clock)
        app = Starlette(routes=[self.webhook.route()])
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"))
        # The feed's server owns SIGINT/SIGTERM: its shutdown cancels this source, which then stops this server.
        server.capture_signals = contextlib.nullcontext  # type: ignore[method-assign, assignment]
        serving = asyncio.create_task(server.serve(sockets=[self._sock]))
        try:
            while not serving.done():
                await asyncio.sleep(self.sweep_every_s)
                swept = mapper.sweep(self._clock())
                if swept.events or swept.records:
                    _emit(emit, swept)
                    mapper.apply(swept)
        finally:
            server.should_exit = True
            with contextlib.suppress(asyncio.CancelledError):
                await serving


def _emit(emit: Emit, outcome: Outcome) -> None:
    if outcome.events or outcome.records:
        emit(outcome.events, outcome.records or None)
