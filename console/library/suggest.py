"""`live-console plan suggest`: a draft of the next plan from the lives of the same plan (docs/library.md,
"Next plan").

Comparable lives are those whose recorded plan has this plan's name (its live title, in any case) or this plan's
very text (console/library/recorded.py `plan_hash`, the hash the library records). With fewer than MIN_LIVES of
them nothing is changed: the draft is the plan as written, under a header that says how many more lives it needs.
Otherwise each change stands on evidence and is commented with it:

- goals: the median of what the last MIN_LIVES whole comparable lives reached (never above the best of them);
- segment order: the run of show's segment slots, each with its own cues, reordered so the segments that kept
  viewers best (leave rate against the live's) come first; only segments whose playbook rule on it stands move;
- a flash-offer cue where orders per 1,000 viewer-minutes sag in most lives (a standing playbook rule, corrected
  for the many bands tested), with the preset that lifted orders most (a standing rule too), unless a flash offer
  is already cued in that band or the band is past this plan's end;
- stock from sell-through and sell-out times: the median of what the whole comparable lives would have sold over
  this plan's length (a live that sold out scaled up from its sell-out time, at most STOCK_SCALE_CAP times);
- the kit that lifted orders (a standing rule) in the run of show: in place of a kit cue that lowered orders or has
  no such evidence, or at the minutes where carts are dropped most; a kit cued though it lowered orders is said.

The text is edited line by line (console/library/suggest_text.py), so everything not changed stays byte for byte,
and the result is loaded with the console's own plan loader before it is written.
"""

from __future__ import annotations

import json
import math
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import duckdb

from console.i18n import translate
from console.library import playbook_rules
from console.library.playbook import (
    MIN_LIVES,
    LibraryReadError,
    LiveRef,
    Rule,
    Selection,
    open_selection,
    p_text,
    pct_text,
)
from console.library.recorded import plan_hash
from console.library.suggest_text import PlanText, comment_lines, toml_string
from console.plan.model import Plan, PlanError, load_plan, parse_plan
from console.plan.toml_lines import locate
from console.present import numbers
from console.present.fmt import count, mmss, pct

GOAL_WINDOW: Final = MIN_LIVES  # goals from the last this many whole comparable lives that reached a figure
STOCK_CHANGE: Final = 0.10  # a stock within 10 % of the suggested one is left as written: the difference is noise
# A live that sold out shows a pace, not a demand: scaled from its sell-out time to the plan's length, at most this
# many times what it sold. The first minutes' buyers (the keenest, an opening offer) do not keep coming at that rate
# for a whole live, and unbounded, one sell-out of 2 units at 0:30 in a 90-minute live read as a demand for 360.
STOCK_SCALE_CAP: Final = 2.0
_INT_GOALS: Final = ("orders", "peak_viewers")
_CEILINGS: Final = ("max_cart_abandonment",)  # lower is better: "the best" is the lowest
_DECIMALS: Final = {"gmv": 0, "roas": 2, "conversion": 4, "max_cart_abandonment": 4}


@dataclass(frozen=True, slots=True)
class Suggestion:
    text: str  # the next plan's TOML
    lives: tuple[LiveRef, ...]  # the comparable lives it rests on, oldest first
    changes: tuple[str, ...]  # one line per change, as its comment says it
    kept: tuple[str, ...]  # what was looked at and left as written, and why
    left_out: tuple[str, ...] = ()  # the library's files that could not be read, each named with why


class SuggestError(Exception):
    """plan suggest drafted a plan the console's own loader refuses: a fault of plan suggest, never of the producer's
    plan. Nothing is written; the message says what the loader found."""


