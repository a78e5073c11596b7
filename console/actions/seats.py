"""Seats: several consoles on one live (docs/architecture.md, "Seats"). Which role a seat plays, the key an auto cue
is sent with on every seat, and an action another seat fired, as this seat's action log shows it. Pure logic.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, Literal

from console.i18n import QT_TRANSLATE_NOOP
from console.plan.model import Plan
from console.protocol import wire as p

Role = Literal["operator", "producer", "host"]
ROLES: Final[tuple[Role, ...]] = ("operator", "producer", "host")
#: Why a producer's pad fires nothing: the words on its pad and in every refusal
READ_ONLY: Final = QT_TRANSLATE_NOOP("Actions", "producer seat: read-only")  # shown through translate()
#: A cue this seat does not fire because another seat holds the cues (the lease): its note in the run of show
CUES_HELD: Final = QT_TRANSLATE_NOOP("Actions", "another seat holds the cues")  # a key: shown through translate()
CueGate = Callable[[], bool]


def never() -> bool:
    """The cue gate of a seat that never fires auto cues (a producer)."""
    return False


def cue_key(live_id: str, started_at: float, index: int, at_s: float) -> str:
    """The Idempotency-Key of an auto cue: the same on every seat that follows this live with this plan, so two
    seats that both fire the cue (should the lease fail) send one intent, and the server executes it once. The
    live's start is in it too: another live of the same plan id is another live."""
    name = f"{live_id}\n{started_at!r}\n{index}\n{at_s!r}"
    return "cue-" + hashlib.blake2b(name.encode(), digest_size=12).hexdigest()


@dataclass(frozen=True, slots=True)
class SeenAction:
    """An action's start event as the stream shows it: what it did, with the request's values, and who fired it."""

    action_id: str
    kind: str  # flash_offer | segment | kit
    params: dict[str, Any]
    by: str  # the seat's name; '' when the server did not say (an older console or server)
    ts: float  # live time it went on air


def seen_action(ev: Any) -> SeenAction | None:
    """The action an event puts on air (offer_started, segment_changed, kit_launched); None for any other event."""
    if isinstance(ev, p.OfferStarted):
        params: dict[str, Any] = {"product_id": ev.product_id, "discount_pct": ev.discount_pct,
                                  "duration_s": ev.duration_s}
        return SeenAction(ev.action_id, "flash_offer", params, p.seat_of(ev), ev.ts)
    if isinstance(ev, p.SegmentChanged):
        return SeenAction(ev.action_id, "segment", {"segment_id": ev.segment_id}, p.seat_of(ev), ev.ts)
    if isinstance(ev, p.KitLaunched):
        return SeenAction(ev.action_id, "kit", {"kit_id": ev.kit_id}, p.seat_of(ev), ev.ts)
    return None


def label_of(plan: Plan | None, kind: str, params: dict[str, Any]) -> str:
    """An action's words as its button says them: a plan preset's label, a segment's title, a kit's name; ids
    when the plan does not know them."""
    if kind == "flash_offer":
        sku, pct = str(params.get("product_id", "")), params.get("discount_pct")
        preset = next((pr for pr in plan.presets if pr.product == sku and pr.discount_pct == pct
                       and pr.duration_s == params.get("duration_s")), None) if plan is not None else None
        if preset is not None and preset.label:
            return preset.label
        product = next((x for x in plan.products if x.sku == sku), None) if plan is not None else None
        return f"{product.name if product is not None else sku} -{pct:g}%" if isinstance(pct, float | int) \
            else sku
    if kind == "segment":
        seg = str(params.get("segment_id", ""))
        found = next((s for s in plan.segments if s.id == seg), None) if plan is not None else None
        return found.title if found is not None else seg
    kit_id = str(params.get("kit_id", ""))
    kit = next((k for k in plan.kits if k.id == kit_id), None) if plan is not None else None
    return kit.name if kit is not None else kit_id

