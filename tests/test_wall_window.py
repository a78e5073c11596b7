"""The wall window (console/widgets/wall.py) on hand-made boards: tiles in attention order, laid out without overlap
at a laptop's and a studio monitor's size, re-sorted no more than every few seconds and never under a press; a
click or Enter asks for the live's console, a finished live's button for its report."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from console.present.wall_order import REORDER_EVERY_S, Attention, FinishedView, TileView, WallBoard
from console.widgets.wall import WallWindow, grid_shape

CALM = Attention()


def view(live_id: str, title: str, attention: Attention = CALM, gmv: str = "€1,000") -> TileView:
    return TileView(live_id=live_id, title=title, feed="LIVE", feed_tone="good", viewers="1,234", gmv=gmv,
                    goal="goal €42k", gmv_share=0.4, pace_share=0.9, pace="pace €37.8k · 90% of goal",
                    pace_tone="warn", orders_per_min="12", spark=(1.0, 3.0, 2.0, 5.0), advice_count=0,
                    advice_kind="", advice="", advice_tone="muted", note="", note_tone="muted", dimmed=False,
                    attention=attention)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Board:
    def __init__(self, *views: TileView, finished: tuple[FinishedView, ...] = ()) -> None:
        self.board = WallBoard(views, finished, "bus 127.0.0.1:4222", True)

    def __call__(self) -> WallBoard:
        return self.board


def window(qtbot: QtBot, board: Board, clock: Clock, size: tuple[int, int] = (1366, 768)) -> WallWindow:
    wall = WallWindow(board, clock=clock)
    qtbot.addWidget(wall)
    wall.resize(*size)
    wall.show()
    qtbot.waitExposed(wall)
    wall.refresh()
    return wall


def test_the_grid_keeps_tiles_near_their_shape() -> None:
    assert grid_shape(5, 1342, 600) == (3, 2)  # 1366 x 768 less the header and the finished row
    assert grid_shape(5, 1896, 900) == (3, 2)
    assert grid_shape(1, 1342, 600) == (1, 1)
    assert grid_shape(8, 1896, 900) == (3, 3)  # 624 x 292: wide tiles rather than square ones


def test_tiles_stand_in_attention_order_without_overlap_at_laptop_and_monitor_sizes(qtbot: QtBot) -> None:
    board = Board(view("a", "Apron live"), view("k", "Knives", Attention(advice_rank=0, advice_open=1)),
                  view("l", "Lost room", Attention(trouble=3, trouble_s=40)), view("b", "Bakeware"),
                  view("p", "Pans", Attention(pace=0.5)))
    for size in ((1366, 768), (1920, 1080)):
        wall = window(qtbot, board, Clock(), size)
        assert wall.tile_order() == ["l", "k", "p", "a", "b"]
        rects = [t.geometry() for t in wall.area.tiles]
        for i, r in enumerate(rects):
            assert wall.area.rect().contains(r), (size, i)
            assert r.width() >= 300 and r.height() >= 200, (size, r)
            assert not any(r.intersects(o) for o in rects[i + 1:]), (size, i)
        assert "5 on air" in wall.header.text()
        wall.close()


def test_tiles_move_only_every_few_seconds_and_never_under_a_press(qtbot: QtBot) -> None:
    clock = Clock()
    board = Board(view("a", "Apron live"), view("b", "Bakeware"), view("c", "Cutlery"))
    wall = window(qtbot, board, clock)
    assert wall.tile_order() == ["a", "b", "c"]
    board.board = WallBoard((view("a", "Apron live"), view("b", "Bakeware"),
                             view("c", "Cutlery", Attention(trouble=3, trouble_s=5), gmv="€2,000")))
    clock.now += 1.0
    wall.refresh()
    tile_c = wall.tile("c")
    assert tile_c is not None and tile_c.view.gmv == "€2,000"  # the figures follow at once...
    assert wall.tile_order() == ["a", "b", "c"]  # ... the places only at the next re-sort
    qtbot.mousePress(tile_c, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    clock.now += REORDER_EVERY_S + 10
    wall.refresh()
    assert wall.tile_order() == ["a", "b", "c"]  # due, but pressed: nothing moves under the pointer
    opened: list[str] = []
    wall.open_requested.connect(opened.append)
    qtbot.mouseRelease(tile_c, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert opened == ["c"]  # the press hit the tile it was aimed at
    wall.refresh()
    assert wall.tile_order() == ["a", "b", "c"]  # just clicked: the pointer is still there
    clock.now += 2.0
    wall.refresh()
    assert wall.tile_order() == ["c", "a", "b"]


def test_enter_on_a_focused_tile_asks_for_its_console_and_report_for_a_finished_live(qtbot: QtBot) -> None:
    done = FinishedView("z", "Zebra deals", "€38,950 of €42k goal · 93%", "warn", "612 orders · peak 1,910 viewers",
                        ended_at=5.0)
    board = Board(view("a", "Apron live"), view("b", "Bakeware"), finished=(done,))
    wall = window(qtbot, board, Clock())
    opened: list[str] = []
    reports: list[str] = []
    wall.open_requested.connect(opened.append)
    wall.report_requested.connect(reports.append)
    tile_b = wall.tile("b")
    assert tile_b is not None
    tile_b.setFocus()
    qtbot.keyClick(tile_b, Qt.Key.Key_Return)
    assert opened == ["b"]
    assert wall.finished_scroll.isVisible() and "1 finished" in wall.header.text()
    finished = wall.finished_tiles["z"]
    assert finished.button.isEnabled()
    qtbot.mouseClick(finished.button, Qt.MouseButton.LeftButton)
    assert reports == ["z"]
    board.board = WallBoard(board.board.on_air, (FinishedView(
        "z", "Zebra deals", done.gmv, "warn", done.orders, 5.0, "writing the report…"),), board.board.bus)
    wall.refresh()
    assert not finished.button.isEnabled()  # one report at a time


def test_an_empty_wall_says_what_it_waits_for(qtbot: QtBot) -> None:
    wall = window(qtbot, Board(), Clock())
    assert wall.area.empty.isVisible() and "No live on the bus yet" in wall.area.empty.text()
    assert not wall.finished_scroll.isVisible()
    down = Board()
    down.board = WallBoard(bus="bus 127.0.0.1:4222 is not answering (ConnectionRefusedError), retrying", bus_ok=False)
    other = window(qtbot, down, Clock())
    assert "Waiting for the bus: bus 127.0.0.1:4222 is not answering" in other.area.empty.text()
