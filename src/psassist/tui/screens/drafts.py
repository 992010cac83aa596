"""The first screen: the workspace's drafts and variants, with a preview of the one picked."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from psassist.drafting import drafts
from psassist.drafting.errors import DraftingError
from psassist.report.safe import safe_text
from psassist.tui.screens.base import PsassistScreen
from psassist.tui.session import display
from psassist.tui.widgets.engine_status import EngineStatusLine
from psassist.workspace import WorkspaceError


class DraftsScreen(PsassistScreen):
    """Pick a draft to edit and check, or start a new one from the prompts."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "n",
            "new_draft",
            "New draft",
            id="drafts.new",
            tooltip="Answer the prompts one section at a time and assemble a draft",
        ),
        Binding(
            "enter",
            "open_draft",
            "Open",
            id="drafts.open",
            show=True,
            tooltip="Edit and check the highlighted draft",
        ),
        Binding(
            "t",
            "app.tracker",
            "Tracker",
            id="drafts.tracker",
            tooltip="The ERAS components and what to do next",
        ),
        Binding("r", "refresh", "Refresh", id="drafts.refresh", show=False),
    ]
    PALETTE: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "draft: new from the prompts",
            "One section at a time, then an assembled draft",
            "new_draft",
        ),
        ("draft: open the highlighted draft", "Edit and check it", "open_draft"),
        ("drafts: refresh the list", "Read the workspace again", "refresh"),
    )

    def compose(self) -> ComposeResult:
        yield Header()
        if self.papp.readonly_reason:
            yield Static(
                Text(f"Read-only: {safe_text(self.papp.readonly_reason)}"),
                id="readonly",
                classes="banner",
            )
        with Horizontal():
            yield OptionList(id="draft-list")
            with VerticalScroll(id="preview-box"):
                yield Static(id="preview")
        yield EngineStatusLine()
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#draft-list").border_title = "Drafts"
        self.query_one("#preview-box").border_title = "Preview"
        self.action_refresh()

    def on_screen_resume(self) -> None:
        self.action_refresh()

    def action_refresh(self) -> None:
        catalog = self.papp.catalog
        options = self.query_one("#draft-list", OptionList)
        highlighted = options.highlighted_option.id if options.highlighted_option else None
        options.clear_options()
        try:
            summaries = drafts.list_drafts(self.papp.workspace)
        except (WorkspaceError, DraftingError) as exc:
            self.notify(safe_text(str(exc)), severity="error", markup=False)
            summaries = []
        for summary in summaries:
            line = Text()
            line.append(summary.name, style="bold")
            detail = ""
            if summary.settings is not None:
                try:
                    detail = catalog.specialty(summary.settings.specialty).name
                except DraftingError:
                    detail = summary.settings.specialty
                if summary.settings.program:
                    detail += f" · {summary.settings.program}"
            line.append(
                f"\n{safe_text(detail) or 'written by hand'} · {summary.words} words", style="dim"
            )
            options.add_option(Option(line, id=summary.name))
        if not summaries:
            options.add_option(
                Option(Text("No drafts yet: press n to write one."), id="", disabled=True)
            )
            self.query_one("#preview", Static).update(
                Text(
                    "Press n to answer the prompts one section at a time; psassist assembles "
                    "them into a first draft that you then edit and check."
                )
            )
        elif highlighted and highlighted in {s.name for s in summaries}:
            options.highlighted = options.get_option_index(highlighted)
        else:
            options.highlighted = 0
        options.focus()

    @on(OptionList.OptionHighlighted, "#draft-list")
    def _preview(self, event: OptionList.OptionHighlighted) -> None:
        name = event.option.id
        if not name:
            return
        try:
            text = drafts.read_draft(self.papp.workspace, name)
        except (WorkspaceError, DraftingError) as exc:
            text = str(exc)
        self.query_one("#preview", Static).update(Text(display(text)))

    @on(OptionList.OptionSelected, "#draft-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.open_draft(event.option.id)

    def action_open_draft(self) -> None:
        option = self.query_one("#draft-list", OptionList).highlighted_option
        if option is not None and option.id:
            self.open_draft(option.id)

    def open_draft(self, name: str) -> None:
        from psassist.tui.screens.editor import EditorScreen

        self.app.push_screen(EditorScreen(name))

    def action_new_draft(self) -> None:
        from psassist.tui.screens.wizard import WizardScreen

        if self.papp.readonly_reason:
            self.notify(
                "The workspace is read-only (another psassist has it open), so no "
                "new draft can be saved.",
                severity="warning",
            )
            return
        self.app.push_screen(WizardScreen(), self._wizard_done)

    def _wizard_done(self, name: object) -> None:
        self.action_refresh()
        if isinstance(name, str) and name:
            self.open_draft(name)
