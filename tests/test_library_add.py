"""Lives into the library (console/library/add.py, export.py, catalogue.py): real lives recorded from the simulator
(different seeds; one cut short), added, and every table's figures checked against plain SQL over the session
files' own `events` table, written here without the console's code; the catalogue row; the same file again
changes nothing; a moved file is reported by `check`; a damaged one is named and the others still added; the
advice and the actions' targets against a small live worked out by hand (tests/test_report_advice.py); the command
line; the report runner's add, and a finished live of the console entering the default library by itself."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from pytestqt.qtbot import QtBot

from console.cli import main
from console.kpi.snapshot import KpiSnapshot
from console.library.add import Added, add_sessions, check
from console.library.catalogue import Catalogue
from console.library.store import CATALOGUE, LOCK, TABLES, cache_path, connect, live_folder, locked, write_rows
from console.live.health import FeedHealth, FeedState
from console.plan.model import DEMO_PLAN, parse_plan
from console.services.live_session import open_live_session
from console.services.report_runner import ReportRunner
from tests.support import start_simulator
from tests.test_library_store import wait_until_blocked
from tests.test_report_advice import _events as advice_events
from tests.test_report_advice import build as build_advice_live

# The demo plan, six minutes long, tagged, with a run of show that fires by itself: the opening segment, a flash
# offer, another segment, a kit, and the first segment again (a second run of it).
PLAN_TEXT = (DEMO_PLAN.read_text().split("# Run of show")[0]
             .replace("duration_min = 90", "duration_min = 6")
             .replace('currency = "EUR"\n', 'currency = "EUR"\ntags = ["kitchen", "weekly"]\n', 1)) + """
[[cues]]
at = "01:00"
action = "segment"
target = "knife-demo"
auto = true

[[cues]]
at = "02:00"
action = "flash_offer"
target = "flash-chef20"
auto = true

[[cues]]
at = "03:00"
action = "segment"
target = "cast-iron"
auto = true

[[cues]]
at = "03:30"
action = "kit"
target = "kit-cast-iron"
auto = true

[[cues]]
at = "04:30"
action = "segment"
target = "knife-demo"
auto = true

