"""Reliability of operator actions against the real simulator: timeouts, connection resets, 500s, 429s, a slow
server, and a console killed between `pending` and the answer. The server counts each intent at most once and
the operator's ActionBook ends up telling the truth. Figures: docs/reliability.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import sqlite3
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot

from console.actions.book import Intent, IntentStatus
from console.plan.model import DEMO_PLAN, parse_plan
from console.services.action_client import ActionClient, RetryPolicy
from console.services.action_desk import ActionDesk
from console.services.feed_client import Backoff
from console.services.live_session import LiveSession, Tuning, open_live_session
from console.session.recorder import SessionRecorder
from console.session.resume import earlier_run
from tests.support import SimProcess, start_simulator

# The demo plan without its run of show: an auto cue (the knife demo at 03:00, 3 s into a 60x live) would otherwise
# race the presses below for the same buttons and segments on a loaded machine (issue 13).
PLAN = parse_plan(DEMO_PLAN.read_text().split("# Run of show")[0])
QUICK = RetryPolicy(max_attempts=4, first_delay_s=0.05, max_delay_s=0.2)


# ---------------------------------------------------------------------------------------------- helpers
def faults(sim: SimProcess, **kw: Any) -> None:
    httpx.post(f"{sim.api}/admin/faults", json=kw, headers=sim.headers(), timeout=5).raise_for_status()


def receipts(sim: SimProcess, key: str) -> int:
    stats = httpx.get(f"{sim.api}/admin/stats", headers=sim.headers(), timeout=5).json()
    return int(stats["action_requests"].get(key, {}).get("count", 0))


def server_actions(sim: SimProcess, key: str) -> int:
    """How many actions the server created for this key (the idempotency guarantee says 0 or 1)."""
    listed = httpx.get(f"{sim.api}/actions", headers=sim.headers(), timeout=5).json()["actions"]
    found = httpx.get(f"{sim.api}/actions", params={"idempotency_key": key}, headers=sim.headers(), timeout=5)
    if found.status_code == 404:
        return 0
    return sum(1 for a in listed if a["action_id"] == found.json()["action_id"])


class ResetProxy:
    """A TCP proxy in front of the action API that, when armed, lets a request through to the server and then
    resets the client's connection instead of passing the answer back: the server acted, the client never knew."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.reset_next = 0
        self.resets = 0
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        ready = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main(ready)), daemon=True)
        self._thread.start()
        assert ready.wait(5)

    async def _main(self, ready: threading.Event) -> None:
        self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
        server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        ready.set()
        async with server:
            await self._stop.wait()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_r, up_w = await asyncio.open_connection("127.0.0.1", self.upstream_port)

        async def to_server() -> None:
            while data := await reader.read(65536):
                up_w.write(data)
                await up_w.drain()

        async def to_client() -> None:
            while data := await up_r.read(65536):
                if self.reset_next > 0:
                    self.reset_next -= 1
                    self.resets += 1
                    sock = writer.get_extra_info("socket")
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST, not FIN
                    writer.transport.abort()
                    return
                writer.write(data)
                await writer.drain()

        with contextlib.suppress(Exception):
            await asyncio.wait({asyncio.create_task(to_server()), asyncio.create_task(to_client())},
                               return_when=asyncio.FIRST_COMPLETED)
        for w in (writer, up_w):
            w.close()

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(5)


@pytest.fixture
def desk_rig(tmp_path: Path) -> Iterator[Any]:
    made: list[LiveSession] = []
    sims: list[SimProcess] = []
    proxies: list[ResetProxy] = []

    def make(api: str | None = None, timeout_s: float = 5.0, policy: RetryPolicy = QUICK) -> tuple[
            ActionDesk, SimProcess, Path]:
        if not sims:
            sims.append(start_simulator("--speed", "60", "--journal", str(tmp_path / "sim.journal")))
        s = sims[-1]
        path = tmp_path / "session.db"
        session = open_live_session(s.feed, s.token, PLAN, session_path=path, api_url=api or s.api,
                                    operator="tester", tuning=Tuning(backoff=Backoff(0.1, 0.5),
                                                                     action_timeout_s=timeout_s, action_retry=policy))
        session.start()
        made.append(session)
        return session.desk, s, path

    make.sims = sims  # type: ignore[attr-defined]
    make.proxies = proxies  # type: ignore[attr-defined]
    yield make
    for session in made:
        session.close()
    for proxy in proxies:
        proxy.stop()
    for s in sims:
        s.stop(signal.SIGKILL)


def stored(path: Path, key: str) -> dict[str, Any] | None:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        conn.row_factory = sqlite3.Row
        found = conn.execute("SELECT * FROM actions WHERE id = ?", (key,)).fetchone()
        return dict(found) if found else None


def settled(status: IntentStatus) -> bool:
    return status in (IntentStatus.ACKED, IntentStatus.FAILED, IntentStatus.UNKNOWN)


