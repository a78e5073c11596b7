"""Bus addresses and credentials: `nats://HOST:PORT[/LIVE_ID]`, `tls://...`, several servers comma-separated.

Credentials never come from the URL or argv (they would sit in `ps` and shell history): from the environment or a
file, as the feed token does. Plain `nats://` is accepted on loopback only; anything else must be `tls://`, verified
against the system's CAs or LIVE_CONSOLE_NATS_CA.
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from console.i18n import translate
from console.live.wording import secs

if TYPE_CHECKING:  # the client library is imported when a connection is made: a websocket console never loads it
    from nats.aio.client import Client as NatsClient

TOKEN_ENV = "LIVE_CONSOLE_NATS_TOKEN"
USER_ENV, PASSWORD_ENV = "LIVE_CONSOLE_NATS_USER", "LIVE_CONSOLE_NATS_PASSWORD"
CREDS_ENV = "LIVE_CONSOLE_NATS_CREDS"  # path of a .creds file (JWT + nkey seed)
NKEY_ENV = "LIVE_CONSOLE_NATS_NKEY"  # path of an nkey seed file
CA_ENV = "LIVE_CONSOLE_NATS_CA"  # a PEM file of CAs for tls:// (else the system's)
SCHEMES = ("nats", "tls")
CONNECT_DEADLINE_S = 5.0


class BusAddressError(ValueError):
    """A bus URL or its credentials cannot be used; the message says what to change."""


@dataclass(frozen=True, slots=True)
class BusAddress:
    servers: tuple[str, ...]  # host:port each
    tls: bool
    live_id: str = ""  # the path: which live a console follows ("" for a producer's or the wall's URL)

    def urls(self) -> list[str]:
        return [f"{'tls' if self.tls else 'nats'}://{s}" for s in self.servers]

    def where(self) -> str:
        """For messages: the servers, never credentials (there are none in a BusAddress)."""
        return ",".join(self.servers)

    def with_live(self, live_id: str) -> str:
        """The console's feed URL for one live on this bus (what the wall opens)."""
        return f"{'tls' if self.tls else 'nats'}://{','.join(self.servers)}/{live_id}"


def is_bus_url(url: str) -> bool:
    return url.split("://", 1)[0].lower() in SCHEMES and "://" in url


def parse_bus_url(url: str, *, want_live: bool | None = None) -> BusAddress:
    """`want_live`: True for a console's feed (a live id is required), False for a producer or the wall (none
    allowed), None for either."""
    scheme, sep, rest = url.partition("://")
    if not sep or scheme.lower() not in SCHEMES:
        raise BusAddressError(translate("BusStatus", "{url} is not a bus URL: expected nats://HOST:PORT or "
                                        "tls://HOST:PORT").format(url=repr(url)))
    hosts, _, path = rest.partition("/")
    if "@" in hosts:
        raise BusAddressError(translate("BusStatus", "put the bus credentials in {token}, {user}/{password}, {creds} "
                                        "or {nkey}, not in the URL (a URL is seen in ps and shell history)").format(
            token=f"${TOKEN_ENV}", user=f"${USER_ENV}", password=f"${PASSWORD_ENV}", creds=f"${CREDS_ENV}",
            nkey=f"${NKEY_ENV}"))
    live_id = path.strip("/")
    if want_live is True and not live_id:
        raise BusAddressError(translate("BusStatus", "{url} names no live: expected {scheme}://HOST:PORT/LIVE_ID").format(
            url=repr(url), scheme=scheme))
    if want_live is False and live_id:
        raise BusAddressError(translate("BusStatus", "{url}: give the bus only (no /{live_id}): every live on it is "
                                        "found there").format(url=repr(url), live_id=live_id))
    servers = []
    for host in (h.strip() for h in hosts.split(",")):
        if not host:
            raise BusAddressError(translate("BusStatus", "{url}: an empty server name").format(url=repr(url)))
        name, port = _split_port(host, url)
        servers.append(f"{name}:{port}")
    tls = scheme.lower() == "tls"
    if not tls:
        remote = [s for s in servers if not _loopback(s.rsplit(":", 1)[0])]
        if remote:
            raise BusAddressError(translate("BusStatus", "plain nats:// is for loopback only; use tls://{server} (TLS "
                                            "verified) for a bus on another machine").format(server=remote[0]))
    return BusAddress(tuple(servers), tls, live_id)


def _split_port(host: str, url: str) -> tuple[str, int]:
    if host.startswith("["):  # [::1]:4222
        name, _, port = host[1:].partition("]")
        port = port.lstrip(":")
        name = f"[{name}]"
    else:
        name, _, port = host.rpartition(":") if host.count(":") == 1 else (host, "", "")
    try:
        number = int(port) if port else 4222
        if not 0 < number < 65536:
            raise ValueError
    except ValueError:
        raise BusAddressError(translate("BusStatus", "{url}: {port} is not a port number").format(
            url=repr(url), port=repr(port))) from None
    return name, number


