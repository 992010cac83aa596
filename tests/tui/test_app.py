"""Pilot tests of each flow of the app."""

from __future__ import annotations

import os
import signal
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, OptionList, Sparkline, Static

from psassist.checks.checker import Checker
from psassist.config import LanguageToolSettings, Settings
from psassist.drafting import drafts
from psassist.engines.nlp import Pipeline
from psassist.tracker import Status, parse_state, read_state_data, select_catalog
from psassist.tui.app import PsassistApp
from psassist.tui.screens.drafts import DraftsScreen
from psassist.tui.screens.editor import EditorScreen
from psassist.tui.screens.help import HelpScreen
from psassist.tui.screens.track import TrackScreen
from psassist.tui.screens.wizard import WizardScreen
from psassist.tui.widgets.engine_status import EngineStatusLine
from psassist.tui.widgets.findings import FindingsList
from psassist.tui.widgets.safe_text_area import SafeTextArea
from psassist.workspace import Workspace
from tests.tui.conftest import AppFactory
from tests.tui.helpers import open_editor, until

SIZE = (100, 30)
pytestmark = pytest.mark.anyio


def status(app: PsassistApp) -> str:
    return app.engine_status.plain


async def test_first_screen_appears_while_engines_load(workspace: Path) -> None:
    """The drafts list does not wait for the engines (bench/first_paint.py times it)."""
    settings = Settings(languagetool=LanguageToolSettings(enabled=False))
    app = PsassistApp(workspace, settings, blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await until(
            pilot,
            lambda: (
                isinstance(app.screen, DraftsScreen)
                and app.screen.query_one("#draft-list", OptionList).option_count > 0
            ),
            what="the drafts list",
        )
        assert "LanguageTool: unavailable" in status(app)


async def test_status_line_shows_harper_as_the_checker_reports_it(
    workspace: Path, make_app: AppFactory, pipeline: Pipeline
) -> None:
    """Harper is on the line beside spaCy and LanguageTool, in the state `doctor` reports."""
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await until(
            pilot, lambda: app.engines["harper"].status != "starting", timeout=60.0, what="Harper"
        )
        checker = Checker(app.settings, grammar=False, pipeline=pipeline)
        assert app.engines["harper"] == checker.engine_status()["harper"]
        assert app.engines["harper"].status == "ok"  # the harper-py wheel is a dependency
        assert "Harper: ready" in status(app)
        line = app.screen.query_one(EngineStatusLine)
        assert "Harper: ready" in str(line.render())


async def test_new_draft_through_every_section(tmp_path: Path, make_app: AppFactory) -> None:
    app = make_app(tmp_path / "new")
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, DraftsScreen))
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, WizardScreen))
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        await pilot.press(*"mine")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert wizard.step == 1
        answered = []
        while isinstance(app.screen, WizardScreen):
            section = wizard.sections[wizard.step - 1]
            area = wizard.query_one("#answer", SafeTextArea)
            if section.optional:
                await pilot.press("ctrl+o")
            else:
                area.load_text(f"My answer about {section.title.lower()}, in my own words.")
                answered.append(section.title.lower())
                await pilot.press("ctrl+n")
            await pilot.pause()
        await until(pilot, lambda: isinstance(app.screen, EditorScreen), what="the editor")
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        text = editor.query_one("#text", SafeTextArea).text
        for title in answered:
            assert title in text
    with Workspace.open(tmp_path / "new", readonly=True) as workspace:
        assert drafts.read_draft(workspace, "mine") == text
        assert "own words" in workspace.read_text(drafts.ANSWERS)


async def test_required_sections_cannot_be_skipped(tmp_path: Path, make_app: AppFactory) -> None:
    app = make_app(tmp_path / "new")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, WizardScreen))
        await pilot.press(*"x1", "ctrl+n", "ctrl+o")
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        assert wizard.step == 1  # the first section is required


async def test_check_without_languagetool_jump_and_apply(
    workspace: Path, make_app: AppFactory
) -> None:
    with Workspace.open(workspace) as ws:
        ws.write_text(
            "drafts/im-main.txt",
            "I saw the the patient at night.\n\n" + drafts.read_draft(ws, "im-main"),
        )
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await open_editor(pilot, app, "im-main")
        assert "LanguageTool: unavailable" in status(app)
        assert status(app).endswith(" — grammar checking is turned off; the other checks still run")
        stats = str(editor.query_one("#stats", Static).render())
        assert "/ 28,000 characters" in stats and "Reading ease" in stats
        findings = editor.query_one(FindingsList)
        assert findings.option_count > 3
        index = next(
            i
            for i, f in enumerate(findings.shown)
            if f is not None and f.finding.rule == "grammar.doubled-word"
        )
        findings.focus()
        findings.highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        area = editor.query_one("#text", SafeTextArea)
        assert app.focused is findings  # the next key acts on the finding, not the text
        assert area.selected_text == "the the"
        await pilot.press("a")
        assert area.text.startswith("I saw the patient at night.")
        await until(
            pilot,
            lambda: editor.report is not None and editor.report.text == area.text,
            what="the re-check",
        )
        assert editor.report is not None
        assert not any(f.finding.rule == "grammar.doubled-word" for f in editor.report.findings)


