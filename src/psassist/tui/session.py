"""What the UI needs beyond the shared packages, in plain Python (no Textual here).

- opening the workspace, falling back to read-only when another process holds it;
- the rules a user ignored for one draft (`ignored.toml`) and the personal dictionary;
- a grammar engine for the checker that asks LanguageTool only about paragraphs whose
  text changed since the last check (the paragraph-level cache of re-checks);
- turning offsets into editor locations and grouping findings by category.

If the CLI ever needs one of these, move it to the package it belongs to.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from psassist.checks.analysis import split_paragraphs
from psassist.checks.grammar import LanguageToolMatch
from psassist.checks.registry import get_rule
from psassist.findings import Category, EngineStatus, LocatedFinding
from psassist.report.safe import safe_text
from psassist.workspace import Workspace, WorkspaceError, WorkspaceLocked

IGNORED = "ignored.toml"
_IGNORED_HEADER = ("Rules you chose to ignore, per draft; psassist's UI writes this file.\n"
                   "Delete a line to see that rule's findings again.")


@dataclass(frozen=True)
class OpenedWorkspace:
    workspace: Workspace
    readonly_reason: str | None  # why it is read-only, or None when we may write


def open_workspace(path: Path) -> OpenedWorkspace:
    """Open for writing; when another process holds the lock, read-only with the reason."""
    try:
        return OpenedWorkspace(Workspace.open(path), None)
    except WorkspaceLocked as exc:
        return OpenedWorkspace(Workspace.open(path, readonly=True), str(exc))


# -- ignored rules and the personal dictionary -----------------------------------------------

def ignored_rules(workspace: Workspace, draft: str) -> frozenset[str]:
    if not workspace.exists(IGNORED):
        return frozenset()
    data = workspace.read_data(IGNORED)
    rules = data.get(draft, []) if isinstance(data, dict) else []
    return frozenset(r for r in rules if isinstance(r, str))


def ignore_rule(workspace: Workspace, draft: str, rule: str) -> frozenset[str]:
    """Remember that `rule` is ignored for `draft`; returns the draft's ignored rules."""
    data: dict[str, Any] = {}
    if workspace.exists(IGNORED):
        loaded = workspace.read_data(IGNORED)
        if not isinstance(loaded, dict):
            raise WorkspaceError(f"{workspace.path(IGNORED)}: expected tables of rule lists")
        data = dict(loaded)
    rules = sorted({*ignored_rules(workspace, draft), rule})
    data[draft] = rules
    workspace.write_data(IGNORED, data, header=_IGNORED_HEADER)
    return frozenset(rules)


def add_to_dictionary(path: Path, word: str) -> str:
    """Append `word` (trimmed of punctuation) to the personal dictionary; returns it."""
    cleaned = word.strip().strip(".,;:!?\"()[]{}")
    if not cleaned or any(c.isspace() for c in cleaned):
        raise ValueError(f"{word!r} is not one word")
    path.parent.mkdir(parents=True, exist_ok=True)
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if cleaned in existing.splitlines():
        return cleaned
    prefix = "" if not existing or existing.endswith("\n") else "\n"
    with path.open("a", encoding="utf-8") as stream:
        stream.write(f"{prefix}{cleaned}\n")
    return cleaned


# -- LanguageTool, one paragraph at a time ---------------------------------------------------

