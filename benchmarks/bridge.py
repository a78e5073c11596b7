"""The platform bridge under load (issue 15): a big TikTok capture served by `live-console bridge --capture`
(journal on, as in production) into the console attached as it runs in production (its live session bound to a
session file, no window), beside the studio simulator measured the same way in the same run.

The capture is the committed corpus's messages of the mapped methods (tests/test_bridge_live.py), repeated to the
size wanted, `recv_ts` spread SPACING_S apart (a busy room), replayed at `--speed` SPEED: no pacing, the bridge
flat out. Measured on the console's side, from the first event its session file holds to the last: events recorded
per second of wall time (every recorded event but the bridge's own live_started / live_ended is one mapped
message), the bridge process's CPU over that time, and nothing lost: recorded == served (the bridge's /state
last_seq), 0 rejected, no gap.

When the bridge misses the target, the first PROFILE_MESSAGES of the capture go through the bridge again with the
console attached, the bridge under cProfile: `python -m benchmarks.bridge profile OUT.json BRIDGE-ARGUMENTS...` runs
`live-console bridge` itself (console/cli.py main) until Ctrl-C. Where its time goes, by concern, is in the figure's
details (`profile`).
"""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from benchmarks.common import ROOT, TOKEN, Figure, cpu_seconds, stop_process, wait_until

CORPUS = ROOT / "tests" / "data" / "tiktok" / "tiktoklivejava_corpus.capture.ndjson"
MAPPED_METHODS = frozenset({"WebcastRoomUserSeqMessage", "WebcastMemberMessage", "WebcastChatMessage",
                            "WebcastLikeMessage", "WebcastGiftMessage", "WebcastSocialMessage",
                            "WebcastOecLiveShoppingMessage"})  # as tests/test_bridge_live.py serves them
SPACING_S = 0.01  # 100 messages per live second: a busy room
SPEED = 1e6  # far above what any machine serves: the bridge's own rate decides
TARGET = 5_000  # mapped messages per second, issue 15
PROFILE_MESSAGES = 20_000
#: the simulator's audience multiplier, quick and full: its 90-minute demo live makes ~117,000 events per unit
SIM_AUDIENCE = {True: 2.0, False: 5.0}
SIM_SPEED = 1e5  # live seconds per wall second: the simulator flat out, as the bridge


def build_capture(path: Path, messages: int) -> int:
    """The corpus's mapped-method messages, repeated to `messages` lines with recv_ts SPACING_S apart."""
    kept = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    kept = [r for r in kept if r["method"] in MAPPED_METHODS]
    t0 = 1_700_000_000.0
    with path.open("w") as f:
        for i in range(messages):
            f.write(json.dumps({**kept[i % len(kept)], "recv_ts": round(t0 + i * SPACING_S, 3)}) + "\n")
    return messages


def _env() -> dict[str, str]:
    return {**os.environ, "LIVE_CONSOLE_TOKEN": TOKEN, "PYTHONUNBUFFERED": "1"}


class FeedProcess:
    """A feed server child that writes a ready file ({feed, api, pid}) once listening."""

    def __init__(self, argv: list[str], ready: Path) -> None:
        ready.unlink(missing_ok=True)
        self.proc = subprocess.Popen(argv, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     text=True)
        if not wait_until(lambda: ready.exists() or self.proc.poll() is not None, 60, 0.005) or not ready.exists():
            stop_process(self.proc)
            err = self.proc.stderr.read() if self.proc.stderr else ""
            raise RuntimeError(f"{' '.join(argv)} did not start:\n{err}")
        info = json.loads(ready.read_text())
        self.feed, self.api, self.pid = info["feed"], info["api"], int(info.get("pid") or self.proc.pid)

    def state(self) -> dict[str, Any]:
        reply: dict[str, Any] = httpx.get(f"{self.api}/state", headers={"Authorization": f"Bearer {TOKEN}"},
                                          timeout=10).json()
        return reply

    def stop(self) -> None:
        stop_process(self.proc)
        if self.proc.stderr is not None:
            self.proc.stderr.close()


