"""The library's store: one live's rows written and replaced, and DuckDB reading every live's rows of a table from
one compacted file that follows the per-live files (added, replaced, removed) without reading them all again."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import duckdb
import pytest

from console.library import store


def minutes(_key: str, con: duckdb.DuckDBPyConnection) -> list[Any]:
    return con.execute("SELECT key, minute, viewers FROM minutes ORDER BY key, minute").fetchall()


def test_the_compacted_table_follows_lives_added_replaced_and_removed(tmp_path: Path) -> None:
    a, b, c = (store.live_key(name, 1_800_000_000 + i) for i, name in enumerate(("mon", "tue", "wed")))
    store.write_rows(tmp_path, "minutes", a, [{"minute": 0, "viewers": 10.0}, {"minute": 1, "viewers": 12.0}])
    store.write_rows(tmp_path, "minutes", b, [{"minute": 0, "viewers": 20.0}])
    assert minutes(a, store.connect(tmp_path)) == [(a, 0, 10.0), (a, 1, 12.0), (b, 0, 20.0)]
    cache = tmp_path / "parquet" / "minutes.all.parquet"
    built = cache.stat().st_mtime_ns

    assert minutes(a, store.connect(tmp_path)) == [(a, 0, 10.0), (a, 1, 12.0), (b, 0, 20.0)]
    assert cache.stat().st_mtime_ns == built  # nothing changed: the cache is read as it is

    store.write_rows(tmp_path, "minutes", c, [{"minute": 0, "viewers": 30.0}])  # added
    store.write_rows(tmp_path, "minutes", a, [{"minute": 0, "viewers": 11.0}])  # replaced (a newer copy)
    assert minutes(a, store.connect(tmp_path)) == [(a, 0, 11.0), (b, 0, 20.0), (c, 0, 30.0)]
    store.remove_live(tmp_path, b)
    assert minutes(a, store.connect(tmp_path)) == [(a, 0, 11.0), (c, 0, 30.0)]
    assert store.connect(tmp_path).execute("SELECT count(*) FROM products").fetchone() == (0,)  # no rows yet


def test_a_damaged_cache_is_built_again_and_the_rows_still_read(tmp_path: Path) -> None:
    key = store.live_key("mon", 1_800_000_000)
    store.write_rows(tmp_path, "minutes", key, [{"minute": 0, "viewers": 10.0}])
    store.connect(tmp_path)
    cache = tmp_path / "parquet" / "minutes.all.parquet"
    store.write_rows(tmp_path, "minutes", key, [{"minute": 0, "viewers": 11.0}])
    cache.write_bytes(b"not parquet")
    assert minutes(key, store.connect(tmp_path)) == [(key, 0, 11.0)]  # read file by file this once
    assert minutes(key, store.connect(tmp_path)) == [(key, 0, 11.0)] and cache.read_bytes()[:4] == b"PAR1"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_library_the_user_cannot_write_to_is_read_file_by_file(tmp_path: Path) -> None:
    key = store.live_key("mon", 1_800_000_000)
    store.write_rows(tmp_path, "minutes", key, [{"minute": 0, "viewers": 10.0}])
    (tmp_path / "parquet").chmod(0o555)
    try:
        assert minutes(key, store.connect(tmp_path)) == [(key, 0, 10.0)]
    finally:
        (tmp_path / "parquet").chmod(0o755)
