"""What every screen of the app shares."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.screen import Screen
from textual.worker import Worker

if TYPE_CHECKING:
    from psassist.tui.app import PsassistApp


class PsassistScreen(Screen[object]):
    """A screen whose workers' failures go to the app's one handler."""

    #: (title, help, action) entries for the command palette, "group: action".
    PALETTE: ClassVar[tuple[tuple[str, str, str], ...]] = ()

    @property
    def papp(self) -> PsassistApp:
        from psassist.tui.app import PsassistApp

        app = self.app
        assert isinstance(app, PsassistApp)
        return app

    @on(Worker.StateChanged)
    def _worker_state(self, event: Worker.StateChanged) -> None:
        self.papp.report_worker(event.worker)
