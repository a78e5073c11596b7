"""The playbook: the rules the library's lives support, each with its evidence and how sure it is
(docs/library.md, "Playbook").

Every rule is a claim about each live ("this preset lifted orders", "conversion fell below the live's own median in
minutes 30-35"), tested across the lives with a two-sided sign test: each live that has the figure votes for or
against, a live that shows no change abstains, and the rule stands when the split would be rarer than 1 in 20 if
the claim were a coin toss (1 in 20 divided by the number of claims tested at once, for the minute bands). The lives
that vote against a standing rule are named as contradicting it. The queries per topic are in
console/library/playbook_rules.py, the page in playbook_html.py; the sign test is the library's one
(console/library/stats.py), which the history page uses too.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

import duckdb

from console.i18n import PLURAL, translate
from console.library.stats import direction as vote_direction
from console.library.stats import sign_test
from console.library.store_cache import open_library
from console.present import fmt

# The fewest lives in which a two-sided sign test can reach 5 %: 6 of 6 agreeing gives p = 2/64 = 0.031, while 5 of
# 5 gives only 0.063. Below it no split of the votes is a rule, whatever the numbers.
MIN_LIVES: Final = 6
SURE_P: Final = 0.05  # a rule stands below this p (divided by the claims tested at once: Rule.tests)
STRONG_P: Final = 0.01  # and reads "strong" below this one (divided likewise)
_MAX_NEEDED: Final = 200  # "needs N more" is searched up to here; beyond, the votes are too split to say

Status = Literal["rule", "unsettled", "too few lives"]
Unit = Literal["rel", "share"]  # rel: a relative change (+140 %); share: a proportion (35 %)


class LibraryReadError(Exception):
    """The library could not be read (a damaged Parquet file, a folder that is not a library): says which."""


@dataclass(frozen=True, slots=True)
class Selection:
    """Which lives to read: all of them, or those since a date, of a plan (its name or text hash), with every one of
    some tags. Matched as the history page matches (console/library/history/load.py): a plan's name whatever its
    case, tags exactly."""

    since: str | None = None  # YYYY-MM-DD, inclusive
    plans: tuple[str, ...] = ()  # a live matches when its plan name (any case) or its plan hash is one of these
    tags: tuple[str, ...] = ()  # a live matches when it has all of them

    def describe(self) -> str:
        parts = [translate("Playbook", "since {date}").format(date=self.since)] if self.since else []
        if self.plans:
            parts.append(translate("Playbook", "plan {plans}").format(
                plans=translate("Playbook", " or ").join(f'"{p}"' for p in self.plans)))
        parts += [translate("Playbook", 'tag "{tag}"').format(tag=t) for t in self.tags]
        return ", ".join(parts) or translate("Playbook", "every live in the library")


@dataclass(frozen=True, slots=True)
class LiveRef:
    key: str
    title: str
    date: str
    started_at: float
    plan_name: str | None
    partial: bool
    planned_s: float | None
    duration_s: float | None

    def name(self) -> str:
        return f"{self.title} ({self.date})" if self.date else self.title


@dataclass(frozen=True, slots=True)
class LiveValue:
    """One live's figure for a rule, and its vote: +1 for the rule's "up" direction, -1 for "down", 0 abstains."""

    live: LiveRef
    value: float
    side: int
    note: str = ""  # what else the reader needs about this live's figure ("sold out at 41:00")
    at_s: float | None = None  # the live second the note is about, when it is one (a product's sell-out)


@dataclass(frozen=True, slots=True)
class Rule:
    topic: str  # actions, advice, segments, minutes, products, channels, buyers
    subject: str  # a stable id: "flash_offer:flash-chef20", "segment:knife-demo", "conversion:30", a sku
    name: str  # what it is about, in words
    statement: str  # the claim, in the direction most lives vote for
    status: Status
    direction: int  # +1 or -1: the direction of `statement`; 0 when the votes are tied
    unit: Unit
    measure: str  # what each live's number is
    agree: tuple[LiveValue, ...]
    contradict: tuple[LiveValue, ...]
    ties: tuple[LiveValue, ...]
    p_value: float | None  # two-sided sign test of agree against contradict
    median: float | None  # of every live's value, ties included
    needs: int  # lives that would have to agree before it is a rule (0 for a rule)
    detail: str = ""  # a topic's extra fact ("sold out at a median 41:00")
    # claims tested at once with this one (a live's 18 minute bands): the rule needs p < SURE_P / tests (Bonferroni),
    # since one of 18 claims of pure noise passes the plain 5 % far more often than 1 time in 20
    tests: int = 1
    tested: str = ""  # what those claims are, for the evidence ("bands")

    @property
    def votes(self) -> int:
        return len(self.agree) + len(self.contradict)

    @property
    def values(self) -> tuple[LiveValue, ...]:
        return self.agree + self.contradict + self.ties

    @property
    def alpha(self) -> float:
        """The p below which it stands."""
        return SURE_P / self.tests

    @property
    def sure(self) -> str:
        if self.status != "rule" or self.p_value is None:
            return ""
        return "strong" if self.p_value < STRONG_P / self.tests else "supported"

    @property
    def sure_words(self) -> str:
        """`sure` as the page says it."""
        return {"strong": translate("Playbook", "strong"),
                "supported": translate("Playbook", "supported")}.get(self.sure, self.sure)


@dataclass(frozen=True, slots=True)
class Playbook:
    library: str
    selection: Selection
    lives: tuple[LiveRef, ...]
    rules: tuple[Rule, ...]  # standing rules first, then the unsettled and too-few, each by topic
    notes: tuple[str, ...] = field(default=())  # topics with nothing to judge, and why

    @property
    def standing(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.status == "rule")


def lives_needed(agree: int, contradict: int, alpha: float = SURE_P) -> int:
    """How many more lives, all agreeing, would make the rule stand at p < `alpha` (0 if it stands; _MAX_NEEDED if
    too split). `agree` >= `contradict`: each agreeing live then only makes the split more lopsided, so the answer
    is searched by halves."""

    def stands(more: int) -> bool:
        return agree + more + contradict >= MIN_LIVES and sign_test(agree + more, contradict) < alpha

    if not stands(_MAX_NEEDED):
        return _MAX_NEEDED
    low, high = 0, _MAX_NEEDED  # stands(high) holds; find the least
    while low < high:
        mid = (low + high) // 2
        if stands(mid):
            high = mid
        else:
            low = mid + 1
    return low


def judge(topic: str, subject: str, name: str, values: Sequence[LiveValue], statements: Mapping[int, str | None],
          unit: Unit, measure: str, detail: str = "", tests: int = 1, tested: str = "") -> Rule | None:
    """The rule the lives' votes support, or the candidate they do not yet. `statements` says the claim for each
    direction (+1, -1); a direction mapped to None is not worth a rule (a product that does not sell out), and a
    majority for it gives None. None also when no live has the figure. `tests`: the claims tested at once with this
    one, `tested` what they are (Rule.tests)."""
    if not values:
        return None
    up = tuple(v for v in values if v.side > 0)
    down = tuple(v for v in values if v.side < 0)
    ties = tuple(v for v in values if v.side == 0)
    direction = vote_direction(len(up), len(down))
    if direction == 0:  # tied: the candidate reads in the direction worth stating, up first
        wanted = 1 if statements.get(1) is not None else -1
        statement = statements.get(wanted)
        agree, contradict = (up, down) if wanted > 0 else (down, up)
    else:
        statement = statements.get(direction)
        agree, contradict = (up, down) if direction > 0 else (down, up)
    if statement is None:
        return None
    alpha = SURE_P / tests
    p = sign_test(len(agree), len(contradict)) if agree or contradict else None
    stands = direction != 0 and p is not None and p < alpha and len(agree) + len(contradict) >= MIN_LIVES
    status: Status = "rule" if stands else "too few lives" if len(up) + len(down) < MIN_LIVES else "unsettled"
    median = statistics.median(v.value for v in values)
    return Rule(topic, subject, name, statement, status, direction, unit, measure, agree, contradict, ties, p, median,
                0 if stands else lives_needed(len(agree), len(contradict), alpha), detail, tests, tested)


def p_text(p: float) -> str:
    """A p-value as the evidence shows it: three decimals, or two significant figures below 0.01, where a corrected
    threshold (0.05 / 18 = 0.0028) sits and three decimals would blur a p on either side of it into one number."""
    if p >= 0.01:
        return f"{p:.3f}"
    return f"{p:.2g}" if p >= 0.0001 else "< 0.0001"  # a statistic: written as the papers write it, in any language


def pct_text(v: float | None, unit: Unit) -> str:
    """+140%, −28% (a relative change) or 35% (a share); "—" for None."""
    if v is None:
        return "—"
    if unit == "share":
        return fmt.pct(v, 0)
    if abs(v) < 0.005:
        return "±" + fmt.pct(0.0, 0)
    return ("+" if v > 0 else "−") + fmt.pct(abs(v), 0)


def evidence_text(rule: Rule, contradictions: bool = True) -> str:
    """The evidence in one sentence: how many lives agree, the median, the test, who contradicts (unless the
    caller names them itself)."""
    n = rule.votes
    text = (translate("Playbook", "{agree} of %n lives agree", None, PLURAL, n).format(agree=len(rule.agree)) if n
            else translate("Playbook", "no live voted"))
    if rule.ties:
        text += translate("Playbook", " ({ties} more showed no change)").format(ties=len(rule.ties))
    text += translate("Playbook", ", median {median} ({measure})").format(median=pct_text(rule.median, rule.unit),
                                                                          measure=rule.measure)
    if rule.p_value is not None:
        text += translate("Playbook", ", sign test p = {p}").format(p=p_text(rule.p_value))
        if rule.tests > 1:
            tests = rule.tests
            tested = (translate("Playbook", ", %n bands tested (a rule needs p < {p})", None, PLURAL, tests)
                      if rule.tested == "bands" else
                      translate("Playbook", ", %n claims tested (a rule needs p < {p})", None, PLURAL, tests))
            text += tested.format(p=p_text(rule.alpha))
    if rule.detail:
        text += translate("Playbook", "; {detail}").format(detail=rule.detail)
    if rule.contradict and contradictions:
        text += translate("Playbook", "; contradicted by {lives}").format(
            lives=", ".join(f"{v.live.name()} {pct_text(v.value, rule.unit)}" for v in rule.contradict))
    return text


def needs_text(rule: Rule) -> str:
    """Why it is not a rule yet, and how many more lives it needs."""
    if rule.status == "rule":
        return ""
    if rule.needs >= _MAX_NEEDED:
        return translate("Playbook", "{agree} for, {against} against: the lives are too split for a rule").format(
            agree=len(rule.agree), against=len(rule.contradict))
    if rule.status == "too few lives":
        return translate("Playbook", "too few lives: {votes} voted, a rule needs at least {least}; {needs} more that "
                         "agree would make it one").format(votes=rule.votes, least=MIN_LIVES, needs=rule.needs)
    return translate("Playbook", "not settled: {agree} for, {against} against; {needs} more that agree would make it "
                     "a rule").format(agree=len(rule.agree), against=len(rule.contradict), needs=rule.needs)


@dataclass(frozen=True, slots=True)
class Opened:
    """The library opened for the playbook or plan suggest: DuckDB with the `chosen` table, the selected lives
    (oldest first), and the library's files that could not be read, each named with why (left out of every table,
    as the history page leaves them out)."""

    con: duckdb.DuckDBPyConnection
    lives: tuple[LiveRef, ...]
    left_out: tuple[str, ...]


def open_selection(library: Path, selection: Selection) -> Opened:
    """DuckDB over the library with a `chosen` table of the selected lives' rows, and those lives. A damaged file is
    left out and named (console/library/store_cache.py); raises LibraryReadError naming the library when it cannot
    be read at all."""
    if not library.is_dir():
        raise LibraryReadError(translate("Playbook", "{library}: no library there (live-console library add FILE... "
                                                     "makes one)").format(library=library))
    try:
        opened = open_library(library)
        con = opened.con
        con.execute("SET enable_progress_bar = false")  # DuckDB draws one on a terminal for a long query
        where, params = _where(selection)
        # the selected lives' whole rows, read once: the topics join on it and read the lives' own figures from it
        con.execute(f"""CREATE TEMP TABLE chosen AS
            SELECT * REPLACE (coalesce(title, live_id, key) AS title, coalesce(date, '') AS date,
                              coalesce(started_at, 0) AS started_at, coalesce(partial, false) AS partial)
            FROM lives WHERE {where}""", params)
        rows = con.execute("SELECT key, title, date, started_at, plan_name, partial, planned_s, duration_s "
                           "FROM chosen ORDER BY started_at, key").fetchall()
    except (duckdb.Error, OSError) as exc:
        raise LibraryReadError(translate("Playbook", "{library}: cannot read the library: {why}").format(
            library=library, why=exc)) from None
    left_out = tuple(x.words().rstrip(".。") for x in opened.left_out)
    return Opened(con, tuple(LiveRef(*r) for r in rows), left_out)


def _where(selection: Selection) -> tuple[str, list[Any]]:
    """The history page's filters (console/library/history/load.py, `_choose`), and a plan's text hash besides its
    name. Its function is not reused: it is private to the page, reads the page's own `lives_all` table, keeps only
    the lives' keys and raises the page's error for a filter matching nothing, where the playbook reads the
    matching lives' whole rows and says in its notes that there are too few."""
    clauses, params = ["true"], list[Any]()
    if selection.since:
        clauses.append("date >= ?")
        params.append(selection.since)
    if selection.plans:
        marks = ", ".join("lower(?)" for _ in selection.plans)
        clauses.append(f"(lower(plan_name) IN ({marks}) OR lower(plan_hash) IN ({marks}))")
        params += [*selection.plans, *selection.plans]
    for tag in selection.tags:
        clauses.append("list_contains(coalesce(tags, []::VARCHAR[]), ?)")
        params.append(tag)
    return " AND ".join(clauses), params


