"""The studio on the bus (issue 17): one live at ~10,000 ev/s into NATS JetStream, read by ten console seats, beside
one seat on the live's websocket in the same run; a console that comes back ten live minutes late; five lives with
the wall open. docs/performance.md, "The bus", has the method at length and the figures.

Everything is real and on loopback: `nats-server -js` (benchmarks/bus_server.py), the studio simulator publishing to
it (`live-console simulate --nats URL --audience A --speed S`: its demo live, whose plateau, live minutes 12 to 42,
runs at ~27.5 events per live second per unit of audience, so A x S = 364 makes ~10,000 ev/s), and every seat a
console of its own, in a process of its own (benchmarks/bus_seat.py: `open_live_session`, the demo plan, the
advisor on, no action desk), as a studio's seats are: ten consoles in one Python process would measure the GIL they
would share, not the bus.

1. Ten seats read the live from the bus (`nats://HOST:PORT/LIVE_ID`) and one from its websocket, from seq 1;
   measured over the plateau window. Lost: each seat must come to hold every seq up to the producer's last at the
   window's end (waited for up to DRAIN_S: late is not lost), with no gap, duplicate or rejected element. Latency of
   an event: the wall time its frame reached the seat's ingest (a sink, called once the frame is applied) minus the
   wall time its live `ts` was emitted (docs/architecture.md, "Time"); every 10th seq. Added latency: per seq, a bus
   seat's arrival minus the websocket seat's (pooled over the ten). CPU: each seat's process over the window.
2. On a live of its own, a seat recording to its session file (over the websocket) follows it into its plateau and
   leaves; ten live minutes later a console starts again on a copy of that file, from the bus: events/s until it
   holds what the producer had made when it came back; then the same on another copy from the websocket (the
   baseline).
3. Five lives at ~2,000 ev/s each on the bus, and the studio wall open on them (benchmarks/bus_wall.py).

A target missed: the producer and a seat's bus path are profiled afterwards (benchmarks/bus_profile.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.bus_procs import (
    SAMPLE_EVERY,
    Producer,
    SeatProcess,
    StreamWatch,
    busy_pct,
    machine_jiffies,
    plan_copy,
    sleep_until,
    stop_all,
    stream_last_seq,
    ws_feed,
)
from benchmarks.bus_profile import profile_producer, profile_seat, shares
from benchmarks.bus_server import BenchBus, free_port
from benchmarks.bus_wall import wall_stall
from benchmarks.common import Figure, cpu_seconds, percentile, wait_until
from console.plan.model import DEMO_PLAN, load_plan

LIVE_ID = load_plan(DEMO_PLAN).live.id
PLATEAU_PER_AUDIENCE = 27.5  # events per live second per unit of audience, live minutes 12-42 of the demo live
RATE = 10_000  # the live's events per second on its plateau
SEATS = 10
ADDED_P99_MS = 50.0  # target: the bus's added latency, p99
CATCH_UP_X = 5.0  # target: the catch-up's rate against the live's
WALL_RATE = 2_000  # each of the five lives on the wall


@dataclass(frozen=True)
class Sizes:
    audience: float
    window_min: tuple[float, float]  # live minutes measured (the plateau)
    wall_audience: float
    wall_window_min: tuple[float, float]  # the five lives start within a second or two of each other: a margin
    away_min: float = 10.0  # how long the rejoining seat is away, in live minutes

    @property
    def speed(self) -> float:
        return RATE / (PLATEAU_PER_AUDIENCE * self.audience)

    @property
    def wall_speed(self) -> float:
        return WALL_RATE / (PLATEAU_PER_AUDIENCE * self.wall_audience)


# quick: speed 145, 10 live minutes = 4.1 wall s; full: speed 36, the window 49 wall s
QUICK = Sizes(audience=2.5, window_min=(12.0, 20.0), wall_audience=0.5, wall_window_min=(12.0, 26.0))
FULL = Sizes(audience=10.0, window_min=(12.0, 42.0), wall_audience=2.0, wall_window_min=(12.0, 42.0))


# ---------------------------------------------------------------------------------------------- 1. ten seats


DRAIN_S = 600.0  # after the window: how long the seats may take to hold the producer's last seq


def start_seats(bus: BenchBus, port: int, tmp: Path) -> tuple[list[SeatProcess], SeatProcess]:
    """Ten bus seats and one websocket seat, started before their live exists (each retries until it does): a seat's
    start-up (imports, Qt, the plan) is not part of what is measured, and every seat follows the live from seq 1."""
    seats = [SeatProcess(f"{bus.url}/{LIVE_ID}", tmp / f"bus{i}.json", drain_s=DRAIN_S) for i in range(SEATS)]
    direct = SeatProcess(ws_feed(port), tmp / "direct.json", drain_s=DRAIN_S)
    for s in (*seats, direct):
        s.wait_started()
    return seats, direct


def ten_seats(bus: BenchBus, sim: Producer, seats: list[SeatProcess], direct: SeatProcess, sizes: Sizes,
              watch: StreamWatch) -> dict[str, Any]:
    """The seats over the plateau window; then each runs on until it holds the producer's last seq at the window's
    end (up to DRAIN_S): nothing is lost that arrives late. Once the websocket seat has it and the stream holds it,
    the producer stops, so that the bus seats still behind drain the stream without a live competing for the CPU."""
    w0, w1 = (sim.wall_at(m) for m in sizes.window_min)
    sleep_until(w0)
    side0 = {"nats_server": cpu_seconds(bus.pid), "simulator": cpu_seconds(sim.pid), "at": time.time()}
    machine0 = machine_jiffies()
    sleep_until(w1)
    side1 = {"nats_server": cpu_seconds(bus.pid), "simulator": cpu_seconds(sim.pid), "at": time.time()}
    machine = busy_pct(machine0, machine_jiffies())
    head = sim.last_seq()
    for s in (*seats, direct):
        s.stop_at(head)
    base = direct.result(DRAIN_S + 60)
    wait_until(lambda: stream_last_seq(bus, LIVE_ID) >= head, DRAIN_S, 0.2)
    watch.stop()
    sim.proc.terminate()
    results = [s.result(DRAIN_S + 60) for s in seats]
    span = side1["at"] - side0["at"]
    side_cpu = {k: round((side1[k] - side0[k]) / span * 100, 1) for k in ("nats_server", "simulator")}
    judged = judge_seats(results, base, head, (w0, w1), side_cpu)
    judged.update(watch.lag((w0, w1)))
    judged["machine_busy_pct"] = machine  # all cores, everything on the machine (other sessions too)
    judged["bus_seats_drained_s_after_window"] = round(max(r["reached_at"] or time.time() for r in results) - w1, 1)
    return judged


def _latencies(seat: dict[str, Any], window: tuple[float, float]) -> dict[int, tuple[float, float]]:
    """seq -> (arrival wall time, latency s) for the sampled events emitted inside the window."""
    hello = seat["hello"]
    t0, scale = hello["started_at"], hello["time_scale"]
    out = {}
    for seq, ts, arrival in seat["samples"]:
        emitted = t0 + (ts - t0) / scale
        if window[0] <= emitted <= window[1]:
            out[seq] = (arrival, arrival - emitted)
    return out


def _cpu_in(seat: dict[str, Any], window: tuple[float, float]) -> tuple[float, float]:
    """The seat process's CPU over the window, from its timeline (the nearest samples inside it): % of a core, and
    microseconds per event it took meanwhile (what a seat costs per event, whether or not it kept up)."""
    inside = [row for row in seat["timeline"] if window[0] <= row[0] <= window[1]]
    if len(inside) < 2 or inside[-1][0] <= inside[0][0]:
        return float("nan"), float("nan")
    (a, seq_a, ca), (b, seq_b, cb) = inside[0], inside[-1]
    return (cb - ca) / (b - a) * 100, (cb - ca) / (seq_b - seq_a) * 1e6 if seq_b > seq_a else float("nan")


def _lost(seat: dict[str, Any], head: int) -> int:
    """Seqs up to `head` this seat will never hold: skipped as a gap, or kept aside as rejected."""
    holes = sum(min(b, head) - a + 1 for a, b, _ in seat["gaps"] if a <= head)
    return holes + seat["rejected"]


def _undelivered(seat: dict[str, Any], head: int) -> int:
    """Seqs up to `head` that had not arrived when the seat stopped waiting for them (DRAIN_S)."""
    return max(0, head - seat["last_seq"])


def judge_seats(results: list[dict[str, Any]], base: dict[str, Any], head: int, window: tuple[float, float],
                side_cpu: dict[str, float]) -> dict[str, Any]:
    direct = _latencies(base, window)
    bus_lat: list[float] = []
    added: list[float] = []
    per_seat = []
    for r in results:
        lat = _latencies(r, window)
        bus_lat += [v[1] for v in lat.values()]
        diffs = [arrival - direct[seq][0] for seq, (arrival, _) in lat.items() if seq in direct]
        added += diffs
        per_seat.append({"lost": _lost(r, head), "undelivered": _undelivered(r, head), "duplicates": r["duplicates"],
                         "gaps": len(r["gaps"]),
                         "not_next": r["not_next"], "reconnects": r["reconnects"], "state": r["state"],
                         "cpu_pct": round(_cpu_in(r, window)[0], 1),
                         "cpu_us_per_event": round(_cpu_in(r, window)[1], 1), "latency_p99_ms": round(
                             percentile([v[1] for v in lat.values()], 99) * 1000, 1),
                         "added_p99_ms": round(percentile(diffs, 99) * 1000, 1), "errors": r["sink_errors"]
                         + r["hook_errors"] + ([r["error"]] if r["error"] else [])})
    direct_lat = [v[1] for v in direct.values()]
    in_window = sorted(direct)
    rate = ((in_window[-1] - in_window[0]) / (window[1] - window[0])) if len(in_window) > 1 else 0.0
    ms = 1000.0
    return {
        "head": head, "live_rate_ev_s": round(rate), "window_s": round(window[1] - window[0], 1),
        "lost": sum(s["lost"] for s in per_seat), "duplicates": sum(s["duplicates"] for s in per_seat),
        "undelivered": sum(s["undelivered"] for s in per_seat),
        "direct_lost": _lost(base, head) + _undelivered(base, head), "direct_duplicates": base["duplicates"],
        "bus_latency_p50_ms": round(percentile(bus_lat, 50) * ms, 1),
        "bus_latency_p99_ms": round(percentile(bus_lat, 99) * ms, 1),
        "direct_latency_p50_ms": round(percentile(direct_lat, 50) * ms, 1),
        "direct_latency_p99_ms": round(percentile(direct_lat, 99) * ms, 1),
        "added_p50_ms": round(percentile(added, 50) * ms, 1), "added_p99_ms": round(percentile(added, 99) * ms, 1),
        "added_of_p99s_ms": round((percentile(bus_lat, 99) - percentile(direct_lat, 99)) * ms, 1),
        "samples_paired": len(added),
        "bus_seat_cpu_pct": round(sum(s["cpu_pct"] for s in per_seat) / len(per_seat), 1),
        "bus_seats_cpu_pct_total": round(sum(s["cpu_pct"] for s in per_seat), 1),
        "bus_seat_cpu_us_per_event": round(sum(s["cpu_us_per_event"] for s in per_seat) / len(per_seat), 1),
        "direct_seat_cpu_pct": round(_cpu_in(base, window)[0], 1),
        "direct_seat_cpu_us_per_event": round(_cpu_in(base, window)[1], 1), "side_cpu_pct": side_cpu,
        "seats": per_seat}


# ---------------------------------------------------------------------------------------------- 2. catch-up


REJOIN_LIVE = "bench-rejoin"


def catch_up(bus: BenchBus, sizes: Sizes, tmp: Path, leaver: SeatProcess, port: int) -> dict[str, Any]:
    """A live of its own (so that how far the ten seats fell behind cannot cut it short): `leaver`, a seat recording
    to its session file from the live's websocket at `port`, follows it into its plateau and leaves; `away_min` live
    minutes later a console starts again on a copy of that file from the bus, then on another copy from the
    websocket; each runs until it holds the producer's last seq at the bus seat's rejoin."""
    left_file = leaver.session
    assert left_file is not None, "the leaver records to a session file"
    plan = plan_copy(tmp, REJOIN_LIVE, "Bench rejoin")
    sim = Producer(bus, sizes.audience, sizes.speed, tmp, port=port, plan=plan, name="rejoin").wait_ready()
    rejoin: dict[str, SeatProcess] = {}
    try:
        sleep_until(sim.wall_at(sizes.window_min[0]))
        leaver.stop_at(sim.last_seq())
        left = leaver.result()
        left_emitted = sim.started_at + (float(left["last_event_ts"]) - sim.started_at) / sim.scale
        copies = {}
        for kind in ("bus", "direct"):
            copies[kind] = tmp / f"rejoin-{kind}" / "session.db"
            copies[kind].parent.mkdir()
            shutil.copy(left_file, copies[kind])
        # both consoles get ready while the first is away (imports, their session file read): what is timed is
        # their coming back, not a Python process starting
        for kind, feed in (("bus", f"{bus.url}/{REJOIN_LIVE}"), ("direct", ws_feed(port))):
            rejoin[kind] = SeatProcess(feed, tmp / f"rejoin-{kind}.json", session=copies[kind], wait_go=True)
        sleep_until(left_emitted + sizes.away_min * 60 / sim.scale)
        # the backlog: what the producer made while the console was away. A publisher behind its live is the ten
        # seats' figure, not this one: the console comes back once the bus holds all of it. The websocket reads the
        # same seqs.
        head, head_at = sim.last_seq(), time.time()
        backlog = head - left["last_seq"]
        waited = time.time()
        wait_until(lambda: stream_last_seq(bus, REJOIN_LIVE) >= head, DRAIN_S, 0.1)
        out: dict[str, Any] = {"left_at_seq": left["last_seq"], "rejoin_head": head, "backlog": backlog,
                               "live_rate_while_away_ev_s": round(backlog / (head_at - left_emitted)),
                               "waited_for_the_publisher_s": round(time.time() - waited, 1)}
        for kind, seat in rejoin.items():
            seat.go(head)
            r = seat.result()
            took = r["reached_at"] - r["started_wall"] if r["reached_at"] else float("nan")
            out[kind] = {"resumed_from": r["resumed_from"], "reached": r["last_seq"] >= head,
                         "seconds": round(took, 3), "ev_s": round(backlog / took) if took > 0 else 0,
                         "gaps": len(r["gaps"]), "duplicates": r["duplicates"],
                         "lost": _lost(r, head) + _undelivered(r, head) - _lost_before(r)}
    finally:
        for seat in rejoin.values():
            seat.close()
        stop_all([sim])
    return out


def _lost_before(seat: dict[str, Any]) -> int:
    """Holes recorded before the rejoin (none expected): not the rejoin's doing."""
    return sum(b - a + 1 for a, b, _ in seat["gaps"] if b <= seat["resumed_from"])


