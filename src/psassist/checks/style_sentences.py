"""Sentence style rules: passive voice, repeated openings, exclamation marks.

They look at how sentences are built and strung together, not at particular words.
Soft signals: they point at a sentence worth a second look, never at a mistake.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psassist.checks import sources
from psassist.checks.analysis import Analysis, Sentence, Token, is_word
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity

PASSIVE = define(
    "style.passive-voice",
    Category.STYLE,
    Severity.INFO,
    "Passive voice",
    'Statements that hide the actor ("I was given the chance") sound less like you; '
    "make yourself the subject where you did the thing.",
    sources=(sources.HEMINGWAY, sources.HEMINGWAY_TARGETS),
    example=Example(
        flag="I was taught by my seniors. The plan was made by the team. The notes were "
        "written by me. I saw patients.",
        near_miss="I was tired after the night shift. I taught the interns. I made the plan. "
        "I wrote the notes. I saw patients.",
    ),
    needs=Needs.PARSER,
)
OPENINGS = define(
    "style.sentence-openings",
    Category.STYLE,
    Severity.WARNING,
    "Repeated sentence openings",
    'Three sentences in a row that start alike (usually "I") read as a list, not a story.',
    sources=(sources.PWA_SENTENCE_STARTS,),
    example=Example(
        flag="I worked nights. I admitted patients. I called the consultant.",
        near_miss="I worked nights. Each evening I admitted patients. Later I called the "
        "consultant.",
    ),
)
I_OPENINGS = define(
    "style.i-openings",
    Category.STYLE,
    Severity.INFO,
    'Most sentences start with "I"',
    'A statement is about you, but when most sentences start with "I" the rhythm grows flat.',
    sources=(sources.PWA_SENTENCE_STARTS,),
    example=Example(
        flag=" ".join(f"I did task {n}." for n in range(1, 11)),
        near_miss=" ".join(f"{'I' if n % 2 else 'Then I'} did task {n}." for n in range(1, 11)),
    ),
)
EXCLAMATION = define(
    "style.exclamation",
    Category.STYLE,
    Severity.INFO,
    "Exclamation mark",
    "Exclamation marks read as informal in a professional statement.",
    sources=(sources.VALE_GOOGLE,),
    example=Example(flag="I matched in my dreams!", near_miss="I dreamed of matching."),
    replaces=True,
)


def passive_target(sentences: int) -> int:
    """Hemingway's guide: passive voice in at most one sentence in five."""
    return max(1, round(sentences / 5))


@reports(PASSIVE)
def check_passive(analysis: Analysis) -> Iterator[Finding]:
    passives: list[tuple[int, int]] = []
    for token in analysis.tokens:
        if token.dep != "auxpass":
            continue
        head = analysis.tokens[token.head]
        if head.tag != "VBN":
            continue  # "we are go": the parser's guess at a learner's error, not a passive
        passives.append((min(token.start, head.start), max(token.end, head.end)))
    # Every passive is marked (info), as Hemingway does; the count is weighed against the
    # target in the message and in the report's summary.
    target = passive_target(len(analysis.sentences))
    for start, end in passives:
        yield PASSIVE.finding(
            start,
            end,
            f'passive voice "{analysis.text[start:end]}" ({len(passives)} in this '
            f"statement; aim for {target} or fewer)",
            ['Name who acted and make it the subject, usually "I".'],
        )


def _first_word(analysis: Analysis, sentence: Sentence) -> Token | None:
    for token in analysis.sentence_tokens(sentence):
        if is_word(token):
            return token
    return None


@reports(OPENINGS, I_OPENINGS)
def check_openings(analysis: Analysis) -> Iterator[Finding]:
    firsts = [_first_word(analysis, s) for s in analysis.sentences]
    run: list[int] = []
    for index, token in enumerate(firsts):
        previous = firsts[run[-1]] if run else None
        if (
            token is not None
            and previous is not None
            and token.lower == previous.lower
            and analysis.sentences[index].paragraph == analysis.sentences[run[-1]].paragraph
        ):
            run.append(index)
        else:
            yield from _opening_run(analysis, run, firsts)
            run = [index] if token is not None else []
    yield from _opening_run(analysis, run, firsts)
    counted = [t for t in firsts if t is not None]
    starts_with_i = sum(1 for t in counted if t.text == "I")
    if len(counted) >= 8 and starts_with_i / len(counted) > 0.5:
        yield I_OPENINGS.finding(
            0,
            0,
            f'{starts_with_i} of {len(counted)} sentences start with "I"',
            ["Start some sentences with the time, the place, the patient or the action."],
        )


def _opening_run(
    analysis: Analysis, run: list[int], firsts: list[Token | None]
) -> Iterator[Finding]:
    if len(run) < 3:
        return
    word = firsts[run[0]]
    assert word is not None
    third = analysis.sentences[run[2]]
    last = analysis.sentences[run[-1]]
    yield OPENINGS.finding(
        third.start,
        last.end,
        f'{len(run)} sentences in a row start with "{word.text}"',
        ["Vary the openings: begin with a time, a place or a subordinate clause."],
    )


@reports(EXCLAMATION)
def check_exclamations(analysis: Analysis) -> Iterator[Finding]:
    for match in re.finditer(r"!+", analysis.text):
        yield EXCLAMATION.finding(
            match.start(), match.end(), "exclamation mark in a formal statement", ["."]
        )
