"""Studio Feed Protocol v1: the event and control message types, and a decoder that never loses a frame.

Pure logic, no Qt and no I/O. `docs/protocol.md` is the specification; this module is its executable form.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Annotated, Any, Final, Literal
from urllib.parse import quote, unquote

import msgspec

from console.i18n import translate

PROTOCOL: Final = "studio-feed/1"

Channel = Literal["organic", "paid", "direct"]
CHANNELS: Final[tuple[Channel, ...]] = ("organic", "paid", "direct")
ClickSource = Literal["card", "chat_link", "shelf"]

NonNeg = Annotated[float, msgspec.Meta(ge=0)]
NonNegInt = Annotated[int, msgspec.Meta(ge=0)]
PosInt = Annotated[int, msgspec.Meta(ge=1)]
Percent = Annotated[float, msgspec.Meta(gt=0, lt=100)]
Id = Annotated[str, msgspec.Meta(min_length=1, max_length=128)]

#: Largest frame a client accepts; a larger one is rejected unread (bytes).
MAX_FRAME_BYTES: Final = 4 * 1024 * 1024


# Both ends read the feed token from this environment variable, never from the command line (it would show in `ps`).
TOKEN_ENV: Final = "LIVE_CONSOLE_TOKEN"


class CloseCode:
    """WebSocket close codes of the feed. `NO_RETRY` lists those after which a client must not reconnect."""

    NORMAL = 1000
    GOING_AWAY = 1001  # server going down: reconnect with since=last seq
    SERVICE_RESTART = 1012  # what the simulator's server (uvicorn) sends on shutdown: reconnect
    UNAUTHORIZED = 4001  # missing or bad token: do not reconnect
    KICKED = 4003  # an administrator removed this client: do not reconnect
    BAD_REQUEST = 4400  # malformed query (say, since=abc): fix the request, do not retry as is
    LIVE_ENDED = 4010  # the live is over and every event was delivered: do not reconnect
    SLOW_CONSUMER = 4008  # client fell too far behind: reconnect with since=last seq

    NO_RETRY: Final = frozenset({UNAUTHORIZED, KICKED, BAD_REQUEST, LIVE_ENDED})


# Who fired an action (additive in v1, docs/protocol.md, section 6): the seat named by the request's
# Live-Console-Seat header, on the action's start event as `by`. UNSET, not "": an event whose action no seat named
# encodes exactly as before the field existed. Not constrained here: a display field never costs an event.
Seat = str | msgspec.UnsetType


# --------------------------------------------------------------------------------------------------------
# Events: every one carries seq (1, 2, 3 ... per live, no gaps), ts (Unix seconds, live time) and type.
# kw_only lets every event share the seq/ts head while keeping required fields after it.


class _Event(msgspec.Struct, kw_only=True, tag_field="type", forbid_unknown_fields=False):
    seq: PosInt
    ts: NonNeg


class LiveStarted(_Event, tag="live_started"):
    live_id: Id
    title: str
    time_scale: Annotated[float, msgspec.Meta(gt=0)] = 1.0
    segment_id: Id | None = None  # the opening script segment, which no action caused
    currency: str = "EUR"


class LiveEnded(_Event, tag="live_ended"):
    live_id: Id
    reason: str = "finished"


class ViewerCount(_Event, tag="viewer_count"):
    viewers: NonNegInt  # concurrent viewers now
    total_viewers: NonNegInt  # unique viewers since the live started
    by_channel: dict[Channel, NonNegInt] = {}


class ViewerJoined(_Event, tag="viewer_joined"):
    viewer_id: Id
    channel: Channel


class ViewerLeft(_Event, tag="viewer_left"):
    viewer_id: Id
    channel: Channel
    dwell_s: NonNeg


class ChatMessage(_Event, tag="chat_message"):
    viewer_id: Id
    text: Annotated[str, msgspec.Meta(max_length=2000)]
    product_id: Id | None = None  # product the message is about, when the platform tags it
    channel: Channel | None = None


class ProductImpression(_Event, tag="product_impression"):
    product_id: Id
    viewer_id: Id
    channel: Channel


class ProductClick(_Event, tag="product_click"):
    product_id: Id
    viewer_id: Id
    channel: Channel
    source: ClickSource = "card"


class CartAdded(_Event, tag="cart_added"):
    cart_id: Id
    product_id: Id
    viewer_id: Id
    channel: Channel
    unit_price: NonNeg
    quantity: PosInt = 1


class CartAbandoned(_Event, tag="cart_abandoned"):
    cart_id: Id
    product_id: Id
    viewer_id: Id
    channel: Channel
    value: NonNeg
    reason: str = "timeout"


class OrderItem(msgspec.Struct, kw_only=True, forbid_unknown_fields=False):
    product_id: Id
    quantity: PosInt
    unit_price: NonNeg


class OrderPlaced(_Event, tag="order_placed"):
    order_id: Id
    customer_id: Id  # pseudonymised by the platform: never a name, e-mail or platform user id
    channel: Channel
    new_customer: bool
    items: Annotated[list[OrderItem], msgspec.Meta(min_length=1)]
    amount: NonNeg
    cart_id: Id | None = None
    kit_id: Id | None = None
    action_id: Id | None = None  # the flash offer or kit whose price this order took


class StockChanged(_Event, tag="stock_changed"):
    product_id: Id
    stock: NonNegInt


class SoldOut(_Event, tag="sold_out"):
    product_id: Id


class AdSpend(_Event, tag="ad_spend"):
    amount: NonNeg  # spend since the previous ad_spend event for this channel
    channel: Channel = "paid"


class OfferStarted(_Event, tag="offer_started"):
    action_id: Id
    product_id: Id
    discount_pct: Percent
    price: NonNeg
    duration_s: Annotated[float, msgspec.Meta(gt=0)]
    ends_at: NonNeg
    by: Seat = msgspec.UNSET


class OfferEnded(_Event, tag="offer_ended"):
    action_id: Id
    product_id: Id
    reason: Literal["expired", "sold_out", "live_ended", "replaced"] = "expired"


class SegmentChanged(_Event, tag="segment_changed"):
    action_id: Id
    segment_id: Id
    previous_segment_id: Id | None = None
    by: Seat = msgspec.UNSET


class KitLaunched(_Event, tag="kit_launched"):
    action_id: Id
    kit_id: Id
    price: NonNeg
    items: list[Id] = []
    by: Seat = msgspec.UNSET


# ----- additive in v1 (the platform bridge, docs/bridge.md): what a real live says that the simulator does not.
# A client that does not know them keeps them aside, as every unknown type, and loses nothing else.


class ProductFeatured(_Event, tag="product_featured"):
    """The host put a product on the viewers' screen (pinned) or took it off (unpinned)."""

    state: Literal["pinned", "unpinned"]
    platform: str
    platform_product_id: Id | None = None  # None only for an unpin that does not say which
    title: str = ""
    price: NonNeg | None = None  # as the platform showed it, parsed; None when unreadable
    price_text: str = ""
    product_id: Id | None = None  # the plan's product (its `platform_ids`), None when the plan does not map it


