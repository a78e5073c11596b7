"""The comparison sections of report.html: two lives' numbers side by side, each difference coloured."""

from __future__ import annotations

from console.i18n import translate
from console.report.html_parts import chip, delta_span, empty, esc, section, table, value
from console.report.model import Comparison, Delta, RowDelta


def _cell(d: Delta, currency: str) -> str:
    """"reference → this" and the coloured difference under it."""
    return (f"{esc(value(d.a, d.unit, currency))} → {esc(value(d.b, d.unit, currency))}<br>"
            f"{delta_span(d, currency)}")


def _rows_table(rows: tuple[RowDelta, ...], first: str, currency: str, caption: str) -> str:
    if not rows:
        return empty(translate("ReportCompare", "Neither live has any."))
    headers = (first, *(d.label for d in rows[0].cells))
    body = [(esc(r.label) + (f"<br><small>{esc(r.key)}</small>" if r.key != r.label else ""),
             *(_cell(d, currency) for d in r.cells)) for r in rows]
    return table(headers, body, (False, *[True] * len(rows[0].cells)), caption=caption)


def headline(c: Comparison) -> str:
    cur = c.b.currency
    rows = [(esc(d.label), esc(value(d.a, d.unit, cur)), esc(value(d.b, d.unit, cur)), delta_span(d, cur))
            for d in c.headline]
    headers = (translate("ReportCompare", "Metric"), translate("ReportCompare", "Reference: {name}").format(
        name=c.name_a), translate("ReportCompare", "This live: {name}").format(name=c.name_b),
        translate("ReportCompare", "Difference"))
    return section("numbers", translate("ReportCompare", "All the numbers, side by side"),
                   table(headers, rows, (False, True, True, True), cls="compare",
                         caption=translate("ReportCompare", "Differences are this live minus the reference; "
                                                            "percentages move in points.")))


def goals(c: Comparison) -> str:
    if not c.goals:
        return section("goals", translate("ReportCompare", "Goals vs actuals"),
                       empty(translate("ReportCompare", "Neither plan set goals.")))
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
    headers = (translate("ReportCompare", "Goal"), translate("ReportCompare", "Reference target"),
               translate("ReportCompare", "Reference actual"), translate("ReportCompare", "Reference verdict"),
               translate("ReportCompare", "Target"), translate("ReportCompare", "Actual"),
               translate("ReportCompare", "Verdict"), translate("ReportCompare", "Difference"))
    return section("goals", translate("ReportCompare", "Goals vs actuals"),
                   table(headers, rows, (False, True, True, False, True, True, False, True), cls="compare",
                         caption=translate("ReportCompare", "Reference: {reference}. This live: {this}.").format(
                             reference=c.name_a, this=c.name_b)))


def products(c: Comparison) -> str:
    return section("products", translate("ReportCompare", "Products, side by side"),
                   _rows_table(c.products, translate("ReportCompare", "Product"), c.b.currency,
                               translate("ReportCompare", "Each cell: reference → this live, and the difference. A "
                                                          "product only one live carried shows — for the other.")))


def channels(c: Comparison) -> str:
    return section("channels", translate("ReportCompare", "Entry channels, side by side"),
                   _rows_table(c.channels, translate("ReportCompare", "Channel"), c.b.currency,
                               translate("ReportCompare", "Each cell: reference → this live, and the difference.")))
