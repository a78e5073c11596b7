"""The library of lives (issue 16): adding a live, the history queries over many lives, the library's size on disk.

- add: one real live, recorded by the console from the studio simulator (the demo plan, flat out), added with
  console.library.add.add_sessions into an empty library; beside it, in the same run, the report's model of the
  same file (load_session + analyse), which every add builds first: the ratio is what the library costs on top;
- history: the history page (`write_history`, as `live-console history` writes it: queries, charts, page, tables)
  over synthetic lives (console/library/synthetic.py: 100 quick, 1,000 full), as a library grows (one more live
  added before each page, its add bringing the store's one file per table up to date), and once for a library
  filled at once (a batch: every live's files written, then the store's files compacted once, as `library add` of a
  folder does; the compaction is timed as part of adding, per live). Baseline, same run: the same Parquet bytes
  read raw with pyarrow, no query, no chart (it moves with the disk and the CPU); the page's queries alone
  (queries.build) are in the details;
- disk: the library folder of the real live (its Parquet files, the store's file per table, the catalogue), per
  million recorded events, against its session file's. (The synthetic lives' bytes per million events are in the
  details: their `events` is an estimate.)

    python -m benchmarks --only library [--quick]
    python -m benchmarks.library [--quick]     (this group alone, with its details)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds

from benchmarks.bridge import FeedProcess
from benchmarks.common import DEMO_PLAN, TOKEN, Figure, wait_until
from console.library import store

LIVES = {True: 100, False: 1000}
TARGET_HISTORY_S = 5.0  # the history page's queries over 1,000 lives (issue 16)
TARGET_SYNTHETIC_S = 60.0  # per 1,000 synthetic lives written ("well under a minute")
SIM_AUDIENCE = {True: 1.0, False: 3.0}  # the demo plan's 90-minute live: ~117,000 events per unit
SIM_SPEED = 1e5  # live seconds per wall second: the simulator flat out, as in benchmarks/bridge.py
SEED = 16
REPEATS = 3


# ------------------------------------------------------------------------------------------------ a real live


def record_live(tmp: Path, audience: float) -> Path:
    """The demo plan's live from the simulator, recorded by the console's live session (the plan in the file, the
    advisor on), until the live has ended and every event received is in the file."""
    from console.live.health import FeedState
    from console.plan.model import load_plan
    from console.services.live_session import open_live_session

    ready, path = tmp / "sim.ready.json", tmp / "live.db"
    sim = FeedProcess([sys.executable, "-m", "console", "simulate", "--speed", f"{SIM_SPEED:g}", "--audience",
                       f"{audience:g}", "--host", "127.0.0.1", "--port", "0", "--ready-file", str(ready)], ready)
    try:
        session = open_live_session(sim.feed, TOKEN, load_plan(DEMO_PLAN), session_path=path,
                                    plan_toml=DEMO_PLAN.read_text(), api_url=sim.api, operator="bench")
        pipe, rec = session.pipeline, session.recorder
        assert rec is not None
        session.start()
        try:
            done = wait_until(lambda: pipe.latest()[1].state in (FeedState.ENDED, FeedState.STOPPED)
                              and rec.stats.events_written >= pipe.ingest.last_seq > 0, 900, 0.05)
        finally:
            session.close(recorder_timeout=120)
    finally:
        sim.stop()
    if not done:
        raise RuntimeError("the simulated live did not end within 900 s")
    return path


def add_live(session: Path, tmp: Path) -> dict[str, Any]:
    """add_sessions on a real session file into an empty library, the same file again (unchanged: the checksum
    only), and the report's model of it (the part of an add that is the report's), best of two."""
    from console.library.add import add_sessions
    from console.report.analysis import analyse, load_session

    def model() -> float:
        t = time.perf_counter()
        analyse(load_session(session))
        return time.perf_counter() - t

    library = tmp / "real-library"
    first_model = model()  # also brings the file into the page cache, as it is right after a live
    t = time.perf_counter()
    added = add_sessions(library, [session])
    add_s = time.perf_counter() - t
    t = time.perf_counter()
    again = add_sessions(library, [session])
    again_s = time.perf_counter() - t
    model_s = min(first_model, model())
    if added[0].status != "added" or again[0].status != "unchanged" or added[0].key is None:
        raise RuntimeError(f"add_sessions: {added[0]} then {again[0]}")
    return {"library": library, "key": added[0].key, "add_s": add_s, "again_s": again_s, "model_s": model_s}


def disk(library: Path, key: str, session: Path) -> dict[str, Any]:
    """Bytes per million recorded events: the whole library folder (the live's Parquet files, the store's file per
    table its add compacted them into, the catalogue), and the session file."""
    con = store.connect(library)
    row = con.execute("SELECT events FROM lives WHERE key = ?", [key]).fetchone()
    con.close()
    assert row is not None
    events = int(row[0])
    parts = sum(f.stat().st_size for t in store.TABLES for f in store.live_folder(library, t, key).glob("*.parquet"))
    everything = sum(f.stat().st_size for f in library.rglob("*") if f.is_file())
    catalogue = sum(f.stat().st_size for f in library.glob(f"{store.CATALOGUE}*"))
    session_bytes = sum(f.stat().st_size for f in session.parent.glob(f"{session.name}*"))  # with -wal, -shm
    per = 1e6 / events / 2**20
    return {"events": events, "library_bytes": everything, "parts_bytes": parts, "catalogue_bytes": catalogue,
            "store_file_per_table_bytes": everything - parts - catalogue, "session_bytes": session_bytes,
            "library_mb_per_1m": everything * per, "parts_mb_per_1m": parts * per,
            "session_mb_per_1m": session_bytes * per}


# ------------------------------------------------------------------------------------------------ many lives


def history_page(library: Path, out: Path) -> dict[str, float]:
    """`live-console history --out OUT` as the command runs it (write_history: the queries, the charts, the page,
    the tables), then its queries alone again (queries.build, the store's file per table up to date by then): where
    the page's time goes."""
    from console.library.history import queries
    from console.library.history.command import write_history
    from console.library.history.model import Filters

    t = time.perf_counter()
    written = write_history(library, out, Filters())
    page_s = time.perf_counter() - t
    t = time.perf_counter()
    queries.build(library, Filters())
    return {"page_s": page_s, "queries_s": time.perf_counter() - t, "files_written": float(len(written))}


def raw_read(files: list[Path], schema: Any) -> float:
    """Seconds to read `files` with pyarrow (threads as DuckDB's): the same bytes, no query."""
    t = time.perf_counter()
    ds.dataset(files, schema=schema).to_table()
    return time.perf_counter() - t


def per_live_files(library: Path) -> float:
    return sum(raw_read(sorted(store.table_dir(library, t).glob("*/part-0.parquet")), store.SCHEMAS[t])
               for t in store.TABLES)


def compacted_files(library: Path) -> float:
    """The store's one file per table (up to date: the add compacted them), read raw."""
    return sum(raw_read([store.cache_path(library, t)], store.SCHEMAS[t]) for t in store.TABLES)


def many_lives(tmp: Path, n: int) -> dict[str, Any]:
    """N - REPEATS synthetic lives written and the store's files compacted once at the end of the batch (timed
    apart: the compaction is the batch add's cost), the history page written once (the first page of a library
    filled at once), then REPEATS times one more live added (its files and the compaction, as `library add` of one
    live does) and the page written (a library growing after each show). The baselines alternate with them, so that
    a slow spell of the machine falls on both."""
    from console.library.store_cache import compact
    from console.library.synthetic import write_synthetic

    library = tmp / "synthetic-library"
    t = time.perf_counter()
    keys = write_synthetic(library, n - REPEATS, SEED, compact=False)
    write_s = time.perf_counter() - t
    cold_raw = per_live_files(library)  # what the first page read before the batch compacted: every live's files
    t = time.perf_counter()
    compact(library)
    compact_s = time.perf_counter() - t
    cold = history_page(library, tmp / "page-cold")
    runs, raw, one_more = [], [], []
    for i in range(n - REPEATS, n):
        t = time.perf_counter()
        keys += write_synthetic(library, i + 1, SEED, first=i)
        one_more.append(time.perf_counter() - t)
        runs.append(history_page(library, tmp / f"page-{i}"))
        raw.append(compacted_files(library))
    con = store.connect(library)
    events = (con.execute("SELECT sum(events) FROM lives").fetchone() or (0,))[0]
    con.close()
    size = sum(f.stat().st_size for f in (library / "parquet").rglob("*") if f.is_file())
    parts = sum(f.stat().st_size for f in (library / "parquet").glob("*/*/part-0.parquet"))
    return {"lives": len(keys), "written": n - REPEATS, "write_s": write_s, "compact_s": compact_s, "cold": cold,
            "cold_raw_s": cold_raw, "runs": runs, "raw_s": raw, "one_more_s": one_more, "bytes": size,
            "parts_bytes": parts,
            "synthetic_mb_per_1m_events": size / events * 1e6 / 2**20}


# ------------------------------------------------------------------------------------------------ figures


def run(quick: bool) -> list[Figure]:
    n = LIVES[quick]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        session = record_live(tmp, SIM_AUDIENCE[quick])
        add = add_live(session, tmp)
        size = disk(add["library"], add["key"], session)
        many = many_lives(tmp, n)
    figs = [Figure(
        "library: add one live", round(add["add_s"], 3), "s", "(reported)", None,
        details={**{k: round(v, 3) for k, v in add.items() if k.endswith("_s")}, "events": size["events"],
                 "audience": SIM_AUDIENCE[quick], "ratio_to_report_model": round(add["add_s"] / add["model_s"], 2)},
        note=f"{size['events']:,} events (90-min demo live); {add['add_s'] / add['model_s']:.2f}x the report's model "
             f"of it ({add['model_s']:.2f} s, same run); the same file again: {add['again_s'] * 1000:.0f} ms")]
    grown = sorted(many["runs"], key=lambda r: r["page_s"])[REPEATS // 2]  # the median
    q, raw_s, cold = grown["page_s"], statistics.median(many["raw_s"]), many["cold"]
    one_more = statistics.median(many["one_more_s"])
    figs.append(Figure(
        f"library: history page, {n:,} lives", round(q, 3), "s", f"< {TARGET_HISTORY_S:g} s for 1,000 lives",
        q < TARGET_HISTORY_S * max(1.0, n / 1000),
        details={"runs_after_one_more_live": [{k: round(v, 3) for k, v in r.items()} for r in many["runs"]],
                 "one_more_live_added_s": [round(x, 3) for x in many["one_more_s"]],
                 "raw_read_s": [round(x, 4) for x in many["raw_s"]], "ratio_to_raw_read": round(q / raw_s, 1)},
        note=f"write_history, median of {REPEATS}, each just after one more live was added (its files and the "
             f"store's compaction: {one_more:.2f} s, median); its queries alone {grown['queries_s']:.2f} s; "
             f"{q / raw_s:.0f}x reading the same Parquet bytes raw with pyarrow ({raw_s * 1000:.0f} ms, same run)"))
    files = (n - REPEATS) * len(store.TABLES)
    figs.append(Figure(
        f"library: history page, {n - REPEATS:,} lives added at once", round(cold["page_s"], 3), "s",
        f"< {TARGET_HISTORY_S:g} s for 1,000 lives", cold["page_s"] < TARGET_HISTORY_S * max(1.0, n / 1000),
        details={k: round(v, 3) for k, v in cold.items()}
        | {"files": files, "per_live_files_raw_read_s": round(many["cold_raw_s"], 3)},
        note=f"the first page of a library filled at once (`library add` of many files), after the batch compacted "
             f"the store's files at its end (counted in adding, below); its queries alone {cold['queries_s']:.2f} s; "
             f"before, this page read the {files:,} per-live files itself (raw with pyarrow alone "
             f"{many['cold_raw_s']:.2f} s, same run)"))
    written = many["written"]
    compact_ms = many["compact_s"] / written * 1000
    figs.append(Figure(
        "library: compaction at the end of a batch add", round(compact_ms, 2), "ms per live", "(reported)", None,
        details={"lives": written, "files": files, "compact_s": round(many["compact_s"], 3)},
        note=f"{written:,} lives' {files:,} files into one file per table in {many['compact_s']:.2f} s, once, at the "
             f"end of the batch (store_cache.compact, as add_sessions and write_synthetic end)"))
    figs.append(Figure(
        "library: disk per 1M events", round(size["library_mb_per_1m"], 2), "MB", "(reported)", None,
        details={k: round(v, 3) if isinstance(v, float) else v for k, v in size.items()}
        | {"synthetic_mb_per_1m_events": round(many["synthetic_mb_per_1m_events"], 3)},
        note=f"per-live Parquet {size['parts_mb_per_1m']:.2f}, the store's file per table and the catalogue; the "
             f"session file: "
             f"{size['session_mb_per_1m']:.0f} MB per 1M events "
             f"({size['library_mb_per_1m'] / size['session_mb_per_1m']:.2%} of it)"))
    per_1000 = (many["write_s"] + many["compact_s"]) / written * 1000
    figs.append(Figure(
        "library: synthetic lives written", round(per_1000, 2), "s per 1,000", f"< {TARGET_SYNTHETIC_S:g} s",
        per_1000 < TARGET_SYNTHETIC_S,
        details={"lives": written, "write_s": round(many["write_s"], 3), "compact_s": round(many["compact_s"], 3),
                 "per_live_files_mb": round(many["parts_bytes"] / 2**20, 1),
                 "store_file_per_table_mb": round((many["bytes"] - many["parts_bytes"]) / 2**20, 1)},
        note=f"{written:,} lives ({files:,} files) in {many['write_s']:.1f} s through store.write_rows, then "
             f"compacted in {many['compact_s']:.1f} s; {many['lives']:,} lives take "
             f"{many['parts_bytes'] / 2**20:.0f} MB of per-live files and "
             f"{(many['bytes'] - many['parts_bytes']) / 2**20:.1f} MB in the store's file per table"))
    return figs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.library", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    for f in run(args.quick):
        print(f"{'PASS' if f.ok else 'info' if f.ok is None else 'FAIL'}  {f.name}: {f.value} {f.unit} "
              f"(target {f.target})  {f.note}")
        for k, v in f.details.items():
            print(f"      {k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
