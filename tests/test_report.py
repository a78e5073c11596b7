"""Post-live report: numbers checked against a small session worked out by hand, files, errors, comparison."""

from __future__ import annotations

import csv
import json
import math
import shutil
import sqlite3
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from console.cli import main
from console.kpi.engine import KpiEngine
from console.live.ingest import Ingest
from console.plan.model import parse_plan
from console.report import stats
from console.report.analysis import analyse, compare, load_session
from console.report.model import EFFECT_WINDOW_S, Report
from console.report.writer import write_report
from console.session.file import SessionFileError
from console.session.reader import BATCH  # the report reads its events through the session's one reader
from console.session.recorder import SessionRecorder

ROOT = Path(__file__).resolve().parent.parent
T0 = 1000.0
PLAN = """
[live]
id = "test-live"
title = "Test Live"
duration_min = 10

[goals]
gmv = 400.0
orders = 20
conversion = 0.5
roas = 2.0
max_cart_abandonment = 0.5

[[products]]
sku = "KNIFE"
name = "Knife"
price = 50.0
unit_cost = 20.0
stock = 100

[[products]]
sku = "PAN"
name = "Pan"
price = 80.0
unit_cost = 30.0
stock = 2

[[products]]
sku = "TOWEL"
name = "Towel"
price = 10.0
unit_cost = 4.0
stock = 100
"""

# (ts, order, customer, channel, new_customer, sku, quantity, unit price). The towel offer starts at T0 + 300:
# two orders before it (o1, o2), ten after it (o3..o12). PAN's second unit (o8) uses up its planned stock of 2.
ORDERS = [
    (1100, "o1", "c1", "organic", True, "KNIFE", 1, 50.0),
    (1200, "o2", "c2", "paid", True, "PAN", 1, 80.0),
    (1310, "o3", "c3", "organic", True, "TOWEL", 2, 8.0),
    (1320, "o4", "c4", "organic", False, "TOWEL", 1, 8.0),
    (1330, "o5", "c5", "paid", True, "TOWEL", 1, 8.0),
    (1340, "o6", "c6", "direct", True, "TOWEL", 1, 8.0),
    (1350, "o7", "c1", "organic", False, "KNIFE", 1, 50.0),  # c1's first order was new: c1 stays new
    (1360, "o8", "c7", "organic", False, "PAN", 1, 80.0),
    (1400, "o9", "c8", "paid", True, "TOWEL", 1, 8.0),
    (1450, "o10", "c9", "organic", True, "TOWEL", 1, 8.0),
    (1500, "o11", "c10", "organic", True, "KNIFE", 1, 50.0),
    (1550, "o12", "c3", "organic", False, "TOWEL", 1, 8.0),
]


def _events(towel_impressions: int, orders: bool, offer: bool) -> list[dict[str, Any]]:
    ev: list[dict[str, Any]] = [{"type": "live_started", "ts": T0, "live_id": "test-live", "title": "Test Live"}]
    channels = ["organic"] * 10 + ["paid"] * 6 + ["direct"] * 4  # 20 viewers: 10 organic, 6 paid, 4 direct
    for i, ch in enumerate(channels):
        ev.append({"type": "viewer_joined", "ts": T0 + 1 + i * 0.5, "viewer_id": f"v{i}", "channel": ch})
    ev.append({"type": "viewer_count", "ts": T0 + 15, "viewers": 20, "total_viewers": 20,
               "by_channel": {"organic": 10, "paid": 6, "direct": 4}})
    for sku, n in (("KNIFE", 700), ("PAN", 20), ("TOWEL", towel_impressions)):
        ev += [{"type": "product_impression", "ts": T0 + 20 + i * 500 / n, "product_id": sku, "viewer_id": "v1",
                "channel": "organic"} for i in range(n)]
    for sku, n in (("KNIFE", 10), ("PAN", 4), ("TOWEL", 10)):
        ev += [{"type": "product_click", "ts": T0 + 30 + i, "product_id": sku, "viewer_id": "v2",
                "channel": "organic"} for i in range(n)]
    for i in range(4):  # four knife carts, two abandoned: abandonment 2 / 4 = 0.5
        ev.append({"type": "cart_added", "ts": T0 + 60 + i, "cart_id": f"k{i}", "product_id": "KNIFE",
                   "viewer_id": "v3", "channel": "organic", "unit_price": 50.0})
    for i in range(2):
        ev.append({"type": "cart_abandoned", "ts": T0 + 200 + i, "cart_id": f"k{i}", "product_id": "KNIFE",
                   "viewer_id": "v3", "channel": "organic", "value": 50.0})
    ev += [{"type": "chat_message", "ts": T0 + 40 + i, "viewer_id": f"v{i}", "text": "hello"} for i in range(5)]
    ev.append({"type": "viewer_left", "ts": T0 + 500, "viewer_id": "v0", "channel": "organic", "dwell_s": 499.0})
    if orders:
        ev.append({"type": "ad_spend", "ts": T0 + 100, "amount": 48.0, "channel": "paid"})
        for ts, oid, cust, ch, new, sku, qty, price in ORDERS:
            ev.append({"type": "order_placed", "ts": float(ts), "order_id": oid, "customer_id": cust, "channel": ch,
                       "new_customer": new, "items": [{"product_id": sku, "quantity": qty, "unit_price": price}],
                       "amount": qty * price})
    if offer:
        ev.append({"type": "offer_started", "ts": T0 + 300, "action_id": "act-1", "product_id": "TOWEL",
                   "discount_pct": 20.0, "price": 8.0, "duration_s": 120.0, "ends_at": T0 + 420})
        ev.append({"type": "offer_ended", "ts": T0 + 420, "action_id": "act-1", "product_id": "TOWEL"})
    ev.append({"type": "live_ended", "ts": T0 + 600, "live_id": "test-live"})
    ev.sort(key=lambda e: e["ts"])
    for seq, e in enumerate(ev, 1):
        e["seq"] = seq
    return ev


