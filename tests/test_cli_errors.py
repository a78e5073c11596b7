"""What the command line says when something is wrong: which feed failed and why, bad --at, a folder for replay."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from console.app import FeedReporter
from console.health import FeedHealth, FeedState
from console.services.feed_client import Backoff, FeedClient

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
    assert reason == f"127.0.0.1:{port}: the feed is not answering (connection refused)"
    assert TOKEN not in reason


def test_the_terminal_hears_of_each_new_feed_problem_once_and_of_the_recovery() -> None:
    out = io.StringIO()
    news = FeedReporter("ws://127.0.0.1:1/v1/events", out)
    refused = FeedHealth(state=FeedState.RECONNECTING, reason="127.0.0.1:1: the feed is not answering (connection "
                                                                "refused)")
    for _ in range(50):  # ten retries a second for five seconds: one line
        news.update(FeedHealth(state=FeedState.CONNECTING))
        news.update(refused)
    news.update(FeedHealth(state=FeedState.LIVE))
    news.update(FeedHealth(state=FeedState.LIVE))
    news.update(FeedHealth(state=FeedState.STOPPED, reason="the feed refused the token"))
    assert out.getvalue().splitlines() == [
        "live-console: feed ws://127.0.0.1:1/v1/events: 127.0.0.1:1: the feed is not answering (connection "
        "refused); retrying",
        "live-console: feed ws://127.0.0.1:1/v1/events: connected",
        "live-console: feed ws://127.0.0.1:1/v1/events: the feed refused the token; not retrying",
    ]
    assert news.no_events() == "no event came from the feed ws://127.0.0.1:1/v1/events (the feed refused the token)"


def test_a_wrong_feed_url_is_named_exits_non_zero_and_leaves_no_empty_file(tmp_path: Path) -> None:
    port = closed_port()
    feed, db, log = f"ws://127.0.0.1:{port}/v1/events", tmp_path / "wrong.db", tmp_path / "stderr.txt"
    env = {**os.environ, "LIVE_CONSOLE_TOKEN": TOKEN, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    with log.open("w") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "console", "live", "--feed", feed, "--api",
                                 f"http://127.0.0.1:{port}/v1", "--offscreen", "--session", str(db)],
                                env=env, stdout=subprocess.DEVNULL, stderr=stderr, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while "retrying" not in log.read_text() and proc.poll() is None and time.monotonic() < deadline:
            try:
                proc.wait(timeout=0.1)  # on the process itself: a crash ends the wait at once
            except subprocess.TimeoutExpired:
                continue
        assert "retrying" in log.read_text(), log.read_text()
        assert db.exists()  # recording while it tries
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    err = log.read_text()
    assert proc.returncode == 1, err
    assert f"feed {feed}: 127.0.0.1:{port}: the feed is not answering (connection refused); retrying" in err
    assert f"no event came from the feed {feed}" in err
    assert f"removed the empty session file {db}" in err
    assert not db.exists() and not Path(f"{db}-wal").exists()
    assert TOKEN not in err
    assert "Traceback" not in err


def test_a_session_file_with_something_in_it_is_never_removed(tmp_path: Path) -> None:
    import sqlite3

    from console.services.session_file import open_for_writing, remove_if_unused

    empty, noted = tmp_path / "empty.db", tmp_path / "noted.db"
    for path in (empty, noted):
        open_for_writing(path).close()
    conn = sqlite3.connect(noted)
    conn.execute("INSERT INTO notes (wall_ts, text) VALUES (1.0, 'mic check')")
    conn.commit()
    conn.close()
    assert remove_if_unused(empty) and not empty.exists()
    assert not remove_if_unused(noted) and noted.exists()


@pytest.mark.parametrize("spec", ["150%", "100.5%"])
def test_replay_refuses_a_percentage_past_the_end(spec: str) -> None:
    from console.cli import main

    with pytest.raises(SystemExit):
        main(["replay", "x.db", "--at", spec])
