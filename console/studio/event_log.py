"""The simulator's bounded log of encoded events, with wake-ups for the connections streaming from it."""

from __future__ import annotations

import asyncio
import contextlib


class EventLog:
    """Encoded events by seq; keeps the newest `capacity` and says which were evicted."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._frames: list[bytes] = []
        self._first_seq = 1  # seq of _frames[0]
        self._changed = asyncio.Event()

    @property
    def first_seq(self) -> int:
        """Oldest seq still held (0 before the first event)."""
        return self._first_seq if self._frames else 0

    @property
    def last_seq(self) -> int:
        return self._first_seq + len(self._frames) - 1 if self._frames else self._first_seq - 1

    def append(self, seq: int, frame: bytes) -> None:
        if seq != self.last_seq + 1:
            raise ValueError(f"seq {seq} does not follow {self.last_seq}")
        self._frames.append(frame)

    def publish(self) -> None:
        """Wake every waiting stream, once per batch of appends; trim in chunks so eviction stays amortised."""
        excess = len(self._frames) - self.capacity
        if excess > max(1, self.capacity // 8):
            del self._frames[:excess]
            self._first_seq += excess
        self._changed.set()
        self._changed = asyncio.Event()

    def slice(self, after_seq: int, limit: int) -> list[bytes]:
        """Up to `limit` frames with seq > after_seq (after_seq must be >= first_seq - 1)."""
        start = after_seq + 1 - self._first_seq
        return self._frames[max(0, start) : max(0, start) + limit]

    async def wait(self, timeout: float) -> None:
        """Return when something is published or after `timeout` seconds."""
        # asyncio.timeout, not wait_for: in 3.11 wait_for swallows a cancellation that lands as the event is set
        # (CPython gh-86296), and a bus publisher cancelled at shutdown then looped on and held uvicorn's exit
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                await self._changed.wait()
