"""A live read from the bus: the FeedClient's twin for `nats://HOST:PORT/LIVE_ID` (console/services/feed_client.py).

It hands the pipeline the same frames the websocket would: the live's hello (from the registry, with the first and
last seq the stream holds), its events from an ordered consumer that starts at the message holding the console's
last recorded seq + 1 (found by a binary search: console/bus/batches.py; the events before it in that message are
dropped), a gap frame for what retention removed, and the producer's heartbeats. So the `Ingest` door, the session
file and everything after it are the same whichever way the events came. Each message is a batch of events (a
JSON array, as the websocket server sends them) and is handed on as one frame.

Any trouble (bus restart, network, a consumer that went quiet) ends the session and a new one starts from the last
seq the ingest accepted: resuming is by construction, never by trusting the client library's own recovery.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import Callable
from typing import Protocol

import msgspec
import nats.errors
import nats.js.errors
from nats.aio.msg import Msg
from nats.js.api import ConsumerConfig, DeliverPolicy

from console.bus import names
from console.bus.address import BusAddressError, BusCredentials, connect_bus, parse_bus_url, refused_credentials
from console.bus.batches import events_from, message_bounds_of, message_holding, stream_extent
from console.bus.registry import get_entry, lives_bucket
from console.i18n import translate
from console.live.health import FeedState
from console.live.wording import secs
from console.protocol import wire as p

StateCallback = Callable[[FeedState, str, float | None], None]
_beat_decoder = msgspec.json.Decoder(p.Heartbeat)


class Backoff(Protocol):
    def delay(self, attempt: int, rng: random.Random) -> float: ...


class _Doubling:
    def delay(self, attempt: int, rng: random.Random) -> float:
        return min(15.0, 0.5 * 2 ** max(0, attempt - 1)) * (1 + rng.uniform(-0.2, 0.2))


class BusFeedClient:
    """Same interface as FeedClient: `run()` returns when stopped or when the live has ended."""

    def __init__(self, url: str, token: str, *, on_frame: Callable[[str | bytes], None], on_state: StateCallback,
                 resume_from: Callable[[], int], backoff: Backoff | None = None, quiet_reconnect_s: float = 15.0,
                 ssl_context: object = None, seed: int | None = None,
                 credentials: BusCredentials | None = None) -> None:
        del token, ssl_context  # the feed's token and TLS are the websocket's; the bus has its own (address.py)
        self.url = url
        self.address = parse_bus_url(url, want_live=True)
        self.live_id = self.address.live_id
        self._creds = credentials
        self._on_frame, self._on_state, self._resume_from = on_frame, on_state, resume_from
        self.backoff = backoff or _Doubling()  # the pipeline passes the websocket's own rule
        self.quiet_reconnect_s = quiet_reconnect_s
        self._rng = random.Random(seed)
        self._stopping = asyncio.Event()
        self._restart = asyncio.Event()
        self.last_message_at = 0.0
        self.connects = 0
        self.api_url = ""  # the live's actions API, as its producer registered it
        self._pending: list[bytes] = []
        self._pending_clock: list[bytes] = []  # heartbeats, handed on after the events that came before them
        self._event_at = 0.0  # monotonic time of the last event (heartbeats alone do not prove the consumer works)
        self._stream_last_seq = 0  # the newest seq the producer's clock says the stream holds
        self._start = 0  # the seq to start from in the first message after subscribing (0: the message is all new)
        self._wake = asyncio.Event()

    def stop(self) -> None:
        self._stopping.set()
        self._wake.set()

    def where(self) -> str:
        return translate("BusStatus", "bus {where}, live {live_id}").format(where=self.address.where(),
                                                                             live_id=self.live_id)

    async def run(self) -> None:
        self._on_state(FeedState.CONNECTING, "", None)
        attempt = 0
        while not self._stopping.is_set():
            connects = self.connects
            outcome = await self._session()
            if outcome is None:
                return
            final, reason = outcome
            if final is not None:
                self._on_state(final, reason, None)
                return
            attempt = 1 if self.connects > connects else attempt + 1  # it had been live: back off afresh
            delay = self.backoff.delay(attempt, self._rng)
            self._on_state(FeedState.RECONNECTING, reason, delay)
            with contextlib.suppress(TimeoutError):  # asyncio.timeout: see studio/event_log.py, wait()
                async with asyncio.timeout(delay):
                    await self._stopping.wait()

    async def _session(self) -> tuple[FeedState | None, str] | None:
        """One connection. None: stopping. (final state, reason) to stop for good; (None, reason) to retry."""
        self._restart.clear()
        try:
            creds = self._creds or BusCredentials.from_env()
        except BusAddressError as exc:
            return FeedState.STOPPED, str(exc)
        nc = None
        try:
            nc = await connect_bus(self.address, creds, name=f"live-console seat {self.live_id}",
                                   error_cb=_ignore, disconnected_cb=self._renew, closed_cb=self._renew)
            js = nc.jetstream(timeout=5)
            try:
                kv = await lives_bucket(js)
            except nats.js.errors.BucketNotFoundError:
                return None, translate("BusStatus", "no live on the bus at {where} yet (waiting for live {live_id})"
                                       ).format(where=self.address.where(), live_id=self.live_id)
            entry = await get_entry(kv, self.live_id)
            if entry is None or not entry.hello:
                return None, translate("BusStatus", "live {live_id} is not on the bus at {where} (yet)").format(
                    live_id=self.live_id, where=self.address.where())
            self.api_url = entry.api_url
            stream = names.stream_name(self.live_id)
            extent = await stream_extent(js, stream)
            first, last = extent.first_seq, extent.last_seq
            hello = msgspec.json.decode(entry.hello.encode(), type=p.Hello)
            hello.first_seq, hello.last_seq = first, last
            self.connects += 1
            self.last_message_at = time.monotonic()
            self._on_state(FeedState.LIVE, "", None)
            self._on_frame(p.encode(hello))
            start = self._resume_from() + 1
            if extent.holds_events and start < first:  # retention removed them: say so, as the websocket does
                self._on_frame(p.encode(p.Gap(from_seq=start, to_seq=first - 1, reason="no longer on the bus")))
                start = first
            # the message holding `start` (its events before it are dropped as it comes), or the next one to come
            from_msg = (await message_holding(js, stream, extent, start) if extent.holds_events and start <= last
                        else extent.last_msg + 1)
            self._pending.clear()
            self._pending_clock.clear()
            self._start = start
            self._event_at, self._stream_last_seq = time.monotonic(), last
            clock = await nc.subscribe(names.clock_subject(self.live_id), cb=self._on_clock)
            events = await js.subscribe(
                names.events_subject(self.live_id), cb=self._on_event, ordered_consumer=True,
                deliver_policy=DeliverPolicy.BY_START_SEQUENCE,
                config=ConsumerConfig(deliver_policy=DeliverPolicy.BY_START_SEQUENCE, opt_start_seq=max(1, from_msg)))
            try:
                return await self._follow(kv)
            finally:
                with contextlib.suppress(Exception):
                    await events.unsubscribe()
                with contextlib.suppress(Exception):
                    await clock.unsubscribe()
        except BusAddressError as exc:  # a certificate refused: say it, keep trying (it may be renewed)
            return None, str(exc)
        except (OSError, TimeoutError, nats.errors.Error, nats.js.errors.Error) as exc:
            if self._stopping.is_set():
                return None
            if refused_credentials(exc):
                return FeedState.STOPPED, translate(
                    "BusStatus", "the bus at {where} refused this console's credentials (check LIVE_CONSOLE_NATS_*: "
                    "docs/bus.md)").format(where=self.address.where())
            if isinstance(exc, (ConnectionRefusedError, TimeoutError)) and str(exc):
                return None, str(exc)  # connect_bus's own words: refused, or no answer in time
            return None, translate("BusStatus", "the bus at {where} is not answering ({error})").format(
                where=self.address.where(), error=type(exc).__name__)
        finally:
            if nc is not None:
                with contextlib.suppress(Exception):
                    await nc.close()

    async def _follow(self, kv: object) -> tuple[FeedState | None, str] | None:
        """Hand batches on until stopped, ended, restarted or quiet."""
        from nats.js.kv import KeyValue

        assert isinstance(kv, KeyValue)
        finished_at_seq: int | None = None
        next_check = 0.0
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(1.0):
                    await self._wake.wait()
            self._wake.clear()
            if self._pending:
                batch, self._pending = self._pending, []
                for payload in batch:  # a message is a batch of events already, a frame as the websocket's
                    self._on_frame(payload)
            if self._pending_clock:
                beats, self._pending_clock = self._pending_clock, []
                self._on_frame(beats[-1])  # only the newest clock matters
            if self._stopping.is_set():
                return None
            if self._restart.is_set():
                return None, translate("BusStatus", "lost the connection to the bus at {where}").format(
                    where=self.address.where())
            now = time.monotonic()
            if now - self.last_message_at > self.quiet_reconnect_s:
                return None, translate("BusStatus", "the bus went silent for {seconds} s (no events, no clock)").format(
                    seconds=secs(self.quiet_reconnect_s))
            if self._stream_last_seq > self._resume_from() and now - self._event_at > self.quiet_reconnect_s:
                # the producer's clock says the stream holds more, yet our consumer brings nothing: it is gone
                # (a leader election, a consumer deleted); start a new one from where we are
                return None, translate("BusStatus", "the bus stopped sending this live's events for {seconds} s"
                                       ).format(seconds=secs(self.quiet_reconnect_s))
            if now >= next_check:  # has the live ended, and is all of it here?
                next_check = now + 1.0
                if finished_at_seq is None:
                    entry = await get_entry(kv, self.live_id)
                    if entry is not None and entry.state == "finished":
                        finished_at_seq = entry.last_seq
                if finished_at_seq is not None and self._resume_from() >= finished_at_seq:
                    return FeedState.ENDED, translate("FeedStatus", "the live has ended")

    async def _on_event(self, msg: Msg) -> None:
        data = msg.data
        if self._start:  # the first message since (re)subscribing: it may hold events this console has
            first, last = message_bounds_of(msg.headers, msg.metadata.sequence.stream)
            start, self._start = self._start, 0
            if last < start:
                return
            data = events_from(data, first, start)
        self._pending.append(data)
        self.last_message_at = self._event_at = time.monotonic()
        self._wake.set()

    async def _on_clock(self, msg: Msg) -> None:
        self._pending_clock.append(msg.data)
        with contextlib.suppress(msgspec.DecodeError):  # the ingest keeps a bad frame aside, with its reason
            self._stream_last_seq = max(self._stream_last_seq, _beat_decoder.decode(msg.data).last_seq)
        self.last_message_at = time.monotonic()
        self._wake.set()

    async def _renew(self) -> None:
        """The connection ended: start over from the last accepted seq (a new connection, a new consumer)."""
        self._restart.set()
        self._wake.set()


async def _ignore(_exc: Exception) -> None:
    pass
