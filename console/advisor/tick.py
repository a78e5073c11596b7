"""One evaluation of the advisor: what happened since the last one (deltas of the reading's totals), and a short
history in 30-second steps for the evidence's charts and for "clicks in the last 5 minutes"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from console.advisor.reading import BoolArray, IntArray, Reading
from console.protocol.wire import CHANNELS

FloatArray = npt.NDArray[np.float64]
STEP_S: Final = 30.0
STEPS: Final = 40  # 20 minutes
# rows of History.product
IMPR, CLICK, CART, ABANDON, ORDER, UNITS = range(6)
# rows of History.room: joins per channel (CHANNELS order), then leaves and viewer-seconds
LEAVES, VIEWER_S = len(CHANNELS), len(CHANNELS) + 1


@dataclass(slots=True, eq=False)
class Tick:
    """Deltas since the previous evaluation, per product in the advisor's own order (`Advisor.skus`)."""

    ts: float
    dt: float
    live_s: float  # seconds since the live started
    reading: Reading
    product: FloatArray  # (6, products): IMPR .. UNITS
    totals: FloatArray  # (6, products): the same, since the start of the live
    joins: FloatArray  # per channel, CHANNELS order
    leaves: float
    viewers: float  # mean audience over the interval
    on_offer: BoolArray
    sold_out: BoolArray
    stock_left: IntArray
    price: FloatArray  # NaN where the plan does not say
    history: History  # the last 20 minutes, this evaluation included

    @property
    def viewer_s(self) -> float:
        return self.viewers * self.dt

    @property
    def minute(self) -> int:
        return int(self.live_s // 60)


class History:
    """Per-30-second totals of the last 20 minutes: products (6 rows each) and the room."""

    def __init__(self, products: int) -> None:
        self.product = np.zeros((products, 6, STEPS))
        self.room = np.zeros((len(CHANNELS) + 2, STEPS))
        self._step: int | None = None

    def grow(self, products: int) -> None:
        extra = products - self.product.shape[0]
        if extra > 0:
            self.product = np.concatenate([self.product, np.zeros((extra, 6, STEPS))])

    def add(self, tick: Tick) -> None:
        step = int(tick.live_s // STEP_S)
        if self._step is None:
            self._step = step
        while self._step < step:  # new steps start empty
            self._step += 1
            self.product[:, :, self._step % STEPS] = 0.0
            self.room[:, self._step % STEPS] = 0.0
        col = step % STEPS
        self.product[:, :, col] += tick.product.T
        self.room[: len(CHANNELS), col] += tick.joins
        self.room[LEAVES, col] += tick.leaves
        self.room[VIEWER_S, col] += tick.viewer_s

    def _order(self, steps: int) -> npt.NDArray[np.int64]:
        """Columns of the last `steps` steps, oldest first (the current, partial one last)."""
        now = self._step or 0
        return np.array([(now - k) % STEPS for k in range(min(steps, STEPS) - 1, -1, -1)], np.int64)

    def product_rows(self, row: int, steps: int) -> FloatArray:
        """(products, steps): one product signal per step, oldest first."""
        return self.product[:, row][:, self._order(steps)]

    def room_row(self, row: int, steps: int) -> FloatArray:
        return np.asarray(self.room[row][self._order(steps)], dtype=np.float64)


def ratio_series(num: FloatArray, den: FloatArray, scale: float = 1.0) -> tuple[float | None, ...]:
    """scale x num / den per step, rounded for the chart; None where a step has nothing to divide by."""
    return tuple(round(scale * float(n) / float(d), 5) if d > 0 else None for n, d in zip(num, den, strict=True))
