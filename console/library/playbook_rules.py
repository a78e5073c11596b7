"""The playbook's topics: one query per topic over the selected lives (the `chosen` table of
console/library/playbook.py), each live's figure and vote, judged into rules.

Every figure is read as the report wrote it into the library (lift, leave rate, sell-through, conversion): nothing
here recomputes a live's KPI, it only compares a live with itself (a segment with the whole live, a minute band
with the live's own median) so that lives of different sizes vote alike.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Final

import duckdb

from console.i18n import QT_TRANSLATE_NOOP, translate
from console.library.playbook import LiveRef, LiveValue, Rule, judge
from console.present import numbers
from console.present.fmt import mmss

BAND_MIN: Final = 5  # minute bands of this many minutes: wide enough to hold a few orders, narrow enough to place a cue
SLOW_SELL_THROUGH: Final = 0.5  # below half its stock sold, a product "sells slowly"
ACTION_KINDS: Final = {"flash_offer": QT_TRANSLATE_NOOP("Playbook", "Flash offer"),
                       "segment": QT_TRANSLATE_NOOP("Playbook", "Segment on air"),
                       "kit": QT_TRANSLATE_NOOP("Playbook", "Kit")}
#: kind -> (one target's name, the target with no id, every one of the kind, they lift, they lower)
_ACTION_WORDS: Final = {
    "flash_offer": (QT_TRANSLATE_NOOP("Playbook", 'Flash offer "{label}" ({target})'),
                    QT_TRANSLATE_NOOP("Playbook", "Flash offer (custom)"),
                    QT_TRANSLATE_NOOP("Playbook", "Flash offers, all of them"),
                    QT_TRANSLATE_NOOP("Playbook", "Flash offers lift orders"),
                    QT_TRANSLATE_NOOP("Playbook", "Flash offers lower orders")),
    "segment": (QT_TRANSLATE_NOOP("Playbook", 'Segment on air "{label}" ({target})'),
                QT_TRANSLATE_NOOP("Playbook", "Segment on air (custom)"),
                QT_TRANSLATE_NOOP("Playbook", "Segment on airs, all of them"),
                QT_TRANSLATE_NOOP("Playbook", "Segment on airs lift orders"),
                QT_TRANSLATE_NOOP("Playbook", "Segment on airs lower orders")),
    "kit": (QT_TRANSLATE_NOOP("Playbook", 'Kit "{label}" ({target})'),
            QT_TRANSLATE_NOOP("Playbook", "Kit (custom)"),
            QT_TRANSLATE_NOOP("Playbook", "Kits, all of them"),
            QT_TRANSLATE_NOOP("Playbook", "Kits lift orders"),
            QT_TRANSLATE_NOOP("Playbook", "Kits lower orders")),
}
_LIFT: Final = QT_TRANSLATE_NOOP("Playbook", "orders per minute in the 5 minutes after against the 5 before")

Lives = Mapping[str, LiveRef]
#: a topic's name where a note says it had nothing to judge
_TOPIC_WORDS: Final = {"actions": QT_TRANSLATE_NOOP("Playbook", "actions"),
                       "advice": QT_TRANSLATE_NOOP("Playbook", "advice"),
                       "segments": QT_TRANSLATE_NOOP("Playbook", "segments"),
                       "minutes": QT_TRANSLATE_NOOP("Playbook", "minutes"),
                       "products": QT_TRANSLATE_NOOP("Playbook", "products"),
                       "channels": QT_TRANSLATE_NOOP("Playbook", "channels"),
                       "buyers": QT_TRANSLATE_NOOP("Playbook", "buyers")}


def topic_words(topic: str) -> str:
    return translate("Playbook", _TOPIC_WORDS[topic]) if topic in _TOPIC_WORDS else topic


def _side(v: float) -> int:
    return 1 if v > 0 else -1 if v < 0 else 0


def all_rules(con: duckdb.DuckDBPyConnection, lives: Lives) -> tuple[list[Rule], list[str]]:
    rules: list[Rule] = []
    notes: list[str] = []
    topics: list[tuple[str, Callable[[duckdb.DuckDBPyConnection, Lives], list[Rule]], str]] = [
        ("actions", action_rules, translate("Playbook", "no selected live has an action with a measured lift")),
        ("advice", advice_rules, translate("Playbook", "no selected live has advice that was taken and measured")),
        ("segments", segment_rules, translate("Playbook", "no selected live has segments with viewers")),
        ("minutes", lambda c, lv: band_rules(c, lv, "orders") + band_rules(c, lv, "abandonment"),
         translate("Playbook", "no selected live has a full {minutes}-minute band with viewers or carts").format(
             minutes=BAND_MIN)),
        ("products", product_rules, translate("Playbook", "no selected whole live (partial recordings left out) has "
                                                          "products with stock")),
        ("channels", channel_rules, translate("Playbook", "no selected live has channels with viewers who entered")),
        ("buyers", buyer_rules, translate("Playbook", "no selected live says which buyers were new and which "
                                                      "returning")),
    ]
    for topic, rules_of, missing in topics:
        found = rules_of(con, lives)
        rules += found
        if not found:
            notes.append(f"{topic_words(topic)}: {missing}")
    return rules, notes


def action_rules(con: duckdb.DuckDBPyConnection, lives: Lives) -> list[Rule]:
    """Each preset, segment and kit (and each kind as a whole): does it lift orders? A live's figure is the median
    lift of its actions of that target. Actions with another action inside their windows are left out: their
    effect is mixed with the other's."""
    rows = con.execute("""
        SELECT a.key, a.kind, coalesce(a.target, '') AS target, min(a.label) AS label,
               median(a.lift) FILTER (WHERE coalesce(a.overlaps, 0) = 0) AS lift,
               count(*) FILTER (WHERE coalesce(a.overlaps, 0) > 0) AS mixed
        FROM actions a JOIN chosen USING (key)
        WHERE a.kind IN ('flash_offer', 'segment', 'kit') AND a.lift IS NOT NULL
        GROUP BY ALL ORDER BY a.kind, target, a.key""").fetchall()
    by_target: dict[tuple[str, str], list[LiveValue]] = defaultdict(list)
    by_kind: dict[str, list[float]] = defaultdict(list)
    kind_values: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    labels: dict[tuple[str, str], str] = {}
    mixed: dict[tuple[str, str], int] = defaultdict(int)
    for key, kind, target, label, lift, n_mixed in rows:
        mixed[kind, target] += n_mixed
        labels.setdefault((kind, target), label or target)
        if lift is None or key not in lives:
            continue
        by_target[kind, target].append(LiveValue(lives[key], lift, _side(lift)))
        kind_values[kind][key].append(lift)
    for kind, per_live in kind_values.items():
        by_kind[kind] = [statistics.median(v) for v in per_live.values()]
    out: list[Rule] = []
    for (kind, target), values in by_target.items():
        named, custom, _all, _lift, _lower = _ACTION_WORDS[kind]
        name = (translate("Playbook", named).format(label=labels[kind, target], target=target) if target
                else translate("Playbook", custom))
        detail = (translate("Playbook", "{actions} fired inside another action's window left out").format(
            actions=mixed[kind, target]) if mixed[kind, target] else "")
        rule = judge("actions", f"{kind}:{target}", name, values,
                     {1: translate("Playbook", "{name} lifts orders").format(name=name),
                      -1: translate("Playbook", "{name} lowers orders").format(name=name)}, "rel",
                     translate("Playbook", _LIFT), detail)
        if rule is not None:
            out.append(rule)
    for kind, per_live in kind_values.items():
        values = [LiveValue(lives[key], statistics.median(v), _side(statistics.median(v)))
                  for key, v in per_live.items()]
        _named, _custom, every, lift, lower = _ACTION_WORDS[kind]
        rule = judge("actions", f"{kind}:*", translate("Playbook", every), values,
                     {1: translate("Playbook", lift), -1: translate("Playbook", lower)}, "rel",
                     translate("Playbook", "orders per minute in the 5 minutes after against the 5 before (a live's "
                                           "median over its actions)"))
        if rule is not None:
            out.append(rule)
    return out


