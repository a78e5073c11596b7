"""`live-console plan suggest` (console/library/suggest.py): the draft loads with the console's own loader, its goals,
segment order, sag cue, kit and stock equal the values worked out by hand in tests/playbook_fixtures.py, every
change carries its comment, and every other byte of the plan is as written. Too few comparable lives: the plan as
it was, with how many more lives it needs."""

from __future__ import annotations

import difflib
import hashlib
from pathlib import Path

import pytest

from console.cli import main
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
    ("stock = 140", "stock = 35"),  # KNF-CHEF20
    ("stock = 45", "stock = 100"),  # POT-DUTCH5
    ('at = "03:00"', 'at = "28:00"'),  # knife-demo after cast-iron, which kept viewers better
    ('at = "06:00"', 'at = "31:00"'),  # flash-chef20, with its segment
    ('at = "09:00"', 'at = "34:00"'),  # the kit cue, with its segment
    ('target = "kit-knife-care"', 'target = "kit-cast-iron"'),  # the kit that lifted orders
    ('at = "20:00"', 'at = "03:00"'),  # cast-iron first
    ('at = "32:00"', 'at = "15:00"'),  # flash-dutch, with its segment
]
ADDED_CUE = ["[[cues]]", 'at = "35:00"', 'action = "flash_offer"', 'target = "flash-dutch"',
             'note = "Counter the usual conversion sag (minutes 35–40)"']


@pytest.fixture(scope="module")
def autumn(tmp_path_factory: pytest.TempPathFactory) -> Path:
    library = tmp_path_factory.mktemp("autumn") / "library"
    autumn_library(library)
    return library


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
        ("35:00", "flash_offer", "flash-dutch", False),  # where conversion sags, the preset that lifted most
        ("45:00", "segment", "baking", False),
        ("55:00", "flash_offer", "flash-mixer", False),
        ("70:00", "segment", "qa", False),
    ]
    stock = {p.sku: p.stock for p in plan.products}
    assert stock == {**{p.sku: p.stock for p in demo.products}, "KNF-CHEF20": 35, "POT-DUTCH5": 100}
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
    assert "conversion sags in minutes 35–40 (8 of 9 comparable lives, median −50%, sign test p = 0.039)" in text
    assert "flash-dutch is the preset that lifted orders most (8 of 9 comparable lives, median +70%" in text
    assert "sold out in 8 of 8 (median at 45:00)" in text
    assert "cast-iron −67%, knife-demo −33%, baking ±0%, qa +100%" in text


def test_comparable_by_the_plan_text_hash(tmp_path: Path) -> None:
    library = tmp_path / "library"
    autumn_library(library, plan_name="Renamed since", plan_hash=hashlib.sha256(DEMO_TEXT.encode()).hexdigest())
    result = write_suggestion(DEMO_PLAN, tmp_path / "next.toml", library)
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
