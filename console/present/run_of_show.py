"""The run of show in words, under the action pad's cue table: the next cue's line and GO's second line. Pure: the
pad fits them into its width."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from console.actions.rules import Blocker, far_early
from console.i18n import translate
from console.plan.cues import CueRow, CueState
from console.present.fmt import mmss


def next_cue_line(rows: Sequence[CueRow], elapsed_s: float | None, target_label: Callable[[CueRow], str]) -> str:
    """'next: Searing in cast iron in 10:00 (auto)', '… 01:10 late', 'next: … at 12:00' before the live starts,
    'run of show done', 'no cues in the plan'. `elapsed_s`: live seconds since the start (None before it)."""
    nxt = next((r for r in rows if r.state in (CueState.WAITING, CueState.ARMED)), None)
    if nxt is None:
        return translate("RunOfShow", "run of show done") if rows else translate("RunOfShow", "no cues in the plan")
    what = target_label(nxt)
    if elapsed_s is None:
        return translate("RunOfShow", "next: {what} at {at}").format(what=what, at=nxt.cue.at)
    due = nxt.cue.at_s - elapsed_s
    t = mmss(abs(due))
    if due >= 0:
        line = (translate("RunOfShow", "next: {what} in {t} (auto)") if nxt.cue.auto
                else translate("RunOfShow", "next: {what} in {t}"))
    else:
        line = (translate("RunOfShow", "next: {what} {t} late (auto)") if nxt.cue.auto
                else translate("RunOfShow", "next: {what} {t} late"))
    return line.format(what=what, t=t)


def go_line(keys: Sequence[str], arming: bool, stop: Blocker | None, due_s: float | None) -> str:
    """GO's line under its cue: the first press of a hold-kind hotkey waits for the second; a cue the server would
    refuse says why and points to Skip; else GO's keys, and how early a cue far early is."""
    if arming:
        return translate("RunOfShow", "press {key} again to confirm").format(key=keys[0])
    if stop is not None and not stop.done:
        return translate("RunOfShow", "✗ cannot fire: {why} — Skip").format(why=stop.short)
    if far_early(due_s) and due_s is not None:
        return translate("RunOfShow", "{keys}  ·  due in {t}").format(keys=" / ".join(keys), t=mmss(due_s))
    return " / ".join(keys)
