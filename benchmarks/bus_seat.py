"""One console seat for the bus benchmark, in a process of its own (as a seat is: one console, one process):

    python -m benchmarks.bus_seat FEED OUT.json [--session PATH] [--every K] [--until-seq N] [--drain-s S]
                                  [--wait-go]

A headless live session (`open_live_session`: the demo plan, the advisor on as the console runs, no action desk)
on FEED, a `nats://HOST:PORT/LIVE_ID` bus URL or the live's `ws://` feed, recording into PATH when given (an existing
file is carried on from its last seq, as a console restarted on its session file is). It prints `started` once its
pipeline runs, then follows the live until one of: the live has ended; seq N has arrived (`--until-seq`); a line
`stop N` on stdin (stop once seq N has arrived, or S seconds later: N = the producer's last seq when the parent
asked); stdin closed (stop now). Then it writes OUT.json: every K-th seq's live `ts` and the wall time its frame
reached the ingest (a sink on the ingest, called once the frame is applied), the ingest's own counts (gaps,
duplicates, rejected), and a timeline of (wall time, last seq, this process's CPU seconds) every 50 ms, from which
the parent cuts its window.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.common import DEMO_PLAN, cpu_seconds
from console.live.health import FeedState
from console.live.ingest import IngestResult

TIMELINE_EVERY_S = 0.05
FINAL = (FeedState.ENDED, FeedState.STOPPED)


class Probe:
    """A sink on the ingest: samples arrivals, counts what it was handed. Called on the pipeline thread."""

    def __init__(self, every: int, until_seq: int) -> None:
        self.every, self.until_seq = every, until_seq
        self.samples: list[tuple[int, float, float]] = []  # (seq, live ts, wall time its frame was applied)
        self.taken = 0  # events the ingest accepted while this process ran
        self.first_seq = 0
        self.not_next = 0  # frames whose first accepted event was not the one after the previous frame's last
        self._last = 0
        self.reached = threading.Event()
        self.reached_at = 0.0

    def __call__(self, _raw: str | bytes, result: IngestResult) -> None:
        evs = result.events
        if not evs:
            return
        now = time.time()
        first = evs[0].seq
        if self._last and first != self._last + 1:
            self.not_next += 1
        self.first_seq = self.first_seq or first
        self._last = evs[-1].seq
        self.taken += len(evs)
        k = self.every
        for ev in evs[(-first) % k::k]:  # consecutive seqs: every k-th; the check keeps it right when they are not
            if ev.seq % k == 0:
                self.samples.append((ev.seq, ev.ts, now))
        if self.until_seq and self._last >= self.until_seq and not self.reached.is_set():
            self.reached_at = now
            self.reached.set()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.bus_seat")
    ap.add_argument("feed")
    ap.add_argument("out", type=Path)
    ap.add_argument("--session", type=Path)
    ap.add_argument("--every", type=int, default=10)
    ap.add_argument("--until-seq", type=int, default=0)
    ap.add_argument("--drain-s", type=float, default=120.0, help="after `stop N`: how long to wait for seq N")
    ap.add_argument("--wait-go", action="store_true", help="once ready (imports done, session file read), print "
                    "`ready` and start only on a line `go [N]` (N: as --until-seq): the moment a console comes back, "
                    "without its start-up")
    args = ap.parse_args(argv)
    from console.plan.model import load_plan
    from console.protocol.wire import TOKEN_ENV
    from console.services.allocator import tune_allocator
    from console.services.feed_client import Backoff
    from console.services.live_session import Tuning, open_live_session

    tune_allocator()  # as the console's own start-up does (console/cli.py)
    probe = Probe(args.every, args.until_seq)
    # The feed's token from the environment, never argv (the bus has none on loopback). A short backoff: seats start
    # before their live exists, and must not sleep through its first seconds.
    session = open_live_session(args.feed, os.environ.get(TOKEN_ENV, ""), load_plan(DEMO_PLAN),
                                session_path=args.session, api_url=None, operator="bench", on_frame=[probe],
                                tuning=Tuning(backoff=Backoff(first_s=0.05, max_s=0.5)))
    pipe = session.pipeline
    resumed_from = pipe.ingest.last_seq  # a carried-on session file: where it left off
    timeline: list[tuple[float, int, float]] = []
    stop_at = threading.Event()
    target = {"seq": args.until_seq}

    def control() -> None:  # the parent's word on stdin: "stop N", or EOF to stop at once
        for line in sys.stdin:
            parts = line.split()
            if parts[:1] == ["stop"]:
                target["seq"] = int(parts[1]) if len(parts) > 1 else 0
                probe.until_seq = target["seq"]
                if pipe.ingest.last_seq >= target["seq"]:
                    probe.reached.set()
                stop_at.set()
        target["seq"] = 0
        stop_at.set()
        probe.reached.set()

    if args.wait_go:  # "go [N]": start now (and stop once seq N has arrived)
        print("ready", flush=True)
        word = sys.stdin.readline().split()
        if word[:1] != ["go"]:
            session.close()
            return 1
        if len(word) > 1:
            probe.until_seq = target["seq"] = args.until_seq = int(word[1])
    started_wall = time.time()
    session.start()
    print("started", flush=True)
    threading.Thread(target=control, name="bus-seat-control", daemon=True).start()
    deadline = None
    while True:
        timeline.append((time.time(), pipe.ingest.last_seq, cpu_seconds()))
        state = pipe.latest()[1].state
        if state in FINAL:
            break
        if probe.reached.is_set() and (target["seq"] or args.until_seq):
            break
        if stop_at.is_set():
            if not target["seq"]:
                break
            deadline = deadline or time.monotonic() + args.drain_s  # the parent waits for the rest, not forever
            if time.monotonic() > deadline:
                break
        probe.reached.wait(TIMELINE_EVERY_S)
    timeline.append((time.time(), pipe.ingest.last_seq, cpu_seconds()))
    health = pipe.latest()[1]
    ing = pipe.ingest
    hello = ing.hello
    session.close(recorder_timeout=120)
    out: dict[str, Any] = {
        "feed": args.feed, "started_wall": started_wall, "resumed_from": resumed_from, "last_seq": ing.last_seq,
        "last_event_ts": ing.last_event_ts,
        "taken": probe.taken, "first_seq": probe.first_seq, "not_next": probe.not_next,
        "gaps": [[g.from_seq, g.to_seq, g.cause] for g in ing.gaps], "duplicates": ing.duplicates,
        "rejected": ing.rejected, "state": str(health.state), "reason": health.reason,
        "reconnects": health.reconnects, "reached_at": probe.reached_at,
        "hello": {"started_at": hello.started_at, "time_scale": hello.time_scale} if hello else None,
        "samples": probe.samples, "timeline": timeline, "sink_errors": ing.sink_errors,
        "hook_errors": pipe.hook_errors, "error": repr(pipe.error) if pipe.error else ""}
    args.out.write_text(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
