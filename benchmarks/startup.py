"""Start-up: from the `live-console live --offscreen` command to the main window's first painted frame."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import DEMO_PLAN, ROOT, TOKEN, Figure, Simulator, percentile


def one(sim: Simulator, tmp: Path, i: int) -> float:
    env = {**os.environ, "LIVE_CONSOLE_TOKEN": TOKEN, "QT_QPA_PLATFORM": "offscreen"}
    t0 = time.time()
    out = subprocess.run([sys.executable, "-m", "benchmarks.startup_child", "live", "--feed", sim.feed,
                          "--api", sim.api, "--plan", str(DEMO_PLAN), "--offscreen", "--duration", "20",
                          "--session", str(tmp / f"s{i}.db")], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60, check=False)
    for line in out.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - t0
    raise RuntimeError(f"no first paint:\n{out.stdout}\n{out.stderr}")


def run(quick: bool) -> Figure:
    runs = 3 if quick else 7
    sim = Simulator("--speed", "5")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            times = [one(sim, Path(tmp), i) for i in range(runs)]
    finally:
        sim.stop()
    worst, med = max(times), percentile(times, 50)
    return Figure("start-up", round(med, 3), "s", "<= 2 s (command to first painted frame)", med <= 2.0,
                  {"runs_s": [round(t, 3) for t in times], "median_s": round(percentile(times, 50), 3)},
                  note=f"median of {runs} runs; worst {worst:.2f} s")
