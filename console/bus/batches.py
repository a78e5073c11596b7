"""A live's events in its stream: one JetStream message per batch of events, not one per event.

A message is a JSON array of events in seq order, as the websocket sends them, with the protocol seqs of its first
and last event in two headers. One message per event cost a seat ~21-45 us of CPU per event in nats-py (its
header parsing alone was a third of a seat's time) and the producer ~45 us; one per batch of up to 500 costs
well under a microsecond of each per event (docs/performance.md, the bus). So the stream's sequence is no longer
the protocol seq: a console resuming at seq N finds the message holding N by a binary search over direct gets
(~20 round trips for a day-long live) and drops the events before N it already has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import msgspec
from nats.js import JetStreamContext

FIRST_HEADER = "Lc-First-Seq"
LAST_HEADER = "Lc-Last-Seq"
_raw_list = msgspec.json.Decoder(list[msgspec.Raw])


def batch_payload(frames: Sequence[bytes]) -> bytes:
    """The message's body: the events' frames, each one JSON object, as one JSON array."""
    return b"[" + b",".join(frames) + b"]"


def batch_headers(first: int, last: int) -> dict[str, str]:
    return {FIRST_HEADER: str(first), LAST_HEADER: str(last)}


def bounds_of(headers: dict[str, str] | None) -> tuple[int, int] | None:
    """(first seq, last seq) a message holds, from its headers; None for a message without them (not ours)."""
    if not headers:
        return None
    try:
        return int(headers[FIRST_HEADER]), int(headers[LAST_HEADER])
    except (KeyError, ValueError):
        return None


def events_from(payload: bytes, first: int, start: int) -> bytes:
    """The message's events from seq `start` on, as a JSON array (the ones before it the console has already)."""
    if start <= first:
        return payload
    return batch_payload([bytes(raw) for raw in _raw_list.decode(payload)[start - first:]])


@dataclass(frozen=True, slots=True)
class StreamExtent:
    """What a live's stream holds: its first and last message, and the first and last event seq in them."""

    first_msg: int
    last_msg: int
    first_seq: int
    last_seq: int

    @property
    def holds_events(self) -> bool:
        return self.last_seq > 0


EMPTY = StreamExtent(0, 0, 0, 0)


def message_bounds_of(headers: dict[str, str] | None, msg_seq: int) -> tuple[int, int]:
    """(first seq, last seq) of a message; one without the headers was written one event per message by the
    first version of the bus (issue 17), where the stream's sequence was the event's seq."""
    return bounds_of(headers) or (msg_seq, msg_seq)


async def message_bounds(js: JetStreamContext, stream: str, msg_seq: int) -> tuple[int, int]:
    """The event seqs of the stream's message `msg_seq` (one direct get)."""
    msg = await js.get_msg(stream, msg_seq, direct=True)
    return message_bounds_of(msg.headers, msg_seq)


async def stream_extent(js: JetStreamContext, stream: str) -> StreamExtent:
    """Raises nats.js.errors.NotFoundError when the live has no stream."""
    info = await js.stream_info(stream)
    first_msg, last_msg = info.state.first_seq, info.state.last_seq
    if not last_msg or not info.state.messages:  # nothing yet, or everything aged out of the retention
        return StreamExtent(first_msg, last_msg, 0, 0) if last_msg else EMPTY
    first, _ = await message_bounds(js, stream, first_msg)
    _, last = await message_bounds(js, stream, last_msg)
    return StreamExtent(first_msg, last_msg, first, last)


async def message_holding(js: JetStreamContext, stream: str, extent: StreamExtent, seq: int) -> int:
    """The stream sequence of the message that holds event `seq` (first_seq <= seq <= last_seq), by a binary
    search over the messages' headers."""
    lo, hi = extent.first_msg, extent.last_msg
    while lo < hi:
        mid = (lo + hi) // 2
        _, last = await message_bounds(js, stream, mid)
        if last < seq:
            lo = mid + 1
        else:
            hi = mid
    return lo
