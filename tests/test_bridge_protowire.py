"""The protobuf wire-format reader and writer (console/bridge/protowire.py).

Expectations are computed by hand from the encoding rules (https://protobuf.dev/programming-guides/encoding/):
the classic `08 96 01` is field 1 = 150, a tag is (number << 3) | wire type, and so on.
"""

from __future__ import annotations

import base64
import contextlib
import json
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.bridge import protowire as pw
from console.bridge.protowire import I32, I64, LEN, SGROUP, VARINT, Field, Message, ProtoWireError

# ---------------------------------------------------------------------------------------------------------------
# varints


@pytest.mark.parametrize(("value", "encoded"), [
    (0, b"\x00"),
    (1, b"\x01"),
    (127, b"\x7f"),
    (128, b"\x80\x01"),
    (150, b"\x96\x01"),
    (300, b"\xac\x02"),
    (16384, b"\x80\x80\x01"),
    ((1 << 64) - 1, b"\xff" * 9 + b"\x01"),
    (-1, b"\xff" * 9 + b"\x01"),  # int64 -1: two's complement, ten bytes
    (-2, b"\xfe" + b"\xff" * 8 + b"\x01"),
])
def test_varint_encoding_by_hand(value: int, encoded: bytes) -> None:
    assert pw.encode_varint(value) == encoded
    decoded, end = pw.read_varint(encoded, 0)
    assert decoded == value & ((1 << 64) - 1)
    assert end == len(encoded)


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "truncated varint"),
    (b"\x80", "truncated varint"),
    (b"\xff\xff", "truncated varint"),
    (b"\xff" * 9 + b"\x02", "longer than 64 bits"),  # the tenth byte may only carry bit 63
    (b"\xff" * 10 + b"\x01", "longer than 64 bits"),
])
def test_bad_varints_raise(data: bytes, reason: str) -> None:
    with pytest.raises(ProtoWireError, match=reason):
        pw.read_varint(data, 0)


def test_padded_varints_are_read_and_written_minimal() -> None:
    # field 3 (tag 0x18 padded to 0x98 0x00), value 0 padded to two bytes: legal, if wasteful
    m = Message.parse(b"\x98\x00\x80\x00")
    assert m.fields == (Field(3, VARINT, 0),)
    assert m.encode() == b"\x18\x00"


def test_varint_too_large_to_write() -> None:
    with pytest.raises(ProtoWireError, match="64 bits"):
        pw.encode_varint(1 << 64)


def test_zigzag() -> None:
    for plain, zz in [(0, 0), (-1, 1), (1, 2), (-2, 3), (2147483647, 4294967294), (-2147483648, 4294967295)]:
        assert pw.zigzag_encode(plain) == zz
        assert pw.zigzag_decode(zz) == plain


# ---------------------------------------------------------------------------------------------------------------
# reading fields

# field 1 varint 150; field 2 string "testing"; field 3 sub-message {1: 150}
CLASSIC = bytes.fromhex("089601" "120774657374696e67" "1a03089601")


def test_the_classic_message() -> None:
    m = Message.parse(CLASSIC)
    assert m.fields == (Field(1, VARINT, 150), Field(2, LEN, b"testing"), Field(3, LEN, b"\x08\x96\x01"))
    assert m.uint(1) == 150
    assert m.string(2) == "testing"
    sub = m.message(3)
    assert sub is not None
    assert sub.uint(1) == 150
    assert m.encode() == CLASSIC


def test_defaults_for_absent_fields() -> None:
    m = Message.parse(b"")
    assert (m.uint(1), m.int64(1), m.string(2), m.raw(2), m.message(3), m.messages(3)) == (0, 0, "", b"", None, [])
    assert m.optional_string(2) is None
    assert m.uint(1, 7) == 7
    assert not m.has(1)


def test_signed_integers() -> None:
    # int64 -5 and int32 -5 are both ten-byte varints on the wire
    m = Message.parse(b"\x08" + pw.encode_varint(-5) + b"\x10" + pw.encode_varint(-5) + b"\x18\x09")
    assert m.int64(1) == -5
    assert m.int32(2) == -5
    assert m.uint(1) == (1 << 64) - 5
    assert m.sint(3) == -5  # zigzag 9 -> -5
    assert m.boolean(3) is True


def test_fixed_width_fields() -> None:
    data = (bytes([1 << 3 | I64]) + struct.pack("<d", 1.5)
            + bytes([2 << 3 | I32]) + struct.pack("<f", -2.25)
            + bytes([3 << 3 | I64]) + struct.pack("<q", -7)
            + bytes([4 << 3 | I32]) + struct.pack("<I", 0xDEADBEEF))
    m = Message.parse(data)
    assert m.double(1) == 1.5
    assert m.float32(2) == -2.25
    assert m.sfixed64(3) == -7
    assert m.fixed64(3) == (1 << 64) - 7
    assert m.fixed32(4) == 0xDEADBEEF
    assert m.encode() == data


