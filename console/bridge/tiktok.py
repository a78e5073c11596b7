"""TikTok LIVE webcast messages: field maps and decoders, on our own wire reader (no TikTokLive, no generated code).

A TikTok LIVE room pushes protobuf messages, each named by a `method` ("WebcastChatMessage", ...). The bridge maps
eight of them (console/bridge/tiktok_map.py); this module turns their bytes into small typed values. Field
numbers are facts of TikTok's schema, taken from two public descriptions of it and checked against 1,343 real
messages whose fields TikTokLive 7.0.1 had decoded (tests/test_bridge_tiktok.py reproduces every one of them):

- isaackogan/TikTokLiveProto `resources/proto_output/webcast.proto` (commit 8008f82),
- jwdeveloper/TikTokLiveJava `API/src/main/proto/{webcast,data,enums}.proto` (commit 203d7f4),
- for WebcastOecLiveShoppingMessage, which neither describes as TikTok now sends it, the protobuf.js descriptor
  TikTok's own web player carries (fields `action_type` 2, `live_product_number` 3, `pop_product` 4) and the
  real pins in the corpus (PopProduct: title 1, price 2, image 3, url 4, product id 6, source 7).

Every decoder is strict about what it reads (a field of the wrong wire type or a string that is not UTF-8 raises
`TikTokDecodeError` naming the method) and ignores what it does not read, so a field TikTok adds tomorrow
changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from console.bridge.protowire import Message, ProtoWireError


class TikTokDecodeError(ValueError):
    """A message's bytes could not be read as the method says (names the method and the fault)."""

    def __init__(self, method: str, reason: str) -> None:
        self.method = method
        self.reason = reason
        super().__init__(f"{method}: {reason}")


# ---------------------------------------------------------------------------------------------------------------
# Field numbers. Names follow the schemas above; the comments say what a field holds where that is not obvious.


class CommonF:
    """`common` (field 1 of every webcast message): the envelope."""

    METHOD: Final = 1
    MSG_ID: Final = 2
    ROOM_ID: Final = 3
    CREATE_TIME: Final = 4  # milliseconds since the epoch
    DESCRIBE: Final = 7
    DISPLAY_TEXT: Final = 8  # a Text (key 1, default pattern 2, pieces 4)


class TextF:
    KEY: Final = 1  # e.g. "pm_main_follow_message_viewer_2", "pm_mt_guidance_share"
    DEFAULT_PATTERN: Final = 2  # e.g. "{0:user} joined"
    PIECES: Final = 4


class UserF:
    """`User`: the same message wherever a person appears (viewer, gifter, host, ranked viewer...)."""

    ID: Final = 1  # int64
    NICKNAME: Final = 3
    BIO: Final = 5
    AVATAR_THUMB: Final = 9  # Image
    AVATAR_MEDIUM: Final = 10
    AVATAR_LARGE: Final = 11
    SHARE_QRCODE_URI: Final = 19
    BORDER: Final = 25
    SPECIAL_ID: Final = 26
    OWN_ROOM: Final = 33
    USERNAME: Final = 38  # the @handle ("unique id"; TikTokLive 7 calls it display_id)
    VERIFIED_CONTENT: Final = 43
    SEC_UID: Final = 46
    BORDERS: Final = 61
    AVATAR_JPG: Final = 1012
    BACKGROUND_IMG_URL: Final = 1013
    ID_STR: Final = 1028


class ImageF:
    URL_LIST: Final = 1  # repeated string
    URI: Final = 2


class RoomUserSeqF:
    RANKS: Final = 2  # repeated Contributor (score 1, user 2, rank 3)
    TOTAL: Final = 3  # concurrent viewers now
    POP_STR: Final = 4
    POPULARITY: Final = 6
    TOTAL_USER: Final = 7  # viewers since the live started


