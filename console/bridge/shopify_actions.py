"""Flash offers on a real shop: an operator's flash offer becomes a time-limited automatic discount in Shopify,
through the Admin GraphQL API (docs/bridge.md, "Actions").

What Shopify documents, and this module relies on (shopify.dev, GraphQL Admin API, 2024-01 to 2026-07 alike):

- `discountAutomaticBasicCreate(automaticBasicDiscount: DiscountAutomaticBasicInput!)` creates an "amount off"
  discount applied in the cart and at checkout without a code (scope `write_discounts`). The input takes `title`,
  `startsAt`, `endsAt` (DateTime), and `customerGets: {value: {percentage}, items: {products: {productsToAdd,
  productVariantsToAdd}}}` (DiscountCustomerGetsInput, DiscountItemsInput, DiscountProductsInput), `percentage`
  being a Float from 0.00 to 1.00. It returns `DiscountAutomaticBasicCreatePayload`: `automaticDiscountNode { id }`
  (a `gid://shopify/DiscountAutomaticNode/...`) and `userErrors: [DiscountUserError!]!` (`field`, `code` from
  DiscountErrorCode, `message`); with user errors the node is null. ACTIVE_PERIOD_OVERLAP: a shop has at most 25
  active automatic discounts.
- `discountAutomaticDeactivate(id: ID!)` ends an automatic discount now (`DiscountAutomaticDeactivatePayload`:
  `automaticDiscountNode`, `userErrors`). Deactivating, rather than `discountAutomaticDelete`, keeps the discount
  in the shop's history, so the shop's own reports can show what the live sold under it.
- Requests: `POST https://<shop>.myshopify.com/admin/api/<version>/graphql.json`, header `X-Shopify-Access-Token`.
  Throttling (calculated query cost, "GraphQL Admin API rate limits"): an answer with
  `errors[].extensions.code == "THROTTLED"` and `extensions.cost.throttleStatus` (`currentlyAvailable`,
  `restoreRate`) beside `requestedQueryCost`; HTTP 429 with `Retry-After` as well. A missing scope:
  `errors[].extensions.code == "ACCESS_DENIED"` ("Access denied for <field> field. Required access: ...").
  A bad token: HTTP 401.

A create is not idempotent on Shopify's side: it is sent once, and retried only when Shopify says it did not run
it (throttled) or the request never left (no connection). When a request left and no answer came, the discount
may exist: the action is refused as "outcome unknown", naming the title to look for in the Shopify admin, and the
same action is never sent again. Nothing here ever reports an offer that Shopify did not confirm.

The token is a `Secret` (console/bridge/shopify_http.py): it goes into the request header and nowhere else.
"""

from __future__ import annotations

import asyncio
import math
import re
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Literal

import httpx

from console.bridge.manual import Executed, offer_price
from console.bridge.shopify_http import (
    API_VERSION,
    TOKEN_ENV,
    Secret,
    _check_endpoint,  # the same rule as the poller's: https, or plain http on loopback (a stand-in)
    _code,
    _retry_after,
    _throttle_wait,  # the wait the answer's extensions.cost asks for (1 s when it says nothing)
    admin_graphql_url,
    shop_domain_problem,
    shopify_admin_token,
)
from console.i18n import translate
from console.plan.model import Plan, Product
from console.protocol import wire as p
from console.studio.rules import ActionRefused

#: `Resolve(product_id)`: the Shopify GIDs of a plan product (the plan's `platform_ids`): product GIDs
#: (`gid://shopify/Product/1`) put the whole product on offer, variant GIDs (`gid://shopify/ProductVariant/2`)
#: only those variants. Empty when the plan does not map the product to the shop.
Resolve = Callable[[str], Sequence[str]]
EndReason = Literal["expired", "sold_out", "live_ended", "replaced"]

CREATE_DISCOUNT: Final = """
mutation LiveFlashOffer($automaticBasicDiscount: DiscountAutomaticBasicInput!) {
  discountAutomaticBasicCreate(automaticBasicDiscount: $automaticBasicDiscount) {
    automaticDiscountNode {
      id
      automaticDiscount { ... on DiscountAutomaticBasic { title status startsAt endsAt } }
    }
    userErrors { field code message }
  }
}
"""

