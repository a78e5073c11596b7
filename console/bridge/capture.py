"""Capture files: platform messages exactly as received, one JSON object a line (docs/bridge.md, "Capture format").

    {"platform": "tiktok", "method": "WebcastChatMessage", "recv_ts": 1697634621.03, "payload_b64": "CtgP..."}

`payload_b64` holds a binary (protobuf) message's bytes; a platform that speaks JSON puts the message itself in
`payload` instead. Exactly one of the two. `recv_ts` is the Unix time the bridge received the message. Other keys
are ignored (a later version may add some).

Reading never stops at a bad line: `read_capture` yields every good record and keeps each bad line aside as a
`BadLine` naming the file, the line number and what is wrong with it. Writing is one line per record, flushed, so
a capture tee'd during a live loses at most the line being written when the process dies.

The command line converts and checks captures:

    python -m console.bridge.capture convert SRC DST [--pseudonymise | --keep-identifiers] [--naive-tz ZONE]
    python -m console.bridge.capture check FILE...

`convert` reads a capture, or the realdata corpus format (`src`, `stream`, ISO `recv_ts`, `summary`...: see
../shared/realdata/README.md), and writes a capture in reception order. With `--pseudonymise` (the default) every
TikTok message is rewritten by console/bridge/tiktok_privacy.py under a random key that is never stored.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import IO, Any, Final

import msgspec

from console.i18n import translate

#: a longer line is rejected unread (a TikTok message is a few kB; a JSON webhook body well under a MB)
MAX_LINE_BYTES: Final = 8 * 1024 * 1024
_PLATFORM: Final = re.compile(r"[a-z][a-z0-9_]{0,31}")
_decoder: Final = msgspec.json.Decoder()
_encoder: Final = msgspec.json.Encoder()


class CaptureError(ValueError):
    """A capture that cannot be used at all (missing file, unreadable): names the file."""


@dataclass(frozen=True, slots=True)
class CaptureRecord:
    """One platform message as received."""

    platform: str
    method: str
    recv_ts: float
    payload: bytes | None = None  # binary messages (payload_b64 in the file)
    payload_json: Any = None  # JSON messages (payload in the file)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"platform": self.platform, "method": self.method, "recv_ts": self.recv_ts}
        if self.payload is not None:
            out["payload_b64"] = base64.b64encode(self.payload).decode("ascii")
        else:
            out["payload"] = self.payload_json
        return out


@dataclass(frozen=True, slots=True)
class BadLine:
    """A line that is not a valid capture record, kept aside with the reason."""

    path: str
    line_no: int
    reason: str
    excerpt: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line_no}: {self.reason}"


def parse_record(obj: Any) -> CaptureRecord:
    """Validate one decoded JSON line. Raises ValueError with a reason naming the field at fault."""
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {_json_type(obj)}")
    platform = obj.get("platform")
    if not isinstance(platform, str) or not _PLATFORM.fullmatch(platform):
        raise ValueError("platform: expected a lower-case name such as \"tiktok\"")
    method = obj.get("method")
    if not isinstance(method, str) or not 1 <= len(method) <= 200 or not method.isprintable():
        raise ValueError("method: expected a non-empty name of at most 200 printable characters")
    recv_ts = obj.get("recv_ts")
    if isinstance(recv_ts, bool) or not isinstance(recv_ts, int | float) or not math.isfinite(recv_ts) or recv_ts < 0:
        raise ValueError("recv_ts: expected Unix seconds, a finite number >= 0")
    has_b64, has_json = "payload_b64" in obj, "payload" in obj
    if has_b64 == has_json:
        raise ValueError("expected exactly one of payload_b64 and payload")
    if has_b64:
        b64 = obj["payload_b64"]
        if not isinstance(b64, str):
            raise ValueError("payload_b64: expected a base64 string")
        try:
            payload = base64.b64decode(b64, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("payload_b64: not valid base64") from None
        return CaptureRecord(platform, method, float(recv_ts), payload=payload)
    return CaptureRecord(platform, method, float(recv_ts), payload_json=obj["payload"])


def _json_type(obj: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(obj), "a number")


@dataclass
class CaptureReader:
    """Iterate over the good records of a capture; `bad` holds the lines kept aside (filled as it reads)."""

    path: Path
    bad: list[BadLine] = field(default_factory=list)
    lines: int = 0  # non-blank lines read

    def __iter__(self) -> Iterator[CaptureRecord]:
        for line_no, raw in _lines(self.path):
            self.lines += 1
            try:
                yield parse_record(_decode_line(raw))
            except ValueError as exc:
                self.bad.append(BadLine(str(self.path), line_no, str(exc), _excerpt(raw)))


def read_capture(path: str | Path) -> CaptureReader:
    """A reader over the capture at `path` (raises CaptureError at once when the file cannot be opened)."""
    p = Path(path)
    if not p.is_file():
        raise CaptureError(translate("Bridge", "{path}: no such capture file").format(path=p))
    return CaptureReader(p)


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    try:
        with path.open("rb") as fh:
            for line_no, raw in enumerate(_bounded_lines(fh), start=1):
                if raw.strip():
                    yield line_no, raw
    except OSError as exc:
        raise CaptureError(f"{path}: {exc.strerror or exc}") from None


def _bounded_lines(fh: IO[bytes]) -> Iterator[bytes]:
    """Lines of at most MAX_LINE_BYTES (+1, so an over-long one is seen as such); the rest of a longer line is
    read and thrown away rather than held in memory."""
    while True:
        raw = fh.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while True:  # skip to the end of this line
                rest = fh.readline(MAX_LINE_BYTES)
                if not rest or rest.endswith(b"\n"):
                    break
        yield raw


def _decode_line(raw: bytes) -> Any:
    if len(raw) > MAX_LINE_BYTES:
        raise ValueError(f"line longer than {MAX_LINE_BYTES} bytes")
    try:
        return _decoder.decode(raw)
    except (msgspec.DecodeError, UnicodeDecodeError) as exc:  # bad UTF-8 inside a string raises the latter
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ValueError("not valid UTF-8") from None
        raise ValueError(f"not valid JSON: {exc}") from None


def _excerpt(raw: bytes, limit: int = 200) -> str:
    return raw[:limit].decode("utf-8", errors="replace").rstrip("\n")


class CaptureWriter:
    """Append records to a capture, one line each, flushed per line (a tee that dies loses at most one line)."""

    def __init__(self, path: str | Path, *, append: bool = True) -> None:
        self.path = Path(path)
        self._fh: IO[bytes] = self.path.open("ab" if append else "wb")
        self.written = 0

    def write(self, record: CaptureRecord) -> None:
        line = _encoder.encode(record.to_json())
        self._fh.write(line + b"\n")
        self._fh.flush()
        self.written += 1

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> CaptureWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_capture(path: str | Path, records: Iterable[CaptureRecord]) -> int:
    with CaptureWriter(path, append=False) as w:
        for r in records:
            w.write(r)
        return w.written


# ---------------------------------------------------------------------------------------------------------------
# Conversion from the realdata corpus (and pseudonymisation of any TikTok capture)

_ISO: Final = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)?")


def parse_recv_ts(value: Any, naive_tz: tzinfo) -> float:
    """Unix seconds from a number or an ISO 8601 time (up to 9 fractional digits; no zone: `naive_tz`)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value) or value < 0:
            raise ValueError("recv_ts: expected a finite number >= 0")
        return float(value)
    if not isinstance(value, str):
        raise ValueError("recv_ts: expected Unix seconds or an ISO 8601 time")
    m = _ISO.fullmatch(value)
    if m is None:
        raise ValueError(f"recv_ts: {value!r} is not an ISO 8601 time")
    base, frac, zone = m.groups()
    when = datetime.fromisoformat(base + (zone.replace("Z", "+00:00") if zone else ""))
    if when.tzinfo is None:
        when = when.replace(tzinfo=naive_tz)
    return when.timestamp() + float(f"0.{frac or '0'}")


