"""The advice section: every advice the live advisor raised, what became of it, and what followed it.

A taken advice is measured by the action that took it: its row of the actions table (matched by the server's
action id, else by the intent's key), the same numbers. An advice nobody took (dismissed, expired, still open when
the recording stopped, or taken by an action that never reached the stream) is measured by the same before/after
windows around the moment it was raised (windows.effects_at), so the producer sees whether leaving it cost orders.
No Qt, no I/O: the records come read from the session file (analysis.load_session).
"""

from __future__ import annotations

from console.advisor.model import AdviceRecord
from console.i18n import translate
from console.kpi.snapshot import ActionEffect, KpiSnapshot
from console.plan.model import Plan
from console.present.advice_words import kind_words, reason_words
from console.present.fmt import mmss
from console.report.html_parts import channel_name
from console.report.model import ActionImpact, AdviceRow, AdviceSection, Followed, ProductRow, SessionData
from console.report.windows import effects_at, window


def advice_section(data: SessionData, snap: KpiSnapshot, actions: tuple[ActionImpact, ...],
                   products: tuple[ProductRow, ...]) -> AdviceSection:
    t0 = snap.started_at
    by_id = {a.action_id: a for a in actions if a.action_id}
    by_key = {a.key: a for a in actions if a.key}
    took: dict[str, ActionImpact | None] = {r.advice.id: _action_of(r, by_id, by_key) for r in data.advice}
    unmeasured = {r.advice.id: r.advice.raised_ts for r in data.advice if not _measured(took[r.advice.id])}
    effects = effects_at(data.engine, unmeasured, data.last_ts) if t0 is not None and data.events_count else {}
    names = _names(data.plan, products)
    rows = []
    for n, r in enumerate(data.advice, 1):
        a = r.advice
        act = took[a.id]
        rows.append(AdviceRow(
            n, a.id, a.kind, kind_words(a.kind), a.subject,
            _subject_name(a.kind, a.subject, names), _since(a.raised_ts, t0), _since(a.evidence.since_ts, t0),
            a.text, a.remedy.action, a.remedy.target, remedy_words(r), r.status, _since(r.status_ts, t0),
            reason_words(r.reason), r.action_key, r.action_id, act,
            _followed(act, effects.get(a.id), snap, t0)))
    return AdviceSection(tuple(rows), data.advice_unreadable)


def remedy_words(r: AdviceRecord) -> str:
    """The plan's remedy as the advice offered it, or what would have fitted when the plan had nothing."""
    rem = r.advice.remedy
    if rem.action is None:
        return translate("ReportAdvice", "No fitting remedy in the plan; {remedy} would fit").format(remedy=rem.fits)
    return rem.label


def outcome(r: AdviceRow, with_state: bool = True) -> str:
    """What became of the advice, in words: "taken at 05:12 with #3 Towel -20%", "expired at 07:00: ...".
    Without `with_state`, the words after the state (the page shows the state as a chip): "at 05:12 with ..."."""
    if r.status not in ("taken", "dismissed", "expired"):
        return (translate("ReportAdvice", "still open when the recording stopped") if with_state
                else translate("ReportAdvice", "when the recording stopped"))
    time = mmss(r.status_at_s) if r.status_at_s is not None else None
    glue = "{state} {details}"
    if r.status == "taken":
        a = r.action
        if a is None:
            details = (translate("ReportAdvice", "at {time}; its action is not in the session file") if time
                       else translate("ReportAdvice", "its action is not in the session file")).format(time=time)
            glue = "{state} {details}" if time else "{state}; {details}"
        elif a.verdict == "not on the stream":
            why = f"{a.status}: {a.error}" if a.error else a.status
            details = (translate("ReportAdvice", "at {time} with #{number} {action}, which never reached the stream "
                                                 "({why})") if time else
                       translate("ReportAdvice", "with #{number} {action}, which never reached the stream ({why})"))
            details = details.format(time=time, number=a.number, action=a.label, why=why)
        else:
            details = (translate("ReportAdvice", "at {time} with #{number} {action}") if time
                       else translate("ReportAdvice", "with #{number} {action}"))
            details = details.format(time=time, number=a.number, action=a.label)
    elif time and r.reason:
        details = translate("ReportAdvice", "at {time}: {reason}").format(time=time, reason=r.reason)
    elif time:
        details = translate("ReportAdvice", "at {time}").format(time=time)
    else:
        details, glue = r.reason, "{state}: {details}"
    if not with_state:
        return details
    state = translate("ReportVerdict", r.status)
    if not details:
        return state
    return (translate("ReportAdvice", "{state} {details}") if glue == "{state} {details}" else glue).format(
        state=state, details=details)


def _action_of(r: AdviceRecord, by_id: dict[str, ActionImpact],
               by_key: dict[str, ActionImpact]) -> ActionImpact | None:
    if r.status != "taken":
        return None
    found = by_id.get(r.action_id) if r.action_id else None
    return found if found is not None else by_key.get(r.action_key) if r.action_key else None


def _measured(act: ActionImpact | None) -> bool:
    """Whether an advice's action has its own measure: confirmed on the stream at a known moment."""
    return act is not None and act.verdict != "not on the stream" and act.at_s is not None


def _since(ts: float | None, t0: float | None) -> float | None:
    return None if ts is None or t0 is None else max(0.0, ts - t0)


def _names(plan: Plan | None, products: tuple[ProductRow, ...]) -> dict[str, str]:
    """Ids as the plan names them: products (and products seen only in the feed), segments, kits."""
    names = {p.sku: p.name for p in products}
    if plan is not None:
        names.update({k.id: k.name for k in plan.kits})
        names.update({s.id: s.title for s in plan.segments})
        names.update({p.sku: p.name for p in plan.products})
    return names


def _subject_name(kind: str, subject: str | None, names: dict[str, str]) -> str:
    if subject is None:
        return ""
    if kind == "audience_drop":
        return translate("ReportAdvice", "{channel} channel").format(channel=channel_name(subject))
    return names.get(subject, subject)


def _followed(act: ActionImpact | None, eff: ActionEffect | None, snap: KpiSnapshot,
              t0: float | None) -> Followed | None:
    if act is not None and _measured(act) and act.at_s is not None:
        return Followed("action", act.at_s, act.before_s, act.after_s, act.orders_before, act.orders_after,
                        act.opm_before, act.opm_after, act.lift, act.viewer_lift, act.p_value, act.verdict)
    if eff is None or t0 is None:
        return None
    at = max(0.0, eff.ts - t0)
    w = window(eff, snap, at)
    return Followed("advice", at, eff.before_s, eff.after_s, w.orders_before, w.orders_after,
                    eff.orders_per_min_before, eff.orders_per_min_after, eff.orders_lift, w.viewer_lift, w.p_value,
                    w.verdict)
