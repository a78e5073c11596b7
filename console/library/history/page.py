"""history.html as one self-contained string: the report's stylesheet and building blocks (console/report/
html_parts.py), charts as data: URIs, every text escaped; no I/O. The order is the producer's: what to keep and
change first, then the evidence section by section, then the lives themselves."""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from typing import Final

from console.library.history import findings
from console.library.history.model import History, Live
from console.library.history.page_sections import (
    actions,
    buyers,
    channels,
    goals,
    minutes,
    products,
    segments,
)
from console.present.fmt import DASH, mmss, money, pct
from console.report.html_parts import CSS, chip, empty, esc, figure, section, signed_pct, table

LIVES_SHOWN: Final = 30  # the latest lives listed on the page; tables/lives.csv has every one
EXTRA_CSS: Final = """
.cols h3 { margin-top: 4px; }
ul.findings { padding-left: 20px; margin: 4px 0 10px; } ul.findings li { margin: 0 0 6px; }
ul.keep li::marker { color: var(--good); } ul.change li::marker { color: var(--bad); }
p.lead { font-size: 15px; margin: 6px 0 10px; }
"""


def render_page(h: History, charts: Mapping[str, bytes]) -> str:
    title = _title(h)
    parts = [_header(h, title), _warnings(h), _glance(h), _keep_change(h)]
    if h.comparison is not None:
        parts.append(_compare(h, charts))
    parts += [goals(h, charts), minutes(h, charts), segments(h), products(h, charts), channels(h, charts),
              buyers(h, charts), actions(h, charts), _lives(h), _footer(h)]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{esc(title)}</title><style>{CSS}{EXTRA_CSS}</style></head>"
            f"<body><main>{''.join(parts)}</main></body></html>\n")


def _title(h: History) -> str:
    n = len(h.lives)
    first, last = h.lives[0].date, h.lives[-1].date
    span = f", {first} to {last}" if first and last and first != last else f", {first}" if first else ""
    return f"History of {n} live{'s' if n != 1 else ''}{span}"


def _header(h: History, title: str) -> str:
    partial = sum(1 for lv in h.lives if lv.partial)
    meta = f"Library <code>{esc(h.library)}</code>"
    meta += f" · lives filtered by {esc(h.filters.words())}" if h.filters.words() else " · every live in it"
    if partial:
        meta += f" · {partial} partial recording{'s' if partial > 1 else ''} (marked; left out of goal counts)"
    return f'<header><h1>{esc(title)}</h1><p class="meta">{meta}</p></header>'


def _warnings(h: History) -> str:
    if not h.warnings:
        return ""
    return '<div class="warnings">' + "".join(f"<div>{esc(w)}</div>" for w in h.warnings) + "</div>"


def _glance(h: History) -> str:
    lv = h.lives
    cur = h.currency
    gmv_all = [x.gmv for x in lv if x.gmv is not None]  # none: a room-only feed, "—" and never €0
    gmv = [x.gmv for x in lv if x.gmv is not None and not x.partial]
    conv = [x.conversion for x in lv if x.conversion is not None and not x.partial]
    peak = [float(x.peak_viewers) for x in lv if x.peak_viewers is not None and not x.partial]
    met = sum(g.met for g in h.goals)
    counted = sum(g.counted for g in h.goals)
    new = sum(x.new_buyers or 0 for x in lv)
    buyers_known = new + sum(x.returning_buyers or 0 for x in lv)
    partial = sum(1 for x in lv if x.partial)
    tiles = [
        ("Lives", f"{len(lv):,}", f"{partial} partial" if partial else "all recorded in full", ""),
        ("GMV, all lives", money(sum(gmv_all) if gmv_all else None, cur), f"median {money(_median(gmv), cur)} a live",
         ""),
        ("Conversion", pct(_median(conv)), "median of the lives", ""),
        ("Peak viewers", f"{_median(peak) or 0:,.0f}" if peak else DASH, "median of the lives", ""),
        ("Goals met", f"{met:,} of {counted:,}" if counted else DASH, "goal × live, full recordings",
         "good" if counted and met * 2 >= counted else "bad" if counted else ""),
        ("New buyers", pct(new / buyers_known, 0) if buyers_known else DASH, "of all buyers", ""),
    ]
    body = "".join(f'<div class="tile {tone}"><div class="k">{esc(k)}</div><div class="v">{esc(v)}</div>'
                   f'<div class="k">{esc(sub)}</div></div>' for k, v, sub, tone in tiles)
    return section("summary", "At a glance", f'<div class="tiles">{body}</div>')


