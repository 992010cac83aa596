"""Regenerate docs/editor.svg, the README's picture of the editor with its marks.

Run from the repository root: `.venv/bin/python scripts/readme_screenshot.py`. It opens a
fresh copy of the sample workspace with the flawed sample statement as a draft, waits for
its check (with LanguageTool when it starts within two minutes, so spelling and grammar are
marked too; `--no-grammar` skips it), puts the cursor on the first error and saves the
screen as Textual draws it, in the dark theme at 110 x 32.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from psassist.config import Settings
from psassist.findings import Severity
from psassist.tui.app import PsassistApp
from psassist.tui.screens.drafts import DraftsScreen
from psassist.tui.screens.editor import EditorScreen
from psassist.tui.widgets.marked_text_area import MarkedTextArea

REPO = Path(__file__).resolve().parents[1]
STATEMENT = REPO / "samples" / "statements" / "flawed-family-medicine.txt"
TARGET = REPO / "docs" / "editor.svg"
SIZE = (110, 32)
LANGUAGETOOL_WAIT = 120.0  # seconds


async def wait_for(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.1)
    return True


async def shoot(workspace: Path, grammar: bool) -> str:
    app = PsassistApp(workspace, Settings(), grammar=grammar, blink=False, today=date(2026, 9, 1))
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(lambda: isinstance(app.screen, DraftsScreen), 30)
        drafts_screen = app.screen
        assert isinstance(drafts_screen, DraftsScreen)
        drafts_screen.open_draft("fm-flawed")
        await wait_for(
            lambda: isinstance(app.screen, EditorScreen) and app.screen.report is not None, 120
        )
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        engine = "LanguageTool off"
        if grammar:

            def languagetool() -> str:
                status = app.engines.get("languagetool")
                return status.status if status is not None else "starting"

            await wait_for(lambda: languagetool() != "starting", LANGUAGETOOL_WAIT)
            if languagetool() == "ok":
                editor.report = None
                editor.run_check()
                await wait_for(lambda: editor.report is not None and editor.settled, 120)
                engine = "with LanguageTool"
            else:
                engine = "LanguageTool did not start; without it"
        area = editor.query_one(MarkedTextArea)
        first_error = next(
            (m for m in area.marks if m.finding.severity is Severity.ERROR and m.start != m.end),
            None,
        )
        if first_error is not None:
            area.move_cursor(first_error.start)
        await pilot.pause(0.5)
        TARGET.parent.mkdir(exist_ok=True)
        app.save_screenshot(TARGET.name, str(TARGET.parent))
    return engine


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-grammar", action="store_true", help="do not start LanguageTool")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workspace = Path(folder) / "workspace"
        shutil.copytree(REPO / "samples" / "workspace", workspace)
        shutil.copy(STATEMENT, workspace / "drafts" / "fm-flawed.txt")
        engine = asyncio.run(shoot(workspace, grammar=not args.no_grammar))
    print(f"wrote {TARGET.relative_to(REPO)} ({engine})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
