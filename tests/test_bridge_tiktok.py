"""TikTok LIVE: decoders (console/bridge/tiktok.py), the mapping to protocol events (tiktok_map.py) and the
pseudonymised capture committed under tests/data/tiktok.

Two sources of truth, neither of them the code under test:
- the realdata corpus (../shared/realdata, not committed: it holds real people's ids), whose every line carries a
  `summary` decoded by TikTokLive 7.0.1: the decoders must reproduce every summary field of every message of the
  methods they decode. Those tests skip where the corpus is absent (CI);
- the committed capture, read with the json module: counts per method, and per event type the counts worked out
  by hand from the corpus summaries (written down below as constants).
"""

from __future__ import annotations

import base64
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

import msgspec
import pytest

from console.bridge import protowire as pw
from console.bridge import tiktok as tt
from console.bridge import tiktok_map as tm
from console.bridge.capture import read_capture
from console.bridge.protowire import LEN, VARINT, Field, Message
from console.bridge.tiktok_privacy import Redactor, is_user, viewer_id
from console.protocol import wire

ROOT = Path(__file__).resolve().parent.parent
CAPTURE = ROOT / "tests" / "data" / "tiktok" / "tiktoklivejava_corpus.capture.ndjson"


def _realdata() -> Path | None:
    env = os.environ.get("LIVE_CONSOLE_REALDATA")
    candidates = [Path(env)] if env else [p / "shared" / "realdata" for p in ROOT.parents]
    for base in candidates:
        f = base / "tiktok" / "webcast_messages.ndjson"
        if f.is_file():
            return f
    return None


REALDATA = _realdata()
needs_realdata = pytest.mark.skipif(REALDATA is None, reason="the realdata corpus is not on this machine (CI)")

# Counted in the corpus with `json` alone (one line = one message), the same in the committed capture.
METHOD_COUNTS = {
    "WebcastRoomUserSeqMessage": 84, "WebcastMemberMessage": 75, "WebcastChatMessage": 69, "WebcastLikeMessage": 63,
    "WebcastGiftMessage": 63, "WebcastSocialMessage": 63, "WebcastOecLiveShoppingMessage": 10,
    "WebcastControlMessage": 12,
}
TOTAL_MESSAGES = 1343
TOTAL_METHODS = 76
# Worked out from the corpus summaries: every RoomUserSeq is a count, every Member a join (action 1), every Chat a
# comment; 12 gifts close a streak (repeat_end 1) and 1 is a gift that never streaks (type 4), the other 50 are
# streaks in progress; Social action 1 (follow) 33 times, action 3 (share) 30; 4 product pins (pop_product set),
# 6 product-bag updates; 4 Control messages end a live (action 3), 8 pause or resume.
EVENT_COUNTS = {
    "viewer_count": 84, "viewer_joined": 75, "chat_message": 69, "viewer_liked": 63, "gift_sent": 13,
    "viewer_followed": 33, "live_shared": 30, "product_featured": 4, "live_ended": 4,
}
NOT_MAPPED_OF_MAPPED_METHODS = {"WebcastGiftMessage": 50, "WebcastOecLiveShoppingMessage": 6,
                                "WebcastControlMessage": 8}
# client_enter_source of the 75 joins: 59 organic (homepage_hot 37, live_merge 12, homepage_follow 2,
# follow_recommend 2, recommend, push, inner_push, live_end, search_result, general_search), 16 direct (unknown 11,
# message 5), none paid.
JOINS_BY_CHANNEL = {"organic": 59, "direct": 16}
KEY = b"test-key-0123456789abcdef"


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ---------------------------------------------------------------------------------------------------------------
# The decoders against TikTokLive's own reading of 1,343 real messages


def _user_summary(u: tt.User | None) -> dict[str, str] | None:
    return None if u is None else {"id": str(u.user_id), "unique_id": u.unique_id, "nickname": u.nickname}


