"""`psassist web` end to end: a real server, a real Chromium, the real app behind them.

The page draws the terminal with WebGL, so the test reads what the browser received over
its websocket (the app's screen output) rather than the pixels. Chromium is Debian's
package (Playwright cannot download its own browsers here); `scripts/install --dev`
installs it, and in CI a missing browser fails the test instead of skipping it.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from psassist.engines.languagetool import LanguageToolClient
from psassist.web import free_port

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("PSASSIST_CHROMIUM", "/usr/bin/chromium"))
SENTENCE = "Typed in a browser tab, this sentence must reach the workspace."
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]")

playwright_api = pytest.importorskip("playwright.sync_api")


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


class Screen:
    """Everything the browser received from the app, as plain text."""

    def __init__(self) -> None:
        self.text = ""

    def received(self, payload: str | bytes) -> None:
        raw = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
        self.text += _ESCAPES.sub("", raw)

    def wait_for(self, words: str, page: object, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while words not in self.text:
            if time.monotonic() > deadline:
                raise AssertionError(f"{words!r} never reached the browser")
            page.wait_for_timeout(200)  # type: ignore[attr-defined]


WebRun = tuple[str, Path, "subprocess.Popen[str]"]


@pytest.fixture
def web_server(tmp_path: Path, languagetool_client: LanguageToolClient) -> Iterator[WebRun]:
    """`psassist web` on a copy of the sample workspace; the session's LanguageTool is reused."""
    workspace = tmp_path / "workspace"
    shutil.copytree(REPO / "samples" / "workspace", workspace)
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "psassist",
            "web",
            "--workspace",
            str(workspace),
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    assert server.stdout is not None
    line = server.stdout.readline()
    url = f"http://127.0.0.1:{port}"
    assert url in line, line
    try:
        yield url, workspace, server
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
        server.wait(10)


def test_a_draft_typed_in_the_browser_is_saved(web_server: WebRun) -> None:
    if not CHROMIUM.exists():
        _missing(f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium)")
    url, workspace, server = web_server
    screen = Screen()
    with playwright_api.sync_playwright() as playwright:
        args = ["--no-sandbox"] if os.geteuid() == 0 else []
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("websocket", lambda ws: ws.on("framereceived", screen.received))
        page.goto(url)
        screen.wait_for("im-quillmere", page)  # the drafts list
        page.locator(".xterm-screen").click()
        page.keyboard.press("Enter")  # opens the first draft, fm-main
        screen.wait_for("28,000 characters", page)  # its findings are in
        page.keyboard.press("Control+End")
        page.keyboard.type(" " + SENTENCE)
        page.wait_for_timeout(500)
        page.close()  # closing the tab must not lose what was typed
        browser.close()
    draft = workspace / "drafts" / "fm-main.txt"
    deadline = time.monotonic() + 30
    while SENTENCE not in draft.read_text(encoding="utf-8"):
        assert time.monotonic() < deadline, "the typed sentence never reached the draft on disk"
        time.sleep(0.2)
    server.send_signal(signal.SIGINT)  # Ctrl+C stops the server cleanly
    assert server.wait(20) == 0
