"""`python -m benchmarks [--quick] [--json PATH] [--only NAME ...]`: run every figure, print each beside its
target with PASS/FAIL, write the figures as JSON, exit 1 when a target is missed (2 when a figure crashed)."""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from benchmarks import common
from benchmarks.common import Figure

DEFAULT_JSON = Path(__file__).resolve().parent / "results.json"


def _figures(quick: bool) -> list[tuple[str, Callable[[], Figure | list[Figure]]]]:
    from benchmarks import actions, advisor, bridge, bus, gui, ingest, library, longlive, recorder, replay, startup

    return [
        ("ingest", lambda: [ingest.run(quick, 500), ingest.run(quick, 1)]),
        ("recorder", lambda: recorder.run(quick)),
        ("startup", lambda: startup.run(quick)),
        ("gui", lambda: gui.run(quick)),
        ("actions", lambda: actions.run(quick)),
        ("replay", lambda: replay.run(quick)),
        ("longlive", lambda: longlive.run(quick)),
        ("advisor", lambda: advisor.run(quick)),
        ("bridge", lambda: bridge.run(quick)),
        ("library", lambda: library.run(quick)),
        ("bus", lambda: bus.run(quick)),
    ]


def _fmt(v: float | None) -> str:
    if v is None:
        return "-"
    return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:,.3g}" if abs(v) < 10 else f"{v:,.1f}"


def _result(f: Figure) -> str:
    return "PASS" if f.ok else "info" if f.ok is None else "FAIL"


def table(figs: list[Figure]) -> str:
    rows = [("figure", "value", "target", "result", "notes")]
    for f in figs:
        result = _result(f)
        rows.append((f.name, f"{_fmt(f.value)} {f.unit}", f.target, result, f.note))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = []
    for i, r in enumerate(rows):
        lines.append("  ".join(c.ljust(widths[k]) for k, c in enumerate(r[:4])) + "  " + r[4])
        if i == 0:
            lines.append("  ".join("-" * w for w in widths) + "  -----")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    ap.add_argument("--quick", action="store_true", help="smaller sizes, every target judged (the GUI's "
                    "reported-only rates left out); < 3 min")
    ap.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"where to write the figures ({DEFAULT_JSON})")
    ap.add_argument("--only", nargs="+", metavar="NAME", help="run only these groups (ingest, recorder, startup, "
                    "gui, actions, replay, longlive, advisor, bridge, library, bus)")
    args = ap.parse_args(argv)
    from console.services.allocator import tune_allocator

    tune_allocator()  # the figures measured in this process run as the console runs (console/cli.py)
    started = time.time()
    print(f"live-console benchmarks ({'QUICK: reduced sizes, see details' if args.quick else 'full size'})",
          flush=True)
    figs: list[Figure] = []
    crashed = False
    for name, fn in _figures(args.quick):
        if args.only and name not in args.only:
            continue
        t0 = time.perf_counter()
        try:
            out = fn()
        except Exception:
            crashed = True
            traceback.print_exc()
            out = Figure(name, None, "", "(crashed)", False, note="the figure crashed: see the traceback above")
        for f in out if isinstance(out, list) else [out]:
            f.details.setdefault("bench_s", round(time.perf_counter() - t0, 1))
            figs.append(f)
            print(f"  {_result(f)}  {f.name}: {_fmt(f.value)} {f.unit} (target {f.target})"
                  f"  {f.note}", flush=True)
    print()
    print(table(figs))
    elapsed = time.time() - started
    met, judged = sum(1 for f in figs if f.ok), sum(1 for f in figs if f.ok is not None)
    print(f"\n{met}/{judged} targets met in {elapsed:.0f} s", flush=True)
    doc = {"quick": args.quick, "started_at": started, "elapsed_s": round(elapsed, 1), "machine": common.machine(),
           "figures": [asdict(f) for f in figs]}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(doc, indent=2, default=str) + "\n")
    print(f"figures written to {args.json}")
    if crashed:
        return 2
    return 0 if all(f.ok is not False for f in figs) else 1


if __name__ == "__main__":
    sys.exit(main())
