"""Designing a CUSUM: its run lengths (ARL) and the threshold that gives a chosen false-alarm spacing.

Every detector of the advisor is Page's CUSUM on a log-likelihood ratio (LLR), S = max(0, S + z), alarm at S >= h.
Its increment z is a weighted sum of independent Poisson counts plus a constant:

    z = sum_j a_j X_j - c,   X_j ~ Poisson(rate_j)

- a Poisson rate (joins per second, units sold): one count, a = ln(r1/r0), c = (r1 - r0) * mu0 * exposure;
- a proportion (carts per click) with trials arriving as a Poisson stream: successes and failures are independent
  Poisson counts (thinning), a_1 = ln(p1/p0), a_2 = ln((1-p1)/(1-p0)), c = 0.

Three ways to get the average run length (ARL) of such a CUSUM, all here:
- Siegmund's approximation (closed form, used live to set thresholds): exact enough when h is a few increments;
- the Markov chain of Brook and Evans (the statistic on a grid, exact up to the grid; used to check Siegmund);
- simulation (used by docs/advisor.md and the tests to check both).

Pure: numpy only. The numbers these give for the advisor's detectors are in docs/advisor.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
OVERSHOOT: Final = 0.583  # Siegmund's correction: h + 2 * 0.583 * sigma, the expected overshoot of a Brownian bound
_MAX_H: Final = 60.0


@dataclass(frozen=True, slots=True)
class Increment:
    """z = sum(weights[j] * Poisson(rates[j])) - const: one step of a CUSUM (a second, or a trial)."""

    weights: tuple[float, ...]
    rates: tuple[float, ...]
    const: float = 0.0

    @property
    def mean(self) -> float:
        return sum(a * r for a, r in zip(self.weights, self.rates, strict=True)) - self.const

    @property
    def var(self) -> float:
        return sum(a * a * r for a, r in zip(self.weights, self.rates, strict=True))


def poisson_step(mu0: float, r0: float, r1: float, true_ratio: float) -> Increment:
    """One step of a Poisson-rate CUSUM testing rate r1*mu0 against r0*mu0 when the rate is true_ratio*mu0."""
    return Increment((math.log(r1 / r0),), (true_ratio * mu0,), (r1 - r0) * mu0)


def binomial_step(trials: float, p0: float, p1: float, p_true: float) -> Increment:
    """One step of a proportion CUSUM (p1 against p0) with Poisson(trials) trials, each a success with p_true."""
    return Increment((math.log(p1 / p0), math.log((1 - p1) / (1 - p0))), (trials * p_true, trials * (1 - p_true)))


def tilt(step: Increment) -> float:
    """theta != 0 with E[exp(theta * z)] = 1: the exponent of the run length's growth with h (1 for an LLR whose
    no-change hypothesis is the truth). Newton's method on the cumulant generating function, from the normal
    approximation -2 mean / var; 0 when there is none (no drift or no spread)."""
    mean, var = step.mean, step.var
    if var <= 0.0 or mean == 0.0:
        return 0.0
    theta = -2.0 * mean / var
    for _ in range(60):
        k = d = 0.0
        for a, rate in zip(step.weights, step.rates, strict=True):
            e = math.exp(min(700.0, theta * a))
            k += rate * (e - 1.0)
            d += rate * a * e
        k -= theta * step.const
        d -= step.const
        if d == 0.0:
            break
        nxt = theta - k / d
        if nxt * theta <= 0.0:  # Newton jumped over 0 (the trivial root): halve towards it instead
            nxt = theta / 2
        if abs(nxt - theta) <= 1e-12 * abs(theta):
            theta = nxt
            break
        theta = nxt
    return theta


def siegmund_arl(h: float, step: Increment) -> float:
    """Siegmund's approximation of the ARL of S = max(0, S + z), alarm at h (Siegmund 1985, Sequential Analysis,
    (2.55)) with the exact tilt theta of z rather than its normal value -2 mean / var: sparse Poisson counts are far
    from normal, and the normal value misjudged their no-change ARL by a factor of 10 and more (docs/advisor.md).
    The bound is moved out by Siegmund's expected overshoot, 2 * 0.583 * sd."""
    mean, var = step.mean, step.var
    if var <= 0.0:
        return math.inf if mean <= 0.0 else h / mean
    b = h + 2 * OVERSHOOT * math.sqrt(var)
    theta = tilt(step)
    if theta == 0.0:
        return (b * b) / var
    x = theta * b
    if x > 700.0:
        return math.inf
    return (math.expm1(x) - x) / (-theta * mean)


