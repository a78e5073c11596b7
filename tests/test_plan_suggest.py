"""`live-console plan suggest` (console/library/suggest.py): the draft loads with the console's own loader, its goals,
segment order, sag cue, kit and stock equal the values worked out by hand in tests/playbook_fixtures.py, every
change carries its comment, and every other byte of the plan is as written. Too few comparable lives: the plan as
it was, with how many more lives it needs. And what review found: a kit that lowers orders is no proof, a cue is
never put past the plan's end, a band rule is corrected for the bands tested, stock is the median with the
scale-up capped over the new plan's length, only segments with a standing rule move, a plan saved with Windows line
ends is found by its hash."""

from __future__ import annotations

import difflib
import hashlib
from pathlib import Path

import pytest

from console.cli import main
from console.library import recorded, store, suggest
from console.library.playbook import build_playbook
from console.library.suggest import write_suggestion
from console.plan.model import DEMO_PLAN, load_plan
from tests.playbook_fixtures import autumn_library

DEMO_TEXT = DEMO_PLAN.read_text(encoding="utf-8")
# (line as written in the demo plan, the line the draft has instead): the lines plan suggest changes, by hand
CHANGED = [
    ("gmv = 42000.0", "gmv = 39000.0"),
    ("orders = 600", "orders = 590"),
    ("peak_viewers = 1800", "peak_viewers = 1925"),
    ("roas = 5.0                  # paid-channel revenue / ad spend",
     "roas = 4.9                  # paid-channel revenue / ad spend"),
    ("max_cart_abandonment = 0.5  # abandoned carts / carts", "max_cart_abandonment = 0.49  # abandoned carts / carts"),
    ("stock = 140", "stock = 29"),  # KNF-CHEF20
    ("stock = 45", "stock = 90"),  # POT-DUTCH5
    ('at = "03:00"', 'at = "28:00"'),  # knife-demo after cast-iron, which kept viewers better
    ('at = "06:00"', 'at = "31:00"'),  # flash-chef20, with its segment
    ('at = "09:00"', 'at = "34:00"'),  # the kit cue, with its segment
    ('target = "kit-knife-care"', 'target = "kit-cast-iron"'),  # the kit that lifted orders
    ('at = "20:00"', 'at = "03:00"'),  # cast-iron first
    ('at = "32:00"', 'at = "15:00"'),  # flash-dutch, with its segment
]
ADDED_CUE = ["[[cues]]", 'at = "35:00"', 'action = "flash_offer"', 'target = "flash-dutch"',
             'note = "Counter the usual sag in orders (minutes 35–39)"']
KIT_CUE = '[[cues]]\nat = "09:00"\naction = "kit"\ntarget = "kit-knife-care"\nauto = true\n'
SHORT_TEXT = DEMO_TEXT.replace("duration_min = 90", "duration_min = 80")


@pytest.fixture(scope="module")
def autumn(tmp_path_factory: pytest.TempPathFactory) -> Path:
    library = tmp_path_factory.mktemp("autumn") / "library"
    autumn_library(library, l2_sags=True)  # the sag in 9 of 9 lives: a band rule at 0.05 / 9
    return library


def draft_of(tmp_path: Path, library: Path, text: str = DEMO_TEXT) -> tuple[suggest.Suggestion, str]:
    plan = tmp_path / "plan.toml"
    plan.write_text(text, encoding="utf-8")
    result = write_suggestion(plan, tmp_path / "next.toml", library)
    return result, (tmp_path / "next.toml").read_text(encoding="utf-8")


def flat(text: str) -> str:
    """The comments as one line, to search for a sentence that wrapping cut."""
    return " ".join(line.removeprefix("# ") for line in text.splitlines())


