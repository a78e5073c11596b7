"""Command line of live-console: demo, live, replay, report, the library of lives and the studio simulator."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import secrets
import socket
import ssl
import sys
import unicodedata
from collections.abc import Awaitable, Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NoReturn
from urllib.parse import urlsplit

from console import __version__
from console.actions.seats import ROLES
from console.i18n import (
    PLURAL,
    QT_TRANSLATE_NOOP,
    LanguageError,
    active_language,
    choose_language,
    translate,
    use_language,
)
from console.i18n.languages import LANG_ENV
from console.plan.model import DEMO_PLAN, PlanError, load_plan, parse_plan
from console.present import fmt
from console.protocol.wire import TOKEN_ENV, seat_problem
from console.services.allocator import tune_allocator

if TYPE_CHECKING:
    from console.bus.publisher import BusTarget
    from console.bus.registry import LiveEntry
    from console.plan.model import Plan
    from console.studio.feed_server import FeedServer


def _positive(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(translate("cli", "must be > 0, got {value}").format(value=text))
    return value


_NO_LINE_START: Final = "、。，．：；）」』！？・ー"  # Japanese punctuation that never begins a line


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def wrap_wide(text: str, width: int) -> list[str]:
    """Lines of at most `width` terminal columns for text with wide (CJK) characters: a Japanese sentence has no
    spaces, so it may break between any two of its characters (never before 、。）), and a CJK character takes two
    columns. Latin words and paths are kept whole, as textwrap keeps them."""
    tokens = re.findall(r"\s+|[^\s\u1100-\uffff]+|.", " ".join(text.split()))
    lines: list[str] = []
    line, used = "", 0
    for token in tokens:
        size = sum(2 if _wide(c) else 1 for c in token)
        if token.isspace():
            if line:
                line, used = line + " ", used + 1
            continue
        if used + size > width and line.strip() and token[0] not in _NO_LINE_START:
            lines.append(line.rstrip())
            line, used = "", 0
        line, used = line + token, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's own layout; help in Japanese wrapped by terminal columns (wrap_wide), English left as it was."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        if any(_wide(c) for c in text):
            return wrap_wide(text, width)
        return super()._split_lines(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if any(_wide(c) for c in text):
            return "\n".join(indent + line for line in wrap_wide(text, width - len(indent)))
        return super()._fill_text(text, width, indent)


class _Parser(argparse.ArgumentParser):
    """The console's parsers, sub-commands included (argparse makes them of the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = _Parser(prog="live-console", description=translate(
        "cli", "Command line of live-console: demo, live, replay, report, the library of lives and the studio "
        "simulator."))
    parser.add_argument("--version", action="version", version=f"live-console {__version__}",
                        help=translate("argparse", "show program's version number and exit"))
    sub = parser.add_subparsers(dest="command", required=True)

    sim = sub.add_parser("simulate",
                         help=translate("cli", "run the studio simulator: a Studio Feed Protocol v1 server"),
                         description=translate(
                             "cli", "Run the studio simulator. The token comes from the {env} environment variable; "
                             "if unset, one is generated and printed.").format(env=TOKEN_ENV))
    sim.add_argument("--host", default="127.0.0.1", help=translate("cli", "address to bind (default: loopback only)"))
    sim.add_argument("--port", type=int, default=8765,
                     help=translate("cli", "port (0 picks a free one; default 8765)"))
    sim.add_argument("--plan", type=Path, default=DEMO_PLAN,
                     help=translate("cli", "session plan TOML (default: the demo plan)"))
    sim.add_argument("--seed", type=int, default=7,
                     help=translate("cli", "random seed: same seed, same live (default 7)"))
    sim.add_argument("--speed", type=_positive, default=1.0,
                     help=translate("cli", "live seconds per wall second (default 1; 60 = one live hour per minute)"))
    sim.add_argument("--audience", type=_positive, help=translate(
        "cli", "audience multiplier (default 1, 6 with --scenario; 10 = a top live)"))
    _scenario_flag(sim)
    sim.add_argument("--journal", type=Path,
                     help=translate("cli", "journal file: a restarted simulator resumes the same live"))
    sim.add_argument("--buffer", type=int, default=2_000_000,
                     help=translate("cli", "events kept for resume (default 2,000,000)"))
    sim.add_argument("--ready-file", type=Path,
                     help=translate("cli", "write {host, port, feed, api} as JSON once listening"))
    sim.add_argument("--fd", type=int, help=argparse.SUPPRESS)  # a listening socket handed over by `demo`
    _bus_flags(sim)

    br = sub.add_parser("bridge",
                        help=translate("cli", "serve a real platform's live as a Studio Feed Protocol v1 feed"),
                        description=translate(
                            "cli", "The platform bridge (docs/bridge.md): what real platforms say, served to the "
                            "console exactly as the simulator serves its live. The feed token comes from the {env} "
                            "environment variable; if unset, one is generated and printed.").format(env=TOKEN_ENV))
    br.add_argument("--capture", type=Path, metavar="FILE",
                    help=translate("cli", "replay a recorded capture (NDJSON, docs/bridge.md)"))
    br.add_argument("--shopify", action="store_true", help=translate(
        "cli", "receive the shop's webhooks (secret from LIVE_CONSOLE_SHOPIFY_SECRET or "
        "LIVE_CONSOLE_SHOPIFY_SECRET_FILE; needs --plan)"))
    br.add_argument("--shop", metavar="DOMAIN", help=translate(
        "cli", "my-shop.myshopify.com: flash offers become the shop's automatic discounts, and --shopify-poll asks it "
        "for paid orders (Admin API token from LIVE_CONSOLE_SHOPIFY_TOKEN or ..._TOKEN_FILE)"))
    br.add_argument("--shopify-poll", action="store_true", help=translate(
        "cli", "ask the shop's Admin API for paid orders every few seconds: no tunnel needed, no carts (needs --shop, "
        "--plan and the token; with --shopify, an order both bring counts once)"))
    br.add_argument("--poll-every", type=_positive, default=10.0, metavar="S",
                    help=translate("cli", "with --shopify-poll: seconds between polls (default 10)"))
    br.add_argument("--poll-margin", type=_positive, default=2.0, metavar="MIN", help=translate(
        "cli", "with --shopify-poll: orders paid up to this many minutes before the live's start count (default 2)"))
    br.add_argument("--shopify-host", default="127.0.0.1", help=translate(
        "cli", "address of the webhook port (default loopback: a tunnel brings Shopify's deliveries to it, "
        "docs/bridge.md)"))
    br.add_argument("--shopify-port", type=int, default=8766,
                    help=translate("cli", "webhook port (0 picks a free one; default 8766)"))
    br.add_argument("--abandon-after", type=_positive, default=30.0, metavar="MIN", help=translate(
        "cli", "a cart with no paid order this many minutes after its last change is abandoned (default 30)"))
    br.add_argument("--include-test-orders", action="store_true", help=translate(
        "cli", "count the shop's test orders (Shopify's test: true) as the live's: for a rehearsal; a live never does "
        "(they are kept out and counted in /v1/state as 'test order')"))
    br.add_argument("--tiktok", metavar="@ROOM", help=translate(
        "cli", "a TikTok LIVE room, live (the extra: pip install -e '.[tiktok]'; a sign API key, if any, from "
        "LIVE_CONSOLE_TIKTOK_SIGN_KEY or ..._FILE)"))
    br.add_argument("--tee", type=Path, metavar="FILE", help=translate(
        "cli", "with --tiktok: the capture every raw message is appended to (default: beside --journal, else "
        "tiktok-<room>-<UTC time>.capture.ndjson here)"))
    br.add_argument("--speed", type=_positive, default=1.0,
                    help=translate("cli", "replay speed (default 1: as recorded)"))
    br.add_argument("--plan", type=Path,
                    help=translate("cli", "session plan TOML: the live's id, title, currency and products"))
    br.add_argument("--host", default="127.0.0.1", help=translate("cli", "address to bind (default: loopback only)"))
    br.add_argument("--port", type=int, default=8765, help=translate("cli", "port (0 picks a free one; default 8765)"))
    br.add_argument("--journal", type=Path,
                    help=translate("cli", "journal file: a restarted bridge serves the same seqs"))
    br.add_argument("--buffer", type=int, default=2_000_000,
                    help=translate("cli", "events kept for resume (default 2,000,000)"))
    br.add_argument("--ready-file", type=Path,
                    help=translate("cli", "write {host, port, feed, api} as JSON once listening"))
    _bus_flags(br)

    demo = sub.add_parser("demo", help=translate(
        "cli", "start the simulator on a free loopback port and open the console on it"), description=translate(
        "cli", "The whole console on the built-in studio simulator: nothing to configure. Every event and action is "
        "recorded to a session file (see --session)."))
    demo.add_argument("--plan", type=Path, default=DEMO_PLAN,
                      help=translate("cli", "session plan TOML (default: the demo plan)"))
    demo.add_argument("--seed", type=int, default=7, help=translate("cli", "simulator seed (default 7)"))
    demo.add_argument("--speed", type=_positive, default=5.0,
                      help=translate("cli", "simulated live seconds per second (default 5)"))
    _scenario_flag(demo)
    _headless_flags(demo)

    rp = sub.add_parser("replay", help=translate(
        "cli", "replay a recorded live: the same window, a timeline, actions off"), description=translate(
        "cli", "Opens the session file read-only. Keys: Space play/pause, Left/Right 10 s, PgUp/PgDn previous/next "
        "action, N add a review note."))
    rp.add_argument("session", type=Path, help=translate("cli", "session file (.db) recorded by demo or live"))
    rp.add_argument("--at", help=translate("cli", "start at MM:SS into the live, or at a percentage (50%%)"))
    rp.add_argument("--speed", type=_positive, default=10.0, help=translate("cli", "replay speed (default 10x)"))
    rp.add_argument("--play", action="store_true", help=translate("cli", "start playing at once"))
    rp.add_argument("--offscreen", action="store_true",
                    help=translate("cli", "no display needed (Qt offscreen platform)"))
    rp.add_argument("--duration", type=_positive, metavar="SECONDS",
                    help=translate("cli", "quit cleanly after this many seconds"))
    rp.add_argument("--screenshot", type=Path, metavar="PNG",
                    help=translate("cli", "save the window just before quitting"))

    live = sub.add_parser("live", help=translate("cli", "connect the console to a real Studio Feed Protocol v1 feed"),
                          description=translate(
                              "cli", "Token from the {env} environment variable or --token-file; never on the "
                              "command line.").format(env=TOKEN_ENV))
    live.add_argument("--feed", required=True, help=translate(
        "cli", "feed WebSocket URL, e.g. wss://host/v1/events, or a live on the bus: nats://HOST:PORT/LIVE_ID "
        "(tls:// off loopback; docs/bus.md)"))
    live.add_argument("--api", help=translate(
        "cli", "action API base URL, e.g. https://host/v1 (for a live on the bus: the one its producer registered, "
        "unless given)"))
    live.add_argument("--plan", type=Path, help=translate(
        "cli", "session plan TOML (optional: products are discovered from the feed)"))
    live.add_argument("--token-file", type=Path,
                      help=translate("cli", "file holding the token (else ${env})").format(env=TOKEN_ENV))
    live.add_argument("--ca-file", type=Path, help=translate(
        "cli", "extra CA certificate (PEM) to trust for wss:// and https:// (certificates are always verified; there "
        "is no way to turn that off)"))
    _headless_flags(live)

    host = sub.add_parser("host", help=translate(
        "cli", "the host view: big type for a tablet or a monitor beside the camera"), description=translate(
        "cli", "The segment on air and its talking points, the product on screen with its price and stock, the "
        "offer's countdown, the next cue and the advice for the host, read from two metres (docs/host.md). It fires "
        "nothing and records nothing. Token from the {env} environment variable or --token-file. Esc or Ctrl+Q "
        "closes it, F11 toggles full screen.").format(env=TOKEN_ENV))
    host.add_argument("--feed", required=True, help=translate(
        "cli", "feed URL, as for `live`: wss://host/v1/events or nats://HOST:PORT/LIVE_ID"))
    host.add_argument("--api", help=translate(
        "cli", "the live's action API, as for `live` (checked, never called: the host view fires nothing)"))
    host.add_argument("--plan", type=Path, help=translate(
        "cli", "session plan TOML: segments, talking points, cues (for a live on the bus: the one its producer "
        "registered, unless given)"))
    host.add_argument("--token-file", type=Path,
                      help=translate("cli", "file holding the token (else ${env})").format(env=TOKEN_ENV))
    host.add_argument("--ca-file", type=Path,
                      help=translate("cli", "extra CA certificate (PEM) to trust, as for `live`"))
    host.add_argument("--offscreen", action="store_true",
                      help=translate("cli", "no display needed (Qt offscreen platform)"))
    host.add_argument("--duration", type=_positive, metavar="SECONDS",
                      help=translate("cli", "quit cleanly after this many seconds"))
    host.add_argument("--screenshot", type=Path, metavar="PNG",
                      help=translate("cli", "save the view just before quitting"))

    wall = sub.add_parser("wall", help=translate("cli", "the studio wall: every live on the bus at a glance"),
                          description=translate(
                              "cli", "One tile per live on the bus: viewers, GMV against goal, orders per minute, "
                              "feed health, open advice; ordered by what needs attention. A click (or Enter) opens "
                              "that live's console (a producer's seat); a live that ends moves to the finished row "
                              "with its report (docs/wall.md). Bus credentials from LIVE_CONSOLE_NATS_* "
                              "(docs/bus.md). Esc or Ctrl+Q closes it, F11 full screen."))
    wall.add_argument("--nats", required=True, metavar="URL", help=translate(
        "cli", "the bus: nats://HOST:PORT on loopback, tls://HOST:PORT elsewhere (several servers comma-separated)"))
    wall.add_argument("--sessions", type=Path, metavar="DIR", help=translate(
        "cli", "the wall's own session file of each live (for its report; default: "
        "~/.local/share/live-console/wall)"))
    wall.add_argument("--operator", default="", metavar="NAME", help=translate(
        "cli", "the seat name of the consoles opened from the wall (default: the OS user)"))
    wall.add_argument("--token-file", type=Path, help=translate(
        "cli", "handed to the consoles opened from the wall (else they read ${env})").format(env=TOKEN_ENV))
    wall.add_argument("--offscreen", action="store_true",
                      help=translate("cli", "no display needed (Qt offscreen platform)"))
    wall.add_argument("--duration", type=_positive, metavar="SECONDS",
                      help=translate("cli", "quit cleanly after this many seconds"))
    wall.add_argument("--screenshot", type=Path, metavar="PNG",
                      help=translate("cli", "save the wall just before quitting"))

    rep = sub.add_parser("report", help=translate(
        "cli", "write the post-live report of a session file (HTML, PNG charts, CSV)"), description=translate(
        "cli", "Write report.html, charts/*.png and tables/*.csv for a recorded live."))
    rep.add_argument("session", type=Path, metavar="SESSION", help=translate("cli", "session file (.db) of the live"))
    rep.add_argument("--out", type=Path, required=True, metavar="DIR",
                     help=translate("cli", "folder to write the report into"))
    rep.add_argument("--compare", type=Path, metavar="OTHER",
                     help=translate("cli", "another live's session file to compare with"))
    _library_parser(sub)
    _playbook_parser(sub)
    _plan_parser(sub)
    _history_parser(sub)
    return parser


