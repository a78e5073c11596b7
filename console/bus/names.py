"""Where things live on the bus: one place, so a producer, a console and the wall can never disagree.

A live id ([A-Za-z0-9_.-], console/plan/model.py) may hold dots, which NATS reads as subject separators and which
stream names refuse, so subjects and stream names carry it with '.' written as '~' (a character ids never hold, so
the mapping is reversible). KV keys allow dots: the buckets key by the live id as it is.
"""

from __future__ import annotations

LIVES_BUCKET = "live_console_lives"  # key: live id; value: a registry entry (console/bus/registry.py)
LEASES_BUCKET = "live_console_leases"  # key: live id; value: the seat holding the auto cues (console/bus/lease.py)
DUPLICATE_WINDOW_S = 120.0  # JetStream drops a repeated Nats-Msg-Id within this window
DEFAULT_RETAIN_DAYS = 30.0


def token(live_id: str) -> str:
    return live_id.replace(".", "~")


def live_id_of(token_: str) -> str:
    return token_.replace("~", ".")


def stream_name(live_id: str) -> str:
    return f"LIVE_{token(live_id)}"


def events_subject(live_id: str) -> str:
    return f"live.{token(live_id)}.events"


def clock_subject(live_id: str) -> str:
    """The live's heartbeats (its clock and last seq): plain NATS, not stored; a console's staleness comes from it."""
    return f"live.{token(live_id)}.clock"


def msg_id(live_id: str, seq: int) -> str:
    return f"{live_id}:{seq}"
