"""The auto cues of a live fire from one operator seat only: the one holding its lease.

The lease is a key (the live id) in a KV bucket whose entries expire `ttl_s` after they were last written. A seat
takes it with create (only if nobody holds it) and keeps it by rewriting it every `renew_s` with compare-and-set on
its own revision, so it can never overwrite a lease another seat took meanwhile. A seat that goes away (closed,
crashed, cut off) stops renewing; the entry expires and another operator seat takes it within ttl + renew seconds.

A holder that cannot reach the bus stops counting itself the holder once its last renewal is `ttl_s` old, since by
then another seat may hold it: for a moment no seat may fire rather than two. Should two seats still fire the same
cue, its Idempotency-Key is the same on both (console/actions), so the server carries it out once.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections.abc import Callable

import msgspec
import nats.errors
import nats.js.errors
from nats.js.api import KeyValueConfig, StorageType
from nats.js.kv import KeyValue

from console.bus.address import BusAddress, BusCredentials, connect_bus
from console.bus.names import LEASES_BUCKET, LIVES_BUCKET

TTL_S = 10.0
RENEW_S = 3.0


class Holder(msgspec.Struct, frozen=True):
    seat: str  # the seat's name, as the operator gave it (--operator)
    token: str  # this console's own: two seats with the same name are still two holders
    since: float


def _always() -> bool:
    return True


class CueLease:
    """Runs on the pipeline's loop (`run`); `held()` and `holder()` may be read from any thread."""

    def __init__(self, address: BusAddress, creds: BusCredentials, live_id: str, seat: str, *,
                 ttl_s: float = TTL_S, renew_s: float = RENEW_S) -> None:
        self.address, self._creds, self.live_id = address, creds, live_id
        self.me = Holder(seat=seat or "operator", token=secrets.token_hex(6), since=time.time())
        self.ttl_s, self.renew_s = ttl_s, renew_s
        self._revision = 0
        self._renewed_at = -1e9  # monotonic time of the last write that kept the lease ours
        self._holder: Holder | None = None  # who holds it, as last read
        self.takeovers = 0  # times this seat took the lease

    def held(self) -> bool:
        return self._revision > 0 and time.monotonic() - self._renewed_at < self.ttl_s

    def holder(self) -> str:
        """The seat that holds the cues, for the run of show ('' when nobody is known to)."""
        if self.held():
            return self.me.seat
        return self._holder.seat if self._holder is not None else ""

    async def run(self, eligible: Callable[[], bool] = _always) -> None:
        """Take and keep the lease for as long as the console runs, across bus restarts, but only while
        `eligible()` (the seat is live, caught up and its actions API answers: ActionDesk.ready_for_cues): a seat
        that could not fire a cue lets go, so another can. Cancel to stop (and let go at once, so another seat need
        not wait for the TTL)."""
        kv: KeyValue | None = None
        nc = None
        try:
            while True:
                try:
                    if nc is None or nc.is_closed:
                        nc = await connect_bus(self.address, self._creds, name=f"live-console lease {self.live_id}",
                                               error_cb=_quiet)
                        kv = None
                    if kv is None:
                        kv = await _bucket(nc.jetstream(timeout=3), self.ttl_s)
                    if eligible():
                        await self._step(kv)
                    else:
                        await self._let_go(kv)
                except (OSError, TimeoutError, nats.errors.Error, nats.js.errors.Error):
                    if not self.held():
                        self._revision = 0
                await asyncio.sleep(self.renew_s)
        finally:
            if kv is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(self._let_go(kv), 2)
            if nc is not None:
                with contextlib.suppress(Exception):
                    await nc.close()

    async def _let_go(self, kv: KeyValue) -> None:
        if self._revision:
            revision, self._revision = self._revision, 0
            with contextlib.suppress(nats.js.errors.KeyWrongLastSequenceError):  # gone already, or another's
                await kv.delete(self.live_id, last=revision)

    async def _step(self, kv: KeyValue) -> None:
        value = msgspec.json.encode(self.me)
        # The lease runs from when the write was *sent*: the server's TTL counts from its write, which is no earlier.
        # Counting from the answer would let a slow answer stretch our belief past the entry's real expiry.
        sent = time.monotonic()
        if self._revision:
            try:
                self._revision = await kv.update(self.live_id, value, last=self._revision)
                self._renewed_at = sent
                return
            except nats.js.errors.KeyWrongLastSequenceError:
                self._revision = 0  # lost it (it expired while we were away, and another seat took it)
        try:
            self._revision = await kv.create(self.live_id, value)
            self._renewed_at = sent
            self.takeovers += 1
            self._holder = self.me
        except nats.js.errors.KeyWrongLastSequenceError:
            with contextlib.suppress(nats.js.errors.KeyNotFoundError, msgspec.DecodeError):
                entry = await kv.get(self.live_id)
                self._holder = msgspec.json.decode(entry.value or b"", type=Holder)
                if self._holder.token == self.me.token and entry.revision:
                    # Ours, though our last answer was lost: renew it now (when it was written we cannot know)
                    sent = time.monotonic()
                    self._revision = await kv.update(self.live_id, value, last=entry.revision)
                    self._renewed_at = sent


async def _bucket(js: nats.js.JetStreamContext, ttl_s: float) -> KeyValue:
    try:
        return await js.key_value(LEASES_BUCKET)
    except nats.js.errors.BucketNotFoundError:
        replicas = 1  # as many copies as the lives bucket, which the producer made with --bus-replicas
        with contextlib.suppress(nats.js.errors.NotFoundError):
            replicas = (await js.stream_info(f"KV_{LIVES_BUCKET}")).config.num_replicas or 1
        with contextlib.suppress(nats.js.errors.BadRequestError):  # another seat made it a moment ago
            return await js.create_key_value(KeyValueConfig(
                bucket=LEASES_BUCKET, history=1, ttl=ttl_s, storage=StorageType.FILE, replicas=replicas,
                description="live-console: which seat fires each live's auto cues"))
        return await js.key_value(LEASES_BUCKET)



def lease_for_feed(feed_url: str, seat: str) -> CueLease:
    """The cue lease of an operator seat reading `feed_url` (a bus URL) from the bus."""
    from console.bus.address import parse_bus_url

    address = parse_bus_url(feed_url, want_live=True)
    return CueLease(address, BusCredentials.from_env(), address.live_id, seat)


async def _quiet(_exc: Exception) -> None:
    """nats-py prints a traceback per failed attempt by default; a lease that cannot renew just is not held."""