def _library_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`library add|list|check` (console/library/terminal.py runs them; docs/library.md)."""
    lib = sub.add_parser("library", help=translate(
        "cli", "the library of lives: add session files, list them, check them"), description=translate(
        "cli", "The library of lives (docs/library.md): a catalogue row and Parquet tables per live, read by history, "
        "playbook and plan suggest."))
    what = lib.add_subparsers(dest="library_command", required=True, metavar="add|list|check")
    add = what.add_parser("add", help=translate("cli", "add session files (the same file again changes nothing)"),
                          description=translate(
                              "cli", "Add session files to the library; each file's outcome is printed."))
    add.add_argument("sessions", type=Path, nargs="+", metavar="FILE",
                     help=translate("cli", "session file (.db) of a live"))
    add.add_argument("--tag", action="append", default=[], metavar="T",
                     help=translate("cli", "tag these lives (repeatable), besides their plan's [live] tags"))
    listing = what.add_parser("list", help=translate("cli", "the lives in the library, the earliest first"))
    checking = what.add_parser("check", help=translate("cli", "say which lives' session files moved or are missing"))
    for p in (add, listing, checking):
        _library_flag(p)


def _iso_date(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "must be a date YYYY-MM-DD, got {value}").format(value=repr(text))) from None


def _library_flag(p: argparse.ArgumentParser, role: str | None = None) -> None:
    """--library DIR, the same flag for every command that reads or writes the library of lives; `role` says what
    the folder is for (translated by the caller)."""
    p.add_argument("--library", type=Path, metavar="DIR", help=translate(
        "cli", "{role} (default: ~/.local/share/live-console/library, under $XDG_DATA_HOME when set)").format(
        role=role or translate("cli", "the library folder")))


def _playbook_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`playbook` (console/library/playbook.py; docs/library.md, "Playbook")."""
    pb = sub.add_parser("playbook", help=translate("cli", "the rules the library's lives support, with their evidence"),
                        description=translate(
                            "cli", "Write playbook.html and playbook.json: each rule the lives support (actions, "
                            "segments, minutes, products, channels, buyers) with the lives and numbers behind it, how "
                            "sure it is, and what a rule not settled yet still needs."))
    pb.add_argument("--out", type=Path, required=True, metavar="DIR",
                    help=translate("cli", "folder to write the playbook into"))
    _library_flag(pb)
    pb.add_argument("--since", type=_iso_date, metavar="DATE",
                    help=translate("cli", "only lives from this date on (YYYY-MM-DD)"))
    pb.add_argument("--plan", metavar="NAME", help=translate(
        "cli", "only lives of this plan (its live title, in any case, or its text's SHA-256)"))
    pb.add_argument("--tag", action="append", default=[], metavar="T",
                    help=translate("cli", "only lives with this tag (repeatable: lives with every one)"))


