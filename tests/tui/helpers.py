"""Waiting for the app without sleeping longer than needed."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from psassist.tui.app import PsassistApp
from psassist.tui.screens.drafts import DraftsScreen
from psassist.tui.screens.editor import EditorScreen


async def until(
    pilot: Pilot[Any], condition: Callable[[], bool], timeout: float = 10.0, what: str = "condition"
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.01)


async def open_editor(pilot: Pilot[Any], app: PsassistApp, name: str) -> EditorScreen:
    """Open draft `name` from the drafts screen and wait for its first check."""
    await until(pilot, lambda: isinstance(app.screen, DraftsScreen), what="drafts screen")
    drafts_screen = app.screen
    assert isinstance(drafts_screen, DraftsScreen)
    drafts_screen.open_draft(name)
    await until(pilot, lambda: isinstance(app.screen, EditorScreen), what="editor")
    screen = app.screen
    assert isinstance(screen, EditorScreen)
    # The first check of a process builds the checker (rules, vocabulary): slow on a busy
    # machine, so it gets a minute; nothing here measures time.
    await until(pilot, lambda: screen.report is not None, timeout=60.0, what="the first check")
    return screen
