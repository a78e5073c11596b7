"""The processes of the bus benchmark (benchmarks/bus.py): the producer (the studio simulator publishing its live to
the bus, and serving it over its websocket) and the console seats (benchmarks/bus_seat.py), each in its own process."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import nats
import nats.js.errors

from benchmarks.bus_server import BenchBus
from benchmarks.common import DEMO_PLAN, ROOT, TOKEN, stop_process, wait_until
from console.bus import names
from console.bus.batches import stream_extent

SAMPLE_EVERY = 10  # every 10th seq's arrival is kept by each seat


def plan_copy(tmp: Path, live_id: str, title: str) -> Path:
    """The demo plan as another live: its own id (a stream of its own on the bus) and title."""
    text = DEMO_PLAN.read_text(encoding="utf-8")
    text = re.sub(r'(?m)^id = ".*"$', f'id = "{live_id}"', text, count=1)
    text = re.sub(r'(?m)^title = ".*"$', f'title = "{title}"', text, count=1)
    path = tmp / f"{live_id}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _env() -> dict[str, str]:
    return {**os.environ, "LIVE_CONSOLE_TOKEN": TOKEN, "PYTHONUNBUFFERED": "1"}


class SeatProcess:
    """`python -m benchmarks.bus_seat` as a child: started, told where to stop, its JSON read back."""

    def __init__(self, feed: str, out: Path, *, session: Path | None = None, until_seq: int = 0,
                 drain_s: float = 120.0, wait_go: bool = False) -> None:
        """`wait_go`: it gets ready (imports, its session file read) and starts on `go()`."""
        self.out, self.session = out, session
        argv = [sys.executable, "-m", "benchmarks.bus_seat", feed, str(out), "--every", str(SAMPLE_EVERY),
                "--drain-s", f"{drain_s:g}", *(["--wait-go"] if wait_go else [])]
        if session is not None:
            argv += ["--session", str(session)]
        if until_seq:
            argv += ["--until-seq", str(until_seq)]
        self.errors = out.with_suffix(".stderr")
        with self.errors.open("w") as err:  # a file, not a pipe: whatever a seat logs, it never blocks on it
            self.proc = subprocess.Popen(argv, cwd=ROOT, env=_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=err, text=True)

    def wait_started(self, word: str = "started") -> None:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if line.strip() != word:
            self.proc.wait(10)
            raise RuntimeError(f"a seat did not start: {line}{self._stderr()}")

    def go(self, until_seq: int = 0) -> None:
        """A seat started with `wait_go`: start now (to stop once `until_seq` has arrived), return once it has."""
        self.wait_started("ready")
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"go {until_seq}\n")
        self.proc.stdin.flush()
        self.wait_started()

    def stop_at(self, seq: int) -> None:
        """Stop once `seq` has arrived (0: at once)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"stop {seq}\n")
        self.proc.stdin.flush()

    def result(self, timeout: float = 180) -> dict[str, Any]:
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.stop_at(0)
            self.proc.wait(30)
        if self.proc.returncode != 0 or not self.out.exists():
            raise RuntimeError(f"a seat failed ({self.proc.returncode}):\n{self._stderr()}")
        self.close()
        result: dict[str, Any] = json.loads(self.out.read_text())
        return result

    def _stderr(self) -> str:
        return self.errors.read_text()[-3000:] if self.errors.exists() else ""

    def close(self) -> None:
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            self.proc.stdin.close()
        stop_process(self.proc)


class Producer:
    """The studio simulator publishing its live to the bus, on a port chosen beforehand (so that a websocket seat can
    be started before it); its /v1/state for the producer's last seq and clock."""

    def __init__(self, bus: BenchBus, audience: float, speed: float, tmp: Path, *, port: int = 0,
                 plan: Path = DEMO_PLAN, name: str = "sim", runner: tuple[str, ...] = ("-m", "console", "simulate"),
                 ) -> None:
        """`runner`: what runs `simulate` with the arguments that follow (benchmarks/bus_profile.py's profiler)."""
        ready, self.errors = tmp / f"{name}.ready.json", tmp / f"{name}.stderr"
        argv = [sys.executable, *runner, "--plan", str(plan), "--speed", f"{speed:g}",
                "--audience", f"{audience:g}", "--host", "127.0.0.1", "--port", str(port), "--ready-file", str(ready),
                "--nats", bus.url]
        self.argv, self._ready = argv, ready
        with self.errors.open("w") as err:  # a file, not a pipe: a long run's log never blocks the producer
            self.proc = subprocess.Popen(argv, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=err,
                                         text=True)
        self.feed = self.api = ""
        self.pid = self.proc.pid
        self.started_at = self.scale = 0.0

    def wait_ready(self) -> Producer:
        """Once it serves (its ready file written): its addresses and its live's clock. Several producers are
        started first and waited for after, so that their lives start together."""
        ready = self._ready
        if not wait_until(lambda: ready.exists() or self.proc.poll() is not None, 60, 0.005) or not ready.exists():
            self.stop()
            raise RuntimeError(f"{' '.join(self.argv)} did not start:\n{self.errors.read_text()[-3000:]}")
        info = json.loads(ready.read_text())
        self.feed, self.api, self.pid = info["feed"], info["api"], int(info["pid"])
        state = self.state()
        self.started_at, self.scale = float(state["started_at"]), float(state["time_scale"])
        return self

    def state(self) -> dict[str, Any]:
        reply: dict[str, Any] = httpx.get(f"{self.api}/state", headers={"Authorization": f"Bearer {TOKEN}"},
                                          timeout=10).json()
        return reply

    def stop(self) -> None:
        stop_process(self.proc)

    def wall_at(self, live_min: float) -> float:
        """The wall time the event of live minute `live_min` is emitted at (docs/architecture.md, "Time")."""
        return self.started_at + live_min * 60 / self.scale

    def last_seq(self, *, quiet: bool = False) -> int:
        state = self.state()
        if state["status"] == "ended" and not quiet:
            raise RuntimeError("the live ended before the benchmark was done with it: the machine is too slow or "
                               "too busy for these sizes (see the seats' start-up)")
        return int(state["last_seq"])