# ---------------------------------------------------------------------------------------------- the figures


PROFILE_S = {True: 4.0, False: 20.0}  # the producer under the profiler, past the ramp to its plateau
PROFILE_EVENTS = {True: 30_000, False: 200_000}  # a seat's bus path under the profiler


def run(quick: bool) -> list[Figure]:
    sizes = QUICK if quick else FULL
    load = [round(os.getloadavg()[0], 2)]  # the machine is shared: its load says how much the figures can say
    took: dict[str, float] = {}  # wall seconds per phase: where a long run's time went
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        took[name] = round(time.perf_counter() - clock, 1)
        clock = time.perf_counter()

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        bus = BenchBus(tmp / "jetstream")
        bus.start()
        ports = free_port(), free_port()
        session = tmp / "leaver" / "session.db"
        session.parent.mkdir()
        # every seat's start-up (imports, Qt, the plan) before any live exists: none of it is measured
        seats, direct = start_seats(bus, ports[0], tmp)
        leaver = SeatProcess(ws_feed(ports[1]), tmp / "leaver.json", session=session)
        try:
            leaver.wait_started()
            lap("seats_start")
            sim = Producer(bus, sizes.audience, sizes.speed, tmp, port=ports[0]).wait_ready()
            watch = StreamWatch(bus, LIVE_ID, sim)
            try:
                ten = ten_seats(bus, sim, seats, direct, sizes, watch)
            finally:
                watch.stop()
                stop_all([sim])
            lap("ten_seats")
            late = catch_up(bus, sizes, tmp, leaver, ports[1])
            lap("catch_up")
            wall = wall_stall(bus, tmp, sizes.wall_audience, sizes.wall_speed, sizes.wall_window_min)
            lap("wall")
            # where the time goes, when a figure missed: after every measured phase, so as not to disturb them
            if ten["added_p99_ms"] > ADDED_P99_MS:
                ramp_s = sizes.window_min[0] * 60 / sizes.speed
                ten["profile_producer"] = profile_producer(
                    bus, tmp, sizes.audience, sizes.speed, ramp_s + PROFILE_S[quick], "bench-profiled",
                    plan_copy(tmp, "bench-profiled", "Bench profiled"))
            if not catch_up_ok(late):
                late["profile_seat"] = profile_seat(bus.url, LIVE_ID, min(PROFILE_EVENTS[quick], ten["head"]))
            lap("profiles")
        finally:
            for s in (*seats, direct, leaver):
                s.close()
            bus.stop()
    load.append(round(os.getloadavg()[0], 2))
    ten["phase_s"] = took
    return figures(ten, late, wall, sizes, load)


