"""Helpers for tests that talk to the real simulator process over loopback."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

TOKEN = "test-token-not-secret"
_FEED_LINE = re.compile(r"feed\s+(ws://\S+)")


@dataclass
class SimProcess:
    proc: subprocess.Popen[str]
    feed: str
    api: str
    token: str = TOKEN

    @property
    def port(self) -> int:
        return int(self.feed.rsplit(":", 1)[1].split("/")[0])

    def headers(self, **extra: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", **extra}

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        self.proc.wait(timeout=15)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def start_simulator(*args: str, port: int = 0, token: str = TOKEN) -> SimProcess:
    """Start `live-console simulate` on loopback; return once it prints its feed address (it is listening)."""
    return start_feed_server("simulate", *args, port=port, token=token)


def start_bridge(*args: str, port: int = 0, token: str = TOKEN) -> SimProcess:
    """Start `live-console bridge` on loopback, as the simulator."""
    return start_feed_server("bridge", *args, port=port, token=token)


def start_feed_server(command: str, *args: str, port: int = 0, token: str = TOKEN) -> SimProcess:
    env = {**os.environ, "LIVE_CONSOLE_TOKEN": token, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "console", command, "--host", "127.0.0.1", "--port", str(port), *args],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    assert proc.stdout is not None
    seen = []
    for line in proc.stdout:  # blocks until the simulator has bound its socket and printed the address
        seen.append(line)
        m = _FEED_LINE.search(line)
        if m:
            feed = m.group(1)
            return SimProcess(proc, feed, feed.replace("ws://", "http://").replace("/events", ""), token)
    proc.wait()
    proc.stdout.close()
    raise RuntimeError(f"{command} did not start:\n" + "".join(seen))


@contextmanager
def simulator(*args: str, port: int = 0) -> Iterator[SimProcess]:
    sim = start_simulator(*args, port=port)
    try:
        yield sim
    finally:
        sim.stop(signal.SIGKILL)


@dataclass
class Collected:
    events: list[dict[str, Any]] = field(default_factory=list)
    controls: list[dict[str, Any]] = field(default_factory=list)
    frames: int = 0
    close_code: int | None = None
    close_reason: str = ""


async def collect(feed: str, token: str, *, since: int = 0, until_seq: int | None = None,
                  until: Any = None, max_batch: int | None = None) -> Collected:
    """Read the stream until `until_seq` is seen, `until(event)` is true, or the server closes."""
    url = f"{feed}?since={since}" + (f"&max_batch={max_batch}" if max_batch else "")
    out = Collected()
    # max_queue=None: keep reading while closing, so the close handshake is not stuck behind a flood of frames
    async with connect(url, additional_headers={"Authorization": f"Bearer {token}"}, max_queue=None) as ws:
        try:
            async for text in ws:
                out.frames += 1
                msg = json.loads(text)
                for m in msg if isinstance(msg, list) else [msg]:
                    (out.events if "seq" in m else out.controls).append(m)
                    if "seq" in m and ((until_seq and m["seq"] >= until_seq) or (until and until(m))):
                        return out
        except ConnectionClosed:
            pass  # the close code is what the caller checks
        finally:
            out.close_code, out.close_reason = ws.close_code, ws.close_reason or ""
    return out


async def close_code_of(url: str, headers: dict[str, str], *, action: Any = None) -> int | None:
    """Read a stream to its end (after `await action()` once the hello arrived); return the close code."""
    async with connect(url, additional_headers=headers) as ws:
        try:
            await ws.recv()
            if action is not None:
                await action()
            async for _ in ws:
                pass
        except ConnectionClosed:
            pass
        return ws.close_code


def collect_sync(*args: Any, **kwargs: Any) -> Collected:
    return asyncio.run(collect(*args, **kwargs))


def post_action(sim: SimProcess, path: str, body: Any, key: str | None, token: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token or sim.token}"}
    if key is not None:
        headers["Idempotency-Key"] = key
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.post(f"{sim.api}/actions/{path}", content=content, headers=headers, timeout=10)


def demo_plan() -> Path:
    return Path(__file__).resolve().parent.parent / "assets" / "plans" / "demo.toml"


def wait_while_running(proc: subprocess.Popen[str], done: Callable[[], bool], timeout_s: float) -> bool:
    """Wait (on the process itself, 0.1 s at a time) until `done()` or the process ends or time runs out."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and not done():
        try:
            proc.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            continue
        break
    return done()


def kill_group_if_running(proc: subprocess.Popen[str]) -> None:
    """A test's last word on a console it started in its own session: it and its simulator child, gone."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
