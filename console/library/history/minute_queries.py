"""The minute series across lives: where in a live things happen on average, and --compare over the same minutes.

Only complete minutes count: the last, still-filling minute of a recording is a few seconds of it, and would read as
a collapse (the report drops it from its curves for the same reason).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

import duckdb

from console.library.history.model import (
    ComparedLive,
    Comparison,
    Live,
    LiveCurve,
    MinutePoint,
    Minutes,
    WindowCount,
)

WINDOW: Final = 5  # minutes per window when looking for a sag: one minute's orders are too few to judge
SAG: Final = 0.8  # a window's conversion below 80% of the live's own is a sag
SPIKE: Final = 1.25  # a window's abandonment above 125% of the live's own is a spike
_Off = Callable[[float, float], bool]  # (the window's rate, the live's own) -> is the window off its level


@dataclass(frozen=True, slots=True)
class _Minute:
    minute: int
    viewers: float | None
    orders: float | None
    revenue: float | None
    clicks: float | None
    cart_adds: float | None
    abandons: float | None


def minutes(con: duckdb.DuckDBPyConnection) -> Minutes:
    """The average minute of the chosen lives (viewers averaged over the lives recording the minute, conversion and
    abandonment pooled: every live's orders over every live's clicks), each live's own curve, and the windows where
    conversion sags or abandonment spikes against each live's own level."""
    avg = con.execute("""
        SELECT minute, count(*), avg(viewers),
               sum(orders) FILTER (WHERE clicks IS NOT NULL) / nullif(sum(clicks) FILTER (WHERE orders IS NOT NULL), 0),
               sum(abandons) FILTER (WHERE cart_adds IS NOT NULL)
                 / nullif(sum(cart_adds) FILTER (WHERE abandons IS NOT NULL), 0)
        FROM minutes JOIN chosen USING (key) WHERE complete AND minute >= 0
        GROUP BY minute ORDER BY minute""").fetchall()
    per_live = _series(con, [k for (k,) in con.execute("SELECT key FROM chosen ORDER BY pos").fetchall()])
    curves = tuple(_curve(key, ms) for key, ms in per_live.items())
    peaks = tuple(p for ms in per_live.values() if (p := _peak(ms)) is not None)
    return Minutes(tuple(MinutePoint(*r) for r in avg), curves,
                   _windows(per_live, "orders", "clicks", lambda w, own: w < SAG * own),
                   _windows(per_live, "abandons", "cart_adds", lambda w, own: w > SPIKE * own), peaks)


def _series(con: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> dict[str, list[_Minute]]:
    """key -> its complete minutes in order, for `keys` (in their order)."""
    out: dict[str, list[_Minute]] = {k: [] for k in keys}
    rows = con.execute("""
        SELECT key, minute, viewers, orders, revenue, clicks, cart_adds, abandons FROM minutes
        WHERE complete AND minute >= 0 AND key IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY key, minute""", [list(keys)]).fetchall()
    for key, *rest in rows:
        out[key].append(_Minute(*rest))
    return out


def _curve(key: str, ms: Sequence[_Minute]) -> LiveCurve:
    n = max((m.minute for m in ms), default=-1) + 1
    viewers: list[float | None] = [None] * n
    conv: list[float | None] = [None] * n
    aband: list[float | None] = [None] * n
    for m in ms:
        viewers[m.minute] = m.viewers
        conv[m.minute] = _rate(m.orders, m.clicks)
        aband[m.minute] = _rate(m.abandons, m.cart_adds)
    return LiveCurve(key, tuple(viewers), tuple(conv), tuple(aband))


def _rate(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def _peak(ms: Sequence[_Minute]) -> int | None:
    known = [m for m in ms if m.viewers is not None]
    if not known:
        return None
    return max(known, key=lambda m: (m.viewers or 0.0, -m.minute)).minute  # the first minute at the peak


def _windows(per_live: dict[str, list[_Minute]], num: str, den: str, off: _Off) -> tuple[WindowCount, ...]:
    """For each WINDOW-minute window: the lives with that window measured (some `den` in it, and a level of their
    own), and those whose rate there is `off` their own level over all their complete minutes."""
    measured: dict[int, int] = defaultdict(int)
    flagged: dict[int, list[str]] = defaultdict(list)
    last: dict[int, int] = defaultdict(int)  # the window's last minute any live recorded (a short live's tail)
    for key, ms in per_live.items():
        both = [m for m in ms if getattr(m, num) is not None and getattr(m, den) is not None]
        own = _rate(sum(getattr(m, num) for m in both), sum(getattr(m, den) for m in both))
        if not own:
            continue
        window_num: dict[int, float] = defaultdict(float)
        window_den: dict[int, float] = defaultdict(float)
        for m in both:
            window_num[m.minute // WINDOW] += getattr(m, num)
            window_den[m.minute // WINDOW] += getattr(m, den)
            last[m.minute // WINDOW] = max(last[m.minute // WINDOW], m.minute)
        for w, d in window_den.items():
            if d > 0:
                measured[w] += 1
                if off(window_num[w] / d, own):
                    flagged[w].append(key)
    return tuple(WindowCount(w * WINDOW, last[w], measured[w], len(flagged[w]), tuple(flagged[w]))
                 for w in sorted(measured))


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
        revenue = [m.revenue or 0.0 for m in ms]
        cumulative = tuple(itertools.accumulate(revenue))
        whole = _total(ms, "revenue")
        out.append(ComparedLive(
            live, len(ms), _total(inside, "revenue"), _total(inside, "orders"), _total(inside, "clicks"),
            _total(inside, "viewers"), _total(inside, "cart_adds"), _total(inside, "abandons"),
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