def build_playbook(library: Path, selection: Selection = Selection()) -> Playbook:
    """Every topic's rules over the selected lives. Raises LibraryReadError when the library cannot be read."""
    from console.library import playbook_rules

    opened = open_selection(library, selection)
    lives = opened.lives
    try:
        rules, notes = playbook_rules.all_rules(opened.con, {live.key: live for live in lives})
    except duckdb.Error as exc:
        raise LibraryReadError(translate("Playbook", "{library}: cannot read the library: {why}").format(
            library=library, why=exc)) from None
    finally:
        opened.con.close()
    order = {"rule": 0, "unsettled": 1, "too few lives": 2}
    rules = [r for r in rules if r.votes > 0]  # every live the same as its own whole: nothing to claim either way
    rules.sort(key=lambda r: (order[r.status], r.p_value if r.p_value is not None else 2.0))
    if len(lives) < MIN_LIVES:
        notes.insert(0, translate("Playbook", "{lives} lives selected: a rule needs at least {least} lives that have "
                                  "its figure, so {more} more lives are needed before any rule can stand").format(
            lives=len(lives), least=MIN_LIVES, more=MIN_LIVES - len(lives)))
    notes[:0] = opened.left_out  # first: a live missing from a table changes what every rule below rests on
    return Playbook(str(library), selection, lives, tuple(rules), tuple(notes))


