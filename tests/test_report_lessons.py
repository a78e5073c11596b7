"""The report's lessons agree with its own numbers: effects per viewer, stock that could not serve an offer, click
averages without kit items, long lulls with their cause, notes and marks with their moment. Small lives worked
out by hand, recorded through the console's own path (ingest -> recorder -> session file)."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from console.kpi.engine import KpiEngine
from console.live.ingest import Ingest
from console.plan.model import parse_plan
from console.report.analysis import _with_overlaps, analyse, load_session, viewer_seconds
from console.report.html import render_html
from console.report.lessons.actions import action_lesson
from console.report.lessons.context import LessonContext
from console.report.lessons.lulls import find_lull
from console.report.model import ActionImpact, Report
from console.report.writer import tables
from console.session.notes import ReviewNotes
from console.session.recorder import SessionRecorder

T0 = 1_000.0


def plan_toml(minutes: int, products: Iterable[tuple[str, float, int]], extra: str = "") -> str:
    text = f'[live]\nid = "t"\ntitle = "T"\nduration_min = {minutes}\n'
    for sku, price, stock in products:
        text += (f'\n[[products]]\nsku = "{sku}"\nname = "{sku.title()}"\nprice = {price}\nunit_cost = 1.0\n'
                 f"stock = {stock}\n")
    return text + extra


def record(path: Path, plan: str, events: list[dict[str, Any]], actions: Iterable[dict[str, Any]] = ()) -> Path:
    """A session file recorded as the live console records one."""
    events = [{"type": "live_started", "ts": T0, "live_id": "t", "title": "T"}, *events]
    events.sort(key=lambda e: e["ts"])
    for seq, e in enumerate(events, 1):
        e["seq"] = seq
    recorder = SessionRecorder(path)
    recorder.write_session({"live_id": "t", "title": "T", "console_version": "test", "started_at": 1.0,
                            "plan_toml": plan}).result(5)
    ingest = Ingest(KpiEngine(parse_plan(plan)), sinks=[recorder.record])
    for i in range(0, len(events), 500):
        ingest.frame(json.dumps(events[i:i + 500]), wall_now=time.time())
    for row in actions:
        recorder.write_intent({"params": "{}", "operator": "ops", "clicked_at": 2.0, "status": "acked",
                               "attempts": 1, **row}).result(5)
    recorder.close()
    return path


def viewers(minutes: int, per_minute: Any) -> list[dict[str, Any]]:
    """One viewer_count mid-minute: the count the engine keeps for that minute."""
    return [{"type": "viewer_count", "ts": T0 + 60 * m + 30, "viewers": int(per_minute(m)),
             "total_viewers": int(per_minute(m))} for m in range(minutes)]


_order_ids = iter(range(1, 1_000_000))


def orders(minute: int, n: int, sku: str, price: float, start_s: float = 1.0, step_s: float = 5.0,
           kit: str | None = None) -> list[dict[str, Any]]:
    out = []
    for k in range(n):
        oid = next(_order_ids)
        out.append({"type": "order_placed", "ts": T0 + 60 * minute + start_s + k * step_s,
                    "order_id": f"o{oid}", "customer_id": f"c{oid}", "channel": "organic",
                    "new_customer": True, "items": [{"product_id": sku, "quantity": 1, "unit_price": price}],
                    "amount": price, **({"kit_id": kit} if kit else {})})
    return out


def seen(minute: int, sku: str, impressions: int, clicks: int) -> list[dict[str, Any]]:
    out = [{"type": "product_impression", "ts": T0 + 60 * minute + 2 + i * 50 / impressions, "product_id": sku,
            "viewer_id": "v1", "channel": "organic"} for i in range(impressions)]
    out += [{"type": "product_click", "ts": T0 + 60 * minute + 3 + i * 50 / max(clicks, 1), "product_id": sku,
             "viewer_id": "v1", "channel": "organic"} for i in range(clicks)]
    return out


def end(minutes: int) -> dict[str, Any]:
    return {"type": "live_ended", "ts": T0 + 60 * minutes, "live_id": "t"}


def report_of(path: Path) -> Report:
    return analyse(load_session(path))


# ------------------------------------------------------------------------------------------ effects per viewer


def test_viewer_seconds_hold_each_minutes_count_over_the_minute() -> None:
    v = np.array([100.0, 200.0, 300.0])
    assert viewer_seconds(v, 0, 60) == 6_000  # minute 0: 100 viewers x 60 s
    assert viewer_seconds(v, 30, 90) == 30 * 100 + 30 * 200
    assert viewer_seconds(v, 150, 400) == 30 * 300  # past the last minute: nothing to count


def test_an_audience_ramp_is_not_an_actions_lift(tmp_path: Path) -> None:
    # Viewers 100, 200, ... 2,000 (minute m: 100 (m + 1)); orders m + 1 a minute: one per 100 viewers throughout.
    # A segment at 10:00. Before [05:00, 10:00): minutes 5-9, 600..1,000 viewers (4,000 viewer-minutes), 6+7+8+9+10
    # = 40 orders. After [10:00, 15:00): minutes 10-14, 1,100..1,500 (6,500 viewer-minutes), 11+..+15 = 65 orders.
    # Raw orders/min 8.0 -> 13.0 (+62%, what the old report called a clear lift); per 1,000 viewers a minute
    # 40 / 4,000 = 10.0 -> 65 / 6,500 = 10.0: no change at all.
    plan = plan_toml(20, [("A", 10.0, 10_000)], '\n[[segments]]\nid = "demo"\ntitle = "Demo"\n')
    ev = viewers(20, lambda m: 100 * (m + 1))
    for m in range(20):
        ev += orders(m, m + 1, "A", 10.0, step_s=58 / (m + 1))
    ev += [{"type": "segment_changed", "ts": T0 + 600, "action_id": "seg-1", "segment_id": "demo"}, end(20)]
    rep = report_of(record(tmp_path / "ramp.db", plan, ev, [{"id": "k1", "kind": "segment", "label": "Demo",
                                                              "source": "button", "action_id": "seg-1",
                                                              "live_ts": T0 + 600}]))
    (a,) = rep.actions
    assert (a.orders_before, a.orders_after) == (40, 65)
    assert (a.opm_before, a.opm_after) == (pytest.approx(8.0), pytest.approx(13.0))
    assert (a.viewers_before, a.viewers_after) == (pytest.approx(800.0), pytest.approx(1_300.0))
    assert (a.opkv_before, a.opkv_after) == (pytest.approx(10.0), pytest.approx(10.0))
    assert a.viewer_lift == pytest.approx(0.0)
    assert a.verdict == "no clear change"
    assert not any(lesson.rule == "best_action" for lesson in rep.lessons)
    page = render_html(rep, {})
    assert "the audience grew 62% across the windows" in page  # 800 -> 1,300 viewers
    assert "±0%" in page  # the lift per viewer


# ------------------------------------------------------------------------------------------ stock


def test_an_offer_its_stock_could_not_serve_is_never_repeated(tmp_path: Path) -> None:
    # K: stock 30. One K order a minute in minutes 0-9 (10 units), then the offer at 10:00 sells 20 more at
    # 10:03, 10:06, ... 11:00: the 30th unit at 11:00 sells it out, 01:00 into the offer. P sells 1 a minute all
    # along, 1,000 viewers throughout. K is still clicked 5 times a minute after it sold out.
    # Before [05:00, 10:00): 5 K + 5 P = 10 orders; after: 20 K + 5 P = 25 (p = 0.017 on equal audiences).
    plan = plan_toml(20, [("K", 50.0, 30), ("P", 20.0, 10_000)],
                     '\n[[presets]]\nid = "k20"\nproduct = "K"\ndiscount_pct = 20\nduration_s = 300\n'
                     'label = "K -20% (5 min)"\n')
    ev = viewers(20, lambda _m: 1000)
    for m in range(20):
        ev += orders(m, 1, "P", 20.0, start_s=40.0)
        ev += seen(m, "K", 60, 5)
    for m in range(10):
        ev += orders(m, 1, "K", 50.0)
    ev += orders(10, 20, "K", 40.0, start_s=3.0, step_s=3.0)
    ev += [{"type": "offer_started", "ts": T0 + 600, "action_id": "off-1", "product_id": "K", "discount_pct": 20.0,
            "price": 40.0, "duration_s": 300.0, "ends_at": T0 + 900},
           {"type": "offer_ended", "ts": T0 + 900, "action_id": "off-1", "product_id": "K"}, end(20)]
    rep = report_of(record(tmp_path / "stock.db", plan, ev,
                           [{"id": "k1", "kind": "flash_offer", "label": "K -20% (5 min)", "source": "cue",
                             "params": '{"product_id": "K"}', "action_id": "off-1", "live_ts": T0 + 600}]))
    (a,) = rep.actions
    assert (a.orders_before, a.orders_after, a.verdict) == (10, 25, "clear lift")
    assert (a.sold_out_sku, a.sold_out_at_s) == ("K", pytest.approx(660.0))
    texts = " ".join(f"{lesson.title} {lesson.text}" for lesson in rep.lessons)
    assert "Repeat “K -20% (5 min)”" not in texts and "Run it again" not in texts
    sold = next(lesson for lesson in rep.lessons if lesson.rule == "sold_out")
    assert "sold out at 11:00, 01:00 into “K -20% (5 min)”" in sold.text
    assert "Do not repeat “K -20% (5 min)” as it was" in sold.text and "at most 1 min" in sold.text
    assert "K sold out 01:00 into it, at 11:00" in render_html(rep, {})


# ------------------------------------------------------------------------------------------ click averages


def test_click_averages_leave_out_kit_items(tmp_path: Path) -> None:
    # S: 1,000 impressions, 100 clicks, 5 orders. T: 1,000, 100, 20. APR: 1,000 impressions, 10 clicks and 40 orders,
    # all through the kit of APR and B (never shown) launched at 01:00 (a kit order needs no click; orders / clicks
    # caps at 100%).
    # Clicks to orders over S and T: 25 / 200 = 12.5% (with the apron it read 65 / 210 = 31.0%); orders per view
    # 25 / 2,000 = 1.25%. S orders 0.50% of its views: the weak product, clicked (CTR 10% = the average) not bought.
    kits = '\n[[kits]]\nid = "kit-a"\nname = "Apron kit"\nitems = ["APR", "B"]\nprice = 30.0\n'
    plan = plan_toml(10, [("S", 69.0, 1000), ("T", 10.0, 1000), ("APR", 35.0, 1000), ("B", 5.0, 1000)], kits)
    ev = viewers(10, lambda _m: 500)
    ev += seen(0, "S", 1000, 100) + seen(0, "T", 1000, 100) + seen(0, "APR", 1000, 10)
    ev += orders(2, 5, "S", 69.0) + orders(3, 10, "T", 10.0) + orders(4, 10, "T", 10.0)
    ev += orders(5, 10, "APR", 35.0, kit="kit-a") + orders(6, 10, "APR", 35.0, kit="kit-a")
    ev += orders(7, 10, "APR", 35.0, kit="kit-a") + orders(8, 10, "APR", 35.0, kit="kit-a")
    ev += [{"type": "kit_launched", "ts": T0 + 60, "action_id": "kit-1", "kit_id": "kit-a", "price": 30.0,
            "items": ["APR", "B"]}, end(10)]
    rep = report_of(record(tmp_path / "kits.db", plan, ev,
                           [{"id": "k1", "kind": "kit", "label": "Apron kit", "source": "hotkey",
                             "params": '{"kit_id": "kit-a"}', "action_id": "kit-1", "live_ts": T0 + 60}]))
    assert rep.actions[0].skus == ("APR", "B")
    weak = next(lesson for lesson in rep.lessons if lesson.rule == "weak_product")
    assert weak.subject == "S"
    assert "clicks to orders 5.0% (the average 12.5%" in weak.text
    assert "31.0%" not in weak.text
    assert "0.50% of views ordered vs 1.25%" in weak.evidence[1]


# ------------------------------------------------------------------------------------------ lulls


def test_find_lull_on_a_hand_made_series() -> None:
    # 1,000 viewers; 10 orders a minute in minutes 0-14, then 1 a minute to minute 39; minute 40 is cut short.
    # Live: 175 orders / 40,000 viewer-minutes. A 5-minute window is low below 0.6 x 175 / 40,000 x 5,000 = 13.1
    # orders: windows from minute 15 on (5 orders); minute 14's window holds 10 + 4 = 14. Windows 15..35: 15:00-40:00.
    o = np.array([10.0] * 15 + [1.0] * 25 + [0.0])
    v = np.full(41, 1000.0)
    assert find_lull(o, v) == (15, 40, pytest.approx(25 / 25_000), pytest.approx(175 / 40_000))
    assert find_lull(np.full(41, 5.0), v) is None  # steady sales: no lull


def test_a_long_lull_gets_a_lesson_with_its_cause(tmp_path: Path) -> None:
    # The series above as a live: K (stock 150) sells 10 a minute and is gone at 14:46 (the 150th order, minute 14);
    # P sells one a minute after that. No action in the lull but a press at 25:00 that failed; the plan's cue at 20:00
    # was never fired.
    extra = ('\n[[presets]]\nid = "flash-p"\nproduct = "P"\ndiscount_pct = 10\nduration_s = 300\n'
             '\n[[cues]]\nat = "20:00"\naction = "flash_offer"\ntarget = "flash-p"\n')
    plan = plan_toml(40, [("K", 30.0, 150), ("P", 20.0, 10_000)], extra)
    ev = viewers(40, lambda _m: 1000)
    for m in range(40):
        ev += orders(m, 10, "K", 30.0) if m < 15 else orders(m, 1, "P", 20.0)
    ev.append(end(40))
    failed = {"id": "k-f", "kind": "flash_offer", "label": "P -10%", "source": "hotkey", "status": "failed",
              "error": "the server refused (409)", "live_ts": T0 + 1500}  # 25:00, never on the stream
    rep = report_of(record(tmp_path / "lull.db", plan, ev, [failed]))
    lull = next(lesson for lesson in rep.lessons if lesson.rule == "lull")
    assert lull.title == "Fill the 25-minute lull from 15:00"
    assert "From 15:00 to 40:00 (25 minutes) orders ran at about 1 a minute" in lull.text
    assert "1.0 per 1,000 viewers against 4.4 for the whole live" in lull.text
    assert "1 product had sold out by then (K 14:46), the ones that took 86% of the live's orders" in lull.text
    assert "no action reached the stream in those 25 minutes" in lull.text
    assert "“P -10%” at 25:00 failed (the server refused (409))" in lull.text
    assert "the plan's cues 20:00 flash-p were not fired" in lull.text
    assert not any(lesson.rule == "sag" for lesson in rep.lessons)  # the same stretch, told once


# ------------------------------------------------------------------------------------------ notes and marks


class _Rows(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, _attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def test_notes_marks_and_review_notes_reach_the_report(tmp_path: Path) -> None:
    # 800 viewers; 3 orders a minute; a mark (Ctrl+M) at 04:10 and a typed note at 06:00 during the live, and a
    # review note typed in replay at 02:30: all three in the report, in live-time order, with their moment.
    plan = plan_toml(8, [("A", 10.0, 10_000)])
    ev = viewers(8, lambda _m: 800)
    for m in range(8):
        ev += orders(m, 3, "A", 10.0)
    ev.append(end(8))
    path = record(tmp_path / "notes.db", plan, ev)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO notes (live_ts, wall_ts, text, author, source) VALUES (?, 1, 'marked', 'ops', "
                     "'hotkey')", (T0 + 250,))
        conn.execute("INSERT INTO notes (live_ts, wall_ts, text, author, source) VALUES (?, 2, 'host lost the "
                     "thread', 'ops', 'button')", (T0 + 360,))
    conn.close()
    ReviewNotes(path).add(T0 + 150, "price drop worked here", "producer")
    rep = report_of(path)
    assert [(n.live_ts, n.source, n.is_mark) for n in rep.notes] == [
        (150.0, "review", False), (250.0, "hotkey", True), (360.0, "button", False)]
    assert rep.notes[1].context == "800 viewers · 3 orders that minute"
    parsed = _Rows()
    parsed.feed(render_html(rep, {}))
    notes = [r for r in parsed.rows if r and r[0] in ("02:30", "04:10", "06:00")]
    assert notes == [
        ["02:30", "review note (replay)", "price drop worked here", "800 viewers · 3 orders that minute",
         "producer"],
        ["04:10", "marked moment", "Moment marked (Ctrl+M)", "800 viewers · 3 orders that minute", "ops"],
        ["06:00", "note during the live", "host lost the thread", "800 viewers · 3 orders that minute", "ops"]]
    header, rows = tables(rep)["notes"]
    assert header[:4] == ("at_s", "source", "mark", "text") and rows[0][3] == "price drop worked here"


def _impact(number: int, label: str, at_s: float, verdict: str = "no clear change") -> ActionImpact:
    return ActionImpact(number, f"act-{number}", "flash_offer", label, at_s, "hotkey", "acked", 300.0, 300.0, 10, 5,
                        2.0, 1.0, -0.5, 0.15, verdict, None, None, None, None, (), "")  # type: ignore[arg-type]


def test_an_action_running_through_anothers_before_window_is_named_beside_it() -> None:
    """Operator QA: an offer at 01:18 (its window to 06:18) ran through a kit's before window (01:35-06:35) and
    was not listed, so the report blamed the kit for the offer's end. Windows that meet are overlaps."""
    offer, kit, late = _impact(1, "Chef's knife -20%", 78.0), _impact(2, "Knife care kit", 395.0), \
        _impact(3, "Q&A", 1500.0)
    both = [offer, kit, late]
    assert _with_overlaps(kit, both).overlaps == ("#1 Chef's knife -20%",)  # 78 + 300 > 395 - 300
    assert _with_overlaps(offer, both).overlaps == ()  # the kit came after the offer's own windows
    assert _with_overlaps(late, both).overlaps == ()  # 395 + 300 < 1500 - 300


def test_a_likely_drop_is_not_a_reason_to_drop_an_action() -> None:
    kit = replace(_impact(2, "Knife care kit", 395.0, "likely drop"), opkv_before=3.0, opkv_after=2.0,
                  viewer_lift=-1 / 3, overlaps=("#1 Chef's knife -20%",))
    ctx = LessonContext.__new__(LessonContext)  # only what the action rules read
    ctx.actions, ctx.aov, ctx.currency = (kit,), 50.0, "EUR"
    lesson = action_lesson(ctx)
    assert lesson is not None and lesson.rule == "worst_action"
    assert "drop it." not in lesson.text and "Not proven" in lesson.text
    assert "Part of the fall may belong to #1 Chef's knife -20%" in lesson.text
