"""The live pipeline: feed client -> ingest -> KPI snapshot, on a thread of its own with its own asyncio loop.

The GUI thread never waits on it: it reads `latest()` (one reference, swapped whole) from a timer. Decoding and
aggregation run here, so a burst of thousands of events per second costs the window nothing but the redraw.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import threading
import time
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import Future
from typing import Any, Protocol

from console.i18n import translate
from console.kpi.snapshot import ActionEffect, KpiSnapshot
from console.live.health import FeedHealth, FeedState
from console.live.ingest import Ingest
from console.services.feed_client import DEFAULT_BACKOFF, Backoff, FeedClient

# A live that changed is published within one interval (20 Hz: the window, polling at 60 Hz, shows an event
# ~40 ms after it arrived, ~70 ms at p99, against ~100 / 190 ms with 10 Hz publishing and 10 Hz pulling),
# coalesced: one snapshot per interval whatever the feed's volume. Not faster: each snapshot drawn costs the GUI
# thread ~3 ms at 1920 px, and 30 Hz bought 15 ms for ~5 % of a core more (docs/performance.md). A live that did
# not change publishes only its health (ages, rates, the feed's state) at 10 Hz, as before.
SNAPSHOT_EVERY_S = 0.05
HEALTH_EVERY_S = 0.1
EFFECTS_EVERY_S = 1.0
EFFECT_WINDOW_S = 300.0  # five minutes before vs after: long enough to see, short enough to act on
# 2.5 s: heartbeats come every 2 s on a quiet feed, so a healthy feed is never flagged, and a stalled one shows
# "stale" within 3 s (tests/test_reliability_feed.py)
STALE_AFTER_S = 2.5
QUIET_RECONNECT_S = 15.0  # no frame at all for this long: the connection is dead, reconnect


PublishHook = Callable[[KpiSnapshot | None, FeedHealth], None]
BackgroundTask = Callable[[], Coroutine[Any, Any, Any]]


class LiveView(Protocol):
    """What the action desk and the session log use of a running live: a LivePipeline, or the LiveSession that
    holds one (console/services/live_session.py), which hands itself to them before its pipeline exists."""

    @property
    def ingest(self) -> Ingest: ...

    def latest(self) -> tuple[KpiSnapshot | None, FeedHealth]: ...

    def submit(self, coro: Coroutine[Any, Any, Any]) -> Future[Any]: ...

    def effect(self, action_id: str) -> ActionEffect | None: ...


class FeedReader(Protocol):
    """What the pipeline uses of its feed: the websocket's FeedClient, or the bus's BusFeedClient."""

    last_message_at: float
    connects: int

    async def run(self) -> None: ...

    def stop(self) -> None: ...

    def where(self) -> str: ...


def _no_storage_error() -> str | None:
    return None


class LivePipeline:
    """Feeds `ingest` from the feed at `feed_url` on a thread of its own; built, hooks and all, by
    console/services/live_session.py.

    `on_publish`: called on the pipeline thread after each publish, in order (auto cues, KPI roll-ups); they must
    not block. `background`: tasks run on the pipeline's loop for its life (the action API probe, a reconcile).
    `on_stop`: closed on the pipeline's loop when it stops, after the feed and the background tasks and before the
    loop goes (the action API's connections): closed where they were opened, whatever the machine's load.
    `storage_status`: the session file's complaint, if any, for the status bar.
    """

    def __init__(self, feed_url: str, token: str, ingest: Ingest, *, on_publish: Sequence[PublishHook] = (),
                 background: Sequence[BackgroundTask] = (), on_stop: Sequence[BackgroundTask] = (),
                 storage_status: Callable[[], str | None] = _no_storage_error, stale_after_s: float = STALE_AFTER_S,
                 backoff: Backoff = DEFAULT_BACKOFF, quiet_reconnect_s: float = QUIET_RECONNECT_S,
                 ssl_context: ssl.SSLContext | None = None, snapshot_every_s: float = SNAPSHOT_EVERY_S) -> None:
        self.feed_url, self._token = feed_url, token
        self.stale_after_s = stale_after_s
        self.ingest = ingest
        self._backoff, self._quiet, self._ssl = backoff, quiet_reconnect_s, ssl_context
        self._snapshot_every_s = snapshot_every_s
        self._latest: tuple[KpiSnapshot | None, FeedHealth] = (None, FeedHealth(since=time.time()))
        self._state, self._reason, self._retry_in = FeedState.CONNECTING, "", None
        self._state_since = time.time()
        self._retry_at: float | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self.client: FeedReader | None = None
        self.error: BaseException | None = None  # an unexpected crash of the pipeline thread, for the status bar
        self._on_publish = tuple(on_publish)
        self._effects: dict[str, ActionEffect] = {}  # by server action_id, replaced whole once a second
        self._effects_at = 0.0
        self.hook_errors: list[str] = []
        self._storage_status = storage_status
        self._background = tuple(background)
        self._on_stop = tuple(on_stop)

    # ------------------------------------------------------------------ GUI-thread API
    def start(self) -> None:
        self._thread = threading.Thread(target=self._thread_main, name="live-pipeline", daemon=True)
        self._thread.start()
        self._ready.wait(5)

    def stop(self, timeout: float = 10.0) -> None:
        if self._loop is not None and self._stop is not None and not self._loop.is_closed():
            with contextlib.suppress(RuntimeError):  # loop already closed
                self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(timeout)

    def latest(self) -> tuple[KpiSnapshot | None, FeedHealth]:
        return self._latest

    def effect(self, action_id: str) -> ActionEffect | None:
        """The measured effect of an action (orders/min before vs after), as of the last second."""
        return self._effects.get(action_id)

    def submit(self, coro: Coroutine[Any, Any, Any]) -> Future[Any]:
        """Run a coroutine on the pipeline's loop (actions, later); the caller gets a Future, never waits."""
        if self._loop is None:
            raise RuntimeError("the pipeline has not started")
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    # ------------------------------------------------------------------ pipeline thread
    def _thread_main(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # the window must show it, not die with it
            self.error = exc
            self._set_state(FeedState.STOPPED, translate("FeedStatus", "internal error: {error}").format(
                error=repr(exc)), None)
            self._publish()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self.client = _feed_client_kind(self.feed_url)(
            self.feed_url, self._token, on_frame=self._on_frame, on_state=self._set_state,
            resume_from=lambda: self.ingest.last_seq, backoff=self._backoff, quiet_reconnect_s=self._quiet,
            ssl_context=self._ssl)
        self._ready.set()
        feed = asyncio.create_task(self.client.run())
        helpers = [asyncio.create_task(self._publish_loop())] + [asyncio.create_task(f()) for f in self._background]
        stop = asyncio.create_task(self._stop.wait())
        await asyncio.wait({feed, stop, helpers[0]}, return_when=asyncio.FIRST_COMPLETED)
        for task in (feed, helpers[0]):  # the feed or the publisher died: say so, never freeze looking "live"
            if task.done() and not task.cancelled() and task.exception() is not None:
                exc = task.exception()
                self._set_state(FeedState.STOPPED, translate(
                    "FeedStatus", "internal error, restart the console: {error}").format(error=repr(exc)), None)
                self.error = exc
                self._publish()
        await stop
        self.client.stop()  # the feed leaves the frames still queued: the next start resumes after the last seq
        with contextlib.suppress(TimeoutError, asyncio.CancelledError):
            await asyncio.wait_for(feed, 5)
        for task in helpers:
            task.cancel()
        await asyncio.gather(*helpers, return_exceptions=True)
        for close in self._on_stop:  # awaited here: a close cut short by the loop's end leaves sockets open
            try:
                await close()
            except Exception as exc:
                self.hook_errors.append(repr(exc))

    def _on_frame(self, frame: str | bytes) -> None:
        self.ingest.frame(frame, time.time())
        if self.ingest.identity_problem and self.client is not None:
            self._set_state(FeedState.STOPPED, self.ingest.identity_problem, None)
            self.client.stop()

    def _set_state(self, state: FeedState, reason: str, retry_in: float | None) -> None:
        if state != self._state:
            self._state_since = time.time()
        self._state, self._reason = state, reason or (self._reason if state == FeedState.RECONNECTING else "")
        self._retry_at = time.time() + retry_in if retry_in is not None else None

    async def _publish_loop(self) -> None:
        published_at = -HEALTH_EVERY_S
        while True:
            now = time.monotonic()
            if self.ingest.changed or now - published_at >= HEALTH_EVERY_S - 1e-3:
                self._publish()
                published_at = now
            await asyncio.sleep(self._snapshot_every_s)

    def _publish(self) -> None:
        now = time.time()
        ing = self.ingest
        snap = self._latest[0]
        if ing.changed or snap is None:
            snap = ing.engine.snapshot(ing.live_now()) if ing.last_event_ts is not None else None
            ing.changed = False
        if snap is not None and snap.markers and now - self._effects_at >= EFFECTS_EVERY_S:
            self._effects_at = now
            effects = {m.action_id: ing.engine.effect(m.action_id, EFFECT_WINDOW_S) for m in snap.markers}
            self._effects = {k: v for k, v in effects.items() if v is not None}
        self._latest = (snap, health := self._health(now))
        for hook in self._on_publish:
            try:
                hook(snap, health)
            except Exception as exc:  # a faulty hook must not stop the numbers
                self.hook_errors.append(repr(exc))

    def _health(self, now: float) -> FeedHealth:
        ing, state, since = self.ingest, self._state, self._state_since
        quiet_for = time.monotonic() - self.client.last_message_at if self.client else 0.0
        if state == FeedState.LIVE and quiet_for > self.stale_after_s:
            state, since = FeedState.STALE, now - quiet_for
        return FeedHealth(
            state=state, since=since, reason=self._reason, events_per_s=ing.events_per_s(now), lag_s=ing.lag_s(now),
            last_seq=ing.last_seq, rejected=ing.rejected, duplicates=ing.duplicates,
            gaps=tuple((g.from_seq, g.to_seq, g.cause) for g in ing.gaps),
            reconnects=max(0, (self.client.connects if self.client else 0) - 1),
            retry_in_s=max(0.0, self._retry_at - now) if self._retry_at is not None else None,
            storage_error=self._storage_status() or "",
        )


def _feed_client_kind(url: str) -> Callable[..., FeedReader]:
    """The websocket client, or its twin that reads the live from the bus (nats:// or tls://, docs/bus.md);
    imported only when used, so a console on a websocket never loads the NATS client."""
    from console.bus.address import is_bus_url

    if is_bus_url(url):
        from console.bus.feed import BusFeedClient

        return BusFeedClient
    return FeedClient
