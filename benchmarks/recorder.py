"""Recorder throughput: SessionRecorder on its real path for batched frames (record() per frame with the frame's
text, as Ingest hands it over -> writer thread -> SQLite splits the frame, commits every 250 ms) against raw
sqlite3.executemany of the same rows (built beforehand) into the same schema, same run. The row path (one-event
frames, frames taken apart) is measured too and reported in the details."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure
from benchmarks.loadgen import events, model
from console.live.ingest import IngestResult
from console.protocol import wire as p
from console.session.file import open_for_writing
from console.session.recorder import _EVENT_SQL, SessionRecorder, event_rows


def run(quick: bool) -> Figure:
    n = 200_000 if quick else 1_000_000
    raws = list(events(model(50, 4, time.time() - 5 * 3600), n))
    batches = [p.decode_frame(b"[" + b",".join(raws[i:i + 500]) + b"]").events for i in range(0, len(raws), 500)]
    decoded = [ev for b in batches for ev in b]
    texts = [b"[" + b",".join(raws[i:i + 500]) + b"]" for i in range(0, len(raws), 500)]
    with tempfile.TemporaryDirectory() as tmp:
        rec_s, written = _recorder(Path(tmp) / "rec.db", [IngestResult(events=b, verbatim=True) for b in batches],
                                   texts)
        rows_s, rows_written = _recorder(Path(tmp) / "rows.db", [IngestResult(events=b) for b in batches], texts)
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
        "recorder_written": written, "row_path_rows_s": round(rows_written / rows_s),
        "row_path_ratio": round(rows_written / rows_s / raw_rate, 3)},
        note=f"recorder {rec_rate:,.0f} rows/s vs raw {raw_rate:,.0f} rows/s (row path "
             f"{rows_written / rows_s:,.0f} rows/s)")


def _recorder(path: Path, results: list[IngestResult], texts: list[bytes]) -> tuple[float, int]:
    """Seconds from the first record() to the file closed, and the events written."""
    rec = SessionRecorder(path)
    t0 = time.perf_counter()
    for result, text in zip(results, texts, strict=True):
        rec.record(text, result)
    rec.close(timeout=300)
    return time.perf_counter() - t0, rec.stats.events_written
