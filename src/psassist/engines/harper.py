"""Harper, Automattic's offline English grammar checker (Rust, Apache-2.0), in process.

A second engine beside LanguageTool: its phrase rules catch learner errors LanguageTool
lets pass ("help they", "allow to go", "point of views"). The harper-py wheel carries the
engine and its dictionary, so nothing is downloaded and no text leaves the machine.

Building Harper's dictionary takes a second or more, so one linter is built per process,
in a background thread, while spaCy loads. A Harper linter is not thread-safe, so calls
to it are serialised with a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from psassist.findings import EngineStatus

#: Where the engine comes from, for `psassist doctor` and the engine status line.
SOURCE = "Harper (Automattic, Apache-2.0) through the harper-py wheel"


@dataclass(frozen=True)
class HarperLint:
    """One Harper finding: the rule that made it, its span in the text, and its fixes."""

    rule: str
    start: int
    end: int
    message: str
    replacements: tuple[str, ...]


class HarperEngine:
    """One Harper linter limited to `rules`, built on first use in a background thread."""

    def __init__(self, rules: Iterable[str]) -> None:
        self._rules = frozenset(rules)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="psassist-harper")
        self._linter: Future[Any] = self._executor.submit(self._build)
        self._lock = threading.Lock()
        self._reason: str | None = None

    def _build(self) -> Any:
        try:
            from harper import Linter
        except ImportError as exc:  # a platform without a harper-py wheel
            self._reason = f"harper-py is not installed ({exc}); pip install harper-py"
            return None
        try:
            linter = Linter()
            known = linter.get_default_lint_config()
            linter.set_lint_config({name: name in self._rules for name in known})
        except Exception as exc:  # a broken wheel: the other engines still run
            self._reason = f"Harper could not start: {type(exc).__name__}: {exc}"
            return None
        return linter

    def status(self) -> EngineStatus:
        linter = self._linter.result()
        if linter is None:
            return EngineStatus("unavailable", self._reason or "not built")
        return EngineStatus("ok", f"{SOURCE}; {len(self._rules)} rules")

    def start(self, text: str) -> Future[list[HarperLint] | None]:
        """Lint in the background (Harper releases the GIL), so spaCy works meanwhile."""
        return self._executor.submit(self.lint, text)

    def lint(self, text: str) -> list[HarperLint] | None:
        """Harper's findings on `text`, or None when the engine is not installed."""
        linter = self._linter.result()
        if linter is None:
            return None
        with self._lock:
            by_rule = linter.organized_lints(text, language="plaintext")
        return [
            HarperLint(
                rule,
                lint.span.start,
                lint.span.end,
                lint.message,
                tuple(s.replacement_text for s in lint.suggestions),
            )
            for rule, lints in by_rule.items()
            for lint in lints
        ]


_ENGINES: dict[frozenset[str], HarperEngine] = {}
_ENGINES_LOCK = threading.Lock()


def shared_engine(rules: Iterable[str]) -> HarperEngine:
    """The process's engine for this set of rules; every Checker shares it."""
    key = frozenset(rules)
    with _ENGINES_LOCK:
        if key not in _ENGINES:
            _ENGINES[key] = HarperEngine(key)
        return _ENGINES[key]
