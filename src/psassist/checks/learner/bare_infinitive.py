""" "make/let someone to do", "can to do": verbs that take the bare infinitive.

Modal verbs (can, must, should...) are followed by the verb alone, and so are "make"
and "let" with an object. "Allow", "force" and "ask" take "to" ("allowed me to leave"),
so learners carry it over ("let me to leave", "made us to wait", "must to leave"). Only
the active causative is checked: the passive takes "to" ("we were made to wait"). The
parse decides that the infinitive is the object's action (make + object + verb), not a
purpose clause ("made efforts to improve", "made time to study"), which stays quiet.
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

MODAL_TO = define(
    "grammar.modal-to",
    Category.GRAMMAR,
    Severity.WARNING,
    '"to" after a modal verb ("can to do")',
    "Modal verbs (can, could, must, should, may, might, would, shall) are followed by the "
    'bare verb: "we must finish", not "we must to finish". "Ought to" is the exception. A '
    "warning until its precision is measured.",
    sources=(
        Source(
            'Cambridge Dictionary, English Grammar Today, "Modality: forms"',
            "https://dictionary.cambridge.org/grammar/british-grammar/modality-forms",
        ),
    ),
    example=Example(
        flag="Every resident must to present a case each month.",
        near_miss="Every resident ought to present a case each month.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

_MODALS = frozenset({"can", "ca", "could", "must", "should", "may", "might", "would", "shall"})
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


@reports(MODAL_TO)
def check_modal_to(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for i, modal in enumerate(tokens):
        if modal.lower not in _MODALS or modal.tag != "MD":
            continue
        at = i + 1
        if at < len(tokens) and tokens[at].dep == "neg":
            at += 1  # "can't to", "must not to"
        if at + 1 >= len(tokens):
            continue
        to, verb = tokens[at], tokens[at + 1]
        if to.lower != "to" or to.tag != "TO" or verb.tag != "VB" or to.head != at + 1:
            continue
        if to.sentence != modal.sentence:
            continue
        yield MODAL_TO.finding(
            to.start,
            verb.end,
            f'a modal verb takes the verb without "to": "{verb.text}".',
            [verb.text],
        )