@pytest.fixture(scope="module")
def draft(autumn: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("next") / "next.toml"
    write_suggestion(DEMO_PLAN, out, autumn)
    return out


def test_the_draft_loads_with_the_hand_computed_plan(draft: Path) -> None:
    plan, demo = load_plan(draft), load_plan(DEMO_PLAN)
    g = plan.goals
    assert (g.gmv, g.orders, g.conversion, g.peak_viewers, g.roas, g.max_cart_abandonment) == (
        39000.0, 590, 0.025, 1925, 4.9, 0.49)
    cues = sorted((c.at, c.action, c.target, c.auto) for c in plan.cues)
    assert cues == [
        ("03:00", "segment", "cast-iron", False),
        ("15:00", "flash_offer", "flash-dutch", False),
        ("28:00", "segment", "knife-demo", True),
        ("31:00", "flash_offer", "flash-chef20", True),
        ("34:00", "kit", "kit-cast-iron", True),
        ("35:00", "flash_offer", "flash-dutch", False),  # where orders sag, the preset that lifted most
        ("45:00", "segment", "baking", False),
        ("55:00", "flash_offer", "flash-mixer", False),
        ("70:00", "segment", "qa", False),
    ]
    stock = {p.sku: p.stock for p in plan.products}
    assert stock == {**{p.sku: p.stock for p in demo.products}, "KNF-CHEF20": 29, "POT-DUTCH5": 90}
    assert (plan.segments, plan.presets, plan.kits, plan.safety) == (demo.segments, demo.presets, demo.kits,
                                                                     demo.safety)


def test_every_change_is_commented_and_the_rest_is_byte_identical(draft: Path) -> None:
    old, new = DEMO_TEXT.splitlines(), draft.read_text(encoding="utf-8").splitlines()
    removed, added = [], []
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            removed += old[a0:a1]
        if op in ("replace", "insert"):
            added += [(b, new[b]) for b in range(b0, b1)]
    assert sorted(removed) == sorted(before for before, _ in CHANGED)
    written = [line for _, line in added if line.strip() and not line.startswith("#")]
    assert sorted(written) == sorted([after for _, after in CHANGED] + ADDED_CUE)
    for b, line in added:  # each new value line has its comment right above it, starting "# suggest:"
        if line in [after for _, after in CHANGED] or line == "[[cues]]":
            above = b - 1
            while new[above].startswith("# ") and not new[above].startswith("# suggest:"):
                above -= 1
            assert new[above].startswith("# suggest: "), (line, new[above])
    header = new[: new.index(old[0])]
    assert header[0].startswith("# live-console plan suggest: a draft of the next plan from demo.toml and 9 "
                                "comparable lives")


def test_the_comments_give_the_evidence(draft: Path) -> None:
    text = " ".join(line.removeprefix("# ") for line in draft.read_text(encoding="utf-8").splitlines())
    assert ("goal gmv was 42000.0: the median of what the last 6 comparable whole lives reached (44,000, 41,000, "
            "40,000, 38,000, 36,000, 35,000), the best of all 8 being 44,000") in text
    assert ("orders per 1,000 viewer-minutes sag in minutes 35–39 (9 of 9 comparable lives, median −50%, sign test "
            "p = 0.0039, 9 bands tested)") in text
    assert "flash-dutch is the preset that lifted orders most (8 of 9 comparable lives, median +70%" in text
    assert "sold out in 8 of 8 (median at 45:00)" in text
    assert ("the median of what they would have sold over this plan's 90 minutes is 90 (units sold, a sold-out live's "
            "scaled from its sell-out time to 90:00, at most x2: 90, 90, 90, 90, 90, 90, 90, 90)") in text
    assert ("cast-iron −67% (holds in 9 of 9 lives, p = 0.0039), knife-demo −33% (holds in 8 of 9 lives, p = 0.039), "
            "qa +100% (loses in 9 of 9 lives, p = 0.0039)") in text
    # L9 lost more viewers in knife-demo, so baking held a little better there: 1 vote, 8 lives without change
    assert "baking (1 for, 0 against, of 9 lives) kept in place: no standing rule on how it keeps viewers" in text


def test_a_sag_short_of_the_corrected_threshold_adds_no_cue(tmp_path: Path) -> None:
    library = tmp_path / "library"
    autumn_library(library)  # the sag in 8 of 9 lives: p = 0.039, above 0.05 / 9
    result, text = draft_of(tmp_path, library)
    assert 'at = "35:00"' not in text
    assert any("no minute band where orders per 1,000 viewer-minutes sag in enough comparable lives" in k
               for k in result.kept)


@pytest.mark.parametrize("cast_iron", [0.5, -0.5])
def test_a_kit_that_lowers_orders_is_no_proof_and_is_said(tmp_path: Path, cast_iron: float) -> None:
    library = tmp_path / "library"
    autumn_library(library, l2_sags=True, knife_care=[-0.1] * 9, cast_iron=[cast_iron] * 9)
    result, text = draft_of(tmp_path, library)
    kit_cue = next(c for c in load_plan(tmp_path / "next.toml").cues if c.action == "kit")
    lowered = "kit-knife-care, which lowered orders (9 of 9 comparable lives, median −10%, sign test p = 0.0039)"
    if cast_iron > 0:  # the kit that lifted orders replaces the one that lowered them
        assert (kit_cue.at, kit_cue.target) == ("34:00", "kit-cast-iron")
        assert f"target was {lowered}: kit kit-cast-iron lifted orders" in flat(text)
    else:  # nothing lifted: the cue stays, and the draft says what the lives showed, above it
        assert (kit_cue.at, kit_cue.target) == ("34:00", "kit-knife-care")
        above = text[:text.index('at = "34:00"')].rstrip().splitlines()
        comment = flat("\n".join(above[above.index("[[cues]]", len(above) - 12) - 3:]))
        assert ("suggest: kit kit-knife-care lowered orders (9 of 9 comparable lives, median −10%, sign test "
                "p = 0.0039); this cue is kept as written") in comment
        assert any("kit-knife-care lowered orders" in k for k in result.kept)


def test_no_cue_past_the_plans_end_and_stock_over_the_new_plans_length(tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "library"
    autumn_library(library, late_band=True)  # lives of 90 minutes: orders sag and carts drop in minutes 85-89
    plan = tmp_path / "short.toml"
    plan.write_text(SHORT_TEXT.replace(KIT_CUE + 'note = "Knife care kit to win back abandoned knife carts"\n\n', ""),
                    encoding="utf-8")
    out = tmp_path / "next.toml"
    assert main(["plan", "suggest", "--from", str(plan), "--out", str(out), "--library", str(library)]) == 0
    said = capsys.readouterr()
    assert "Traceback" not in said.err and said.err == ""
    draft = load_plan(out)
    assert draft.live.duration_min == 80
    assert max(c.at_s for c in draft.cues) <= 80 * 60
    assert "this plan ends at 80:00, so no cue at 85:00" in said.out  # the sag cue and the kit cue, both said
    assert said.out.count("this plan ends at 80:00") == 2
    assert {p.sku: p.stock for p in draft.products}["POT-DUTCH5"] == 80  # 45 x 4800 / 2700; 88.9 in L9: median 80


def test_one_early_sell_out_does_not_set_the_stock(tmp_path: Path) -> None:
    library = tmp_path / "library"
    autumn_library(library, early_sellout=True)  # MIX-STAND: 2 units sold out at 0:30 in L9, 24 sold elsewhere
    draft_of(tmp_path, library)
    assert {p.sku: p.stock for p in load_plan(tmp_path / "next.toml").products}["MIX-STAND"] == 25  # median 24: kept


def test_only_segments_with_a_standing_rule_move(tmp_path: Path) -> None:
    library = tmp_path / "library"
    autumn_library(library, l2_sags=True, baking_split=True)  # baking: median -80 %, but 5 for and 4 against
    result, text = draft_of(tmp_path, library)
    segments = sorted((c.at, c.target) for c in load_plan(tmp_path / "next.toml").cues if c.action == "segment")
    assert segments == [("03:00", "cast-iron"), ("28:00", "knife-demo"), ("45:00", "baking"), ("70:00", "qa")]
    assert ("cast-iron −60% (holds in 9 of 9 lives, p = 0.0039), knife-demo −20% (holds in 8 of 9 lives, p = 0.039), "
            "qa +140% (loses in 9 of 9 lives, p = 0.0039)") in flat(text)
    assert any(k.startswith("segment order: baking (5 for, 4 against, of 9 lives) kept in place") for k in result.kept)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_comparable_by_the_plan_text_hash(tmp_path: Path, newline: str) -> None:
    library = tmp_path / "library"  # the console records the plan's text with "\n" line ends: that text's SHA-256
    autumn_library(library, plan_name="Renamed since", plan_hash=hashlib.sha256(DEMO_TEXT.encode()).hexdigest())
    plan = tmp_path / "plan.toml"
    plan.write_bytes(DEMO_TEXT.replace("\n", newline).encode())
    assert recorded.plan_text(plan) == DEMO_TEXT  # what console/app.py records of it
    result = write_suggestion(plan, tmp_path / "next.toml", library)
    assert len(result.lives) == 9
    assert load_plan(tmp_path / "next.toml").goals.gmv == 39000.0


@pytest.mark.parametrize("n_lives", [0, 5])
def test_too_few_comparable_lives_keeps_the_plan_and_says_how_many_more(tmp_path: Path, n_lives: int) -> None:
    library = tmp_path / "library"
    autumn_library(library, n_lives=n_lives)  # and the live of another plan, never comparable
    out = tmp_path / "next.toml"
    result = write_suggestion(DEMO_PLAN, out, library)
    text = out.read_text(encoding="utf-8")
    header, _, rest = text.partition(DEMO_TEXT[:40])
    assert DEMO_TEXT[:40] + rest == DEMO_TEXT  # the plan as written, byte for byte
    flat = " ".join(line.removeprefix("# ") for line in header.splitlines())
    assert f"{n_lives} comparable lives" in flat
    assert f"needs at least 6, so {6 - n_lives} more. The plan below is unchanged." in flat
    assert result.changes == ()
    assert load_plan(out) == load_plan(DEMO_PLAN)


def test_windows_line_ends_are_kept(autumn: Path, tmp_path: Path) -> None:
    crlf = tmp_path / "demo-crlf.toml"
    crlf.write_bytes(DEMO_TEXT.replace("\n", "\r\n").encode())
    out = tmp_path / "next.toml"
    write_suggestion(crlf, out, autumn)
    data = out.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n")
    assert load_plan(out).goals.orders == 590


def test_the_command(autumn: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "next.toml"
    assert main(["plan", "suggest", "--from", str(DEMO_PLAN), "--out", str(out), "--library", str(autumn)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"plan suggest: 14 changes from 9 comparable lives: {out}")
    assert load_plan(out).goals.orders == 590
    assert main(["plan", "suggest", "--from", str(out), "--out", str(out), "--library", str(autumn)]) == 2
    assert "--out must not be the --from plan" in capsys.readouterr().err
    bad = tmp_path / "bad.toml"
    bad.write_text(DEMO_TEXT.replace('duration_min = 90', 'duration_min = "long"'), encoding="utf-8")
    assert main(["plan", "suggest", "--from", str(bad), "--out", str(out), "--library", str(autumn)]) == 2
    assert "bad plan" in capsys.readouterr().err


def test_a_damaged_library_file_is_left_out_and_named_in_the_draft(tmp_path: Path) -> None:
    library = tmp_path / "library"
    autumn_library(library, l2_sags=True)
    bad = store.table_dir(library, "products") / "broken" / "part-0.parquet"
    bad.parent.mkdir()
    bad.write_bytes(b"not parquet")
    result, text = draft_of(tmp_path, library)
    assert len(result.left_out) == 1 and result.left_out[0].startswith(f"Left out {bad}: ")
    assert f"Left out {bad}: not a readable Parquet file" in flat(text)
    assert {p.sku: p.stock for p in load_plan(tmp_path / "next.toml").products}["POT-DUTCH5"] == 90


def test_a_draft_the_loader_refuses_is_said_not_written(autumn: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    # a fault of plan suggest itself (here: every cue time it moves written as a word): said, nothing written
    monkeypatch.setattr(suggest, "toml_string", lambda _text: '"soon"')
    out = tmp_path / "next.toml"
    assert main(["plan", "suggest", "--from", str(DEMO_PLAN), "--out", str(out), "--library", str(autumn)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("live-console plan suggest: plan suggest made a plan the console would refuse")
    assert "Traceback" not in err and not out.exists()


def test_not_a_number_in_a_library_file_is_read_around(tmp_path: Path) -> None:
    library = tmp_path / "library"
    keys = autumn_library(library, l2_sags=True)
    # L9 as a damaged writer left it: a sell-out second and a goal's actual that are NaN (Parquet and JSON allow it)
    store.write_rows(library, "products", keys[8], [{"sku": "POT-DUTCH5", "stock_start": 45, "units": 45,
                                                     "sold_out_at_s": float("nan"), "sell_through": 1.0}])
    store.write_rows(library, "lives", keys[8], [{"live_id": "autumn-kitchen-01", "title": "Autumn Kitchen Live #9",
                                                  "started_at": 1_757_376_000.0, "date": "2025-09-09",
                                                  "plan_name": "Autumn Kitchen Live", "partial": False,
                                                  "goals": '[{"key": "orders", "actual": NaN}]'}])
    result, _text = draft_of(tmp_path, library)
    assert len(result.lives) == 9
    # orders from the whole lives but L9 (L3 is partial): 610 600 580 560 540 520, median 570
    assert load_plan(tmp_path / "next.toml").goals.orders == 570
    dutch = next(r for r in build_playbook(library).rules if r.subject == "sellout:POT-DUTCH5")
    assert (len(dutch.agree), dutch.detail) == (7, "sold out at a median 45:00 into the live")  # L9: not a time
