"""Personal statements are the workspace's drafts; their tracker status comes from the checker.

A draft counts as ready when it exists, fits the season's character limit and the checker
finds no error in it, checked as the editor and `psassist check` check it: with its
program, its specialty and the rules the user ignored for it (`drafting.checking`).
The checker is passed in (anything with `check_text`) so the TUI can reuse the one it
has loaded (`lambda: checker`) and tests can use a stub; nothing here prints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from psassist.checks.analysis import CheckOptions
from psassist.checks.eras import eras_character_count
from psassist.drafting import drafts
from psassist.drafting.catalog import Catalog as PromptCatalog
from psassist.drafting.catalog import load_catalog as load_prompt_catalog
from psassist.drafting.checking import draft_check_options
from psassist.drafting.errors import DraftingError
from psassist.findings import Report, Severity
from psassist.tracker.state import Status
from psassist.workspace import Workspace, WorkspaceError


class TextChecker(Protocol):
    def check_text(
        self, text: str, path: str = "<text>", options: CheckOptions | None = None
    ) -> Report: ...


@dataclass(frozen=True)
class StatementStatus:
    name: str
    characters: int
    errors: int
    limit: int
    problem: str | None = None  # why the draft could not be read or checked
    specialty: str | None = None  # the draft's specialty id, which picks ERAS or ResidencyCAS

    @property
    def ready(self) -> bool:
        return self.problem is None and self.characters <= self.limit and self.errors == 0

    @property
    def reason(self) -> str:
        """Why the draft is not ready, or 'ready'."""
        if self.problem:
            return self.problem
        reasons = []
        if self.characters > self.limit:
            reasons.append(f"{self.characters:,} characters, over the {self.limit:,} limit")
        if self.errors:
            reasons.append(f"{self.errors} error{'s' if self.errors != 1 else ''} from the checker")
        return "; ".join(reasons) or "ready"


def assess_statements(
    workspace: Workspace, checker: Callable[[], TextChecker], limit: int
) -> list[StatementStatus]:
    """Every draft's status. `checker` makes (or returns) the checker; it is called only
    when there is a draft, so a workspace without drafts never loads spaCy."""
    found = []
    engine: TextChecker | None = None
    prompts: PromptCatalog | None = None
    for summary in drafts.list_drafts(workspace):
        specialty = summary.settings.specialty if summary.settings else None
        try:
            text = drafts.read_draft(workspace, summary.name)
            prompts = prompts or load_prompt_catalog()
            options = draft_check_options(workspace, summary.name, prompts)
        except (DraftingError, WorkspaceError) as exc:
            found.append(StatementStatus(summary.name, 0, 0, limit, str(exc), specialty))
            continue
        if engine is None:
            engine = checker()
        report = engine.check_text(
            text, str(workspace.path(drafts.text_document(summary.name))), options
        )
        errors = sum(1 for f in report.findings if f.finding.severity is Severity.ERROR)
        found.append(
            StatementStatus(
                summary.name, eras_character_count(text), errors, limit, specialty=specialty
            )
        )
    return found


def derived_status(statements: list[StatementStatus]) -> Status:
    """Not started without drafts, in progress until one draft is ready, then done."""
    if not statements:
        return Status.NOT_STARTED
    return Status.DONE if any(s.ready for s in statements) else Status.IN_PROGRESS
