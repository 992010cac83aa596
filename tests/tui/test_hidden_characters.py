"""The editor shows every character and keeps every character.

A draft holding each control, format and separator character that arrives in text pasted
from PDFs and word processors is opened, typed into and saved: the saved bytes are the
typed words followed by the original bytes. Every such character is drawn as a visible
picture, and none hides its neighbours at a wrap. F6 then replaces them all with their
ERAS-safe forms, and only when asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from psassist.text.controls import replace_hidden
from psassist.tui.app import PsassistApp
from psassist.tui.screens.drafts import DraftsScreen
from psassist.tui.screens.editor import EditorScreen
from psassist.tui.widgets.safe_text_area import SafeTextArea, visible_text
from tests.tui.conftest import AppFactory
from tests.tui.helpers import until

pytestmark = pytest.mark.anyio
SIZE = (60, 40)  # narrow, so the long line wraps several times
HIDDEN = (
    ["\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\x07", "\x08", "\x1b", "\x7f"]
    + [chr(c) for c in range(0x01, 0x20) if chr(c) not in "\t\n\r\x0b\x0c\x07\x08\x1b"]
    + [chr(c) for c in range(0x80, 0xA0) if c != 0x85]
    + ["\u200b", "\u200e", "\u202e", "\u2066", "\ufeff", "\u00ad"]
)
TYPED = "Typed first. "


def _draft_text() -> str:
    """Each hidden character between two letters, on one long line that must wrap.

    Prose around it keeps the draft readable as text (many control characters in a short
    file mean binary data).
    """
    words = " ".join(f"a{char}b" for char in HIDDEN)
    prose = "I trained in Lagos and cared for adults on busy medical wards. " * 40
    return f"{words} end.\n\n{prose.strip()}\n"


async def _open(pilot, app: PsassistApp, name: str) -> EditorScreen:  # type: ignore[no-untyped-def]
    await until(pilot, lambda: isinstance(app.screen, DraftsScreen), what="drafts screen")
    app.screen.open_draft(name)  # type: ignore[attr-defined]
    await until(pilot, lambda: isinstance(app.screen, EditorScreen), what="editor")
    screen = app.screen
    assert isinstance(screen, EditorScreen)
    await until(pilot, lambda: bool(screen.query("#text")), what="the text area")
    await pilot.pause()
    return screen


def _drawn_rows(area: SafeTextArea) -> list[str]:
    return ["".join(s.text for s in area.render_line(y)) for y in range(area.size.height)]


async def test_every_character_is_shown_and_saved_unchanged(
    workspace: Path, make_app: AppFactory
) -> None:
    original = _draft_text()
    path = workspace / "drafts" / "pasted.txt"
    path.write_bytes(original.encode("utf-8"))
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await _open(pilot, app, "pasted")
        area = editor.query_one("#text", SafeTextArea)
        assert area.text == original
        assert area.document.line_count == original.count("\n") + 1  # no extra line ends

        rows = _drawn_rows(area)
        drawn = "".join(rows)
        assert not any(c in drawn for c in HIDDEN), "a hidden character reached the screen"
        long_line = original.split("\n")[0]
        assert len(area.wrapped_document.get_offsets(0)) >= 2, "the long line should wrap"
        squeezed = "".join(row.strip() for row in rows).replace(" ", "")
        assert visible_text(long_line).replace(" ", "") in squeezed  # nothing hidden at a wrap

        area.move_cursor((0, 0))
        await pilot.press(*TYPED)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not editor.dirty, what="the save")
    assert path.read_bytes() == (TYPED + original).encode("utf-8")


async def test_f6_replaces_hidden_characters_when_asked(
    workspace: Path, make_app: AppFactory
) -> None:
    original = _draft_text()
    path = workspace / "drafts" / "pasted.txt"
    path.write_bytes(original.encode("utf-8"))
    expected, count = replace_hidden(original)
    assert count == len(HIDDEN)
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await _open(pilot, app, "pasted")
        area = editor.query_one("#text", SafeTextArea)
        area.focus()
        await pilot.press("f6")
        assert area.text == expected
        assert "a\nb" in expected and "a\n\nb" in expected and "ab" in expected
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not editor.dirty, what="the save")
        assert path.read_bytes() == expected.encode("utf-8")
        await pilot.press("ctrl+z")
        assert area.text == original  # one edit, undone with one key