def _plan_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`plan suggest` (console/library/suggest.py; docs/library.md, "Next plan")."""
    plan = sub.add_parser("plan",
                          help=translate("cli", "work on a session plan: suggest the next one from the library"),
                          description=translate("cli", "Session plans (docs/plan.md)."))
    what = plan.add_subparsers(dest="plan_command", required=True, metavar="suggest")
    sug = what.add_parser("suggest", help=translate(
        "cli", "draft the next plan from the lives of this one, every change commented"), description=translate(
        "cli", "Write a draft of the next plan: goals, segment order, cues, stock and kits from the library's lives of "
        "the same plan, each change commented with its evidence. With too few such lives the plan is kept as it is, "
        "and the draft says how many more it needs."))
    sug.add_argument("--from", dest="source", type=Path, required=True, metavar="PLAN.toml",
                     help=translate("cli", "the plan to start from"))
    sug.add_argument("--out", type=Path, required=True, metavar="NEXT.toml",
                     help=translate("cli", "the draft to write"))
    _library_flag(sug)


def _history_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`history` (console/library/history/command.py; docs/library.md, "History page")."""
    hist = sub.add_parser("history", help=translate(
        "cli", "the page to read before planning the next live: the library's lives together (HTML, PNG charts, "
        "CSV)"), description=translate(
        "cli", "Write history.html, charts/*.png and tables/*.csv: goals, minute curves, segments, products, "
        "channels, buyers and which actions work, across the library's lives; --compare sets lives side by side over "
        "the same minutes."))
    hist.add_argument("--since", type=_iso_date, metavar="DATE",
                      help=translate("cli", "only lives from this date on (YYYY-MM-DD)"))
    hist.add_argument("--plan", metavar="NAME", help=translate("cli", "only lives of this plan (its live title)"))
    hist.add_argument("--tag", action="append", default=[], metavar="T",
                      help=translate("cli", "only lives with this tag (repeatable: every tag given)"))
    hist.add_argument("--compare", nargs="+", metavar="K", help=translate(
        "cli", "compare these lives (keys, or live ids that one live has) over the minutes every one of them "
        "recorded"))
    hist.add_argument("--out", type=Path, required=True, metavar="DIR",
                      help=translate("cli", "folder to write the page into"))
    _library_flag(hist)


