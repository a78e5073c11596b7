"""Reliability: hostile input from a feed server. Each bad frame or element is kept aside with its reason and
counted; the good events around it are all kept; the console keeps running.

The server here is a test double of a hostile third-party server (not of our own protocol code): a tiny
websockets server that sends a scripted list of raw frames after a valid hello. On a reconnect it resumes the
scripted *events* after `since` (as any correct server would) but never repeats the junk.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from pytestqt.qtbot import QtBot
from websockets.asyncio.server import ServerConnection, serve

from console.live.health import FeedState
from console.protocol import wire as p
from console.services.feed_client import Backoff
from console.services.live_session import LiveSession, Tuning, open_live_session
from console.services.pipeline import LivePipeline

TOKEN = "hostile-test-token"
T0 = 1_800_000_000.0
HELLO = json.dumps({"type": "hello", "protocol": p.PROTOCOL, "live_id": "hostile", "title": "Hostile",
                    "started_at": T0, "time_scale": 1.0, "first_seq": 1, "last_seq": 0, "server": "hostile/1"})


def ev(seq: int, **extra: Any) -> dict[str, Any]:
    """A valid viewer_joined event (or another type with `extra`)."""
    base = {"type": "viewer_joined", "viewer_id": f"v-{seq}", "channel": "organic", "seq": seq, "ts": T0 + seq}
    return {**base, **extra}


def order(seq: int, amount: Any, price: Any = 10.0) -> dict[str, Any]:
    return {"type": "order_placed", "order_id": f"o-{seq}", "customer_id": "c-1", "channel": "paid",
            "new_customer": True, "items": [{"product_id": "P1", "quantity": 1, "unit_price": price}],
            "amount": amount, "seq": seq, "ts": T0 + seq}


@dataclass
class Frame:
    data: str | bytes
    text: bool = True  # a text frame (bytes sent as text are NOT validated as UTF-8 by the sender)
    max_seq: int = 0  # highest good seq it carries; 0 = junk, sent on the first connection only


@dataclass
class HostileServer:
    script: list[Frame]
    port: int = 0
    connections: int = 0
    sent_all: threading.Event = field(default_factory=threading.Event)
    _loop: asyncio.AbstractEventLoop | None = None
    _stop: asyncio.Event | None = None

    async def _handler(self, ws: ServerConnection) -> None:
        assert ws.request is not None
        if ws.request.headers.get("Authorization") != f"Bearer {TOKEN}":
            await ws.close(4001, "bad token")
            return
        self.connections += 1
        first = self.connections == 1
        since = int(parse_qs(urlsplit(ws.request.path).query).get("since", ["0"])[0])
        await ws.send(HELLO)
        for frame in self.script:
            if (frame.max_seq == 0 and not first) or (frame.max_seq and frame.max_seq <= since):
                continue
            await ws.send(frame.data, text=frame.text)
        self.sent_all.set()
        await ws.wait_closed()

    async def _main(self, ready: threading.Event) -> None:
        self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
        async with serve(self._handler, "127.0.0.1", 0, max_size=None) as server:
            self.port = next(iter(server.sockets)).getsockname()[1]
            ready.set()
            await self._stop.wait()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/v1/events"

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)


@pytest.fixture
def hostile() -> Iterator[Any]:
    made: list[tuple[HostileServer, threading.Thread]] = []

    def start(script: list[Frame]) -> HostileServer:
        server = HostileServer(script)
        ready = threading.Event()
        thread = threading.Thread(target=lambda: asyncio.run(server._main(ready)), daemon=True)
        thread.start()
        assert ready.wait(10)
        made.append((server, thread))
        return server

    yield start
    for server, thread in made:
        server.stop()
        thread.join(10)


FAST_BACKOFF = Backoff(0.05, 0.2)


@pytest.fixture
def pipelines() -> Iterator[list[LiveSession]]:
    made: list[LiveSession] = []
    yield made
    for session in made:
        session.close()


def start_pipeline(made: list[LiveSession], url: str, backoff: Backoff = FAST_BACKOFF,
                   session_path: Path | None = None) -> LivePipeline:
    """A live session on the hostile server (no plan, no actions), recording into `session_path` if given."""
    session = open_live_session(url, TOKEN, None, session_path=session_path, tuning=Tuning(backoff=backoff))
    made.append(session)
    session.start()
    return session.pipeline


def good(seqs: range | list[int]) -> Frame:
    return Frame(json.dumps([ev(s) for s in seqs]), max_seq=max(seqs))


def junk(data: str | bytes, text: bool = True) -> Frame:
    return Frame(data, text=text)


# (name, frame built for the next seq, seqs it uses, text its reason must hold, elements it rejects); each sits
# between good events. A bad element with a readable seq uses that seq up (docs/protocol.md 3.7).
BadFrame = tuple[str, Callable[[int], Frame], int, str, int]
BAD_FRAMES: list[BadFrame] = [
    ("invalid JSON", lambda _s: junk('[{"type": "viewer_joined", "seq": '), 0, "invalid JSON", 1),
    ("invalid UTF-8 outside strings (binary frame)", lambda _s: junk(b"[1,\xff]", text=False), 0, "invalid UTF-8", 1),
    ("wrong type of a field", lambda s: junk(json.dumps([ev(s, channel=7)])), 1, "channel: expected `str`", 1),
    ("missing field", lambda s: junk(json.dumps([{"type": "viewer_joined", "channel": "paid", "seq": s,
                                                  "ts": T0 + s}])), 1, "viewer_id: missing", 1),
    ("missing type", lambda s: junk(json.dumps([{"seq": s, "ts": T0 + s}])), 1, "type: missing", 1),
    ("unknown event type", lambda s: junk(json.dumps([{"type": "poll_started", "seq": s, "ts": T0 + s}])), 1,
     "unknown event type 'poll_started'", 1),
    ("NaN amount (bare NaN)", lambda s: junk(f'[{{"type":"ad_spend","amount":NaN,"seq":{s},"ts":{T0 + s!r}}}]'),
     0, "invalid JSON", 1),
    ("NaN amount (as a string)", lambda s: junk(json.dumps([{"type": "ad_spend", "amount": "NaN", "seq": s,
                                                             "ts": T0 + s}])), 1, "amount: expected `float`", 1),
    ("negative amount", lambda s: junk(json.dumps([order(s, -5.0, -5.0)])), 1, "unit_price: expected `float` >= 0", 1),
    ("amount not the sum of items", lambda s: junk(json.dumps([order(s, 99.0)])), 1, "amount: 99.0 does not equal",
     1),
    ("elements that are not objects", lambda _s: junk("[1, 2]"), 0, "expected a JSON object", 2),
    ("a bad element inside a good batch", lambda s: Frame(json.dumps([ev(s), ev(s + 1, channel="tv"), ev(s + 2)]),
                                                           max_seq=s + 2), 3, "channel", 1),
]


def test_every_bad_frame_is_rejected_with_its_reason_and_good_events_kept(
        qtbot: QtBot, hostile: Any, pipelines: list[LiveSession], tmp_path: Path) -> None:
    script: list[Frame] = []
    good_seqs: list[int] = []
    seq = 0
    for name, make, uses, _reason, _n in BAD_FRAMES:
        script.append(good(range(seq + 1, seq + 4)))
        good_seqs += range(seq + 1, seq + 4)
        seq += 3
        script.append(make(seq + 1))
        if name.startswith("a bad element inside"):
            good_seqs += [seq + 1, seq + 3]
        seq += uses
    script.append(good(range(seq + 1, seq + 4)))
    good_seqs += range(seq + 1, seq + 4)
    seq += 3
    server = hostile(script)
    pipe = start_pipeline(pipelines, server.url, session_path=tmp_path / "s.db")
    expected_rejects = sum(n for *_, n in BAD_FRAMES)
    qtbot.waitUntil(lambda: pipe.latest()[1].last_seq == seq and pipe.latest()[1].rejected == expected_rejects,
                    timeout=10_000)
    health = pipe.latest()[1]
    assert health.state == FeedState.LIVE  # the console keeps running, on the same connection
    assert pipe.client is not None and pipe.client.connects == 1
    assert health.gaps == () and health.duplicates == 0  # a rejected seq is delivered, not a hole
    assert pipe.ingest.engine.snapshot().views == len(good_seqs)  # every good viewer_joined counted, once
    pipelines[-1].close()
    with sqlite3.connect(tmp_path / "s.db") as conn:
        assert [r[0] for r in conn.execute("SELECT seq FROM events ORDER BY seq")] == good_seqs
        reasons = [r[0] for r in conn.execute("SELECT reason FROM rejected ORDER BY id")]
    wanted = [reason for _, _, _, reason, n in BAD_FRAMES for _ in range(n)]
    assert len(reasons) == len(wanted)
    for got, want in zip(reasons, wanted, strict=True):
        assert want in got, (got, want)


def test_invalid_utf8_inside_a_string_is_rejected_not_fatal(
        qtbot: QtBot, hostile: Any, pipelines: list[LiveSession]) -> None:
    server = hostile([good(range(1, 4)), junk(b'[{"type":"chat_message","text":"\xff"}]', text=False),
                      good(range(4, 7))])
    pipe = start_pipeline(pipelines, server.url)
    qtbot.waitUntil(lambda: pipe.latest()[1].last_seq == 6 and pipe.latest()[1].rejected == 1, timeout=5_000)


def test_seq_going_backwards_or_repeating_is_counted_once_and_shown(
        qtbot: QtBot, hostile: Any, pipelines: list[LiveSession]) -> None:
    # 1..5, then 3 again (backwards), 5 again (repeat), then a repeat with *different* content, then 6..8
    script = [good(range(1, 6)), junk(json.dumps([ev(3)])), junk(json.dumps(ev(5))),
              junk(json.dumps([ev(4, viewer_id="someone-else")])), good(range(6, 9))]
    server = hostile(script)
    pipe = start_pipeline(pipelines, server.url)
    qtbot.waitUntil(lambda: pipe.latest()[1].last_seq == 8 and pipe.latest()[1].duplicates == 3, timeout=10_000)
    assert pipe.ingest.engine.snapshot().views == 8
    assert pipe.latest()[1].state == FeedState.LIVE


def test_a_frame_over_the_size_limit_is_rejected_and_the_feed_goes_on(
        qtbot: QtBot, hostile: Any, pipelines: list[LiveSession]) -> None:
    big = '[{"type":"chat_message","text":"' + "x" * p.MAX_FRAME_BYTES + '"}]'
    server = hostile([good(range(1, 4)), junk(big), good(range(4, 7))])
    pipe = start_pipeline(pipelines, server.url)
    qtbot.waitUntil(lambda: pipe.latest()[1].last_seq == 6 and pipe.latest()[1].rejected == 1, timeout=10_000)
    assert pipe.ingest.engine.snapshot().views == 6
    assert pipe.client is not None and pipe.client.connects == 1  # rejected, not a dropped connection


def test_invalid_utf8_in_a_text_frame_costs_the_connection_not_the_events(
        qtbot: QtBot, hostile: Any, pipelines: list[LiveSession]) -> None:
    # The WebSocket layer itself refuses a text frame that is not UTF-8 (close 1007) before our decoder sees
    # it: the console reconnects, resumes after seq 3 and loses nothing.
    server = hostile([good(range(1, 4)), junk(b'[{"type":"chat_message","text":"\xff"}]'), good(range(4, 7))])
    pipe = start_pipeline(pipelines, server.url)
    qtbot.waitUntil(lambda: pipe.latest()[1].last_seq == 6 and pipe.latest()[1].state == FeedState.LIVE,
                    timeout=10_000)
    assert pipe.ingest.engine.snapshot().views == 6
    assert pipe.latest()[1].duplicates == 0 and pipe.latest()[1].gaps == ()


def test_a_flood_of_tiny_junk_frames_is_counted_and_the_console_keeps_up(
        qtbot: QtBot, hostile: Any, pipelines: list[LiveSession]) -> None:
    flood = 20_000
    script = [good(range(1, 4)), *(junk("{}") for _ in range(flood // 2)), *(junk("1") for _ in range(flood // 2)),
              good(range(4, 7))]
    server = hostile(script)
    started = time.monotonic()
    pipe = start_pipeline(pipelines, server.url)
    qtbot.waitUntil(lambda: pipe.latest()[1].last_seq == 6 and pipe.latest()[1].rejected == flood, timeout=30_000)
    elapsed = time.monotonic() - started
    assert pipe.ingest.engine.snapshot().views == 6
    assert pipe.latest()[1].state == FeedState.LIVE
    assert elapsed < 20, f"{flood} junk frames took {elapsed:.1f} s"


def test_a_frame_the_console_fails_on_is_never_blamed_on_the_url(qtbot: QtBot, hostile: Any,
                                                               pipelines: list[LiveSession]) -> None:
    """Whatever the decoder does with the frame above (finding 3), the operator is told the truth: before the fix
    in feed_client.py the feed stopped for good with 'the feed URL is not a usable ws:// or wss:// URL'."""
    server = hostile([good(range(1, 4)), junk(b'[{"type":"chat_message","text":"\xff"}]', text=False)])
    pipe = start_pipeline(pipelines, server.url)
    qtbot.waitUntil(lambda: server.sent_all.is_set() and pipe.latest()[1].last_seq == 3, timeout=5_000)
    qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.STOPPED or pipe.latest()[1].rejected == 1,
                    timeout=5_000)
    health = pipe.latest()[1]
    assert "URL" not in health.reason
    if health.state == FeedState.STOPPED:  # decoder not fixed yet: an honest internal error
        assert "internal error" in health.reason and "could not be processed" in health.reason


def test_a_frame_over_twice_the_limit_costs_the_connection_says_why_and_loses_nothing(
        qtbot: QtBot, hostile: Any, pipelines: list[LiveSession]) -> None:
    huge = '"' + "x" * (2 * p.MAX_FRAME_BYTES + 1) + '"'
    server = hostile([good(range(1, 4)), junk(huge), good(range(4, 7))])
    pipe = start_pipeline(pipelines, server.url, backoff=Backoff(1.0, 1.0, jitter=0.0))
    qtbot.waitUntil(lambda: pipe.latest()[1].state == FeedState.RECONNECTING, timeout=10_000)
    assert "refused unread" in pipe.latest()[1].reason  # not a bare "connection lost"
    qtbot.waitUntil(lambda: pipe.latest()[1].last_seq == 6, timeout=10_000)  # resumed after seq 3
    assert pipe.ingest.engine.snapshot().views == 6
    assert pipe.latest()[1].duplicates == 0 and pipe.latest()[1].gaps == ()