def suggest(plan_path: Path, library: Path) -> Suggestion:
    """The next plan drafted from `plan_path` and the library's comparable lives. Raises PlanError for a bad plan,
    LibraryReadError for a library that cannot be read, SuggestError for a draft the plan loader refuses."""
    plan = load_plan(plan_path)  # every fault of the plan, each with its line
    try:  # the text as written, line ends and all, for the draft to keep every byte it does not change
        text = plan_path.read_bytes().decode("utf-8")
    except (OSError, ValueError) as exc:  # changed or removed since it was loaded a moment ago
        raise PlanError(plan_path, "", translate("PlanSuggest", "cannot be read: {why}").format(why=exc)) from None
    opened = open_selection(library, Selection(plans=(plan.live.title, plan_hash(text))))
    try:
        return _draft(opened.con, opened.lives, opened.left_out, plan, text, plan_path, library)
    except duckdb.Error as exc:
        raise LibraryReadError(translate("Playbook", "{library}: cannot read the library: {why}").format(
            library=library, why=exc)) from None
    finally:
        opened.con.close()


def write_suggestion(plan_path: Path, out: Path, library: Path) -> Suggestion:
    """suggest() written to `out` (through a temporary file, so a failed write leaves no half plan)."""
    result = suggest(plan_path, library)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(result.text, encoding="utf-8", newline="")
    tmp.replace(out)
    return result


def _draft(con: duckdb.DuckDBPyConnection, lives: tuple[LiveRef, ...], left_out: tuple[str, ...], plan: Plan,
           text: str, plan_path: Path, library: Path) -> Suggestion:
    which = translate("PlanSuggest", 'plan name "{plan}" or this plan\'s text').format(plan=plan.live.title)
    # "Left out FILE: why": read around, never fatal
    unread = "".join("\n" + translate("Playbook", "{note}.").format(note=line) for line in left_out)
    if len(lives) < MIN_LIVES:
        header = translate("PlanSuggest", "live-console plan suggest: {lives} comparable lives in {library} "
                                          "({which}); a "
                           "suggestion needs at least {least}, so {more} more. The plan below is unchanged.").format(
            lives=len(lives), library=library, which=which, least=MIN_LIVES, more=MIN_LIVES - len(lives))
        return Suggestion(PlanText(text).render(header + unread), lives, (), (header,), left_out)
    doc = PlanText(text)
    by_key = {x.key: x for x in lives}
    changes: list[str] = []
    kept: list[str] = []
    _goals(con, plan, text, doc, changes, kept)
    actions = playbook_rules.action_rules(con, by_key)
    new_at = _segment_order(playbook_rules.segment_rules(con, by_key), plan, text, doc, changes, kept)
    _sag_cue(playbook_rules.band_rules(con, by_key, "orders"), actions, plan, doc, new_at, changes, kept)
    _stock(con, plan, text, doc, changes, kept)
    _kit(actions, playbook_rules.band_rules(con, by_key, "abandonment"), plan, text, doc, new_at, changes, kept)
    dates = sorted(x.date for x in lives if x.date)
    if dates:
        which = translate("PlanSuggest", "{which}, from {first} to {last}").format(which=which, first=dates[0],
                                                                                  last=dates[-1])
    header = translate("PlanSuggest", "live-console plan suggest: a draft of the next plan from {plan} and {lives} "
                       "comparable lives in {library} ({which}). {changes} changes, each with its evidence in the "
                       "comment above it (suggest: ...); every other line is the plan as written.").format(
        plan=plan_path.name, lives=len(lives), library=library, which=which, changes=len(changes))
    if kept:
        header += "\n" + translate("PlanSuggest", "Left as written: {kept}.").format(kept="; ".join(kept))
    result = doc.render(header + unread)
    try:
        parse_plan(result, "<suggested plan>")
    except PlanError as exc:  # a fault of this module, never of the producer's plan: refuse to write it
        raise SuggestError(translate("PlanSuggest", "plan suggest made a plan the console would refuse, so nothing was "
                                     "written (a fault of plan suggest: please report it):\n{why}").format(why=exc)
                           ) from None
    return Suggestion(result, lives, tuple(changes), tuple(kept), left_out)


