"""Local stand-ins for the parts of Shopify's Admin GraphQL API the bridge uses, built from Shopify's documented
request and response shapes (shopify.dev, GraphQL Admin API), served by uvicorn on a real loopback socket in a
thread of its own: the discounts of flash offers (`ShopifyStandIn`, console/bridge/shopify_actions.py lists the
shapes) and the paid orders the poller asks for (`PaidOrdersStandIn`, `admin_stand_in`; `graphql_order` makes one).

The discounts' stand-in:

It checks every request as Shopify would: the path and API version, `X-Shopify-Access-Token` (401 with Shopify's
body otherwise), a JSON body `{query, variables}`, the mutation and its variable types, then the input itself
(`DiscountAutomaticBasicInput`: title, ISO 8601 times, `customerGets.value.percentage` within 0..1, product and
variant GIDs it knows). It answers as documented: the payload with `automaticDiscountNode` and `userErrors`
(`field`, `code`, `message`), `ACCESS_DENIED` without the `write_discounts` scope, `THROTTLED` with
`extensions.cost.throttleStatus` when told to throttle, and it keeps the discounts it made, with their status.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

API_PATH = "/admin/api/2026-07/graphql.json"
TOKEN = "shpat_standin_0123456789abcdef"
# Shopify's answer to a wrong token (REST and GraphQL alike)
BAD_TOKEN_BODY = {"errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"}

_MUTATIONS = {  # root field -> the variable declaration Shopify's schema requires
    "discountAutomaticBasicCreate": r"\$automaticBasicDiscount:\s*DiscountAutomaticBasicInput!",
    "discountAutomaticDeactivate": r"\$id:\s*ID!",
}
_GID = re.compile(r"gid://shopify/(Product|ProductVariant)/\d+")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


@dataclass
class Discount:
    id: str
    title: str
    starts_at: str
    ends_at: str
    percentage: float
    products: list[str]
    variants: list[str]
    status: str = "ACTIVE"


@dataclass
class ShopifyStandIn:
    """The shop: its catalogue (the GIDs it knows), its discounts, and what to do to the next requests."""

    catalogue: set[str]
    scopes: set[str] = field(default_factory=lambda: {"read_discounts", "write_discounts"})
    max_active: int = 25  # Shopify's limit on active automatic discounts (ACTIVE_PERIOD_OVERLAP past it)
    throttle_next: int = 0  # the next requests answered THROTTLED (nothing done)
    throttle_cost: tuple[float, float, float] = (10.0, 0.0, 100.0)  # requested, currently available, restore rate
    throttle_with_429: bool = False  # answer throttling with HTTP 429 and Retry-After: 2 (else 200, as GraphQL does)
    lose_next_answer: bool = False  # do the next request, then hold the answer until `release` (a lost answer)
    fail_next_with: int | None = None  # answer the next request with this HTTP status, doing nothing
    requests: list[dict[str, Any]] = field(default_factory=list)  # every request received: headers and body
    discounts: dict[str, Discount] = field(default_factory=dict)
    _released: threading.Event = field(default_factory=threading.Event)
    _next_id: int = 1_001

    def app(self) -> Starlette:
        return Starlette(routes=[Route(API_PATH, self.graphql, methods=["POST"])])

    def release(self) -> None:
        """Let a held answer go (it reaches a client that gave up long ago)."""
        self._released.set()

    # ------------------------------------------------------------------ the endpoint
    async def graphql(self, request: Request) -> Response:
        raw = await request.body()
        self.requests.append({"token": request.headers.get("x-shopify-access-token"),
                              "content_type": request.headers.get("content-type"), "body": raw})
        if request.headers.get("x-shopify-access-token") != TOKEN:
            return JSONResponse(BAD_TOKEN_BODY, status_code=401)
        if self.fail_next_with is not None:
            status, self.fail_next_with = self.fail_next_with, None
            return JSONResponse({"errors": "Internal Server Error"}, status_code=status)
        if self.throttle_next > 0:
            self.throttle_next -= 1
            return self._throttled()
        if not (request.headers.get("content-type") or "").startswith("application/json"):
            return JSONResponse({"errors": "Content-Type must be application/json"}, status_code=415)
        try:
            body = json.loads(raw)
        except ValueError:
            return JSONResponse({"errors": [{"message": "Invalid JSON in request body"}]}, status_code=400)
        query, variables = body.get("query"), body.get("variables") or {}
        name = next((m for m in _MUTATIONS if re.search(rf"\b{m}\s*\(", query or "")), None)
        if name is None or not re.search(_MUTATIONS[name], query):
            return _errors(f"the stand-in knows only {sorted(_MUTATIONS)}, with their documented variables",
                           "undefinedField")
        if "write_discounts" not in self.scopes:
            return JSONResponse({
                "errors": [{"message": f"Access denied for {name} field. Required access: `write_discounts` "
                                       "access scope.",
                            "extensions": {"code": "ACCESS_DENIED",
                                           "documentation": "https://shopify.dev/api/usage/access-scopes",
                                           "requiredAccess": "`write_discounts` access scope."},
                            "path": [name]}],
                "data": {name: None}})
        payload = (self._create(variables.get("automaticBasicDiscount")) if name == "discountAutomaticBasicCreate"
                   else self._deactivate(variables.get("id")))
        answer = JSONResponse({"data": {name: payload}, "extensions": {"cost": {
            "requestedQueryCost": 10, "actualQueryCost": 10,
            "throttleStatus": {"maximumAvailable": 2000.0, "currentlyAvailable": 1990.0, "restoreRate": 100.0}}}})
        if self.lose_next_answer:
            self.lose_next_answer = False
            await asyncio.get_running_loop().run_in_executor(None, self._released.wait, 30.0)
        return answer

    # ------------------------------------------------------------------ the mutations
    def _create(self, given: Any) -> dict[str, Any]:
        if not isinstance(given, dict):
            return _payload(None, [(["automaticBasicDiscount"], "BLANK", "Automatic basic discount can't be blank")])
        problems: list[tuple[list[str], str, str]] = []
        at = ["automaticBasicDiscount"]
        title = given.get("title")
        if not isinstance(title, str) or not title.strip():
            problems.append(([*at, "title"], "BLANK", "Title can't be blank"))
        starts, ends = given.get("startsAt"), given.get("endsAt")
        for key, value in (("startsAt", starts), ("endsAt", ends)):
            if not (isinstance(value, str) and _DATETIME.fullmatch(value)):
                problems.append(([*at, key], "INVALID", f"{key} is not an ISO 8601 date and time"))
        if not problems and datetime.fromisoformat(ends) <= datetime.fromisoformat(starts):
            problems.append(([*at, "endsAt"], "END_DATE_BEFORE_START_DATE", "End date must be after the start date"))
        gets = given.get("customerGets") or {}
        percentage = (gets.get("value") or {}).get("percentage")
        if not isinstance(percentage, float | int) or not 0 <= percentage <= 1:
            problems.append(([*at, "customerGets", "value", "percentage"], "VALUE_OUTSIDE_RANGE",
                             "Percentage must be between 0.00 and 1.00"))
        selection = (gets.get("items") or {}).get("products") or {}
        products, variants = selection.get("productsToAdd") or [], selection.get("productVariantsToAdd") or []
        where = [*at, "customerGets", "items", "products"]
        if not products and not variants:
            problems.append((where, "BLANK", "Items can't be blank"))
        for key, ids, kind in (("productsToAdd", products, "Product"), ("productVariantsToAdd", variants,
                                                                        "ProductVariant")):
            for gid in ids:
                match = _GID.fullmatch(gid) if isinstance(gid, str) else None
                if match is None or match.group(1) != kind or gid not in self.catalogue:
                    problems.append(([*where, key], "INVALID", f"{kind} {gid} does not exist"))
        if not problems and sum(d.status == "ACTIVE" for d in self.discounts.values()) >= self.max_active:
            problems.append(([*at], "ACTIVE_PERIOD_OVERLAP",
                             f"Only {self.max_active} automatic discounts can be active at the same time"))
        if problems:
            return _payload(None, problems)
        gid = f"gid://shopify/DiscountAutomaticNode/{self._next_id}"
        self._next_id += 1
        self.discounts[gid] = Discount(gid, title, starts, ends, float(percentage), products, variants)
        return _payload(self.discounts[gid], [])

    def _deactivate(self, gid: Any) -> dict[str, Any]:
        discount = self.discounts.get(gid) if isinstance(gid, str) else None
        if discount is None:
            return _payload(None, [(["id"], "INVALID", "Discount does not exist")])
        discount.status = "EXPIRED"
        return _payload(discount, [])

    def _throttled(self) -> Response:
        requested, available, restore = self.throttle_cost
        return JSONResponse({
            "errors": [{"message": "Throttled", "extensions": {
                "code": "THROTTLED", "documentation": "https://shopify.dev/api/usage/rate-limits"}}],
            "extensions": {"cost": {"requestedQueryCost": requested, "actualQueryCost": None, "throttleStatus": {
                "maximumAvailable": 2000.0, "currentlyAvailable": available, "restoreRate": restore}}}},
            status_code=429 if self.throttle_with_429 else 200,
            headers={"Retry-After": "2"} if self.throttle_with_429 else None)


def _payload(discount: Discount | None, problems: list[tuple[list[str], str, str]]) -> dict[str, Any]:
    node = None if discount is None else {"id": discount.id, "automaticDiscount": {
        "title": discount.title, "status": discount.status, "startsAt": discount.starts_at,
        "endsAt": discount.ends_at}}
    return {"automaticDiscountNode": node,
            "userErrors": [{"field": f, "code": c, "message": m} for f, c, m in problems]}


def _errors(message: str, code: str) -> JSONResponse:
    return JSONResponse({"errors": [{"message": message, "extensions": {"code": code}}]})


@contextmanager
def serving_app(app: Any) -> Iterator[str]:
    """An ASGI app on a loopback socket (port 0) served by uvicorn in a thread; yields its base URL.

    The socket listens before the thread starts, so a client may connect at once (the kernel queues it until
    uvicorn accepts): nothing to wait for."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", ws="none"))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])), name="loopback-app",
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@contextmanager
def serving(standin: ShopifyStandIn) -> Iterator[str]:
    """The stand-in over loopback; yields its GraphQL URL. On the way out a held answer is released first."""
    with serving_app(standin.app()) as base:
        try:
            yield base + API_PATH
        finally:
            standin.release()