def test_repeated_fields_packed_and_not() -> None:
    # field 4 packed [1, 2, 300], then field 4 unpacked 5: a reader must accept both and concatenate
    m = Message.parse(b"\x22\x04\x01\x02\xac\x02" + b"\x20\x05")
    assert m.uints(4) == [1, 2, 300, 5]
    # repeated strings and messages keep wire order
    m = Message.parse(b"\x0a\x01a\x12\x02\x08\x01\x0a\x01b\x12\x02\x08\x02")
    assert m.strings(1) == ["a", "b"]
    assert [s.uint(1) for s in m.messages(2)] == [1, 2]


def test_last_one_wins_for_a_repeated_scalar() -> None:
    assert Message.parse(b"\x08\x01\x08\x02").uint(1) == 2
    assert Message.parse(b"\x0a\x01a\x0a\x01b").string(1) == "b"


def test_unknown_fields_are_kept_and_skipped() -> None:
    # a large field number (1028: two-byte tag), a 64-bit field and a group between the ones asked for
    data = (b"\x08\x01" + pw.encode_tag(1028, LEN) + b"\x03abc" + bytes([9 << 3 | I64]) + b"\x00" * 8
            + bytes([7 << 3 | SGROUP]) + b"\x08\x01" + bytes([7 << 3 | 4]) + b"\x10\x02")
    m = Message.parse(data)
    assert m.uint(1) == 1
    assert m.uint(2) == 2
    assert m.string(1028) == "abc"
    assert m.all(7) == [Field(7, SGROUP, b"\x08\x01")]
    assert m.numbers() == [1, 1028, 9, 7, 2]
    assert m.encode() == data


def test_nested_groups_are_skipped_whole() -> None:
    inner = bytes([2 << 3 | SGROUP]) + b"\x08\x05" + bytes([2 << 3 | 4])
    data = bytes([1 << 3 | SGROUP]) + inner + bytes([1 << 3 | 4]) + b"\x18\x03"
    m = Message.parse(data)
    assert m.all(1) == [Field(1, SGROUP, inner)]
    assert m.uint(3) == 3
    assert m.encode() == data


@pytest.mark.parametrize(("data", "reason"), [
    (b"\x0a\x05abc", "field 1: length 5 runs past the end"),
    (b"\x0a", "truncated varint"),
    (b"\x09\x00\x00", "64-bit value runs past the end"),
    (b"\x0d\x00", "32-bit value runs past the end"),
    (b"\x0e\x00", "invalid wire type 6"),
    (b"\x0f", "invalid wire type 7"),
    (b"\x00\x01", "invalid field number 0"),
    (b"\x0c", "end of group 1 with no group open"),
    (b"\x0b\x08\x01", "truncated varint"),  # a group that never ends
    (b"\x0b\x14", "end of group 2 inside group 1"),
    (b"\x0a\xff\xff\xff\xff\x0f", "runs past the end"),  # a 4 GiB length in a 6-byte buffer
    (pw.encode_varint(((1 << 29) << 3) | VARINT) + b"\x00", "invalid field number"),
])
def test_malformed_buffers_raise_a_clear_error(data: bytes, reason: str) -> None:
    with pytest.raises(ProtoWireError, match=reason):
        Message.parse(data)


def test_groups_nested_too_deep() -> None:
    depth = pw.MAX_GROUP_DEPTH + 1
    data = bytes([1 << 3 | SGROUP]) * depth + bytes([1 << 3 | 4]) * depth
    with pytest.raises(ProtoWireError, match="nested deeper"):
        Message.parse(data)


def test_asking_for_the_wrong_type_names_the_field() -> None:
    m = Message.parse(b"\x08\x01\x12\x01x")
    with pytest.raises(ProtoWireError, match="field 1: expected length-delimited, found varint"):
        m.string(1)
    with pytest.raises(ProtoWireError, match="field 2: expected varint, found length-delimited"):
        m.uint(2)
    with pytest.raises(ProtoWireError, match="field 2: expected 64-bit"):
        m.double(2)


def test_invalid_utf8_and_bad_sub_messages() -> None:
    m = Message.parse(b"\x0a\x02\xc3\x28" + b"\x12\x02\x0a\x05")
    with pytest.raises(ProtoWireError, match="field 1: not valid UTF-8"):
        m.string(1)
    assert m.raw(1) == b"\xc3\x28"
    with pytest.raises(ProtoWireError, match="in field 2: field 1: length 5 runs past the end"):
        m.message(2)


# ---------------------------------------------------------------------------------------------------------------
# writing