DEACTIVATE_DISCOUNT: Final = """
mutation EndLiveFlashOffer($id: ID!) {
  discountAutomaticDeactivate(id: $id) {
    automaticDiscountNode {
      id
      automaticDiscount { ... on DiscountAutomaticBasic { status endsAt } }
    }
    userErrors { field code message }
  }
}
"""

_GID: Final = re.compile(r"gid://shopify/(Product|ProductVariant)/[1-9]\d{0,19}")
#: How long throttling may hold one action, in all: the console's action client gives an attempt 5 s.
MAX_THROTTLE_WAIT_S: Final = 3.0


@dataclass(slots=True)
class ShopifyOffer:
    """A flash offer Shopify confirmed: its discount, and when it ends (Shopify ends it by itself at `ends_at`)."""

    action_id: str
    product_id: str
    discount_id: str  # gid://shopify/DiscountAutomaticNode/...
    title: str
    price: float
    shopify_ids: tuple[str, ...]
    starts_at: float  # Unix seconds, as sent (whole seconds: what Shopify keeps)
    ends_at: float
    ended_at: float | None = None
    end_reason: EndReason | None = None

    def answer(self) -> dict[str, Any]:
        out: dict[str, Any] = {"status": "accepted", "platform": "shopify", "discount_id": self.discount_id,
                               "discount_title": self.title, "product_id": self.product_id, "price": self.price,
                               "shopify_ids": list(self.shopify_ids), "starts_at": self.starts_at,
                               "ends_at": self.ends_at}
        if self.ended_at is not None:
            out |= {"ended_at": self.ended_at, "end_reason": self.end_reason}
        return out


