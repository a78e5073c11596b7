"""`python -m console.i18n update [AREA...]`: refresh the .ts catalogues from the code (docs/i18n.md);
`python -m console.i18n status`: what each catalogue still lacks."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from console.i18n.areas import AREAS, TRANSLATED, ts_path
from console.i18n.build import ToolError, update_all
from console.i18n.ts_file import export_unfinished, fill, unfinished


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m console.i18n", description=(__doc__ or "").split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update", help="run lupdate: new strings in, vanished ones out, translations kept")
    up.add_argument("areas", nargs="*", help="only these areas (default: all)")
    sub.add_parser("status", help="count the strings each catalogue has not translated yet")
    ex = sub.add_parser("export", help="what one catalogue still lacks, as JSON for a translator to fill")
    ex.add_argument("area", choices=list(AREAS))
    ex.add_argument("language", choices=[*TRANSLATED, "en"])
    fi = sub.add_parser("fill", help="write a translator's filled JSON back into its catalogue")
    fi.add_argument("area", choices=list(AREAS))
    fi.add_argument("language", choices=[*TRANSLATED, "en"])
    fi.add_argument("json", type=Path)
    args = ap.parse_args(argv)
    try:
        if args.command == "update":
            for line in update_all(args.areas or None):
                print(line)
            return 0
    except ToolError as exc:
        print(f"python -m console.i18n: {exc}", file=sys.stderr)
        return 1
    if args.command == "export":
        json.dump(export_unfinished(ts_path(args.area, args.language)), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if args.command == "fill":
        written, problems = fill(ts_path(args.area, args.language), json.loads(args.json.read_text("utf-8")))
        print(f"{written} translations written")
        for p in problems:
            print(f"  problem: {p}", file=sys.stderr)
        return 1 if problems else 0
    missing = 0
    for area in AREAS:
        for language in TRANSLATED:
            left = unfinished(ts_path(area, language))
            missing += len(left)
            print(f"{ts_path(area, language).name}: {len(left)} to translate")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
