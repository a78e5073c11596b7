"""TikTok LIVE messages -> Studio Feed Protocol v1 events (docs/bridge.md, "TikTok mapping").

The mapper is pure: bytes and a receive time in, event drafts out. A draft is an event without its `seq` (the
bridge numbers the merged stream of all its sources); `Draft.to_wire(seq)` gives the JSON object the feed sends.

| method | event | notes |
|---|---|---|
| WebcastRoomUserSeqMessage | `viewer_count` | `total` -> viewers, `total_user` -> total_viewers; no `by_channel` |
| WebcastMemberMessage, action 1 | `viewer_joined` | channel from `client_enter_source` (`channel_for`) |
| WebcastChatMessage | `chat_message` | channel of the viewer's join when the bridge saw it |
| WebcastOecLiveShoppingMessage with a product | `product_featured` (proposed) | pinned / unpinned |
| WebcastControlMessage, action 3 or 4 | `live_ended` | reason "finished" (host) or "suspended" (TikTok) |
| WebcastLikeMessage | `viewer_liked` (proposed) | likes in the message and the live's total |
| WebcastGiftMessage, once complete | `gift_sent` (proposed) | a streak counts once, at its end |
| WebcastSocialMessage follow / share | `viewer_followed` / `live_shared` (proposed) | |

Every other message, and any of these the table does not cover (a member action that is not a join, a gift
streak still running, a pause), is counted in `MapStats.not_mapped` under its method name, with the reason in
`MapStats.reasons`: every message is either mapped or counted, none disappears.

Viewer ids are pseudonyms (`tiktok_privacy.viewer_id`) under the key the bridge gives the mapper: keep the key
for the live (a restarted bridge must give a viewer the same id) and never log it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final, Literal

from console.bridge import tiktok
from console.bridge.tiktok_privacy import viewer_id
from console.protocol.wire import Channel

#: the protocol's limit on chat text (wire.ChatMessage)
MAX_CHAT_TEXT: Final = 2000
#: viewers whose join channel the mapper remembers (for their chat and engagement events), oldest forgotten first
MAX_REMEMBERED_VIEWERS: Final = 500_000


# ---------------------------------------------------------------------------------------------------------------
# Channel from client_enter_source

#: `client_enter_source` is "<enter_from_merge>-<enter_method>" ("homepage_hot-live_cell"). The first part says
#: where in the app the viewer found the live; it decides the channel. Matched on the whole first part.
ENTER_FROM_CHANNELS: Final[dict[str, tuple[Channel, str]]] = {
    "homepage_hot": ("organic", "For You feed"),
    "live_merge": ("organic", "LIVE feed: swiping from one live to the next"),
    "homepage_follow": ("organic", "Following feed"),
    "follow_recommend": ("organic", "recommended among followed accounts"),
    "recommend": ("organic", "recommendation (suggested accounts)"),
    "live_end": ("organic", "suggested on another live's end screen"),
    "search_result": ("organic", "search results"),
    "general_search": ("organic", "search results"),
    "search": ("organic", "search"),
    "others_homepage": ("organic", "the host's profile"),
    "personal_homepage": ("organic", "the host's profile"),
    "push": ("organic", "TikTok's push notification to followers (not bought)"),
    "inner_push": ("organic", "TikTok's in-app notification"),
    "message": ("direct", "the inbox: a live shared in a direct message, or an activity notice"),
    "chat": ("direct", "a direct message"),
    "share": ("direct", "a shared link"),
    "link": ("direct", "a link"),
    "h5": ("direct", "a web link"),
    "web": ("direct", "a web link"),
    "qr_code": ("direct", "a QR code"),
    "deeplink": ("direct", "a link from outside the app"),
    "external": ("direct", "outside the app"),
}
#: a source with one of these words (split on "-" and "_") is promoted traffic, wherever in the app it landed
PAID_WORDS: Final = frozenset({"ad", "ads", "promote", "promoted", "promotion", "paid", "sponsored", "boost"})
_WORDS: Final = re.compile(r"[-_]")


def channel_for(client_enter_source: str) -> tuple[Channel, str]:
    """The channel of a join and the rule that chose it. Ad words first, then the table, else "direct"."""
    source = client_enter_source.strip().lower()
    words = set(_WORDS.split(source))
    if words & PAID_WORDS:
        return "paid", "promoted: the source names an ad"
    found = ENTER_FROM_CHANNELS.get(source.split("-", 1)[0])
    if found is not None:
        return found
    if source in ("", "unknown"):
        return "direct", "TikTok did not say"
    return "direct", "a source this table does not know"


# ---------------------------------------------------------------------------------------------------------------
# Drafts: events without seq


@dataclass(frozen=True, slots=True)
class Draft:
    """An event before the bridge numbers it. Subclasses hold the event's own fields."""

    type: ClassVar[str] = ""
    ts: float

    def fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__ if name != "ts"}

    def to_wire(self, seq: int) -> dict[str, Any]:
        """The event as the feed sends it (a JSON object)."""
        return {"type": self.type, **self.fields(), "seq": seq, "ts": self.ts}


