"""Pseudonyms for the people in TikTok LIVE messages: for the console's viewer ids, and for captures we share.

Two jobs, one rule: a real person's identifiers (user id, @handle, nickname, sec_uid, avatar) never leave the
bridge or enter the repository as they came.

- `viewer_id(key, user_id)`: the stable pseudonym the bridge serves as `viewer_id` (HMAC-SHA256 of the user id
  under the live's key, "v-" + 16 hex digits). The same key gives the same viewer the same id for the whole live;
  without the key the id says nothing about the person.
- `Redactor`: rewrites whole webcast messages for a capture that may be published (tests/data, a bug report).
  It needs two passes over a capture: `learn(payload)` on every message first collects the people (every
  User-shaped sub-message, wherever it sits, of any method), then `redact(payload)` re-encodes each message with
  - every User-shaped sub-message rewritten field by field: id, handle, nickname, sec_uid and id_str replaced by
    pseudonyms, avatars by a placeholder image, bio, QR code, borders (their reward ids embed user ids), own
    room, special id, verified text and background dropped; the rest (badges, levels, follow counts) kept;
  - every varint anywhere equal to a known user id replaced by that person's pseudonymous id;
  - every string anywhere rewritten: known ids (as whole digit runs, "at_user_123..."), handles (between
    non-handle characters), nicknames (4 characters or more anywhere; shorter ones only in the message that
    carries that person), sec_uids and TikTok avatar URLs replaced.
  Pseudonyms derive from HMAC-SHA256 under a key the caller makes and throws away (`Redactor.with_random_key`),
  so nothing in the output can be turned back into the person, while one person keeps one pseudonym across the
  whole capture. What no User sub-message ever names (an id seen only as a bare number somewhere) cannot be
  recognised: the converter's test checks the result against every identifier the source's own decoded summary
  lists.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from console.bridge.protowire import LEN, VARINT, Field, Message, ProtoWireError, string_field, varint_field
from console.bridge.tiktok import ImageF, UserF

#: the deepest message nesting the redactor walks (webcast messages nest about 10 deep)
MAX_DEPTH: Final = 40
#: user ids below this are not looked for among bare varints (small numbers are counts, not people)
MIN_ID_VALUE: Final = 1 << 20
#: nicknames shorter than this are replaced only inside the message that carries their owner's User
MIN_GLOBAL_NICKNAME: Final = 4

_AVATAR_FIELDS: Final = frozenset({UserF.AVATAR_THUMB, UserF.AVATAR_MEDIUM, UserF.AVATAR_LARGE, UserF.AVATAR_JPG})
_DROPPED_FIELDS: Final = frozenset({UserF.BIO, UserF.SHARE_QRCODE_URI, UserF.BORDER, UserF.SPECIAL_ID, UserF.OWN_ROOM,
                                    UserF.VERIFIED_CONTENT, UserF.BORDERS, UserF.BACKGROUND_IMG_URL})
_SEC_UID: Final = re.compile(r"MS4wLjABAAAA[A-Za-z0-9_\-]+")
#: TikTok's avatar buckets ("tos-maliva-avt-0068", "tos-alisg-avt-0068", ...), in full URLs and in image uris
_AVATAR: Final = re.compile(r"\S*tos-[a-z0-9]+-avt-\S*")
_HANDLE_CHARS: Final = "A-Za-z0-9_."


def viewer_id(key: bytes, user_id: int) -> str:
    """The console's pseudonym for a TikTok user under one live's key: "v-" + 16 hex digits."""
    return "v-" + hmac.new(key, b"tiktok-user:%d" % user_id, hashlib.sha256).hexdigest()[:16]



def _nested(m: Message, depth: int = 0) -> Iterator[Message]:
    """Every sub-message nested in `m`, each before its own (depth first), as the bytes of a length-delimited
    field that are not printable text and parse as a message; deeper than MAX_DEPTH raises ProtoWireError."""
    if depth > MAX_DEPTH:
        raise ProtoWireError(f"messages nested deeper than {MAX_DEPTH}")
    for f in m.fields:
        if f.wire_type != LEN or _printable(f.value):  # type: ignore[arg-type]
            continue
        sub = _sub_message(f.value)  # type: ignore[arg-type]
        if sub is None:
            continue
        yield sub
        yield from _nested(sub, depth + 1)

@dataclass(frozen=True, slots=True)
class Pseudonym:
    user_id: int
    handle: str  # also the nickname: "user-<hex>"
    sec_uid: str
    avatar_url: str


def _text(value: bytes) -> str | None:
    try:
        s = value.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return s


def _sub_message(value: bytes) -> Message | None:
    if not value:
        return None
    try:
        return Message.parse(value)
    except ProtoWireError:
        return None


def _is_text(m: Message, number: int) -> bool:
    found = m.all(number)
    return bool(found) and all(f.wire_type == LEN and _text(f.value) is not None for f in found)  # type: ignore[arg-type]


def _is_avatar(m: Message, number: int) -> bool:
    found = m.all(number)
    if len(found) != 1 or found[0].wire_type != LEN:
        return False
    image = _sub_message(found[0].value)  # type: ignore[arg-type]  # LEN values are bytes
    if image is None or not _is_text(image, ImageF.URL_LIST):
        return False
    return image.strings(ImageF.URL_LIST)[0].startswith("http")


def is_user(m: Message) -> bool:
    """Does this sub-message look like TikTok's User? One varint id (field 1) and a handle (38) or a sec_uid (46),
    or a nickname (3) with an avatar image (9)."""
    ids = m.all(UserF.ID)
    if len(ids) != 1 or ids[0].wire_type != VARINT:
        return False
    return (_is_text(m, UserF.USERNAME) or _is_text(m, UserF.SEC_UID)
            or (_is_text(m, UserF.NICKNAME) and _is_avatar(m, UserF.AVATAR_THUMB)))


class Redactor:
    """Learns the people of a capture, then rewrites its messages with stable pseudonyms (module docstring)."""

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("the pseudonym key must have at least 16 bytes")
        self._key = key
        self._by_id: dict[int, Pseudonym] = {}
        self._texts: dict[str, str] = {}  # original identifier -> its pseudonym text
        self._nicknames: dict[str, str] = {}
        self._handles: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None

    @classmethod
    def with_random_key(cls) -> Redactor:
        """A redactor whose key exists only in this process: its pseudonyms cannot be reversed or repeated."""
        return cls(secrets.token_bytes(32))

    def _digest(self, label: str) -> str:
        return hmac.new(self._key, label.encode("utf-8"), hashlib.sha256).hexdigest()

    def pseudonym(self, user_id: int) -> Pseudonym:
        p = self._by_id.get(user_id)
        if p is None:
            h = self._digest(f"id:{user_id}")
            handle = f"user-{h[:10]}"
            # 60 bits: a positive int64 that no real TikTok id (a 63-bit snowflake near 7e18) is likely to equal
            p = Pseudonym(int(h[10:25], 16), handle, f"sec-{h[25:49]}", f"https://example.invalid/avatar/{handle}.webp")
            self._by_id[user_id] = p
        return p

    # ---- pass 1

    def learn(self, payload: bytes) -> int:
        """Collect every person this message names; the number of User sub-messages found."""
        return self._learn(Message.parse(payload))

    def learn_handle(self, handle: str) -> None:
        """A handle known from outside the messages (a capture's room host)."""
        if handle and handle not in self._handles:
            self._handles[handle] = "user-" + self._digest(f"handle:{handle}")[:10]
            self._pattern = None

    def _learn(self, m: Message) -> int:
        found = 0
        for sub in _nested(m):
            if is_user(sub):
                found += 1
                self._remember(sub)
        return found

    def _remember(self, user: Message) -> None:
        uid = user.int64(UserF.ID)
        p = self.pseudonym(uid)
        if uid >= MIN_ID_VALUE:
            self._texts.setdefault(str(uid), str(p.user_id))
        handle, nick, sec = (user.string(UserF.USERNAME), user.string(UserF.NICKNAME), user.string(UserF.SEC_UID))
        if handle:
            self._handles.setdefault(handle, p.handle)
        if nick:
            self._nicknames.setdefault(nick, p.handle)
        if sec:
            self._texts.setdefault(sec, p.sec_uid)
        self._pattern = None

    @property
    def people(self) -> int:
        return len(self._by_id)

    # ---- pass 2

    def redact(self, payload: bytes) -> bytes:
        """The message with every person it names replaced by their pseudonym (learn() every message first)."""
        m = Message.parse(payload)
        local: dict[str, str] = {}
        self._local_nicknames(m, local)
        out = self._walk(m, local, 0)
        return payload if out is None else out.encode()

    def _local_nicknames(self, m: Message, local: dict[str, str]) -> None:
        """Short nicknames of the people this message carries: replaced in this message only."""
        for sub in _nested(m):
            if is_user(sub):
                nick = sub.string(UserF.NICKNAME)
                if nick and len(nick) < MIN_GLOBAL_NICKNAME:
                    local[nick] = self.pseudonym(sub.int64(UserF.ID)).handle

    def _walk(self, m: Message, local: dict[str, str], depth: int) -> Message | None:
        """The rewritten message, or None when nothing in it changed (its bytes are then kept exactly)."""
        if depth > MAX_DEPTH:
            raise ProtoWireError(f"messages nested deeper than {MAX_DEPTH}")
        changed = False
        out: list[Field] = []
        for f in m.fields:
            new = self._field(f, local, depth)
            if new is not f:
                changed = True
            if new is not None:
                out.append(new)
        return Message(out) if changed else None

    def _field(self, f: Field, local: dict[str, str], depth: int) -> Field | None:
        if f.wire_type == VARINT:
            p = self._by_id.get(f.value) if f.value >= MIN_ID_VALUE else None  # type: ignore[operator, arg-type]
            return f if p is None else varint_field(f.number, p.user_id)
        if f.wire_type != LEN:
            return f
        value: bytes = f.value  # type: ignore[assignment]  # LEN values are bytes
        if _printable(value):
            return self._string(f, value.decode("utf-8"), local)
        sub = _sub_message(value)
        if sub is None:
            text = _text(value)
            return f if text is None else self._string(f, text, local)
        rewritten = self._user(sub, local, depth) if is_user(sub) else self._walk(sub, local, depth + 1)
        return f if rewritten is None else Field(f.number, LEN, rewritten.encode())

    def _string(self, f: Field, text: str, local: dict[str, str]) -> Field:
        new = self.redact_text(text, local)
        return f if new == text else string_field(f.number, new)

    def _user(self, user: Message, local: dict[str, str], depth: int) -> Message:
        p = self.pseudonym(user.int64(UserF.ID))
        out: list[Field] = []
        for f in user.fields:
            n = f.number
            if n in _DROPPED_FIELDS:
                continue
            if n == UserF.ID:
                out.append(varint_field(n, p.user_id))
            elif n in (UserF.NICKNAME, UserF.USERNAME):
                out.append(string_field(n, p.handle))
            elif n == UserF.SEC_UID:
                out.append(string_field(n, p.sec_uid))
            elif n == UserF.ID_STR:
                out.append(string_field(n, str(p.user_id)))
            elif n in _AVATAR_FIELDS:
                out.append(Field(n, LEN, Message([string_field(ImageF.URL_LIST, p.avatar_url),
                                                  string_field(ImageF.URI, f"avatar/{p.handle}")]).encode()))
            else:
                new = self._field(f, local, depth + 1)
                if new is not None:
                    out.append(new)
        return Message(out)

    def redact_text(self, text: str, local: dict[str, str] | None = None) -> str:
        """A free text with every known identifier in it replaced."""
        if not text:
            return text
        text = _AVATAR.sub(lambda _m: "https://example.invalid/avatar.webp", text)
        text = _SEC_UID.sub(lambda m: self._texts.get(m.group(0)) or "sec-" + self._digest("sec:" + m.group(0))[:24],
                            text)
        text = self._global_pattern().sub(self._replacement, text)
        if local:
            for nick in sorted(local, key=len, reverse=True):
                text = text.replace(nick, local[nick])
        return text

    def _replacement(self, m: re.Match[str]) -> str:
        for group, table in (("id", self._texts), ("handle", self._handles), ("nick", self._nicknames)):
            found = m.group(group)
            if found is not None:
                return table[found]
        return m.group(0)

    def _global_pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            ids = sorted((t for t in self._texts if t.isdigit()), key=len, reverse=True)
            handles = sorted(self._handles, key=len, reverse=True)
            nicks = sorted((n for n in self._nicknames if len(n) >= MIN_GLOBAL_NICKNAME), key=len, reverse=True)
            parts = [
                rf"(?<!\d)(?P<id>{_alternation(ids)})(?!\d)",
                rf"(?<![{_HANDLE_CHARS}])(?P<handle>{_alternation(handles)})(?![{_HANDLE_CHARS}])",
                rf"(?P<nick>{_alternation(nicks)})",
            ]
            self._pattern = re.compile("|".join(parts))
        return self._pattern


def _alternation(words: list[str]) -> str:
    # (?!) matches nothing: an empty table must not match the empty string
    return "|".join(re.escape(w) for w in words) if words else "(?!)"


def _printable(value: bytes) -> bool:
    """Is this length-delimited value plainly text? (Printable UTF-8: no serialized message of ours is, since a
    message's tags and lengths are control bytes.)"""
    text = _text(value)
    return text is not None and text.isprintable()
