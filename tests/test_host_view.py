"""The host view (`live-console host`, docs/host.md): what it says, decided without Qt, then the window itself on the
real simulator over loopback through `open_live_session` (no session file, no action desk): a segment put on air
and its talking points, a flash offer fired through the real action API and its countdown, the band when the
simulator dies; its layout at a tablet's, a laptop's and a studio monitor's size, and the command line.

Screenshots go to $HOST_SHOTS (else the test's tmp dir) so a person can look at them.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.advisor.model import Advice, AdviceRecord, Evidence, Remedy
from console.kpi.engine import KpiEngine
from console.kpi.snapshot import KpiSnapshot
from console.live.health import FeedHealth, FeedState
from console.plan.model import DEMO_PLAN, ActionKind, AdviceKind, Plan, load_plan, parse_plan
from console.present.host_board import feed_band, for_host, host_board, host_money, next_cue, on_screen
from console.protocol import wire as p
from console.services.advice_desk import AdviceDesk
from console.services.feed_client import Backoff
from console.services.live_session import LiveSession, Tuning, open_live_session
from console.studio.staged import StagedLive
from console.widgets.host_text import TextBlock
from console.widgets.host_view import HostView
from tests.support import TOKEN, SimProcess, post_action, start_simulator

PLAN = load_plan(DEMO_PLAN)
BRASIL_PLAN = DEMO_PLAN.with_name("brasil-cozinha.toml")
T0 = 1_700_000_000.0
LIVE = FeedHealth(FeedState.LIVE)
SIZES = ((1024, 768), (1366, 768), (1920, 1080))
KNIFE_POINTS = ("Pinch grip: thumb and finger on the blade, not the handle",
                "Dice an onion in 20 seconds with the chef's knife",
                "Santoku: thin slices of tomato, no squashing",
                "Oak board: kind to the edge, two sides for meat and vegetables",
                "A whetstone once a month keeps the edge: show the 1000 side, then 6000")
CAST_IRON_POINTS = ("Heat the pan dry for three minutes: it should smoke a little",
                    "Lay the steak away from you and do not move it for two minutes",
                    "The Dutch oven goes from the hob to the oven: braise for tonight",
                    "Care: no soap soak, wipe dry with the linen towel, a drop of oil")
MMSS = re.compile(r"^(\d\d):(\d\d)$")


# ------------------------------------------------------------------------------------------ what it says (pure)
class Live:
    """A live on the KPI engine, event by event, at live seconds from its start."""

    def __init__(self, plan: Plan = PLAN) -> None:
        self.engine = KpiEngine(plan)
        self.seq = 1
        self.engine.apply(p.LiveStarted(seq=1, ts=T0, live_id=plan.live.id, title=plan.live.title,
                                        segment_id=plan.segments[0].id))

    def _next(self) -> int:
        self.seq += 1
        return self.seq

    def segment(self, at_s: float, segment_id: str) -> Live:
        self.engine.apply(p.SegmentChanged(seq=self._next(), ts=T0 + at_s, action_id=f"a{self.seq}",
                                           segment_id=segment_id))
        return self

    def offer(self, at_s: float, sku: str, pct: float, price: float, duration_s: float) -> Live:
        self.engine.apply(p.OfferStarted(seq=self._next(), ts=T0 + at_s, action_id=f"a{self.seq}", product_id=sku,
                                         discount_pct=pct, price=price, duration_s=duration_s,
                                         ends_at=T0 + at_s + duration_s))
        return self

    def kit(self, at_s: float, kit_id: str, price: float) -> Live:
        self.engine.apply(p.KitLaunched(seq=self._next(), ts=T0 + at_s, action_id=f"a{self.seq}", kit_id=kit_id,
                                        price=price))
        return self

    def pin(self, at_s: float, platform_id: str, sku: str | None, title: str) -> Live:
        self.engine.apply(p.ProductFeatured(seq=self._next(), ts=T0 + at_s, state="pinned", platform="tiktok",
                                            platform_product_id=platform_id, title=title, product_id=sku))
        return self

    def at(self, at_s: float) -> KpiSnapshot:
        return self.engine.snapshot(T0 + at_s)


@pytest.mark.parametrize(("live", "at_s", "expected"), [
    (Live(), 60, "next: Knife skills demo in 02:00 (auto)"),
    (Live().segment(180, "knife-demo"), 240, "next: flash offer Chef's knife 20 cm -20% in 02:00 (auto)"),
    # the offer ran its 5 minutes and ended: its marker still says the cue is behind us
    (Live().segment(180, "knife-demo").offer(360, "KNF-CHEF20", 20, 71.2, 300), 420,
     "next: kit Knife care kit in 02:00 (auto)"),
    (Live().segment(180, "knife-demo").offer(360, "KNF-CHEF20", 20, 71.2, 300), 600,
     "next: kit Knife care kit 01:00 late (auto)"),
    # 5:30 late and never launched: the operator's business; the host reads the cue after it
    (Live().segment(180, "knife-demo").offer(360, "KNF-CHEF20", 20, 71.2, 300), 870,
     "next: Searing in cast iron in 05:30"),
    # cast iron put on air 4 minutes early (within the 5 the console allows): that cue is done
    (Live().segment(180, "knife-demo").offer(360, "KNF-CHEF20", 20, 71.2, 300).kit(540, "kit-knife-care", 139)
     .segment(960, "cast-iron"), 1000, "next: flash offer Dutch oven 5 L -25% in 15:20"),  # 32:00 - 16:40
    # the knife demo went on air at its time and was replaced 30 s later: its cue still happened
    (Live().segment(180, "knife-demo").segment(210, "qa"), 240,
     "next: flash offer Chef's knife 20 cm -20% in 02:00 (auto)"),
    # cast iron 16 minutes early is not its cue yet (the console would ask before firing it so early)
    (Live().segment(240, "cast-iron"), 250, "next: Knife skills demo 01:10 late (auto)"),
])
def test_the_next_cue_is_the_first_whose_effect_is_not_in_place(live: Live, at_s: float, expected: str) -> None:
    assert next_cue(PLAN, live.at(at_s)) == expected


def test_the_product_on_screen_is_the_pinned_one_else_the_segments_first() -> None:
    live = Live()
    shown = on_screen(PLAN, live.at(10), "KNF-CHEF20")
    assert shown is not None
    assert (shown.name, shown.price, shown.price_note, shown.stock, shown.stock_tone) == (
        "Chef's knife 20 cm", "€89", "list price", "140 left", "good")
    board = host_board(PLAN, live.at(10), LIVE, (), T0)
    assert board.on_screen == shown and board.segment == "Welcome and today's deals"
    assert board.points[0] == "Hello and welcome: say your name and where you are cooking from today"
    live.pin(20, "tt-1", "MIX-STAND", "Stand mixer")  # the feed says which: the pin wins over the segment
    board = host_board(PLAN, live.at(30), LIVE, (), T0)
    assert board.on_screen is not None and (board.on_screen.name, board.on_screen.price) == (
        "Stand mixer 1000 W", "€329")
    live.pin(40, "tt-9", None, "Grill pan (not in the plan)")
    board = host_board(PLAN, live.at(50), LIVE, (), T0)
    assert board.on_screen is not None and (board.on_screen.name, board.on_screen.price,
                                            board.on_screen.price_note) == ("Grill pan (not in the plan)", "—",
                                                                            "not in the plan")


def test_an_offer_shows_its_price_and_countdown() -> None:
    live = Live().offer(100, "KNF-CHEF20", 20, 71.2, 300)
    board = host_board(PLAN, live.at(130), LIVE, (), T0)
    assert board.on_screen is not None
    assert (board.on_screen.price, board.on_screen.price_note, board.on_screen.on_offer) == (
        "€71.20", "-20% · was €89", True)
    assert board.offer is not None and (board.offer.left, board.offer.what) == ("04:30", "Chef's knife 20 cm -20%")


def test_prices_are_read_aloud_with_cents_only_when_there_are_some() -> None:
    assert [host_money(71.2, "EUR"), host_money(89.0, "EUR"), host_money(1499.0, "BRL"), host_money(9.99, "CHF")] == [
        "€71.20", "€89", "R$1,499", "CHF\u00a09.99"]  # CLDR's English: the code before the amount, a no-break space


def test_the_band_says_plainly_when_the_figures_are_not_current() -> None:
    snap = Live().at(60)
    lost = FeedHealth(FeedState.RECONNECTING, since=T0 + 100, reason="connection lost", retry_in_s=2.0)
    board = host_board(PLAN, snap, lost, (), T0 + 112)
    assert (board.band.text, board.band.tone, board.fresh) == ("FEED LOST · retrying", "bad", False)
    assert board.clock == "NOT LIVE · figures as of 00:01:00"
    assert board.offer is None
    stopped = FeedHealth(FeedState.STOPPED, since=T0, reason="the token was refused")
    assert host_board(PLAN, snap, stopped, (), T0).band.text == "FEED STOPPED · the token was refused"
    assert host_board(PLAN, snap, LIVE, (), T0).band.text == ""
    quiet = FeedHealth(FeedState.STALE, since=T0, reason="no event or heartbeat")
    assert host_board(PLAN, snap, quiet, (), T0 + 20).band.text == "FEED QUIET · nothing for 00:20"
    behind = FeedHealth(FeedState.LIVE, since=T0, lag_s=80.0)  # a restarted view reading the live from far back
    assert (host_board(PLAN, snap, behind, (), T0).band.text, host_board(PLAN, snap, behind, (), T0).fresh) == (
        "CATCHING UP · 01:20 behind", False)
    assert host_board(PLAN, None, FeedHealth(), (), T0).band.text == "CONNECTING TO THE FEED…"
    from console.live.health import DataState
    assert feed_band(DataState.ENDED, FeedHealth(FeedState.ENDED), None).text == "THE LIVE HAS ENDED · final figures"


def test_an_offer_that_runs_while_the_feed_is_lost_shows_no_countdown() -> None:
    snap = Live().offer(30, "KNF-CHEF20", 20, 71.2, 300).at(60)
    lost = FeedHealth(FeedState.RECONNECTING, since=T0, reason="connection lost")
    board = host_board(PLAN, snap, lost, (), T0 + 5)
    assert board.offer is not None and board.offer.left == "--:--"  # not a frozen 04:30 that looks current


def advice(kind: AdviceKind, action: ActionKind | None, subject: str | None, raised_s: float = 100.0,
           status: str = "raised") -> AdviceRecord:
    remedy = Remedy(action=action, target="t" if action else None, label=f"{action}: the plan's", fits="what fits")
    a = Advice(id=f"{kind}-{raised_s}", kind=kind, raised_ts=T0 + raised_s, subject=subject, text=f"seen: {kind}",
               evidence=Evidence(since_ts=T0, numbers={}), remedy=remedy)
    return AdviceRecord(advice=a, status=status)  # type: ignore[arg-type]


def test_the_advice_for_the_host_is_what_changes_the_camera_or_the_product_in_hand() -> None:
    assert for_host(advice("stock_out_risk", "segment", "PAN-CAST28"), None)  # a segment remedy
    assert for_host(advice("dwell_lift", None, "knife-demo"), None)  # more demonstration: the host's, plan or not
    assert for_host(advice("views_no_orders", "flash_offer", "KNF-CHEF20"), "KNF-CHEF20")  # the product in hand
    assert not for_host(advice("views_no_orders", "flash_offer", "KNF-CHEF20"), "MIX-STAND")
    assert not for_host(advice("conversion_sag", "flash_offer", None), "KNF-CHEF20")  # the operator's
    assert not for_host(advice("audience_drop", None, "paid"), "KNF-CHEF20")  # the campaign: not the host's
    assert not for_host(advice("stock_out_risk", "segment", "PAN-CAST28", status="taken"), None)  # answered
    board = host_board(PLAN, Live().at(400), LIVE, (
        advice("stock_out_risk", "segment", "PAN-CAST28", 100), advice("dwell_lift", None, "welcome", 300),
        advice("conversion_sag", "flash_offer", None, 350), advice("stock_out_risk", "segment", "BRD-OAK40", 200)),
        T0 + 400)
    assert [(a.headline, a.detail) for a in board.advice] == [  # the newest two, the operator's left out
        ("Dwell lift → what fits", "seen: dwell_lift"),
        ("Stock-out risk → segment: the plan's", "seen: stock_out_risk")]


# ------------------------------------------------------------------------------------------ the window, live
def blocks_text(view: HostView, name: str) -> str:
    return view.blocks[name].text()


def post(sim: SimProcess, path: str, body: dict[str, object], key: str) -> None:
    reply = post_action(sim, path, body, key)
    assert reply.status_code in (200, 201), reply.text


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[tuple[HostView, SimProcess, LiveSession]]:
    sim = start_simulator("--speed", "10", "--plan", str(DEMO_PLAN))
    session = open_live_session(sim.feed, sim.token, PLAN, tuning=Tuning(backoff=Backoff(0.1, 0.5)))
    assert session.desk is None and session.recorder is None  # fires nothing, records nothing
    session.start()
    assert session.advice is not None
    view = HostView(PLAN, session.latest, session.advice.board)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: (b := view.board()) is not None and b.fresh and b.segment == "Welcome and today's deals",
                    timeout=20_000)
    yield view, sim, session
    view.close()
    session.close()
    sim.stop(signal.SIGKILL)


def test_a_segment_put_on_air_shows_its_title_and_talking_points(host: tuple[HostView, SimProcess, LiveSession],
                                                                 qtbot: QtBot) -> None:
    view, sim, session = host
    assert blocks_text(view, "points").splitlines()[0] == ("Hello and welcome: say your name and where you are "
                                                           "cooking from today")
    post(sim, "script-segment", {"segment_id": "cast-iron"}, "host-seg-1")
    qtbot.waitUntil(lambda: blocks_text(view, "title") == "Searing in cast iron", timeout=10_000)
    assert tuple(blocks_text(view, "points").splitlines()) == CAST_IRON_POINTS
    assert all(para.bullet for para in view.blocks["points"].paras())
    # the segment's first product is on screen (the simulator pins nothing): list price and the stock the feed says
    assert (blocks_text(view, "product"), blocks_text(view, "price"), blocks_text(view, "note")) == (
        "Cast-iron pan 28 cm", "€79", "list price")
    snap, _ = session.latest()
    assert snap is not None
    left = next(ps.stock_left for ps in snap.products if ps.sku == "PAN-CAST28")
    qtbot.waitUntil(lambda: blocks_text(view, "stock").endswith(" left"), timeout=5_000)
    assert int(blocks_text(view, "stock").split()[-2].replace(",", "")) <= (left or 90) <= 90
    post(sim, "script-segment", {"segment_id": "qa"}, "host-seg-2")  # a segment with no products
    qtbot.waitUntil(lambda: blocks_text(view, "title") == "Questions and answers", timeout=10_000)
    assert blocks_text(view, "product") == "no product on screen" and blocks_text(view, "price") == ""


def test_a_flash_offer_fired_through_the_action_api_counts_down(host: tuple[HostView, SimProcess, LiveSession],
                                                                qtbot: QtBot) -> None:
    view, sim, _ = host
    assert blocks_text(view, "offer_caption") == "NO FLASH OFFER RUNNING" and blocks_text(view, "countdown") == ""
    post(sim, "flash-offer", {"product_id": "KNF-CHEF20", "discount_pct": 20, "duration_s": 300}, "host-offer-1")
    qtbot.waitUntil(lambda: MMSS.match(blocks_text(view, "countdown")) is not None, timeout=10_000)
    assert blocks_text(view, "offer_caption") == "FLASH OFFER ENDS IN"
    assert blocks_text(view, "offer") == "Chef's knife 20 cm -20%"
    # the knife is the welcome segment's first product: its price is the offer's, 89.00 - 20 % = 71.20
    assert (blocks_text(view, "price"), blocks_text(view, "note")) == ("€71.20", "-20% · was €89")

    def seconds() -> int:
        m = MMSS.match(blocks_text(view, "countdown"))
        assert m is not None
        return int(m.group(1)) * 60 + int(m.group(2))

    first = seconds()
    assert 0 < first <= 300
    qtbot.waitUntil(lambda: seconds() <= first - 10, timeout=10_000)  # 10 live seconds a wall second: it counts


def test_a_feed_that_drops_shows_feed_lost_and_greys_the_figures(host: tuple[HostView, SimProcess, LiveSession],
                                                                  qtbot: QtBot, tmp_path: Path) -> None:
    view, sim, _ = host
    assert view.band.isHidden()
    sim.stop(signal.SIGKILL)
    qtbot.waitUntil(view.band.isVisible, timeout=10_000)
    assert blocks_text(view, "band") == "FEED LOST · retrying"
    assert blocks_text(view, "clock").startswith("NOT LIVE · figures as of 00:")
    assert all(view.blocks[name].dimmed() for name in ("price", "stock", "title", "points", "next"))
    assert not view.blocks["band"].dimmed()
    view.settle()
    assert view.grab().save(str(shots_dir(tmp_path) / "host_feed_lost_1366x768.png"))


def test_the_view_follows_a_live_on_the_bus(qtbot: QtBot, tmp_path: Path) -> None:
    """The host beside the camera reads the live from the bus (nats://HOST:PORT/LIVE_ID) like any seat: the segment
    the operator puts on air shows with its talking points, and the bus going away shows FEED LOST."""
    from tests.bus_server import NatsServer

    bus = NatsServer(tmp_path / "jetstream")
    bus.start()
    sim = start_simulator("--speed", "10", "--plan", str(DEMO_PLAN), "--nats", bus.url)
    session = open_live_session(f"{bus.url}/{PLAN.live.id}", sim.token, PLAN,
                                tuning=Tuning(backoff=Backoff(0.1, 0.5)))
    session.start()
    view = HostView(PLAN, session.latest, session.advice.board if session.advice else None)
    qtbot.addWidget(view)
    try:
        view.show()
        qtbot.waitUntil(lambda: (b := view.board()) is not None and b.fresh, timeout=30_000)
        post(sim, "script-segment", {"segment_id": "knife-demo"}, "host-bus-seg")
        qtbot.waitUntil(lambda: blocks_text(view, "title") == "Knife skills demo", timeout=15_000)
        assert tuple(blocks_text(view, "points").splitlines()) == KNIFE_POINTS
        bus.kill()
        qtbot.waitUntil(lambda: blocks_text(view, "band") == "FEED LOST · retrying" and view.band.isVisible(),
                        timeout=20_000)
    finally:
        view.close()
        session.close()
        sim.stop(signal.SIGKILL)
        bus.stop()


# ------------------------------------------------------------------------------------------ layout
def shots_dir(tmp_path: Path) -> Path:
    out = Path(os.environ.get("HOST_SHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    return out


def in_view(view: HostView, block: TextBlock) -> QRect:
    return QRect(block.mapTo(view, QPoint(0, 0)), block.size())


def check_layout(view: HostView, qtbot: QtBot, size: tuple[int, int], shot: Path) -> None:
    """At this size: every text inside the window, none over another, every word drawn, type read from 2 m."""
    view.resize(*size)
    qtbot.waitUntil(lambda: (view.width(), view.height()) == size, timeout=5_000)
    QApplication.processEvents()
    view.settle()
    assert view.grab().save(str(shot))
    shown = {name: b for name, b in view.blocks.items() if b.text() and b.isVisible()}
    for name, block in shown.items():
        assert view.rect().contains(in_view(view, block)), f"{name} at {in_view(view, block)} is outside {size}"
        assert block.whole(), f"{name} is cut at {size}: {block.text()!r} at {block.shown_px()} px"
    names = list(shown)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not in_view(view, shown[a]).intersects(in_view(view, shown[b])), f"{a} overlaps {b} at {size}"
    # two metres: about 7 mm capitals on a 10" 1024 x 768 tablet at 22 px, more on bigger screens
    floor = 22 if size[1] <= 768 else 30
    for name in ("title", "points", "price", "countdown", "next"):
        if name in shown:
            assert shown[name].shown_px() >= floor, f"{name} at {shown[name].shown_px()} px at {size}"
    assert shown["countdown"].shown_px() >= 3 * shown["points"].shown_px() // 2, "the countdown is not the biggest"


@pytest.mark.parametrize(("plan_path", "segment"), [(DEMO_PLAN, "knife-demo"), (BRASIL_PLAN, "facas-demo")],
                         ids=["demo", "brasil"])
def test_the_view_fits_a_tablet_a_laptop_and_a_studio_monitor(qtbot: QtBot, tmp_path: Path, plan_path: Path,
                                                             segment: str) -> None:
    plan = load_plan(plan_path)
    sim = start_simulator("--speed", "5", "--plan", str(plan_path))
    session = open_live_session(sim.feed, sim.token, plan, tuning=Tuning(backoff=Backoff(0.1, 0.5)))
    session.start()
    view = HostView(plan, session.latest, session.advice.board if session.advice else None)
    qtbot.addWidget(view)
    try:
        view.show()
        qtbot.waitExposed(view)
        seg = plan.segment(segment)
        post(sim, "script-segment", {"segment_id": segment}, f"{plan_path.stem}-seg")
        post(sim, "flash-offer", {"product_id": seg.products[0], "discount_pct": 15, "duration_s": 600},
             f"{plan_path.stem}-offer")
        qtbot.waitUntil(lambda: blocks_text(view, "title") == seg.title and blocks_text(view, "countdown") != "",
                        timeout=15_000)
        assert tuple(blocks_text(view, "points").splitlines()) == seg.points
        for size in SIZES:
            check_layout(view, qtbot, size, shots_dir(tmp_path) / f"host_{plan_path.stem}_{size[0]}x{size[1]}.png")
    finally:
        view.close()
        session.close()
        sim.stop(signal.SIGKILL)


def test_the_advice_for_the_host_on_a_real_advisor(qtbot: QtBot, tmp_path: Path) -> None:
    """A lightning sale staged from minute 6 (the stock_out_risk scenario) through the real advisor: its remedy, a
    swap of the product on screen by a segment, is the host's; shown in the view with what was seen."""
    desk = AdviceDesk(PLAN, None, lambda _id: None, lambda _key: None)
    live = StagedLive(PLAN, "stock_out_risk", 1, audience=1.0, onset_s=360.0, until_s=480.0)
    engine = KpiEngine(PLAN)
    snap: KpiSnapshot | None = None
    for evs in live:
        engine.apply_many(evs)
        snap = engine.snapshot(live.model.live_ts())
        desk.on_publish(snap, LIVE)
    (record,) = desk.board()
    assert record.advice.kind == "stock_out_risk" and record.advice.remedy.action == "segment"
    view = HostView(PLAN, lambda: (snap, LIVE), desk.board)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.settle()
    first, detail = blocks_text(view, "advice").splitlines()
    assert first == f"Stock-out risk → {record.advice.remedy.label}"
    assert detail == record.advice.text
    for size in SIZES[1:]:
        check_layout(view, qtbot, size, shots_dir(tmp_path) / f"host_advice_{size[0]}x{size[1]}.png")
    view.close()


def test_a_plan_at_its_limits_is_cut_short_never_drawn_over(qtbot: QtBot, tmp_path: Path) -> None:
    """The longest title (120 characters) and twelve talking points of 200 on a 1024 x 768 tablet: the text is cut
    with an ellipsis inside its own box, at the floor size, and the next box starts where it did."""
    title = ("Demonstração completa de facas, tábuas e pedras de afiar para a cozinha de todos os dias, com "
             "perguntas do chat e muito mais")[:120]
    long_points = [f"{i + 1}. " + ("Fale devagar e mostre o produto de perto para a câmera " * 4)[:196].strip()
                   for i in range(12)]
    assert all(len(pt) <= 200 for pt in long_points) and len(title) == 120
    text = DEMO_PLAN.read_text().replace('title = "Welcome and today\'s deals"', f'title = "{title}"')
    start = text.index("talking_points = [")  # the first segment's
    end = text.index("\n]\n", start) + 3
    plan = parse_plan(text[:start] + "talking_points = [\n" + "".join(f'  "{pt}",\n' for pt in long_points)
                      + "]\n" + text[end:])
    assert plan.segments[0].title == title and plan.segments[0].points == tuple(long_points)
    live = Live(plan)
    snap = live.at(30)
    view = HostView(plan, lambda: (snap, LIVE))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.resize(1024, 768)
    qtbot.waitUntil(lambda: (view.width(), view.height()) == (1024, 768), timeout=5_000)
    view.settle()
    assert view.grab().save(str(shots_dir(tmp_path) / "host_limits_1024x768.png"))
    pts = view.blocks["points"]
    assert not pts.whole() and pts.shown_lines()[-1].endswith("…")
    assert pts.shown_px() == pts.min_px  # as small as it may go before cutting, no smaller
    title_box, points_box = in_view(view, view.blocks["title"]), in_view(view, pts)
    assert title_box.bottom() < points_box.top()
    view.close()


# ------------------------------------------------------------------------------------------ the command line
def run_cli(*args: str, token: str | None = TOKEN, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LIVE_CONSOLE_TOKEN"}
    if token is not None:
        env["LIVE_CONSOLE_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "console", "host", *args], capture_output=True, text=True, env=env,
                          timeout=timeout, check=False)


def test_the_host_command_opens_the_view_on_the_feed_and_saves_a_screenshot(tmp_path: Path) -> None:
    sim = start_simulator("--speed", "10", "--plan", str(DEMO_PLAN))
    try:
        shot = tmp_path / "host.png"
        done = run_cli("--feed", sim.feed, "--api", sim.api, "--plan", str(DEMO_PLAN), "--offscreen",
                       "--duration", "4", "--screenshot", str(shot))
        assert done.returncode == 0, done.stderr
        assert shot.stat().st_size > 10_000
        assert TOKEN not in done.stdout + done.stderr
    finally:
        sim.stop(signal.SIGKILL)


@pytest.mark.parametrize(("args", "token", "said"), [
    (("--feed", "ws://127.0.0.1:9/v1/events"), None,
     "no token: set LIVE_CONSOLE_TOKEN or pass --token-file (never the token itself)"),
    (("--feed", "ws://studio.example/v1/events"), TOKEN,
     "--feed: ws:// would send the token in clear to studio.example; use wss://"),
    (("--feed", "wss://studio.example/v1/events", "--api", "ftp://studio.example/v1"), TOKEN,
     "--api must be a http:// or https:// URL with a host"),
])
def test_the_host_command_refuses_what_live_refuses(args: tuple[str, ...], token: str | None, said: str) -> None:
    done = run_cli(*args, "--plan", str(DEMO_PLAN), "--offscreen", token=token)
    assert (done.returncode, done.stderr.strip()) == (2, f"live-console: {said}")


def test_the_host_command_names_a_bad_talking_point(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(DEMO_PLAN.read_text().replace('  "Read the chat', '  " Read the chat'))  # a space before it
    done = run_cli("--feed", "ws://127.0.0.1:9/v1/events", "--plan", str(bad), "--offscreen")
    line = 1 + DEMO_PLAN.read_text().split("\n").index('title = "Questions and answers"') + 2  # the key's line
    assert done.returncode == 2
    assert done.stderr.strip() == (f"live-console: bad plan: {bad}:{line}: segments[4].talking_points[0]: must be a "
                                   'talking point in quotes: 1 to 200 characters on one line, no space at either end, '
                                   'got " Read the chat questions aloud befor…"')
