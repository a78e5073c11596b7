"""Engine checkpoints as bytes: a restored engine is the engine it was, now and after more events; hostile bytes
are refused by name, never executed."""

from __future__ import annotations

import zlib
from typing import Any

import msgspec
import pytest

from console.kpi.engine import KpiEngine
from console.kpi.state import STATE_VERSION, StateError, engine_from_bytes, engine_to_bytes
from console.studio.model import StudioModel
from tests.test_replay import PLAN, same


def model_batches(minutes: float, audience: float = 1.0) -> list[list[Any]]:
    model = StudioModel(PLAN, 11, 1_700_000_000.0, audience)
    batches = []
    while model.t < minutes * 60:
        if model.tick == 200:
            model.start_offer("act-a", "KNF-CHEF20", 20, 300)
        if model.tick == 500:
            model.change_segment("act-b", "cast-iron")
        batches.append(model.step())
    return batches


def test_a_restored_engine_equals_the_original_now_and_after_more_events() -> None:
    batches = model_batches(12, audience=4.0)  # thousands of viewers: past the exact-count thresholds too
    original = KpiEngine(PLAN)
    cut_points = {len(batches) // 4, len(batches) // 2, len(batches) - 1}
    restored: list[tuple[int, KpiEngine]] = []
    for i, batch in enumerate(batches):
        original.apply_many(batch)
        if i in cut_points:
            restored.append((i, engine_from_bytes(engine_to_bytes(original), PLAN)))
            now = original.snapshot().now_ts
            assert same(original.snapshot(now), restored[-1][1].snapshot(now)) == [], f"at batch {i}"
    assert original.snapshot().events > 20_000
    for i, engine in restored:  # each copy carries on with the rest of the live on its own
        for batch in batches[i + 1:]:
            engine.apply_many(batch)
        now = original.snapshot().now_ts
        assert same(original.snapshot(now), engine.snapshot(now)) == [], f"restored at batch {i}, at the end"
        for action in ("act-a", "act-b"):
            assert original.effect(action) == engine.effect(action)


def test_an_empty_engine_and_one_without_a_plan_round_trip() -> None:
    for plan in (None, PLAN):
        engine = engine_from_bytes(engine_to_bytes(KpiEngine(plan)), plan)
        assert engine.snapshot().events == 0 and engine.plan is plan


def _tree(engine_state: Any, version: int = STATE_VERSION) -> bytes:
    return zlib.compress(msgspec.msgpack.encode({"v": version, "engine": engine_state}))


@pytest.mark.parametrize(("data", "says"), [
    (b"\x00not zlib", "not a checkpoint"),
    (_tree({"d": []}, version=99), "format 99"),
    (_tree({"d": []}), "another engine version"),
    (_tree({"o": ["os", "system", 0, []]}), "not one of the engine's classes"),
    (_tree({"o": ["console.kpi", "np", 0, []]}), "not one of the engine's classes"),
    (_tree({"dd": ["posix:system", []]}), "unknown factory"),
    (_tree({"x": 1}), "unknown kind"),
    (_tree({"d": [], "l": []}), "more than one key"),
])
def test_bytes_that_are_not_a_usable_checkpoint_are_refused_by_name(data: bytes, says: str) -> None:
    with pytest.raises(StateError, match=says):
        engine_from_bytes(data, PLAN)


def test_a_checkpoint_naming_a_product_the_plan_lacks_is_refused() -> None:
    data = engine_to_bytes(KpiEngine(PLAN))
    with pytest.raises(StateError, match="product"):
        engine_from_bytes(data, None)


def _stored_modules(v: Any, out: set[str]) -> set[str]:
    if isinstance(v, dict):
        for kind, body in v.items():
            if kind == "o":
                out.add(body[0])
            elif kind == "dd":
                out.add(body[0].partition(":")[0])
            _stored_modules(body, out)
    elif isinstance(v, list):
        for x in v:
            _stored_modules(x, out)
    return out


def test_checkpoints_name_the_engine_modules_as_files_written_before_the_package_layout_do() -> None:
    # The v3 format names each object's module. Files recorded before console/kpi.py moved to console/kpi/engine.py
    # say "console.kpi", "console.kpi_types", "console.unique_counts": new files must say the same, and read back.
    engine = KpiEngine(PLAN)
    for batch in model_batches(3, audience=4.0):
        engine.apply_many(batch)
    data = engine_to_bytes(engine)
    tree = msgspec.msgpack.decode(zlib.decompress(data))
    assert _stored_modules(tree, set()) - {"builtins"} == {"console.kpi", "console.kpi_types", "console.unique_counts"}
    now = engine.snapshot().now_ts
    assert same(engine.snapshot(now), engine_from_bytes(data, PLAN).snapshot(now)) == []