def _summary(v: tt.TikTokMessage) -> dict[str, Any]:
    """Our decoded value in the shape of the corpus's `summary` (TikTokLive 7.0.1's field names)."""
    if isinstance(v, tt.Member):
        return {"user": _user_summary(v.user), "action": v.action, "enter_type": v.enter_type,
                "client_enter_source": v.client_enter_source, "client_enter_type": v.client_enter_type,
                "member_count": v.member_count}
    if isinstance(v, tt.Like):
        return {"user": _user_summary(v.user), "count": v.count, "total": v.total}
    if isinstance(v, tt.RoomUserSeq):
        return {"total": v.viewers, "total_user": v.total_viewers}
    if isinstance(v, tt.Gift):
        return {"user": _user_summary(v.user), "gift": v.gift_name, "diamonds": v.diamonds,
                "repeat_count": v.repeat_count, "repeat_end": v.repeat_end}
    if isinstance(v, tt.Chat):
        return {"user": _user_summary(v.user), "content": v.content}
    if isinstance(v, tt.Social):
        return {"user": _user_summary(v.user), "action": v.action, "share_type": v.share_type}
    if isinstance(v, tt.OecLiveShopping):
        p = v.pop_product
        return {"action_type": v.action_type, "live_product_number": v.live_product_number,
                "pop_product": None if p is None else {"product_id": p.product_id, "title": p.title,
                                                       "price": p.price, "source": p.source}}
    return {}  # Control: the corpus summarises nothing of it


@needs_realdata
def test_decoders_reproduce_every_summary_field_of_the_real_corpus() -> None:
    assert REALDATA is not None
    rows = _lines(REALDATA)
    assert len(rows) == TOTAL_MESSAGES
    checked: Counter[str] = Counter()
    for row in rows:
        decoded = tt.decode(row["method"], base64.b64decode(row["payload_b64"]))
        if decoded is None:
            assert row["method"] not in tt.DECODED_METHODS
            continue
        assert _summary(decoded) == row["summary"], (row["method"], row.get("msg_id"))
        assert decoded.common.method == row["method"]
        if "msg_id" in row:
            assert str(decoded.common.msg_id) == row["msg_id"]
            assert decoded.common.create_time_ms == row["create_time_ms"]
        checked[row["method"]] += 1
    assert checked == METHOD_COUNTS


@needs_realdata
def test_the_hand_counted_expectations_hold_in_the_corpus_summaries() -> None:
    """The constants above, recounted from the summaries (TikTokLive's decoding, not ours)."""
    assert REALDATA is not None
    rows = _lines(REALDATA)
    s = [r["summary"] for r in rows]
    by = Counter(r["method"] for r in rows)
    assert len(by) == TOTAL_METHODS
    assert {m: by[m] for m in METHOD_COUNTS} == METHOD_COUNTS
    social = Counter(x["action"] for r, x in zip(rows, s, strict=True) if r["method"] == "WebcastSocialMessage")
    assert social == {1: EVENT_COUNTS["viewer_followed"], 3: EVENT_COUNTS["live_shared"]}
    gifts = [x for r, x in zip(rows, s, strict=True) if r["method"] == "WebcastGiftMessage"]
    assert sum(g["repeat_end"] for g in gifts) == 12  # + the one type-4 gift = 13 gift_sent
    pins = [x for r, x in zip(rows, s, strict=True) if r["method"] == "WebcastOecLiveShoppingMessage"]
    assert sum(p["pop_product"] is not None for p in pins) == EVENT_COUNTS["product_featured"]
    joins = Counter(tm.channel_for(x["client_enter_source"])[0]
                    for r, x in zip(rows, s, strict=True) if r["method"] == "WebcastMemberMessage")
    assert joins == JOINS_BY_CHANNEL


# ---------------------------------------------------------------------------------------------------------------
# The committed capture


def test_the_committed_capture_reads_whole() -> None:
    raw = _lines(CAPTURE)
    by_json = Counter(r["method"] for r in raw)
    assert len(raw) == TOTAL_MESSAGES
    assert len(by_json) == TOTAL_METHODS
    assert {m: by_json[m] for m in METHOD_COUNTS} == METHOD_COUNTS
    reader = read_capture(CAPTURE)
    records = list(reader)
    assert reader.bad == []
    assert Counter(r.method for r in records) == by_json
    assert {r.platform for r in records} == {"tiktok"}
    ts = [r.recv_ts for r in records]
    assert ts == sorted(ts)  # reception order
    assert ts[0] >= 1694563200  # 2023-09-13 UTC
    assert ts[-1] <= 1701820800  # 2023-12-06 UTC


def _map_capture() -> tuple[tm.TikTokMapper, list[tm.Draft]]:
    mapper = tm.TikTokMapper(live_id="tiktok-corpus", key=KEY)
    drafts: list[tm.Draft] = []
    for r in read_capture(CAPTURE):
        assert r.payload is not None
        drafts.extend(mapper.map(r.method, r.payload, r.recv_ts))
    return mapper, drafts


