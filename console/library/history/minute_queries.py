"""The minute series across lives: where in a live things happen on average, and --compare over the same minutes.

Only complete minutes count: the last, still-filling minute of a recording is a few seconds of it, and would read as
a collapse (the report drops it from its curves for the same reason).

Orders are per 1,000 viewer-minutes (a minute's viewer-minutes: its viewer count), the unit of the segments and of
--compare: orders per product click hid the sag a producer sees (a room that buys less also clicks less), and it is
no conversion either (the lives' conversion is buyers / entered). A band *sags* as the playbook says it does
(console/library/playbook_rules.py band_values, one rule for both pages): a full band of BAND minutes whose rate is
below the live's own median band, each live one vote, the votes weighed by the library's sign test; every band is
a test, so a band stands at p < SURE_P / the bands tested (Bonferroni), as the playbook's band rules do.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import duckdb

from console.library import stats as votes
from console.library.history.model import (
    Band,
    ComparedLive,
    Comparison,
    Live,
    LiveCurve,
    MinutePoint,
    Minutes,
)
from console.library.history.stats import SURE_P
from console.library.playbook_rules import BAND_MIN, band_values

BAND: Final = BAND_MIN  # minutes per band: one minute's orders are too few to judge


@dataclass(frozen=True, slots=True)
class _Minute:
    minute: int
    viewers: float | None
    orders: float | None
    revenue: float | None
    cart_adds: float | None
    abandons: float | None


def minutes(con: duckdb.DuckDBPyConnection) -> Minutes:
    """The average minute of the chosen lives (viewers averaged over the lives recording the minute, orders per
    1,000 viewer-minutes and abandonment pooled: every live's orders over every live's viewer-minutes), each live's
    own curve, and the bands where orders sag or abandonment spikes against each live's own median band."""
    avg = con.execute("""
        SELECT minute, count(*), avg(viewers),
               1000 * sum(orders) FILTER (WHERE viewers IS NOT NULL)
                 / nullif(sum(viewers) FILTER (WHERE orders IS NOT NULL), 0),
               sum(abandons) FILTER (WHERE cart_adds IS NOT NULL)
                 / nullif(sum(cart_adds) FILTER (WHERE abandons IS NOT NULL), 0)
        FROM minutes JOIN chosen USING (key) WHERE complete AND minute >= 0
        GROUP BY minute ORDER BY minute""").fetchall()
    per_live = _series(con, [k for (k,) in con.execute("SELECT key FROM chosen ORDER BY pos").fetchall()])
    curves = tuple(_curve(key, ms) for key, ms in per_live.items())
    peaks = tuple(p for ms in per_live.values() if (p := _peak(ms)) is not None)
    return Minutes(tuple(MinutePoint(*r) for r in avg), curves, _bands(con, "orders", -1),
                   _bands(con, "abandonment", +1), peaks)


def _bands(con: duckdb.DuckDBPyConnection, metric: str, side: int) -> tuple[Band, ...]:
    """Each full band: the lives off their own median band on `side` (-1 below, +1 above), those the other way, and
    the sign test of the two."""
    out = []
    for start, pairs in band_values(con, metric).items():
        flagged = tuple(key for key, rel in pairs if rel * side > 0)
        against = sum(1 for _, rel in pairs if rel * side < 0)
        out.append(Band(start, start + BAND - 1, len(pairs), len(flagged), against,
                        votes.sign_test(len(flagged), against), flagged))
    return tuple(out)


def best_band(bands: Sequence[Band]) -> Band | None:
    """The band most lives are off in the claimed way: of those with more lives for it than against, the lowest
    sign-test p (then the larger share, then the earliest)."""
    return min((b for b in bands if b.flagged > b.against),
               key=lambda b: (b.p_value, -b.flagged / b.lives, b.start), default=None)


def band_needs(bands: Sequence[Band]) -> float:
    """The p a band needs to stand: SURE_P shared among the bands tested (Bonferroni)."""
    return SURE_P / max(1, len(bands))


def band_stands(band: Band, bands: Sequence[Band]) -> bool:
    return band.flagged > band.against and band.p_value < band_needs(bands)


def _series(con: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> dict[str, list[_Minute]]:
    """key -> its complete minutes in order, for `keys` (in their order)."""
    out: dict[str, list[_Minute]] = {k: [] for k in keys}
    rows = con.execute("""
        SELECT key, minute, viewers, orders, revenue, cart_adds, abandons FROM minutes
        WHERE complete AND minute >= 0 AND key IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY key, minute""", [list(keys)]).fetchall()
    for key, *rest in rows:
        out[key].append(_Minute(*rest))
    return out


def _curve(key: str, ms: Sequence[_Minute]) -> LiveCurve:
    n = max((m.minute for m in ms), default=-1) + 1
    viewers: list[float | None] = [None] * n
    orders: list[float | None] = [None] * n
    aband: list[float | None] = [None] * n
    for m in ms:
        viewers[m.minute] = m.viewers
        per_viewer = _rate(m.orders, m.viewers)
        orders[m.minute] = None if per_viewer is None else per_viewer * 1000
        aband[m.minute] = _rate(m.abandons, m.cart_adds)
    return LiveCurve(key, tuple(viewers), tuple(orders), tuple(aband))


def _rate(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def _peak(ms: Sequence[_Minute]) -> int | None:
    known = [m for m in ms if m.viewers is not None]
    if not known:
        return None
    return max(known, key=lambda m: (m.viewers or 0.0, -m.minute)).minute  # the first minute at the peak


def comparison(con: duckdb.DuckDBPyConnection, keys: Sequence[str], lives: Sequence[Live]) -> Comparison:
    """The named lives over the same live minutes: 0 to the shortest complete recording's last full minute (a
    32-minute live against a 7-minute one is compared over minutes 0-6, never whole against whole)."""
    per_live = _series(con, keys)
    full = {k: _full_minutes(per_live.get(k, [])) for k in keys}
    span = min(len(ms) for ms in full.values())
    out = []
    for live in lives:
        ms = full[live.key]
        inside = ms[:span]
        revenue = [m.revenue for m in ms]
        # a feed without revenue (a room's: viewers and chat only) has no curve, never a flat line at 0
        cumulative = tuple(itertools.accumulate(r for r in revenue if r is not None)) if None not in revenue else ()
        whole = _total(ms, "revenue")
        out.append(ComparedLive(
            live, len(ms), _total(inside, "revenue"), _total(inside, "orders"), _total(inside, "viewers"),
            _total(inside, "cart_adds"), _total(inside, "abandons"),
            whole / len(ms) if whole is not None else None, cumulative))
    return Comparison(tuple(out), span)


def _full_minutes(ms: Sequence[_Minute]) -> list[_Minute]:
    """The complete minutes from minute 0 up to the first one missing: a compared span has no hole."""
    out = []
    for i, m in enumerate(ms):
        if m.minute != i:
            break
        out.append(m)
    return out


def _total(ms: Sequence[_Minute], name: str) -> float | None:
    """The sum over the minutes, None when no minute has the figure (the feed did not give it). Viewer-minutes are
    the sum of each minute's viewers, as the library's segments count them."""
    values = [getattr(m, name) for m in ms if getattr(m, name) is not None]
    return float(sum(values)) if values else None
