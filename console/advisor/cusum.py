"""Banks of one-sided CUSUMs on log-likelihood ratios, their thresholds and their clearing tests (vectorised).

A stream is one monitored rate (a channel's joins per second, a product's carts per click). Each evaluation adds
its LLR increment z (evidence for the pattern H1 against the edge of ordinary variation H0, docs/advisor.md):

    S = max(0, S + z); alarm when S >= h

`since` keeps the last time S was 0: the start of the excursion, i.e. when the change began (what the advice says
as "since 28:10"). A stream that cannot be judged for a while (its product on offer, its regime still learning)
starts afresh afterwards. After an alarm the stream stops testing for the pattern and tests for its end:
C = max(0, C + y), y the LLR of the baseline rate against the pattern, clears at C >= h_back, designed like h for a
false "it is over" at most once an hour while the pattern holds, and never before MIN_ALARM_S after the alarm. The
stream waits in that state until the advisor releases it (the advice ended).

The threshold h of each stream follows its no-change rate (design.py): e^b - b - 1 = safety * ARL0 * KL0 with
b = h + 2 * 0.583 * sd, Siegmund's approximation at H0 (where the LLR's tilt is exactly 1); KL0 and sd are the
mean and spread of z per evaluation under H0. `safety` covers the approximation's optimism, which grows with the
variance of one step (1.07x at a variance of 0.3, 1.6x at 10, against the exact Markov-chain ARL: docs/advisor.md).
"""

from __future__ import annotations

from typing import Final

import numpy as np
import numpy.typing as npt

from console.advisor.design import OVERSHOOT

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

CLEAR_ARL_S: Final = 3600.0  # while the pattern holds, its test "is it over?" errs at most once an hour
MIN_ALARM_S: Final = 60.0
MIN_H: Final = 4.0  # no single event alarms a stream, however quiet it is
P_MIN, P_MAX = 0.002, 0.995


def boundary_threshold(arl0_steps: FloatArray | float, kl0: FloatArray | float,
                       var0: FloatArray | float) -> FloatArray:
    """h for each stream from its no-change KL per step and variance of z per step (Siegmund at tilt 1)."""
    var = np.maximum(0.0, np.asarray(var0, dtype=np.float64))
    target = np.maximum(1.0, safety(var) * np.asarray(arl0_steps, dtype=np.float64) * np.asarray(kl0, dtype=np.float64))
    b = np.log(target + 1.0)
    for _ in range(6):  # b = ln(A + b + 1), a contraction for A >= 1
        b = np.log(target + b + 1.0)
    sd = np.sqrt(var)
    return np.atleast_1d(np.maximum(MIN_H, b - 2 * OVERSHOOT * sd))


def shared_threshold(arl0_steps: float, kl0: FloatArray, var0: FloatArray) -> float:
    """One h for a group of streams (one kind of advice), whose false alarms together come once per arl0_steps:
    each stream's false-alarm rate is about KL0 / (e^b - b - 1) (Siegmund), so the budget goes where the information
    is (a product nobody clicks barely spends any), rather than 1/n of it to each of n streams (Bonferroni)."""
    kl = np.maximum(0.0, np.asarray(kl0, dtype=np.float64))
    var = np.maximum(0.0, np.asarray(var0, dtype=np.float64))
    weight, sd, target = safety(var) * kl, np.sqrt(var), 1.0 / arl0_steps

    def rate(h: float) -> float:
        b = h + 2 * OVERSHOOT * sd
        return float(np.sum(weight / np.maximum(np.expm1(b) - b, 1e-300)))

    lo, hi = MIN_H, 80.0
    if rate(lo) <= target:
        return lo
    for _ in range(40):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if rate(mid) > target else (lo, mid)
    return hi


def safety(var: FloatArray) -> FloatArray:
    """The factor on ARL0 that covers Siegmund's optimism for steps of this variance (docs/advisor.md, table 2)."""
    return np.minimum(2.0, 1.1 + 0.06 * var)


def binomial_weights(p0: FloatArray, p1: FloatArray) -> tuple[FloatArray, FloatArray]:
    """LLR of one success and of one failure, for a proportion p1 (the pattern) against p0 (ordinary's edge)."""
    return np.log(p1 / p0), np.log((1.0 - p1) / (1.0 - p0))


