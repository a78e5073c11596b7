"""playbook.html: the rules with their evidence, what is not settled yet and what it needs, and the lives read.
One self-contained page in the report's style (console/report/html_parts.py); no I/O."""

from __future__ import annotations

from typing import Final

from console.i18n import QT_TRANSLATE_NOOP, translate
from console.library.history.model import date_words
from console.library.history.page import html_lang
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
    "actions": QT_TRANSLATE_NOOP("Playbook", "Actions that move orders"),
    "advice": QT_TRANSLATE_NOOP("Playbook", "Advice worth taking"),
    "segments": QT_TRANSLATE_NOOP("Playbook", "Segments that hold viewers"),
    "minutes": QT_TRANSLATE_NOOP("Playbook", "When orders per viewer sag and carts are dropped"),
    "products": QT_TRANSLATE_NOOP("Playbook", "Products: sell-outs and slow sellers"),
    "channels": QT_TRANSLATE_NOOP("Playbook", "Channels that convert"),
    "buyers": QT_TRANSLATE_NOOP("Playbook", "New and returning buyers"),
}
_EXTRA_CSS: Final = """
details.lives { font-size: 12.5px; } details.lives summary { cursor: pointer; color: var(--muted); }
.against { color: var(--bad); }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans",
       "Yu Gothic", sans-serif; }
"""


def render_playbook(pb: Playbook) -> str:
    parts = [_header(pb), _warnings(pb), _how_sure(), _rules(pb), _unsettled(pb), _lives(pb)]
    title = translate("Playbook", "Playbook: {selection}").format(selection=pb.selection.describe())
    return (f"<!DOCTYPE html>\n<html lang=\"{html_lang()}\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{esc(title)}</title><style>{CSS}{_EXTRA_CSS}</style></head>"
            f"<body><main>{''.join(parts)}</main></body></html>\n")


def _header(pb: Playbook) -> str:
    dates = sorted(x.date for x in pb.lives if x.date)
    lives = (translate("Playbook", "{lives} lives from {first} to {last}").format(
        lives=len(pb.lives), first=date_words(dates[0]), last=date_words(dates[-1])) if dates
        else translate("Playbook", "{lives} lives").format(lives=len(pb.lives)))
    stand = translate("Playbook", "{rules} rules stand").format(rules=len(pb.standing))
    library = esc(translate("Playbook", "library {folder}")).replace("{folder}", f"<code>{esc(pb.library)}</code>")
    meta = f"{esc(lives)} · {esc(pb.selection.describe())} · {esc(stand)} · {library}"
    heading = esc(translate("Playbook", "Playbook"))
    return f'<header><h1>{heading}</h1><p class="meta">{meta}</p></header>'


def _warnings(pb: Playbook) -> str:
    if not pb.notes:
        return ""
    return '<div class="warnings">' + "".join(
        f"<div>{esc(translate('Playbook', '{note}.').format(note=n))}</div>" for n in pb.notes) + "</div>"


def _how_sure() -> str:
    text = translate("Playbook", "How sure: each live that has a rule's figure votes for it or against it (a live with "
                     "no change abstains), and a two-sided sign test asks how often a split at least this lopsided "
                     "would come from coin tosses. A rule stands at p < {sure} with at least {least} lives voting (the "
                     "fewest for which that is possible: 6 of 6 gives p = 0.031), and is {strong} at p < {strong_p}. "
                     "The minute bands are many claims tested at once (18 in a 90-minute live): a band rule needs p "
                     "below {sure} divided by the bands tested (and {strong_p} likewise for strong): without it, one "
                     "library of pure noise in five or so showed a band that passed by chance. Lives that vote "
                     "against a standing rule are named: they contradict it.")
    text = esc(text.format(sure=SURE_P, least=MIN_LIVES, strong_p=STRONG_P, strong="{strong}")).replace(
        "{strong}", f"<i>{esc(translate('Playbook', 'strong'))}</i>")
    return f'<p class="meta">{text}</p>'


def _rules(pb: Playbook) -> str:
    body = []
    for topic, title in TOPICS.items():
        rules = [r for r in pb.standing if r.topic == topic]
        if rules:
            body.append(f"<h3>{esc(translate('Playbook', title))}</h3><ol class=\"lessons\">"
                        f"{''.join(_rule(r) for r in rules)}</ol>")
    return section("rules", translate("Playbook", "The rules"),
                   "".join(body) or empty(translate("Playbook", "No rule stands yet: see below what each needs.")))


def _rule(r: Rule) -> str:
    against = ('<div class="against">' + esc(translate("Playbook", "Contradicted by {count}: {lives}").format(
        count=len(r.contradict), lives=", ".join(f"{v.live.name()} ({pct_text(v.value, r.unit)})"
                                                 for v in r.contradict))) + "</div>"
               if r.contradict else "")
    return (f"<li><b>{esc(r.statement)}</b> {chip(r.sure_words, 'good' if r.sure == 'strong' else 'good-soft')}"
            f'<div class="ev">{esc(evidence_text(r, contradictions=False))}</div>{against}{_lives_of(r)}</li>')


def _lives_of(r: Rule) -> str:
    rows = [[esc(v.live.name()), f'<code>{esc(v.live.key)}</code>', pct_text(v.value, r.unit),
             esc(translate("Playbook", "for")) if v in r.agree
             else '<span class="against">' + esc(translate("Playbook", "against")) + "</span>" if v in r.contradict
             else esc(translate("Playbook", "no change")),
             esc(v.note)] for v in r.values]
    summary = translate("Playbook", "the {lives} lives").format(lives=len(rows))
    return (f'<details class="lives"><summary>{esc(summary)}</summary>'
            + table([translate("Playbook", "live"), translate("Playbook", "key"), r.measure,
                     translate("Playbook", "vote"), ""], rows, numeric=[False, False, True]) + "</details>")


def _unsettled(pb: Playbook) -> str:
    rows = [[esc(translate("Playbook", TOPICS[r.topic])), esc(r.statement), f"{len(r.agree)} / {len(r.contradict)}",
             pct_text(r.median, r.unit), "—" if r.p_value is None else esc(p_text(r.p_value)), esc(needs_text(r))]
            for r in pb.rules if r.status != "rule"]
    if not rows:
        return ""
    return section("unsettled", translate("Playbook", "Not settled yet"), table(
        [translate("Playbook", "topic"), translate("Playbook", "candidate"), translate("Playbook", "for / against"),
         translate("Playbook", "median"), "p", translate("Playbook", "what it needs")], rows,
        numeric=[False, False, True, True, True],
        caption=translate("Playbook", "What the lives lean towards but do not yet support, and how many more lives "
                                      "that "
                          "agree would make it a rule.")))


def _lives(pb: Playbook) -> str:
    rows = [[esc(x.title), esc(date_words(x.date, "medium")), f"<code>{esc(x.key)}</code>", esc(x.plan_name or "—"),
             esc(translate("Playbook", "partial")) if x.partial else ""] for x in pb.lives]
    return section("lives", translate("Playbook", "Lives read"), table(
        [translate("Playbook", "live"), translate("Playbook", "date"), translate("Playbook", "key"),
         translate("Playbook", "plan"), ""], rows) if rows
        else empty(translate("Playbook", "No live matches the selection.")))