def test_every_message_of_the_capture_maps_or_is_counted() -> None:
    mapper, drafts = _map_capture()
    stats = mapper.stats
    assert Counter(d.type for d in drafts) == EVENT_COUNTS
    assert stats.events == EVENT_COUNTS
    assert sum(stats.messages.values()) == TOTAL_MESSAGES
    for method, n in stats.messages.items():
        assert stats.mapped[method] + stats.not_mapped[method] == n, method
    mapped_messages = sum(METHOD_COUNTS.values()) - sum(NOT_MAPPED_OF_MAPPED_METHODS.values())
    assert sum(stats.mapped.values()) == mapped_messages == 375
    assert sum(stats.not_mapped.values()) == TOTAL_MESSAGES - mapped_messages
    assert {m: stats.not_mapped[m] for m in NOT_MAPPED_OF_MAPPED_METHODS} == NOT_MAPPED_OF_MAPPED_METHODS
    unmapped_methods = {m for m in stats.messages if m not in METHOD_COUNTS}
    assert len(unmapped_methods) == TOTAL_METHODS - len(METHOD_COUNTS)
    assert stats.undecodable == {}
    reasons = {m: r for (m, r) in stats.reasons if m in NOT_MAPPED_OF_MAPPED_METHODS}
    assert reasons["WebcastGiftMessage"] == "gift streak in progress (counted at its end)"
    assert reasons["WebcastControlMessage"].startswith("control action ")
    assert all(r == "method not mapped" for (m, r) in stats.reasons if m in unmapped_methods)


def test_the_capture_maps_to_valid_protocol_events() -> None:
    _, drafts = _map_capture()
    existing = [d for d in drafts if d.type in tm.EXISTING_TYPES]
    frame = msgspec.json.encode([d.to_wire(seq) for seq, d in enumerate(existing, start=1)])
    out = wire.decode_frame(frame)
    assert out.rejected == []
    assert len(out.events) == len(existing) == 84 + 75 + 69 + 4
    joins = Counter(e.channel for e in out.events if isinstance(e, wire.ViewerJoined))
    assert joins == JOINS_BY_CHANNEL
    counts = [e for e in out.events if isinstance(e, wire.ViewerCount)]
    assert all(e.by_channel == {} for e in counts)  # TikTok does not say: never a made-up split
    assert {e.reason for e in out.events if isinstance(e, wire.LiveEnded)} == {"finished"}
    # the proposed types: plain JSON, ids and counts in range
    proposed = [d.to_wire(1) for d in drafts if d.type not in tm.EXISTING_TYPES]
    assert json.loads(msgspec.json.encode(proposed)) == proposed
    for ev in proposed:
        if "viewer_id" in ev:
            assert re.fullmatch(r"v-[0-9a-f]{16}", ev["viewer_id"])
        if ev["type"] == "gift_sent":
            assert ev["count"] >= 1 and ev["diamonds"] >= 0
        if ev["type"] == "viewer_liked":
            assert 1 <= ev["count"] <= 15


def test_product_pins_of_the_capture() -> None:
    _, drafts = _map_capture()
    pins = [d for d in drafts if isinstance(d, tm.ProductFeaturedDraft)]
    # the corpus's four pins, as TikTokLive decoded them (../shared/realdata summaries)
    assert Counter((p.platform_product_id, p.price_text, p.price) for p in pins) == {
        ("1729609008007580355", "฿100.00", 100.0): 2, ("1729681322177039043", "฿190.00", 190.0): 1,
        ("1729609304255072963", "฿100.00", 100.0): 1}
    assert {(p.state, p.platform, p.product_id) for p in pins} == {("pinned", "tiktok", None)}
    assert all(p.title for p in pins)


def test_viewer_ids_are_stable_pseudonyms() -> None:
    _, drafts_a = _map_capture()
    _, drafts_b = _map_capture()
    ids_a = [getattr(d, "viewer_id", None) for d in drafts_a]
    assert ids_a == [getattr(d, "viewer_id", None) for d in drafts_b]  # same key, same ids
    other = tm.TikTokMapper(live_id="x", key=b"another-key-0123456789")
    user = tt.User(7202029220235068421, "someone", "Some One", "")
    assert other.viewer(user) != tm.TikTokMapper(live_id="x", key=KEY).viewer(user)
    assert "7202029220235068421" not in other.viewer(user)
    assert viewer_id(KEY, 1) == viewer_id(KEY, 1) != viewer_id(KEY, 2)


