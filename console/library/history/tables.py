"""The history page's tables as CSV rows (tables/<name>.csv beside the page): every live and every row, where the page
shows the latest few; rates as fractions, lifts as fractions (1.4 = +140%), an unknown value an empty cell."""

from __future__ import annotations

from typing import Any

from console.library.history.minute_queries import band_needs, band_stands
from console.library.history.model import Effect, History

Table = tuple[tuple[str, ...], list[tuple[Any, ...]]]


def tables(h: History) -> dict[str, Table]:
    m = h.minutes
    out: dict[str, Table] = {
        "lives": (("key", "live_id", "title", "date", "plan_name", "tags", "currency", "duration_s", "partial", "gmv",
                   "orders", "conversion", "peak_viewers", "avg_viewers", "roas", "abandonment", "buyers",
                   "new_buyers", "returning_buyers", "new_revenue", "returning_revenue", "actions", "advice",
                   "advice_taken"),
                  [(lv.key, lv.live_id, lv.title, lv.date, lv.plan_name, lv.tags, lv.currency, lv.duration_s,
                    lv.partial, lv.gmv, lv.orders, lv.conversion, lv.peak_viewers, lv.avg_viewers, lv.roas,
                    lv.abandonment, lv.buyers, lv.new_buyers, lv.returning_buyers, lv.new_revenue,
                    lv.returning_revenue, lv.actions, lv.advice, lv.advice_taken) for lv in h.lives]),
        "goals": (("goal", "label", "ceiling", "lives_counted", "met", "slope_per_live", "trend"),
                  [(g.goal, g.label, g.ceiling, g.counted, g.met, g.slope, g.trend) for g in h.goals]),
        "goals_by_live": (("goal", "key", "target", "actual", "met", "partial"),
                          [(g.goal, p.key, p.target, p.actual, p.met, p.partial) for g in h.goals for p in g.points]),
        "minutes": (("minute", "lives", "viewers", "orders_per_1000_viewer_minutes", "abandonment"),
                    [(p.minute, p.lives, p.viewers, p.orders_per_k, p.abandonment) for p in m.average]),
        "minutes_by_live": (("key", "minute", "viewers", "orders_per_1000_viewer_minutes", "abandonment"),
                            [(c.key, i, v, o, ab) for c in m.curves
                             for i, (v, o, ab) in enumerate(zip(c.viewers, c.orders_per_k, c.abandonment,
                                                                strict=True))]),
        "windows": (("measure", "first_minute", "last_minute", "lives", "lives_off", "lives_other_way",
                     "sign_test_p", "p_needed", "stands", "keys_off"),
                    [(what, b.start, b.end, b.lives, b.flagged, b.against, b.p_value, band_needs(bs),
                      band_stands(b, bs), b.flagged_keys)
                     for what, bs in (("orders per 1,000 viewer-minutes sag", m.sags),
                                      ("abandonment spike", m.spikes)) for b in bs]),
        "segments": (("rank", "segment_id", "title", "demo", "lives", "runs", "viewer_minutes", "leaves",
                      "leaves_per_viewer_minute", "orders", "orders_per_viewer_minute", "revenue"),
                     [(i + 1, s.segment_id, s.title, s.demo, s.lives, s.runs, s.viewer_minutes, s.leaves,
                       s.leave_rate, s.orders, s.order_rate, s.revenue) for i, s in enumerate(h.segments)]),
        "products": (("sku", "name", "lives", "units", "revenue", "previous_quadrant", "latest_quadrant"),
                     [(p.sku, p.name, len(p.points), p.units, p.revenue, p.previous, p.latest) for p in h.products]),
        "products_by_live": (("sku", "key", "margin", "sell_through", "units", "quadrant"),
                             [(p.sku, q.key, q.margin, q.sell_through, q.units, q.quadrant)
                              for p in h.products for q in p.points]),
        "channels": (("channel", "lives", "entered", "buyers", "orders", "revenue", "ad_spend", "conversion", "roas"),
                     [(c.channel, c.lives, c.entered, c.buyers, c.orders, c.revenue, c.ad_spend, c.conversion,
                       c.roas) for c in h.channels]),
        "buyers": (("key", "date", "title", "new_buyers", "returning_buyers", "new_share", "new_revenue",
                    "returning_revenue"),
                   [(lv.key, lv.date, lv.title, lv.new_buyers, lv.returning_buyers, _share(lv.new_buyers,
                     lv.returning_buyers), lv.new_revenue, lv.returning_revenue) for lv in h.lives]),
        "actions": (_EFFECT_HEAD, [_effect_row(e.kind, e.target, e) for e in h.actions]),
        "actions_by_live": (("kind", "target", "key", "lift"),
                            [(e.kind, e.target, key, v) for e in h.actions for key, v in e.per_live]),
        "advice": (("kind", "raised", *(f"taken_{c}" for c in _EFFECT_HEAD[3:]),
                    *(f"not_taken_{c}" for c in _EFFECT_HEAD[3:])),
                   [(a.kind, a.raised, *_effect_row("", "", a.taken)[3:], *_effect_row("", "", a.not_taken)[3:])
                    for a in h.advice]),
    }
    c = h.comparison
    if c is not None:
        ref = c.lives[0].span_gmv
        out["compare"] = (
            ("key", "title", "date", "partial", "complete_minutes", "span_minutes", "span_gmv", "span_gmv_vs_first",
             "span_orders", "span_viewer_minutes", "span_orders_per_1000_viewer_minutes", "span_abandonment",
             "gmv_per_minute"),
            [(cl.live.key, cl.live.title, cl.live.date, cl.live.partial, cl.complete_minutes, c.span, cl.span_gmv,
              cl.span_gmv / ref - 1 if cl.span_gmv is not None and ref else None, cl.span_orders,
              cl.span_viewer_minutes, cl.orders_per_k_viewer_minutes, cl.abandonment, cl.gmv_per_minute)
             for cl in c.lives])
    return out


_EFFECT_HEAD = ("kind", "target", "label", "lives", "measured", "lives_lifted", "median_lift", "interval_low",
                "interval_high", "interval_confidence", "sign_test_p", "median_viewer_lift", "verdict")


def _effect_row(kind: str, target: str, e: Effect) -> tuple[Any, ...]:
    lo, hi, conf = e.interval if e.interval is not None else (None, None, None)
    return (kind, target, e.label, e.n, e.measured, e.lifted, e.median, lo, hi, conf, e.p_value, e.viewer_median,
            e.verdict)


def _share(new: int | None, returning: int | None) -> float | None:
    if new is None or returning is None or new + returning == 0:
        return None
    return new / (new + returning)
