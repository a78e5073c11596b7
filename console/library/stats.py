"""The sign test every reader of the library uses (the playbook, the history page, plan suggest): one live is one
vote, up or down, and a live that shows exactly no change abstains.

One implementation on purpose: the history page and the playbook must never disagree about whether the same lives
support the same claim (they did: one dropped the zero lifts from the test but kept them in the median, and took the
direction from that median).
"""

from __future__ import annotations

import math
from collections.abc import Iterable


def signs(values: Iterable[float]) -> tuple[int, int]:
    """(up, down): how many values are above zero and how many below; zeros abstain."""
    up = down = 0
    for v in values:
        if v > 0:
            up += 1
        elif v < 0:
            down += 1
    return up, down


def sign_test(up: int, down: int) -> float:
    """Two-sided exact sign test: the chance of a split at least this lopsided if each vote were a coin toss (1.0
    when nobody voted). Exact integers throughout: 2 * the tail's count / 2^n, divided once."""
    n = up + down
    if n == 0:
        return 1.0
    k = max(up, down)
    term, tail = math.comb(n, k), 0
    for i in range(k, n + 1):  # C(n, i+1) from C(n, i): one product per term
        tail += term
        term = term * (n - i) // (i + 1)
    return min(1.0, 2 * tail / (1 << n))  # int / int: Python divides big integers exactly, past float range


def direction(up: int, down: int) -> int:
    """+1 when more votes are up, -1 when more are down, 0 when tied: the direction a sign test speaks for (never
    the median's sign, which the abstaining zeros can pull to zero or past it)."""
    return 1 if up > down else -1 if down > up else 0
