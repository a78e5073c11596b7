"""The report's Advice section: every advice the live advisor raised, what became of it and what followed, against a
small live worked out by hand and recorded through the console's own path (ingest -> recorder -> session file), with
its advice written as the Advice desk writes them (SessionRecorder.write_advice(AdviceRecord.row())). A file from
before the advisor, or with an advice row that does not read, gets the section's words, never an error."""

from __future__ import annotations

import csv
import json
import sqlite3
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from console.advisor.model import Advice, AdviceRecord, Evidence, Remedy
from console.kpi.engine import KpiEngine
from console.live.ingest import Ingest
from console.plan.model import parse_plan
from console.report.analysis import analyse, load_session
from console.report.html import render_html
from console.report.model import Report
from console.report.writer import tables, write_report
from console.session.recorder import SessionRecorder

T0 = 1000.0
PLAN = """
[live]
id = "adv-live"
title = "Advice Live"
duration_min = 20

[[products]]
sku = "KNIFE"
name = "Knife"
price = 50.0
unit_cost = 20.0
stock = 1000

[[products]]
sku = "PAN"
name = "Pan"
price = 80.0
unit_cost = 30.0
stock = 1000

[[segments]]
id = "demo"
title = "Knife demo"
products = ["KNIFE"]
demo = true

[[presets]]
id = "p-knife"
product = "KNIFE"
discount_pct = 20
duration_s = 120
"""

# Orders (seconds from T0, one knife each). The offer starts at +320: its before window is [20, 320) (the order at
# +10 falls before it), its after window [320, 620). A2 is raised at +700: before [400, 700), after [700, 1000).
# A3 at +1000: before [700, 1000), after [1000, 1201) (the live ends at +1200: cut to 201 s). A4 at +1150: before
# [850, 1150), after [1150, 1201) (51 s; the order at +1150 is in its own second, so "after").
BEFORE_OFFER = [10, 50, 100, 150, 200]
AFTER_OFFER = [330 + 20 * i for i in range(12)]  # 330, 350, ... 550
LATER = [640, 680, 750, 850, 950, 1150]


def _events() -> list[dict[str, Any]]:
    ev: list[dict[str, Any]] = [
        {"type": "live_started", "ts": T0, "live_id": "adv-live", "title": "Advice Live"},
        {"type": "viewer_count", "ts": T0 + 1, "viewers": 100, "total_viewers": 100},  # 100 all live long
        {"type": "offer_started", "ts": T0 + 320, "action_id": "act-1", "product_id": "KNIFE", "discount_pct": 20.0,
         "price": 40.0, "duration_s": 120.0, "ends_at": T0 + 440},
        {"type": "offer_ended", "ts": T0 + 440, "action_id": "act-1", "product_id": "KNIFE"},
        {"type": "live_ended", "ts": T0 + 1200, "live_id": "adv-live"},
    ]
    for i, s in enumerate(BEFORE_OFFER + AFTER_OFFER + LATER):
        ev.append({"type": "order_placed", "ts": T0 + s, "order_id": f"o{i}", "customer_id": f"c{i}",
                   "channel": "organic", "new_customer": True, "amount": 50.0,
                   "items": [{"product_id": "KNIFE", "quantity": 1, "unit_price": 50.0}]})
    ev.sort(key=lambda e: e["ts"])
    for seq, e in enumerate(ev, 1):
        e["seq"] = seq
    return ev


def _advice(n: int, kind: Any, at: float, subject: str | None, text: str, remedy: Remedy) -> Advice:
    return Advice(id=f"adv-{n}", kind=kind, raised_ts=T0 + at, subject=subject, text=text,
                  evidence=Evidence(since_ts=T0 + at - 40, numbers={"baseline": 2.0, "now": 0.8}), remedy=remedy)


OFFER = Remedy(action="flash_offer", target="p-knife", label="Flash offer: Knife -20% (2 min)",
               fits="a surprise flash offer on the featured product")
ADVICE = [
    AdviceRecord(advice=_advice(1, "conversion_sag", 300, None, "Conversion is sagging since 04:20.", OFFER),
                 status="taken", status_ts=T0 + 310, action_key="k-offer", action_id="act-1"),
    AdviceRecord(advice=_advice(2, "audience_drop", 700, "paid", "Arrivals from paid fell from 40 to 12 a minute.",
                                Remedy(action=None, label="the plan has no fitting remedy; a check of the paid "
                                       "campaign would fit", fits="a check of the paid campaign")),
                 status="dismissed", status_ts=T0 + 720),
    AdviceRecord(advice=_advice(3, "views_no_orders", 1000, "PAN", "Pan is seen a lot and not ordered.", OFFER),
                 status="expired", status_ts=T0 + 1100, reason="cleared"),
    AdviceRecord(advice=_advice(4, "dwell_lift", 1150, "demo", "Viewers stay longer during Knife demo.",
                                Remedy(action=None, label="the plan has no fitting remedy; more time on "
                                       "demonstrations would fit", fits="more time on demonstrations"))),
]


