"""The load generator's paced live is a live happening now (issue 19): the hello's clock places each frame's
events at the wall time the frame is sent, so the console under test shows no lag and no dimmed window."""

from __future__ import annotations

import pytest

from benchmarks.loadgen import _current_clock
from console.protocol import wire as p


def emitted(started_at: float, scale: float, ts: float) -> float:
    """Where the console places an event of live time ts (Ingest.lag_s, docs/protocol.md)."""
    return started_at + (ts - started_at) / scale


def test_the_paced_live_is_emitted_as_it_is_sent() -> None:
    # A model started at 1,000 (hours before), 0.1 live s per event, sent at 100 events per wall second from
    # 5,000: the live runs 10x (scale 10) and S = (5,000 - 1,000 / 10) / (1 - 1 / 10) = 5,444.44...
    started, scale = _current_clock(1_000.0, 5_000.0, 0.1, 100.0)
    assert scale == pytest.approx(10.0)
    assert started == pytest.approx(4_900.0 / 0.9)
    assert emitted(started, scale, 1_000.0) == pytest.approx(5_000.0)  # the first event: now
    assert emitted(started, scale, 1_010.0) == pytest.approx(5_001.0)  # the 100th: one second later
    hello = p.Hello(protocol=p.PROTOCOL, live_id="L", title="t", started_at=started, time_scale=scale, first_seq=0,
                    last_seq=0, server="test")
    assert p.decode_frame(p.encode(hello)) is not None  # a clock the protocol accepts


def test_a_live_paced_at_its_own_speed_is_refused_with_the_reason() -> None:
    with pytest.raises(ValueError, match="its own speed"):
        _current_clock(1_000.0, 5_000.0, 0.01, 100.0)
