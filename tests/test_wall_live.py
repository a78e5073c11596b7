"""The studio wall on a real bus: a real `nats-server` (JetStream) on loopback, real simulators publishing lives with
different plans and ids to it, the wall's real discovery thread and live sessions, its real window (offscreen).

Each tile must show its own live: the right title, and GMV equal to the sum of `order_placed.amount` over that
live's events as the bus holds them (read straight from JetStream here). A live that ends moves to the finished row
with its final GMV and orders, and its report is written from the wall's own session file. A click and Enter open a
console with the argv the wall builds (recorded here: no window is started); a console that cannot open says why.
"""

from __future__ import annotations

import asyncio
import json
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import nats
import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from console.bus import names
from console.bus.address import BusCredentials, parse_bus_url
from console.cli import build_parser
from console.live.health import FeedState
from console.plan.model import DEMO_PLAN
from console.present.fmt import money
from console.services.feed_client import Backoff
from console.services.live_session import Tuning
from console.services.wall import Wall
from console.services.wall_lives import LiveCard, WallLives
from console.services.wall_open import ConsoleOpener
from console.widgets.wall import WallWindow
from tests.bus_server import NatsServer
from tests.support import SimProcess, collect_sync, start_simulator

FAST = Tuning(backoff=Backoff(first_s=0.05, max_s=0.5), quiet_reconnect_s=5.0)
BRASIL = DEMO_PLAN.with_name("brasil-cozinha.toml")
BRIDGE = DEMO_PLAN.with_name("bridge-demo.toml")


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[NatsServer]:
    server = NatsServer(tmp_path / "jetstream")
    server.start()
    yield server
    server.stop()


def plan_copy(tmp_path: Path, source: Path, live_id: str, *, title: str | None = None) -> Path:
    """The plan at `source` as another live: its own [live] id (and title)."""
    text = source.read_text(encoding="utf-8")
    text = re.sub(r'(?m)^id = ".*"$', f'id = "{live_id}"', text, count=1)
    if title is not None:
        text = re.sub(r'(?m)^title = ".*"$', f'title = "{title}"', text, count=1)
    path = tmp_path / f"{live_id}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def bus_orders(url: str, live_id: str) -> tuple[int, float, int]:
    """(last seq, Σ order_placed.amount, orders) of a live's events as its stream holds them."""

    async def read() -> tuple[int, float, int]:
        nc = await nats.connect(url)
        try:
            js = nc.jetstream()
            messages = (await js.stream_info(names.stream_name(live_id))).state.last_seq
            sub = await js.subscribe(names.events_subject(live_id), ordered_consumer=True)
            total, orders, last = 0.0, 0, 0
            for _ in range(messages):  # one message per batch of events (console/bus/batches.py)
                for event in json.loads((await sub.next_msg(timeout=10)).data):
                    last = event["seq"]
                    if event["type"] == "order_placed":
                        total += event["amount"]
                        orders += 1
            await sub.unsubscribe()
            return last, total, orders
        finally:
            await nc.close()

    return asyncio.run(read())


class Recorded:
    """Stands in for the console's process: the argv is what is checked, and no window is left running."""

    def __init__(self) -> None:
        self.argvs: list[list[str]] = []

    def __call__(self, argv: list[str], _log: Path) -> Recorded:
        self.argvs.append(argv)
        return self

    def wait(self, timeout: float | None = None) -> int:
        del timeout
        return 0


