"""Binds the session recorder to the live pipeline: events as they are ingested, the live's metadata from the
feed's hello, per-minute KPI roll-ups every 10 s, engine checkpoints (every 10,000 events, at the live's end and
at shutdown). What an earlier run of the same session left behind is read by console/session/resume.py."""

from __future__ import annotations

import json
import time
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

from console import __version__
from console.kpi.snapshot import KpiSnapshot
from console.kpi.state import STATE_VERSION, CheckpointPolicy, engine_to_bytes
from console.live.ingest import Ingest, IngestResult
from console.protocol import wire as p
from console.services.allocator import release_free_memory
from console.services.pipeline import LiveView
from console.session.file import without_secrets
from console.session.recorder import SessionRecorder

ROLLUP_EVERY_S = 10.0
_MINUTE_SERIES = ("minute_viewers", "minute_orders", "minute_revenue", "minute_units", "minute_chat",
                  "minute_clicks", "minute_cart_adds", "minute_abandons", "minute_joins", "minute_leaves")


def minute_rows(snap: KpiSnapshot) -> list[tuple[Any, ...]]:
    series = [getattr(snap, name) for name in _MINUTE_SERIES]
    # rounded to the cent: sums of floats must not show as 2353.2000000000003 in stock tools
    return [(m, *(round(float(s[m]), 2) for s in series)) for m in range(min(len(s) for s in series))]


def checkpoint_due(policy: CheckpointPolicy, events: int, now: float, batch: list[p.Event]) -> bool:
    """Whether to store a checkpoint after a frame that brought `batch`: when the policy says so (`events` ingested
    so far, `now` a monotonic clock in seconds) or when the live just ended. Shared with benchmarks/replay.py, which
    records its session the way the console does."""
    return bool(batch) and (policy.due(events, now) or isinstance(batch[-1], p.LiveEnded))


def store_checkpoint(recorder: SessionRecorder, ingest: Ingest, encoder: Executor | None = None) -> None:
    """The engine's state as of the ingest's last event, queued for the session file (nothing before an event).

    The engine is cloned here (~3 ms at the end of a 4-hour live); encoding it (10-80 ms) runs on `encoder`, or
    on the recorder's thread when there is none. Not on the pipeline thread (an action or the next frame would
    wait) nor on the recorder's when an encoder is given (an action's write-ahead commit would wait)."""
    if ingest.last_seq <= 0:
        return
    engine, seq, ts = ingest.engine.clone(), ingest.last_seq, ingest.last_event_ts
    if encoder is None:
        recorder.write_checkpoint(seq, ts, STATE_VERSION, lambda: engine_to_bytes(engine))
        return

    def encode() -> None:
        release_free_memory()  # what the previous checkpoint's clone and encoding freed (console/services/allocator)
        try:
            state = engine_to_bytes(engine)
        except Exception as exc:  # the recorder says so in its stats, as for an encode on its own thread
            failure = exc

            def failed() -> bytes:
                raise failure
            recorder.write_checkpoint(seq, ts, STATE_VERSION, failed)
            return
        recorder.write_checkpoint(seq, ts, STATE_VERSION, lambda: state)

    encoder.submit(encode)


class SessionLog:
    """Writes the live into the session file. `live`: where the events come from (its ingest) and what was last
    shown. Its `on_frame` and `on_publish` are the ingest's sink and the pipeline's publish hook, given to them at
    construction (console/services/live_session.py); nothing reaches the file before they are called."""

    def __init__(self, recorder: SessionRecorder, live: LiveView, *, feed_url: str, plan_toml: str | None,
                 live_id: str, title: str, api_url: str, operator: str,
                 checkpoints: CheckpointPolicy | None = None) -> None:
        self.recorder, self.live = recorder, live
        self._hello_seen: object = None
        self._rolled_at = 0.0
        recorder.write_session({"live_id": live_id, "title": title, "plan_toml": plan_toml,
                                "console_version": __version__, "feed_url": without_secrets(feed_url),
                                "api_url": without_secrets(api_url), "operator": operator,
                                "started_at": time.time()})
        self.checkpoints = checkpoints or CheckpointPolicy()
        self._encoder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="checkpoint-encoder")
        self._events = 0  # ingested by this run

    def on_frame(self, raw: str | bytes, result: IngestResult) -> None:
        self.recorder.record(raw, result)
        if result.events:
            self._events += len(result.events)
            if checkpoint_due(self.checkpoints, self._events, time.monotonic(), result.events):
                self.checkpoint()
        hello = self.live.ingest.hello
        if hello is not None and hello is not self._hello_seen:
            self._hello_seen = hello
            provides = None if hello.provides is None else json.dumps(sorted(hello.provides))
            self.recorder.write_session({"live_id": hello.live_id, "title": hello.title,
                                         "time_scale": hello.time_scale, "live_started_at": hello.started_at,
                                         "provides": provides})

    def on_publish(self, snap: KpiSnapshot | None, _health: object) -> None:
        now = time.monotonic()
        if snap is not None and now - self._rolled_at >= ROLLUP_EVERY_S:
            self._rolled_at = now
            self.recorder.write_kpi_minutes(minute_rows(snap))

    def checkpoint(self) -> None:
        """Store the engine's state as of the last ingested event (called on the pipeline thread)."""
        store_checkpoint(self.recorder, self.live.ingest, self._encoder)

    def finish(self) -> None:
        """Final roll-up, checkpoint and end time; call after the pipeline stopped, before closing the recorder."""
        self._encoder.shutdown(wait=True)  # checkpoints still being encoded reach the recorder before it closes
        store_checkpoint(self.recorder, self.live.ingest)
        snap = self.live.latest()[0]
        if snap is not None:
            self.recorder.write_kpi_minutes(minute_rows(snap))
        self.recorder.write_session({"ended_at": time.time()})
