"""A live recorded from a feed without orders: a TikTok room's capture served by `live-console bridge` over loopback,
followed by the console's own live session into a real session file. The file remembers what the feed could send
(`session.provides`), so the report and replay say "not available from this feed" where the console did, and the
report draws no chart, goal or lesson from orders that never could come."""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.live.health import FeedState
from console.plan.model import DEMO_PLAN, load_plan
from console.present.availability import NOT_AVAILABLE
from console.report import analysis
from console.report.charts import render_charts
from console.report.html import render_html
from console.report.writer import tables
from console.services.live_session import open_live_session
from console.services.replay.engine import ReplayEngine
from console.services.replay.recording import load_recording
from tests.support import start_bridge

CORPUS = Path(__file__).parent / "data" / "tiktok" / "tiktoklivejava_corpus.capture.ndjson"
MAPPED = {"WebcastRoomUserSeqMessage", "WebcastMemberMessage", "WebcastChatMessage", "WebcastLikeMessage",
          "WebcastGiftMessage", "WebcastSocialMessage", "WebcastOecLiveShoppingMessage"}


@pytest.fixture
def room_session(qtbot: QtBot, tmp_path: Path) -> tuple[Path, list[str]]:
    """(session file, the bridge's hello.provides) of the corpus's mapped messages served one a second as a live,
    recorded with the demo plan (its goals include GMV and orders)."""
    capture = tmp_path / "room.capture.ndjson"
    records = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    capture.write_text("".join(json.dumps({**r, "recv_ts": 1_700_000_000.0 + i}) + "\n"
                               for i, r in enumerate(r for r in records if r["method"] in MAPPED)))
    bridge = start_bridge("--capture", str(capture), "--speed", "200", "--journal", str(tmp_path / "journal.ndjson"))
    path = tmp_path / "session.db"
    session = open_live_session(bridge.feed, bridge.token, load_plan(DEMO_PLAN), session_path=path,
                                plan_toml=DEMO_PLAN.read_text())
    session.start()
    try:
        qtbot.waitUntil(lambda: session.latest()[1].state == FeedState.ENDED, timeout=60_000)
        hello = session.ingest.hello
        assert hello is not None and hello.provides is not None
        provides = list(hello.provides)
        snap = session.latest()[0]
        assert snap is not None and snap.available == frozenset(provides)  # the live console's own snapshot
    finally:
        session.close()
        bridge.stop(signal.SIGKILL)
    return path, provides


def test_the_file_and_its_report_say_not_available_for_what_the_room_cannot_tell(
        room_session: tuple[Path, list[str]], tmp_path: Path) -> None:
    path, provides = room_session
    assert "order_placed" not in provides and "viewer_joined" in provides
    with closing(sqlite3.connect(path)) as conn:
        (stored,) = conn.execute("SELECT provides FROM session").fetchone()
        checkpoints = conn.execute("SELECT count(*) FROM checkpoints").fetchone()[0]
    assert sorted(json.loads(stored)) == sorted(provides)
    assert checkpoints >= 1  # the report starts from the live's own final engine
    report = analysis.analyse(analysis.load_session(path))
    assert report.snapshot.available == frozenset(provides)
    gmv, entered = report.metric("gmv"), report.metric("entered")
    assert not gmv.available and gmv.value is None  # not a zero
    assert entered.available and entered.value is not None and entered.value > 0
    goals = {g.name: g for g in report.goals}
    assert goals["gmv"].verdict == goals["orders"].verdict == goals["roas"].verdict == NOT_AVAILABLE
    assert goals["gmv"].actual is None
    assert goals["peak_viewers"].verdict != NOT_AVAILABLE  # the room's own numbers are graded as usual
    assert all(lesson.rule != "no_orders" for lesson in report.lessons)  # no "find where the funnel broke"
    assert not any("no orders were recorded" in e for e in report.empty)
    assert any("order_placed" in e and NOT_AVAILABLE in e for e in report.empty)

    charts = render_charts(report)
    assert {"orders", "abandonment", "quadrant", "channels"}.isdisjoint(charts)  # no chart of zeros
    assert {"viewers", "engagement"} <= set(charts)
    page = render_html(report, charts)
    assert "Orders per minute: not available from this feed (it did not send order_placed)" in page
    assert 'title="Not available from this feed: it needs orders (order_placed)' in page
    assert "€0<" not in page  # GMV, AOV, revenues: never drawn as zero
    qt_page = render_html(report, charts, qt=True)
    assert NOT_AVAILABLE in qt_page

    csv = tables(report)
    header, rows = csv["products"]
    revenue = header.index("revenue")
    assert rows and all(row[revenue] is None for row in rows)  # an empty cell, not 0.0
    header, rows = csv["minutes"]
    assert all(row[header.index("orders")] is None and row[header.index("viewers")] is not None for row in rows)

    # without a stored checkpoint every event is applied to a fresh engine, told by the session row
    bare = tmp_path / "bare.db"
    shutil.copy(path, bare)
    with closing(sqlite3.connect(bare)) as conn:
        conn.execute("DELETE FROM checkpoints")
        conn.commit()
    again = analysis.analyse(analysis.load_session(bare))
    assert again.snapshot.available == frozenset(provides) and not again.metric("orders").available


def test_replay_shows_the_same_availability_from_the_start_and_from_a_checkpoint(
        room_session: tuple[Path, list[str]]) -> None:
    path, provides = room_session
    engine = ReplayEngine(load_recording(path))
    try:
        engine.seek(engine.rec.start + 30)  # early: a fresh engine, before any stored checkpoint
        early = engine.snapshot()
        engine.seek(engine.rec.end)  # the end: from the live's final checkpoint
        late = engine.snapshot()
        engine.build_index()  # the background pass's in-memory checkpoints carry it too
        engine.seek(engine.rec.start + 60)
        again = engine.snapshot()
    finally:
        engine.close()
    assert early is not None and late is not None and again is not None
    assert early.available == late.available == again.available == frozenset(provides)
