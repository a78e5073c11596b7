"""The window's data panels and when each one draws: one coalesced refresh on the window's timer, never a redraw
per event. A panel draws a new snapshot's cheap graphics in the tick that finds it (up to 20 Hz) and its costly
text at most every `slow_interval_s`; hidden panels wait and catch up when shown."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QDockWidget

from console.kpi.snapshot import KpiSnapshot


class Panel(Protocol):
    # HAS_SLOW_WORK (optional class attribute, default True): False when draw_slow does nothing, so the panel
    # never takes another's turn in the one-costly-panel-per-tick rule of draw_due_panels().
    def draw(self, snap: KpiSnapshot | None) -> None: ...  # cheap graphics: every new snapshot
    def draw_slow(self, snap: KpiSnapshot | None) -> None: ...  # costly: at most every slow interval


@dataclass(slots=True)
class PanelSlot:
    """A dock, its panel and what the panel last showed (so a reopened dock catches up at once)."""

    dock: QDockWidget
    panel: Panel
    drawn: object = None  # the snapshot last drawn; compared by identity
    slowed: object = None
    slow_at: float = -1e9
    shown: bool = False  # visible at the last refresh (a panel shown again catches up at once)

    def forget(self) -> None:
        """Draw everything at the next refresh, slow work included."""
        self.slow_at = -1e9
        self.drawn = self.slowed = None


def draw_due_panels(slots: Iterable[PanelSlot], snap: KpiSnapshot | None, now: float, stagger: bool,
                    slow_interval_s: float) -> tuple[bool, bool]:
    """Draw what is due of each visible panel, in dock order. Returns (drew: any panel drew, owed: a first draw
    or a costly redraw was put off to the next tick, which must then come even with nothing new). `now`: the
    window's monotonic clock. `stagger`: spread first draws and costly redraws over ticks (off for a screenshot)."""
    drew = slow_drawn = first_drawn = owed = False
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
        if slot.drawn is not snap:
            slot.panel.draw(snap)
            slot.drawn = snap
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