def attach(feed: str, api: str, pid: int, session_path: Path, timeout: float) -> dict[str, Any]:
    """The console's live session on `feed`, recording into `session_path`, until the live has ended and every
    event it received is in the file. Times and the feed process's CPU from the first recorded event to the last."""
    from console.live.health import FeedState
    from console.services.live_session import open_live_session

    session = open_live_session(feed, TOKEN, None, session_path=session_path, api_url=api, operator="bench")
    pipe, rec = session.pipeline, session.recorder
    assert rec is not None
    t_first = t_last = 0.0
    cpu_first = cpu_last = 0.0
    written = 0
    deadline = time.monotonic() + timeout
    session.start()
    try:
        while time.monotonic() < deadline:
            now_written = rec.stats.events_written
            if now_written != written:
                t_last, cpu_last = time.perf_counter(), cpu_seconds(pid)
                if not written:
                    t_first, cpu_first = t_last, cpu_last
                written = now_written
            health = pipe.latest()[1]
            if health.state in (FeedState.ENDED, FeedState.STOPPED) and written >= pipe.ingest.last_seq:
                break
            time.sleep(0.002)
        health = pipe.latest()[1]
        received = pipe.ingest.last_seq
    finally:
        session.close(recorder_timeout=120)
    wall = t_last - t_first
    return {"recorded": written, "received": received, "state": str(health.state), "rejected": health.rejected,
            "gaps": len(health.gaps), "wall_s": round(wall, 3), "ev_s": round(written / wall) if wall > 0 else 0,
            "feed_cpu_pct": round((cpu_last - cpu_first) / wall * 100, 1) if wall > 0 else 0.0}


def bridge_argv(capture: Path, journal: Path, ready: Path) -> list[str]:
    """`live-console bridge` arguments: the capture flat out, journal on (as in production), loopback."""
    return ["--capture", str(capture), "--speed", f"{SPEED:g}", "--journal", str(journal), "--host", "127.0.0.1",
            "--port", "0", "--ready-file", str(ready)]


def run_bridge(capture: Path, messages: int, tmp: Path) -> dict[str, Any]:
    journal, ready = tmp / "bridge.journal.ndjson", tmp / "bridge.ready.json"
    for old in tmp.glob("bridge.journal.*"):
        old.unlink()
    bridge = FeedProcess([sys.executable, "-m", "console", "bridge", *bridge_argv(capture, journal, ready)], ready)
    try:
        res = attach(bridge.feed, bridge.api, bridge.pid, tmp / "bridge.db", timeout=messages / 200 + 120)
        state = bridge.state()
    finally:
        bridge.stop()
    served = int(state["last_seq"])
    not_mapped = sum(state["not_mapped"].values())
    mapped = sum(v for k, v in state["events_by_type"].items() if k not in ("live_started", "live_ended"))
    # every message of these methods is one event or one count in the not-mapped tally: nothing vanishes
    res.update({"messages": messages, "served": served, "mapped": mapped, "not_mapped": not_mapped,
                "accounted": mapped + not_mapped == messages, "events_by_type": state["events_by_type"],
                "lost": served - res["recorded"], "journal_mb": round(journal.stat().st_size / 2**20, 1)})
    res["mapped_msg_s"] = round(mapped / res["wall_s"]) if res["wall_s"] else 0
    res["messages_s"] = round(messages / res["wall_s"]) if res["wall_s"] else 0
    return res


def run_simulator(tmp: Path, audience: float) -> dict[str, Any]:
    ready = tmp / "sim.ready.json"
    sim = FeedProcess([sys.executable, "-m", "console", "simulate", "--speed", f"{SIM_SPEED:g}", "--audience",
                       f"{audience:g}", "--journal", str(tmp / "sim.journal.ndjson"), "--host", "127.0.0.1",
                       "--port", "0", "--ready-file", str(ready)], ready)
    try:
        res = attach(sim.feed, sim.api, sim.pid, tmp / "sim.db", timeout=600)
        served = int(sim.state()["last_seq"])
    finally:
        sim.stop()
    res.update({"served": served, "lost": served - res["recorded"]})
    return res


def run(quick: bool) -> list[Figure]:
    messages = 30_000 if quick else 200_000
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        capture = tmp / "bench.capture.ndjson"
        build_capture(capture, messages)
        br = run_bridge(capture, messages, tmp)
        sim = run_simulator(tmp, SIM_AUDIENCE[quick])
        ok = (br["mapped_msg_s"] >= TARGET and br["lost"] == 0 and br["rejected"] == 0 and br["gaps"] == 0
              and br["accounted"] and br["state"] == "ended")
        profile = None if ok else profile_bridge(capture, min(messages, PROFILE_MESSAGES), tmp)
    ratio = br["ev_s"] / sim["ev_s"] if sim["ev_s"] else float("nan")
    details = {"bridge": br, "simulator": sim, "ratio_events_s": round(ratio, 3), "speed": SPEED,
               "spacing_s": SPACING_S, "simulator_speed": SIM_SPEED, "simulator_audience": SIM_AUDIENCE[quick]}
    note = (f"{br['messages_s']:,} capture msg/s, mapped or not; bridge CPU {br['feed_cpu_pct']}%; {messages:,} "
            f"messages, lost {br['lost']}, rejected {br['rejected']}, gaps {br['gaps']}")
    if profile is not None:
        details["profile"] = profile
        note += f"; profiled: {_shares(profile)}"
    return [Figure("bridge, capture to console", br["mapped_msg_s"], "msg/s", f">= {TARGET:,} mapped msg/s, 0 lost",
                   ok, details, note=note),
            Figure("bridge / simulator, events recorded", round(ratio, 3), "x", "(reported)", None,
                   {"bridge_ev_s": br["ev_s"], "simulator_ev_s": sim["ev_s"]},
                   note=f"simulator {sim['ev_s']:,} ev/s ({sim['recorded']:,} events, CPU {sim['feed_cpu_pct']}%,"
                        f" lost {sim['lost']}) vs bridge {br['ev_s']:,} ev/s")]