def _median(xs: list[float]) -> float | None:
    return statistics.median(xs) if xs else None


def _keep_change(h: History) -> str:
    keep, change = findings.keep_and_change(h)

    def items(xs: list[str], cls: str, none: str) -> str:
        if not xs:
            return empty(none)
        return f'<ul class="findings {cls}">' + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ul>"

    body = (f'<div class="cols"><div><h3>Keep</h3>{items(keep, "keep", "Nothing stands out yet as worth keeping.")}'
            f'</div><div><h3>Change</h3>{items(change, "change", "Nothing stands out as needing a change.")}'
            "</div></div>")
    if len(h.lives) < 3:
        body = empty(f"Only {len(h.lives)} live{'s' if len(h.lives) > 1 else ''}: patterns across lives need at "
                     "least three, so read what follows as notes, not rules.") + body
    return section("keep-change", "What to keep, what to change", body)


def _compare(h: History, charts: Mapping[str, bytes]) -> str:
    c = h.comparison
    assert c is not None
    cur = h.currency
    ref = c.lives[0].span_gmv
    rows = []
    for i, cl in enumerate(c.lives):
        lv = cl.live
        vs = DASH if i == 0 else signed_pct(cl.span_gmv / ref - 1) if cl.span_gmv is not None and ref else DASH
        name = esc(lv.name) + (" " + chip("partial recording", "warn") if lv.partial else "")
        rows.append((f"{name}<br><small>{esc(lv.key)}</small>", esc(mmss(lv.duration_s or 0)),
                     f"{cl.complete_minutes:,}", esc(money(cl.span_gmv, cur)), esc(vs),
                     esc(_num(cl.span_orders)), esc(_num(cl.orders_per_k_viewer_minutes, 1)),
                     esc(pct(cl.abandonment)), esc(money(cl.gmv_per_minute, cur))))
    head = ("Live", "Recorded", "Full minutes", "GMV in span", "vs first", "Orders in span",
            "Orders / 1,000 viewer-min in span", "Abandonment in span", "GMV per minute (own)")
    body = (f'<p class="lead">{esc(c.words())}</p>'
            + table(head, rows, (False, *[True] * 8),
                    caption="The first live named is the reference. In span: minutes 0 to the last full minute every "
                            "compared live recorded. Orders per 1,000 viewer-minutes: the span's orders over the sum "
                            "of its minutes' viewers, so a bigger room does not read as a better live. GMV per "
                            "minute: over each live's own full minutes.")
            + figure(charts.get("compare"), "compared lives", "Revenue added up minute by minute; the shaded band "
                     "is the span compared."))
    return section("compare", f"{len(c.lives)} lives compared", body)


def _num(v: float | None, digits: int = 0) -> str:
    return DASH if v is None else f"{v:,.{digits}f}"


def _lives(h: History) -> str:
    shown = list(reversed(h.lives))[:LIVES_SHOWN]
    rows = [(_live_cell(lv), esc(lv.date or DASH), esc(mmss(lv.duration_s or 0)), esc(money(lv.gmv, lv.currency)),
             esc(_num(lv.orders)), esc(pct(lv.conversion)), esc(_num(lv.peak_viewers)),
             esc(f"{lv.roas:.1f}×" if lv.roas is not None else DASH), esc(pct(lv.abandonment)),
             esc(_num(lv.actions)), esc(f"{lv.advice_taken or 0} of {lv.advice}" if lv.advice else DASH))
            for lv in shown]
    more = f" The latest {LIVES_SHOWN} of {len(h.lives)}; tables/lives.csv lists every one." \
        if len(h.lives) > LIVES_SHOWN else ""
    return section("lives", "The lives", table(
        ("Live", "Date", "Recorded", "GMV", "Orders", "Conversion", "Peak viewers", "ROAS", "Abandonment", "Actions",
         "Advice taken"), rows, (False, False, *[True] * 9),
        caption="Latest first; the figures of each live's report." + more))


def _live_cell(lv: Live) -> str:
    cell = f"{esc(lv.title)}<br><small>{esc(lv.key)}</small>"
    return cell + (" " + chip("partial recording", "warn") if lv.partial else "")


def _footer(h: History) -> str:
    return ('<footer><p class="muted">Every figure is added up from the lives\' own reports as the library holds them '
            f"(<code>{esc(h.library)}</code>); tables/*.csv hold every row, charts/*.png every chart. Lifts are one "
            "value per live (the median of its measurements); how sure a pattern is comes from the sign test and the "
            "order-statistics interval of the median (docs/library.md, \"History page\").</p></footer>")
