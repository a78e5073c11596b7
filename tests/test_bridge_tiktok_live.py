"""The `tiktok` source (console/bridge/tiktok_live.py) without the network and without TikTokLive: the receiving
client is injected, and here yields the committed capture's real messages (tests/data/tiktok, pseudonymised).

Checked: every message teed to the capture byte for byte as the capture format writes it, the drafts those of the
mapper, reconnection with backoff (time is injected: the waits are recorded, not slept), a live's end, repeats after
a reconnect, a restart's cursor, the errors (a room offline, the library missing), the sign key, and the adapter's
handling of TikTokLive's events, on a stand-in of the library and, where it is installed, on the library itself.
"""

from __future__ import annotations

import ast
import asyncio
import json
import logging
import subprocess
import sys
import warnings
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from console.bridge.capture import read_capture
from console.bridge.shopify_http import Secret
from console.bridge.tiktok_live import (
    INSTALL_HINT,
    SIGN_KEY_ENV,
    SIGN_KEY_FILE_ENV,
    Backoff,
    ConnectionFailedError,
    RawMessage,
    RoomUnavailableError,
    TikTokLiveConnection,
    TikTokLiveLibrary,
    TikTokLiveMissingError,
    TikTokLiveSource,
    default_tee_path,
    room_handle,
    tiktok_sign_key,
)
from console.bridge.tiktok_map import Draft, LiveEndedDraft, TikTokMapper

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "tiktok" / "tiktoklivejava_corpus.capture.ndjson"
KEY = b"k" * 32
LIVE_ID = "live-1"


# ---------------------------------------------------------------------------------------------------------------
# The capture's messages, and what the mapper makes of them


def corpus_lines(*, live_ends: bool) -> list[bytes]:
    """The committed capture's lines as bytes; without its four live ends (of other rooms) when asked: a steady live."""
    lines = CORPUS.read_bytes().splitlines(keepends=True)
    if live_ends:
        return lines
    return [line for line in lines if json.loads(line)["method"] != "WebcastControlMessage"]


def messages_of(lines: Sequence[bytes], tmp_path: Path) -> list[RawMessage]:
    path = tmp_path / "lines.capture.ndjson"
    path.write_bytes(b"".join(lines))
    out = []
    for rec in read_capture(path):
        assert rec.payload is not None
        out.append(RawMessage(rec.method, rec.payload, rec.recv_ts))
    return out


def mapped(messages: Sequence[RawMessage]) -> tuple[list[Draft], dict[str, int]]:
    """The drafts and the not-mapped tally a fresh mapper gives for these messages, in order."""
    mapper = TikTokMapper(live_id=LIVE_ID, key=KEY)
    drafts = [d for m in messages for d in mapper.map(m.method, m.payload, m.recv_ts)]
    return drafts, dict(mapper.stats.not_mapped)


# ---------------------------------------------------------------------------------------------------------------
# Stand-ins: scripted connections, injected time


class ScriptedClient:
    """A connection that yields the given messages, then ends normally, raises `then`, or waits forever (`hang`);
    or fails to open with `open_error`."""

    def __init__(self, messages: Sequence[RawMessage] = (), *, then: BaseException | None = None,
                 open_error: BaseException | None = None, hang: bool = False) -> None:
        self.messages, self.then, self.open_error, self.hang = list(messages), then, open_error, hang
        self.closed = 0

    async def open(self) -> None:
        if self.open_error is not None:
            raise self.open_error

    async def __aiter__(self) -> AsyncIterator[RawMessage]:
        for m in self.messages:
            yield m
        if self.hang:
            await asyncio.Event().wait()
        if self.then is not None:
            raise self.then

    async def aclose(self) -> None:
        self.closed += 1


class Connections:
    """The client factory: the scripted connections in order, then a room that is offline for good."""

    def __init__(self, *clients: ScriptedClient) -> None:
        self.clients = list(clients)
        self.handed: list[ScriptedClient] = []

    def __call__(self, handle: str) -> ScriptedClient:
        assert handle == "shop_live"
        client = self.clients.pop(0) if self.clients else ScriptedClient(open_error=RoomUnavailableError("offline"))
        self.handed.append(client)
        return client


