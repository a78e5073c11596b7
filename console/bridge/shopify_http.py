"""The Shopify source's I/O: the webhook route (Starlette), the Admin API poller for paid orders (httpx), and the
secrets (client secret, Admin API token) read from the environment or a file, never from argv.

The mapping itself is `console/bridge/shopify.py` (pure); docs/bridge.md, section "Shopify", is the guide.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from console.bridge.shopify import (
    Delivery,
    Outcome,
    PayloadError,
    ShopifyMapper,
    ShopOrder,
    order_from_graphql,
    verify_signature,
)
from console.i18n import QT_TRANSLATE_NOOP, translate

WEBHOOK_PATH: Final = "/webhooks/shopify"
MAX_WEBHOOK_BYTES: Final = 8 * 1024 * 1024  # far above any order payload; a larger body is refused unread (413)
API_VERSION: Final = "2026-07"  # the Admin API version the poller asks for (the samples' version)

# ------------------------------------------------------------------------------------------------- secrets

SECRET_ENV: Final = "LIVE_CONSOLE_SHOPIFY_SECRET"  # the app's client secret (signs the webhooks)
SECRET_FILE_ENV: Final = "LIVE_CONSOLE_SHOPIFY_SECRET_FILE"  # ... or a file that holds it
TOKEN_ENV: Final = "LIVE_CONSOLE_SHOPIFY_TOKEN"  # the Admin API access token (polling, discounts)
TOKEN_FILE_ENV: Final = "LIVE_CONSOLE_SHOPIFY_TOKEN_FILE"  # ... or a file that holds it
CLIENT_ID_ENV: Final = "LIVE_CONSOLE_SHOPIFY_CLIENT_ID"  # the app's client id (not a secret): for the token grant


class Secret:
    """A credential that never shows itself: repr and str are masked, so a log line or a traceback that
    formats it prints `Secret(****)`. `reveal()` is the one way to the value, at the point of use."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not value:
            raise ValueError("a secret must not be empty")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret(****)"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))


def read_secret(what: str, env: str, file_env: str, path: Path | None = None,
                environ: Mapping[str, str] | None = None) -> Secret:
    """A secret from `path` (a `--...-file` flag), else the file named by `file_env`, else `env`. Raises
    ValueError naming where it looked, never the value."""
    environ = os.environ if environ is None else environ
    if path is None and environ.get(file_env, "").strip():
        path = Path(environ[file_env].strip())
    if path is not None:
        try:
            value = path.read_text().strip()
        except OSError as exc:
            raise ValueError(translate("Bridge", "cannot read the {what} file {path}: {reason}").format(
                what=translate("Bridge", what), path=path, reason=exc.strerror)) from None
        if not value:
            raise ValueError(translate("Bridge", "the {what} file {path} is empty").format(
                what=translate("Bridge", what), path=path))
        return Secret(value)
    value = environ.get(env, "").strip()
    if not value:
        raise ValueError(translate("Bridge", "no {what}: set {env}, or {file_env} to a file that holds it (never on "
                                   "the command line)").format(what=translate("Bridge", what), env=env,
                                                               file_env=file_env))
    return Secret(value)


