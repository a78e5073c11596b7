"""Where the time goes when a bus figure misses its target (benchmarks/bus.py), by concern, under cProfile:

- the producer: `live-console simulate --nats URL` itself (console/cli.py main) in a child under cProfile, at the
  live's rate, until SIGUSR1 (`python -m benchmarks.bus_profile producer OUT.json SIMULATE-ARGUMENTS...`). The model,
  the websocket and the bus publisher share its one asyncio loop: the profile says what each takes of it.
- a seat's bus path: `BusFeedClient` -> `Ingest` -> KPI engine, in this process's main thread (the pipeline's own
  thread is out of cProfile's reach), reading a live's stream from its start.

Each concern is the cumulative time of one function (the outermost frame when it recurses): wall time inside it.
"""

from __future__ import annotations

import asyncio
import contextlib
import cProfile
import json
import os
import pstats
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.bus_procs import Producer, StreamWatch
from benchmarks.bus_server import BenchBus
from benchmarks.common import cpu_seconds

#: label -> (file the function is in, "" for any; function name)
PRODUCER: dict[str, tuple[str, str]] = {
    "model: ticks up to the clock (StudioServer.advance)": ("studio/server.py", "advance"),
    "bus publisher: a batch published, its acks awaited (BusPublisher._publish)": ("bus/publisher.py", "_publish"),
    "  nats-py publish_async, per event": ("nats/js/client.py", "publish_async"),
    "  nats-py ack handling, per event (_handle_async_reply)": ("nats/js/client.py", "_handle_async_reply"),
    "nats-py read loop (protocol parse: acks)": ("nats/protocol/parser.py", "parse"),
    "websocket stream to the direct seat (_stream)": ("studio/feed_server.py", "_stream"),
    "idle: waiting in epoll": ("", "<method 'poll' of 'select.epoll' objects>"),
}
SEAT: dict[str, tuple[str, str]] = {
    "nats-py read loop (protocol parse)": ("nats/protocol/parser.py", "parse"),
    "  message handling (_process_msg)": ("nats/aio/client.py", "_process_msg"),
    "    header parsing (_process_headers)": ("nats/aio/client.py", "_process_headers"),
    "  subscription delivery to the callback (_wait_for_msgs)": ("nats/aio/subscription.py", "_wait_for_msgs"),
    "BusFeedClient: batches handed to the ingest (_follow)": ("bus/feed.py", "_follow"),
    "  Ingest.frame": ("live/ingest.py", "frame"),
    "    decode (decode_frame)": ("protocol/wire.py", "decode_frame"),
    "    KPI engine (apply_many)": ("kpi/engine.py", "apply_many"),
}


def summarise(stats: pstats.Stats, wall: float, concerns: dict[str, tuple[str, str]]) -> dict[str, Any]:
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    by_concern: dict[str, float] = {}
    for label, (where, name) in concerns.items():
        cum = [ct for (f, _line, n), (_cc, _nc, _tt, ct, _callers) in raw.items() if where in f and n == name]
        by_concern[label] = round(max(cum, default=0.0), 3)
    top = sorted(raw.items(), key=lambda kv: kv[1][2], reverse=True)[:15]
    return {"wall_s": round(wall, 3), "s_by_concern": by_concern,
            "top_tottime": [{"function": f"{Path(f).name}:{line} {n}", "calls": nc, "tottime_s": round(tt, 3),
                             "cumtime_s": round(ct, 3)} for (f, line, n), (_cc, nc, tt, ct, _) in top]}


# ---------------------------------------------------------------------------------------------- the producer