@dataclass(slots=True)
class ShopifyFlashOffers:
    """The bridge's executor for flash offers on a Shopify shop.

    `start` creates the discount (startsAt now, endsAt now + the offer's duration) and answers "accepted" with the
    discount's id, and the `offer_started` event to publish; `end` deactivates it early (the operator stopped it,
    the live ended); `expire_due` reports the offers Shopify ended by itself. Refusals raise ActionRefused with a
    sentence for the operator that says whether a discount was created.

    Built with a token or not at all: `from_environment` reads it (LIVE_CONSOLE_SHOPIFY_TOKEN or the file named by
    LIVE_CONSOLE_SHOPIFY_TOKEN_FILE) and raises ValueError naming where it looked when there is none. `endpoint`
    replaces the shop's URL (a local stand-in; plain http only on loopback). `clock` is the wall clock (Shopify
    needs real times); `sleep` waits out throttling.
    """

    client: httpx.AsyncClient
    shop: str
    token: Secret
    plan: Plan
    resolve: Resolve
    clock: Callable[[], float] = time.time
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    endpoint: str | None = None
    api_version: str = API_VERSION
    max_throttle_wait_s: float = MAX_THROTTLE_WAIT_S
    offers: dict[str, ShopifyOffer] = field(default_factory=dict)  # by action id: every discount Shopify made
    unknown: dict[str, str] = field(default_factory=dict)  # action id -> what to check: sent, never answered
    _starting: dict[str, asyncio.Task[Executed]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.token, Secret):
            raise ValueError(translate("Bridge", "no Shopify Admin API token: set {env} (never on the command "
                                       "line)").format(env=TOKEN_ENV))
        if problem := shop_domain_problem(self.shop):
            raise ValueError(problem)
        _check_endpoint(self.url)

    @classmethod
    def from_environment(cls, client: httpx.AsyncClient, shop: str, plan: Plan, resolve: Resolve, *,
                         token_path: Path | None = None, environ: Mapping[str, str] | None = None,
                         **options: Any) -> ShopifyFlashOffers:
        """The executor with the token from the environment or its file. Raises ValueError without one."""
        return cls(client, shop, shopify_admin_token(token_path, environ), plan, resolve, **options)

    @property
    def url(self) -> str:
        return self.endpoint or admin_graphql_url(self.shop, self.api_version)

    # ------------------------------------------------------------------ start
    async def start(self, action_id: str, product_id: str, discount_pct: float, duration_s: float) -> Executed:
        """Create the offer's discount. The same action id again (a retried request) answers what the first one
        got and emits nothing; while the first is still under way, it waits for it rather than send again."""
        known = self.offers.get(action_id)
        if known is not None:
            return Executed(known.answer())
        if action_id in self.unknown:
            raise ActionRefused(504, "outcome_unknown", self.unknown[action_id], None)
        running = self._starting.get(action_id)
        if running is not None:
            return Executed((await asyncio.shield(running)).details)
        # Shielded: a request given up by its client must not cut a create off between sending and recording.
        task = asyncio.create_task(self._start(action_id, product_id, float(discount_pct), float(duration_s)))
        self._starting[action_id] = task
        task.add_done_callback(lambda _: self._starting.pop(action_id, None))
        return await asyncio.shield(task)

    async def _start(self, action_id: str, product_id: str, discount_pct: float, duration_s: float) -> Executed:
        product = self._product(product_id)
        now = self.clock()
        for offer in self.offers.values():
            if offer.product_id == product_id and offer.ended_at is None and offer.ends_at > now:
                raise ActionRefused(409, "conflict", translate(
                    "Bridge", "an offer is already running on {product} (Shopify discount {discount} until "
                    "{until})").format(product=product_id, discount=offer.discount_id, until=_iso(offer.ends_at)),
                    "product_id")
        products, variants = self._shopify_ids(product)
        starts = float(math.floor(now))  # Shopify keeps whole seconds: send what it will keep
        ends = float(math.ceil(starts + duration_s))
        title = f"Live flash offer: {discount_pct:g}% off {product.name} ({action_id})"
        selection: dict[str, list[str]] = {}
        if products:
            selection["productsToAdd"] = products
        if variants:
            selection["productVariantsToAdd"] = variants
        variables = {"automaticBasicDiscount": {
            "title": title, "startsAt": _iso(starts), "endsAt": _iso(ends),
            "customerGets": {"value": {"percentage": round(discount_pct / 100, 4)},
                             "items": {"products": selection}}}}
        doubt = translate("Bridge", "look in the Shopify admin, Discounts, for “{title}” before starting this offer "
                          "again (end it there if it is not wanted)").format(title=title)
        try:
            payload = await self._mutation(CREATE_DISCOUNT, variables, "discountAutomaticBasicCreate",
                                           nothing_done=translate("Bridge", "no discount was created"), doubt=doubt)
        except _OutcomeUnknown as exc:
            self.unknown[action_id] = str(exc)
            raise ActionRefused(504, "outcome_unknown", str(exc), None) from None
        _refuse_user_errors(payload, translate("Bridge", "Shopify refused the discount"))
        node = payload.get("automaticDiscountNode")
        discount_id = node.get("id") if isinstance(node, Mapping) else None
        if not isinstance(discount_id, str) or not discount_id:
            sentence = translate("Bridge", "Shopify's answer names no discount: {doubt}").format(doubt=doubt)
            self.unknown[action_id] = sentence
            raise ActionRefused(504, "outcome_unknown", sentence, None)
        offer = ShopifyOffer(action_id, product_id, discount_id, title, offer_price(product.price, discount_pct),
                             tuple(products + variants), starts, ends)
        self.offers[action_id] = offer
        event = p.OfferStarted(seq=1, ts=now, action_id=action_id, product_id=product_id,
                               discount_pct=discount_pct, price=offer.price, duration_s=duration_s, ends_at=ends)
        return Executed(offer.answer(), (event,))

    # ------------------------------------------------------------------ end
    async def end(self, action_id: str, reason: EndReason = "replaced") -> Executed:
        """End an offer's discount now (deactivate): answered with `offer_ended`. An offer already ended answers
        as it is and emits nothing. Raises ActionRefused: 404 for an offer Shopify never confirmed."""
        offer = self.offers.get(action_id)
        if offer is None:
            raise ActionRefused(404, "not_found", translate(
                "Bridge", "no Shopify discount was made for {action}").format(action=action_id), None)
        if offer.ended_at is not None:
            return Executed(offer.answer())
        now = self.clock()
        if offer.ends_at <= now:  # Shopify ended it at its endsAt already: nothing to send
            return Executed(offer.answer(), (_expired(offer),))
        doubt = translate("Bridge", "it may have ended; look in the Shopify admin, Discounts, for “{title}”, or try "
                          "again").format(title=offer.title)
        try:
            payload = await self._mutation(DEACTIVATE_DISCOUNT, {"id": offer.discount_id},
                                           "discountAutomaticDeactivate",
                                           nothing_done=translate("Bridge", "the discount is still running"),
                                           doubt=doubt)
        except _OutcomeUnknown as exc:  # deactivating twice is harmless: the operator may simply try again
            raise ActionRefused(504, "outcome_unknown", str(exc), None) from None
        _refuse_user_errors(payload, translate("Bridge", "Shopify did not end the discount {discount}").format(
            discount=offer.discount_id))
        offer.ended_at, offer.end_reason = now, reason
        event = p.OfferEnded(seq=1, ts=now, action_id=action_id, product_id=offer.product_id, reason=reason)
        return Executed(offer.answer(), (event,))

    def expire_due(self, now: float) -> list[p.Event]:
        """`offer_ended` (expired) for the offers whose endsAt passed by `now`: Shopify ended them by itself."""
        return [_expired(o) for o in self.offers.values() if o.ended_at is None and o.ends_at <= now]

    async def end_all(self, reason: EndReason = "live_ended") -> tuple[list[p.Event], list[str]]:
        """End every running offer (the live ended): the events, and a sentence for each one that could not be
        ended (it then ends at its own endsAt)."""
        events: list[p.Event] = list(self.expire_due(self.clock()))
        problems: list[str] = []
        for action_id in [a for a, o in self.offers.items() if o.ended_at is None]:
            try:
                events.extend((await self.end(action_id, reason)).events)
            except ActionRefused as exc:
                problems.append(f"{action_id}: {exc.message}")
        return events, problems

    # ------------------------------------------------------------------ the plan's product on the shop
    def _product(self, product_id: str) -> Product:
        product = next((q for q in self.plan.products if q.sku == product_id), None)
        if product is None:
            raise ActionRefused(422, "invalid", translate("Bridge", "the plan has no product {product}").format(
                product=repr(product_id)), "product_id")
        return product

    def _shopify_ids(self, product: Product) -> tuple[list[str], list[str]]:
        ids = list(dict.fromkeys(self.resolve(product.sku)))
        if not ids:
            raise ActionRefused(422, "not_on_shop", translate(
                "Bridge", "the plan maps no Shopify product or variant to {product} ('{name}'): add it to the plan's "
                "platform_ids; no discount was created").format(product=product.sku, name=product.name),
                "product_id")
        bad = [i for i in ids if not _GID.fullmatch(i)]
        if bad:
            raise ActionRefused(422, "not_on_shop", translate(
                "Bridge", "{ident} (for {product}) is not a Shopify product or variant id (gid://shopify/Product/... "
                "or gid://shopify/ProductVariant/...); no discount was created").format(
                ident=repr(bad[0]), product=product.sku), "product_id")
        return ([i for i in ids if "/Product/" in i], [i for i in ids if "/ProductVariant/" in i])

    # ------------------------------------------------------------------ one mutation over HTTP
    async def _mutation(self, query: str, variables: dict[str, Any], name: str, *, nothing_done: str,
                        doubt: str) -> Mapping[str, Any]:
        """`data.<name>` of one mutation, sent again only while Shopify throttles it (it then ran nothing), for
        at most `max_throttle_wait_s` in all. Raises ActionRefused when Shopify said no (with `nothing_done`
        in the sentence), _OutcomeUnknown when the request left and no readable answer came (with `doubt`)."""
        headers = {"X-Shopify-Access-Token": self.token.reveal(), "Content-Type": "application/json",
                   "Accept": "application/json"}
        waited = 0.0
        while True:
            try:
                response = await self.client.post(self.url, json={"query": query, "variables": variables},
                                                  headers=headers)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:  # it never left
                raise ActionRefused(502, "shopify_unreachable", translate(
                    "Bridge", "the bridge could not reach {shop} ({error}): {nothing_done}; check the network").format(
                    shop=self.shop, error=type(exc).__name__, nothing_done=nothing_done), None) from None
            except httpx.TransportError as exc:  # it left; the answer did not come
                raise _OutcomeUnknown(translate("Bridge", "Shopify did not answer ({error}): {doubt}").format(
                    error=type(exc).__name__, doubt=doubt)) from None
            body = _json_object(response)
            wait = _throttled(response, body)
            if wait is None:
                break
            if waited + wait > self.max_throttle_wait_s:
                raise ActionRefused(503, "shopify_busy", translate(
                    "Bridge", "Shopify is throttling this app's requests: {nothing_done}; try again in {seconds} "
                    "s").format(nothing_done=nothing_done, seconds=math.ceil(wait)), None)
            await self.sleep(wait)
            waited += wait
        status = response.status_code
        if status == 401:
            raise ActionRefused(502, "shopify_token", translate(
                "Bridge", "Shopify refused the Admin API token (401): it is wrong, revoked or expired; {nothing_done}. "
                "Put a valid token in {env} (or its file) and restart the bridge").format(
                nothing_done=nothing_done, env=TOKEN_ENV), None)
        if status == 403 or _has_code(body, "ACCESS_DENIED"):
            raise ActionRefused(502, "shopify_scope", translate(
                "Bridge", "the Shopify app may not manage discounts: {nothing_done}. Give the app the write_discounts "
                "scope, release that version and install it on the shop again").format(nothing_done=nothing_done),
                None)
        if status >= 500:
            raise _OutcomeUnknown(translate("Bridge", "Shopify failed (HTTP {status}): {doubt}").format(
                status=status, doubt=doubt))
        if status != 200:
            raise ActionRefused(502, "shopify_error", translate(
                "Bridge", "Shopify answered HTTP {status}: {nothing_done}; check the shop ({shop}) and the API version "
                "({version})").format(status=status, nothing_done=nothing_done, shop=self.shop,
                                      version=self.api_version), None)
        if body is None:
            raise _OutcomeUnknown(translate("Bridge", "Shopify's answer could not be read: {doubt}").format(
                doubt=doubt))
        errors = body.get("errors")
        if errors:  # the query itself was refused (syntax, schema): nothing ran
            listed = errors if isinstance(errors, list) else [errors]
            said = "; ".join(str(e.get("message", e)) if isinstance(e, Mapping) else str(e) for e in listed)
            raise ActionRefused(502, "shopify_error", translate(
                "Bridge", "Shopify refused the request ({said}): {nothing_done}").format(
                said=said[:300], nothing_done=nothing_done), None)
        data = body.get("data")
        payload = data.get(name) if isinstance(data, Mapping) else None
        if not isinstance(payload, Mapping):
            raise _OutcomeUnknown(translate("Bridge", "Shopify's answer has no {name}: {doubt}").format(
                name=name, doubt=doubt))
        return payload