def _scenario_flag(p: argparse.ArgumentParser) -> None:
    from console.studio.scenarios import SCENARIOS

    p.add_argument("--scenario", choices=list(SCENARIOS), metavar="NAME", help=translate(
        "cli", "a scripted live for the advisor (docs/advisor.md): {names}").format(names=", ".join(SCENARIOS)))


def _bus_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--nats", metavar="URL", help=translate(
        "cli", "also publish the live to this NATS JetStream bus (nats://HOST:PORT on loopback, tls://HOST:PORT "
        "elsewhere; credentials from LIVE_CONSOLE_NATS_*: docs/bus.md)"))
    p.add_argument("--bus-replicas", type=int, default=1, choices=(1, 3, 5), metavar="N", help=translate(
        "cli", "copies of the live's stream on a JetStream cluster (default 1; 3 in production)"))
    p.add_argument("--retain-days", type=_positive, default=30.0, metavar="D",
                   help=translate("cli", "how long the bus keeps the live's events (default 30 days)"))


def _bus_target(args: argparse.Namespace) -> BusTarget | None:
    """The --nats flags, checked before anything starts: a bad URL or credentials is an error now, not later."""
    if not args.nats:
        return None
    from console.bus.address import BusCredentials, parse_bus_url
    from console.bus.publisher import BusTarget, StreamSettings

    return BusTarget(parse_bus_url(args.nats, want_live=False), BusCredentials.from_env(),
                     StreamSettings(replicas=args.bus_replicas, retain_days=args.retain_days))


def _headless_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--session", type=Path, metavar="PATH", help=translate(
        "cli", "session file to record to (default: ~/.local/share/live-console/sessions/DATE_LIVEID.db; an "
        "unfinished one of today is continued)"))
    p.add_argument("--operator", default="", metavar="NAME", help=translate(
        "cli", "this seat's name (1-64 characters): on every action it fires, in every seat's action log (default: "
        "the OS user)"))
    p.add_argument("--role", choices=ROLES, default="operator", help=translate(
        "cli", "operator: fires actions and auto cues (default); producer: the same window read-only, notes and marks "
        "only; host: the host view (as `live-console host`)"))
    p.add_argument("--offscreen", action="store_true",
                   help=translate("cli", "no display needed (Qt offscreen platform)"))
    p.add_argument("--duration", type=_positive, metavar="SECONDS",
                   help=translate("cli", "quit cleanly after this many wall-clock seconds"))
    p.add_argument("--screenshot", type=Path, metavar="PNG",
                   help=translate("cli", "save the main window just before quitting"))
    _library_flag(p, translate("cli", "the library of lives a finished live is added to"))
    p.add_argument("--no-library", action="store_true",
                   help=translate("cli", "do not add this live to the library of lives"))


