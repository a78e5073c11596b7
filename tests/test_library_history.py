"""`live-console history`: every section's figures on the hand-made lives of tests/library_fixtures.py (the expected
numbers are worked out on paper in that module's docstring and here, or added up in plain Python from the
fixture's own rows), the filters, --compare over the same minutes, the CSVs, the page's HTML, and a bad library."""

from __future__ import annotations

import csv
import math
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from console.cli import main
from console.library import store
from console.library.history import findings, stats
from console.library.history.command import write_history
from console.library.history.load import HistoryError
from console.library.history.model import Filters, History
from console.library.history.queries import build
from tests.library_fixtures import (
    GARDEN_KEY,
    KITCHEN,
    LONG_KEY,
    ROOM_KEYS,
    SHORT_KEY,
    compare_library,
    kitchen_key,
    kitchen_library,
    kitchen_minutes,
    room_library,
    sag_key,
    sag_library,
    sag_minutes,
)

KEYS = [kitchen_key(i) for i in range(1, 7)]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return kitchen_library(tmp_path_factory.mktemp("kitchen") / "library")


@pytest.fixture(scope="module")
def kitchen(library: Path) -> History:
    return build(library, Filters(plan=KITCHEN))


@pytest.fixture(scope="module")
def page(library: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Kitchen lives' page, written once through the command line."""
    out = tmp_path_factory.mktemp("page")
    assert main(["history", "--library", str(library), "--plan", KITCHEN, "--out", str(out)]) == 0
    return out


# --- the sections' figures ------------------------------------------------------------------------------------------

def test_the_plan_filter_keeps_the_six_kitchen_lives_oldest_first(kitchen: History) -> None:
    assert [lv.key for lv in kitchen.lives] == KEYS
    assert [lv.partial for lv in kitchen.lives] == [False] * 5 + [True]
    assert [lv.gmv for lv in kitchen.lives] == [500.0, 500.0, 500.0, 500.0, 625.0, 325.0]
    assert kitchen.warnings == ()


def test_goals_count_full_recordings_and_fit_the_trend_by_hand(kitchen: History) -> None:
    goals = {g.goal: g for g in kitchen.goals}
    assert list(goals) == ["gmv", "orders", "max_cart_abandonment"]
    gmv, orders, aband = goals["gmv"], goals["orders"], goals["max_cart_abandonment"]
    assert len(gmv.points) == 6 and gmv.points[-1].partial  # K6 shown, not counted
    assert (gmv.counted, gmv.met) == (5, 5)
    # actuals 500, 500, 500, 500, 625 at x = 0..4: sum((x - 2) * y) = 250, sum((x - 2)^2) = 10 -> +25 a live
    assert gmv.slope == pytest.approx(25.0)
    assert (gmv.trend, gmv.improving) == ("rising", True)
    # 20, 20, 20, 20, 25: sum((x - 2) * y) = 10 -> +1 a live; over the lives +4 of a mean of 21: rising
    assert orders.slope == pytest.approx(1.0)
    assert (orders.counted, orders.met, orders.trend) == (5, 5, "rising")
    # 16/49 three times then 12/49 twice: met (<= 0.30) in K4 and K5 only; slope (-3 * 16 + 3 * 12) / 49 / 10
    assert (aband.ceiling, aband.counted, aband.met) == (True, 5, 2)
    assert aband.slope == pytest.approx(-12 / 490)
    assert (aband.trend, aband.improving) == ("falling", True)


def test_the_average_minute_leaves_out_the_filling_minute(kitchen: History) -> None:
    rows = {i: kitchen_minutes(i) for i in range(1, 7)}
    avg = {p.minute: p for p in kitchen.minutes.average}
    assert sorted(avg) == list(range(12))  # minute 12 (K1..K5) and 7 (K6) are still filling: never a minute
    for m, point in avg.items():  # added up here from the fixture's rows, the same way the docstring says
        full = [r[m] for r in rows.values() if m < len(r) and r[m]["complete"]]
        assert point.lives == len(full)
        assert point.viewers == pytest.approx(sum(r["viewers"] for r in full) / len(full))
        # orders per 1,000 viewer-minutes, pooled: a minute's viewer-minutes are its viewer count
        assert point.orders_per_k == pytest.approx(1000 * sum(r["orders"] for r in full)
                                                   / sum(r["viewers"] for r in full))
        assert point.abandonment == pytest.approx(sum(r["abandons"] for r in full) / sum(r["cart_adds"] for r in full))
    # minute 0: 2 orders in each of 6 lives over 100 + 110 + ... + 150 = 750 viewers
    assert (avg[0].lives, avg[0].viewers, avg[0].orders_per_k) == (6, 125.0, pytest.approx(16.0))
    # minute 5: K5 2 orders, the five others 1; viewers 150 + 160 + ... + 200 = 1,050
    assert avg[5].orders_per_k == pytest.approx(1000 * 7 / 1050)
    assert (avg[7].lives, avg[7].viewers) == (5, 170.0)
    assert avg[10].abandonment == pytest.approx(11 / 20)
    assert len(kitchen.minutes.curves[-1].viewers) == 7


def test_orders_per_viewer_minute_sag_in_minutes_5_to_9_by_the_playbooks_rule(kitchen: History) -> None:
    """Full 5-minute bands only: K1..K5 have bands 0-4 and 5-9 (minutes 10-11 are two), K6 band 0-4 alone. Per
    1,000 viewer-minutes K1's band 0-4 is 10 orders / 600 viewer-minutes = 16.7 and its band 5-9 5 / 730 = 6.8, so
    5-9 is below its median band; K5 kept 2 orders a minute, but its room grew (10 / 930 against 10 / 800): below
    too. K6's one band is its own median: it abstains. 5 of 5 for 5-9: p = 2/32 = 0.0625, above 0.05 / 2 bands."""
    sags = {(b.start, b.end): b for b in kitchen.minutes.sags}
    assert list(sags) == [(0, 4), (5, 9)]
    sag = sags[(5, 9)]
    assert (sag.lives, sag.flagged, sag.against) == (5, 5, 0)
    assert set(sag.flagged_keys) == set(KEYS[:5])
    assert sag.p_value == pytest.approx(_sign_test(5, 0)) == pytest.approx(2 / 32)
    assert (sags[(0, 4)].lives, sags[(0, 4)].flagged, sags[(0, 4)].against) == (6, 0, 5)
    # abandonment: 5 of 20 carts in every full band of every live: every live at its median, no vote
    assert [(b.start, b.lives, b.flagged, b.against) for b in kitchen.minutes.spikes] == [(0, 6, 0, 0), (5, 5, 0, 0)]
    assert findings.minutes_sentences(kitchen.minutes)[:2] == [
        "Orders per 1,000 viewer-minutes sag most often in minutes 5–9: below the live's own median band in 5 of 5 "
        "lives that recorded them in full, too few to be sure (sign test p = 0.06, 2 bands tested; a band needs "
        "p < 0.025).",
        "Viewers peak at minute 6 on median (from minute 6 to 6 across 6 lives)."]
    assert kitchen.minutes.peak_minutes == (6,) * 6
    _, change = findings.keep_and_change(kitchen)
    assert not any("sag" in x for x in change)  # not sure: no cue advised


def test_segments_rank_by_leaves_per_viewer_minute_pooled_over_runs(kitchen: History) -> None:
    rows = [(s.segment_id, s.lives, s.runs, s.viewer_minutes, s.leaves, s.orders) for s in kitchen.segments]
    assert rows == [("knife-demo", 6, 7, 3800.0, 19.0, 37.0),  # 19 / 3800 = 0.005
                    ("intro", 6, 6, 2400.0, 24.0, 48.0),  # 0.010
                    ("qa", 5, 5, 2500.0, 50.0, 25.0)]  # 0.020
    assert [s.leave_rate for s in kitchen.segments] == pytest.approx([0.005, 0.01, 0.02])
    assert kitchen.segments[0].order_rate == pytest.approx(37 / 3800)
    assert kitchen.segments[0].demo


def test_products_take_their_quadrant_in_each_live_and_say_how_they_moved(kitchen: History) -> None:
    prods = {p.sku: p for p in kitchen.products}
    assert [p.sku for p in kitchen.products] == ["KNIFE", "PAN", "TOWEL", "LADLE"]  # stars by revenue, review, none
    assert [q.quadrant for q in prods["KNIFE"].points] == ["niche"] * 5 + ["star"]
    assert [q.quadrant for q in prods["PAN"].points] == ["star"] * 6  # K6: sell-through 0.2 = the median: high
    assert [q.quadrant for q in prods["TOWEL"].points] == ["traffic builder"] * 5 + ["review"]
    assert prods["LADLE"].latest is None  # no cost, no margin
    assert (prods["KNIFE"].units, prods["KNIFE"].revenue) == (5 * 10 + 40, 4500.0)
    assert (prods["PAN"].units, prods["PAN"].revenue) == (5 * 5 + 2, 2160.0)


def test_channels_pool_conversion_and_roas(kitchen: History) -> None:
    paid, organic = kitchen.channels
    assert (paid.channel, paid.lives, paid.entered, paid.buyers, paid.revenue, paid.ad_spend) == \
        ("paid", 6, 550, 43, 1075.0, 275.0)
    assert paid.conversion == pytest.approx(43 / 550)
    assert paid.roas == pytest.approx(1075 / 275)
    assert (organic.entered, organic.buyers, organic.conversion, organic.roas) == (1100, 55, 0.05, None)


def test_a_flash_offer_lifted_orders_in_5_of_6_lives(kitchen: History) -> None:
    flash, seg = kitchen.actions  # the kit had no measured lift: not an effect
    assert (flash.kind, flash.target, flash.label) == ("flash_offer", "towel-10", "Towel -20% for 10 min")
    # K3 pressed it twice (+200%, 0%): its value is the median of the two, +100%
    assert [v for _, v in flash.per_live] == [1.0, 1.5, 1.0, -0.2, 1.4, 0.8]
    assert (flash.n, flash.measured, flash.lifted, flash.median) == (6, 7, 5, 1.0)
    # n = 6: P(X <= 0) = 1/64 <= 0.025 < P(X <= 1) = 7/64, so the 1st and 6th values, 1 - 2/64 = 96.9%
    assert flash.interval == (-0.2, 1.5, pytest.approx(62 / 64))
    assert flash.p_value == pytest.approx(2 * 7 / 64)  # 5 up, 1 down
    assert flash.viewer_median == pytest.approx(0.5)
    assert flash.verdict == "promising, not proven"  # 5 of 6 lifted, not sure at 5%
    assert (seg.target, seg.lifted, seg.n, seg.median, seg.interval) == ("knife-demo", 2, 3, 0.1, None)
    assert seg.p_value == pytest.approx(1.0)
    assert seg.verdict == "no clear effect"


def test_advice_taken_against_not_taken(kitchen: History) -> None:
    sag, spike = kitchen.advice
    assert (sag.kind, sag.raised, spike.kind, spike.raised) == ("conversion_sag", 6, "abandonment_spike", 1)
    assert [v for _, v in sag.taken.per_live] == [1.0, 1.5, -0.2, 0.8]
    assert (sag.taken.lifted, sag.taken.median) == (3, pytest.approx(0.9))
    assert [v for _, v in sag.not_taken.per_live] == [-0.1, 0.0]
    assert (sag.not_taken.lifted, sag.not_taken.median) == (0, pytest.approx(-0.05))
    assert spike.taken.n == spike.not_taken.n == 0  # still open at the end: nothing measured


def test_a_sag_the_sign_test_supports_over_the_bands_tested_stands(tmp_path: Path) -> None:
    """The playbook's rule, worked out here from the fixture's own minutes: each live's full 5-minute bands, their
    orders per 1,000 viewer-minutes against the live's median band, one vote per live, the sign test from its
    definition, and 0.05 shared among the bands tested."""
    lib = sag_library(tmp_path / "lib")
    h = build(lib, Filters())
    expected = _bands_by_hand({sag_key(i): sag_minutes(i) for i in range(1, 9)}, "orders", "viewers", 1000.0, -1)
    assert [(b.start, b.end, b.lives, b.flagged, b.against) for b in h.minutes.sags] == \
        [(start, start + 4, lives, len(flagged), against) for start, (lives, flagged, against) in expected.items()]
    assert [b.p_value for b in h.minutes.sags] == \
        pytest.approx([_sign_test(len(f), a) for _, f, a in expected.values()])
    sag = h.minutes.sags[1]
    assert (sag.flagged, sag.against, sag.p_value) == (7, 0, pytest.approx(2 / 128))
    assert set(sag.flagged_keys) == {sag_key(i) for i in range(1, 8)}
    spikes = _bands_by_hand({sag_key(i): sag_minutes(i) for i in range(1, 9)}, "abandons", "cart_adds", 1.0, +1)
    assert [(b.lives, b.flagged, b.against) for b in h.minutes.spikes] == \
        [(lives, len(f), a) for lives, f, a in spikes.values()] == [(8, 0, 0), (8, 0, 0), (8, 7, 0)]
    assert findings.minutes_sentences(h.minutes)[:2] == [
        "Orders per 1,000 viewer-minutes sag in minutes 5–9: below the live's own median band in 7 of 8 lives that "
        "recorded them in full (sign test p = 0.02, 3 bands tested).",
        "Carts are abandoned most in minutes 10–14: above the live's own median band in 7 of 8 lives that recorded "
        "them in full (sign test p = 0.02, 3 bands tested)."]
    _, change = findings.keep_and_change(h)
    assert "Orders per 1,000 viewer-minutes sag in minutes 5–9 in 7 of 8 lives (sign test p = 0.02): plan a cue or " \
           "an offer there." in change
    out = tmp_path / "out"
    write_history(lib, out, Filters())
    rows = _tables((out / "history.html").read_text(encoding="utf-8"))["minutes"][0]["rows"]
    assert [r[:5] for r in rows] == [["5–9", "8", "7", "0", "0.02"], ["10–14", "8", "1", "0", "1.00"]]
    assert "sags" in rows[0][5] and rows[1][5] == ""
    windows = [r for r in _csv(out / "tables" / "windows.csv") if r["stands"] == "True"]
    assert [(r["measure"], r["first_minute"], r["last_minute"], r["p_needed"]) for r in windows] == [
        ("orders per 1,000 viewer-minutes sag", "5", "9", str(round(0.05 / 3, 6))),
        ("abandonment spike", "10", "14", str(round(0.05 / 3, 6)))]


def test_a_segment_seen_in_few_lives_is_neither_praised_nor_blamed(tmp_path: Path) -> None:
    """A one-off segment with the lowest leave rate and another with the highest, both in one live: the words rank
    segments of 3 lives or more and advise on those of 6 or more (the playbook's least), and say n."""
    from tests.library_fixtures import DAY, K_START, lives_row, minute, write_live

    lib = kitchen_library(tmp_path / "lib")
    key = store.live_key("kitchen", K_START + 50 * DAY)
    ms = [minute(m, viewers=100, orders=1, clicks=10) for m in range(10)]
    write_live(lib, key, lives=lives_row(key, "kitchen", KITCHEN, K_START + 50 * DAY, ms, plan=KITCHEN, tags=[]),
               minutes=ms, segments=[
                   {"run": 1, "segment_id": "unboxing", "title": "Unboxing", "viewer_minutes": 500.0, "leaves": 1.0},
                   {"run": 1, "segment_id": "giveaway", "title": "Giveaway", "viewer_minutes": 500.0,
                    "leaves": 100.0}])
    h = build(lib, Filters(plan=KITCHEN))
    assert [(s.segment_id, s.lives) for s in h.segments] == [("unboxing", 1), ("knife-demo", 6), ("intro", 6),
                                                             ("qa", 5), ("giveaway", 1)]
    assert findings.segment_sentences(h.segments) == [
        'Viewers stay best through "Knife demo" (5.0 leaves per 1,000 viewer-minutes over 6 lives) and leave fastest '
        'during "Questions" (20.0, 5 lives).',
        '"Welcome" converts best: 20.0 orders per 1,000 viewer-minutes over 6 lives.',
        "2 segments run in fewer than 3 lives are in the table only: too few lives to rank in words."]
    keep, change = findings.keep_and_change(h)
    assert ('"Knife demo" keeps viewers best of the 2 segments run in 6 lives or more (5.0 leaves per 1,000 '
            "viewer-minutes over 6 lives).") in keep
    assert ('"Welcome" loses viewers fastest of the 2 segments run in 6 lives or more (10.0 leaves per 1,000 '
            "viewer-minutes over 6 lives): shorten it or move it.") in change
    assert not any("Unboxing" in x or "Giveaway" in x for x in keep + change)


def test_a_room_only_feed_reads_a_dash_never_zero(tmp_path: Path) -> None:
    """A TikTok room's lives: viewers and chat, orders and revenue null in the library. Nothing adds up to €0."""
    lib = room_library(tmp_path / "lib")
    h = build(lib, Filters(), list(ROOM_KEYS))
    (talk,) = h.segments
    assert (talk.revenue, talk.orders, talk.order_rate, talk.leave_rate) == (None, None, None, 30 / 1800)
    (mug,) = h.products
    assert (mug.units, mug.revenue) == (None, None)
    assert h.comparison is not None
    for cl in h.comparison.lives:
        assert (cl.span_gmv, cl.span_orders, cl.gmv_per_minute, cl.orders_per_k_viewer_minutes) == (None,) * 4
        assert cl.cumulative_gmv == ()  # no curve, never a flat line at 0
    assert [p.orders_per_k for p in h.minutes.average] == [None] * 6
    out = tmp_path / "out"
    write_history(lib, out, Filters(), list(ROOM_KEYS))
    text = (out / "history.html").read_text(encoding="utf-8")
    assert "€0" not in text and "€" not in text
    tables = _tables(text)
    assert tables["segments"][0]["rows"][0][-1] == "—"  # revenue
    assert tables["products"][0]["rows"][0][2:4] == ["—", "—"]  # units, revenue
    assert [r[3] for r in tables["compare"][0]["rows"]] == ["—", "—"]  # GMV in span
    assert [r[-1] for r in tables["compare"][0]["rows"]] == ["—", "—"]  # GMV per minute
    glance = dict(re.findall(r'<div class="k">([^<]*)</div><div class="v">([^<]*)</div>', text))
    assert glance["GMV, all lives"] == "—"
    seg = _csv(out / "tables" / "segments.csv")[0]
    prod = _csv(out / "tables" / "products.csv")[0]
    assert (seg["revenue"], prod["units"], prod["revenue"]) == ("", "", "")


# --- filters ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(), [*KEYS[:3], GARDEN_KEY, *KEYS[3:]]),
    (Filters(since="2026-03-20"), [GARDEN_KEY, *KEYS[3:]]),
    (Filters(plan="kitchen LIVE"), KEYS),
    (Filters(tags=("spring",)), KEYS[4:]),
    (Filters(tags=("kitchen", "spring")), KEYS[4:]),
    (Filters(since="2026-03-25", plan=KITCHEN), KEYS[4:]),
])
def test_filters_choose_the_lives_every_section_reads(library: Path, filters: Filters, expected: list[str]) -> None:
    h = build(library, filters)
    assert [lv.key for lv in h.lives] == expected
    keys = set(expected)
    assert {k for e in h.actions for k, _ in e.per_live} <= keys
    assert sum(c.lives for c in h.channels if c.channel == "organic") == len(expected)