def advice_rules(con: duckdb.DuckDBPyConnection, lives: Lives) -> list[Rule]:
    """Each advice kind, when the operator took it: did orders rise after?"""
    rows = con.execute("""
        SELECT v.key, v.kind, median(v.lift) FROM advice v JOIN chosen USING (key)
        WHERE v.status = 'taken' AND v.lift IS NOT NULL GROUP BY ALL ORDER BY v.kind, v.key""").fetchall()
    per_kind: dict[str, list[LiveValue]] = defaultdict(list)
    for key, kind, lift in rows:
        per_kind[kind].append(LiveValue(lives[key], lift, _side(lift)))
    out = []
    for kind, values in per_kind.items():
        name = translate("Playbook", 'Taking the "{advice}" advice').format(advice=kind)
        rule = judge("advice", f"advice:{kind}", name, values,
                     {1: translate("Playbook", "{name} lifts orders").format(name=name),
                      -1: translate("Playbook", "{name} is followed by fewer orders").format(name=name)}, "rel",
                     translate("Playbook", _LIFT))
        if rule is not None:
            out.append(rule)
    return out


def segment_rules(con: duckdb.DuckDBPyConnection, lives: Lives) -> list[Rule]:
    """Each segment: do viewers leave it less often than the live as a whole? A live's figure is the segment's leave
    rate per viewer-minute (all its runs) against the live's over all its segments, as a relative change."""
    rows = con.execute("""
        WITH seg AS (
            SELECT s.key, s.segment_id, min(s.title) AS title, sum(s.leaves) AS leaves, sum(s.viewer_minutes) AS vm
            FROM segments s JOIN chosen USING (key) GROUP BY ALL),
        live AS (SELECT key, sum(leaves) / sum(vm) AS rate FROM seg GROUP BY key
                 HAVING sum(vm) > 0)
        SELECT seg.key, seg.segment_id, seg.title, seg.leaves / seg.vm / live.rate - 1 AS rel
        FROM seg JOIN live USING (key) WHERE seg.vm > 0 AND live.rate > 0
        ORDER BY seg.segment_id, seg.key""").fetchall()
    per_segment: dict[str, list[LiveValue]] = defaultdict(list)
    titles: dict[str, str] = {}
    for key, segment_id, title, rel in rows:
        titles.setdefault(segment_id, title or segment_id)
        per_segment[segment_id].append(LiveValue(lives[key], rel, -_side(rel)))  # holding = leaving less: "up"
    out = []
    for segment_id, values in per_segment.items():
        name = translate("Playbook", 'Segment "{title}" ({segment})').format(title=titles[segment_id],
                                                                             segment=segment_id)
        rule = judge("segments", f"segment:{segment_id}", name, values,
                     {1: translate("Playbook", "{name} holds viewers").format(name=name),
                      -1: translate("Playbook", "{name} loses viewers").format(name=name)}, "rel",
                     translate("Playbook", "its leave rate per viewer-minute against the whole live's"))
        if rule is not None:
            out.append(rule)
    return out