@dataclass(frozen=True, slots=True)
class ViewerCountDraft(Draft):
    type: ClassVar[str] = "viewer_count"
    viewers: int
    total_viewers: int
    by_channel: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ViewerJoinedDraft(Draft):
    type: ClassVar[str] = "viewer_joined"
    viewer_id: str
    channel: Channel


@dataclass(frozen=True, slots=True)
class ChatMessageDraft(Draft):
    type: ClassVar[str] = "chat_message"
    viewer_id: str
    text: str
    product_id: str | None = None
    channel: Channel | None = None


@dataclass(frozen=True, slots=True)
class LiveEndedDraft(Draft):
    type: ClassVar[str] = "live_ended"
    live_id: str
    reason: str = "finished"


@dataclass(frozen=True, slots=True)
class ProductFeaturedDraft(Draft):
    """Proposed `product_featured`: a product put on (or taken off) the viewers' screen by the host."""

    type: ClassVar[str] = "product_featured"
    state: Literal["pinned", "unpinned"]
    platform: str
    platform_product_id: str | None  # None only for an unpin that does not say which
    title: str
    price: float | None  # parsed from price_text; None when it cannot be read
    price_text: str  # as the platform displayed it, currency sign included
    product_id: str | None = None  # the plan's product (the bridge fills it from the plan's platform_ids)


@dataclass(frozen=True, slots=True)
class ViewerLikedDraft(Draft):
    """Proposed `viewer_liked`: taps on the heart (TikTok batches up to 15 in one message)."""

    type: ClassVar[str] = "viewer_liked"
    viewer_id: str
    count: int
    total_likes: int  # the live's likes so far, as the platform counts them
    channel: Channel | None = None


@dataclass(frozen=True, slots=True)
class GiftSentDraft(Draft):
    """Proposed `gift_sent`: a completed gift (a streak of N counts once, at its end, with count N)."""

    type: ClassVar[str] = "gift_sent"
    viewer_id: str
    gift_id: str
    gift_name: str
    count: int
    diamonds: int  # the platform's value of the whole gift: per-unit diamonds x count
    channel: Channel | None = None


@dataclass(frozen=True, slots=True)
class ViewerFollowedDraft(Draft):
    """Proposed `viewer_followed`: a viewer followed the host during the live."""

    type: ClassVar[str] = "viewer_followed"
    viewer_id: str
    channel: Channel | None = None


@dataclass(frozen=True, slots=True)
class LiveSharedDraft(Draft):
    """Proposed `live_shared`: a viewer shared the live."""

    type: ClassVar[str] = "live_shared"
    viewer_id: str
    channel: Channel | None = None