class MemberF:
    USER: Final = 2
    MEMBER_COUNT: Final = 3
    ENTER_TYPE: Final = 9
    ACTION: Final = 10  # MemberMessageAction: 1 joined, 3 subscribed, ...
    CLIENT_ENTER_SOURCE: Final = 19  # where the viewer came from, e.g. "homepage_hot-live_cell"
    CLIENT_ENTER_TYPE: Final = 20  # how, e.g. "click", "draw"; often empty
    CLIENT_LIVE_REASON: Final = 21


class ChatF:
    USER: Final = 2
    CONTENT: Final = 3
    AT_USER: Final = 12
    CONTENT_LANGUAGE: Final = 14


class LikeF:
    COUNT: Final = 2  # likes in this message (TikTok batches taps, at most 15)
    TOTAL: Final = 3  # likes of the live so far
    USER: Final = 5


class GiftF:
    GIFT_ID: Final = 2
    REPEAT_COUNT: Final = 5  # streak length so far
    COMBO_COUNT: Final = 6
    USER: Final = 7
    TO_USER: Final = 8
    REPEAT_END: Final = 9  # 1 on the message that closes a streak
    GROUP_ID: Final = 11
    GIFT: Final = 15  # GiftStruct


class GiftStructF:
    ID: Final = 5
    TYPE: Final = 11  # 1: a streakable gift (counted once, at the end of its streak)
    DIAMOND_COUNT: Final = 12
    NAME: Final = 16


class SocialF:
    USER: Final = 2
    SHARE_TYPE: Final = 3
    ACTION: Final = 4  # 1 follow, 3 share (the corpus; TikTokLive tells them apart by the display text key)
    SHARE_TARGET: Final = 5
    FOLLOW_COUNT: Final = 6
    SHARE_COUNT: Final = 8


class OecLiveShoppingF:
    ACTION_TYPE: Final = 2  # see OEC_ACTIONS
    LIVE_PRODUCT_NUMBER: Final = 3  # products in the live's bag
    POP_PRODUCT: Final = 4


class PopProductF:
    TITLE: Final = 1
    PRICE: Final = 2  # display string with its currency sign, e.g. "฿100.00", "$55.99"
    IMAGE_URL: Final = 3
    SHOP_URL: Final = 4
    PRODUCT_ID: Final = 6  # uint64
    SOURCE: Final = 7  # e.g. "TikTok Shop"


class ControlF:
    ACTION: Final = 2  # see CONTROL_ACTIONS
    TIPS: Final = 3


#: MemberMessageAction
MEMBER_JOINED: Final = 1
MEMBER_SUBSCRIBED: Final = 3

#: WebcastSocialMessage.action
SOCIAL_FOLLOW: Final = 1
SOCIAL_SHARE: Final = 3

#: ControlAction (TikTokLiveJava enums.proto)
CONTROL_ACTIONS: Final = {0: "unknown", 1: "paused", 2: "unpaused", 3: "ended", 4: "suspended"}
CONTROL_ENDED: Final = 3
CONTROL_SUSPENDED: Final = 4  # ended by TikTok (a ban), not by the host

#: OecLiveShoppingMessage.ActionType (TikTok's web player)
OEC_ACTIONS: Final = {
    0: "live_product_number_change", 1: "set_pop_product", 2: "cancel_pin_product", 3: "change_bag_product_order",
    4: "bag_product_stock_change", 5: "bag_product_meta_info_change", 6: "set_product_hot_tag",
    7: "set_product_atmosphere_tag", 8: "banned_live_permission", 9: "unbanned_live_permission",
    10: "flash_sale_atmosphere_status_change", 11: "flash_sale_atmosphere_stock_change", 12: "refresh_pin_product",
    13: "pin_product_list", 14: "cancel_pin_product_list",
}
OEC_SET_POP_PRODUCT: Final = 1
OEC_CANCEL_PIN_PRODUCT: Final = 2
OEC_REFRESH_PIN_PRODUCT: Final = 12


# ---------------------------------------------------------------------------------------------------------------
# Typed values


