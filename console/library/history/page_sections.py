"""The history page's evidence, one function per section: its sentences, its table, its chart (HTML strings, every
text escaped)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from console.i18n import translate
from console.library.history import findings
from console.library.history.minute_queries import BAND, band_needs, band_stands
from console.library.history.model import LIVES_CHARTED, QUADRANT_WORDS, Effect, History, ProductRow, shown
from console.library.history.stats import FEW_LIVES
from console.present import numbers
from console.present.advice_words import kind_words
from console.present.fmt import DASH, count, money, pct
from console.report.html_parts import chip, empty, esc, figure, section, signed_pct, table

TOP: Final = 5  # actions said in words; the table has the rest
ROWS: Final = 40  # rows of the actions' table; tables/actions.csv has every one
PRODUCTS_SHOWN: Final = 30  # by quadrant then revenue; tables/products.csv has every one
QUADRANTS_SHOWN: Final = 6  # a product's latest quadrants in its row
MOVES_SHOWN: Final = 8  # products named as having moved; tables/products.csv has every one
SAG_ROWS: Final = 6  # bands of the sag table: the lowest sign-test p
TREND_TONE: Final = {True: "good", False: "bad", None: "none"}
VERDICT_TONE: Final = {"works": "good", "promising, not proven": "good-soft", "no clear effect": "none",
                       "hurts": "bad", "too few lives to tell": "none"}
QUADRANT_TONE: Final = {"star": "good", "traffic builder": "good-soft", "niche": "warn", "review": "bad"}


def _latest(h: History) -> str:
    n = len(h.lives)
    return (translate("History", "live by live") if n <= LIVES_CHARTED
            else translate("History", "the latest {shown} of {lives} lives").format(shown=LIVES_CHARTED,
                                                                                    lives=count(n)))


def _sentences(xs: list[str]) -> str:
    return '<ul class="findings">' + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ul>" if xs else ""


def goals(h: History, charts: Mapping[str, bytes]) -> str:
    if not h.goals:
        return section("goals", translate("History", "Goals across lives"),
                       empty(translate("History", "No live of these had a plan with goals.")))
    cur = h.currency
    rows = []
    for g in h.goals:
        last = next((p for p in reversed(g.points) if not p.partial), g.points[-1])
        trend = shown(g.trend) if g.trend else translate("History", "too few lives ({lives})").format(lives=g.counted)
        tone = TREND_TONE[g.improving] if g.trend in ("rising", "falling") else "none"
        way = translate("History", "improving") if g.improving else translate("History", "worsening")
        rows.append((esc(findings.goal_label(g)), count(len(g.points)),
                     esc(translate("History", "{met} of {counted}").format(met=count(g.met), counted=count(g.counted))),
                     esc(_goal(g.goal, last.target, cur)),
                     esc(_goal(g.goal, last.actual, cur)),
                     chip(trend, tone) + (f" <small>{esc(way)}</small>" if g.improving is not None else "")))
    body = _sentences([findings.goal_sentence(g, cur) for g in h.goals])
    body += table((translate("History", "Goal"), translate("History", "Lives with it"), translate("History", "Met"),
                   translate("History", "Latest target"), translate("History", "Latest actual"),
                   translate("History", "Trend")), rows,
                  (False, True, True, True, True, False),
                  caption=translate("History", "Met and trend count the full recordings only (a partial recording's "
                                    "actual is not the live's). Trend: the least-squares line through the actuals, "
                                    "live by live; steady when it moves less than 5% of their mean."))
    body += figure(charts.get("goals"), translate("History", "goals across lives"),
                   translate("History", "Each goal's actual as a share of its target, {which}; the dashed line is the "
                             "target. For a maximum (abandonment), under the line is met.").format(which=_latest(h)))
    return section("goals", translate("History", "Goals across lives"), body)


def _goal(goal: str, v: float | None, currency: str) -> str:
    if v is None:
        return DASH
    if goal == "gmv":
        return money(v, currency)
    if goal in ("conversion", "max_cart_abandonment"):
        return pct(v)
    if goal == "roas":
        return f"{numbers.decimal(v, 1)}×"
    return count(v)


def minutes(h: History, charts: Mapping[str, bytes]) -> str:
    m = h.minutes
    if not m.average:
        return section("minutes", translate("History", "Where in a live things happen"),
                       empty(translate("History", "No live has a full minute recorded.")))
    body = _sentences(findings.minutes_sentences(m))
    body += figure(charts.get("minutes_viewers"), translate("History", "viewers by minute"),
                   translate("History", "Concurrent viewers at the end of each minute: the average of the lives that "
                             "recorded the minute (thick) over each live (grey)."))
    body += figure(charts.get("minutes_orders"), translate("History", "orders per 1,000 viewer-minutes by minute"),
                   translate("History", "Orders per 1,000 viewer-minutes, minute by minute: all lives' orders over all "
                             "their viewer-minutes (thick), each live (grey). A minute's viewer-minutes are its viewer "
                             "count, as for the segments."))
    body += figure(charts.get("minutes_abandonment"), translate("History", "abandonment by minute"),
                   translate("History", "Carts abandoned / carts opened, minute by minute, pooled as above."))
    sags = sorted((b for b in m.sags if b.flagged), key=lambda b: (b.p_value, b.start))[:SAG_ROWS]
    if sags:
        rows = [(f"{b.start}–{b.end}", count(b.lives), count(b.flagged), count(b.against),
                 esc(findings.p_words(b.p_value).removeprefix("= ")),
                 chip(translate("History", "sags"), "bad") if band_stands(b, m.sags) else "")
                for b in sorted(sags, key=lambda b: b.start)]
        body += table((translate("History", "Minutes"), translate("History", "Lives that recorded them in full"),
                       translate("History", "Below their median band"), translate("History", "Above it"),
                       translate("History", "Sign test p"), ""), rows, (False, True, True, True, True, False),
                      cls="narrow",
                      caption=translate("History", "The bands most lives sagged in (at most {rows}; tables/windows.csv "
                                        "has every one). Each live's {band}-minute bands of full minutes (one minute's "
                                        "orders are too few to judge), their orders per 1,000 viewer-minutes against "
                                        "the live's own median band: below is a vote for a sag, above one against, at "
                                        "the median none. A band sags when the sign test of the votes is under "
                                        "{needs}: 0.05 shared among the {bands} bands tested, since each band is a "
                                        "test of its own (the playbook's rule).").format(
                          rows=SAG_ROWS, band=BAND, needs=f"{band_needs(m.sags):.3g}", bands=len(m.sags)))
    return section("minutes", translate("History", "Where in a live things happen"), body)


def segments(h: History) -> str:
    if not h.segments:
        return section("segments", translate("History", "Segments: what kept viewers and what sold"),
                       empty(translate("History", "No live of these recorded its segments.")))
    rows = [(f"{i + 1}", f"{esc(s.title)}<br><small>{esc(s.segment_id)}</small>",
             chip(translate("History", "demo"), "good-soft") if s.demo else "", count(s.lives), count(s.runs),
             count(s.viewer_minutes),
             esc(_per_k(s.leave_rate)), esc(_per_k(s.order_rate)), esc(money(s.revenue, h.currency)))
            for i, s in enumerate(h.segments)]
    body = _sentences(findings.segment_sentences(h.segments))
    body += table((translate("History", "Rank"), translate("History", "Segment"), "", translate("History", "Lives"),
                   translate("History", "Runs"), translate("History", "Viewer-minutes"),
                   translate("History", "Leaves / 1,000 viewer-min"), translate("History", "Orders / 1,000 viewer-min"),
                   translate("History", "Revenue")), rows, (True, False, False, *[True] * 6),
                  caption=translate("History", "Ranked by dwell: the fewest viewers leaving per viewer-minute on air "
                                    "first. Pooled over every run in every live (all leaves over all viewer-minutes), "
                                    "so a long run weighs more."))
    return section("segments", translate("History", "Segments: what kept viewers and what sold"), body)


def _per_k(rate: float | None) -> str:
    return DASH if rate is None else numbers.decimal(rate * 1000, 1)


def products(h: History, charts: Mapping[str, bytes]) -> str:
    if not h.products:
        return section("products", translate("History", "Products by quadrant"),
                       empty(translate("History", "No product was shown in these lives.")))
    moves = findings.product_moves(h)
    if len(moves) > MOVES_SHOWN:
        moved = translate("History", "Moved since their previous live: {moves}; and {more} more (tables/products.csv)."
                          ).format(moves="; ".join(moves[:MOVES_SHOWN]), more=len(moves) - MOVES_SHOWN)
    else:
        moved = translate("History", "Moved since their previous live: {moves}.").format(moves="; ".join(moves))
    body = _sentences([moved] if moves else
                      [translate("History", "No product changed quadrant between its last two lives.")])
    rows = [_product_row(p, h.currency) for p in h.products[:PRODUCTS_SHOWN]]
    quadrants = "; ".join(f"{shown(q)}: {translate('History', w)}" for q, w in QUADRANT_WORDS.items())
    if len(h.products) > PRODUCTS_SHOWN:
        caption = translate("History", "Quadrant in each live: margin against sell-through (units / stock at the "
                            "start), each split at that live's median. {quadrants}. No quadrant without a cost "
                            "(margin) or a stock (sell-through). The first {shown} of {products}; tables/products.csv "
                            "has every one.").format(quadrants=quadrants, shown=PRODUCTS_SHOWN,
                                                     products=count(len(h.products)))
    else:
        caption = translate("History", "Quadrant in each live: margin against sell-through (units / stock at the "
                            "start), each split at that live's median. {quadrants}. No quadrant without a cost "
                            "(margin) or a stock (sell-through).").format(quadrants=quadrants)
    body += table((translate("History", "Product"), translate("History", "Lives"), translate("History", "Units"),
                   translate("History", "Revenue"), translate("History", "Latest margin"),
                   translate("History", "Latest sell-through"),
                   translate("History", "Quadrant, live by live (latest {shown}, oldest first)").format(
                       shown=QUADRANTS_SHOWN)), rows,
                  (False, True, True, True, True, True, False), caption=caption)
    body += figure(charts.get("products"), translate("History", "products by quadrant"),
                   translate("History", "Each product where it stood in its latest live; the dashed line comes from "
                             "where it stood the live before."))
    return section("products", translate("History", "Products by quadrant"), body)


def _product_row(p: ProductRow, currency: str) -> tuple[str, ...]:
    last = p.points[-1]
    quads = " ".join(chip(shown(q.quadrant) if q.quadrant else translate("History", "no quadrant"),
                          QUADRANT_TONE.get(q.quadrant or "", "none"))
                     for q in p.points[-QUADRANTS_SHOWN:])
    return (f"{esc(p.name)}<br><small>{esc(p.sku)}</small>", count(len(p.points)), _count(p.units),
            esc(money(p.revenue, currency)), esc(pct(last.margin, 0)), esc(pct(last.sell_through, 0)), quads)


def channels(h: History, charts: Mapping[str, bytes]) -> str:
    if not h.channels:
        return section("channels", translate("History", "Entry channels"),
                       empty(translate("History", "No live of these recorded its entry channels.")))
    rows = [(esc(c.channel), count(c.lives), _count(c.entered), _count(c.buyers), esc(pct(c.conversion)),
             esc(money(c.revenue, h.currency)), esc(money(c.ad_spend, h.currency) if c.ad_spend else DASH),
             esc(f"{numbers.decimal(c.roas, 1)}×" if c.roas is not None else DASH)) for c in h.channels]
    body = table((translate("History", "Channel"), translate("History", "Lives"), translate("History", "Entered"),
                  translate("History", "Buyers"), translate("History", "Conversion"), translate("History", "Revenue"),
                  translate("History", "Ad spend"), translate("History", "ROAS")), rows,
                 (False, *[True] * 7),
                 caption=translate("History", "Best conversion first. Conversion = buyers / viewers who entered "
                                   "through the channel, ROAS = revenue / ad spend, each over every live whose feed "
                                   "gave the figures."))
    body += figure(charts.get("channels"), translate("History", "channels"),
                   translate("History", "Conversion by entry channel across the lives."))
    return section("channels", translate("History", "Entry channels: conversion and ROAS"), body)


def _count(v: int | None) -> str:
    return count(v)


def buyers(h: History, charts: Mapping[str, bytes]) -> str:
    text = findings.buyers_sentence(h.lives)
    if text is None:
        return section("buyers", translate("History", "New and returning buyers"),
                       empty(translate("History", "No live of these told new buyers from returning ones.")))
    body = _sentences([text]) + figure(
        charts.get("buyers"), translate("History", "new and returning buyers"),
        translate("History", "Buyers of each live ({which}), new to the shop on top of returning ones; "
                             "tables/buyers.csv "
                  "has the numbers and the revenue of every live.").format(which=_latest(h)))
    return section("buyers", translate("History", "New and returning buyers"), body)


def actions(h: History, charts: Mapping[str, bytes]) -> str:
    if not h.actions and not h.advice:
        return section("actions", translate("History", "Which actions work"),
                       empty(translate("History", "No action of these lives had a measured effect.")))
    body = _sentences([findings.effect_sentence(e, findings.action_name(e, h.actions)) for e in h.actions[:TOP]])
    if len(h.actions) > TOP:
        if len(h.actions) <= ROWS:
            body += empty(translate("History", "The {top} strongest of {actions} actions in words; the table has every "
                                    "one.").format(top=TOP, actions=count(len(h.actions))))
        else:
            body += empty(translate("History", "The {top} strongest of {actions} actions in words; the table has the "
                                    "first {rows}, tables/actions.csv every one.").format(
                top=TOP, actions=count(len(h.actions)), rows=ROWS))
    if h.actions:
        body += table((translate("History", "Action"), translate("History", "Kind"), translate("History", "Lives"),
                       translate("History", "Lifted"), translate("History", "Median lift"),
                       translate("History", "Interval"), translate("History", "Sign test p"),
                       translate("History", "Median per viewer"), translate("History", "Verdict")),
                      [_effect_row(e) for e in h.actions[:ROWS]],
                      (False, False, True, True, True, True, True, True, False),
                      caption=translate("History", "Lift: orders per minute in the 5 minutes after / before − 1, as "
                                        "the report measures it; each live counts once (the median of its presses). "
                                        "Interval: for the median, from the lives' lifts in order (the sign test "
                                        "inverted), given from six lives up. Per viewer: the same per viewer-minute "
                                        "(a room that grew lifts the raw number). Fewer than {lives} lives: too few to "
                                        "tell.").format(lives=FEW_LIVES))
        body += figure(charts.get("actions"), translate("History", "actions across lives"),
                       translate("History", "Each dot is one live's lift; the bar is the median, the line the "
                                 "interval."))
    if h.advice:
        rows = [(esc(a.words), count(a.raised), esc(_lifted(a.taken)), esc(signed_pct(a.taken.median)),
                 esc(_lifted(a.not_taken)), esc(signed_pct(a.not_taken.median)),
                 chip(shown(a.taken.verdict), VERDICT_TONE[a.taken.verdict]) if a.taken.n
                 else chip(translate("History", "never taken"), "none"))
                for a in h.advice]
        body += ("<h3>" + esc(translate("History", "Advice: taken or not")) + "</h3>"
                 + _sentences([findings.advice_sentence(a) for a in h.advice]))
        body += table((translate("History", "Advice"), translate("History", "Raised"),
                       translate("History", "Taken: lifted"), translate("History", "Taken: median"),
                       translate("History", "Not taken: lifted"), translate("History", "Not taken: median"),
                       translate("History", "When taken")), rows, (False, True, True, True, True, True, False),
                      caption=translate("History", "What followed each advice: the orders-per-minute lift measured "
                                        "after it, one value per live. Not taken: dismissed or left to expire."))
    return section("actions", translate("History", "Which actions work"), body)


def _effect_row(e: Effect) -> tuple[str, ...]:
    interval = DASH
    if e.interval is not None:
        lo, hi, conf = e.interval
        interval = translate("History", "{low} to {high} ({confidence})").format(
            low=signed_pct(lo), high=signed_pct(hi), confidence=pct(conf, 0))
    return (f"{esc(e.label)}<br><small>{esc(e.target)}</small>", esc(kind_words(e.kind)), count(e.n),
            esc(_lifted(e)), esc(signed_pct(e.median)), esc(interval),
            esc(findings.p_words(e.p_value).removeprefix("= ") if e.p_value is not None else DASH),
            esc(signed_pct(e.viewer_median)),
            chip(shown(e.verdict), VERDICT_TONE[e.verdict]))


def _lifted(e: Effect) -> str:
    return translate("History", "{met} of {counted}").format(met=count(e.lifted), counted=count(e.n)) if e.n else DASH