def build_session(path: Path, towel_impressions: int = 60, orders: bool = True, actions: bool = True) -> Path:
    """Record a small fixed live through the console's own path: ingest -> recorder sink -> session file."""
    plan = parse_plan(PLAN)
    recorder = SessionRecorder(path)
    recorder.write_session({"live_id": "test-live", "title": "Test Live", "console_version": "test",
                            "started_at": 1.0, "plan_toml": PLAN}).result(5)
    ingest = Ingest(KpiEngine(plan), sinks=[recorder.record])
    events = _events(towel_impressions, orders, actions)
    for i in range(0, len(events), 300):
        ingest.frame(json.dumps(events[i:i + 300]), wall_now=time.time())
    if actions:
        recorder.write_intent({"id": "k-offer", "kind": "flash_offer", "label": "Towel -20% (2 min)",
                               "params": '{"product_id": "TOWEL"}', "source": "button", "operator": "ops",
                               "clicked_at": 2.0, "status": "pending", "live_ts": T0 + 299.5}).result(5)
        recorder.update_action("k-offer", {"status": "acked", "action_id": "act-1", "attempts": 1}).result(5)
        recorder.write_intent({"id": "k-kit", "kind": "kit", "label": "Kit kit-x", "params": "{}",
                               "source": "hotkey", "operator": "ops", "clicked_at": 3.0, "status": "failed",
                               "error": "the server refused the kit (409)", "live_ts": T0 + 450}).result(5)
    recorder.close()
    return path


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_session(tmp_path_factory.mktemp("s") / "live.db")


@pytest.fixture(scope="module")
def report(session: Path) -> Report:
    return analyse(load_session(session))


# ------------------------------------------------------------------------------------------ the numbers


def test_headline_numbers_match_the_hand_computation(report: Report) -> None:
    m = {x.key: x.value for x in report.headline}
    # GMV: 50 + 80 + 16 + 8 + 8 + 8 + 50 + 80 + 8 + 8 + 50 + 8 = 374
    assert m["gmv"] == pytest.approx(374.0)
    assert m["orders"] == 12
    assert m["units"] == 13  # knife 3 + pan 2 + towel 8
    assert m["buyers"] == 10  # c1..c10, c1 and c3 twice
    assert m["conversion"] == pytest.approx(0.5)  # 10 buyers / 20 entered
    assert m["roas"] == pytest.approx(2.0)  # paid revenue 80 + 8 + 8 = 96 / spend 48
    assert m["cart_abandonment"] == pytest.approx(0.5)  # 2 abandoned / 4 carts
    assert m["new_buyers"] == 8 and m["returning_buyers"] == 2  # c4 and c7 came back
    assert m["new_revenue"] == pytest.approx(286.0)  # c1 100 + c2 80 + c3 24 + c5, c6, c8, c9 8 each + c10 50
    assert m["returning_revenue"] == pytest.approx(88.0)  # c4 8 + c7 80
    # started/ended 2, joins 20, count 1, impressions 700 + 20 + 60, clicks 24, carts 4 + 2, chat 5, leave 1,
    # ad spend 1, orders 12, offer started/ended 2
    assert report.events == 854


