"""Every live on the bus, followed for the studio wall (docs/wall.md).

A thread with its own asyncio loop (as the pipeline has: the GUI thread never waits on the network) watches the
registry of lives (console/bus/registry.py) and follows each live on air with one headless live session: its own
session file in the wall's folder, the advisor when the registry carries the live's plan, no action desk (the wall
fires nothing). A live that ends is closed (its file final, ready for its report) and kept as a finished card.

The GUI thread reads `cards()` and `status()`: references replaced whole by the watching thread, so a read needs no
lock and never waits; a card's `latest()` and `board()` are the session's own reference reads.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final, TypeVar

import nats.errors
import nats.js.errors

from console.advisor.model import AdviceRecord
from console.bus.address import BusAddress, BusAddressError, BusCredentials, connect_bus, refused_credentials
from console.bus.registry import LiveEntry, lives_bucket, watch_entries
from console.i18n import translate
from console.kpi.snapshot import KpiSnapshot
from console.live.health import FeedHealth, FeedState
from console.live.wording import secs
from console.plan.model import Plan, PlanError, parse_plan
from console.services.live_session import CONSOLE_TUNING, LiveSession, Tuning, open_live_session
from console.session.file import SessionFileError, file_safe

#: a live that ended longer ago than this is not brought back onto the wall (yesterday's lives are the library's)
FINISHED_SHOWN_S: Final = 12 * 3600.0
#: a registry entry still "on air" but not refreshed for this long: its producer died long ago, nobody is on air
ABANDONED_S: Final = 12 * 3600.0
CHECK_EVERY_S: Final = 0.5  # how soon a live that ended is closed and moved to the finished row
RETRY_S: Final = (0.5, 1.0, 2.0, 4.0, 8.0)
CONNECT_WITHIN_S: Final = 6.0

Latest = tuple[KpiSnapshot | None, FeedHealth]
T = TypeVar("T")


def _no_advice() -> tuple[AdviceRecord, ...]:
    return ()


def _fixed(value: T) -> Callable[[], T]:
    """A reader that always gives `value` (a live not followed yet, or finished: its figures no longer change)."""
    return lambda: value


# The wall reads its lives on a 100 ms timer: their snapshots at the console's 20 Hz would be half wasted, five
# lives' worth of work on the wall's GIL (docs/performance.md).
WALL_TUNING = replace(CONSOLE_TUNING, snapshot_every_s=0.1)


@dataclass(frozen=True, slots=True)
class LiveCard:
    """One live as the wall knows it now; replaced whole when anything about it changes."""

    live_id: str
    title: str
    currency: str
    feed_url: str  # the live on the bus, as a console opens it: nats://HOST:PORT/LIVE_ID
    plan: Plan | None
    plan_toml: str  # as its producer registered it ("" when none)
    latest: Callable[[], Latest]  # the session's latest (snapshot, health): a reference read
    board: Callable[[], tuple[AdviceRecord, ...]] = _no_advice
    session_path: Path | None = None  # the wall's own session file of this live
    plan_problem: str = ""  # the registry's plan could not be read: followed without it
    problem: str = ""  # the live could not be followed (its session file cannot be opened)
    finished: bool = False  # ended, and its session closed: the file is final
    ended_at: float = 0.0  # wall time the wall saw it end


def session_file(folder: Path, live_id: str, started_at: float | None) -> Path:
    """The wall's session file of a live: `DATE_LIVEID.wall.db`, the date the live started (today when not known).
    One name per live, so a wall restarted mid-live carries on in the same file; `.wall` keeps it apart from a
    console's own file of the same live should both share a folder."""
    day = dt.date.fromtimestamp(started_at) if started_at else dt.date.today()
    return folder / f"{day.isoformat()}_{file_safe(live_id)}.wall.db"


@dataclass(slots=True)
class _Followed:
    entry: LiveEntry
    card: LiveCard
    session: LiveSession | None = None
    closing: bool = False


@dataclass(slots=True)
class _Status:
    text: str = field(default_factory=lambda: translate("WallStatus", "connecting to the bus…"))
    ok: bool = False
    since: float = field(default_factory=time.time)