#: the event types this mapper can produce
EVENT_TYPES: Final = frozenset(c.type for c in (
    ViewerCountDraft, ViewerJoinedDraft, ChatMessageDraft, LiveEndedDraft, ProductFeaturedDraft, ViewerLikedDraft,
    GiftSentDraft, ViewerFollowedDraft, LiveSharedDraft))
#: of which these are v1 types today; the others are the additive v1 types proposed in docs/bridge.md
EXISTING_TYPES: Final = frozenset({"viewer_count", "viewer_joined", "chat_message", "live_ended"})


# ---------------------------------------------------------------------------------------------------------------
# Prices

_NUMBER: Final = re.compile(r"\d[\d.,\s\u00a0\u202f']*")


def parse_price(text: str) -> float | None:
    """The number in a displayed price: "฿100.00" -> 100.0, "1.234,56 €" -> 1234.56, "$1,299" -> 1299.0.

    The last "." or "," is the decimal mark when one or two digits follow it; every other separator groups
    thousands. None when there is no number or it is ambiguous beyond that rule.
    """
    m = _NUMBER.search(text)
    if m is None:
        return None
    raw = re.sub(r"[\s\u00a0\u202f']", "", m.group(0)).rstrip(".,")
    last = max(raw.rfind("."), raw.rfind(","))
    if last != -1 and 1 <= len(raw) - last - 1 <= 2:
        whole, frac = raw[:last], raw[last + 1:]
    else:
        whole, frac = raw, ""
    whole = whole.replace(".", "").replace(",", "")
    if not whole.isdigit() or (frac and not frac.isdigit()):
        return None
    value = float(f"{whole}.{frac or '0'}")
    return value if math.isfinite(value) else None


# ---------------------------------------------------------------------------------------------------------------
# The mapper


@dataclass
class MapStats:
    """What the mapper did with every message: mapped (by method), the events made (by type), not mapped (by
    method) and why. `messages == mapped + not_mapped`, method by method."""

    messages: Counter[str] = field(default_factory=Counter)
    mapped: Counter[str] = field(default_factory=Counter)
    events: Counter[str] = field(default_factory=Counter)
    not_mapped: Counter[str] = field(default_factory=Counter)
    reasons: Counter[tuple[str, str]] = field(default_factory=Counter)
    undecodable: Counter[str] = field(default_factory=Counter)


