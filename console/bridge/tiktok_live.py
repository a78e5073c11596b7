"""The bridge's `tiktok` source: a TikTok LIVE room, live, through the TikTokLive library (docs/bridge.md, "TikTok
LIVE").

Two halves, so that everything but the connection itself is tested without the network and without the library:

- `RawMessageClient`: one connection to one room, yielding its webcast messages as received (`RawMessage`:
  method, protobuf payload bytes, receive time). `TikTokLiveConnection` is the one backed by TikTokLive; tests
  give `TikTokLiveSource` a client that yields a capture's messages.
- `TikTokLiveSource` (the `Source` of console/bridge/server.py): connects, tees every raw message to a capture file
  (console/bridge/capture.py: a real live can be replayed later with `live-console bridge --capture`), maps it
  with console/bridge/tiktok_map.py's `TikTokMapper` and emits the drafts with a cursor: the count of messages
  received. A dropped or silent connection is made again, waiting longer after each failure; a room offline or
  unknown at the start is an error that says so; a room offline for `offline_grace_s` after a drop is a live that
  is over.

TikTokLive (PyPI `TikTokLive`, AGPL-3.0 with additional terms) is an optional extra, `pip install -e '.[tiktok]'`.
Only this module names it, and only inside `load_tiktoklive`, which runs when the source makes its first
connection: the console process, and a bridge without `--tiktok`, never import it. Targeted: TikTokLive 7.0.1
(7.x: `WebsocketResponseEvent.raw` is the whole `ProtoMessageFetchResult` a message came in, since 7.0).

TikTokLive asks a signing service (Euler Stream, by default) for each connection's signed websocket URL. It works
without an API key (with a low rate limit); a key, if the team has one, comes from LIVE_CONSOLE_TIKTOK_SIGN_KEY or
the file named by LIVE_CONSOLE_TIKTOK_SIGN_KEY_FILE, never argv, and is never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import os
import re
import time
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, NamedTuple, Protocol

from console.bridge import tiktok
from console.bridge.capture import CaptureRecord, CaptureWriter
from console.bridge.protowire import Message, ProtoWireError
from console.bridge.server import Emit
from console.bridge.shopify_http import Secret, read_secret
from console.bridge.tiktok_map import EVENT_TYPES, Draft, LiveEndedDraft, TikTokMapper
from console.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

INSTALL_HINT: Final = "pip install -e '.[tiktok]'"
SUPPORTED_MAJOR: Final = "7"
SIGN_KEY_ENV: Final = "LIVE_CONSOLE_TIKTOK_SIGN_KEY"  # an Euler Stream API key: a higher connection rate limit
SIGN_KEY_FILE_ENV: Final = "LIVE_CONSOLE_TIKTOK_SIGN_KEY_FILE"  # ... or a file that holds it

#: a TikTok @handle: letters, digits, "_" and "." (TikTok allows 2 to 24; one more either way is not ours to refuse)
_HANDLE: Final = re.compile(r"[A-Za-z0-9_.]{1,30}")
_ROOM_URL: Final = re.compile(r"(?:https?://)?(?:www\.|m\.)?tiktok\.com/@([^/?#]+)(?:/live)?/?(?:[?#].*)?")


# ---------------------------------------------------------------------------------------------------------------
# Errors


class TikTokSourceError(RuntimeError):
    """The TikTok source cannot go on. The message says why and what to do, and names no secret."""


class TikTokLiveMissingError(TikTokSourceError):
    """The optional TikTokLive library is not installed (or not a supported version)."""


class RoomUnavailableError(TikTokSourceError):
    """The room is not live, the account does not exist or cannot go LIVE, or it cannot be watched anonymously."""


class ConnectionFailedError(TikTokSourceError):
    """A connection that failed or dropped: worth another try, after `retry_after` seconds when the far end said."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


# ---------------------------------------------------------------------------------------------------------------
# The receiving half


class RawMessage(NamedTuple):
    """One webcast message as received: its method ("WebcastChatMessage"), protobuf bytes, Unix receive time."""

    method: str
    payload: bytes
    recv_ts: float


