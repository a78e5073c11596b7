"""The feed client: one WebSocket subscription to a Studio Feed Protocol v1 server that survives the studio.

Reconnects with exponential backoff and jitter, resumes from the last seq the pipeline accepted, stops for good on
the close codes that say so (bad token, kicked, live ended), and forces a reconnect when a connection goes quiet.
It hands raw frames to the pipeline; decoding happens there, on the same loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI

from console.i18n import QT_TRANSLATE_NOOP, translate
from console.live.health import FeedState
from console.protocol import wire as p


@dataclass(frozen=True, slots=True)
class Backoff:
    first_s: float = 0.5
    max_s: float = 15.0
    jitter: float = 0.2  # +-20%: a studio full of consoles must not reconnect in lockstep

    def delay(self, attempt: int, rng: random.Random) -> float:
        base = min(self.max_s, self.first_s * 2 ** max(0, attempt - 1))
        return base * (1 + rng.uniform(-self.jitter, self.jitter))


DEFAULT_BACKOFF = Backoff()
_QUIET = 4000  # our own close code for a connection that went silent
_TOO_BIG = 1009  # the WebSocket layer refused a frame over its max_size
# The WebSocket layer reads frames up to twice the protocol's limit, so that a frame over MAX_FRAME_BYTES reaches
# the decoder and is kept aside in `rejected` with its reason (docs/protocol.md 3.7) instead of costing the
# connection with a 1009 and leaving no trace (found by tests/test_reliability_input.py). Only a frame over this
# larger bound still fails the connection, with a reason that says so.
_WS_MAX_SIZE = 2 * p.MAX_FRAME_BYTES

_CLOSE_REASONS = {
    p.CloseCode.UNAUTHORIZED: QT_TRANSLATE_NOOP(
        "FeedStatus", "the feed refused the token (check LIVE_CONSOLE_TOKEN or --token-file)"),
    p.CloseCode.KICKED: QT_TRANSLATE_NOOP("FeedStatus", "the feed removed this console (kicked by an administrator)"),
    p.CloseCode.BAD_REQUEST: QT_TRANSLATE_NOOP("FeedStatus", "the feed refused the request as malformed"),
    p.CloseCode.LIVE_ENDED: QT_TRANSLATE_NOOP("FeedStatus", "the live has ended"),
    _QUIET: QT_TRANSLATE_NOOP("FeedStatus", "the feed went silent (no events, no heartbeats)"),
    _TOO_BIG: QT_TRANSLATE_NOOP("FeedStatus", "the feed sent a frame over {size} bytes; it was refused unread"),
}


def _close_reason(code: int) -> str:
    """The close code's reason in the operator's language ("" for a code without one of ours)."""
    text = _CLOSE_REASONS.get(code)
    return translate("FeedStatus", text).format(size=_WS_MAX_SIZE) if text else ""


class FrameHandlingError(RuntimeError):
    """The pipeline failed on a frame: a fault of the console, never to be mistaken for a bad feed URL."""

StateCallback = Callable[[FeedState, str, float | None], None]


class FeedClient:
    """Runs on an asyncio loop; `run()` returns when stopped or when the server says not to come back."""

    def __init__(self, url: str, token: str, *, on_frame: Callable[[str | bytes], None], on_state: StateCallback,
                 resume_from: Callable[[], int], backoff: Backoff = DEFAULT_BACKOFF, quiet_reconnect_s: float = 15.0,
                 ssl_context: ssl.SSLContext | None = None, seed: int | None = None) -> None:
        self.url, self._token = url, token
        self._on_frame, self._on_state, self._resume_from = on_frame, on_state, resume_from
        self.backoff, self.quiet_reconnect_s = backoff, quiet_reconnect_s
        self._ssl = ssl_context
        self._rng = random.Random(seed)
        self._stopping = asyncio.Event()
        self._ws: ClientConnection | None = None
        self.last_message_at = 0.0  # monotonic time of the last frame of any kind (events or heartbeat)
        self.connects = 0
        self._closing: asyncio.Future[None] | None = None

    def stop(self) -> None:
        self._stopping.set()
        if self._ws is not None:
            self._closing = asyncio.ensure_future(self._ws.close(1000, "console closing"))  # kept: not collected

    def where(self) -> str:
        """host:port of the feed, for messages: which feed failed, never the path's or query's secrets."""
        parts = urlsplit(self.url)
        host = parts.hostname or "?"
        host = f"[{host}]" if ":" in host else host
        return f"{host}:{parts.port or (443 if parts.scheme == 'wss' else 80)}"

    def _url(self) -> str:
        parts = urlsplit(self.url)
        query = "&".join(x for x in (parts.query, urlencode({"since": self._resume_from()})) if x)
        return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))

    async def run(self) -> None:
        self._on_state(FeedState.CONNECTING, "", None)
        attempt = 0
        while not self._stopping.is_set():
            outcome = await self._session()
            if outcome is None:  # stopping
                return
            code, reason = outcome
            if code in p.CloseCode.NO_RETRY:
                final = FeedState.ENDED if code == p.CloseCode.LIVE_ENDED else FeedState.STOPPED
                self._on_state(final, reason, None)
                return
            attempt = 0 if code == -1 else attempt + 1  # -1: we had a working session; start backoff afresh
            delay = self.backoff.delay(max(attempt, 1), self._rng)
            self._on_state(FeedState.RECONNECTING, reason, delay)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), delay)

    async def _session(self) -> tuple[int, str] | None:
        """One connection. Returns (close code, reason); code -1 means it had been live before it dropped."""
        was_live = False
        try:
            tls: dict[str, Any] = {"ssl": self._ssl} if self._ssl is not None and self.url.startswith("wss:") else {}
            async with connect(  # wss:// without a context: websockets verifies with the system's CAs
                self._url(), additional_headers={"Authorization": f"Bearer {self._token}"},
                max_size=_WS_MAX_SIZE, open_timeout=5, close_timeout=1, ping_interval=5, ping_timeout=10,
                max_queue=None, **tls,
            ) as ws:
                self._ws = ws
                self.connects += 1
                self.last_message_at = time.monotonic()
                watchdog = asyncio.create_task(self._watch_quiet(ws))
                try:
                    async for frame in ws:
                        if self._stopping.is_set():  # closing: what is still queued is resumed by the next start
                            break
                        if not was_live:
                            was_live = True
                            self._on_state(FeedState.LIVE, "", None)
                        self.last_message_at = time.monotonic()
                        try:
                            self._on_frame(frame)
                        except Exception as exc:
                            # Not a ValueError any more: the `except ValueError` below means "bad URL" and would
                            # stop the feed for good with a false reason (found by tests/test_reliability_input.py).
                            raise FrameHandlingError(f"a feed frame could not be processed: {exc!r}") from exc
                finally:
                    watchdog.cancel()
                code, why = ws.close_code or 1006, ws.close_reason or ""
        except ConnectionClosed as exc:
            # When we closed it (a frame over max_size: 1009; not UTF-8: 1007) the server's echo may never come:
            # say what we sent rather than a bare "connection lost".
            close = exc.rcvd or exc.sent
            code = close.code if close else 1006
            why = close.reason if close else translate("FeedStatus", "connection lost")
        except InvalidStatus as exc:
            status = exc.response.status_code
            if status in (401, 403):
                return p.CloseCode.UNAUTHORIZED, _close_reason(p.CloseCode.UNAUTHORIZED)
            return 1006, translate("FeedStatus", "the feed at {where} answered HTTP {status} instead of opening the "
                                   "stream").format(where=self.where(), status=status)
        except (InvalidURI, ValueError):
            return p.CloseCode.BAD_REQUEST, translate("FeedStatus", "the feed URL is not a usable ws:// or wss:// URL")
        except (OSError, InvalidHandshake, TimeoutError) as exc:
            return 1006, _network_reason(exc, self.where())
        finally:
            self._ws = None
        if self._stopping.is_set():
            return None
        reason = _close_reason(code) or (
            translate("FeedStatus", "connection closed ({code}: {why})").format(code=code, why=why) if why
            else translate("FeedStatus", "connection closed ({code})").format(code=code))
        return (-1 if was_live and code not in p.CloseCode.NO_RETRY else code), reason

    async def _watch_quiet(self, ws: ClientConnection) -> None:
        """A socket that stays open but sends nothing (not even heartbeats) is as good as down: reconnect."""
        while True:
            await asyncio.sleep(1.0)
            if time.monotonic() - self.last_message_at > self.quiet_reconnect_s:
                await ws.close(_QUIET, f"no data for {self.quiet_reconnect_s:g} s")
                return


def _network_reason(exc: BaseException, where: str) -> str:
    """In words, naming the feed's host:port (an operator with two consoles, or a typo in the URL, sees which)."""
    if isinstance(exc, ConnectionRefusedError):
        return translate("FeedStatus", "the feed at {where} is not answering (connection refused)").format(where=where)
    if isinstance(exc, TimeoutError):
        return translate("FeedStatus", "the feed at {where} did not answer in time").format(where=where)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return translate("FeedStatus", "the TLS certificate of the feed at {where} was not accepted: {why}").format(
            where=where, why=exc.verify_message)
    return translate("FeedStatus", "network error reaching the feed at {where}: {error}").format(where=where, error=exc)
