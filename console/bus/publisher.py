"""A live's events onto the bus: the serving end's event log, published in seq order into the live's stream.

One JetStream message per batch of up to BATCH events (console/bus/batches.py: a JSON array, its first and last
seq in headers), with `Nats-Msg-Id` = live id + first seq (the stream drops a repeat inside its duplicate window)
and `Nats-Expected-Last-Sequence` = the stream message before it, so the stream holds each event once, in order: a
producer that restarts (or reconnects after a bus restart) reads the stream's last message and carries on after
its last seq, with no duplicate and no hole, whatever the duplicate window. Up to IN_FLIGHT messages are sent
ahead of their acks. Heartbeats (the live's clock) go on a plain subject beside the stream, not stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Protocol

import nats.errors
import nats.js.errors
from nats.aio.client import Client as NatsClient
from nats.js import JetStreamContext
from nats.js.api import DiscardPolicy, PubAck, RetentionPolicy, StorageType, StoreCompression, StreamConfig
from nats.js.kv import KeyValue

from console.bus import names
from console.bus.address import BusAddress, BusAddressError, BusCredentials, connect_bus
from console.bus.batches import (
    EMPTY,
    batch_headers,
    batch_payload,
    bounds_of,
    message_bounds_of,
    stream_extent,
)
from console.bus.registry import LiveEntry, lives_bucket, put_entry
from console.i18n import translate
from console.protocol import wire as p

log = logging.getLogger(__name__)

BATCH = 500  # events per message at most (~100 KB of demo events; NATS takes 1 MB by default)
# Messages sent before the oldest one's ack is awaited. One at a time, each cost a round trip through a loop that
# also runs the model: the publisher's rate was one batch per loop turn or two whatever the CPU left
# (docs/performance.md, the bus).
IN_FLIGHT = 4
ACK_TIMEOUT_S = 10.0
REGISTRY_EVERY_S = 2.0
RETRY_S = (0.5, 1.0, 2.0, 4.0)


class EventSource(Protocol):
    """What a serving end offers (console/studio/feed_server.py's FeedServer and its EventLog)."""

    def hello(self) -> p.Hello: ...

    def live_ts(self) -> float: ...

    @property
    def ended(self) -> bool: ...

    @property
    def heartbeat_s(self) -> float: ...


class FrameLog(Protocol):
    @property
    def first_seq(self) -> int: ...

    @property
    def last_seq(self) -> int: ...

    def slice(self, after_seq: int, limit: int) -> list[bytes]: ...

    async def wait(self, timeout: float) -> None: ...


class BusPublishError(RuntimeError):
    """The stream and this producer disagree in a way that publishing more would make worse: stop and say why."""


@dataclass(frozen=True, slots=True)
class StreamSettings:
    replicas: int = 1  # 3 on a production cluster (docs/deployment.md)
    retain_days: float = names.DEFAULT_RETAIN_DAYS


@dataclass(frozen=True, slots=True)
class BusTarget:
    """Where a producer publishes (its --nats flags, checked at start)."""

    address: BusAddress
    credentials: BusCredentials
    settings: StreamSettings = StreamSettings()


@dataclass(slots=True)
class PublisherStatus:
    """For /v1/state and the producer's terminal: where the bus stands."""

    state: str = "connecting"  # connecting | publishing | reconnecting | finished | stopped
    reason: str = ""
    published: int = 0  # events this process put into the stream
    stream_last_seq: int = 0
    duplicates: int = 0  # acks that said "already there" (a resend after a lost ack)
    resyncs: int = 0
    history: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Batch:
    """One message handed to the bus, its ack not in yet: events cursor + 1 .. cursor + count, to be stored as
    stream message `msg_seq` (console/bus/batches.py)."""

    cursor: int
    count: int
    msg_seq: int
    ack: asyncio.Future[PubAck]


class BusPublisher:
    def __init__(self, address: BusAddress, creds: BusCredentials, source: EventSource, events: FrameLog, *,
                 api_url: str, currency: str = "", plan_toml: str = "",
                 settings: StreamSettings = StreamSettings()) -> None:
        self.address, self._creds, self.source, self.events = address, creds, source, events
        self.api_url, self.currency, self.plan_toml, self.settings = api_url, currency, plan_toml, settings
        hello = source.hello()
        self.live_id, self.title = hello.live_id, hello.title
        self.stream, self.subject = names.stream_name(self.live_id), names.events_subject(self.live_id)
        self.status = PublisherStatus()
        self._nc: NatsClient | None = None
        self._registry_at = 0.0

    def describe(self) -> dict[str, Any]:
        """For the server's /v1/state: where the bus stands (never credentials: the address holds none)."""
        st = self.status
        return {"servers": self.address.where(), "stream": self.stream, "state": st.state, "reason": st.reason,
                "published": st.published, "stream_last_seq": st.stream_last_seq, "duplicates": st.duplicates,
                "resyncs": st.resyncs, "history": list(st.history)}

    async def run(self) -> None:
        """Publish until the live has ended and all of it is in the stream; across bus restarts. Cancel to stop."""
        attempt = 0
        try:
            while True:
                try:
                    if await self._session():
                        self._set("finished", "")
                        return
                    attempt = 0
                except BusPublishError as exc:
                    self._set("stopped", str(exc))
                    log.error("bus: %s", exc)
                    return
                except (OSError, TimeoutError, BusAddressError, nats.errors.Error, nats.js.errors.Error) as exc:
                    self._set("reconnecting", translate("BusStatus", "bus at {where}: {error}").format(
                        where=self.address.where(), error=_words(exc)))
                    attempt += 1
                await asyncio.sleep(RETRY_S[min(attempt, len(RETRY_S) - 1)])
        finally:
            await self._close()

    async def _close(self) -> None:
        nc, self._nc = self._nc, None
        if nc is not None and not nc.is_closed:
            with contextlib.suppress(Exception):
                await nc.close()

    async def _session(self) -> bool:
        """One connection: resync with the stream, then follow the log. True once the ended live is all in."""
        await self._close()
        self._nc = nc = await connect_bus(self.address, self._creds, name=f"live-console producer {self.live_id}",
                                          error_cb=_quiet, disconnected_cb=_quiet_event)
        js = nc.jetstream(timeout=ACK_TIMEOUT_S)
        cursor, msg_seq = await self._ensure_stream(js)
        kv = await lives_bucket(js, create=True, replicas=self.settings.replicas)
        self.status.resyncs += 1
        self._set("publishing", "")
        await self._register(kv, cursor, force=True)
        in_flight: deque[_Batch] = deque()
        try:
            return await self._follow(js, kv, cursor, msg_seq, in_flight)
        finally:
            for batch in in_flight:  # cancelled (shutdown), refused or timed out: the acks nobody waits for now
                batch.ack.cancel()

    async def _follow(self, js: JetStreamContext, kv: KeyValue, cursor: int, msg_seq: int,
                      in_flight: deque[_Batch]) -> bool:
        """Send the log's events after `cursor` (stream message `msg_seq` holds it), a message per batch, up to
        IN_FLIGHT messages ahead of their acks; True once the ended live is all in. `in_flight`: the caller's, so
        that it can cancel the acks left when this ends."""
        nc = self._nc
        assert nc is not None
        sent = cursor  # the last seq handed to the bus; `cursor`: the last one it confirmed storing
        next_beat = 0.0
        while True:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                # a cancel (the server's shutdown) swallowed by a wait_for inside nats-py or our own: stop now,
                # or uvicorn waits for this loop for ever (found by the bus benchmark: 3 stops in 16 hung)
                raise asyncio.CancelledError
            if not nc.is_connected:
                raise nats.errors.ConnectionClosedError
            events = self.events
            if events.first_seq and sent < events.first_seq - 1:
                raise BusPublishError(translate(
                    "BusStatus", "events {first}..{last} of live {live_id} left the server's buffer before they "
                    "reached the bus; raise --buffer (the stream stays as it is, with no hole written)").format(
                        first=sent + 1, last=events.first_seq - 1, live_id=self.live_id))
            frames = events.slice(sent, BATCH) if len(in_flight) < IN_FLIGHT else []
            if frames:
                msg_seq += 1
                in_flight.append(_Batch(sent, len(frames), msg_seq, await self._send(js, sent, msg_seq, frames)))
                sent += len(frames)
                continue
            if in_flight:  # the oldest message's ack, once there is nothing to send or enough is in flight
                cursor = await self._confirm(in_flight[0])
                in_flight.popleft()
                continue
            if self.source.ended and cursor >= events.last_seq:
                await self._register(kv, cursor, force=True, state="finished")
                return True
            now = time.monotonic()
            if now >= next_beat:
                beat = p.Heartbeat(ts=self.source.live_ts(), last_seq=cursor)
                await nc.publish(names.clock_subject(self.live_id), p.encode(beat))
                next_beat = now + self.source.heartbeat_s
                await self._register(kv, cursor)
            await events.wait(max(0.01, next_beat - now))

    async def _ensure_stream(self, js: JetStreamContext) -> tuple[int, int]:
        """The live's stream (made on first use); returns the last event seq in it and its last message's
        stream sequence."""
        try:
            extent = await stream_extent(js, self.stream)
        except nats.js.errors.NotFoundError:
            await js.add_stream(StreamConfig(
                name=self.stream, subjects=[self.subject], description=f"live-console: events of live {self.live_id}",
                storage=StorageType.FILE, retention=RetentionPolicy.LIMITS, discard=DiscardPolicy.OLD,
                max_age=self.settings.retain_days * 86400.0, duplicate_window=names.DUPLICATE_WINDOW_S,
                num_replicas=self.settings.replicas, allow_direct=True,
                compression=StoreCompression.S2))  # ~44 % less disk, no throughput cost (docs/deployment.md)
            extent = EMPTY
        last = extent.last_seq
        if last > self.events.last_seq:
            raise BusPublishError(translate(
                "BusStatus", "the bus already holds {last} events of live {live_id}, more than this producer has "
                "({ours}): another live with the same id, or a producer restarted without its --journal. Give the "
                "live a new id, or delete its stream (docs/deployment.md)").format(
                    last=last, live_id=self.live_id, ours=self.events.last_seq))
        if extent.holds_events:
            # The same id is not the same live (a plan run again another day, within the retention): the stream's
            # newest message must be, byte for byte, this producer's events of those seqs, or it would carry on
            # another live's stream with this one's events.
            stored = await js.get_msg(self.stream, extent.last_msg, direct=True)
            first, _ = message_bounds_of(stored.headers, extent.last_msg)
            if self.events.first_seq and self.events.first_seq <= first:
                frames = self.events.slice(first - 1, last - first + 1)
                ours = batch_payload(frames) if bounds_of(stored.headers) else frames[0]
                if stored.data != ours:
                    raise BusPublishError(translate(
                        "BusStatus", "the bus holds another live under the id {live_id} (its event {last} is not "
                        "this producer's): give this live a new id in its plan, or delete the old stream "
                        "(docs/deployment.md)").format(live_id=self.live_id, last=last))
        self.status.stream_last_seq = last
        return last, extent.last_msg

    async def _send(self, js: JetStreamContext, cursor: int, msg_seq: int,
                    frames: list[bytes]) -> asyncio.Future[PubAck]:
        """Hand events cursor + 1 .. to the bus as one message, to be stream message `msg_seq`; its ack comes back
        as a future. The id makes a repeat of the same batch a no-op; the expected last sequence makes the stream
        refuse a message that does not follow the one we think it holds (then we resync from it)."""
        first, last = cursor + 1, cursor + len(frames)
        headers = {"Nats-Msg-Id": names.msg_id(self.live_id, first), "Nats-Expected-Last-Sequence": str(msg_seq - 1),
                   **batch_headers(first, last)}
        return await js.publish_async(self.subject, batch_payload(frames), headers=headers)

    async def _confirm(self, batch: _Batch) -> int:
        """The oldest message's ack, within ACK_TIMEOUT_S: its events stored as the message we sent, or a resync
        from the stream. Returns the last seq confirmed."""
        first, last = batch.cursor + 1, batch.cursor + batch.count
        try:
            ack = await asyncio.wait_for(batch.ack, ACK_TIMEOUT_S)
        except (nats.errors.Error, nats.js.errors.Error) as exc:
            # The first refusal is where the stream and we part (a lost connection, or the last-sequence check
            # after a bus restart): resync from the stream rather than guess.
            self.status.stream_last_seq = batch.cursor
            raise nats.errors.Error(translate("BusStatus", "event {seq} was not stored: {error}").format(
                seq=first, error=_words(exc))) from exc
        if ack.duplicate:
            self.status.duplicates += batch.count
        elif ack.seq != batch.msg_seq:
            raise BusPublishError(translate(
                "BusStatus", "events {first}..{last} of live {live_id} were stored as stream message {stored}, not "
                "{expected}").format(first=first, last=last, live_id=self.live_id, stored=ack.seq,
                                     expected=batch.msg_seq))
        self.status.published += batch.count
        self.status.stream_last_seq = last
        return last

    async def _register(self, kv: KeyValue, cursor: int, *, force: bool = False, state: str = "on_air") -> None:
        now = time.monotonic()
        if not force and now - self._registry_at < REGISTRY_EVERY_S:
            return
        self._registry_at = now
        hello = self.source.hello()
        await put_entry(kv, LiveEntry(live_id=self.live_id, title=self.title, currency=self.currency,
                                      hello=p.encode(hello).decode(), api_url=self.api_url, plan_toml=self.plan_toml,
                                      state="finished" if state == "finished" else "on_air",
                                      started_at=hello.started_at or None, last_seq=cursor))

    def _set(self, state: str, reason: str) -> None:
        if (state, reason) != (self.status.state, self.status.reason):
            self.status.history.append(f"{time.strftime('%H:%M:%S')} {state}{': ' + reason if reason else ''}")
            del self.status.history[:-20]
            if state == "reconnecting":
                log.warning("bus: %s", reason)
            elif state == "publishing" and self.status.state == "reconnecting":  # said once it is over, too
                log.warning("bus: publishing again to %s (stream %s)", self.address.where(), self.stream)
        self.status.state, self.status.reason = state, reason


def _words(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 200 else text[:197] + "..."


async def _quiet(_exc: Exception) -> None:
    """nats-py reports every failed reconnect attempt; the publisher's own state says it once."""


async def _quiet_event() -> None:
    pass
