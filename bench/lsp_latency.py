"""How long after a one-word edit do `psassist lsp`'s diagnostics arrive? Prints figures;
asserts nothing.

A ~700-word statement is opened in a real `psassist lsp` process over stdio; once
LanguageTool has checked it, one word in the first paragraph is changed (a new word each
time, so the changed paragraph is never in the cache), and the time from the `didChange`
notification to the `publishDiagnostics` for that version is measured. Two series: the
default 300 ms debounce (what a writer feels after the last keystroke) and no debounce
(the server's own work). Uses a private state folder, so a LanguageTool server the user
runs is untouched (PSASSIST_LT_URL overrides).

    .venv/bin/python bench/lsp_latency.py
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples" / "statements"
EDITS = 9
URI = "file:///bench/statement.txt"


def statement_700() -> str:
    """The clean sample (639 words) and sentences of the extra paragraph up to 700 words."""
    text = (SAMPLES / "clean-internal-medicine.txt").read_text(encoding="utf-8").strip()
    extra = (REPO / "bench" / "extra-paragraph.txt").read_text(encoding="utf-8").split(". ")
    added: list[str] = []
    while len((text + " ".join(added)).split()) < 700 and extra:
        added.append(extra.pop(0))
    return text + "\n\n" + ". ".join(added).rstrip(".") + ".\n"


class Bench:
    def __init__(self) -> None:
        self.client = LanguageClient("psassist-bench", "1")
        self.published: dict[int, float] = {}
        self.logs: list[str] = []
        self.changed = asyncio.Event()

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            if params.version is not None:
                self.published[params.version] = time.perf_counter()
                self.changed.set()

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def logged(params: types.LogMessageParams) -> None:
            self.logs.append(params.message)
            self.changed.set()

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        def shown(params: types.ShowMessageParams) -> None:
            print(f"[server] {params.message}")

    async def until(self, condition: Any, timeout: float = 600.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            self.changed.clear()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise SystemExit("timed out; the server's log:\n" + "\n".join(self.logs))
            try:
                await asyncio.wait_for(self.changed.wait(), remaining)
            except TimeoutError:
                continue


async def series(debounce_ms: int, env: dict[str, str]) -> tuple[list[float], list[str]]:
    bench = Bench()
    await bench.client.start_io(sys.executable, "-m", "psassist", "lsp", env=env)
    await bench.client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            initialization_options={"psassist": {"debounceMs": debounce_ms}},
        )
    )
    bench.client.initialized(types.InitializedParams())
    text = statement_700()
    bench.client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=URI, language_id="plaintext", version=1, text=text
            )
        )
    )
    await bench.until(lambda: any("LanguageTool ready" in m for m in bench.logs))
    await bench.until(
        lambda: any(
            "sent to LanguageTool: " in m and not m.endswith("LanguageTool: 0") for m in bench.logs
        )
    )
    words = len(text.split())
    latencies: list[float] = []
    previous = "forty-two patients"
    for version in range(2, EDITS + 2):
        current = f"{40 + version + debounce_ms} patients"
        text = text.replace(previous, current, 1)
        previous = current
        sent = time.perf_counter()
        bench.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
        await bench.until(lambda v=version: v in bench.published)
        latencies.append(bench.published[version] - sent)
    checks = [m for m in bench.logs if m.startswith("psassist: checked")][-EDITS:]
    await bench.client.shutdown_async(None)
    bench.client.exit(None)
    await bench.client.stop()
    print(f"document: {words} words; one word changed {EDITS} times")
    return latencies, checks


def warm_languagetool() -> None:
    """Start LanguageTool and let it answer once, as a server a writer already uses would."""
    from psassist.config import load_settings
    from psassist.engines.languagetool import LanguageToolError, open_languagetool

    client = open_languagetool(load_settings())
    for attempt in range(3):
        try:
            client.check("A warm-up sentence for the server.")
            return
        except LanguageToolError:
            if attempt == 2:
                raise


async def main() -> None:
    with tempfile.TemporaryDirectory(prefix="psassist-lsp-bench-") as state:
        own_state = "PSASSIST_STATE_DIR" not in os.environ
        os.environ.setdefault("PSASSIST_STATE_DIR", state)
        try:
            warm_languagetool()
            env = dict(os.environ)
            env["PYTHONPATH"] = os.pathsep.join(
                filter(None, [str(REPO / "src"), env.get("PYTHONPATH")])
            )
            env["PSASSIST_DICTIONARY"] = str(Path(state) / "dictionary.txt")
            for debounce in (300, 0):
                latencies, checks = await series(debounce, env)
                print(
                    f"debounce {debounce} ms: edit -> diagnostics median "
                    f"{statistics.median(latencies):.3f} s (min {min(latencies):.3f}, "
                    f"max {max(latencies):.3f})"
                )
                print(f"  last server log line: {checks[-1] if checks else '(none)'}")
        finally:
            if own_state:
                from psassist.engines.languagetool import stop_server

                stop_server(Path(state))
    print(
        f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
        "(target: 0.3 s after the debounce)"
    )


if __name__ == "__main__":
    asyncio.run(main())
