"""Reuse the local LanguageTool server, or start one through the daemon.

Starting LanguageTool takes a few seconds and ~1 GB, so every psassist process shares one
server: under a file lock, a client reads the state file, checks that the server answers
and runs the wanted LanguageTool, and otherwise retires it and starts a fresh daemon,
waiting until java answers. The daemon (daemon.py) stops the server when it goes unused.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from psassist.config import LanguageToolSettings
from psassist.engines.java import JavaError, JavaInfo, require_java
from psassist.engines.languagetool.errors import LanguageToolError, LanguageToolUnavailable
from psassist.engines.languagetool.installation import Installation
from psassist.engines.languagetool.state import (
    DAEMON_SIGNATURE,
    JAVA_SIGNATURE,
    LOG_FILE,
    ServerState,
    process_alive,
    read_state,
    remove_state,
    server_lock,
    state_dir,
    touch_heartbeat,
)
from psassist.engines.languagetool.transport import get_json

_HEAP = re.compile(r"^\d+[kKmMgG]?$")
_THROWN = re.compile(r"\b(?:Exception|Error)\b|\w+(?:Exception|Error):")
_PORT_CLASH = ("BindException", "Address already in use")
#: How long the daemon may take to record itself before we call the start failed.
_DAEMON_GRACE = 20.0


def answers(url: str, timeout: float = 2.0) -> bool:
    """True if a LanguageTool server answers GET /v2/languages at `url`."""
    try:
        return isinstance(get_json(f"{url}/v2/languages", timeout), list)
    except LanguageToolError:
        return False


def running_server(directory: Path | None = None) -> ServerState | None:
    """The recorded server if both of its processes are alive; no lock, no network."""
    state = read_state(directory)
    if state is None:
        return None
    if process_alive(state.daemon_pid, DAEMON_SIGNATURE) and process_alive(
        state.java_pid, JAVA_SIGNATURE
    ):
        return state
    return None


def ensure_local_server(
    lt: LanguageToolSettings,
    installation: Installation,
    directory: Path | None = None,
) -> ServerState:
    """A running server for `installation`: the recorded one if usable, else a new one."""
    if not _HEAP.match(lt.heap):
        raise LanguageToolUnavailable(
            f"invalid languagetool.heap {lt.heap!r}; use a size such as 1g or 768m"
        )
    if not lt.idle_minutes > 0 or not lt.start_timeout > 0:
        raise LanguageToolUnavailable(
            "languagetool.idle_minutes and languagetool.start_timeout must be more than 0"
        )
    folder = state_dir(directory)
    try:
        with server_lock(lt.start_timeout * 2 + 30, folder):
            current = _usable(installation, folder)
            if current is not None:
                touch_heartbeat(folder)
                return current
            try:
                java = require_java()
            except JavaError as exc:
                raise LanguageToolUnavailable(str(exc)) from exc
            return _start(java, installation, lt, folder)
    except TimeoutError as exc:
        raise LanguageToolUnavailable(
            "another psassist process is still starting LanguageTool; try again shortly"
        ) from exc


def stop_server(directory: Path | None = None) -> bool:
    """Stop the local server if one is recorded; True if something was running."""
    folder = state_dir(directory)
    with server_lock(60.0, folder):
        state = read_state(folder)
        if state is None:
            return False
        was_running = process_alive(state.daemon_pid, DAEMON_SIGNATURE) or process_alive(
            state.java_pid, JAVA_SIGNATURE
        )
        _retire(state, folder)
        return was_running


def free_port() -> int:
    """A port nobody listens on right now (java may still lose a race for it; we retry)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _usable(installation: Installation, folder: Path) -> ServerState | None:
    state = read_state(folder)
    if state is None:
        return None
    alive = running_server(folder) is not None
    if alive and state.classpath == installation.classpath and answers(state.url, 5.0):
        return state
    _retire(state, folder)  # stale (dead pids), unresponsive, or another LanguageTool
    return None