@pytest.mark.timeout(600)
def test_the_wall_shows_every_live_on_the_bus_and_moves_a_live_that_ends_to_finished(
        qtbot: QtBot, tmp_path: Path, bus: NatsServer) -> None:
    short = plan_copy(tmp_path, DEMO_PLAN, "wall-short", title="Short Kitchen")
    brasil = plan_copy(tmp_path, BRASIL, "wall-brasil")
    usd = plan_copy(tmp_path, BRIDGE, "wall-usd", title="Kitchen in dollars")
    titles = {"wall-short": "Short Kitchen",
              "wall-brasil": "Cozinha Brasileira ao Vivo: ofertas de panelas, facas e eletroportáteis",
              "wall-usd": "Kitchen in dollars"}
    sims: list[SimProcess] = [
        start_simulator("--plan", str(short), "--speed", "240", "--seed", "3", "--nats", bus.url),  # 90 min in 23 s
        start_simulator("--plan", str(brasil), "--speed", "10", "--nats", bus.url),
        start_simulator("--plan", str(usd), "--speed", "10", "--seed", "11", "--nats", bus.url),
    ]
    folder = tmp_path / "wall"
    lives = WallLives(parse_bus_url(bus.url, want_live=False), BusCredentials(), folder, tuning=FAST)
    launch = Recorded()
    wall = Wall(lives, ConsoleOpener(folder, "studio-manager", launch=launch))
    window = WallWindow(wall.board)
    window.open_requested.connect(wall.open_console)  # as console/app.py wires them
    window.report_requested.connect(wall.write_report)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    lives.start()
    try:
        qtbot.waitUntil(lambda: {"wall-brasil", "wall-usd"} <= set(window.tile_order()), timeout=60_000)
        for live_id in ("wall-brasil", "wall-usd"):
            tile = window.tile(live_id)
            assert tile is not None and tile.view.title == titles[live_id]

        # a click opens that live's console: a producer's seat named after the wall's (it reads the live's plan and
        # actions API from the bus itself)
        brasil_tile = window.tile("wall-brasil")
        assert brasil_tile is not None
        qtbot.mouseClick(brasil_tile, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
        qtbot.waitUntil(lambda: len(launch.argvs) == 1, timeout=10_000)
        assert launch.argvs[0] == [sys.executable, "-m", "console", "live", "--feed", f"{bus.url}/wall-brasil",
                                   "--role", "producer", "--operator", "studio-manager"]
        args = build_parser().parse_args(launch.argvs[0][3:])  # the console's own command line takes it
        assert (args.command, args.feed, args.role, args.operator) == ("live", f"{bus.url}/wall-brasil", "producer",
                                                                      "studio-manager")
        qtbot.waitUntil(lambda: (t := window.tile("wall-brasil")) is not None and t.view.note == "opening…",
                        timeout=5_000)
        # Enter on a focused tile does the same
        usd_tile = window.tile("wall-usd")
        assert usd_tile is not None
        usd_tile.setFocus()
        qtbot.keyClick(usd_tile, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(launch.argvs) == 2, timeout=10_000)
        assert launch.argvs[1][4:6] == ["--feed", f"{bus.url}/wall-usd"]

        # the short live ends: it leaves the tiles for the finished row, with its final figures
        qtbot.waitUntil(lambda: "wall-short" in window.finished_tiles, timeout=120_000)
        assert "wall-short" not in window.tile_order()
        producer = collect_sync(sims[0].feed, sims[0].token)
        assert producer.events[-1]["type"] == "live_ended"
        paid = [e for e in producer.events if e["type"] == "order_placed"]
        final = window.finished_tiles["wall-short"].view
        assert final.title == "Short Kitchen"
        assert final.gmv.startswith(f"{money(sum(e['amount'] for e in paid), 'EUR')} of €42K goal · ")
        assert final.orders.startswith(f"{len(paid):,} orders · peak ")
        card = next(c for c in lives.cards() if c.live_id == "wall-short")
        assert card.finished and card.session_path is not None and card.session_path.name.endswith(
            "_wall-short.wall.db")

        # its report, from the wall's own session file, in a process of its own
        with qtbot.waitSignal(wall.report_done, timeout=240_000) as done:
            qtbot.mouseClick(window.finished_tiles["wall-short"].button, Qt.MouseButton.LeftButton)
        live_id, path, error = done.args
        assert (live_id, error) == ("wall-short", "")
        assert Path(path).is_file() and Path(path).parent == card.session_path.with_name(
            card.session_path.name + ".report")
        qtbot.waitUntil(lambda: window.finished_tiles["wall-short"].view.report == "report opened", timeout=5_000)

        # the lives on air stop where they are: each tile's GMV is its own live's, to the last event on the bus
        for sim in sims[1:]:
            sim.stop(signal.SIGKILL)
        expected = {}
        for live_id, currency in (("wall-brasil", "BRL"), ("wall-usd", "USD")):
            last, total, _orders = bus_orders(bus.url, live_id)
            expected[live_id] = money(total, currency)
            following = next(c for c in lives.cards() if c.live_id == live_id)

            def caught_up(following: LiveCard = following, last: int = last) -> bool:
                return following.latest()[1].last_seq == last

            qtbot.waitUntil(caught_up, timeout=60_000)
        qtbot.waitUntil(lambda: all((t := window.tile(i)) is not None and t.view.gmv == expected[i]
                                    for i in expected), timeout=10_000)
        assert expected["wall-brasil"].startswith("R$") and expected["wall-usd"].startswith("$")
    finally:
        lives.stop()
        wall.wait_reports()
        for sim in sims:
            sim.stop(signal.SIGKILL)
    for card in lives.cards():  # every session file closed, none left half-written
        assert card.session_path is not None and card.session_path.exists()


@pytest.mark.timeout(300)
def test_the_wall_waits_for_the_bus_and_says_why_a_console_did_not_open(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server = NatsServer(tmp_path / "jetstream")  # not started yet: the wall comes up before the bus
    lives = WallLives(parse_bus_url(server.url, want_live=False), BusCredentials(), tmp_path / "wall", tuning=FAST)
    lives.start()
    sim: SimProcess | None = None
    try:
        qtbot.waitUntil(lambda: "is not answering" in lives.status()[0] and not lives.status()[1], timeout=20_000)
        server.start()
        qtbot.waitUntil(lambda: lives.status()[:2] == (f"bus 127.0.0.1:{server.port}: no live has been published "
                                                        "to it yet", True), timeout=30_000)
        sim = start_simulator("--speed", "10", "--nats", server.url)
        live_id = "autumn-kitchen-01"
        qtbot.waitUntil(lambda: any(c.live_id == live_id and c.latest()[1].state == FeedState.LIVE
                                    for c in lives.cards()), timeout=60_000)
        assert lives.status()[:2] == (f"bus 127.0.0.1:{server.port}", True)
        # the console really starts, and stops at once: no token in its environment
        monkeypatch.delenv("LIVE_CONSOLE_TOKEN", raising=False)
        opener = ConsoleOpener(tmp_path / "wall", "ana")
        wall = Wall(lives, opener)
        assert wall.open_console(live_id)
        assert not wall.open_console(live_id)  # a double click opens one console
        qtbot.waitUntil(lambda: (opener.note(live_id) or ("", ""))[1] == "bad", timeout=60_000)
        text, _tone = opener.note(live_id) or ("", "")
        assert text.startswith("could not open its console: no token: set LIVE_CONSOLE_TOKEN or pass --token-file")
        board = wall.board()
        assert board.on_air[0].note == text and board.on_air[0].note_tone == "bad"
    finally:
        lives.stop()
        if sim is not None:
            sim.stop(signal.SIGKILL)
        server.stop()


@pytest.mark.timeout(300)
def test_the_wall_command_runs_headless_and_refuses_a_bad_bus_url(tmp_path: Path, bus: NatsServer) -> None:
    bad = subprocess.run([sys.executable, "-m", "console", "wall", "--nats", "nats://10.1.2.3:4222", "--offscreen"],
                         check=False, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2
    assert "plain nats:// is for loopback only; use tls://10.1.2.3:4222" in bad.stderr
    sim = start_simulator("--speed", "10", "--nats", bus.url)
    try:
        shot, sessions = tmp_path / "wall.png", tmp_path / "wall"
        run = subprocess.run([sys.executable, "-m", "console", "wall", "--nats", bus.url, "--sessions", str(sessions),
                              "--offscreen", "--duration", "8", "--screenshot", str(shot)],
                             check=False, capture_output=True, text=True, timeout=120)
    finally:
        sim.stop(signal.SIGKILL)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "exception" not in run.stderr.lower(), run.stderr
    assert f"watching the bus at 127.0.0.1:{bus.port}; recording to {sessions}" in run.stdout
    assert shot.stat().st_size > 10_000
    recorded = list(sessions.glob("*_autumn-kitchen-01.wall.db"))
    assert len(recorded) == 1  # the live, followed and recorded (closed cleanly: the command exited 0)
