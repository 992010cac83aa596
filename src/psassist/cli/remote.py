"""The client side of the resident server: send `psassist check` there, or say it cannot.

`run_remote` answers None whenever the server cannot be used (no Unix sockets here, it
would not start, it broke mid-way); the caller then checks in-process, so the resident
server can only ever make a check faster, never make it fail.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from pathlib import Path
from typing import Any

from psassist.cli.address import DISPLAY_VARIABLES, private_dir, socket_path
from psassist.cli.wire import WireError, receive_message, send_message

#: How long a first run waits for a new server to load spaCy and the rules.
START_TIMEOUT_SECONDS = 30.0
#: Standard input is read up to this size (the reader refuses larger input itself).
_STDIN_LIMIT = 16 * 1024 * 1024


def wants_server(argv: list[str]) -> bool:
    """Only `psassist check`, and only when neither --no-server nor PSASSIST_NO_SERVER says no."""
    return (
        bool(argv)
        and argv[0] == "check"
        and "--no-server" not in argv
        and not os.environ.get("PSASSIST_NO_SERVER")
        and hasattr(socket, "AF_UNIX")
    )


def run_remote(argv: list[str]) -> int | None:
    """Run `psassist ARGV` in the resident server; its exit code, or None to run in-process."""
    try:
        path = socket_path()
        private_dir(path.parent)
    except OSError:
        return None
    request = _request(argv)
    if request is None:
        return None
    answer = _exchange(_connect(path), request)
    if answer is None:
        # No server, or one that died before answering (killed while its socket still
        # took the connection): start a fresh one, once. No output was written yet.
        answer = _exchange(_start_and_connect(path), request)
    if answer is None or "exit" not in answer:
        return None
    sys.stdout.write(answer.get("stdout", ""))
    sys.stdout.flush()
    sys.stderr.write(answer.get("stderr", ""))
    sys.stderr.flush()
    return int(answer["exit"])


def _exchange(connection: socket.socket | None, request: dict[str, Any]) -> dict[str, Any] | None:
    """Send the request and read the answer; None when there is no connection or it breaks."""
    if connection is None:
        return None
    with connection:
        try:
            send_message(connection, request)
            return receive_message(connection)
        except (OSError, WireError):
            return None


def stop_server() -> bool:
    """Ask this environment's server to stop; False when none was running."""
    connection = _connect(socket_path())
    if connection is None:
        return False
    with connection:
        try:
            send_message(connection, {"op": "stop"})
            receive_message(connection)
        except (OSError, WireError):
            return False
    return True


def server_pid() -> int | None:
    """The running server's process id, or None when none answers."""
    connection = _connect(socket_path())
    if connection is None:
        return None
    with connection:
        try:
            send_message(connection, {"op": "ping"})
            answer = receive_message(connection)
        except (OSError, WireError):
            return None
    pid = answer.get("pid")
    return pid if isinstance(pid, int) else None


def _request(argv: list[str]) -> dict[str, Any] | None:
    stdin = None
    if "-" in argv[1:]:
        try:
            data = sys.stdin.buffer.read(_STDIN_LIMIT)
        except (OSError, ValueError):
            return None
        stdin = data.decode("latin-1")  # bytes carried losslessly through JSON
    return {
        "op": "run",
        "argv": argv,
        "cwd": os.getcwd(),
        "stdin": stdin,
        "tty": sys.stdout.isatty(),
        "env": {name: os.environ[name] for name in DISPLAY_VARIABLES if name in os.environ},
    }


def _connect(path: Path) -> socket.socket | None:
    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(str(path))
    except OSError:
        connection.close()
        return None
    return connection


def _start_and_connect(path: Path) -> socket.socket | None:
    """Start a server (one at a time, under a lock) and wait until it answers."""
    try:
        import fcntl
    except ImportError:
        return None
    lock_path = path.with_suffix(".lock")
    with open(lock_path, "a+b") as lock:
        os.chmod(lock_path, 0o600)
        fcntl.flock(lock, fcntl.LOCK_EX)
        connection = _connect(path)  # another client may have started it meanwhile
        if connection is not None:
            return connection
        if not _spawn(path):
            return None
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            connection = _connect(path)
            if connection is not None:
                return connection
            time.sleep(0.02)
    return None


def _spawn(path: Path) -> bool:
    import subprocess

    idle_minutes = float(os.environ.get("PSASSIST_SERVER_IDLE_MINUTES", "10") or 10)
    log = path.with_suffix(".log")
    try:
        with open(log, "ab") as errors:
            os.chmod(log, 0o600)
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "psassist.server",
                    "--socket",
                    str(path),
                    "--idle",
                    str(idle_minutes * 60),
                ],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=errors,
                start_new_session=True,
                close_fds=True,
            )
    except (OSError, ValueError):
        return False
    return True
