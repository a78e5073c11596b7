"""The bus's credentials and TLS against a real nats-server: a token from the environment only, a refused one
stops the seat with words (no retry loop), a certificate is verified against the CA given, and none of it is
written where it could leak (the session file, the registry, /v1/state)."""

from __future__ import annotations

import asyncio
import json
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme
from pytestqt.qtbot import QtBot

from console.bus.address import BusAddressError, BusCredentials, connect_bus, parse_bus_url
from console.bus.lookup import find_live
from console.live.health import FeedState
from console.plan.model import DEMO_PLAN, load_plan
from console.services.live_session import open_live_session
from tests.bus_server import NatsServer
from tests.support import start_feed_server

PLAN = load_plan(DEMO_PLAN)
BUS_TOKEN = "bus-secret-7f3a9c"


@pytest.fixture
def token_bus(tmp_path: Path) -> Iterator[NatsServer]:
    server = NatsServer(tmp_path / "jetstream", extra=("--auth", BUS_TOKEN))
    server.start()
    yield server
    server.stop()


def test_a_seat_with_the_bus_token_follows_the_live_and_no_secret_is_written_anywhere(
        qtbot: QtBot, tmp_path: Path, token_bus: NatsServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIVE_CONSOLE_NATS_TOKEN", BUS_TOKEN)  # the producer's process inherits it from here
    sim = start_feed_server("simulate", "--speed", "60", "--nats", token_bus.url)
    try:
        assert BUS_TOKEN not in " ".join(str(a) for a in sim.proc.args)  # never on a command line
        db = tmp_path / "seat.db"
        session = open_live_session(f"{token_bus.url}/{PLAN.live.id}", sim.token, PLAN, session_path=db,
                                    api_url=sim.api)
        session.start()
        try:
            qtbot.waitUntil(lambda: session.latest()[1].state == FeedState.LIVE
                            and session.ingest.last_seq > 200, timeout=30_000)
        finally:
            session.close()
        state = httpx.get(f"{sim.api}/state", headers=sim.headers(), timeout=10).json()
        assert state["bus"]["state"] == "publishing"
        entry = find_live(parse_bus_url(f"{token_bus.url}/{PLAN.live.id}"), BusCredentials(token=BUS_TOKEN))
        written = [json.dumps(state), json.dumps([getattr(entry, f) for f in entry.__struct_fields__])]
        with sqlite3.connect(db) as conn:
            written += [str(row) for table in ("session", "events") for row in
                        conn.execute(f"SELECT * FROM {table}").fetchall()]
        assert not [w for w in written if BUS_TOKEN in w]
    finally:
        sim.stop(signal.SIGKILL)


def test_a_refused_bus_token_stops_the_seat_with_a_reason_not_a_retry_loop(
        qtbot: QtBot, token_bus: NatsServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIVE_CONSOLE_NATS_TOKEN", "not-the-token")
    session = open_live_session(f"{token_bus.url}/{PLAN.live.id}", "", PLAN)
    session.start()
    try:
        qtbot.waitUntil(lambda: session.latest()[1].state == FeedState.STOPPED, timeout=20_000)
        reason = session.latest()[1].reason
        assert "refused this console's credentials" in reason and "LIVE_CONSOLE_NATS_" in reason
        assert "not-the-token" not in reason
    finally:
        session.close()
    with pytest.raises(BusAddressError, match="refused the credentials"):
        find_live(parse_bus_url(f"{token_bus.url}/x"), BusCredentials(token="not-the-token"))


def test_credentials_in_the_url_are_refused_and_named_by_the_variables_to_use() -> None:
    with pytest.raises(BusAddressError, match=r"LIVE_CONSOLE_NATS_TOKEN.*not in the URL"):
        parse_bus_url("nats://ana:secret@127.0.0.1:4222/live")
    with pytest.raises(BusAddressError, match=r"plain nats:// is for loopback only; use tls://10\.0\.0\.5:4222"):
        parse_bus_url("nats://10.0.0.5:4222/live")
    with pytest.raises(BusAddressError, match="set one kind, not token and user/password"):
        BusCredentials.from_env({"LIVE_CONSOLE_NATS_TOKEN": "a", "LIVE_CONSOLE_NATS_USER": "u",
                                 "LIVE_CONSOLE_NATS_PASSWORD": "p"})
    assert "s3cret" not in repr(BusCredentials(token="s3cret", password="s3cret"))


@pytest.fixture
def tls_bus(tmp_path: Path) -> Iterator[tuple[NatsServer, Path]]:
    ca = trustme.CA()
    cert = ca.issue_cert("localhost")
    (tmp_path / "server.pem").write_bytes(cert.cert_chain_pems[0].bytes())
    (tmp_path / "server.key").write_bytes(cert.private_key_pem.bytes())
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    server = NatsServer(tmp_path / "jetstream", extra=("--tls", "--tlscert", str(tmp_path / "server.pem"),
                                                       "--tlskey", str(tmp_path / "server.key")))
    server.start()
    yield server, tmp_path / "ca.pem"
    server.stop()


def test_tls_is_verified_against_the_ca_given_and_refused_without_it(tls_bus: tuple[NatsServer, Path]) -> None:
    server, ca = tls_bus

    async def connect(creds: BusCredentials) -> bool:
        nc = await connect_bus(parse_bus_url(f"tls://localhost:{server.port}"), creds, name="test")
        ok = nc.is_connected
        await nc.close()
        return ok

    assert asyncio.run(connect(BusCredentials(ca_file=str(ca))))
    with pytest.raises(BusAddressError, match=r"TLS certificate of the bus at localhost:\d+ was not accepted"):
        asyncio.run(connect(BusCredentials()))  # the system's CAs do not know this one


def test_a_bus_url_of_several_servers_is_recorded_without_credentials() -> None:
    from console.session.file import without_secrets

    assert without_secrets("nats://a.studio:4222,b.studio:4222/live-1") == "nats://a.studio:4222,b.studio:4222/live-1"
    assert without_secrets("tls://ana:pw@a.studio:4222,b.studio/live-1?x=1") == "tls://a.studio:4222,b.studio/live-1"
