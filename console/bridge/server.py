"""The platform bridge's server: real platforms' messages, merged into one Studio Feed Protocol v1 live and served
exactly as the simulator serves its own (console/studio/feed_server.py: same endpoints, resume, journal, actions).

Sources (a capture file today; TikTok LIVE and a Shopify shop through the same door) each yield event drafts
(console/bridge/tiktok_map.py `Draft`: an event without its seq). The bridge numbers the merged stream: `seq` in
the order drafts reach it, `ts` never going back (a late message is stamped with the latest time seen), and
journals every event before anyone can see it, so a restarted bridge serves the same seqs and its sources carry on
from where they were (`cursor`). The journal is NDJSON: a header with the live's identity, then one line per event:
`{"seq", "event", "source", "cursor"}`.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final, Protocol

import msgspec
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from console import __version__
from console.bridge.manual import CONFIRM_PATH, DECLINE_PATH, ManualSteps
from console.bridge.shopify import Emitted
from console.bridge.shopify_actions import ShopifyFlashOffers
from console.bridge.tiktok_map import Draft
from console.i18n import translate
from console.protocol import wire as p
from console.studio.feed_server import FeedServer, Journal, error_response
from console.studio.rules import ActionRefused

SERVER_NAME = f"live-console-bridge/{__version__}"
ALWAYS: frozenset[str] = frozenset({"live_started", "live_ended"})  # the bridge itself says when the live runs


Emit = Callable[[Sequence["Draft | p.Event | Emitted"], Any], None]


class Source(Protocol):
    """One platform feeding the live. `provides`: the event types it can produce (hello.provides); `not_mapped`:
    what it received and turned into no event, by method or topic."""

    name: str
    provides: frozenset[str]

    @property
    def not_mapped(self) -> Mapping[str, int]: ...

    async def run(self, resumed: Sequence[Any], emit: Emit) -> None:
        """Feed the live until the source ends. `emit(drafts, cursor)` numbers, journals and serves the drafts of one
        platform message before it returns (a webhook can answer 200 once it has); `cursor` (JSON) is what the
        source needs to carry on after a restart, and `resumed` every cursor it emitted before, in order (a capture
        needs the last; a shop's deduplication needs them all)."""
        ...


@dataclass(frozen=True, slots=True)
class BridgeConfig:
    live_id: str
    title: str
    token: str
    currency: str = "EUR"
    time_scale: float = 1.0  # a capture replayed faster announces it, as the simulator does
    buffer_events: int = 2_000_000
    heartbeat_s: float = 2.0
    journal: Path | None = None


@dataclass(slots=True)
class _State:
    started_at: float
    last_ts: float = 0.0
    seq: int = 0
    ended: bool = False
    cursors: dict[str, list[Any]] = field(default_factory=dict)  # every cursor each source emitted, in order
    by_type: dict[str, int] = field(default_factory=dict)


class EventJournal:
    """The bridge's events as it served them, one line each, fsynced in batches before they are published."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None  # kept open: opening it per append cost more than the write

    def load(self) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
        """The header and the records. A last line cut short (the bridge killed while writing it) is dropped: its
        events were never served, since a batch is served only once its write has returned."""
        if not self.path.exists():
            return None, []
        raw = [line for line in self.path.read_text().splitlines() if line.strip()]
        lines = []
        for i, line in enumerate(raw):
            try:
                lines.append(json.loads(line))
            except ValueError:
                if i != len(raw) - 1:
                    raise ValueError(translate("Bridge", "{path}:{line}: not a journal record (the journal is "
                                               "damaged)").format(path=self.path, line=i + 1)) from None
        return (lines[0], lines[1:]) if lines else (None, [])

    def append(self, records: Sequence[dict[str, Any]]) -> None:
        """One write and one fsync for the records of one `emit` (a source behind schedule hands many messages
        over at once: the fsync, not the write, is what a record costs)."""
        if self._file is None:
            self._file = self.path.open("a")
        f = self._file
        f.write("".join(json.dumps(r, separators=(",", ":")) + "\n" for r in records))
        f.flush()
        os.fsync(f.fileno())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


class BridgeServer(FeedServer):
    server_name = SERVER_NAME

    def __init__(self, config: BridgeConfig, sources: Sequence[Source], now: float | None = None,
                 manual: ManualSteps | None = None, offers: ShopifyFlashOffers | None = None) -> None:
        """`manual`: the steps by hand for the actions no platform API takes (None without a plan); `offers`: a
        shop's flash offers as automatic discounts (None: flash offers are steps by hand too)."""
        self.config, self.sources, self.manual, self.offers = config, list(sources), manual, offers
        events_path = config.journal
        self.events_journal = EventJournal(events_path) if events_path is not None else None
        header, records = self.events_journal.load() if self.events_journal else (None, [])
        identity = {"live_id": config.live_id, "sources": sorted(s.name for s in sources)}
        if header and any(header.get(k) != v for k, v in identity.items()):
            raise ValueError(translate("Studio", "journal {path} was written for {theirs}, not {ours}: the same seqs "
                                       "would carry different events").format(
                path=events_path, theirs={k: header.get(k) for k in identity}, ours=identity))
        # The actions' own journal beside the events' (FeedServer answers a repeated Idempotency-Key from it).
        actions = Journal(events_path.with_suffix(".actions.ndjson")) if events_path is not None else None
        actions_header, accepted = actions.load() if actions else (None, [])
        if actions is not None and actions_header is None:  # its first line is a header, as the simulator's
            actions.append({**identity, "journal": "actions"})
        super().__init__(config.token, buffer_events=config.buffer_events, heartbeat_s=config.heartbeat_s,
                         journal=actions, accepted=[r for r in accepted if "key" in r])
        if manual is not None:  # the steps answered before a restart, and what the operator confirmed of them
            for rec in accepted:
                if "key" in rec and rec["body"].get("status") == "manual":
                    manual.record(rec["kind"], rec["body"]["action_id"], rec["params"])
                elif "confirm" in rec:
                    manual.confirm(rec["confirm"], rec["at"])
                elif "decline" in rec:
                    manual.decline(rec["decline"], rec.get("reason", ""), rec["at"])
        started = float(header["started_at"]) if header else (now if now is not None else time.time())
        self.now = _State(started_at=started)  # where the live is (`state` is FeedServer's route)
        self.not_mapped: dict[str, int] = {}
        self.refused: dict[str, int] = {}  # drafts the protocol refuses (a source's fault), by source, type, reason
        self._ended = asyncio.Event()
        for rec in records:  # a restart: the same seqs, the sources carry on after their cursors
            self._restore(rec)
        if self.events_journal and header is None:
            self.events_journal.append([{**identity, "started_at": started, "protocol": p.PROTOCOL}])
        if self.now.seq == 0:
            self._publish([p.LiveStarted(seq=1, ts=started, live_id=config.live_id, title=config.title,
                                         time_scale=config.time_scale, currency=config.currency)], "bridge", None)
        if self.events_journal is not None:
            self.events_journal.close()  # reopened by the live's first event: a server never run holds no file

    # ------------------------------------------------------------------ the live
    @property
    def provides(self) -> list[str]:
        return sorted(ALWAYS.union(*(s.provides for s in self.sources)))

    def hello(self) -> p.Hello:
        log = self.log
        return p.Hello(protocol=p.PROTOCOL, live_id=self.config.live_id, title=self.config.title,
                       started_at=self.now.started_at, time_scale=self.config.time_scale,
                       first_seq=log.first_seq, last_seq=log.last_seq, server=SERVER_NAME, provides=self.provides)

    def live_ts(self) -> float:
        """The live's clock, as the protocol defines it (docs/protocol.md, 3.3): live time runs at `time_scale` live
        seconds a wall second from the start, never behind the last event served. Heartbeats carry it, so a quiet
        feed (a shop's webhooks between orders) reads as current; it read as the last event's time, and the console
        showed "CATCHING UP · numbers 40 s old" whenever no one was buying. Actions and confirmations are stamped
        with it: a step by hand confirmed now goes on the charts now."""
        st = self.now
        return max(st.last_ts, st.started_at + (time.time() - st.started_at) * self.config.time_scale)

    @property
    def ended(self) -> bool:
        return self.now.ended

    def snapshot(self) -> dict[str, Any]:
        return {"protocol": p.PROTOCOL, "live_id": self.config.live_id, "title": self.config.title,
                "status": "ended" if self.ended else "live", "started_at": self.now.started_at,
                "time_scale": self.config.time_scale, "now_ts": self.live_ts(), "last_seq": self.log.last_seq,
                "first_seq": self.log.first_seq, "currency": self.config.currency, "provides": self.provides,
                "sources": [s.name for s in self.sources], "events_by_type": dict(self.now.by_type),
                # read from the sources now: a source counts what it kept out after handing over the events
                "not_mapped": {**self.not_mapped, **{f"{s.name}:{k}": v for s in self.sources
                                                     for k, v in s.not_mapped.items()}},
                "refused": dict(self.refused),
                # what a source cannot do now (the shop's API refusing the token, unreachable): it keeps trying
                "problems": {s.name: problem for s in self.sources if (problem := getattr(s, "problem", ""))}}

    async def execute(self, kind: str, action_id: str, params: dict[str, Any]) -> dict[str, Any]:
        """What no platform API can do is a step by hand (console/bridge/manual.py): answered "manual", on the charts
        only once the operator confirms it (POST /v1/actions/{action_id}/confirm)."""
        if kind == "flash_offer" and self.offers is not None:
            done = await self.offers.start(action_id, params["product_id"], params["discount_pct"],
                                           params["duration_s"])
            self._publish(list(done.events), "actions", None)
            return done.details
        if self.manual is None:
            raise ActionRefused(501, "not_executable", translate(
                "Bridge", "the bridge has no plan to describe a {kind} by: do it by hand in the platform's app (start "
                "the bridge with --plan)").format(kind=kind.replace("_", " ")), None)
        done = self.manual.record(kind, action_id, params)
        self._publish(list(done.events), "actions", None)
        return done.details

    def extra_routes(self) -> list[Route]:
        return [Route(CONFIRM_PATH, self.confirm, methods=["POST"]),
                Route(DECLINE_PATH, self.decline, methods=["POST"])]

    def describe(self, answer: dict[str, Any]) -> dict[str, Any]:
        """A step by hand as it stands now (a console that restarts learns whether the operator confirmed it)."""
        action = self.manual.actions.get(answer.get("action_id", "")) if self.manual is not None else None
        return {**answer, **action.answer()} if action is not None else answer

    async def decline(self, request: Request) -> Response:
        """The operator did not do a step by hand (body: {"reason": "..."}, optional): recorded, never on air."""
        if not self.authorized(request.headers.get("authorization")):
            return error_response(401, "unauthorized", "missing or invalid bearer token", None)
        if self.manual is None:
            return error_response(404, "not_found", "no step by hand to decline: the bridge has no plan", None)
        action_id = request.path_params["action_id"]
        body = await request.body()
        try:
            given = json.loads(body) if body.strip() else {}
        except ValueError:
            return error_response(422, "invalid", "the body is not valid JSON", "body")
        reason = given.get("reason", "") if isinstance(given, dict) else None
        if not isinstance(reason, str):
            return error_response(422, "invalid", "reason: expected a string", "reason")
        before = self.manual.actions.get(action_id)
        was_to_do = before is not None and before.state == "to_do"
        try:
            done = self.manual.decline(action_id, reason, self.live_ts())
        except ActionRefused as exc:
            return JSONResponse(exc.body(), status_code=exc.status)
        if was_to_do and self.journal is not None:
            self.journal.append({"decline": action_id, "at": done.details["settled_at"],
                                 "reason": done.details.get("reason", "")})
        return JSONResponse(done.details)

    async def confirm(self, request: Request) -> Response:
        """The operator did a step by hand: its event goes on air (and on the charts) now, journaled."""
        if not self.authorized(request.headers.get("authorization")):
            return error_response(401, "unauthorized", "missing or invalid bearer token", None)
        if self.manual is None:
            return error_response(404, "not_found", "no step by hand to confirm: the bridge has no plan", None)
        action_id = request.path_params["action_id"]
        if self.now.ended:  # nothing goes on air after the end: "done" now would be a mark on no chart
            return error_response(409, "live_ended", "the live has ended: a step done now is not on air", None)
        try:
            done = self.manual.confirm(action_id, self.live_ts())
        except ActionRefused as exc:
            return JSONResponse(exc.body(), status_code=exc.status)
        if done.events and self.journal is not None:
            self.journal.append({"confirm": action_id, "at": done.events[0].ts})
        self._publish(list(done.events), "actions", None)
        return JSONResponse(done.details)

    async def run(self) -> None:
        """Every source until they all end or one ends the live (the video platform's live end: the shop's
        webhooks then stop too), merged; then the live ends, unless a source said so first. Cancelled (the bridge
        stopped mid-live), the live is not ended: a restart with the journal carries it on."""
        try:
            await self._run()
        finally:
            if self.events_journal is not None:
                self.events_journal.close()

    async def _run(self) -> None:
        if not self.now.ended:
            tasks: set[asyncio.Task[Any]] = {asyncio.create_task(self._pump(s)) for s in self.sources}
            expiries = asyncio.create_task(self._expire_offers())
            ended: asyncio.Task[Any] = asyncio.create_task(self._ended.wait())
            try:
                while tasks - {ended} and not self.now.ended:
                    done, _ = await asyncio.wait(tasks | {ended}, return_when=asyncio.FIRST_COMPLETED)
                    for task in done - {ended}:
                        tasks.discard(task)
                        task.result()  # a source that failed says so, loudly
            finally:
                for task in (*tasks, ended, expiries):
                    task.cancel()
                await asyncio.gather(*tasks, ended, expiries, return_exceptions=True)
        if self.offers is not None:  # the live is over: its discounts end with it
            events, _failed = await self.offers.end_all("live_ended")
            self._publish(events, "actions", None)
        if not self.now.ended:
            self._publish([p.LiveEnded(seq=1, ts=self.live_ts(), live_id=self.config.live_id)], "bridge", None)
        self.log.publish()

    async def _pump(self, source: Source) -> None:
        def emit(drafts: Sequence[Draft | p.Event | Emitted], cursor: Any) -> None:
            if self.now.ended:
                return
            events: list[p.Event | Emitted] = []
            for draft in drafts:
                if not isinstance(draft, Draft):  # a source that builds protocol events itself (the shop's)
                    events.append(draft)
                    continue
                try:
                    events.append(_event(draft))
                except msgspec.ValidationError as exc:  # kept aside with the reason, never served, never fatal
                    why = f"{source.name}:{draft.type}: {exc}"
                    self.refused[why] = self.refused.get(why, 0) + 1
            self._publish(events, source.name, cursor)
            self.not_mapped.update({f"{source.name}:{k}": v for k, v in source.not_mapped.items()})

        await source.run(list(self.now.cursors.get(source.name, [])), emit)

    async def _expire_offers(self) -> None:
        """Offers (a shop's discounts, confirmed steps by hand) end at their time: `offer_ended` on air then."""
        while True:
            await asyncio.sleep(1.0)
            now = self.live_ts()
            ended = [*(self.offers.expire_due(now) if self.offers else []),
                     *(self.manual.expire_due(now) if self.manual else [])]
            if ended:
                self._publish(ended, "actions", None)

    # ------------------------------------------------------------------ numbering and journal
    def _publish(self, events: Sequence[p.Event | Emitted], source: str, cursor: Any) -> None:
        """Number, journal and serve. An `Emitted` brings additive v1 fields to send beside its event (the shop's
        `channel_basis`, `unmapped_products`...: docs/bridge.md); the event's own fields win over them."""
        st, records = self.now, []
        numbered: list[tuple[p.Event, bytes]] = []
        for item in events:
            if st.ended:
                break
            draft, extra = (item.event, dict(item.extra)) if isinstance(item, Emitted) else (item, {})
            st.seq += 1
            st.last_ts = max(st.last_ts, draft.ts, st.started_at)
            ev = self.stamped(msgspec.structs.replace(draft, seq=st.seq, ts=st.last_ts))
            numbered.append((ev, _wire(ev, extra)))
            record = {"seq": st.seq, "event": msgspec.to_builtins(ev), "source": source, "cursor": cursor}
            records.append({**record, "extra": extra} if extra else record)
            st.ended = st.ended or isinstance(ev, p.LiveEnded)
        if st.ended:
            self._ended.set()
        if cursor is not None:
            st.cursors.setdefault(source, []).append(cursor)
            if not records:  # a message that mapped to nothing still moves the source on
                records.append({"seq": None, "source": source, "cursor": cursor})
        if self.events_journal is not None and records:
            self.events_journal.append(records)  # on disk before any client can see it
        for ev, wire in numbered:
            self.log.append(ev.seq, wire)
            _count(st.by_type, ev)
        if numbered:
            self.log.publish()

    def _restore(self, rec: dict[str, Any]) -> None:
        st = self.now
        if rec.get("cursor") is not None:
            st.cursors.setdefault(rec["source"], []).append(rec["cursor"])
        if rec.get("seq") is None:
            return
        ev: p.Event = msgspec.convert(rec["event"], p.Event)
        st.seq, st.last_ts = ev.seq, max(st.last_ts, ev.ts)
        st.ended = st.ended or isinstance(ev, p.LiveEnded)
        self.log.append(ev.seq, _wire(ev, rec.get("extra") or {}))
        _count(st.by_type, ev)


def _wire(ev: p.Event, extra: Mapping[str, Any]) -> bytes:
    """The event as served: its protocol fields, and the additive ones beside them (never in their place)."""
    return msgspec.json.encode({**extra, **msgspec.to_builtins(ev)}) if extra else p.encode(ev)


_EVENT: Final = msgspec.json.Decoder(p.Event)  # built once: msgspec.convert rebuilt the union's plan every call


def _event(draft: Draft) -> p.Event:
    """A draft as a protocol event (seq 1 until the bridge numbers it); a draft the protocol refuses raises
    msgspec.ValidationError (30 us a draft through msgspec.convert, under 1 us through a kept decoder)."""
    ev: p.Event = _EVENT.decode(msgspec.json.encode(draft.to_wire(1)))
    return ev


def _count(by_type: dict[str, int], ev: p.Event) -> None:
    tag = p.event_type(ev)
    by_type[tag] = by_type.get(tag, 0) + 1
