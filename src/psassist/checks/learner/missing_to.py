""" "if you want sell it", "I decided join": a missing "to" before an infinitive.

Want, need, try, decide, plan, hope, seem, tend, choose and a few more take "to" before
a following verb ("decided to join"); learners whose first language has no infinitive
marker drop it. The parse must agree: the trigger is a verb (not "my plan", "the
need"), the next word is a base-form verb (by lemminflect) that the parse links to it,
with no subject of its own. Left alone: verbs that take the bare infinitive (help, let,
make, see), "need" as a modal ("you need not go"), relative clauses ("the skills we
learn shape us") and a common object noun after the trigger ("we need help").
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import child_deps, next_word
from psassist.checks.learner.verb_lexicon import is_base
from psassist.checks.learner.words import neighbour
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

MISSING_TO = define(
    "grammar.missing-to",
    Category.GRAMMAR,
    Severity.WARNING,
    'Missing "to" before a verb after want, need, decide...',
    "Verbs such as want, need, try, decide, plan, hope, learn, agree, refuse, fail and "
    'manage take "to" before the next verb: "I decided to join", "we need to work '
    'harder". A warning until its precision is measured.',
    sources=(
        Source(
            'Cambridge Dictionary, English Grammar Today, "Verb patterns: verb + infinitive '
            'or verb + -ing?"',
            "https://dictionary.cambridge.org/grammar/british-grammar/verb-patterns-verb-infinitive-or-verb-ing",
        ),
        Source(
            'Cambridge Dictionary, English Grammar Today, "Want"',
            "https://dictionary.cambridge.org/grammar/british-grammar/want",
        ),
    ),
    example=Example(
        flag="After my internship I decided join the rural health program.",
        near_miss="After my internship I decided to join the rural health program.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

#: Verbs followed by "to" + infinitive (never by the bare verb).
_TO_VERBS = frozenset(
    {
        "want",
        "need",
        "try",
        "decide",
        "plan",
        "hope",
        "wish",
        "learn",
        "agree",
        "refuse",
        "fail",
        "manage",
        "intend",
        "afford",
        "attempt",
        "promise",
        "deserve",
        "arrange",
        "threaten",
        "forget",
        "seem",
        "tend",
        "pretend",
        "choose",
        "offer",
        "prepare",
    }
)
_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG"})


#: Nouns that often follow want/need as objects ("we need help", "they want work").
_OBJECT_NOUNS = frozenset(
    {
        "help",
        "work",
        "care",
        "support",
        "change",
        "rest",
        "practice",
        "love",
        "time",
        "advice",
        "study",
        "sleep",
        "exercise",
        "control",
        "balance",
        "peace",
        "respect",
        "access",
        "training",
        "experience",
        "guidance",
        "attention",
        "answer",
        "research",
        "review",
        "treatment",
        "cover",
        "return",
        "approval",
        "input",
        "feedback",
    }
)
#: Words after a noun-or-verb that only a verb can take ("want sell it", "need help them").
_VERB_FOLLOWERS = frozenset({"DT", "PRP", "PRP$", "RBR"})
#: Tags the parser gives a bare verb that has no subject of its own.
_BARE_TAGS = frozenset({"VB", "VBP", "VBN"})


def _reads_as_verb(analysis: Analysis, index: int) -> bool:
    """ "we need help" is a noun object; "we need help them" cannot be."""
    word = analysis.tokens[index].lower
    if word not in _OBJECT_NOUNS:
        return True
    after = next_word(analysis.tokens, index)
    return after is not None and after.tag in _VERB_FOLLOWERS


def _linked(analysis: Analysis, index: int) -> bool:
    """The verb depends on the trigger, or the trigger's clause on the verb ("if you want
    sell it" is parsed as a condition of "sell")."""
    tokens = analysis.tokens
    trigger, verb = tokens[index], tokens[index + 1]
    if verb.head == index and verb.dep in {"xcomp", "ccomp", "conj", "advcl", "dobj"}:
        return True
    return trigger.head == index + 1 and trigger.dep in {"advcl", "ccomp", "csubj"}


def _bare_verb_after(analysis: Analysis, index: int) -> Token | None:
    """The base verb right after the trigger at `index`, when the parse links them."""
    trigger, verb = analysis.tokens[index], neighbour(analysis, index, 1)
    if verb is None or verb.start != trigger.end + 1:
        return None
    if verb.tag not in _BARE_TAGS or verb.pos not in {"VERB", "AUX"}:
        return None
    if not is_base(verb.lower) or not _linked(analysis, index):
        return None
    if child_deps(analysis, index + 1).keys() & {"nsubj", "nsubjpass", "aux", "mark"}:
        return None  # a clause of its own
    if not _reads_as_verb(analysis, index + 1):
        return None
    return verb


def _modal_use(analysis: Analysis, index: int, trigger: Token) -> bool:
    """ "need not go", "need I say": need as a modal, or a question."""
    if trigger.tag == "MD":
        return True
    return bool(child_deps(analysis, index).keys() & {"neg"}) and trigger.lemma == "need"


@reports(MISSING_TO)
def check_missing_to(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, trigger in enumerate(tokens):
        if trigger.lemma not in _TO_VERBS or trigger.pos != "VERB":
            continue
        if trigger.tag not in _VERB_TAGS or _modal_use(analysis, index, trigger):
            continue
        if trigger.dep in {"relcl", "acl"}:
            continue  # "the skills we learn shape us"
        verb = _bare_verb_after(analysis, index)
        if verb is None:
            continue
        fixed = f"{trigger.text} to {verb.text}"
        yield MISSING_TO.finding(
            trigger.start,
            verb.end,
            f'"{trigger.lower}" takes "to" before the next verb: "{fixed}".',
            [fixed],
        )
