"""The run of show in words, under the action pad's cue table: the next cue's line and GO's second line. Pure: the
pad fits them into its width."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from console.actions.rules import Blocker, far_early
from console.plan.cues import CueRow, CueState
from console.present.fmt import Translate, mmss, untranslated


def next_cue_line(rows: Sequence[CueRow], elapsed_s: float | None, target_label: Callable[[CueRow], str],
                  tr: Translate = untranslated) -> str:
    """'next: Searing in cast iron in 10:00 (auto)', '… 01:10 late', 'next: … at 12:00' before the live starts,
    'run of show done', 'no cues in the plan'. `elapsed_s`: live seconds since the start (None before it)."""
    nxt = next((r for r in rows if r.state in (CueState.WAITING, CueState.ARMED)), None)
    if nxt is None:
        return tr("run of show done") if rows else tr("no cues in the plan")
    if elapsed_s is None:
        return tr("next: {what} at {at}").format(what=target_label(nxt), at=nxt.cue.at)
    due = nxt.cue.at_s - elapsed_s
    when = tr("in {t}") if due >= 0 else tr("{t} late")
    return tr("next: {what} {when}{auto}").format(what=target_label(nxt), when=when.format(t=mmss(abs(due))),
                                                  auto=tr(" (auto)") if nxt.cue.auto else "")


def go_line(keys: Sequence[str], arming: bool, stop: Blocker | None, due_s: float | None,
            tr: Translate = untranslated) -> str:
    """GO's line under its cue: the first press of a hold-kind hotkey waits for the second; a cue the server would
    refuse says why and points to Skip; else GO's keys, and how early a cue far early is."""
    if arming:
        return tr("press {key} again to confirm").format(key=keys[0])
    if stop is not None and not stop.done:
        return tr("✗ cannot fire: {why} — Skip").format(why=stop.short)
    early = tr("  ·  due in {t}").format(t=mmss(due_s)) if far_early(due_s) and due_s is not None else ""
    return " / ".join(keys) + early
