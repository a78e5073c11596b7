"""The report's Advice section as HTML: what the live advisor raised, what became of each advice, what followed."""

from __future__ import annotations

from typing import Final

from console.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from console.present.fmt import DASH, count, mmss
from console.report.advice import outcome
from console.report.html_parts import arrow, chip, empty, esc, section, signed_pct, table, word
from console.report.model import ADVICE_STATES, EFFECT_WINDOW_S, AdviceRow, AdviceSection, Report

TITLE: Final = QT_TRANSLATE_NOOP("ReportAdvice", "Advice from the live advisor")
NONE_RAISED: Final = QT_TRANSLATE_NOOP("ReportAdvice", "No advice was raised during this live (a session recorded "
                                                       "before the live advisor existed has none to show).")
#: a state as the summary and the table say it, and its chip's tone
STATE_WORDS: Final = {"taken": "taken", "dismissed": "dismissed", "expired": "expired", "raised": "still open"}
STATE_TONES: Final = {"taken": "good", "dismissed": "none", "expired": "none", "raised": "warn"}
CAPTION: Final = QT_TRANSLATE_NOOP("ReportAdvice", "Every advice the live advisor raised, in the order raised, at "
                                                   "its time into the live. What followed: orders per minute in the "
                                                   "{minutes} minutes before against the {minutes} minutes after, "
                                                   "measured as the actions above are: around the action for a taken "
                                                   "advice (its row in the actions table), around the moment it was "
                                                   "raised for the others, so the cost of leaving an advice shows. "
                                                   "The verdict is per viewer, as for actions.")
_MINUTES: Final = f"{EFFECT_WINDOW_S / 60:.0f}"


def summary(s: AdviceSection) -> str:
    """"Raised 4: taken 1, dismissed 1, expired 1, still open 1." — the states that occurred."""
    c = s.counts()
    return translate("ReportAdvice", "Raised {count}: {states}.").format(count=count(len(s.rows)), states=_states(c))


def by_kind(s: AdviceSection) -> list[str]:
    """"Conversion sag: 2 (1 taken, 1 expired)", one per kind raised, in the order first raised."""
    kinds: dict[str, str] = {}
    for r in s.rows:
        kinds.setdefault(r.kind, r.kind_words)
    return [translate("ReportAdvice", "{kind}: {count} ({states})").format(
        kind=words, count=count(sum(c.values())), states=_states(c)) for kind, words in kinds.items()
            for c in [s.counts(kind)]]


def _states(c: dict[str, int]) -> str:
    return ", ".join(translate("ReportAdvice", "{state} {count}").format(state=word(STATE_WORDS[k]), count=count(c[k]))
                     for k in ADVICE_STATES if c.get(k))


def followed(r: AdviceRow) -> str:
    """"115.0 → 42.2 orders/min (−63%)", then which moment the windows are around and when they were cut."""
    f = r.followed
    if f is None:
        return DASH
    rate = arrow(f.opm_before, f.opm_after, 1)
    head = (translate("ReportAdvice", "{rate} orders/min ({lift})").format(rate=rate, lift=signed_pct(f.lift))
            if f.lift is not None else translate("ReportAdvice", "{rate} orders/min").format(rate=rate))
    around = (translate("ReportAdvice", "around #{number} at {time}").format(number=r.action.number, time=mmss(f.at_s))
              if f.around == "action" and r.action is not None
              else translate("ReportAdvice", "around the advice itself") if r.status != "taken"
              else translate("ReportAdvice", "around the advice itself: its action never reached the stream"))
    before = translate("ReportAdvice", "{duration} before").format(duration=mmss(f.before_s))
    after = translate("ReportAdvice", "{duration} after").format(duration=mmss(f.after_s))
    if f.before_s < EFFECT_WINDOW_S and f.after_s < EFFECT_WINDOW_S:
        note = translate("ReportAdvice", "{around}; only {before} and {after}").format(
            around=around, before=before, after=after)
    elif f.before_s < EFFECT_WINDOW_S or f.after_s < EFFECT_WINDOW_S:
        note = translate("ReportAdvice", "{around}; only {cut}").format(
            around=around, cut=before if f.before_s < EFFECT_WINDOW_S else after)
    else:
        note = around
    orders = translate("ReportAdvice", "{before} → {after} orders; {note}").format(
        before=count(f.orders_before), after=count(f.orders_after), note=note)
    return f"{esc(head)}<br><small>{esc(orders)}</small>"


def _fate(a: AdviceRow) -> str:
    """The state as a chip, then the rest of the outcome's words ("at 09:08 with #3 Knife care kit")."""
    state = STATE_WORDS.get(a.status, a.status)
    rest = outcome(a, with_state=False)
    return chip(state, STATE_TONES.get(a.status)) + (f"<br>{esc(rest)}" if rest else "")


def advice(r: Report) -> str:
    s = r.advice
    unreadable = s.unreadable
    bad = (translate("ReportAdvice", "%n advice row(s) in the session file could not be read and are left out.",
                     None, PLURAL, unreadable) if unreadable else "")
    title = translate("ReportAdvice", TITLE)
    if not s.rows:
        return section("advice", title, empty(translate("ReportAdvice", NONE_RAISED)) + (empty(bad) if bad else ""))
    kinds = by_kind(s)
    by = "<br>" + esc(translate("ReportAdvice", "By kind: {kinds}").format(kinds=" · ".join(kinds))) if kinds else ""
    head = f"<p><b>{esc(summary(s))}</b>" + by + "</p>"
    rows = []
    for a in s.rows:
        subject = a.subject_name or translate("ReportAdvice", "the whole live")
        remedy = esc(a.remedy) if a.remedy_action is not None else f'<span class="muted">{esc(a.remedy)}</span>'
        verdict = chip(a.followed.verdict) if a.followed is not None else DASH
        if a.followed is not None and a.followed.viewer_lift is not None:
            per = translate("ReportAdvice", "{lift} per viewer").format(lift=signed_pct(a.followed.viewer_lift))
            verdict += f"<br><small>{esc(per)}</small>"
        rows.append((f"A{a.number}", esc(mmss(a.at_s) if a.at_s is not None else DASH),
                     f"<b>{esc(a.kind_words)}</b><br><small>{esc(subject)}</small>", esc(a.text), remedy,
                     _fate(a),
                     followed(a), verdict))
    headers = ("#", translate("ReportAdvice", "At"), translate("ReportAdvice", "Advice"),
               translate("ReportAdvice", "What was seen"), translate("ReportAdvice", "Suggested remedy"),
               translate("ReportAdvice", "What became of it"),
               translate("ReportAdvice", "What followed ({minutes} min before → after)").format(minutes=_MINUTES),
               translate("ReportAdvice", "Verdict"))
    body = table(headers, rows, (False, True), caption=translate("ReportAdvice", CAPTION).format(minutes=_MINUTES),
                 cls="advice", widths=(4, 5, 11, 24, 16, 15, 15, 10))
    return section("advice", title, head + body + (empty(bad) if bad else ""))
