"""Binds the session recorder to the live pipeline: events as they are ingested, the live's metadata from the
feed's hello, per-minute KPI roll-ups every 10 s, and what an earlier run of the same session left behind."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from console import __version__
from console.ingest import IngestResult
from console.kpi_types import KpiSnapshot
from console.services.pipeline import LivePipeline
from console.services.recorder import SessionRecorder
from console.services.session_file import without_secrets

ROLLUP_EVERY_S = 10.0
_MINUTE_SERIES = ("minute_viewers", "minute_orders", "minute_revenue", "minute_units", "minute_chat",
                  "minute_clicks", "minute_cart_adds", "minute_abandons", "minute_joins", "minute_leaves")


def minute_rows(snap: KpiSnapshot) -> list[tuple[Any, ...]]:
    series = [getattr(snap, name) for name in _MINUTE_SERIES]
    return [(m, *(float(s[m]) for s in series)) for m in range(min(len(s) for s in series))]


def recorded_state(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    """What an earlier run left in this file: its events (raw JSON, seq order) and its unfinished intents."""
    if not path.exists():
        return [], []
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        raws = [r[0] for r in conn.execute("SELECT raw FROM events ORDER BY seq")]
        open_rows = [dict(r) for r in conn.execute("SELECT * FROM actions WHERE status IN ('pending', 'sent')")]
    except sqlite3.Error:
        return [], []
    finally:
        conn.close()
    return raws, open_rows


class SessionLog:
    def __init__(self, recorder: SessionRecorder, pipeline: LivePipeline, *, plan_toml: str | None, live_id: str,
                 title: str, api_url: str, operator: str) -> None:
        self.recorder, self.pipeline = recorder, pipeline
        self._hello_seen: object = None
        self._rolled_at = 0.0
        recorder.write_session({"live_id": live_id, "title": title, "plan_toml": plan_toml,
                                "console_version": __version__, "feed_url": without_secrets(pipeline.feed_url),
                                "api_url": without_secrets(api_url), "operator": operator,
                                "started_at": time.time()})
        pipeline.ingest.sinks.append(self._on_frame)
        pipeline.on_publish.append(self._on_publish)

    def _on_frame(self, raw: str | bytes, result: IngestResult) -> None:
        self.recorder.record(raw, result)
        hello = self.pipeline.ingest.hello
        if hello is not None and hello is not self._hello_seen:
            self._hello_seen = hello
            self.recorder.write_session({"live_id": hello.live_id, "title": hello.title,
                                         "time_scale": hello.time_scale, "live_started_at": hello.started_at})

    def _on_publish(self, snap: KpiSnapshot | None, _health: object) -> None:
        now = time.monotonic()
        if snap is not None and now - self._rolled_at >= ROLLUP_EVERY_S:
            self._rolled_at = now
            self.recorder.write_kpi_minutes(minute_rows(snap))

    def finish(self) -> None:
        """Final roll-up and end time; call after the pipeline stopped, before closing the recorder."""
        snap = self.pipeline.latest()[0]
        if snap is not None:
            self.recorder.write_kpi_minutes(minute_rows(snap))
        self.recorder.write_session({"ended_at": time.time()})
