"""The app: opens the workspace, starts the engines in thread workers, holds the screens.

Screens live in `psassist.tui.screens`, one module each; this module only owns what all
of them share: the workspace, the settings, the engines and their status line, the
theme, quitting safely, and the one place where a failed worker becomes a message.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.worker import Worker, WorkerState

from psassist.checks.paragraph_cache import ParagraphGrammar
from psassist.config import Settings
from psassist.drafting.catalog import Catalog, load_catalog
from psassist.engines.nlp import Pipeline, load_pipeline
from psassist.findings import EngineStatus
from psassist.report.safe import safe_text
from psassist.tui.commands import PsassistCommands
from psassist.tui.messages import EngineChanged
from psassist.tui.session import OpenedWorkspace, open_workspace
from psassist.tui.widgets.engine_status import STARTING, status_line
from psassist.workspace import Workspace

if TYPE_CHECKING:  # the checker's rules load in a worker, after the first screen
    from psassist.checks.checker import Checker


class PsassistApp(App[None]):
    """psassist: draft, check and track a personal statement in one terminal app."""

    TITLE = "psassist"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {PsassistCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "Help", id="app.help", tooltip="Keys and how the app works"),
        Binding(
            "ctrl+t",
            "toggle_theme",
            "Theme",
            id="app.theme",
            tooltip="Switch between the light and dark theme",
        ),
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            id="app.quit",
            priority=True,
            tooltip="Save everything and quit",
        ),
    ]

    engine_status: reactive[Text] = reactive(Text, always_update=True)

    def __init__(
        self,
        workspace: Path,
        settings: Settings,
        *,
        grammar: bool = True,
        pipeline: Pipeline | None = None,
        catalog: Catalog | None = None,
        blink: bool = True,
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.workspace_root = workspace
        self.settings = settings
        self.blink = blink
        self._today = today
        self._grammar_enabled = grammar and settings.languagetool.enabled
        self._pipeline = pipeline
        self._catalog = catalog
        self._checker: Checker | None = None
        self._checker_lock = threading.Lock()
        #: Saved versions never change: findings per history file and set of ignored rules,
        #: so the chart re-checks only versions it has not seen this session.
        self.version_counts: dict[tuple[Path, frozenset[str]], float] = {}
        self.grammar = ParagraphGrammar()
        self.engines: dict[str, EngineStatus] = {}
        self.opened: OpenedWorkspace | None = None
        self._quit_anyway = False

    # -- what screens use ------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        assert self.opened is not None, "the workspace opens when the app mounts"
        return self.opened.workspace

    @property
    def readonly_reason(self) -> str | None:
        return self.opened.readonly_reason if self.opened else None

    @property
    def today(self) -> date:
        """The day the tracker counts from (fixed in tests, else the clock's)."""
        return self._today or date.today()

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = load_catalog()
        return self._catalog

    def checker(self) -> Checker:
        """The one checker; call from a worker thread (it waits for spaCy on first use)."""
        from psassist.checks.checker import Checker

        with self._checker_lock:
            if self._checker is None:
                pipeline = self._pipeline or load_pipeline(self.settings.spacy_model)
                # The checker asks self.grammar for matches; it caches them per paragraph.
                self._checker = Checker(self.settings, grammar=self.grammar, pipeline=pipeline)
            return self._checker

    def reload_dictionary(self) -> None:
        from psassist.checks.vocabulary import Vocabulary, read_user_dictionary

        with self._checker_lock:
            if self._checker is not None:
                words = read_user_dictionary(self.settings.user_dictionary_path())
                self._checker.vocabulary = Vocabulary(words)

    # -- start -------------------------------------------------------------------------------

    def on_mount(self) -> None:
        from psassist.tui.screens.drafts import DraftsScreen

        self._save_on_hangup()
        self.opened = open_workspace(self.workspace_root)
        self.sub_title = safe_text(self.workspace.root.name)
        self._set_engine(
            "languagetool",
            STARTING
            if self._grammar_enabled
            else EngineStatus("unavailable", "grammar checking is turned off"),
        )
        if not self._grammar_enabled:
            self.grammar.fail("grammar checking is turned off")
        if self._pipeline is not None:
            self._set_engine("spacy", self._spacy_status(self._pipeline))
        else:
            self._set_engine("spacy", STARTING)
        self._set_engine("harper", STARTING)
        self.push_screen(DraftsScreen())
        # Importing spaCy holds the interpreter lock for a second: start the engines once
        # the first screen is on the terminal, so they never delay it.
        self.call_after_refresh(self._start_engines)
        if self.readonly_reason:
            self.notify(
                f"Read-only: {safe_text(self.readonly_reason)}",
                title="Workspace in use",
                severity="warning",
                timeout=10,
                markup=False,
            )

    def _start_engines(self) -> None:
        if self._pipeline is None:
            self._load_spacy()
        if self._grammar_enabled:
            self._start_languagetool()
        self._start_harper()

    @staticmethod
    def _spacy_status(pipeline: Pipeline) -> EngineStatus:
        return EngineStatus("fallback" if pipeline.fallback else "ok", pipeline.detail)

    @work(
        thread=True,
        exclusive=True,
        group="engine-spacy",
        exit_on_error=False,
        description="loading spaCy",
    )
    def _load_spacy(self) -> None:
        pipeline = load_pipeline(self.settings.spacy_model)
        self.post_message(EngineChanged("spacy", self._spacy_status(pipeline)))

    @work(
        thread=True,
        exclusive=True,
        group="engine-languagetool",
        exit_on_error=False,
        description="starting LanguageTool",
    )
    def _start_languagetool(self) -> None:
        from psassist.engines.languagetool import LanguageToolError, open_languagetool

        try:
            client = open_languagetool(self.settings)
        except LanguageToolError as exc:
            reason = getattr(exc, "reason", str(exc))
            self.grammar.fail(reason)
            self.post_message(EngineChanged("languagetool", EngineStatus("unavailable", reason)))
            return
        self.grammar.attach(client)
        self.post_message(EngineChanged("languagetool", EngineStatus("ok", client.describe())))

    @work(
        thread=True,
        exclusive=True,
        group="engine-harper",
        exit_on_error=False,
        description="starting Harper",
    )
    def _start_harper(self) -> None:
        """Build the Harper engine the checker will share (as `psassist doctor` does)."""
        from psassist.checks.harper_rules import RULES
        from psassist.engines.harper import shared_engine

        self.post_message(EngineChanged("harper", shared_engine(RULES).status()))

    @on(EngineChanged)
    def _engine_changed(self, event: EngineChanged) -> None:
        self._set_engine(event.engine, event.status)

    def _set_engine(self, engine: str, status: EngineStatus) -> None:
        self.engines[engine] = status
        self.engine_status = status_line(self.engines)

    # -- the one place where a failed worker is shown -----------------------------------------

    @on(Worker.StateChanged)
    def _worker_state(self, event: Worker.StateChanged) -> None:
        self.report_worker(event.worker)

    def report_worker(self, worker: Worker[object]) -> None:
        if worker.state is not WorkerState.ERROR:
            return
        error = worker.error
        what = worker.description or worker.name or "background work"
        self.notify(
            f"{what} failed: {type(error).__name__}: {safe_text(str(error))}",
            title="Something went wrong",
            severity="error",
            timeout=15,
            markup=False,
        )
        if worker.group == "engine-spacy":
            self._set_engine("spacy", EngineStatus("fallback", f"failed: {error}"))
        elif worker.group == "engine-harper":
            self._set_engine("harper", EngineStatus("unavailable", f"failed: {error}"))

    # -- actions -----------------------------------------------------------------------------

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_help(self) -> None:
        from psassist.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_home(self) -> None:
        from psassist.tui.screens.drafts import DraftsScreen

        self.flush()
        while len(self.screen_stack) > 2 and not isinstance(self.screen, DraftsScreen):
            self.pop_screen()

    def action_tracker(self) -> None:
        from psassist.tui.screens.track import TrackScreen

        if not isinstance(self.screen, TrackScreen):
            self.push_screen(TrackScreen())

    def _save_on_hangup(self) -> None:
        """A closed terminal window (SIGHUP) or a kill (SIGTERM) saves before the app ends."""
        loop = asyncio.get_running_loop()
        for number in (signal.SIGHUP, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(number, self._save_and_exit)

    def _save_and_exit(self) -> None:
        self.flush()
        self.exit()

    def flush(self) -> bool:
        """Save every unsaved text now (editors and the new-draft flow); False if one failed."""
        saved = True
        for screen in self.screen_stack:
            save = getattr(screen, "flush", None)
            if callable(save) and not save():
                saved = False
        return saved

    async def action_quit(self) -> None:
        if self.flush() or self._quit_anyway:
            self.exit()
            return
        self._quit_anyway = True
        self.notify(
            "Some text could not be saved (see above). Copy it somewhere safe, or "
            "press Ctrl+Q again to quit without it.",
            severity="error",
            timeout=20,
        )

    def on_unmount(self) -> None:
        if self.opened is not None:
            self.opened.workspace.close()
