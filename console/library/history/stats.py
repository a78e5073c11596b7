"""How sure a pattern across lives is: the sign test (the library's one, console/library/stats.py), the
order-statistics interval for a median, a trend's slope.

Distribution-free on purpose: a lift of +900% in one live (a quiet minute before a flash offer) must not carry a
mean, and a handful of lives is all a producer has. Each live is one observation (docs/library.md, "History page").
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import Final

from console.library import stats as votes
from console.library.history.model import EffectVerdict

CONFIDENCE: Final = 0.95  # the interval's least coverage
SURE_P: Final = 0.05  # sign test, two-sided: below this the direction is taken as shown
FEW_LIVES: Final = 3  # below this many lives nothing is said but the count
TREND_MIN: Final = 3  # lives needed before a goal's trend is named
PROMISING: Final = 0.75  # share of lives lifted for "promising, not proven" when the sign test is not sure yet
STEADY: Final = 0.05  # a trend moving the actual less than 5% of its mean over the lives is "steady"


def binom_cdf(k: int, n: int) -> float:
    """P(X <= k) for X ~ Binomial(n, 1/2)."""
    return float(sum(math.comb(n, i) for i in range(k + 1)) / 2 ** n)


def sign_test(values: Sequence[float]) -> float | None:
    """Two-sided p-value that lifts above and below zero are equally likely: the library's one sign test
    (console/library/stats.py) over the values' signs, zeros abstaining. None when nothing is left."""
    up, down = votes.signs(values)
    return votes.sign_test(up, down) if up + down else None


def median_interval(values: Sequence[float]) -> tuple[float, float, float] | None:
    """(low, high, confidence) for the median: the k-th smallest and k-th largest value, k the largest for which
    the interval still covers the median with at least CONFIDENCE (the sign test inverted; exact, no resampling).
    None below six values: no pair of order statistics reaches 95% there."""
    xs = sorted(values)
    n = len(xs)
    best, tail, below = 0, 0.0, 0  # tail = P(X <= k - 1), summed as k grows (exact integers, one division each)
    for k in range(1, n // 2 + 1):
        below += math.comb(n, k - 1)
        tail = below / 2 ** n
        if 1.0 - 2.0 * tail < CONFIDENCE:
            break
        best = k
    if best == 0:
        return None
    return xs[best - 1], xs[n - best], 1.0 - 2.0 * binom_cdf(best - 1, n)


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def slope(ys: Sequence[float]) -> float | None:
    """Least-squares change of y per step, x = 0, 1, 2... (None for fewer than two points)."""
    n = len(ys)
    if n < 2:
        return None
    mx = (n - 1) / 2
    my = sum(ys) / n
    return sum((i - mx) * (y - my) for i, y in enumerate(ys)) / sum((i - mx) ** 2 for i in range(n))


def trend_word(ys: Sequence[float]) -> str:
    """"rising", "falling" or "steady" for the actuals of TREND_MIN or more lives, in order; "" for fewer. Steady:
    the fitted line moves less than STEADY of the mean across the lives."""
    s = slope(ys)
    if s is None or len(ys) < TREND_MIN:
        return ""
    mean = abs(sum(ys) / len(ys))
    change = s * (len(ys) - 1)
    if (mean == 0 and change == 0) or (mean > 0 and abs(change) < STEADY * mean):
        return "steady"
    return "rising" if change > 0 else "falling"


def effect_verdict(values: Sequence[float]) -> EffectVerdict:
    """What the lifts of a move across lives say: works or hurts only when the sign test is sure of the direction,
    the direction being the one most lives moved in (the test's, not the median's: seven lives without change and
    six lifted have a median of zero, and they say "works"); promising when three in four lives lifted or more, but
    too few to be sure."""
    if len(values) < FEW_LIVES:
        return "too few lives to tell"
    up, down = votes.signs(values)
    if up + down and votes.sign_test(up, down) < SURE_P:
        return "works" if votes.direction(up, down) > 0 else "hurts"
    if (median(values) or 0.0) > 0 and up >= PROMISING * len(values):
        return "promising, not proven"
    return "no clear effect"
