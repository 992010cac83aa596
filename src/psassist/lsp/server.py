"""The language server: pygls handlers, debounced re-checks, and publishing diagnostics.

Checks run on one worker thread (spaCy and the checker are used by one check at a time)
while the event loop keeps answering the editor. Typing re-schedules a document's check
`debounceMs` after the last change; a check whose document changed meanwhile is thrown
away. LanguageTool starts in the background: until it answers, documents are checked
without grammar and spelling, and re-checked once it is ready.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import PurePosixPath
from typing import Any

from lsprotocol import types
from pygls.capabilities import get_capability
from pygls.lsp.server import LanguageServer

from psassist import __version__
from psassist.findings import EngineStatus
from psassist.lsp import actions, hover
from psassist.lsp.diagnostics import to_diagnostic
from psassist.lsp.session import Checked, Session
from psassist.lsp.settings import SECTION, parse_settings, section_of

#: Documents psassist checks: by the editor's language id, or by the file's suffix.
LANGUAGES = frozenset({"plaintext", "text", "markdown"})
SUFFIXES = frozenset({".txt", ".md", ".markdown"})
#: After LanguageTool stops answering mid-check, try to reach it again this much later.
RETRY_SECONDS = 60.0


class PsassistLanguageServer(LanguageServer):
    def __init__(self, session: Session) -> None:
        super().__init__(
            "psassist", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full
        )
        self.session = session
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="psassist-check")
        self.open_documents: set[str] = set()
        self.initialization_options: dict[str, Any] = {}
        self._pending: dict[str, asyncio.Task[None]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        #: Set once the settings are known: no check runs with the defaults by mistake.
        self.configured: asyncio.Event | None = None
        self._grammar_ok = False

    # -- logging ---------------------------------------------------------------------------

    def log(self, message: str, kind: types.MessageType = types.MessageType.Log) -> None:
        self.window_log_message(types.LogMessageParams(type=kind, message=f"psassist: {message}"))

    def flush_notes(self) -> None:
        notes, self.session.notes[:] = list(self.session.notes), []
        for note in notes:
            self.log(note, types.MessageType.Warning)

    # -- settings --------------------------------------------------------------------------

    async def reconfigure(self, pushed: object = None) -> None:
        """initializationOptions, then the client's `psassist` configuration over them."""
        raw = dict(self.initialization_options)
        if pushed is not None:
            raw.update(section_of(pushed))
        elif get_capability(self.client_capabilities, "workspace.configuration", False):
            answer = await self.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)])
            )
            if answer:
                raw.update(section_of(answer[0]))
        settings = parse_settings(raw)
        await self.on_worker(self.session.configure, settings)
        self.flush_notes()
        self.ready().set()

    def ready(self) -> asyncio.Event:
        if self.configured is None:
            self.configured = asyncio.Event()
        return self.configured

    # -- checking --------------------------------------------------------------------------

    async def on_worker(self, function: Any, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.worker, function, *args)

    def schedule(self, uri: str, delay: float) -> None:
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self._pending[uri] = asyncio.ensure_future(self._check_later(uri, delay))

    def recheck_all(self) -> None:
        for uri in self.open_documents:
            self.schedule(uri, 0)

    async def _check_later(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        await self.ready().wait()
        document = self.workspace.get_text_document(uri)
        version, source = document.version, document.source
        encoding = str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)
        try:
            checked: Checked = await self.on_worker(
                self.session.check, uri, source, version, encoding
            )
        except Exception as exc:  # a bug: tell the editor's log, keep serving
            self.log(
                f"internal error while checking {uri}: {type(exc).__name__}: {exc}",
                types.MessageType.Error,
            )
            return
        finally:
            self.flush_notes()
        self._watch_grammar()
        if (
            uri not in self.open_documents
            or self.workspace.get_text_document(uri).version != version
        ):
            return  # closed, or changed again: a newer check is on its way
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri,
                version=version,
                diagnostics=[to_diagnostic(f, checked.document) for f in checked.findings],
            )
        )
        self.log(
            f"checked {PurePosixPath(uri).name} (version {version}) in "
            f"{checked.seconds:.2f} s: {len(checked.findings)} findings; paragraphs "
            f"parsed by spaCy: {checked.parsed_by_spacy}, sent to LanguageTool: "
            f"{checked.sent_to_languagetool}"
        )

    # -- engines ---------------------------------------------------------------------------

    def start_engines(self, grammar: bool) -> None:
        self._loop = asyncio.get_running_loop()
        self.worker.submit(self.session.checker)  # spaCy loads before the first check asks
        if not grammar:
            self.session.grammar.fail("grammar checking is turned off (psassist lsp --no-grammar)")
            return
        self._restart_languagetool()

    def _restart_languagetool(self) -> None:
        threading.Thread(
            target=self._start_languagetool, name="psassist-languagetool", daemon=True
        ).start()

    def _watch_grammar(self) -> None:
        """LanguageTool failed during a check: say so, and try to reach it again later."""
        status = self.session.grammar.status()
        if not self._grammar_ok or status.status == "ok":
            return
        self._grammar_ok = False
        self.window_show_message(
            types.ShowMessageParams(
                type=types.MessageType.Warning,
                message=f"psassist: LanguageTool stopped answering ({status.detail}); grammar and "
                f"spelling are not checked until it answers again (next try in "
                f"{RETRY_SECONDS:g} s)",
            )
        )
        asyncio.get_running_loop().call_later(RETRY_SECONDS, self._restart_languagetool)

    def _start_languagetool(self) -> None:
        status = self.session.start_languagetool()
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._languagetool_started, status)

    def _languagetool_started(self, status: EngineStatus) -> None:
        if status.status == "ok":
            self._grammar_ok = True
            self.log(f"LanguageTool ready: {status.detail}", types.MessageType.Info)
            self.recheck_all()
        else:
            self.window_show_message(
                types.ShowMessageParams(
                    type=types.MessageType.Warning,
                    message=f"psassist: grammar and spelling are not checked: {status.detail}",
                )
            )

    def is_statement(self, document: types.TextDocumentItem) -> bool:
        suffix = PurePosixPath(document.uri).suffix.lower()
        return document.language_id in LANGUAGES or suffix in SUFFIXES

    def current(self, uri: str) -> tuple[Checked | None, bool]:
        """The last check of `uri`, and whether the document is still that text."""
        checked = self.session.checked.get(uri)
        if checked is None or uri not in self.open_documents:
            return None, False
        return checked, self.workspace.get_text_document(uri).source == checked.document.source


