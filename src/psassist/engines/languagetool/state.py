"""The files through which psassist processes share one local LanguageTool server.

All live in `locations.state_dir()`:

- `languagetool.json`: the running server (daemon pid, java pid, port, version, folder),
  written atomically by the daemon and removed by it when it stops;
- `languagetool.heartbeat`: touched by every client on every use; its age is the idle time;
- `languagetool.lock`: held while a client checks or starts the server, so two psassist
  processes never start two servers;
- `languagetool.log`: output of the daemon and of java, for diagnosing a failed start.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from psassist import locations

STATE_FILE = "languagetool.json"
HEARTBEAT_FILE = "languagetool.heartbeat"
LOCK_FILE = "languagetool.lock"
LOG_FILE = "languagetool.log"

#: Substrings of /proc/<pid>/cmdline, so a recycled pid is never mistaken for ours.
JAVA_SIGNATURE = "org.languagetool.server.HTTPServer"
DAEMON_SIGNATURE = "psassist.engines.languagetool.daemon"


@dataclass(frozen=True)
class ServerState:
    """What the daemon records about the server it supervises."""

    daemon_pid: int
    java_pid: int
    port: int
    version: str | None
    lt_dir: str
    classpath: str
    heap: str
    idle_minutes: float
    started: float
    #: Random value chosen by the client that started the daemon, to recognise it.
    token: str

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def state_dir(explicit: Path | None = None) -> Path:
    return explicit if explicit is not None else locations.state_dir()


def read_state(directory: Path | None = None) -> ServerState | None:
    """The recorded server, or None if there is none or the file is unreadable."""
    path = state_dir(directory) / STATE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ServerState(**data)
    except (OSError, ValueError, TypeError):
        return None


def write_state(state: ServerState, directory: Path | None = None) -> None:
    """Write via a temp file and rename, so readers never see half a file."""
    folder = state_dir(directory)
    folder.mkdir(parents=True, exist_ok=True)
    temp = folder / f".{STATE_FILE}.{os.getpid()}"
    temp.write_text(json.dumps(asdict(state), indent=2) + "\n", encoding="utf-8")
    os.replace(temp, folder / STATE_FILE)


def remove_state(directory: Path | None = None, *, token: str | None = None) -> None:
    """Remove the state file; with `token`, only if it still describes that server."""
    path = state_dir(directory) / STATE_FILE
    if token is not None:
        current = read_state(directory)
        if current is not None and current.token != token:
            return
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def touch_heartbeat(directory: Path | None = None) -> None:
    folder = state_dir(directory)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / HEARTBEAT_FILE
    try:
        os.utime(path)
    except FileNotFoundError:
        path.touch()


def last_heartbeat(directory: Path | None = None) -> float | None:
    try:
        return (state_dir(directory) / HEARTBEAT_FILE).stat().st_mtime
    except OSError:
        return None


def process_alive(pid: int, signature: str) -> bool:
    """True if `pid` runs and (where /proc tells) is the program we started, not a zombie."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False  # someone else's process reusing the pid
    proc = Path("/proc") / str(pid)
    if not proc.is_dir():
        return True  # no /proc (macOS): trust kill(0)
    try:
        stat = (proc / "stat").read_text()
        if stat.rpartition(")")[2].split()[0] in ("Z", "X"):
            return False
        cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return False
    return signature in cmdline


@contextlib.contextmanager
def server_lock(timeout: float, directory: Path | None = None) -> Iterator[None]:
    """Hold the server lock; TimeoutError if another process keeps it past `timeout`."""
    folder = state_dir(directory)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK_FILE, "a+b") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise TimeoutError(f"{folder / LOCK_FILE} is held by another process") from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
