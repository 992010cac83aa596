"""Pictures of each screen at a fixed size (pytest-textual-snapshot).

Update them after an intended change with `pytest tests/tui --snapshot-update`, and look
at the report it writes before committing the new pictures.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from psassist.tui.app import PsassistApp
from psassist.tui.screens.drafts import DraftsScreen
from psassist.tui.screens.editor import EditorScreen
from psassist.tui.screens.track import TrackScreen
from psassist.tui.screens.wizard import WizardScreen
from psassist.tui.widgets.engine_status import STARTING
from psassist.tui.widgets.findings import FindingsList
from psassist.tui.widgets.marked_text_area import MarkedTextArea
from tests.tui.conftest import AppFactory
from tests.tui.helpers import until

pytest.importorskip("pytest_textual_snapshot")

SIZE = (100, 30)


async def _drafts(pilot: Pilot[Any]) -> None:
    await until(pilot, lambda: isinstance(pilot.app.screen, DraftsScreen))
    app = pilot.app
    assert isinstance(app, PsassistApp)
    # Harper builds in a worker: the status line is pictured once it has said how it went.
    await until(
        pilot, lambda: app.engines.get("harper", STARTING) != STARTING, timeout=60.0, what="Harper"
    )


async def _editor(pilot: Pilot[Any]) -> None:
    await _drafts(pilot)
    drafts = pilot.app.screen
    assert isinstance(drafts, DraftsScreen)
    drafts.open_draft("im-main")
    await until(
        pilot,
        lambda: isinstance(pilot.app.screen, EditorScreen) and pilot.app.screen.report is not None,
        what="the check",
    )
    await pilot.pause()


async def _wizard(pilot: Pilot[Any]) -> None:
    await _drafts(pilot)
    await pilot.press("n")
    await until(pilot, lambda: isinstance(pilot.app.screen, WizardScreen))
    await pilot.press(*"fm-new", "ctrl+n")
    await pilot.pause()


async def _help(pilot: Pilot[Any]) -> None:
    await _drafts(pilot)
    await pilot.press("f1")
    await pilot.pause()


async def _tracker(pilot: Pilot[Any]) -> None:
    await _drafts(pilot)
    await pilot.press("t")
    await until(
        pilot,
        lambda: isinstance(pilot.app.screen, TrackScreen) and pilot.app.screen.overview is not None,
        what="the tracker's data",
    )
    await pilot.pause()


#: A draft written for these pictures, with findings of several categories and severities.
MARKED_DRAFT = (
    "On my first night shift I saw the the patient at night, and I really wanted to help "
    "him. Mr. Daniel Okafor, a 67-year-old farmer, was "
    "admitted on March 3, 2024 with chest pain.\n\n"
    "During my residency I learned to run a ward of forty beds, and clear communication is "
    "kind of the most important skill. The decision was made by the team to transfer him.\n"
)


async def _marked(pilot: Pilot[Any]) -> None:
    """The marked draft with the cursor on the doubled word, so the status line shows it."""
    await _drafts(pilot)
    drafts = pilot.app.screen
    assert isinstance(drafts, DraftsScreen)
    drafts.open_draft("marked")
    # Wait for the opening check, and for nothing to be pending after it.
    await until(
        pilot,
        lambda: (
            isinstance(pilot.app.screen, EditorScreen)
            and pilot.app.screen.report is not None
            and pilot.app.screen.settled
        ),
        what="the checks",
    )
    area = pilot.app.screen.query_one(MarkedTextArea)
    area.move_cursor((0, MARKED_DRAFT.index("the the")))
    await until(pilot, lambda: area.cursor_mark is not None, what="the mark at the cursor")
    # Refilled after each check, the findings list may end a line lower or higher; these
    # pictures are about the text, so the list is shown from its top.
    pilot.app.screen.query_one(FindingsList).scroll_to(y=0, animate=False)
    await pilot.pause()


async def _marked_light(pilot: Pilot[Any]) -> None:
    await _marked(pilot)
    await pilot.press("ctrl+t")
    await pilot.pause()


async def _marked_style_hidden(pilot: Pilot[Any]) -> None:
    await _marked(pilot)
    await pilot.press("alt+3")  # style
    await pilot.pause()


@pytest.mark.parametrize(
    "picture, run_before",
    [
        ("dark", _marked),
        ("light", _marked_light),
        ("style hidden", _marked_style_hidden),
    ],
)
def test_marked_editor(
    picture: str, run_before: Any, snap_compare: Any, workspace: Path, make_app: AppFactory
) -> None:
    (workspace / "drafts" / "marked.txt").write_text(MARKED_DRAFT, encoding="utf-8")
    assert snap_compare(make_app(workspace), terminal_size=SIZE, run_before=run_before)


@pytest.mark.parametrize(
    "screen, run_before",
    [
        ("drafts", _drafts),
        ("editor", _editor),
        ("wizard", _wizard),
        ("help", _help),
        ("tracker", _tracker),
    ],
)
def test_screen(
    screen: str, run_before: Any, snap_compare: Any, workspace: Path, make_app: AppFactory
) -> None:
    assert snap_compare(make_app(workspace), terminal_size=SIZE, run_before=run_before)
