"""history.html as one self-contained string: the report's stylesheet and building blocks (console/report/
html_parts.py), charts as data: URIs, every text escaped; no I/O. The order is the producer's: what to keep and
change first, then the evidence section by section, then the lives themselves."""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from typing import Final

from console.i18n import PLURAL, active_language, translate
from console.library.history import findings
from console.library.history.model import History, Live, date_words
from console.library.history.page_sections import (
    actions,
    buyers,
    channels,
    goals,
    minutes,
    products,
    segments,
)
from console.present import numbers
from console.present.fmt import DASH, count, mmss, money, pct
from console.report.html_parts import CSS, chip, empty, esc, figure, section, signed_pct, table

LIVES_SHOWN: Final = 30  # the latest lives listed on the page; tables/lives.csv has every one
EXTRA_CSS: Final = """
.cols h3 { margin-top: 4px; }
ul.findings { padding-left: 20px; margin: 4px 0 10px; } ul.findings li { margin: 0 0 6px; }
ul.keep li::marker { color: var(--good); } ul.change li::marker { color: var(--bad); }
p.lead { font-size: 15px; margin: 6px 0 10px; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans",
       "Yu Gothic", sans-serif; }
"""


def render_page(h: History, charts: Mapping[str, bytes]) -> str:
    title = _title(h)
    parts = [_header(h, title), _warnings(h), _glance(h), _keep_change(h)]
    if h.comparison is not None:
        parts.append(_compare(h, charts))
    parts += [goals(h, charts), minutes(h, charts), segments(h), products(h, charts), channels(h, charts),
              buyers(h, charts), actions(h, charts), _lives(h), _footer(h)]
    return (f"<!DOCTYPE html>\n<html lang=\"{html_lang()}\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{esc(title)}</title><style>{CSS}{EXTRA_CSS}</style></head>"
            f"<body><main>{''.join(parts)}</main></body></html>\n")


def html_lang() -> str:
    """The page's <html lang>: the console's language as HTML writes it (pt_BR -> pt-BR)."""
    return active_language().replace("_", "-")


def _title(h: History) -> str:
    n = len(h.lives)
    first, last = h.lives[0].date, h.lives[-1].date
    if first and last and first != last:
        return translate("History", "History of %n lives, {first} to {last}", None, PLURAL, n).format(
            first=date_words(first), last=date_words(last))
    if first:
        return translate("History", "History of %n lives, {first}", None, PLURAL, n).format(first=date_words(first))
    return translate("History", "History of %n lives", None, PLURAL, n)


def _header(h: History, title: str) -> str:
    partial = sum(1 for lv in h.lives if lv.partial)
    meta = translate("History", "Library {folder}").format(folder=f"<code>{esc(h.library)}</code>")
    meta += " · " + (esc(translate("History", "lives filtered by {filters}").format(filters=h.filters.words()))
                     if h.filters.words() else esc(translate("History", "every live in it")))
    if partial:
        meta += " · " + esc(translate("History", "%n partial recordings (marked; left out of goal counts)", None,
                                      PLURAL, partial))
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
    median_of = translate("History", "median of the lives")
    tiles = [
        (translate("History", "Lives"), count(len(lv)),
         translate("History", "{lives} partial").format(lives=count(partial)) if partial
         else translate("History", "all recorded in full"), ""),
        (translate("History", "GMV, all lives"), money(sum(gmv_all) if gmv_all else None, cur),
         translate("History", "median {gmv} a live").format(gmv=money(_median(gmv), cur)), ""),
        (translate("History", "Conversion"), pct(_median(conv)), median_of, ""),
        (translate("History", "Peak viewers"), count(_median(peak) or 0) if peak else DASH, median_of, ""),
        (translate("History", "Goals met"),
         translate("History", "{met} of {counted}").format(met=count(met), counted=count(counted)) if counted
         else DASH, translate("History", "goal × live, full recordings"),
         "good" if counted and met * 2 >= counted else "bad" if counted else ""),
        (translate("History", "New buyers"), pct(new / buyers_known, 0) if buyers_known else DASH,
         translate("History", "of all buyers"), ""),
    ]
    body = "".join(f'<div class="tile {tone}"><div class="k">{esc(k)}</div><div class="v">{esc(v)}</div>'
                   f'<div class="k">{esc(sub)}</div></div>' for k, v, sub, tone in tiles)
    return section("summary", translate("History", "At a glance"), f'<div class="tiles">{body}</div>')


def _median(xs: list[float]) -> float | None:
    return statistics.median(xs) if xs else None


