"""report.html as one self-contained string: inline CSS, charts as data: URIs, every text escaped; no I/O."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final, TypeVar

from console.i18n import PLURAL, QT_TRANSLATE_NOOP, active_language, translate
from console.present import numbers
from console.present.availability import GOAL_FIGURES, NOT_AVAILABLE, missing, why
from console.present.fmt import DASH, count, mmss, money, pct, times
from console.report import html_compare
from console.report.html_advice import advice as _advice
from console.report.html_parts import (
    CSS,
    QT_CSS,
    action_word,
    arrow,
    channel_name,
    chip,
    delta_span,
    empty,
    esc,
    figure,
    figure_file,
    not_available,
    section,
    signed_pct,
    table,
    value,
    word,
)
from console.report.lessons.actions import AUDIENCE_MOVED
from console.report.lessons.context import clauses
from console.report.model import (
    CHART_FIGURES,
    EFFECT_WINDOW_S,
    REVIEW_SOURCE,
    ActionImpact,
    ChannelRow,
    Comparison,
    ProductRow,
    Report,
)

TILES: Final = ("gmv", "orders", "conversion", "aov", "peak_viewers", "roas", "cart_abandonment",
                "engagement_rate")
CURVE_CAPTIONS: Final = {
    "viewers": QT_TRANSLATE_NOOP("ReportHtml", "Concurrent viewers at the end of each minute."),
    "engagement": QT_TRANSLATE_NOOP("ReportHtml", "Chat messages per minute: how lively the room was."),
    "dropoff": QT_TRANSLATE_NOOP("ReportHtml", "Viewers leaving per minute (bars) against viewers joining (line): "
                                               "where the room lost people."),
    "orders": QT_TRANSLATE_NOOP("ReportHtml", "Orders per minute."),
    "abandonment": QT_TRANSLATE_NOOP("ReportHtml", "Carts abandoned per minute (bars) against carts opened (line)."),
}
COMPARED_CAPTIONS: Final = {
    "viewers": QT_TRANSLATE_NOOP("ReportHtml", "Concurrent viewers: this live (solid) against the reference live "
                                               "(dashed grey)."),
    "engagement": QT_TRANSLATE_NOOP("ReportHtml", "Chat messages per minute: this live (solid) against the "
                                                  "reference live (dashed grey)."),
    "dropoff": QT_TRANSLATE_NOOP("ReportHtml", "Viewers leaving per minute: this live (solid) against the reference "
                                               "live (dashed grey)."),
    "orders": QT_TRANSLATE_NOOP("ReportHtml", "Orders per minute: this live (solid) against the reference live "
                                              "(dashed grey)."),
    "abandonment": QT_TRANSLATE_NOOP("ReportHtml", "Carts abandoned per minute: this live (solid) against the "
                                                   "reference live (dashed grey)."),
}


def html_lang() -> str:
    """The page's lang attribute: the console's language as a BCP 47 tag (pt_BR -> pt-BR)."""
    return active_language().replace("_", "-")


Fig = Callable[[str, str, str], str]  # (chart name, alt text, caption) -> <figure>


def render_html(report: Report, charts: Mapping[str, bytes], comparison: Comparison | None = None,
                qt: bool = False) -> str:
    """The whole page. With a comparison, `report` is comparison.b (this live) and A is the reference.

    `qt`: the same page for Qt's rich text (the replay window's Report tab): a stylesheet in the CSS subset Qt
    understands, tiles in a table (no grid there), and the charts read from charts/*.png beside the page at a
    width the tab fits to its own.
    """
    r = report

    def charts_fig(name: str, alt: str, caption: str) -> str:
        if qt:
            return figure_file(f"charts/{name}.png" if charts.get(name) else None, alt, caption)
        return figure(charts.get(name), alt, caption)

    fig: Fig = charts_fig
    parts = [_header(r, comparison), _warnings(r), _tiles(r, comparison, qt), _lessons(r, comparison)]
    if comparison is not None:
        parts += [html_compare.goals(comparison), _minutes(r, fig, compared=True),
                  html_compare.products(comparison),
                  fig("quadrant", translate("ReportHtml", "product quadrant"), translate("ReportHtml", _QUAD)),
                  html_compare.channels(comparison),
                  _actions(r, translate("ReportHtml", "Actions and their measured impact")), _advice(r),
                  _actions(comparison.a, translate("ReportHtml", "Actions of the reference live, {name}").format(
                      name=comparison.name_a), anchor="actions-a"),
                  html_compare.headline(comparison)]
    else:
        parts += [_goals(r), _minutes(r, fig), _products(r, fig), _channels(r, fig),
                  _actions(r, translate("ReportHtml", "Actions and their measured impact")), _advice(r),
                  _headline(r)]
    parts += [_notes(r), _footer(r)]
    return (f"<!DOCTYPE html>\n<html lang=\"{esc(html_lang())}\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{esc(_page_title(r, comparison))}</title><style>{QT_CSS if qt else CSS}</style></head>"
            f"<body><main>{''.join(parts)}</main></body></html>\n")


_QUAD: Final = QT_TRANSLATE_NOOP("ReportHtml", "Margin per unit against units sold per minute while on sale; dashed "
                                              "lines are the medians. Stars "
                "(top right) carry the live; traffic builders (bottom right) sell fast at a thin margin; niche "
                "products (top left) earn well but slowly; bottom left is for review.")


def _page_title(r: Report, c: Comparison | None) -> str:
    if c is None:
        return translate("ReportHtml", "{title}: post-live report").format(title=r.title)
    return translate("ReportHtml", "{this}: post-live report, compared with {reference}").format(
        this=c.name_b, reference=c.name_a)


def _header(r: Report, c: Comparison | None) -> str:
    if r.planned_s:
        recorded = translate("ReportHtml", "{elapsed} recorded of {planned} planned").format(
            elapsed=esc(mmss(r.elapsed_s)), planned=esc(mmss(r.planned_s)))
    else:
        recorded = translate("ReportHtml", "{elapsed} recorded").format(elapsed=esc(mmss(r.elapsed_s)))
    meta = translate("ReportHtml", "Live <b>{live}</b> · {recorded} · {events} events · session file "
                                   "<code>{path}</code>").format(live=esc(r.live_id), recorded=recorded,
                                                                  events=esc(count(r.events)), path=esc(r.path))
    vs = ""
    if c is not None:
        vs = '<p class="meta">' + translate(
            "ReportHtml", "Compared with <b>{reference}</b> ({live}, <code>{path}</code>), the reference. Differences "
            "read this live minus the reference, <span class=\"delta better\">green</span> where this live did "
            "better, <span class=\"delta worse\">red</span> where it did worse.").format(
            reference=esc(c.name_a), live=esc(c.a.live_id), path=esc(c.a.path)) + "</p>"
    return f'<header><h1>{esc(_page_title(r, c))}</h1><p class="meta">{meta}</p>{vs}</header>'


def _warnings(r: Report) -> str:
    items = [*r.warnings, *(translate("ReportHtml", "Note: {what}.").format(what=e) for e in r.empty)]
    if not items:
        return ""
    return '<div class="warnings">' + "".join(f"<div>{esc(w)}</div>" for w in items) + "</div>"


def _tiles(r: Report, c: Comparison | None, qt: bool = False) -> str:
    goals = {g.name: g for g in r.goals}
    goal_of = {"gmv": "gmv", "orders": "orders", "conversion": "conversion", "peak_viewers": "peak_viewers",
               "roas": "roas", "cart_abandonment": "max_cart_abandonment"}
    deltas = {d.key: d for d in c.headline} if c is not None else {}
    out = []
    for key in TILES:
        m = r.metric(key)
        g = goals.get(goal_of.get(key, ""))
        tone = {"met": "good", "on pace": "good", "close": "warn", "missed": "bad"}.get(g.verdict, "") if g else ""
        goal = translate("ReportHtml", "goal {target} · {verdict}")
        sub = goal.format(target=value(g.target, g.unit, r.currency), verdict=word(g.verdict)) if g else ""
        if not m.available:  # a tile too narrow for the sentence as its value: "n/a", the sentence under it
            sub = goal.format(target=value(g.target, g.unit, r.currency), verdict=word(NOT_AVAILABLE)) if g \
                else word(NOT_AVAILABLE)
        if key in deltas:
            sub = (esc(sub) + " · " if sub else "") + translate("ReportHtml", "vs reference {difference}").format(
                difference=delta_span(deltas[key], r.currency))
        else:
            sub = esc(sub)
        shown = esc(value(m.value, m.unit, r.currency)) if m.available else not_available(_why(r, key))
        out.append((tone, f'<div class="k">{esc(m.label)}</div><div class="v">{shown}</div><div class="k">{sub}</div>'))
    if qt:  # Qt's rich text has no grid: two rows of four cells
        rows = "".join("<tr>" + "".join(f'<td class="tile {tone}" width="25%">{body}</td>' for tone, body in
                                        out[i:i + 4]) + "</tr>" for i in range(0, len(out), 4))
        return section("summary", translate("ReportHtml", "At a glance"),
                       f'<table class="tiles" width="100%" cellspacing="6" cellpadding="8">{rows}</table>')
    tiles = "".join(f'<div class="tile {tone}">{body}</div>' for tone, body in out)
    return section("summary", translate("ReportHtml", "At a glance"), f'<div class="tiles">{tiles}</div>')


def _lessons(r: Report, c: Comparison | None) -> str:
    if not r.lessons and not r.has("orders"):
        body = empty(translate("ReportHtml", "The lessons rest on orders, which this live's feed did not send "
                                             "(order_placed): none can be drawn from it."))
    elif not r.lessons:
        body = empty(translate("ReportHtml", "This live's numbers are too thin for a lesson: no rule found enough "
                                             "orders, views or carts to stand on (docs/report.md lists the "
                                             "thresholds)."))
    else:
        rests = translate("ReportHtml", "Rests on: {evidence}")
        items = "".join(f"<li><b>{esc(lesson.title)}</b><br>{esc(lesson.text)}<br><span class=\"ev\">"
                        f"{esc(rests.format(evidence=clauses(list(lesson.evidence))))}</span></li>"
                        for lesson in r.lessons)
        body = f'<ol class="lessons">{items}</ol>'
        if len(r.lessons) < 3:
            drawn = len(r.lessons)  # a plain name: lupdate hangs on a count such as len(r.lessons)
            body += empty(translate("ReportHtml", "Only %n lesson(s) could be drawn from this live's numbers.", None,
                                    PLURAL, drawn))
    if c is not None and c.a.lessons:
        ref = "".join(f"<li>{esc(lesson.title)}</li>" for lesson in c.a.lessons)
        heading = translate("ReportHtml", "The reference live's lessons")
        body += f"<h3>{esc(heading)}</h3><ul>{ref}</ul>"
    return section("lessons", translate("ReportHtml", "Three lessons for the next live"), body)


def _goals(r: Report) -> str:
    if not r.goals:
        why = translate("ReportHtml", "The plan set no goals.") if r.planned_s is not None else translate(
            "ReportHtml", "No plan was recorded with this live: no goals.")
        return section("goals", translate("ReportHtml", "Goals vs actuals"), empty(why))
    rows = [(esc(g.label), esc(translate("ReportHtml", "{target} max").format(
                target=value(g.target, g.unit, r.currency)) if g.ceiling else value(g.target, g.unit, r.currency)),
             esc(value(g.actual, g.unit, r.currency)) if g.verdict != NOT_AVAILABLE
             else not_available(_why(r, GOAL_FIGURES[g.name])), esc(pct(g.share, 0)), chip(g.verdict))
            for g in r.goals]
    headers = (translate("ReportHtml", "Goal"), translate("ReportHtml", "Target"), translate("ReportHtml", "Actual"),
               translate("ReportHtml", "Actual / target"), translate("ReportHtml", "Verdict"))
    return section("goals", translate("ReportHtml", "Goals vs actuals"),
                   table(headers, rows, (False, True, True, True, False),
                         caption=translate("ReportHtml", "Targets from the plan; actuals at the last recorded event.")))


def _marker_legend(actions: tuple[ActionImpact, ...]) -> str:
    marks = [f'<span class="marker">#{a.number}</span> {esc(mmss(a.at_s or 0))} {esc(a.label)}'
             for a in actions if a.at_s is not None and a.verdict != "not on the stream"]
    if not marks:
        return empty(translate("ReportHtml", "No actions were taken, so the curves carry no markers."))
    return '<p class="muted">' + translate("ReportHtml", "Markers: {markers}.").format(markers=" · ".join(marks)) \
        + "</p>"


def _minutes(r: Report, fig: Fig, compared: bool = False) -> str:
    if r.events == 0:
        return section("minutes", translate("ReportHtml", "Minute by minute"),
                       empty(translate("ReportHtml", "No events were recorded: no curves to draw.")))
    captions = COMPARED_CAPTIONS if compared else CURVE_CAPTIONS
    figs = "".join(fig(name, name, translate("ReportHtml", caption)) if r.chart_shown(name) else _no_chart(r, name)
                   for name, caption in captions.items())
    return section("minutes", translate("ReportHtml", "Minute by minute"), _marker_legend(r.actions) + figs)


def _products(r: Report, fig: Fig) -> str:
    if not r.products:
        return section("products", translate("ReportHtml", "Products"),
                       empty(translate("ReportHtml", "No product was shown or sold.")))
    columns: list[tuple[str, str, Callable[[ProductRow], str]]] = [
        (translate("ReportHtml", "Impressions"), "product_impressions", lambda p: esc(count(p.impressions))),
        (translate("ReportHtml", "Clicks"), "product_clicks", lambda p: esc(count(p.clicks))),
        (translate("ReportHtml", "CTR"), "product_ctr", lambda p: esc(pct(p.ctr))),
        (translate("ReportHtml", "Carts"), "product_carts", lambda p: esc(count(p.carts))),
        (translate("ReportHtml", "Abandoned"), "product_abandonment", lambda p: esc(pct(p.abandonment))),
        (translate("ReportHtml", "Orders"), "product_orders", lambda p: esc(count(p.orders))),
        (translate("ReportHtml", "Units"), "product_units", lambda p: esc(count(p.units))),
        (translate("ReportHtml", "Conversion"), "product_conversion", lambda p: esc(pct(p.conversion))),
        (translate("ReportHtml", "Revenue"), "product_revenue", lambda p: esc(money(p.revenue, r.currency))),
        (translate("ReportHtml", "Margin"), "product_margin", lambda p: esc(money(p.margin, r.currency))),
        (translate("ReportHtml", "Units/min"), "product_units_per_min", lambda p: esc(numbers.decimal(p.velocity, 2))),
    ]
    shown, gone = _split_columns(r, columns)
    rows = [(f"{esc(p.name)}<br><small>{esc(p.sku)}</small>", esc(money(p.price, r.currency)),
             *(cell(p) for _, _, cell in shown), _flags(p)) for p in r.products]
    headers = (translate("ReportHtml", "Product"), translate("ReportHtml", "Price"), *(h for h, _, _ in shown),
               translate("ReportHtml", "Flags"))
    body = gone + table(headers, rows, (False, *[True] * (len(shown) + 1), False),
                        caption=translate("ReportHtml", "Conversion = orders / clicks. Abandoned = abandoned carts / "
                                                        "carts. Units/min while on sale (until it sold out). Margin = "
                                                        "revenue − units × plan cost."))
    if r.snapshot.orders == 0 and r.has("orders"):
        body = empty(translate("ReportHtml", "No orders were recorded: revenue, margin and conversion are empty.")) \
            + body
    quadrant = (fig("quadrant", translate("ReportHtml", "product quadrant"), translate("ReportHtml", _QUAD))
                if r.chart_shown("quadrant") else _no_chart(r, "quadrant"))
    return section("products", translate("ReportHtml", "Products"), body + quadrant)


def _flags(p: ProductRow) -> str:
    """The product's flags as chips in the report's language (ProductRow.flags keeps them in English for the CSV)."""
    out = []
    for f in p.flags:
        if f.startswith("sold out at "):
            at = mmss(p.sold_out_at_s) if p.sold_out_at_s is not None else f.removeprefix("sold out at ")
            out.append(chip(translate("ReportHtml", "sold out at {time}").format(time=at), "bad"))
        else:
            out.append(chip(f, "warn"))
    return "".join(out)


_Row = TypeVar("_Row")


def _split_columns(r: Report, columns: list[tuple[str, str, Callable[[_Row], str]]]
                   ) -> tuple[list[tuple[str, str, Callable[[_Row], str]]], str]:
    """The columns this live's feed could fill, and one line naming the others: a column of "n/a" in every row is
    noise, and a column of zeros a lie."""
    shown = [c for c in columns if r.has(c[1])]
    gone = [c for c in columns if not r.has(c[1])]
    if not gone:
        return shown, ""
    names = ", ".join(h.lower() if h not in ("CTR", "ROAS") else h for h, _, _ in gone)
    return shown, empty(translate("ReportHtml", "Not available from this feed: {columns} ({why}).").format(
        columns=names, why=_lacking(r, tuple(f for _, f, _ in gone))))


def _channels(r: Report, fig: Fig) -> str:
    def paid_only(text: Callable[[ChannelRow], str]) -> Callable[[ChannelRow], str]:
        return lambda c: text(c) if c.channel == "paid" else DASH  # spend, and so ROAS, is only on paid traffic

    columns: list[tuple[str, str, Callable[[ChannelRow], str]]] = [
        (translate("ReportHtml", "Entered"), "channel_entered", lambda c: esc(count(c.entered))),
        (translate("ReportHtml", "Orders"), "channel_orders", lambda c: esc(count(c.orders))),
        (translate("ReportHtml", "Buyers"), "channel_buyers", lambda c: esc(count(c.buyers))),
        (translate("ReportHtml", "Conversion"), "channel_conversion", lambda c: esc(pct(c.conversion))),
        (translate("ReportHtml", "Revenue"), "channel_revenue", lambda c: esc(money(c.revenue, r.currency))),
        (translate("ReportHtml", "Share"), "channel_revenue", lambda c: esc(pct(c.revenue_share, 0))),
        (translate("ReportHtml", "Ad spend"), "ad_spend",
         paid_only(lambda c: esc(money(c.ad_spend, r.currency) if c.ad_spend else DASH))),
        ("ROAS", "roas", paid_only(lambda c: esc(times(c.roas) if c.roas is not None else DASH))),
    ]
    shown, gone = _split_columns(r, columns)
    rows = [(esc(channel_name(c.channel)), *(cell(c) for _, _, cell in shown)) for c in r.channels]
    body = gone + table((translate("ReportHtml", "Channel"), *(h for h, _, _ in shown)), rows,
                        (False, *[True] * len(shown)),
                        caption=translate("ReportHtml", "Conversion = buyers / viewers who entered through the "
                                                        "channel. ROAS = paid revenue / ad spend."))
    s = r.snapshot
    chart = (fig("channels", translate("ReportHtml", "channels"),
                 translate("ReportHtml", "Conversion by entry channel; labels: revenue and ROAS."))
             if r.chart_shown("channels") else _no_chart(r, "channels"))
    title = translate("ReportHtml", "Entry channels")
    new_vs = "<h3>" + esc(translate("ReportHtml", "New vs returning buyers")) + "</h3>"
    if not r.has("new_buyers"):
        return section("channels", title, body + chart + new_vs + empty(
            translate("ReportHtml", "New and returning buyers: {not_available} ({why}).").format(
                not_available=word(NOT_AVAILABLE), why=_lacking(r, ("new_buyers",)))))
    nr = table((translate("ReportHtml", "Buyers"), translate("ReportHtml", "Count"), translate("ReportHtml", "Revenue"),
                translate("ReportHtml", "Share of GMV")),
               [(esc(translate("ReportHtml", "New")), esc(count(s.new_buyers)), esc(money(s.new_revenue, r.currency)),
                 esc(pct(_share(s.new_revenue, s.gmv), 0))),
                (esc(translate("ReportHtml", "Returning")), esc(count(s.returning_buyers)),
                 esc(money(s.returning_revenue, r.currency)), esc(pct(_share(s.returning_revenue, s.gmv), 0)))],
               (False, True, True, True),
               caption=translate("ReportHtml", "A buyer is new or returning by the flag of their first order in this "
                                               "live."), cls="narrow")
    return section("channels", title, body + chart + new_vs + nr)


def _why(r: Report, figure: str) -> str:
    return why(figure, r.snapshot.available)


_CHART_TITLES: Final = {"viewers": QT_TRANSLATE_NOOP("ReportHtml", "Viewers"),
                        "engagement": QT_TRANSLATE_NOOP("ReportHtml", "Engagement (chat per minute)"),
                        "dropoff": QT_TRANSLATE_NOOP("ReportHtml", "Drop-off (viewers leaving per minute)"),
                        "orders": QT_TRANSLATE_NOOP("ReportHtml", "Orders per minute"),
                        "abandonment": QT_TRANSLATE_NOOP("ReportHtml", "Cart abandonment per minute"),
                        "quadrant": QT_TRANSLATE_NOOP("ReportHtml", "Product quadrant"),
                        "channels": QT_TRANSLATE_NOOP("ReportHtml", "Conversion by entry channel")}


def _no_chart(r: Report, name: str) -> str:
    """In place of a chart the feed cannot fill: its title, the sentence and what was missing (its zeros are not
    drawn: a flat line reads as a dead live)."""
    return empty(translate("ReportHtml", "{chart}: {not_available} ({why}).").format(
        chart=translate("ReportHtml", _CHART_TITLES[name]), not_available=word(NOT_AVAILABLE),
        why=_lacking(r, CHART_FIGURES[name])))


def _lacking(r: Report, figures: tuple[str, ...]) -> str:
    """"it did not send order_placed": the event types `figures` lack from this feed."""
    lacking = sorted({t for f in figures for t in missing(f, r.snapshot.available)})
    return translate("ReportHtml", "it did not send {event_types}").format(event_types=", ".join(lacking))


def _share(part: float, whole: float) -> float | None:
    return None if whole == 0 else part / whole


def _actions(r: Report, title: str, anchor: str = "actions") -> str:
    if not r.actions:
        return section(anchor, title, empty(translate("ReportHtml", "No actions were taken during this live.")))
    rows = []
    for a in r.actions:
        measured = a.verdict != "not on the stream"
        opm = arrow(a.opm_before, a.opm_after, 1)
        viewers = arrow(a.viewers_before, a.viewers_after, 0)
        per_k = arrow(a.opkv_before, a.opkv_after, 1)
        units = arrow(a.upm_before, a.upm_after, 1)
        note = a.error if not measured else _caveats(a, r)
        what = (f"{esc(a.label)}<br><small>{esc(action_word(a.kind))} · {esc(action_word(a.source))}, "
                f"{esc(action_word(a.status))}</small>")
        cells = [esc(f"{count(a.orders_before)} / {count(a.orders_after)}") if measured else DASH, esc(opm),
                 esc(viewers),
                 esc(per_k), esc(signed_pct(a.viewer_lift)), chip(a.verdict), esc(_p(a.p_value)), esc(units)]
        if measured and not r.has("action_effect"):  # measured in orders: without them there is no effect to show
            gone = not_available(_why(r, "action_effect"))
            cells = [gone, gone, cells[2], gone, gone, chip(NOT_AVAILABLE), DASH, gone]
        rows.append((f"#{a.number}", esc(mmss(a.at_s) if a.at_s is not None else DASH), what, *cells, esc(note)))
    headers = ("#", translate("ReportHtml", "At"), translate("ReportHtml", "Action"),
               translate("ReportHtml", "Orders before / after"), translate("ReportHtml", "Orders/min"),
               translate("ReportHtml", "Viewers (average)"), translate("ReportHtml", "Orders/min per 1,000 viewers"),
               translate("ReportHtml", "Lift per viewer"), translate("ReportHtml", "Verdict"), "p",
               translate("ReportHtml", "Offer units/min"), translate("ReportHtml", "Note"))
    cap = translate("ReportHtml", "Five minutes before each action against five minutes after it (cut at the live's "
                                  "start and end). Viewers is the average audience in each window; the lift and its "
                                  "verdict are per viewer, so a room filling up is not counted as the action's "
                                  "effect. Verdict from an exact two-rate test on the order counts over "
                                  "viewer-minutes: clear below p = 0.05, likely below 0.20, fewer than 8 orders in "
                                  "both windows together is too few to tell.")
    return section(anchor, title, table(headers, rows, (False, True, False, True, True, True, True, True, False,
                                                        True, True, False), caption=cap, cls="actions",
                                        widths=(4, 5, 12, 6, 7, 8, 7, 6, 9, 5, 6, 25)))


def _caveats(a: ActionImpact, r: Report) -> str:
    """Why a measurement may mislead: a window cut short, the audience moving, stock running out, other actions."""
    out = []
    if 0 < a.before_s < a.after_s:
        out.append(translate("ReportHtml", "before window only {duration}: the live had just started").format(
            duration=mmss(a.before_s)))
    if a.after_s < EFFECT_WINDOW_S:
        out.append(translate("ReportHtml", "after window only {duration}: the recording ends").format(
            duration=mmss(a.after_s)))
    change = a.audience_change
    if change is not None and abs(change) >= AUDIENCE_MOVED:
        moved = (translate("ReportHtml", "the audience grew {change} across the windows: the raw orders/min change "
                                         "is partly the room's") if change > 0 else
                 translate("ReportHtml", "the audience shrank {change} across the windows: the raw orders/min "
                                         "change is partly the room's"))
        out.append(moved.format(change=pct(abs(change), 0)))
    if a.sold_out_at_s is not None and a.at_s is not None:
        name = next((p.name for p in r.products if p.sku == a.sold_out_sku), a.sold_out_sku)
        out.append(translate("ReportHtml", "{product} sold out {into} into it, at {time}").format(
            product=name, into=mmss(a.sold_out_at_s - a.at_s), time=mmss(a.sold_out_at_s)))
    if a.overlaps:
        out.append(translate("ReportHtml", "also in the window: {actions}").format(actions=", ".join(a.overlaps)))
    return clauses(out)


def _p(p: float | None) -> str:
    return DASH if p is None else "< " + numbers.decimal(0.001, 3) if p < 0.001 else numbers.decimal(p, 3)


def _headline(r: Report) -> str:
    rows = [(esc(m.label), esc(value(m.value, m.unit, r.currency)) if m.available
             else not_available(_why(r, m.key), short=False)) for m in r.headline]
    return section("numbers", translate("ReportHtml", "All the numbers"),
                   table((translate("ReportHtml", "Metric"), translate("ReportHtml", "Value")), rows, (False, True),
                         cls="narrow", caption=translate("ReportHtml", "As the console showed them at the live's "
                                                                       "end.")))


def _notes(r: Report) -> str:
    if not r.notes:
        return ""
    rows = [(esc(mmss(n.live_ts) if n.live_ts is not None else DASH), esc(_note_kind(n.source, n.is_mark)),
             esc(_note_text(n.text, n.is_mark)), esc(n.context or DASH), esc(n.author or DASH)) for n in r.notes]
    headers = (translate("ReportHtml", "At"), translate("ReportHtml", "Kind"), translate("ReportHtml", "Note"),
               translate("ReportHtml", "The live at that moment"), translate("ReportHtml", "Author"))
    return section("notes", translate("ReportHtml", "Notes and marked moments"),
                   table(headers, rows,
                         caption=translate("ReportHtml", "Moments marked with Ctrl+M and notes typed during the live, "
                                                         "and the review notes typed in replay (N), at their time "
                                                         "into the live.")))


def _note_kind(source: str, mark: bool) -> str:
    if source == REVIEW_SOURCE:
        return translate("ReportHtml", "review note (replay)")
    return translate("ReportHtml", "marked moment") if mark else translate("ReportHtml", "note during the live")


def _note_text(text: str, mark: bool) -> str:
    return translate("ReportHtml", "Moment marked (Ctrl+M)") if mark else text


def _footer(r: Report) -> str:
    gaps = sum(max(0, g.to_seq - g.from_seq + 1) for g in r.gaps)
    text = translate("ReportHtml", "Computed by replaying all {events} recorded events through the console's KPI "
                                   "engine, so every number is the one the console showed at the live's end. "
                                   "Refused during the live: {rejected}; never received: {gaps}. How sections, "
                                   "confidence and lessons are worked out: docs/report.md.").format(
        events=count(r.events), rejected=count(r.rejected), gaps=count(gaps))
    return f'<footer><p class="muted">{text}</p></footer>'
