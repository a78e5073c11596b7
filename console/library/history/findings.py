"""The history page's sentences: what each section's numbers say, in the words a producer reads before planning the
next live ("a flash offer lifted orders in 5 of 6 lives, median +100%"). Plain text; the page escapes it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from console.library.history import stats
from console.library.history.minute_queries import band_needs, band_stands, best_band
from console.library.history.model import (
    AdviceEffect,
    Band,
    Effect,
    GoalTrend,
    History,
    Live,
    Minutes,
    SegmentRow,
)
from console.library.playbook import MIN_LIVES
from console.present.fmt import money
from console.report.html_parts import signed_pct

_KIND_WORDS: Final = {"flash_offer": "the flash offer", "segment": "switching to the segment", "kit": "the kit"}


def action_name(e: Effect, others: Sequence[Effect] = ()) -> str:
    """'the flash offer "Towel −20% for 10 min"', with its preset, segment or kit id when another of `others` has
    the same words (two shows' "Kit 2")."""
    what = _KIND_WORDS.get(e.kind, e.kind.replace("_", " "))
    twin = any(o.label == e.label and (o.kind, o.target) != (e.kind, e.target) for o in others)
    return f'{what} "{e.label}"' + (f" ({e.target})" if twin and e.target else "")


def p_words(p: float) -> str:
    """"= 0.22", "= 0.003", "< 0.001"."""
    return "< 0.001" if p < 0.001 else f"= {p:.3f}" if p < 0.01 else f"= {p:.2f}"


def effect_sentence(e: Effect, subject: str) -> str:
    """"The flash offer "X" lifted orders in 5 of 6 lives, median +100% (97% interval −20% to +150%; sign test
    p = 0.22)." and what that means, with the count said when it is small."""
    if e.n == 0:
        return f"{_cap(subject)}: no measured lift in these lives."
    text = f"{_cap(subject)} lifted orders in {e.lifted:,} of {e.n:,} live{'s' if e.n > 1 else ''}"
    text += f", median {signed_pct(e.median)}"
    if e.interval is not None:
        lo, hi, conf = e.interval
        text += f" ({conf:.0%} interval {signed_pct(lo)} to {signed_pct(hi)}"
        text += f"; sign test p {p_words(e.p_value)})" if e.p_value is not None else ")"
    elif e.p_value is not None and e.n >= stats.FEW_LIVES:
        text += f" (sign test p {p_words(e.p_value)}; too few lives for an interval)"
    text += "."
    if e.verdict == "too few lives to tell":
        text += f" Only {e.n} live{'s' if e.n > 1 else ''}: too few to tell."
    elif e.verdict == "promising, not proven":
        text += " Promising, not proven: more lives will tell."
    elif e.verdict == "works":
        text += " It works."
    elif e.verdict == "hurts":
        text += " It hurts."
    return text


def advice_sentence(a: AdviceEffect) -> str:
    """"Conversion sag (raised 8 times): when taken, orders per minute rose after it in 3 of 4 lives (median +90%);
    when dismissed or left to expire, in 0 of 2 (median −5%)."."""
    def part(e: Effect) -> str:
        return f"in {e.lifted} of {e.n} live{'s' if e.n > 1 else ''} (median {signed_pct(e.median)})"

    raised = f"{a.words} (raised {a.raised} time{'s' if a.raised != 1 else ''})"
    if a.taken.n == 0 and a.not_taken.n == 0:
        return f"{raised}: no lift was measured after it."
    taken = f"when taken, orders per minute rose after it {part(a.taken)}" if a.taken.n else "never taken"
    rose = "" if a.taken.n else "orders per minute rose after it "
    other = f"when dismissed or left to expire, {rose}{part(a.not_taken)}" if a.not_taken.n else \
        "no lift measured after it when dismissed or left to expire"
    text = f"{raised}: {taken}; {other}."
    if 0 < a.taken.n < stats.FEW_LIVES:
        text += f" Taken in only {a.taken.n} live{'s' if a.taken.n > 1 else ''}: too few to tell."
    return text


def goal_label(g: GoalTrend) -> str:
    """The goal's words, "(max)" added to a ceiling whose label does not say so."""
    return g.label + (" (max)" if g.ceiling and "max" not in g.label.lower() else "")


def goal_sentence(g: GoalTrend, currency: str) -> str:
    """GMV: met in 5 of 5 full recordings; rising by €25 a live (improving)."""
    if g.counted == 0:
        return f"{goal_label(g)}: no full recording has an actual for it."
    text = f"{goal_label(g)}: met in {g.met:,} of {g.counted:,} full recording{'s' if g.counted > 1 else ''}"
    if g.trend in ("rising", "falling") and g.slope is not None:
        step = _goal_value(g.goal, abs(g.slope), currency)
        text += f"; {g.trend} by {step} a live ({'improving' if g.improving else 'worsening'})"
    elif g.trend == "steady":
        text += "; steady"
    elif g.counted < stats.TREND_MIN:
        text += f"; {g.counted} live{'s' if g.counted > 1 else ''}: too few for a trend"
    return text + "."


def _goal_value(goal: str, v: float, currency: str) -> str:
    if goal in ("gmv",):
        return money(v, currency, cents=v < 10)
    if goal in ("conversion", "max_cart_abandonment"):
        return f"{v * 100:.1f} pt"
    if goal == "roas":
        return f"{v:.2f}×"
    return f"{v:,.1f}"


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
    (p below 0.05 over the bands tested) is not passed. None when no band has two lives or more for the claim."""
    best = best_band(bands)
    if best is None or best.flagged < 2:
        return None
    n = len(bands)
    votes = (f"{side} the live's own median band in {best.flagged:,} of {best.lives:,} live"
             f"{'s' if best.lives > 1 else ''} that recorded them in full")
    test = f"sign test p {p_words(best.p_value)}, {n} band{'s' if n > 1 else ''} tested"
    where = f"minutes {best.start}–{best.end}"
    if band_stands(best, bands):
        return f"{claim} in {where}: {votes} ({test})."
    return (f"{claim} most often in {where}: {votes}, too few to be sure ({test}; a band needs p < "
            f"{band_needs(bands):.3g}).")


def minutes_sentences(m: Minutes) -> list[str]:
    out = [band_sentence(m.sags, SAG_CLAIM, "below") or
           "No band of minutes where orders per 1,000 viewer-minutes fall below the live's own median band in most "
           "lives."]
    spike = band_sentence(m.spikes, SPIKE_CLAIM, "above")
    if spike:
        out.append(spike)
    if m.peak_minutes:
        peaks = sorted(m.peak_minutes)
        mid = stats.median([float(p) for p in peaks]) or 0.0
        out.append(f"Viewers peak at minute {mid:g} on median (from minute {peaks[0]} to {peaks[-1]} across "
                   f"{len(peaks):,} lives).")
    return out


def _lives(n: int) -> str:
    return f"{n:,} live{'s' if n != 1 else ''}"


def segment_sentences(rows: Sequence[SegmentRow]) -> list[str]:
    """The segments that kept and lost viewers best, and the one that converts best, among those run in
    SEGMENT_WORDS_LIVES lives or more (one live's segment is one evening, not a pattern); n said each time."""
    seen = [s for s in rows if s.lives >= SEGMENT_WORDS_LIVES]
    ranked = [s for s in seen if s.leave_rate is not None]
    out = []
    if len(ranked) >= 2:
        best, worst = ranked[0], ranked[-1]
        out.append(f'Viewers stay best through "{best.title}" ({(best.leave_rate or 0) * 1000:.1f} leaves per 1,000 '
                   f'viewer-minutes over {_lives(best.lives)}) and leave fastest during "{worst.title}" '
                   f"({(worst.leave_rate or 0) * 1000:.1f}, {_lives(worst.lives)}).")
    converting = sorted((s for s in seen if s.order_rate is not None), key=lambda s: -(s.order_rate or 0.0))
    if len(converting) >= 2:
        top = converting[0]
        out.append(f'"{top.title}" converts best: {(top.order_rate or 0) * 1000:.1f} orders per 1,000 viewer-minutes '
                   f"over {_lives(top.lives)}.")
    few = len(rows) - len(seen)
    if few and rows:
        out.append(f"{few} segment{'s' if few > 1 else ''} run in fewer than {SEGMENT_WORDS_LIVES} lives "
                   f"{'are' if few > 1 else 'is'} in the table only: too few lives to rank in words.")
    return out


def product_moves(history: History) -> list[str]:
    """Products whose quadrant changed between their last two lives: "KNIFE: niche → star"."""
    return [f"{p.name} ({p.sku}): {p.previous} → {p.latest}" for p in history.products
            if p.previous is not None and p.latest is not None and p.previous != p.latest]


def buyers_sentence(lives: Sequence[Live]) -> str | None:
    known = [lv for lv in lives if lv.new_buyers is not None and lv.returning_buyers is not None]
    total = sum((lv.new_buyers or 0) + (lv.returning_buyers or 0) for lv in known)
    if not total:
        return None
    new = sum(lv.new_buyers or 0 for lv in known)
    text = f"{new / total:.0%} of the {total:,} buyers of these {len(known):,} lives were new to the shop"
    shares = [(lv.new_buyers or 0) / ((lv.new_buyers or 0) + (lv.returning_buyers or 0)) for lv in known
              if (lv.new_buyers or 0) + (lv.returning_buyers or 0) > 0]
    if len(shares) >= 2:
        text += f" (first live {shares[0]:.0%}, latest {shares[-1]:.0%})"
    return text + "."


def keep_and_change(h: History) -> tuple[list[str], list[str]]:
    """The page's opening: what the lives say to keep and what to change, each with its evidence; the strongest few
    of each kind (the sections below hold the rest)."""
    keep: list[str] = []
    change: list[str] = []
    works = [e for e in h.actions if e.verdict in ("works", "promising, not proven")]
    hurts = [e for e in h.actions if e.verdict == "hurts"]
    keep += [effect_sentence(e, action_name(e, h.actions)) for e in works[:TOP]]
    keep += [_more(len(works) - TOP, "lifts", "lift")] if len(works) > TOP else []
    change += [effect_sentence(e, action_name(e, h.actions)) for e in hurts[:TOP]]
    change += [_more(len(hurts) - TOP, "costs", "cost")] if len(hurts) > TOP else []
    for g in h.goals:
        if g.counted and g.met == g.counted and g.counted >= stats.FEW_LIVES:
            keep.append(goal_sentence(g, h.currency))
        elif g.counted and g.met * 2 < g.counted:
            change.append(goal_sentence(g, h.currency))
    sag = best_band(h.minutes.sags)
    if sag is not None and band_stands(sag, h.minutes.sags):
        change.append(f"{SAG_CLAIM} in minutes {sag.start}–{sag.end} in {sag.flagged:,} of {_lives(sag.lives)} "
                      f"(sign test p {p_words(sag.p_value)}): plan a cue or an offer there.")
    keep_seg, change_seg = _segment_advice(h.segments)
    keep += keep_seg
    change += change_seg
    fell = [p for p in h.products if p.previous not in (None, "review") and p.latest == "review"]
    if fell:
        names = ", ".join(f"{p.name} ({p.sku})" for p in fell[:TOP])
        more = f" and {len(fell) - TOP} more" if len(fell) > TOP else ""
        change.append(f"Fell to review (thin margin, slow) in their latest live: {names}{more}.")
    return keep, change


TOP: Final = 3  # of each kind of finding in the page's opening


def _segment_advice(rows: Sequence[SegmentRow]) -> tuple[list[str], list[str]]:
    """Keep the segment that kept viewers best, shorten or move the one that lost them fastest: only among the
    segments run in SEGMENT_ADVICE_LIVES lives or more, and n said."""
    seg = [s for s in rows if s.leave_rate is not None and s.lives >= SEGMENT_ADVICE_LIVES]
    if len(seg) < 2:
        return [], []
    best, worst = seg[0], seg[-1]
    among = f"of the {len(seg)} segments run in {SEGMENT_ADVICE_LIVES} lives or more"
    return ([f'"{best.title}" keeps viewers best {among} ({(best.leave_rate or 0) * 1000:.1f} leaves per 1,000 '
             f"viewer-minutes over {_lives(best.lives)})."],
            [f'"{worst.title}" loses viewers fastest {among} ({(worst.leave_rate or 0) * 1000:.1f} leaves per 1,000 '
             f"viewer-minutes over {_lives(worst.lives)}): shorten it or move it."])


def _more(n: int, one: str, many: str) -> str:
    return f"{n} more action{'s' if n > 1 else ''} {many if n > 1 else one} orders: see Which actions work."


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