@dataclass(frozen=True, slots=True)
class Common:
    method: str
    msg_id: int
    room_id: int
    create_time_ms: int
    display_key: str  # common.display_text.key ("" when absent)


@dataclass(frozen=True, slots=True)
class User:
    user_id: int
    unique_id: str  # the @handle
    nickname: str
    sec_uid: str


@dataclass(frozen=True, slots=True)
class RoomUserSeq:
    common: Common
    viewers: int  # concurrent, now (field `total`)
    total_viewers: int  # since the start (field `total_user`)


@dataclass(frozen=True, slots=True)
class Member:
    common: Common
    user: User | None
    action: int
    member_count: int
    enter_type: int
    client_enter_source: str
    client_enter_type: str


@dataclass(frozen=True, slots=True)
class Chat:
    common: Common
    user: User | None
    content: str


@dataclass(frozen=True, slots=True)
class Like:
    common: Common
    user: User | None
    count: int
    total: int


@dataclass(frozen=True, slots=True)
class Gift:
    common: Common
    user: User | None
    gift_id: int
    gift_name: str
    diamonds: int  # per unit
    gift_type: int
    repeat_count: int
    repeat_end: int


@dataclass(frozen=True, slots=True)
class Social:
    common: Common
    user: User | None
    action: int
    share_type: int
    share_target: str
    follow_count: int
    share_count: int

    @property
    def kind(self) -> str:
        """"follow", "share" or "other": the display text's key says it first (what TikTokLive reads), the action
        code second."""
        key = self.common.display_key
        if "follow" in key:
            return "follow"
        if "share" in key:
            return "share"
        return {SOCIAL_FOLLOW: "follow", SOCIAL_SHARE: "share"}.get(self.action, "other")


@dataclass(frozen=True, slots=True)
class PopProduct:
    product_id: str  # TikTok Shop's product id, as a decimal string (it exceeds a JSON-safe integer)
    title: str
    price: str  # as displayed: "฿100.00"
    source: str
    image_url: str
    shop_url: str


@dataclass(frozen=True, slots=True)
class OecLiveShopping:
    common: Common
    action_type: int | None  # None when absent on the wire (0, "live_product_number_change", is not sent)
    live_product_number: int | None
    pop_product: PopProduct | None


@dataclass(frozen=True, slots=True)
class Control:
    common: Common
    action: int
    tips: str

    @property
    def ends_live(self) -> bool:
        return self.action in (CONTROL_ENDED, CONTROL_SUSPENDED)


TikTokMessage = RoomUserSeq | Member | Chat | Like | Gift | Social | OecLiveShopping | Control


# ---------------------------------------------------------------------------------------------------------------
# Decoders


def decode_common(m: Message) -> Common:
    c = m.message(1)
    if c is None:
        return Common("", 0, 0, 0, "")
    text = c.message(CommonF.DISPLAY_TEXT)
    return Common(method=c.string(CommonF.METHOD), msg_id=c.int64(CommonF.MSG_ID), room_id=c.int64(CommonF.ROOM_ID),
                  create_time_ms=c.int64(CommonF.CREATE_TIME),
                  display_key=text.string(TextF.KEY) if text is not None else "")


def decode_user(m: Message | None) -> User | None:
    if m is None:
        return None
    return User(user_id=m.int64(UserF.ID), unique_id=m.string(UserF.USERNAME), nickname=m.string(UserF.NICKNAME),
                sec_uid=m.string(UserF.SEC_UID))


def _room_user_seq(m: Message) -> RoomUserSeq:
    return RoomUserSeq(decode_common(m), viewers=m.int64(RoomUserSeqF.TOTAL),
                       total_viewers=m.int64(RoomUserSeqF.TOTAL_USER))