def catch_up_ok(late: dict[str, Any]) -> bool:
    rate, bus = late["live_rate_while_away_ev_s"], late["bus"]
    return rate > 0 and bus["ev_s"] >= CATCH_UP_X * rate and bus["lost"] == 0 and bus["duplicates"] == 0


def figures(seats: dict[str, Any], late: dict[str, Any], wall: dict[str, Any], sizes: Sizes,
            load: list[float]) -> list[Figure]:
    conf = {"audience": sizes.audience, "speed": round(sizes.speed, 2), "window_live_min": sizes.window_min,
            "seats": SEATS, "sample_every": SAMPLE_EVERY, "load_avg_1m_before_after": load}
    lost_ok = seats["lost"] == 0 and seats["duplicates"] == 0 and seats["undelivered"] == 0
    per_event_x = seats["bus_seat_cpu_us_per_event"] / seats["direct_seat_cpu_us_per_event"]
    figs = [
        Figure(f"bus, {SEATS} seats on one live: events lost", seats["lost"], "events", "0 lost, 0 duplicated",
               lost_ok, {**conf, **{k: v for k, v in seats.items() if k != "profile_producer"}},
               note=f"live {seats['live_rate_ev_s']:,} ev/s over {seats['window_s']} s; duplicates "
                    f"{seats['duplicates']}; not arrived {DRAIN_S:g} s after the window: {seats['undelivered']}; "
                    f"the bus seats held everything {seats['bus_seats_drained_s_after_window']} s after the window; "
                    f"the websocket seat lost {seats['direct_lost']}; the machine "
                    f"{seats['machine_busy_pct']}% busy (all cores), load {load[0]} -> {load[-1]}"),
        Figure("bus, added latency p99 over the websocket", seats["added_p99_ms"], "ms", f"<= {ADDED_P99_MS:g} ms",
               seats["added_p99_ms"] <= ADDED_P99_MS, {k: v for k, v in seats.items() if k != "seats"},
               note=f"added p50 {seats['added_p50_ms']} ms; bus p50/p99 {seats['bus_latency_p50_ms']}/"
                    f"{seats['bus_latency_p99_ms']} ms vs websocket {seats['direct_latency_p50_ms']}/"
                    f"{seats['direct_latency_p99_ms']} ms (difference of p99s {seats['added_of_p99s_ms']} ms); the "
                    f"newest event on the bus {seats.get('publisher_delay_ms_p50')} ms old median, "
                    f"{seats.get('publisher_delay_ms_max')} ms at worst"
                    + (f"; producer profiled: {shares(seats['profile_producer'])}" if "profile_producer" in seats
                       else "")),
        Figure("bus, CPU of a seat at the live's rate", seats["bus_seat_cpu_pct"], "% of a core", "(reported)",
               None, {k: seats[k] for k in ("bus_seat_cpu_pct", "bus_seats_cpu_pct_total", "direct_seat_cpu_pct",
                                             "bus_seat_cpu_us_per_event", "direct_seat_cpu_us_per_event",
                                             "side_cpu_pct", "live_rate_ev_s")},
               note=f"{seats['bus_seat_cpu_us_per_event']} us per event against the websocket seat's "
                    f"{seats['direct_seat_cpu_us_per_event']} us ({per_event_x:.2f}x; "
                    f"{seats['direct_seat_cpu_pct']}% of a core); ten bus "
                    f"seats {seats['bus_seats_cpu_pct_total']}%, "
                    f"nats-server {seats['side_cpu_pct']['nats_server']}%, simulator + publisher "
                    f"{seats['side_cpu_pct']['simulator']}%"),
    ]
    rate, bus_rate, ws_rate = late["live_rate_while_away_ev_s"], late["bus"]["ev_s"], late["direct"]["ev_s"]
    note = (f"{bus_rate / rate:.1f}x the live's {rate:,} ev/s; {late['backlog']:,} events; the websocket "
            f"{ws_rate:,} ev/s (bus / websocket {bus_rate / ws_rate:.2f}x)" if rate and ws_rate else "")
    if "profile_seat" in late:
        note += f"; profiled: {shares(late['profile_seat'])}"
    figs.append(Figure(f"bus, catch-up {sizes.away_min:g} live min late", bus_rate, "ev/s",
                       f">= {CATCH_UP_X:g}x the live's rate", catch_up_ok(late), {**conf, **late}, note=note))
    rates = [f["ev_s_in_window"] for f in wall["followed"].values()]
    figs.append(Figure(
        f"bus, wall stall p99, {wall['lives']} lives", wall["stall_p99_ms"], "ms", "<= 16 ms (a frame at 60 Hz)",
        wall["stall_p99_ms"] <= 16 and wall["all_live"],
        {**wall, "audience": sizes.wall_audience, "speed": round(sizes.wall_speed, 2),
         "load_avg_1m_before_after": load},
        note=f"max {wall['stall_max_ms']} ms, p50 {wall['stall_p50_ms']} ms over {wall['window_s']} s; the wall "
             f"took {', '.join(f'{r:,}' for r in rates)} ev/s; its process CPU {wall['wall_cpu_pct']}%; its own "
             f"redraw p99 {wall['refresh_ms_p99']} ms; the same wall with no live: stall p99 "
             f"{wall['idle_stall_p99_ms']} ms; the machine {wall['machine_busy_pct']}% busy"))
    return figs