class TikTokMapper:
    """Maps one TikTok LIVE room's messages to protocol event drafts, keeping a tally of everything else."""

    PLATFORM: ClassVar[str] = "tiktok"

    def __init__(self, *, live_id: str, key: bytes, max_remembered: int = MAX_REMEMBERED_VIEWERS) -> None:
        if len(key) < 16:
            raise ValueError("the viewer pseudonym key must have at least 16 bytes")
        self.live_id = live_id
        self._key = key
        self._channels: OrderedDict[str, Channel] = OrderedDict()
        self._max_remembered = max_remembered
        self.stats = MapStats()

    def viewer(self, user: tiktok.User) -> str:
        return viewer_id(self._key, user.user_id)

    def map(self, method: str, payload: bytes, ts: float) -> list[Draft]:
        """The drafts for one message received at `ts` (Unix seconds); [] when it maps to nothing (counted)."""
        stats = self.stats
        stats.messages[method] += 1
        try:
            decoded = tiktok.decode(method, payload)
        except tiktok.TikTokDecodeError as exc:
            stats.undecodable[method] += 1
            return self._skip(method, f"undecodable: {exc.reason}")
        if decoded is None:
            return self._skip(method, "method not mapped")
        drafts, reason = self._map(decoded, ts)
        if not drafts:
            return self._skip(method, reason)
        stats.mapped[method] += 1
        for d in drafts:
            stats.events[d.type] += 1
        return drafts

    def _skip(self, method: str, reason: str) -> list[Draft]:
        self.stats.not_mapped[method] += 1
        self.stats.reasons[(method, reason)] += 1
        return []

    def _map(self, m: tiktok.TikTokMessage, ts: float) -> tuple[list[Draft], str]:
        if isinstance(m, tiktok.RoomUserSeq):
            if m.viewers < 0 or m.total_viewers < 0:
                return [], "negative viewer count"
            return [ViewerCountDraft(ts, viewers=m.viewers, total_viewers=m.total_viewers)], ""
        if isinstance(m, tiktok.Member):
            if m.action != tiktok.MEMBER_JOINED:
                return [], f"member action {m.action} (not a join)"
            if m.user is None:
                return [], "join without a user"
            channel, _rule = channel_for(m.client_enter_source)
            vid = self.viewer(m.user)
            self._remember(vid, channel)
            return [ViewerJoinedDraft(ts, viewer_id=vid, channel=channel)], ""
        if isinstance(m, tiktok.Chat):
            if m.user is None:
                return [], "comment without a user"
            vid = self.viewer(m.user)
            return [ChatMessageDraft(ts, viewer_id=vid, text=m.content[:MAX_CHAT_TEXT],
                                     channel=self._channels.get(vid))], ""
        if isinstance(m, tiktok.OecLiveShopping):
            return self._product(m, ts)
        if isinstance(m, tiktok.Control):
            if not m.ends_live:
                return [], f"control action {tiktok.CONTROL_ACTIONS.get(m.action, m.action)}"
            reason = "finished" if m.action == tiktok.CONTROL_ENDED else "suspended"
            return [LiveEndedDraft(ts, live_id=self.live_id, reason=reason)], ""
        return self._engagement(m, ts)

    def _product(self, m: tiktok.OecLiveShopping, ts: float) -> tuple[list[Draft], str]:
        p = m.pop_product
        if m.action_type == tiktok.OEC_CANCEL_PIN_PRODUCT:
            return [ProductFeaturedDraft(ts, state="unpinned", platform=self.PLATFORM,
                                         platform_product_id=p.product_id if p is not None else None,
                                         title=p.title if p is not None else "", price=None,
                                         price_text=p.price if p is not None else "")], ""
        if p is None:
            action = tiktok.OEC_ACTIONS.get(m.action_type or 0, str(m.action_type))
            return [], f"shop update without a product on screen ({action})"
        return [ProductFeaturedDraft(ts, state="pinned", platform=self.PLATFORM, platform_product_id=p.product_id,
                                     title=p.title, price=parse_price(p.price), price_text=p.price)], ""

    def _engagement(self, m: tiktok.TikTokMessage, ts: float) -> tuple[list[Draft], str]:
        user = getattr(m, "user", None)
        if user is None:
            return [], "no user"
        vid = self.viewer(user)
        channel = self._channels.get(vid)
        if isinstance(m, tiktok.Like):
            if m.count <= 0:
                return [], "like message without likes"
            return [ViewerLikedDraft(ts, viewer_id=vid, count=m.count, total_likes=max(m.total, 0),
                                     channel=channel)], ""
        if isinstance(m, tiktok.Gift):
            if m.gift_type == 1 and m.repeat_end == 0:
                return [], "gift streak in progress (counted at its end)"
            count = max(m.repeat_count, 1)
            return [GiftSentDraft(ts, viewer_id=vid, gift_id=str(m.gift_id), gift_name=m.gift_name, count=count,
                                  diamonds=max(m.diamonds, 0) * count, channel=channel)], ""
        if isinstance(m, tiktok.Social):
            kind = m.kind
            if kind == "follow":
                return [ViewerFollowedDraft(ts, viewer_id=vid, channel=channel)], ""
            if kind == "share":
                return [LiveSharedDraft(ts, viewer_id=vid, channel=channel)], ""
            return [], f"social action {m.action}"
        return [], "method not mapped"

    def _remember(self, vid: str, channel: Channel) -> None:
        channels = self._channels
        channels[vid] = channel
        channels.move_to_end(vid)
        if len(channels) > self._max_remembered:
            channels.popitem(last=False)