def test_a_filter_matching_nothing_says_what_the_library_holds(library: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["history", "--library", str(library), "--tag", "winter", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert 'No live in the library' in err and 'tag "winter"' in err
    assert '"Garden Live", "Kitchen Live"' in err and '"garden", "kitchen", "spring"' in err
    assert not (out / "history.html").exists()


def test_an_empty_library_is_one_sentence_and_no_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["history", "--library", str(tmp_path / "none"), "--out", str(out)]) == 1
    assert "holds no live yet" in capsys.readouterr().err
    assert not out.exists()
    store.write_rows(tmp_path / "lib", "minutes", "x@1", [])  # tables but no live
    assert main(["history", "--library", str(tmp_path / "lib"), "--out", str(out)]) == 1
    assert "holds no live yet" in capsys.readouterr().err


def test_a_bad_date_is_refused_by_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["history", "--since", "March", "--out", "x"])
    assert exc.value.code == 2
    assert "must be a date YYYY-MM-DD, got 'March'" in capsys.readouterr().err


# --- compare ----------------------------------------------------------------------------------------------------------

def test_compare_uses_the_minutes_every_live_recorded(tmp_path: Path) -> None:
    """The report's --compare set a 32-minute recording against a 7-minute one and printed "GMV +654%". Here both are
    at 4 orders (100) a minute: whole against whole LONG would read +357%; over minutes 0-6 they are equal."""
    lib = compare_library(tmp_path / "lib")
    out = tmp_path / "out"
    write_history(lib, out, Filters(), [LONG_KEY, SHORT_KEY])
    h = build(lib, Filters(), [LONG_KEY, SHORT_KEY])
    c = h.comparison
    assert c is not None and c.span == 7
    long, short = c.lives
    assert (long.complete_minutes, short.complete_minutes) == (32, 7)
    assert (long.span_gmv, short.span_gmv) == (700.0, 700.0)  # 7 minutes x 4 orders x 25
    assert (long.span_orders, long.span_viewer_minutes, short.span_viewer_minutes) == (28.0, 1400.0, 1400.0)
    assert long.orders_per_k_viewer_minutes == short.orders_per_k_viewer_minutes == pytest.approx(28 / 1400 * 1000)
    assert (long.gmv_per_minute, short.gmv_per_minute) == (100.0, 100.0)
    assert c.words().startswith("Over minutes 0–6 (the first 7 full minutes), the span both recorded")
    text = (out / "history.html").read_text(encoding="utf-8")
    assert "+357%" not in text and "−78%" not in text
    table = _tables(text)["compare"][0]
    assert table["head"][3:5] == ["GMV in span", "vs first"]
    assert [r[3] for r in table["rows"]] == ["€700", "€700"]
    assert [r[4] for r in table["rows"]] == ["—", "±0%"]
    assert table["head"][6] == "Orders / 1,000 viewer-min in span" and [r[6] for r in table["rows"]] == ["20.0"] * 2
    assert "Conversion" not in " ".join(table["head"])  # orders per click is no conversion: not shown
    assert "partial recording" in table["rows"][1][0] and "partial" not in table["rows"][0][0]
    assert "Over minutes 0–6" in text
    compared = _csv(out / "tables" / "compare.csv")
    assert [(r["key"], r["span_minutes"], float(r["span_gmv"])) for r in compared] == \
        [(LONG_KEY, "7", 700.0), (SHORT_KEY, "7", 700.0)]
    assert float(compared[1]["span_gmv_vs_first"]) == 0.0 and compared[1]["partial"] == "True"
    assert [float(r["span_orders_per_1000_viewer_minutes"]) for r in compared] == [20.0, 20.0]
    assert "span_conversion" not in compared[0]