def _goals(con: duckdb.DuckDBPyConnection, plan: Plan, text: str, doc: PlanText, changes: list[str],
           kept: list[str]) -> None:
    """Each goal the plan sets: the median of the last GOAL_WINDOW whole comparable lives' actuals."""
    rows = con.execute("SELECT key, goals FROM chosen WHERE NOT partial ORDER BY started_at DESC, key DESC").fetchall()
    actuals: dict[str, list[float]] = {}
    for key, raw in rows:
        try:
            goals = json.loads(raw) if raw else []
            found = {g["key"]: float(g["actual"]) for g in goals if g.get("actual") is not None}
            found = {name: actual for name, actual in found.items() if math.isfinite(actual)}  # JSON allows NaN
        except (ValueError, TypeError, KeyError, AttributeError):
            kept.append(translate("PlanSuggest", "the goals of live {key} could not be read (not a JSON list of goals)"
                                  ).format(key=key))
            continue
        for name, actual in found.items():
            actuals.setdefault(name, []).append(actual)
    for name in type(plan.goals).__struct_fields__:
        old = getattr(plan.goals, name)
        if old is None:
            continue
        reached = actuals.get(name, [])
        if len(reached) < MIN_LIVES:
            kept.append(translate("PlanSuggest", "goals.{goal}: {lives} comparable whole lives reached a figure, "
                                                 "{least} "
                                  "needed").format(goal=name, lives=len(reached), least=MIN_LIVES))
            continue
        last = reached[:GOAL_WINDOW]
        best = min(reached) if name in _CEILINGS else max(reached)
        median = statistics.median(last)
        target = max(median, best) if name in _CEILINGS else min(median, best)
        new: float = round(target) if name in _INT_GOALS else round(target, _DECIMALS[name])
        written = str(int(new)) if name in _INT_GOALS else repr(float(new))
        if new == old:
            continue
        shown = ", ".join(_goal_text(name, a) for a in last)
        why = translate("PlanSuggest", "goal {goal} was {old}: the median of what the last {lives} comparable whole "
                        "lives reached ({shown}), the best of all {all} being {best}").format(
            goal=name, old=doc.value_text(locate(text, f"goals.{name}")), lives=len(last), shown=shown,
            all=len(reached), best=_goal_text(name, best))
        if doc.set_value(locate(text, f"goals.{name}"), name, written, why):
            changes.append(why)
        else:
            kept.append(translate("PlanSuggest", "goals.{goal}: not written as a plain 'key = value' line").format(
                goal=name))


def _goal_text(name: str, v: float) -> str:
    if name in ("conversion", "max_cart_abandonment"):
        return pct(v, 1)
    return count(v) if name != "roas" else numbers.decimal(v, 2)