def band_span(start: int) -> str:
    """A band's minutes, both ends included ("minutes 35–39"), as the history page labels its windows."""
    return translate("Playbook", "minutes {first}–{last}").format(first=start, last=start + BAND_MIN - 1)


def band_values(con: duckdb.DuckDBPyConnection, metric: str) -> dict[int, list[tuple[str, float]]]:
    """band start minute -> [(live key, the band's rate / the live's median band rate - 1)].

    `orders`: orders per 1,000 viewer-minutes (the band's orders / the sum of its minutes' viewers x 1,000, the unit
    of the segments and of compare). Not orders per product click: clicks come with the orders they lead to, so a
    room that buys less because it is smaller or less keen clicks less too, and the ratio hides the sag a producer
    sees. `abandonment`: carts abandoned per cart opened. Only full bands of complete minutes count (for `orders`,
    each with its viewers), and a live whose median band rate is 0 has nothing to compare with."""
    if metric == "orders":
        rate, usable = "orders / viewers * 1000", f"viewers > 0 AND with_viewers = {BAND_MIN}"
    else:
        rate, usable = "abandons / cart_adds", "cart_adds > 0"
    # both metrics read the minutes once: a thousand lives' files are the cost, not the few sums
    con.execute(f"""CREATE TEMP TABLE IF NOT EXISTS band_sums AS
        SELECT m.key, m.minute // {BAND_MIN} AS band, sum(m.orders) AS orders, sum(m.viewers) AS viewers,
               count(m.viewers) AS with_viewers, sum(m.abandons) AS abandons, sum(m.cart_adds) AS cart_adds
        FROM minutes m JOIN chosen USING (key) WHERE m.complete
        GROUP BY ALL HAVING count(*) = {BAND_MIN}""")
    rows = con.execute(f"SELECT key, band, {rate} FROM band_sums WHERE {usable} ORDER BY key, band").fetchall()
    per_live: dict[str, dict[int, float]] = defaultdict(dict)
    for key, band, value in rows:
        if value is not None:
            per_live[key][band * BAND_MIN] = value
    out: dict[int, list[tuple[str, float]]] = defaultdict(list)
    for key, bands in per_live.items():
        middle = statistics.median(bands.values())
        if middle <= 0:
            continue
        for start, value in bands.items():
            out[start].append((key, value / middle - 1))
    return dict(sorted(out.items()))


