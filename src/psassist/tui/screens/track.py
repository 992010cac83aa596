"""The ERAS components: progress, next actions by due date, status changed with a key.

Everything shown comes from `psassist.tracker.build_overview`, the function behind
`psassist tracker`; this screen only lays it out and saves edits with `save_state`.
The drafts' statement status needs the checker, so the overview is built in a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import DataTable, Footer, Header, ProgressBar, Static

from psassist.checks.checker import Checker
from psassist.report.safe import safe_text
from psassist.tracker import (
    Catalog,
    Item,
    Overview,
    StatementStatus,
    Status,
    TrackerError,
    TrackerState,
    assess_statements,
    build_overview,
    later_seasons,
    parse_state,
    read_state_data,
    save_state,
    select_catalog,
)
from psassist.tracker.edits import set_notes, set_status
from psassist.tui.screens.base import PsassistScreen
from psassist.tui.screens.track_letters import LetterActions
from psassist.tui.widgets.engine_status import EngineStatusLine
from psassist.workspace import WorkspaceError

#: The order `s` steps through (not applicable is set with `x`).
_CYCLE = (Status.NOT_STARTED, Status.IN_PROGRESS, Status.SUBMITTED, Status.DONE)
_STATUS_STYLE = {
    Status.NOT_STARTED: "",
    Status.IN_PROGRESS: "yellow",
    Status.SUBMITTED: "cyan",
    Status.DONE: "green",
    Status.NOT_APPLICABLE: "dim",
}


@dataclass
class TrackerLoaded(Message):
    """The tracker's catalog, state and the drafts' statement status are read."""

    catalog: Catalog
    state: TrackerState
    statements: list[StatementStatus] | None


def days_label(item: Item) -> Text:
    if item.days_left is None:
        return Text("")
    if item.overdue:
        return Text(f"{-item.days_left} days overdue", style="bold red")
    if item.days_left == 0:
        return Text("due today", style="bold yellow")
    return Text(f"{item.days_left} days left")


class TrackScreen(PsassistScreen):
    """A table of components; the highlighted row is the one the keys change."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "s",
            "next_status",
            "Next status",
            id="track.status",
            tooltip="not started → in progress → submitted → done",
        ),
        Binding(
            "x",
            "not_applicable",
            "Not needed",
            id="track.not_applicable",
            tooltip="Mark the component as not applicable to you (x again undoes it)",
        ),
        Binding("e", "edit_notes", "Notes", id="track.notes", tooltip="Edit your notes"),
        Binding(
            "l",
            "add_letter",
            "Add letter",
            id="track.add_letter",
            tooltip="Add a letter of recommendation (the writer's name)",
        ),
        Binding(
            "r",
            "letter_received",
            "Letter received",
            id="track.letter_received",
            tooltip="Mark the highlighted letter received today (r again clears it)",
        ),
        Binding(
            "p",
            "assign_letter",
            "Assign to programs",
            id="track.assign_letter",
            tooltip="Assign the highlighted letter to programs (ERAS allows 4 per program)",
        ),
        Binding("escape", "app.pop_screen", "Back", id="track.back"),
    ]
    PALETTE: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("tracker: next status for the highlighted component", "s", "next_status"),
        ("tracker: mark as not applicable", "x", "not_applicable"),
        ("tracker: edit notes", "e", "edit_notes"),
        ("letters: add a letter of recommendation", "l", "add_letter"),
        ("letters: mark the highlighted letter received", "r", "letter_received"),
        ("letters: assign the highlighted letter to programs", "p", "assign_letter"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.letters = LetterActions(self)
        self.catalog: Catalog | None = None
        self.state: TrackerState | None = None
        self.statements: list[StatementStatus] | None = None
        self.overview: Overview | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        if self.papp.readonly_reason:
            yield Static(
                Text(f"Read-only: {safe_text(self.papp.readonly_reason)}"), classes="banner"
            )
        with Vertical(id="track"):
            with Horizontal(id="track-top"):
                yield Static(id="season")
                yield ProgressBar(id="progress", show_eta=False)
            yield Static(Text("Reading the tracker…", style="dim"), id="actions")
            yield DataTable(id="components", cursor_type="row", zebra_stripes=True)
            yield Static(id="component-detail")
            yield DataTable(id="letters", cursor_type="row")
        yield EngineStatusLine()
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#components", DataTable)
        table.add_column("Component", width=34)
        table.add_column("Status", width=12)
        table.add_column("When", width=17)
        table.add_column("Due (~ about)", width=13)
        table.add_column("Readiness")
        self.query_one("#actions").border_title = "Next actions"
        letters = self.query_one("#letters", DataTable)
        letters.add_columns("Letter", "Writer", "Specialty", "Requested", "Received", "Programs")
        letters.border_title = "Letters of recommendation (l adds, r received, p programs)"
        self._load()

    @work(
        thread=True,
        exclusive=True,
        group="tracker",
        exit_on_error=False,
        description="reading the tracker",
    )
    def _load(self) -> None:
        workspace = self.papp.workspace
        data = read_state_data(workspace)
        catalog = select_catalog(data, self.papp.today)
        state = parse_state(workspace, data, catalog)
        pipeline = self.papp.checker().pipeline  # waits for spaCy if it is still loading

        def checker() -> Checker:  # as `psassist tracker`: errors only, so no LT or Harper
            return Checker(self.papp.settings, grammar=False, harper=False, pipeline=pipeline)

        statements = assess_statements(workspace, checker, catalog.statement_characters.value)
        self.post_message(TrackerLoaded(catalog, state, statements))

    @on(TrackerLoaded)
    def _loaded(self, event: TrackerLoaded) -> None:
        self.catalog, self.state, self.statements = event.catalog, event.state, event.statements
        self._show()

    def _show(self) -> None:
        if self.catalog is None or self.state is None:
            return
        overview = build_overview(
            self.catalog, self.state, self.papp.today, self.statements, later_seasons(self.catalog)
        )
        self.overview = overview
        season = self.catalog.season
        done = overview.progress
        self.query_one("#season", Static).update(
            Text(
                f"{safe_text(season.name)} · today {overview.today} · {done.done} of "
                f"{done.counted} done, {done.submitted} submitted"
            )
        )
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=max(done.counted, 1), progress=done.done)
        actions = Text()
        for item in overview.actions[:5]:
            actions.append("● ", style="bold red" if item.overdue else "bold")
            actions.append(safe_text(item.component.title))
            if item.due is not None:
                actions.append(f" · due {item.due} ")
                actions.append_text(days_label(item))
            actions.append("\n")
        for line in (*overview.problems, *overview.warnings):
            actions.append(f"note: {safe_text(line)}\n", style="yellow")
        actions.rstrip()
        if any(item.derived for item in overview.items):
            actions.append("\n* status from your drafts or letters", style="dim")
        self.query_one("#actions", Static).update(actions)
        table = self.query_one("#components", DataTable)
        row = table.cursor_row
        table.clear()
        for item in overview.items:
            status = Text(
                item.status.label + ("*" if item.derived else ""), style=_STATUS_STYLE[item.status]
            )
            due = Text(f"{'~' if item.estimate else ''}{item.due}" if item.due else "")
            table.add_row(
                Text(safe_text(item.component.title)),
                status,
                days_label(item),
                due,
                Text(item.readiness),
                key=item.id,
            )
        if overview.items:
            table.move_cursor(row=min(row, len(overview.items) - 1))
        letters = self.query_one("#letters", DataTable)
        letter_row = letters.cursor_row
        letters.clear()
        for letter in overview.letters:
            letters.add_row(
                letter.id,
                Text(safe_text(letter.writer)),
                Text(safe_text(letter.specialty)),
                str(letter.requested or ""),
                str(letter.received or ""),
                str(len(letter.programs)),
                key=letter.id,
            )
        if overview.letters:
            letters.move_cursor(row=min(letter_row, len(overview.letters) - 1))
        if self.focused is None:
            table.focus()

    def _current(self) -> Item | None:
        if self.overview is None or not self.overview.items:
            return None
        row = self.query_one("#components", DataTable).cursor_row
        return self.overview.items[row] if 0 <= row < len(self.overview.items) else None

    @on(DataTable.RowHighlighted, "#components")
    def _detail(self) -> None:
        item = self._current()
        detail = Text()
        if item is not None:
            detail.append(safe_text(item.component.explanation))
            if item.blocked_by:
                detail.append(f"\nWaits for: {', '.join(item.blocked_by)}", style="yellow")
            if item.notes:
                detail.append("\nYour notes: ", style="bold")
                detail.append(safe_text(item.notes))
        self.query_one("#component-detail", Static).update(detail)

    def _change(self, status: Status) -> None:
        item = self._current()
        if item is None or self.catalog is None or self.state is None:
            return
        try:
            state, _ = set_status(self.state, self.catalog, item.id, status)
        except TrackerError as exc:
            self.notify(safe_text(str(exc)), severity="error", markup=False)
            return
        self.save(state)

    def action_next_status(self) -> None:
        item = self._current()
        if item is not None:
            position = _CYCLE.index(item.status) if item.status in _CYCLE else -1
            self._change(_CYCLE[(position + 1) % len(_CYCLE)])

    def action_not_applicable(self) -> None:
        item = self._current()
        if item is not None:
            self._change(
                Status.NOT_STARTED
                if item.status is Status.NOT_APPLICABLE
                else Status.NOT_APPLICABLE
            )

    def action_edit_notes(self) -> None:
        from psassist.tui.screens.prompt import PromptScreen

        item = self._current()
        if item is None:
            return
        self.app.push_screen(
            PromptScreen(
                f"Notes: {item.component.title}",
                "One line; Enter saves, Escape cancels.",
                item.notes,
            ),
            self._save_notes,
        )

    def _save_notes(self, notes: str | None) -> None:
        item = self._current()
        if notes is None or item is None or self.catalog is None or self.state is None:
            return
        try:
            state, _ = set_notes(self.state, self.catalog, item.id, notes)
        except TrackerError as exc:
            self.notify(safe_text(str(exc)), severity="error", markup=False)
            return
        self.save(state)

    # -- letters -------------------------------------------------------------------------------

    def save(self, state: TrackerState) -> bool:
        if self.catalog is None:
            return False
        if self.papp.readonly_reason:
            self.notify(
                "Read-only: this workspace is open in another psassist.", severity="warning"
            )
            return False
        try:
            save_state(self.papp.workspace, state, self.catalog)
        except (TrackerError, WorkspaceError) as exc:
            self.notify(safe_text(str(exc)), severity="error", markup=False)
            return False
        self.state = state
        self._show()
        return True

    def action_add_letter(self) -> None:
        self.letters.add()

    def action_assign_letter(self) -> None:
        self.letters.assign()

    def action_letter_received(self) -> None:
        self.letters.toggle_received()
