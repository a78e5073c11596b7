"""The auto-cue lease on a real nats-server: one holder at a time, taken over when the holder goes away."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.bus.address import BusCredentials, parse_bus_url
from console.bus.lease import CueLease
from tests.bus_server import NatsServer

TTL, RENEW = 4.0, 0.25  # a TTL of many renewals: a loaded machine's late renewal must not look like a crash


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[NatsServer]:
    server = NatsServer(tmp_path / "jetstream")
    server.start()
    yield server
    server.stop()


def lease(bus: NatsServer, seat: str) -> CueLease:
    return CueLease(parse_bus_url(bus.url), BusCredentials(), "live-1", seat, ttl_s=TTL, renew_s=RENEW)


async def until(condition: object, timeout_s: float) -> float:
    """Seconds it took for `condition()` to hold (waits on the condition itself, checked every 20 ms)."""
    start = time.monotonic()
    while not condition():  # type: ignore[operator]
        if time.monotonic() - start > timeout_s:
            raise AssertionError(f"not within {timeout_s} s")
        await asyncio.sleep(0.02)
    return time.monotonic() - start


def test_one_seat_holds_the_cues_and_the_other_takes_them_when_it_lets_go(bus: NatsServer) -> None:
    async def scenario() -> None:
        ana, ben = lease(bus, "ana"), lease(bus, "ben")
        a = asyncio.create_task(ana.run())
        await until(ana.held, 10)
        b = asyncio.create_task(ben.run())
        await until(lambda: ben.holder() == "ana", 10)  # ben sees who holds them, and does not hold them
        for _ in range(10):  # several renewals: never two holders, and ben never takes what ana renews
            await asyncio.sleep(RENEW)
            assert not ben.held()
        a.cancel()  # ana's console closes: it lets go at once
        await asyncio.gather(a, return_exceptions=True)
        took = await until(ben.held, 10)
        assert took < TTL  # not the TTL: the release was explicit
        b.cancel()
        await asyncio.gather(b, return_exceptions=True)

    asyncio.run(scenario())


SEAT_THAT_CRASHES = """
import asyncio, sys
from console.bus.address import BusCredentials, parse_bus_url
from console.bus.lease import CueLease
async def main():
    lease = CueLease(parse_bus_url(sys.argv[1]), BusCredentials(), "live-1", "crasher", ttl_s=4.0, renew_s=0.25)
    task = asyncio.create_task(lease.run())
    while not lease.held():
        await asyncio.sleep(0.02)
    print("held", flush=True)
    await task
asyncio.run(main())
"""


def test_a_seat_that_dies_holding_the_cues_loses_them_within_the_ttl(bus: NatsServer) -> None:
    crasher = subprocess.Popen([sys.executable, "-c", SEAT_THAT_CRASHES, bus.url], stdout=subprocess.PIPE, text=True)
    try:
        assert crasher.stdout is not None and crasher.stdout.readline().strip() == "held"

        async def scenario() -> None:
            ben = lease(bus, "ben")
            b = asyncio.create_task(ben.run())
            await until(lambda: ben.holder() == "crasher", 10)
            crasher.kill()  # no release: the entry must expire
            crasher.wait(10)
            took = await until(ben.held, 10)
            assert took <= TTL + RENEW + 1.5
            b.cancel()
            await asyncio.gather(b, return_exceptions=True)

        asyncio.run(scenario())
    finally:
        crasher.kill()
        crasher.wait(10)
        assert crasher.stdout is not None
        crasher.stdout.close()