def band_rules(con: duckdb.DuckDBPyConnection, lives: Lives, metric: str) -> list[Rule]:
    """Minute bands where orders per 1,000 viewer-minutes fall below the live's own median band (a sag), or
    abandonment rises above it, in most lives. Every band is a claim tested at once with the others (18 in a
    90-minute live), so a band rule needs p < 0.05 / the bands tested (Bonferroni): at the plain 5 %, 15-25 % of
    6-live libraries of pure noise found a "sag" somewhere; corrected, under 1 % (9 lives: 0 in 4,000 draws)."""
    bands = band_values(con, metric)
    out = []
    for start, pairs in bands.items():
        span = band_span(start)
        if metric == "orders":
            values = [LiveValue(lives[k], v, -_side(v)) for k, v in pairs]  # a sag (below the median) is "up"
            statements: dict[int, str | None] = {
                1: translate("Playbook", "Orders per 1,000 viewer-minutes sag in {minutes}").format(minutes=span),
                -1: None}
            measure = translate("Playbook", "orders per 1,000 viewer-minutes in the band against the live's median "
                                            "band")
        else:
            values = [LiveValue(lives[k], v, _side(v)) for k, v in pairs]
            statements = {1: translate("Playbook", "Carts are abandoned most in {minutes}").format(minutes=span),
                          -1: None}
            measure = translate("Playbook", "carts abandoned per cart opened in the band against the live's median "
                                            "band")
        rule = judge("minutes", f"{metric}:{start}", span.capitalize(), values, statements, "rel", measure,
                     tests=len(bands), tested="bands")
        if rule is not None:
            out.append(rule)
    return out


def product_rules(con: duckdb.DuckDBPyConnection, lives: Lives) -> list[Rule]:
    """Each product: does it sell out, and when; or does it sell slowly (under half its stock)? Whole lives only:
    a partial recording's sales are not the live's."""
    out = []
    for sku, (name, values) in product_values(con, lives).items():
        label = f'"{name}" ({sku})'
        sold = [replace(v, side=1 if v.at_s is not None else -1) for v in values]
        times = [v.at_s for v in values if v.at_s is not None]
        detail = (translate("Playbook", "sold out at a median {time} into the live").format(
            time=mmss(statistics.median(times))) if times else "")
        through = translate("Playbook", "sell-through (units sold / stock at the start)")
        rule = judge("products", f"sellout:{sku}", label, sold,
                     {1: translate("Playbook", "{product} sells out").format(product=label), -1: None}, "share",
                     through, detail)
        if rule is not None:
            out.append(rule)
        slow = [replace(v, side=1 if v.value < SLOW_SELL_THROUGH else -1) for v in values]
        rule = judge("products", f"slow:{sku}", label, slow,
                     {1: translate("Playbook", "{product} sells slowly: under half its stock").format(product=label),
                      -1: None}, "share", through)
        if rule is not None:
            out.append(rule)
    return out