@dataclass(slots=True)
class _Source:
    record: CaptureRecord
    host: str | None  # the realdata's room host handle
    order: int
    line_no: int


def _read_source(path: Path, platform: str, naive_tz: tzinfo, bad: list[BadLine]) -> list[_Source]:
    out: list[_Source] = []
    for line_no, raw in _lines(path):
        try:
            obj = _decode_line(raw)
            if not isinstance(obj, dict):
                raise ValueError(f"expected a JSON object, got {_json_type(obj)}")
            line = dict(obj)
            line.setdefault("platform", platform)
            line["recv_ts"] = parse_recv_ts(line.get("recv_ts"), naive_tz)
            record = parse_record(line)
        except ValueError as exc:
            bad.append(BadLine(str(path), line_no, str(exc), _excerpt(raw)))
            continue
        host = obj.get("stream")
        out.append(_Source(record, host if isinstance(host, str) else None, len(out), line_no))
    return out


@dataclass
class ConvertReport:
    written: int = 0
    methods: Counter[str] = field(default_factory=Counter)
    people: int = 0
    bad: list[BadLine] = field(default_factory=list)


def convert(src: Path, dst: Path, *, pseudonymise: bool = True, platform: str = "tiktok",
            naive_tz: tzinfo = UTC) -> ConvertReport:
    """Write `src` (a capture or the realdata format) to `dst` as a capture sorted by recv_ts (stable)."""
    from console.bridge.protowire import ProtoWireError
    from console.bridge.tiktok_privacy import Redactor

    report = ConvertReport()
    sources = _read_source(src, platform, naive_tz, report.bad)
    redactor = Redactor.with_random_key() if pseudonymise else None
    if redactor is not None:
        kept: list[_Source] = []
        for s in sources:
            if s.record.platform != "tiktok" or s.record.payload is None:
                report.bad.append(BadLine(str(src), s.line_no, f"cannot pseudonymise a {s.record.platform} "
                                          "message (only TikTok protobuf messages)", s.record.method))
                continue
            try:
                redactor.learn(s.record.payload)
            except ProtoWireError as exc:
                report.bad.append(BadLine(str(src), s.line_no, f"{s.record.method}: {exc}", s.record.method))
                continue
            if s.host:
                redactor.learn_handle(s.host)
            kept.append(s)
        sources = kept
        report.people = redactor.people
    sources.sort(key=lambda s: (s.record.recv_ts, s.order))
    with CaptureWriter(dst, append=False) as w:
        for s in sources:
            r = s.record
            if redactor is not None and r.payload is not None:
                r = CaptureRecord(r.platform, r.method, r.recv_ts, payload=redactor.redact(r.payload))
            w.write(r)
            report.methods[r.method] += 1
        report.written = w.written
    return report


