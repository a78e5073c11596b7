"""The bridge's sources: each turns one platform's raw messages into event drafts (console/bridge/server.py).

- `CaptureSource`: a recorded capture (docs/bridge.md, "Capture format") replayed at its own pace times `speed`.
  Its live time is the recording's, moved to the live's start: an event recorded 95 s after the first message
  comes 95 live seconds into the live, `95 / speed` wall seconds after the start.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from console.bridge.capture import BadLine, read_capture
from console.bridge.platform_ids import ProductMap
from console.bridge.server import Emit
from console.bridge.tiktok_map import EVENT_TYPES as TIKTOK_EVENT_TYPES
from console.bridge.tiktok_map import Draft, TikTokMapper

MAX_WAIT_S: Final = 60.0  # a silence longer than this in a recording (a collector paused) is not replayed whole
MAX_BATCH: Final = 500  # messages handed over at once when behind schedule: one journal write and fsync for them


class CaptureSource:
    """A capture file; TikTok messages mapped, any other platform's counted as not mapped (by platform:method)."""

    name = "capture"
    provides: frozenset[str] = TIKTOK_EVENT_TYPES

    def __init__(self, path: Path, *, live_id: str, key: bytes, started_at: float, speed: float = 1.0,
                 products: ProductMap | None = None) -> None:
        """`products`: the plan's platform ids, which name the plan's product of a pinned one (None: no plan)."""
        if speed <= 0:
            raise ValueError("speed must be > 0")
        self.path, self.speed, self.started_at = path, speed, started_at
        self.mapper = TikTokMapper(live_id=live_id, key=key)
        self.products = products
        self.others: Counter[str] = Counter()
        self.bad: list[BadLine] = []
        self._reader = read_capture(path)  # a missing file fails here, before the server starts

    @property
    def not_mapped(self) -> dict[str, int]:
        """Messages that became no event, by method (TikTok) or platform:method (others), and bad lines."""
        out = dict(self.mapper.stats.not_mapped)
        out.update(self.others)
        if self.bad:
            out["bad line"] = len(self.bad)
        return out

    async def run(self, resumed: Sequence[Any], emit: Emit) -> None:
        """From the record after the last one served before a restart (its number is the cursor), paced by recv_ts;
        a silence longer than MAX_WAIT_S counts as MAX_WAIT_S, in the pacing and in live time alike."""
        skip = resumed[-1] if resumed and isinstance(resumed[-1], int) else 0
        prev: float | None = None
        live = 0.0  # seconds into the live, silences shortened
        wall0, live_at_wall0 = time.monotonic(), 0.0
        batch: list[Draft] = []
        held, last = 0, 0  # messages in `batch`, and the number of the last: the cursor handed over with it
        for n, rec in enumerate(self._reader, start=1):
            live += 0.0 if prev is None else min(MAX_WAIT_S, max(0.0, rec.recv_ts - prev))
            prev = rec.recv_ts
            if n <= skip:  # served before a restart: nothing is sent again, the clock starts after it
                wall0, live_at_wall0 = time.monotonic(), live
                continue
            wait = wall0 + (live - live_at_wall0) / self.speed - time.monotonic()
            if held and (wait > 0 or held >= MAX_BATCH):  # due later, or a batch full: what is held goes now
                emit(batch, n - 1)
                batch, held = [], 0
                await asyncio.sleep(0)  # the server answers between batches when running flat out
            if wait > 0:
                await asyncio.sleep(wait)
            ts = self.started_at + live
            held, last = held + 1, n
            if rec.platform != "tiktok" or rec.payload is None:
                self.others[f"{rec.platform}:{rec.method}"] += 1
                continue
            drafts = self.mapper.map(rec.method, rec.payload, ts)
            batch += self.products.fill(drafts) if self.products is not None else drafts
        if held:
            emit(batch, last)
        self.bad = list(self._reader.bad)
