"""The applicant's answers: a TOML file with one entry per prompt, plus variants.

    opening = '''...'''                      # one key per section id
    [specialties.pathology]                  # replaces answers for one specialty
    why_specialty = '''...'''
    [programs."Example Medical Center"]      # replaces answers for one program variant
    program_fit = '''...'''

Answers are data: whatever they contain, `{{ 7*7 }}` included, reaches the draft as typed.
Every mistake is reported with the file and line, because the applicant wrote the file
by hand.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from psassist.drafting.catalog import Catalog, Specialty
from psassist.drafting.errors import AnswersError, DraftingError
from psassist.drafting.paragraphs import tidy
from psassist.text import InputError, read_document
from psassist.workspace.parsing import toml_error

_TABLES = ("specialties", "programs")


@dataclass(frozen=True)
class Answers:
    name: str  # the file, for messages
    common: Mapping[str, str]
    by_specialty: Mapping[str, Mapping[str, str]]  # specialty id -> section -> text
    by_program: Mapping[str, Mapping[str, str]]  # program name as written -> section -> text

    def program_answers(self, program: str) -> Mapping[str, str]:
        wanted = _program_key(program)
        for name, answers in self.by_program.items():
            if _program_key(name) == wanted:
                return answers
        return {}

    def resolve(
        self, catalog: Catalog, specialty: Specialty, program: str | None = None
    ) -> dict[str, str]:
        """Every section's answer for this draft ('' when skipped); missing required ones fail."""
        merged = dict(self.common)
        merged.update(self.by_specialty.get(specialty.id, {}))
        if program:
            merged.update(self.program_answers(program))
        resolved: dict[str, str] = {}
        missing = []
        for section in catalog.sections:
            text = merged.get(section.id, "")
            if section.program_only and not program:
                text = ""
            if not text and not section.optional:
                missing.append(section)
            resolved[section.id] = text
        if missing:
            first = missing[0]
            names = ", ".join(s.id for s in missing)
            raise AnswersError(
                f"{self.name}: no answer for {names} (for {specialty.name}); "
                f"{first.id} asks: {first.question_for(specialty.id)}"
            )
        return resolved


def _program_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _line_of(text: str, key: str, after: int = 0) -> int | None:
    """The line where `key` is assigned or opens a table, for messages (best effort)."""
    pattern = re.compile(
        rf"^[ \t]*(?:\[+[^\]\n]*)?[\"']?{re.escape(key)}[\"']?[ \t]*(?:=|\]|\.)", re.MULTILINE
    )
    match = pattern.search(text, after)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _where(name: str, text: str, key: str) -> str:
    line = _line_of(text, key)
    return f"{name}, line {line}" if line else name


def _section_answers(
    table: Mapping[str, Any], catalog: Catalog, name: str, text: str, context: str
) -> dict[str, str]:
    answers: dict[str, str] = {}
    known = catalog.section_ids
    for key, value in table.items():
        where = _where(name, text, key)
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = (
                f"; did you mean {close[0]!r}?"
                if close
                else f"; the prompts are: {', '.join(known)}"
            )
            raise AnswersError(f"{where}: {key!r}{context} is not a prompt{hint}")
        if not isinstance(value, str):
            raise AnswersError(
                f"{where}: the answer to {key!r} must be text in quotes "
                "(use ''' ... ''' for several lines)"
            )
        cleaned = tidy(value)
        if cleaned:
            answers[key] = cleaned
    return answers


def parse_answers(text: str, name: str, catalog: Catalog) -> Answers:
    """Validate an answers file's text against the catalog."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise AnswersError(
            str(toml_error(name, exc)).replace(
                " (fix the file by hand; psassist will not overwrite it)", ""
            )
        ) from exc
    common_table = {k: v for k, v in data.items() if k not in _TABLES}
    common = _section_answers(common_table, catalog, name, text, "")
    by_specialty: dict[str, Mapping[str, str]] = {}
    by_program: dict[str, Mapping[str, str]] = {}
    for table_name in _TABLES:
        tables = data.get(table_name, {})
        if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
            raise AnswersError(
                f"{_where(name, text, table_name)}: [{table_name}.NAME] must be tables of answers"
            )
        for key, table in tables.items():
            if table_name == "specialties":
                try:
                    specialty = catalog.specialty(key)
                except DraftingError as exc:
                    raise AnswersError(f"{_where(name, text, key)}: {exc}") from exc
                by_specialty[specialty.id] = MappingProxyType(
                    _section_answers(table, catalog, name, text, f" under {specialty.name}")
                )
            else:
                by_program[key] = MappingProxyType(
                    _section_answers(table, catalog, name, text, f" under program {key!r}")
                )
    return Answers(
        name, MappingProxyType(common), MappingProxyType(by_specialty), MappingProxyType(by_program)
    )


def read_answers_file(path: str | os.PathLike[str]) -> str:
    """The text of an answers file (any encoding psassist reads), or AnswersError."""
    try:
        return read_document(path).text
    except InputError as exc:
        raise AnswersError(str(exc)) from exc


def merged_answers(
    existing: str, answers: Mapping[str, str], program: str | None, program_sections: frozenset[str]
) -> dict[str, Any]:
    """The answers file's data with `answers` written in; other tables are kept as they were.

    Answers to program-only sections go under `[programs."P"]` (dropped without a program);
    the others are common. An empty answer removes the key (the section counts as
    unanswered). `existing` is the file's TOML text, empty for a new file.
    """
    data: dict[str, Any] = tomllib.loads(existing) if existing.strip() else {}
    for section, text in answers.items():
        if section in program_sections:
            if not program:
                continue
            target = data.setdefault("programs", {}).setdefault(program, {})
        else:
            target = data
        if text.strip():
            target[section] = text.strip() + "\n"
        else:
            target.pop(section, None)
    return data
