"""Edit a draft with its check beside it: findings by category, scores, the ERAS limit.

Typing saves (debounced, atomic, with history) and re-checks (debounced, in an exclusive
thread worker; LanguageTool sees only the paragraphs that changed). Every finding is marked
on its words in the text (widgets.marked_text_area). Enter on a finding in the list selects
its words; keys apply a suggestion, ignore the rule for this draft, or add the word to the
personal dictionary, for the finding highlighted in the list or, in the text, under the
cursor.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import Footer, Header, OptionList, Static, TextArea
from textual.widgets.text_area import Selection
from textual.worker import get_current_worker

from psassist.checks.analysis import CheckOptions
from psassist.checks.vocabulary import add_user_word
from psassist.drafting import drafts
from psassist.drafting.checking import draft_check_options, ignore_rule
from psassist.drafting.errors import DraftingError
from psassist.findings import Category, LocatedFinding, Report
from psassist.report.safe import safe_text
from psassist.tui.marks import Mark
from psassist.tui.messages import CheckFinished
from psassist.tui.screens.base import PsassistScreen
from psassist.tui.screens.editor_drafting import DraftActions
from psassist.tui.session import replacements
from psassist.tui.widgets.check_panel import CheckPanel
from psassist.tui.widgets.engine_status import EngineStatusLine
from psassist.tui.widgets.marked_text_area import MarkedTextArea
from psassist.tui.widgets.marked_writing import TOGGLE_BINDINGS, TOGGLE_COMMANDS, MarkedWriting
from psassist.tui.widgets.version_trend import VersionTrend
from psassist.workspace import WorkspaceError

SAVE_DELAY = 1.5  # seconds after the last keystroke
CHECK_DELAY = 0.8


class EditorScreen(PsassistScreen):
    """One draft: the text on the left, its check on the right."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="editor.save", tooltip="Save now (typing saves too)"),
        Binding("f5", "check", "Check", id="editor.check", tooltip="Check the text again now"),
        Binding(
            "ctrl+l",
            "switch_pane",
            "Text/findings",
            id="editor.switch",
            tooltip="Move between the text and the list of findings (Tab works too)",
        ),
        Binding(
            "ctrl+o",
            "export",
            "Export txt",
            id="editor.export",
            tooltip="Write the ERAS-ready plain text to a file",
        ),
        Binding(
            "escape",
            "close",
            "Drafts",
            id="editor.close",
            tooltip="Save and go back to the list of drafts",
        ),
        *TOGGLE_BINDINGS,
    ]
    PALETTE: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("draft: save", "Save now", "save"),
        ("check: run again now", "Check the text again", "check"),
        ("check: apply the first suggestion", "The finding at the cursor or in the list", "apply"),
        ("check: ignore this rule for this draft", "Stored in ignored.toml", "ignore"),
        ("check: add the word to my dictionary", "For a spelling finding", "add_word"),
        ("draft: export the ERAS plain text", "Write a .txt to paste into MyERAS", "export"),
        ("draft: back to the drafts", "Saves first", "close"),
        ("draft: render again from my answers", "Your edits are kept as a version", "rerender"),
        ("draft: switch template", "Render with another template", "switch_template"),
        ("draft: switch specialty", "Render for another specialty", "switch_specialty"),
        *TOGGLE_COMMANDS,
    )

    def __init__(self, name: str) -> None:
        super().__init__()
        self.drafting = DraftActions(self)
        self.draft = name
        self.saved_text = ""
        self.report: Report | None = None
        self.options = CheckOptions()
        self._save_timer: Timer | None = None
        self._check_timer: Timer | None = None
        #: The text the latest check was started on (a change back to it needs none).
        self._checked_text: str | None = None
        self._area: MarkedTextArea | None = None

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        if self.papp.readonly_reason:
            yield Static(
                Text(f"Read-only: {safe_text(self.papp.readonly_reason)}"), classes="banner"
            )
        with Horizontal():
            yield MarkedWriting(id="writing", read_only=self.papp.readonly_reason is not None)
            yield CheckPanel(id="side")
        yield EngineStatusLine()
        yield Footer()

    def on_mount(self) -> None:
        workspace = self.papp.workspace
        try:
            text = drafts.read_draft(workspace, self.draft)
        except (WorkspaceError, DraftingError) as exc:
            self.notify(safe_text(str(exc)), severity="error", markup=False)
            text = ""
        self.saved_text = text
        self.options = self._check_options()
        area = self._area = self.query_one("#text", MarkedTextArea)
        area.cursor_blink = self.papp.blink
        area.load_text(text)
        area.border_title = self.draft
        self.sub_title = self.draft
        area.focus()
        self.run_check()
        self.query_one(VersionTrend).chart(self.draft, self.options)

    def _check_options(self) -> CheckOptions:
        """As the tracker and `psassist check` check this draft (drafting.checking)."""
        workspace, catalog = self.papp.workspace, self.papp.catalog
        try:
            return draft_check_options(workspace, self.draft, catalog)
        except WorkspaceError as exc:
            self.notify(safe_text(str(exc)), severity="warning", markup=False)
            return draft_check_options(workspace, self.draft, catalog, with_ignored=False)

    @property
    def text(self) -> str:
        return self._area.text if self._area is not None else self.saved_text

    @property
    def dirty(self) -> bool:
        return self.text != self.saved_text

    # -- saving ----------------------------------------------------------------------------

    @on(TextArea.Changed, "#text")
    def _changed(self) -> None:
        if self.papp.readonly_reason is None:
            if self._save_timer is not None:
                self._save_timer.stop()
            self._save_timer = self.set_timer(SAVE_DELAY, self.flush)
            self.sub_title = f"{self.draft} · editing…" if self.dirty else self.draft
        if self._check_timer is not None:
            self._check_timer.stop()
            self._check_timer = None
        if self.text != self._checked_text:  # loading a text posts a change it already has
            self._check_timer = self.set_timer(CHECK_DELAY, self.run_check)

    def flush(self) -> bool:
        """Save now if the text changed; False (and a message) when it could not be saved."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        if not self.dirty or self.papp.readonly_reason:
            return True
        text = self.text
        try:
            self.papp.workspace.write_text(drafts.text_document(self.draft), text)
        except (WorkspaceError, OSError) as exc:
            self.notify(
                f"Could not save {self.draft}: {safe_text(str(exc))}",
                severity="error",
                timeout=20,
                markup=False,
            )
            return False
        self.saved_text = text
        self.sub_title = f"{self.draft} · saved"
        return True

    def action_save(self) -> None:
        if self.papp.readonly_reason:
            self.notify(
                "Read-only: this workspace is open in another psassist.", severity="warning"
            )
        elif self.flush():
            self.notify(f"Saved {self.draft}.", timeout=2)

    def action_close(self) -> None:
        if self.flush():
            self.dismiss(None)

    # -- checking ----------------------------------------------------------------------------

    def action_check(self) -> None:
        self.run_check()

    @property
    def settled(self) -> bool:
        """No check is waiting or running: what is shown is the check of the text as it is."""
        return self._check_timer is None and not any(
            w.group == "check" and not w.is_finished for w in self.workers
        )

    def run_check(self) -> None:
        self._check_timer = None
        self._checked_text = self.text
        self._check(self.text, self.options)

    @work(
        thread=True,
        exclusive=True,
        group="check",
        exit_on_error=False,
        description="checking the draft",
    )
    def _check(self, text: str, options: CheckOptions) -> None:
        checker = self.papp.checker()
        if get_current_worker().is_cancelled:
            return
        report = checker.check_text(text, self.draft, options)
        if not get_current_worker().is_cancelled:
            self.post_message(CheckFinished(report))

    @on(CheckFinished)
    def _check_finished(self, event: CheckFinished) -> None:
        if event.report.text != self.text:
            return  # the text changed while checking; the next check is on its way
        self.report = event.report
        self._show_report()

    def _show_report(self) -> None:
        if self.report is not None:
            self.query_one(CheckPanel).show(self.report, self.options.disabled_rules)
            self.query_one(MarkedWriting).show(self.report, self.options.disabled_rules)

    def action_toggle_marks(self, category: str) -> None:
        self.query_one(MarkedWriting).toggle(Category(category))

    def _current(self) -> LocatedFinding | None:
        return self.query_one(CheckPanel).current

    @on(OptionList.OptionSelected, "#findings")
    def _jump(self) -> None:
        located = self._current()
        area = self.query_one("#text", MarkedTextArea)
        mark = area.marks.of(located) if located is not None else None
        if mark is None:
            return
        area.selection = Selection(mark.start, mark.end)  # where its words are now
        area.scroll_cursor_visible(center=True)
        # Focus stays on the list: a key typed next (a, i, w) must act on the finding,
        # never replace the selected words. Tab moves into the text to edit there.

    def action_switch_pane(self) -> None:
        if self.focused is self.query_one("#findings"):
            self.query_one("#text").focus()
        else:
            self.query_one("#findings").focus()

    def _target(self) -> Mark | None:
        """In the text, the finding under the cursor; else the one highlighted in the list."""
        area, located = self.query_one("#text", MarkedTextArea), self._current()
        if self.focused is area:
            mark, why = area.cursor_mark, "Put the cursor on a marked word (F8: the next)."
        elif located is None:
            mark, why = None, "Highlight a finding in the list first (Ctrl+L or Tab moves there)."
        else:  # its mark is gone when its words were deleted since the check
            mark, why = area.marks.of(located), "The text changed; wait a moment for the check."
        if mark is None:
            self.notify(why, severity="warning")
        return mark

    def action_apply(self) -> None:
        mark = self._target()
        if mark is None:
            return
        if self.papp.readonly_reason:
            self.notify(
                "Read-only: this workspace is open in another psassist.", severity="warning"
            )
            return
        finding = mark.finding
        fixes = replacements(finding.rule, finding.suggestions)
        if not fixes:
            self.notify(
                "This finding gives advice, not a replacement; edit the text instead.",
                severity="warning",
            )
            return
        area = self.query_one("#text", MarkedTextArea)
        if area.get_text_range(mark.start, mark.end) != mark.words:
            self.notify(
                "Those words changed since the check; wait a moment for the new one.",
                severity="warning",
            )
            return
        area.replace(fixes[0], mark.start, mark.end)  # the marks after it move with the text
        self.report = None
        self.run_check()

    def action_ignore(self) -> None:
        mark = self._target()
        if mark is None:
            return
        rule = mark.finding.rule
        try:
            disabled = ignore_rule(self.papp.workspace, self.draft, rule)
        except WorkspaceError as exc:
            self.notify(safe_text(str(exc)), severity="error", markup=False)
            return
        self.options = replace(self.options, disabled_rules=disabled)
        self.notify(f"{rule} is ignored for {self.draft} (ignored.toml in the workspace).")
        if self.report is not None:
            self.query_one(CheckPanel).show(self.report, disabled)
        self.query_one("#text", MarkedTextArea).drop_rules(disabled)

    def action_add_word(self) -> None:
        mark = self._target()
        if mark is None:
            return
        if mark.finding.category is not Category.SPELLING:
            self.notify("Only spelling findings can go to the dictionary.", severity="warning")
            return
        try:
            word = add_user_word(self.papp.settings.user_dictionary_path(), mark.words)
        except (ValueError, OSError) as exc:
            self.notify(safe_text(str(exc)), severity="error", markup=False)
            return
        self.papp.reload_dictionary()
        self.notify(Text(f"Added {safe_text(word)} to your dictionary.").plain, markup=False)
        self.run_check()

    # -- rendering again and export (psassist.tui.screens.editor_drafting) -------------------

    def action_rerender(self) -> None:
        self.drafting.rerender()

    def action_switch_template(self) -> None:
        self.drafting.switch_template()

    def action_switch_specialty(self) -> None:
        self.drafting.switch_specialty()

    def render_again(self, template: str | None = None, specialty: str | None = None) -> None:
        self.drafting.render_again(template=template, specialty=specialty)

    def action_export(self) -> None:
        self.drafting.export()

    def on_unmount(self) -> None:
        self.flush()