def entry() -> NoReturn:
    """The process's entry (`live-console`, `python -m console`): run, flush, and leave without the interpreter's
    teardown. Qt objects still alive at interpreter exit (cyclic collection is off on purpose:
    console/widgets/gui_gc.py) were destroyed in no particular order and now and then segfaulted after a clean
    close (exit -11 instead of the run's status). By the time main() returns, the session file is closed and the
    report written; nothing is left that needs the teardown."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _language_flag(parser: argparse.ArgumentParser) -> None:
    """--lang on every command and sub-command (argparse reads it there; main() reads it first, so that the
    parser's own help is already in that language)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _language_flag(sub)
    parser.add_argument("--lang", metavar="LANG", help=translate(
            "cli", "the console's language: en, ja, fi or pt_BR (default: the saved choice, else the system's)"))


#: argparse's own words (its gettext msgids, Python 3.11+), so that `--help` and a usage error read in one language;
#: their %s and %(name)s stay as they are in every translation
_ARGPARSE_WORDS: Final = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def _argparse_word(text: str) -> str:
    return translate("argparse", text) if text in _ARGPARSE_WORDS else text


def _speak_argparse() -> None:
    """argparse's own words (usage:, options, its errors) through our catalogue, in a language other than English;
    argparse looks its `_` up at each call, so replacing it is enough."""
    if active_language() != "en":
        vars(argparse)["_"] = _argparse_word


def _early_language(argv: Sequence[str]) -> str | None:
    """The --lang of the command line, read before the parser is built (its help texts are translated)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    tune_allocator()  # before the first big block: see console/services/allocator.py
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        # the chosen language also goes to every process this one starts (the report, the library add, a console
        # opened from the wall, the demo's simulator): each would otherwise choose again from the locale
        os.environ[LANG_ENV] = use_language(choose_language(_early_language(words)))
    except LanguageError as exc:
        print(f"live-console: {exc}", file=sys.stderr)
        return 2
    _speak_argparse()
    parser = build_parser()
    _language_flag(parser)
    args = parser.parse_args(words)
    try:
        if args.command == "simulate":
            return run_simulate(args)
        if args.command == "bridge":
            return run_bridge(args)
        if args.command == "demo":
            return run_demo(args)
        if args.command == "live":
            return run_live(args)
        if args.command == "host":
            return run_host_cmd(args)
        if args.command == "wall":
            return run_wall_cmd(args)
        if args.command == "report":
            from console.report.writer import run_report

            for path in (args.session, args.compare):
                if path is not None and path.is_dir():
                    print(f"live-console report: {session_path_problem(path)}", file=sys.stderr)
                    return 2

            return run_report(args)
        if args.command == "replay":
            return run_replay_cmd(args)
        if args.command == "library":
            from console.library.terminal import run as run_library

            return run_library(args)
        if args.command == "playbook":
            return run_playbook(args)
        if args.command == "plan":
            return run_plan_suggest(args)
        if args.command == "history":
            from console.library.history.command import run_history

            return run_history(args)
    except PlanError as exc:
        if len(exc.problems) == 1:
            print(translate("cli", "live-console: bad plan: {problem}").format(problem=exc), file=sys.stderr)
        else:  # every fault at once, one a line, so the producer fixes them in one go
            lines = "".join(f"\n  {p.text(exc.path)}" for p in exc.problems)
            n = len(exc.problems)  # lupdate reads a count as a plain name
            print(translate("cli", "live-console: bad plan, %n problems:{lines}", None, PLURAL, n).format(
                lines=lines), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    return 2


def run_simulate(args: argparse.Namespace) -> int:
    from console.studio.server import SimulatorConfig, StudioServer, bind

    plan = load_plan(args.plan)
    token, generated = _feed_token()
    config = SimulatorConfig(plan=plan, token=token, seed=args.seed, speed=args.speed, audience=args.audience,
                             buffer_events=args.buffer, journal=args.journal, scenario=args.scenario)
    try:
        server = StudioServer(config)
        sock = socket.socket(fileno=args.fd) if args.fd is not None else bind(args.host, args.port)
        bus = _bus_target(args)
    except (OSError, ValueError) as exc:
        print(f"live-console simulate: {exc}", file=sys.stderr)
        return 2
    server.fast_forward()
    _serve_feed(server, sock, args.ready_file, token if generated else None, bus, plan.live.currency,
                args.plan.read_text(encoding="utf-8"),
                translate("cli", "Studio simulator: {title} (seed {seed}, speed {speed}x), scenario {scenario}: "
                          "{words}").format(title=plan.live.title, seed=args.seed, speed=f"{args.speed:g}",
                                            scenario=args.scenario, words=server.scenario_words())
                if args.scenario else translate(
                    "cli", "Studio simulator: {title} (seed {seed}, speed {speed}x)").format(
                    title=plan.live.title, seed=args.seed, speed=f"{args.speed:g}"))
    return 0


def _feed_token() -> tuple[str, bool]:
    """The feed token from the environment, or a new one (True: generated, to be printed once)."""
    token = os.environ.get(TOKEN_ENV, "")
    return (token, False) if token else (secrets.token_urlsafe(24), True)


def _serve_feed(server: FeedServer, sock: socket.socket, ready_file: Path | None, generated_token: str | None,
                bus: BusTarget | None, currency: str, plan_toml: str, banner: str,
                prepare: Sequence[Callable[[], Awaitable[None]]] = ()) -> None:
    """Run `prepare` (a source's first connection), then say where the feed and the actions API are (and the token
    only when it was generated here), write the ready file, serve until Ctrl-C or SIGTERM. One event loop for all:
    a connection made by `prepare` belongs to the loop that serves."""
    from console.studio.feed_server import serve

    async def main() -> None:
        for first in prepare:
            await first()
        host, port = sock.getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        feed, api = f"ws://{shown}:{port}/v1/events", f"http://{shown}:{port}/v1"
        print(banner)
        print(f"  feed  {feed}\n  api   {api}")
        if bus is not None:
            from console.bus.publisher import BusPublisher

            publisher = BusPublisher(bus.address, bus.credentials, server, server.log, api_url=api,
                                     currency=currency, plan_toml=plan_toml, settings=bus.settings)
            server.companions.append(publisher.run)
            server.bus_status = publisher.describe
            print(translate("cli", "  bus   {url}  (stream {stream})").format(
                url=bus.address.with_live(publisher.live_id), stream=publisher.stream))
        print(translate("cli", "  token {token}  (generated; set {env} to choose it)").format(
            token=generated_token, env=TOKEN_ENV) if generated_token
              else translate("cli", "  token from {env}").format(env=TOKEN_ENV))
        print(translate("cli", "Ctrl-C stops it."), flush=True)
        if ready_file:
            tmp = ready_file.with_suffix(".tmp")
            tmp.write_text(json.dumps({"host": host, "port": port, "feed": feed, "api": api, "pid": os.getpid()}))
            tmp.replace(ready_file)
        await serve(server, sock)

    asyncio.run(main())


def run_bridge(args: argparse.Namespace) -> int:
    """The platform bridge (docs/bridge.md): a capture replayed and/or a shop's webhooks or polled orders, as one
    feed."""
    from console.bridge.command import BridgeOptions, build_bridge
    from console.bridge.tiktok_live import TikTokSourceError
    from console.studio.feed_server import bind

    token, generated = _feed_token()
    try:
        plan = load_plan(args.plan) if args.plan else None
        bus = _bus_target(args)
        bridge = build_bridge(BridgeOptions(
            plan=plan, token=token, capture=args.capture, speed=args.speed, shopify=args.shopify, shop=args.shop,
            shopify_host=args.shopify_host, shopify_port=args.shopify_port, abandon_after_min=args.abandon_after,
            include_test_orders=args.include_test_orders,
            shopify_poll=args.shopify_poll, poll_every_s=args.poll_every, poll_margin_min=args.poll_margin,
            journal=args.journal, buffer_events=args.buffer, tiktok=args.tiktok, tee=args.tee))
        sock = bind(args.host, args.port)
    except (OSError, ValueError) as exc:
        print(f"live-console bridge: {exc}", file=sys.stderr)
        return 2
    server = bridge.server
    try:
        _serve_feed(server, sock, args.ready_file, token if generated else None, bus, server.config.currency,
                    args.plan.read_text(encoding="utf-8") if args.plan else "",
                    "\n".join([translate("cli", "Platform bridge: {title} (sends {events})").format(
                        title=server.config.title, events=", ".join(server.provides)), *bridge.lines]),
                    prepare=bridge.prepare)
    except TikTokSourceError as exc:  # the room offline or unknown, TikTokLive missing, no connection
        print(f"live-console bridge: {exc}", file=sys.stderr)
        return 2
    return 0


def _window_check(offscreen: bool) -> int | None:
    from console.services.syslibs import window_problem

    problem = window_problem(offscreen)
    if problem is not None:
        print(translate("cli", "live-console: cannot open a window: {problem}").format(problem=problem),
              file=sys.stderr)
        return 3
    return None


def run_demo(args: argparse.Namespace) -> int:
    from console.app import ConsoleOptions, run_console
    from console.studio.demo_child import DemoSimulator

    plan = load_plan(args.plan)
    if problem := seat_flag_problem(args.operator):
        print(f"live-console: {problem}", file=sys.stderr)
        return 2
    if (code := _window_check(args.offscreen)) is not None:
        return code
    sim = DemoSimulator(args.plan, args.seed, args.speed, args.scenario)
    print(translate("cli", "live-console demo: {title}, simulator on {url} (speed {speed}x)").format(
        title=plan.live.title, url=sim.api_url, speed=f"{args.speed:g}"), flush=True)
    try:
        if args.role == "host":  # the host view on the demo's live: big type beside the camera
            from console.app import HostOptions, run_host

            return run_host(HostOptions(sim.feed_url, sim.token, plan, args.offscreen, args.duration,
                                        args.screenshot))
        return run_console(ConsoleOptions(sim.feed_url, sim.api_url, sim.token, plan, args.offscreen, args.duration,
                                          args.screenshot, args.session, args.plan, args.operator,
                                          add_to_library=not args.no_library, library=args.library,
                                          role=args.role))
    finally:
        sim.stop()


def read_token(token_file: Path | None) -> str:
    """The feed token from --token-file or the environment; raises ValueError naming where it looked."""
    if token_file is not None:
        try:
            token = token_file.read_text().strip()
        except OSError as exc:
            raise ValueError(translate("cli", "cannot read the token file {path}: {reason}").format(
                path=token_file, reason=exc.strerror)) from None
        if not token:
            raise ValueError(translate("cli", "the token file {path} is empty").format(path=token_file))
        return token
    token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        raise ValueError(translate("cli", "no token: set {env} or pass --token-file (never the token itself)").format(
            env=TOKEN_ENV))
    return token


_LOOPBACK = ("localhost", "127.0.0.1", "::1")


def _is_bus(url: str) -> bool:
    from console.bus.address import is_bus_url

    return is_bus_url(url)


def bus_entry(feed: str) -> LiveEntry | None:
    """For a live on the bus, its registry entry (actions API, plan): the bus carries the events, the actions stay
    with the live's one server that executes them (docs/bus.md). None for a websocket feed. Raises ValueError
    (BusAddressError) naming what is wrong: the URL, the credentials, the bus not answering, no such live."""
    if not _is_bus(feed):
        return None
    from console.bus.address import BusCredentials, parse_bus_url
    from console.bus.lookup import find_live

    return find_live(parse_bus_url(feed, want_live=True), BusCredentials.from_env())


def registered_api(feed: str, entry: LiveEntry) -> str:
    """The actions API the live's producer registered, if this console may trust it with its token: on the bus's
    own host (or loopback with a loopback bus). Anyone who can write the registry could otherwise send every seat's
    token to a server of their choosing, and a producer's loopback URL would point a remote seat at itself."""
    from console.bus.address import parse_bus_url

    if not entry.api_url:
        return ""
    api_host = (urlsplit(entry.api_url).hostname or "").lower()
    bus_hosts = {s.rsplit(":", 1)[0].strip("[]").lower() for s in parse_bus_url(feed).servers}
    def local(host: str) -> bool:
        return host in ("localhost", "::1") or host.startswith("127.")

    if api_host in bus_hosts or (local(api_host) and all(local(h) for h in bus_hosts)):
        return entry.api_url
    raise ValueError(translate("cli", "live {live}'s actions API ({host}) is not on the bus's host: pass --api with "
                               "the URL you trust (the token is sent to it)").format(live=entry.live_id, host=api_host))


def registered_plan(entry: LiveEntry) -> Plan | None:
    """The plan the live's producer put on the bus with it (None when it had none). PlanError names it as the bus's:
    the producer loaded it, so a fault here means another version of live-console wrote it."""
    if not entry.plan_toml:
        return None
    return parse_plan(entry.plan_toml, translate("cli", "the plan of live {live} on the bus").format(
        live=entry.live_id))


def url_problem(url: str, flag: str, schemes: tuple[str, str]) -> str:
    """What is wrong with a feed/API URL ('' when fine). The token travels with every request: plain text is
    allowed only to this machine, and a URL must never carry credentials (they would end up in logs)."""
    plain, secure = schemes
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return translate("cli", "{flag}: not a valid URL").format(flag=flag)
    if parts.scheme not in schemes or not host:
        return translate("cli", "{flag} must be a {plain}:// or {secure}:// URL with a host").format(
            flag=flag, plain=plain, secure=secure)
    if parts.username or parts.password or parts.query:
        return translate("cli", "{flag}: the URL must not carry credentials or a query (the token comes from the "
                         "environment)").format(flag=flag)
    if parts.scheme == plain and host not in _LOOPBACK and not host.startswith("127."):
        return translate("cli", "{flag}: {plain}:// would send the token in clear to {host}; use {secure}://").format(
            flag=flag, plain=plain, host=host, secure=secure)
    return ""


def run_live(args: argparse.Namespace) -> int:
    from console.app import ConsoleOptions, run_console

    if args.role == "host":  # the host view is a window of its own, with its own command (which asks for a plan)
        return run_host_cmd(args)
    if problem := seat_flag_problem(args.operator):
        print(f"live-console: {problem}", file=sys.stderr)
        return 2
    plan = load_plan(args.plan) if args.plan else None
    try:
        token = read_token(args.token_file)
    except ValueError as exc:
        print(f"live-console: {exc}", file=sys.stderr)
        return 2
    plan_toml = None
    try:
        entry = bus_entry(args.feed)  # the live on the bus: its actions API and plan, unless given
        args.api = args.api or (registered_api(args.feed, entry) if entry is not None else None)
        if not args.api:
            raise ValueError(translate("cli", "--api is required with a ws:// or wss:// feed") if entry is None else
                             translate("cli", "live {live} on the bus registered no actions API: pass --api").format(
                                 live=entry.live_id))
        if plan is None and entry is not None and entry.plan_toml:
            plan_toml, plan = entry.plan_toml, registered_plan(entry)
    except ValueError as exc:  # PlanError too: the registered plan is named as the bus's
        print(f"live-console: {exc}", file=sys.stderr)
        return 2
    problem = (url_problem(args.feed, "--feed", ("ws", "wss")) if not _is_bus(args.feed) else "") or url_problem(
        args.api, "--api", ("http", "https"))
    if problem:
        print(f"live-console: {problem}", file=sys.stderr)
        return 2
    tls = None
    if args.ca_file is not None:
        try:
            tls = ssl.create_default_context(cafile=str(args.ca_file))
        except (OSError, ssl.SSLError) as exc:
            print(translate(
                "cli", "live-console: --ca-file {path}: cannot be used as a CA certificate ({reason})").format(
                path=args.ca_file, reason=exc), file=sys.stderr)
            return 2
    if (code := _window_check(args.offscreen)) is not None:
        return code
    return run_console(ConsoleOptions(args.feed, args.api, token, plan, args.offscreen, args.duration,
                                      args.screenshot, args.session, args.plan, args.operator, tls,
                                      add_to_library=not args.no_library, library=args.library, role=args.role,
                                      plan_toml=plan_toml))


def run_host_cmd(args: argparse.Namespace) -> int:
    """`live-console host` (docs/host.md): the feed checked as for `live`, then the host view on it."""
    from console.app import HostOptions, run_host

    plan = load_plan(args.plan) if args.plan else None  # a bad one: main() names it, file, line and field
    try:
        if _is_bus(args.feed):  # the plan as its producer registered it; no token: the bus has its own credentials
            entry = bus_entry(args.feed)
            assert entry is not None
            plan = plan or registered_plan(entry)
            token = os.environ.get(TOKEN_ENV, "").strip()
            problem = ""
        else:
            token = read_token(args.token_file)
            problem = url_problem(args.feed, "--feed", ("ws", "wss"))
        if plan is None:
            raise ValueError(translate(
                "cli", "the host view needs the live's plan (its segments and talking points): pass --plan"))
        problem = problem or (url_problem(args.api, "--api", ("http", "https")) if args.api else "")
        if problem:
            raise ValueError(problem)
        tls = ssl.create_default_context(cafile=str(args.ca_file)) if args.ca_file is not None else None
    except (OSError, ssl.SSLError) as exc:
        print(translate("cli", "live-console: --ca-file {path}: cannot be used as a CA certificate ({reason})").format(
            path=args.ca_file, reason=exc), file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"live-console: {exc}", file=sys.stderr)
        return 2
    if (code := _window_check(args.offscreen)) is not None:
        return code
    return run_host(HostOptions(args.feed, token, plan, args.offscreen, args.duration, args.screenshot, tls))


def run_wall_cmd(args: argparse.Namespace) -> int:
    """`live-console wall` (docs/wall.md): the bus and its credentials checked before a window opens."""
    import getpass

    from console.app import WallOptions, run_wall
    from console.bus.address import BusAddressError, BusCredentials, parse_bus_url
    from console.session.file import default_directory

    seat = args.operator or getpass.getuser()
    if problem := seat_flag_problem(seat):
        print(f"live-console wall: {problem}", file=sys.stderr)
        return 2
    if args.token_file is not None and not args.token_file.is_file():
        print(translate("cli", "live-console wall: --token-file {path}: no such file").format(path=args.token_file),
              file=sys.stderr)
        return 2
    try:
        address = parse_bus_url(args.nats, want_live=False)
        creds = BusCredentials.from_env()
    except BusAddressError as exc:
        print(f"live-console wall: {exc}", file=sys.stderr)
        return 2
    sessions = args.sessions or default_directory().parent / "wall"
    try:
        sessions.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(translate("cli", "live-console wall: --sessions {path}: {reason}").format(
            path=sessions, reason=exc.strerror or exc), file=sys.stderr)
        return 2
    if (code := _window_check(args.offscreen)) is not None:
        return code
    return run_wall(WallOptions(address, creds, sessions, seat, args.token_file and args.token_file.resolve(),
                                args.offscreen, args.duration, args.screenshot))


def seat_flag_problem(name: str) -> str:
    """What is wrong with --operator, the seat's name ('' when fine or not given: the OS user then)."""
    problem = seat_problem(name) if name else ""
    return translate("cli", "--operator {name}: {problem}").format(name=repr(name), problem=problem) if problem else ""


def session_path_problem(path: Path) -> str:
    """Why PATH cannot be a session file ('' when it is a file): a folder is named as one, with a few of the
    session files it holds, so that `replay ~/.local/share/live-console/sessions` says what to type next."""
    if path.is_file():
        return ""
    if not path.is_dir():
        return translate("cli", "{path}: no such session file").format(path=path)
    found = sorted(path.glob("*.db"), reverse=True)  # DATE_LIVEID.db: the newest first
    if not found:
        return translate("cli", "{path} is a folder, not a session file, and holds no session file (*.db)").format(
            path=path)
    names = ", ".join(p.name for p in found[:5])
    n, more = len(found), len(found) - 5  # lupdate reads a count as a plain name
    shown = translate("cli", "{names} and %n more", None, PLURAL, more).format(names=names) if more > 0 else names
    return translate("cli", "{path} is a folder, not a session file; it holds %n session file(s): {shown}", None,
                     PLURAL, n).format(path=path, shown=shown)


def at_problem(spec: str) -> str:
    """What is wrong with an --at value ('' when fine): its form, or a percentage beyond the whole live."""
    from console.services.replay.recording import check_at

    try:
        spec = check_at(spec)
    except ValueError as exc:
        return str(exc)
    if spec.endswith("%") and float(spec[:-1]) > 100:
        return translate("cli", "--at {spec}: a percentage of the live goes from 0% to 100%").format(spec=repr(spec))
    return ""


def at_past_the_end(spec: str, path: Path) -> str:
    """A notice when MM:SS lies past the end of the recording: replay then starts at its end ('' otherwise)."""
    from console.plan.model import parse_mmss
    from console.session.file import SessionFileError
    from console.session.reader import EventSource

    if spec.endswith("%"):
        return ""
    try:  # the first and the last event through the seq primary key: two rows whatever the live's length
        with EventSource(path) as source:
            first, last = source.first(), source.last()
    except SessionFileError:
        return ""  # replay itself says what is wrong with the file
    if first is None or last is None:
        return ""
    length = int(last[1] - first[1])
    if parse_mmss(spec) <= length:
        return ""
    return translate("cli", "--at {spec} is past the end of this recording ({length}); starting at its end").format(
        spec=spec, length=f"{length // 60:02d}:{length % 60:02d}")


def run_playbook(args: argparse.Namespace) -> int:
    from console.library.playbook import LibraryReadError, Selection, build_playbook, write_playbook
    from console.library.store import default_library

    selection = Selection(args.since, (args.plan,) if args.plan else (), tuple(args.tag))
    try:
        pb = build_playbook(args.library or default_library(), selection)
        page, _ = write_playbook(pb, args.out)
    except LibraryReadError as exc:
        print(f"live-console playbook: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(translate("cli", "live-console playbook: cannot write {path}: {reason}").format(
            path=args.out, reason=exc.strerror or exc), file=sys.stderr)
        return 2
    lives = len(pb.lives)  # lupdate reads a count as a plain name
    print(translate("cli", "playbook: {rules} rules stand on %n lives ({selection}): {page}", None, PLURAL,
                    lives).format(rules=fmt.count(len(pb.standing)), selection=selection.describe(), page=page))
    for note in pb.notes:
        print(f"  {note}")
    return 0


