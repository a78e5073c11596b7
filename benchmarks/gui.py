"""GUI under load: the real MainWindow (offscreen) on the live pipeline and recorder, fed at 1k/5k/10k/20k ev/s
by the load generator (a frame every 10 ms, a live happening now). Measured, from the moment the shown window has
painted once: lateness of a 10 ms timer on the GUI thread (event-loop stall), beside an idle window's in the same
run; event-to-panel latency (load generator's send time of a frame -> end of the refresh that drew a snapshot
holding its last seq: the numbers, and each panel apart; the paint follows in the next turn of the loop, ~1-2 ms);
CPU % of the console process and by thread, CPU per event; events lost."""

from __future__ import annotations

import json
import os
import tempfile
import time
from bisect import bisect_left
from pathlib import Path
from typing import Any

from benchmarks.common import DEMO_PLAN, TOKEN, Figure, LoadGen, cpu_seconds, percentile, thread_cpu_seconds


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtWidgets import QApplication

    from console.widgets.gui_gc import GuiGarbageCollector

    app = QApplication.instance()
    if app is None:
        app = QApplication([])
        GuiGarbageCollector(app)  # as run_console() does: cyclic garbage is collected on the GUI thread only
    return app


def one_rate(rate: int, seconds: float, tmp: Path, advisor: bool = True) -> dict[str, Any]:
    from PySide6.QtCore import QSettings, Qt, QTimer

    from console.app import freeze_startup_objects
    from console.kpi.snapshot import KpiSnapshot
    from console.plan.model import load_plan
    from console.services.live_session import open_live_session
    from console.widgets.advice_dock import AdviceDock
    from console.widgets.main_window import MainWindow

    app = _app()
    n = int(rate * seconds)
    stamps_path = tmp / f"stamps{rate}.json"
    gen = LoadGen("--events", str(n), "--batch", str(max(1, rate // 100)), "--rate", str(rate),
                  "--stamps", str(stamps_path))
    n = int(gen.info["events"])
    plan = load_plan(DEMO_PLAN)
    # as the console records, with the live advisor on (the console's default) or off, for its cost
    session = open_live_session(gen.feed, TOKEN, plan, session_path=tmp / f"gui{rate}{advisor}.db", advisor=advisor)
    pipe, rec = session.pipeline, session.recorder
    draws: list[tuple[float, int]] = []  # (wall time the refresh that drew ended, last seq in that snapshot)
    panel_draws: dict[str, list[tuple[float, int]]] = {}  # the same, per panel (a chart draws at 10 Hz)
    polled = {"seq": 0}
    refresh_ms: list[float] = []  # time the GUI thread spends in each refresh (evidence for the stalls)

    def poll() -> Any:
        snap, health = pipe.latest()
        polled["seq"] = health.last_seq  # published together with the snapshot: the seqs it holds
        return snap, health

    class TimedWindow(MainWindow):
        def refresh(self) -> None:
            before = self.redraw_count
            t0 = time.perf_counter()
            super().refresh()
            if self.redraw_count != before:  # a poll that found nothing new costs ~1 us: not a redraw's figure
                refresh_ms.append((time.perf_counter() - t0) * 1000)
                now = time.time()
                draws.append((now, polled["seq"]))
                for name, drawn in self.drawn_snapshots().items():
                    # the load generator's seqs run 1..n without a gap or a repeat: a snapshot of k events holds
                    # seqs 1..k
                    seq = drawn.events if isinstance(drawn, KpiSnapshot) else 0
                    seen = panel_draws.setdefault(name, [])
                    if not seen or seen[-1][1] != seq:
                        seen.append((now, seq))

    window = TimedWindow(plan, poll, settings=QSettings(str(tmp / "gui.ini"), QSettings.Format.IniFormat))
    if session.advice is not None:
        window.add_advice_dock(AdviceDock(session.advice, None))
    window.resize(1920, 1080)
    window.show()
    freeze_startup_objects()  # as run_console() does once its window is shown
    # The window's first paint (~100-170 ms for the whole 1920x1080 window) is the start-up figure's, not a stall
    # under load: it happens before the feed starts and before the stall timer runs. The first snapshot's full
    # draw is still measured.
    for _ in range(3):
        app.processEvents()
    late: list[float] = []
    last = {"t": 0.0}
    tick = QTimer()
    tick.setTimerType(Qt.TimerType.PreciseTimer)
    tick.setInterval(10)

    def on_tick() -> None:
        now = time.perf_counter()
        if last["t"]:
            late.append(max(0.0, (now - last["t"]) * 1000 - 10))
        last["t"] = now

    tick.timeout.connect(on_tick)
    t_end = {"deadline": time.monotonic() + seconds + 60}

    def check() -> None:
        done = gen.proc.poll() is not None and pipe.ingest.last_seq >= n and draws and draws[-1][1] >= n
        if done or time.monotonic() > t_end["deadline"]:
            app.quit()

    watch = QTimer()
    watch.timeout.connect(check)
    cpu0, wall0 = cpu_seconds(), time.perf_counter()
    threads0 = thread_cpu_seconds()
    session.start()
    tick.start()
    watch.start(50)
    app.exec()
    wall, cpu = time.perf_counter() - wall0, cpu_seconds() - cpu0
    threads1 = thread_cpu_seconds()  # before closing: the pipeline's and recorder's threads end there
    by_thread = {k: round((v - threads0.get(k, 0.0)) / wall * 100, 1) for k, v in threads1.items()}
    tick.stop()
    watch.stop()
    session.close(recorder_timeout=60)
    window.close()
    window.deleteLater()
    gen.stop()
    stamps = [(int(a), float(b)) for a, b in json.loads(stamps_path.read_text())] if stamps_path.exists() else []
    lat = _latencies(stamps, draws)
    by_panel = {name: _latencies(stamps, d) for name, d in panel_draws.items()}
    ing = pipe.ingest
    lost = n - ing.last_seq + sum(g.to_seq - g.from_seq + 1 for g in ing.gaps) + (n - rec.stats.events_written)
    return {"rate": rate, "advisor": advisor, "evaluations": session.advice.advisor.evaluations if session.advice
            else 0, "events": n, "received": ing.last_seq, "recorded": rec.stats.events_written,
            "lost": lost, "gaps": len(ing.gaps), "stall_p99_ms": round(percentile(late, 99), 1),
            "stall_max_ms": round(max(late, default=float("nan")), 1), "ticks": len(late),
            "e2p_p50_ms": round(percentile(lat, 50), 1), "e2p_p99_ms": round(percentile(lat, 99), 1),
            "e2p_p99_ms_by_panel": {k: round(percentile(v, 99), 1) for k, v in by_panel.items()},
            "e2p_p99_ms_slowest_panel": round(max((percentile(v, 99) for v in by_panel.values()),
                                                  default=float("nan")), 1),
            "cpu_pct": round(cpu / wall * 100, 1), "cpu_pct_by_thread": by_thread,
            "cpu_us_per_event": round(cpu / max(1, ing.last_seq) * 1e6, 1),
            "refresh_ms_p50": round(percentile(refresh_ms, 50), 1),
            "refresh_ms_p99": round(percentile(refresh_ms, 99), 1),
            "refresh_ms_max": round(max(refresh_ms, default=float("nan")), 1), "redraws": window.redraw_count,
            "wall_s": round(wall, 1)}


def _latencies(stamps: list[tuple[int, float]], draws: list[tuple[float, int]]) -> list[float]:
    """Per frame sent: ms from its sending to the end of the first refresh that drew a snapshot holding it."""
    draw_seqs = [s for _, s in draws]
    out = []
    for seq, sent in stamps:
        i = bisect_left(draw_seqs, seq)
        if i < len(draws):
            out.append((draws[i][0] - sent) * 1000)
    return out


def idle_lateness(seconds: float, tmp: Path) -> dict[str, Any]:
    """The stall baseline, measured in the same run: the same window (demo plan, advisor dock, 1920x1080) with no
    live, nothing to draw, its 10 ms timer's lateness over `seconds`. What the machine and Qt add on their own
    today (another session's load, the VM's scheduling) is in it; what the console's work adds is not."""
    from PySide6.QtCore import QSettings, Qt, QTimer

    from console.live.health import FeedHealth
    from console.plan.model import load_plan
    from console.widgets.main_window import MainWindow

    app = _app()
    health = FeedHealth()
    window = MainWindow(load_plan(DEMO_PLAN), lambda: (None, health),
                        settings=QSettings(str(tmp / "idle.ini"), QSettings.Format.IniFormat))
    window.resize(1920, 1080)
    window.show()
    for _ in range(3):
        app.processEvents()
    late: list[float] = []
    last = {"t": 0.0}

    def on_tick() -> None:
        now = time.perf_counter()
        if last["t"]:
            late.append(max(0.0, (now - last["t"]) * 1000 - 10))
        last["t"] = now

    tick = QTimer()
    tick.setTimerType(Qt.TimerType.PreciseTimer)
    tick.setInterval(10)
    tick.timeout.connect(on_tick)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    tick.start()
    app.exec()
    tick.stop()
    window.close()
    window.deleteLater()
    return {"stall_p99_ms": round(percentile(late, 99), 1), "stall_max_ms": round(max(late, default=0.0), 1),
            "ticks": len(late), "seconds": seconds}


# Targets (issue 19): one frame at 60 Hz at 10k ev/s, two at 20k; each over what an idle window's timer shows in
# the same run (the machine's own lateness), so a slow or busy machine does not fail a good build.
STALL_P99_MS = {10_000: 16.0, 20_000: 33.0}
STALL_MAX_MS = 50.0
E2P_P99_MS = 100.0


def _verdict(r: dict[str, Any], idle: dict[str, Any]) -> tuple[bool | None, str]:
    rate = r["rate"]
    if rate not in STALL_P99_MS:
        return None, "(reported)"
    p99_over = r["stall_p99_ms"] - idle["stall_p99_ms"]
    ok = r["lost"] == 0 and p99_over <= STALL_P99_MS[rate]
    target = f"0 lost, stall p99 <= {STALL_P99_MS[rate]:g} ms over idle"
    if rate == 10_000:
        ok = ok and r["stall_max_ms"] - idle["stall_max_ms"] <= STALL_MAX_MS and r["e2p_p99_ms"] <= E2P_P99_MS
        target += f", max <= {STALL_MAX_MS:g} ms over idle, numbers e2p p99 <= {E2P_P99_MS:g} ms"
    return ok, target


def run(quick: bool) -> list[Figure]:
    # quick: the two rates with targets only, eight seconds each (a p99 over six moved by +-3 ms from run to run)
    # after five of the idle window; the reported ones (1k, 5k, 10k without the advisor) are full-size only
    seconds = 8.0 if quick else 30.0
    idle_s = 5.0 if quick else seconds
    rates = (10_000, 20_000) if quick else (1_000, 5_000, 10_000, 20_000)
    out = []
    without = None
    with tempfile.TemporaryDirectory() as tmp:
        idle = idle_lateness(idle_s, Path(tmp))
        for rate in rates:
            out.append(one_rate(rate, seconds, Path(tmp)))
        if not quick:
            without = one_rate(10_000, seconds, Path(tmp), advisor=False)  # the same run without the advisor
    figs = [Figure("GUI idle window (stall baseline)", idle["stall_p99_ms"], "ms stall p99", "(reported)", None,
                   idle, note=f"max {idle['stall_max_ms']} ms; no live, {idle_s:g} s: the machine's own lateness")]
    for r in out:
        r["idle_stall_p99_ms"], r["idle_stall_max_ms"] = idle["stall_p99_ms"], idle["stall_max_ms"]
        ok, target = _verdict(r, idle)
        panels = r["e2p_p99_ms_by_panel"]
        figs.append(Figure(
            f"GUI under load {r['rate'] // 1000}k ev/s", r["stall_p99_ms"], "ms stall p99", target, ok, r,
            note=f"idle {idle['stall_p99_ms']} ms; max {r['stall_max_ms']} ms (idle {idle['stall_max_ms']}); "
                 f"event-to-numbers p50 {r['e2p_p50_ms']} / p99 {r['e2p_p99_ms']} ms, the chart p99 "
                 f"{panels.get('audience', float('nan'))} ms; CPU {r['cpu_pct']}% ({r['cpu_us_per_event']} us/event; "
                 f"GUI thread {r['cpu_pct_by_thread'].get('MainThread', 0.0)}%, pipeline "
                 f"{r['cpu_pct_by_thread'].get('live-pipeline', 0.0)}%); lost {r['lost']}; {seconds:g} s"))
    if without is None:
        return figs
    on = next(r for r in out if r["rate"] == 10_000)
    figs.append(Figure(
        "GUI under load 10k ev/s without the advisor", without["stall_p99_ms"], "ms stall p99", "(reported)", None,
        without, note=f"with the advisor: stall p99 {on['stall_p99_ms']} vs {without['stall_p99_ms']} ms, max "
                      f"{on['stall_max_ms']} vs {without['stall_max_ms']} ms; e2p p99 {on['e2p_p99_ms']} vs "
                      f"{without['e2p_p99_ms']} ms; CPU {on['cpu_pct']}% vs {without['cpu_pct']}% "
                      f"({on['evaluations']} advisor evaluations)"))
    return figs