def profile_producer(bus: BenchBus, tmp: Path, audience: float, speed: float, seconds: float,
                     live_id: str, plan: Path) -> dict[str, Any]:
    """The simulator publishing a live of its own to `bus` under cProfile for `seconds`, nobody reading: what its
    loop spends on the model, the publisher and nats-py; and how many events reached the stream meanwhile."""
    out = tmp / "producer.profile.json"
    child = Producer(bus, audience, speed, tmp, plan=plan, name="profiled",
                     runner=("-m", "benchmarks.bus_profile", "producer", str(out))).wait_ready()
    watch = StreamWatch(bus, live_id, child)
    cpu0 = cpu_seconds(child.pid)
    time.sleep(seconds)
    cpu = cpu_seconds(child.pid) - cpu0
    watch.stop()
    child.proc.send_signal(signal.SIGUSR1)  # the profile written, the child gone (producer_child)
    with contextlib.suppress(subprocess.TimeoutExpired):  # a producer that will not stop leaves no profile: said
        child.proc.wait(60)
    child.stop()
    if not out.exists():
        return {"error": f"the profiled producer left no profile (exit {child.proc.returncode}): "
                         f"{child.errors.read_text()[-500:]}", "s_by_concern": {}, "wall_s": 0.0}
    report: dict[str, Any] = json.loads(out.read_text())
    samples = watch.samples
    if len(samples) >= 2:
        (t0, made0, held0), (t1, made1, held1) = samples[0], samples[-1]
        report["under_profiler"] = {"made_ev_s": round((made1 - made0) / (t1 - t0)),
                                    "published_ev_s": round((held1 - held0) / (t1 - t0)),
                                    "cpu_pct": round(cpu / seconds * 100, 1)}
    return report


def producer_child(out: Path, argv: list[str]) -> None:
    """`live-console simulate ARGV` (console/cli.py main) under cProfile until SIGUSR1, which writes the summary to
    `out` and leaves at once: not Ctrl-C, which the simulator on a bus does not always obey (docs/performance.md,
    "The bus"), and whose shutdown is not what is measured."""
    from console.cli import main

    prof = cProfile.Profile()
    t0 = time.perf_counter()

    def dump(_sig: int, _frame: object) -> None:
        prof.disable()
        out.write_text(json.dumps(summarise(pstats.Stats(prof), time.perf_counter() - t0, PRODUCER), indent=1))
        os._exit(0)

    signal.signal(signal.SIGUSR1, dump)
    prof.enable()
    main(["simulate", *argv])


# ---------------------------------------------------------------------------------------------- a seat


def profile_seat(bus_url: str, live_id: str, events: int) -> dict[str, Any]:
    """A seat's bus path in this thread under cProfile: the first `events` of the live's stream, from seq 1."""
    from console.bus.feed import BusFeedClient
    from console.kpi.engine import KpiEngine
    from console.live.ingest import Ingest
    from console.plan.model import DEMO_PLAN, load_plan

    ingest = Ingest(KpiEngine(load_plan(DEMO_PLAN)))

    def on_frame(frame: str | bytes) -> None:  # as the pipeline hands a frame on
        ingest.frame(frame, time.time())

    async def read() -> None:
        client = BusFeedClient(f"{bus_url}/{live_id}", "", on_frame=on_frame, on_state=lambda *_: None,
                               resume_from=lambda: ingest.last_seq)
        task = asyncio.create_task(client.run())
        while ingest.last_seq < events and not task.done():
            await asyncio.sleep(0.01)
        client.stop()
        await task

    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    asyncio.run(read())
    prof.disable()
    wall = time.perf_counter() - t0
    report = summarise(pstats.Stats(prof), wall, SEAT)
    report["under_profiler"] = {"events": ingest.last_seq, "ev_s": round(ingest.last_seq / wall)}
    return report


def shares(profile: dict[str, Any], whole_label: str | None = None) -> str:
    """The concerns as seconds (and shares of `whole_label`'s, or of the wall time)."""
    if profile.get("error"):
        return str(profile["error"])
    by = profile["s_by_concern"]
    whole = by[whole_label] if whole_label else profile["wall_s"]
    return "; ".join(f"{label.strip()} {s:.2f} s ({s / whole:.0%})" for label, s in by.items() if whole)


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "producer":
        producer_child(Path(sys.argv[2]), sys.argv[3:])
    else:
        sys.exit("usage: python -m benchmarks.bus_profile producer OUT.json SIMULATE-ARGUMENTS...")