def stop_all(producers: list[Producer], grace_s: float = 3.0) -> None:
    """Ask them all to stop at once, then kill what is still running `grace_s` later: their shutdowns overlap, and a
    simulator on a bus sometimes never finishes its own (docs/performance.md, "The bus"), which is not measured."""
    for producer in producers:
        if producer.proc.poll() is None:
            producer.proc.terminate()
    wait_until(lambda: all(p.proc.poll() is not None for p in producers), grace_s, 0.05)
    for producer in producers:
        if producer.proc.poll() is None:
            producer.proc.kill()
        producer.stop()


def machine_jiffies() -> tuple[int, int]:
    """(busy, total) CPU time of the whole machine, all cores (/proc/stat): two readings give how busy it was."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def busy_pct(before: tuple[int, int], after: tuple[int, int]) -> float:
    total = after[1] - before[1]
    return round((after[0] - before[0]) / total * 100, 1) if total > 0 else float("nan")


def ws_feed(port: int) -> str:
    return f"ws://127.0.0.1:{port}/v1/events"


def sleep_until(wall: float) -> None:
    while (left := wall - time.time()) > 0:
        time.sleep(min(left, 0.5))


class StreamWatch:
    """Samples, every `every_s` on a thread of its own, the live's stream's last seq (what the bus holds) against
    the producer's last seq (what it made): the publisher's lag, apart from the seats' own."""

    def __init__(self, bus: BenchBus, live_id: str, producer: Producer, every_s: float = 0.25) -> None:
        self.bus, self.live_id, self.producer, self.every_s = bus, live_id, producer, every_s
        self.samples: list[tuple[float, int, int]] = []  # (wall time, producer's last seq, stream's last seq)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._run()), name="bench-stream-watch",
                                        daemon=True)
        self._thread.start()

    async def _run(self) -> None:
        nc = await nats.connect(self.bus.url, name="bench stream watch")
        try:
            js = nc.jetstream()
            while not self._stop.is_set():
                try:
                    made = await asyncio.to_thread(self.producer.last_seq, quiet=True)
                except httpx.HTTPError:  # the producer has gone: nothing more to compare
                    return
                with contextlib.suppress(nats.js.errors.NotFoundError):
                    held = (await stream_extent(js, names.stream_name(self.live_id))).last_seq
                    self.samples.append((time.time(), made, held))
                await asyncio.sleep(self.every_s)
        finally:
            await nc.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)

    def lag(self, window: tuple[float, float]) -> dict[str, float]:
        """How old the newest event on the bus is, over the window: the wall time since the producer had made it
        (the crossing of its last seq, interpolated between samples), median and worst; and the events made but
        not on the bus yet."""
        rows = self.samples
        delays, behind = [], []
        for at, made, held in rows:
            if not window[0] <= at <= window[1]:
                continue
            behind.append(made - held)
            j = next((k for k, row in enumerate(rows) if row[1] >= held), None)
            if j is None:
                continue
            t1, m1 = rows[j][0], rows[j][1]
            t0, m0 = (rows[j - 1][0], rows[j - 1][1]) if j else (t1, m1)
            made_at = t0 + (t1 - t0) * (held - m0) / (m1 - m0) if m1 > m0 else t1
            delays.append(max(0.0, at - made_at))
        if not delays:
            return {}
        ordered = sorted(delays)
        return {"publisher_delay_ms_p50": round(ordered[len(ordered) // 2] * 1000, 1),
                "publisher_delay_ms_max": round(ordered[-1] * 1000, 1),
                "publisher_behind_events_max": max(behind), "publisher_sample_s": self.every_s}


def stream_last_seq(bus: BenchBus, live_id: str) -> int:
    """What the bus holds of the live now."""

    async def ask() -> int:
        nc = await nats.connect(bus.url, name="bench stream info")
        try:
            return (await stream_extent(nc.jetstream(), names.stream_name(live_id))).last_seq
        finally:
            await nc.close()

    return asyncio.run(ask())
