"""Replay and report on a recorded 4-hour session: open to first frame (load_recording + first snapshot),
seek p99 (ReplayEngine.seek to random live times, forwards and backwards, then the snapshot), full report
(write_report: analysis, charts, HTML, CSV)."""

from __future__ import annotations

import random
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import DEMO_PLAN, Figure, percentile
from benchmarks.loadgen import events, model
from console import __version__
from console import protocol as p
from console.ingest import IngestResult
from console.services.recorder import SessionRecorder


def make_session(path: Path, audience: float, limit: int) -> tuple[int, float]:
    """A session file as the console records it (session row with the plan, every event) from a 4 h model."""
    started = time.time() - 5 * 3600
    rec = SessionRecorder(path)
    rec.write_session({"live_id": "bench-live", "title": "benchmark live", "plan_toml": DEMO_PLAN.read_text(),
                       "console_version": __version__, "started_at": started, "time_scale": 1.0,
                       "live_started_at": started})
    chunk: list[bytes] = []
    n = 0
    for raw in events(model(audience, 4, started), limit):
        chunk.append(raw)
        if len(chunk) == 2000:
            rec.record("", IngestResult(events=p.decode_frame(b"[" + b",".join(chunk) + b"]").events))
            n += len(chunk)
            chunk = []
    if chunk:
        rec.record("", IngestResult(events=p.decode_frame(b"[" + b",".join(chunk) + b"]").events))
        n += len(chunk)
    rec.write_session({"ended_at": time.time()})
    rec.close(600)
    return n, started


def measure_replay(path: Path, seeks_n: int = 40) -> dict[str, Any]:
    """Open to first frame, the background index pass (here inline), then random seeks forwards and backwards.

    Every seek is checked to land where asked (the seek's own work is never skipped: one clone of the nearest
    checkpoint plus the events after it, or the events from the current position when that is cheaper).
    """
    from console.services.replay import ReplayEngine, load_recording

    t0 = time.perf_counter()
    rec = load_recording(path)
    engine = ReplayEngine(rec)
    engine.seek(rec.start)
    first = engine.snapshot()
    open_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    engine.build_index()
    index_s = time.perf_counter() - t0
    rng = random.Random(1)
    seeks: list[float] = []
    back = 0
    for _ in range(seeks_n):
        ts = rng.uniform(rec.start, rec.end)
        back += ts < engine.position
        t0 = time.perf_counter()
        engine.seek(ts)
        snap = engine.snapshot()
        seeks.append((time.perf_counter() - t0) * 1000)
        assert snap is not None and snap.now_ts == ts
    return {"open_s": open_s, "first": first is not None, "index_s": index_s, "seeks_ms": seeks,
            "backward": back, "checkpoints": len(engine.index), "spacing": engine.index.spacing,
            "checkpoint_mb": engine.index.size / 1e6, "hours": (rec.end - rec.start) / 3600,
            "events": rec.last_seq - rec.first_seq + 1, "peak_rss_mb": resource.getrusage(
                resource.RUSAGE_SELF).ru_maxrss / 1024}


def run(quick: bool) -> list[Figure]:
    from benchmarks.gui import _app
    from console.report.writer import write_report

    _app()  # the report renders its charts with Qt
    audience, limit = (1.0, 320_000) if quick else (18.0, 6_000_000)  # full: ~5.3 M events over 4 live hours
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "session.db"
        t0 = time.perf_counter()
        n, _ = make_session(path, audience, limit)
        make_s = time.perf_counter() - t0
        r = measure_replay(path, 12 if quick else 40)
        t0 = time.perf_counter()
        write_report(path, Path(tmp) / "report")
        report_s = time.perf_counter() - t0
    open_s, seeks, hours = r["open_s"], r["seeks_ms"], r["hours"]
    size = f"{n:,} events over {hours:.2f} live h" + (" (QUICK size, not 5 million)" if quick else "")
    return [
        Figure("replay: open to first frame", round(open_s, 3), "s", "<= 3 s", open_s <= 3 and r["first"],
               {"events": n, "live_hours": round(hours, 2), "make_session_s": round(make_s, 1)}, note=size),
        Figure("replay: index pass", round(r["index_s"], 1), "s", "(reported)", None,
               {k: r[k] for k in ("checkpoints", "spacing", "checkpoint_mb")},
               note=f"{r['checkpoints']} checkpoints every {r['spacing']:,} events, ~{r['checkpoint_mb']:.0f} MB; "
                    f"runs in the background after the first frame"),
        Figure("replay: seek p99", round(percentile(seeks, 99), 1), "ms", "<= 200 ms",
               percentile(seeks, 99) <= 200, {"seeks_ms": [round(s, 1) for s in seeks], "backward": r["backward"]},
               note=f"p50 {percentile(seeks, 50):.0f} ms over {len(seeks)} random seeks ({r['backward']} backwards) "
                    f"once indexed; {size}"),
        Figure("report: full", round(report_s, 2), "s", "<= 15 s", report_s <= 15, {"events": n}, note=size),
    ]


if __name__ == "__main__":  # python -m benchmarks.replay SESSION: the replay figures of a cached session file
    import json
    import sys

    out = measure_replay(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 40)
    seeks_ms = out.pop("seeks_ms")
    out |= {"seek_p50_ms": percentile(seeks_ms, 50), "seek_p99_ms": percentile(seeks_ms, 99),
            "seek_max_ms": max(seeks_ms)}
    print(json.dumps(out, indent=1))
