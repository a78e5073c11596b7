"""The action lesson: repeat the action that lifted orders per viewer the most (earlier, when it came late), or
rethink the one that dropped them when none lifted."""

from __future__ import annotations

import math
from typing import Final

from console.i18n import translate
from console.present.fmt import mmss
from console.report.html_parts import word
from console.report.lessons.context import LessonContext, dec, orders_n, signed_rel, then, whole
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
        late = (a.at_s or 0) >= EARLY_S
        took = translate("ReportLessons", "“{action}” at {time} took orders from {before} to {after} per 1,000 viewers "
                                          "a minute ({lift}; {verdict}, {p}){audience}.")
        run = (translate("ReportLessons", "Run it again, and earlier, when orders flatten: one more run is worth "
                                          "about {gain} at this live's order value.") if late else
               translate("ReportLessons", "Run it again when orders flatten: one more run is worth about {gain} at "
                                          "this live's order value."))
        text = then(took.format(action=a.label, time=mmss(a.at_s or 0), before=dec(a.opkv_before),
                                after=dec(a.opkv_after), lift=_lift(a), verdict=word(a.verdict), p=_p(a.p_value),
                                audience=_audience(a)), run.format(gain=ctx.m(gain)))
        if a.overlaps:
            text = then(text, translate("ReportLessons", "Part of the lift may belong to {actions}, which ran in "
                                                         "the same "
                                                     "window.").format(actions=", ".join(a.overlaps)))
        evidence: tuple[str, ...] = (
            translate("ReportLessons", "{orders} in {before_min} min before, {after} in {after_min} min after").format(
                orders=orders_n(a.orders_before), before_min=f"{a.before_s / 60:.0f}", after=whole(a.orders_after),
                after_min=f"{a.after_s / 60:.0f}"),
            _viewers(a), translate("ReportLessons", "average order {amount}").format(amount=ctx.m(ctx.aov)))
        title = (translate("ReportLessons", "Repeat “{action}”, earlier") if late else
                 translate("ReportLessons", "Repeat “{action}”")).format(action=a.label)
        return Lesson("best_action", a.label, title, text, evidence, gain)
    dropped = [a for a in fair if a.verdict in ("clear drop", "likely drop")]
    if dropped:
        a = min(dropped, key=lambda x: x.viewer_lift or 0.0)
        loss = -_extra_orders(a) * ctx.aov
        # only a clear drop is worth dropping the action for; a likely one is worth a second look
        advice = (translate("ReportLessons", "Move it to a quieter moment or drop it.") if a.verdict == "clear drop"
                  else translate("ReportLessons", "Not proven: try it at another moment and compare before dropping "
                                                  "it."))
        text = translate("ReportLessons", "After “{action}” at {time} orders fell from {before} to {after} per 1,000 "
                                          "viewers a minute ({lift}; {verdict}, {p}){audience}.").format(
            action=a.label, time=mmss(a.at_s or 0), before=dec(a.opkv_before), after=dec(a.opkv_after),
            lift=_lift(a), verdict=word(a.verdict), p=_p(a.p_value), audience=_audience(a))
        text = then(text, advice)
        if a.overlaps:
            text = then(text, translate("ReportLessons", "Part of the fall may belong to {actions}, which ran in "
                                                         "the same "
                                                     "windows.").format(actions=", ".join(a.overlaps)))
        evidence = (translate("ReportLessons", "{orders} before, {after} after").format(
            orders=orders_n(a.orders_before), after=whole(a.orders_after)), _viewers(a))
        return Lesson("worst_action", a.label, translate("ReportLessons", "Rethink “{action}”").format(action=a.label),
                      text, evidence, loss)
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
    text = (translate("ReportLessons", ", while the audience grew from {before} to {after} ({change}; raw orders a "
                                       "minute {opm_before} → {opm_after})") if change > 0 else
            translate("ReportLessons", ", while the audience shrank from {before} to {after} ({change}; raw orders a "
                                       "minute {opm_before} → {opm_after})"))
    return text.format(before=whole(a.viewers_before), after=whole(a.viewers_after), change=signed_rel(change),
                       opm_before=dec(a.opm_before), opm_after=dec(a.opm_after))


def _viewers(a: ActionImpact) -> str:
    return translate("ReportLessons", "{before} viewers on average before, {after} after").format(
        before=whole(a.viewers_before or 0), after=whole(a.viewers_after or 0))


def lift_key(a: ActionImpact) -> float:
    """Per-viewer lift for ranking; orders out of a silent before window (no lift defined) rank above any other."""
    return a.viewer_lift if a.viewer_lift is not None else math.inf


def _lift(a: ActionImpact) -> str:
    if a.viewer_lift is None:
        return translate("ReportLessons", "from none before")
    return translate("ReportLessons", "{lift} per viewer").format(lift=signed_rel(a.viewer_lift))


def _p(p: float | None) -> str:
    return "p —" if p is None else f"p < {dec(0.001, 3)}" if p < 0.001 else f"p = {dec(p, 3)}"