# ---------------------------------------------------------------------------------------------- profiling


def profile_bridge(capture: Path, messages: int, tmp: Path) -> dict[str, Any]:
    """The bridge on the first `messages` lines of `capture`, profiled in a child, the console attached."""
    small = tmp / "profile.capture.ndjson"
    with capture.open() as src, small.open("w") as dst:
        for _, line in zip(range(messages), src, strict=False):
            dst.write(line)
    out, ready = tmp / "profile.json", tmp / "profile.ready.json"
    for old in tmp.glob("profile.journal.*"):
        old.unlink()
    child = FeedProcess([sys.executable, "-m", "benchmarks.bridge", "profile", str(out), *bridge_argv(
        small, tmp / "profile.journal.ndjson", ready)], ready)
    try:
        res = attach(child.feed, child.api, child.pid, tmp / "profile.db", timeout=messages / 100 + 120)
        child.proc.send_signal(signal.SIGINT)  # Ctrl-C: the bridge stops as an operator stops it
        child.proc.wait(60)
    finally:
        child.stop()
    report: dict[str, Any] = json.loads(out.read_text())
    report["under_profiler"] = {"messages": messages, "ev_s": res["ev_s"], "recorded": res["recorded"],
                                "bridge_cpu_pct": res["feed_cpu_pct"]}
    return report


#: where the bridge's time goes, by concern: key -> (label, file the function is in ("": any), function name), each
#: the function's cumulative time (wall time inside it: an fsync's wait counts)
CONCERNS: dict[str, tuple[str, str, str]] = {
    "source": ("source: read, map, pace (CaptureSource.run)", "bridge/sources.py", "run"),
    "read": ("  capture read (file, JSON, base64)", "bridge/capture.py", "__iter__"),
    "map": ("  TikTok decode + map", "bridge/tiktok_map.py", "map"),
    "sleep": ("  asyncio.sleep(0) between messages", "asyncio/tasks.py", "sleep"),
    "emit": ("  emit: drafts to events, publish", "bridge/server.py", "emit"),
    "convert": ("    draft -> protocol event (msgspec convert)", "bridge/server.py", "_event"),
    "publish": ("    publish: number, journal, log", "bridge/server.py", "_publish"),
    "journal": ("      journal append (open, write, fsync)", "bridge/server.py", "append"),
    "fsync": ("        fsync", "", "<built-in method posix.fsync>"),
    "stream": ("feed stream to the console (_stream)", "studio/feed_server.py", "_stream"),
}


def _summarise(stats: pstats.Stats, wall: float) -> dict[str, Any]:
    raw: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    by_concern: dict[str, float] = {}
    for label, where, name in CONCERNS.values():
        cum = [ct for (f, _line, n), (_cc, _nc, _tt, ct, _callers) in raw.items() if where in f and n == name]
        by_concern[label] = round(max(cum, default=0.0), 3)  # the outermost frame (recursion counted once)
    top = sorted(raw.items(), key=lambda kv: kv[1][2], reverse=True)[:20]
    return {"wall_s": round(wall, 3), "cpu_s_by_concern": by_concern,
            "top_tottime": [{"function": f"{Path(f).name}:{line} {n}", "calls": nc, "tottime_s": round(tt, 3),
                             "cumtime_s": round(ct, 3)} for (f, line, n), (_cc, nc, tt, ct, _) in top]}


def _shares(profile: dict[str, Any]) -> str:
    """The biggest concerns as shares of the source's whole turn (read, map, emit: all the bridge does per message)."""
    by = profile["cpu_s_by_concern"]
    whole = by[CONCERNS["source"][0]] or 1.0
    return ", ".join(f"{name} {by[CONCERNS[key][0]] / whole:.0%}" for name, key in (
        ("journal", "journal"), ("of which fsync", "fsync"), ("decode+map", "map"), ("capture read", "read"),
        ("event convert", "convert")))


def profile_child(out: Path, argv: list[str]) -> None:
    """`live-console bridge ARGV` itself (console/cli.py main) under cProfile until Ctrl-C; the summary to `out`."""
    from console.cli import main

    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    try:
        main(["bridge", *argv])
    finally:
        prof.disable()
        out.write_text(json.dumps(_summarise(pstats.Stats(prof), time.perf_counter() - t0), indent=1))


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "profile":
        profile_child(Path(sys.argv[2]), sys.argv[3:])
    else:
        sys.exit("usage: python -m benchmarks.bridge profile OUT.json BRIDGE-ARGUMENTS...")