# ---------------------------------------------------------------------------------------------------------------
# Privacy of the committed files


def _walk_users(data: bytes, out: list[Message], depth: int = 0) -> None:
    try:
        m = Message.parse(data)
    except pw.ProtoWireError:
        return
    for f in m.fields:
        if f.wire_type != LEN or depth > 40:
            continue
        try:
            sub = Message.parse(f.value)  # type: ignore[arg-type]
        except pw.ProtoWireError:
            continue
        if f.value and is_user(sub):
            out.append(sub)
        _walk_users(f.value, out, depth + 1)  # type: ignore[arg-type]


def test_every_person_in_the_capture_is_a_pseudonym() -> None:
    """Runs in CI: whatever the source was, every User in the committed capture has a pseudonymous handle,
    nickname, sec_uid and avatar, and no TikTok avatar URL or sec_uid is left anywhere."""
    users: list[Message] = []
    text = CAPTURE.read_bytes()
    blobs = [base64.b64decode(r["payload_b64"]) for r in _lines(CAPTURE)]
    for b in blobs:
        _walk_users(b, users)
    assert len(users) > 1000
    pseudo = re.compile(r"user-[0-9a-f]{10}")
    for u in users:
        assert pseudo.fullmatch(u.string(tt.UserF.USERNAME) or "user-0000000000")
        assert pseudo.fullmatch(u.string(tt.UserF.NICKNAME) or "user-0000000000")
        assert re.fullmatch(r"(sec-[0-9a-f]{24})?", u.string(tt.UserF.SEC_UID))
        for avatar in u.messages(tt.UserF.AVATAR_THUMB):
            assert avatar.strings(tt.ImageF.URL_LIST)[0].startswith("https://example.invalid/avatar/")
        for dropped in (tt.UserF.BIO, tt.UserF.BORDER, tt.UserF.BORDERS, tt.UserF.OWN_ROOM):
            assert not u.has(dropped)
    everything = b"\n".join([text, *blobs])
    assert b"-avt-" not in everything
    assert b"MS4wLjABAAAA" not in everything


@needs_realdata
def test_no_identifier_of_the_source_is_in_the_committed_files() -> None:
    """Every user id, handle and nickname the corpus's summaries name, and every room host's handle: none is in
    tests/data/tiktok (the capture's JSON and its decoded payloads, the README)."""
    assert REALDATA is not None
    ids: set[str] = set()
    names: set[str] = set()
    for row in _lines(REALDATA):
        names.add(row["stream"])
        user = row["summary"].get("user")
        if user:
            ids.add(user["id"])
            names.update((user["unique_id"], user["nickname"]))
    assert len(ids) > 200
    files = sorted(CAPTURE.parent.iterdir())
    blobs = [base64.b64decode(r["payload_b64"]) for r in _lines(CAPTURE)]
    everything = b"\n".join([*(f.read_bytes() for f in files), *blobs])
    digit_runs = set(re.findall(rb"\d+", everything))
    assert [i for i in ids if i.encode() in digit_runs] == []
    # a name of four characters or more must not appear anywhere, not even inside another text
    leaked_names = [n for n in names if len(n) >= 4 and n.encode() in everything]
    assert leaked_names == []
    # shorter ones ("8", "Rr", "dex") are everyday strings: they must not be any person's name or handle
    short = {n for n in names if len(n) < 4}
    users: list[Message] = []
    for b in blobs:
        _walk_users(b, users)
    assert not [u for u in users if u.string(tt.UserF.NICKNAME) in short or u.string(tt.UserF.USERNAME) in short]
    # and no bare varint anywhere equals a user id
    id_values = {int(i) for i in ids}

    def varints(data: bytes, depth: int = 0) -> list[int]:
        try:
            m = Message.parse(data)
        except pw.ProtoWireError:
            return []
        found = [f.value for f in m.fields if f.wire_type == VARINT]
        for f in m.fields:
            if f.wire_type == LEN and depth < 40:
                found.extend(varints(f.value, depth + 1))  # type: ignore[arg-type]
        return found  # type: ignore[return-value]

    assert not [v for b in blobs for v in varints(b) if v in id_values]


# ---------------------------------------------------------------------------------------------------------------
# Mapping rules on messages built by hand


