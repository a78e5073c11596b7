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


def bare(i: int) -> float:
    """benchmarks.startup_bare: Python, PySide6 and pyqtgraph showing one plot in a window, to its first paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    t0 = time.time()
    out = subprocess.run([sys.executable, "-m", "benchmarks.startup_bare"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60, check=False)
    for line in out.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - t0
    raise RuntimeError(f"run {i} of the bare window: no first paint:\n{out.stdout}\n{out.stderr}")


# Issue 19's target is 1.0 s on this machine on a quiet day, when the bare window (below) took 0.38 s: 2.6x. The
# verdict is that ratio, both measured in the same run (alternating), so a slow day moves both.
RATIO_TARGET = 2.6


def run(quick: bool) -> Figure:
    runs = 5 if quick else 7  # a median of 3 moved the quick ratio by +-0.2x from run to run
    sim = Simulator("--speed", "5")
    times, bares = [], []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(runs):
                bares.append(bare(i))
                times.append(one(sim, Path(tmp), i))
    finally:
        sim.stop()
    worst, med, base = max(times), percentile(times, 50), percentile(bares, 50)
    ratio = med / base
    return Figure("start-up", round(ratio, 2), "x a bare Qt window",
                  f"<= {RATIO_TARGET}x a bare PySide6 + pyqtgraph window (same run; 1.0 s on a quiet day)",
                  ratio <= RATIO_TARGET,
                  {"runs_s": [round(t, 3) for t in times], "median_s": round(med, 3),
                   "bare_runs_s": [round(t, 3) for t in bares], "bare_median_s": round(base, 3)},
                  note=f"median {med:.2f} s of {runs} runs (worst {worst:.2f} s) against the bare window's "
                       f"{base:.2f} s")