def build(path: Path, advice: list[AdviceRecord] = ADVICE, failed_kit: bool = False) -> Path:
    recorder = SessionRecorder(path)
    recorder.write_session({"live_id": "adv-live", "title": "Advice Live", "console_version": "test",
                            "started_at": 1.0, "plan_toml": PLAN}).result(5)
    ingest = Ingest(KpiEngine(parse_plan(PLAN)), sinks=[recorder.record])
    ingest.frame(json.dumps(_events()), wall_now=time.time())
    recorder.write_intent({"id": "k-offer", "kind": "flash_offer", "label": "Knife -20% (2 min)",
                           "params": '{"product_id": "KNIFE"}', "source": "advice", "operator": "ops",
                           "clicked_at": 2.0, "status": "pending", "live_ts": T0 + 310}).result(5)
    recorder.update_action("k-offer", {"status": "acked", "action_id": "act-1", "attempts": 1}).result(5)
    if failed_kit:  # pressed from an advice, refused by the server: never on the stream
        recorder.write_intent({"id": "k-kit", "kind": "kit", "label": "Kit Knife care", "params": "{}",
                               "source": "advice", "operator": "ops", "clicked_at": 3.0, "status": "failed",
                               "error": "the server refused the kit (409)", "live_ts": T0 + 705}).result(5)
    for rec in advice:
        recorder.write_advice(rec.row()).result(5)
    recorder.close()
    return path


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("adv") / "live.db")


@pytest.fixture(scope="module")
def report(session: Path) -> Report:
    return analyse(load_session(session))


