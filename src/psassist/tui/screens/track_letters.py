"""Letters of recommendation on the tracker screen: add, assign to programs, mark received.

The rules (ids, the per-program limit) live in `psassist.tracker.letters`; this only asks
for input and saves through the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import DataTable

from psassist.report.safe import safe_text
from psassist.tracker import Letter, TrackerError, letters

if TYPE_CHECKING:
    from psassist.tui.screens.track import TrackScreen


class LetterActions:
    """The letter actions of one TrackScreen (its key bindings call these)."""

    def __init__(self, screen: TrackScreen) -> None:
        self.screen = screen

    def add(self) -> None:
        from psassist.tui.screens.prompt import PromptScreen

        self.screen.app.push_screen(
            PromptScreen(
                "Add a letter of recommendation", "The writer's name (e.g. Dr. A. Rahman).", ""
            ),
            self._add_letter,
        )

    def _add_letter(self, writer: str | None) -> None:
        if not writer or self.screen.state is None:
            return
        try:
            state, letter = letters.add_letter(
                self.screen.state, writer, requested=self.screen.papp.today
            )
        except TrackerError as exc:
            self.screen.notify(safe_text(str(exc)), severity="error", markup=False)
            return
        if self.screen.save(state):
            self.screen.notify(f"Added letter {letter.id}, requested today.")

    def highlighted(self) -> Letter | None:
        table = self.screen.query_one("#letters", DataTable)
        if self.screen.state is None or not self.screen.state.letters:
            self.screen.notify("No letters yet: l adds one.", severity="warning")
            return None
        return self.screen.state.letters[
            min(max(table.cursor_row, 0), len(self.screen.state.letters) - 1)
        ]

    def assign(self) -> None:
        from psassist.tui.screens.prompt import PromptScreen

        letter = self.highlighted()
        if letter is None:
            return
        self.screen.app.push_screen(
            PromptScreen(
                f"Assign {letter.id} ({letter.writer}) to programs",
                "Program names, separated by semicolons.",
                "",
            ),
            lambda answer: self._assign_letter(letter.id, answer),
        )

    def _assign_letter(self, letter_id: str, answer: str | None) -> None:
        if not answer or self.screen.state is None or self.screen.catalog is None:
            return
        programs = [p.strip() for p in answer.split(";") if p.strip()]
        try:
            state, letter = letters.assign(
                self.screen.state,
                letter_id,
                programs,
                self.screen.catalog.letters_per_program.value,
            )
        except TrackerError as exc:
            self.screen.notify(safe_text(str(exc)), severity="error", markup=False)
            return
        if self.screen.save(state):
            self.screen.notify(
                f"{letter.id} is assigned to {len(letter.programs)} programs.", markup=False
            )

    def toggle_received(self) -> None:
        letter = self.highlighted()
        if letter is None or self.screen.state is None:
            return
        received = None if letter.received else self.screen.papp.today
        try:
            state, _ = letters.update_letter(self.screen.state, letter.id, received=received)
        except TrackerError as exc:
            self.screen.notify(safe_text(str(exc)), severity="error", markup=False)
            return
        self.screen.save(state)