[safety]
flash_offer = "none"
segment = "none"
kit = "none"
"""
PLAN = parse_plan(PLAN_TEXT)
PARTIAL_AT = 2_500  # events: the third live is closed before its end


@dataclass(frozen=True)
class Lives:
    library: Path
    files: list[Path]
    statuses: list[str]


def record(path: Path, plan_file: Path, seed: int, stop_after: int | None = None) -> Path:
    """A live of the simulator recorded by the console's own live session, to its end (or, with `stop_after`,
    closed once that many events are in)."""
    done = threading.Event()

    def watch(snap: KpiSnapshot | None, health: FeedHealth) -> None:
        if health.state == FeedState.ENDED or (stop_after and snap is not None and snap.events >= stop_after):
            done.set()

    sim = start_simulator("--speed", "60", "--seed", str(seed), "--plan", str(plan_file))
    session = open_live_session(sim.feed, sim.token, PLAN, session_path=path, plan_toml=PLAN_TEXT, api_url=sim.api,
                                operator="tester", on_publish=[watch])
    session.start()
    try:
        assert done.wait(60), f"seed {seed}: the live did not get there"
    finally:
        session.close()
        sim.stop(signal.SIGKILL)
    return path


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plan") / "short.toml"
    path.write_text(PLAN_TEXT)
    return path


@pytest.fixture(scope="module")
def lives(tmp_path_factory: pytest.TempPathFactory, plan_file: Path) -> Lives:
    folder = tmp_path_factory.mktemp("lives")
    # one after the other: each starts in another second, so each is another live of the same plan (its key)
    files = [record(folder / "seed3.db", plan_file, 3), record(folder / "seed11.db", plan_file, 11),
             record(folder / "seed23.db", plan_file, 23, stop_after=PARTIAL_AT)]
    library = folder / "library"
    added = add_sessions(library, files, ["spring"])
    return Lives(library, files, [a.status for a in added])


# ---------------------------------------------------------------------------------------- plain SQL, by hand
def ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def one(conn: sqlite3.Connection, sql: str, *args: Any) -> Any:
    return conn.execute(sql, args).fetchone()[0]


def rows_by(conn: sqlite3.Connection, sql: str, *args: Any) -> dict[Any, tuple[Any, ...]]:
    return {r[0]: tuple(r[1:]) for r in conn.execute(sql, args)}


@dataclass(frozen=True)
class Expected:
    """What the session file says, in plain SQL: the start, the end and the per-minute counts."""

    t0: float
    elapsed: float
    minutes: dict[str, list[float]]  # column -> one value per started minute
    viewers: list[float | None]  # the minute's last viewer_count, carried forward


MINUTE_SQL = "CAST(ts - ? AS INTEGER) / 60"  # whole seconds from the start, then minutes (the engine's bins)
COUNTED = {"joins": "viewer_joined", "leaves": "viewer_left", "clicks": "product_click", "chat": "chat_message",
           "cart_adds": "cart_added", "abandons": "cart_abandoned", "orders": "order_placed"}


def expected(path: Path) -> Expected:
    with closing(ro(path)) as c:
        t0 = one(c, "SELECT ts FROM events ORDER BY seq LIMIT 1")
        elapsed = one(c, "SELECT max(ts) FROM events") - t0
        n = int(elapsed // 60) + 1
        minutes: dict[str, list[float]] = {}
        for col, kind in COUNTED.items():
            got = rows_by(c, f"SELECT {MINUTE_SQL}, count(*) FROM events WHERE type = ? GROUP BY 1", t0, kind)
            minutes[col] = [float(got.get(m, (0,))[0]) for m in range(n)]
        got = rows_by(c, f"SELECT {MINUTE_SQL}, sum(json_extract(raw, '$.amount')) FROM events "
                         "WHERE type = 'order_placed' GROUP BY 1", t0)
        minutes["revenue"] = [float(got.get(m, (0,))[0]) for m in range(n)]
        got = rows_by(c, f"SELECT {MINUTE_SQL}, sum(json_extract(i.value, '$.quantity')) FROM events, "
                         "json_each(raw, '$.items') AS i WHERE events.type = 'order_placed' GROUP BY 1", t0)
        minutes["units"] = [float(got.get(m, (0,))[0]) for m in range(n)]
        last = rows_by(c, f"SELECT m, json_extract(raw, '$.viewers') FROM (SELECT {MINUTE_SQL} AS m, raw, "
                          "row_number() OVER (PARTITION BY " + MINUTE_SQL + " ORDER BY seq DESC) AS r FROM events "
                          "WHERE type = 'viewer_count') WHERE r = 1", t0, t0)
    viewers: list[float | None] = []
    for m in range(n):
        viewers.append(float(last[m][0]) if m in last else viewers[-1] if viewers else None)
    return Expected(t0, elapsed, minutes, viewers)


def library_rows(library: Path, table: str, key: str) -> list[dict[str, Any]]:
    con = connect(library)
    cur = con.execute(f"SELECT * FROM {table} WHERE key = ?", [key])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def key_of(path: Path) -> str:
    with closing(ro(path)) as c:
        live_id, started = c.execute("SELECT live_id, live_started_at FROM session").fetchone()
    return f"{live_id}@{int(started)}"


def close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)


# ---------------------------------------------------------------------------------------- the tables
def test_three_lives_are_added_each_under_its_own_key(lives: Lives) -> None:
    assert lives.statuses == ["added", "added", "added"]
    keys = [key_of(f) for f in lives.files]
    assert len(set(keys)) == 3
    with Catalogue(lives.library) as cat:
        assert [r["key"] for r in cat.rows()] == keys  # the earliest first


@pytest.mark.parametrize("index", [0, 1, 2])
def test_the_lives_row_matches_the_session_file(lives: Lives, index: int) -> None:
    path = lives.files[index]
    key = key_of(path)
    (row,) = library_rows(lives.library, "lives", key)
    exp = expected(path)
    with closing(ro(path)) as c:
        started = one(c, "SELECT live_started_at FROM session")
        orders = one(c, "SELECT count(*) FROM events WHERE type = 'order_placed'")
        gmv = one(c, "SELECT sum(json_extract(raw, '$.amount')) FROM events WHERE type = 'order_placed'")
        units = one(c, "SELECT sum(json_extract(i.value, '$.quantity')) FROM events, json_each(raw, '$.items') AS i "
                       "WHERE events.type = 'order_placed'")
        buyers = one(c, "SELECT count(DISTINCT json_extract(raw, '$.customer_id')) FROM events "
                        "WHERE type = 'order_placed'")
        entered = one(c, "SELECT count(DISTINCT json_extract(raw, '$.viewer_id')) FROM events "
                         "WHERE type = 'viewer_joined'")
        # a buyer is new when their first order says so
        new = one(c, "SELECT count(*) FROM (SELECT json_extract(raw, '$.new_customer') AS n, row_number() OVER ("
                     "PARTITION BY json_extract(raw, '$.customer_id') ORDER BY seq) AS r FROM events "
                     "WHERE type = 'order_placed') WHERE r = 1 AND n")
        spend = one(c, "SELECT sum(json_extract(raw, '$.amount')) FROM events WHERE type = 'ad_spend'")
        # total(), not sum(): a live cut short before its first paid order has 0 paid revenue, not NULL
        paid = one(c, "SELECT total(json_extract(raw, '$.amount')) FROM events "
                      "WHERE type = 'order_placed' AND channel = 'paid'")
        carts = one(c, "SELECT count(*) FROM events WHERE type = 'cart_added'")
        abandons = one(c, "SELECT count(*) FROM events WHERE type = 'cart_abandoned'")
        peak = one(c, "SELECT max(json_extract(raw, '$.viewers')) FROM events WHERE type = 'viewer_count'")
        ended = one(c, "SELECT count(*) FROM events WHERE type = 'live_ended'")
        events = one(c, "SELECT count(*) FROM events")
        # the actions: those on the stream, and those asked for that never reached it
        seen = {a for (a,) in c.execute("SELECT action_id FROM events WHERE type IN ('segment_changed', "
                                        "'offer_started', 'kit_launched')")}
        asked = c.execute("SELECT action_id FROM actions").fetchall()
        actions = len(seen | {a for (a,) in asked if a}) + sum(1 for (a,) in asked if not a)
        advice, taken = c.execute("SELECT count(*), count(*) FILTER (WHERE status = 'taken') FROM advice").fetchone()
    assert (row["live_id"], row["title"], row["plan_name"]) == (PLAN.live.id, PLAN.live.title, PLAN.live.title)
    assert row["started_at"] == started and row["date"] == dt.datetime.fromtimestamp(started, dt.UTC).strftime(
        "%Y-%m-%d")
    assert row["plan_hash"] == hashlib.sha256(PLAN_TEXT.encode()).hexdigest()
    assert row["tags"] == ["kitchen", "weekly", "spring"]  # the plan's, then those given to add
    assert (row["currency"], row["planned_s"], row["events"]) == ("EUR", 360.0, events)
    assert close(row["duration_s"], exp.elapsed)
    assert row["partial"] is (ended == 0) and row["partial"] is (index == 2)
    assert (row["orders"], row["units"], row["buyers"], row["entered"]) == (orders, units, buyers, entered)
    assert close(row["gmv"], gmv) and close(row["conversion"], min(1.0, buyers / entered))
    assert (row["new_buyers"], row["returning_buyers"]) == (new, buyers - new)
    assert close(row["new_revenue"] + row["returning_revenue"], gmv)
    assert close(row["ad_spend"], spend) and close(row["roas"], paid / spend)
    assert (row["cart_adds"], row["abandons"]) == (carts, abandons)
    assert close(row["abandonment"], min(1.0, abandons / carts))
    assert row["peak_viewers"] == peak
    assert close(row["avg_viewers"], sum(v for v in exp.viewers if v is not None) / len(exp.viewers))
    assert (row["actions"], row["advice"], row["advice_taken"]) == (actions, advice, taken)
    goals = {g["key"]: g for g in json.loads(row["goals"])}
    assert close(goals["gmv"]["actual"], gmv) and goals["gmv"]["target"] == PLAN.goals.gmv
    assert goals["orders"]["actual"] == orders and goals["orders"]["met"] is False
    assert row["provides"] is None  # the simulator sends every type


@pytest.mark.parametrize("index", [0, 2])
def test_the_minutes_are_the_per_minute_counts_of_the_events(lives: Lives, index: int) -> None:
    path = lives.files[index]
    exp = expected(path)
    rows = library_rows(lives.library, "minutes", key_of(path))
    assert [r["minute"] for r in sorted(rows, key=lambda r: r["minute"])] == list(range(len(exp.viewers)))
    for r in rows:
        m = r["minute"]
        assert r["complete"] is ((m + 1) * 60 <= exp.elapsed), m
        for col, values in exp.minutes.items():
            assert close(r[col], values[m]), (m, col)
        if exp.viewers[m] is not None:
            assert r["viewers"] == exp.viewers[m], m


def test_products_and_channels_match_the_orders_clicks_and_joins(lives: Lives) -> None:
    path = lives.files[1]
    key = key_of(path)
    with closing(ro(path)) as c:
        sold = rows_by(c, "SELECT json_extract(i.value, '$.product_id'), count(DISTINCT json_extract(raw, "
                          "'$.order_id')), sum(json_extract(i.value, '$.quantity')), sum(json_extract(i.value, "
                          "'$.quantity') * json_extract(i.value, '$.unit_price')) FROM events, json_each(raw, "
                          "'$.items') AS i WHERE events.type = 'order_placed' GROUP BY 1")
        per_type = {kind: rows_by(c, "SELECT product_id, count(*) FROM events WHERE type = ? GROUP BY 1", kind)
                    for kind in ("product_click", "product_impression", "cart_added", "cart_abandoned")}
        joined = rows_by(c, "SELECT channel, count(DISTINCT json_extract(raw, '$.viewer_id')) FROM events "
                            "WHERE type = 'viewer_joined' GROUP BY 1")
        bought = rows_by(c, "SELECT channel, count(*), count(DISTINCT json_extract(raw, '$.customer_id')), "
                            "sum(json_extract(raw, '$.amount')) FROM events WHERE type = 'order_placed' GROUP BY 1")
    products = {r["sku"]: r for r in library_rows(lives.library, "products", key)}
    assert set(products) == {p.sku for p in PLAN.products}
    for p in PLAN.products:
        r = products[p.sku]
        orders, units, revenue = sold.get(p.sku, (0, 0, 0.0))
        assert (r["orders"], r["units"]) == (orders, units), p.sku
        assert close(r["revenue"], revenue) or (revenue == 0 and r["revenue"] == 0), p.sku
        assert (r["clicks"], r["impressions"], r["carts"], r["abandons"]) == tuple(
            per_type[k].get(p.sku, (0,))[0] for k in ("product_click", "product_impression", "cart_added",
                                                      "cart_abandoned")), p.sku
        assert (r["name"], r["category"], r["price"], r["unit_cost"], r["stock_start"], r["in_plan"]) == (
            p.name, p.category, p.price, p.unit_cost, p.stock, True)
        assert close(r["margin"], (p.price - p.unit_cost) / p.price)
        assert close(r["sell_through"], units / p.stock) or (units == 0 and r["sell_through"] == 0)
    channels = {r["channel"]: r for r in library_rows(lives.library, "channels", key)}
    assert set(channels) == set(joined) | set(bought)
    for ch, r in channels.items():
        orders, buyers, revenue = bought.get(ch, (0, 0, 0.0))
        assert (r["entered"], r["orders"], r["buyers"]) == (joined.get(ch, (0,))[0], orders, buyers), ch
        assert close(r["revenue"], revenue) or (revenue == 0 and r["revenue"] == 0), ch
        assert close(r["conversion"], min(1.0, buyers / joined[ch][0])), ch
        assert (r["ad_spend"] is None) is (ch != "paid"), ch


def share_sum(values: list[float], start: float, end: float, covered: float) -> float:
    """docs/library.md's rule, written again: a minute's count by the share of its recorded seconds in the span."""
    total = 0.0
    for m, v in enumerate(values):
        lo, hi = m * 60.0, min(m * 60.0 + 60.0, covered)
        overlap = min(end, hi) - max(start, lo)
        if hi > lo and overlap > 0:
            total += v * overlap / (hi - lo)
    return total


@pytest.mark.parametrize("index", [0, 2])
def test_segments_are_the_spans_between_segment_changes(lives: Lives, index: int) -> None:
    path = lives.files[index]
    exp = expected(path)
    with closing(ro(path)) as c:
        opening = c.execute("SELECT ts, json_extract(raw, '$.segment_id') FROM events WHERE type = 'live_started'"
                            ).fetchone()
        changes = c.execute("SELECT ts, json_extract(raw, '$.segment_id') FROM events "
                            "WHERE type = 'segment_changed' ORDER BY seq").fetchall()
    starts = [(ts - exp.t0, seg) for ts, seg in [opening, *changes]]
    rows = sorted(library_rows(lives.library, "segments", key_of(path)), key=lambda r: r["start_s"])
    assert [(r["segment_id"], r["run"]) for r in rows] == [
        (seg, [s for _, s in starts[: i + 1]].count(seg)) for i, (_, seg) in enumerate(starts)]
    if index == 0:  # the whole run of show: welcome, knife demo, cast iron, the knife demo again
        assert [r["segment_id"] for r in rows] == ["welcome", "knife-demo", "cast-iron", "knife-demo"]
    covered = math.floor(exp.elapsed) + 1.0
    for i, r in enumerate(rows):
        start = starts[i][0]
        end = starts[i + 1][0] if i + 1 < len(starts) else exp.elapsed
        assert close(r["start_s"], start) and close(r["end_s"], end)
        seg = PLAN.segment(r["segment_id"])
        assert (r["title"], r["demo"]) == (seg.title, seg.demo)
        share_end = covered if i + 1 == len(starts) else end
        for col in ("joins", "leaves", "orders", "revenue", "clicks"):
            assert close(r[col], share_sum(exp.minutes[col], start, share_end, covered)), (i, col)
        viewer_seconds = sum(max(0.0, min(share_end, m * 60.0 + 60) - max(start, m * 60.0)) * (v or 0.0)
                             for m, v in enumerate(exp.viewers))
        assert close(r["viewer_minutes"], viewer_seconds / 60), i
    # every order of the live falls in some segment: the shares add up to the whole
    assert close(sum(r["orders"] for r in rows), sum(exp.minutes["orders"]))


def test_actions_carry_their_targets_from_the_requests(lives: Lives) -> None:
    path = lives.files[0]
    with closing(ro(path)) as c:
        c.row_factory = sqlite3.Row
        asked = {r["action_id"]: dict(r) for r in c.execute("SELECT * FROM actions")}
    rows = sorted(library_rows(lives.library, "actions", key_of(path)), key=lambda r: r["number"])
    assert [r["kind"] for r in rows] == ["segment", "flash_offer", "segment", "kit", "segment"]
    for r in rows:
        a = asked[r["action_id"]]
        params = json.loads(a["params"])
        if r["kind"] == "flash_offer":  # the plan's preset of that product and discount
            (want,) = [p.id for p in PLAN.presets
                       if p.product == params["product_id"] and p.discount_pct == params["discount_pct"]]
        else:
            want = params[f"{r['kind']}_id"]
        assert (r["target"], r["source"], r["status"], r["label"]) == (want, "cue", "acked", a["label"])
        assert r["advice_kind"] is None
    assert [r["target"] for r in rows] == ["knife-demo", "flash-chef20", "cast-iron", "kit-cast-iron", "knife-demo"]


def test_the_catalogue_row_says_where_the_live_came_from(lives: Lives) -> None:
    path = lives.files[0]
    key = key_of(path)
    with Catalogue(lives.library) as cat:
        row = cat.get(key)
    assert row is not None
    data = path.read_bytes()
    assert (row["session_path"], row["session_sha256"], row["session_bytes"], row["missing"]) == (
        str(path.resolve()), hashlib.sha256(data).hexdigest(), len(data), False)
    assert dt.datetime.fromisoformat(row["added_at"]).tzinfo is not None
    (parquet,) = library_rows(lives.library, "lives", key)
    assert {k: row[k] for k in parquet} == parquet  # the same figures in both


def test_adding_the_same_files_again_changes_nothing(lives: Lives) -> None:
    files = [*lives.library.rglob("*.parquet"), lives.library / CATALOGUE]
    before = {f: f.stat().st_mtime_ns for f in files}
    again = add_sessions(lives.library, lives.files)
    assert [a.status for a in again] == ["unchanged"] * 3
    assert {f: f.stat().st_mtime_ns for f in files} == before
    assert sorted(lives.library.rglob("*.parquet")) == sorted(f for f in files if f.suffix == ".parquet")


# ---------------------------------------------------------------------------------------- moved, damaged
def test_a_moved_session_file_is_reported_by_check_and_found_again(lives: Lives, tmp_path: Path) -> None:
    library, live = tmp_path / "lib", tmp_path / "live.db"
    shutil.copy(lives.files[1], live)
    (added,) = add_sessions(library, [live])
    assert [c.state for c in check(library)] == ["ok"]
    away = live.rename(tmp_path / "elsewhere.db")
    (missing,) = check(library)
    assert (missing.state, missing.key, missing.path) == ("missing", added.key, str(live.resolve()))
    assert str(live.resolve()) in missing.words
    with Catalogue(library) as cat:
        assert cat.get(added.key)["missing"] is True  # type: ignore[index]
    (moved,) = add_sessions(library, [away])  # added again from where it is now: the catalogue follows it
    assert (moved.status, moved.key) == ("moved", added.key)
    assert [c.state for c in check(library)] == ["ok"]


def test_a_damaged_file_is_named_and_the_others_are_still_added(lives: Lives, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a session file" * 100)
    cut = tmp_path / "cut.db"
    cut.write_bytes(lives.files[0].read_bytes()[: 64 * 1024])  # a copy that stopped short
    folder = tmp_path / "a-folder"
    folder.mkdir()
    results = add_sessions(tmp_path / "lib", [junk, cut, tmp_path / "nowhere.db", folder, lives.files[1]])
    assert [r.status for r in results] == ["failed", "failed", "failed", "failed", "added"]
    for r, path in zip(results[:4], [junk, cut, tmp_path / "nowhere.db", folder], strict=True):
        assert str(path) in r.words, r.words
    assert "not a session file" in results[3].words
    with Catalogue(tmp_path / "lib") as cat:
        assert [r["key"] for r in cat.rows()] == [key_of(lives.files[1])]


def test_a_damaged_catalogue_is_said_not_a_crash(tmp_path: Path, lives: Lives) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (library / CATALOGUE).write_bytes(b"garbage" * 500)
    (result,) = add_sessions(library, [lives.files[0]])
    assert result.status == "failed" and str(library / CATALOGUE) in result.words
    assert main(["library", "list", "--library", str(library)]) == 2


# ---------------------------------------------------------------------------------------- advice, by hand
def test_advice_and_the_advice_an_action_answered_from_a_live_worked_out_by_hand(tmp_path: Path) -> None:
    path = build_advice_live(tmp_path / "advice.db")
    (added,) = add_sessions(tmp_path / "lib", [path])
    # no hello.started_at recorded (a file of a test recorder): the first event's time, 1000
    assert (added.status, added.key) == ("added", "adv-live@1000")
    advice = {r["advice_id"]: r for r in library_rows(tmp_path / "lib", "advice", added.key)}
    assert {k: (r["kind"], r["status"], r["raised_s"], r["subject"], r["remedy_target"], r["action_key"])
            for k, r in advice.items()} == {
        "adv-1": ("conversion_sag", "taken", 300.0, None, "p-knife", "k-offer"),
        "adv-2": ("audience_drop", "dismissed", 700.0, "paid", None, None),
        "adv-3": ("views_no_orders", "expired", 1000.0, "PAN", "p-knife", None),
        "adv-4": ("dwell_lift", "raised", 1150.0, "demo", None, None)}
    # adv-1 is measured by its action: 4 orders in [20, 320) and 12 in [320, 620), per minute
    assert close(advice["adv-1"]["opm_before"], 4 / 5) and close(advice["adv-1"]["opm_after"], 12 / 5)
    assert close(advice["adv-1"]["lift"], 2.0)
    (action,) = library_rows(tmp_path / "lib", "actions", added.key)
    # the request said only the product: the discount (20) comes from the stream's offer_started
    assert (action["kind"], action["target"], action["source"], action["advice_kind"], action["at_s"]) == (
        "flash_offer", "p-knife", "advice", "conversion_sag", 320.0)
    (live,) = library_rows(tmp_path / "lib", "lives", added.key)
    assert (live["advice"], live["advice_taken"], live["actions"], live["orders"]) == (4, 1, 1, 23)


def test_a_newer_copy_of_the_same_live_replaces_its_rows(tmp_path: Path) -> None:
    first = build_advice_live(tmp_path / "first.db", advice=[])
    (a,) = add_sessions(tmp_path / "lib", [first], ["by-hand"])
    later = build_advice_live(tmp_path / "later.db")  # the same live, now with its advice
    (b,) = add_sessions(tmp_path / "lib", [later])
    assert (a.key, b.key, b.status) == ("adv-live@1000", "adv-live@1000", "replaced")
    assert len(library_rows(tmp_path / "lib", "advice", b.key)) == 4
    with Catalogue(tmp_path / "lib") as cat:
        (row,) = cat.rows()
    assert row["session_path"] == str(later.resolve()) and row["tags"] == ["by-hand"]  # a hand's tag stays


def test_a_shorter_copy_of_a_live_in_the_library_is_kept_out(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    full = build_advice_live(tmp_path / "full.db")
    whole = advice_events()
    monkeypatch.setattr("tests.test_report_advice._events", lambda: whole[:-4])  # the same live, 4 events short
    short = build_advice_live(tmp_path / "short.db")
    (a,) = add_sessions(tmp_path / "lib", [full])
    (b,) = add_sessions(tmp_path / "lib", [short])
    assert (a.status, b.status, b.key) == ("added", "kept", a.key)
    assert f"({len(whole):,} events, from {full.resolve()}); this file has {len(whole) - 4:,}" in b.words
    with Catalogue(tmp_path / "lib") as cat:
        assert cat.get(a.key)["session_path"] == str(full.resolve())  # type: ignore[index]


def test_a_crash_between_the_tables_and_the_catalogue_is_said_and_repaired(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    path = build_advice_live(tmp_path / "live.db")
    (a,) = add_sessions(library, [path])
    (live_folder(library, "actions", a.key) / "part-0.parquet").unlink()  # a table lost
    write_rows(library, "lives", "other@1", [{"live_id": "other"}])  # a live's tables, its row never written
    assert [(c.state, c.key) for c in check(library)] == [("incomplete", a.key), ("unlisted", "other_1")]
    (b,) = add_sessions(library, [path])
    assert (b.status, b.key) == ("repaired", a.key)
    assert [c.state for c in check(library)] == ["ok", "unlisted"]


# ---------------------------------------------------------------------------------------- the lock, a batch
def test_an_add_writes_a_live_only_while_it_holds_the_library_lock(tmp_path: Path) -> None:
    path = build_advice_live(tmp_path / "live.db")
    library = tmp_path / "lib"
    library.mkdir()
    results: list[Added] = []
    with locked(library):  # a reader rebuilding the compacted files holds it so
        adder = threading.Thread(target=lambda: results.extend(add_sessions(library, [path])))
        adder.start()
        wait_until_blocked(library / LOCK, adder)
        assert not list(library.glob("parquet/*/*/part-0.parquet"))  # not one table of it yet
    adder.join()
    assert [r.status for r in results] == ["added"]
    assert connect(library).execute("SELECT key FROM lives").fetchall() == [("adv-live@1000",)]


def test_a_batch_add_leaves_the_compacted_files_up_to_date(lives: Lives, tmp_path: Path) -> None:
    """The compaction is the add's, once at the end of the batch: the next reader reads one file per table."""
    library = tmp_path / "lib"
    added = add_sessions(library, lives.files[:2])
    folders = sorted(live_folder(library, "lives", a.key or "").name for a in added)
    for table in TABLES:
        cache = cache_path(library, table)
        assert sorted(json.loads(pq.read_schema(cache).metadata[b"live-console.parts"])) == folders, table
    built = {f: f.stat().st_mtime_ns for f in library.glob("parquet/*.all.parquet")}
    assert len(built) == len(TABLES)
    assert connect(library).execute("SELECT count(*) FROM lives").fetchone() == (2,)
    assert {f: f.stat().st_mtime_ns for f in built} == built  # read as they are: nothing left to compact


