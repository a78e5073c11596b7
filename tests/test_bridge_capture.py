"""Capture files (console/bridge/capture.py): reading keeps every bad line aside with file and line, writing and
converting (with pseudonymisation) on small files written here."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from console.bridge import capture as cap
from console.bridge import protowire as pw
from console.bridge.capture import CaptureRecord, read_capture, write_capture
from console.bridge.protowire import LEN, Field, Message

GOOD = {"platform": "tiktok", "method": "WebcastChatMessage", "recv_ts": 1697634621.5,
        "payload_b64": base64.b64encode(b"\x08\x01").decode()}


def _write(path: Path, lines: list[str | bytes]) -> Path:
    path.write_bytes(b"".join((x if isinstance(x, bytes) else x.encode()) + b"\n" for x in lines))
    return path


@pytest.mark.parametrize(("line", "reason"), [
    ("{not json", "not valid JSON"),
    (b"\xff\xfe{}", "not valid UTF-8"),
    (b'{"platform": "tiktok", "method": "\xc3\x28"}', "not valid UTF-8"),
    ("[1, 2]", "expected a JSON object, got an array"),
    ('"text"', "expected a JSON object, got a string"),
    (json.dumps({**GOOD, "platform": None}), "platform: expected a lower-case name"),
    (json.dumps({**GOOD, "platform": "TikTok"}), "platform: expected a lower-case name"),
    (json.dumps({**GOOD, "method": ""}), "method: expected a non-empty name"),
    (json.dumps({**GOOD, "method": "a\nb"}), "method: expected a non-empty name"),
    (json.dumps({**GOOD, "recv_ts": -1}), "recv_ts: expected Unix seconds"),
    (json.dumps({**GOOD, "recv_ts": "2023-10-18T15:10:20"}), "recv_ts: expected Unix seconds"),
    (json.dumps({**GOOD, "recv_ts": True}), "recv_ts: expected Unix seconds"),
    ('{"platform":"tiktok","method":"M","recv_ts":1e999,"payload_b64":""}', "not valid JSON: Number out of range"),
    (json.dumps({**GOOD, "payload_b64": "not base64!"}), "payload_b64: not valid base64"),
    (json.dumps({**GOOD, "payload_b64": 5}), "payload_b64: expected a base64 string"),
    (json.dumps({**GOOD, "payload": {"id": 1}}), "exactly one of payload_b64 and payload"),
    (json.dumps({k: v for k, v in GOOD.items() if k != "payload_b64"}), "exactly one of payload_b64 and payload"),
])
def test_a_bad_line_is_kept_aside_naming_file_and_line(tmp_path: Path, line: str | bytes, reason: str) -> None:
    path = _write(tmp_path / "c.ndjson", [json.dumps(GOOD), "", line, json.dumps({**GOOD, "recv_ts": 2})])
    reader = read_capture(path)
    records = list(reader)
    assert [r.recv_ts for r in records] == [1697634621.5, 2.0]  # the good lines around it are read
    assert len(reader.bad) == 1
    bad = reader.bad[0]
    assert (bad.path, bad.line_no) == (str(path), 3)  # line numbers count the blank line
    assert reason in bad.reason
    assert str(bad).startswith(f"{path}:3: ")
    assert reader.lines == 3


def test_an_over_long_line_is_rejected_without_holding_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cap, "MAX_LINE_BYTES", 150)
    path = _write(tmp_path / "c.ndjson", [json.dumps(GOOD), "x" * 500, json.dumps(GOOD)])
    reader = read_capture(path)
    assert len(list(reader)) == 2
    assert [(b.line_no, b.reason) for b in reader.bad] == [(2, "line longer than 150 bytes")]


def test_json_payloads_and_unknown_keys(tmp_path: Path) -> None:
    line = {"platform": "shopify", "method": "orders/paid", "recv_ts": 5, "payload": {"id": 7}, "later": "ignored"}
    [r] = list(read_capture(_write(tmp_path / "c.ndjson", [json.dumps(line)])))
    assert r == CaptureRecord("shopify", "orders/paid", 5.0, payload=None, payload_json={"id": 7})
    assert r.to_json() == {"platform": "shopify", "method": "orders/paid", "recv_ts": 5.0, "payload": {"id": 7}}


def test_a_missing_file_is_a_capture_error(tmp_path: Path) -> None:
    with pytest.raises(cap.CaptureError, match="no such capture file"):
        read_capture(tmp_path / "absent.ndjson")


def test_write_then_read(tmp_path: Path) -> None:
    records = [CaptureRecord("tiktok", "WebcastChatMessage", 1.25, payload=b"\x00\xff" * 10),
               CaptureRecord("shopify", "orders/paid", 2.0, payload_json={"a": [1, 2]})]
    path = tmp_path / "c.ndjson"
    assert write_capture(path, records) == 2
    assert list(read_capture(path)) == records
    first = json.loads(path.read_text().splitlines()[0])
    assert list(first) == ["platform", "method", "recv_ts", "payload_b64"]
    with cap.CaptureWriter(path) as w:  # appends, flushed per line
        w.write(records[0])
        assert len(path.read_text().splitlines()) == 3


@pytest.mark.parametrize(("value", "expected"), [
    (1697634620.5, 1697634620.5),
    ("2023-10-04T19:19:38.143Z", datetime(2023, 10, 4, 19, 19, 38, tzinfo=UTC).timestamp() + 0.143),
    ("2023-10-18T15:10:20.524597200",  # Java's nanoseconds; naive: the collector's zone, CEST in October
     datetime(2023, 10, 18, 13, 10, 20, tzinfo=UTC).timestamp() + 0.5245972),
    ("2023-12-05T17:04:22.649678", datetime(2023, 12, 5, 16, 4, 22, tzinfo=UTC).timestamp() + 0.649678),  # CET
    ("2023-12-05T17:04:22+01:00", datetime(2023, 12, 5, 16, 4, 22, tzinfo=UTC).timestamp()),
])
def test_recv_ts_from_the_corpus_formats(value: object, expected: float) -> None:
    assert cap.parse_recv_ts(value, ZoneInfo("Europe/Warsaw")) == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize("value", ["yesterday", "2023-10-04", None, float("nan"), -3])
def test_recv_ts_refused(value: object) -> None:
    with pytest.raises(ValueError, match="recv_ts"):
        cap.parse_recv_ts(value, UTC)


def _chat(uid: int, handle: str, nick: str, text: str) -> bytes:
    user = pw.encode_fields([pw.varint_field(1, uid), pw.string_field(3, nick), pw.string_field(38, handle)])
    common = pw.encode_fields([pw.string_field(1, "WebcastChatMessage")])
    return pw.encode_fields([Field(1, LEN, common), Field(2, LEN, user), pw.string_field(3, text)])


def _corpus_line(recv_ts: str, payload: bytes, stream: str = "the.host", method: str = "WebcastChatMessage") -> str:
    return json.dumps({"src": "x.json", "stream": stream, "recv_ts": recv_ts, "method": method,
                       "summary": {"user": "whatever"}, "payload_b64": base64.b64encode(payload).decode()})


def test_convert_sorts_pseudonymises_and_keeps_bad_lines_aside(tmp_path: Path) -> None:
    src = _write(tmp_path / "corpus.ndjson", [
        _corpus_line("2023-12-05T17:00:02.000000", _chat(7_100_000_000_000_000_001, "real.handle", "Real Name",
                                                          "hello the.host")),
        _corpus_line("2023-12-05T17:00:01.000000", _chat(7_100_000_000_000_000_002, "other_one", "Other",
                                                          "@real.handle hi")),
        "{broken",
        _corpus_line("2023-12-05T17:00:03.000000", b"\x0a\x09short"),  # not a message: kept aside
    ])
    dst = tmp_path / "out.capture.ndjson"
    report = cap.convert(src, dst, naive_tz=ZoneInfo("Europe/Warsaw"))
    assert report.written == 2
    assert [(b.line_no, b.reason.split(":")[0]) for b in report.bad] == [(3, "not valid JSON"),
                                                                        (4, "WebcastChatMessage")]
    text = dst.read_text()
    for secret in ("7100000000000000001", "7100000000000000002", "real.handle", "Real Name", "other_one",
                   "Other", "the.host", "src", "summary"):
        assert secret not in text
        assert secret.encode() not in b"".join(base64.b64decode(json.loads(x)["payload_b64"])
                                               for x in text.splitlines())
    records = list(read_capture(dst))
    assert [r.recv_ts for r in records] == [datetime(2023, 12, 5, 16, 0, s, tzinfo=UTC).timestamp() for s in (1, 2)]
    first, second = (Message.parse(r.payload or b"") for r in records)
    handle = first.message(2).string(38)  # type: ignore[union-attr]
    assert second.message(2).string(3) != handle  # type: ignore[union-attr]  # two people, two pseudonyms
    assert first.string(3) == f"@{second.message(2).string(38)} hi"  # type: ignore[union-attr]
    assert second.string(3).startswith("hello user-")  # the host's handle, known from `stream`


def test_convert_keep_identifiers_and_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _write(tmp_path / "corpus.ndjson", [_corpus_line("2023-10-04T19:19:38.143Z", _chat(1 << 40, "h1", "N",
                                                                                              "x"))])
    dst = tmp_path / "out.ndjson"
    assert cap.main(["convert", str(src), str(dst), "--keep-identifiers"]) == 0
    assert b"h1" in base64.b64decode(json.loads(dst.read_text())["payload_b64"])
    assert "identifiers KEPT" in capsys.readouterr().out
    assert cap.main(["convert", str(src), str(dst), "--pseudonymise"]) == 0
    assert b"h1" not in base64.b64decode(json.loads(dst.read_text())["payload_b64"])
    assert cap.main(["check", str(dst)]) == 0
    assert "1 good lines, 0 bad" in capsys.readouterr().out
    bad = _write(tmp_path / "bad.ndjson", ["{}"])
    assert cap.main(["check", str(bad)]) == 1
    assert f"bad: {bad}:1: platform" in capsys.readouterr().out
    assert cap.main(["check", str(tmp_path / "absent")]) == 2
    assert cap.main(["convert", str(src), str(src)]) == 2
    with pytest.raises(SystemExit):
        cap.main(["convert", str(src), str(dst), "--naive-tz", "Mars/Olympus"])


def test_convert_refuses_to_pseudonymise_what_it_cannot_read(tmp_path: Path) -> None:
    line = {"platform": "shopify", "method": "orders/paid", "recv_ts": 5, "payload": {"email": "a@b.c"}}
    src = _write(tmp_path / "c.ndjson", [json.dumps(line)])
    report = cap.convert(src, tmp_path / "out.ndjson")
    assert report.written == 0
    assert "cannot pseudonymise a shopify message" in report.bad[0].reason


def test_steady_makes_one_live_of_the_corpus_without_other_rooms_live_ends(tmp_path: Path) -> None:
    corpus = Path(__file__).parent / "data" / "tiktok" / "tiktoklivejava_corpus.capture.ndjson"
    lines = [json.loads(line) for line in corpus.read_text().splitlines() if line.strip()]
    kept = [r for r in lines if r["method"] != "WebcastControlMessage"]
    out = tmp_path / "steady.capture.ndjson"
    assert cap.main(["steady", str(corpus), str(out), "--every", "0.5"]) == 0
    got = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["method"], r["payload_b64"]) for r in got] == [(r["method"], r["payload_b64"]) for r in kept]
    assert [r["recv_ts"] - got[0]["recv_ts"] for r in got] == [0.5 * i for i in range(len(kept))]