def test_compare_names_a_live_by_its_id_only_when_one_live_has_it(library: Path) -> None:
    h = build(library, Filters(plan=KITCHEN), ["garden", KEYS[0]])
    assert h.comparison is not None
    assert [cl.live.key for cl in h.comparison.lives] == [GARDEN_KEY, KEYS[0]]
    assert h.comparison.span == 10  # G1 recorded minutes 0-9 in full, K1 0-11
    with pytest.raises(HistoryError, match="6 lives have this live id"):
        build(library, Filters(), ["kitchen", "garden"])
    with pytest.raises(HistoryError, match="no live of the library has this key or live id"):
        build(library, Filters(), ["nope", "garden"])
    with pytest.raises(HistoryError, match="at least two lives"):
        build(library, Filters(), ["garden"])


# --- the files --------------------------------------------------------------------------------------------------------

def test_the_csvs_hold_every_row(page: Path) -> None:
    tables = page / "tables"
    lives = _csv(tables / "lives.csv")
    assert [r["key"] for r in lives] == KEYS and lives[5]["partial"] == "True"
    seg = _csv(tables / "segments.csv")
    assert [(r["rank"], r["segment_id"], float(r["leaves_per_viewer_minute"])) for r in seg] == \
        [("1", "knife-demo", 0.005), ("2", "intro", 0.01), ("3", "qa", 0.02)]
    acts = _csv(tables / "actions.csv")
    assert [(r["target"], r["lives"], r["lives_lifted"], float(r["median_lift"])) for r in acts] == \
        [("towel-10", "6", "5", 1.0), ("knife-demo", "3", "2", 0.1)]
    assert float(acts[0]["interval_confidence"]) == pytest.approx(62 / 64) and acts[1]["interval_low"] == ""
    by_live = _csv(tables / "actions_by_live.csv")
    assert [float(r["lift"]) for r in by_live if r["target"] == "towel-10"] == [1.0, 1.5, 1.0, -0.2, 1.4, 0.8]
    minutes = _csv(tables / "minutes.csv")
    assert len(minutes) == 12 and float(minutes[0]["viewers"]) == 125.0
    assert float(minutes[0]["orders_per_1000_viewer_minutes"]) == 16.0 and "conversion" not in minutes[0]
    by_minute = _csv(tables / "minutes_by_live.csv")
    assert float(by_minute[0]["orders_per_1000_viewer_minutes"]) == 20.0  # K1 minute 0: 2 orders, 100 viewers
    windows = _csv(tables / "windows.csv")
    sag = next(r for r in windows if r["measure"] == "orders per 1,000 viewer-minutes sag" and r["first_minute"] == "5")
    assert [sag[c] for c in ("last_minute", "lives", "lives_off", "lives_other_way", "sign_test_p", "stands")] == \
        ["9", "5", "5", "0", "0.0625", "False"]
    quads = _csv(tables / "products_by_live.csv")
    assert [r["quadrant"] for r in quads if r["sku"] == "TOWEL"][-2:] == ["traffic builder", "review"]
    goals = _csv(tables / "goals.csv")
    assert [(r["goal"], r["lives_counted"], r["met"], r["trend"]) for r in goals] == \
        [("gmv", "5", "5", "rising"), ("orders", "5", "5", "rising"), ("max_cart_abandonment", "5", "2", "falling")]
    buyers = _csv(tables / "buyers.csv")
    assert [float(r["new_share"]) for r in buyers] == pytest.approx([0.6, 0.5, 0.45, 0.4, 0.28, 0.4])


