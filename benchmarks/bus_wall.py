"""The studio wall under five lives (issue 17, Proof): five simulators, each its own live id, publishing ~2,000 ev/s
to the bus, and the wall in this process as `live-console wall` builds it (console/app.py run_wall: WallLives
following every live with its own headless session and session file, the Wall service, the WallWindow offscreen at
1920x1080, the GUI's own garbage collector). Stall: the lateness of a 10 ms timer on the GUI thread, as the window
benchmark measures it (benchmarks/gui.py), over the lives' plateau window once the wall follows all five.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.bus_procs import Producer, busy_pct, machine_jiffies, plan_copy, stop_all
from benchmarks.bus_server import BenchBus
from benchmarks.common import cpu_seconds, percentile
from benchmarks.gui import _app
from console.live.health import FeedState

LIVES = 5


BASELINE_S = 2.0  # the same wall with no live on the bus, just before: the stall this machine gives an idle wall
SETTLE_S = 1.0


def stall_timer(app: Any, start: float, end: float, on_check: Callable[[float], None] = lambda _now: None,
                ) -> list[float]:
    """Run the Qt loop until wall time `end`: the lateness (ms) of a 10 ms PreciseTimer on the GUI thread, counted
    from `start`. `on_check(now)` every 50 ms (reference reads only: nothing in it may stall what it measures)."""
    from PySide6.QtCore import Qt, QTimer

    late: list[float] = []
    last = {"t": 0.0}
    tick = QTimer()
    tick.setTimerType(Qt.TimerType.PreciseTimer)
    tick.setInterval(10)

    def on_tick() -> None:
        now = time.perf_counter()
        if last["t"] and start <= time.time() <= end:
            late.append(max(0.0, (now - last["t"]) * 1000 - 10))
        last["t"] = now

    def check() -> None:
        now = time.time()
        on_check(now)
        if now >= end:
            app.quit()

    tick.timeout.connect(on_tick)
    watch = QTimer()
    watch.timeout.connect(check)
    tick.start()
    watch.start(50)
    app.exec()
    tick.stop()
    watch.stop()
    return late


def wall_stall(bus: BenchBus, tmp: Path, audience: float, speed: float,
               window_min: tuple[float, float]) -> dict[str, Any]:
    from console.app import freeze_startup_objects
    from console.bus.address import BusCredentials, parse_bus_url
    from console.services.wall import Wall
    from console.services.wall_lives import WallLives
    from console.services.wall_open import ConsoleOpener
    from console.widgets.wall import WallWindow

    took: dict[str, float] = {}  # wall seconds per step: where a long run's time went
    clock = [time.perf_counter()]

    def lap(name: str) -> None:
        took[name] = round(time.perf_counter() - clock[0], 1)
        clock[0] = time.perf_counter()

    app = _app()
    folder = tmp / "wall"
    lives = WallLives(parse_bus_url(bus.url, want_live=False), BusCredentials(), folder)
    lives.start()
    wall = Wall(lives, ConsoleOpener(folder, "bench", None), parent=app)
    refresh_ms: list[float] = []  # the GUI thread's own work per redraw: a stall longer than it is another thread's
    marks: dict[str, float] = {}

    class TimedWall(WallWindow):
        def refresh(self) -> None:
            t0 = time.perf_counter()
            super().refresh()
            if "cpu0" in marks and "cpu1" not in marks:
                refresh_ms.append((time.perf_counter() - t0) * 1000)

    window = TimedWall(wall.board)
    window.resize(1920, 1080)
    window.show()
    freeze_startup_objects()  # as run_wall does once its window is shown
    for _ in range(3):
        app.processEvents()
    lap("wall_opened")
    now = time.time()  # a second to settle first (its bus connection, its first redraws), as the lives get later
    idle = stall_timer(app, now + SETTLE_S, now + SETTLE_S + BASELINE_S)
    lap("idle_baseline")
    producers: list[Producer] = []
    try:
        for n in range(1, LIVES + 1):  # all started, then waited for: their lives start together
            plan = plan_copy(tmp, f"bench-room-{n}", f"Bench room {n}")
            producers.append(Producer(bus, audience, speed, tmp, plan=plan, name=f"room{n}"))
        for producer in producers:
            producer.wait_ready()
        lap("lives_started")
        w0 = max(p.wall_at(window_min[0]) for p in producers)
        w1 = min(p.wall_at(window_min[1]) for p in producers)
        seqs: dict[str, list[int]] = {}
        lags: dict[str, float | None] = {}
        machine: list[tuple[int, int]] = []

        def on_check(now: float) -> None:
            if now >= w0 and "cpu0" not in marks:
                marks["cpu0"], marks["at0"] = cpu_seconds(), now
                machine.append(machine_jiffies())
                for card in lives.cards():
                    seqs[card.live_id] = [card.latest()[1].last_seq]
            if now >= w1 and "cpu1" not in marks:
                marks["cpu1"], marks["at1"] = cpu_seconds(), now
                machine.append(machine_jiffies())
                for card in lives.cards():
                    health = card.latest()[1]
                    seqs.setdefault(card.live_id, [0]).append(health.last_seq)
                    lags[card.live_id] = health.lag_s

        late = stall_timer(app, w0, w1, on_check)
        lap("until_window_end")
        cards = {c.live_id: c for c in lives.cards()}
        span = marks.get("at1", 0.0) - marks.get("at0", 0.0)
        followed = {}
        for n in range(1, LIVES + 1):
            live_id = f"bench-room-{n}"
            card = cards.get(live_id)
            health = card.latest()[1] if card is not None else None
            got = seqs.get(live_id, [0, 0])
            followed[live_id] = {
                "state": str(health.state) if health else "not found", "gaps": len(health.gaps) if health else 0,
                "ev_s_in_window": round((got[-1] - got[0]) / span) if span > 0 and len(got) == 2 else 0,
                "lag_s_at_end": round(lag, 2) if (lag := lags.get(live_id)) is not None else None}
    finally:
        window.close()
        window.deleteLater()
        stop_all(producers)  # the lives end first, as a studio's do; then the wall lets go of them
        lap("lives_stopped")
        lives.stop()
        lap("wall_closed")
    return {"lives": LIVES, "stall_p50_ms": round(percentile(late, 50), 1),
            "stall_p99_ms": round(percentile(late, 99), 1), "stall_max_ms": round(max(late, default=float("nan")), 1),
            "ticks": len(late), "window_s": round(w1 - w0, 1),
            "idle_stall_p99_ms": round(percentile(idle, 99), 1), "idle_ticks": len(idle),
            "refresh_ms_p50": round(percentile(refresh_ms, 50), 1),
            "refresh_ms_p99": round(percentile(refresh_ms, 99), 1),
            "refresh_ms_max": round(max(refresh_ms, default=float("nan")), 1),
            "wall_cpu_pct": round((marks["cpu1"] - marks["cpu0"]) / span * 100, 1) if span > 0 else float("nan"),
            "machine_busy_pct": busy_pct(machine[0], machine[-1]) if len(machine) == 2 else float("nan"),
            "all_live": all(f["state"] == str(FeedState.LIVE) for f in followed.values()),
            "followed": followed, "step_s": took}
