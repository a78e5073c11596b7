"""Shared helpers: figures, machine facts, RSS, the load generator process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEMO_PLAN = ROOT / "assets" / "plans" / "demo.toml"
TOKEN = "bench-token-not-secret"
_FEED = re.compile(r"feed\s+(ws://\S+)")


@dataclass
class Figure:
    """One measured figure and its target. `ok` is None for figures reported without a target."""

    name: str
    value: float | None
    unit: str
    target: str
    ok: bool | None
    details: dict[str, Any] = field(default_factory=dict)
    note: str = ""


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    xs = sorted(values)
    k = min(len(xs) - 1, max(0, round(q / 100 * (len(xs) - 1))))
    return xs[k]


def rss_mb(pid: int | None = None) -> float:
    with open(f"/proc/{pid or 'self'}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int | None = None) -> float:
    if pid is None:
        t = os.times()
        return t.user + t.system
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def thread_cpu_seconds() -> dict[str, float]:
    """CPU seconds of each thread of this process by Python thread name (threads of one name summed; threads
    Python did not start, Qt's own, as "other")."""
    import threading

    names = {t.native_id: t.name for t in threading.enumerate()}
    out: dict[str, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended meanwhile
            continue
        name = names.get(int(task.name), "other")
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return out


def machine() -> dict[str, Any]:
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:  # pragma: no cover
        pyside = "not installed"
    import msgspec
    import websockets

    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": round(mem_kb / 1024 / 1024, 1),
            "python": sys.version.split()[0], "pyside6": pyside, "websockets": websockets.__version__,
            "msgspec": msgspec.__version__, "platform": sys.platform}


class LoadGen:
    """`python -m benchmarks.loadgen ...` as a child process; `feed` once it listens."""

    def __init__(self, *args: str) -> None:
        env = {**os.environ, "LIVE_CONSOLE_TOKEN": TOKEN, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "benchmarks.loadgen", *args], cwd=ROOT, env=env,
                                     stdout=subprocess.PIPE, stderr=None, text=True)
        assert self.proc.stdout is not None
        self.info: dict[str, str] = {}
        for line in self.proc.stdout:
            if line.startswith("info "):
                k, _, v = line[5:].strip().partition("=")
                self.info[k] = v
            m = _FEED.search(line)
            if m:
                self.feed = m.group(1)
                return
        raise RuntimeError("load generator did not start")

    def wait(self, timeout: float = 60) -> None:
        self.proc.wait(timeout)

    def stop(self) -> None:
        stop_process(self.proc)


class Simulator:
    """The real studio simulator (`python -m console simulate`) on a free loopback port."""

    def __init__(self, *args: str) -> None:
        env = {**os.environ, "LIVE_CONSOLE_TOKEN": TOKEN, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "console", "simulate", "--host", "127.0.0.1",
                                      "--port", "0", *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, text=True)
        assert self.proc.stdout is not None
        seen = []
        for line in self.proc.stdout:
            seen.append(line)
            m = _FEED.search(line)
            if m:
                self.feed = m.group(1)
                self.api = self.feed.replace("ws://", "http://").replace("/events", "")
                return
        raise RuntimeError("simulator did not start:\n" + "".join(seen))

    def stop(self) -> None:
        stop_process(self.proc)


def stop_process(proc: subprocess.Popen[str]) -> None:
    """Terminate politely, then kill; close its pipe so nothing leaks."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stdout is not None:
        proc.stdout.close()


def wait_until(cond: Any, timeout: float, step: float = 0.01) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(step)
    return bool(cond())
