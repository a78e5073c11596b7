"""The console as the operator meets it: the real window on the real pipeline and simulator, and the headless
`live-console demo` command with its session file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from console.live.health import FeedState
from console.plan.model import DEMO_PLAN, load_plan
from console.services.feed_client import Backoff
from console.services.live_session import Tuning, open_live_session
from console.services.pipeline import LivePipeline
from console.widgets.main_window import MainWindow
from tests.support import SimProcess, post_action, start_simulator, wait_while_running

PLAN = load_plan(DEMO_PLAN)


@pytest.fixture
def live(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[MainWindow, LivePipeline, SimProcess]]:
    sim = start_simulator("--speed", "60", "--journal", str(tmp_path / "sim.journal"))
    session = open_live_session(sim.feed, sim.token, PLAN, tuning=Tuning(backoff=Backoff(0.1, 0.5)))
    pipe = session.pipeline
    session.start()
    window = MainWindow(PLAN, pipe.latest, settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                        session_label="test.db")
    qtbot.addWidget(window)
    window.show()
    box = [sim]
    yield window, pipe, box  # type: ignore[misc]
    session.close()
    box[0].stop(signal.SIGKILL)


def test_window_shows_the_live(qtbot: QtBot, live: tuple[MainWindow, LivePipeline, list[SimProcess]]) -> None:
    window, _pipe, _ = live
    qtbot.waitUntil(lambda: window.tiles.tile_text("gmv") not in ("—", "€0"), timeout=20_000)
    assert window.tiles.tile_text("viewers") not in ("—", "0")
    assert window.products.panel_count() == len(PLAN.products)
    assert window.status.state_text().lower().startswith("● live")
    assert window.redraw_count > 0


def test_an_action_on_the_stream_puts_a_marker_on_the_chart(
        qtbot: QtBot, live: tuple[MainWindow, LivePipeline, list[SimProcess]]) -> None:
    window, _, box = live
    qtbot.waitUntil(lambda: window.snapshot() is not None, timeout=20_000)
    assert window.audience.marker_count() == 0
    reply = post_action(box[0], "flash-offer", {"product_id": "SPC-SET12", "discount_pct": 15, "duration_s": 300},
                        "marker-1")
    assert reply.status_code == 201
    qtbot.waitUntil(lambda: window.audience.marker_count() == 1, timeout=10_000)
    assert any("Spice set (12 jars)" in label for label in window.audience.marker_labels())


def test_status_goes_reconnecting_and_back_to_live_with_no_gap(
        qtbot: QtBot, tmp_path: Path, live: tuple[MainWindow, LivePipeline, list[SimProcess]]) -> None:
    window, pipe, box = live
    qtbot.waitUntil(lambda: pipe.latest()[1].last_seq > 300, timeout=20_000)
    port = box[0].port
    box[0].stop(signal.SIGKILL)
    qtbot.waitUntil(lambda: "reconnecting" in window.status.state_text().lower(), timeout=10_000)
    box[0] = start_simulator("--speed", "60", "--journal", str(tmp_path / "sim.journal"), port=port)
    before = pipe.latest()[1].last_seq
    qtbot.waitUntil(lambda: "live" in window.status.state_text().lower()
                    and pipe.latest()[1].last_seq > before + 100, timeout=20_000)
    health = pipe.latest()[1]
    assert health.state == FeedState.LIVE
    assert health.gaps == ()
    assert health.duplicates == 0


# ------------------------------------------------------------------------------------------- the command
def run_demo(tmp_path: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("LIVE_CONSOLE_TOKEN", None)
    return subprocess.run([sys.executable, "-m", "console", "demo", "--offscreen", *args], env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def test_headless_demo_records_a_complete_session_and_a_screenshot(tmp_path: Path) -> None:
    png, db = tmp_path / "out.png", tmp_path / "s.db"
    done = run_demo(tmp_path, "--duration", "25", "--speed", "60", "--screenshot", str(png), "--session", str(db))
    assert done.returncode == 0, done.stderr
    assert png.stat().st_size > 50_000  # a real, full window, not a blank image
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        seqs = [r[0] for r in conn.execute("SELECT seq FROM events ORDER BY seq")]
        assert seqs == list(range(1, len(seqs) + 1))  # no gap, no duplicate
        assert len(seqs) > 1000
        actions = conn.execute("SELECT kind, source, status, params FROM actions ORDER BY clicked_at").fetchall()
        auto = [(c.action, c.target) for c in PLAN.cues if c.auto]
        assert [(k, s, st) for k, s, st, _ in actions] == [(
            {"segment": "segment", "flash_offer": "flash_offer", "kit": "kit"}[a], "cue", "acked") for a, _ in auto]
        session = conn.execute("SELECT live_id, console_version, feed_url, ended_at FROM session").fetchone()
        assert session[0] == PLAN.live.id
        assert session[2].startswith("ws://127.0.0.1:")
        assert session[3] is not None
        assert conn.execute("SELECT count(*) FROM kpi_minutes").fetchone()[0] >= 20
    assert "recording to" in done.stdout
    assert "token" not in (done.stdout + done.stderr).lower()


def acked_actions(db: Path) -> int:
    try:
        with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM actions WHERE status = 'acked'").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_console_killed_mid_live_leaves_a_sound_file(tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = subprocess.Popen([sys.executable, "-m", "console", "demo", "--offscreen", "--speed", "60",
                             "--session", str(db)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            text=True, start_new_session=True)
    try:
        # the three auto cues (03:00, 06:00, 09:00 live: 3, 6, 9 s at 60x) acknowledged on disk, then no warning
        assert wait_while_running(proc, lambda: acked_actions(db) >= 3, timeout_s=60)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM actions WHERE status = 'acked'").fetchone()[0] >= 3
        seqs = [r[0] for r in conn.execute("SELECT seq FROM events ORDER BY seq")]
        assert len(seqs) > 500
        assert seqs == list(range(1, len(seqs) + 1))


def test_demo_says_what_to_install_when_a_window_cannot_open(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run([sys.executable, "-m", "console", "demo", "--duration", "1"], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 3
    assert "--offscreen" in done.stderr
    assert "Traceback" not in done.stderr


def test_live_mode_refuses_a_token_on_nothing_and_never_echoes_it(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "LIVE_CONSOLE_TOKEN"}
    done = subprocess.run([sys.executable, "-m", "console", "live", "--feed", "ws://127.0.0.1:9/v1/events",
                           "--api", "http://127.0.0.1:9/v1", "--offscreen"], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "LIVE_CONSOLE_TOKEN" in done.stderr
    secret = tmp_path / "token"
    secret.write_text("s3cr3t-value\n")
    done = subprocess.run([sys.executable, "-m", "console", "live", "--feed", "ftp://nowhere", "--api",
                           "http://127.0.0.1:9/v1", "--token-file", str(secret), "--offscreen"], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "s3cr3t-value" not in done.stdout + done.stderr


@pytest.mark.parametrize(
    ("feed", "api", "message"),
    [
        ("ws://feed.example.com/v1/events", "https://api.example.com/v1", "would send the token in clear"),
        ("wss://feed.example.com/v1/events?token=x", "https://api.example.com/v1", "must not carry credentials"),
        ("wss://feed.example.com/v1/events", "http://api.example.com/v1", "would send the token in clear"),
        ("wss://u:p@feed.example.com/v1/events", "https://api.example.com/v1", "must not carry credentials"),
    ],
)
def test_live_mode_refuses_urls_that_would_leak_the_token(tmp_path: Path, feed: str, api: str, message: str) -> None:
    env = {**os.environ, "LIVE_CONSOLE_TOKEN": "not-shown-anywhere", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "console", "live", "--feed", feed, "--api", api, "--offscreen"],
                          env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert message in done.stderr
    assert "not-shown-anywhere" not in done.stdout + done.stderr


def test_console_options_never_print_the_token() -> None:
    from console.app import ConsoleOptions
    assert "s3cret" not in repr(ConsoleOptions("ws://127.0.0.1:1/v1/events", "http://127.0.0.1:1/v1", "s3cret"))


def test_a_ca_file_that_is_not_a_certificate_is_refused_by_name(tmp_path: Path) -> None:
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate")
    env = {**os.environ, "LIVE_CONSOLE_TOKEN": "t", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "console", "live", "--feed", "wss://feed.example.com/v1/events",
                           "--api", "https://api.example.com/v1", "--ca-file", str(bad), "--offscreen"],
                          env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert f"--ca-file {bad}: cannot be used as a CA certificate" in done.stderr