class RawMessageClient(Protocol):
    """One connection to one room. `open` connects (raising RoomUnavailableError, TikTokLiveMissingError or
    ConnectionFailedError); iterating yields the messages until the connection ends: normally (the iteration
    stops) or not (it raises). `aclose` closes the connection and is safe to call at any point, twice included."""

    async def open(self) -> None: ...

    def __aiter__(self) -> AsyncIterator[RawMessage]: ...

    async def aclose(self) -> None: ...


ClientFactory = Callable[[str], RawMessageClient]


# ---------------------------------------------------------------------------------------------------------------
# Room handle, sign key, tee path


def room_handle(text: str) -> str:
    """The @handle of a room from "@name", "name" or a tiktok.com/@name[/live] address, without the "@"."""
    value = text.strip()
    url = _ROOM_URL.fullmatch(value)
    handle = url.group(1) if url else value.removeprefix("@")
    if not _HANDLE.fullmatch(handle):
        raise ValueError(translate("Bridge", "{text} is not a TikTok @handle (letters, digits, '_' and '.'), such as "
                                   "@shop_live").format(text=repr(text)))
    return handle


def tiktok_sign_key(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Secret | None:
    """The signing service's API key, or None when none is set (TikTokLive then signs without one)."""
    env = os.environ if environ is None else environ
    if path is None and not env.get(SIGN_KEY_ENV, "").strip() and not env.get(SIGN_KEY_FILE_ENV, "").strip():
        return None
    return read_secret(QT_TRANSLATE_NOOP("Bridge", "TikTok sign API key"), SIGN_KEY_ENV, SIGN_KEY_FILE_ENV, path, env)


def default_tee_path(handle: str, journal: Path | None, now: float) -> Path:
    """Where a live's raw messages go when no --tee is given: beside the journal (a restarted bridge appends to the
    same capture), else tiktok-<handle>-<UTC time>.capture.ndjson in the working directory."""
    if journal is not None:
        return journal.with_suffix(".capture.ndjson")
    stamp = datetime.fromtimestamp(now, UTC).strftime("%Y%m%dT%H%M%SZ")
    return Path(f"tiktok-{handle}-{stamp}.capture.ndjson")


def open_private_capture(path: Path) -> CaptureWriter:
    """A capture to append to, created readable by its owner only: a live's raw messages name real people (run
    `python -m console.bridge.capture convert` before it leaves the machine)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    return CaptureWriter(path, append=True)


# ---------------------------------------------------------------------------------------------------------------
# The source


@dataclass
class Backoff:
    """Seconds to wait before the next try: first_s, doubling up to max_s; back to first_s after a good connection."""

    first_s: float = 1.0
    factor: float = 2.0
    max_s: float = 60.0
    _next: float = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._next = self.first_s

    def next(self) -> float:
        delay, self._next = self._next, min(self.max_s, self._next * self.factor)
        return delay

    def reset(self) -> None:
        self._next = self.first_s


class RepeatedMessages:
    """Messages already received, by method and `common.msg_id`. After a reconnect TikTok's first batch can hold
    messages of the minutes before (other TikTok clients show them twice): they go to the tee, as received, but not
    into the live a second time. The newest `remember` ids are kept."""

    def __init__(self, remember: int = 100_000) -> None:
        self._seen: dict[tuple[str, int], None] = {}
        self._remember = remember

    def seen_before(self, method: str, payload: bytes) -> bool:
        try:
            msg_id = tiktok.decode_common(Message.parse(payload)).msg_id
        except ProtoWireError:
            return False  # the mapper counts it as undecodable
        if msg_id == 0:
            return False  # no id: nothing to tell a repeat by
        key = (method, msg_id)
        if key in self._seen:
            return True
        self._seen[key] = None
        if len(self._seen) > self._remember:
            del self._seen[next(iter(self._seen))]
        return False


class TikTokLiveSource:
    """A TikTok LIVE room as a bridge source: every message teed, mapped, and counted when it maps to nothing."""

    name = "tiktok"
    provides: frozenset[str] = EVENT_TYPES
    REPEATED: Final = "repeated after a reconnect"

    def __init__(self, room: str, *, live_id: str, key: bytes, tee: Path, sign_key: Secret | None = None,
                 connect: ClientFactory | None = None, backoff: Backoff | None = None,
                 offline_grace_s: float = 300.0, quiet_s: float = 180.0,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.handle = room_handle(room)
        self.tee_path = tee
        self.mapper = TikTokMapper(live_id=live_id, key=key)
        self.repeated = RepeatedMessages()
        self.repeats = 0
        self.offline_grace_s, self.quiet_s = offline_grace_s, quiet_s
        self._connect: ClientFactory = connect or (lambda handle: TikTokLiveConnection(handle, sign_key=sign_key))
        self._backoff = backoff or Backoff()
        self._sleep, self._clock = sleep, clock
        self._opened: RawMessageClient | None = None  # the connection start() made, for run() to read
        self._tee: CaptureWriter | None = None

    @property
    def not_mapped(self) -> dict[str, int]:
        """Messages that became no event, by method (the mapper's tally), and the repeats a reconnect brought."""
        out = dict(self.mapper.stats.not_mapped)
        if self.repeats:
            out[self.REPEATED] = self.repeats
        return out

    async def start(self) -> None:
        """The first connection, made before the bridge serves, so that a room offline or unknown, a missing
        library or a connection that fails is an error at once (TikTokSourceError), not a live that never starts.
        Await it in the event loop that will serve: a connection belongs to its loop. `run` makes it if not."""
        if self._opened is None:
            self._opened = await self._first_connection()

    async def run(self, resumed: Sequence[Any], emit: Emit) -> None:
        """Emit each message's drafts until the live ends: its end message, or the room offline for offline_grace_s
        after a drop. The cursor is the count of messages received; after a restart it carries on from the last
        one emitted (a live cannot be replayed: what came while the bridge was down is lost)."""
        last = resumed[-1] if resumed else 0
        seen = last if isinstance(last, int) and not isinstance(last, bool) else 0
        client: RawMessageClient | None = self._opened or await self._first_connection()
        self._opened = None
        try:
            while client is not None:
                delivered = False
                messages = aiter(client)
                try:
                    while (raw := await self._next(messages)) is not None:
                        seen += 1
                        delivered = True
                        drafts = self._take(raw)
                        emit(drafts, seen)
                        if any(isinstance(d, LiveEndedDraft) for d in drafts):
                            return  # the room's live is over: nothing to reconnect to
                    log.warning("TikTok @%s: the connection ended before the live did", self.handle)
                except ConnectionFailedError as exc:
                    log.warning("TikTok @%s: %s", self.handle, exc)
                finally:
                    await _close_iterator(messages)
                    await client.aclose()
                if delivered:
                    self._backoff.reset()
                client = await self._reconnect()
        finally:
            if self._tee is not None:
                self._tee.close()
                self._tee = None

    # ------------------------------------------------------------------ one message
    def _take(self, raw: RawMessage) -> list[Draft]:
        """Tee first (a message the mapper chokes on is on disk all the same), then map unless it is a repeat."""
        if self._tee is None:
            self._tee = open_private_capture(self.tee_path)
        self._tee.write(CaptureRecord("tiktok", raw.method, raw.recv_ts, payload=raw.payload))
        if self.repeated.seen_before(raw.method, raw.payload):
            self.repeats += 1
            return []
        return self.mapper.map(raw.method, raw.payload, raw.recv_ts)

    async def _next(self, messages: AsyncIterator[RawMessage]) -> RawMessage | None:
        """The next message; None when the connection ended normally. Raises ConnectionFailedError when it failed,
        or when nothing came for quiet_s (a connection that died without a close looks like that)."""
        try:
            return await asyncio.wait_for(anext(messages), self.quiet_s)
        except StopAsyncIteration:
            return None
        except TimeoutError:
            raise ConnectionFailedError(translate("Bridge", "no message for {seconds} s").format(
                seconds=f"{self.quiet_s:g}")) from None
        except ConnectionFailedError:
            raise
        except Exception as exc:
            raise ConnectionFailedError(translate("Bridge", "connection lost ({error})").format(
                error=f"{type(exc).__name__}: {exc}")) from exc

    # ------------------------------------------------------------------ connections
    async def _open(self) -> RawMessageClient:
        client = self._connect(self.handle)
        try:
            await client.open()
        except BaseException:
            await client.aclose()
            raise
        return client

    async def _first_connection(self) -> RawMessageClient:
        try:
            return await self._open()
        except TikTokSourceError:
            raise
        except Exception as exc:
            raise ConnectionFailedError(translate("Bridge", "cannot connect to @{handle}'s live: {error}").format(
                handle=self.handle, error=f"{type(exc).__name__}: {exc}")) from exc

    async def _reconnect(self) -> RawMessageClient | None:
        """The next connection after a drop, waiting longer after each failure; None once the room has been offline
        for offline_grace_s since the drop (the live is over)."""
        dropped_at = self._clock()
        hint: float | None = None
        while True:
            delay = max(self._backoff.next(), hint or 0.0)
            log.warning("TikTok @%s: reconnecting in %g s", self.handle, delay)
            await self._sleep(delay)
            try:
                return await self._open()
            except TikTokLiveMissingError:
                raise
            except RoomUnavailableError as exc:
                offline_for = self._clock() - dropped_at
                if offline_for >= self.offline_grace_s:
                    log.warning("TikTok @%s: %s, %g s after the connection dropped: the live is over",
                                self.handle, exc, offline_for)
                    return None
                log.warning("TikTok @%s: %s (trying for %g s more)", self.handle, exc,
                            self.offline_grace_s - offline_for)
                hint = None
            except Exception as exc:
                hint = exc.retry_after if isinstance(exc, ConnectionFailedError) else None
                log.warning("TikTok @%s: reconnection failed: %s", self.handle, exc)


async def _close_iterator(messages: AsyncIterator[RawMessage]) -> None:
    closer = getattr(messages, "aclose", None)
    if closer is not None:
        await closer()


# ---------------------------------------------------------------------------------------------------------------
# The TikTokLive-backed client


@dataclass(frozen=True)
class TikTokLiveLibrary:
    """What the bridge uses of TikTokLive 7.x, looked up once it is known to be installed."""

    version: str
    client_class: Any  # TikTokLive.TikTokLiveClient
    response_event: Any  # TikTokLive.events.WebsocketResponseEvent
    errors: Any  # the module TikTokLive.client.errors


def load_tiktoklive() -> TikTokLiveLibrary:
    """Import TikTokLive (here, not at the top of a module: only a bridge with --tiktok ever needs it)."""
    try:
        with warnings.catch_warnings():
            # TikTokLive 7 imports websockets' legacy client, deprecated since websockets 14: not ours to act on
            warnings.simplefilter("ignore", DeprecationWarning)
            version = str(importlib.import_module("TikTokLive.__version__").PACKAGE_VERSION)
            package = importlib.import_module("TikTokLive")
            events = importlib.import_module("TikTokLive.events")
            errors = importlib.import_module("TikTokLive.client.errors")
    except ImportError as exc:
        raise TikTokLiveMissingError(translate(
            "Bridge", "the TikTok source needs the TikTokLive library, an optional extra of live-console: install it "
            "with  {command}  (from the live-console checkout)").format(command=INSTALL_HINT)) from exc
    if version.split(".", maxsplit=1)[0] != SUPPORTED_MAJOR:
        raise TikTokLiveMissingError(translate(
            "Bridge", "TikTokLive {version} is installed; the bridge reads messages the way TikTokLive {major}.x gives "
            "them: {command} installs a {major}.x").format(version=version, major=SUPPORTED_MAJOR,
                                                           command=INSTALL_HINT))
    return TikTokLiveLibrary(version, package.TikTokLiveClient, events.WebsocketResponseEvent, errors)


class _Ended(NamedTuple):
    error: BaseException | None


class TikTokLiveConnection:
    """One connection to a room through TikTokLive 7.x.

    The raw messages come from TikTokLive's `WebsocketResponseEvent`: its `raw` is the `ProtoMessageFetchResult`
    a message arrived in, whose `messages` each have a `method` and the protobuf `payload` as TikTok sent it. The
    library emits that event once for every message of a response, each time with the whole response, so a
    response is taken when it is first seen. Handlers run synchronously inside the library's receive loop, so the
    queue holds the messages in the order they arrived, and the end of the loop (a done callback) comes after them.
    """

    def __init__(self, handle: str, *, sign_key: Secret | None = None, now: Callable[[], float] = time.time,
                 library: Callable[[], TikTokLiveLibrary] = load_tiktoklive) -> None:
        self.handle = handle
        self._sign_key, self._now, self._library = sign_key, now, library
        self._queue: asyncio.Queue[RawMessage | _Ended] = asyncio.Queue()
        self._client: Any = None
        self._last_response: object = None

    async def open(self) -> None:
        lib = self._library()
        web_kwargs = {"signer_kwargs": {"sign_api_key": self._sign_key.reveal()}} if self._sign_key else None
        client = lib.client_class(unique_id=self.handle, web_kwargs=web_kwargs)
        # A message TikTokLive cannot parse is logged with its first bytes, which may name a viewer; we read the
        # bytes ourselves, so its parse failures are nothing to us.
        client.ignore_broken_payload = True
        client.add_listener(lib.response_event, self._on_response)
        self._client = client
        try:
            task = await client.start(fetch_live_check=True)
        except Exception as exc:
            raise _connect_error(exc, lib, self.handle) from exc
        task.add_done_callback(self._on_loop_end)

    def _on_response(self, event: Any) -> None:
        response = event.raw
        if response is self._last_response:
            return  # the same response again, for its next message
        self._last_response = response
        now = self._now()
        for message in response.messages:
            if message is not None:
                self._queue.put_nowait(RawMessage(str(message.method), bytes(message.payload), now))

    def _on_loop_end(self, task: asyncio.Future[Any]) -> None:
        self._queue.put_nowait(_Ended(None if task.cancelled() else task.exception()))

    async def __aiter__(self) -> AsyncIterator[RawMessage]:
        while True:
            item = await self._queue.get()
            if isinstance(item, _Ended):
                if item.error is not None:
                    raise ConnectionFailedError(translate("Bridge", "connection lost ({error})").format(
                        error=f"{type(item.error).__name__}: {item.error}"))
                return
            yield item

    async def aclose(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        with contextlib.suppress(Exception):
            await client.disconnect()  # closes the websocket and waits for the receive loop
        with contextlib.suppress(Exception):
            await client.web.close()
        # The signing service's HTTP client, which TikTokLive itself never closes.
        sdk_http = getattr(getattr(client.web, "signer", None), "sdk_client", None)
        async_client = getattr(sdk_http, "_async_client", None)
        if async_client is not None:
            with contextlib.suppress(Exception):
                await async_client.aclose()


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _connect_error(exc: Exception, lib: TikTokLiveLibrary, handle: str) -> TikTokSourceError:
    """TikTokLive's reason a connection failed, in the bridge's words (TikTokLive chains the room lookup's errors)."""
    errors = lib.errors
    for cause in _causes(exc):
        if isinstance(cause, errors.UserOfflineError):
            return RoomUnavailableError(translate(
                "Bridge", "@{handle} is not live now (TikTok says the room is offline): start the bridge once the "
                "live has begun").format(handle=handle))
        if isinstance(cause, errors.UserNotFoundError):
            return RoomUnavailableError(translate(
                "Bridge", "@{handle}: TikTok knows no such account, or one that cannot go LIVE: check the "
                "@handle").format(handle=handle))
        if isinstance(cause, errors.AgeRestrictedError):
            return RoomUnavailableError(translate(
                "Bridge", "@{handle}'s live is age-restricted: only a logged-in TikTok session can watch it, and the "
                "bridge does not log in").format(handle=handle))
        if isinstance(cause, errors.SignatureRateLimitError):
            retry: float | None = None
            with contextlib.suppress(Exception):
                retry = float(cause.retry_after)
            return ConnectionFailedError(translate(
                "Bridge", "the signing service refused another connection for now (rate limit); a sign API key in "
                "{env} raises the limit").format(env=SIGN_KEY_ENV), retry_after=retry)
    return ConnectionFailedError(translate("Bridge", "cannot connect to @{handle}'s live: {error}").format(
        handle=handle, error=f"{type(exc).__name__}: {exc}"))
