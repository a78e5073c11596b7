"""The comparison sections of report.html: two lives' numbers side by side, each difference coloured."""

from __future__ import annotations

from console.report.html_parts import chip, delta_span, empty, esc, section, table, value
from console.report.model import Comparison, Delta, RowDelta


def _cell(d: Delta, currency: str) -> str:
    """"reference → this" and the coloured difference under it."""
    return (f"{esc(value(d.a, d.unit, currency))} → {esc(value(d.b, d.unit, currency))}<br>"
            f"{delta_span(d, currency)}")


def _rows_table(rows: tuple[RowDelta, ...], first: str, currency: str, caption: str) -> str:
    if not rows:
        return empty("Neither live has any.")
    headers = (first, *(d.label for d in rows[0].cells))
    body = [(esc(r.label) + (f"<br><small>{esc(r.key)}</small>" if r.key != r.label else ""),
             *(_cell(d, currency) for d in r.cells)) for r in rows]
    return table(headers, body, (False, *[True] * len(rows[0].cells)), caption=caption)


def headline(c: Comparison) -> str:
    cur = c.b.currency
    rows = [(esc(d.label), esc(value(d.a, d.unit, cur)), esc(value(d.b, d.unit, cur)), delta_span(d, cur))
            for d in c.headline]
    return section("numbers", "All the numbers, side by side",
                   table(("Metric", f"Reference: {c.name_a}", f"This live: {c.name_b}", "Difference"), rows,
                         (False, True, True, True), cls="compare",
                         caption="Differences are this live minus the reference; percentages move in points."))


def goals(c: Comparison) -> str:
    if not c.goals:
        return section("goals", "Goals vs actuals", empty("Neither plan set goals."))
    ga = {g.name: g for g in c.a.goals}
    gb = {g.name: g for g in c.b.goals}
    cur = c.b.currency
    rows = []
    for r in c.goals:
        a, b = ga.get(r.key), gb.get(r.key)
        unit = (a or b).unit  # type: ignore[union-attr]  # one of them has it: that is why the row exists
        rows.append((esc(r.label),
                     esc(value(a.target, unit, cur)) if a else "—", esc(value(a.actual, unit, cur)) if a else "—",
                     chip(a.verdict) if a else "",
                     esc(value(b.target, unit, cur)) if b else "—", esc(value(b.actual, unit, cur)) if b else "—",
                     chip(b.verdict) if b else "", delta_span(r.cells[0], cur)))
    headers = ("Goal", "Reference target", "Reference actual", "Reference verdict", "Target", "Actual", "Verdict",
               "Difference")
    return section("goals", "Goals vs actuals",
                   table(headers, rows, (False, True, True, False, True, True, False, True), cls="compare",
                         caption=f"Reference: {c.name_a}. This live: {c.name_b}."))


def products(c: Comparison) -> str:
    return section("products", "Products, side by side",
                   _rows_table(c.products, "Product", c.b.currency,
                               "Each cell: reference → this live, and the difference. A product only one live "
                               "carried shows — for the other."))


def channels(c: Comparison) -> str:
    return section("channels", "Entry channels, side by side",
                   _rows_table(c.channels, "Channel", c.b.currency,
                               "Each cell: reference → this live, and the difference."))