def shopify_client_secret(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Secret:
    """The app's client secret, which signs the webhooks (X-Shopify-Hmac-Sha256)."""
    return read_secret(QT_TRANSLATE_NOOP("Bridge", "Shopify client secret"), SECRET_ENV, SECRET_FILE_ENV, path, environ)


def shopify_admin_token(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Secret:
    """The Admin API access token (X-Shopify-Access-Token) of the app installed on the shop."""
    return read_secret(QT_TRANSLATE_NOOP("Bridge", "Shopify Admin API token"), TOKEN_ENV, TOKEN_FILE_ENV, path, environ)


def shopify_client_id(environ: Mapping[str, str] | None = None) -> str:
    """The app's client id (public), for `fetch_access_token`."""
    value = (os.environ if environ is None else environ).get(CLIENT_ID_ENV, "").strip()
    if not value:
        raise ValueError(translate("Bridge", "no Shopify client id: set {env}").format(env=CLIENT_ID_ENV))
    return value


_SHOP_DOMAIN: Final = re.compile(r"[a-z0-9][a-z0-9-]{0,60}\.myshopify\.com")


def shop_domain_problem(shop: str) -> str:
    """What is wrong with a shop domain ('' when fine): the Admin API lives at <name>.myshopify.com."""
    if not _SHOP_DOMAIN.fullmatch(shop):
        return translate("Bridge", "the shop must be its myshopify.com domain (like my-shop.myshopify.com), not "
                         "{shop}").format(shop=repr(shop))
    return ""


# ------------------------------------------------------------------------------------------------- webhooks


@dataclass(slots=True)
class ShopifyWebhook:
    """`POST /webhooks/shopify`: verify over the raw body, then hand the mapped outcome to `on_outcome`.

    - no or a wrong X-Shopify-Hmac-Sha256: 401, and nothing reaches the mapper or the stream;
    - a verified delivery, a repeat included: 200 as soon as it is mapped (Shopify retries anything else, for
      4 hours); the mapping is pure and takes well under a millisecond;
    - `on_outcome` raising (the bridge could not persist): 503 and the mapper is left as it was, so Shopify's
      retry is judged afresh.

    `on_outcome` runs on the server's event loop and must not block: it persists the outcome's records with its
    events (one journal write) and queues the events for the stream. `stats` counts answers by kind.
    """

    mapper: ShopifyMapper
    secret: Secret
    on_outcome: Callable[[Outcome], None]
    clock: Callable[[], float]
    max_body: int = MAX_WEBHOOK_BYTES
    stats: Counter[str] = field(default_factory=Counter)

    def route(self, path: str = WEBHOOK_PATH) -> Route:
        return Route(path, self.receive, methods=["POST"])

    async def receive(self, request: Request) -> Response:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body:
            self.stats["too_large"] += 1
            return _error(413, "body too large")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > self.max_body:
                self.stats["too_large"] += 1
                return _error(413, "body too large")
        raw = bytes(body)
        if not verify_signature(raw, request.headers.get("x-shopify-hmac-sha256"), self.secret.reveal()):
            self.stats["unauthorized"] += 1
            return _error(401, "missing or invalid X-Shopify-Hmac-Sha256")
        outcome = self.mapper.handle(Delivery.from_headers(request.headers, raw), self.clock())
        try:
            self.on_outcome(outcome)
        except Exception:  # the bridge could not take it: let Shopify retry, with the mapper unchanged
            self.stats["failed"] += 1
            return _error(503, "the bridge could not store this delivery; retry")
        self.mapper.apply(outcome)
        self.stats["duplicate" if outcome.duplicate else "accepted"] += 1
        return Response(status_code=200)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


# ------------------------------------------------------------------------------------------ Admin API poller


@dataclass(frozen=True, slots=True)
class AccessToken:
    token: Secret
    expires_in: float | None  # seconds; Shopify's client-credentials tokens last 24 hours


async def fetch_access_token(client: httpx.AsyncClient, shop: str, client_id: str, secret: Secret, *,
                             endpoint: str | None = None) -> AccessToken:
    """An Admin API token through the client credentials grant, for an app created in the Dev Dashboard and
    installed on the team's own shop (since 2026 the admin no longer creates custom apps with a fixed token):
    POST https://<shop>/admin/oauth/access_token. Ask again before `expires_in` runs out."""
    if problem := shop_domain_problem(shop):
        raise ValueError(problem)
    url = endpoint or f"https://{shop}/admin/oauth/access_token"
    _check_endpoint(url)
    response = await client.post(url, data={"grant_type": "client_credentials", "client_id": client_id,
                                            "client_secret": secret.reveal()},
                                 headers={"Accept": "application/json"})
    if response.status_code != 200:
        raise ShopifyApiError(f"the token grant answered {response.status_code}: check the client id and secret, "
                              "and that the app is installed on this shop")
    try:
        body = response.json()
    except ValueError:
        raise ShopifyApiError("the token grant answered something that is not JSON") from None
    token = body.get("access_token") if isinstance(body, Mapping) else None
    if not isinstance(token, str) or not token:
        raise ShopifyApiError("the token grant's answer has no access_token")
    expires = body.get("expires_in")
    ok = isinstance(expires, int | float) and not isinstance(expires, bool) and math.isfinite(expires)
    return AccessToken(Secret(token), float(expires) if ok else None)


def _check_endpoint(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme != "https" and not (parts.scheme == "http" and parts.hostname in ("127.0.0.1", "::1",
                                                                                      "localhost")):
        raise ValueError(translate("Bridge", "a Shopify endpoint must be https (plain http only on loopback)"))

#: Paid orders updated since a moment, oldest first. `numberOfOrders` is an UnsignedInt64: a JSON string.
#: Its cost, by Shopify's rule (an object 1, a scalar 0, a connection 2 + first x its node): a line item 6 (itself,
#: its variant, two money bags of one money each), so lineItems(first: 20) 2 + 120 + 1 (pageInfo) = 123; an order
#: 9 more (itself, its total's bag and money, customer, journey summary, two visits with their UTM objects), 132; a
#: page of ORDERS_PER_PAGE = 5 orders 2 + 660 + 1 = 663 points, under the 1,000 a single query may cost. A query
#: with lineItems(first: 250) in orders(first: 50) asked for about 75,000 and would be refused every time.
PAID_ORDERS_QUERY: Final = """
query PaidOrders($first: Int!, $after: String, $query: String!) {
  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    nodes {
      id
      name
      test
      processedAt
      updatedAt
      sourceName
      displayFinancialStatus
      totalPriceSet { shopMoney { amount currencyCode } }
      customer { id numberOfOrders }
      customerJourneySummary {
        lastVisit { landingPage referrerUrl utmParameters { source medium campaign } }
        firstVisit { landingPage referrerUrl utmParameters { source medium campaign } }
      }
      lineItems(first: 20) {
        pageInfo { hasNextPage }
        nodes {
          sku
          name
          quantity
          variant { id }
          originalUnitPriceSet { shopMoney { amount currencyCode } }
          discountedUnitPriceAfterAllDiscountsSet { shopMoney { amount currencyCode } }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
"""

ORDERS_PER_PAGE: Final = 5  # see PAID_ORDERS_QUERY's cost

_SINCE: Final = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


class ShopifyApiError(RuntimeError):
    """The Admin API said no, or said something unreadable. `retry_after` (seconds) when waiting helps."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(slots=True)
class PolledOrders:
    orders: list[ShopOrder]  # paid orders, oldest update first: hand each to ShopifyMapper.handle_polled
    cursor: str | None  # the `since` of the next poll: the newest updatedAt seen (the old one when none)
    skipped: list[str] = field(default_factory=list)  # orders the mapping could not read, with the reason
    pages: int = 0


def admin_graphql_url(shop: str, api_version: str = API_VERSION) -> str:
    return f"https://{shop}/admin/api/{api_version}/graphql.json"


async def poll_paid_orders(client: httpx.AsyncClient, shop: str, token: Secret, since: str | None, *,
                           api_version: str = API_VERSION, page_size: int = ORDERS_PER_PAGE, max_pages: int = 40,
                           endpoint: str | None = None) -> PolledOrders:
    """Paid orders updated at or after `since` (ISO 8601; None: all the API shows, the last 60 days), through
    the Admin GraphQL API, following `pageInfo.endCursor` for at most `max_pages` pages.

    The no-tunnel route: call it every few seconds with the cursor it returned. Orders updated after being paid
    come again; the mapper emits each order once (by id), whether it came from here or from a webhook.
    `endpoint` replaces the shop's URL (a local stand-in in tests); a plain-http endpoint must be loopback.
    """
    if problem := shop_domain_problem(shop):
        raise ValueError(problem)
    if since is not None and not _SINCE.fullmatch(since):
        raise ValueError(f"since must be an ISO 8601 time with a zone, not {since!r}")
    url = endpoint or admin_graphql_url(shop, api_version)
    _check_endpoint(url)
    search = "financial_status:paid" + (f" updated_at:>='{since}'" if since else "")
    headers = {"X-Shopify-Access-Token": token.reveal(), "Content-Type": "application/json",
               "Accept": "application/json"}
    out = PolledOrders(orders=[], cursor=since)
    after: str | None = None
    newest = since
    for _ in range(max_pages):
        variables: dict[str, Any] = {"first": page_size, "after": after, "query": search}
        response = await client.post(url, json={"query": PAID_ORDERS_QUERY, "variables": variables},
                                     headers=headers)
        connection = _orders_connection(response)
        out.pages += 1
        for node in _nodes(connection):
            updated = node.get("updatedAt") if isinstance(node, Mapping) else None
            if isinstance(updated, str) and _SINCE.fullmatch(updated) and (newest is None or
                                                                           _later(updated, newest)):
                newest = updated
            try:
                if not isinstance(node, Mapping):
                    raise PayloadError("an order node is not an object")
                out.orders.append(order_from_graphql(node))
            except PayloadError as exc:
                out.skipped.append(str(exc))
        info = connection.get("pageInfo")
        after = info.get("endCursor") if isinstance(info, Mapping) and info.get("hasNextPage") is True else None
        if not isinstance(after, str) or not after:
            break
    out.cursor = newest
    return out


def _orders_connection(response: httpx.Response) -> Mapping[str, Any]:
    status = response.status_code
    if status in (401, 403):
        raise ShopifyApiError(f"the Admin API refused the token ({status}): check its scopes (read_orders)")
    if status == 429 or status >= 500:
        raise ShopifyApiError(f"the Admin API answered {status}; retry later", _retry_after(response) or 2.0)
    if status != 200:
        raise ShopifyApiError(f"the Admin API answered {status}")
    try:
        body = response.json()
    except ValueError:
        raise ShopifyApiError("the Admin API answered something that is not JSON") from None
    if not isinstance(body, Mapping):
        raise ShopifyApiError("the Admin API answered something that is not a JSON object")
    errors = body.get("errors")
    if errors:
        codes = {str(_code(e)) for e in errors} if isinstance(errors, list) else set()
        message = "; ".join(str(e.get("message", e)) if isinstance(e, Mapping) else str(e)
                            for e in (errors if isinstance(errors, list) else [errors]))[:500]
        if "THROTTLED" in codes:
            raise ShopifyApiError(f"throttled: {message}", _throttle_wait(body))
        raise ShopifyApiError(f"the Admin API query failed: {message}")
    connection = body.get("data", {}).get("orders") if isinstance(body.get("data"), Mapping) else None
    if not isinstance(connection, Mapping):
        raise ShopifyApiError("the Admin API answer has no data.orders")
    return connection


def _nodes(connection: Mapping[str, Any]) -> list[Any]:
    nodes = connection.get("nodes")
    if isinstance(nodes, list):
        return nodes
    edges = connection.get("edges")  # the older edges { node } shape, should a stand-in or proxy use it
    return [e.get("node") for e in edges if isinstance(e, Mapping)] if isinstance(edges, list) else []


def _code(error: Any) -> Any:
    return error.get("extensions", {}).get("code") if isinstance(error, Mapping) and isinstance(
        error.get("extensions"), Mapping) else None


def _retry_after(response: httpx.Response) -> float | None:
    try:
        wait = float(response.headers.get("retry-after", ""))
    except ValueError:
        return None
    return wait if math.isfinite(wait) and wait >= 0 else None


def _throttle_wait(body: Mapping[str, Any]) -> float:
    """Seconds until the query's cost is available again (extensions.cost), 1 s when the answer does not say."""
    cost = body.get("extensions", {}).get("cost") if isinstance(body.get("extensions"), Mapping) else None
    if not isinstance(cost, Mapping):
        return 1.0
    try:
        status = cost["throttleStatus"]
        missing = float(cost["requestedQueryCost"]) - float(status["currentlyAvailable"])
        wait = missing / float(status["restoreRate"])
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return 1.0
    return max(0.5, wait) if math.isfinite(wait) else 1.0


def _later(a: str, b: str) -> bool:
    return datetime.fromisoformat(a) > datetime.fromisoformat(b)
