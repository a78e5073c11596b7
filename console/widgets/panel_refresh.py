"""The window's data panels and when each one draws: one coalesced refresh on the window's timer, never a redraw
per event. The numbers (tiles, tables) draw every new snapshot (up to 20 Hz); a chart draws at most every DRAW_EVERY_S
(10 Hz), one chart per tick, so the charts' paints fall in different frames; a panel's costly text draws at most
every `slow_interval_s`; hidden panels wait and catch up when shown."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QDockWidget

from console.kpi.snapshot import KpiSnapshot


class Panel(Protocol):
    # HAS_SLOW_WORK (optional class attribute, default True): False when draw_slow does nothing, so the panel
    # never takes another's turn in the one-costly-panel-per-tick rule of draw_due_panels().
    # DRAW_EVERY_S (optional class attribute, default 0: every snapshot): the least time between two draws of a
    # chart. Its pixels hardly move between two snapshots 50 ms apart (a minute of live is a few pixels wide),
    # while each paint costs ~2 ms of the GUI thread: 10 Hz keeps the charts as fresh as they ever were.
    def draw(self, snap: KpiSnapshot | None) -> None: ...  # cheap graphics: every new snapshot
    def draw_slow(self, snap: KpiSnapshot | None) -> None: ...  # costly: at most every slow interval


@dataclass(slots=True)
class PanelSlot:
    """A dock, its panel and what the panel last showed (so a reopened dock catches up at once)."""

    dock: QDockWidget
    panel: Panel
    drawn: object = None  # the snapshot last drawn; compared by identity
    drawn_at: float = -1e9
    slowed: object = None
    slow_at: float = -1e9
    shown: bool = False  # visible at the last refresh (a panel shown again catches up at once)

    def forget(self) -> None:
        """Draw everything at the next refresh, slow work included."""
        self.slow_at = self.drawn_at = -1e9
        self.drawn = self.slowed = None


def draw_due_panels(slots: Iterable[PanelSlot], snap: KpiSnapshot | None, now: float, stagger: bool,
                    slow_interval_s: float) -> tuple[bool, bool]:
    """Draw what is due of each visible panel, in dock order. Returns (drew: any panel drew, owed: a first draw
    or a costly redraw was put off to the next tick, which must then come even with nothing new). `now`: the
    window's monotonic clock. `stagger`: spread first draws and costly redraws over ticks (off for a screenshot)."""
    drew = slow_drawn = first_drawn = chart_drawn = owed = False
    for slot in slots:
        widget = slot.dock.widget()
        if not slot.dock.isVisible() or widget is None or not widget.isVisible():
            slot.shown = False
            continue  # closed or behind another tab: catches up when shown (drawn is stale then)
        first = slot.drawn is None and snap is not None
        if first and stagger and first_drawn:
            # The first snapshot draws every panel from scratch (axes, images, every label): ~50 ms of work in
            # one frame, the longest stall of a live. One panel's first draw per tick, in dock order (the
            # tiles first), spreads it over the next few ticks.
            owed = True
            continue
        first_drawn = first_drawn or first
        catching_up, slot.shown = not slot.shown, True
        if slot.drawn is not snap and _chart_due(slot, now, stagger, first or catching_up, chart_drawn):
            slot.panel.draw(snap)
            chart_drawn = chart_drawn or getattr(slot.panel, "DRAW_EVERY_S", 0.0) > 0
            slot.drawn, slot.drawn_at = snap, now
            drew = True
        if slot.slowed is not snap and now - slot.slow_at >= slow_interval_s:
            # One costly text panel per tick: due together, they would make one long frame (a stall) every
            # half second; the next one draws 100 ms later instead. Never deferred twice in a row (it is then
            # a full interval late), nor on a first draw, a catch-up or a screenshot.
            heavy = getattr(slot.panel, "HAS_SLOW_WORK", True)
            if (stagger and heavy and slow_drawn and slot.slowed is not None and not catching_up
                    and now - slot.slow_at < 2 * slow_interval_s):
                owed = True
                continue
            slot.panel.draw_slow(snap)
            slot.slowed, slot.slow_at = snap, now
            slow_drawn = slow_drawn or heavy
            drew = True
    return drew, owed


_TICK_EARLY_S = 0.02


def _chart_due(slot: PanelSlot, now: float, stagger: bool, at_once: bool, chart_drawn: bool) -> bool:
    """Numbers always; a chart once its interval has passed, and not in a tick where another chart drew unless it
    would then be a whole interval late (so every chart keeps its 10 Hz, in frames of its own)."""
    every: float = getattr(slot.panel, "DRAW_EVERY_S", 0.0)
    if every <= 0 or at_once or not stagger:
        return True
    # A tick early is on time: snapshots come 50 ms apart on a 16 ms poll, and a chart whose 100 ms had not
    # quite passed (99.9 ms) would skip to the next one, 150 ms.
    waited = now - slot.drawn_at + _TICK_EARLY_S
    return waited >= every and (not chart_drawn or waited >= 2 * every)