def test_writer_by_hand() -> None:
    assert pw.encode_field(pw.varint_field(1, 150)) == b"\x08\x96\x01"
    assert pw.encode_field(pw.string_field(2, "testing")) == bytes.fromhex("120774657374696e67")
    assert pw.encode_field(pw.message_field(3, Message([Field(1, VARINT, 150)]))) == b"\x1a\x03\x08\x96\x01"
    assert pw.encode_field(pw.varint_field(1, -1)) == b"\x08" + b"\xff" * 9 + b"\x01"
    assert pw.encode_field(Field(1, I32, -1)) == b"\x0d\xff\xff\xff\xff"
    assert pw.encode_field(Field(1, I64, 1)) == b"\x09" + b"\x01" + b"\x00" * 7
    assert pw.encode_tag(1028, LEN) == b"\xa2\x40"


@pytest.mark.parametrize(("bad", "reason"), [
    (Field(0, VARINT, 1), "invalid field number 0"),
    (Field(1, 6, 1), "invalid wire type"),
    (Field(1, LEN, 5), "must be bytes"),
    (Field(1, VARINT, b"x"), "must be an int"),
    (Field(1, 4, 0), "lone end-group"),
])
def test_writer_refuses_what_it_cannot_write(bad: Field, reason: str) -> None:
    with pytest.raises(ProtoWireError, match=reason):
        pw.encode_field(bad)


def test_replacing_a_string_re_encodes_the_rest_untouched() -> None:
    # {1: 150, 2: "testing", 3: {1: 150}, 2: "again"} -> every 2 replaced, order kept, lengths rewritten
    data = CLASSIC + b"\x12\x05again"
    m = Message.parse(data).replaced(2, lambda f: Field(f.number, LEN, f.value.upper()))  # type: ignore[union-attr]
    assert m.encode() == bytes.fromhex("089601" "120754455354494e47" "1a03089601") + b"\x12\x05AGAIN"
    assert Message.parse(data).replaced(9, lambda f: f).encode() == data  # absent: the same message
    longer = Message.parse(data).mapped(lambda f: pw.string_field(2, "a much longer string") if f.number == 2 else f)
    assert longer.strings(2) == ["a much longer string"] * 2
    assert longer.uint(1) == 150


def test_every_real_message_round_trips_byte_for_byte() -> None:
    """The 1,343 TikTok messages of the committed capture: parsed and written back, every sub-message too."""
    capture = Path(__file__).parent / "data" / "tiktok" / "tiktoklivejava_corpus.capture.ndjson"
    payloads = [base64.b64decode(json.loads(line)["payload_b64"]) for line in capture.read_text().splitlines()]
    assert len(payloads) == 1343

    def check(data: bytes, depth: int) -> None:
        m = Message.parse(data)
        assert m.encode() == data
        for f in m.fields:
            if f.wire_type == LEN and depth < 40:
                with contextlib.suppress(ProtoWireError):  # a string, not a message
                    check(f.value, depth + 1)  # type: ignore[arg-type]

    for p in payloads:
        check(p, 0)


# ---------------------------------------------------------------------------------------------------------------
# properties: never crash, never hang, round trip

_fields = st.one_of(
    st.builds(Field, st.integers(1, pw.MAX_FIELD_NUMBER), st.just(VARINT), st.integers(0, (1 << 64) - 1)),
    st.builds(Field, st.integers(1, pw.MAX_FIELD_NUMBER), st.just(I64), st.integers(0, (1 << 64) - 1)),
    st.builds(Field, st.integers(1, pw.MAX_FIELD_NUMBER), st.just(I32), st.integers(0, (1 << 32) - 1)),
    st.builds(Field, st.integers(1, pw.MAX_FIELD_NUMBER), st.just(LEN), st.binary(max_size=300)),
)


@given(st.lists(_fields, max_size=30))
@settings(max_examples=300, deadline=None)
def test_write_then_read_gives_the_same_fields(fields: list[Field]) -> None:
    data = pw.encode_fields(fields)
    assert Message.parse(data).fields == tuple(fields)


@given(st.binary(max_size=2000))
@settings(max_examples=1000, deadline=None)
def test_any_bytes_either_parse_and_round_trip_or_raise_protowireerror(data: bytes) -> None:
    try:
        m = Message.parse(data)
    except ProtoWireError:
        return
    # the writer writes minimal varints, so bytes with padded ones come back shorter but say the same thing
    assert Message.parse(m.encode()).fields == m.fields
    for f in m.fields:  # reading every field every way raises only ProtoWireError
        for getter in (m.uint, m.string, m.message, m.double, m.float32, m.uints, m.messages):
            with contextlib.suppress(ProtoWireError):
                getter(f.number)