def to_json(pb: Playbook) -> dict[str, Any]:
    def live(v: LiveValue) -> dict[str, Any]:
        return {"key": v.live.key, "title": v.live.title, "date": v.live.date, "value": v.value, "note": v.note}

    return {
        "library": pb.library,
        "selection": pb.selection.describe(),
        "test": translate("Playbook", "two-sided exact sign test; a rule stands at p < {p} with at least {least} lives "
                          "voting, at p < 0.05 / n for one of n claims tested at once (the minute bands)").format(
            p=SURE_P, least=MIN_LIVES),
        "lives": [{"key": x.key, "title": x.title, "date": x.date, "plan": x.plan_name, "partial": x.partial}
                  for x in pb.lives],
        "notes": list(pb.notes),
        "rules": [{"topic": r.topic, "subject": r.subject, "name": r.name, "statement": r.statement,
                   "status": r.status, "sure": r.sure, "unit": r.unit, "measure": r.measure,
                   "lives": r.votes + len(r.ties), "agree": len(r.agree), "against": len(r.contradict),
                   "p_value": r.p_value, "needs_p_below": r.alpha, "tested_at_once": r.tests, "median": r.median,
                   "needs_more_lives": r.needs, "detail": r.detail,
                   "evidence": evidence_text(r), "why_not": needs_text(r),
                   "agreeing": [live(v) for v in r.agree], "contradicting": [live(v) for v in r.contradict],
                   "no_change": [live(v) for v in r.ties]} for r in pb.rules],
    }


def write_playbook(pb: Playbook, out_dir: Path) -> list[Path]:
    """playbook.html and playbook.json in `out_dir` (made if missing). Raises OSError when it cannot be written."""
    from console.library.playbook_html import render_playbook

    out_dir.mkdir(parents=True, exist_ok=True)
    page, data = out_dir / "playbook.html", out_dir / "playbook.json"
    page.write_text(render_playbook(pb), encoding="utf-8")
    data.write_text(json.dumps(to_json(pb), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return [page, data]