def _user(uid: int, handle: str = "h", nick: str = "N") -> bytes:
    return pw.encode_fields([pw.varint_field(1, uid), pw.string_field(3, nick), pw.string_field(38, handle)])


def _common(method: str, key: str = "") -> Field:
    fields = [pw.string_field(1, method), pw.varint_field(2, 99)]
    if key:
        fields.append(Field(8, LEN, pw.encode_fields([pw.string_field(1, key)])))
    return Field(1, LEN, pw.encode_fields(fields))


def _msg(method: str, *fields: Field, key: str = "") -> bytes:
    return pw.encode_fields([_common(method, key), *fields])


def _join(uid: int, source: str, action: int = 1) -> bytes:
    return _msg("WebcastMemberMessage", Field(2, LEN, _user(uid)), pw.varint_field(10, action),
                pw.string_field(19, source))


def test_a_viewers_chat_and_engagement_carry_the_channel_of_their_join() -> None:
    mapper = tm.TikTokMapper(live_id="L", key=KEY)
    [join] = mapper.map("WebcastMemberMessage", _join(42, "homepage_hot-live_cell"), 10.0)
    assert (join.type, join.viewer_id, join.channel) == ("viewer_joined", viewer_id(KEY, 42), "organic")  # type: ignore[attr-defined]
    chat = _msg("WebcastChatMessage", Field(2, LEN, _user(42)), pw.string_field(3, "how much?"))
    [c] = mapper.map("WebcastChatMessage", chat, 11.0)
    assert c.to_wire(5) == {"type": "chat_message", "viewer_id": viewer_id(KEY, 42), "text": "how much?",
                            "product_id": None, "channel": "organic", "seq": 5, "ts": 11.0}
    stranger = _msg("WebcastChatMessage", Field(2, LEN, _user(43)), pw.string_field(3, "x" * 3000))
    [s] = mapper.map("WebcastChatMessage", stranger, 12.0)
    assert s.channel is None and len(s.text) == tm.MAX_CHAT_TEXT  # type: ignore[attr-defined]
    like = _msg("WebcastLikeMessage", pw.varint_field(2, 15), pw.varint_field(3, 1000), Field(5, LEN, _user(42)))
    [lk] = mapper.map("WebcastLikeMessage", like, 13.0)
    assert lk.to_wire(6) == {"type": "viewer_liked", "viewer_id": viewer_id(KEY, 42), "count": 15,
                             "total_likes": 1000, "channel": "organic", "seq": 6, "ts": 13.0}


def test_remembered_channels_are_bounded() -> None:
    mapper = tm.TikTokMapper(live_id="L", key=KEY, max_remembered=2)
    for uid in (1, 2, 3):
        mapper.map("WebcastMemberMessage", _join(uid, "message-live_cover"), 1.0)
    chats = [mapper.map("WebcastChatMessage", _msg("WebcastChatMessage", Field(2, LEN, _user(uid)),
                                                   pw.string_field(3, "hi")), 2.0)[0] for uid in (1, 3)]
    assert [c.channel for c in chats] == [None, "direct"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("source", "channel"), [
    ("homepage_hot-live_cell", "organic"), ("homepage_hot-video_head", "organic"),
    ("live_merge-live_cover", "organic"), ("homepage_follow-live_cell", "organic"),
    ("follow_recommend-message", "organic"), ("recommend-suggested_others_photo", "organic"),
    ("push-push", "organic"), ("inner_push-inner_push", "organic"), ("live_end-live_cover", "organic"),
    ("search_result-live_cell", "organic"), ("general_search-video_head", "organic"),
    ("message-live_cover", "direct"), ("share-link", "direct"), ("unknown", "direct"), ("", "direct"),
    ("something_new-live_cell", "direct"),
    ("homepage_hot-ad_live_cell", "paid"), ("ads-live_cover", "paid"), ("live_merge-promoted_live", "paid"),
    ("HOMEPAGE_HOT-LIVE_CELL", "organic"),
])
def test_channel_table(source: str, channel: str) -> None:
    assert tm.channel_for(source)[0] == channel


