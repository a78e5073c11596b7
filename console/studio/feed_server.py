"""The serving end of Studio Feed Protocol v1, whatever makes the live: the studio simulator (console/studio/server.py)
or the platform bridge (console/bridge). Starlette on uvicorn.

It streams events from an `EventLog` over a WebSocket with resume (`since`), gap notices and heartbeats, accepts
idempotent actions over HTTP (an Idempotency-Key answers the same action again, never a second one), journals
every accepted action, and offers fault injection for tests and rehearsals. What the live is, how it moves and
what an action does are the subclass's (`hello`, `live_ts`, `ended`, `snapshot`, `execute`, `run`).
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
import hashlib
import hmac
import json
import os
import socket
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, cast

import msgspec
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.websockets import WebSocket

from console import __version__
from console.protocol import wire as p
from console.studio.event_log import EventLog
from console.studio.rules import ActionRefused

#: Wall seconds within which the same action (kind and values) under another Idempotency-Key is the same intent: the
#: same button pressed on two operator seats, or one seat's press and an auto cue (docs/protocol.md, section 6.4)
COALESCE_S: Final = 2.0
_STARTS: Final[frozenset[type]] = frozenset({p.OfferStarted, p.SegmentChanged, p.KitLaunched})


class Journal:
    """Append-only JSON lines: a header, then one line per accepted action with the tick it was applied at."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
        if not self.path.exists():
            return None, []
        lines = [json.loads(line) for line in self.path.read_text().splitlines() if line.strip()]
        return (lines[0], lines[1:]) if lines else (None, [])

    def append(self, record: dict[str, Any]) -> None:
        with self.path.open("a") as f:
            f.write(json.dumps(record, separators=(",", ":")) + "\n")
            f.flush()
            os.fsync(f.fileno())


@dataclass(slots=True)
class _Accepted:
    fingerprint: str
    body: dict[str, Any]


@dataclass(slots=True)
class _Faults:
    """Injected misbehaviour of the action API: the next `fail_next` requests answer `status`; all wait `delay_s`."""

    fail_next: int = 0
    status: int = 500
    retry_after: float | None = None
    delay_s: float = 0.0


@dataclass(slots=True)
class _Receipt:
    count: int
    first_at: float  # wall clock, for tests that check what was on the console's disk before it arrived