class ViewerLiked(_Event, tag="viewer_liked"):
    viewer_id: Id
    count: PosInt  # taps in this message (platforms batch them)
    total_likes: NonNegInt = 0  # the live's likes so far, as the platform counts them
    channel: Channel | None = None


class GiftSent(_Event, tag="gift_sent"):
    viewer_id: Id
    gift_id: str
    gift_name: str = ""
    count: PosInt = 1
    diamonds: NonNegInt = 0  # the platform's value of the whole gift
    channel: Channel | None = None


class ViewerFollowed(_Event, tag="viewer_followed"):
    viewer_id: Id
    channel: Channel | None = None


class LiveShared(_Event, tag="live_shared"):
    viewer_id: Id
    channel: Channel | None = None


Event = (
    LiveStarted
    | LiveEnded
    | ViewerCount
    | ViewerJoined
    | ViewerLeft
    | ChatMessage
    | ProductImpression
    | ProductClick
    | CartAdded
    | CartAbandoned
    | OrderPlaced
    | StockChanged
    | SoldOut
    | AdSpend
    | OfferStarted
    | OfferEnded
    | SegmentChanged
    | KitLaunched
    | ProductFeatured
    | ViewerLiked
    | GiftSent
    | ViewerFollowed
    | LiveShared
)

