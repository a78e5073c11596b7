"""Replay and report on a recorded 4-hour session: open to first frame (load_recording + first snapshot),
seek p99 (ReplayEngine.seek to random live times, forwards and backwards, then the snapshot), full report
(write_report: analysis, charts, HTML, CSV)."""

from __future__ import annotations

import os
import random
import resource
import sqlite3
import tempfile
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from benchmarks.common import DEMO_PLAN, Figure, percentile
from benchmarks.loadgen import events, model
from console import __version__
from console.kpi.engine import KpiEngine
from console.kpi.state import CheckpointPolicy
from console.live.ingest import Ingest
from console.plan.model import load_plan
from console.services.session_log import checkpoint_due, store_checkpoint
from console.session.recorder import SessionRecorder

#: reuse (or create and keep) the session file at this path instead of building a fresh one in a temporary folder;
#: only to iterate on replay/report code: the file must have been built at the same size by the same code
CACHED_SESSION_ENV = "LIVE_CONSOLE_BENCH_SESSION"


def make_session(path: Path, audience: float, limit: int) -> tuple[int, float]:
    """A session file as the console records it from a 4 h model: the session row with the plan, every event
    through Ingest into the recorder, and engine checkpoints exactly where SessionLog stores them (same policy and
    helpers, plus the final one that SessionLog.finish stores).

    The policy's clock is the live time of the frame's last event: that is what the console's monotonic clock
    reads during a real live (time_scale 1), whereas this loop runs many times faster than real time and would
    otherwise space checkpoints by its own speed (5 s of wall here is minutes of live).
    """
    started = time.time() - 5 * 3600
    rec = SessionRecorder(path)
    rec.write_session({"live_id": "bench-live", "title": "benchmark live", "plan_toml": DEMO_PLAN.read_text(),
                       "console_version": __version__, "started_at": started, "time_scale": 1.0,
                       "live_started_at": started})
    ingest = Ingest(KpiEngine(load_plan(DEMO_PLAN)), sinks=[rec.record])
    policy = CheckpointPolicy()
    chunk: list[bytes] = []
    n = 0

    def send() -> None:
        nonlocal n
        result = ingest.frame(b"[" + b",".join(chunk) + b"]", time.time())
        n += len(result.events)
        if checkpoint_due(policy, n, ingest.last_event_ts or 0.0, result.events):
            store_checkpoint(rec, ingest)
        chunk.clear()

    for raw in events(model(audience, 4, started), limit):
        chunk.append(raw)
        if len(chunk) == 2000:
            send()
    if chunk:
        send()
    store_checkpoint(rec, ingest)  # SessionLog.finish: the state at the last event
    rec.write_session({"ended_at": time.time()})
    rec.close(600)
    return n, started


def _events_in(path: Path) -> int:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])