# ---------------------------------------------------------------------------------------------- the matrix
# (name, faults to inject, client timeout, the truth the operator must end up seeing, server actions)
SCENARIOS = [
    ("two 500s then success", {"fail_next": 2, "status": 500}, 5.0, IntentStatus.ACKED, 1),
    ("503 on every attempt", {"fail_next": 10, "status": 503}, 5.0, IntentStatus.FAILED, 0),
    ("429 with Retry-After 0.3 s", {"fail_next": 1, "status": 429, "retry_after": 0.3}, 5.0, IntentStatus.ACKED, 1),
    ("429 with Retry-After 60 s", {"fail_next": 1, "status": 429, "retry_after": 60}, 5.0, IntentStatus.FAILED, 0),
    ("timeouts, the server acting late", {"delay_s": 1.0}, 0.2, IntentStatus.ACKED, 1),
]


def test_every_fault_ends_with_the_truth_and_at_most_one_action(qtbot: QtBot, desk_rig: Any) -> None:
    desk, sim, path = desk_rig(timeout_s=5.0)
    fast = ActionClient(sim.api, sim.token, timeout_s=0.2, policy=QUICK)
    slow_client, desk.client = desk.client, fast
    qtbot.waitUntil(lambda: not desk.disabled_reason(desk.live.latest()[1]), timeout=10_000)
    targets = [("segment", "qa"), ("segment", "baking"), ("kit", "kit-baker"), ("kit", "kit-knife-care"),
               ("segment", "knife-demo")]
    try:
        for (name, injected, timeout_s, truth, made), (kind, target) in zip(SCENARIOS, targets, strict=True):
            desk.client = fast if timeout_s < 1 else slow_client
            faults(sim, **injected)
            intent = desk.fire_target(kind, target, "button")
            assert intent is not None, name
            qtbot.waitUntil(lambda k=intent.key: settled(desk.book.get(k).status), timeout=20_000)  # type: ignore[misc]
            faults(sim)
            if desk.book.get(intent.key).status == IntentStatus.UNKNOWN:
                # the button stays blocked; the desk asks the server by key until it knows
                qtbot.waitUntil(lambda k=intent.key, n=made: server_actions(sim, k) == n,  # type: ignore[misc]
                                timeout=10_000)
                desk.live.submit(desk.settle_unknown()).result(10)
            got = desk.book.get(intent.key)
            assert got.status == truth, (name, got.status, got.error)
            assert server_actions(sim, intent.key) == made, name
            assert (got.action_id is not None) == (made == 1), name
            qtbot.waitUntil(lambda k=intent.key, t=truth: (r := stored(path, k)) is not None  # type: ignore[misc]
                            and r["status"] == str(t), timeout=5_000)
    finally:
        faults(sim)
        desk.client = slow_client
        desk.live.submit(fast.aclose()).result(5)


def test_a_connection_reset_after_the_server_acted_is_retried_with_the_same_key(qtbot: QtBot,
                                                                                desk_rig: Any) -> None:
    sim_box = start_simulator("--speed", "60")
    proxy = ResetProxy(sim_box.port)
    desk_rig.proxies.append(proxy)
    desk_rig.sims.append(sim_box)
    desk, sim, path = desk_rig(api=proxy.api)
    qtbot.waitUntil(lambda: not desk.disabled_reason(desk.live.latest()[1]), timeout=10_000)
    proxy.reset_next = 2  # the first two answers never reach the console
    intent = desk.fire_target("kit", "kit-baker", "button")
    assert intent is not None
    qtbot.waitUntil(lambda: settled(desk.book.get(intent.key).status), timeout=10_000)
    got = desk.book.get(intent.key)
    assert proxy.resets == 2
    assert got.status == IntentStatus.ACKED, got.error
    assert receipts(sim, intent.key) == 3  # three requests, one key ...
    assert server_actions(sim, intent.key) == 1  # ... one action
    qtbot.waitUntil(lambda: (r := stored(path, intent.key)) is not None and r["status"] == "acked", timeout=5_000)


def test_a_connection_reset_before_the_server_acted_is_unknown_then_failed_never_doubled(
        qtbot: QtBot, tmp_path: Path, desk_rig: Any) -> None:
    desk, sim, path = desk_rig(policy=RetryPolicy(max_attempts=3, first_delay_s=0.05, max_delay_s=0.1))
    qtbot.waitUntil(lambda: not desk.disabled_reason(desk.live.latest()[1]), timeout=10_000)
    faults(sim, delay_s=10)  # the request is received and held ...
    intent = desk.fire_target("segment", "qa", "button")
    assert intent is not None
    qtbot.waitUntil(lambda: receipts(sim, intent.key) == 1, timeout=10_000)
    port = sim.port
    sim.stop(signal.SIGKILL)  # ... and the server dies holding it: the connection is reset
    qtbot.waitUntil(lambda: desk.book.get(intent.key).status == IntentStatus.UNKNOWN, timeout=15_000)
    assert "not confirmed yet" in desk.book.get(intent.key).error
    sim = start_simulator("--speed", "60", "--journal", str(tmp_path / "sim.journal"), port=port)
    desk_rig.sims.append(sim)
    desk.live.submit(desk.settle_unknown(give_up_after_s=0)).result(10)  # 60 s in the console
    got = desk.book.get(intent.key)
    assert got.status == IntentStatus.FAILED and "never received" in got.error
    assert server_actions(sim, intent.key) == 0 and receipts(sim, intent.key) == 0  # and it was not re-sent
    qtbot.waitUntil(lambda: (r := stored(path, intent.key)) is not None and r["status"] == "failed", timeout=5_000)