def test_products_match_the_hand_computation(report: Report) -> None:
    p = {row.sku: row for row in report.products}
    assert [row.sku for row in report.products] == ["KNIFE", "PAN", "TOWEL"]  # plan order
    assert (p["KNIFE"].orders, p["KNIFE"].units, p["KNIFE"].revenue) == (3, 3, 150.0)
    assert p["KNIFE"].margin == pytest.approx(90.0)  # 150 - 3 * 20
    assert p["KNIFE"].conversion == pytest.approx(0.3)  # 3 orders / 10 clicks
    assert p["KNIFE"].many_views_few_orders  # 700 impressions, 3 / 700 = 0.43% of views ordered (< 0.5%)
    assert p["PAN"].revenue == 160.0 and p["PAN"].margin == pytest.approx(100.0)  # 160 - 2 * 30
    assert p["PAN"].sold_out_at_s == pytest.approx(360.0)  # o8 at T0 + 360 used up the planned 2
    assert "sold out at 06:00" in p["PAN"].flags
    assert p["PAN"].velocity == pytest.approx(2 / 6)  # 2 units in the 6 minutes it was on sale
    assert (p["TOWEL"].orders, p["TOWEL"].units, p["TOWEL"].revenue) == (7, 8, 64.0)
    assert p["TOWEL"].margin == pytest.approx(32.0)  # 64 - 8 * 4
    assert p["TOWEL"].conversion == pytest.approx(0.7)  # 7 / 10


def test_channels_match_the_hand_computation(report: Report) -> None:
    c = {row.channel: row for row in report.channels}
    # organic: o1 o3 o4 o7 o8 o10 o11 o12 = 50+16+8+50+80+8+50+8; buyers c1 c3 c4 c7 c9 c10 of 10 entered
    assert (c["organic"].orders, c["organic"].revenue, c["organic"].conversion) == (8, 270.0, 0.6)
    assert (c["paid"].orders, c["paid"].revenue, c["paid"].conversion) == (3, 96.0, 0.5)  # c2 c5 c8 of 6
    assert (c["direct"].orders, c["direct"].revenue, c["direct"].conversion) == (1, 8.0, 0.25)  # c6 of 4
    assert c["paid"].roas == pytest.approx(2.0) and c["organic"].roas is None


def test_goals_get_verdicts(report: Report) -> None:
    g = {row.name: row for row in report.goals}
    assert g["gmv"].verdict == "close"  # 374 of 400 = 93.5%: at least 85%
    assert g["gmv"].share == pytest.approx(0.935)
    assert g["orders"].verdict == "missed"  # 12 of 20 = 60%
    assert g["conversion"].verdict == "met" and g["roas"].verdict == "met"
    assert g["max_cart_abandonment"].verdict == "met"  # 0.5 <= the 0.5 ceiling


def test_action_impact_and_confidence(report: Report) -> None:
    offer, kit = report.actions
    assert (offer.number, offer.label, offer.at_s, offer.source) == (1, "Towel -20% (2 min)", 300.0, "button")
    assert (offer.before_s, offer.after_s) == (300.0, 300.0)
    assert (offer.orders_before, offer.orders_after) == (2, 10)
    assert offer.opm_before == pytest.approx(0.4)  # 2 orders * 60 / 300 s
    assert offer.opm_after == pytest.approx(2.0)  # 10 * 60 / 300
    assert offer.lift == pytest.approx(4.0)  # 2.0 / 0.4 - 1
    # 12 orders, equal windows: P(X >= 10 | n=12, q=1/2) = (66 + 12 + 1) / 4096, doubled
    assert offer.p_value == pytest.approx(2 * 79 / 4096)
    assert offer.verdict == "clear lift"
    assert offer.upm_after == pytest.approx(1.6)  # 8 towels * 60 / 300
    assert kit.verdict == "not on the stream" and kit.status == "failed" and "409" in kit.error


def test_the_effect_window_is_the_live_consoles() -> None:
    from console.services.pipeline import EFFECT_WINDOW_S as LIVE

    assert EFFECT_WINDOW_S == LIVE


def test_two_rate_test_and_its_words() -> None:
    assert stats.two_rate_p(5, 300, 5, 300) == pytest.approx(1.0)
    assert stats.verdict(1, 300, 3, 300)[0] == "too few orders to tell"  # 4 orders: below 8
    assert stats.verdict(0, 0, 9, 300)[0] == "no before window"
    assert stats.verdict(10, 300, 10, 300)[0] == "no clear change"
    assert stats.verdict(20, 300, 5, 300)[0] == "clear drop"  # P(X <= 5 | 25, 1/2) * 2 = 0.004
    assert stats.verdict(7, 300, 15, 300)[0] == "likely lift"  # p = 0.134
    big = stats.two_rate_p(4000, 3000, 4300, 3000)  # thousands of orders stay in float range
    assert big is not None and 0 < big < 0.05 and math.isfinite(big)


