"""Long live: a 4-hour live, time compressed, streamed by the load generator through the console's pipeline
bound to its session file as the live console binds it, with its plan (the demo plan made four hours long: the
advisor on, the engine's bins sized from the plan; SessionLog: every event, engine checkpoints, roll-ups;
no window), in a fresh process (`python -m benchmarks.longlive quick|full`) so that its RSS is the console's
alone; RSS at each live hour: the median of the samples (every 50 ms) over the live minute before the hour mark
(quick: 15 live minutes, as few samples fall in its minute),
so that one sample landing on a transient block (an engine clone in flight for a checkpoint, ~2.5 MB at hour 4)
does not decide the figure; the single sample at each mark and the peak over every sample are in the details.
The load generator paces the stream (PACE_EV_S) below what the console can take,
so no backlog piles up in socket buffers and the figure is the console's steady state."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

import msgspec

from benchmarks.common import DEMO_PLAN, ROOT, TOKEN, Figure, LoadGen, rss_mb
from console.plan.model import Plan, load_plan

PACE_EV_S = 30_000


def run(quick: bool) -> Figure:
    out = subprocess.run([sys.executable, "-m", "benchmarks.longlive", "quick" if quick else "full"], cwd=ROOT,
                         capture_output=True, text=True, timeout=3600, check=False)
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            return Figure(**json.loads(line))
    raise RuntimeError(f"long live child failed:\n{out.stdout}\n{out.stderr[-3000:]}")


GROWTH_TARGET_PCT = 2.0  # issue 19: flat by construction, in each of three full runs
PEAK_TARGET_MB = 100.0


def four_hour_plan() -> Plan:
    """The demo plan as the load generator plays it: four hours (so the engine sizes its bins for them)."""
    plan = load_plan(DEMO_PLAN)
    return msgspec.structs.replace(plan, live=msgspec.structs.replace(plan.live, duration_min=240))


def child(quick: bool) -> Figure:
    from console.services.live_session import open_live_session

    # ~20 vs ~1,000+ events per live second with the demo plan's curve (quick: its growth is not judged, below)
    audience = 1.0 if quick else 50.0
    gen = LoadGen("--events", "100000000", "--batch", "500", "--audience", str(audience), "--hours", "4",
                  "--stream", "--rate", str(PACE_EV_S))
    hours: dict[int, float] = {}  # the sample at each hour mark
    samples: list[tuple[float, float]] = []  # (live s, RSS MB)
    peak = 0.0
    try:
        with tempfile.TemporaryDirectory() as tmp:
            # with its plan, as the console follows a live: the advisor on, the bins sized from the plan
            session = open_live_session(gen.feed, TOKEN, four_hour_plan(), session_path=Path(tmp) / "long.db",
                                        operator="bench")
            pipe, rec = session.pipeline, session.recorder
            t0 = time.perf_counter()
            session.start()
            hours[0] = rss_mb()
            while gen.proc.poll() is None or pipe.latest()[1].state.name not in ("ENDED", "STOPPED"):
                time.sleep(0.05)
                rss = rss_mb()
                peak = max(peak, rss)
                ing = pipe.ingest
                if ing.hello is not None and ing.last_event_ts is not None:
                    live_s = ing.last_event_ts - ing.hello.started_at
                    samples.append((live_s, rss))
                    for k in range(1, int(live_s // 3600) + 1):
                        hours.setdefault(k, rss)
                if time.perf_counter() - t0 > 1800:
                    break
            wall = time.perf_counter() - t0
            # the live's end is its hour 4: measured now, before shutdown and before this benchmark's own probe
            # below (a clone of the engine and its pickle, several MB that are not the console's)
            hours.setdefault(4, rss_mb())
            peak = max(peak, rss_mb())
            events = pipe.ingest.last_seq
            live_s = (pipe.ingest.last_event_ts or 0) - (pipe.ingest.hello.started_at if pipe.ingest.hello else 0)
            pipe.stop()
            # What a replay checkpoint of this end state costs (the engine is the console's only state that grows
            # with the live): clone() time and the clone's pickled size.
            engine = pipe.ingest.engine
            c0 = time.perf_counter()
            twin = engine.clone()
            clone_ms = (time.perf_counter() - c0) * 1000
            clone_mb = len(pickle.dumps(twin)) / 1e6
            del twin
            session.close(recorder_timeout=120)  # the log's final checkpoint, the recorder's last writes
            peak = max(peak, rss_mb())  # the peak includes shutdown (final checkpoint, WAL folded)
            written = rec.stats.events_written
    finally:
        gen.stop()
    # hour 0 has no minute before it: its sample at the start stands. The quick live's minute passes in ~80 ms of
    # wall time (one or two samples, at the mercy of a checkpoint being encoded): its window is 15 live minutes,
    # ~1 s of wall time and ~20 samples, as the full live's one minute is ~2 s.
    window_s = 900 if quick else 60
    minute = {k: _median([r for s, r in samples if k * 3600 - window_s <= s < k * 3600]) or v
              for k, v in hours.items()}
    growth = (minute[4] - minute[2]) / minute[2] * 100 if 2 in minute and 4 in minute else float("nan")
    # Growth is judged at full size only, the size the target names. The quick live carries 1/25 of the full one's
    # events and its RSS moves by +-2 MB with the allocator's transients (engine clones in flight, heap holes: quick
    # runs read -1.9 to +2.8 %), which is all of what 2 % measures. Its peak and completeness are still judged.
    ok = (quick or growth <= GROWTH_TARGET_PCT) and peak <= PEAK_TARGET_MB and written == events
    target = (f"peak <= {PEAK_TARGET_MB:g} MB, every event written (growth judged at full size)" if quick else
              f"<= {GROWTH_TARGET_PCT:g}% growth h2->h4, peak <= {PEAK_TARGET_MB:g} MB, advisor on")
    return Figure("long live", round(growth, 2), "% RSS h2->h4", target, ok, {
        "rss_mb_by_live_hour": {str(k): round(v, 1) for k, v in sorted(minute.items())},
        "rss_mb_sample_at_hour_mark": {str(k): round(v, 1) for k, v in sorted(hours.items())},
        "peak_mb": round(peak, 1),
        "events": events, "written": written, "live_hours": round(live_s / 3600, 2),
        "avg_ev_per_live_s": round(events / max(live_s, 1), 1), "wall_s": round(wall, 1),
        "engine_clone_ms": round(clone_ms, 1), "engine_clone_pickle_mb": round(clone_mb, 2)},
        note=f"peak {peak:.0f} MB; {events:,} events over {live_s / 3600:.2f} live h "
             f"({events / max(live_s, 1):,.0f} ev per live s) in {wall:.0f} wall s")


def _median(values: list[float]) -> float | None:
    return sorted(values)[len(values) // 2] if values else None


if __name__ == "__main__":
    from console.services.allocator import tune_allocator

    tune_allocator()  # as the console's own start-up does (console/cli.py)
    print(json.dumps(asdict(child(sys.argv[1] == "quick"))), flush=True)