def _segment_order(rules: list[Rule], plan: Plan, text: str, doc: PlanText, changes: list[str],
                   kept: list[str]) -> dict[int, int]:
    """Reorder the run of show's segment slots (a segment cue and the cues until the next one) so the segments that
    kept viewers best come first. Only segments whose rule on it stands (holds or loses viewers, the playbook's sign
    test) move: a median of lives that do not agree is no reason to change a run of show. Returns every cue's time
    after the move (by its index in the plan)."""
    at = {i: c.at_s for i, c in enumerate(plan.cues)}
    by_segment = {r.subject.removeprefix("segment:"): r for r in rules}
    holding = {segment: r for segment, r in by_segment.items() if r.status == "rule"}
    starts = sorted((c.at_s, i) for i, c in enumerate(plan.cues) if c.action == "segment")
    end = plan.live.duration_min * 60
    slots = []  # (start, length, segment id, the cues in it)
    for j, (start, i) in enumerate(starts):
        stop = starts[j + 1][0] if j + 1 < len(starts) else end
        inside = [k for k, c in enumerate(plan.cues) if c.action != "segment" and start <= c.at_s < stop]
        slots.append((start, stop - start, plan.cues[i].target, [i, *inside]))
    ranked = [j for j, s in enumerate(slots) if s[2] in holding]
    staying = sorted({s[2] for s in slots if s[2] not in holding})
    if staying:
        kept.append(translate("PlanSuggest", "segment order: {segments} kept in place: no standing rule on how it "
                                             "keeps "
                              "viewers").format(
            segments=", ".join(f"{seg} ({_no_rule(by_segment.get(seg))})" for seg in staying)))
    if len(ranked) < 2:
        kept.append(translate("PlanSuggest", "segment order: fewer than two cued segments have a standing rule on how "
                              "they keep viewers"))
        return at
    order = sorted(ranked, key=lambda j: (holding[slots[j][2]].median or 0.0, j))
    new_slots = list(range(len(slots)))
    for position, j in zip(ranked, order, strict=True):
        new_slots[position] = j
    ranking = ", ".join(_dwell_text(slots[j][2], holding[slots[j][2]]) for j in order)
    t = slots[0][0]
    moved = False
    for j in new_slots:
        start, length, segment, members = slots[j]
        if t != start:
            moved = True
            for k in members:
                at[k] = plan.cues[k].at_s + t - start
                if k == members[0]:
                    why = translate("PlanSuggest", "moved from {old} to {new}: segments ordered by how they kept "
                                    "viewers (leave rate against the live's, median over comparable lives, and the "
                                    "lives that agree: {ranking})").format(old=plan.cues[k].at, new=mmss(at[k]),
                                                                           ranking=ranking)
                else:
                    why = translate("PlanSuggest", "moved from {old} to {new}: with its segment {segment}").format(
                        old=plan.cues[k].at, new=mmss(at[k]), segment=segment)
                if doc.set_value(locate(text, f"cues[{k}].at"), "at", toml_string(mmss(at[k])), why):
                    changes.append(f"cues[{k}] {why}")
        t += length
    if not moved:
        kept.append(translate("PlanSuggest", "segment order: already the order that kept viewers best ({ranking})"
                              ).format(ranking=ranking))
    return at


def _dwell_text(segment: str, r: Rule) -> str:
    """"cast-iron −67% (holds in 9 of 9 lives, p = 0.0039)": the median and the vote behind a segment's place."""
    values = {"segment": segment, "median": pct_text(r.median, r.unit), "agree": len(r.agree), "votes": r.votes}
    if r.p_value is not None:
        text = (translate("PlanSuggest", "{segment} {median} (holds in {agree} of {votes} lives, p = {p})")
                if r.direction > 0 else
                translate("PlanSuggest", "{segment} {median} (loses in {agree} of {votes} lives, p = {p})"))
        return text.format(p=p_text(r.p_value), **values)
    text = (translate("PlanSuggest", "{segment} {median} (holds in {agree} of {votes} lives)") if r.direction > 0
            else translate("PlanSuggest", "{segment} {median} (loses in {agree} of {votes} lives)"))
    return text.format(**values)


def _no_rule(r: Rule | None) -> str:
    if r is None:
        return translate("PlanSuggest", "no comparable live aired it")
    if r.votes == 0:
        return translate("PlanSuggest", "as the whole live in all {lives} lives").format(lives=len(r.ties))
    return translate("PlanSuggest", "{agree} for, {against} against, of {lives} lives").format(
        agree=len(r.agree), against=len(r.contradict), lives=len(r.values))


def _best_action(actions: list[Rule], kind: str, ids: set[str]) -> Rule | None:
    """The standing "lifts orders" rule of this kind with the highest median lift among the plan's own ids."""
    lifting = [r for r in actions if r.status == "rule" and r.direction > 0 and r.subject.startswith(f"{kind}:")
               and r.subject.split(":", 1)[1] in ids]
    return max(lifting, key=lambda r: (r.median or 0.0, r.subject), default=None)


