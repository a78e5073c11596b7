"""Can an action succeed now, is what it asks for already in place, is a cue far from its time, and why did one
fail, in words: the decisions the action pad shows before a press and the desk applies to cues (docs/plan.md,
section 6). Pure logic fed by the KpiSnapshot; no Qt, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from console.i18n import QT_TRANSLATE_NOOP, translate
from console.kpi.snapshot import KpiSnapshot, OfferInfo
from console.plan.model import Plan
from console.present import numbers

CUE_FAR_EARLY_S: Final = 300.0  # GO on a cue due more than 5 live minutes from now asks first, whatever the safety

# The console's own failure sentences (console/services/action_client.py, action_desk.py), kept in the session file
# in the language of the console that wrote them: short_reason() knows them in the language in use too.
API_TIMEOUT: Final = QT_TRANSLATE_NOOP("Actions", "the action API did not answer in time")
API_UNREACHABLE: Final = QT_TRANSLATE_NOOP("Actions", "the action API is not reachable")
API_TOKEN_REFUSED: Final = QT_TRANSLATE_NOOP("Actions", "the action API refused the token")
NEVER_RECEIVED: Final = QT_TRANSLATE_NOOP("Actions", "the server never received it (checked by key)")
NEVER_REACHED: Final = QT_TRANSLATE_NOOP(
    "Actions", "reconciled after a restart: it never reached the server (not re-sent)")
LIVE_ENDED: Final = QT_TRANSLATE_NOOP("Actions", "the live has ended")


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
        return _ended()
    if kind == "flash_offer":
        sku = str(params.get("product_id", ""))
        name = _product_name(plan, sku)
        running = next((o for o in snap.running_offers.values() if o.product_id == sku), None)
        if running is not None:
            left = _mmss(_left(snap, running))
            if running.discount_pct == params.get("discount_pct"):
                return Blocker("offer_running", translate(
                    "Actions", "this offer on {name} is already running ({left} left)").format(name=name, left=left),
                               translate("Actions", "live {left} left").format(left=left), done=True,
                               ends_at=running.ends_at)
            return Blocker("offer_running", translate(
                "Actions", "an offer on {name} is already running (-{pct}%, {left} left)").format(
                    name=name, pct=numbers.decimal(running.discount_pct, _digits(running.discount_pct)), left=left),
                           translate("Actions", "other offer live, {left} left").format(left=left),
                           ends_at=running.ends_at)
        if _sold_out(snap, sku):
            return Blocker("sold_out", translate("Actions", "{name} is sold out").format(name=name),
                           translate("Actions", "sold out"))
    elif kind == "segment":
        seg = str(params.get("segment_id", ""))
        if snap.current_segment == seg:
            return Blocker("on_air", translate("Actions", "“{title}” is already on air").format(
                title=_segment_title(plan, seg)), translate("Actions", "on air now"), done=True)
    elif kind == "kit" and plan is not None:
        kit = next((k for k in plan.kits if k.id == params.get("kit_id")), None)
        empty = [sku for sku in kit.items if _sold_out(snap, sku)] if kit is not None else []
        if empty:
            names = ", ".join(_product_name(plan, sku) for sku in empty)
            if len(empty) == 1:
                return Blocker("sold_out", translate("Actions", "kit item {names} is sold out").format(names=names),
                               translate("Actions", "{name} sold out").format(name=_product_name(plan, empty[0])))
            return Blocker("sold_out", translate("Actions", "kit item {names} are sold out").format(names=names),
                           translate("Actions", "items sold out"))
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
        ended = _ended()
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


def _ended() -> Blocker:
    return Blocker("live_ended", translate("Actions", LIVE_ENDED), translate("Actions", "live ended"))


def _digits(value: float) -> int:
    """The decimals `f"{value:g}"` writes (20 -> 0, 12.5 -> 1)."""
    return len(f"{value:g}".partition(".")[2])


_SHORT: Final = (  # server and client sentences -> the words a button can hold
    (re.compile(r"already running"), QT_TRANSLATE_NOOP("Actions", "offer already running")),
    (re.compile(r"sold out"), QT_TRANSLATE_NOOP("Actions", "sold out")),
    (re.compile(r"already on air"), QT_TRANSLATE_NOOP("Actions", "already on air")),
    (re.compile(r"already live"), QT_TRANSLATE_NOOP("Actions", "kit already live")),
    (re.compile(r"live has ended"), QT_TRANSLATE_NOOP("Actions", "live ended")),
    (re.compile(r"did not answer in time"), QT_TRANSLATE_NOOP("Actions", "no answer in time")),
    (re.compile(r"not reachable"), QT_TRANSLATE_NOOP("Actions", "action API unreachable")),
    (re.compile(r"refused the token"), QT_TRANSLATE_NOOP("Actions", "token refused")),
    (re.compile(r"never received|never reached"), QT_TRANSLATE_NOOP("Actions", "never reached the server")),
)
_OWN_SHORT: Final = (  # the console's own sentences, as the language in use writes them -> the same short words
    (API_TIMEOUT, _SHORT[5][1]), (API_UNREACHABLE, _SHORT[6][1]), (API_TOKEN_REFUSED, _SHORT[7][1]),
    (NEVER_RECEIVED, _SHORT[8][1]), (NEVER_REACHED, _SHORT[8][1]), (LIVE_ENDED, _SHORT[4][1]),
)


def short_reason(error: str) -> str:
    """A failure in the few words a button shows ("sold out"); the full sentence goes to its tooltip."""
    for pattern, words in _SHORT:
        if pattern.search(error):
            return translate("Actions", words)
    for sentence, words in _OWN_SHORT:
        if translate("Actions", sentence) in error:
            return translate("Actions", words)
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