def binomial_kl(p0: FloatArray, p1: FloatArray) -> tuple[FloatArray, FloatArray]:
    """-E[z] and E[z^2] of one trial under p0. Trials arrive as a Poisson stream, so per evaluation z is a compound
    Poisson sum: its mean is (trials per step) x E[z], its variance (trials per step) x E[z^2]."""
    a, b = binomial_weights(p0, p1)
    return -(p0 * a + (1.0 - p0) * b), p0 * a * a + (1.0 - p0) * b * b


def clip_p(p: FloatArray) -> FloatArray:
    return np.minimum(np.maximum(p, P_MIN), P_MAX)


class CusumBank:
    """n streams, each watching (testing for the pattern) or alarmed (testing for its end)."""

    def __init__(self, n: int = 0) -> None:
        self.stat = np.zeros(n)
        self.since = np.zeros(n)
        self.h = np.full(n, np.inf)
        self.h_back = np.full(n, np.inf)
        self.alarmed = np.zeros(n, np.bool_)
        self.alarmed_at = np.zeros(n)
        self.clear = np.zeros(n)
        self.cleared = np.zeros(n, np.bool_)

    def __len__(self) -> int:
        return int(self.stat.size)

    def grow(self, n: int, ts: float) -> None:
        extra = n - len(self)
        if extra <= 0:
            return
        self.stat = np.concatenate([self.stat, np.zeros(extra)])
        self.since = np.concatenate([self.since, np.full(extra, ts)])
        self.h = np.concatenate([self.h, np.full(extra, np.inf)])
        self.h_back = np.concatenate([self.h_back, np.full(extra, np.inf)])
        self.alarmed = np.concatenate([self.alarmed, np.zeros(extra, np.bool_)])
        self.alarmed_at = np.concatenate([self.alarmed_at, np.zeros(extra)])
        self.clear = np.concatenate([self.clear, np.zeros(extra)])
        self.cleared = np.concatenate([self.cleared, np.zeros(extra, np.bool_)])

    def step(self, z: FloatArray, back: FloatArray, armed: BoolArray, ts: float) -> IntArray:
        """Add this evaluation's increments where armed; return the streams that alarm now. `z` is the evidence for
        the pattern against ordinary's edge; `back`, for an alarmed stream, the evidence for its baseline (the
        normal rate itself, not the edge: near the edge the two would flap) against the pattern."""
        watching = armed & ~self.alarmed
        stat = np.where(watching, np.maximum(0.0, self.stat + z), np.where(self.alarmed, self.stat, 0.0))
        self.since = np.where((watching & (stat <= 0.0)) | ~(armed | self.alarmed), ts, self.since)
        self.stat = stat
        fired = np.flatnonzero(watching & (stat >= self.h))
        testing = armed & self.alarmed & ~self.cleared
        self.clear = np.where(testing, np.maximum(0.0, self.clear + back), self.clear)
        self.cleared |= testing & (self.clear >= self.h_back) & (ts - self.alarmed_at >= MIN_ALARM_S)
        if fired.size:
            self.alarmed[fired] = True
            self.alarmed_at[fired] = ts
            self.clear[fired] = 0.0
        return fired

    def design(self, arl0: FloatArray | float, kl0: FloatArray, var0: FloatArray, kl1: FloatArray,
               var1: FloatArray) -> None:
        """Thresholds from the no-change moments of z (kl0, var0: a false alarm every arl0 steps for each stream)
        and the pattern's moments of y (kl1, var1)."""
        self.h = boundary_threshold(arl0, kl0, var0)
        self.h_back = boundary_threshold(CLEAR_ARL_S, kl1, var1)

    def design_shared(self, h: float, kl1: FloatArray, var1: FloatArray, mask: BoolArray | None = None) -> None:
        """A group's shared h (shared_threshold) for the streams in mask (all by default), and their h_back."""
        m = np.ones(len(self), np.bool_) if mask is None else mask
        self.h = np.where(m, h, self.h)
        self.h_back = np.where(m, boundary_threshold(CLEAR_ARL_S, kl1, var1), self.h_back)

    def suspicious(self) -> BoolArray:
        """Streams whose data must not teach their baseline: alarmed, or a third of the way to the threshold."""
        return self.alarmed | (self.stat > self.h / 3.0)

    def release(self, i: int, ts: float) -> None:
        self.alarmed[i] = self.cleared[i] = False
        self.stat[i] = self.clear[i] = 0.0
        self.since[i] = ts

    def restart(self, mask: BoolArray, ts: float) -> None:
        """Forget the evidence of the streams in mask that are watching (a new regime: their baseline changed)."""
        m = mask & ~self.alarmed
        self.stat[m] = 0.0
        self.since[m] = ts