class _Tables(HTMLParser):
    """Every <table> as rows of cell texts, the header apart."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict[str, list[Any]]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, _attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append({"head": [], "rows": []})
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append([])
        elif tag in ("th", "td"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td") and self._cell is not None:
            text = " ".join("".join(self._cell).split())
            (self.tables[-1]["head"] if tag == "th" else self.tables[-1]["rows"][-1]).append(text)
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data + " ")


def _advice_table(page: str) -> dict[str, list[Any]]:
    parser = _Tables()
    parser.feed(page)
    return next(t for t in parser.tables if "What was seen" in t["head"])


def _section(page: str) -> str:
    start = page.index('<section id="advice">')
    return page[start:page.index("</section>", start)]


# ------------------------------------------------------------------------------------------ the numbers


def test_each_advice_reads_in_words_at_its_time(report: Report) -> None:
    a1, a2, a3, a4 = report.advice.rows
    assert [a.number for a in report.advice.rows] == [1, 2, 3, 4]
    assert (a1.at_s, a2.at_s, a3.at_s, a4.at_s) == (300.0, 700.0, 1000.0, 1150.0)
    assert (a1.kind_words, a2.kind_words, a3.kind_words, a4.kind_words) == (
        "Conversion sag", "Audience drop", "Views, no orders", "Dwell lift")
    # by the plan's name: none (the whole live), a channel, a product, a segment
    assert (a1.subject_name, a2.subject_name, a3.subject_name, a4.subject_name) == (
        "", "paid channel", "Pan", "Knife demo")
    assert a1.since_s == 260.0 and a2.text == "Arrivals from paid fell from 40 to 12 a minute."
    assert a1.remedy == "Flash offer: Knife -20% (2 min)"
    assert a2.remedy == "No fitting remedy in the plan; a check of the paid campaign would fit"
    assert a4.remedy == "No fitting remedy in the plan; more time on demonstrations would fit"
    assert [a.status for a in report.advice.rows] == ["taken", "dismissed", "expired", "raised"]
    assert (a1.status_at_s, a2.status_at_s, a3.status_at_s, a4.status_at_s) == (310.0, 720.0, 1100.0, None)
    assert a3.reason == "the numbers went back to normal"


def test_a_taken_advice_carries_its_actions_measured_effect(report: Report) -> None:
    a1 = report.advice.rows[0]
    (offer,) = report.actions  # measuring what followed the other advice adds no action
    assert len(report.snapshot.markers) == 1
    assert a1.action is offer and offer.number == 1 and offer.key == "k-offer"
    f = a1.followed
    assert f is not None and f.around == "action" and f.at_s == 320.0  # the offer started at +320
    assert (f.before_s, f.after_s) == (300.0, 300.0)
    assert (f.orders_before, f.orders_after) == (4, 12)  # +50..+200 (not +10: before +20); +330..+550
    assert f.opm_before == pytest.approx(0.8)  # 4 * 60 / 300
    assert f.opm_after == pytest.approx(2.4)  # 12 * 60 / 300
    assert f.lift == pytest.approx(2.0)
    assert f.viewer_lift == pytest.approx(2.0)  # 100 viewers throughout: the same lift per viewer
    # 16 orders in equal windows: P(X >= 12 | 16, 1/2) = (1820 + 560 + 120 + 16 + 1) / 65536, doubled
    assert f.p_value == pytest.approx(2 * 2517 / 65536)
    assert f.verdict == "likely lift"  # 0.077: below 0.20, not below 0.05


def test_what_followed_an_advice_nobody_took(report: Report) -> None:
    _, a2, a3, a4 = report.advice.rows
    assert a2.action is None and a3.action is None and a4.action is None
    f2 = a2.followed  # dismissed: [400, 700) holds +410..+550 (8) and +640, +680; [700, 1000): +750, +850, +950
    assert f2 is not None and f2.around == "advice" and f2.at_s == 700.0
    assert (f2.orders_before, f2.orders_after, f2.before_s, f2.after_s) == (10, 3, 300.0, 300.0)
    assert (f2.opm_before, f2.opm_after) == (pytest.approx(2.0), pytest.approx(0.6))
    assert f2.lift == pytest.approx(-0.7)
    # 13 orders: P(X <= 3 | 13, 1/2) = (1 + 13 + 78 + 286) / 8192, doubled
    assert f2.p_value == pytest.approx(2 * 378 / 8192) and f2.verdict == "likely drop"
    f3 = a3.followed  # expired: 3 before, +1150 after, in an after window cut at the live's end (201 s)
    assert f3 is not None and (f3.orders_before, f3.orders_after, f3.after_s) == (3, 1, 201.0)
    assert f3.opm_before == pytest.approx(0.6) and f3.opm_after == pytest.approx(60 / 201)
    assert f3.verdict == "too few orders to tell"  # 4 orders: below 8
    assert f3.viewer_lift == pytest.approx((1 / 20_100) / (3 / 30_000) - 1)  # per viewer-second: 100 viewers
    f4 = a4.followed  # still open: [850, 1150) holds +850, +950; the +1150 order is in its own second: after
    assert f4 is not None and (f4.orders_before, f4.orders_after, f4.before_s, f4.after_s) == (2, 1, 300.0, 51.0)
    assert f4.opm_after == pytest.approx(60 / 51)


def test_the_summary_counts_each_state_and_kind(report: Report) -> None:
    from console.report.html_advice import by_kind, summary

    assert report.advice.counts() == {"taken": 1, "dismissed": 1, "expired": 1, "raised": 1}
    assert report.advice.counts("audience_drop") == {"taken": 0, "dismissed": 1, "expired": 0, "raised": 0}
    assert summary(report.advice) == "Raised 4: taken 1, dismissed 1, expired 1, still open 1."
    assert by_kind(report.advice) == ["Conversion sag: 1 (taken 1)", "Audience drop: 1 (dismissed 1)",
                                      "Views, no orders: 1 (expired 1)", "Dwell lift: 1 (still open 1)"]


# ------------------------------------------------------------------------------------------ the page and the CSV


def test_the_section_on_the_page(report: Report) -> None:
    page = render_html(report, {})
    section = _section(page)
    assert "Raised 4: taken 1, dismissed 1, expired 1, still open 1." in section
    t = _advice_table(page)
    assert t["head"] == ["#", "At", "Advice", "What was seen", "Suggested remedy", "What became of it",
                         "What followed (5 min before → after)", "Verdict"]
    r1, r2, r3, r4 = t["rows"][1:]  # the first row is the header's
    assert r1[:3] == ["A1", "05:00", "Conversion sag the whole live"]
    assert r1[4] == "Flash offer: Knife -20% (2 min)"
    assert r1[5] == "taken at 05:10 with #1 Knife -20% (2 min)"
    assert r1[6] == "0.8 → 2.4 orders/min (+200%) 4 → 12 orders; around #1 at 05:20"
    assert r1[7] == "likely lift +200% per viewer"
    assert r2[:3] == ["A2", "11:40", "Audience drop paid channel"]
    assert r2[4] == "No fitting remedy in the plan; a check of the paid campaign would fit"
    assert r2[5] == "dismissed at 12:00"
    assert r2[6] == "2.0 → 0.6 orders/min (−70%) 10 → 3 orders; around the advice itself"
    assert r2[7].startswith("likely drop")
    assert r3[:3] == ["A3", "16:40", "Views, no orders Pan"]
    assert r3[5] == "expired at 18:20: the numbers went back to normal"
    assert r3[6].endswith("around the advice itself; only 03:21 after")  # cut at the live's end
    assert r4[:3] == ["A4", "19:10", "Dwell lift Knife demo"]
    assert r4[5] == "still open when the recording stopped"
    assert r4[6].endswith("only 00:51 after")


def test_advice_csv_rows(report: Report) -> None:
    header, rows = tables(report)["advice"]
    got = [dict(zip(header, row, strict=True)) for row in rows]
    assert [g["advice_id"] for g in got] == ["adv-1", "adv-2", "adv-3", "adv-4"]
    one = got[0]
    assert (one["at_s"], one["kind"], one["subject"], one["status"], one["status_at_s"]) == (
        300.0, "conversion_sag", None, "taken", 310.0)
    assert (one["action_key"], one["action_id"], one["action_number"], one["followed_around"]) == (
        "k-offer", "act-1", 1, "action")
    assert (one["orders_before"], one["orders_after"], one["verdict"]) == (4, 12, "likely lift")
    assert one["outcome"] == "taken at 05:10 with #1 Knife -20% (2 min)"
    two = got[1]
    assert (two["subject"], two["subject_name"], two["remedy_action"], two["status"]) == (
        "paid", "paid channel", None, "dismissed")
    assert two["orders_per_min_before"] == pytest.approx(2.0) and two["lift"] == pytest.approx(-0.7)
    assert got[2]["reason"] == "the numbers went back to normal" and got[2]["after_s"] == 201.0
    assert got[3]["status"] == "raised" and got[3]["status_at_s"] is None


@pytest.mark.usefixtures("qapp")  # write_report renders the charts: Qt, offscreen
def test_write_report_writes_advice_csv(session: Path, tmp_path: Path) -> None:
    written = write_report(session, tmp_path / "out")
    assert tmp_path / "out" / "tables" / "advice.csv" in written
    with (tmp_path / "out" / "tables" / "advice.csv").open() as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 4
    assert (rows[1]["at_s"], rows[1]["status"], rows[1]["orders_before"], rows[1]["orders_after"]) == (
        "700.0", "dismissed", "10", "3")
    assert rows[3]["status_at_s"] == "" and rows[0]["action_number"] == "1"
    assert "Advice from the live advisor" in (tmp_path / "out" / "report.html").read_text()
    assert "Raised 4: taken 1" in (tmp_path / "out" / "report-qt.html").read_text()


# ------------------------------------------------------------------------------------------ no advice


def test_a_file_from_before_the_advisor(tmp_path: Path) -> None:
    path = build(tmp_path / "old.db", advice=[])
    with sqlite3.connect(path) as conn:  # a schema-3 file: no advice table
        conn.executescript("DROP TABLE advice; PRAGMA user_version = 3;")
    old = analyse(load_session(path))
    assert old.advice.rows == () and old.advice.unreadable == 0
    assert len(old.actions) == 1  # the rest of the report as before
    section = _section(render_html(old, {}))
    assert "No advice was raised during this live" in section and "<table" not in section
    header, rows = tables(old)["advice"]
    assert header[0] == "number" and rows == []


def test_no_advice_raised(tmp_path: Path) -> None:
    report = analyse(load_session(build(tmp_path / "none.db", advice=[])))
    assert report.advice.rows == ()
    assert "No advice was raised during this live" in _section(render_html(report, {}))


def test_an_advice_row_that_does_not_read_is_left_out_and_said(tmp_path: Path) -> None:
    path = build(tmp_path / "bad.db", advice=ADVICE[:1])
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO advice (id, kind, raised_ts, text, evidence, remedy, status) "
                     "VALUES ('adv-x', 'dwell_lift', ?, 'hand-edited', 'not json', '{}', 'raised')", (T0 + 500,))
    report = analyse(load_session(path))
    assert [a.advice_id for a in report.advice.rows] == ["adv-1"] and report.advice.unreadable == 1
    assert "1 advice row(s) in the session file could not be read" in _section(render_html(report, {}))


def test_an_advice_taken_by_an_action_that_never_reached_the_stream(tmp_path: Path) -> None:
    taken = AdviceRecord(advice=ADVICE[1].advice, status="taken", status_ts=T0 + 705, action_key="k-kit")
    report = analyse(load_session(build(tmp_path / "failed.db", advice=[taken], failed_kit=True)))
    (row,) = report.advice.rows
    assert row.action is not None and row.action.number == 2 and row.action.verdict == "not on the stream"
    assert row.status == "taken"
    # what followed is measured around the advice itself, as if not taken: the same windows as the dismissed A2
    f = row.followed
    assert f is not None and f.around == "advice" and (f.orders_before, f.orders_after) == (10, 3)
    page = _section(render_html(report, {}))
    assert ("at 11:45 with #2 Kit Knife care, which never reached the stream (failed: the server refused the kit "
            "(409))") in page
    assert "around the advice itself: its action never reached the stream" in page