def _retire(state: ServerState, folder: Path, wait: float = 15.0) -> None:
    """Stop a recorded server and forget it; its daemon also quits once the file is gone."""
    remove_state(folder, token=state.token)
    if process_alive(state.daemon_pid, DAEMON_SIGNATURE):
        _signal(state.daemon_pid, signal.SIGTERM)
    elif process_alive(state.java_pid, JAVA_SIGNATURE):
        _signal(state.java_pid, signal.SIGTERM)  # daemon gone (killed): stop java directly
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and (
        process_alive(state.daemon_pid, DAEMON_SIGNATURE)
        or process_alive(state.java_pid, JAVA_SIGNATURE)
    ):
        time.sleep(0.05)
    for pid, signature in ((state.java_pid, JAVA_SIGNATURE), (state.daemon_pid, DAEMON_SIGNATURE)):
        if process_alive(pid, signature):
            _signal(pid, signal.SIGKILL)


def _start(
    java: JavaInfo, installation: Installation, lt: LanguageToolSettings, folder: Path
) -> ServerState:
    log = folder / LOG_FILE
    _rotate(log)
    for attempt in (1, 2):
        token = secrets.token_hex(8)
        port = free_port()
        touch_heartbeat(folder)
        # Append mode: a retired daemon may still write its last line to the same file.
        with open(log, "ab") as out:
            since = out.tell()
            launcher = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "psassist.engines.languagetool.daemon",
                    "--java",
                    str(java.path),
                    "--classpath",
                    installation.classpath,
                    "--heap",
                    lt.heap,
                    "--port",
                    str(port),
                    "--version",
                    installation.version or "",
                    "--language",
                    lt.language,
                    "--lt-dir",
                    str(installation.directory),
                    "--idle-minutes",
                    repr(float(lt.idle_minutes)),
                    "--state-dir",
                    str(folder),
                    "--token",
                    token,
                ],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=out,
                cwd=folder,
                start_new_session=True,
            )
        try:
            launcher.wait(timeout=30)  # it forks the daemon and exits at once
        except subprocess.TimeoutExpired:
            launcher.kill()
            launcher.wait()
        outcome = _wait_until_ready(token, folder, lt.start_timeout)
        if isinstance(outcome, ServerState):
            return outcome
        tail = _log_tail(log, since)
        if attempt == 1 and any(clash in tail for clash in _PORT_CLASH):
            continue
        raise LanguageToolUnavailable(f"LanguageTool {outcome} ({_cause(tail)}); see {log}")
    raise AssertionError("unreachable")


def _wait_until_ready(token: str, folder: Path, timeout: float) -> ServerState | str:
    """Poll until our daemon's java answers; else clean up and say what went wrong."""
    began = time.monotonic()
    seen: ServerState | None = None
    failure = f"did not answer within {timeout:g} seconds"
    while time.monotonic() - began < timeout:
        state = read_state(folder)
        if state is not None and state.token == token:
            seen = state
            if answers(state.url, 1.0):
                return state
            if not process_alive(state.java_pid, JAVA_SIGNATURE):
                failure = "stopped while starting"
                _wait_for_exit(state.daemon_pid, DAEMON_SIGNATURE, 3.0)  # let it log why
                break
        elif seen is not None:
            failure = "stopped while starting"  # the daemon removed its file: java died
            break
        elif time.monotonic() - began > _DAEMON_GRACE:
            failure = "supervisor did not start"
            break
        time.sleep(0.1)
    if seen is not None:
        _retire(seen, folder)
    return failure


def _signal(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(pid, signum)


def _cause(log_tail: str) -> str:
    """The most telling line of a failed start: java's exception, else the last line."""
    lines = [line.strip() for line in log_tail.splitlines() if line.strip()]
    thrown = [line for line in lines if _THROWN.search(line) and not line.startswith("at ")]
    fatal = [line for line in thrown if 'in thread "main"' in line]
    chosen = (fatal or thrown or lines or ["no output"])[0]
    return chosen[:200]


def _wait_for_exit(pid: int, signature: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process_alive(pid, signature):
        time.sleep(0.05)


def _rotate(log: Path, limit: int = 1 << 20) -> None:
    """Keep the log small: LanguageTool writes a few lines (never the text) per check."""
    try:
        if log.stat().st_size > limit:
            os.replace(log, log.with_name(log.name + ".1"))
    except OSError:
        pass


def _log_tail(log: Path, since: int, size: int = 8000) -> str:
    """What was logged after offset `since` (this attempt), at most its last `size` bytes."""
    try:
        with open(log, "rb") as handle:
            end = handle.seek(0, os.SEEK_END)
            handle.seek(max(since, end - size))
            return handle.read().decode("utf-8", "replace")
    except OSError:
        return ""
