"""The studio simulator as a child process of `live-console demo`, on a free loopback port bound here first."""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from console.i18n import active_language, translate
from console.i18n.languages import LANG_ENV
from console.protocol.wire import TOKEN_ENV
from console.studio.server import bind


class DemoSimulator:
    """The studio simulator as a child process on a free loopback port, bound here so nothing has to wait."""

    def __init__(self, plan_path: Path, seed: int, speed: float, scenario: str | None = None) -> None:
        self.token = secrets.token_urlsafe(24)
        sock = bind("127.0.0.1", 0)
        self.port = sock.getsockname()[1]
        # the token travels in the environment, never in argv; the console's language too, so that the simulator's
        # refusals (shown in the console's action log) speak it
        env = {**os.environ, TOKEN_ENV: self.token, LANG_ENV: active_language()}
        # Its messages go to a file, not a pipe nobody reads (a full pipe would freeze the simulator).
        self.log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - lives as long as the child; closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "console", "simulate", "--fd", str(sock.fileno()), "--plan", str(plan_path),
             "--seed", str(seed), "--speed", f"{speed:g}", *(["--scenario", scenario] if scenario else [])],
            env=env, pass_fds=(sock.fileno(),), stdout=subprocess.DEVNULL, stderr=self.log,
        )
        sock.close()  # the child holds the listening socket now; connections queue in its backlog meanwhile

    @property
    def feed_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/v1/events"

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        """Stop it; if it had died by itself, say why (its last words, which never hold the token)."""
        died = self.proc.poll()
        if died is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        elif died != 0:
            self.log.seek(0)
            tail = self.log.read()[-2000:]
            print(translate("Studio", "live-console: the demo simulator stopped by itself (exit {code}):\n{tail}")
                  .format(code=died, tail=tail), file=sys.stderr)
        self.log.close()