# ------------------------------------------------------------------------------------------ paid orders (the poller)

ORDERS_TOKEN = "shpat_test"
ORDERS_PATH = API_PATH


def graphql_order(oid: str, updated: str, *, sku: str = "SKU2006-001", count: str = "1",
                  medium: str | None = "live", quantity: int = 1, price: str = "89.99",
                  processed: str | None = None) -> dict[str, Any]:
    """An Order node in the shape of Shopify's Admin GraphQL reference (the fields PAID_ORDERS_QUERY asks), paid
    (`processed`: when; default `updated`) in USD, one line of `quantity` x `price`."""
    money = {"shopMoney": {"amount": price, "currencyCode": "USD"}}
    visit = {"landingPage": "https://my-shop.myshopify.com/products/sun", "referrerUrl": None,
             "utmParameters": {"source": "tiktok", "medium": medium, "campaign": None} if medium else None}
    return {"id": f"gid://shopify/Order/{oid}", "name": "#1001", "test": False, "processedAt": processed or updated,
            "updatedAt": updated, "sourceName": "web", "displayFinancialStatus": "PAID",
            "totalPriceSet": {"shopMoney": {"amount": "99.99", "currencyCode": "USD"}},
            "customer": {"id": "gid://shopify/Customer/77", "numberOfOrders": count},
            "customerJourneySummary": {"lastVisit": visit, "firstVisit": visit},
            "lineItems": {"nodes": [{"sku": sku, "name": "Aviator sunglasses", "quantity": quantity,
                                     "variant": {"id": "gid://shopify/ProductVariant/4242"},
                                     "originalUnitPriceSet": money,
                                     "discountedUnitPriceAfterAllDiscountsSet": money}]}}


