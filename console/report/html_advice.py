"""The report's Advice section as HTML: what the live advisor raised, what became of each advice, what followed."""

from __future__ import annotations

from typing import Final

from console.present.fmt import DASH, mmss
from console.report.advice import outcome
from console.report.html_parts import arrow, chip, empty, esc, section, signed_pct, table
from console.report.model import ADVICE_STATES, EFFECT_WINDOW_S, AdviceRow, AdviceSection, Report

TITLE: Final = "Advice from the live advisor"
NONE_RAISED: Final = ("No advice was raised during this live (a session recorded before the live advisor existed "
                      "has none to show).")
#: a state as the summary and the table say it, and its chip's tone
STATE_WORDS: Final = {"taken": "taken", "dismissed": "dismissed", "expired": "expired", "raised": "still open"}
STATE_TONES: Final = {"taken": "good", "dismissed": "none", "expired": "none", "raised": "warn"}
CAPTION: Final = (f"Every advice the live advisor raised, in the order raised, at its time into the live. What "
                  f"followed: orders per minute in the {EFFECT_WINDOW_S / 60:.0f} minutes before against the "
                  f"{EFFECT_WINDOW_S / 60:.0f} minutes after, measured as the actions above are: around the action "
                  "for a taken advice (its row in the actions table), around the moment it was raised for the "
                  "others, so the cost of leaving an advice shows. The verdict is per viewer, as for actions.")


def summary(s: AdviceSection) -> str:
    """"Raised 4: taken 1, dismissed 1, expired 1, still open 1." — the states that occurred."""
    c = s.counts()
    return f"Raised {len(s.rows)}: " + _states(c) + "."


def by_kind(s: AdviceSection) -> list[str]:
    """"Conversion sag: 2 (1 taken, 1 expired)", one per kind raised, in the order first raised."""
    kinds: dict[str, str] = {}
    for r in s.rows:
        kinds.setdefault(r.kind, r.kind_words)
    return [f"{words}: {sum(c.values())} ({_states(c)})" for kind, words in kinds.items()
            for c in [s.counts(kind)]]


def _states(c: dict[str, int]) -> str:
    return ", ".join(f"{STATE_WORDS[k]} {c[k]}" for k in ADVICE_STATES if c.get(k))


def followed(r: AdviceRow) -> str:
    """"115.0 → 42.2 orders/min (−63%)", then which moment the windows are around and when they were cut."""
    f = r.followed
    if f is None:
        return DASH
    lift = f" ({signed_pct(f.lift)})" if f.lift is not None else ""
    head = f"{arrow(f.opm_before, f.opm_after, '{:.1f}')} orders/min{lift}"
    around = (f"around #{r.action.number} at {mmss(f.at_s)}" if f.around == "action" and r.action is not None
              else "around the advice itself" if r.status != "taken" else "around the advice itself: its action "
              "never reached the stream")
    cut = []
    if f.before_s < EFFECT_WINDOW_S:
        cut.append(f"{mmss(f.before_s)} before")
    if f.after_s < EFFECT_WINDOW_S:
        cut.append(f"{mmss(f.after_s)} after")
    note = around + (f"; only {' and '.join(cut)}" if cut else "")
    return f"{esc(head)}<br><small>{esc(f'{f.orders_before:,} → {f.orders_after:,} orders; ' + note)}</small>"


def _fate(a: AdviceRow) -> str:
    """The state as a chip, then the rest of the outcome's words ("at 09:08 with #3 Knife care kit")."""
    state = STATE_WORDS.get(a.status, a.status)
    words = outcome(a)
    rest = words.removeprefix(state).lstrip(" ;:") if words.startswith(state) else words
    return chip(state, STATE_TONES.get(a.status)) + (f"<br>{esc(rest)}" if rest else "")


def advice(r: Report) -> str:
    s = r.advice
    bad = (f"{s.unreadable} advice row(s) in the session file could not be read and are left out."
           if s.unreadable else "")
    if not s.rows:
        return section("advice", TITLE, empty(NONE_RAISED) + (empty(bad) if bad else ""))
    kinds = by_kind(s)
    head = f"<p><b>{esc(summary(s))}</b>" + (f"<br>By kind: {esc(' · '.join(kinds))}" if kinds else "") + "</p>"
    rows = []
    for a in s.rows:
        subject = a.subject_name or "the whole live"
        remedy = esc(a.remedy) if a.remedy_action is not None else f'<span class="muted">{esc(a.remedy)}</span>'
        verdict = chip(a.followed.verdict) if a.followed is not None else DASH
        if a.followed is not None and a.followed.viewer_lift is not None:
            verdict += f"<br><small>{esc(signed_pct(a.followed.viewer_lift))} per viewer</small>"
        rows.append((f"A{a.number}", esc(mmss(a.at_s) if a.at_s is not None else DASH),
                     f"<b>{esc(a.kind_words)}</b><br><small>{esc(subject)}</small>", esc(a.text), remedy,
                     _fate(a),
                     followed(a), verdict))
    headers = ("#", "At", "Advice", "What was seen", "Suggested remedy", "What became of it",
               f"What followed ({EFFECT_WINDOW_S / 60:.0f} min before → after)", "Verdict")
    body = table(headers, rows, (False, True), caption=CAPTION, cls="advice", widths=(4, 5, 11, 24, 16, 15, 15, 10))
    return section("advice", TITLE, head + body + (empty(bad) if bad else ""))
