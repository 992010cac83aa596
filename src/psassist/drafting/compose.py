"""Answers + a template + a specialty (+ a program) -> the text of a first draft.

Answers enter the template as plain strings in a context, never as template source, so
anything an applicant typed (braces included) is printed as typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from psassist.drafting.answers import Answers
from psassist.drafting.catalog import Catalog, Specialty
from psassist.drafting.errors import TemplateError
from psassist.drafting.paragraphs import as_document, count_words
from psassist.drafting.templates import TemplateLibrary

#: An answer this much over its budget is pointed out (budgets are guides, not limits).
BUDGET_SLACK = 1.25


@dataclass(frozen=True)
class BudgetNote:
    section: str
    words: int
    budget: int


@dataclass(frozen=True)
class Composition:
    text: str  # paragraphs one blank line apart, ending with a newline
    words: int
    budget: int  # words the catalog suggests for the sections this draft uses
    over_budget: tuple[BudgetNote, ...]
    program_paragraph: bool = False  # a program variant found its program-specific answer


def compose(
    catalog: Catalog,
    answers: Answers,
    specialty: Specialty,
    template: str,
    library: TemplateLibrary,
    program: str | None = None,
) -> Composition:
    resolved = answers.resolve(catalog, specialty, program)
    context = {
        "answers": resolved,
        "specialty": {"id": specialty.id, "name": specialty.name},
        "program": program or "",
        "sections": list(catalog.section_ids),
        "layout": library.layout_for(specialty.id),
    }
    text = as_document(library.render(template, context))
    if not text:
        raise TemplateError(f"template {template} produced no text")
    notes = []
    budget = 0
    for section in catalog.sections:
        words = count_words(resolved[section.id])
        if words:
            budget += section.words
        if words > section.words * BUDGET_SLACK:
            notes.append(BudgetNote(section.id, words, section.words))
    has_program_answer = bool(program) and any(
        resolved[s.id] for s in catalog.sections if s.program_only
    )
    return Composition(text, count_words(text), budget, tuple(notes), has_program_answer)
