"""Actions no platform API can take, kept honest: a step for the operator to do by hand, marked on the charts only
once the operator says it was done (docs/bridge.md, "Actions").

TikTok LIVE has no public API to pin a product on screen, to create a flash deal or a bundle in TikTok Shop during
a live, and no API at all can move the host to another part of the script. So the bridge answers such an action
with status "manual" and the exact steps in words ("In TikTok LIVE Studio: pin product 'Chef's knife 20 cm'
(TikTok id 1729...)"), and emits nothing. The event that puts it on the charts (`offer_started`,
`segment_changed`, `kit_launched`) comes from `ManualSteps.confirm`, when the operator confirms it was done, with
the time of the confirmation: a chart never shows an offer that may never have run. `decline` records that it was
not done, and nothing is ever emitted for it.

Pure: no I/O. `Executed` is what every executor of the bridge answers (console/bridge/shopify_actions.py too).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final, Literal, cast

from console.i18n import translate
from console.plan.model import ActionKind, Plan, Product
from console.protocol import wire as p
from console.studio.rules import ActionRefused

#: The routes the operator's "done" and "not done" take (served by the bridge; docs/bridge.md, "Actions").
CONFIRM_PATH: Final = "/v1/actions/{action_id}/confirm"
DECLINE_PATH: Final = "/v1/actions/{action_id}/decline"

ManualState = Literal["to_do", "done", "not_done"]


@dataclass(frozen=True, slots=True)
class Executed:
    """What an executor did with one action.

    `details` go into the action API's answer beside the feed server's own fields, `status` among them:
    "accepted" when the platform did it, "manual" when a person still has to. `events` are what happened on air,
    for the bridge to number (they carry seq 1 until then) and publish at once; a step not yet done has none."""

    details: dict[str, Any]
    events: tuple[p.Event, ...] = ()


@dataclass(slots=True)
class ManualAction:
    """One action to do by hand, as recorded, and what became of it."""

    action_id: str
    kind: ActionKind
    params: dict[str, Any]
    steps: tuple[str, ...]  # the operator's to-do, one sentence each, with the exact names, ids and figures
    recorded_at: float
    state: ManualState = "to_do"
    settled_at: float | None = None  # when the operator confirmed it done, or said it was not
    reason: str = ""  # why it was not done, in the operator's words
    ends_at: float | None = None  # a confirmed flash offer: when it runs out
    ended: bool = False  # a confirmed flash offer whose offer_ended was emitted

    def answer(self) -> dict[str, Any]:
        """The action API's details for this action (its status is the state, in the API's words)."""
        status = {"to_do": "manual", "done": "done", "not_done": "not_done"}[self.state]
        out: dict[str, Any] = {"status": status, "platform": "by_hand", "steps": list(self.steps),
                               "confirm": CONFIRM_PATH.format(action_id=self.action_id),
                               "decline": DECLINE_PATH.format(action_id=self.action_id)}
        if self.settled_at is not None:
            out["settled_at"] = self.settled_at
        if self.reason:
            out["reason"] = self.reason
        if self.ends_at is not None:
            out["ends_at"] = self.ends_at
        return out


@dataclass(slots=True)
class ManualSteps:
    """The bridge's executor for what it cannot do itself: records each action as steps to do by hand.

    `tiktok_id(product_id)` gives the TikTok Shop product id of a plan product (the plan's `platform_ids`), None
    when the plan has none: the step then says so and names the product only. `clock` stamps records and
    confirmations (the live's clock, Unix seconds).

    A restarted bridge rebuilds the desk from its journals: `record` again for every action it answered "manual"
    (the steps are the same for the same plan), then `confirm` or `decline` for every confirmation it journaled,
    dropping the events they return (they are in the event journal already).
    """

    plan: Plan
    tiktok_id: Callable[[str], str | None]
    clock: Callable[[], float] = time.time
    actions: dict[str, ManualAction] = field(default_factory=dict)
    on_air_segment: str | None = None  # the last segment the operator confirmed (previous_segment_id of the next)

    # ------------------------------------------------------------------ recording
    def record(self, kind: str, action_id: str, params: dict[str, Any]) -> Executed:
        """Record an action as steps to do by hand: answered "manual", nothing emitted. Raises ActionRefused
        (422) for what the plan does not know, (409) for an offer on a product whose offer is still running.
        The same action id again answers the same record (a retried request)."""
        known = self.actions.get(action_id)
        if known is not None:
            return Executed(known.answer())
        builders: dict[str, Callable[[dict[str, Any]], tuple[str, ...]]] = {
            "flash_offer": self._offer_steps, "segment": self._segment_steps, "kit": self._kit_steps}
        if kind not in builders:
            raise ActionRefused(404, "not_found", translate("Bridge", "no action {kind}").format(kind=repr(kind)), None)
        steps = builders[kind](params)
        action = ManualAction(action_id, cast(ActionKind, kind), dict(params), steps, self.clock())  # a key above
        self.actions[action_id] = action
        return Executed(action.answer())

    def _offer_steps(self, params: dict[str, Any]) -> tuple[str, ...]:
        product = self._product(params["product_id"])
        running = self._running_offer(product.sku)
        if running is not None:
            raise ActionRefused(409, "conflict", translate(
                "Bridge", "an offer is already running on {product} (confirmed as {action})").format(
                product=product.sku, action=running.action_id), "product_id")
        pct, duration = float(params["discount_pct"]), float(params["duration_s"])
        price = offer_price(product.price, pct)
        currency = self.plan.live.currency
        return (translate("Bridge", "In TikTok Shop Seller Center: create a flash deal on {product} at {pct}% off, "
                          "{price} {currency} instead of {list_price} {currency}, for {span}, starting now.").format(
                    product=self._named(product), pct=f"{pct:g}", price=f"{price:.2f}", currency=currency,
                    list_price=f"{product.price:.2f}", span=_span(duration)),
                translate("Bridge", "In TikTok LIVE Studio: pin product {product}.").format(
                    product=self._named(product)))

    def _segment_steps(self, params: dict[str, Any]) -> tuple[str, ...]:
        segment_id = params["segment_id"]
        segment = next((s for s in self.plan.segments if s.id == segment_id), None)
        if segment is None:
            raise ActionRefused(422, "invalid", translate("Bridge", "the plan has no segment {segment}").format(
                segment=repr(segment_id)), "segment_id")
        steps = [(translate("Bridge", "Tell the host: go to script segment '{title}' ({segment}), with the product "
                            "demonstration.") if segment.demo else
                  translate("Bridge", "Tell the host: go to script segment '{title}' ({segment}).")).format(
            title=segment.title, segment=segment.id)]
        shown = [self._product(sku) for sku in segment.products if any(q.sku == sku for q in self.plan.products)]
        if shown:  # TikTok LIVE shows one pinned product at a time: the segment's first
            steps.append(translate("Bridge", "In TikTok LIVE Studio: pin product {product}.").format(
                product=self._named(shown[0])))
        return tuple(steps)

    def _kit_steps(self, params: dict[str, Any]) -> tuple[str, ...]:
        kit_id = params["kit_id"]
        kit = next((k for k in self.plan.kits if k.id == kit_id), None)
        if kit is None:
            raise ActionRefused(422, "invalid", translate("Bridge", "the plan has no kit {kit}").format(
                kit=repr(kit_id)), "kit_id")
        items = ", ".join(self._named(self._product(sku)) for sku in kit.items)
        return (translate("Bridge", "In TikTok Shop Seller Center: create a product bundle '{name}' (kit {kit}) at "
                          "{price} {currency} with {items}.").format(
                    name=kit.name, kit=kit.id, price=f"{kit.price:.2f}", currency=self.plan.live.currency,
                    items=items),
                translate("Bridge", "In TikTok LIVE Studio: add the bundle '{name}' to the LIVE and pin it.").format(
                    name=kit.name))

    # ------------------------------------------------------------------ the operator's answer
    def confirm(self, action_id: str, at: float | None = None) -> Executed:
        """The operator did it: emit the event that puts it on the charts, stamped `at` (now by default). A
        second confirmation answers the same and emits nothing. Raises ActionRefused: 404 for an unknown id,
        409 for an action the operator said was not done."""
        action = self._known(action_id)
        if action.state == "done":
            return Executed(action.answer())
        if action.state == "not_done":
            raise ActionRefused(409, "conflict", (translate(
                "Bridge", "{action} was recorded as not done ({reason}): start it again instead") if action.reason else
                translate("Bridge", "{action} was recorded as not done: start it again instead")).format(
                action=action_id, reason=action.reason), None)
        ts = self.clock() if at is None else at
        event = self._event(action, ts)
        action.state, action.settled_at = "done", ts
        return Executed(action.answer(), (event,))

    def decline(self, action_id: str, reason: str = "", at: float | None = None) -> Executed:
        """The operator did not do it (or could not): recorded, never emitted. Raises ActionRefused: 404 for an
        unknown id, 409 for an action already confirmed done (its event is on the charts)."""
        action = self._known(action_id)
        if action.state == "done":
            raise ActionRefused(409, "conflict", translate("Bridge", "{action} was already confirmed done").format(
                action=action_id), None)
        if action.state == "to_do":
            action.state, action.settled_at = "not_done", self.clock() if at is None else at
            action.reason = reason.strip()[:500]
        return Executed(action.answer())

    def expire_due(self, now: float) -> list[p.Event]:
        """`offer_ended` (expired) for every confirmed flash offer whose time ran out by `now`: the platform's
        flash deal ends by itself, the charts learn it here."""
        out: list[p.Event] = []
        for action in self.actions.values():
            if action.kind == "flash_offer" and action.state == "done" and not action.ended and \
                    action.ends_at is not None and action.ends_at <= now:
                action.ended = True
                out.append(p.OfferEnded(seq=1, ts=action.ends_at, action_id=action.action_id,
                                        product_id=action.params["product_id"], reason="expired"))
        return out

    def to_do(self) -> list[ManualAction]:
        """The steps still waiting for the operator, oldest first."""
        return sorted((a for a in self.actions.values() if a.state == "to_do"), key=lambda a: a.recorded_at)

    # ------------------------------------------------------------------ helpers
    def _event(self, action: ManualAction, ts: float) -> p.Event:
        params = action.params
        if action.kind == "flash_offer":
            product = self._product(params["product_id"])
            pct, duration = float(params["discount_pct"]), float(params["duration_s"])
            action.ends_at = ts + duration
            return p.OfferStarted(seq=1, ts=ts, action_id=action.action_id, product_id=product.sku,
                                  discount_pct=pct, price=offer_price(product.price, pct), duration_s=duration,
                                  ends_at=action.ends_at)
        if action.kind == "segment":
            previous, self.on_air_segment = self.on_air_segment, params["segment_id"]
            return p.SegmentChanged(seq=1, ts=ts, action_id=action.action_id, segment_id=params["segment_id"],
                                    previous_segment_id=previous)
        kit = self.plan.kit(params["kit_id"])
        return p.KitLaunched(seq=1, ts=ts, action_id=action.action_id, kit_id=kit.id, price=kit.price,
                             items=list(kit.items))

    def _known(self, action_id: str) -> ManualAction:
        action = self.actions.get(action_id)
        if action is None:
            raise ActionRefused(404, "not_found", translate(
                "Bridge", "no action {action} waits to be done by hand").format(action=action_id), None)
        return action

    def _product(self, product_id: str) -> Product:
        product = next((q for q in self.plan.products if q.sku == product_id), None)
        if product is None:
            raise ActionRefused(422, "invalid", translate("Bridge", "the plan has no product {product}").format(
                product=repr(product_id)), "product_id")
        return product

    def _running_offer(self, product_id: str) -> ManualAction | None:
        return next((a for a in self.actions.values() if a.kind == "flash_offer" and a.state == "done"
                     and not a.ended and a.params["product_id"] == product_id), None)

    def _named(self, product: Product) -> str:
        """A product as the operator finds it in the platform's app: its name and its TikTok id."""
        ident = self.tiktok_id(product.sku)
        if ident:
            return translate("Bridge", "'{name}' (TikTok id {ident})").format(name=product.name, ident=ident)
        return translate("Bridge", "'{name}' (plan product {product}; the plan has no TikTok id for it)").format(
            name=product.name, product=product.sku)


def offer_price(list_price: float, discount_pct: float) -> float:
    """The offer's price, as the simulator computes it (console/studio/model.py): list price less the discount,
    to the cent."""
    return round(list_price * (1 - discount_pct / 100), 2)


def _span(seconds: float) -> str:
    """A duration as the operator sets it in an app: '5 min (300 s)', '90 s'."""
    if seconds >= 60 and seconds % 60 == 0:
        return translate("Bridge", "{minutes} min ({seconds} s)").format(minutes=f"{seconds / 60:g}",
                                                                        seconds=f"{seconds:g}")
    return translate("Bridge", "{seconds} s").format(seconds=f"{seconds:g}")