class FakeTime:
    """sleep() records the wait and moves the clock on by it, at once."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)  # a turn of the loop, as a real wait would give

    def clock(self) -> float:
        return self.now


def make_source(tmp_path: Path, connections: Connections, clock: FakeTime, **kw: Any) -> TikTokLiveSource:
    return TikTokLiveSource("@shop_live", live_id=LIVE_ID, key=KEY, tee=tmp_path / "tee.capture.ndjson",
                            connect=connections, sleep=clock.sleep, clock=clock.clock,
                            **{"offline_grace_s": 5.0, **kw})


def run_source(source: TikTokLiveSource, resumed: Sequence[Any] = ()) -> list[tuple[list[Draft], Any]]:
    emitted: list[tuple[list[Draft], Any]] = []

    def emit(drafts: Sequence[Any], cursor: Any) -> None:
        emitted.append((list(drafts), cursor))

    asyncio.run(source.run(list(resumed), emit))
    return emitted


def flat(emitted: list[tuple[list[Draft], Any]]) -> list[Draft]:
    return [d for drafts, _ in emitted for d in drafts]


# ---------------------------------------------------------------------------------------------------------------
# The source


def test_every_message_is_teed_as_received_and_mapped_as_the_mapper_maps_it(tmp_path: Path) -> None:
    lines = corpus_lines(live_ends=False)
    messages = messages_of(lines, tmp_path)
    clock = FakeTime()
    source = make_source(tmp_path, Connections(ScriptedClient(messages)), clock)
    emitted = run_source(source)

    tee = tmp_path / "tee.capture.ndjson"
    assert tee.read_bytes() == b"".join(lines)  # the capture format's own lines, byte for byte
    assert tee.stat().st_mode & 0o777 == 0o600  # real people's names and ids: the owner's eyes only
    expected, not_mapped = mapped(messages)
    assert flat(emitted) == expected
    assert [cursor for _, cursor in emitted] == list(range(1, len(messages) + 1))
    assert source.not_mapped == not_mapped
    assert {"viewer_joined", "chat_message", "product_featured", "viewer_count"} <= {d.type for d in expected}
    # the connection ended without the live's end: tried again 1 + 2 + 4 s, offline past the 5 s grace, over
    assert clock.slept == [1.0, 2.0, 4.0]


def test_a_dropped_connection_is_reconnected_with_backoff_and_nothing_it_gave_is_lost(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    lines = corpus_lines(live_ends=False)
    messages = messages_of(lines, tmp_path)
    connections = Connections(
        ScriptedClient(messages[:100], then=ConnectionResetError("peer reset")),
        ScriptedClient(open_error=ConnectionFailedError("the signing service did not answer")),
        ScriptedClient(messages[100:]),
    )
    clock = FakeTime()
    caplog.set_level(logging.WARNING, logger="console.bridge.tiktok_live")
    emitted = run_source(make_source(tmp_path, connections, clock), ())

    assert (tmp_path / "tee.capture.ndjson").read_bytes() == b"".join(lines)
    assert flat(emitted) == mapped(messages)[0]
    assert [cursor for _, cursor in emitted] == list(range(1, len(messages) + 1))
    # 1 s after the drop, 2 s after the failed try; a connection that delivered resets the wait to 1 s
    assert clock.slept == [1.0, 2.0, 1.0, 2.0, 4.0]
    assert all(c.closed >= 1 for c in connections.handed)
    said = caplog.text
    assert "connection lost (ConnectionResetError: peer reset)" in said
    assert "reconnection failed: the signing service did not answer" in said
    assert "the live is over" in said


def test_a_connection_that_goes_silent_is_dropped_and_made_again(tmp_path: Path) -> None:
    messages = messages_of(corpus_lines(live_ends=False)[:30], tmp_path)
    connections = Connections(ScriptedClient(messages[:10], hang=True), ScriptedClient(messages[10:]))
    emitted = run_source(make_source(tmp_path, connections, FakeTime(), quiet_s=0.05))
    assert flat(emitted) == mapped(messages)[0]
    assert len(connections.handed) >= 3  # the silent one, the next, then the room offline


def test_the_live_end_ends_the_source_without_reconnecting(tmp_path: Path) -> None:
    lines = corpus_lines(live_ends=True)
    messages = messages_of(lines, tmp_path)
    mapper = TikTokMapper(live_id=LIVE_ID, key=KEY)
    end = next(i for i, m in enumerate(messages)
               if any(isinstance(d, LiveEndedDraft) for d in mapper.map(m.method, m.payload, m.recv_ts)))
    connections = Connections(ScriptedClient(messages))
    clock = FakeTime()
    emitted = run_source(make_source(tmp_path, connections, clock))

    assert len(connections.handed) == 1 and clock.slept == []
    assert (tmp_path / "tee.capture.ndjson").read_bytes() == b"".join(lines[:end + 1])
    assert emitted[-1][1] == end + 1 and isinstance(emitted[-1][0][-1], LiveEndedDraft)
    assert flat(emitted) == mapped(messages[:end + 1])[0]


def test_messages_repeated_after_a_reconnect_are_teed_but_not_mapped_twice(tmp_path: Path) -> None:
    lines = corpus_lines(live_ends=False)[:20]
    messages = messages_of(lines, tmp_path)
    connections = Connections(ScriptedClient(messages[:10], then=ConnectionResetError()),
                              ScriptedClient(messages[5:20]))  # a reconnect's first batch holds five seen before
    source = make_source(tmp_path, connections, FakeTime())
    emitted = run_source(source)

    assert (tmp_path / "tee.capture.ndjson").read_bytes() == b"".join(lines[:10] + lines[5:20])
    assert flat(emitted) == mapped(messages)[0]
    assert emitted[-1][1] == 25  # every message received counts in the cursor
    assert source.not_mapped[TikTokLiveSource.REPEATED] == 5


def test_through_the_bridge_server_every_draft_is_numbered_journaled_and_a_restart_knows_the_live_ended(
        tmp_path: Path) -> None:
    from collections import Counter

    from console.bridge.server import BridgeConfig, BridgeServer

    steady = corpus_lines(live_ends=False)[:400]
    end_line = next(line for line in corpus_lines(live_ends=True) if b'"WebcastControlMessage"' in line
                    and any(isinstance(d, LiveEndedDraft) for d in mapped(messages_of([line], tmp_path))[0]))
    messages = messages_of([*steady, end_line], tmp_path)
    connections = Connections(ScriptedClient(messages[:200], then=ConnectionResetError()),
                              ScriptedClient(messages[200:]))
    journal = tmp_path / "live.journal.ndjson"
    config = BridgeConfig(live_id=LIVE_ID, title="TikTok LIVE @shop_live", token="t", journal=journal)
    server = BridgeServer(config, [make_source(tmp_path, connections, FakeTime())], now=1.0)
    asyncio.run(server.run())

    expected = Counter(d.type for d in mapped(messages)[0])
    assert expected["live_ended"] == 1
    assert server.now.by_type == {"live_started": 1, **expected}  # the room's own end ended the live
    assert server.log.last_seq == 1 + sum(expected.values())
    assert server.now.cursors["tiktok"][-1] == len(messages)
    assert server.not_mapped and all(k.startswith("tiktok:") for k in server.not_mapped)
    assert (tmp_path / "tee.capture.ndjson").read_bytes() == b"".join([*steady, end_line])

    again = BridgeServer(config, [make_source(tmp_path, Connections(), FakeTime())], now=2.0)
    assert again.ended and again.log.last_seq == server.log.last_seq


def test_a_restarted_bridge_carries_the_cursor_on_and_appends_to_the_tee(tmp_path: Path) -> None:
    lines = corpus_lines(live_ends=False)
    tee = tmp_path / "tee.capture.ndjson"
    tee.write_bytes(b"".join(lines[:40]))  # what the bridge teed before it stopped
    messages = messages_of(lines[40:60], tmp_path)
    emitted = run_source(make_source(tmp_path, Connections(ScriptedClient(messages)), FakeTime()),
                         resumed=list(range(1, 41)))
    assert [cursor for _, cursor in emitted] == list(range(41, 61))
    assert tee.read_bytes() == b"".join(lines[:60])


def test_a_room_offline_at_the_start_is_an_error_that_says_so(tmp_path: Path) -> None:
    offline = ScriptedClient(open_error=RoomUnavailableError("@shop_live is not live now"))
    source = make_source(tmp_path, Connections(offline), FakeTime())
    with pytest.raises(RoomUnavailableError, match="@shop_live is not live now"):
        asyncio.run(source.start())
    assert offline.closed == 1
    assert not (tmp_path / "tee.capture.ndjson").exists()

    broken = ScriptedClient(open_error=OSError("network is unreachable"))
    with pytest.raises(ConnectionFailedError, match="cannot connect to @shop_live's live: OSError: network is"):
        run_source(make_source(tmp_path, Connections(broken), FakeTime()))


def test_without_the_library_the_error_says_which_pip_command_installs_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TikTokLive", "TikTokLive.__version__"):
        monkeypatch.setitem(sys.modules, name, None)  # an import of it raises ImportError, installed or not
    source = TikTokLiveSource("@shop_live", live_id=LIVE_ID, key=KEY, tee=tmp_path / "tee.capture.ndjson")
    with pytest.raises(TikTokLiveMissingError) as caught:
        asyncio.run(source.start())
    assert INSTALL_HINT == "pip install -e '.[tiktok]'"
    assert INSTALL_HINT in str(caught.value)
    assert not (tmp_path / "tee.capture.ndjson").exists()


def test_backoff_doubles_up_to_its_cap_and_starts_again_after_a_good_connection() -> None:
    backoff = Backoff(first_s=1.0, factor=2.0, max_s=5.0)
    assert [backoff.next() for _ in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    backoff.reset()
    assert backoff.next() == 1.0


@pytest.mark.parametrize(("text", "handle"), [("@shop_live", "shop_live"), ("shop.live", "shop.live"),
                                              ("https://www.tiktok.com/@shop_live/live", "shop_live"),
                                              ("tiktok.com/@shop_live", "shop_live")])
def test_a_room_is_named_by_its_handle(text: str, handle: str) -> None:
    assert room_handle(text) == handle


@pytest.mark.parametrize("text", ["", "@", "shop live", "@shop/live", "https://example.com/@shop"])
def test_a_room_that_is_no_handle_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="is not a TikTok @handle"):
        room_handle(text)


def test_the_tee_goes_beside_the_journal_or_is_named_after_the_room_and_the_time(tmp_path: Path) -> None:
    journal = tmp_path / "live.journal.ndjson"
    assert default_tee_path("shop_live", journal, 0.0) == tmp_path / "live.journal.capture.ndjson"
    assert default_tee_path("shop_live", None, 1_700_000_000.0) == Path(
        "tiktok-shop_live-20231114T221320Z.capture.ndjson")


def test_the_sign_key_comes_from_the_environment_or_a_file_and_never_shows(tmp_path: Path) -> None:
    assert tiktok_sign_key(environ={}) is None  # none: TikTokLive signs without one
    key = tiktok_sign_key(environ={SIGN_KEY_ENV: " euler-123 \n"})
    assert key == Secret("euler-123") and "euler" not in repr(key) and "euler" not in str(key)
    path = tmp_path / "sign.key"
    path.write_text("euler-456\n")
    from_file = tiktok_sign_key(environ={SIGN_KEY_FILE_ENV: str(path), SIGN_KEY_ENV: "ignored"})
    assert from_file is not None and from_file.reveal() == "euler-456"
    path.write_text("")
    with pytest.raises(ValueError, match="is empty") as caught:
        tiktok_sign_key(environ={SIGN_KEY_FILE_ENV: str(path)})
    assert "euler" not in str(caught.value)


# ---------------------------------------------------------------------------------------------------------------
# The TikTokLive-backed client, on a stand-in of the library's surface it uses


class FakeErrors:
    class UserOfflineError(RuntimeError):
        pass

    class UserNotFoundError(RuntimeError):
        pass

    class AgeRestrictedError(RuntimeError):
        pass

    class SignatureRateLimitError(RuntimeError):
        retry_after = 30


class FakeResponseEvent:
    def __init__(self, raw: Any) -> None:
        self.raw = raw


class FakeLiveClient:
    """TikTokLiveClient as the adapter uses it: add_listener, start (a task: the receive loop), disconnect, web."""

    made: list[FakeLiveClient]
    start_error: Exception | None = None

    def __init__(self, unique_id: str, web_kwargs: dict[str, Any] | None = None) -> None:
        self.unique_id, self.web_kwargs = unique_id, web_kwargs
        self.listeners: list[Any] = []
        self.loop_done: asyncio.Future[None] | None = None
        self.disconnected = self.web_closed = False
        self.web = SimpleNamespace(close=self._close_web)
        self.ignore_broken_payload = False
        type(self).made.append(self)

    async def _close_web(self) -> None:
        self.web_closed = True

    def add_listener(self, event: type, f: Any) -> None:
        self.listeners.append((event, f))

    async def start(self, *, fetch_live_check: bool) -> asyncio.Future[None]:
        assert fetch_live_check
        if self.start_error is not None:
            raise self.start_error
        self.loop_done = asyncio.get_running_loop().create_future()
        return self.loop_done

    def receive(self, response: Any) -> None:
        """What the library does with a response: one WebsocketResponseEvent per message, each with the whole."""
        for _ in response.messages:
            for event, f in self.listeners:
                if event is FakeResponseEvent:
                    f(FakeResponseEvent(response))

    async def disconnect(self) -> None:
        self.disconnected = True


def fake_library(start_error: Exception | None = None) -> tuple[TikTokLiveLibrary, type[FakeLiveClient]]:
    client_class = type("Client", (FakeLiveClient,), {"made": [], "start_error": start_error})
    return TikTokLiveLibrary("7.0.1", client_class, FakeResponseEvent, FakeErrors), client_class


def response(messages: Sequence[RawMessage]) -> SimpleNamespace:
    return SimpleNamespace(messages=[SimpleNamespace(method=m.method, payload=m.payload) for m in messages])


def test_the_adapter_yields_each_message_of_each_response_once_in_order(tmp_path: Path) -> None:
    messages = messages_of(corpus_lines(live_ends=False)[:12], tmp_path)
    lib, client_class = fake_library()

    async def scenario() -> list[RawMessage]:
        conn = TikTokLiveConnection("shop_live", sign_key=Secret("euler-789"), now=lambda: 42.0,
                                    library=lambda: lib)
        await conn.open()
        client = client_class.made[0]
        client.receive(response(messages[:5]))
        client.receive(response(messages[5:]))
        assert client.loop_done is not None
        client.loop_done.set_result(None)  # the receive loop ends: the connection closed normally
        got = [m async for m in conn]
        await conn.aclose()
        assert client.disconnected and client.web_closed and client.ignore_broken_payload
        assert client.web_kwargs == {"signer_kwargs": {"sign_api_key": "euler-789"}}
        return got

    got = asyncio.run(scenario())
    assert got == [RawMessage(m.method, m.payload, 42.0) for m in messages]


def test_the_adapter_says_the_connection_was_lost_when_the_receive_loop_failed(tmp_path: Path) -> None:
    messages = messages_of(corpus_lines(live_ends=False)[:3], tmp_path)
    lib, client_class = fake_library()

    got: list[RawMessage] = []

    async def scenario() -> None:
        conn = TikTokLiveConnection("shop_live", library=lambda: lib)
        await conn.open()
        client = client_class.made[0]
        assert client.web_kwargs is None  # no key: none sent
        client.receive(response(messages))
        assert client.loop_done is not None
        client.loop_done.set_exception(ConnectionResetError("1006"))
        try:
            async for m in conn:
                got.append(m)
        finally:
            await conn.aclose()

    with pytest.raises(ConnectionFailedError, match=r"connection lost \(ConnectionResetError: 1006\)"):
        asyncio.run(scenario())
    assert [m.method for m in got] == [m.method for m in messages]  # every message before the loss


@pytest.mark.parametrize(("error", "kind", "words"), [
    (FakeErrors.UserOfflineError(), RoomUnavailableError, "@shop_live is not live now"),
    (FakeErrors.UserNotFoundError(), RoomUnavailableError, "no such account, or one that cannot go LIVE"),
    (FakeErrors.AgeRestrictedError(), RoomUnavailableError, "age-restricted"),
    (FakeErrors.SignatureRateLimitError(), ConnectionFailedError, "rate limit"),
    (TimeoutError("slow"), ConnectionFailedError, "cannot connect to @shop_live's live: TimeoutError: slow"),
])
def test_the_adapter_puts_the_librarys_reasons_in_the_bridges_words(error: Exception, kind: type,
                                                                     words: str) -> None:
    lib, client_class = fake_library(start_error=error)

    async def scenario() -> None:
        conn = TikTokLiveConnection("shop_live", library=lambda: lib)
        try:
            await conn.open()
        finally:
            await conn.aclose()
        pytest.fail("open() should have raised")

    with pytest.raises(kind, match=words) as caught:
        asyncio.run(scenario())
    assert client_class.made[0].web_closed
    if isinstance(error, FakeErrors.SignatureRateLimitError):
        assert isinstance(caught.value, ConnectionFailedError) and caught.value.retry_after == 30.0


def test_the_room_lookup_errors_are_found_through_the_chain_the_library_raises() -> None:
    # TikTokLive raises the API fallback's error `from` the page's: the reason can be either
    try:
        try:
            raise FakeErrors.UserNotFoundError()
        except FakeErrors.UserNotFoundError as page:
            raise KeyError("room_id") from page
    except KeyError as chained:
        lib, _ = fake_library(start_error=chained)

    async def scenario() -> None:
        await TikTokLiveConnection("shop_live", library=lambda: lib).open()

    with pytest.raises(RoomUnavailableError, match="no such account"):
        asyncio.run(scenario())


# ---------------------------------------------------------------------------------------------------------------
# The library stays out of the console


def test_nothing_imports_tiktoklive_but_the_tiktok_source_when_it_connects() -> None:
    importers = []
    for path in sorted((ROOT / "console").rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module" and node.args:
                arg = node.args[0]
                names = [arg.value] if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else []
            if any(n == "TikTokLive" or n.startswith("TikTokLive.") for n in names):
                importers.append(path.relative_to(ROOT).as_posix())
    assert sorted(set(importers)) == ["console/bridge/tiktok_live.py"]
    # ... and importing the console, the bridge's command and this source loads nothing of it
    code = ("import sys, console.cli, console.app, console.bridge.command, console.bridge.tiktok_live;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('TikTokLive', 'TikTokLiveProto')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------------------------------------------------------
# On the library itself, where it is installed (pip install -e '.[tiktok]'); CI has it not


def test_with_tiktoklive_installed_the_adapter_reads_the_messages_as_the_library_receives_them(
        tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        pytest.importorskip("TikTokLive")
        from TikTokLive.proto import ProtoMessageFetchResult, ProtoMessageFetchResultBaseProtoMessage
    from console.bridge.tiktok_live import load_tiktoklive

    real = load_tiktoklive()
    messages = messages_of(corpus_lines(live_ends=False)[:40], tmp_path)
    responses = [ProtoMessageFetchResult(messages=[ProtoMessageFetchResultBaseProtoMessage(
        method=m.method, payload=m.payload) for m in part]) for part in (messages[:15], messages[15:])]

    class OfflineClient(real.client_class):  # type: ignore[misc]  # (Any: the library is looked up at run time)
        """The library's client with its network start replaced by its own receive loop over `responses`
        (TikTokLiveClient._ws_client_loop, less the websocket)."""

        async def start(self, **_kwargs: Any) -> asyncio.Task[None]:
            self._room_id = 1

            async def loop() -> None:
                for resp in responses:
                    async for event in self._parse_webcast_response(resp):
                        self.emit(event.get_type(), event)

            self._event_loop_task = asyncio.get_running_loop().create_task(loop())
            return self._event_loop_task

    lib = TikTokLiveLibrary(real.version, OfflineClient, real.response_event, real.errors)

    async def scenario() -> list[RawMessage]:
        conn = TikTokLiveConnection("shop_live", now=lambda: 7.0, library=lambda: lib)
        await conn.open()
        got = [m async for m in conn]
        await conn.aclose()
        return got

    assert asyncio.run(scenario()) == [RawMessage(m.method, m.payload, 7.0) for m in messages]
