"""Runs every rule over a text and builds a report; the CLI, the UI and tests all call it.

Engines are opened lazily and once per Checker, so checking a hundred files pays for
spaCy and the LanguageTool connection once. A missing engine never stops the other
rules: its status goes into the report with the reason and the fix.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol

from psassist.checks import eras, harper_rules, learner, readability
from psassist.checks.analysis import Analysis, CheckOptions, analyse
from psassist.checks.grammar import LanguageToolMatch, findings_from_languagetool
from psassist.checks.registry import RegisteredCheck, rule_checks
from psassist.checks.vocabulary import Vocabulary, read_user_dictionary
from psassist.config import Settings
from psassist.engines.harper import HarperEngine, HarperLint, shared_engine
from psassist.engines.ngrams import load_in_background as load_word_pairs_in_background
from psassist.engines.nlp import Pipeline, load_pipeline
from psassist.findings import EngineStatus, Finding, LocatedFinding, Needs, Report, Stats
from psassist.text.positions import LineIndex


class GrammarSource(Protocol):
    """Where the checker gets LanguageTool matches: the engine below, or a caching stand-in."""

    def status(self) -> EngineStatus: ...

    def start(self, text: str) -> Future[list[LanguageToolMatch] | None]: ...


class GrammarEngine:
    """The checker's view of LanguageTool: opened on first use, remembered if unavailable."""

    def __init__(self, settings: Settings, enabled: bool) -> None:
        self._settings = settings
        self._enabled = enabled and settings.languagetool.enabled
        self._client: Any = None
        self._executor: ThreadPoolExecutor | None = None
        self._reason: str | None = (
            None
            if self._enabled
            else ("skipped: grammar checking is turned off (--no-grammar or settings)")
        )

    def status(self) -> EngineStatus:
        if self._reason is not None:
            return EngineStatus("unavailable", self._reason)
        if self._client is None:
            return EngineStatus("unavailable", "not started yet")
        return EngineStatus("ok", str(self._client.describe()))

    def start(self, text: str) -> Future[list[LanguageToolMatch] | None]:
        """Check in a background thread, so the JVM works while spaCy and the rules run."""
        if self._reason is not None:
            return _nothing()
        if self._executor is None:
            self._executor = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="psassist-languagetool"
            )
        return self._executor.submit(self.check, text)

    def check(self, text: str) -> list[LanguageToolMatch] | None:
        if self._reason is not None:
            return None
        from psassist.engines.languagetool import LanguageToolError, open_languagetool

        try:
            if self._client is None:
                self._client = open_languagetool(self._settings)
            return list(self._client.check(text))
        except LanguageToolError as exc:
            self._reason = str(exc)
            self._client = None
            return None


