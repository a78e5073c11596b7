"""playbook.html: the rules with their evidence, what is not settled yet and what it needs, and the lives read.
One self-contained page in the report's style (console/report/html_parts.py); no I/O."""

from __future__ import annotations

from typing import Final

from console.library.playbook import (
    MIN_LIVES,
    STRONG_P,
    SURE_P,
    Playbook,
    Rule,
    evidence_text,
    needs_text,
    p_text,
    pct_text,
)
from console.report.html_parts import CSS, chip, empty, esc, section, table

TOPICS: Final = {
    "actions": "Actions that move orders",
    "advice": "Advice worth taking",
    "segments": "Segments that hold viewers",
    "minutes": "When orders per viewer sag and carts are dropped",
    "products": "Products: sell-outs and slow sellers",
    "channels": "Channels that convert",
    "buyers": "New and returning buyers",
}
_EXTRA_CSS: Final = """
details.lives { font-size: 12.5px; } details.lives summary { cursor: pointer; color: var(--muted); }
.against { color: var(--bad); }
"""


def render_playbook(pb: Playbook) -> str:
    parts = [_header(pb), _warnings(pb), _how_sure(), _rules(pb), _unsettled(pb), _lives(pb)]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>Playbook: {esc(pb.selection.describe())}</title><style>{CSS}{_EXTRA_CSS}</style></head>"
            f"<body><main>{''.join(parts)}</main></body></html>\n")


def _header(pb: Playbook) -> str:
    dates = sorted(x.date for x in pb.lives if x.date)
    span = f" from {dates[0]} to {dates[-1]}" if dates else ""
    meta = (f"{len(pb.lives)} lives{esc(span)} · {esc(pb.selection.describe())} · {len(pb.standing)} rules stand · "
            f"library <code>{esc(pb.library)}</code>")
    return f'<header><h1>Playbook</h1><p class="meta">{meta}</p></header>'


def _warnings(pb: Playbook) -> str:
    if not pb.notes:
        return ""
    return '<div class="warnings">' + "".join(f"<div>{esc(n)}.</div>" for n in pb.notes) + "</div>"


def _how_sure() -> str:
    return (f'<p class="meta">How sure: each live that has a rule\'s figure votes for it or against it (a live with '
            f"no change abstains), and a two-sided sign test asks how often a split at least this lopsided would come "
            f"from coin tosses. A rule stands at p &lt; {SURE_P} with at least {MIN_LIVES} lives voting (the fewest "
            f"for which that is possible: 6 of 6 gives p = 0.031), and is <i>strong</i> at p &lt; {STRONG_P}. "
            "The minute bands are many claims tested at once (18 in a 90-minute live): a band rule needs p below "
            f"{SURE_P} divided by the bands tested (and {STRONG_P} likewise for strong): without it, one library "
            "of pure noise in five or so showed a band that passed by chance. "
            "Lives that vote against a standing rule are named: they contradict it.</p>")


def _rules(pb: Playbook) -> str:
    body = []
    for topic, title in TOPICS.items():
        rules = [r for r in pb.standing if r.topic == topic]
        if rules:
            body.append(f"<h3>{esc(title)}</h3><ol class=\"lessons\">{''.join(_rule(r) for r in rules)}</ol>")
    return section("rules", "The rules", "".join(body) or empty("No rule stands yet: see below what each needs."))


def _rule(r: Rule) -> str:
    against = (f'<div class="against">Contradicted by {len(r.contradict)}: '
               + esc(", ".join(f"{v.live.name()} ({pct_text(v.value, r.unit)})" for v in r.contradict)) + "</div>"
               if r.contradict else "")
    return (f"<li><b>{esc(r.statement)}</b> {chip(r.sure, 'good' if r.sure == 'strong' else 'good-soft')}"
            f'<div class="ev">{esc(evidence_text(r, contradictions=False))}</div>{against}{_lives_of(r)}</li>')


def _lives_of(r: Rule) -> str:
    rows = [[esc(v.live.name()), f'<code>{esc(v.live.key)}</code>', pct_text(v.value, r.unit),
             "for" if v in r.agree else '<span class="against">against</span>' if v in r.contradict else "no change",
             esc(v.note)] for v in r.values]
    return (f'<details class="lives"><summary>the {len(rows)} lives</summary>'
            + table(["live", "key", r.measure, "vote", ""], rows, numeric=[False, False, True]) + "</details>")


def _unsettled(pb: Playbook) -> str:
    rows = [[esc(TOPICS[r.topic]), esc(r.statement), f"{len(r.agree)} / {len(r.contradict)}",
             pct_text(r.median, r.unit), "—" if r.p_value is None else esc(p_text(r.p_value)), esc(needs_text(r))]
            for r in pb.rules if r.status != "rule"]
    if not rows:
        return ""
    return section("unsettled", "Not settled yet", table(
        ["topic", "candidate", "for / against", "median", "p", "what it needs"], rows,
        numeric=[False, False, True, True, True], caption="What the lives lean towards but do not yet support, and "
        "how many more lives that agree would make it a rule."))


def _lives(pb: Playbook) -> str:
    rows = [[esc(x.title), esc(x.date), f"<code>{esc(x.key)}</code>", esc(x.plan_name or "—"),
             "partial" if x.partial else ""] for x in pb.lives]
    return section("lives", "Lives read", table(["live", "date", "key", "plan", ""], rows) if rows
                   else empty("No live matches the selection."))
