"""Command line of live-console: `simulate` (studio simulator), and the console modes as they land."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import sys
from collections.abc import Sequence
from pathlib import Path

from console import __version__
from console.plan import DEMO_PLAN, PlanError, load_plan

TOKEN_ENV = "LIVE_CONSOLE_TOKEN"


def _positive(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be > 0, got {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="live-console", description=__doc__)
    parser.add_argument("--version", action="version", version=f"live-console {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    sim = sub.add_parser("simulate", help="run the studio simulator: a Studio Feed Protocol v1 server",
                         description="Run the studio simulator. The token comes from the "
                                     f"{TOKEN_ENV} environment variable; if unset, one is generated and printed.")
    sim.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    sim.add_argument("--port", type=int, default=8765, help="port (0 picks a free one; default 8765)")
    sim.add_argument("--plan", type=Path, default=DEMO_PLAN, help="session plan TOML (default: the demo plan)")
    sim.add_argument("--seed", type=int, default=7, help="random seed: same seed, same live (default 7)")
    sim.add_argument("--speed", type=_positive, default=1.0, help="live seconds per wall second (60 = 1 h/min)")
    sim.add_argument("--audience", type=_positive, default=1.0, help="audience multiplier (10 = a top live)")
    sim.add_argument("--journal", type=Path, help="journal file: a restarted simulator resumes the same live")
    sim.add_argument("--buffer", type=int, default=2_000_000, help="events kept for resume (default 2,000,000)")
    sim.add_argument("--ready-file", type=Path, help="write {host, port, feed, api} as JSON once listening")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "simulate":
            return run_simulate(args)
    except PlanError as exc:
        print(f"live-console: bad plan: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    return 2


def run_simulate(args: argparse.Namespace) -> int:
    from console.services.simulator import SimulatorConfig, StudioServer, bind, serve

    plan = load_plan(args.plan)
    token = os.environ.get(TOKEN_ENV, "")
    generated = not token
    if generated:
        token = secrets.token_urlsafe(24)
    config = SimulatorConfig(plan=plan, token=token, seed=args.seed, speed=args.speed, audience=args.audience,
                             buffer_events=args.buffer, journal=args.journal)
    try:
        server = StudioServer(config)
        sock = bind(args.host, args.port)
    except (OSError, ValueError) as exc:
        print(f"live-console simulate: {exc}", file=sys.stderr)
        return 2
    server.fast_forward()
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    feed, api = f"ws://{shown}:{port}/v1/events", f"http://{shown}:{port}/v1"
    print(f"Studio simulator: {plan.live.title} (seed {args.seed}, speed {args.speed:g}x)")
    print(f"  feed  {feed}\n  api   {api}")
    print(f"  token {token}  (generated; set {TOKEN_ENV} to choose it)" if generated
          else f"  token from {TOKEN_ENV}")
    print("Ctrl-C stops it.", flush=True)
    if args.ready_file:
        tmp = args.ready_file.with_suffix(".tmp")
        tmp.write_text(json.dumps({"host": host, "port": port, "feed": feed, "api": api, "pid": os.getpid()}))
        tmp.replace(args.ready_file)
    asyncio.run(serve(server, sock))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
