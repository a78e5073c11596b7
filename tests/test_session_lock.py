"""One console per session file: two seats on one laptop must not record into the same file (found by a newcomer
running two operator seats and a producer seat of one live on one machine: all three joined one file)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from console.session.file import SessionFileError, default_path, in_use
from console.session.recorder import SessionRecorder

TODAY = dt.date(2026, 12, 7)


def test_a_file_being_recorded_is_refused_to_a_second_console_by_name(tmp_path: Path) -> None:
    path = tmp_path / "seat.db"
    first = SessionRecorder(path)
    try:
        assert in_use(path)
        with pytest.raises(SessionFileError, match=r"seat\.db is being recorded by another console.*--session"):
            SessionRecorder(path)
    finally:
        first.close()
    assert not in_use(path)
    SessionRecorder(path).close()  # free again once the first has closed it


def test_the_default_file_of_a_live_skips_one_another_console_is_recording(tmp_path: Path) -> None:
    own = default_path("live-1", tmp_path, TODAY)
    assert own.name == "2026-12-07_live-1.db"
    seat_a = SessionRecorder(own)  # held: another seat's (a file that is not held is carried on, as before)
    try:
        assert default_path("live-1", tmp_path, TODAY).name == "2026-12-07_live-1-2.db"
    finally:
        seat_a.close()