def _loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class BusCredentials:
    """One of: a token, a user and password, a .creds file, an nkey seed file; or none (a loopback dev bus).
    repr shows which kind, never the secret."""

    token: str = field(default="", repr=False)
    user: str = ""
    password: str = field(default="", repr=False)
    creds_file: str = ""
    nkey_file: str = ""
    ca_file: str = ""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> BusCredentials:
        env = os.environ if env is None else env
        creds = cls(token=env.get(TOKEN_ENV, ""), user=env.get(USER_ENV, ""), password=env.get(PASSWORD_ENV, ""),
                    creds_file=env.get(CREDS_ENV, ""), nkey_file=env.get(NKEY_ENV, ""), ca_file=env.get(CA_ENV, ""))
        kinds = [k for k, on in (("token", creds.token), ("user/password", creds.user or creds.password),
                                 ("creds file", creds.creds_file), ("nkey", creds.nkey_file)) if on]
        if len(kinds) > 1:
            raise BusAddressError(translate("BusStatus", "bus credentials: set one kind, not {kinds}").format(
                kinds=translate("BusStatus", " and ").join(kinds)))
        if bool(creds.user) != bool(creds.password):
            raise BusAddressError(translate("BusStatus", "bus credentials: {user} and {password} go together").format(
                user=f"${USER_ENV}", password=f"${PASSWORD_ENV}"))
        for name, path in ((CREDS_ENV, creds.creds_file), (NKEY_ENV, creds.nkey_file), (CA_ENV, creds.ca_file)):
            if path and not Path(path).is_file():
                raise BusAddressError(translate("BusStatus", "{name}: no file at {path}").format(
                    name=f"${name}", path=path))
        return creds

    def connect_options(self) -> dict[str, Any]:
        opts: dict[str, Any] = {}
        if self.token:
            opts["token"] = self.token
        if self.user:
            opts["user"], opts["password"] = self.user, self.password
        if self.creds_file:
            opts["user_credentials"] = self.creds_file
        if self.nkey_file:
            opts["nkeys_seed"] = self.nkey_file
        return opts


def tls_context(address: BusAddress, creds: BusCredentials) -> ssl.SSLContext | None:
    if not address.tls:
        return None
    return ssl.create_default_context(cafile=creds.ca_file or None)  # verifies the chain and the host name


async def connect_bus(address: BusAddress, creds: BusCredentials, *, name: str, **callbacks: Any) -> NatsClient:
    """One connection, which ends with the first disconnection: every user of the bus (producer, seat, lease, wall)
    starts a new one itself and resumes from what the bus holds, so nothing depends on the client library's own
    reconnect buffering (which also left sockets open behind it). `callbacks`: nats-py's error_cb,
    disconnected_cb, closed_cb.

    Raises ConnectionRefusedError (nobody listens), TimeoutError (nobody answers within CONNECT_DEADLINE_S),
    BusAddressError (a certificate refused, in words), or nats-py's error (credentials refused). nats-py itself
    reports a refused certificate only to its error callback and then cancels its own connect, and retries a
    server that refuses connections for ever: both are turned into an answer here."""
    from nats.aio.client import Client

    seen: list[BaseException] = []
    theirs = callbacks.pop("error_cb", None)

    async def on_error(exc: Exception) -> None:
        seen.append(exc)
        if theirs is not None:
            await theirs(exc)

    nc = Client()
    try:
        await asyncio.wait_for(nc.connect(
            servers=address.urls(), name=name, tls=tls_context(address, creds), connect_timeout=2,
            allow_reconnect=False, max_reconnect_attempts=0, ping_interval=5, max_outstanding_pings=3,
            error_cb=on_error, **creds.connect_options(), **callbacks), CONNECT_DEADLINE_S)
    except BaseException as exc:
        await _abandon(nc)
        task = asyncio.current_task()
        if task is not None and task.cancelling():  # our caller is being cancelled: let it be
            raise
        certificate = next((e for e in seen if isinstance(e, ssl.SSLCertVerificationError)), None)
        if certificate is not None:
            raise BusAddressError(translate("BusStatus", "the TLS certificate of the bus at {where} was not accepted: "
                                            "{why}").format(where=address.where(),
                                                            why=certificate.verify_message)) from None
        if any(isinstance(e, ConnectionRefusedError) for e in seen):
            raise ConnectionRefusedError(translate("BusStatus", "the bus at {where} refused the connection").format(
                where=address.where())) from None
        if isinstance(exc, (TimeoutError, asyncio.CancelledError)):
            raise TimeoutError(translate("BusStatus", "the bus at {where} did not answer in {seconds} s").format(
                where=address.where(), seconds=secs(CONNECT_DEADLINE_S))) from None
        raise
    return nc


async def _abandon(nc: NatsClient) -> None:
    """A connection refused half-way (bad credentials, a certificate, a timeout) still holds its socket: nats-py
    leaves it open. Close it here, or every retry of a seat with a wrong token leaks one. nats-py's close of a
    connection that never opened may itself raise CancelledError (its own tasks): only ours propagates."""
    for step in (nc.close, lambda: _close_transport(nc)):
        try:
            await asyncio.wait_for(step(), 2)  # bounded: a half-open TLS handshake must not hold the caller
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise
        except Exception:  # closing what failed to open: nothing left to tell
            pass


async def _close_transport(nc: NatsClient) -> None:
    transport = getattr(nc, "_transport", None)
    if transport is not None:
        transport.close()
        await transport.wait_closed()


def refused_credentials(exc: BaseException) -> bool:
    """The server said no to who we are (retrying will not help; the operator must fix the credentials)."""
    text = str(exc).lower()
    return "authorization" in text or "authentication" in text or "permissions violation" in text
