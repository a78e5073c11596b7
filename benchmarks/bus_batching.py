"""What one NATS message per event costs in nats-py, against several events per message (docs/performance.md, "The
bus"): `python -m benchmarks.bus_batching [EVENTS]`. Not one of the figures: the evidence behind a design choice.

The same demo-live events (the studio model's, encoded as on the wire) go through a fresh nats-server's JetStream
in this process, three ways: one message per event with the publisher's two headers (Nats-Msg-Id and
Nats-Expected-Last-Sequence, as console/bus/publisher.py sends them); one message per event without headers; and
one message per 100 events (a JSON array, as the websocket batches them; one Nats-Msg-Id per message). Publishing
is pipelined as the publisher does it (publish_async, 500 messages, their acks awaited together); reading is an
ordered push consumer with a callback, as console/bus/feed.py reads. Each figure is events per second of wall time
and the process's CPU microseconds per event.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import nats
from nats.aio.msg import Msg
from nats.js.api import ConsumerConfig, DeliverPolicy, StorageType, StreamConfig

from benchmarks.bus_server import BenchBus
from benchmarks.common import cpu_seconds
from console.plan.model import DEMO_PLAN, load_plan
from console.protocol import wire as p
from console.studio.model import StudioModel

PIPELINE = 500  # messages in flight, their acks awaited together (console/bus/publisher.py BATCH)


def wire_events(n: int) -> list[bytes]:
    model = StudioModel(load_plan(DEMO_PLAN), 7, 1_700_000_000.0, 10.0)
    out: list[bytes] = []
    while len(out) < n and not model.ended:
        out += [p.encode(ev) for ev in model.step()]
    return out[:n]


async def publish(js: Any, subject: str, messages: list[bytes], headers: bool, per: int) -> tuple[float, float]:
    t0, c0 = time.perf_counter(), cpu_seconds()
    for start in range(0, len(messages), PIPELINE):
        acks = []
        for i, data in enumerate(messages[start:start + PIPELINE], start):
            hdrs = {"Nats-Msg-Id": f"bench:{i}", "Nats-Expected-Last-Sequence": str(i)} if headers else None
            acks.append(await js.publish_async(subject, data, headers=hdrs))
        await asyncio.gather(*acks)
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    events = len(messages) * per
    return events / wall, cpu / events * 1e6


async def consume(js: Any, subject: str, messages: int, per: int) -> tuple[float, float]:
    got = 0
    done = asyncio.Event()

    async def on_msg(_msg: Msg) -> None:
        nonlocal got
        got += 1
        if got >= messages:
            done.set()

    t0, c0 = time.perf_counter(), cpu_seconds()
    sub = await js.subscribe(subject, cb=on_msg, ordered_consumer=True, deliver_policy=DeliverPolicy.ALL,
                             config=ConsumerConfig(deliver_policy=DeliverPolicy.ALL))
    await asyncio.wait_for(done.wait(), 600)
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    await sub.unsubscribe()
    events = messages * per
    return events / wall, cpu / events * 1e6


async def compare(url: str, events: list[bytes]) -> dict[str, dict[str, float]]:
    batched = [b"[" + b",".join(events[i:i + 100]) + b"]" for i in range(0, len(events), 100)]
    ways = {"one event per message, two headers": (events, True, 1),
            "one event per message, no header": (events, False, 1),
            "100 events per message": (batched, True, 100)}
    nc = await nats.connect(url)
    js = nc.jetstream(timeout=30)
    out = {}
    try:
        for k, (name, (messages, headers, per)) in enumerate(ways.items()):
            subject = f"bench.batching.{k}"
            await js.add_stream(StreamConfig(name=f"BENCH_BATCHING_{k}", subjects=[subject],
                                             storage=StorageType.FILE))
            pub_rate, pub_us = await publish(js, subject, messages, headers, per)
            read_rate, read_us = await consume(js, subject, len(messages), per)
            out[name] = {"publish_ev_s": round(pub_rate), "publish_cpu_us_per_event": round(pub_us, 2),
                         "read_ev_s": round(read_rate), "read_cpu_us_per_event": round(read_us, 2)}
    finally:
        await nc.close()
    return out


def main(n: int) -> None:
    events = wire_events(n)
    with tempfile.TemporaryDirectory() as d:
        bus = BenchBus(Path(d) / "jetstream")
        bus.start()
        try:
            result = asyncio.run(compare(bus.url, events))
        finally:
            bus.stop()
    print(f"{len(events):,} demo-live events, {sum(map(len, events)) / len(events):.0f} bytes each on average")
    for name, r in result.items():
        print(f"  {name:38s} publish {r['publish_ev_s']:>9,} ev/s ({r['publish_cpu_us_per_event']:5.2f} us CPU/ev)"
              f"   read {r['read_ev_s']:>9,} ev/s ({r['read_cpu_us_per_event']:5.2f} us CPU/ev)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
