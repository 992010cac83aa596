""" "make/let someone to do": these two verbs take the bare infinitive.

"Allow", "force" and "ask" take "to" ("allowed me to leave"), so learners carry it over
to "let" and "make" ("let me to leave", "made us to wait"). Only the active verb is
checked: the passive takes "to" ("we were made to wait"). The parse decides that the
infinitive is the object's action (make + object + verb), not a purpose clause
("made efforts to improve", "made time to study"), which stays quiet.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import child_deps
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

CAUSATIVE_TO = define(
    "grammar.causative-to",
    Category.GRAMMAR,
    Severity.WARNING,
    '"to" after "make/let someone"',
    '"Make" and "let" are followed by the object and the bare verb ("made us wait", "let '
    'me go"), without "to"; only the passive keeps it ("we were made to wait"). A warning '
    "until its precision is measured.",
    sources=(
        Source(
            'Cambridge Dictionary, English Grammar Today, "Make"',
            "https://dictionary.cambridge.org/grammar/british-grammar/make",
        ),
        Source(
            'Cambridge Dictionary, "let" (let someone do something)',
            "https://dictionary.cambridge.org/dictionary/english/let",
        ),
    ),
    example=Example(
        flag="My first mentor made me to present every case.",
        near_miss="My first mentor made me present every case.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

_CAUSATIVES = frozenset({"make", "let"})
#: Objects that are people (or a pronoun): "made money to pay" is a purpose clause.
_PEOPLE = frozenset(
    {
        "me",
        "him",
        "her",
        "us",
        "them",
        "you",
        "people",
        "students",
        "student",
        "patients",
        "patient",
        "children",
        "child",
        "kids",
        "everyone",
        "everybody",
        "others",
    }
)


def _passive(analysis: Analysis, index: int) -> bool:
    return bool(child_deps(analysis, index).keys() & {"auxpass", "nsubjpass"})


def _infinitive_after(analysis: Analysis, index: int) -> tuple[Token, Token] | None:
    """(object, verb) when `index` is make/let + object + to + verb."""
    tokens = analysis.tokens
    window = tokens[index + 1 : index + 5]
    for offset, to in enumerate(window, start=index + 1):
        if to.lower != "to" or to.tag != "TO" or offset + 1 >= len(tokens):
            continue
        verb = tokens[offset + 1]
        if verb.tag != "VB" or to.head != offset + 1 or verb.head != index:
            return None
        if verb.dep not in {"ccomp", "xcomp"}:
            return None
        subject = tokens[offset - 1]
        if subject.head != offset + 1 or subject.dep not in {"nsubj", "dobj"}:
            return None
        if subject.lower not in _PEOPLE:
            return None
        return subject, verb
    return None


@reports(CAUSATIVE_TO)
def check_causative_to(analysis: Analysis) -> Iterator[Finding]:
    for i, verb in enumerate(analysis.tokens):
        if verb.lemma not in _CAUSATIVES or verb.pos not in {"VERB", "AUX"}:
            continue
        if _passive(analysis, i):
            continue
        found = _infinitive_after(analysis, i)
        if found is None:
            continue
        subject, action = found
        fixed = f"{subject.text} {action.text}"
        yield CAUSATIVE_TO.finding(
            subject.start,
            action.end,
            f'after "{verb.lower} someone" the verb follows without "to": "{fixed}".',
            [fixed],
        )