def _keep_change(h: History) -> str:
    keep, change = findings.keep_and_change(h)

    def items(xs: list[str], cls: str, none: str) -> str:
        if not xs:
            return empty(none)
        return f'<ul class="findings {cls}">' + "".join(f"<li>{esc(x)}</li>" for x in xs) + "</ul>"

    kept = items(keep, "keep", translate("History", "Nothing stands out yet as worth keeping."))
    changed = items(change, "change", translate("History", "Nothing stands out as needing a change."))
    keep_title, change_title = esc(translate("History", "Keep")), esc(translate("History", "Change"))
    body = (f'<div class="cols"><div><h3>{keep_title}</h3>{kept}'
            f'</div><div><h3>{change_title}</h3>{changed}'
            "</div></div>")
    n = len(h.lives)
    if n < 3:
        body = empty(translate("History", "Only %n lives: patterns across lives need at least three, so read what "
                               "follows as notes, not rules.", None, PLURAL, n)) + body
    return section("keep-change", translate("History", "What to keep, what to change"), body)


def _compare(h: History, charts: Mapping[str, bytes]) -> str:
    c = h.comparison
    assert c is not None
    cur = h.currency
    ref = c.lives[0].span_gmv
    rows = []
    for i, cl in enumerate(c.lives):
        lv = cl.live
        vs = DASH if i == 0 else signed_pct(cl.span_gmv / ref - 1) if cl.span_gmv is not None and ref else DASH
        name = esc(lv.name) + (" " + chip(translate("History", "partial recording"), "warn") if lv.partial else "")
        rows.append((f"{name}<br><small>{esc(lv.key)}</small>", esc(mmss(lv.duration_s or 0)),
                     count(cl.complete_minutes), esc(money(cl.span_gmv, cur)), esc(vs),
                     esc(_num(cl.span_orders)), esc(_num(cl.orders_per_k_viewer_minutes, 1)),
                     esc(pct(cl.abandonment)), esc(money(cl.gmv_per_minute, cur))))
    head = (translate("History", "Live"), translate("History", "Recorded"), translate("History", "Full minutes"),
            translate("History", "GMV in span"), translate("History", "vs first"),
            translate("History", "Orders in span"),
            translate("History", "Orders / 1,000 viewer-min in span"), translate("History", "Abandonment in span"),
            translate("History", "GMV per minute (own)"))
    body = (f'<p class="lead">{esc(c.words())}</p>'
            + table(head, rows, (False, *[True] * 8),
                    caption=translate("History", "The first live named is the reference. In span: minutes 0 to the "
                                      "last full minute every compared live recorded. Orders per 1,000 viewer-minutes: "
                                      "the span's orders over the sum of its minutes' viewers, so a bigger room does "
                                      "not read as a better live. GMV per minute: over each live's own full minutes."))
            + figure(charts.get("compare"), translate("History", "compared lives"),
                     translate("History", "Revenue added up minute by minute; the shaded band is the span compared.")))
    n = len(c.lives)
    return section("compare", translate("History", "%n lives compared", None, PLURAL, n), body)


def _num(v: float | None, digits: int = 0) -> str:
    return DASH if v is None else numbers.decimal(v, digits)


def _lives(h: History) -> str:
    shown = list(reversed(h.lives))[:LIVES_SHOWN]
    rows = [(_live_cell(lv), esc(date_words(lv.date, "medium") or DASH), esc(mmss(lv.duration_s or 0)),
             esc(money(lv.gmv, lv.currency)),
             esc(_num(lv.orders)), esc(pct(lv.conversion)), esc(_num(lv.peak_viewers)),
             esc(f"{numbers.decimal(lv.roas, 1)}×" if lv.roas is not None else DASH), esc(pct(lv.abandonment)),
             esc(_num(lv.actions)),
             esc(translate("History", "{met} of {counted}").format(met=count(lv.advice_taken or 0),
                                                                   counted=count(lv.advice)) if lv.advice else DASH))
            for lv in shown]
    caption = (translate("History", "Latest first; the figures of each live's report. The latest {shown} of {lives}; "
                         "tables/lives.csv lists every one.").format(shown=LIVES_SHOWN, lives=count(len(h.lives)))
               if len(h.lives) > LIVES_SHOWN else translate("History", "Latest first; the figures of each live's "
                                                                       "report."))
    return section("lives", translate("History", "The lives"), table(
        (translate("History", "Live"), translate("History", "Date"), translate("History", "Recorded"),
         translate("History", "GMV"), translate("History", "Orders"), translate("History", "Conversion"),
         translate("History", "Peak viewers"), translate("History", "ROAS"), translate("History", "Abandonment"),
         translate("History", "Actions"), translate("History", "Advice taken")), rows, (False, False, *[True] * 9),
        caption=caption))


def _live_cell(lv: Live) -> str:
    cell = f"{esc(lv.title)}<br><small>{esc(lv.key)}</small>"
    return cell + (" " + chip(translate("History", "partial recording"), "warn") if lv.partial else "")


def _footer(h: History) -> str:
    text = esc(translate("History", "Every figure is added up from the lives' own reports as the library holds them "
                         "({folder}); tables/*.csv hold every row, charts/*.png every chart. Lifts are one value per "
                         "live (the median of its measurements); how sure a pattern is comes from the sign test and "
                         "the order-statistics interval of the median (docs/library.md, \"History page\")."))
    folder = f"<code>{esc(h.library)}</code>"
    return f'<footer><p class="muted">{text.replace("{folder}", folder)}</p></footer>'