class Checker:
    def __init__(
        self,
        settings: Settings,
        *,
        grammar: bool | GrammarSource = True,
        harper: bool = True,
        extra_words: Iterable[str] = (),
        pipeline: Pipeline | None = None,
    ) -> None:
        self.settings = settings
        self._pipeline = pipeline
        self.grammar: GrammarSource = (
            GrammarEngine(settings, grammar) if isinstance(grammar, bool) else grammar
        )
        self.harper: HarperEngine | None = shared_engine(harper_rules.RULES) if harper else None
        load_word_pairs_in_background()  # the unlikely-pair rule's counts, while spaCy loads
        user_words = read_user_dictionary(settings.user_dictionary_path())
        self.vocabulary = Vocabulary([*user_words, *extra_words])

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = load_pipeline(self.settings.spacy_model)
        return self._pipeline

    def engine_status(self) -> dict[str, EngineStatus]:
        pipeline = self.pipeline
        return {
            "languagetool": self.grammar.status(),
            "spacy": EngineStatus("fallback" if pipeline.fallback else "ok", pipeline.detail),
            "harper": self.harper.status()
            if self.harper is not None
            else EngineStatus("unavailable", "skipped: turned off for this check"),
        }

    def analyse(self, text: str, options: CheckOptions) -> Analysis:
        pipeline = self.pipeline
        return analyse(text, pipeline.nlp, pipeline.has_parser, options)

    def check_text(
        self, text: str, path: str = "<text>", options: CheckOptions | None = None
    ) -> Report:
        return self._finish(text, path, options or CheckOptions(), *self._start(text))

    def check_many(self, items: Iterable[tuple[str, str, CheckOptions]]) -> Iterator[Report]:
        """Check (text, path, options) in order, LanguageTool one statement ahead.

        While spaCy and the rules work on one statement, LanguageTool is already checking
        the next, so neither engine waits for the other.
        """
        pending: deque[tuple[str, str, CheckOptions, Future[Any], Future[Any]]] = deque()
        for text, path, options in items:
            pending.append((text, path, options, *self._start(text)))
            if len(pending) > 1:
                yield self._finish(*pending.popleft())
        while pending:
            yield self._finish(*pending.popleft())

    def _start(
        self, text: str
    ) -> tuple[Future[list[LanguageToolMatch] | None], Future[list[HarperLint] | None]]:
        """Both grammar engines start on `text` in their own threads."""
        return self.grammar.start(text), _start_harper(self.harper, text)

    def _finish(
        self,
        text: str,
        path: str,
        options: CheckOptions,
        grammar: Future[list[LanguageToolMatch] | None],
        harper: Future[list[HarperLint] | None],
    ) -> Report:
        analysis = self.analyse(text, options)
        findings: list[Finding] = []
        for check in rule_checks():
            if _can_run(check, analysis):
                findings.extend(check.run(analysis))
        matches = grammar.result()
        if matches is not None:
            from_languagetool = list(findings_from_languagetool(analysis, matches, self.vocabulary))
            findings = learner.without_languagetool_duplicates(
                findings, from_languagetool, analysis.text
            )
            from_languagetool = learner.languagetool_hints_without_ours(from_languagetool, findings)
            from_languagetool = learner.languagetool_inside_ours(
                from_languagetool, findings, analysis.text
            )
            findings.extend(from_languagetool)
        lints = harper.result()
        if lints is not None:
            from_harper = list(harper_rules.findings_from_harper(analysis, lints))
            # Harper names its error; an unlikely-pair guess on the same words gives way.
            firm = [f for f in findings if f.rule != learner.word_pairs.UNLIKELY_PAIR.id]
            findings.extend(harper_rules.without_covered(from_harper, firm))
        findings = learner.word_pairs_giving_way(findings)
        findings = _without_disabled(findings, options.disabled_rules)
        return build_report(path, analysis, findings, self.engine_status())


def _start_harper(engine: HarperEngine | None, text: str) -> Future[list[HarperLint] | None]:
    return engine.start(text) if engine is not None else _nothing()


def _nothing() -> Future[Any]:
    """An engine that is off answers at once: no matches."""
    done: Future[Any] = Future()
    done.set_result(None)
    return done


def _can_run(check: RegisteredCheck, analysis: Analysis) -> bool:
    """A check whose rules need the parse is skipped on the blank fallback pipeline.

    LanguageTool's rules are not registered checks: their findings come from the
    server's matches, which exist only when the server answered.
    """
    return check.needs is not Needs.PARSER or analysis.has_parser


def _without_disabled(findings: list[Finding], disabled: frozenset[str]) -> list[Finding]:
    """Drop findings of disabled rules; a category name disables the whole category."""
    if not disabled:
        return findings
    return [f for f in findings if f.rule not in disabled and f.category.value not in disabled]


def build_report(
    path: str, analysis: Analysis, findings: list[Finding], engines: dict[str, EngineStatus]
) -> Report:
    text = analysis.text
    index = LineIndex(text)
    located = []
    for finding in sorted(set(findings), key=Finding.sort_key):
        line, column = index.position(finding.start)
        located.append(LocatedFinding(finding, line, column))
    scores = readability.scores_of(analysis)
    return Report(
        path=path,
        text=text,
        stats=Stats(
            characters=eras.eras_character_count(text),
            words=len(readability.words_of(text)),
            sentences=len(analysis.sentences),
            paragraphs=len(analysis.paragraphs),
        ),
        readability=scores,
        engines=engines,
        findings=located,
    )