# ------------------------------------------------------------------------------------------ lessons


def test_lessons_cite_their_numbers(report: Report) -> None:
    by_rule = {lesson.rule: lesson for lesson in report.lessons}
    assert set(by_rule) == {"weak_product", "best_action", "sold_out"}
    assert by_rule["weak_product"].subject == "KNIFE"  # 3 orders in 700 views, the most-viewed on sale
    assert "700" in by_rule["weak_product"].text
    assert "Towel -20% (2 min)" in by_rule["best_action"].text and "+400%" in by_rule["best_action"].text
    assert by_rule["sold_out"].subject == "PAN" and "06:00" in by_rule["sold_out"].text


def test_a_different_worst_product_changes_the_lesson(tmp_path: Path) -> None:
    # 2,000 towel impressions for the same 7 orders: 0.35% of views ordered, now the weakest well-viewed one
    other = analyse(load_session(build_session(tmp_path / "towel.db", towel_impressions=2000)))
    weak = next(lesson for lesson in other.lessons if lesson.rule == "weak_product")
    assert weak.subject == "TOWEL" and "Towel" in weak.title and "2,000" in weak.text


# ------------------------------------------------------------------------------------------ files


class _Tables(HTMLParser):
    """Every <table> as rows of cell texts; <th> cells are kept apart as the header."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict[str, list[Any]]] = []
        self._cell: list[str] | None = None
        self.images = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append({"head": [], "rows": []})
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append([])
        elif tag in ("th", "td"):
            self._cell = []
        elif tag == "img" and (dict(attrs).get("src") or "").startswith("data:image/png;base64,"):
            self.images += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td") and self._cell is not None:
            text = " ".join("".join(self._cell).split())
            (self.tables[-1]["head"] if tag == "th" else self.tables[-1]["rows"][-1]).append(text)
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data + " ")


def _parse(html_text: str) -> _Tables:
    parser = _Tables()
    parser.feed(html_text)
    return parser


def _table(parsed: _Tables, first_header: str) -> dict[str, list[Any]]:
    return next(t for t in parsed.tables if t["head"] and t["head"][0] == first_header)


@pytest.mark.usefixtures("qapp")  # renders PNGs: Qt, offscreen (tests/conftest.py)
def test_write_report_html_charts_and_csv(session: Path, tmp_path: Path) -> None:
    written = write_report(session, tmp_path / "out")
    names = {p.relative_to(tmp_path / "out").as_posix() for p in written}
    assert {"report.html", "tables/products.csv", "tables/channels.csv", "tables/actions.csv", "tables/minutes.csv",
            "tables/goals.csv", "charts/viewers.png", "charts/orders.png", "charts/quadrant.png"} <= names
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in written if p.suffix == ".png")
    parsed = _parse((tmp_path / "out" / "report.html").read_text())
    assert parsed.images >= 7
    products = _table(parsed, "Product")
    assert products["head"][:4] == ["Product", "Price", "Impressions", "Clicks"]
    knife = next(r for r in products["rows"] if r and r[0].startswith("Knife"))
    assert knife[2] == "700" and "many views, few orders" in knife[-1]
    channels = _table(parsed, "Channel")
    assert channels["head"][-1] == "ROAS"
    assert ["paid", "6", "3", "3", "50.0%", "€96", "26%", "€48", "2.0×"] in channels["rows"]
    with (tmp_path / "out" / "tables" / "products.csv").open() as f:
        rows = list(csv.reader(f))
    assert rows[0][:5] == ["sku", "name", "in_plan", "price", "impressions"]
    knife_csv = dict(zip(rows[0], rows[1], strict=True))
    assert (knife_csv["sku"], knife_csv["revenue"], knife_csv["margin"], knife_csv["orders"]) == (
        "KNIFE", "150.0", "90.0", "3")
    with (tmp_path / "out" / "tables" / "minutes.csv").open() as f:
        minutes = list(csv.DictReader(f))
    assert len(minutes) == 11  # minutes 0..10: the live ended at T0 + 600, the start of minute 10
    assert minutes[5]["orders"] == "5.0" and minutes[5]["actions"] == "#1 Towel -20% (2 min)"  # o3..o7


@pytest.mark.usefixtures("qapp")
def test_a_live_without_orders_or_actions_says_so(tmp_path: Path) -> None:
    path = build_session(tmp_path / "quiet.db", orders=False, actions=False)
    rep = analyse(load_session(path))
    assert "no orders were recorded" in rep.empty and "no actions were taken" in rep.empty
    assert rep.actions == () and all(g.verdict in ("missed", "no data", "met") for g in rep.goals)
    assert [lesson.rule for lesson in rep.lessons] == ["no_orders"]
    write_report(path, tmp_path / "out")
    text = (tmp_path / "out" / "report.html").read_text()
    assert "no orders were recorded" in text and "No actions were taken" in text


# ------------------------------------------------------------------------------------------ bad files


def _corrupt(tmp: Path, _good: Path) -> Path:
    bad = tmp / "random.db"
    bad.write_bytes(bytes(range(256)) * 16)
    return bad


def _truncated(tmp: Path, good: Path) -> Path:
    bad = tmp / "truncated.db"
    bad.write_bytes(good.read_bytes()[:1000])
    return bad


def _newer(tmp: Path, good: Path) -> Path:
    bad = tmp / "newer.db"
    shutil.copy(good, bad)
    conn = sqlite3.connect(bad)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    return bad


@pytest.mark.parametrize("make", [_corrupt, _truncated, _newer], ids=["random bytes", "truncated", "newer schema"])
def test_a_bad_file_gives_one_clear_line(make: Any, session: Path, tmp_path: Path) -> None:
    bad = make(tmp_path, session)
    with pytest.raises(SessionFileError, match=str(bad)):
        load_session(bad)
    done = subprocess.run([sys.executable, "-m", "console", "report", str(bad), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=60, cwd=ROOT, check=False)
    assert done.returncode == 2
    assert str(bad) in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "nope.db"), "--out", str(tmp_path / "out")]) == 2
    assert "nope.db: no such session file" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------ comparison


@pytest.mark.usefixtures("qapp")
def test_compare_two_lives(session: Path, report: Report, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other_path = build_session(tmp_path / "towel.db", towel_impressions=2000)
    other = analyse(load_session(other_path))
    c = compare(report, other)
    towel = next(r for r in c.products if r.key == "TOWEL")
    impressions = next(d for d in towel.cells if d.key == "impressions")
    assert (impressions.a, impressions.b, impressions.delta, impressions.direction) == (60, 2000, 1940, "better")
    gmv = next(d for d in c.headline if d.key == "gmv")
    assert gmv.direction == "same" and gmv.delta == 0
    assert main(["report", str(other_path), "--out", str(tmp_path / "cmp"), "--compare", str(session)]) == 0
    printed = capsys.readouterr().out.split()
    assert str(tmp_path / "cmp" / "report.html") in printed and str(tmp_path / "cmp" / "tables/comparison.csv") \
        in printed
    parsed = _parse((tmp_path / "cmp" / "report.html").read_text())
    numbers = _table(parsed, "Metric")
    assert numbers["head"] == ["Metric", "Reference: Test Live (live.db)", "This live: Test Live (towel.db)",
                               "Difference"]
    text = (tmp_path / "cmp" / "report.html").read_text()
    assert '<span class="delta better" title="better">+1,940 (+3,233%)</span>' in text


# ------------------------------------------------------------------------------------------ layering


def test_report_logic_imports_no_qt() -> None:
    from tests.test_architecture import QT, _hits

    pure = ["analysis", "model", "stats", "compare", "html", "html_parts", "html_compare", "writer",
            *sorted(f"lessons/{p.stem}" for p in (ROOT / "console" / "report" / "lessons").glob("*.py"))]
    for name in pure:
        assert _hits(ROOT / "console" / "report" / f"{name}.py", QT) == [], name


def test_the_dark_palette_is_the_consoles() -> None:
    from console.report.html_parts import DARK
    from console.widgets import theme

    assert (DARK["bg"], DARK["fg"], DARK["surface"], DARK["border"]) == (theme.BG, theme.TEXT, theme.SURFACE,
                                                                         theme.BORDER)
    assert (DARK["good"], DARK["warn"], DARK["bad"], DARK["accent"]) == (theme.GREEN, theme.AMBER, theme.RED,
                                                                         theme.ACCENT)


def test_events_are_decoded_in_batches(report: Report) -> None:
    assert BATCH * 1000 < 4 * 1024 * 1024  # a batch of 1 kB events fits one frame's limit
    assert report.undecodable == 0