def test_what_does_not_map_is_counted_with_its_reason() -> None:
    mapper = tm.TikTokMapper(live_id="L", key=KEY)
    assert mapper.map("WebcastMemberMessage", _join(1, "push-push", action=3), 1.0) == []
    assert mapper.map("WebcastControlMessage", _msg("WebcastControlMessage", pw.varint_field(2, 1)), 1.0) == []
    assert mapper.map("WebcastChatMessage", b"\x0a\x05ab", 1.0) == []  # truncated: undecodable
    assert mapper.map("WebcastChatMessage", _msg("WebcastChatMessage", pw.string_field(3, "no user")), 1.0) == []
    assert mapper.map("WebcastPollMessage", b"\x08\x01", 1.0) == []
    assert mapper.map("WebcastSocialMessage", _msg("WebcastSocialMessage", Field(2, LEN, _user(1)),
                                                   pw.varint_field(4, 7)), 1.0) == []
    stats = mapper.stats
    assert stats.not_mapped == {"WebcastMemberMessage": 1, "WebcastControlMessage": 1, "WebcastChatMessage": 2,
                                "WebcastPollMessage": 1, "WebcastSocialMessage": 1}
    assert stats.undecodable == {"WebcastChatMessage": 1}
    reasons = set(stats.reasons)
    assert ("WebcastMemberMessage", "member action 3 (not a join)") in reasons
    assert ("WebcastControlMessage", "control action paused") in reasons
    assert ("WebcastChatMessage", "comment without a user") in reasons
    assert ("WebcastPollMessage", "method not mapped") in reasons
    assert ("WebcastSocialMessage", "social action 7") in reasons
    assert any(m == "WebcastChatMessage" and r.startswith("undecodable: ") and "runs past the end" in r
               for m, r in reasons)
    assert sum(stats.mapped.values()) == 0


def test_live_end_gifts_follows_shares_and_pins_by_hand() -> None:
    mapper = tm.TikTokMapper(live_id="room-1", key=KEY)
    end = mapper.map("WebcastControlMessage", _msg("WebcastControlMessage", pw.varint_field(2, 3)), 5.0)
    banned = mapper.map("WebcastControlMessage", _msg("WebcastControlMessage", pw.varint_field(2, 4)), 6.0)
    assert [d.to_wire(1) for d in end + banned] == [
        {"type": "live_ended", "live_id": "room-1", "reason": "finished", "seq": 1, "ts": 5.0},
        {"type": "live_ended", "live_id": "room-1", "reason": "suspended", "seq": 1, "ts": 6.0}]
    rose = Field(15, LEN, pw.encode_fields([pw.varint_field(5, 5655), pw.varint_field(11, 1),
                                            pw.varint_field(12, 1), pw.string_field(16, "Rose")]))
    running = _msg("WebcastGiftMessage", Field(7, LEN, _user(9)), rose, pw.varint_field(5, 3))
    done = _msg("WebcastGiftMessage", Field(7, LEN, _user(9)), rose, pw.varint_field(5, 4), pw.varint_field(9, 1))
    assert mapper.map("WebcastGiftMessage", running, 7.0) == []
    [gift] = mapper.map("WebcastGiftMessage", done, 8.0)
    assert (gift.gift_id, gift.gift_name, gift.count, gift.diamonds) == ("5655", "Rose", 4, 4)  # type: ignore[attr-defined]
    follow = _msg("WebcastSocialMessage", Field(2, LEN, _user(9)), pw.varint_field(4, 1),
                  key="pm_main_follow_message_viewer_2")
    share = _msg("WebcastSocialMessage", Field(2, LEN, _user(9)), pw.varint_field(4, 3))  # no key: by action
    assert [d.type for d in mapper.map("WebcastSocialMessage", follow, 9.0)] == ["viewer_followed"]
    assert [d.type for d in mapper.map("WebcastSocialMessage", share, 9.0)] == ["live_shared"]
    product = Field(4, LEN, pw.encode_fields([pw.string_field(1, "Chef's knife"), pw.string_field(2, "1.234,50 €"),
                                              pw.varint_field(6, 1729609008007580355)]))
    [pin] = mapper.map("WebcastOecLiveShoppingMessage", _msg("WebcastOecLiveShoppingMessage", pw.varint_field(2, 1),
                                                              product), 10.0)
    [unpin] = mapper.map("WebcastOecLiveShoppingMessage", _msg("WebcastOecLiveShoppingMessage",
                                                                pw.varint_field(2, 2)), 11.0)
    assert pin.to_wire(3) == {"type": "product_featured", "state": "pinned", "platform": "tiktok",
                              "platform_product_id": "1729609008007580355", "title": "Chef's knife",
                              "price": 1234.5, "price_text": "1.234,50 €", "product_id": None, "seq": 3, "ts": 10.0}
    assert (unpin.state, unpin.platform_product_id) == ("unpinned", None)  # type: ignore[attr-defined]
    bag = _msg("WebcastOecLiveShoppingMessage", pw.varint_field(3, 4))
    assert mapper.map("WebcastOecLiveShoppingMessage", bag, 12.0) == []


