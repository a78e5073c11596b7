"""Replay: a recorded live, through the same ingest and KPI engine, shows exactly what the live console showed."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from console.kpi.snapshot import KpiSnapshot
from console.live.health import FeedState
from console.plan.model import DEMO_PLAN, load_plan
from console.services.feed_client import Backoff
from console.services.live_session import Tuning, open_live_session
from console.services.replay.engine import ReplayEngine
from console.services.replay.index import CheckpointIndex
from console.services.replay.pipeline import ReplayPipeline
from console.services.replay.recording import load_recording
from console.session.file import SessionFileError
from console.session.recorder import SessionRecorder
from tests.support import post_action, start_simulator

PLAN = load_plan(DEMO_PLAN)


def same(a: Any, b: Any, where: str = "snapshot") -> list[str]:
    """Every difference between two snapshots, field by field (arrays exactly, floats exactly)."""
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        return [d for f in dataclasses.fields(a) for d in same(getattr(a, f.name), getattr(b, f.name),
                                                               f"{where}.{f.name}")]
    if isinstance(a, np.ndarray):
        return [] if np.array_equal(a, b) else [f"{where}: arrays differ"]
    if isinstance(a, (list, tuple)):
        if len(a) != len(b):
            return [f"{where}: {len(a)} vs {len(b)} items"]
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in same(x, y, f"{where}[{i}]")]
    if isinstance(a, dict):
        if a.keys() != b.keys():
            return [f"{where}: keys differ"]
        return [d for k in a for d in same(a[k], b[k], f"{where}[{k!r}]")]
    return [] if a == b else [f"{where}: {a!r} != {b!r}"]


def test_replay_at_any_instant_equals_what_the_live_console_showed(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    sim = start_simulator("--speed", "120")
    seen: list[tuple[KpiSnapshot, int]] = []

    def keep(snap: KpiSnapshot | None, health: Any) -> None:  # on the pipeline thread, exactly as published
        if snap is not None and (not seen or seen[-1][0] is not snap):
            seen.append((snap, health.last_seq))
    session = open_live_session(sim.feed, sim.token, PLAN, session_path=path, plan_toml=DEMO_PLAN.read_text(),
                                operator="tester", tuning=Tuning(backoff=Backoff(0.1, 0.5)), on_publish=[keep])
    pipe = session.pipeline
    session.start()
    try:
        qtbot.waitUntil(lambda: pipe.latest()[1].last_seq > 3000, timeout=30_000)
        assert post_action(sim, "flash-offer", {"product_id": "SPC-SET12", "discount_pct": 20, "duration_s": 300},
                           "rp-1").status_code == 201
        qtbot.waitUntil(lambda: pipe.latest()[1].last_seq > 8000, timeout=30_000)
        assert post_action(sim, "bundle-kit", {"kit_id": "kit-baker"}, "rp-2").status_code == 201
        qtbot.waitUntil(lambda: pipe.latest()[1].last_seq > 15_000, timeout=30_000)
    finally:
        session.close()
        sim.stop(signal.SIGKILL)
    assert len(seen) > 20
    engine = ReplayEngine(load_recording(path), CheckpointIndex(spacing=2000))
    engine.build_index()  # every seek below starts from a cloned checkpoint (or carries the state forward)
    picks = [seen[i] for i in np.linspace(0, len(seen) - 1, 12).astype(int)]  # spread over the live, in order
    picks += [seen[len(seen) // 2], seen[3]]  # and two backwards seeks
    for live_snap, last_seq in picks:
        engine.seek_seq(last_seq)
        replayed = engine.snapshot(now_ts=live_snap.now_ts)
        assert same(live_snap, replayed) == [], f"at seq {last_seq}"
    assert any(s.markers for s, _ in picks)  # the comparison covered actions on the chart
    assert engine.clones > 0


def model_frames(minutes: float) -> Iterator[list[dict[str, Any]]]:
    """The deterministic studio model's frames (event dicts) for `minutes` of live, with two actions."""
    import json

    from console.protocol.wire import encode
    from console.studio.model import StudioModel

    model = StudioModel(PLAN, 7, 1_700_000_000.0)
    while model.t < minutes * 60:
        if model.tick == 600:
            model.start_offer("act-a", "KNF-CHEF20", 20, 300)
        if model.tick == 1200:
            model.change_segment("act-b", "cast-iron")
        yield [json.loads(encode(e)) for e in model.step()]


def recording_ingest(path: Path) -> tuple[SessionRecorder, Any]:
    """A session file as the console starts one (session row with the plan) and an Ingest recording into it."""
    from console.kpi.engine import KpiEngine
    from console.live.ingest import Ingest

    recorder = SessionRecorder(path)
    recorder.write_session({"live_id": PLAN.live.id, "console_version": "test", "started_at": 0.0,
                            "plan_toml": DEMO_PLAN.read_text()})
    ingest = Ingest(KpiEngine(PLAN), sinks=[recorder.record])
    return recorder, ingest


