"""LanguageTool and spaCy one paragraph at a time, each paragraph's results cached by its text.

Everything that re-checks a text as it is edited (the app, the language server, a
resident server later) uses these classes: `ParagraphGrammar` as the checker's grammar
source, so a re-check after an edit sends LanguageTool only the paragraphs whose text is
new; `ParagraphDocs` as the checker's spaCy pipeline, so only those paragraphs are parsed
again. That is what makes checking while typing affordable. Plain Python, no UI.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from psassist.checks.analysis import split_paragraphs
from psassist.checks.grammar import LanguageToolMatch
from psassist.engines.nlp import Pipeline
from psassist.findings import EngineStatus

if TYPE_CHECKING:  # the client module loads with LanguageTool, not with the checker
    from psassist.engines.languagetool.client import LTMatch

DEFAULT_LIMIT = 512  # paragraphs remembered; the oldest is forgotten first
#: How many recently sent or parsed paragraphs are listed (for tests and logs); an editor
#: session checks for hours, so the lists keep only the newest.
HISTORY = 1000


def _remember(history: list[str], text: str) -> None:
    history.append(text)
    if len(history) > HISTORY:
        del history[: len(history) - HISTORY]


class ParagraphClient(Protocol):
    """What the cache needs from a LanguageTool client."""

    def describe(self) -> str: ...

    def check(self, text: str) -> Sequence[LTMatch]: ...


class ParagraphGrammar:
    """Stands in for the checker's grammar engine and caches matches per paragraph text.

    The owner gives it a client when LanguageTool has started (`attach`) or the reason it
    could not (`fail`); until then checks run without grammar and say it is starting.
    A client that fails mid-check turns the engine unavailable with the client's reason.
    Safe to share between threads: one check talks to LanguageTool at a time.

    `in_background=True` asks LanguageTool from a thread of its own, so the changed
    paragraphs are checked while spaCy parses them (as the checker's own engine does);
    by default `start` answers in the caller's thread.
    """

    def __init__(self, limit: int = DEFAULT_LIMIT, *, in_background: bool = False) -> None:
        self._executor = (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="psassist-paragraphs")
            if in_background
            else None
        )
        self._client: ParagraphClient | None = None
        self._reason: str | None = None
        self._cache: dict[str, list[LTMatch]] = {}
        self._limit = limit
        self._lock = threading.Lock()
        self.sent: list[str] = []  # paragraphs sent to LanguageTool, newest last
        self.sent_count = 0  # all of them, ever

    def attach(self, client: ParagraphClient) -> None:
        self._client, self._reason = client, None

    def fail(self, reason: str) -> None:
        self._client, self._reason = None, reason

    def status(self) -> EngineStatus:
        if self._client is not None:
            return EngineStatus("ok", str(self._client.describe()))
        return EngineStatus("unavailable", self._reason or "starting")

    def start(self, text: str) -> Future[list[LanguageToolMatch] | None]:
        """The checker's entry point: the matches as a future (computed already, unless
        LanguageTool is asked in the background)."""
        if self._executor is not None and self._client is not None:
            return self._executor.submit(self.check, text)
        future: Future[list[LanguageToolMatch] | None] = Future()
        try:
            future.set_result(self.check(text))
        except Exception as exc:  # handed to the checker, which re-raises in its thread
            future.set_exception(exc)
        return future

    def check(self, text: str) -> list[LanguageToolMatch] | None:
        """Matches for the whole text (offsets into it), or None without LanguageTool."""
        client = self._client
        if client is None:
            return None
        from psassist.engines.languagetool import LanguageToolError

        matches: list[LanguageToolMatch] = []
        with self._lock:
            for paragraph in split_paragraphs(text):
                cached = self._cache.get(paragraph.text)
                if cached is None:
                    try:
                        cached = list(client.check(paragraph.text))
                    except LanguageToolError as exc:
                        self.fail(str(exc))
                        return None
                    _remember(self.sent, paragraph.text)
                    self.sent_count += 1
                    if len(self._cache) >= self._limit:
                        self._cache.pop(next(iter(self._cache)))
                    self._cache[paragraph.text] = cached
                matches.extend(replace(m, offset=m.offset + paragraph.start) for m in cached)
        return matches


class ParagraphDocs:
    """Stands in for a spaCy pipeline in `analyse`, remembering each paragraph's Doc by text.

    `analyse` parses paragraph by paragraph, and a paragraph's Doc depends on its text
    alone, so a cached Doc gives the very analysis a fresh parse would. Safe to share
    between threads: one parse runs at a time.
    """

    def __init__(self, nlp: Any, limit: int = DEFAULT_LIMIT) -> None:
        self._nlp = nlp
        self._cache: dict[str, Any] = {}
        self._limit = limit
        self._lock = threading.Lock()
        self.parsed: list[str] = []  # paragraphs given to spaCy, newest last
        self.parsed_count = 0  # all of them, ever

    def pipe(self, texts: Iterable[str]) -> list[Any]:
        wanted = list(texts)
        with self._lock:
            found = {t: self._cache[t] for t in wanted if t in self._cache}
            missing = [t for t in dict.fromkeys(wanted) if t not in found]
            for text, doc in zip(missing, self._nlp.pipe(missing), strict=True):
                found[text] = doc
                _remember(self.parsed, text)
                self.parsed_count += 1
                if len(self._cache) >= self._limit:
                    self._cache.pop(next(iter(self._cache)))
                self._cache[text] = doc
            return [found[t] for t in wanted]


def with_paragraph_docs(pipeline: Pipeline, limit: int = DEFAULT_LIMIT) -> Pipeline:
    """`pipeline` with its spaCy pipeline behind a `ParagraphDocs` cache."""
    return replace(pipeline, nlp=ParagraphDocs(pipeline.nlp, limit))