#: the control message a room's live end comes in (TikTok): in a corpus of many rooms, one ends the replayed live
LIVE_END_METHODS: Final = frozenset({"WebcastControlMessage"})


def steady(src: Path, dst: Path, every_s: float = 1.0) -> int:
    """A corpus of many rooms as one steady live to rehearse with: the messages in their order, one every
    `every_s` seconds, without the other rooms' live ends (the first would end the replay a third of the way in;
    the bridge ends the live at the capture's end). Returns the messages written."""
    if every_s <= 0:
        raise CaptureError("--every must be > 0")
    records = [r for r in read_capture(src) if r.method not in LIVE_END_METHODS]
    if not records:
        raise CaptureError(f"{src}: no message to replay")
    first = records[0].recv_ts
    with CaptureWriter(dst, append=False) as w:
        for i, r in enumerate(records):
            w.write(CaptureRecord(r.platform, r.method, first + i * every_s, r.payload, r.payload_json))
        return w.written


def _zone(name: str) -> tzinfo:
    if name.upper() == "UTC":
        return UTC
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(f"unknown time zone {name!r}") from None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m console.bridge.capture", description=(__doc__ or "").split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    cv = sub.add_parser("convert", help="convert a capture or the realdata corpus into a capture")
    cv.add_argument("src", type=Path)
    cv.add_argument("dst", type=Path)
    mode = cv.add_mutually_exclusive_group()
    mode.add_argument("--pseudonymise", dest="pseudonymise", action="store_true", default=True,
                      help="replace every person's identifiers by pseudonyms (the default)")
    mode.add_argument("--keep-identifiers", dest="pseudonymise", action="store_false",
                      help="copy the messages as they are (for a private capture that never leaves the machine)")
    cv.add_argument("--platform", default="tiktok", help="platform of lines that do not name one")
    cv.add_argument("--naive-tz", type=_zone, default=UTC,
                    help="time zone of ISO recv_ts values without one (the realdata corpus: Europe/Warsaw)")
    st = sub.add_parser("steady", help="a corpus of many rooms as one steady live: no live ends in the middle, "
                                       "one message every --every seconds")
    st.add_argument("src", type=Path)
    st.add_argument("dst", type=Path)
    st.add_argument("--every", type=float, default=1.0, help="seconds between messages (default 1)")
    ck = sub.add_parser("check", help="validate captures: count per method, every bad line")
    ck.add_argument("files", nargs="+", type=Path)
    args = ap.parse_args(argv)
    try:
        if args.command == "convert":
            if args.src.resolve() == args.dst.resolve():
                print("convert: SRC and DST must be different files", file=sys.stderr)
                return 2
            report = convert(args.src, args.dst, pseudonymise=args.pseudonymise, platform=args.platform,
                             naive_tz=args.naive_tz)
            for b in report.bad:
                print(f"kept aside: {b}", file=sys.stderr)
            print(f"{args.dst}: {report.written} messages, {len(report.methods)} methods"
                  + (f", {report.people} people pseudonymised" if args.pseudonymise else ", identifiers KEPT"))
            return 1 if report.bad else 0
        if args.command == "steady":
            if args.src.resolve() == args.dst.resolve():
                print("steady: SRC and DST must be different files", file=sys.stderr)
                return 2
            written = steady(args.src, args.dst, args.every)
            print(f"{args.dst}: {written} messages, one every {args.every:g} s ({written * args.every / 60:.0f} min "
                  "of live at --speed 1)")
            return 0
        status = 0
        for path in args.files:
            reader = read_capture(path)
            methods = Counter(r.method for r in reader)
            print(f"{path}: {sum(methods.values())} good lines, {len(reader.bad)} bad")
            for method, n in sorted(methods.items()):
                print(f"  {n:6d}  {method}")
            for b in reader.bad:
                print(f"  bad: {b}")
            status = status or (1 if reader.bad else 0)
        return status
    except CaptureError as exc:
        print(str(exc), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