EVENT_TYPES: Final[frozenset[str]] = frozenset(
    t.__struct_config__.tag
    for t in Event.__args__
)
#: the events that put an operator's action on air (or take it off): each names the action_id it answers
ActionEvent = OfferStarted | OfferEnded | SegmentChanged | KitLaunched
# `type(ev) in ACTION_EVENT_CLASSES`: 4x faster than isinstance on a msgspec union, run for every event
ACTION_EVENT_CLASSES: Final[frozenset[type]] = frozenset(ActionEvent.__args__)

# --------------------------------------------------------------------------------------------------------
# Control messages: carry no seq; they are about the connection, not the live.


class _Control(msgspec.Struct, kw_only=True, tag_field="type", forbid_unknown_fields=False):
    pass


class Hello(_Control, tag="hello"):
    protocol: str
    live_id: str
    title: str
    started_at: float  # live time of the first event
    time_scale: float  # live seconds per wall second (1 for a real live; >1 for a fast simulator)
    first_seq: int  # oldest seq the server still holds (0 when none yet)
    last_seq: int  # newest seq so far (0 when none yet)
    server: str = ""
    # The event types this server's sources can send (additive in v1). None: every type (the simulator). A client
    # must draw a figure whose inputs are absent as "not available from this feed", never as zero.
    provides: list[str] | None = None


class Heartbeat(_Control, tag="heartbeat"):
    ts: float  # live time at the server when sent
    last_seq: int


class Gap(_Control, tag="gap"):
    from_seq: int  # first seq the client asked for that the server no longer holds
    to_seq: int  # last lost seq (inclusive)
    reason: str


Control = Hello | Heartbeat | Gap
Message = Event | Control

_frame_decoder: Final = msgspec.json.Decoder(list[Message] | Message)
_any_decoder: Final = msgspec.json.Decoder()
_encoder: Final = msgspec.json.Encoder()


@dataclass(slots=True)
class Rejected:
    """A frame or element that failed validation: kept with the reason, never dropped silently."""

    reason: str
    raw: str
    seq: int | None = None  # seq of the element when it had a readable one
    type: str | None = None


@dataclass(slots=True)
class DecodedFrame:
    events: list[Event] = field(default_factory=list)  # in frame order
    controls: list[Control] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    # True when the whole frame decoded in one pass: its text holds exactly `events` and `controls`, in order, so
    # a consumer may store the frame's text as it came instead of re-encoding each event (the recorder does).
    whole: bool = False


_FLOAT_NAMES: Final = ("ts", "amount", "value", "unit_price", "price", "dwell_s")
_float_fields: dict[type, tuple[str, ...]] = {}  # per message type: which of _FLOAT_NAMES it has (fast path)


def _fields_of(cls: type) -> tuple[str, ...]:
    names = _float_fields.get(cls)
    if names is None:
        fields = getattr(cls, "__struct_fields__", None)
        names = tuple(n for n in _FLOAT_NAMES if fields is None or n in fields)
        _float_fields[cls] = names
    return names


def _finite(ev: Any) -> str | None:
    """msgspec parses NaN/Infinity only from strings it rejects anyway; guard anyway for float fields."""
    for name in _fields_of(type(ev)):
        v = getattr(ev, name, None)
        if isinstance(v, float) and not math.isfinite(v):
            return f"{name}: not a finite number"
    return None