def threshold_for(arl0: float, step: Increment) -> float:
    """The smallest h whose Siegmund ARL under `step` (the no-change increment) reaches arl0 steps."""
    if step.var <= 0.0 or step.mean >= 0.0:
        return _MAX_H
    lo, hi = 0.0, _MAX_H
    for _ in range(50):
        mid = (lo + hi) / 2
        if siegmund_arl(mid, step) < arl0:
            lo = mid
        else:
            hi = mid
    return hi


def increment_pmf(step: Increment, cell: float, tail: float = 1e-12) -> tuple[FloatArray, int]:
    """The distribution of z on a grid of width `cell`: (pmf, offset) with pmf[k] = P(round(z/cell) == k - offset)."""
    pmf = np.ones(1)
    low = 0
    for a, rate in zip(step.weights, step.rates, strict=True):
        n = _poisson_support(rate, tail)
        one, lo = _on_grid(np.arange(n, dtype=np.float64) * (a / cell), _poisson_pmf(rate, n))
        pmf = np.convolve(pmf, one)
        low += lo
    one, lo = _on_grid(np.array([-step.const / cell]), np.ones(1))
    return np.convolve(pmf, one), -(low + lo)


def _on_grid(values: FloatArray, probs: FloatArray) -> tuple[FloatArray, int]:
    """Probabilities of real grid positions split between the two nearest cells, keeping the mean exact (rounding
    a small constant drift to whole cells would change it by up to half a cell a step)."""
    floor = np.floor(values)
    frac = values - floor
    base = floor.astype(np.int64)
    lo = int(base.min())
    out = np.zeros(int(base.max()) - lo + 2)
    np.add.at(out, base - lo, probs * (1.0 - frac))
    np.add.at(out, base - lo + 1, probs * frac)
    return out, lo


def markov_arl(h: float, step: Increment, cells: int = 400) -> float:
    """ARL from S = 0 by the Markov chain of Brook & Evans (1972): S on `cells` cells of [0, h), reflected at 0."""
    cell = h / cells
    pmf, offset = increment_pmf(step, cell)
    # P(i -> j) = pmf of a move by j - i; moves at or below -i end at 0, moves to >= cells are the alarm
    cdf = np.concatenate([[0.0], np.cumsum(pmf)])
    moves = np.arange(cells)[None, :] - np.arange(cells)[:, None]  # j - i
    k = moves + offset  # index into pmf
    q = np.where((k >= 0) & (k < pmf.size), pmf[np.clip(k, 0, pmf.size - 1)], 0.0)
    to_zero = np.clip(-np.arange(cells) + offset + 1, 0, pmf.size)  # moves <= -i
    q[:, 0] = cdf[to_zero]
    arl = np.linalg.solve(np.eye(cells) - q, np.ones(cells))
    return float(arl[0])


def simulate_run_lengths(h: float, step: Increment, runs: int, max_steps: int, seed: int = 1) -> FloatArray:
    """Run lengths of `runs` independent CUSUMs (numpy's generator, vectorised); max_steps for those still running."""
    rng = np.random.default_rng(seed)
    s = np.zeros(runs)
    length = np.full(runs, float(max_steps))
    alive = np.ones(runs, bool)
    weights = np.array(step.weights)
    rates = np.array(step.rates)
    for t in range(1, max_steps + 1):
        idx = np.flatnonzero(alive)
        if idx.size == 0:
            break
        counts = rng.poisson(rates, size=(idx.size, rates.size))
        s[idx] = np.maximum(0.0, s[idx] + counts @ weights - step.const)
        hit = idx[s[idx] >= h]
        length[hit] = t
        alive[hit] = False
    return length


def _poisson_support(rate: float, tail: float) -> int:
    """How many values of a Poisson(rate) to keep for a mass outside below `tail`."""
    n = int(rate + 12 * math.sqrt(rate) + 30)
    probs = _poisson_pmf(rate, n)
    while 1.0 - probs.sum() > tail:
        n *= 2
        probs = _poisson_pmf(rate, n)
    return n


def _poisson_pmf(rate: float, n: int) -> FloatArray:
    k = np.arange(n, dtype=np.float64)
    if rate <= 0.0:
        out = np.zeros(n)
        out[0] = 1.0
        return out
    log_p = k * math.log(rate) - rate - np.array([math.lgamma(x + 1) for x in k])
    return np.asarray(np.exp(log_p), dtype=np.float64)
