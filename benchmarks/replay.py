"""Replay and report on a recorded 4-hour session: open to first frame (load_recording + first snapshot),
seek p99 (ReplayEngine.seek to random live times, forwards and backwards, then the snapshot), full report
(write_report: analysis, charts, HTML, CSV)."""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

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


def run(quick: bool) -> list[Figure]:
    from benchmarks.gui import _app
    from console.report.writer import write_report
    from console.services.replay import ReplayEngine, load_recording

    _app()  # the report renders its charts with Qt
    audience, limit = (1.0, 320_000) if quick else (18.0, 6_000_000)  # full: ~5.3 M events over 4 live hours
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "session.db"
        t0 = time.perf_counter()
        n, _ = make_session(path, audience, limit)
        make_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        rec = load_recording(path)
        engine = ReplayEngine(rec)
        engine.seek(rec.start)
        first = engine.snapshot()
        open_s = time.perf_counter() - t0
        hours = (rec.end - rec.start) / 3600
        rng = random.Random(1)
        seeks: list[float] = []
        seek_budget = time.perf_counter() + 120  # a backward seek re-applies from the start: cap the total
        for _ in range(12 if quick else 40):
            if seeks and time.perf_counter() > seek_budget:
                break
            ts = rng.uniform(rec.start, rec.end)
            t0 = time.perf_counter()
            engine.seek(ts)
            engine.snapshot()
            seeks.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        write_report(path, Path(tmp) / "report")
        report_s = time.perf_counter() - t0
    size = f"{n:,} events over {hours:.2f} live h" + (" (QUICK size, not 5 million)" if quick else "")
    return [
        Figure("replay: open to first frame", round(open_s, 3), "s", "<= 3 s", open_s <= 3 and first is not None,
               {"events": n, "live_hours": round(hours, 2), "make_session_s": round(make_s, 1)}, note=size),
        Figure("replay: seek p99", round(percentile(seeks, 99), 1), "ms", "<= 200 ms",
               percentile(seeks, 99) <= 200, {"seeks_ms": [round(s, 1) for s in seeks]},
               note=f"p50 {percentile(seeks, 50):.0f} ms over {len(seeks)} random seeks; {size}"),
        Figure("report: full", round(report_s, 2), "s", "<= 15 s", report_s <= 15, {"events": n}, note=size),
    ]