# ---------------------------------------------------------------------------------------------- killed console
_CHILD = """
import sys, time
from console.plan.model import DEMO_PLAN, parse_plan
from console.services.live_session import Tuning, open_live_session
feed, api, token, db = sys.argv[1:5]
plan = parse_plan(DEMO_PLAN.read_text().split("# Run of show")[0])  # no auto cue: the one intent is the press
session = open_live_session(feed, token, plan, session_path=__import__("pathlib").Path(db), api_url=api,
                            operator="child", tuning=Tuning(action_timeout_s=30))
session.start()
intent = session.desk.fire_target("kit", "kit-knife-care", "button")
print(intent.key, flush=True)
while True:
    time.sleep(1)
"""


def test_console_killed_between_pending_and_the_answer_is_reconciled_by_key_not_resent(
        qtbot: QtBot, tmp_path: Path) -> None:
    sim = start_simulator("--speed", "60")
    db = tmp_path / "killed.db"
    child = subprocess.Popen([sys.executable, "-c", _CHILD, sim.feed, sim.api, sim.token, str(db)],
                             stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parent.parent,
                             env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
    try:
        faults(sim, delay_s=2.0)  # the server will answer after the console is gone
        assert child.stdout is not None
        key = child.stdout.readline().strip()
        assert key
        qtbot.waitUntil(lambda: receipts(sim, key) == 1, timeout=10_000)
        row = stored(db, key)
        assert row is not None and row["status"] == "sent"  # write-ahead: on disk before the server heard of it
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        faults(sim)
        unfinished = earlier_run(db).unfinished
        assert [r["id"] for r in unfinished] == [key]
        qtbot.waitUntil(lambda: server_actions(sim, key) == 1, timeout=30_000)  # the server finished it

        # the next start of the console: reconcile, by key
        session = open_live_session(sim.feed, sim.token, PLAN, session_path=db, api_url=sim.api, operator="tester")
        desk = session.desk
        asyncio.run(_reconcile_and_close(desk, unfinished))  # what the started session runs first, done here alone
        session.close()
        got = desk.book.get(key)
        assert got.status == IntentStatus.ACKED and got.action_id is not None
        assert receipts(sim, key) == 1  # reconciled by asking, never re-sent
        assert server_actions(sim, key) == 1
        after = stored(db, key)
        assert after is not None and after["status"] == "acked" and after["action_id"] == got.action_id
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        if child.stdout is not None:
            child.stdout.close()
        sim.stop(signal.SIGKILL)


async def _reconcile_and_close(desk: ActionDesk, rows: list[dict[str, Any]]) -> None:
    try:
        await desk.reconcile(rows)
    finally:
        await desk.client.aclose()


def test_a_pending_intent_that_never_left_is_marked_failed_not_resent(tmp_path: Path) -> None:
    sim = start_simulator("--speed", "60")
    db = tmp_path / "pending.db"
    try:
        # what the desk commits first; the console "dies" before the request leaves (stand-in for that crash)
        intent = Intent("key-never-sent", "kit:kit-baker", "kit", {"kit_id": "kit-baker"}, "Baker kit", "button",
                        "tester", 1.0, None)
        recorder = SessionRecorder(db)
        recorder.write_intent(intent.row()).result(5)
        recorder.close()
        unfinished = earlier_run(db).unfinished
        assert [(r["id"], r["status"]) for r in unfinished] == [("key-never-sent", "pending")]
        session = open_live_session(sim.feed, sim.token, PLAN, session_path=db, api_url=sim.api, operator="tester")
        desk = session.desk
        asyncio.run(_reconcile_and_close(desk, unfinished))  # what the started session runs first, done here alone
        session.close()
        got = desk.book.get("key-never-sent")
        assert got.status == IntentStatus.FAILED and "not re-sent" in got.error
        assert receipts(sim, "key-never-sent") == 0
        row = stored(db, "key-never-sent")
        assert row is not None and row["status"] == "failed"
        assert json.loads(row["params"]) == {"kit_id": "kit-baker"}
    finally:
        sim.stop(signal.SIGKILL)
