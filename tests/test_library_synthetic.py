"""Synthetic lives (console/library/synthetic.py): every table in the store's columns, figures that agree with each
other the way a recorded live's do, plausible numbers, and the same lives from the same seed.

Every expectation is computed here from the Parquet files themselves (plain SQL in DuckDB over read_parquet, or
pyarrow), never by the generator's code."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest

from console.library import store
from console.library.synthetic import write_synthetic

LIVES = 40
SEED = 5


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lib = tmp_path_factory.mktemp("synthetic") / "library"
    write_synthetic(lib, LIVES, SEED)
    return lib


@pytest.fixture(scope="module")
def sql(library: Path) -> duckdb.DuckDBPyConnection:
    """Plain DuckDB over the files as written (not store.connect): one view per table."""
    con = duckdb.connect(":memory:")
    for t in store.TABLES:
        con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{library}/parquet/{t}/*/part-0.parquet')")
    return con


def rows(con: duckdb.DuckDBPyConnection, query: str) -> list[tuple[Any, ...]]:
    return con.execute(query).fetchall()


def test_every_table_has_one_file_per_live_in_the_stores_columns(library: Path) -> None:
    keys = sorted(p.name for p in store.table_dir(library, "lives").iterdir())
    assert len(keys) == LIVES
    for t in store.TABLES:
        files = sorted(store.table_dir(library, t).glob("*/part-0.parquet"))
        assert sorted(f.parent.name for f in files) == keys, t
        for f in files:
            assert pq.read_schema(f).remove_metadata().equals(store.SCHEMAS[t]), f


def test_keys_name_the_live_and_its_start(sql: duckdb.DuckDBPyConnection) -> None:
    lives = rows(sql, "SELECT key, live_id, started_at, date FROM lives")
    assert len({k for k, *_ in lives}) == LIVES
    for key, live_id, started, date in lives:
        assert key == f"{live_id}@{int(started)}"
        assert date == dt.datetime.fromtimestamp(started, dt.UTC).strftime("%Y-%m-%d")
    for t in store.TABLES:  # every row of a file carries its live's key
        assert rows(sql, f"SELECT count(*) FROM {t} WHERE key NOT IN (SELECT key FROM lives)") == [(0,)], t


def test_sizes_are_as_described(sql: duckdb.DuckDBPyConnection) -> None:
    per_live = rows(sql, """
        SELECT l.duration_s,
               (SELECT count(*) FROM minutes m WHERE m.key = l.key),
               (SELECT count(*) FROM products p WHERE p.key = l.key),
               (SELECT count(*) FROM segments s WHERE s.key = l.key),
               (SELECT count(*) FROM actions a WHERE a.key = l.key),
               (SELECT count(*) FROM advice a WHERE a.key = l.key),
               (SELECT count(*) FROM channels c WHERE c.key = l.key)
        FROM lives l""")
    for duration, minutes, products, segments, actions, advice, channels in per_live:
        assert 3600 <= duration <= 7200
        assert minutes == math.ceil(duration / 60)
        assert 10 <= products <= 20
        assert 4 <= segments <= 6
        assert 5 <= actions <= 15
        assert 0 <= advice <= 3
        assert channels == 3
    assert any(a for *_, a, _ in per_live)  # a few advice, not none at all


def test_minutes_are_numbered_and_only_the_last_is_partial(sql: duckdb.DuckDBPyConnection) -> None:
    per_live = rows(sql, "SELECT key, list(minute ORDER BY minute), list(complete ORDER BY minute) FROM minutes "
                         "GROUP BY key")
    for _key, minutes, complete in per_live:
        assert minutes == list(range(len(minutes)))
        assert complete == [True] * (len(minutes) - 1) + [False]


def test_orders_never_exceed_clicks_or_units(sql: duckdb.DuckDBPyConnection) -> None:
    assert rows(sql, "SELECT count(*) FROM products WHERE orders > clicks OR orders > units OR carts > clicks "
                     "OR orders > carts OR abandons > carts") == [(0,)]
    assert rows(sql, "SELECT count(*) FROM minutes WHERE orders > clicks OR orders > units "
                     "OR orders > cart_adds") == [(0,)]
    assert rows(sql, "SELECT count(*) FROM channels WHERE buyers > orders OR orders > entered") == [(0,)]
    assert rows(sql, "SELECT count(*) FROM lives WHERE buyers > orders OR orders > units") == [(0,)]


def test_the_headline_adds_up_from_the_tables(sql: duckdb.DuckDBPyConnection) -> None:
    per_live = rows(sql, """
        SELECT l.key, l.gmv, l.orders, l.units, l.buyers, l.entered, l.conversion, l.cart_adds, l.abandons,
               l.abandonment, l.peak_viewers, l.avg_viewers, l.new_buyers + l.returning_buyers,
               l.new_revenue + l.returning_revenue, l.ad_spend, l.roas, l.actions, l.advice, l.advice_taken,
               p.revenue, p.orders, p.units, m.revenue, m.orders, m.units, m.cart_adds, m.abandons, m.peak, m.avg,
               m.joins, c.revenue, c.orders, c.buyers, c.entered, c.ad_spend, c.paid, a.n, v.n, v.taken
        FROM lives l
        JOIN (SELECT key, sum(revenue) revenue, sum(orders) orders, sum(units) units FROM products GROUP BY key) p
            USING (key)
        JOIN (SELECT key, sum(revenue) revenue, sum(orders) orders, sum(units) units, sum(cart_adds) cart_adds,
                     sum(abandons) abandons, max(viewers) peak, avg(viewers) avg, sum(joins) joins
              FROM minutes GROUP BY key) m USING (key)
        JOIN (SELECT key, sum(revenue) revenue, sum(orders) orders, sum(buyers) buyers, sum(entered) entered,
                     sum(ad_spend) ad_spend, sum(revenue) FILTER (WHERE channel = 'paid') paid
              FROM channels GROUP BY key) c USING (key)
        JOIN (SELECT key, count(*) n FROM actions GROUP BY key) a USING (key)
        LEFT JOIN (SELECT key, count(*) n, count(*) FILTER (WHERE status = 'taken') taken FROM advice GROUP BY key) v
            USING (key)""")
    assert len(per_live) == LIVES
    for r in per_live:
        (key, gmv, orders, units, buyers, entered, conversion, carts, abandons, abandonment, peak, avg, both_buyers,
         both_revenue, spend, roas, actions, advice, taken, p_rev, p_orders, p_units, m_rev, m_orders, m_units,
         m_carts, m_abandons, m_peak, m_avg, m_joins, c_rev, c_orders, c_buyers, c_entered, c_spend, c_paid,
         a_n, v_n, v_taken) = r
        cents = 0.01 * 25  # each product's and minute's revenue is rounded to the cent
        assert gmv == pytest.approx(p_rev, abs=cents), key
        assert gmv == pytest.approx(m_rev, abs=cents * 5), key
        assert gmv == pytest.approx(c_rev, abs=cents), key
        assert gmv == pytest.approx(both_revenue, abs=0.02), key
        assert orders == p_orders == m_orders == c_orders, key
        assert units == p_units == m_units, key
        assert buyers == c_buyers == both_buyers, key
        assert entered == c_entered == m_joins, key
        assert conversion == pytest.approx(buyers / entered), key
        assert (carts, abandons) == (m_carts, m_abandons), key
        assert abandonment == pytest.approx(abandons / carts), key
        assert (peak, avg) == (m_peak, pytest.approx(m_avg)), key
        assert spend == pytest.approx(c_spend) and roas == pytest.approx(c_paid / c_spend), key
        assert (actions, advice, taken) == (a_n, v_n or 0, v_taken or 0), key


def test_segments_cover_the_live_end_to_end(sql: duckdb.DuckDBPyConnection) -> None:
    per_live = rows(sql, """
        SELECT l.key, l.duration_s, list(s.start_s ORDER BY s.start_s), list(s.end_s ORDER BY s.start_s),
               list(s.segment_id ORDER BY s.start_s), list(s.run ORDER BY s.start_s), sum(s.viewer_minutes),
               sum(s.orders), sum(s.joins), sum(s.leaves)
        FROM segments s JOIN lives l USING (key) GROUP BY l.key, l.duration_s""")
    totals = {k: v for k, *v in rows(sql, "SELECT key, sum(m.viewers * least(60, l.duration_s - 60 * m.minute)) / 60,"
                                          " sum(m.orders), sum(m.joins), sum(m.leaves) FROM minutes m "
                                          "JOIN lives l USING (key) GROUP BY key")}
    for key, duration, starts, ends, ids, runs, vm, orders, joins, leaves in per_live:
        assert starts[0] == 0 and ends[-1] == duration, key
        assert starts[1:] == ends[:-1], key  # no hole, no overlap
        assert all(e > s for s, e in zip(starts, ends, strict=True)), key
        assert ids[0] == "welcome" and ids[-1] == "qa", key
        assert runs == [ids[: i + 1].count(seg) for i, seg in enumerate(ids)], key
        # the spans share out the live's minutes whole: a partial minute by the share of its seconds
        assert [vm, orders, joins, leaves] == pytest.approx(totals[key]), key


def test_actions_measure_what_the_minutes_say(sql: duckdb.DuckDBPyConnection) -> None:
    """Each action's orders per minute before and after it are the minutes' orders in the five whole minutes
    before the minute it came in and the five from it (the report's window), its lift their ratio."""
    minutes = {}
    for key, orders, seconds in rows(sql, "SELECT key, list(m.orders ORDER BY m.minute), "
                                          "list(least(60, l.duration_s - 60 * m.minute) ORDER BY m.minute) "
                                          "FROM minutes m JOIN lives l USING (key) GROUP BY key"):
        minutes[key] = (orders, seconds)
    checked = 0
    for key, at, status, before, after, lift, verdict in rows(
            sql, "SELECT key, at_s, status, opm_before, opm_after, lift, verdict FROM actions"):
        if status == "failed":
            assert (before, after, lift, verdict) == (None, None, None, "not on the stream")
            continue
        orders, seconds = minutes[key]
        m = min(int(at // 60), len(orders) - 1)
        b, a = range(max(0, m - 5), m), range(m, min(len(orders), m + 5))
        want_before = sum(orders[i] for i in b) / (sum(seconds[i] for i in b) / 60) if b else None
        want_after = sum(orders[i] for i in a) / (sum(seconds[i] for i in a) / 60)
        assert before == pytest.approx(want_before) and after == pytest.approx(want_after), (key, at)
        if want_before:
            assert lift == pytest.approx(want_after / want_before - 1), (key, at)
        else:
            assert lift is None
        assert verdict in ("clear lift", "likely lift", "no clear change", "likely drop", "clear drop",
                           "too few orders to tell", "no before window")
        checked += 1
    assert checked > LIVES * 5


def test_actions_and_advice_name_what_the_plan_has(sql: duckdb.DuckDBPyConnection) -> None:
    # a segment change starts each run after the first, at the run's start
    assert rows(sql, """
        SELECT count(*) FROM segments s
        WHERE s.start_s > 0 AND NOT EXISTS (SELECT 1 FROM actions a WHERE a.key = s.key AND a.kind = 'segment'
                                            AND a.target = s.segment_id AND a.at_s = s.start_s)""") == [(0,)]
    # offers name their product and the preset; the advice taken names its action, which says it answered it
    assert rows(sql, "SELECT count(*) FROM actions WHERE kind = 'flash_offer' AND (product_id IS NULL OR target "
                     "NOT LIKE 'flash-%')") == [(0,)]
    taken = rows(sql, """
        SELECT v.kind, a.source, a.advice_kind, a.target = v.remedy_target FROM advice v
        JOIN actions a ON a.key = v.key AND 'k-' || a.number = v.action_key WHERE v.status = 'taken'""")
    assert taken and all(t == (k, "advice", k, True) for t in taken for k in [t[0]])
    assert rows(sql, "SELECT count(*) FROM advice WHERE status = 'taken' AND action_key IS NULL") == [(0,)]
    assert rows(sql, "SELECT count(*) FROM products WHERE sku NOT IN (SELECT sku FROM products p2 "
                     "WHERE p2.key = products.key)") == [(0,)]
    assert rows(sql, "SELECT count(*) FROM actions a WHERE product_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                     "products p WHERE p.key = a.key AND p.sku = a.product_id)") == [(0,)]


def test_stock_runs_out_as_the_products_say(sql: duckdb.DuckDBPyConnection) -> None:
    assert rows(sql, "SELECT count(*) FROM products WHERE in_plan AND (stock_left <> stock_start - units "
                     "OR stock_left < 0 OR (stock_left = 0) <> (sold_out_at_s IS NOT NULL) "
                     "OR abs(sell_through - units / stock_start) > 1e-9 "
                     "OR abs(margin - (price - unit_cost) / price) > 1e-9)") == [(0,)]
    assert rows(sql, "SELECT count(*) FROM products WHERE NOT in_plan AND (stock_start IS NOT NULL OR "
                     "unit_cost IS NOT NULL OR sold_out_at_s IS NOT NULL)") == [(0,)]
    assert rows(sql, "SELECT count(*) FROM products p JOIN lives l USING (key) WHERE sold_out_at_s < 0 "
                     "OR sold_out_at_s > l.duration_s") == [(0,)]
    assert rows(sql, "SELECT count(*) > 0 FROM products WHERE sold_out_at_s IS NOT NULL") == [(True,)]


def test_goals_say_target_actual_and_met(sql: duckdb.DuckDBPyConnection) -> None:
    lives = rows(sql, "SELECT gmv, orders, conversion, peak_viewers, roas, abandonment, goals FROM lives")
    met_any, missed_any = False, False
    for gmv, orders, conversion, peak, roas, abandonment, goals in lives:
        by_key = {g["key"]: g for g in json.loads(goals)}
        actual = {"gmv": gmv, "orders": orders, "conversion": conversion, "peak_viewers": peak, "roas": roas,
                  "max_cart_abandonment": abandonment}
        assert set(by_key) == set(actual)
        for k, g in by_key.items():
            assert set(g) == {"key", "label", "target", "actual", "met"}
            assert g["actual"] == pytest.approx(actual[k])
            want = g["actual"] <= g["target"] if k == "max_cart_abandonment" else g["actual"] >= g["target"]
            assert g["met"] is want
            met_any, missed_any = met_any or want, missed_any or not want
    assert met_any and missed_any


def test_the_numbers_are_plausible(sql: duckdb.DuckDBPyConnection) -> None:
    """Viewers in the hundreds to thousands, conversion of 1-4 %, a sag around minute 30, offers that mostly lift."""
    (conv_lo, conv_mid, conv_hi, peak_lo, peak_hi), = rows(sql, """
        SELECT quantile_cont(conversion, 0.1), median(conversion), quantile_cont(conversion, 0.9),
               min(peak_viewers), max(peak_viewers) FROM lives""")
    assert conv_lo >= 0.01 and conv_mid <= 0.04 and conv_hi <= 0.05
    assert peak_lo >= 100 and peak_hi <= 10_000
    (before, sag, after), = rows(sql, """
        SELECT avg(viewers) FILTER (WHERE minute BETWEEN 14 AND 20),
               avg(viewers) FILTER (WHERE minute BETWEEN 28 AND 32),
               avg(viewers) FILTER (WHERE minute BETWEEN 42 AND 48) FROM minutes""")
    assert sag < 0.95 * before and sag < 0.95 * after
    (converts, sags), = rows(sql, """
        SELECT sum(orders) FILTER (WHERE minute BETWEEN 12 AND 20) / sum(viewers) FILTER (WHERE minute <= 20
                                                                                          AND minute >= 12),
               sum(orders) FILTER (WHERE minute BETWEEN 27 AND 32) / sum(viewers) FILTER (WHERE minute <= 32
                                                                                          AND minute >= 27)
        FROM minutes""")
    assert sags < 0.9 * converts  # conversion sags there too, not only the room
    (lifted,), = rows(sql, "SELECT avg((lift > 0)::INT) FROM actions WHERE kind = 'flash_offer' AND lift IS NOT NULL")
    assert lifted > 0.6


def test_same_seed_same_lives_and_a_longer_library_starts_with_them(library: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    keys = write_synthetic(again, 7, SEED)
    assert len(keys) == 7
    grown = write_synthetic(again, 9, SEED, first=7)  # two more lives, as shows go by
    assert grown == write_synthetic(tmp_path / "nine", 9, SEED)[7:]
    for t in store.TABLES:
        for key in grown:
            assert pq.read_table(store.live_folder(again, t, key) / "part-0.parquet").equals(
                pq.read_table(store.live_folder(tmp_path / "nine", t, key) / "part-0.parquet")), (t, key)
    for t in store.TABLES:
        for key in keys:
            mine = pq.read_table(store.live_folder(again, t, key) / "part-0.parquet")
            first = pq.read_table(store.live_folder(library, t, key) / "part-0.parquet")  # live i is live i
            assert mine.equals(first), (t, key)
    other = write_synthetic(tmp_path / "other", 7, SEED + 1)
    assert [k.split("@")[0] for k in other] == [k.split("@")[0] for k in keys]  # the same shows in turn...
    for mine, theirs in zip(keys, other, strict=True):  # ...but other lives
        assert not pq.read_table(store.live_folder(again, "minutes", mine) / "part-0.parquet").drop(["key"]).equals(
            pq.read_table(store.live_folder(tmp_path / "other", "minutes", theirs) / "part-0.parquet").drop(["key"]))


def test_the_stores_reader_reads_them(library: Path) -> None:
    con = store.connect(library)
    assert con.execute("SELECT count(*) FROM lives").fetchone() == (LIVES,)
    assert con.execute("SELECT count(DISTINCT key) FROM minutes").fetchone() == (LIVES,)


def test_bad_n_is_refused_and_zero_writes_nothing(tmp_path: Path) -> None:
    assert write_synthetic(tmp_path / "empty", 0, 1) == []
    assert not (tmp_path / "empty").exists()
    with pytest.raises(ValueError, match="need 0 <= first <= n"):
        write_synthetic(tmp_path / "neg", -1, 1)
    with pytest.raises(ValueError, match="lives 5 to 2"):
        write_synthetic(tmp_path / "neg", 3, 1, first=5)
    assert not (tmp_path / "neg").exists()
