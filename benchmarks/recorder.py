"""Recorder throughput: SessionRecorder (its real path: record() per frame -> writer thread -> executemany,
commits every 250 ms) against raw sqlite3.executemany of the same rows into the same schema, same run."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure
from benchmarks.loadgen import events, model
from console import protocol as p
from console.ingest import IngestResult
from console.services.recorder import _EVENT_SQL, SessionRecorder, event_rows
from console.services.session_file import open_for_writing


def run(quick: bool) -> Figure:
    n = 200_000 if quick else 1_000_000
    raws = list(events(model(50, 4, time.time() - 5 * 3600), n))
    batches = [p.decode_frame(b"[" + b",".join(raws[i:i + 500]) + b"]").events for i in range(0, len(raws), 500)]
    decoded = [ev for b in batches for ev in b]
    with tempfile.TemporaryDirectory() as tmp:
        rec = SessionRecorder(Path(tmp) / "rec.db")
        t0 = time.perf_counter()
        for b in batches:
            rec.record("", IngestResult(events=b))
        rec.close(timeout=300)
        rec_s = time.perf_counter() - t0
        written = rec.stats.events_written
        conn = open_for_writing(Path(tmp) / "raw.db")
        rows = event_rows(decoded)  # prepared beforehand: the raw figure is sqlite alone
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(_EVENT_SQL, rows)
        conn.execute("COMMIT")
        raw_s = time.perf_counter() - t0
        conn.close()
    rec_rate, raw_rate = written / rec_s, len(rows) / raw_s
    ratio = rec_rate / raw_rate if written == len(decoded) else 0.0
    return Figure("recorder", round(ratio, 3), "x raw", ">= 0.5x raw executemany", ratio >= 0.5, {
        "rows": len(decoded), "recorder_rows_s": round(rec_rate), "raw_executemany_rows_s": round(raw_rate),
        "recorder_written": written}, note=f"recorder {rec_rate:,.0f} rows/s vs raw {raw_rate:,.0f} rows/s")