def admin_stand_in(pages: dict[str | None, tuple[list[dict[str, Any]], str | None]],
                   seen: list[dict[str, Any]], answer: Callable[[], Response | None] = lambda: None) -> Starlette:
    """Shopify's Admin GraphQL endpoint as documented: POST /admin/api/<version>/graphql.json with the token in
    X-Shopify-Access-Token, {query, variables} in, {data: {orders: {nodes, pageInfo}}} out."""

    async def graphql(request: Request) -> Response:
        if request.headers.get("x-shopify-access-token") != "shpat_test":
            return JSONResponse({"errors": "[API] Invalid API key or access token"}, status_code=401)
        special = answer()
        if special is not None:
            return special
        body = await request.json()
        seen.append(body)
        nodes, next_cursor = pages[body["variables"]["after"]]
        return JSONResponse({"data": {"orders": {"nodes": nodes, "pageInfo": {
            "hasNextPage": next_cursor is not None, "endCursor": next_cursor}}},
            "extensions": {"cost": {"requestedQueryCost": 52, "actualQueryCost": 12}}})

    return Starlette(routes=[Route("/admin/api/2026-07/graphql.json", graphql, methods=["POST"])])


@dataclass
class PaidOrdersStandIn:
    """The shop's paid orders as the poller asks for them (shopify_http.PAID_ORDERS_QUERY), answered as Shopify's
    `orders` connection does: the search's `financial_status:paid` and `updated_at:>='<time>'` applied, sorted by
    `updatedAt` (sortKey UPDATED_AT), pages of `first` orders (at most `page_limit`) after the `after` cursor it
    handed out. The test adds orders as the shop takes them (`add`), and scripts the next answers (`then`)."""

    orders: list[dict[str, Any]] = field(default_factory=list)
    page_limit: int = 50
    token: str = ORDERS_TOKEN
    seen: list[dict[str, Any]] = field(default_factory=list)  # the variables of every request answered with orders
    requests: int = 0  # every request, refused ones included
    _next: list[Callable[[], Response]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)  # the test's thread adds, the server's reads

    def add(self, *orders: dict[str, Any]) -> None:
        with self._lock:
            self.orders.extend(orders)

    def then(self, *answers: Callable[[], Response]) -> None:
        """The next requests get these answers, in order (`refused`, `throttled`, `server_error`)."""
        with self._lock:
            self._next.extend(answers)

    def searches(self) -> list[str]:
        return [v["query"] for v in list(self.seen)]

    def app(self) -> Starlette:
        return Starlette(routes=[Route(ORDERS_PATH, self.graphql, methods=["POST"])])

    async def graphql(self, request: Request) -> Response:
        self.requests += 1
        if request.headers.get("x-shopify-access-token") != self.token:
            return JSONResponse(BAD_TOKEN_BODY, status_code=401)
        with self._lock:
            special = self._next.pop(0) if self._next else None
            orders = list(self.orders)
        if special is not None:
            return special()
        body = await request.json()
        query, variables = body.get("query") or "", body.get("variables") or {}
        if not re.search(r"\borders\s*\(", query) or "sortKey: UPDATED_AT" not in query:
            return _errors("the stand-in knows only the orders query sorted by UPDATED_AT", "undefinedField")
        search = variables.get("query") or ""
        since = re.search(r"updated_at:>='([^']+)'", search)
        matching = sorted((o for o in orders if ("financial_status:paid" not in search
                                                  or o["displayFinancialStatus"] == "PAID")
                           and (since is None or _time(o["updatedAt"]) >= _time(since.group(1)))),
                          key=lambda o: _time(o["updatedAt"]))
        start = int(variables["after"].removeprefix("after-")) if variables.get("after") else 0
        size = min(int(variables.get("first") or 50), self.page_limit)
        page = matching[start:start + size]
        self.seen.append(variables)
        return JSONResponse({"data": {"orders": {"nodes": page, "pageInfo": {
            "hasNextPage": start + size < len(matching), "endCursor": f"after-{start + size}" if page else None}}},
            "extensions": {"cost": {"requestedQueryCost": 52, "actualQueryCost": 12, "throttleStatus": {
                "maximumAvailable": 2000.0, "currentlyAvailable": 1948.0, "restoreRate": 100.0}}}})


def refused() -> Response:
    """A token Shopify no longer takes (revoked, app uninstalled)."""
    return JSONResponse(BAD_TOKEN_BODY, status_code=401)


def throttled(requested: float, available: float, restore: float) -> Callable[[], Response]:
    """GraphQL's throttling: 200 with a THROTTLED error; the wait is (requested - available) / restore seconds."""
    return lambda: JSONResponse({
        "errors": [{"message": "Throttled", "extensions": {
            "code": "THROTTLED", "documentation": "https://shopify.dev/api/usage/rate-limits"}}],
        "extensions": {"cost": {"requestedQueryCost": requested, "actualQueryCost": None, "throttleStatus": {
            "maximumAvailable": 2000.0, "currentlyAvailable": available, "restoreRate": restore}}}})


def server_error(status: int = 503) -> Callable[[], Response]:
    return lambda: JSONResponse({"errors": "Service Unavailable"}, status_code=status)


def _time(iso: str) -> datetime:
    return datetime.fromisoformat(iso)