class ParagraphGrammar:
    """Stands in for the checker's grammar engine and caches matches per paragraph text.

    The app gives it a client when LanguageTool has started (`attach`) or the reason it
    could not (`fail`); until then checks run without grammar and say it is starting.
    A re-check after an edit sends only the paragraphs whose text is new.
    """

    def __init__(self, limit: int = 512) -> None:
        self._client: Any = None
        self._reason: str | None = None
        self._cache: dict[str, list[Any]] = {}
        self._limit = limit
        self._lock = threading.Lock()
        self.sent: list[str] = []  # paragraphs sent to LanguageTool, newest last (for tests)

    def attach(self, client: Any) -> None:
        self._client, self._reason = client, None

    def fail(self, reason: str) -> None:
        self._client, self._reason = None, reason

    def status(self) -> EngineStatus:
        if self._client is not None:
            return EngineStatus("ok", str(self._client.describe()))
        return EngineStatus("unavailable", self._reason or "starting")

    def start(self, text: str) -> Future[list[LanguageToolMatch] | None]:
        future: Future[list[LanguageToolMatch] | None] = Future()
        try:
            future.set_result(self.check(text))
        except Exception as exc:  # handed to the checker, which re-raises in its thread
            future.set_exception(exc)
        return future

    def check(self, text: str) -> list[LanguageToolMatch] | None:
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
                    self.sent.append(paragraph.text)
                    if len(self._cache) >= self._limit:
                        self._cache.pop(next(iter(self._cache)))
                    self._cache[paragraph.text] = cached
                matches.extend(replace(m, offset=m.offset + paragraph.start) for m in cached)
        return matches


# -- findings in the editor ------------------------------------------------------------------

def location(text: str, offset: int) -> tuple[int, int]:
    """(row, column), 0-based, of a code-point offset: what Textual's TextArea uses."""
    offset = max(0, min(offset, len(text)))
    row = text.count("\n", 0, offset)
    line_start = text.rfind("\n", 0, offset) + 1
    return row, offset - line_start


CATEGORY_ORDER: tuple[Category, ...] = tuple(Category)


def grouped(findings: Iterable[LocatedFinding]) -> list[tuple[Category, list[LocatedFinding]]]:
    """Findings by category, in the catalog's category order, each group in text order."""
    groups: dict[Category, list[LocatedFinding]] = {}
    for located in findings:
        groups.setdefault(located.finding.category, []).append(located)
    return [(c, groups[c]) for c in CATEGORY_ORDER if c in groups]


def apply_suggestion(text: str, start: int, end: int, suggestion: str) -> str:
    return text[:start] + suggestion + text[end:]


class Debouncer:
    """Calls `action` once, `delay` seconds after the last `poke` (timer from the caller)."""

    def __init__(self, schedule: Callable[[float, Callable[[], None]], Any],
                 delay: float, action: Callable[[], None]) -> None:
        self._schedule, self._delay, self._action = schedule, delay, action
        self._timer: Any = None

    def poke(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self._schedule(self._delay, self._fire)

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    @property
    def pending(self) -> bool:
        return self._timer is not None

    def _fire(self) -> None:
        self._timer = None
        self._action()


def word_count_label(words: int, budget: int) -> str:
    return f"{words} / about {budget} words"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def unique(values: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(values))


def display(text: str) -> str:
    """Multi-line user text for a Static: every line made safe, line breaks kept."""
    return "\n".join(safe_text(line) for line in text.split("\n"))


def answers_with(existing: str, answers: dict[str, str], program: str | None,
                 program_sections: frozenset[str]) -> dict[str, Any]:
    """The answers file's data with `answers` written in; other tables are kept as they were.

    Answers to program-only sections go under `[programs."P"]`; the others are common.
    An empty answer removes the key (the section counts as unanswered).
    """
    import tomllib

    data: dict[str, Any] = tomllib.loads(existing) if existing.strip() else {}
    for section, text in answers.items():
        if section in program_sections:
            if not program:
                continue
            programs = data.setdefault("programs", {})
            table = programs.setdefault(program, {})
            target = table
        else:
            target = data
        if text.strip():
            target[section] = text.strip() + "\n"
        else:
            target.pop(section, None)
    return data


def replacements(rule: str, suggestions: Sequence[str]) -> list[str]:
    """The suggestions that can replace the span, or [] when they are advice."""
    try:
        replaces = get_rule(rule).replaces
    except KeyError:
        return []
    return [s for s in suggestions if s] if replaces else []
