"""How sure a before/after change is: an exact test of two Poisson rates, and the words a producer reads."""

from __future__ import annotations

import math
from typing import Final

from console.report.model import Verdict

MIN_ORDERS: Final = 8  # below this many orders in both windows together no split means anything
CLEAR_P: Final = 0.05  # two-sided p below this: "clear"
LIKELY_P: Final = 0.20  # below this: "likely"; a producer acts on odds, not only on proof


def two_rate_p(n_before: int, s_before: float, n_after: int, s_after: float) -> float | None:
    """Two-sided p-value that the order rate after differs from the rate before.

    Conditional test: under "same rate", the n = n_before + n_after orders fall in the after window each with
    probability s_after / (s_before + s_after), so n_after is binomial. The tail in the observed direction is
    summed exactly and doubled (capped at 1). None when a window is empty or nothing happened at all.
    """
    n = n_before + n_after
    if s_before <= 0 or s_after <= 0 or n == 0:
        return None
    q = s_after / (s_before + s_after)
    expected = n * q
    if n_after >= expected:
        tail = sum(_binom_pmf(k, n, q) for k in range(n_after, n + 1))
    else:
        tail = sum(_binom_pmf(k, n, q) for k in range(n_after + 1))
    return min(1.0, 2.0 * tail)


def _binom_pmf(k: int, n: int, q: float) -> float:
    # log space: n can be thousands of orders, where comb() times q**k leaves float range
    log = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    log += k * math.log(q) + (n - k) * math.log1p(-q)
    return math.exp(log)


def verdict(n_before: int, s_before: float, n_after: int, s_after: float) -> tuple[Verdict, float | None]:
    """The words for a before/after change in orders, and the p-value they rest on."""
    if s_before <= 0:
        return "no before window", None
    p = two_rate_p(n_before, s_before, n_after, s_after)
    if p is None or n_before + n_after < MIN_ORDERS:
        return "too few orders to tell", p
    up = n_after / s_after > n_before / s_before
    if p < CLEAR_P:
        return ("clear lift" if up else "clear drop"), p
    if p < LIKELY_P:
        return ("likely lift" if up else "likely drop"), p
    return "no clear change", p