def _semantic_fault(m: Any) -> str | None:
    """Faults a schema cannot express: non-finite numbers, an order whose amount disagrees with its items."""
    bad = _finite(m)
    if bad is None and isinstance(m, OrderPlaced):
        bad = _order_mismatch(m)
    return bad


def _split_checked(msgs: list[Message], out: DecodedFrame) -> bool:
    """Events and controls into `out`, in frame order; True as soon as an event has a semantic fault.

    The hot path of every frame: one loop, per-type float fields looked up once (same checks as _semantic_fault).
    """
    events, controls = out.events, out.controls
    fields, isfinite, order = _float_fields, math.isfinite, OrderPlaced
    for m in msgs:
        cls = type(m)
        if not isinstance(m, _Event):
            controls.append(m)
            continue
        names = fields.get(cls)
        if names is None:
            names = _fields_of(cls)
        for name in names:
            v = getattr(m, name, None)
            if isinstance(v, float) and not isfinite(v):
                return True
        if isinstance(m, order) and _order_mismatch(m) is not None:
            return True
        events.append(m)
    return False


def _order_mismatch(o: OrderPlaced) -> str | None:
    total = sum(it.quantity * it.unit_price for it in o.items)
    if abs(total - o.amount) > max(0.01, 1e-6 * o.amount):
        return f"amount: {o.amount} does not equal the sum of items {total:.2f}"
    return None


def decode_frame(frame: str | bytes) -> DecodedFrame:
    """Decode one text frame (one JSON message or an array of them), keeping every bad element aside.

    The fast path validates the whole frame in one C call; only a frame that fails is taken apart element by
    element so that one bad event never costs the good ones beside it.
    """
    out = DecodedFrame()
    data = frame.encode() if isinstance(frame, str) else frame
    if len(data) > MAX_FRAME_BYTES:
        out.rejected.append(Rejected(f"frame of {len(data)} bytes exceeds the {MAX_FRAME_BYTES} limit",
                                     _excerpt(data)))
        return out
    try:
        msgs = _frame_decoder.decode(data)
    except (msgspec.DecodeError, UnicodeDecodeError):  # bad UTF-8 inside a string raises the latter
        pass
    else:
        msgs = msgs if isinstance(msgs, list) else [msgs]
        if not _split_checked(msgs, out):
            out.whole = True
            return out
        out.events, out.controls = [], []
        # a semantic fault: take the frame apart below so the rejected element keeps its raw text
    try:
        generic = _any_decoder.decode(data)
    except (msgspec.DecodeError, UnicodeDecodeError) as exc:
        reason = "invalid UTF-8" if _bad_utf8(data) else f"invalid JSON: {exc}"
        out.rejected.append(Rejected(reason, _excerpt(data)))
        return out
    for element in generic if isinstance(generic, list) else [generic]:
        _decode_element(element, out)
    return out


def _decode_element(element: Any, out: DecodedFrame) -> None:
    raw = _encoder.encode(element).decode()
    seq = element.get("seq") if isinstance(element, dict) else None
    seq = seq if isinstance(seq, int) and not isinstance(seq, bool) else None
    etype = element.get("type") if isinstance(element, dict) else None
    etype = etype if isinstance(etype, str) else None
    if not isinstance(element, dict):
        out.rejected.append(Rejected(f"expected a JSON object, got {type(element).__name__}", raw, seq, etype))
        return
    if etype is None:
        out.rejected.append(Rejected("type: missing or not a string", raw, seq, etype))
        return
    if etype not in EVENT_TYPES and etype not in {"hello", "heartbeat", "gap"}:
        out.rejected.append(Rejected(f"type: unknown event type {etype!r}", raw, seq, etype))
        return
    try:
        msg: Message = msgspec.convert(element, Message)
    except msgspec.ValidationError as exc:
        where, problem = field_error(exc)
        out.rejected.append(Rejected(f"{where or 'event'}: {problem}", raw, seq, etype))
        return
    if isinstance(msg, _Control):
        out.controls.append(msg)
    elif (fault := _semantic_fault(msg)) is not None:
        out.rejected.append(Rejected(fault, raw, seq, etype))
    else:
        out.events.append(msg)


