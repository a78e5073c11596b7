"""Baselines: what is normal for each rate, learned from the live's own recent minutes.

- `DelayedRates`: per stream, exponentially weighted sums of successes and trials (or counts and exposure) over the
  last ~10 minutes, fed `delay_s` late: a change reaches the baseline only after the detector has had that long to
  see it, and data seen while the stream was suspicious never reach it (the caller zeroes them).
- `MinuteCounts`: counts per live minute; the baseline is a low quantile (the 30th percentile) of the last twenty
  complete minutes, so that bursts of traffic (a raid, a share, the lift after an action; even a storm of raids
  filling half the window) do not raise what is "normal" and make the minutes after them look like a drop; at
  thousands an hour, the quantile sits within a few per cent of the median of a steady stream.
- `price_prior`: what a product's proportion should be for its price, fitted over the live's products (a
  high-ticket product is carted and bought less per click; docs/advisor.md).
"""

from __future__ import annotations

import math
from collections import deque
from typing import Final

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

BASELINE_TAU_S: Final = 600.0
DELAY_S: Final = 90.0
LEVEL_QUANTILE: Final = 0.3


class DelayedRates:
    """n exponentially weighted (num, den) pairs, fed `delay_s` after the data happened."""

    def __init__(self, n: int, tau_s: float = BASELINE_TAU_S, delay_s: float = DELAY_S) -> None:
        self.num = np.zeros(n)
        self.den = np.zeros(n)
        self.tau_s, self.delay_s = tau_s, delay_s
        self._queue: deque[tuple[float, FloatArray, FloatArray]] = deque()
        self._at: float | None = None  # ts of the last fold

    def grow(self, n: int) -> None:
        extra = n - self.num.size
        if extra > 0:
            self.num = np.concatenate([self.num, np.zeros(extra)])
            self.den = np.concatenate([self.den, np.zeros(extra)])

    def push(self, ts: float, num: FloatArray, den: FloatArray) -> None:
        """Queue this evaluation's data (already zeroed where they must not teach the baseline); fold what is due."""
        self._queue.append((ts, num, den))
        due = ts - self.delay_s
        q = self._queue
        while q and q[0][0] <= due:
            at, n, d = q.popleft()
            if self._at is not None:
                keep = math.exp(-(at - self._at) / self.tau_s)
                self.num *= keep
                self.den *= keep
            self._at = at
            size = n.size
            self.num[:size] += n
            self.den[:size] += d

    def reset(self, mask: npt.NDArray[np.bool_] | None = None) -> None:
        """Forget (the streams in mask): a new regime, whose normal is learned anew. Queued data are dropped too."""
        if mask is None:
            self.num[:] = 0.0
            self.den[:] = 0.0
            self._queue.clear()
            return
        self.num[mask] = 0.0
        self.den[mask] = 0.0
        for _, n, d in self._queue:
            size = min(n.size, mask.size)
            n[:size][mask[:size]] = 0.0
            d[:size][mask[:size]] = 0.0

    def rate(self, prior: FloatArray | float, weight: float) -> FloatArray:
        """num / den shrunk towards `prior` with the weight of `weight` trials (what little data can say)."""
        return (self.num + weight * np.asarray(prior)) / (self.den + weight)


class MinuteCounts:
    """Counts of k series per live minute, for median baselines. A minute can be spoilt (the series was suspicious:
    it never counts) or marked (an offer ran: it counts only while an offer runs again, since offers draw arrivals
    and the minutes after one would otherwise look like a drop)."""

    def __init__(self, k: int, keep_min: int = 30) -> None:
        self.k, self.keep = k, keep_min
        self._bins: dict[int, FloatArray] = {}
        self._spoilt: set[int] = set()
        self._marked: set[int] = set()

    def add(self, minute: int, counts: FloatArray, spoilt: bool = False, marked: bool = False) -> None:
        b = self._bins.get(minute)
        if b is None:
            b = self._bins[minute] = np.zeros(self.k)
            for old in [m for m in self._bins if m < minute - self.keep]:
                del self._bins[old]
                self._spoilt.discard(old)
                self._marked.discard(old)
        b += counts
        if spoilt:
            self._spoilt.add(minute)
        if marked:
            self._marked.add(minute)

    def level(self, minute: int, marked_ok: bool = True, guard: int = 1, span: int = 20,
              least: int = 6) -> FloatArray | None:
        """The 30th percentile of the counts per minute of the last `span` usable minutes ending `guard` minutes
        before `minute` (the current one, not yet complete, never counts), looking back at most `keep` minutes, and
        followed down a steady decline; None with fewer than `least` usable minutes."""
        rows, at = [], []
        for m in range(minute - guard - 1, minute - self.keep - 1, -1):
            if m in self._bins and m not in self._spoilt and (marked_ok or m not in self._marked):
                rows.append(self._bins[m])
                at.append(m)
                if len(rows) == span:
                    break
        if len(rows) < least:
            return None
        counts, when = np.array(rows), np.array(at, np.float64)
        level = np.quantile(counts, LEVEL_QUANTILE, axis=0)
        # A steady decline (an audience thinning out, the lift of the last action fading) is ordinary: follow it, by
        # the median of the pairwise slopes (Theil-Sen: a burst or a dip moves it little), to the current minute.
        i, j = np.triu_indices(len(at), 1)
        slope = np.median((counts[i] - counts[j]) / (when[i] - when[j])[:, None], axis=0)
        ahead = minute - float(np.median(when))
        return np.asarray(np.clip(level + np.minimum(slope, 0.0) * ahead, 0.5 * level, level), dtype=np.float64)

    def series(self, minute: int, span: int) -> FloatArray:
        """Counts of the `span` minutes up to and including `minute` (0 where none), oldest first."""
        out = np.zeros((span, self.k))
        for i, m in enumerate(range(minute - span + 1, minute + 1)):
            b = self._bins.get(m)
            if b is not None:
                out[i] = b
        return out


def price_prior(rate: FloatArray, weight: FloatArray, price: FloatArray, least: float = 30.0) -> FloatArray:
    """Each product's expected proportion for its price: a weighted least-squares line of logit(rate) on log(price)
    over the products with at least `least` trials; the pooled rate when fewer than three have (or no prices)."""
    n = rate.size
    ok = (weight >= least) & np.isfinite(price) & (price > 0)
    pooled = float(np.sum(rate * weight) / np.sum(weight)) if np.sum(weight) > 0 else 0.5
    pooled = min(0.99, max(0.01, pooled))
    if np.count_nonzero(ok) < 3:
        return np.full(n, pooled)
    r = np.clip(rate[ok], 0.01, 0.99)
    y = np.log(r / (1.0 - r))
    x = np.log(price[ok])
    w = weight[ok]
    xm, ym = np.average(x, weights=w), np.average(y, weights=w)
    sxx = float(np.sum(w * (x - xm) ** 2))
    slope = 0.0 if sxx <= 1e-9 else float(np.clip(np.sum(w * (x - xm) * (y - ym)) / sxx, -3.0, 3.0))
    logp = np.where(np.isfinite(price) & (price > 0), np.log(np.where(price > 0, price, 1.0)), xm)
    fitted = ym + slope * (logp - xm)
    return np.asarray(1.0 / (1.0 + np.exp(-fitted)), dtype=np.float64)
