"""The playbook (console/library/playbook.py): rules with their evidence and counts, the live that contradicts one
named, too few lives giving no rule and how many more it needs, the selection, the page and the command.

Libraries are the hand-computed ones of tests/playbook_fixtures.py; every expected figure below is worked out there
(or here, for the sign test), never taken from the code under test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from console.cli import main
from console.library import playbook, store
from console.library.history import stats as history_stats
from console.library.playbook import (
    LiveValue,
    Playbook,
    Rule,
    Selection,
    build_playbook,
    evidence_text,
    lives_needed,
)
from console.library.stats import sign_test
from tests.playbook_fixtures import autumn_key, autumn_library


@pytest.fixture(scope="module")
def autumn(tmp_path_factory: pytest.TempPathFactory) -> Path:
    library = tmp_path_factory.mktemp("autumn") / "library"
    autumn_library(library)
    return library


@pytest.fixture(scope="module")
def book(autumn: Path) -> Playbook:
    return build_playbook(autumn)


def rule(pb: Playbook, subject: str) -> Rule:
    found = [r for r in pb.rules if r.subject == subject]
    assert len(found) == 1, [r.subject for r in pb.rules]
    return found[0]


def keys(values: tuple[LiveValue, ...]) -> list[str]:
    return [v.live.key for v in values]


def test_the_sign_test_by_hand() -> None:
    assert sign_test(6, 0) == 2 / 64  # the fewest lives that can make a rule
    assert sign_test(5, 0) == 2 / 32  # not enough: 0.0625
    assert sign_test(8, 1) == 2 * (9 + 1) / 512
    assert sign_test(7, 1) == 2 * (8 + 1) / 256  # 0.070: one contradiction in 8 is not yet a rule
    assert sign_test(3, 3) == 1.0
    assert lives_needed(3, 0) == 3  # 6 of 6
    assert lives_needed(7, 1) == 1  # 8 of 9
    assert lives_needed(0, 0) == 6
    assert lives_needed(8, 1, 0.05 / 9) == 4  # 12 of 13: 2 * 14 / 8192 = 0.0034 < 0.0056; 11 of 12: 0.0063


def test_one_sign_test_for_the_playbook_and_the_history_page() -> None:
    assert playbook.sign_test is sign_test  # the playbook's own copy is gone
    # seven lives without change abstain; six lifted: p = 2/64 both ways, and the direction is the votes' (the
    # median of the thirteen is 0, which made the history page say "hurts")
    lifts = [0.0] * 7 + [0.5] * 6
    assert history_stats.sign_test(lifts) == 2 / 64
    assert history_stats.effect_verdict(lifts) == "works"
    assert history_stats.effect_verdict([0.0] * 7 + [-0.5] * 6) == "hurts"


def test_a_preset_that_lifts_orders_with_its_evidence_and_the_live_that_contradicts_it(book: Playbook) -> None:
    dutch = rule(book, "flash_offer:flash-dutch")
    assert dutch.status == "rule"
    assert dutch.statement == 'Flash offer "Dutch oven -25% (4 min)" (flash-dutch) lifts orders'
    assert (len(dutch.agree), len(dutch.contradict), len(dutch.ties)) == (8, 1, 0)
    assert keys(dutch.contradict) == [autumn_key(5)]
    assert dutch.contradict[0].value == pytest.approx(-0.2)
    assert dutch.p_value == pytest.approx(20 / 512)
    assert dutch.median == pytest.approx(0.7)
    assert dutch.sure == "supported"  # p = 0.039: under 0.05, not under 0.01
    chef = rule(book, "flash_offer:flash-chef20")
    assert (len(chef.agree), len(chef.contradict)) == (9, 0)
    assert chef.p_value == pytest.approx(2 / 512)
    assert chef.sure == "strong"
    assert chef.median == pytest.approx(0.25)  # L1's overlapped +500 % left out
    assert "1 fired inside another action's window left out" in chef.detail


def test_too_few_lives_for_a_preset_says_how_many_more(book: Playbook) -> None:
    mixer = rule(book, "flash_offer:flash-mixer")
    assert (mixer.status, len(mixer.agree), mixer.needs) == ("too few lives", 3, 3)
    advice = rule(book, "advice:conversion_sag")
    assert (advice.status, len(advice.agree), advice.needs) == ("too few lives", 2, 4)


def test_segments_minutes_products_channels_buyers(book: Playbook) -> None:
    knife = rule(book, "segment:knife-demo")
    assert (knife.status, knife.direction, len(knife.agree)) == ("rule", 1, 8)
    assert knife.statement.endswith("holds viewers")
    assert keys(knife.contradict) == [autumn_key(9)]
    assert knife.contradict[0].value == pytest.approx(0.04 / 0.034 - 1)
    assert knife.median == pytest.approx(-1 / 3)
    qa = rule(book, "segment:qa")
    assert (qa.status, qa.statement, qa.median) == ("rule", 'Segment "Qa" (qa) loses viewers', pytest.approx(1.0))

    sag = rule(book, "orders:35")  # 8 of 9 (p = 0.039), but one of 9 bands: not a rule at 0.05 / 9
    assert (sag.status, sag.statement) == ("unsettled", "Orders per 1,000 viewer-minutes sag in minutes 35–39")
    assert (len(sag.agree), keys(sag.contradict), sag.needs) == (8, [autumn_key(2)], 4)
    assert sag.median == pytest.approx(-0.5)
    # minutes 10-14 had half the viewers and half the orders: no sag per viewer, so no live votes
    assert not [r for r in book.rules if r.subject.startswith("orders:") and r.subject != "orders:35"]

    dutch = rule(book, "sellout:POT-DUTCH5")
    assert (dutch.status, len(dutch.agree), dutch.p_value) == ("rule", 8, pytest.approx(2 / 256))
    assert autumn_key(3) not in keys(dutch.values)  # partial: its sales are not the live's
    assert "sold out at a median 45:00" in dutch.detail
    slow = rule(book, "slow:KNF-CHEF20")
    assert (slow.status, len(slow.agree)) == ("rule", 8)
    assert not [r for r in book.rules if r.subject in ("slow:POT-DUTCH5", "sellout:KNF-CHEF20")]

    paid, organic = rule(book, "channel:paid"), rule(book, "channel:organic")
    assert (paid.direction, paid.median, len(paid.agree)) == (1, pytest.approx(0.04 / (40 / 1500) - 1), 9)
    assert (organic.direction, organic.median) == (-1, pytest.approx(0.02 / (40 / 1500) - 1))

    share = rule(book, "buyers:new_share")
    assert share.statement.startswith("Most buyers are returning customers")
    assert (len(share.agree), keys(share.contradict), share.median) == (8, [autumn_key(6)], pytest.approx(0.3))
    spend = rule(book, "buyers:spend")
    assert (spend.direction, len(spend.agree), spend.median) == (1, 9, pytest.approx(80 / 50 - 1))


def test_too_few_lives_gives_no_rule_and_says_how_many_more(tmp_path: Path) -> None:
    library = tmp_path / "library"
    autumn_library(library, n_lives=3)  # L1-L3, and the live of another plan: 4 lives
    pb = build_playbook(library)
    assert pb.standing == ()
    assert pb.notes[0].startswith("4 lives selected")
    assert "2 more lives are needed" in pb.notes[0]
    chef = rule(pb, "flash_offer:flash-chef20")
    assert (chef.status, len(chef.agree), chef.needs) == ("too few lives", 3, 3)


@pytest.mark.parametrize(("selection", "lives", "chef"), [
    (Selection(tags=("autumn",)), 5, ("too few lives", 5, 1)),  # L5-L9
    (Selection(tags=("autumn", "weekend")), 3, ("too few lives", 3, 3)),  # L7-L9: every tag
    (Selection(plans=("AUTUMN KITCHEN live",)), 9, ("rule", 9, 0)),  # a plan's name in any case
    (Selection(since="2025-09-04"), 6, ("rule", 6, 0)),  # L4-L9: 6 of 6
    (Selection(plans=("Spring Live",)), 1, None),
    (Selection(plans=("spring-hash",)), 1, None),  # a plan by its text's hash
])
def test_the_selection(autumn: Path, selection: Selection, lives: int, chef: tuple[str, int, int] | None) -> None:
    pb = build_playbook(autumn, selection)
    assert len(pb.lives) == lives
    found = [(r.status, len(r.agree), r.needs) for r in pb.rules if r.subject == "flash_offer:flash-chef20"]
    assert found == ([chef] if chef else [])


def test_a_minute_band_rule_is_corrected_for_the_bands_tested(autumn: Path, tmp_path: Path) -> None:
    sag = rule(build_playbook(autumn), "orders:35")
    assert (sag.tests, sag.alpha) == (9, pytest.approx(0.05 / 9))
    assert "sign test p = 0.039, 9 bands tested (a rule needs p < 0.0056)" in evidence_text(sag)
    library = tmp_path / "library"
    autumn_library(library, l2_sags=True)  # 9 of 9: p = 2/512 = 0.0039, under 0.05 / 9
    sag = rule(build_playbook(library), "orders:35")
    assert (sag.status, sag.sure, len(sag.agree), sag.p_value) == ("rule", "supported", 9, pytest.approx(2 / 512))
    assert "sign test p = 0.0039, 9 bands tested" in evidence_text(sag)


def test_the_command_writes_the_page_and_the_json(autumn: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["playbook", "--library", str(autumn), "--out", str(out), "--since", "2025-09-01"]) == 0
    assert "rules stand on 9 lives" in capsys.readouterr().out
    data = json.loads((out / "playbook.json").read_text())
    dutch = next(r for r in data["rules"] if r["subject"] == "flash_offer:flash-dutch")
    assert (dutch["agree"], dutch["against"], dutch["lives"]) == (8, 1, 9)
    assert [c["key"] for c in dutch["contradicting"]] == [autumn_key(5)]
    assert "contradicted by Autumn Kitchen Live #5 (2025-09-05) −20%" in dutch["evidence"]
    page = (out / "playbook.html").read_text()
    assert "Contradicted by 1: Autumn Kitchen Live #5 (2025-09-05) (−20%)" in page
    assert "Flash offer &quot;Mixer -15% (10 min)&quot; (flash-mixer) lifts orders" in page  # not settled yet
    assert "3 more that agree would make it one" in page
    sag = next(r for r in data["rules"] if r["subject"] == "orders:35")
    assert (sag["status"], sag["tested_at_once"], sag["needs_p_below"]) == ("unsettled", 9, pytest.approx(0.05 / 9))


def test_the_command_filters_like_the_history_page(autumn: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["playbook", "--library", str(autumn), "--out", str(out), "--plan", "autumn kitchen LIVE",
                 "--tag", "autumn", "--tag", "weekend"]) == 0
    assert "rules stand on 3 lives" in capsys.readouterr().out
    assert [x["key"] for x in json.loads((out / "playbook.json").read_text())["lives"]] == [
        autumn_key(7), autumn_key(8), autumn_key(9)]


def test_a_damaged_library_file_is_left_out_and_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "library"
    autumn_library(library, n_lives=1)
    bad = store.table_dir(library, "segments") / "broken" / "part-0.parquet"
    bad.parent.mkdir()
    bad.write_bytes(b"not parquet")
    pb = build_playbook(library)
    assert pb.notes[0].startswith(f"Left out {bad}: ")
    assert rule(pb, "segment:qa").votes == 1  # the readable lives' segments are still read
    assert main(["playbook", "--library", str(library), "--out", str(tmp_path / "out")]) == 0
    said = capsys.readouterr()
    assert f"Left out {bad}" in said.out and said.err == ""
    assert main(["playbook", "--library", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    assert "no library there" in capsys.readouterr().err


def test_a_bad_date_is_refused_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["playbook", "--out", str(tmp_path), "--since", "last week"])
    assert exc.value.code == 2
    assert "--since: must be a date YYYY-MM-DD, got 'last week'" in capsys.readouterr().err
