"""A load generator speaking the Studio Feed Protocol v1: StudioModel events, pre-encoded, as fast as asked.

    python -m benchmarks.loadgen --events N [--batch B] [--rate EV_PER_S] [--audience A] [--hours H]
                                 [--stream] [--stamps PATH] [--connections K]

It prints `feed ws://127.0.0.1:PORT/v1/events` once listening (after pre-generating, so generation never
competes with the client being measured). Each connection gets a hello, the same frames from seq 1, then a
LIVE_ENDED close. `--rate` paces frames every 10 ms, as a live happening now: the hello's clock
(started_at, time_scale) says each frame's events are emitted when the frame is sent, so the console sees no lag
(a live hours behind would show its window dimmed, "catching up", which is not the on-air case measured). Without
`--rate` frames go as fast as the socket takes them, from a live in the past.
`--stream` generates while sending (long lives that would not fit in memory). `--stamps` writes, per frame,
(last seq, wall time sent) for event-to-panel latency. The token is LIVE_CONSOLE_TOKEN.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import msgspec
from websockets.asyncio.server import ServerConnection, serve

from console.plan.model import load_plan
from console.protocol import wire as p
from console.studio.model import TICK_S, StudioModel

PLAN = Path(__file__).resolve().parent.parent / "assets" / "plans" / "demo.toml"


def model(audience: float, hours: float, started_at: float, seed: int = 7) -> StudioModel:
    plan = load_plan(PLAN)
    live = msgspec.structs.replace(plan.live, duration_min=int(hours * 60))
    return StudioModel(msgspec.structs.replace(plan, live=live), seed, started_at, audience, 1.0)


def events(m: StudioModel, limit: int) -> Iterator[bytes]:
    n = 0
    enc = p.encode
    while n < limit and not m.ended:
        for ev in m.step():
            yield enc(ev)
            n += 1
            if n >= limit:
                return


def frames(evs: Iterator[bytes], batch: int) -> Iterator[tuple[int, bytes]]:
    """(events in frame, frame text): one bare object when batch == 1, else a JSON array."""
    chunk: list[bytes] = []
    for e in evs:
        chunk.append(e)
        if len(chunk) >= batch:
            yield len(chunk), (chunk[0] if batch == 1 else b"[" + b",".join(chunk) + b"]")
            chunk = []
    if chunk:
        yield len(chunk), (chunk[0] if batch == 1 else b"[" + b",".join(chunk) + b"]")


def live_s_per_event(pre: list[tuple[int, str]], m: StudioModel) -> float:
    return m.tick * TICK_S / max(1, sum(n for n, _ in pre))


def _current_clock(model_started: float, now: float, live_s_per_event: float, rate: float) -> tuple[float, float]:
    """The hello's (started_at, time_scale) under which the live's first event is emitted `now` and the next ones
    at `rate` events per wall second, as the feed sends them. The console places an event of live time ts at wall
    time S + (ts - S) / scale (docs/protocol.md); with ts = M + k * d (M the model's start, d live seconds per
    event) that is now + k / rate when scale = rate * d and S = (now - M / scale) / (1 - 1 / scale)."""
    scale = rate * live_s_per_event
    if abs(scale - 1.0) < 1e-6:  # S would be anything: at its own speed the live is where the model put it
        raise ValueError(f"a live paced at its own speed ({rate:g} ev/s) cannot be moved to now by its clock")
    f = 1.0 / scale
    return (now - model_started * f) / (1.0 - f), scale


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, required=True)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--rate", type=float, default=0.0)
    ap.add_argument("--audience", type=float, default=50.0)
    ap.add_argument("--hours", type=float, default=4.0)
    ap.add_argument("--stream", action="store_true")
    ap.add_argument("--stamps", type=Path)
    ap.add_argument("--connections", type=int, default=1)
    args = ap.parse_args()
    token = os.environ["LIVE_CONSOLE_TOKEN"]
    started_at = time.time() - args.hours * 3600 - 60  # the live is in the past; compressed time
    live_id = "bench-live"
    pre: list[tuple[int, str]] = []
    if not args.stream:
        m = model(args.audience, args.hours, started_at)
        pre = [(n, f.decode()) for n, f in frames(events(m, args.events), args.batch)]
        print(f"info events={sum(n for n, _ in pre)}", flush=True)
        print(f"info live_s={m.tick * TICK_S:.0f}", flush=True)
    paced_clock: list[tuple[float, float]] = []  # (started_at, time_scale) of a paced live, fixed at the 1st connect
    served = 0
    done = asyncio.Event()

    async def handler(ws: ServerConnection) -> None:
        nonlocal served
        if ws.request is None or ws.request.headers.get("Authorization") != f"Bearer {token}":
            await ws.close(p.CloseCode.UNAUTHORIZED, "bad token")
            return
        hello_started, scale = started_at, 1e6
        if args.rate and pre:
            if not paced_clock:
                paced_clock.append(_current_clock(started_at, time.time(), live_s_per_event(pre, m), args.rate))
            hello_started, scale = paced_clock[0]
        await ws.send(p.encode(p.Hello(protocol=p.PROTOCOL, live_id=live_id, title="benchmark live",
                                       started_at=hello_started, time_scale=scale, first_seq=0, last_seq=0,
                                       server="benchmarks.loadgen")).decode())
        since = int(dict(x.split("=", 1) for x in (ws.request.path.partition("?")[2] or "since=0").split("&")
                         if "=" in x).get("since", "0"))
        stamps: list[tuple[int, float]] = []
        src = iter(pre) if not args.stream else (
            (n, f.decode()) for n, f in frames(events(model(args.audience, args.hours, started_at), args.events),
                                               args.batch))
        sent = 0
        t0 = yielded = time.perf_counter()
        for n, text in src:
            if sent + n <= since:  # a reconnecting client resumes after what it has (whole frames only)
                sent += n
                continue
            if args.rate:
                due = t0 + sent / args.rate
                delay = due - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
            await ws.send(text)
            if time.perf_counter() - yielded > 0.02:  # answer pings even when the socket never pushes back
                await asyncio.sleep(0)
                yielded = time.perf_counter()
            sent += n
            if args.stamps is not None:
                stamps.append((sent, time.time()))
        await ws.close(p.CloseCode.LIVE_ENDED, "the live has ended")
        if args.stamps is not None:
            args.stamps.write_text(json.dumps(stamps))
        served += 1
        if served >= args.connections:
            done.set()

    async with serve(handler, "127.0.0.1", 0, max_size=p.MAX_FRAME_BYTES, compression=None,
                     ping_interval=None, write_limit=2**20) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        print(f"feed ws://127.0.0.1:{port}/v1/events", flush=True)
        await done.wait()
        await asyncio.sleep(0.2)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
