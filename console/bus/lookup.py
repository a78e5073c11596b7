"""Before a console opens on `nats://HOST:PORT/LIVE_ID`: is the live on the bus, and where are its actions?

Asked once by the command line, before any window exists (the GUI thread never waits on the network), with a short
deadline, so that a typo in the live id is a clear error at start instead of a console waiting forever.
"""

from __future__ import annotations

import asyncio
import contextlib

import nats.errors
import nats.js.errors
from nats.aio.client import Client as NatsClient

from console.bus.address import BusAddress, BusAddressError, BusCredentials, connect_bus, refused_credentials
from console.bus.registry import LiveEntry, get_entry, lives_bucket
from console.i18n import translate


async def lookup_live(address: BusAddress, creds: BusCredentials, *, timeout_s: float = 5.0) -> LiveEntry | None:
    nc = await asyncio.wait_for(_connect_once(address, creds), timeout_s)
    try:
        try:
            kv = await lives_bucket(nc.jetstream(timeout=timeout_s))
        except nats.js.errors.BucketNotFoundError:
            return None
        return await get_entry(kv, address.live_id)
    finally:
        with contextlib.suppress(Exception):
            await nc.close()


async def list_lives(address: BusAddress, creds: BusCredentials, *, timeout_s: float = 5.0) -> list[LiveEntry]:
    """Every live the bus knows now (for an error that names what is there)."""
    nc = await asyncio.wait_for(_connect_once(address, creds), timeout_s)
    try:
        try:
            kv = await lives_bucket(nc.jetstream(timeout=timeout_s))
        except nats.js.errors.BucketNotFoundError:
            return []
        entries = []
        with contextlib.suppress(nats.js.errors.NoKeysError):
            for key in await kv.keys():
                entry = await get_entry(kv, key)
                if entry is not None:
                    entries.append(entry)
        return entries
    finally:
        with contextlib.suppress(Exception):
            await nc.close()


async def _connect_once(address: BusAddress, creds: BusCredentials) -> NatsClient:
    return await connect_bus(address, creds, name="live-console lookup", error_cb=_quiet)


async def _quiet(_exc: Exception) -> None:
    """nats-py prints a traceback for each failed attempt by default; find_live says what went wrong once."""


def find_live(address: BusAddress, creds: BusCredentials) -> LiveEntry:
    """The live's registry entry, or BusAddressError saying what is wrong (bus down, no such live: which are)."""
    try:
        entry = asyncio.run(lookup_live(address, creds))
        if entry is not None:
            return entry
        others = asyncio.run(list_lives(address, creds))
    except (OSError, TimeoutError, nats.errors.Error, nats.js.errors.Error) as exc:
        if refused_credentials(exc):
            raise BusAddressError(translate(
                "BusStatus", "the bus at {where} refused the credentials (set one of LIVE_CONSOLE_NATS_TOKEN, "
                "_USER/_PASSWORD, _CREDS, _NKEY: docs/bus.md)").format(where=address.where())) from None
        why = str(exc) if isinstance(exc, (ConnectionRefusedError, TimeoutError)) and str(exc) else translate(
            "BusStatus", "the bus at {where} is not answering ({error})").format(
                where=address.where(), error=type(exc).__name__)
        raise BusAddressError(translate("BusStatus", "{why}; is nats-server running?").format(why=why)) from None
    on_air = ", ".join(sorted(e.live_id for e in others if e.state == "on_air")) or translate("BusStatus", "none")
    raise BusAddressError(translate("BusStatus", "live {live_id} is not on the bus at {where} (lives on air: {on_air})"
                                    ).format(live_id=repr(address.live_id), where=address.where(), on_air=on_air))
