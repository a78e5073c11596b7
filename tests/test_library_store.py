"""The library's store: one live's rows written and replaced, and DuckDB reading every live's rows of a table from
one compacted file that follows the per-live files (added, replaced, removed) without reading them all again."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from console.library import store
from console.library.store_cache import open_library
from console.library.synthetic import write_synthetic


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


# --- damaged, stale, left out, locked ---------------------------------------------------------------------------------

def _damage_pages(cache: Path) -> None:
    """Zero every byte between the magic number and the footer: the footer (and the signature in it) still reads,
    the rows do not."""
    data = bytearray(cache.read_bytes())
    footer = int.from_bytes(data[-8:-4], "little")
    data[4:len(data) - 8 - footer] = bytes(len(data) - 12 - footer)
    cache.write_bytes(bytes(data))


def test_a_cache_damaged_behind_a_good_footer_is_deleted_and_built_again(tmp_path: Path) -> None:
    key = store.live_key("mon", 1_800_000_000)
    store.write_rows(tmp_path, "minutes", key, [{"minute": m, "viewers": 10.0 + m} for m in range(30)])
    store.connect(tmp_path)
    cache = store.cache_path(tmp_path, "minutes")
    _damage_pages(cache)
    assert pq.read_schema(cache).metadata  # what it was built from still reads: it matches the parts on disk
    with pytest.raises(OSError, match="page header"):
        pq.read_table(cache)
    expected = [(key, m, 10.0 + m) for m in range(30)]
    assert minutes(key, store.connect(tmp_path)) == expected
    assert pq.read_table(cache).num_rows == 30  # built again, not read around once and left damaged
    assert minutes(key, store.connect(tmp_path)) == expected


def test_a_stale_cache_is_never_taken_for_a_fresh_one(tmp_path: Path) -> None:
    """The signature is in the cache's own footer: an older cache put back in place (a slow writer's, or a backup)
    says what it holds, and is brought up to date."""
    a, b = store.live_key("mon", 1_800_000_000), store.live_key("tue", 1_800_086_400)
    store.write_rows(tmp_path, "minutes", a, [{"minute": 0, "viewers": 10.0}])
    store.connect(tmp_path)
    cache = store.cache_path(tmp_path, "minutes")
    older = cache.read_bytes()
    store.write_rows(tmp_path, "minutes", b, [{"minute": 0, "viewers": 20.0}])
    assert minutes(a, store.connect(tmp_path)) == [(a, 0, 10.0), (b, 0, 20.0)]
    cache.write_bytes(older)
    assert minutes(a, store.connect(tmp_path)) == [(a, 0, 10.0), (b, 0, 20.0)]


def test_a_part_that_cannot_be_read_is_left_out_for_every_reader_and_named(tmp_path: Path) -> None:
    a, b, c = (store.live_key(name, 1_800_000_000 + i) for i, name in enumerate(("mon", "tue", "wed")))
    for key, viewers in ((a, 10.0), (b, 20.0), (c, 30.0)):
        store.write_rows(tmp_path, "minutes", key, [{"minute": 0, "viewers": viewers}])
        store.write_rows(tmp_path, "segments", key, [{"run": 1, "segment_id": "intro", "viewer_minutes": viewers}])
    junk = store.live_folder(tmp_path, "minutes", b) / "part-0.parquet"
    junk.write_bytes(b"not parquet at all")
    wrong = store.live_folder(tmp_path, "segments", c) / "part-0.parquet"
    pq.write_table(pa.table({"key": [c], "segment_id": ["intro"], "viewer_minutes": ["lots"]}), wrong)

    opened = open_library(tmp_path)
    assert minutes(a, opened.con) == [(a, 0, 10.0), (c, 0, 30.0)]
    assert opened.con.execute("SELECT key FROM segments ORDER BY key").fetchall() == [(a,), (b,)]
    (mins, seg) = sorted(opened.left_out, key=lambda x: x.table)
    assert (mins.table, mins.path) == ("minutes", junk) and "not a readable Parquet file" in mins.problem
    assert (seg.table, seg.path) == ("segments", wrong)
    assert seg.problem == "column viewer_minutes holds string, not double"
    assert seg.words() == f"Left out {wrong}: column viewer_minutes holds string, not double."

    cache = store.cache_path(tmp_path, "minutes")
    built = cache.stat().st_mtime_ns
    again = open_library(tmp_path)  # the same rows and the same names for the next reader, from the cache as it is
    assert minutes(a, again.con) == [(a, 0, 10.0), (c, 0, 30.0)] and again.left_out == opened.left_out
    assert cache.stat().st_mtime_ns == built
    assert minutes(a, store.connect(tmp_path)) == [(a, 0, 10.0), (c, 0, 30.0)]  # connect: the same rows

    store.write_rows(tmp_path, "minutes", b, [{"minute": 0, "viewers": 21.0}])  # the part written again: read in
    fixed = open_library(tmp_path)
    assert minutes(a, fixed.con) == [(a, 0, 10.0), (b, 0, 21.0), (c, 0, 30.0)]
    assert [x.table for x in fixed.left_out] == ["segments"]


def test_a_part_without_a_key_column_is_left_out(tmp_path: Path) -> None:
    a, b = store.live_key("mon", 1_800_000_000), store.live_key("tue", 1_800_086_400)
    store.write_rows(tmp_path, "minutes", a, [{"minute": 0, "viewers": 10.0}])
    keyless = store.live_folder(tmp_path, "minutes", b) / "part-0.parquet"
    keyless.parent.mkdir(parents=True)
    pq.write_table(pa.table({"minute": [0], "viewers": [20.0]}), keyless)
    opened = open_library(tmp_path)
    assert minutes(a, opened.con) == [(a, 0, 10.0)]
    assert [(x.path, x.problem) for x in opened.left_out] == [(keyless, "it has no key column")]


def _blocked_on(lock: Path) -> bool:
    """Whether some process waits for an flock on `lock` (/proc/locks marks a waiter "->")."""
    ino = lock.stat().st_ino
    with open("/proc/locks", encoding="ascii") as f:
        return any(" -> " in line and line.split()[-3].endswith(f":{ino}") for line in f)


def wait_until_blocked(lock: Path, thread: threading.Thread) -> None:
    """Until the thread waits for the lock; fails if it ends first (it did not wait)."""
    while not _blocked_on(lock):
        thread.join(0.005)
        assert thread.is_alive(), "it did not wait for the lock"


def test_a_reader_waits_while_a_live_is_written_and_sees_it_whole(tmp_path: Path) -> None:
    a, b = store.live_key("mon", 1_800_000_000), store.live_key("tue", 1_800_086_400)
    for key in (a,):
        store.write_rows(tmp_path, "lives", key, [{"live_id": "mon"}])
        store.write_rows(tmp_path, "minutes", key, [{"minute": 0, "viewers": 10.0}])
    store.connect(tmp_path)
    seen: list[Any] = []
    with store.locked(tmp_path):  # as console/library/add.py holds it while it writes a live's tables
        store.write_rows(tmp_path, "lives", b, [{"live_id": "tue"}])  # the live's first table...
        reader = threading.Thread(target=lambda: seen.extend(_both(store.connect(tmp_path))))
        reader.start()
        wait_until_blocked(tmp_path / store.LOCK, reader)
        store.write_rows(tmp_path, "minutes", b, [{"minute": 0, "viewers": 20.0}])  # ...and its second
    reader.join()
    assert seen == [[(a,), (b,)], [(a, 0, 10.0), (b, 0, 20.0)]]  # both tables of b, or (before) neither


def _both(con: duckdb.DuckDBPyConnection) -> list[Any]:
    return [con.execute("SELECT key FROM lives ORDER BY key").fetchall(), minutes("", con)]


def test_synthetic_lives_leave_the_compacted_files_up_to_date(tmp_path: Path) -> None:
    """A batch of lives compacts at its end: the next reader reads one file per table and rewrites none."""
    keys = write_synthetic(tmp_path, 3, 7)
    caches = {t: store.cache_path(tmp_path, t) for t in store.TABLES}
    built = {t: c.stat().st_mtime_ns for t, c in caches.items()}
    for t, cache in caches.items():
        held = json.loads(pq.read_schema(cache).metadata[b"live-console.parts"])
        assert sorted(held) == sorted(store.live_folder(tmp_path, t, k).name for k in keys), t
    assert store.connect(tmp_path).execute("SELECT count(*) FROM lives").fetchone() == (3,)
    assert {t: c.stat().st_mtime_ns for t, c in caches.items()} == built
