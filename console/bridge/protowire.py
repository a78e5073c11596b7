"""A small, strict protobuf wire-format reader and writer: no generated classes, no `protobuf` package.

The bridge reads a handful of fields from each platform message by field number (console/bridge/tiktok.py holds
the maps), so it needs the wire format, not a schema compiler. Reading is strict and bounded: every read checks
the buffer's end first, every loop advances, and a malformed buffer raises `ProtoWireError` with the offset,
never an IndexError, a hang or a half-read value. Unknown fields are kept (and skipped by whoever does not ask
for them), so `Message.encode()` gives back the very bytes it was parsed from, and a message with some string
fields replaced re-encodes with everything else untouched (what pseudonymisation needs).

Wire types (https://protobuf.dev/programming-guides/encoding/): 0 varint, 1 64-bit, 2 length-delimited, 3/4 group
start/end (deprecated; kept whole as one field), 5 32-bit.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Final

VARINT: Final = 0
I64: Final = 1
LEN: Final = 2
SGROUP: Final = 3
EGROUP: Final = 4
I32: Final = 5

WIRE_NAMES: Final = {VARINT: "varint", I64: "64-bit", LEN: "length-delimited", SGROUP: "group", EGROUP: "end-group",
                     I32: "32-bit"}

MAX_FIELD_NUMBER: Final = (1 << 29) - 1
MAX_VARINT_BYTES: Final = 10
#: deepest nesting a group may have (a message's own depth is the caller's: sub-messages are parsed on demand)
MAX_GROUP_DEPTH: Final = 64
_U64: Final = (1 << 64) - 1


class ProtoWireError(ValueError):
    """The bytes are not a well-formed protobuf message (or a field has another type than the one asked for)."""

    def __init__(self, reason: str, offset: int | None = None) -> None:
        self.reason = reason
        self.offset = offset
        super().__init__(reason if offset is None else f"{reason} (at byte {offset})")


def read_varint(buf: bytes, pos: int) -> tuple[int, int]:
    """The unsigned varint at `pos` and the position after it. At most 10 bytes, at most 64 bits."""
    end = len(buf)
    if pos >= end:
        raise ProtoWireError("truncated varint", pos)
    b = buf[pos]
    if b < 0x80:
        return b, pos + 1
    result = b & 0x7F
    shift = 7
    start = pos
    pos += 1
    while True:
        if pos >= end:
            raise ProtoWireError("truncated varint", start)
        b = buf[pos]
        pos += 1
        if pos - start == MAX_VARINT_BYTES and b > 1:
            raise ProtoWireError("varint longer than 64 bits", start)
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        if pos - start >= MAX_VARINT_BYTES:
            raise ProtoWireError("varint longer than 10 bytes", start)
        shift += 7


def _read_tag(buf: bytes, pos: int) -> tuple[int, int, int]:
    start = pos
    key, pos = read_varint(buf, pos)
    number, wire = key >> 3, key & 7
    if number == 0 or number > MAX_FIELD_NUMBER:
        raise ProtoWireError(f"invalid field number {number}", start)
    if wire > I32:
        raise ProtoWireError(f"invalid wire type {wire} for field {number}", start)
    return number, wire, pos


def _skip_group(buf: bytes, pos: int, number: int) -> tuple[int, int]:
    """(end of the group's contents, position after its end tag) for a group of field `number` opened before `pos`."""
    stack = [number]
    while True:
        tag_at = pos
        n, wire, pos = _read_tag(buf, pos)
        if wire == EGROUP:
            if n != stack[-1]:
                raise ProtoWireError(f"end of group {n} inside group {stack[-1]}", tag_at)
            stack.pop()
            if not stack:
                return tag_at, pos
        elif wire == SGROUP:
            if len(stack) >= MAX_GROUP_DEPTH:
                raise ProtoWireError(f"groups nested deeper than {MAX_GROUP_DEPTH}", tag_at)
            stack.append(n)
        else:
            pos = _skip_value(buf, pos, wire, tag_at)


def _skip_value(buf: bytes, pos: int, wire: int, tag_at: int) -> int:
    if wire == VARINT:
        return read_varint(buf, pos)[1]
    if wire == I64:
        width = 8
    elif wire == I32:
        width = 4
    else:  # LEN
        width, pos = read_varint(buf, pos)
    if pos + width > len(buf):
        raise ProtoWireError(f"{WIRE_NAMES[wire]} field runs past the end of the buffer", tag_at)
    return pos + width


@dataclass(frozen=True, slots=True)
class Field:
    """One field as it stood on the wire. `value`: an unsigned int for varint, 64-bit and 32-bit fields (as
    stored: two's complement for negative int64, IEEE bits for double/float); the raw bytes for a length-delimited
    field (a string, bytes, a sub-message or a packed list: the schema says which) and for a group's contents."""

    number: int
    wire_type: int
    value: int | bytes


def iter_fields(data: bytes | bytearray | memoryview) -> Iterator[Field]:
    """Every field of one message, in wire order. Raises ProtoWireError on the first malformed byte."""
    buf = bytes(data)
    pos, end = 0, len(buf)
    while pos < end:
        tag_at = pos
        # fast path: one-byte tag (field numbers 1..15)
        key = buf[pos]
        if key < 0x80:
            number, wire = key >> 3, key & 7
            pos += 1
            if number == 0:
                raise ProtoWireError("invalid field number 0", tag_at)
            if wire > I32:
                raise ProtoWireError(f"invalid wire type {wire} for field {number}", tag_at)
        else:
            number, wire, pos = _read_tag(buf, pos)
        if wire == VARINT:
            value, pos = read_varint(buf, pos)
            yield Field(number, VARINT, value)
        elif wire == LEN:
            length, pos = read_varint(buf, pos)
            if pos + length > end:
                raise ProtoWireError(f"field {number}: length {length} runs past the end of the buffer "
                                     f"({end - pos} bytes left)", tag_at)
            yield Field(number, LEN, buf[pos:pos + length])
            pos += length
        elif wire == I64:
            if pos + 8 > end:
                raise ProtoWireError(f"field {number}: 64-bit value runs past the end of the buffer", tag_at)
            yield Field(number, I64, int.from_bytes(buf[pos:pos + 8], "little"))
            pos += 8
        elif wire == I32:
            if pos + 4 > end:
                raise ProtoWireError(f"field {number}: 32-bit value runs past the end of the buffer", tag_at)
            yield Field(number, I32, int.from_bytes(buf[pos:pos + 4], "little"))
            pos += 4
        elif wire == SGROUP:
            body_end, after = _skip_group(buf, pos, number)
            yield Field(number, SGROUP, buf[pos:body_end])
            pos = after
        else:  # EGROUP with no group open
            raise ProtoWireError(f"end of group {number} with no group open", tag_at)


def _signed64(v: int) -> int:
    return v - (1 << 64) if v >= 1 << 63 else v


def _signed32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >= 1 << 31 else v


def zigzag_decode(v: int) -> int:
    return (v >> 1) ^ -(v & 1)


def zigzag_encode(v: int) -> int:
    return (v << 1) ^ (v >> 63) if v < 0 else v << 1


class Message:
    """One parsed message: its fields in wire order, looked up by number. Sub-messages stay bytes until asked for
    (`message(n)`), so reading three fields of a 2 kB message does not parse the other 2 kB.

    Scalar getters follow protobuf's rule for a repeated scalar field on the wire: the last one wins. Each getter
    checks the wire type and raises ProtoWireError naming the field when it is not the one the schema says.
    """

    __slots__ = ("_by_number", "fields")

    def __init__(self, fields: Iterable[Field] = ()) -> None:
        self.fields: tuple[Field, ...] = tuple(fields)
        by: dict[int, list[Field]] = {}
        for f in self.fields:
            by.setdefault(f.number, []).append(f)
        self._by_number = by

    @classmethod
    def parse(cls, data: bytes | bytearray | memoryview) -> Message:
        return cls(iter_fields(data))

    def __repr__(self) -> str:
        return f"Message({len(self.fields)} fields: {sorted(self._by_number)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and self.fields == other.fields

    def __hash__(self) -> int:
        return hash(self.fields)

    # ---- access by number

    def has(self, number: int) -> bool:
        return number in self._by_number

    def numbers(self) -> list[int]:
        """Field numbers present, in order of first appearance."""
        return list(self._by_number)

    def all(self, number: int) -> list[Field]:
        return list(self._by_number.get(number, ()))

    def last(self, number: int, wire_type: int) -> Field | None:
        found = self._by_number.get(number)
        if not found:
            return None
        f = found[-1]
        if f.wire_type != wire_type:
            raise ProtoWireError(f"field {number}: expected {WIRE_NAMES[wire_type]}, found "
                                 f"{WIRE_NAMES[f.wire_type]}")
        return f

    def _int(self, number: int, wire_type: int) -> int | None:
        f = self.last(number, wire_type)
        return None if f is None else f.value  # type: ignore[return-value]  # int for every non-LEN wire type

    def uint(self, number: int, default: int = 0) -> int:
        """uint32/uint64 (varint)."""
        v = self._int(number, VARINT)
        return default if v is None else v

    def int64(self, number: int, default: int = 0) -> int:
        """int64 (varint, two's complement)."""
        v = self._int(number, VARINT)
        return default if v is None else _signed64(v)

    def int32(self, number: int, default: int = 0) -> int:
        """int32 (varint; a negative value is sign-extended to 64 bits on the wire, read as its low 32 bits)."""
        v = self._int(number, VARINT)
        return default if v is None else _signed32(v)

    def sint(self, number: int, default: int = 0) -> int:
        """sint32/sint64 (zigzag varint)."""
        v = self._int(number, VARINT)
        return default if v is None else zigzag_decode(v)

    def boolean(self, number: int, default: bool = False) -> bool:
        v = self._int(number, VARINT)
        return default if v is None else v != 0

    def fixed64(self, number: int, default: int = 0) -> int:
        v = self._int(number, I64)
        return default if v is None else v

    def sfixed64(self, number: int, default: int = 0) -> int:
        v = self._int(number, I64)
        return default if v is None else _signed64(v)

    def double(self, number: int, default: float = 0.0) -> float:
        v = self._int(number, I64)
        return default if v is None else float(struct.unpack("<d", v.to_bytes(8, "little"))[0])

    def fixed32(self, number: int, default: int = 0) -> int:
        v = self._int(number, I32)
        return default if v is None else v

    def float32(self, number: int, default: float = 0.0) -> float:
        v = self._int(number, I32)
        return default if v is None else float(struct.unpack("<f", v.to_bytes(4, "little"))[0])

    def raw(self, number: int, default: bytes = b"") -> bytes:
        f = self.last(number, LEN)
        return default if f is None else f.value  # type: ignore[return-value]  # LEN values are bytes

    def string(self, number: int, default: str = "") -> str:
        """A string field, strict UTF-8 (protobuf requires it for proto3 strings)."""
        f = self.last(number, LEN)
        return default if f is None else _utf8(f, number)

    def optional_string(self, number: int) -> str | None:
        f = self.last(number, LEN)
        return None if f is None else _utf8(f, number)

    def message(self, number: int) -> Message | None:
        """The sub-message of field `number`, or None when absent. (Protobuf merges repeated occurrences of a
        singular message field; platforms do not send them, so the last one is taken whole.)"""
        f = self.last(number, LEN)
        return None if f is None else _sub(f)

    def messages(self, number: int) -> list[Message]:
        """A repeated message field, in wire order."""
        return [_sub(f) for f in self._expect(number, LEN)]

    def strings(self, number: int) -> list[str]:
        return [_utf8(f, number) for f in self._expect(number, LEN)]

    def uints(self, number: int) -> list[int]:
        """A repeated varint field, packed or not (a parser must accept both)."""
        out: list[int] = []
        for f in self._by_number.get(number, ()):
            if f.wire_type == VARINT:
                out.append(f.value)  # type: ignore[arg-type]  # varint values are ints
            elif f.wire_type == LEN:
                data: bytes = f.value  # type: ignore[assignment]  # LEN values are bytes
                pos = 0
                while pos < len(data):
                    v, pos = read_varint(data, pos)
                    out.append(v)
            else:
                raise ProtoWireError(f"field {number}: expected varint, found {WIRE_NAMES[f.wire_type]}")
        return out

    def _expect(self, number: int, wire_type: int) -> list[Field]:
        found = self._by_number.get(number, [])
        for f in found:
            if f.wire_type != wire_type:
                raise ProtoWireError(f"field {number}: expected {WIRE_NAMES[wire_type]}, found "
                                     f"{WIRE_NAMES[f.wire_type]}")
        return found

    # ---- writing

    def encode(self) -> bytes:
        return encode_fields(self.fields)

    def replaced(self, number: int, fn: Callable[[Field], Field]) -> Message:
        """A copy with every occurrence of field `number` replaced by `fn(field)`, in place (order kept)."""
        if number not in self._by_number:
            return self
        return Message(fn(f) if f.number == number else f for f in self.fields)

    def mapped(self, fn: Callable[[Field], Field]) -> Message:
        """A copy with every field replaced by `fn(field)` (return it unchanged to keep it)."""
        return Message(fn(f) for f in self.fields)


def _utf8(f: Field, number: int) -> str:
    try:
        return f.value.decode("utf-8")  # type: ignore[union-attr]  # LEN values are bytes
    except UnicodeDecodeError as exc:
        raise ProtoWireError(f"field {number}: not valid UTF-8 ({exc.reason} at byte {exc.start})") from None


def _sub(f: Field) -> Message:
    try:
        return Message.parse(f.value)  # type: ignore[arg-type]  # LEN values are bytes
    except ProtoWireError as exc:
        raise ProtoWireError(f"in field {f.number}: {exc.reason}", exc.offset) from None


# ---------------------------------------------------------------------------------------------------------------
# Writer


def encode_varint(value: int) -> bytes:
    """Unsigned varint; a negative int is written as its 64-bit two's complement (how int32/int64 go out)."""
    if value < 0:
        value &= _U64
    if value > _U64:
        raise ProtoWireError(f"varint value {value} does not fit in 64 bits")
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def encode_tag(number: int, wire_type: int) -> bytes:
    if not 1 <= number <= MAX_FIELD_NUMBER:
        raise ProtoWireError(f"invalid field number {number}")
    if wire_type not in WIRE_NAMES:
        raise ProtoWireError(f"invalid wire type {wire_type}")
    return encode_varint(number << 3 | wire_type)


def encode_field(f: Field) -> bytes:
    tag = encode_tag(f.number, f.wire_type)
    v = f.value
    if f.wire_type == LEN:
        if not isinstance(v, bytes):
            raise ProtoWireError(f"field {f.number}: a length-delimited value must be bytes")
        return tag + encode_varint(len(v)) + v
    if f.wire_type == SGROUP:
        if not isinstance(v, bytes):
            raise ProtoWireError(f"field {f.number}: a group's contents must be bytes")
        return tag + v + encode_tag(f.number, EGROUP)
    if not isinstance(v, int):
        raise ProtoWireError(f"field {f.number}: a {WIRE_NAMES[f.wire_type]} value must be an int")
    if f.wire_type == VARINT:
        return tag + encode_varint(v)
    if f.wire_type == I64:
        return tag + (v & _U64).to_bytes(8, "little")
    if f.wire_type == I32:
        return tag + (v & 0xFFFFFFFF).to_bytes(4, "little")
    raise ProtoWireError(f"field {f.number}: cannot write a lone end-group")


def encode_fields(fields: Iterable[Field]) -> bytes:
    return b"".join(encode_field(f) for f in fields)


def string_field(number: int, text: str) -> Field:
    return Field(number, LEN, text.encode("utf-8"))


def varint_field(number: int, value: int) -> Field:
    return Field(number, VARINT, value & _U64 if value < 0 else value)


def message_field(number: int, msg: Message) -> Field:
    return Field(number, LEN, msg.encode())