def run_plan_suggest(args: argparse.Namespace) -> int:
    from console.library.playbook import LibraryReadError
    from console.library.store import default_library
    from console.library.suggest import SuggestError, write_suggestion

    if args.out.resolve() == args.source.resolve():
        print(translate("cli", "live-console plan suggest: --out must not be the --from plan: the draft would "
                        "replace it"), file=sys.stderr)
        return 2
    try:
        result = write_suggestion(args.source, args.out, args.library or default_library())
    except (LibraryReadError, SuggestError) as exc:  # a bad --from plan is PlanError, said by main()
        print(f"live-console plan suggest: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(translate("cli", "live-console plan suggest: cannot write {path}: {reason}").format(
            path=args.out, reason=exc.strerror or exc), file=sys.stderr)
        return 2
    lives = len(result.lives)  # lupdate reads a count as a plain name
    print(translate("cli", "plan suggest: {changes} changes from %n comparable lives: {path}", None, PLURAL,
                    lives).format(changes=fmt.count(len(result.changes)), path=args.out))
    for line in (*result.left_out, *result.changes, *result.kept):
        print(f"  {line}")
    return 0


def run_replay_cmd(args: argparse.Namespace) -> int:
    from console.app import run_replay

    at = args.at.strip() if args.at else None
    problem = (at_problem(at) if at else "") or session_path_problem(args.session)
    if problem:
        print(f"live-console: {problem}", file=sys.stderr)
        return 2
    if at and (notice := at_past_the_end(at, args.session)):
        print(f"live-console: {notice}", file=sys.stderr)
    if (code := _window_check(args.offscreen)) is not None:
        return code
    return run_replay(args.session, offscreen=args.offscreen, at=at, speed=args.speed, play=args.play,
                      duration_s=args.duration, screenshot=args.screenshot)


if __name__ == "__main__":
    raise SystemExit(main())