class FeedServer(abc.ABC):
    """State and routes of one live's feed and actions API. Runs on one asyncio loop: no locks."""

    server_name = f"live-console/{__version__}"

    def __init__(self, token: str, *, buffer_events: int, heartbeat_s: float, journal: Journal | None,
                 accepted: list[dict[str, Any]]) -> None:
        """`accepted`: the journal's action records (a restart answers their keys as before)."""
        self.token, self.heartbeat_s, self.journal = token, heartbeat_s, journal
        self.log = EventLog(buffer_events)
        self.accepted: dict[str, _Accepted] = {}
        self._streams: set[WebSocket] = set()
        self._kicked: set[int] = set()  # ids of the streams an administrator removed
        self.stalled_until = 0.0
        self.faults = _Faults()
        self.receipts: dict[str, _Receipt] = {}  # every action request received, by Idempotency-Key
        # Tasks that live as long as the live is served, beside `run()`: the bus publisher (console/bus/publisher.py)
        self.companions: list[Callable[[], Coroutine[Any, Any, None]]] = []
        self.bus_status: Callable[[], dict[str, Any]] | None = None  # the publisher's, for /v1/state
        # Who fired each action (the Live-Console-Seat header), stamped on its start event as `by` (stamped())
        self.seats: dict[str, str] = {}
        # One action per intent across seats: the request fingerprint -> (monotonic time, key) of the action last
        # accepted for it, and a lock per fingerprint so that two seats' identical requests are judged one by one
        self._recent: dict[str, tuple[float, str]] = {}
        self._newest: dict[str, str] = {}  # kind -> fingerprint of the newest action of that kind executed
        self._judging: dict[str, asyncio.Lock] = {}
        for rec in accepted:
            self.accepted[rec["key"]] = _Accepted(rec["fingerprint"], rec["body"])
            if rec["body"].get("by"):
                self.seats[rec["body"]["action_id"]] = rec["body"]["by"]

    # ------------------------------------------------------------------ the live (the subclass's)
    @abc.abstractmethod
    def hello(self) -> p.Hello:
        """The hello a new stream gets first: the live's identity, clock and what its sources provide."""

    @abc.abstractmethod
    def live_ts(self) -> float:
        """The live's clock (docs/protocol.md, 3.3): what heartbeats and accepted actions carry."""

    @property
    @abc.abstractmethod
    def ended(self) -> bool:
        """The live is over: a stream that has sent everything closes with LIVE_ENDED."""

    @abc.abstractmethod
    def snapshot(self) -> dict[str, Any]:
        """GET /v1/state: what the live is now."""

    @abc.abstractmethod
    async def execute(self, kind: str, action_id: str, params: dict[str, Any]) -> dict[str, Any]:
        """Carry out an accepted action; its result goes into the answer. Raises ActionRefused."""

    def journal_position(self) -> dict[str, Any]:
        """Where in the live an action is taken, for its journal record (the simulator's tick)."""
        return {}

    @abc.abstractmethod
    async def run(self) -> None:
        """Make the live: append events to `self.log` (and publish) until it ends."""

    def describe(self, answer: dict[str, Any]) -> dict[str, Any]:
        """An accepted action as a lookup shows it now: its first answer, with what became of it since where the
        serving end knows more (the bridge's steps by hand: done or not done)."""
        return answer

    def extra_routes(self) -> list[Route]:
        """Routes of this kind of live only (the bridge's confirmation of a step done by hand)."""
        return []

    def stamped(self, ev: p.Event) -> p.Event:
        """The event as served: an action's start event carries the seat that fired the action (`by`), when one
        was named. Every subclass passes its events through here before they are numbered into the log."""
        if type(ev) in _STARTS and (seat := self.seats.get(cast(p.ActionEvent, ev).action_id)):
            return msgspec.structs.replace(ev, by=seat)
        return ev

    # ------------------------------------------------------------------ auth
    def authorized(self, header: str | None) -> bool:
        scheme, _, token = (header or "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(token.encode(), self.token.encode())

    # ------------------------------------------------------------------ websocket
    async def events(self, ws: WebSocket) -> None:
        await ws.accept()
        if not self.authorized(ws.headers.get("authorization")):
            await ws.close(p.CloseCode.UNAUTHORIZED, "missing or invalid bearer token")
            return
        try:
            since = int(ws.query_params.get("since", "0"))
            max_batch = int(ws.query_params.get("max_batch", "500"))
            if since < 0 or not 1 <= max_batch <= 10_000:
                raise ValueError
        except ValueError:
            await ws.close(p.CloseCode.BAD_REQUEST, "since must be an integer >= 0, max_batch 1..10000")
            return
        self._streams.add(ws)
        # Read concurrently: a client's close frame must be answered even while the stream waits for events.
        sender = asyncio.create_task(self._stream(ws, since, max_batch))
        reader = asyncio.create_task(_until_disconnect(ws))
        try:
            await asyncio.wait({sender, reader}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._streams.discard(ws)
            self._kicked.discard(id(ws))
            for task in (sender, reader):
                task.cancel()
            # a client that went away mid-send is routine, not an error
            await asyncio.gather(sender, reader, return_exceptions=True)

    async def _stream(self, ws: WebSocket, since: int, max_batch: int) -> None:
        log = self.log
        await ws.send_text(_json(self.hello()))
        cursor = since
        if log.first_seq and cursor < log.first_seq - 1:
            await ws.send_text(_json(p.Gap(from_seq=cursor + 1, to_seq=log.first_seq - 1,
                                           reason="evicted from the server's buffer")))
            cursor = log.first_seq - 1
        next_beat = time.monotonic() + self.heartbeat_s
        while True:
            if id(ws) in self._kicked:
                await ws.close(p.CloseCode.KICKED, "removed by the studio administrator")
                return
            if time.monotonic() < self.stalled_until:  # fault injection: socket open, nothing sent
                await asyncio.sleep(0.05)
                continue
            if log.first_seq and cursor < log.first_seq - 1:  # this client fell behind the buffer: say so
                await ws.send_text(_json(p.Gap(from_seq=cursor + 1, to_seq=log.first_seq - 1,
                                               reason="evicted while this client was behind")))
                cursor = log.first_seq - 1
            frames = log.slice(cursor, max_batch)
            if frames:
                text = frames[0] if max_batch == 1 else b"[" + b",".join(frames) + b"]"
                await ws.send_text(text.decode())
                cursor += len(frames)
                continue
            if self.ended and cursor >= log.last_seq:
                await ws.close(p.CloseCode.LIVE_ENDED, "the live has ended")
                return
            now = time.monotonic()
            if now >= next_beat:
                await ws.send_text(_json(p.Heartbeat(ts=self.live_ts(), last_seq=log.last_seq)))
                next_beat = now + self.heartbeat_s
            await log.wait(max(0.01, next_beat - now))

    # ------------------------------------------------------------------ http
    async def health(self, _request: Request) -> Response:
        return JSONResponse({"status": "ok", "protocol": p.PROTOCOL, "server": self.server_name})

    async def state(self, request: Request) -> Response:
        if not self.authorized(request.headers.get("authorization")):
            return error_response(401, "unauthorized", "missing or invalid bearer token", None)
        body = self.snapshot()
        if self.bus_status is not None:
            body["bus"] = self.bus_status()
        return JSONResponse(body)

    async def action(self, request: Request) -> Response:
        kind = request.path_params["kind"]
        if not self.authorized(request.headers.get("authorization")):
            return error_response(401, "unauthorized", "missing or invalid bearer token", None)
        route = {path: (name, req) for name, (path, req) in p.ACTION_ROUTES.items()}.get(kind)
        if route is None:
            return error_response(404, "not_found", f"no action {kind!r}", None)
        name, req_type = route
        key = request.headers.get("idempotency-key", "")
        receipt = self.receipts.setdefault(key, _Receipt(0, time.time()))
        receipt.count += 1
        body = await request.body()
        if self.faults.delay_s:  # received, then slow to process: the client may give up before the answer
            await asyncio.sleep(self.faults.delay_s)
        if self.faults.fail_next > 0:
            self.faults.fail_next -= 1
            headers = {"Retry-After": f"{self.faults.retry_after:g}"} if self.faults.retry_after is not None else None
            return JSONResponse({"error": {"code": "injected", "message": "injected failure", "field": None}},
                                status_code=self.faults.status, headers=headers)
        if not 1 <= len(key) <= 200:
            return error_response(400, "bad_request", "the Idempotency-Key header is required (1-200 characters)",
                          "Idempotency-Key")
        seat = request.headers.get(p.SEAT_HEADER)  # optional: a console of before seats names none
        try:
            by = p.seat_from_header(seat) if seat is not None else ""
        except ValueError as exc:
            return error_response(422, "invalid", f"{p.SEAT_HEADER}: {exc}", p.SEAT_HEADER)
        try:
            params = msgspec.json.decode(body, type=req_type)
        except msgspec.ValidationError as exc:
            field, problem = p.field_error(exc)
            return error_response(422, "invalid", f"{field}: {problem}" if field else problem, field or None)
        except msgspec.DecodeError:
            return error_response(422, "invalid", "the body is not valid JSON", "body")
        params_dict = msgspec.to_builtins(params)
        fingerprint = hashlib.sha256(name.encode() + msgspec.json.encode(params_dict)).hexdigest()
        async with self._judging.setdefault(fingerprint, asyncio.Lock()):
            return await self._judge(name, key, by, params_dict, fingerprint)

    async def _judge(self, name: str, key: str, by: str, params: dict[str, Any], fingerprint: str) -> Response:
        """A valid request: the same key answers as before; the same action another key had accepted less than
        COALESCE_S ago (the same button on two seats) answers that action; else it is executed."""
        previous = self.accepted.get(key)
        if previous is not None:
            if previous.fingerprint != fingerprint:
                return error_response(422, "idempotency_key_reused",
                              "this Idempotency-Key was already used for a different request", "Idempotency-Key")
            return JSONResponse(previous.body, status_code=200)
        at = self.journal_position()
        recent = self._recent.get(fingerprint)
        # Only while it is still the newest action of its kind: segment A, then B, then A again within the window is
        # a real third intent (back to A), not a repeat of the first
        if recent is not None and time.monotonic() - recent[0] < COALESCE_S and self._newest.get(name) == fingerprint:
            first_key = recent[1]
            reply = {**self.accepted[first_key].body, "coalesced": True}
            # journaled against the same action, so a retry of either key answers it, restart or not; `same_as`
            # tells a restarted server not to apply it again (console/studio/server.py)
            self._accept(key, fingerprint, reply, {**at, "kind": name, "params": params, "same_as": first_key})
            return JSONResponse(reply, status_code=200)
        action_id = "act-" + hashlib.blake2b(key.encode(), digest_size=8).hexdigest()
        if by:  # before executing: a serving end may put the start event on air within execute (the bridge)
            self.seats[action_id] = by
        try:
            result = await self.execute(name, action_id, params)
        except ActionRefused as exc:
            self.seats.pop(action_id, None)
            return JSONResponse(exc.body(), status_code=exc.status)
        reply = {"action_id": action_id, "kind": name, "status": "accepted", "params": params,
                 "accepted_at": self.live_ts(), "by": by, **result}
        self._accept(key, fingerprint, reply, {**at, "kind": name, "params": params})
        self._recent[fingerprint] = (time.monotonic(), key)
        self._newest[name] = fingerprint
        return JSONResponse(reply, status_code=201)

    def _accept(self, key: str, fingerprint: str, reply: dict[str, Any], record: dict[str, Any]) -> None:
        if self.journal:
            self.journal.append({**record, "key": key, "fingerprint": fingerprint, "body": reply})
        self.accepted[key] = _Accepted(fingerprint, reply)

    async def lookup_action(self, request: Request) -> Response:
        """Find an action by Idempotency-Key (?idempotency_key=) or by id: how a client reconciles an intent."""
        if not self.authorized(request.headers.get("authorization")):
            return error_response(401, "unauthorized", "missing or invalid bearer token", None)
        key = request.query_params.get("idempotency_key")
        action_id = request.path_params.get("action_id")
        if key is None and action_id is None:  # each action once, however many keys (seats) asked for it
            bodies = {acc.body["action_id"]: acc.body for acc in reversed(self.accepted.values())}
            return JSONResponse({"actions": [self.describe(b) for b in reversed(bodies.values())]})
        for k, acc in self.accepted.items():
            if (key is not None and k == key) or (action_id is not None and acc.body["action_id"] == action_id):
                return JSONResponse(self.describe(acc.body))
        return error_response(404, "not_found", "no action with that key or id", None)

    async def admin(self, request: Request) -> Response:
        """Fault injection for tests and rehearsals: kick every stream, or stall them with sockets open."""
        if not self.authorized(request.headers.get("authorization")):
            return error_response(401, "unauthorized", "missing or invalid bearer token", None)
        op = request.path_params["op"]
        if (op == "stats") != (request.method == "GET"):
            return error_response(405, "method_not_allowed", "stats is GET; kick, stall and faults are POST", None)
        if op == "kick":
            self._kicked.update(id(ws) for ws in self._streams)
            self.log.publish()
            return JSONResponse({"kicked": len(self._streams)})
        if op == "stall":
            try:
                seconds = float((await request.json())["seconds"])
                if not 0 <= seconds <= 3600:  # also refuses NaN and infinity
                    raise ValueError
            except (ValueError, KeyError, TypeError):
                return error_response(422, "invalid", "seconds: expected a number from 0 to 3600", "seconds")
            self.stalled_until = time.monotonic() + seconds
            return JSONResponse({"stalled_s": seconds})
        if op == "faults":
            try:
                body = await request.json()
                self.faults = _Faults(int(body.get("fail_next", 0)), int(body.get("status", 500)),
                                      body.get("retry_after"), float(body.get("delay_s", 0.0)))
            except (ValueError, TypeError, AttributeError):
                return error_response(422, "invalid", "expected {fail_next, status, retry_after, delay_s}", "body")
            return JSONResponse({"faults": msgspec.to_builtins(self.faults)})
        if op == "stats":
            return JSONResponse({"action_requests": {k: {"count": r.count, "first_at": r.first_at}
                                                     for k, r in self.receipts.items()},
                                 "actions": len(self.accepted), "streams": len(self._streams)})
        return error_response(404, "not_found", f"no admin operation {op!r}", None)

    def app(self) -> Starlette:
        @contextlib.asynccontextmanager
        async def lifespan(_app: Starlette) -> AsyncIterator[None]:
            tasks = [asyncio.create_task(self.run())] + [asyncio.create_task(c()) for c in self.companions]
            yield
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        return Starlette(
            routes=[
                Route("/v1/health", self.health),
                Route("/v1/state", self.state),
                Route("/v1/actions", self.lookup_action, methods=["GET"]),
                Route("/v1/actions/{action_id}", self.lookup_action, methods=["GET"]),
                Route("/v1/actions/{kind}", self.action, methods=["POST"]),
                Route("/v1/admin/{op}", self.admin, methods=["GET", "POST"]),
                WebSocketRoute("/v1/events", self.events),
                *self.extra_routes(),
            ],
            lifespan=lifespan,
        )


async def _until_disconnect(ws: WebSocket) -> None:
    while (await ws.receive())["type"] != "websocket.disconnect":
        pass  # clients have nothing to say on this stream; anything they send is ignored


def _json(msg: Any) -> str:
    return p.encode(msg).decode()


def error_response(status: int, code: str, message: str, field: str | None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, "field": field}}, status_code=status)


def bind(host: str, port: int) -> socket.socket:
    """Bind the listening socket ourselves, so port 0 gives a free port we can report before serving."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


async def serve(server: FeedServer, sock: socket.socket) -> None:
    """Serve until SIGINT/SIGTERM (uvicorn's own handlers shut down gracefully)."""
    config = uvicorn.Config(server.app(), log_level="warning", access_log=False, ws="websockets-sansio",
                            ws_max_size=64 * 1024, lifespan="on", timeout_graceful_shutdown=2)
    await uvicorn.Server(config).serve(sockets=[sock])
