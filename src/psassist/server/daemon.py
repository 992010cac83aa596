"""The resident server: accepts clients on a Unix socket and runs their `psassist check`.

Each client gets its own thread, so any number can connect at once; the checks
themselves take turns (`_RUN_LOCK`): a run borrows the process's standard streams and
working folder, which only one run can hold, and spaCy's parse is CPU-bound under the GIL
anyway. Only the user who owns the server may connect: the socket is 0600 in a 0700
folder, and on Linux the peer's uid is checked as well.
"""

from __future__ import annotations

import contextlib
import io
import os
import socket
import socketserver
import struct
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

from psassist.cli.wire import WireError, receive_message, send_message

_RUN_LOCK = threading.Lock()


class _Capture(io.StringIO):
    """Standard output as the client's terminal would be: a tty or not, as it said."""

    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


class _Input(io.TextIOWrapper):
    """Standard input with the client's bytes behind it (for `psassist check -`)."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8", errors="replace")


class ResidentServer(socketserver.ThreadingUnixStreamServer):
    daemon_threads = True

    def __init__(self, path: str, idle_seconds: float) -> None:
        self.path = path
        self.idle_seconds = idle_seconds
        self.last_activity = time.monotonic()
        self.active = 0
        self._activity = threading.Lock()
        super().__init__(path, _Handler)

    @contextlib.contextmanager
    def busy(self) -> Iterator[None]:
        with self._activity:
            self.active += 1
        try:
            yield
        finally:
            with self._activity:
                self.active -= 1
                self.last_activity = time.monotonic()

    def idle_for(self) -> float:
        with self._activity:
            return 0.0 if self.active else time.monotonic() - self.last_activity


class _Handler(socketserver.BaseRequestHandler):
    server: ResidentServer

    def handle(self) -> None:
        connection: socket.socket = self.request
        if not _same_user(connection):
            return
        with self.server.busy():
            try:
                request = receive_message(connection)
                send_message(connection, self._answer(request))
            except (OSError, WireError):
                return  # the client went away; nothing to tell anyone

    def _answer(self, request: dict[str, Any]) -> dict[str, Any]:
        op = request.get("op")
        if op == "ping":
            return {"pid": os.getpid()}
        if op == "stop":
            threading.Thread(target=self.server.shutdown, daemon=True).start()
            return {"stopping": True}
        if op == "run":
            return run_command(request)
        return {"error": f"unknown request {op!r}"}


def run_command(request: dict[str, Any]) -> dict[str, Any]:
    """Run `psassist ARGV` as the client would have, capturing what it prints."""
    from psassist.cli.main import main

    argv = [str(a) for a in request.get("argv", [])]
    stdin = request.get("stdin")
    out, err = _Capture(bool(request.get("tty"))), _Capture(False)
    display = {str(k): str(v) for k, v in dict(request.get("env", {})).items()}
    with _RUN_LOCK, _borrowed(request.get("cwd"), display):
        saved = sys.stdin, sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        if stdin is not None:
            sys.stdin = _Input(str(stdin).encode("latin-1"))
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's usage errors and --help
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
            if isinstance(exc.code, str):
                err.write(exc.code + "\n")
        finally:
            sys.stdin, sys.stdout, sys.stderr = saved
    return {"exit": code, "stdout": out.getvalue(), "stderr": err.getvalue()}


@contextlib.contextmanager
def _borrowed(cwd: object, display: dict[str, str]) -> Iterator[None]:
    """The client's working folder and display variables, for the length of one run."""
    from psassist.cli.address import DISPLAY_VARIABLES

    previous_cwd = os.getcwd()
    previous = {name: os.environ.get(name) for name in DISPLAY_VARIABLES}
    for name in DISPLAY_VARIABLES:
        os.environ.pop(name, None)
    os.environ.update({k: v for k, v in display.items() if k in DISPLAY_VARIABLES})
    try:
        if isinstance(cwd, str):
            os.chdir(cwd)
        yield
    finally:
        os.chdir(previous_cwd)
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _same_user(connection: socket.socket) -> bool:
    """On Linux, ask the kernel who connected; elsewhere the 0600 socket is the guard."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:
        return True
    credentials = connection.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return bool(uid == os.getuid())


def _claim(path: str) -> bool:
    """Remove a socket file left by a dead server; False if a live server answers there."""
    if not os.path.exists(path):
        return True
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(path)
    except OSError:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        return True
    finally:
        probe.close()
    return False


def _stop_when_idle(server: ResidentServer) -> None:
    while True:
        idle = server.idle_for()
        if idle >= server.idle_seconds:
            server.shutdown()
            return
        time.sleep(min(1.0, max(0.05, server.idle_seconds - idle)))


def serve(path: str, idle_seconds: float) -> int:
    """Load the checker, listen on `path` until idle, and remove the socket on the way out."""
    os.umask(0o077)
    if not _claim(path):
        return 0  # another server already answers for this environment
    _warm_up()
    server = ResidentServer(path, idle_seconds)
    os.chmod(path, 0o600)
    ours = os.stat(path).st_ino
    threading.Thread(target=_stop_when_idle, args=(server,), daemon=True).start()
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
        with contextlib.suppress(FileNotFoundError):
            if os.stat(path).st_ino == ours:  # not a successor's socket at the same path
                os.unlink(path)
    return 0


def _warm_up() -> None:
    """Load spaCy, every rule, the speller and the word frequencies before the first
    client waits for them (each costs a few hundred milliseconds on first use). Harper's
    linter and the word-pair counts load in their own threads meanwhile; the gazetteer
    of places is read here."""
    from psassist.checks.frequency import zipf
    from psassist.checks.harper_rules import RULES
    from psassist.checks.place_names import gazetteer
    from psassist.engines.harper import shared_engine
    from psassist.engines.ngrams import load_in_background

    shared_engine(RULES)  # starts building in the background; checks wait for it if needed
    load_in_background()
    gazetteer()  # the patient-name rule's places, read on first use otherwise
    from psassist.checks.registry import all_rules
    from psassist.checks.vocabulary import Vocabulary
    from psassist.config import load_settings
    from psassist.engines.nlp import load_pipeline

    all_rules()
    with contextlib.suppress(Exception):  # a broken config is reported per run, not here
        load_pipeline(load_settings().spacy_model)
        Vocabulary().knows("residency")
        zipf("the")
