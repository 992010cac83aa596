"""A missing empty subject "it": "Is important to learn", "because was difficult to leave".

Spanish, Portuguese, Italian and Arabic drop a subject the verb already implies ("Es
importante ..."); English needs the empty "it" before "is important to", "was
difficult for me to", "doesn't matter if". The rule needs the parse to show a finite
"be" (or "does"/"did" with "matter") with no subject of its own, not joined to an earlier
verb that shares one ("The drug is cheap and is easy to use"), followed by an adjective
and the clause or infinitive that is the real subject. A question ("Is it important?")
has its subject and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner.clauses import SUBJECTS
from psassist.checks.learner.syntax import child_deps
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

MISSING_SUBJECT = define(
    "grammar.missing-subject",
    Category.GRAMMAR,
    Severity.WARNING,
    'Missing empty subject "it"',
    'English needs a subject even where it means nothing: "It is important to ...", not '
    '"Is important to ...". A warning: the parse can miss a subject written far away.',
    sources=(
        Source(
            'Miami Dade College, "Uses of Empty Subject It"',
            "http://flang1.kendall.mdc.edu/6/606/606paths/6_L606lecture2/L606lecture2b.htm",
        ),
    ),
    example=Example(
        flag="In my village is common to see children with malaria.",
        near_miss="In my village it is common to see children with malaria.",
    ),
    needs=Needs.PARSER,
)

_VERBS_OF_BEING = frozenset({"be", "seem", "become"})
#: What follows the adjective and is the real subject: "to leave", "that he", "for me to",
#: "if you fail", "when patients".
_REAL_SUBJECTS = frozenset({"xcomp", "ccomp", "advcl"})


@reports(MISSING_SUBJECT)
def check_missing_subject(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        if token.dep == "conj":
            continue  # "The drug is cheap and is easy to use": the subject is shared
        if index > 0 and tokens[index - 1].lower in {"as", "than"}:
            continue  # "as many as is possible", "more than is needed": a comparison
        if token.tag in {"VBZ", "VBD"} and _empty_it_pattern(analysis, index):
            marked = index
        else:
            helper = _does_not_matter(analysis, index)
            if helper is None:
                continue
            marked = helper
        deps = child_deps(analysis, index)
        if any(dep in SUBJECTS or dep == "csubj" for dep in deps) or _is_question(analysis, index):
            continue
        word = tokens[marked].text
        fixed = f"It {word.lower()}" if word[:1].isupper() else f"it {word}"
        yield MISSING_SUBJECT.finding(
            tokens[marked].start,
            tokens[marked].end,
            f'The sentence needs the empty subject "it" here: "{fixed}".',
            [fixed],
        )


def _empty_it_pattern(analysis: Analysis, index: int) -> bool:
    """ "is important to learn", "was difficult for me to leave", "is clear that"."""
    tokens = analysis.tokens
    if tokens[index].lemma not in _VERBS_OF_BEING:
        return False
    deps = child_deps(analysis, index)
    adjectives = [k for k in deps.get("acomp", []) if tokens[k].pos == "ADJ"]
    if not adjectives:
        return False
    adjective = adjectives[0]
    clauses = [k for dep in _REAL_SUBJECTS for k in deps.get(dep, [])]
    clauses += [k for dep in _REAL_SUBJECTS for k in child_deps(analysis, adjective).get(dep, [])]
    return any(k > adjective for k in clauses)


def _does_not_matter(analysis: Analysis, index: int) -> int | None:
    """ "doesn't matter if you fail": the "does" or "did" before a subjectless "matter"."""
    tokens = analysis.tokens
    if tokens[index].lemma != "matter" or tokens[index].pos != "VERB":
        return None
    helpers = [
        k for k in child_deps(analysis, index).get("aux", []) if tokens[k].tag in {"VBZ", "VBD"}
    ]
    return helpers[0] if helpers else None


def _is_question(analysis: Analysis, index: int) -> bool:
    sentence = analysis.sentences[analysis.tokens[index].sentence]
    return sentence.text.rstrip().endswith("?")
