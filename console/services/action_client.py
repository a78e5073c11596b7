"""The action client: sends one operator intent to the action API, safely, however the network behaves.

One Idempotency-Key per intent, reused on every retry, so the server creates the action at most once. Retries
only what is safe and useful to retry (timeouts, connection errors, 5xx, 429 with Retry-After); any other 4xx is
final. Errors come back as sentences an operator understands.
"""

from __future__ import annotations

import asyncio
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from console.actions.rules import API_TIMEOUT, API_TOKEN_REFUSED, API_UNREACHABLE
from console.i18n import translate
from console.present import numbers
from console.protocol import wire as p

if TYPE_CHECKING:
    import httpx

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class ActionResult:
    ok: bool
    http_status: int | None  # None when no answer came at all
    attempts: int
    latency_ms: float  # first send to final answer
    action_id: str | None = None
    body: dict[str, Any] | None = None
    error: str = ""  # why it failed, for the operator
    unknown: bool = False  # no final answer and the server could not be asked: it may or may not have happened


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 4
    first_delay_s: float = 0.25
    max_delay_s: float = 4.0
    max_retry_after_s: float = 10.0  # a Retry-After longer than this is not worth holding the button for

    def delay(self, attempt: int) -> float:
        return min(self.max_delay_s, self.first_delay_s * 2 ** (attempt - 1)) * random.uniform(0.8, 1.2)


DEFAULT_POLICY = RetryPolicy()
DEFAULT_TIMEOUT_S = 5.0  # per attempt; the policy decides how many