class WallLives:
    """Discovers the lives on the bus at `address` and follows them; `start()`, then `cards()` from any thread."""

    def __init__(self, address: BusAddress, creds: BusCredentials, folder: Path, *,
                 tuning: Tuning = WALL_TUNING, clock: Callable[[], float] = time.time) -> None:
        self.address, self._creds, self.folder, self.tuning, self._clock = address, creds, folder, tuning, clock
        self._followed: dict[str, _Followed] = {}  # the watching thread's own
        self._cards: tuple[LiveCard, ...] = ()
        self._status = _Status()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._ready = threading.Event()
        self.errors: list[str] = []  # unexpected failures, for the status line and tests

    # ------------------------------------------------------------------ any thread
    def cards(self) -> tuple[LiveCard, ...]:
        return self._cards

    def status(self) -> tuple[str, bool, float]:
        """(what the bus connection is doing, in words; whether it is fine; since when, wall time)."""
        s = self._status
        return s.text, s.ok, s.since

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), name="wall-lives", daemon=True)
        self._thread.start()
        self._ready.wait(5)

    def stop(self, timeout: float = 30.0) -> None:
        """Close every session (final checkpoint, end time) and the bus connection; waits up to `timeout`."""
        loop, stopping = self._loop, self._stopping
        if loop is not None and stopping is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stopping.set)
        if self._thread is not None:
            self._thread.join(timeout)

    # ------------------------------------------------------------------ the watching thread
    async def _main(self) -> None:
        self._loop, self._stopping = asyncio.get_running_loop(), asyncio.Event()
        self._ready.set()
        tasks = [asyncio.create_task(self._watch_forever()), asyncio.create_task(self._check_forever())]
        await self._stopping.wait()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        sessions = [f.session for f in self._followed.values() if f.session is not None]
        await asyncio.gather(*(asyncio.to_thread(s.close) for s in sessions), return_exceptions=True)

    def _set_status(self, text: str, ok: bool) -> None:
        if (text, ok) != (self._status.text, self._status.ok):
            self._status = _Status(text, ok, self._clock())

    async def _watch_forever(self) -> None:
        attempt = 0
        where = self.address.where()
        while True:
            lost = asyncio.Event()
            on_lost = functools.partial(_set_event, lost)
            nc = None
            try:
                # bounded: with no server answering, nats-py retries a first connection for ever (max attempts 0)
                nc = await asyncio.wait_for(connect_bus(self.address, self._creds, name="live-console wall",
                                                        error_cb=_ignore, disconnected_cb=on_lost,
                                                        closed_cb=on_lost), CONNECT_WITHIN_S)
                try:
                    kv = await lives_bucket(nc.jetstream(timeout=5))
                except nats.js.errors.BucketNotFoundError:
                    self._set_status(translate(
                        "WallStatus", "bus {where}: no live has been published to it yet").format(where=where), True)
                else:
                    self._set_status(translate("WallStatus", "bus {where}").format(where=where), True)
                    attempt = 0
                    watch = asyncio.create_task(self._consume(kv))
                    gone = asyncio.create_task(lost.wait())
                    try:
                        await asyncio.wait({watch, gone}, return_when=asyncio.FIRST_COMPLETED)
                    finally:  # the watcher's own stop fails on a closed connection: collected here, not left
                        for task in (watch, gone):
                            task.cancel()
                        await asyncio.gather(watch, gone, return_exceptions=True)
                    self._set_status(translate("WallStatus", "bus {where}: connection lost, reconnecting").format(
                        where=where), False)
            except BusAddressError as exc:
                self._set_status(str(exc), False)
            except (OSError, TimeoutError, nats.errors.Error, nats.js.errors.Error) as exc:
                if refused_credentials(exc):
                    self._set_status(translate("WallStatus", "bus {where} refused the wall's credentials "
                                               "(LIVE_CONSOLE_NATS_*: docs/bus.md)").format(where=where), False)
                else:
                    self._set_status(translate("WallStatus", "bus {where} is not answering ({why}); retrying").format(
                        where=where, why=_why(exc)), False)
            finally:
                if nc is not None:
                    with contextlib.suppress(Exception):
                        await nc.close()
            attempt += 1
            await asyncio.sleep(RETRY_S[min(attempt, len(RETRY_S)) - 1])

    async def _consume(self, kv: object) -> None:
        from nats.js.kv import KeyValue

        assert isinstance(kv, KeyValue)
        async for live_id, entry in watch_entries(kv):
            try:
                await self._on_entry(live_id, entry)
            except Exception as exc:  # one live's trouble must not stop the wall from seeing the others
                self.errors = [*self.errors[-9:], f"{live_id}: {exc!r}"]

    async def _on_entry(self, live_id: str, entry: LiveEntry | None) -> None:
        followed = self._followed.get(live_id)
        if entry is None:  # deleted from the registry: nothing to show any more
            if followed is not None:
                del self._followed[live_id]
                self._publish()
                if followed.session is not None:
                    await asyncio.to_thread(followed.session.close)
            return
        if followed is not None:
            followed.entry = entry
            return
        age = self._clock() - entry.updated_at
        if entry.updated_at and age > (FINISHED_SHOWN_S if entry.state == "finished" else ABANDONED_S):
            return
        plan, problem = _plan_of(entry)
        title = entry.title or (plan.live.title if plan is not None else "")
        currency = entry.currency or (plan.live.currency if plan is not None else "")
        waiting: Latest = (None, FeedHealth(FeedState.CONNECTING, since=self._clock()))
        card = LiveCard(live_id, title, currency, self.address.with_live(live_id), plan, entry.plan_toml,
                        latest=_fixed(waiting), plan_problem=problem)
        followed = self._followed[live_id] = _Followed(entry, card)
        self._publish()
        path = session_file(self.folder, live_id, entry.started_at)
        try:
            session = await asyncio.to_thread(self._open, card, path)
        except (OSError, SessionFileError, ValueError) as exc:
            followed.card = replace(card, session_path=path, problem=translate(
                "WallStatus", "cannot record it to {path}: {error}").format(path=path, error=exc))
            self._publish()
            return
        if self._followed.get(live_id) is not followed:  # deleted meanwhile
            await asyncio.to_thread(session.close)
            return
        followed.session = session
        advice = session.advice
        followed.card = replace(card, latest=session.latest, board=advice.board if advice is not None else _no_advice,
                                session_path=path)
        self._publish()

    def _open(self, card: LiveCard, path: Path) -> LiveSession:
        session = open_live_session(card.feed_url, "", card.plan, session_path=path,
                                    plan_toml=card.plan_toml or None, api_url=None, tuning=self.tuning)
        session.start()
        return session

    async def _check_forever(self) -> None:
        """Moves a live whose session has every event of it (ended) to the finished row, its file closed."""
        while True:
            for followed in list(self._followed.values()):
                session = followed.session
                if session is None or followed.closing:
                    continue
                snap, health = session.latest()
                if health.state != FeedState.ENDED:
                    continue
                followed.closing = True
                final: Latest = (snap, health)
                board = session.advice.board() if session.advice is not None else ()
                await asyncio.to_thread(session.close)
                followed.session = None
                followed.card = replace(followed.card, latest=_fixed(final), board=_fixed(board), finished=True,
                                        ended_at=self._clock())
                self._publish()
            await asyncio.sleep(CHECK_EVERY_S)

    def _publish(self) -> None:
        self._cards = tuple(f.card for f in self._followed.values())


def _plan_of(entry: LiveEntry) -> tuple[Plan | None, str]:
    """The live's plan from its registry entry; (None, why) when it has none or it cannot be read."""
    if not entry.plan_toml:
        return None, ""
    try:
        return parse_plan(entry.plan_toml, translate("WallStatus", "the registry's plan of {live_id}").format(
            live_id=entry.live_id)), ""
    except PlanError as exc:
        return None, translate("WallStatus", "its plan could not be read ({error})").format(error=exc)


def _why(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return translate("WallStatus", "no answer within {seconds} s").format(seconds=secs(CONNECT_WITHIN_S))
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


async def _set_event(event: asyncio.Event) -> None:
    event.set()


async def _ignore(_exc: Exception) -> None:
    pass