def _band_start(r: Rule) -> int:
    """A band rule's first live second ("orders:35" -> 2100)."""
    return int(r.subject.split(":")[1]) * 60


def _best_band(bands: list[Rule], plan: Plan) -> tuple[Rule | None, str]:
    """The standing band rule with the lowest p among those that start before this plan ends; with none, why not
    when bands past its end stand (the lives ran longer than this plan will), else ""."""
    standing = [r for r in bands if r.status == "rule" and r.direction > 0]
    inside = [r for r in standing if _band_start(r) < plan.live.duration_min * 60]
    best = min(inside, key=lambda r: (r.p_value or 1.0, r.median or 0.0, _band_start(r)), default=None)
    late = [r for r in standing if r not in inside]
    if best is not None or not late:
        return best, ""
    end = mmss(plan.live.duration_min * 60)
    return None, "; ".join(translate("PlanSuggest", "{claim} ({evidence}), but this plan ends at {end}, so no cue at "
                                     "{time}").format(claim=r.statement.lower(), evidence=_evidence(r), end=end,
                                                      time=mmss(_band_start(r))) for r in late)


def _evidence(r: Rule) -> str:
    if r.p_value is None:
        return translate("PlanSuggest", "{lives} lives").format(lives=len(r.agree))
    values = {"agree": len(r.agree), "votes": r.votes, "median": pct_text(r.median, r.unit), "p": p_text(r.p_value),
              "tests": r.tests}
    if r.tests > 1 and r.tested == "bands":
        return translate("PlanSuggest", "{agree} of {votes} comparable lives, median {median}, sign test p = {p}, "
                         "{tests} bands tested").format(**values)
    if r.tests > 1:
        return translate("PlanSuggest", "{agree} of {votes} comparable lives, median {median}, sign test p = {p}, "
                         "{tests} claims tested").format(**values)
    return translate("PlanSuggest", "{agree} of {votes} comparable lives, median {median}, sign test p = {p}").format(
        **values)


def _sag_cue(bands: list[Rule], actions: list[Rule], plan: Plan, doc: PlanText, at: dict[int, int],
             changes: list[str], kept: list[str]) -> None:
    sag, late = _best_band(bands, plan)
    if sag is None:
        kept.append(late or translate("PlanSuggest", "no minute band where orders per 1,000 viewer-minutes sag in "
                                      "enough comparable lives (the band rule corrected for the bands tested): no "
                                      "flash "
                                      "offer added"))
        return
    start = _band_start(sag)
    stop = start + playbook_rules.BAND_MIN * 60
    already = [i for i, c in enumerate(plan.cues) if c.action == "flash_offer" and start <= at[i] < stop]
    if already:
        kept.append(translate("PlanSuggest", "{claim}, and a flash offer is cued at {time} already").format(
            claim=sag.statement.lower(), time=mmss(at[already[0]])))
        return
    preset = _best_action(actions, "flash_offer", {p.id for p in plan.presets})
    if preset is None:
        kept.append(translate("PlanSuggest", "{claim}, but no preset of this plan lifted orders in enough comparable "
                              "lives").format(claim=sag.statement.lower()))
        return
    target = preset.subject.split(":", 1)[1]
    why = translate("PlanSuggest", "a flash offer where orders sag: {claim} ({evidence}); {preset} is the preset that "
                    "lifted orders most ({lifted})").format(claim=sag.statement.lower(), evidence=_evidence(sag),
                                                            preset=target, lifted=_evidence(preset))
    note = translate("PlanSuggest", "Counter the usual sag in orders ({minutes})").format(minutes=sag.name.lower())
    block = ("\n" + "".join(comment_lines(why, "", "\n")) +
             f'[[cues]]\nat = "{mmss(start)}"\naction = "flash_offer"\ntarget = {toml_string(target)}\n'
             f"note = {toml_string(note)}\n")
    _append_cue(doc, plan, block)
    changes.append(translate("PlanSuggest", "cue added at {time}: {why}").format(time=mmss(start), why=why))


