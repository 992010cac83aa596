"""Supervise one local LanguageTool server and stop it once psassist stops using it.

A JVM with LanguageTool loaded holds ~1 GB, so it must not outlive its use; but starting
it takes seconds, so it should be shared by consecutive psassist runs. This small process
sits between: it starts java, records it in the state file, and stops it when the
heartbeat file has not been touched for `--idle-minutes`, when java dies, or when its
state file is removed or taken over (that is how `stop_server()` and a newer daemon
retire it). Run by server.py as `python -m psassist.engines.languagetool.daemon ...`.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType

from psassist.engines.languagetool.errors import LanguageToolError
from psassist.engines.languagetool.state import (
    ServerState,
    last_heartbeat,
    read_state,
    remove_state,
    write_state,
)
from psassist.engines.languagetool.transport import get_json, post_form

MAIN_CLASS = "org.languagetool.server.HTTPServer"
#: Seconds after which a java that never answered is given up (clients wait less).
NEVER_ANSWERED = 300.0


def java_command(java: str, heap: str, classpath: str, port: int) -> list[str]:
    """The server binds to localhost only: HTTPServer listens publicly only with --public.

    The serial collector roughly halves the resident memory (about 430 MB instead of
    800 MB after a few checks) for a few tens of milliseconds per check; an out-of-memory
    JVM exits, so the daemon cleans up and the next client starts a fresh one.
    """
    return [
        java,
        f"-Xmx{heap}",
        "-XX:+UseSerialGC",
        "-XX:+ExitOnOutOfMemoryError",
        "-Djava.awt.headless=true",
        "-Djava.net.preferIPv4Stack=true",  # "localhost" is 127.0.0.1, which clients use
        "-Dfile.encoding=UTF-8",
        "-cp",
        classpath,
        MAIN_CLASS,
        "--port",
        str(port),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not args.foreground and os.fork() > 0:
        # Fork again so the daemon is not the child of the psassist that started it:
        # that process reaps this short-lived parent, and init adopts the daemon.
        os._exit(0)
    return supervise(args)


def supervise(args: argparse.Namespace) -> int:
    folder = Path(args.state_dir)
    stop_requested = False

    def request_stop(_signum: int, _frame: FrameType | None) -> None:
        nonlocal stop_requested
        stop_requested = True

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, request_stop)

    command = java_command(args.java, args.heap, args.classpath, args.port)
    _log(f"starting LanguageTool {args.version or ''} on 127.0.0.1:{args.port}: {command}")
    java = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        cwd=folder,
        preexec_fn=_die_with_parent(),  # safe: this process has no threads
    )
    started = time.time()
    write_state(
        ServerState(
            daemon_pid=os.getpid(),
            java_pid=java.pid,
            port=args.port,
            version=args.version or None,
            lt_dir=args.lt_dir,
            classpath=args.classpath,
            heap=args.heap,
            idle_minutes=args.idle_minutes,
            started=started,
            token=args.token,
        ),
        folder,
    )
    answering = threading.Event()
    threading.Thread(
        target=_warm_up, args=(args.port, args.language, answering), daemon=True
    ).start()
    idle_seconds = args.idle_minutes * 60.0
    interval = min(max(idle_seconds / 20.0, 0.1), 1.0)
    reason = "asked to stop"
    ready_since: float | None = None
    try:
        while not stop_requested:
            code = java.poll()
            if code is not None:
                reason = f"java exited with code {code}"
                break
            current = read_state(folder)
            if current is None or current.token != args.token:
                reason = "its state file was removed or replaced"
                break
            if ready_since is None:
                # Idle time only counts once java answers: a slow start is not idleness.
                ready_since = time.time() if answering.is_set() else None
                if ready_since is None and time.time() - started > NEVER_ANSWERED:
                    reason = f"java did not answer within {NEVER_ANSWERED:g} seconds"
                    break
            elif time.time() - max(last_heartbeat(folder) or 0.0, ready_since) > idle_seconds:
                if _serving(args.port):
                    time.sleep(interval)
                    continue
                reason = f"unused for {args.idle_minutes:g} minutes"
                break
            time.sleep(interval)
    finally:
        _stop(java)
        remove_state(folder, token=args.token)
        _log(f"stopped: {reason}")
    return 0


def _warm_up(port: int, language: str, answering: threading.Event) -> None:
    """Say when java answers, then check a sentence: LanguageTool loads a language's rules
    on its first check (~5 s), so a client that opened the server early saves that time."""
    url = f"http://127.0.0.1:{port}/v2"
    deadline = time.monotonic() + NEVER_ANSWERED
    while time.monotonic() < deadline:
        try:
            get_json(f"{url}/languages", 1.0)
            answering.set()
            post_form(f"{url}/check", {"text": "This is a warm-up.", "language": language}, 60)
            _log("warmed up")
            return
        except LanguageToolError:
            time.sleep(0.2)


def _serving(port: int) -> bool:
    """True while a client is connected (a long check is not idleness); Linux only."""
    wanted = f":{port:04X}"
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table, encoding="ascii") as handle:
                next(handle, None)
                for line in handle:
                    fields = line.split()
                    # fields[1] is the local address:port, fields[3] the state; 01 = ESTABLISHED
                    if len(fields) > 3 and fields[1].endswith(wanted) and fields[3] == "01":
                        return True
        except OSError:
            continue
    return False


def _stop(java: subprocess.Popen[bytes]) -> None:
    if java.poll() is not None:
        return
    java.terminate()
    try:
        java.wait(timeout=10)
    except subprocess.TimeoutExpired:
        java.kill()
        java.wait()


def _die_with_parent() -> Callable[[], None] | None:
    """On Linux, have the kernel send java SIGTERM if this daemon is killed (-9)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    except OSError:
        return None
    pr_set_pdeathsig = 1

    def set_death_signal() -> None:
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)

    return set_death_signal


def _log(message: str) -> None:
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    print(f"{stamp} psassist-daemon[{os.getpid()}]: {message}", flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m psassist.engines.languagetool.daemon")
    parser.add_argument("--java", required=True)
    parser.add_argument("--classpath", required=True)
    parser.add_argument("--heap", default="1g")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--version", default="")
    parser.add_argument("--language", default="en-US")
    parser.add_argument("--lt-dir", required=True)
    parser.add_argument("--idle-minutes", type=float, required=True)
    parser.add_argument("--state-dir", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--foreground", action="store_true", help="do not fork (debugging)")
    return parser


if __name__ == "__main__":
    sys.exit(main())
