"""The history page's sentences: what each section's numbers say, in the words a producer reads before planning the
next live ("a flash offer lifted orders in 5 of 6 lives, median +100%"). Plain text; the page escapes it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from console.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from console.library.history import stats
from console.library.history.minute_queries import band_needs, band_stands, best_band
from console.library.history.model import (
    GOAL_LABELS,
    AdviceEffect,
    Band,
    Effect,
    GoalTrend,
    History,
    Live,
    Minutes,
    SegmentRow,
    shown,
)
from console.library.playbook import MIN_LIVES
from console.present import numbers
from console.present.fmt import count, money, pct
from console.report.html_parts import signed_pct

_KIND_WORDS: Final = {"flash_offer": QT_TRANSLATE_NOOP("History", 'the flash offer "{label}"'),
                     "segment": QT_TRANSLATE_NOOP("History", 'switching to the segment "{label}"'),
                     "kit": QT_TRANSLATE_NOOP("History", 'the kit "{label}"')}


def action_name(e: Effect, others: Sequence[Effect] = ()) -> str:
    """'the flash offer "Towel −20% for 10 min"', with its preset, segment or kit id when another of `others` has
    the same words (two shows' "Kit 2")."""
    if e.kind in _KIND_WORDS:
        name = translate("History", _KIND_WORDS[e.kind]).format(label=e.label)
    else:
        name = translate("History", '{kind} "{label}"').format(kind=e.kind.replace("_", " "), label=e.label)
    twin = any(o.label == e.label and (o.kind, o.target) != (e.kind, e.target) for o in others)
    return name + (f" ({e.target})" if twin and e.target else "")


def p_words(p: float) -> str:
    """"= 0.22", "= 0.003", "< 0.001"."""
    return "< 0.001" if p < 0.001 else f"= {p:.3f}" if p < 0.01 else f"= {p:.2f}"


def _rate(v: float | None) -> str:
    """A rate per 1,000 viewer-minutes, one decimal."""
    return numbers.decimal((v or 0) * 1000, 1)


def effect_sentence(e: Effect, subject: str) -> str:
    """"The flash offer "X" lifted orders in 5 of 6 lives, median +100% (97% interval −20% to +150%; sign test
    p = 0.22)." and what that means, with the count said when it is small."""
    n = e.n
    if n == 0:
        return translate("History", "{action}: no measured lift in these lives.").format(action=_cap(subject))
    values = {"action": _cap(subject), "lifted": count(e.lifted), "median": signed_pct(e.median)}
    if e.interval is not None:
        lo, hi, conf = e.interval
        values.update(confidence=pct(conf, 0), low=signed_pct(lo), high=signed_pct(hi))
        if e.p_value is not None:
            text = translate("History", "{action} lifted orders in {lifted} of %n lives, median {median} ({confidence} "
                             "interval {low} to {high}; sign test p {p}).", None, PLURAL, n).format(
                p=p_words(e.p_value), **values)
        else:
            text = translate("History", "{action} lifted orders in {lifted} of %n lives, median {median} ({confidence} "
                             "interval {low} to {high}).", None, PLURAL, n).format(**values)
    elif e.p_value is not None and e.n >= stats.FEW_LIVES:
        text = translate("History", "{action} lifted orders in {lifted} of %n lives, median {median} (sign test p {p}; "
                         "too few lives for an interval).", None, PLURAL, n).format(p=p_words(e.p_value), **values)
    else:
        text = translate("History", "{action} lifted orders in {lifted} of %n lives, median {median}.", None,
                         PLURAL, n).format(**values)
    if e.verdict == "too few lives to tell":
        text += translate("History", " Only %n lives: too few to tell.", None, PLURAL, n)
    elif e.verdict == "promising, not proven":
        text += translate("History", " Promising, not proven: more lives will tell.")
    elif e.verdict == "works":
        text += translate("History", " It works.")
    elif e.verdict == "hurts":
        text += translate("History", " It hurts.")
    return text


def advice_sentence(a: AdviceEffect) -> str:
    """"Conversion sag (raised 8 times): when taken, orders per minute rose after it in 3 of 4 lives (median +90%);
    when dismissed or left to expire, in 0 of 2 (median −5%)."."""
    times = a.raised
    raised = translate("History", "{advice} (raised %n times)", None, PLURAL, times).format(advice=a.words)
    if a.taken.n == 0 and a.not_taken.n == 0:
        return translate("History", "{advice}: no lift was measured after it.").format(advice=raised)
    if a.taken.n:
        n = a.taken.n
        taken = translate("History", "when taken, orders per minute rose after it in {lifted} of %n lives (median "
                          "{median})", None, PLURAL, n).format(lifted=a.taken.lifted,
                                                              median=signed_pct(a.taken.median))
    else:
        taken = translate("History", "never taken")
    e = a.not_taken
    n = e.n
    if not n:
        other = translate("History", "no lift measured after it when dismissed or left to expire")
    elif a.taken.n:
        other = translate("History", "when dismissed or left to expire, in {lifted} of %n lives (median {median})",
                          None, PLURAL, n).format(lifted=e.lifted, median=signed_pct(e.median))
    else:
        other = translate("History", "when dismissed or left to expire, orders per minute rose after it in {lifted} "
                          "of %n lives (median {median})", None, PLURAL, n).format(lifted=e.lifted,
                                                                              median=signed_pct(e.median))
    text = translate("History", "{advice}: {taken}; {other}.").format(advice=raised, taken=taken, other=other)
    if 0 < a.taken.n < stats.FEW_LIVES:
        n = a.taken.n
        text += translate("History", " Taken in only %n lives: too few to tell.", None, PLURAL, n)
    return text


def goal_label(g: GoalTrend) -> str:
    """The goal's words, "(max)" added to a ceiling whose label does not say so; a goal of the console's own in the
    page's language (the library stores its words in English)."""
    label = translate("History", GOAL_LABELS[g.goal]) if GOAL_LABELS.get(g.goal) == g.label else g.label
    if g.ceiling and "max" not in g.label.lower():
        return translate("History", "{goal} (max)").format(goal=label)
    return label


_TRENDS: Final = {
    ("rising", True): QT_TRANSLATE_NOOP("History", "rising by {step} a live (improving)"),
    ("rising", False): QT_TRANSLATE_NOOP("History", "rising by {step} a live (worsening)"),
    ("falling", True): QT_TRANSLATE_NOOP("History", "falling by {step} a live (improving)"),
    ("falling", False): QT_TRANSLATE_NOOP("History", "falling by {step} a live (worsening)"),
}


def goal_sentence(g: GoalTrend, currency: str) -> str:
    """GMV: met in 5 of 5 full recordings; rising by €25 a live (improving)."""
    if g.counted == 0:
        return translate("History", "{goal}: no full recording has an actual for it.").format(goal=goal_label(g))
    n = g.counted
    text = translate("History", "{goal}: met in {met} of %n full recordings", None, PLURAL, n).format(
        goal=goal_label(g), met=count(g.met))
    if g.trend in ("rising", "falling") and g.slope is not None:
        step = _goal_value(g.goal, abs(g.slope), currency)
        more = translate("History", _TRENDS[g.trend, bool(g.improving)]).format(step=step)
    elif g.trend == "steady":
        more = shown("steady")
    elif g.counted < stats.TREND_MIN:
        more = translate("History", "%n lives: too few for a trend", None, PLURAL, n)
    else:
        return translate("History", "{sentence}.").format(sentence=text)
    return translate("History", "{sentence}; {trend}.").format(sentence=text, trend=more)


def _goal_value(goal: str, v: float, currency: str) -> str:
    if goal in ("gmv",):
        return money(v, currency, cents=v < 10)
    if goal in ("conversion", "max_cart_abandonment"):
        return translate("History", "{points} pt").format(points=numbers.decimal(v * 100, 1))
    if goal == "roas":
        return f"{numbers.decimal(v, 2)}×"
    return numbers.decimal(v, 1)


SAG_CLAIM: Final = "Orders per 1,000 viewer-minutes sag"
SPIKE_CLAIM: Final = "Carts are abandoned most"
#: a segment is named in the section's words from this many lives (the page's floor for saying more than a count)
SEGMENT_WORDS_LIVES: Final = stats.FEW_LIVES
#: and told to keep or change from this many: the fewest lives in which the playbook's sign test can reach 5%
#: (docs/library.md, "Playbook"), so the page never advises a move the playbook and plan suggest would not make
SEGMENT_ADVICE_LIVES: Final = MIN_LIVES

def band_sentence(bands: Sequence[Band], claim: str, side: str) -> str | None:
    """The band most lives were off their own median band in, with its votes and its test: "Orders per 1,000
    viewer-minutes sag in minutes 30–34: below the live's own median band in 7 of 9 lives that recorded them in
    full (sign test p = 0.002, 18 bands tested)."; "... most often in ..., too few to be sure ..." when the test
    (p below 0.05 over the bands tested) is not passed. None when no band has two lives or more for the claim.
    `claim` is SAG_CLAIM (with `side` "below") or SPIKE_CLAIM ("above")."""
    del side  # each claim's sentence says its side
    best = best_band(bands)
    if best is None or best.flagged < 2:
        return None
    n = len(bands)
    test = translate("History", "sign test p {p}, %n bands tested", None, PLURAL, n).format(p=p_words(best.p_value))
    lives = best.lives
    if claim == SAG_CLAIM and band_stands(best, bands):
        text = translate("History", "Orders per 1,000 viewer-minutes sag in minutes {start}–{end}: below the live's "
                         "own median band in {flagged} of %n lives that recorded them in full ({test}).", None, PLURAL,
                         lives)
    elif claim == SAG_CLAIM:
        text = translate("History", "Orders per 1,000 viewer-minutes sag most often in minutes {start}–{end}: below "
                         "the live's own median band in {flagged} of %n lives that recorded them in full, too few to "
                         "be sure ({test}; a band needs p < {needs}).", None, PLURAL, lives)
    elif band_stands(best, bands):
        text = translate("History", "Carts are abandoned most in minutes {start}–{end}: above the live's own median "
                         "band in {flagged} of %n lives that recorded them in full ({test}).", None, PLURAL, lives)
    else:
        text = translate("History", "Carts are abandoned most most often in minutes {start}–{end}: above the live's "
                         "own median band in {flagged} of %n lives that recorded them in full, too few to be sure "
                         "({test}; a band needs p < {needs}).", None, PLURAL, lives)
    return text.format(start=best.start, end=best.end, flagged=count(best.flagged), test=test,
                       needs=f"{band_needs(bands):.3g}")


def minutes_sentences(m: Minutes) -> list[str]:
    out = [band_sentence(m.sags, SAG_CLAIM, "below") or
           translate("History", "No band of minutes where orders per 1,000 viewer-minutes fall below the live's own "
                     "median band in most lives.")]
    spike = band_sentence(m.spikes, SPIKE_CLAIM, "above")
    if spike:
        out.append(spike)
    if m.peak_minutes:
        peaks = sorted(m.peak_minutes)
        mid = stats.median([float(p) for p in peaks]) or 0.0
        n = len(peaks)
        out.append(translate("History", "Viewers peak at minute {minute} on median (from minute {first} to {last} "
                             "across %n lives).", None, PLURAL, n).format(
            minute=f"{mid:g}", first=peaks[0], last=peaks[-1]))
    return out


def _lives(n: int) -> str:
    return translate("History", "%n lives", None, PLURAL, n)


def segment_sentences(rows: Sequence[SegmentRow]) -> list[str]:
    """The segments that kept and lost viewers best, and the one that converts best, among those run in
    SEGMENT_WORDS_LIVES lives or more (one live's segment is one evening, not a pattern); n said each time."""
    seen = [s for s in rows if s.lives >= SEGMENT_WORDS_LIVES]
    ranked = [s for s in seen if s.leave_rate is not None]
    out = []
    if len(ranked) >= 2:
        best, worst = ranked[0], ranked[-1]
        out.append(translate("History", 'Viewers stay best through "{best}" ({best_rate} leaves per 1,000 '
                             'viewer-minutes over {best_lives}) and leave fastest during "{worst}" ({worst_rate}, '
                             "{worst_lives}).").format(
            best=best.title, best_rate=_rate(best.leave_rate), best_lives=_lives(best.lives), worst=worst.title,
            worst_rate=_rate(worst.leave_rate), worst_lives=_lives(worst.lives)))
    converting = sorted((s for s in seen if s.order_rate is not None), key=lambda s: -(s.order_rate or 0.0))
    if len(converting) >= 2:
        top = converting[0]
        out.append(translate("History", '"{segment}" converts best: {rate} orders per 1,000 viewer-minutes over '
                             "{lives}.").format(segment=top.title, rate=_rate(top.order_rate), lives=_lives(top.lives)))
    few = len(rows) - len(seen)
    if few and rows:
        out.append(translate("History", "%n segments run in fewer than {lives} lives are in the table only: too few "
                             "lives to rank in words.", None, PLURAL, few).format(lives=SEGMENT_WORDS_LIVES))
    return out


def product_moves(history: History) -> list[str]:
    """Products whose quadrant changed between their last two lives: "KNIFE: niche → star"."""
    return [f"{p.name} ({p.sku}): {shown(p.previous)} → {shown(p.latest)}" for p in history.products
            if p.previous is not None and p.latest is not None and p.previous != p.latest]


def buyers_sentence(lives: Sequence[Live]) -> str | None:
    known = [lv for lv in lives if lv.new_buyers is not None and lv.returning_buyers is not None]
    total = sum((lv.new_buyers or 0) + (lv.returning_buyers or 0) for lv in known)
    if not total:
        return None
    new = sum(lv.new_buyers or 0 for lv in known)
    shares = [(lv.new_buyers or 0) / ((lv.new_buyers or 0) + (lv.returning_buyers or 0)) for lv in known
              if (lv.new_buyers or 0) + (lv.returning_buyers or 0) > 0]
    values = {"share": pct(new / total, 0), "buyers": count(total)}
    n = len(known)
    if len(shares) >= 2:
        return translate("History", "{share} of the {buyers} buyers of these %n lives were new to the shop (first live "
                         "{first}, latest {latest}).", None, PLURAL, n).format(
            first=pct(shares[0], 0), latest=pct(shares[-1], 0), **values)
    return translate("History", "{share} of the {buyers} buyers of these %n lives were new to the shop.", None,
                     PLURAL, n).format(**values)


def keep_and_change(h: History) -> tuple[list[str], list[str]]:
    """The page's opening: what the lives say to keep and what to change, each with its evidence; the strongest few
    of each kind (the sections below hold the rest)."""
    keep: list[str] = []
    change: list[str] = []
    works = [e for e in h.actions if e.verdict in ("works", "promising, not proven")]
    hurts = [e for e in h.actions if e.verdict == "hurts"]
    keep += [effect_sentence(e, action_name(e, h.actions)) for e in works[:TOP]]
    more = len(works) - TOP
    keep += [translate("History", "%n more actions lift orders: see Which actions work.", None,
                       PLURAL, more)] if more > 0 else []
    change += [effect_sentence(e, action_name(e, h.actions)) for e in hurts[:TOP]]
    more = len(hurts) - TOP
    change += [translate("History", "%n more actions cost orders: see Which actions work.", None,
                         PLURAL, more)] if more > 0 else []
    for g in h.goals:
        if g.counted and g.met == g.counted and g.counted >= stats.FEW_LIVES:
            keep.append(goal_sentence(g, h.currency))
        elif g.counted and g.met * 2 < g.counted:
            change.append(goal_sentence(g, h.currency))
    sag = best_band(h.minutes.sags)
    if sag is not None and band_stands(sag, h.minutes.sags):
        n = sag.lives
        change.append(translate("History", "Orders per 1,000 viewer-minutes sag in minutes {start}–{end} in "
                                           "{flagged} of "
                                "%n lives (sign test p {p}): plan a cue or an offer there.", None, PLURAL, n).format(
            start=sag.start, end=sag.end, flagged=count(sag.flagged), p=p_words(sag.p_value)))
    keep_seg, change_seg = _segment_advice(h.segments)
    keep += keep_seg
    change += change_seg
    fell = [p for p in h.products if p.previous not in (None, "review") and p.latest == "review"]
    if fell:
        names = ", ".join(f"{p.name} ({p.sku})" for p in fell[:TOP])
        if len(fell) > TOP:
            names = translate("History", "{names} and {more} more").format(names=names, more=len(fell) - TOP)
        change.append(translate("History", "Fell to review (thin margin, slow) in their latest live: {names}.").format(
            names=names))
    return keep, change


TOP: Final = 3  # of each kind of finding in the page's opening


def _segment_advice(rows: Sequence[SegmentRow]) -> tuple[list[str], list[str]]:
    """Keep the segment that kept viewers best, shorten or move the one that lost them fastest: only among the
    segments run in SEGMENT_ADVICE_LIVES lives or more, and n said."""
    seg = [s for s in rows if s.leave_rate is not None and s.lives >= SEGMENT_ADVICE_LIVES]
    if len(seg) < 2:
        return [], []
    best, worst = seg[0], seg[-1]
    return ([translate("History", '"{segment}" keeps viewers best of the {segments} segments run in {lives} lives or '
                       "more ({rate} leaves per 1,000 viewer-minutes over {over}).").format(
                segment=best.title, segments=len(seg), lives=SEGMENT_ADVICE_LIVES, rate=_rate(best.leave_rate),
                over=_lives(best.lives))],
            [translate("History", '"{segment}" loses viewers fastest of the {segments} segments run in {lives} lives '
                                  'or '
                       "more ({rate} leaves per 1,000 viewer-minutes over {over}): shorten it or move it.").format(
                segment=worst.title, segments=len(seg), lives=SEGMENT_ADVICE_LIVES, rate=_rate(worst.leave_rate),
                over=_lives(worst.lives))])


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
