"""Screenshots of the studio wall with five simulated lives on a real bus, for a person to look at (docs/wall.md):

    QT_QPA_PLATFORM=offscreen python -m tests.wall_shots OUT_DIR [SECONDS]

A real `nats-server`, five simulators at --speed 60 with different plans, ids and scenarios (one of them killed
half-way, so that a feed in trouble shows), a sixth, short one at --speed 240 that ends (the finished row), and the
wall's own discovery, sessions and window. Saves OUT_DIR/wall_1366x768.png and OUT_DIR/wall_1920x1080.png after
SECONDS (default 60) of wall time. Not a test (nothing is asserted); run by hand when the wall's look changes.
"""

from __future__ import annotations

import asyncio
import re
import signal
import sys
import tempfile
import time
from pathlib import Path

import nats
from PySide6.QtWidgets import QApplication

from console.bus import names
from console.bus.address import BusCredentials, parse_bus_url
from console.bus.batches import stream_extent
from console.plan.model import DEMO_PLAN
from console.services.wall import Wall
from console.services.wall_lives import WallLives
from console.services.wall_open import ConsoleOpener
from console.widgets import theme
from console.widgets.wall import WallWindow
from tests.bus_server import NatsServer
from tests.support import SimProcess, start_simulator

BRASIL = DEMO_PLAN.with_name("brasil-cozinha.toml")
AUDIENCE = "0.5"  # ~1,000 events a second each at --speed 60: six lives in one wall on a two-core laptop
BRIDGE = DEMO_PLAN.with_name("bridge-demo.toml")
# (source plan, live id, title or None, simulator flags)
LIVES = (
    (DEMO_PLAN, "room1-autumn", None, ("--seed", "7", "--audience", AUDIENCE)),
    (BRASIL, "room2-cozinha", None, ("--seed", "5", "--scenario", "stock_out_risk", "--audience", AUDIENCE)),
    (BRIDGE, "room3-cookware", "Cookware USA: cast iron and more", ("--seed", "9", "--scenario", "conversion_sag",
                                                                      "--audience", AUDIENCE)),
    (DEMO_PLAN, "room4-knives", "Knife Skills Saturday", ("--seed", "11", "--audience", AUDIENCE)),
    (BRASIL, "room5-panelas", "Panelas de Ferro: sábado especial", ("--seed", "3", "--audience", AUDIENCE)),
)
KILLED = "room4-knives"  # its producer dies half-way: the wall must put it first, in red
SHORT = (DEMO_PLAN, "room0-morning", "Morning Coffee Gear", ("--seed", "2", "--audience", AUDIENCE))


def plan_copy(folder: Path, source: Path, live_id: str, title: str | None) -> Path:
    text = re.sub(r'(?m)^id = ".*"$', f'id = "{live_id}"', source.read_text(encoding="utf-8"), count=1)
    if title is not None:
        text = re.sub(r'(?m)^title = ".*"$', f'title = "{title}"', text, count=1)
    path = folder / f"{live_id}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def stream_heads(url: str, live_ids: list[str]) -> dict[str, int]:
    """The last seq each live's stream holds (what its producer has published so far)."""

    async def read() -> dict[str, int]:
        nc = await nats.connect(url)
        try:
            js = nc.jetstream()
            return {i: (await stream_extent(js, names.stream_name(i))).last_seq for i in live_ids}
        finally:
            await nc.close()

    return asyncio.run(read())


def main(out: Path, seconds: float) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    theme.apply_to_app(app)  # type: ignore[arg-type]
    work = Path(tempfile.mkdtemp(prefix="wall-shots-"))
    server = NatsServer(work / "jetstream")
    server.start()
    sims: dict[str, SimProcess] = {}
    lives = WallLives(parse_bus_url(server.url, want_live=False), BusCredentials(), work / "wall")
    try:
        for source, live_id, title, flags in (SHORT, *LIVES):
            speed = "240" if live_id == SHORT[1] else "60"
            sims[live_id] = start_simulator("--plan", str(plan_copy(work, source, live_id, title)), "--speed", speed,
                                            *flags, "--nats", server.url)
        wall = Wall(lives, ConsoleOpener(work / "wall", "studio"))
        window = WallWindow(wall.board)
        window.resize(1366, 768)
        window.show()
        lives.start()
        start = time.monotonic()
        while time.monotonic() - start < seconds:
            app.processEvents()
            if KILLED in sims and time.monotonic() - start > seconds * 0.6:
                sims.pop(KILLED).stop(signal.SIGKILL)
            time.sleep(0.02)
        out.mkdir(parents=True, exist_ok=True)
        for w, h in ((1366, 768), (1920, 1080)):
            window.resize(w, h)
            app.processEvents()
            window.settle()
            app.processEvents()
            path = out / f"wall_{w}x{h}.png"
            window.grab().save(str(path))
            print(path)
        heads = stream_heads(server.url, [c.live_id for c in lives.cards()])
        seqs = {c.live_id: c.latest()[1].last_seq for c in lives.cards()}
        for tile in window.area.tiles:
            v = tile.view
            print(f"  {v.live_id}: the wall at seq {seqs[v.live_id]:,} of the bus's {heads[v.live_id]:,}")
            print(f"  {v.live_id}: {v.feed} | {v.viewers} viewers | {v.gmv} {v.goal} | {v.pace} | "
                  f"{v.advice_count} advice {v.advice[:60]!r}")
        for done in window.finished_tiles.values():
            print(f"  finished {done.view.live_id}: {done.view.gmv} | {done.view.orders}")
        window.close()
    finally:
        lives.stop()
        for sim in sims.values():
            sim.stop(signal.SIGKILL)
        server.stop()


if __name__ == "__main__":
    main(Path(sys.argv[1]), float(sys.argv[2]) if len(sys.argv) > 2 else 60.0)