def _member(m: Message) -> Member:
    return Member(decode_common(m), decode_user(m.message(MemberF.USER)), action=m.int32(MemberF.ACTION),
                  member_count=m.int32(MemberF.MEMBER_COUNT), enter_type=m.int64(MemberF.ENTER_TYPE),
                  client_enter_source=m.string(MemberF.CLIENT_ENTER_SOURCE),
                  client_enter_type=m.string(MemberF.CLIENT_ENTER_TYPE))


def _chat(m: Message) -> Chat:
    return Chat(decode_common(m), decode_user(m.message(ChatF.USER)), content=m.string(ChatF.CONTENT))


def _like(m: Message) -> Like:
    return Like(decode_common(m), decode_user(m.message(LikeF.USER)), count=m.int32(LikeF.COUNT),
                total=m.int32(LikeF.TOTAL))


def _gift(m: Message) -> Gift:
    g = m.message(GiftF.GIFT)
    return Gift(decode_common(m), decode_user(m.message(GiftF.USER)),
                gift_id=g.int64(GiftStructF.ID) if g is not None else m.int64(GiftF.GIFT_ID),
                gift_name=g.string(GiftStructF.NAME) if g is not None else "",
                diamonds=g.int32(GiftStructF.DIAMOND_COUNT) if g is not None else 0,
                gift_type=g.int32(GiftStructF.TYPE) if g is not None else 0,
                repeat_count=m.int32(GiftF.REPEAT_COUNT), repeat_end=m.int32(GiftF.REPEAT_END))


def _social(m: Message) -> Social:
    return Social(decode_common(m), decode_user(m.message(SocialF.USER)), action=m.int64(SocialF.ACTION),
                  share_type=m.int64(SocialF.SHARE_TYPE), share_target=m.string(SocialF.SHARE_TARGET),
                  follow_count=m.int32(SocialF.FOLLOW_COUNT), share_count=m.int32(SocialF.SHARE_COUNT))


def _oec_live_shopping(m: Message) -> OecLiveShopping:
    p = m.message(OecLiveShoppingF.POP_PRODUCT)
    pop = None
    if p is not None:
        pop = PopProduct(product_id=str(p.uint(PopProductF.PRODUCT_ID)), title=p.string(PopProductF.TITLE),
                         price=p.string(PopProductF.PRICE), source=p.string(PopProductF.SOURCE),
                         image_url=p.string(PopProductF.IMAGE_URL), shop_url=p.string(PopProductF.SHOP_URL))
    return OecLiveShopping(
        decode_common(m),
        action_type=m.int32(OecLiveShoppingF.ACTION_TYPE) if m.has(OecLiveShoppingF.ACTION_TYPE) else None,
        live_product_number=(m.int32(OecLiveShoppingF.LIVE_PRODUCT_NUMBER)
                             if m.has(OecLiveShoppingF.LIVE_PRODUCT_NUMBER) else None),
        pop_product=pop)


def _control(m: Message) -> Control:
    return Control(decode_common(m), action=m.int32(ControlF.ACTION), tips=m.string(ControlF.TIPS))


DECODERS: Final[dict[str, Callable[[Message], TikTokMessage]]] = {
    "WebcastRoomUserSeqMessage": _room_user_seq,
    "WebcastMemberMessage": _member,
    "WebcastChatMessage": _chat,
    "WebcastLikeMessage": _like,
    "WebcastGiftMessage": _gift,
    "WebcastSocialMessage": _social,
    "WebcastOecLiveShoppingMessage": _oec_live_shopping,
    "WebcastControlMessage": _control,
}
#: the methods this module decodes; every other method is the mapper's "not mapped" tally
DECODED_METHODS: Final = frozenset(DECODERS)


def decode(method: str, payload: bytes) -> TikTokMessage | None:
    """The typed value of one message, or None for a method this module does not decode.

    Raises TikTokDecodeError when the bytes are not a well-formed message of that method.
    """
    decoder = DECODERS.get(method)
    if decoder is None:
        return None
    try:
        return decoder(Message.parse(payload))
    except ProtoWireError as exc:
        raise TikTokDecodeError(method, str(exc)) from None
