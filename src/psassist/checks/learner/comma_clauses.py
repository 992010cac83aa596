"""Missing commas between an introductory clause or long phrase and the main clause.

"When I was a student I learned ..." runs the introduction into the sentence it sets up.
Purdue OWL asks for a comma after an introductory clause, a verbal phrase, and a
prepositional phrase of five words or more. The rule fires only where the parse shows
both sides plainly: the introduction ends right where the main clause's own subject
begins, with no comma between. Short introductions are left alone; US style lets a writer
drop that comma.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, is_word
from psassist.checks.learner.clauses import (
    has_clause,
    is_finite,
    left_edge,
    right_edge,
    subject_of,
    with_comma_after,
)
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

COMMA_AFTER_INTRODUCTION = define(
    "grammar.comma-after-introduction",
    Category.GRAMMAR,
    Severity.WARNING,
    "Missing comma after an introductory clause",
    'An introductory clause ("When I was a student") or a long introductory phrase is '
    "followed by a comma, so the reader sees where the main clause starts. A warning: the "
    "parse can misjudge where a clause without its comma ends.",
    sources=(
        Source(
            'Purdue OWL, "Commas After Introductions"',
            "http://owl.english.purdue.edu/owl/resource/607/03/",
        ),
    ),
    example=Example(
        flag="When I was a medical student in Lahore I learned to listen to patients.",
        near_miss="When I was a medical student in Lahore, I learned to listen to patients.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

_SUBORDINATORS = frozenset(
    {
        "when",
        "whenever",
        "if",
        "because",
        "although",
        "though",
        "while",
        "since",
        "after",
        "before",
        "once",
        "unless",
        "until",
        "whereas",
        "as",
        "even",
    }
)
#: Words that can open a sentence before its introduction ("And when I ...", "Thus in
#: the years after the war we ..."); the adverbs' own comma is another rule's concern.
_OPENING_WORDS = frozenset({"and", "but", "so", "thus", "hence", "therefore", "also"})
#: Clause length (words) from which the missing comma is flagged.
MIN_CLAUSE_WORDS = 4
#: Purdue OWL's comma pages leave the comma to the writer after a prepositional phrase
#: of under five words and ask for it from five words on ("On my first night shift I saw").
MIN_PREPOSITIONAL_WORDS = 5
#: Verbal phrases ("To treat these patients", "Having finished the exam"). Purdue OWL's
#: "Extended Rules for Using Commas" wants the comma after any introductory infinitive or
#: participial phrase; three words or fewer ("To do this we") are still left to the writer.
MIN_VERBAL_WORDS = 4


def _word_count(analysis: Analysis, lo: int, hi: int) -> int:
    return sum(1 for t in analysis.tokens[lo : hi + 1] if is_word(t))


def _opens_verbal_phrase(analysis: Analysis, first: int) -> bool:
    """ "To become a doctor ...", "Having finished the exam ...", "Working nights ..."."""
    tokens = analysis.tokens
    opener = tokens[first]
    if opener.lower == "to" or (opener.tag == "VBG" and opener.dep == "aux"):
        return opener.dep == "aux" and tokens[opener.head].dep == "advcl"
    return opener.tag in {"VBG", "VBN"} and opener.dep == "advcl"


def _introduction_end(analysis: Analysis, first: int) -> tuple[int, int] | None:
    """(last token of the introduction, the main verb) when the sentence opens with one."""
    tokens = analysis.tokens
    opener = tokens[first]
    if opener.lower in _SUBORDINATORS and opener.dep in {"mark", "advmod"}:
        verb = opener.head
        if tokens[verb].dep != "advcl" or not is_finite(analysis, verb):
            return None
        end, minimum = right_edge(analysis, verb), MIN_CLAUSE_WORDS
        main = tokens[verb].head
    elif opener.dep == "prep":
        end, minimum = right_edge(analysis, first), MIN_PREPOSITIONAL_WORDS
        main = opener.head
    elif _opens_verbal_phrase(analysis, first):
        verb = opener.head if opener.dep == "aux" else first
        end, minimum = right_edge(analysis, verb), MIN_VERBAL_WORDS
        main = tokens[verb].head
    else:
        return None
    if _word_count(analysis, first, end) < minimum or tokens[main].dep != "ROOT":
        return None
    return end, main


def _missing_comma(analysis: Analysis, first: int) -> Finding | None:
    tokens = analysis.tokens
    found = _introduction_end(analysis, first)
    if found is None:
        return None
    end, main = found
    subject = subject_of(analysis, main)
    after = end + 1
    if subject is None or not is_finite(analysis, main) or main < after:
        return None
    if (
        not (is_word(tokens[end]) and is_word(tokens[after]))
        or left_edge(analysis, subject) != after
    ):
        return None
    if tokens[end].tag == "CC":
        return None  # "If he improved and the family agreed ...": the parse split a pair
    text = analysis.text
    cut = tokens[end].end
    return COMMA_AFTER_INTRODUCTION.finding(
        tokens[end].start,
        tokens[after].end,
        "Put a comma after the introduction, before the main clause starts "
        f'("{text[tokens[first].start : cut]}, ...").',
        [with_comma_after(analysis, tokens[end].start, end, after)],
    )


def _introduction_starts(analysis: Analysis, lo: int, hi: int) -> Iterator[int]:
    """Where an introduction can open: the first word, the word after an opening "and",
    "but", "so" or "thus", and the word after a short transition's comma ("For example,
    when")."""
    tokens = analysis.tokens
    first = next((i for i in range(lo, hi) if is_word(tokens[i])), None)
    if first is None:
        return
    yield first
    if tokens[first].lower in _OPENING_WORDS and first + 1 < hi:
        yield first + 1
    comma = next((i for i in range(first, min(hi, first + 5)) if tokens[i].text == ","), None)
    if comma is not None and comma + 1 < hi and not has_clause(analysis, first, comma):
        yield comma + 1


@reports(COMMA_AFTER_INTRODUCTION)
def check_comma_after_introduction(analysis: Analysis) -> Iterator[Finding]:
    for sentence in analysis.sentences:
        for start in _introduction_starts(analysis, sentence.first_token, sentence.last_token):
            finding = _missing_comma(analysis, start)
            if finding is not None:
                yield finding
                break
