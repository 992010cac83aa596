"""The language server's state without the protocol: open documents' findings, the checker,
the settings, and what the user told it (words, ignored rules).

One Checker serves every document. Its grammar source is the shared `ParagraphGrammar`
and its spaCy pipeline sits behind `ParagraphDocs` (`checks.paragraph_cache`, the code
the app's editor uses), so a re-check after typing sends LanguageTool and spaCy only the
paragraphs whose text changed. Methods that check or change state run on the server's
one worker thread, never two at once.

"Ignore RULE in this file": for a draft inside a psassist workspace
(`WORKSPACE/drafts/NAME.txt`) the rule is added to that draft's ignored rules, the same
list the app's `i` key writes, so the app and `psassist check` agree. For any other file
the server keeps the rule for that document until it stops: nothing is written into the
statement, whose text goes to ERAS as it is.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from pygls.uris import to_fs_path

from psassist.checks.analysis import CheckOptions
from psassist.checks.checker import Checker
from psassist.checks.corpus import load_corpus, sample_corpus_dirs
from psassist.checks.paragraph_cache import ParagraphDocs, ParagraphGrammar, with_paragraph_docs
from psassist.checks.vocabulary import Vocabulary, add_user_word, read_user_dictionary
from psassist.config import Settings
from psassist.drafting.catalog import load_catalog
from psassist.drafting.checking import draft_check_options, draft_file, ignore_rule
from psassist.engines.nlp import Pipeline, load_pipeline
from psassist.findings import EngineStatus, Finding
from psassist.lsp.positions import DocumentText
from psassist.lsp.settings import LspSettings
from psassist.workspace import Workspace, WorkspaceError


@dataclass(frozen=True)
class Checked:
    """One check of one version of a document."""

    uri: str
    version: int | None
    document: DocumentText
    findings: list[Finding]
    seconds: float
    #: Paragraphs LanguageTool and spaCy were given for this check (the rest were cached).
    sent_to_languagetool: int
    parsed_by_spacy: int


class Session:
    def __init__(self, settings: Settings, *, pipeline: Pipeline | None = None) -> None:
        self.settings = settings
        self.grammar = ParagraphGrammar(in_background=True)
        self._pipeline = pipeline
        self._docs: ParagraphDocs | None = None
        self._checker: Checker | None = None
        self.lsp = LspSettings()
        self._corpus: tuple[tuple[str, str], ...] = ()
        self._ignored_here: dict[str, set[str]] = {}
        self.checked: dict[str, Checked] = {}
        self.notes: list[str] = []  # lines for the editor's log, taken by the server

    # -- engines ---------------------------------------------------------------------------

    def checker(self) -> Checker:
        """The one checker; loads spaCy on first use (seconds), so call it off the loop."""
        if self._checker is None:
            pipeline = with_paragraph_docs(
                self._pipeline or load_pipeline(self.settings.spacy_model)
            )
            assert isinstance(pipeline.nlp, ParagraphDocs)
            self._docs = pipeline.nlp
            self._checker = Checker(self.settings, grammar=self.grammar, pipeline=pipeline)
        return self._checker

    def start_languagetool(self) -> EngineStatus:
        """Open LanguageTool (starting its server if need be) and hand it to the checker."""
        if not self.settings.languagetool.enabled:
            self.grammar.fail("grammar checking is turned off in the settings")
            return self.grammar.status()
        from psassist.engines.languagetool import LanguageToolError, open_languagetool

        try:
            self.grammar.attach(open_languagetool(self.settings))
        except LanguageToolError as exc:
            self.grammar.fail(getattr(exc, "reason", str(exc)))
        return self.grammar.status()

    # -- settings --------------------------------------------------------------------------

    def configure(self, lsp: LspSettings) -> None:
        """Take new settings; the comparison statements are read again only if they moved."""
        before = self.lsp
        self.lsp = lsp
        self.notes.extend(f"settings: {p}" for p in lsp.problems)
        if (before.compare, before.compare_samples) == (
            lsp.compare,
            lsp.compare_samples,
        ) and self._corpus:
            return
        folders = [*lsp.compare, *(sample_corpus_dirs() if lsp.compare_samples else [])]
        self._corpus, skipped = load_corpus(folders)
        self.notes.extend(f"not compared: {line}" for line in skipped)

    def options(self, uri: str) -> CheckOptions:
        """The settings' options over a workspace draft's own, plus rules ignored here."""
        path = to_fs_path(uri) if uri.startswith("file:") else None
        program, specialty = self.lsp.program, self.lsp.specialty
        disabled: set[str] = set()
        found = draft_file(path) if path else None
        if found is not None:
            try:
                with Workspace.open(found.root, readonly=True) as workspace:
                    draft = draft_check_options(workspace, found.name, load_catalog())
                program = program or draft.program
                specialty = specialty or draft.specialty
                disabled |= draft.disabled_rules
            except WorkspaceError as exc:
                self.notes.append(f"{path}: checked without the draft's settings: {exc}")
        disabled |= self.lsp.disabled_rules | self._ignored_here.get(uri, set())
        return CheckOptions(
            program=program,
            specialty=specialty,
            disabled_rules=frozenset(disabled),
            corpus=self._corpus,
            own_path=path,
        )

    # -- checking --------------------------------------------------------------------------

    def check(self, uri: str, source: str, version: int | None, encoding: str) -> Checked:
        started = time.perf_counter()
        checker = self.checker()
        document = DocumentText(source, encoding)
        sent, parsed = self.grammar.sent_count, self._docs.parsed_count if self._docs else 0
        findings: list[Finding] = []
        if document.text.strip():
            report = checker.check_text(document.text, uri, self.options(uri))
            findings = [located.finding for located in report.findings]
        checked = Checked(
            uri,
            version,
            document,
            findings,
            time.perf_counter() - started,
            sent_to_languagetool=self.grammar.sent_count - sent,
            parsed_by_spacy=(self._docs.parsed_count if self._docs else 0) - parsed,
        )
        self.checked[uri] = checked
        return checked

    def forget(self, uri: str) -> None:
        self.checked.pop(uri, None)

    # -- what the user tells it ------------------------------------------------------------

    def add_word(self, word: str) -> str:
        """Add `word` to the user's dictionary; ValueError when it is not one word."""
        path = self.settings.user_dictionary_path()
        added = add_user_word(path, word)
        self.checker().vocabulary = Vocabulary(read_user_dictionary(path))
        return f'added "{added}" to {path}'

    def ignore_rule(self, uri: str, rule: str) -> str:
        """Ignore `rule` in the document at `uri`; says where the choice is kept."""
        path = to_fs_path(uri) if uri.startswith("file:") else None
        found = draft_file(path) if path else None
        if found is not None:
            try:
                with Workspace.open(found.root) as workspace:
                    ignore_rule(workspace, found.name, rule)
                return f"{rule} is ignored for draft {found.name} (as in the app)"
            except WorkspaceError as exc:
                self.notes.append(f"could not save the ignored rule with the draft: {exc}")
        self._ignored_here.setdefault(uri, set()).add(rule)
        return f"{rule} is ignored in {Path(path).name if path else uri} until the server stops"