def build_server(session: Session, *, grammar: bool = True) -> PsassistLanguageServer:
    server = PsassistLanguageServer(session)

    @server.feature(types.INITIALIZE)
    def initialize(ls: PsassistLanguageServer, params: types.InitializeParams) -> None:
        ls.initialization_options = section_of(params.initialization_options)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: PsassistLanguageServer, params: types.InitializedParams) -> None:
        ls.start_engines(grammar)
        await ls.reconfigure()
        ls.recheck_all()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def configuration_changed(
        ls: PsassistLanguageServer, params: types.DidChangeConfigurationParams
    ) -> None:
        pushed = (
            params.settings
            if isinstance(params.settings, dict) and SECTION in params.settings
            else None
        )
        await ls.reconfigure(pushed)
        ls.recheck_all()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: PsassistLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        if ls.is_statement(params.text_document):
            ls.open_documents.add(params.text_document.uri)
            ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(
        ls: PsassistLanguageServer, params: types.DidChangeTextDocumentParams
    ) -> None:
        uri = params.text_document.uri
        if uri in ls.open_documents:
            ls.schedule(uri, ls.session.lsp.debounce_ms / 1000)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    async def did_close(
        ls: PsassistLanguageServer, params: types.DidCloseTextDocumentParams
    ) -> None:
        uri = params.text_document.uri
        ls.open_documents.discard(uri)
        pending = ls._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        ls.session.forget(uri)
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(
        ls: PsassistLanguageServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        checked, unchanged = ls.current(params.text_document.uri)
        if checked is None:
            return None
        return (
            actions.code_actions(
                checked.findings, checked.uri, checked.document, params.range, fixes=unchanged
            )
            or None
        )

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def on_hover(ls: PsassistLanguageServer, params: types.HoverParams) -> types.Hover | None:
        checked, unchanged = ls.current(params.text_document.uri)
        if checked is None or not unchanged:
            return None
        return hover.hover(checked.findings, checked.document, params.position)

    @server.command(actions.ADD_TO_DICTIONARY)
    async def add_to_dictionary(ls: PsassistLanguageServer, word: str) -> str | None:
        try:
            said: str = await ls.on_worker(ls.session.add_word, word)
        except (ValueError, OSError) as exc:
            ls.window_show_message(
                types.ShowMessageParams(
                    type=types.MessageType.Error, message=f"psassist: not added: {exc}"
                )
            )
            return None
        ls.log(said, types.MessageType.Info)
        ls.recheck_all()
        return said

    @server.command(actions.IGNORE_RULE)
    async def ignore_rule(ls: PsassistLanguageServer, uri: str, rule: str) -> str:
        said: str = await ls.on_worker(ls.session.ignore_rule, uri, rule)
        ls.flush_notes()
        ls.log(said, types.MessageType.Info)
        if uri in ls.open_documents:
            ls.schedule(uri, 0)
        return said

    return server
