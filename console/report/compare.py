"""Two lives side by side: the same numbers, each difference with its size and whether it is an improvement."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, TypeVar

from console.i18n import QT_TRANSLATE_NOOP, translate
from console.report.html_parts import channel_name
from console.report.model import Comparison, Delta, GoalRow, Polarity, Report, RowDelta, Unit

_T = TypeVar("_T")
_PRODUCT_CELLS: Final[tuple[tuple[str, str, Unit, Polarity], ...]] = (
    ("impressions", QT_TRANSLATE_NOOP("ReportCompare", "Impressions"), "count", 1),
    ("clicks", QT_TRANSLATE_NOOP("ReportCompare", "Clicks"), "count", 1),
    ("orders", QT_TRANSLATE_NOOP("ReportCompare", "Orders"), "count", 1),
    ("conversion", QT_TRANSLATE_NOOP("ReportCompare", "Conversion"), "pct", 1),
    ("revenue", QT_TRANSLATE_NOOP("ReportCompare", "Revenue"), "money", 1),
    ("margin", QT_TRANSLATE_NOOP("ReportCompare", "Margin"), "money", 1),
    ("velocity", QT_TRANSLATE_NOOP("ReportCompare", "Units/min"), "number", 1),
)
_CHANNEL_CELLS: Final[tuple[tuple[str, str, Unit, Polarity], ...]] = (
    ("entered", QT_TRANSLATE_NOOP("ReportCompare", "Entered"), "count", 1),
    ("conversion", QT_TRANSLATE_NOOP("ReportCompare", "Conversion"), "pct", 1),
    ("revenue", QT_TRANSLATE_NOOP("ReportCompare", "Revenue"), "money", 1),
    ("roas", QT_TRANSLATE_NOOP("ReportCompare", "ROAS"), "times", 1),
)
SAME: Final = 1e-9


def delta(key: str, label: str, unit: Unit, polarity: Polarity, a: float | None, b: float | None) -> Delta:
    """B against A: the difference, the relative change, and whether B is better given the metric's polarity."""
    if a is None or b is None:
        return Delta(key, label, unit, a, b, None, None, "n/a")
    d = b - a
    rel = d / abs(a) if abs(a) > SAME else None
    if abs(d) <= SAME:
        direction = "same"
    elif polarity == 0:
        direction = "n/a"
    else:
        direction = "better" if (d > 0) == (polarity > 0) else "worse"
    return Delta(key, label, unit, a, b, d, rel, direction)  # type: ignore[arg-type]  # direction: one of the literals


def display_names(a: Report, b: Report) -> tuple[str, str]:
    """The lives' titles, told apart by their files when both share a title (episodes of the same show)."""
    if a.title != b.title:
        return a.title, b.title
    if a.path.name != b.path.name:
        return f"{a.title} ({a.path.name})", f"{b.title} ({b.path.name})"
    return f"{a.title} ({a.path})", f"{b.title} ({b.path})"


def compare(a: Report, b: Report) -> Comparison:
    headline = tuple(delta(m.key, m.label, m.unit, m.polarity, m.value, b.metric(m.key).value) for m in a.headline)
    goals = _rows(a.goals, b.goals, lambda g: g.name, lambda g: g.label, _goal_cells)
    products = _rows(a.products, b.products, lambda p: p.sku, lambda p: p.name,
                     lambda pa, pb: _cells(_PRODUCT_CELLS, pa, pb))
    channels = _rows(a.channels, b.channels, lambda c: c.channel, lambda c: channel_name(c.channel),
                     lambda ca, cb: _cells(_CHANNEL_CELLS, ca, cb))
    name_a, name_b = display_names(a, b)
    return Comparison(a, b, name_a, name_b, headline, goals, products, channels)


def _goal_cells(ga: GoalRow | None, gb: GoalRow | None) -> tuple[Delta, ...]:
    g = ga or gb
    assert g is not None  # a row exists because one of the lives has the goal
    return (delta("actual", translate("ReportCompare", "Actual"), g.unit, -1 if g.ceiling else 1,
                  ga.actual if ga else None, gb.actual if gb else None),)


def _cells(spec: Sequence[tuple[str, str, Unit, Polarity]], ra: object, rb: object) -> tuple[Delta, ...]:
    return tuple(delta(k, translate("ReportCompare", label), unit, pol, _num(ra, k), _num(rb, k))
                 for k, label, unit, pol in spec)


def _num(row: object, key: str) -> float | None:
    if row is None:
        return None
    v = getattr(row, key)
    return None if v is None else float(v)


def _rows(rows_a: Sequence[_T], rows_b: Sequence[_T], key: Callable[[_T], str], label: Callable[[_T], str],
          cells: Callable[[_T | None, _T | None], tuple[Delta, ...]]) -> tuple[RowDelta, ...]:
    """Rows of either live matched by key: A's order first, then what only B had."""
    by_a = {key(r): r for r in rows_a}
    by_b = {key(r): r for r in rows_b}
    out = []
    for k in dict.fromkeys([*by_a, *by_b]):
        ra, rb = by_a.get(k), by_b.get(k)
        out.append(RowDelta(k, label(ra or rb), cells(ra, rb)))  # type: ignore[arg-type]  # k is in one of them
    return tuple(out)