def _bad_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _excerpt(data: bytes, limit: int = 4096) -> str:
    return data[:limit].decode("utf-8", errors="replace")


def encode(msg: Any) -> bytes:
    """Encode one message or a list of messages to JSON bytes."""
    return _encoder.encode(msg)


def event_type(ev: Any) -> str:
    return type(ev).__struct_config__.tag  # type: ignore[no-any-return]  # msgspec types the tag loosely; ours are strings


def product_of(ev: Any) -> str | None:
    """The product an event is about, when it is about exactly one."""
    return getattr(ev, "product_id", None)


def channel_of(ev: Any) -> str | None:
    return getattr(ev, "channel", None)


# --------------------------------------------------------------------------------------------------------
# Action requests (POST bodies). Unknown fields are refused so that a typo never passes silently.


class _Request(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    pass


class FlashOfferRequest(_Request):
    product_id: Id
    discount_pct: Annotated[float, msgspec.Meta(gt=0, le=90)]
    duration_s: Annotated[float, msgspec.Meta(ge=10, le=3600)]


class SegmentRequest(_Request):
    segment_id: Id


class KitRequest(_Request):
    kit_id: Id


#: The seat that sends an action request (docs/protocol.md, section 6): its name, percent-encoded UTF-8.
SEAT_HEADER: Final = "Live-Console-Seat"
SEAT_MAX_CHARS: Final = 64
_SEAT_SAFE: Final = "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) != "%")  # printable ASCII travels as is


def seat_problem(name: str) -> str:
    """What is wrong with a seat's name ('' when fine): 1 to 64 printable characters."""
    if not 1 <= len(name) <= SEAT_MAX_CHARS:
        return translate("Seats", "a seat's name has 1 to {most} characters (got {got})").format(
            most=SEAT_MAX_CHARS, got=len(name))
    if not name.isprintable():
        return translate("Seats", "a seat's name has printable characters only (no control characters or line breaks)")
    return ""


def seat_header_value(name: str) -> str:
    """The Live-Console-Seat header for a seat's name: HTTP header values are ASCII, names need not be ("joão")."""
    return quote(name, safe=_SEAT_SAFE)


def seat_from_header(value: str) -> str:
    """The seat's name from its header; raises ValueError saying what is wrong with it."""
    try:
        name = unquote(value, errors="strict")
    except UnicodeDecodeError:
        raise ValueError("not percent-encoded UTF-8") from None
    problem = seat_problem(name)
    if problem:
        raise ValueError(problem)
    return name


def seat_of(ev: Any) -> str:
    """The seat that fired the action an event starts ('' when none was named: an older console or server)."""
    by = getattr(ev, "by", "")
    return by if isinstance(by, str) else ""


ActionName = Literal["flash_offer", "segment", "kit"]
#: action kind -> (path under /v1/actions/, request type)
ACTION_ROUTES: Final[dict[str, tuple[str, type[_Request]]]] = {
    "flash_offer": ("flash-offer", FlashOfferRequest),
    "segment": ("script-segment", SegmentRequest),
    "kit": ("bundle-kit", KitRequest),
}


def field_error(exc: msgspec.ValidationError) -> tuple[str, str]:
    """(field, message) from a msgspec validation error, field as a dotted path ('' for the whole body)."""
    text = str(exc)
    head, sep, where = text.partition(" - at `$")
    field_path = where.rstrip("`").lstrip(".") if sep else ""
    if head.startswith(("Object missing required field", "Object contains unknown field")):
        name = head.split("`")[1]
        field_path = f"{field_path}.{name}" if field_path else name
        head = "missing required field" if "missing" in head else "unknown field"
    return field_path, head[:1].lower() + head[1:]
