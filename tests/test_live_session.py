"""The live session as the console opens it (console/services/live_session.py), against the real simulator on
loopback: what it writes into the session file, how a second run carries on, and the rule that keeps every live
session built there, with its hooks given at construction."""

from __future__ import annotations

import ast
import signal
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.actions.book import IntentStatus
from console.kpi.state import STATE_VERSION
from console.live.health import FeedState
from console.live.ingest import IngestResult
from console.plan.model import DEMO_PLAN, parse_plan
from console.services.feed_client import Backoff
from console.services.live_session import Tuning, open_live_session
from console.session.file import open_read_only
from console.session.reader import EventSource
from tests.support import start_simulator
from tests.test_replay import PLAN, same
from tests.test_replay_checkpoints import fresh_upto

ROOT = Path(__file__).resolve().parent.parent
# The demo plan without its run of show: no auto cue races the press below for the same button (issue 13).
PLAN_TEXT = DEMO_PLAN.read_text().split("# Run of show")[0]
FAST = Tuning(backoff=Backoff(0.1, 0.5), checkpoint_every_events=500, checkpoint_min_interval_s=0.0)


def test_a_live_session_records_events_checkpoints_and_an_action(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    sim = start_simulator("--speed", "60")
    session = open_live_session(sim.feed, sim.token, parse_plan(PLAN_TEXT), session_path=db, plan_toml=PLAN_TEXT,
                                api_url=sim.api, operator="tester", tuning=FAST)
    desk = session.desk
    assert desk is not None and session.recorder is not None and session.log is not None
    session.start()
    try:
        qtbot.waitUntil(lambda: not desk.disabled_reason(session.latest()[1]), timeout=10_000)
        intent = desk.fire_target("kit", "kit-baker", "button")
        assert intent is not None
        # acked by the server, then seen on the stream (the desk is one of the ingest's sinks)
        qtbot.waitUntil(lambda: desk.book.get(intent.key).status == IntentStatus.ACKED
                        and desk.book.get(intent.key).seen_at is not None, timeout=10_000)
        action_id = desk.book.get(intent.key).action_id
        qtbot.waitUntil(lambda: session.ingest.last_seq > 2_000, timeout=20_000)
    finally:
        session.close()
        sim.stop(signal.SIGKILL)
    last = session.ingest.last_seq
    assert session.recorder.storage_error is None and session.recorder.stats.pending_rows == 0
    with closing(open_read_only(db)) as conn:
        assert [s for (s,) in conn.execute("SELECT seq FROM events ORDER BY seq")] == list(range(1, last + 1))
        assert conn.execute("SELECT count(*) FROM events WHERE action_id = ?", (action_id,)).fetchone()[0] >= 1
        with EventSource(db) as source:
            checkpoints = source.checkpoints(STATE_VERSION)
        assert len(checkpoints) >= 3 and checkpoints[-1] == last  # every 500 events, and the final one at close
        conn.row_factory = sqlite3.Row
        action = dict(conn.execute("SELECT * FROM actions WHERE id = ?", (intent.key,)).fetchone())
        assert (action["status"], action["action_id"], action["source"]) == ("acked", action_id, "button")
        row = dict(conn.execute("SELECT * FROM session").fetchone())
        assert (row["plan_toml"], row["operator"], row["live_id"]) == (PLAN_TEXT, "tester", PLAN.live.id)
        assert row["api_url"] == sim.api and row["ended_at"] is not None and row["time_scale"] == 60
        assert conn.execute("SELECT count(*) FROM kpi_minutes").fetchone()[0] > 0


def test_a_reopened_session_carries_on_without_telling_its_sinks_again(qtbot: QtBot, tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    plan_toml = DEMO_PLAN.read_text()
    sim = start_simulator("--speed", "120")
    first = open_live_session(sim.feed, sim.token, PLAN, session_path=db, plan_toml=plan_toml, tuning=FAST)
    first.start()
    try:
        qtbot.waitUntil(lambda: first.ingest.last_seq > 1_800, timeout=30_000)
    finally:
        first.pipeline.stop()
        sim.stop(signal.SIGKILL)
    assert first.recorder is not None
    first.recorder.close()  # no final checkpoint: as after a crash, the events after the latest one are replayed
    last = first.ingest.last_seq

    told: list[IngestResult] = []
    again = open_live_session("ws://127.0.0.1:9/v1/events", "t", PLAN, session_path=db, plan_toml=plan_toml,
                              on_frame=[lambda _raw, result: told.append(result)])
    try:
        assert again.earlier.ingest is not None and 0 < len(again.earlier.raws) < last  # from a checkpoint on
        assert again.ingest.last_seq == last and told == []  # caught up, nothing recorded or announced twice
        want = fresh_upto(db, last).engine
        now = want.snapshot().now_ts
        assert same(want.snapshot(now), again.ingest.engine.snapshot(now)) == []
    finally:
        again.close()


# ---------------------------------------------------------------------------------------------- the rule
HOOKS = ("sinks", "on_publish", "background", "storage_status", "ingest", "checkpoints")
BUILT_IN_ONE_PLACE = ("LivePipeline", "SessionLog", "ActionDesk")
FACTORY = ROOT / "console" / "services" / "live_session.py"


def wiring_after_construction(path: Path, root: Path = ROOT) -> list[str]:
    """Hooks attached to an object other than `self` after it was built: `x.sinks = ...`, `x.on_publish += ...`,
    `x.sinks.append(...)`; and live-session parts built outside the factory."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                "append", "extend", "insert"):
            targets = [node.func.value]
        for t in targets:
            if (isinstance(t, ast.Attribute) and t.attr in HOOKS
                    and not (isinstance(t.value, ast.Name) and t.value.id == "self")):
                found.append((node.lineno, f".{t.attr} wired after construction"))
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in BUILT_IN_ONE_PLACE
                and path != FACTORY):
            found.append((node.lineno, f"{node.func.id} built outside the factory"))
    return [f"{path.relative_to(root)}:{line}: {what}" for line, what in sorted(found)]


@pytest.mark.parametrize("folder", ["console", "tests", "benchmarks"])
def test_every_live_session_is_built_by_the_factory_with_its_hooks_given_at_construction(folder: str) -> None:
    assert [hit for path in sorted((ROOT / folder).rglob("*.py")) for hit in wiring_after_construction(path)] == []


def test_the_rule_catches_wiring_after_construction(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("pipe = LivePipeline(feed, token, ingest)\npipe.ingest.sinks.append(recorder.record)\n"
                   "pipe.storage_status = lambda: None\nlog.checkpoints = policy\nself.sinks = ()\n")
    assert wiring_after_construction(bad, tmp_path) == [
        "bad.py:1: LivePipeline built outside the factory", "bad.py:2: .sinks wired after construction",
        "bad.py:3: .storage_status wired after construction", "bad.py:4: .checkpoints wired after construction"]


def test_a_session_file_carried_on_against_a_restarted_feed_of_another_live_stops_and_says_why(
        qtbot: QtBot, tmp_path: Path) -> None:
    """A feed server restarted without its journal serves a new live under the same live id, numbered from 1: the
    console carrying on yesterday's file must say so, not wait silently for seqs that will never mean the same."""
    db = tmp_path / "live.db"
    first_sim = start_simulator("--speed", "60")
    first = open_live_session(first_sim.feed, first_sim.token, PLAN, session_path=db, tuning=FAST)
    first.start()
    try:
        qtbot.waitUntil(lambda: first.ingest.last_seq > 200, timeout=30_000)
    finally:
        first.close()
        first_sim.stop(signal.SIGKILL)
    again_sim = start_simulator("--speed", "60")  # the same plan's live id; another start
    again = open_live_session(again_sim.feed, again_sim.token, PLAN, session_path=db, tuning=FAST)
    again.start()
    try:
        qtbot.waitUntil(lambda: again.latest()[1].state == FeedState.STOPPED, timeout=30_000)
        reason = again.latest()[1].reason
    finally:
        again.close()
        again_sim.stop(signal.SIGKILL)
    assert "than the one this session file recorded" in reason and "--session" in reason