class ActionClient:
    def __init__(self, api_url: str, token: str, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                 policy: RetryPolicy = DEFAULT_POLICY, verify: ssl.SSLContext | bool = True, seat: str = "") -> None:
        """`seat`: this console's seat, named on every action request (the server puts it on the action as `by`);
        '' names none. Raises ValueError for a name the protocol refuses (1-64 printable characters)."""
        self.api_url = api_url.rstrip("/")
        self.policy = policy
        headers = {"Authorization": f"Bearer {token}"}
        if seat:
            if problem := p.seat_problem(seat):
                raise ValueError(translate("Actions", "seat {seat}: {problem}").format(
                    seat=repr(seat), problem=problem))
            headers[p.SEAT_HEADER] = p.seat_header_value(seat)
        self._headers, self._verify, self._timeout_s = headers, verify, timeout_s
        self._client: httpx.AsyncClient | None = None

    @property
    def _http(self) -> httpx.AsyncClient:
        """The HTTP client, made at the first request, on the pipeline's loop: httpx with httpcore and anyio is
        ~100-200 ms of imports, which the window's start-up no longer waits for (docs/performance.md)."""
        if self._client is None:
            import httpx

            self._client = httpx.AsyncClient(headers=self._headers, verify=self._verify,
                                             timeout=httpx.Timeout(self._timeout_s, connect=min(2.0, self._timeout_s)))
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()

    async def send(self, kind: str, params: dict[str, Any], key: str,
                   on_attempt: Callable[[int], None] | None = None) -> ActionResult:
        """POST the action, retrying safely; network and server trouble come back as a result, not an exception."""
        import httpx  # loaded by then (self._http): a lookup in sys.modules

        path, _ = p.ACTION_ROUTES[kind]
        url = f"{self.api_url}/actions/{path}"
        started = time.perf_counter()
        error, status = "", None
        unanswered = False  # did any attempt go without an answer? then the server may still act on it
        for attempt in range(1, self.policy.max_attempts + 1):
            if on_attempt is not None:
                on_attempt(attempt)
            delay = self.policy.delay(attempt)
            try:
                reply = await self._http.post(url, json=params, headers={"Idempotency-Key": key})
                body = _json_or_none(reply)
            except httpx.TimeoutException:
                error, status, unanswered = translate("Actions", API_TIMEOUT), None, True
            except httpx.TransportError as exc:
                error, status, unanswered = _transport_error(exc), None, True
            except httpx.HTTPError as exc:  # anything else httpx may raise (a broken body, a closed client)
                error, status = translate("Actions", "the action API answer could not be read ({error})").format(
                    error=type(exc).__name__), None
                unanswered = True
            else:
                status = reply.status_code
                if status in (200, 201) and body and "action_id" in body:
                    return ActionResult(True, status, attempt, _ms(started), body["action_id"], body)
                error = _server_error(status, body)
                if status not in RETRYABLE_STATUS:
                    return ActionResult(False, status, attempt, _ms(started), None, body, error)
                if status == 429:
                    wait = _retry_after(reply.headers.get("retry-after"))
                    if wait is not None and wait > self.policy.max_retry_after_s:
                        return ActionResult(False, status, attempt, _ms(started), None, body,
                                            translate("Actions", "{error}; the server asks to wait {seconds} s").format(
                                                error=error, seconds=numbers.integer(wait)))
                    delay = wait if wait is not None else delay
            if attempt < self.policy.max_attempts:
                await asyncio.sleep(delay)
        error = translate("Actions", "{error} (gave up after {n} attempts)").format(
            error=error, n=self.policy.max_attempts)
        return await self._settle(key, status, started, error, unanswered)

    async def _settle(self, key: str, status: int | None, started: float, error: str,
                      unanswered: bool) -> ActionResult:
        """After the last retry, ask the server by key. Found: it happened. Not found, and every attempt was
        answered with an error: it did not. Otherwise (a request may still be in flight) nobody knows yet."""
        import httpx

        attempts = self.policy.max_attempts
        try:
            found = await self.lookup(key)
        except httpx.HTTPError:
            found, unanswered = None, True
        if found is not None:
            return ActionResult(True, 200, attempts, _ms(started), found["action_id"], found)
        if unanswered:
            return ActionResult(False, status, attempts, _ms(started), None, None,
                                translate("Actions", "{error}; not confirmed yet, checking with the server").format(
                                    error=error), unknown=True)
        return ActionResult(False, status, attempts, _ms(started), None, None, error)

    async def settle_by_hand(self, action_id: str, done: bool, reason: str = "") -> ActionResult:
        """Tell the server what became of steps it gave to do by hand: done (it puts the action on air now) or not
        done (`reason` in the operator's words). Both are idempotent on the server, so a lost answer is retried
        like an action; network and server trouble come back as a result, not an exception."""
        import httpx

        url = f"{self.api_url}/actions/{action_id}/{'confirm' if done else 'decline'}"
        started, error, status = time.perf_counter(), "", None
        for attempt in range(1, self.policy.max_attempts + 1):
            try:
                reply = await self._http.post(url, json=None if done else {"reason": reason})
            except httpx.TransportError as exc:
                error, status = _transport_error(exc), None
            else:
                status, body = reply.status_code, _json_or_none(reply)
                if status == 200:
                    return ActionResult(True, status, attempt, _ms(started), action_id, body)
                error = _server_error(status, body)
                if status not in RETRYABLE_STATUS:
                    return ActionResult(False, status, attempt, _ms(started), action_id, body, error)
            if attempt < self.policy.max_attempts:
                await asyncio.sleep(self.policy.delay(attempt))
        return ActionResult(False, status, self.policy.max_attempts, _ms(started), action_id, None, error,
                            unknown=status is None)

    async def health(self) -> bool:
        """True when the action API answers its health check (raises httpx.HTTPError when unreachable)."""
        reply = await self._http.get(f"{self.api_url}/health")
        return reply.status_code == 200

    async def lookup(self, key: str) -> dict[str, Any] | None:
        """The server's record of an intent by its key (for reconciling after a crash); None if it never arrived.

        Raises httpx.HTTPError when the server cannot be asked: then nobody knows yet, and the caller must not guess.
        """
        reply = await self._http.get(f"{self.api_url}/actions", params={"idempotency_key": key})
        if reply.status_code == 404:
            return None
        reply.raise_for_status()
        return reply.json()


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def _json_or_none(reply: httpx.Response) -> dict[str, Any] | None:
    try:
        body = reply.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def _server_error(status: int, body: dict[str, Any] | None) -> str:
    err = (body or {}).get("error") or {}
    message = err.get("message") if isinstance(err, dict) else None
    if status == 401:
        return translate("Actions", API_TOKEN_REFUSED)
    if message:
        return f"{message} (HTTP {status})"
    if status == 429:
        return translate("Actions", "the action API is busy (HTTP 429)")
    return translate("Actions", "the action API answered HTTP {status}").format(status=status)


def _transport_error(exc: httpx.TransportError) -> str:
    import httpx

    if isinstance(exc, httpx.ConnectError):
        return translate("Actions", API_UNREACHABLE)
    return translate("Actions", "the connection to the action API failed ({error})").format(error=type(exc).__name__)


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: either delta-seconds or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