class _OutcomeUnknown(Exception):  # noqa: N818 - reads as the fact it reports
    """The request reached Shopify (or may have) and no answer says what it did."""


def _expired(offer: ShopifyOffer) -> p.Event:
    """Mark an offer ended at its endsAt (Shopify ended it) and give its `offer_ended`."""
    offer.ended_at, offer.end_reason = offer.ends_at, "expired"
    return p.OfferEnded(seq=1, ts=offer.ends_at, action_id=offer.action_id, product_id=offer.product_id,
                        reason="expired")


def _json_object(response: httpx.Response) -> Mapping[str, Any] | None:
    try:
        body = response.json()
    except ValueError:
        return None
    return body if isinstance(body, Mapping) else None


def _throttled(response: httpx.Response, body: Mapping[str, Any] | None) -> float | None:
    """Seconds to wait when Shopify throttled the request (it ran nothing), else None."""
    if response.status_code == 429:
        return _retry_after(response) or 1.0
    if response.status_code == 200 and body is not None and _has_code(body, "THROTTLED"):
        return _throttle_wait(body)
    return None


def _has_code(body: Mapping[str, Any] | None, code: str) -> bool:
    errors = body.get("errors") if body is not None else None
    return isinstance(errors, list) and any(_code(e) == code for e in errors)


def _refuse_user_errors(payload: Mapping[str, Any], what: str) -> None:
    """Shopify's userErrors as a refusal: ACTIVE_PERIOD_OVERLAP (too many automatic discounts) is a conflict
    with the shop's state (409), anything else a request Shopify found wrong (422)."""
    errors = payload.get("userErrors")
    if not isinstance(errors, list) or not errors:
        return
    said, codes = [], set()
    for err in errors:
        if not isinstance(err, Mapping):
            continue
        codes.add(err.get("code"))
        where = err.get("field")
        path = ".".join(str(f) for f in where) if isinstance(where, list) else ""
        said.append(f"{err.get('message', 'no message')}" + (f" ({path})" if path else ""))
    conflict = "ACTIVE_PERIOD_OVERLAP" in codes
    raise ActionRefused(409 if conflict else 422, "conflict" if conflict else "rejected_by_shopify",
                        f"{what}: {'; '.join(said)[:500]}", None)


def _iso(ts: float) -> str:
    """Unix seconds as Shopify's DateTime: ISO 8601 in UTC, whole seconds ('2026-01-01T00:05:00Z')."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