def recorded_from_model(path: Path, minutes: float) -> int:
    """A session file recorded from the deterministic studio model (no network), with two actions."""
    import json

    recorder, ingest = recording_ingest(path)
    for frame in model_frames(minutes):
        ingest.frame(json.dumps(frame), 0.0)
    recorder.close()
    return ingest.last_seq


def test_seek_forward_back_and_to_the_ends(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    last = recorded_from_model(path, 15)
    rec = load_recording(path)
    assert rec.last_seq == last and rec.first_seq == 1
    assert rec.plan is not None and rec.plan.live.id == PLAN.live.id
    engine = ReplayEngine(rec)
    engine.seek(rec.start + 600)
    at_10 = engine.snapshot()
    engine.seek(rec.end)
    assert engine.applied == last
    engine.seek(rec.start + 600)  # back: rebuilt from the start, same numbers
    assert same(at_10, engine.snapshot()) == []
    engine.seek(rec.start - 100)  # before the start: clamped
    assert engine.applied == 1
    assert {m.action_id for m in engine.ingest.engine.snapshot().markers} == set()
    engine.seek(rec.end + 100)
    assert {m.action_id for m in engine.snapshot().markers} == {"act-a", "act-b"}


def test_replay_pipeline_plays_pauses_and_seeks(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    recorded_from_model(path, 12)
    replay = ReplayPipeline(path, speed=60.0)
    replay.start()
    try:
        qtbot.waitUntil(lambda: replay.latest()[0] is not None, timeout=10_000)
        _snap, health = replay.latest()
        assert health.state == FeedState.REPLAY
        assert health.reason.startswith("paused")  # "paused · indexing 40%" while the background pass runs
        start = replay.position
        replay.play()
        qtbot.waitUntil(lambda: replay.position > start + 30, timeout=10_000)  # 60x: 30 live seconds in 0.5 s
        assert replay.latest()[1].reason == "60x"
        replay.play(False)
        replay.seek(start + 300)
        qtbot.waitUntil(lambda: replay.latest()[0] is not None and replay.latest()[0].now_ts == start + 300,
                        timeout=10_000)
        replay.step(-60)
        qtbot.waitUntil(lambda: replay.latest()[0].now_ts == start + 240, timeout=10_000)
        replay.seek(replay.recording.end + 1)
        replay.play()
        qtbot.waitUntil(lambda: not replay.playing, timeout=10_000)  # stops at the end like a tape
    finally:
        replay.stop()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a database at all" * 100, "not a readable session file"),
        (None, "no such session file"),
    ],
)
def test_unusable_files_are_refused_with_the_file_named(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "bad.db"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SessionFileError, match=message) as info:
        load_recording(path)
    assert str(path) in str(info.value)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    import sqlite3
    path = tmp_path / "new.db"
    recorded_from_model(path, 1)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(SessionFileError, match="newer live-console"):
        load_recording(path)


def test_replay_opens_read_only(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    recorded_from_model(path, 2)
    before = path.read_bytes()
    rec = load_recording(path)
    engine = ReplayEngine(rec)
    engine.seek(rec.end)
    assert path.read_bytes() == before


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": "/tmp/live-console-test-config"}  # keep the real settings out of it
    return subprocess.run([sys.executable, "-m", "console", *args], env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def test_replay_command_headless_at_a_moment(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    recorded_from_model(path, 8)
    png = tmp_path / "r.png"
    done = run_cli("replay", str(path), "--offscreen", "--at", "05:00", "--duration", "1", "--screenshot", str(png))
    assert done.returncode == 0, done.stderr
    assert png.stat().st_size > 50_000


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--at", "five"), "--at 'five': expected MM:SS"),
        ((), "not a readable session file"),
    ],
)
def test_replay_command_refuses_clearly(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(b"garbage" * 1000)
    done = run_cli("replay", str(path), "--offscreen", "--duration", "1", *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_review_notes_go_beside_the_recording_never_into_it(qtbot: QtBot, tmp_path: Path) -> None:
    from console.session.notes import review_notes_path
    path = tmp_path / "m.db"
    recorded_from_model(path, 3)
    before = path.read_bytes()
    replay = ReplayPipeline(path, start_at="02:00")
    replay.start()
    try:
        qtbot.waitUntil(replay.ready.is_set, timeout=10_000)
        replay.add_note("price drop worked here")
        qtbot.waitUntil(lambda: review_notes_path(path).exists(), timeout=5_000)
        assert any(kind == "note" and label == "price drop worked here" for _, kind, label in replay.marks())
    finally:
        replay.stop()
    assert path.read_bytes() == before
    again = ReplayPipeline(path)
    again.start()
    try:
        qtbot.waitUntil(again.ready.is_set, timeout=10_000)
        assert [label for _, kind, label in again.marks() if kind == "note"] == ["price drop worked here"]
    finally:
        again.stop()