def stored_checkpoints_of(path: Path) -> tuple[int, float]:
    """(how many, total MB) of the engine checkpoints stored in a session file."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        count, size = conn.execute("SELECT count(*), coalesce(sum(length(state)), 0) FROM checkpoints").fetchone()
    return int(count), size / 1e6


def measure_replay(path: Path, seeks_n: int = 40) -> dict[str, Any]:
    """Open to first frame, random seeks from the stored checkpoints alone (what a seek costs while the background
    pass runs), the background pass (here inline), then the same seeks again, forwards and backwards.

    Every seek is checked to land where asked (the seek's own work is never skipped: one restore of the nearest
    checkpoint plus the events after it, or the events from the current position when that is cheaper).
    """
    from console.services.replay.engine import ReplayEngine
    from console.services.replay.recording import load_recording

    t0 = time.perf_counter()
    rec = load_recording(path)
    engine = ReplayEngine(rec)
    engine.seek(rec.start)
    first = engine.snapshot()
    open_s = time.perf_counter() - t0
    seeks_stored = _seeks(engine, seeks_n)
    t0 = time.perf_counter()
    engine.build_index()
    index_s = time.perf_counter() - t0
    seeks = _seeks(engine, seeks_n)
    stored_n, stored_mb = stored_checkpoints_of(path)
    return {"open_s": open_s, "first": first is not None, "index_s": index_s, "seeks_ms": seeks[0],
            "backward": seeks[1], "seeks_stored_ms": seeks_stored[0], "checkpoints": len(engine.index),
            "spacing": engine.index.spacing, "checkpoint_mb": engine.index.size / 1e6,
            "stored_checkpoints": stored_n, "stored_checkpoint_mb": round(stored_mb, 1),
            "stored_usable": len(engine.stored), "stored_failures": engine.stored.failures,
            "restores": engine.restores, "clones": engine.clones, "hours": (rec.end - rec.start) / 3600,
            "events": rec.last_seq - rec.first_seq + 1,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _seeks(engine: Any, n: int) -> tuple[list[float], int]:
    """(ms of each of n seeks to random live times and the snapshot after it, how many went backwards)."""
    rec = engine.rec
    rng = random.Random(1)
    out: list[float] = []
    back = 0
    for _ in range(n):
        ts = rng.uniform(rec.start, rec.end)
        back += ts < engine.position
        t0 = time.perf_counter()
        engine.seek(ts)
        snap = engine.snapshot()
        out.append((time.perf_counter() - t0) * 1000)
        assert snap is not None and snap.now_ts == ts
    return out, back


def run(quick: bool) -> list[Figure]:
    from benchmarks.gui import _app
    from console.report.writer import write_report

    _app()  # the report renders its charts with Qt
    audience, limit = (1.0, 320_000) if quick else (18.0, 6_000_000)  # full: ~5.3 M events over 4 live hours
    cached = os.environ.get(CACHED_SESSION_ENV)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(cached) if cached else Path(tmp) / "session.db"
        t0 = time.perf_counter()
        if cached and path.exists():
            n, make_s = _events_in(path), None
        else:
            n, _ = make_session(path, audience, limit)
            make_s = round(time.perf_counter() - t0, 1)
        r = measure_replay(path, 12 if quick else 40)
        t0 = time.perf_counter()
        write_report(path, Path(tmp) / "report")
        report_s = time.perf_counter() - t0
    open_s, seeks, hours = r["open_s"], r["seeks_ms"], r["hours"]
    size = f"{n:,} events over {hours:.2f} live h" + (" (QUICK size, not 5 million)" if quick else "")
    return [
        Figure("replay: open to first frame", round(open_s, 3), "s", "<= 3 s", open_s <= 3 and r["first"],
               {"events": n, "live_hours": round(hours, 2), "make_session_s": make_s,
                "cached_session": bool(cached and make_s is None), "peak_rss_mb": round(r["peak_rss_mb"]),
                **{k: r[k] for k in ("stored_checkpoints", "stored_checkpoint_mb", "stored_usable",
                                     "stored_failures")}},
               note=f"{size}; {r['stored_checkpoints']} stored checkpoints, {r['stored_checkpoint_mb']:.1f} MB"),
        Figure("replay: index pass", round(r["index_s"], 1), "s", "(reported)", None,
               {k: r[k] for k in ("checkpoints", "spacing", "checkpoint_mb")},
               note=f"{r['checkpoints']} in-memory checkpoints every {r['spacing']:,} events where the stored "
                    f"ones are further apart, ~{r['checkpoint_mb']:.0f} MB; runs in the background after the "
                    "first frame"),
        Figure("replay: seek p99 before the pass", round(percentile(r["seeks_stored_ms"], 99), 1), "ms",
               "(reported)", None, {"seeks_ms": [round(s, 1) for s in r["seeks_stored_ms"]]},
               note=f"p50 {percentile(r['seeks_stored_ms'], 50):.0f} ms; same seeks from the stored checkpoints "
                    "alone (while the background pass runs)"),
        Figure("replay: seek p99", round(percentile(seeks, 99), 1), "ms", "<= 200 ms",
               percentile(seeks, 99) <= 200, {"seeks_ms": [round(s, 1) for s in seeks], "backward": r["backward"],
                                              "restores": r["restores"], "clones": r["clones"]},
               note=f"p50 {percentile(seeks, 50):.0f} ms over {len(seeks)} random seeks ({r['backward']} backwards) "
                    f"once indexed; {size}"),
        Figure("report: full", round(report_s, 2), "s", "<= 15 s", report_s <= 15, {"events": n}, note=size),
    ]


if __name__ == "__main__":  # python -m benchmarks.replay SESSION: the replay figures of a cached session file
    import json
    import sys

    out = measure_replay(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 40)
    for key in ("seeks_stored_ms", "seeks_ms"):
        ms = out.pop(key)
        name = key.removesuffix("_ms")
        out |= {f"{name}_p50_ms": percentile(ms, 50), f"{name}_p99_ms": percentile(ms, 99), f"{name}_max_ms": max(ms)}
    print(json.dumps(out, indent=1))
