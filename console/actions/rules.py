"""Can an action succeed now, is what it asks for already in place, is a cue far from its time, and why did one
fail, in words: the decisions the action pad shows before a press and the desk applies to cues (docs/plan.md,
section 6). Pure logic fed by the KpiSnapshot; no Qt, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from console.kpi.snapshot import KpiSnapshot, OfferInfo
from console.plan.model import Plan

CUE_FAR_EARLY_S: Final = 300.0  # GO on a cue due more than 5 live minutes from now asks first, whatever the safety


@dataclass(frozen=True, slots=True)
class Blocker:
    """Why an action cannot succeed now: the server would refuse it (HTTP 409)."""

    code: str  # sold_out | offer_running | on_air | live_ended
    reason: str  # the sentence for a toast or a question: "Dutch oven 5 L is sold out"
    short: str  # the words that fit on a button: "sold out"
    done: bool = False  # what the action asks for is already in place (same segment on air, same offer running)
    ends_at: float | None = None  # live ts when the running offer in the way ends (offer_running only)


def blocker(plan: Plan | None, snap: KpiSnapshot | None, kind: str, params: dict[str, Any]) -> Blocker | None:
    """The reason `kind` with `params` would be refused now, or None when it can succeed as far as the stream
    shows (the simulator's and the protocol's 409 rules: docs/protocol.md, section 6)."""
    if snap is None:
        return None
    if snap.ended_at is not None:
        return Blocker("live_ended", "the live has ended", "live ended")
    if kind == "flash_offer":
        sku = str(params.get("product_id", ""))
        name = _product_name(plan, sku)
        running = next((o for o in snap.running_offers.values() if o.product_id == sku), None)
        if running is not None:
            left = _mmss(_left(snap, running))
            if running.discount_pct == params.get("discount_pct"):
                return Blocker("offer_running", f"this offer on {name} is already running ({left} left)",
                               f"live {left} left", done=True, ends_at=running.ends_at)
            return Blocker("offer_running",
                           f"an offer on {name} is already running (-{running.discount_pct:g}%, {left} left)",
                           f"other offer live, {left} left", ends_at=running.ends_at)
        if _sold_out(snap, sku):
            return Blocker("sold_out", f"{name} is sold out", "sold out")
    elif kind == "segment":
        seg = str(params.get("segment_id", ""))
        if snap.current_segment == seg:
            return Blocker("on_air", f"“{_segment_title(plan, seg)}” is already on air", "on air now", done=True)
    elif kind == "kit" and plan is not None:
        kit = next((k for k in plan.kits if k.id == params.get("kit_id")), None)
        empty = [sku for sku in kit.items if _sold_out(snap, sku)] if kit is not None else []
        if empty:
            names = ", ".join(_product_name(plan, sku) for sku in empty)
            return Blocker("sold_out", f"kit item {names} {'is' if len(empty) == 1 else 'are'} sold out",
                           f"{_product_name(plan, empty[0])} sold out" if len(empty) == 1 else "items sold out")
    return None


def covers_cue(stop: Blocker, cue_ts: float, params: dict[str, Any]) -> bool:
    """Is a cue due at live ts `cue_ts` really in place already? A segment on air or a kit: yes. The same offer
    running: only if it runs through at least half of the cue's planned duration. An offer started by hand at 01:17
    ends at 06:17; the plan's 06:00 five-minute run of it is not "done" by those last 17 seconds."""
    if not stop.done:
        return False
    if stop.code != "offer_running" or stop.ends_at is None:
        return True
    return stop.ends_at >= cue_ts + float(params.get("duration_s", 0.0)) / 2


