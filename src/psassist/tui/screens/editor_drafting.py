"""The editor's drafting actions: render again (new template or specialty) and export.

A mixin of EditorScreen, kept apart so the screen module holds the text, the check and
the findings; both actions call the one function `drafting` has for each.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from psassist import locations
from psassist.checks.eras import ERAS_CHARACTER_LIMIT
from psassist.drafting import drafts
from psassist.drafting.errors import DraftingError, TargetExists
from psassist.drafting.export import export_to_file
from psassist.report.safe import safe_text
from psassist.workspace import WorkspaceError

if TYPE_CHECKING:
    from psassist.tui.screens.editor import EditorScreen


class DraftActions:
    """Re-rendering and export for the draft an EditorScreen shows (its actions call these)."""

    def __init__(self, screen: EditorScreen) -> None:
        self.screen = screen

    # -- rendering again ---------------------------------------------------------------------

    def rerender(self) -> None:
        self.render_again()

    def switch_template(self) -> None:
        from psassist.tui.screens.prompt import PromptScreen

        library = drafts.template_library(self.screen.papp.workspace.root, locations.config_dir())
        names = ", ".join(info.name for info in library.structures())
        current = self._settings()
        if current is not None:
            self.screen.app.push_screen(
                PromptScreen(
                    "Switch template",
                    f"One of: {names}. Your edits are kept as a version.",
                    current.template,
                ),
                lambda name: self.render_again(template=name),
            )

    def switch_specialty(self) -> None:
        from psassist.tui.screens.prompt import PromptScreen

        names = ", ".join(s.name for s in self.screen.papp.catalog.specialties)
        current = self._settings()
        if current is not None:
            self.screen.app.push_screen(
                PromptScreen(
                    "Switch specialty",
                    f"One of: {names}. Your edits are kept as a version.",
                    self.screen.papp.catalog.specialty(current.specialty).name,
                ),
                lambda name: self.render_again(specialty=name),
            )

    def _settings(self) -> drafts.DraftSettings | None:
        try:
            return drafts.load_settings(self.screen.papp.workspace, self.screen.draft)
        except (DraftingError, WorkspaceError) as exc:
            self.screen.notify(safe_text(str(exc)), severity="error", markup=False)
            return None

    def render_again(self, template: str | None = None, specialty: str | None = None) -> None:
        """Render again from the answers (with a new template or specialty if given).

        `drafts.render_draft` keeps the replaced text in the history; when it had been
        edited by hand the notice says which version holds those edits.
        """
        if self.screen.papp.readonly_reason:
            self.screen.notify(
                "Read-only: this workspace is open in another psassist.", severity="warning"
            )
            return
        if not self.screen.flush():
            return
        workspace = self.screen.papp.workspace
        library = drafts.template_library(workspace.root, locations.config_dir())
        try:
            outcome = drafts.render_draft(
                workspace,
                self.screen.papp.catalog,
                library,
                self.screen.draft,
                template=template,
                specialty=specialty,
            )
        except (DraftingError, WorkspaceError) as exc:
            self.screen.notify(
                f"Not rendered: {safe_text(str(exc))}", severity="error", markup=False
            )
            return
        text = outcome.composition.text
        self.screen.saved_text = text
        if self.screen._area is not None:
            self.screen._area.load_text(text)
        self.screen.options = self.screen._check_options()
        if outcome.replaced is None:
            self.screen.notify("The draft was already up to date with your answers.")
        elif outcome.edited_by_hand:
            self.screen.notify(
                f"Rendered again. Your edits are kept as version "
                f"{outcome.replaced.number} (psassist draft restore {self.screen.draft} "
                f"{outcome.replaced.number} brings them back).",
                timeout=15,
            )
        else:
            self.screen.notify(
                f"Rendered again; the previous text is version {outcome.replaced.number}."
            )
        self.screen.run_check()

    # -- export ------------------------------------------------------------------------------

    def export(self) -> None:
        from psassist.tui.screens.prompt import PromptScreen

        if not self.screen.flush():
            return
        default = str(Path.home() / f"{self.screen.draft}.txt")
        self.screen.app.push_screen(
            PromptScreen(
                "Export for ERAS",
                "Plain text to paste into MyERAS; a file outside the workspace.",
                default,
            ),
            self._export_to,
        )

    def _export_to(self, target: str | None) -> None:
        if not target:
            return
        path = Path(target).expanduser()
        try:
            exported = export_to_file(
                self.screen.text,
                "txt",
                path,
                title=self.screen.draft,
                workspace_root=self.screen.papp.workspace.root,
            )
        except TargetExists as exc:
            self.screen.notify(
                f"Not exported: {safe_text(str(exc))}; give another name",
                severity="error",
                markup=False,
            )
            return
        except (DraftingError, OSError) as exc:
            self.screen.notify(
                f"Not exported: {safe_text(str(exc))}", severity="error", markup=False
            )
            return
        self.screen.notify(
            f"Wrote {safe_text(str(path.resolve()))} ({exported.characters:,} "
            f"characters of {ERAS_CHARACTER_LIMIT:,}). Paste it into MyERAS.",
            markup=False,
        )
