"""The registry of lives on the bus: a KV bucket, one entry per live, kept by the live's producer.

The wall discovers lives by watching it; a console given only `nats://HOST/LIVE_ID` reads from it the live's hello
(the clock, the time scale, what its sources provide) and where its actions API is. An entry is small and replaced
whole (history 1): the bucket says what each live is now, the live's stream says what happened.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Literal

import msgspec
from nats.js import JetStreamContext
from nats.js.errors import BucketNotFoundError, KeyNotFoundError
from nats.js.kv import KeyValue

from console.bus.names import LIVES_BUCKET

LiveState = Literal["on_air", "finished"]


class LiveEntry(msgspec.Struct, kw_only=True, forbid_unknown_fields=False):
    live_id: str
    title: str = ""
    currency: str = ""
    hello: str = ""  # the hello frame as the websocket would send it (JSON text)
    api_url: str = ""  # the live's actions API: actions stay with the one server that executes them
    plan_toml: str = ""  # the live's plan as its producer loaded it: goals, products, run of show for every seat
    state: LiveState = "on_air"
    started_at: float | None = None
    last_seq: int = 0
    updated_at: float = 0.0


async def lives_bucket(js: JetStreamContext, *, create: bool = False, replicas: int = 1) -> KeyValue:
    """The lives bucket; a producer creates it, readers wait for one to exist (BucketNotFoundError)."""
    if not create:
        return await js.key_value(LIVES_BUCKET)
    try:
        return await js.key_value(LIVES_BUCKET)
    except BucketNotFoundError:
        return await js.create_key_value(bucket=LIVES_BUCKET, history=1, replicas=replicas,
                                         description="live-console: lives on the bus")


async def put_entry(kv: KeyValue, entry: LiveEntry) -> None:
    entry.updated_at = time.time()
    await kv.put(entry.live_id, msgspec.json.encode(entry))


async def get_entry(kv: KeyValue, live_id: str) -> LiveEntry | None:
    try:
        got = await kv.get(live_id)
    except KeyNotFoundError:
        return None
    return decode_entry(got.value)


def decode_entry(value: bytes | None) -> LiveEntry | None:
    """None for a deleted or unreadable entry: one bad entry must not hide the others from the wall."""
    if not value:
        return None
    try:
        return msgspec.json.decode(value, type=LiveEntry)
    except msgspec.DecodeError:
        return None


async def watch_entries(kv: KeyValue) -> AsyncIterator[tuple[str, LiveEntry | None]]:
    """Every live now, then every change as it happens: (live id, entry, or None when it was deleted)."""
    watcher = await kv.watchall()
    try:
        async for update in watcher:
            if update is None:  # nats-py's marker: the initial values are all delivered
                continue
            yield update.key, decode_entry(update.value) if update.operation is None else None
    finally:
        await watcher.stop()
