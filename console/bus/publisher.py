"""A live's events onto the bus: the serving end's event log, published in seq order into the live's stream.

One JetStream message per protocol event, with `Nats-Msg-Id` = live id + seq (the stream drops a repeat inside its
duplicate window) and `Nats-Expected-Last-Sequence` = seq - 1, so the stream's sequence *is* the protocol seq: a
console resumes at stream sequence last_seq + 1 with no search, and a producer that restarts (or reconnects after a
bus restart) reads the stream's last sequence and carries on after it, with no duplicate and no hole, whatever the
duplicate window. Acks are awaited per batch, pipelined (publish_async), so a busy live costs one round trip per
batch, not per event. Heartbeats (the live's clock) go on a plain subject beside the stream, not stored.
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
from console.bus.registry import LiveEntry, lives_bucket, put_entry
from console.i18n import translate
from console.protocol import wire as p

log = logging.getLogger(__name__)

BATCH = 500  # events per pipelined batch: the acks of one batch are awaited together
# Batches sent before the oldest one's acks are awaited. One at a time, each batch cost a round trip through a loop
# that also runs the model: the publisher's rate was one batch per loop turn or two whatever the CPU left
# (docs/performance.md, the bus). nats-py's own pending limit (4,000 acks) is above 4 x 500.
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
    """Events handed to the bus whose acks are not all in: `frames` are seqs cursor + 1 .. cursor + len(frames)."""

    cursor: int
    frames: list[bytes]
    acks: list[asyncio.Future[PubAck]]


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
        cursor = await self._ensure_stream(js)
        kv = await lives_bucket(js, create=True, replicas=self.settings.replicas)
        self.status.resyncs += 1
        self._set("publishing", "")
        await self._register(kv, cursor, force=True)
        in_flight: deque[_Batch] = deque()
        try:
            return await self._follow(js, kv, cursor, in_flight)
        finally:
            for batch in in_flight:  # cancelled (shutdown), refused or timed out: the acks nobody waits for now
                for ack in batch.acks:
                    ack.cancel()

    async def _follow(self, js: JetStreamContext, kv: KeyValue, cursor: int, in_flight: deque[_Batch]) -> bool:
        """Send the log's events after `cursor`, up to IN_FLIGHT batches ahead of their acks; True once the ended
        live is all in. `in_flight`: the caller's, so that it can cancel the acks left when this ends."""
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
                in_flight.append(_Batch(sent, frames, await self._send(js, sent, frames)))
                sent += len(frames)
                continue
            if in_flight:  # the oldest batch's acks, once there is nothing to send or enough is in flight
                cursor = self._confirm(in_flight[0], await self._acks(in_flight))
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

    async def _ensure_stream(self, js: JetStreamContext) -> int:
        """The live's stream (made on first use); returns its last sequence, which is the last protocol seq in it."""
        try:
            info = await js.stream_info(self.stream)
        except nats.js.errors.NotFoundError:
            info = await js.add_stream(StreamConfig(
                name=self.stream, subjects=[self.subject], description=f"live-console: events of live {self.live_id}",
                storage=StorageType.FILE, retention=RetentionPolicy.LIMITS, discard=DiscardPolicy.OLD,
                max_age=self.settings.retain_days * 86400.0, duplicate_window=names.DUPLICATE_WINDOW_S,
                num_replicas=self.settings.replicas, allow_direct=True,
                compression=StoreCompression.S2))  # ~44 % less disk, no throughput cost (docs/deployment.md)
        last = info.state.last_seq
        if last > self.events.last_seq:
            raise BusPublishError(translate(
                "BusStatus", "the bus already holds {last} events of live {live_id}, more than this producer has "
                "({ours}): another live with the same id, or a producer restarted without its --journal. Give the "
                "live a new id, or delete its stream (docs/deployment.md)").format(
                    last=last, live_id=self.live_id, ours=self.events.last_seq))
        if last and self.events.first_seq and self.events.first_seq <= last:
            # The same id is not the same live (a plan run again another day, within the retention): the stream's
            # newest event must be, byte for byte, this producer's event of that seq, or it would carry on
            # another live's stream with this one's events.
            stored = await js.get_msg(self.stream, last)
            if stored.data != self.events.slice(last - 1, 1)[0]:
                raise BusPublishError(translate(
                    "BusStatus", "the bus holds another live under the id {live_id} (its event {last} is not this "
                    "producer's): give this live a new id in its plan, or delete the old stream "
                    "(docs/deployment.md)").format(live_id=self.live_id, last=last))
        self.status.stream_last_seq = last
        return last

    async def _send(self, js: JetStreamContext, cursor: int, frames: list[bytes]) -> list[asyncio.Future[PubAck]]:
        """Hand a batch to the bus; its acks come back as futures (awaited by _acks, in order)."""
        acks = []
        for i, frame in enumerate(frames):
            seq = cursor + 1 + i
            headers = {"Nats-Msg-Id": names.msg_id(self.live_id, seq), "Nats-Expected-Last-Sequence": str(seq - 1)}
            acks.append(await js.publish_async(self.subject, frame, headers=headers))
        return acks

    @staticmethod
    async def _acks(in_flight: deque[_Batch]) -> list[PubAck | BaseException]:
        """The oldest batch's acks, within ACK_TIMEOUT_S (the caller cancels what is left if this raises)."""
        return await asyncio.wait_for(asyncio.gather(*in_flight[0].acks, return_exceptions=True), ACK_TIMEOUT_S)

    def _confirm(self, batch: _Batch, done: list[PubAck | BaseException]) -> int:
        """The batch as the bus stored it: every event at its own stream sequence, or a resync from the stream."""
        cursor, frames = batch.cursor, batch.frames
        for i, ack in enumerate(done):
            seq = cursor + 1 + i
            if isinstance(ack, BaseException):
                # The first refusal is where the stream and we part (a lost connection, or the last-sequence check
                # after a bus restart): resync from the stream rather than guess.
                self.status.stream_last_seq = seq - 1
                raise nats.errors.Error(translate("BusStatus", "event {seq} was not stored: {error}").format(
                    seq=seq, error=_words(ack)))
            if ack.duplicate:
                self.status.duplicates += 1
            elif ack.seq != seq:
                raise BusPublishError(translate(
                    "BusStatus", "event {seq} of live {live_id} was stored as stream message {stored}").format(
                        seq=seq, live_id=self.live_id, stored=ack.seq))
        self.status.published += len(frames)
        self.status.stream_last_seq = cursor + len(frames)
        return cursor + len(frames)

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