async def test_ignore_rule_for_this_draft(workspace: Path, make_app: AppFactory) -> None:
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await open_editor(pilot, app, "im-main")
        findings = editor.query_one(FindingsList)
        index = next(
            i
            for i, f in enumerate(findings.shown)
            if f is not None and f.finding.rule == "style.hedge"
        )
        findings.focus()
        findings.highlighted = index
        await pilot.press("i")
        assert all(f.finding.rule != "style.hedge" for f in findings.shown if f is not None)
    assert "style.hedge" in (workspace / "ignored.toml").read_text()


async def type_at_start(
    pilot: Pilot[None],
    app: PsassistApp,
    draft: str,
    words: str,
) -> EditorScreen:
    """Open a draft and type at its start, leaving the edit unsaved."""
    editor = await open_editor(pilot, app, draft)
    editor.query_one("#text", SafeTextArea).move_cursor((0, 0))
    await pilot.press(*words)
    assert editor.dirty
    return editor


async def test_quit_with_unsaved_edits_keeps_them(workspace: Path, make_app: AppFactory) -> None:
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await type_at_start(pilot, app, "fm-main", "Unsaved words. ")
        await pilot.press("ctrl+q")
    assert app.return_code == 0
    reopened = make_app(workspace)
    async with reopened.run_test(size=SIZE) as pilot:
        editor = await open_editor(pilot, reopened, "fm-main")
        assert editor.query_one("#text", SafeTextArea).text.startswith("Unsaved words. ")
    assert (workspace / "history" / "drafts" / "fm-main.txt").is_dir()


async def test_hangup_saves_unsaved_edits(workspace: Path, make_app: AppFactory) -> None:
    """Closing the terminal window sends SIGHUP; the text typed just before must survive."""
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await type_at_start(pilot, app, "fm-main", "Typed before the hangup. ")
        os.kill(os.getpid(), signal.SIGHUP)
        await until(pilot, lambda: not editor.dirty, what="the save on SIGHUP")
    text = (workspace / "drafts" / "fm-main.txt").read_text(encoding="utf-8")
    assert text.startswith("Typed before the hangup. ")


async def test_locked_workspace_opens_read_only(workspace: Path, make_app: AppFactory) -> None:
    with Workspace.open(workspace):
        app = make_app(workspace)
        async with app.run_test(size=SIZE) as pilot:
            editor = await open_editor(pilot, app, "im-main")
            assert app.readonly_reason and "in use" in app.readonly_reason
            area = editor.query_one("#text", SafeTextArea)
            assert area.read_only
            await pilot.press("n")
            assert not editor.dirty


MARKUP = "Plain [bold]not bold[/] and [link=https://x.test]no link[/link] \x1b[31mred?\x07\n"


async def test_markup_and_escapes_render_literally(workspace: Path, make_app: AppFactory) -> None:
    (workspace / "drafts" / "odd.txt").write_text(MARKUP, encoding="utf-8")
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, DraftsScreen))
        drafts_screen = app.screen
        listing = drafts_screen.query_one("#draft-list", OptionList)
        listing.highlighted = listing.get_option_index("odd")
        await pilot.pause()
        preview = str(drafts_screen.query_one("#preview", Static).render())
        assert "[bold]not bold[/]" in preview and "[link=https://x.test]" in preview
        assert "\\x1b[31m" in preview and "\x1b" not in preview
        editor = await open_editor(pilot, app, "odd")
        area = editor.query_one("#text", SafeTextArea)
        assert area.text == MARKUP  # the document keeps what the user wrote
        drawn = "".join(
            segment.text.strip() for row in range(4) for segment in area.render_line(row)
        )
        assert "[bold]not bold[/]" in drawn
        assert "[link=https://x.test]nolink[/link]" in drawn.replace(" ", "")
        assert "\x1b" not in drawn and "\x07" not in drawn and "\u241b[31m" in drawn
        screenshot = app.export_screenshot()
        assert "\x1b" not in screenshot


async def test_help_theme_and_palette(workspace: Path, make_app: AppFactory) -> None:
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, DraftsScreen))
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, DraftsScreen)
        dark = app.current_theme.dark
        await pilot.press("ctrl+t")
        assert app.current_theme.dark is not dark
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"draft: new")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WizardScreen), what="palette")


async def test_export_txt(workspace: Path, tmp_path: Path, make_app: AppFactory) -> None:
    target = tmp_path / "out.txt"
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(pilot, app, "im-main")
        await pilot.press("ctrl+o")
        await pilot.pause()
        field = app.screen.query_one("#prompt-input")
        field.value = str(target)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
    assert target.read_text(encoding="ascii").startswith("The first time")