@pytest.mark.parametrize(("text", "value"), [
    ("฿100.00", 100.0), ("$55.99", 55.99), ("$1,299", 1299.0), ("1.234,56 €", 1234.56), ("R$ 1.234", 1234.0),
    ("Rp15.000", 15000.0), ("£9.5", 9.5), ("12", 12.0), ("free", None), ("", None), ("€ 1 234,50", 1234.5),
])
def test_parse_price(text: str, value: float | None) -> None:
    assert tm.parse_price(text) == value


# ---------------------------------------------------------------------------------------------------------------
# The redactor on messages built by hand


def test_the_redactor_rewrites_people_everywhere_and_nothing_else() -> None:
    alice = _user(7_000_000_000_000_000_001, handle="alice.wonder", nick="Alice W")
    avatar = Field(9, LEN, pw.encode_fields([pw.string_field(1, "https://p16-sign-va.tiktokcdn.com/tos-maliva-"
                                                                 "avt-0068/abc~c5_100x100.webp"),
                                             pw.string_field(2, "100x100/tos-maliva-avt-0068/abc")]))
    full = alice + pw.encode_fields([avatar, pw.string_field(5, "my bio"), pw.string_field(46, "MS4wLjABAAAAxyz"),
                                     pw.string_field(1028, "7000000000000000001")])
    chat = _msg("WebcastChatMessage", Field(2, LEN, full), pw.string_field(3, "hi @alice.wonder, Alice W here"),
                pw.varint_field(40, 7_000_000_000_000_000_001), pw.string_field(41, "at_user_7000000000000000001"),
                pw.string_field(42, "a.alice.wonder is someone else"))
    redactor = Redactor(b"k" * 32)
    assert redactor.learn(chat) == 1
    out = Message.parse(redactor.redact(chat))
    p = redactor.pseudonym(7_000_000_000_000_000_001)
    user = out.message(2)
    assert user is not None
    assert (user.int64(1), user.string(3), user.string(38), user.string(46), user.string(1028)) == (
        p.user_id, p.handle, p.handle, p.sec_uid, str(p.user_id))
    assert not user.has(5)
    image = user.message(9)
    assert image is not None and image.strings(1) == [p.avatar_url]
    assert out.string(3) == f"hi @{p.handle}, {p.handle} here"
    assert out.int64(40) == p.user_id
    assert out.string(41) == f"at_user_{p.user_id}"
    assert out.string(42) == "a.alice.wonder is someone else"  # a handle only between non-handle characters
    common = out.message(1)
    assert common is not None and common.string(1) == "WebcastChatMessage"  # the rest as it was
    plain = _msg("WebcastChatMessage", pw.string_field(3, "nobody here"))
    assert redactor.redact(plain) == plain  # nothing to change: the very same bytes


def test_short_nicknames_are_replaced_only_where_their_owner_is() -> None:
    eight = _user(5_000_000_000, handle="eight_8", nick="8")
    gift = pw.encode_fields([_common("WebcastGiftMessage"), Field(7, LEN, eight),
                             Field(50, LEN, pw.encode_fields([pw.string_field(7, "8: gifted the host 1 Rose")]))])
    other = _msg("WebcastRoomMessage", pw.string_field(3, "8"))
    redactor = Redactor(b"k" * 32)
    redactor.learn(gift)
    redactor.learn(other)
    handle = redactor.pseudonym(5_000_000_000).handle
    sub = Message.parse(redactor.redact(gift)).message(50)
    assert sub is not None and sub.string(7) == f"{handle}: gifted the host 1 Rose"
    assert redactor.redact(other) == other


def test_redactor_keys() -> None:
    with pytest.raises(ValueError, match="16 bytes"):
        Redactor(b"short")
    a, b = Redactor.with_random_key(), Redactor.with_random_key()
    assert a.pseudonym(1) != b.pseudonym(1)
    assert a.pseudonym(1) == a.pseudonym(1)
    with pytest.raises(ValueError, match="16 bytes"):
        tm.TikTokMapper(live_id="L", key=b"short")