def offer_blockers(plan: Plan, snap: KpiSnapshot | None) -> dict[str, Blocker]:
    """sku -> why no flash offer can start on it now, for every product of the plan that has a reason (the custom
    offer form). One pass over the snapshot, not one per product: the form asks ten times a second."""
    if snap is None:
        return {}
    if snap.ended_at is not None:
        ended = Blocker("live_ended", "the live has ended", "live ended")
        return {p.sku: ended for p in plan.products}
    running = {o.product_id for o in snap.running_offers.values()}
    gone = {p.sku for p in snap.products if p.sold_out}
    return {p.sku: stop for p in plan.products if p.sku in running | gone
            and (stop := blocker(plan, snap, "flash_offer", {"product_id": p.sku})) is not None}


def due_in_s(at_s: float, snap: KpiSnapshot | None) -> float | None:
    """Live seconds until a cue planned at `at_s` into the live (negative: late); None before the live starts."""
    if snap is None or snap.started_at is None or snap.now_ts is None:
        return None
    return at_s - (snap.now_ts - snap.started_at)


def far_early(due_s: float | None) -> bool:
    return due_s is not None and due_s > CUE_FAR_EARLY_S


_SHORT: Final = (  # server and client sentences -> the words a button can hold
    (re.compile(r"already running"), "offer already running"),
    (re.compile(r"sold out"), "sold out"),
    (re.compile(r"already on air"), "already on air"),
    (re.compile(r"already live"), "kit already live"),
    (re.compile(r"live has ended"), "live ended"),
    (re.compile(r"did not answer in time"), "no answer in time"),
    (re.compile(r"not reachable"), "action API unreachable"),
    (re.compile(r"refused the token"), "token refused"),
    (re.compile(r"never received|never reached"), "never reached the server"),
)


def short_reason(error: str) -> str:
    """A failure in the few words a button shows ("sold out"); the full sentence goes to its tooltip."""
    for pattern, words in _SHORT:
        if pattern.search(error):
            return words
    http = re.search(r"HTTP (\d{3})", error)
    head = error.split(" (", 1)[0].split(";", 1)[0].strip()
    if len(head) > 28 and http:
        return f"HTTP {http.group(1)}"
    return head


def readable_error(plan: Plan | None, error: str) -> str:
    """The server's sentence with product skus, and the segment and kit ids it names, as their plan names
    ("POT-DUTCH5 is sold out" -> "Dutch oven 5 L is sold out"). Ids are replaced only where the sentence names them
    as such (a sku anywhere, "segment X", "kit X"), so an id that is also a word ("baking") stays a word elsewhere."""
    if plan is None or not error:
        return error
    skus = {p.sku: p.name for p in plan.products}
    named = {"segment": {s.id: s.title for s in plan.segments}, "kit": {k.id: k.name for k in plan.kits}}
    error = re.sub(r"\b(segment|kit) '?([A-Za-z0-9][A-Za-z0-9_.-]*)'?",
                   lambda m: f"{m.group(1)} “{named[m.group(1)][m.group(2)]}”" if m.group(2) in named[m.group(1)]
                   else m.group(0), error)
    return re.sub(r"'?([A-Za-z0-9][A-Za-z0-9_.-]*)'?", lambda m: skus.get(m.group(1), m.group(0)), error)


def _mmss(seconds: float) -> str:
    # The same mm:ss as console.present.fmt.mmss: the actions layer sits below present/, so it keeps its own.
    s = max(0, int(seconds))
    return f"{s // 60:02d}:{s % 60:02d}"


def _left(snap: KpiSnapshot, offer: OfferInfo) -> float:
    return offer.ends_at - (snap.now_ts if snap.now_ts is not None else offer.started_at)


def _sold_out(snap: KpiSnapshot, sku: str) -> bool:
    return any(p.sku == sku and p.sold_out for p in snap.products)


def _product_name(plan: Plan | None, sku: str) -> str:
    found = next((p for p in plan.products if p.sku == sku), None) if plan is not None else None
    return found.name if found is not None else sku


def _segment_title(plan: Plan | None, seg: str) -> str:
    found = next((s for s in plan.segments if s.id == seg), None) if plan is not None else None
    return found.title if found is not None else seg