async def test_tracker_status_changes_with_a_key(workspace: Path, make_app: AppFactory) -> None:
    app = make_app(workspace, today=date(2026, 9, 1))
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, DraftsScreen))
        await pilot.press("t")
        await until(
            pilot,
            lambda: isinstance(app.screen, TrackScreen) and app.screen.overview is not None,
            what="the tracker",
        )
        track = app.screen
        assert isinstance(track, TrackScreen)
        table = track.query_one("#components", DataTable)
        row = next(
            i
            for i, item in enumerate(track.overview.items)  # type: ignore[union-attr]
            if not item.derived and item.status is Status.NOT_STARTED
        )
        table.move_cursor(row=row)
        ident = track.overview.items[row].id  # type: ignore[union-attr]
        await pilot.press("s")
        await pilot.pause()
        changed = next(i for i in track.overview.items if i.id == ident)  # type: ignore[union-attr]
        assert changed.status is Status.IN_PROGRESS
    with Workspace.open(workspace, readonly=True) as ws:
        data = read_state_data(ws)
        state = parse_state(ws, data, select_catalog(data, date(2026, 9, 1)))
    assert state.of(ident).status is Status.IN_PROGRESS


async def test_switch_template_keeps_hand_edits_as_a_version(
    workspace: Path, make_app: AppFactory
) -> None:
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await open_editor(pilot, app, "im-main")
        area = editor.query_one("#text", SafeTextArea)
        area.move_cursor((0, 0))
        await pilot.press(*"HANDEDIT ")
        editor.render_again(template="chronological")
        await pilot.pause()
        assert not area.text.startswith("HANDEDIT")
    with Workspace.open(workspace, readonly=True) as ws:
        assert drafts.load_settings(ws, "im-main").template == "chronological"
        versions = drafts.draft_versions(ws, "im-main")
        kept = drafts.version_text(ws, "im-main", versions[-1].number)
    assert kept.startswith("HANDEDIT ")


async def test_switch_to_an_unknown_template_changes_nothing(
    workspace: Path, make_app: AppFactory
) -> None:
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await open_editor(pilot, app, "im-main")
        before = editor.query_one("#text", SafeTextArea).text
        editor.render_again(template="no-such-template")
        await pilot.pause()
        assert editor.query_one("#text", SafeTextArea).text == before
    with Workspace.open(workspace, readonly=True) as ws:
        assert drafts.load_settings(ws, "im-main").template != "no-such-template"


async def test_tracker_letters_add_and_receive(workspace: Path, make_app: AppFactory) -> None:
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        await until(
            pilot,
            lambda: isinstance(app.screen, TrackScreen) and app.screen.overview is not None,
            what="the tracker",
        )
        track = app.screen
        assert isinstance(track, TrackScreen)
        count = len(track.overview.letters)  # type: ignore[union-attr]
        await pilot.press("l")
        await pilot.pause()
        await pilot.press(*"Dr. [bold]Okafor", "enter")
        await pilot.pause()
        letters = track.overview.letters  # type: ignore[union-attr]
        assert len(letters) == count + 1 and letters[-1].writer == "Dr. [bold]Okafor"
        table = track.query_one("#letters", DataTable)
        table.focus()
        table.move_cursor(row=count)
        await pilot.press("r")
        await pilot.pause()
        assert track.overview.letters[-1].received == date(2026, 9, 1)  # type: ignore[union-attr]


async def test_chart_of_saved_versions(workspace: Path, make_app: AppFactory) -> None:
    with Workspace.open(workspace) as ws:
        text = drafts.read_draft(ws, "fm-main")
        ws.write_text("drafts/fm-main.txt", text + "\nI am very very passionate.\n")
        ws.write_text("drafts/fm-main.txt", text)
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await open_editor(pilot, app, "fm-main")
        trend = editor.query_one("#trend", Sparkline)
        await until(pilot, lambda: trend.display, what="the chart")
        assert len(trend.data or []) >= 2


async def test_tracker_letter_assignment_respects_the_limit(
    workspace: Path, make_app: AppFactory
) -> None:
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        await until(
            pilot,
            lambda: isinstance(app.screen, TrackScreen) and app.screen.overview is not None,
            what="the tracker",
        )
        track = app.screen
        assert isinstance(track, TrackScreen)
        table = track.query_one("#letters", DataTable)
        for writer in ("Dr. Fourth", "Dr. Fifth"):
            await pilot.press("l")
            await pilot.pause()
            await pilot.press(*writer, "enter")
            await pilot.pause()
            table.focus()
            table.move_cursor(row=len(track.overview.letters) - 1)  # type: ignore[union-attr]
            await pilot.press("p")
            await pilot.pause()
            await pilot.press(*"Lakeshore Community Hospital", "enter")
            await pilot.pause()
        holders = [
            x.id
            for x in track.overview.letters  # type: ignore[union-attr]
            if "Lakeshore Community Hospital" in x.programs
        ]
        assert len(holders) == 4  # the fifth letter was refused: ERAS allows 4 per program
        assert not track.overview.letters[-1].programs  # type: ignore[union-attr]