def test_the_page_says_it_in_sentences_tables_and_charts(page: Path) -> None:
    text = (page / "history.html").read_text(encoding="utf-8")
    assert "<title>History of 6 lives, 2026-03-02 to 2026-04-06</title>" in text
    assert 'lives filtered by plan &quot;Kitchen Live&quot;' in text
    assert ("The flash offer &quot;Towel -20% for 10 min&quot; lifted orders in 5 of 6 lives, median +100% (97% "
            "interval −20% to +150%; sign test p = 0.22). Promising, not proven: more lives will tell.") in text
    assert "Orders per 1,000 viewer-minutes sag most often in minutes 5–9: below the live&#x27;s own median " \
        "band in 5 of 5 lives" in text
    assert "Conversion sags" not in text and "abandoned most" not in text
    assert "43% of the 115 buyers of these 6 lives were new to the shop (first live 60%, latest 40%)." in text
    assert "Chef knife (KNIFE): niche → star; Tea towel (TOWEL): traffic builder → review" in text
    assert ("Conversion sag (raised 6 times): when taken, orders per minute rose after it in 3 of 4 lives (median "
            "+90%); when dismissed or left to expire, in 0 of 2 lives (median −5%).") in text
    tables = _tables(text)
    goals = tables["goals"][0]
    assert goals["head"][:3] == ["Goal", "Lives with it", "Met"]
    assert [r[:3] for r in goals["rows"]] == [["GMV", "6", "5 of 5"], ["Orders", "6", "5 of 5"],
                                              ["Cart abandonment (max)", "6", "2 of 5"]]
    assert [r[4] for r in goals["rows"]] == ["€625", "25", "24.5%"]  # the latest full recording, K5
    assert [r[1].split()[0] for r in tables["segments"][0]["rows"]] == ["Knife", "Welcome", "Questions"]
    assert [r[6:8] for r in tables["segments"][0]["rows"]] == [["5.0", "9.7"], ["10.0", "20.0"], ["20.0", "10.0"]]
    actions = tables["actions"][0]["rows"]
    assert actions[0][2:9] == ["6", "5 of 6", "+100%", "−20% to +150% (97%)", "0.22", "+50%",
                               "promising, not proven"]
    assert [r[0] for r in tables["channels"][0]["rows"]] == ["paid", "organic"]
    assert tables["channels"][0]["rows"][0][4:] == ["7.8%", "€1,075", "€275", "3.9×"]
    lives = tables["lives"][0]["rows"]
    assert lives[0][0].startswith("Kitchen Live kitchen@") and "partial recording" in lives[0][0]  # latest first
    assert len(lives) == 6
    charts = sorted(p.stem for p in (page / "charts").glob("*.png"))
    assert charts == ["actions", "buyers", "channels", "goals", "minutes_abandonment", "minutes_orders",
                      "minutes_viewers", "products"]
    assert _Tables.parse(text).images == len(charts)
    keep = text[text.index('<ul class="findings keep">'):text.index('<ul class="findings change">')]
    assert "Towel -20%" in keep and "Knife demo&quot; keeps viewers best of the 2 segments run in 6 lives or more" \
        in keep