def _append_cue(doc: PlanText, plan: Plan, block: str) -> None:
    """After the last [[cues]] table, or at the end of the file when there is none."""
    if plan.cues:
        header = locate("".join(doc.lines), f"cues[{len(plan.cues) - 1}]")
        if header is not None:
            doc.append_after(doc.block_end(header), block)
            return
    doc.append_after(0, block)


def _stock(con: duckdb.DuckDBPyConnection, plan: Plan, text: str, doc: PlanText, changes: list[str],
           kept: list[str]) -> None:
    """Each product: the median of what the whole comparable lives would have sold over this plan's length. A live
    that did not sell out sold what it sold; one that did is scaled from its sell-out time to this plan's length (at
    least what it sold, at most STOCK_SCALE_CAP times that). The median, not the most: one live's early sell-out is
    one live's story, and the stock is the plan's bet on a typical live."""
    length = plan.live.duration_min * 60
    rows = con.execute("""
        SELECT p.sku, p.units, CASE WHEN isfinite(p.sold_out_at_s) THEN p.sold_out_at_s END
        FROM products p JOIN chosen c USING (key)
        WHERE NOT c.partial AND p.units IS NOT NULL ORDER BY p.sku, c.started_at, p.key""").fetchall()
    demand: dict[str, list[float]] = {}
    sold_out: dict[str, list[float]] = {}
    for sku, units, out_at in rows:
        if out_at is None:
            demand.setdefault(sku, []).append(float(units))
        elif out_at > 0:  # sold out before the live began: no pace to read
            demand.setdefault(sku, []).append(units * min(STOCK_SCALE_CAP, max(1.0, length / out_at)))
            sold_out.setdefault(sku, []).append(out_at)
    thin = []
    for i, product in enumerate(plan.products):
        seen = demand.get(product.sku, [])
        if len(seen) < MIN_LIVES:
            thin.append(product.sku)
            continue
        new = math.ceil(round(statistics.median(seen), 6))
        if abs(new - product.stock) <= STOCK_CHANGE * product.stock:
            continue
        outs = sold_out.get(product.sku, [])
        values = {"stock": product.stock, "lives": len(seen), "minutes": plan.live.duration_min, "new": new,
                  "length": mmss(length), "cap": f"{STOCK_SCALE_CAP:g}", "each": ", ".join(f"{d:.0f}" for d in seen)}
        if outs:
            why = translate("PlanSuggest", "stock was {stock}: sold out in {sold_out} of {lives} (median at {at}) "
                            "comparable whole lives; the median of what they would have sold over this plan's "
                            "{minutes} minutes is {new} (units sold, a sold-out live's scaled from its sell-out time "
                            "to {length}, at most x{cap}: {each})").format(
                sold_out=len(outs), at=mmss(statistics.median(outs)), **values)
        else:
            why = translate("PlanSuggest", "stock was {stock}: never sold out in {lives} comparable whole lives; the "
                            "median of what they would have sold over this plan's {minutes} minutes is {new} (units "
                            "sold, a sold-out live's scaled from its sell-out time to {length}, at most x{cap}: "
                            "{each})").format(**values)
        if doc.set_value(locate(text, f"products[{i}].stock"), "stock", str(new), why):
            changes.append(f"{product.sku} {why}")
    if thin:
        kept.append(translate("PlanSuggest", "stock of {products}: fewer than {least} whole comparable lives sold it"
                              ).format(products=", ".join(thin), least=MIN_LIVES))


