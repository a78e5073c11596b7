"""The action lesson: repeat the action that lifted orders per viewer the most (earlier, when it came late), or
rethink the one that dropped them when none lifted."""

from __future__ import annotations

import math
from typing import Final

from console.present.fmt import mmss
from console.report.lessons.context import LessonContext, count_noun
from console.report.model import ActionImpact, Lesson

AUDIENCE_MOVED: Final = 0.2  # viewers changing by a fifth across an action's windows is worth saying
EARLY_S: Final = 600  # an action in the first ten minutes cannot usefully move "earlier"


def action_lesson(ctx: LessonContext) -> Lesson | None:
    # an action whose before window is cut by the start of the live is measured against the room filling up
    fair = [a for a in ctx.actions if a.opkv_before is not None and a.opkv_after is not None
            and a.before_s >= a.after_s]
    # one whose stock ran out inside its window cannot be repeated as it was: the sold-out rule says so instead
    lifted = [a for a in fair if a.verdict in ("clear lift", "likely lift") and a.sold_out_at_s is None]
    if lifted:
        a = max(lifted, key=lambda x: (lift_key(x), -(x.p_value or 1.0)))
        gain = _extra_orders(a) * ctx.aov
        when = "again, and earlier," if (a.at_s or 0) >= EARLY_S else "again"
        text = (f"“{a.label}” at {mmss(a.at_s or 0)} took orders from {a.opkv_before:.1f} to {a.opkv_after:.1f} per "
                f"1,000 viewers a minute ({_lift(a)}; {a.verdict}, {_p(a.p_value)}){_audience(a)}. Run it {when} "
                f"when orders flatten: one more run is worth about {ctx.m(gain)} at this live's order value.")
        if a.overlaps:
            text += f" Part of the lift may belong to {', '.join(a.overlaps)}, which ran in the same window."
        evidence: tuple[str, ...] = (
            f"{count_noun(a.orders_before, 'order')} in {a.before_s / 60:.0f} min before, {a.orders_after:,} in "
            f"{a.after_s / 60:.0f} min after", _viewers(a), f"average order {ctx.m(ctx.aov)}")
        title = f"Repeat “{a.label}”" + (", earlier" if (a.at_s or 0) >= EARLY_S else "")
        return Lesson("best_action", a.label, title, text, evidence, gain)
    dropped = [a for a in fair if a.verdict in ("clear drop", "likely drop")]
    if dropped:
        a = min(dropped, key=lambda x: x.viewer_lift or 0.0)
        loss = -_extra_orders(a) * ctx.aov
        # only a clear drop is worth dropping the action for; a likely one is worth a second look
        advice = ("Move it to a quieter moment or drop it." if a.verdict == "clear drop" else
                  "Not proven: try it at another moment and compare before dropping it.")
        text = (f"After “{a.label}” at {mmss(a.at_s or 0)} orders fell from {a.opkv_before:.1f} to "
                f"{a.opkv_after:.1f} per 1,000 viewers a minute ({_lift(a)}; {a.verdict}, {_p(a.p_value)})"
                f"{_audience(a)}. {advice}")
        if a.overlaps:
            text += f" Part of the fall may belong to {', '.join(a.overlaps)}, which ran in the same windows."
        evidence = (f"{count_noun(a.orders_before, 'order')} before, {a.orders_after:,} after", _viewers(a))
        return Lesson("worst_action", a.label, f"Rethink “{a.label}”", text, evidence, loss)
    return None


def _extra_orders(a: ActionImpact) -> float:
    """Orders the action added (or cost) in its after window at its audience: the per-viewer change × viewer-minutes."""
    per_viewer_min = ((a.opkv_after or 0.0) - (a.opkv_before or 0.0)) / 1000.0
    return per_viewer_min * (a.viewers_after or 0.0) * a.after_s / 60.0


def _audience(a: ActionImpact) -> str:
    """', while the audience grew from 785 to 1,403 (+79%)' when the room moved enough to mislead a raw count."""
    change = a.audience_change
    if change is None or abs(change) < AUDIENCE_MOVED:
        return ""
    verb = "grew" if change > 0 else "shrank"
    return (f", while the audience {verb} from {a.viewers_before:,.0f} to {a.viewers_after:,.0f} ({change:+.0%}; "
            f"raw orders a minute {a.opm_before:.1f} → {a.opm_after:.1f})")


def _viewers(a: ActionImpact) -> str:
    return f"{a.viewers_before or 0:,.0f} viewers on average before, {a.viewers_after or 0:,.0f} after"


def lift_key(a: ActionImpact) -> float:
    """Per-viewer lift for ranking; orders out of a silent before window (no lift defined) rank above any other."""
    return a.viewer_lift if a.viewer_lift is not None else math.inf


def _lift(a: ActionImpact) -> str:
    return f"{a.viewer_lift:+.0%} per viewer" if a.viewer_lift is not None else "from none before"


def _p(p: float | None) -> str:
    return "p —" if p is None else "p < 0.001" if p < 0.001 else f"p = {p:.3f}"