# ---------------------------------------------------------------------------------------- the command line
def test_library_add_list_and_check_on_the_command_line(lives: Lives, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "lib"
    live = tmp_path / "cut-short.db"
    shutil.copy(lives.files[2], live)
    junk = tmp_path / "junk.db"
    junk.write_text("hello")
    assert main(["library", "add", str(lives.files[0]), str(live), str(junk), "--tag", "june",
                 "--library", str(library)]) == 1  # one of three could not be added
    out, err = capsys.readouterr()
    assert f"added     {key_of(lives.files[0])}  from {lives.files[0]}" in out
    assert str(junk) in err and str(lives.files[0]) not in err
    assert main(["library", "add", str(live), "--tag", " june", "--library", str(library)]) == 2
    assert "--tag ' june'" in capsys.readouterr().err

    assert main(["library", "list", "--library", str(library)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["date", "key", "title", "duration", "GMV", "orders", "conversion", "flags"]
    full, cut = out[1], out[2]
    assert key_of(lives.files[0]) in full and "partial" not in full and "00:06:00" in full
    assert key_of(live) in cut and cut.rstrip().endswith("partial")
    (row,) = library_rows(library, "lives", key_of(lives.files[0]))
    assert f"{row['orders']:,}" in full.split() and f"{row['conversion'] * 100:.1f}%" in full

    live.unlink()
    assert main(["library", "check", "--library", str(library)]) == 0
    out = capsys.readouterr().out
    assert f"missing   {key_of(lives.files[2])}  session file {live.resolve()} is gone" in out
    assert "2 live(s) checked" in out and "1 to look at" in out
    assert main(["library", "list", "--library", str(library)]) == 0
    assert capsys.readouterr().out.splitlines()[2].rstrip().endswith("partial, missing")
    assert main(["library", "list", "--library", str(tmp_path / "none")]) == 2
    assert "no library catalogue here" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------- every finished live
def test_the_report_runner_adds_the_live_after_its_report(qtbot: QtBot, lives: Lives, tmp_path: Path) -> None:
    from PySide6.QtCore import QObject

    session = tmp_path / "live.db"
    shutil.copy(lives.files[0], session)
    owner = QObject()
    runner = ReportRunner(session, owner, add_to_library=True, library=tmp_path / "lib")
    with qtbot.waitSignal(runner.library_done, timeout=120_000) as said:
        runner.run()
    assert said.args == [f"Library of lives: added {key_of(session)} from {session}"]
    assert (runner.out_dir / "report.html").exists()
    assert runner.add_now() == (True, f"Library of lives: unchanged {key_of(session)} from {session}")
    session.write_bytes(b"broken" * 100)
    added, words = runner.add_now()
    assert not added and words.startswith(f"Not added to the library of lives: {session}")
    owner.deleteLater()


def test_a_finished_live_enters_the_default_library_when_the_console_closes(tmp_path: Path, plan_file: Path) -> None:
    console_env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    console_env.pop("LIVE_CONSOLE_TOKEN", None)
    db = tmp_path / "demo.db"
    # a six-minute live at 60x ends in six seconds; the console stays up a little longer, then closes
    done = subprocess.run([sys.executable, "-m", "console", "demo", "--offscreen", "--plan", str(plan_file),
                           "--speed", "60", "--duration", "9", "--session", str(db)], env=console_env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert f"live-console: Library of lives: added {key_of(db)} from {db}" in done.stdout
    library = tmp_path / "data" / "live-console" / "library"
    (row,) = library_rows(library, "lives", key_of(db))
    with closing(ro(db)) as c:
        assert row["orders"] == one(c, "SELECT count(*) FROM events WHERE type = 'order_placed'")
    assert row["partial"] is False
    with Catalogue(library) as cat:
        listed = cat.get(key_of(db))
    assert listed is not None and listed["session_sha256"] == hashlib.sha256(db.read_bytes()).hexdigest()
