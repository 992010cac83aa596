"""How many findings each saved version of a draft had: a sparkline under the findings.

Saved versions never change, so the app keeps each version's count for the session
(`PsassistApp.version_counts`) and a re-opened draft re-checks only versions it has not
seen. The versions are checked without LanguageTool, in a thread worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.widgets import Sparkline
from textual.worker import get_current_worker

from psassist.checks.analysis import CheckOptions
from psassist.drafting import drafts
from psassist.tui.messages import HistoryCharted

if TYPE_CHECKING:
    from psassist.checks.checker import Checker
    from psassist.tui.app import PsassistApp

VERSIONS_CHARTED = 12  # the most recent saved versions


class VersionTrend(Sparkline):
    """Hidden until a draft has two saved versions; then shows their findings, oldest first.

    Its label is the sibling with id `trend-label`, shown and hidden with it.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__([], id=id)

    def on_mount(self) -> None:
        self._show_label(False)
        self.display = False

    def _show_label(self, shown: bool) -> None:
        if self.parent is not None:
            for label in self.parent.query("#trend-label"):
                label.display = shown

    @property
    def _papp(self) -> PsassistApp:
        from psassist.tui.app import PsassistApp

        app = self.app
        assert isinstance(app, PsassistApp)
        return app

    @work(
        thread=True,
        exclusive=True,
        group="history",
        exit_on_error=False,
        description="charting the saved versions",
    )
    def chart(self, draft: str, options: CheckOptions) -> None:
        """Count the findings of `draft`'s saved versions, checked with `options`."""
        from psassist.checks.checker import Checker

        papp = self._papp
        workspace = papp.workspace
        versions = drafts.draft_versions(workspace, draft)[-VERSIONS_CHARTED:]
        if len(versions) < 2:
            return
        counts = papp.version_counts
        checker: Checker | None = None
        ignored = options.disabled_rules
        for version in versions:
            if (version.path, ignored) in counts:
                continue
            if get_current_worker().is_cancelled:
                return
            if checker is None:
                checker = Checker(papp.settings, grammar=False, pipeline=papp.checker().pipeline)
            text = drafts.version_text(workspace, draft, version)
            report = checker.check_text(text, draft, options)
            counts[version.path, ignored] = float(len(report.findings))
        self.post_message(HistoryCharted([counts[v.path, ignored] for v in versions]))

    @on(HistoryCharted)
    def _charted(self, event: HistoryCharted) -> None:
        event.stop()
        self.data = event.issues
        self.display = True
        self._show_label(True)
        self.tooltip = (
            f"Findings in the last {len(event.issues)} saved versions, oldest "
            f"first: {', '.join(str(int(n)) for n in event.issues)}"
        )
