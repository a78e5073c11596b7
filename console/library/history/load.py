"""The library opened for the history page: every table read once into DuckDB (a file that cannot be read is left out
by the store and named in the page's warnings, never fatal), the filters applied in one place (the `chosen` table),
the --compare names resolved.

After `open_selection`, the connection holds:
    lives_all                  every live of the library (for --compare, and to say what a filter could match)
    chosen(key, pos)           the lives the filters kept, pos 0 = the oldest
    <table> for each of store.TABLES but lives: the rows of the chosen and the compared lives, with the store's
                               columns and types (a column a file lacks is null)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import duckdb

from console.i18n import PLURAL, translate
from console.library import store
from console.library.history.model import Filters
from console.library.store_cache import open_library

#: the columns the page reads of each table: only these are copied into the page's own tables
COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "lives": ("key", "live_id", "title", "date", "started_at", "plan_name", "tags", "currency", "duration_s",
              "partial", "gmv", "orders", "conversion", "peak_viewers", "avg_viewers", "roas", "abandonment", "buyers",
              "new_buyers", "returning_buyers", "new_revenue", "returning_revenue", "actions", "advice",
              "advice_taken", "goals"),
    "minutes": ("key", "minute", "complete", "viewers", "orders", "revenue", "cart_adds", "abandons"),
    "products": ("key", "sku", "name", "margin", "sell_through", "units", "revenue"),
    "channels": ("key", "channel", "entered", "orders", "buyers", "revenue", "ad_spend"),
    "segments": ("key", "segment_id", "title", "demo", "viewer_minutes", "leaves", "orders", "revenue"),
    "actions": ("key", "number", "kind", "target", "label", "lift", "viewer_lift"),
    "advice": ("key", "kind", "status", "lift"),
}


class HistoryError(Exception):
    """Nothing to show, or nothing that can be read: the sentence the command prints (no page is written)."""


@dataclass
class Selection:
    con: duckdb.DuckDBPyConnection
    compare_keys: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)


def open_selection(library: Path, filters: Filters, compare: Sequence[str] | None = None) -> Selection:
    """Read the library, keep the lives the filters match, resolve the compared lives. Raises HistoryError with a
    sentence for an empty library, a filter matching nothing, or a --compare name that is no live."""
    if not (library / "parquet").is_dir():
        raise HistoryError(_empty_library(library))
    opened = open_library(library)  # a file that cannot be read is left out by the store, for every reader alike
    con = opened.con
    warnings = [x.words() for x in opened.left_out]
    _materialise(con, "lives", "lives_all", "", library)
    if con.execute("SELECT count(*) FROM lives_all").fetchone() == (0,):
        raise HistoryError(_empty_library(library))
    _choose(con, filters, library)
    keys = resolve_compare(con, compare) if compare else ()
    con.execute("CREATE TEMP TABLE wanted AS SELECT key FROM chosen UNION SELECT unnest(?::VARCHAR[])", [list(keys)])
    for table in store.TABLES:
        if table != "lives":
            _materialise(con, table, table, "WHERE key IN (SELECT key FROM wanted)", library)
    return Selection(con, keys, warnings)


def _empty_library(library: Path) -> str:
    return translate("History", "The library {library} holds no live yet: add session files with "
                     "`live-console library add FILE...` (or name another with --library).").format(library=library)


def _choose(con: duckdb.DuckDBPyConnection, filters: Filters, library: Path) -> None:
    """The one place the filters are applied: every section reads the lives in `chosen`."""
    where, params = ["TRUE"], []
    if filters.since:
        where.append("date >= ?")
        params.append(filters.since)
    if filters.plan:
        where.append("lower(plan_name) = lower(?)")
        params.append(filters.plan)
    for tag in filters.tags:
        where.append("list_contains(tags, ?)")
        params.append(tag)
    con.execute("CREATE TEMP TABLE chosen AS SELECT key, "
                "(row_number() OVER (ORDER BY started_at NULLS FIRST, key)) - 1 AS pos "
                f"FROM lives_all WHERE {' AND '.join(where)}", params)
    if con.execute("SELECT count(*) FROM chosen").fetchone() == (0,):
        raise HistoryError(_nothing_matches(con, filters, library))


def _nothing_matches(con: duckdb.DuckDBPyConnection, filters: Filters, library: Path) -> str:
    """The sentence for a filter that keeps no live, with what the library does hold."""
    n, first, last = con.execute("SELECT count(*), min(date), max(date) FROM lives_all").fetchone() or (0, None, None)
    plans = [r[0] for r in con.execute("SELECT DISTINCT plan_name FROM lives_all WHERE plan_name IS NOT NULL "
                                       "ORDER BY 1").fetchall()]
    tags = [r[0] for r in con.execute("SELECT DISTINCT unnest(tags) FROM lives_all ORDER BY 1").fetchall()]
    named = (translate("History", "plans: {names}").format(names=", ".join(f'"{p}"' for p in plans)) if plans
             else translate("History", "no plan names"))
    tagged = (translate("History", "tags: {names}").format(names=", ".join(f'"{t}"' for t in tags)) if tags
              else translate("History", "no tags"))
    held = translate("History", "it holds %n live(s), from {first} to {last}; {plans}; {tags}", None, PLURAL, n).format(
        first=first, last=last, plans=named, tags=tagged)
    return translate("History", "No live in the library {library} matches {filters}: {held}.").format(
        library=library, filters=filters.words(), held=held)


def resolve_compare(con: duckdb.DuckDBPyConnection, names: Sequence[str]) -> tuple[str, ...]:
    """Each name as a live's key: a key as it is, a live id when exactly one live has it. Raises HistoryError naming
    the first name that is no live or more than one, and for fewer than two distinct lives."""
    keys: list[str] = []
    for name in names:
        rows = con.execute("SELECT key, date FROM lives_all WHERE key = ? ORDER BY started_at", [name]).fetchall()
        if not rows:
            rows = con.execute("SELECT key, date FROM lives_all WHERE live_id = ? ORDER BY started_at",
                               [name]).fetchall()
        if not rows:
            raise HistoryError(translate("History", "--compare {name}: no live of the library has this key or live "
                                         "id.").format(name=name))
        if len(rows) > 1:
            shown = ", ".join(f"{k} ({d})" for k, d in rows[:6])
            if len(rows) > 6:
                shown = translate("History", "{names} and {more} more").format(names=shown, more=len(rows) - 6)
            raise HistoryError(translate("History", "--compare {name}: {lives} lives have this live id ({shown}); name "
                                         "one by its key.").format(name=name, lives=len(rows), shown=shown))
        if rows[0][0] in keys:
            raise HistoryError(translate("History", "--compare {name}: that live is named twice.").format(name=name))
        keys.append(rows[0][0])
    if len(keys) < 2:
        raise HistoryError(translate("History", "--compare needs at least two lives."))
    return tuple(keys)


def _materialise(con: duckdb.DuckDBPyConnection, table: str, name: str, where: str, library: Path) -> None:
    """Read `table`'s rows into the temporary table `name`, the COLUMNS the page reads: the page's queries then read
    only what they need, in memory. The store gives every table its columns and types (a file that does not fit is
    left out there, a column an older file lacks is null)."""
    cols = ", ".join(f'"{c}"' for c in COLUMNS[table])
    try:
        con.execute(f"CREATE TEMP TABLE {name} AS SELECT {cols} FROM {table} {where}")
    except duckdb.Error as exc:
        raise HistoryError(translate("History", "The library's {table} table cannot be read ({folder}): {why}").format(
            table=table, folder=store.table_dir(library, table), why=str(exc).splitlines()[0])) from None
