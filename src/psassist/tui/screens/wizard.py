"""A new draft, one prompt at a time: choose specialty and template, answer, assemble.

Answers are saved into the workspace's `answers.toml` at every step (so quitting in the
middle loses nothing); the draft itself is made by `drafting.drafts.create_draft`, the
same function as `psassist draft new`.
"""

from __future__ import annotations

import re
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Header, Input, Label, Select, Static, TextArea

from psassist import locations
from psassist.drafting import drafts
from psassist.drafting.answers import parse_answers
from psassist.drafting.catalog import Section
from psassist.drafting.errors import AnswersError, DraftingError
from psassist.drafting.paragraphs import count_words
from psassist.report.safe import safe_text
from psassist.tui.screens.base import PsassistScreen
from psassist.tui.session import word_count_label
from psassist.tui.widgets.engine_status import EngineStatusLine
from psassist.tui.widgets.safe_text_area import SafeTextArea
from psassist.workspace import DocumentNotFound, WorkspaceError


class WizardScreen(PsassistScreen):
    """Step 0 chooses name, specialty and template; then one step per prompt section."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+n",
            "next",
            "Next",
            id="wizard.next",
            tooltip="Save this answer and go to the next section",
        ),
        Binding(
            "ctrl+b",
            "back",
            "Back",
            id="wizard.back",
            tooltip="Save this answer and go back one section",
        ),
        Binding(
            "ctrl+o",
            "skip",
            "Skip (optional)",
            id="wizard.skip",
            tooltip="Leave an optional section out",
        ),
        Binding(
            "escape",
            "cancel",
            "Cancel",
            id="wizard.cancel",
            tooltip="Stop here; the answers so far are kept",
        ),
    ]
    PALETTE: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("new draft: next section", "Save this answer and go on", "next"),
        ("new draft: previous section", "Save this answer and go back", "back"),
        ("new draft: skip this optional section", "Leave it out of the draft", "skip"),
        ("new draft: stop (answers are kept)", "Back to the drafts", "cancel"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.step = 0  # 0: the setup; n: section n-1
        self.answers: dict[str, str] = {}
        self.sections: list[Section] = []
        self.name_ = ""
        self.specialty = ""
        self.template = "story-first"
        self.program: str | None = None

    def compose(self) -> ComposeResult:
        catalog = self.papp.catalog
        library = drafts.template_library(self.papp.workspace.root, locations.config_dir())
        templates = [(info.name, info.name) for info in library.structures()]
        yield Header()
        with VerticalScroll(id="setup"):
            yield Static(Text("A new draft", style="bold"), classes="step-title")
            yield Static(
                Text(
                    "Choose a name, your specialty and the shape of the statement. "
                    "Then answer one question at a time; Ctrl+N goes on."
                )
            )
            yield Label("Name (letters, digits, - and _)")
            yield Input(placeholder="empty: a name from the specialty, such as im-main", id="name")
            yield Label("Specialty")
            yield Select(
                [(s.name, s.id) for s in catalog.specialties],
                id="specialty",
                value=catalog.specialties[0].id,
                allow_blank=False,
            )
            yield Label("Template")
            yield Select(
                templates,
                id="template",
                allow_blank=False,
                value="story-first"
                if ("story-first", "story-first") in templates
                else templates[0][1],
            )
            yield Label("Program (only for a variant meant for one program; else leave empty)")
            yield Input(placeholder="", id="program")
        with Horizontal(id="section"):
            with VerticalScroll(id="guidance-box"):
                yield Static(id="step-title", classes="step-title")
                yield Static(id="question")
                yield Static(id="guidance")
            with Vertical(id="answer-box"):
                yield SafeTextArea(id="answer", soft_wrap=True)
                yield Static(id="count")
        yield EngineStatusLine()
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#section").display = False
        self.query_one("#name", Input).focus()

    # -- steps -----------------------------------------------------------------------------

    def _setup_done(self) -> bool:
        catalog = self.papp.catalog
        workspace = self.papp.workspace
        name = self.query_one("#name", Input).value.strip() or self._default_name()
        try:
            drafts.check_name(name)
            if workspace.exists(drafts.text_document(name)) or workspace.exists(
                drafts.settings_document(name)
            ):
                raise DraftingError(f"a draft named {name} already exists; choose another name")
        except DraftingError as exc:
            self.notify(safe_text(str(exc)), severity="error", markup=False)
            self.query_one("#name", Input).focus()
            return False
        self.name_ = name
        self.specialty = str(self.query_one("#specialty", Select).value)
        self.template = str(self.query_one("#template", Select).value)
        program = " ".join(self.query_one("#program", Input).value.split())
        self.program = program or None
        self.sections = [s for s in catalog.sections if self.program or not s.program_only]
        self.answers = self._existing_answers()
        return True

    def _default_name(self) -> str:
        """im-main, im-main-2, ...: initials of the chosen specialty."""
        specialty = str(self.query_one("#specialty", Select).value)
        words = re.split(r"[^a-z0-9]+", specialty.lower())
        initials = "".join(w[0] for w in words if w) or "ps"
        workspace = self.papp.workspace
        name, number = f"{initials}-main", 1
        while workspace.exists(drafts.text_document(name)):
            number += 1
            name = f"{initials}-main-{number}"
        return name

    def _existing_answers(self) -> dict[str, str]:
        catalog = self.papp.catalog
        try:
            text = self.papp.workspace.read_text(drafts.ANSWERS)
            answers = parse_answers(text, drafts.ANSWERS, catalog)
        except DocumentNotFound:
            return {}
        except (WorkspaceError, AnswersError) as exc:
            self.notify(
                f"Your answers file cannot be read, so the prompts start empty: "
                f"{safe_text(str(exc))}",
                severity="warning",
                markup=False,
            )
            return {}
        merged = dict(answers.common)
        merged.update(answers.by_specialty.get(self.specialty, {}))
        if self.program:
            merged.update(answers.program_answers(self.program))
        return merged

    def _show_section(self) -> None:
        section = self.sections[self.step - 1]
        flags = "optional" if section.optional else "required"
        title = Text(f"{self.step}/{len(self.sections)}  {section.title}", style="bold")
        title.append(f"  ({flags}, about {section.words} words)", style="dim")
        self.query_one("#step-title", Static).update(title)
        self.query_one("#question", Static).update(
            Text(section.question_for(self.specialty), style="italic")
        )
        guidance = Text()
        for item in section.include_for(self.specialty):
            guidance.append(f"+ {item}\n")
        for item in section.avoid:
            guidance.append(f"- avoid: {item}\n")
        guidance.append(f"\nExample: {section.example}", style="dim")
        self.query_one("#guidance", Static).update(guidance)
        area = self.query_one("#answer", SafeTextArea)
        area.load_text(self.answers.get(section.id, ""))
        area.border_title = section.title
        area.focus()
        self._count()

    @on(TextArea.Changed, "#answer")
    def _count(self) -> None:
        if self.step == 0:
            return
        section = self.sections[self.step - 1]
        words = count_words(self.query_one("#answer", SafeTextArea).text)
        label = Text(word_count_label(words, section.words))
        if words > section.words * 1.25:
            label.append("  (long for this section; budgets are guides)", style="yellow")
        self.query_one("#count", Static).update(label)

    def _keep_answer(self) -> bool:
        """Store the current answer in `answers.toml`; False (and a message) if it failed."""
        if self.step == 0:
            return True
        section = self.sections[self.step - 1]
        self.answers[section.id] = self.query_one("#answer", SafeTextArea).text
        return self._save_answers()

    def _save_answers(self) -> bool:
        try:
            drafts.save_section_answers(
                self.papp.workspace, self.papp.catalog, self.answers, self.program
            )
        except (WorkspaceError, DraftingError, ValueError) as exc:
            self.notify(
                f"Your answers could not be saved: {safe_text(str(exc))}",
                severity="error",
                markup=False,
            )
            return False
        return True

    def _go(self, step: int) -> None:
        self.step = step
        self.query_one("#setup").display = step == 0
        self.query_one("#section").display = step > 0
        if step == 0:
            self.query_one("#name", Input).focus()
        else:
            self._show_section()

    def action_next(self) -> None:
        if self.step == 0:
            if self._setup_done():
                self._go(1)
            return
        if not self._keep_answer():
            return
        if self.step < len(self.sections):
            self._go(self.step + 1)
        else:
            self._assemble()

    def action_back(self) -> None:
        if self.step == 0:
            return
        self._keep_answer()
        self._go(self.step - 1)

    def action_skip(self) -> None:
        if self.step == 0:
            return
        section = self.sections[self.step - 1]
        if not section.optional:
            self.notify(
                f"{section.title} is not optional; write a few lines, then Ctrl+N.",
                severity="warning",
            )
            return
        self.query_one("#answer", SafeTextArea).load_text("")
        self.action_next()

    def action_cancel(self) -> None:
        self._keep_answer()
        self.dismiss(None)

    def flush(self) -> bool:
        return self._keep_answer()

    def _assemble(self) -> None:
        catalog = self.papp.catalog
        workspace = self.papp.workspace
        library = drafts.template_library(workspace.root, locations.config_dir())
        try:
            drafts.create_draft(
                workspace,
                catalog,
                library,
                self.name_,
                specialty=self.specialty,
                template=self.template,
                program=self.program,
            )
        except AnswersError as exc:
            self.notify(safe_text(str(exc)), title="Not yet", severity="error", markup=False)
            missing = [
                i
                for i, s in enumerate(self.sections, start=1)
                if not s.optional and not self.answers.get(s.id, "").strip()
            ]
            if missing:
                self._go(missing[0])
            return
        except (DraftingError, WorkspaceError) as exc:
            self.notify(safe_text(str(exc)), severity="error", markup=False)
            return
        self.notify(f"Draft {self.name_} assembled from your answers.")
        self.dismiss(self.name_)
