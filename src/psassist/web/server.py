"""The loopback web server around textual-serve, with psassist's own start-up line."""

from __future__ import annotations

import logging
import shlex
import socket
import sys
import webbrowser
from pathlib import Path
from typing import Any

from textual_serve.server import Server

#: The only address the server ever binds: statement text never leaves the machine.
LOOPBACK = "127.0.0.1"


def app_command(workspace: Path) -> str:
    """The shell command textual-serve runs for each tab (it starts it through a shell)."""
    return shlex.join([sys.executable, "-m", "psassist.web.child", str(workspace)])


def free_port() -> int:
    """A port that is free on the loopback address right now (for tests and `--port 0`)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def port_in_use(port: int) -> bool:
    """True when something already listens on the loopback port (a clear error beats a trace)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((LOOPBACK, port))
        except OSError:
            return True
    return False


class WebServer(Server):
    """textual-serve bound to 127.0.0.1, quiet, printing one line with the URL to open."""

    def __init__(self, workspace: Path, port: int, *, open_browser: bool = False) -> None:
        super().__init__(app_command(workspace), host=LOOPBACK, port=port, title="psassist")
        self.open_browser = open_browser

    def initialize_logging(self) -> None:
        # Warnings only: per-request INFO lines would bury the one line the user needs.
        logging.basicConfig(level=logging.WARNING, format="psassist web: %(message)s")

    async def on_startup(self, app: Any) -> None:
        print(
            f"psassist web: open {self.public_url} in your browser "
            "(this machine only; Ctrl+C stops it, and your text is saved)",
            flush=True,
        )
        if self.open_browser:
            webbrowser.open(self.public_url)
