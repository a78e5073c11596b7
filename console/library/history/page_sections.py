"""The history page's evidence, one function per section: its sentences, its table, its chart (HTML strings, every
text escaped)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from console.library.history import findings
from console.library.history.minute_queries import BAND, band_needs, band_stands
from console.library.history.model import LIVES_CHARTED, QUADRANT_WORDS, Effect, History, ProductRow
from console.library.history.stats import FEW_LIVES
from console.present.advice_words import kind_words
from console.present.fmt import DASH, money, pct
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
    return "live by live" if n <= LIVES_CHARTED else f"the latest {LIVES_CHARTED} of {n:,} lives"


def _sentences(xs: list[str]) -> str:
    return '<ul class="findings">' + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ul>" if xs else ""


def goals(h: History, charts: Mapping[str, bytes]) -> str:
    if not h.goals:
        return section("goals", "Goals across lives", empty("No live of these had a plan with goals."))
    cur = h.currency
    rows = []
    for g in h.goals:
        last = next((p for p in reversed(g.points) if not p.partial), g.points[-1])
        trend = g.trend or f"too few lives ({g.counted})"
        tone = TREND_TONE[g.improving] if g.trend in ("rising", "falling") else "none"
        rows.append((esc(findings.goal_label(g)), f"{len(g.points):,}", f"{g.met:,} of {g.counted:,}",
                     esc(_goal(g.goal, last.target, cur)),
                     esc(_goal(g.goal, last.actual, cur)),
                     chip(trend, tone) + (f" <small>{'improving' if g.improving else 'worsening'}</small>"
                                          if g.improving is not None else "")))
    body = _sentences([findings.goal_sentence(g, cur) for g in h.goals])
    body += table(("Goal", "Lives with it", "Met", "Latest target", "Latest actual", "Trend"), rows,
                  (False, True, True, True, True, False),
                  caption="Met and trend count the full recordings only (a partial recording's actual is not the "
                          "live's). Trend: the least-squares line through the actuals, live by live; steady when it "
                          "moves less than 5% of their mean.")
    body += figure(charts.get("goals"), "goals across lives", "Each goal's actual as a share of its target, "
                   f"{_latest(h)}; the dashed line is the target. For a maximum (abandonment), under the line is met.")
    return section("goals", "Goals across lives", body)


def _goal(goal: str, v: float | None, currency: str) -> str:
    if v is None:
        return DASH
    if goal == "gmv":
        return money(v, currency)
    if goal in ("conversion", "max_cart_abandonment"):
        return pct(v)
    if goal == "roas":
        return f"{v:.1f}×"
    return f"{v:,.0f}"


def minutes(h: History, charts: Mapping[str, bytes]) -> str:
    m = h.minutes
    if not m.average:
        return section("minutes", "Where in a live things happen", empty("No live has a full minute recorded."))
    body = _sentences(findings.minutes_sentences(m))
    body += figure(charts.get("minutes_viewers"), "viewers by minute", "Concurrent viewers at the end of each "
                   "minute: the average of the lives that recorded the minute (thick) over each live (grey).")
    body += figure(charts.get("minutes_orders"), "orders per 1,000 viewer-minutes by minute", "Orders per 1,000 "
                   "viewer-minutes, minute by minute: all lives' orders over all their viewer-minutes (thick), each "
                   "live (grey). A minute's viewer-minutes are its viewer count, as for the segments.")
    body += figure(charts.get("minutes_abandonment"), "abandonment by minute", "Carts abandoned / carts opened, "
                   "minute by minute, pooled as above.")
    sags = sorted((b for b in m.sags if b.flagged), key=lambda b: (b.p_value, b.start))[:SAG_ROWS]
    if sags:
        rows = [(f"{b.start}–{b.end}", f"{b.lives:,}", f"{b.flagged:,}", f"{b.against:,}",
                 esc(findings.p_words(b.p_value).removeprefix("= ")),
                 chip("sags", "bad") if band_stands(b, m.sags) else "") for b in sorted(sags, key=lambda b: b.start)]
        body += table(("Minutes", "Lives that recorded them in full", "Below their median band", "Above it",
                       "Sign test p", ""), rows, (False, True, True, True, True, False), cls="narrow",
                      caption=f"The bands most lives sagged in (at most {SAG_ROWS}; tables/windows.csv has every "
                              f"one). Each live's {BAND}-minute bands of full minutes (one minute's orders are too "
                              "few to judge), their orders per 1,000 viewer-minutes against the live's own median "
                              "band: below is a vote for a sag, above one against, at the median none. A band "
                              f"sags when the sign test of the votes is under {band_needs(m.sags):.3g}: 0.05 shared "
                              f"among the {len(m.sags)} bands tested, since each band is a test of its own (the "
                              "playbook's rule).")
    return section("minutes", "Where in a live things happen", body)


def segments(h: History) -> str:
    if not h.segments:
        return section("segments", "Segments: what kept viewers and what sold",
                       empty("No live of these recorded its segments."))
    rows = [(f"{i + 1}", f"{esc(s.title)}<br><small>{esc(s.segment_id)}</small>",
             chip("demo", "good-soft") if s.demo else "", f"{s.lives:,}", f"{s.runs:,}", f"{s.viewer_minutes:,.0f}",
             esc(_per_k(s.leave_rate)), esc(_per_k(s.order_rate)), esc(money(s.revenue, h.currency)))
            for i, s in enumerate(h.segments)]
    body = _sentences(findings.segment_sentences(h.segments))
    body += table(("Rank", "Segment", "", "Lives", "Runs", "Viewer-minutes", "Leaves / 1,000 viewer-min",
                   "Orders / 1,000 viewer-min", "Revenue"), rows, (True, False, False, *[True] * 6),
                  caption="Ranked by dwell: the fewest viewers leaving per viewer-minute on air first. Pooled over "
                          "every run in every live (all leaves over all viewer-minutes), so a long run weighs more.")
    return section("segments", "Segments: what kept viewers and what sold", body)


def _per_k(rate: float | None) -> str:
    return DASH if rate is None else f"{rate * 1000:,.1f}"


def products(h: History, charts: Mapping[str, bytes]) -> str:
    if not h.products:
        return section("products", "Products by quadrant", empty("No product was shown in these lives."))
    moves = findings.product_moves(h)
    more = f"; and {len(moves) - MOVES_SHOWN} more (tables/products.csv)" if len(moves) > MOVES_SHOWN else ""
    body = _sentences([f"Moved since their previous live: {'; '.join(moves[:MOVES_SHOWN])}{more}."] if moves else
                      ["No product changed quadrant between its last two lives."])
    rows = [_product_row(p, h.currency) for p in h.products[:PRODUCTS_SHOWN]]
    more = f" The first {PRODUCTS_SHOWN} of {len(h.products)}; tables/products.csv has every one." \
        if len(h.products) > PRODUCTS_SHOWN else ""
    body += table(("Product", "Lives", "Units", "Revenue", "Latest margin", "Latest sell-through",
                   f"Quadrant, live by live (latest {QUADRANTS_SHOWN}, oldest first)"), rows,
                  (False, True, True, True, True, True, False),
                  caption="Quadrant in each live: margin against sell-through (units / stock at the start), each "
                          "split at that live's median. " + "; ".join(f"{q}: {w}" for q, w in QUADRANT_WORDS.items())
                          + ". No quadrant without a cost (margin) or a stock (sell-through)." + more)
    body += figure(charts.get("products"), "products by quadrant", "Each product where it stood in its latest live; "
                   "the dashed line comes from where it stood the live before.")
    return section("products", "Products by quadrant", body)


def _product_row(p: ProductRow, currency: str) -> tuple[str, ...]:
    last = p.points[-1]
    quads = " ".join(chip(q.quadrant or "no quadrant", QUADRANT_TONE.get(q.quadrant or "", "none"))
                     for q in p.points[-QUADRANTS_SHOWN:])
    return (f"{esc(p.name)}<br><small>{esc(p.sku)}</small>", f"{len(p.points):,}", _count(p.units),
            esc(money(p.revenue, currency)), esc(pct(last.margin, 0)), esc(pct(last.sell_through, 0)), quads)


def channels(h: History, charts: Mapping[str, bytes]) -> str:
    if not h.channels:
        return section("channels", "Entry channels", empty("No live of these recorded its entry channels."))
    rows = [(esc(c.channel), f"{c.lives:,}", _count(c.entered), _count(c.buyers), esc(pct(c.conversion)),
             esc(money(c.revenue, h.currency)), esc(money(c.ad_spend, h.currency) if c.ad_spend else DASH),
             esc(f"{c.roas:.1f}×" if c.roas is not None else DASH)) for c in h.channels]
    body = table(("Channel", "Lives", "Entered", "Buyers", "Conversion", "Revenue", "Ad spend", "ROAS"), rows,
                 (False, *[True] * 7),
                 caption="Best conversion first. Conversion = buyers / viewers who entered through the channel, ROAS = "
                         "revenue / ad spend, each over every live whose feed gave the figures.")
    body += figure(charts.get("channels"), "channels", "Conversion by entry channel across the lives.")
    return section("channels", "Entry channels: conversion and ROAS", body)


def _count(v: int | None) -> str:
    return DASH if v is None else f"{v:,}"


def buyers(h: History, charts: Mapping[str, bytes]) -> str:
    text = findings.buyers_sentence(h.lives)
    if text is None:
        return section("buyers", "New and returning buyers", empty("No live of these told new buyers from returning "
                                                                   "ones."))
    body = _sentences([text]) + figure(charts.get("buyers"), "new and returning buyers",
                                       f"Buyers of each live ({_latest(h)}), new to the shop on top of returning "
                                       "ones; tables/buyers.csv has the numbers and the revenue of every live.")
    return section("buyers", "New and returning buyers", body)


def actions(h: History, charts: Mapping[str, bytes]) -> str:
    if not h.actions and not h.advice:
        return section("actions", "Which actions work", empty("No action of these lives had a measured effect."))
    body = _sentences([findings.effect_sentence(e, findings.action_name(e, h.actions)) for e in h.actions[:TOP]])
    if len(h.actions) > TOP:
        rest = "every one" if len(h.actions) <= ROWS else f"the first {ROWS}, tables/actions.csv every one"
        body += empty(f"The {TOP} strongest of {len(h.actions)} actions in words; the table has {rest}.")
    if h.actions:
        body += table(("Action", "Kind", "Lives", "Lifted", "Median lift", "Interval", "Sign test p",
                       "Median per viewer", "Verdict"), [_effect_row(e) for e in h.actions[:ROWS]],
                      (False, False, True, True, True, True, True, True, False),
                      caption="Lift: orders per minute in the 5 minutes after / before − 1, as the report measures "
                              "it; each live counts once (the median of its presses). Interval: for the median, from "
                              "the lives' lifts in order (the sign test inverted), given from six lives up. Per "
                              f"viewer: the same per viewer-minute (a room that grew lifts the raw number). Fewer than "
                              f"{FEW_LIVES} lives: too few to tell.")
        body += figure(charts.get("actions"), "actions across lives", "Each dot is one live's lift; the bar is the "
                       "median, the line the interval.")
    if h.advice:
        rows = [(esc(a.words), f"{a.raised:,}", esc(_lifted(a.taken)), esc(signed_pct(a.taken.median)),
                 esc(_lifted(a.not_taken)), esc(signed_pct(a.not_taken.median)),
                 chip(a.taken.verdict, VERDICT_TONE[a.taken.verdict]) if a.taken.n else chip("never taken", "none"))
                for a in h.advice]
        body += "<h3>Advice: taken or not</h3>" + _sentences([findings.advice_sentence(a) for a in h.advice])
        body += table(("Advice", "Raised", "Taken: lifted", "Taken: median", "Not taken: lifted", "Not taken: median",
                       "When taken"), rows, (False, True, True, True, True, True, False),
                      caption="What followed each advice: the orders-per-minute lift measured after it, one value per "
                              "live. Not taken: dismissed or left to expire.")
    return section("actions", "Which actions work", body)


def _effect_row(e: Effect) -> tuple[str, ...]:
    interval = DASH
    if e.interval is not None:
        lo, hi, conf = e.interval
        interval = f"{signed_pct(lo)} to {signed_pct(hi)} ({conf:.0%})"
    return (f"{esc(e.label)}<br><small>{esc(e.target)}</small>", esc(kind_words(e.kind)), f"{e.n:,}",
            esc(_lifted(e)), esc(signed_pct(e.median)), esc(interval),
            esc(findings.p_words(e.p_value).removeprefix("= ") if e.p_value is not None else DASH),
            esc(signed_pct(e.viewer_median)),
            chip(e.verdict, VERDICT_TONE[e.verdict]))


def _lifted(e: Effect) -> str:
    return f"{e.lifted} of {e.n}" if e.n else DASH