def product_values(con: duckdb.DuckDBPyConnection, lives: Lives) -> dict[str, tuple[str, list[LiveValue]]]:
    """sku -> (name, each whole live's sell-through, with the second it sold out in `at_s`), oldest live first."""
    rows = con.execute("""
        SELECT p.key, p.sku, coalesce(p.name, p.sku), p.sell_through,
               CASE WHEN isfinite(p.sold_out_at_s) THEN p.sold_out_at_s END  -- a damaged file's NaN: not a time
        FROM products p JOIN chosen c USING (key)
        WHERE NOT c.partial AND p.stock_start > 0 AND p.sell_through IS NOT NULL
        ORDER BY p.sku, c.started_at, p.key""").fetchall()
    out: dict[str, tuple[str, list[LiveValue]]] = {}
    for key, sku, name, sell_through, sold_out_at in rows:
        note = (translate("Playbook", "sold out at {time}").format(time=mmss(sold_out_at)) if sold_out_at is not None
                else "")
        out.setdefault(sku, (name, []))[1].append(LiveValue(lives[key], sell_through, 0, note, sold_out_at))
    return out


def channel_rules(con: duckdb.DuckDBPyConnection, lives: Lives) -> list[Rule]:
    """Each entry channel: does it convert (buyers / entered) above the live as a whole, its channels together?"""
    rows = con.execute("""
        WITH ch AS (SELECT c.* FROM channels c JOIN chosen USING (key) WHERE c.entered > 0),
        live AS (SELECT key, sum(buyers) / sum(entered) AS conv FROM ch GROUP BY key)
        SELECT ch.key, ch.channel, ch.conversion / live.conv - 1 AS rel, ch.roas
        FROM ch JOIN live USING (key) WHERE ch.conversion IS NOT NULL AND live.conv > 0
        ORDER BY ch.channel, ch.key""").fetchall()
    per_channel: dict[str, list[LiveValue]] = defaultdict(list)
    for key, channel, rel, roas in rows:
        note = f"ROAS {numbers.decimal(roas, 1)}×" if roas is not None else ""
        per_channel[channel].append(LiveValue(lives[key], rel, _side(rel), note))
    out = []
    for channel, values in per_channel.items():
        name = translate("Playbook", 'Channel "{channel}"').format(channel=channel)
        rule = judge("channels", f"channel:{channel}", name, values,
                     {1: translate("Playbook", "{name} converts above the live as a whole").format(name=name),
                      -1: translate("Playbook", "{name} converts below the live as a whole").format(name=name)},
                     "rel", translate("Playbook", "its conversion (buyers / entered) against the live's over every "
                                                  "channel"))
        if rule is not None:
            out.append(rule)
    return out


def buyer_rules(con: duckdb.DuckDBPyConnection, lives: Lives) -> list[Rule]:
    """New against returning buyers: which are most of them, and which spend more per buyer."""
    rows = con.execute("""
        SELECT l.key, l.new_buyers, l.returning_buyers, l.new_revenue, l.returning_revenue
        FROM chosen l
        WHERE l.new_buyers IS NOT NULL AND l.returning_buyers IS NOT NULL AND l.new_buyers + l.returning_buyers > 0
        ORDER BY l.started_at, l.key""").fetchall()
    share, spend = [], []
    for key, new, back, new_rev, back_rev in rows:
        s = new / (new + back)
        share.append(LiveValue(lives[key], s, _side(s - 0.5)))
        if new > 0 and back > 0 and new_rev is not None and back_rev is not None and new_rev > 0:
            rel = (back_rev / back) / (new_rev / new) - 1
            spend.append(LiveValue(lives[key], rel, _side(rel)))
    out = []
    rule = judge("buyers", "buyers:new_share", translate("Playbook", "New buyers' share of the buyers"), share,
                 {1: translate("Playbook", "Most buyers are new customers"),
                  -1: translate("Playbook",
                                "Most buyers are returning customers: the next live could aim at new ones")},
                 "share", translate("Playbook", "new buyers / buyers"))
    if rule is not None:
        out.append(rule)
    rule = judge("buyers", "buyers:spend", translate("Playbook", "Revenue per returning buyer against per new buyer"),
                 spend,
                 {1: translate("Playbook", "Returning buyers spend more per buyer than new ones"),
                  -1: translate("Playbook", "New buyers spend more per buyer than returning ones")},
                 "rel", translate("Playbook", "revenue per returning buyer against revenue per new buyer"))
    if rule is not None:
        out.append(rule)
    return out
