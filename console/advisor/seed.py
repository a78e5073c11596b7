"""Baselines from earlier lives of the same plan: what each product's carts per click and abandonment were.

The live console can build one from the session files of earlier lives (their final readings, through
`EventTally`) and hand it to `Advisor(plan, seed)`. A seed is a head start, not a verdict: it weighs at most
SEED_TRIALS trials per product and stage, and decays like any other data as the live's own minutes come in.
"""

from __future__ import annotations

from typing import Final

import msgspec
import numpy as np
import numpy.typing as npt

from console.advisor.reading import Reading

FloatArray = npt.NDArray[np.float64]
SEED_TRIALS: Final = 200.0


class ProductSeed(msgspec.Struct, frozen=True, kw_only=True):
    clicks: int
    carts: int
    resolved: int  # carts that ended ordered or abandoned
    abandons: int


class BaselineSeed(msgspec.Struct, frozen=True, kw_only=True):
    products: dict[str, ProductSeed]
    lives: int = 1

    def funnel(self, skus: list[str]) -> tuple[tuple[FloatArray, FloatArray], tuple[FloatArray, FloatArray]]:
        """(carts, clicks) and (abandons, resolved) per sku, each pair scaled down to at most SEED_TRIALS trials."""
        empty = ProductSeed(clicks=0, carts=0, resolved=0, abandons=0)
        ps = [self.products.get(s, empty) for s in skus]
        clicks = np.array([p.clicks for p in ps], np.float64)
        carts = np.array([min(p.carts, p.clicks) for p in ps], np.float64)
        resolved = np.array([p.resolved for p in ps], np.float64)
        abandons = np.array([min(p.abandons, p.resolved) for p in ps], np.float64)
        return _scaled(carts, clicks), _scaled(abandons, resolved)


def _scaled(num: FloatArray, den: FloatArray) -> tuple[FloatArray, FloatArray]:
    k = np.where(den > SEED_TRIALS, SEED_TRIALS / np.maximum(den, 1.0), 1.0)
    return num * k, den * k


def seed_from_readings(finals: list[Reading]) -> BaselineSeed:
    """A seed from the final readings of earlier lives (their totals add up)."""
    totals: dict[str, list[int]] = {}
    for r in finals:
        for j, sku in enumerate(r.skus):
            t = totals.setdefault(sku, [0, 0, 0, 0])
            t[0] += int(r.clicks[j])
            t[1] += int(r.carts[j])
            t[2] += int(r.orders[j] + r.abandons[j])
            t[3] += int(r.abandons[j])
    return BaselineSeed(products={s: ProductSeed(clicks=c, carts=k, resolved=v, abandons=a)
                                  for s, (c, k, v, a) in totals.items()}, lives=len(finals))
