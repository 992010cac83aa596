"""Pilot tests of the marks in the editor: styles, toggles, moving, fixing, ignoring, following."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.color import Color
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from psassist.findings import Category, Severity
from psassist.tui.app import PsassistApp
from psassist.tui.marks import Mark
from psassist.tui.screens.editor import EditorScreen
from psassist.tui.widgets.marked_text_area import MarkedTextArea
from psassist.tui.widgets.marked_writing import MarkLegend, MarkStatus
from tests.tui.conftest import AppFactory
from tests.tui.helpers import open_editor, until

SIZE = (100, 30)
pytestmark = pytest.mark.anyio

#: Written for these tests: a doubled word, an intensifier, a patient's name, age and date,
#: passive voice, a hedge, and a very long sentence.
DRAFT = (
    "Ever since I was a child, I have been passionate about medicine. I saw the the patient "
    "at night, and I really wanted to help him. Mr. Daniel Okafor, a 67-year-old farmer, was "
    "admitted on March 3, 2024 with chest pain.\n\n"
    "During my residency I learned to run a ward of forty beds, and clear communication is "
    "kind of the most important skill. The decision was made by the team to transfer him.\n"
)


async def open_marked(
    pilot: Any, app: PsassistApp, workspace: Path, text: str = DRAFT
) -> tuple[EditorScreen, MarkedTextArea]:
    (workspace / "drafts" / "marked.txt").write_text(text, encoding="utf-8")
    editor = await open_editor(pilot, app, "marked")
    area = editor.query_one(MarkedTextArea)
    # The tests start once the opening check is in and nothing else is pending.
    await until(pilot, lambda: editor.settled and len(area.marks) > 0, what="the marks")
    return editor, area


def on_their_words(area: MarkedTextArea) -> bool:
    """Every mark still covers the words it was checked on."""
    return all(area.get_text_range(m.start, m.end) == m.words for m in area.marks)


def drawn(area: MarkedTextArea, words: str) -> Style:
    """The style a mark's `words` are drawn with: the first stretch of the screen drawn
    alone in one style that begins them (a mark may wrap onto the next row)."""
    for y in range(area.size.height):
        for segment in area.render_line(y):
            text = segment.text.strip()
            if isinstance(segment, Segment) and text and words.startswith(text) and segment.style:
                return segment.style
    raise AssertionError(f"{words!r} is not drawn in a style of its own on screen")


def struck(legend: MarkLegend) -> list[str]:
    """The categories the legend shows struck through (hidden)."""
    text = legend.render()
    assert isinstance(text, Text)
    return [
        text.plain[s.start : s.end]
        for s in text.spans
        if isinstance(s.style, Style) and s.style.strike
    ]


def contrast(one: Color, other: Color) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(colour: Color) -> float:
        red, green, blue = colour.get_truecolor()
        channels = [c / 255 for c in (red, green, blue)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


async def test_each_category_has_its_own_legible_style_in_both_themes(
    workspace: Path, make_app: AppFactory
) -> None:
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        _, area = await open_marked(pilot, app, workspace)
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            doubled = drawn(area, "the the")  # an error: bold, underlined, in grammar's colour
            assert doubled.underline and doubled.bold and not doubled.italic
            assert doubled.color == area.mark_style(Category.GRAMMAR, Severity.ERROR).color
            hedge = drawn(area, "kind of")  # an info: italic, underlined
            assert hedge.underline and hedge.italic and not hedge.bold
            name = drawn(area, "Mr. Daniel Okafor")  # privacy, in its own colour
            assert name.color == area.mark_style(Category.PRIVACY, Severity.ERROR).color
            background = doubled.bgcolor
            assert background is not None
            colours = {area.mark_style(c, Severity.WARNING).color for c in Category}
            assert len(colours) == len(Category)  # one colour per category
            for colour in colours:
                assert colour is not None and contrast(colour, background) >= 4.5, theme
            assert area.mark_style(Category.ERAS, Severity.WARNING).underline  # never colour alone


async def test_toggling_a_category_hides_its_marks_and_says_so(
    workspace: Path, make_app: AppFactory
) -> None:
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        _, area = await open_marked(pilot, app, workspace)
        legend = area.screen.query_one(MarkLegend)
        key = f"alt+{list(Category).index(Category.STYLE) + 1}"
        await pilot.press(key)
        assert Category.STYLE in area.hidden
        assert not drawn(area, "Mr. Daniel Okafor").strike  # other categories stay
        with pytest.raises(AssertionError):
            drawn(area, "kind of")  # no longer a span of its own
        assert struck(legend) == ["style"]
        area.move_cursor((0, 0))
        for _ in range(len(area.marks) + 1):  # the next key skips the hidden category
            await pilot.press("f8")
            assert area.cursor_mark is not None
            assert area.cursor_mark.finding.category is not Category.STYLE
        await pilot.press(key)
        assert not area.hidden and drawn(area, "kind of").underline and not struck(legend)


async def test_next_and_previous_visit_the_marks_in_text_order(
    workspace: Path, make_app: AppFactory
) -> None:
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        _, area = await open_marked(pilot, app, workspace)
        status = area.screen.query_one(MarkStatus)
        area.move_cursor((area.document.line_count - 1, 0))  # the empty last row: no mark
        await pilot.pause()
        assert area.cursor_mark is None
        visited: list[Mark | None] = []
        for _ in range(len(area.marks)):
            await pilot.press("f8")
            visited.append(area.cursor_mark)
        assert {id(m) for m in visited} == {id(m) for m in area.marks}  # each one, once
        starts = [m.start for m in visited if m is not None]
        assert starts == sorted(starts)
        assert area.selection.end == starts[-1] and area.selection.start == starts[-1]
        last = visited[-1]
        assert last is not None
        await pilot.pause()
        assert last.finding.message[:20] in str(status.render())
        await pilot.press("f8")  # past the last: back to the first
        assert area.cursor_mark is not None and area.cursor_mark.start == starts[0]
        await pilot.press("shift+f8")
        assert area.cursor_mark is last


async def test_a_fix_applied_in_the_text_moves_the_marks_after_it(
    workspace: Path, make_app: AppFactory
) -> None:
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor, area = await open_marked(pilot, app, workspace)
        area.focus()
        area.move_cursor((0, 0))
        while area.cursor_mark is None or area.cursor_mark.finding.rule != "grammar.doubled-word":
            await pilot.press("f8")
        fixed = area.cursor_mark
        assert fixed is not None
        after = [(m.start, m.words) for m in area.marks if m.start > fixed.end]
        assert any(start[0] == 0 for start, _ in after)  # some on the same row
        await pilot.press("ctrl+f")
        assert area.text.startswith(DRAFT[:80].replace("the the", "the"))
        # At once (the re-check may not have come back yet) and after it, the marks after
        # the fix are on their words: four columns earlier on its row, where they were below.
        moved = [
            ((row, column - 4) if row == 0 else (row, column), words)
            for (row, column), words in after
        ]
        assert [(m.start, m.words) for m in area.marks if m.start > fixed.start] == moved
        assert on_their_words(area)
        await until(
            pilot,
            lambda: editor.report is not None and editor.report.text == area.text,
            what="the re-check",
        )
        assert [(m.start, m.words) for m in area.marks if m.start > fixed.start] == moved
        assert all(m.finding.rule != "grammar.doubled-word" for m in area.marks)


async def test_ignore_the_rule_under_the_cursor(workspace: Path, make_app: AppFactory) -> None:
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        _, area = await open_marked(pilot, app, workspace)
        area.focus()
        area.move_cursor((2, DRAFT.split("\n")[2].index("kind of") + 2))
        await pilot.pause()
        assert area.cursor_mark is not None and area.cursor_mark.finding.rule == "style.hedge"
        await pilot.press("ctrl+r")
        assert all(m.finding.rule != "style.hedge" for m in area.marks)
        assert area.cursor_mark is None or area.cursor_mark.finding.rule != "style.hedge"
    assert "style.hedge" in (workspace / "ignored.toml").read_text(encoding="utf-8")


async def test_marks_follow_typing_and_undo_and_a_recheck_keeps_the_view(
    workspace: Path, make_app: AppFactory
) -> None:
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await open_editor(pilot, app, "im-main")
        area = editor.query_one(MarkedTextArea)
        area.focus()
        last_row = area.document.line_count - 1
        area.move_cursor((last_row, 0))
        area.scroll_cursor_visible()
        await pilot.pause()
        assert area.scroll_offset.y > 0  # the view is scrolled down the draft
        await pilot.press(*"Yes. ")
        assert on_their_words(area)
        where, scroll = area.selection, area.scroll_offset
        await until(
            pilot,
            lambda: editor.report is not None and editor.report.text == area.text,
            what="the re-check",
        )
        assert on_their_words(area)
        assert area.selection == where and area.scroll_offset == scroll  # the view stayed
        # Undo and redo, without yielding to the app: no re-check can come in between.
        starts = [m.start for m in area.marks]
        area.history.checkpoint()
        area.insert("Truly,\nyes: ", (0, 0))
        assert on_their_words(area) and [m.start for m in area.marks] != starts
        area.undo()
        assert on_their_words(area) and [m.start for m in area.marks] == starts
        area.redo()
        assert on_their_words(area) and area.text.startswith("Truly,\nyes: ")
