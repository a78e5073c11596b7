"""Ingest throughput: events/s through the console's whole live pipeline (feed client thread, decode, seq
check, KPI engine, 10 Hz snapshots, session file via SessionLog: every event committed to SQLite, engine
checkpoints, roll-ups), against a bare websockets + json.loads client reading the same stream from the same load
generator in the same run. The figure counts until the last event is committed (durable in the WAL); closing the
file afterwards (final checkpoint, WAL folded into the database) is reported as `console_s_to_closed`."""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from pathlib import Path

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from benchmarks.common import TOKEN, Figure, LoadGen, wait_until
from console.protocol import wire as p


async def _bare(feed: str) -> tuple[int, float]:
    n = 0
    t0 = time.perf_counter()
    async with connect(feed + "?since=0", additional_headers={"Authorization": f"Bearer {TOKEN}"},
                       max_size=p.MAX_FRAME_BYTES, max_queue=None) as ws:
        try:
            async for text in ws:
                msg = json.loads(text)
                n += len(msg) if isinstance(msg, list) else ("seq" in msg)
        except ConnectionClosed:
            pass
    return n, time.perf_counter() - t0


def bare_client(feed: str) -> tuple[int, float]:
    """Events read and seconds taken by the simplest possible client (decode only, nothing kept)."""
    return asyncio.run(_bare(feed))


def console_pipeline(feed: str, expected: int, timeout: float = 600) -> dict[str, float]:
    """The console's pipeline bound to its session file as the live console binds it (SessionLog: every event,
    engine checkpoints, KPI roll-ups), no window: seconds until every event is ingested and on disk."""
    from console.services.live_session import open_live_session

    with tempfile.TemporaryDirectory() as tmp:
        session = open_live_session(feed, TOKEN, None, session_path=Path(tmp) / "bench.db", operator="bench")
        pipe, rec = session.pipeline, session.recorder
        t0 = time.perf_counter()
        session.start()
        ok = wait_until(lambda: pipe.ingest.last_seq >= expected, timeout, 0.002)
        t_ingested = time.perf_counter() - t0
        ok = ok and wait_until(lambda: rec.stats.events_written >= expected, timeout, 0.002)
        t_committed = time.perf_counter() - t0
        session.close(recorder_timeout=120)
        t_closed = time.perf_counter() - t0
        snap = pipe.latest()[0]
        written = rec.stats.events_written
    return {"ingested": pipe.ingest.last_seq, "ok": ok, "s_ingested": t_ingested, "s_recorded": t_committed,
            "s_closed": t_closed, "written": written, "snapshot_events": float(snap is not None)}


def run(quick: bool, batch: int) -> Figure:
    n = (200_000 if batch > 1 else 60_000) if quick else (1_000_000 if batch > 1 else 200_000)
    gen = LoadGen("--events", str(n), "--batch", str(batch), "--connections", "2")
    try:
        n = int(gen.info["events"])
        bare_n, bare_s = bare_client(gen.feed)
        res = console_pipeline(gen.feed, n)
        gen.wait(30)
    finally:
        gen.stop()
    bare_rate = bare_n / bare_s
    rate = res["written"] / res["s_recorded"] if res["written"] == n else 0.0
    # The verdict is a ratio to the bare client served the same frames by the same generator minutes earlier
    # (issue 19): the machine's speed moves both alike (the bare client read 293k-773k ev/s on different days).
    target = 0.4 if batch > 1 else 0.5
    ratio = rate / bare_rate
    name = "ingest, batched frames" if batch > 1 else "ingest, one event per frame"
    return Figure(name, round(ratio, 3), "x bare client", f">= {target}x a bare websockets+json client (same run)",
                  ratio >= target, {"ev_s": round(rate),
        "events": n, "batch": batch, "console_s_to_ingested": round(res["s_ingested"], 3),
        "console_s_to_recorded": round(res["s_recorded"], 3), "console_s_to_closed": round(res["s_closed"], 3),
        "events_written": res["written"],
        "ingest_only_ev_s": round(n / res["s_ingested"]), "bare_client_ev_s": round(bare_rate),
        "bare_events": bare_n, "ratio_to_bare": round(rate / bare_rate, 3)},
        note=f"{rate:,.0f} ev/s recorded against the bare client's {bare_rate:,.0f} ev/s")