def _kit(actions: list[Rule], bands: list[Rule], plan: Plan, text: str, doc: PlanText, at: dict[int, int],
         changes: list[str], kept: list[str]) -> None:
    """The kit that lifted orders most into the run of show, and a word on each kit cued though it lowered orders.

    Only a rule that lifts is proof: a kit whose standing rule says it lowers orders is the first cue replaced.
    When no lifting kit can replace it, its cue stays (the run of show is the producer's, a kit may be there for its
    margin or its stock, and the draft removes nothing) with a comment above it saying what the lives showed."""
    standing = {r.subject.split(":", 1)[1]: r for r in actions
                if r.status == "rule" and r.subject.startswith("kit:") and r.subject != "kit:*"}
    lowering = {kit: r for kit, r in standing.items() if r.direction < 0}
    cued = sorted((i for i, c in enumerate(plan.cues) if c.action == "kit"), key=lambda i: at[i])
    retargeted = _place_kit(actions, bands, standing, plan, text, doc, cued, changes, kept)
    for i in cued:
        kit = plan.cues[i].target
        if i == retargeted or kit not in lowering:
            continue
        why = translate("PlanSuggest", "kit {kit} lowered orders ({evidence}); this cue is kept as written, but think "
                        "twice before running it").format(kit=kit, evidence=_evidence(lowering[kit]))
        header = locate(text, f"cues[{i}]")
        if header is not None:
            doc.comment(header, why)
        kept.append(translate("PlanSuggest", "cues[{cue}] at {time}: {why}").format(cue=i, time=mmss(at[i]), why=why))


def _place_kit(actions: list[Rule], bands: list[Rule], standing: dict[str, Rule], plan: Plan, text: str,
               doc: PlanText, cued: list[int], changes: list[str], kept: list[str]) -> int | None:
    """Put the kit that lifted orders most into the run of show: as the target of the first kit cue whose kit
    lowered orders, else of the first without a rule that it lifts, else cued where carts are dropped most. Returns
    the cue retargeted, if one was."""
    best = _best_action(actions, "kit", {k.id for k in plan.kits})
    if best is None:
        kept.append(translate("PlanSuggest", "kits: no kit of this plan lifted orders in enough comparable lives"))
        return None
    kit = best.subject.split(":", 1)[1]
    if any(plan.cues[i].target == kit for i in cued):
        return None  # the winning kit is in the run of show already
    lifts = {k for k, r in standing.items() if r.direction > 0}
    lowering = [i for i in cued if plan.cues[i].target in standing and plan.cues[i].target not in lifts]
    unproven = [i for i in cued if plan.cues[i].target not in standing]
    why = translate("PlanSuggest", "kit {kit} lifted orders ({evidence})").format(kit=kit, evidence=_evidence(best))
    for i in (*lowering, *unproven):
        old = plan.cues[i].target
        if old in standing:
            reason = translate("PlanSuggest", "target was {old}, which lowered orders ({evidence}): {why}").format(
                old=old, evidence=_evidence(standing[old]), why=why)
        else:
            reason = translate("PlanSuggest", "target was {old}, which has no such evidence: {why}").format(
                old=old, why=why)
        if doc.set_value(locate(text, f"cues[{i}].target"), "target", toml_string(kit), reason):
            changes.append(f"cues[{i}] {reason}")
            return i
    band, late = _best_band(bands, plan)
    if band is None:
        kept.append(f"{why}; {late}" if late else
                    translate("PlanSuggest", "{why}, but no minutes where carts are dropped most in enough lives to "
                              "cue it at").format(why=why))
        return None
    start = _band_start(band)
    why = translate("PlanSuggest", "{why}; cued where carts are dropped most: {claim} ({evidence})").format(
        why=why, claim=band.statement.lower(), evidence=_evidence(band))
    note = translate("PlanSuggest", "Win back the carts usually dropped here")
    block = ("\n" + "".join(comment_lines(why, "", "\n")) + f'[[cues]]\nat = "{mmss(start)}"\naction = "kit"\n'
             f"target = {toml_string(kit)}\nnote = {toml_string(note)}\n")
    _append_cue(doc, plan, block)
    changes.append(translate("PlanSuggest", "cue added at {time}: {why}").format(time=mmss(start), why=why))
    return None