# --- a bad library ----------------------------------------------------------------------------------------------------

def test_a_file_that_is_not_parquet_is_left_out_and_named(tmp_path: Path) -> None:
    lib = kitchen_library(tmp_path / "lib")
    bad = store.live_folder(lib, "minutes", KEYS[1]) / "part-0.parquet"
    bad.write_bytes(b"not parquet at all")
    h = build(lib, Filters(plan=KITCHEN))
    assert any(str(bad) in w and "not a readable Parquet file" in w for w in h.warnings)
    assert len(h.lives) == 6 and h.minutes.average[0].lives == 5  # K2's minutes left out, the rest of K2 kept
    paths = write_history(lib, tmp_path / "out", Filters(plan=KITCHEN))
    assert str(bad) in paths[0].read_text(encoding="utf-8")


def test_a_column_of_the_wrong_type_and_bad_goals_json_are_named(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    lib = kitchen_library(tmp_path / "lib")
    wrong = store.live_folder(lib, "segments", KEYS[2]) / "part-0.parquet"
    pq.write_table(pa.table({"key": [KEYS[2]], "segment_id": ["intro"], "viewer_minutes": ["lots"]}), wrong)
    row = pq.read_table(store.live_folder(lib, "lives", KEYS[0]) / "part-0.parquet").to_pylist()[0]
    store.write_rows(lib, "lives", KEYS[0], [{**row, "goals": "{not json"}])
    h = build(lib, Filters(plan=KITCHEN))
    assert any(str(wrong) in w and "viewer_minutes" in w for w in h.warnings)
    assert any(w.startswith(f"Live {KEYS[0]}: its goals field is not JSON") for w in h.warnings)
    gmv = next(g for g in h.goals if g.goal == "gmv")
    assert [p.key for p in gmv.points] == KEYS[1:]
    assert next(s for s in h.segments if s.segment_id == "intro").lives == 5


def test_a_library_missing_a_column_reads_it_as_null(tmp_path: Path) -> None:
    """A table file from an older exporter, without a column the page reads: null there, not an error."""
    import pyarrow.parquet as pq

    lib = kitchen_library(tmp_path / "lib")
    path = store.live_folder(lib, "actions", KEYS[0]) / "part-0.parquet"
    pq.write_table(pq.read_table(path).drop_columns(["viewer_lift"]), path)
    h = build(lib, Filters(plan=KITCHEN))
    assert h.warnings == ()
    assert h.actions[0].viewer_median == pytest.approx(0.5)  # K1's per-viewer lift unknown: the others' median


# --- the statistics, by hand ------------------------------------------------------------------------------------------

def test_the_sign_test_and_the_median_interval_by_hand() -> None:
    assert stats.sign_test([1, 2, 3, 4, 5, 6]) == pytest.approx(2 / 64)
    assert stats.sign_test([1, -1, 0]) == 1.0 and stats.sign_test([0, 0]) is None
    assert stats.median_interval([5, 4, 3, 2, 1]) is None  # n = 5: no pair reaches 95%
    # n = 8: P(X <= 0) = 1/256, P(X <= 1) = 9/256 > 0.025: the 1st and 8th values, 1 - 2/256
    assert stats.median_interval(list(range(8))) == (0, 7, pytest.approx(1 - 2 / 256))
    # n = 10: P(X <= 1) = 11/1024 <= 0.025 < P(X <= 2) = 56/1024: the 2nd and 9th values
    assert stats.median_interval(list(range(10))) == (1, 8, pytest.approx(1 - 22 / 1024))
    assert stats.trend_word([10, 10.2, 10.1]) == "steady" and stats.trend_word([1, 2]) == ""
    assert stats.effect_verdict([0.5] * 6) == "works" and stats.effect_verdict([-0.5] * 6) == "hurts"
    assert stats.effect_verdict([0.5, 0.5]) == "too few lives to tell"
    assert math.isclose(stats.slope([1, 3, 5]) or 0, 2.0)


# --- house rules ------------------------------------------------------------------------------------------------------

def test_the_library_uses_no_private_name_of_another_module() -> None:
    """The history page draws with the report's plot, PNG export and legend and writes its CSVs as the report does:
    through their public names (a private one can change without its module's users in view)."""
    import ast

    root = Path(__file__).resolve().parent.parent / "console"
    private = sorted(f"{path.relative_to(root)}: {node.module}.{a.name}"
                     for path in (root / "library").rglob("*.py")
                     for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                     if isinstance(node, ast.ImportFrom) and node.module
                     for a in node.names if a.name.startswith("_") and not a.name.startswith("__"))
    assert private == []


def test_every_library_flag_says_the_same_default() -> None:
    """--library is one flag (console/cli.py _library_flag) wherever a command reads or writes the library."""
    import argparse

    from console.cli import build_parser

    def parsers(p: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
        subs = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
        return [p, *(q for s in subs for child in s.choices.values() for q in parsers(child))]

    helps = {p.prog: a.help for p in parsers(build_parser()) for a in p._actions if "--library" in a.option_strings}
    assert len(helps) >= 8  # library add|list|check, playbook, plan suggest, history, live, demo
    assert all(h and h.endswith("(default: ~/.local/share/live-console/library, under $XDG_DATA_HOME when set)")
               for h in helps.values()), helps


# --- helpers ----------------------------------------------------------------------------------------------------------

def _sign_test(up: int, down: int) -> float:
    """The two-sided exact sign test from its definition: twice the binomial(n, 1/2) tail of the larger side."""
    n, k = up + down, max(up, down)
    return min(1.0, 2 * sum(math.comb(n, i) for i in range(k, n + 1)) / 2 ** n) if n else 1.0


def _bands_by_hand(lives: dict[str, list[dict[str, Any]]], num: str, den: str, scale: float,
                   side: int) -> dict[int, tuple[int, list[str], int]]:
    """band start -> (lives with the band, lives off their median band on `side`, lives the other way): full
    5-minute bands of complete minutes, rate = scale x sum(num) / sum(den), against the live's median band."""
    import statistics

    out: dict[int, tuple[int, list[str], int]] = {}
    for key, rows in lives.items():
        full = [r for r in rows if r["complete"]]
        bands = {}
        for start in range(0, len(full), 5):
            band = [r for r in full if start <= r["minute"] < start + 5]
            if len(band) == 5 and sum(r[den] for r in band) > 0:
                bands[start] = scale * sum(r[num] for r in band) / sum(r[den] for r in band)
        middle = statistics.median(bands.values())
        for start, rate in bands.items():
            n, flagged, against = out.get(start, (0, [], 0))
            off = (rate - middle) * side
            out[start] = (n + 1, [*flagged, key] if off > 0 else flagged, against + (off < 0))
    return dict(sorted(out.items()))


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


class _Tables(HTMLParser):
    """Every <table> of each <section> as its header and rows of cell texts; the PNG images embedded."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, list[dict[str, Any]]] = {}
        self._section = ""
        self._cell: list[str] | None = None
        self.images = 0

    @classmethod
    def parse(cls, text: str) -> _Tables:
        parser = cls()
        parser.feed(text)
        return parser

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "section":
            self._section = a.get("id") or ""
        elif tag == "table":
            self.sections.setdefault(self._section, []).append({"head": [], "rows": []})
        elif tag == "tr" and self.sections.get(self._section):
            self.sections[self._section][-1]["rows"].append([])
        elif tag in ("th", "td"):
            self._cell = []
        elif tag == "img" and (a.get("src") or "").startswith("data:image/png;base64,"):
            self.images += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td") and self._cell is not None:
            text = " ".join("".join(self._cell).split())
            t = self.sections[self._section][-1]
            (t["head"] if tag == "th" else t["rows"][-1]).append(text)
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data + " ")


def _tables(text: str) -> dict[str, list[dict[str, Any]]]:
    parsed = _Tables.parse(text)
    for tables in parsed.sections.values():  # the header row is a <tr> too: keep the body rows only
        for t in tables:
            t["rows"] = [r for r in t["rows"] if r]
    return parsed.sections


def test_many_lives_the_page_lists_the_latest_and_the_csv_every_one(tmp_path: Path) -> None:
    from tests.library_fixtures import DAY, K_START, lives_row, minute, write_live

    lib = tmp_path / "lib"
    keys = [store.live_key("daily", K_START + i * DAY) for i in range(35)]
    for i, key in enumerate(keys):
        ms = [minute(m, viewers=100, orders=1, clicks=10) for m in range(3)]
        write_live(lib, key, lives=lives_row(key, "daily", "Daily", K_START + i * DAY, ms, plan="Daily", tags=[],
                                             buyers=(1, 1)), minutes=ms)
    out = tmp_path / "out"
    write_history(lib, out, Filters())
    text = (out / "history.html").read_text(encoding="utf-8")
    rows = _tables(text)["lives"][0]["rows"]
    assert [r[0].split()[-1] for r in rows] == keys[::-1][:30]  # the latest first
    assert "The latest 30 of 35; tables/lives.csv lists every one." in text
    assert "the latest 30 of 35 lives" in text  # the live-by-live charts say what they draw
    assert [r["key"] for r in _csv(out / "tables" / "lives.csv")] == keys
