"""What the command line says when something is wrong: which feed failed and why, bad --at, a folder for replay."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from console.app import FeedReporter
from console.live.health import FeedHealth, FeedState
from console.services.feed_client import Backoff, FeedClient
from tests.support import kill_group_if_running, wait_while_running

TOKEN = "wrong-url-token-never-shown"


def closed_port() -> int:
    """A loopback port nobody listens on (bound, then released: connecting to it is refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_the_reconnect_reason_names_host_and_port_never_the_token() -> None:
    port = closed_port()
    states: list[tuple[FeedState, str]] = []

    async def main() -> None:
        seen = asyncio.Event()

        def on_state(state: FeedState, reason: str, _retry: float | None) -> None:
            states.append((state, reason))
            if state == FeedState.RECONNECTING:
                seen.set()

        client = FeedClient(f"ws://127.0.0.1:{port}/v1/events", TOKEN, on_frame=lambda _f: None,
                            on_state=on_state, resume_from=lambda: 0, backoff=Backoff(first_s=60))
        task = asyncio.create_task(client.run())
        await asyncio.wait_for(seen.wait(), 30)
        client.stop()
        await asyncio.wait_for(task, 30)

    asyncio.run(main())
    reason = next(r for s, r in states if s == FeedState.RECONNECTING)
    assert reason == f"the feed at 127.0.0.1:{port} is not answering (connection refused)"
    assert TOKEN not in reason


def test_the_terminal_hears_of_each_new_feed_problem_once_and_of_the_recovery() -> None:
    out = io.StringIO()
    news = FeedReporter("ws://127.0.0.1:1/v1/events", out)
    refused = FeedHealth(state=FeedState.RECONNECTING, reason="the feed at 127.0.0.1:1 is not answering (connection "
                                                                "refused)")
    for _ in range(50):  # ten retries a second for five seconds: one line
        news.update(FeedHealth(state=FeedState.CONNECTING))
        news.update(refused)
    news.update(FeedHealth(state=FeedState.LIVE))
    news.update(FeedHealth(state=FeedState.LIVE))
    news.update(FeedHealth(state=FeedState.STOPPED, reason="the feed refused the token"))
    assert out.getvalue().splitlines() == [
        "live-console: feed ws://127.0.0.1:1/v1/events: the feed at 127.0.0.1:1 is not answering (connection "
        "refused); retrying",
        "live-console: feed ws://127.0.0.1:1/v1/events: connected",
        "live-console: feed ws://127.0.0.1:1/v1/events: the feed refused the token; not retrying",
    ]
    assert news.no_events() == "no event came from the feed ws://127.0.0.1:1/v1/events (the feed refused the token)"
    assert not news.live_over
    news.update(FeedHealth(state=FeedState.ENDED))  # a continued session whose live is over: nothing new to get
    assert news.live_over


def test_a_wrong_feed_url_is_named_exits_non_zero_and_leaves_no_empty_file(tmp_path: Path) -> None:
    port = closed_port()
    feed, db, log = f"ws://127.0.0.1:{port}/v1/events", tmp_path / "wrong.db", tmp_path / "stderr.txt"
    env = {**os.environ, "LIVE_CONSOLE_TOKEN": TOKEN, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    with log.open("w") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "console", "live", "--feed", feed, "--api",
                                 f"http://127.0.0.1:{port}/v1", "--offscreen", "--session", str(db)],
                                env=env, stdout=subprocess.DEVNULL, stderr=stderr, text=True, start_new_session=True)
    try:
        assert wait_while_running(proc, lambda: "retrying" in log.read_text(), 60), log.read_text()
        assert db.exists()  # recording while it tries
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    finally:
        kill_group_if_running(proc)
    err = log.read_text()
    assert proc.returncode == 1, err
    assert f"feed {feed}: the feed at 127.0.0.1:{port} is not answering (connection refused); retrying" in err
    assert f"no event came from the feed {feed}" in err
    assert f"removed the empty session file {db}" in err
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("wrong.db")] == []  # nor -wal, nor report folder
    assert TOKEN not in err
    assert "Traceback" not in err


def test_a_session_file_with_something_in_it_is_never_removed(tmp_path: Path) -> None:
    import sqlite3

    from console.session.file import open_for_writing, remove_if_unused

    empty, noted = tmp_path / "empty.db", tmp_path / "noted.db"
    for path in (empty, noted):
        open_for_writing(path).close()
    conn = sqlite3.connect(noted)
    conn.execute("INSERT INTO notes (wall_ts, text) VALUES (1.0, 'mic check')")
    conn.commit()
    conn.close()
    assert remove_if_unused(empty) and not empty.exists()
    assert not remove_if_unused(noted) and noted.exists()


@pytest.mark.parametrize(("spec", "message"), [
    ("150%", "--at '150%': a percentage of the live goes from 0% to 100%"),
    ("100.5%", "--at '100.5%': a percentage of the live goes from 0% to 100%"),
    ("five", "--at 'five': expected MM:SS"),
])
def test_replay_refuses_an_at_beyond_the_live(tmp_path: Path, capsys: pytest.CaptureFixture[str], spec: str,
                                              message: str) -> None:
    from console.cli import main

    db = session_spanning(tmp_path / "s.db", 125)
    assert main(["replay", str(db), "--offscreen", "--duration", "1", "--at", spec]) == 2
    assert message in capsys.readouterr().err


def test_at_100_percent_and_the_last_second_are_accepted() -> None:
    from console.cli import at_problem

    assert at_problem("100%") == at_problem("0%") == at_problem("02:05") == ""


def session_spanning(path: Path, seconds: float) -> Path:
    """A session file whose first and last events are `seconds` of live time apart."""
    import sqlite3

    from console.session.file import open_for_writing

    open_for_writing(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO session (id, live_id, console_version, started_at) VALUES (1, 'x', 'test', 0)")
    conn.executemany("INSERT INTO events (seq, ts, type, raw) VALUES (?, ?, 'heartbeat', '{}')",
                     [(1, 1_000.0), (2, 1_000.0 + seconds)])
    conn.commit()
    conn.close()
    return path


def test_mm_ss_past_the_end_of_the_recording_starts_at_its_end_and_says_so(tmp_path: Path) -> None:
    from console.cli import at_past_the_end

    db = session_spanning(tmp_path / "s.db", 125)  # 02:05 of live
    assert at_past_the_end("03:00", db) == "--at 03:00 is past the end of this recording (02:05); starting at its end"
    assert at_past_the_end("02:05", db) == ""
    assert at_past_the_end("100%", db) == ""


def test_replay_of_a_folder_says_it_is_a_folder_and_lists_its_session_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from console.cli import main

    for day in range(1, 8):
        (tmp_path / f"2026-12-0{day}_autumn.db").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("not a session")
    assert main(["replay", str(tmp_path), "--offscreen"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == (f"live-console: {tmp_path} is a folder, not a session file; it holds 7 session file(s): "
                           "2026-12-07_autumn.db, 2026-12-06_autumn.db, 2026-12-05_autumn.db, 2026-12-04_autumn.db, "
                           "2026-12-03_autumn.db and 2 more")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["report", str(empty), "--out", str(tmp_path / "r")]) == 2
    assert "is a folder, not a session file, and holds no session file (*.db)" in capsys.readouterr().err
