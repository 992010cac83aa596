"""A present or base verb at a finished time: "Last year I go to Boston", "when I was a
child, I want to be a pilot".

A time that is over (last year, two years ago, in 2019, a past "when" clause) takes the
simple past. The finished-time phrases come from `tense.finished_time`, the same reading
the present-perfect rule uses, and must hang on the verb's own clause. The rule stays
quiet where a present verb is right: what the writer remembers or thinks now ("When I
was five, I remember ..."), habits and present states (every year, still, now), reports
of a text ("in 2019 a study shows"), quotations and questions, and forms that are
already past ("last year I read"). "One night" and "that day" also open stories told in
the present, so with them only a verb that does not agree either ("one night a man
come") is marked. A warning until measured precision reaches 0.95.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import child_deps, match_case
from psassist.checks.learner.tense import OCCASIONS, finished_time
from psassist.checks.learner.words import YEAR, us_form, word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

PAST_TIME_TENSE = define(
    "grammar.past-time-tense",
    Category.GRAMMAR,
    Severity.WARNING,
    "Present verb at a finished time",
    '"Last year I go to Boston": a finished time (last year, two years ago, in 2019, '
    "when I was a child) takes the simple past: went.",
    sources=(
        Source(
            'British Council LearnEnglish, "Past simple"',
            "https://learnenglish.britishcouncil.org/grammar/english-grammar-reference/past-simple",
        ),
        Source(
            'Cambridge Dictionary, English Grammar Today, "Past simple (I worked)"',
            "https://dictionary.cambridge.org/grammar/british-grammar/past-simple-i-worked",
        ),
    ),
    example=Example(
        flag="Two years ago, I work in a rural clinic.",
        near_miss="Two years ago, I worked in a rural clinic.",
    ),
    needs=Needs.PARSER,
)

_PRESENT_TAGS = frozenset({"VBP", "VBZ", "VB"})
#: Verbs whose present is right at a past moment: the writer remembers or judges now
#: ("When I was five, I remember ...", "In 2019, I believe, the law changed").
_NOW_VERBS = word_set("""
remember recall recollect think believe know wonder doubt guess suppose imagine regret
appreciate cherish treasure owe credit attribute
""")
#: Verbs that report what a text or a study says: "in 2019 a study shows ...".
_REPORT_VERBS = word_set("""
say state show report suggest indicate find note describe write explain argue claim
mention estimate predict conclude reveal require define list
""")
_PERSONAL_SUBJECTS = word_set("i you he she we they")
#: Words in the clause that make a present verb right: a habit, or a state still true.
_PRESENT_MARKERS = word_set("""
now still usually always often sometimes generally typically normally today currently
nowadays every each since ever anymore yet already this next
""")
_QUOTES = frozenset('"\u201c\u201d')
_BE_PAST = {"is": "was", "am": "was", "are": "were"}


@reports(PAST_TIME_TENSE)
def present_at_finished_time(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, verb in enumerate(tokens):
        spliced = verb.dep == "ccomp" and verb.head > index  # "Last year I go, it was"
        if verb.tag not in _PRESENT_TAGS or not (verb.dep == "ROOT" or spliced):
            continue
        if not _plain_finite_clause(analysis, index) or _quoted_or_question(analysis, verb):
            continue
        when = finished_time(analysis, index, fronted_when=True)
        if when is None or _future_year(when):
            continue
        if _occasion(when) and not _disagrees(analysis, index):
            continue  # "One night, a patient arrives": a story told in the present
        for target in [index, *_shared_subject_conjuncts(analysis, index)]:
            past = _simple_past(tokens[target])
            if past is None:
                continue
            yield PAST_TIME_TENSE.finding(
                tokens[target].start,
                tokens[target].end,
                f'"{when}" is a finished time, so use the simple past: "{past}".',
                [past],
            )


def _plain_finite_clause(analysis: Analysis, index: int) -> bool:
    """A stated subject before the verb, no auxiliary, no habit or present-state word, and
    not a verb whose present is right ("I remember", "a study shows")."""
    tokens = analysis.tokens
    verb = tokens[index]
    deps = child_deps(analysis, index)
    subjects = deps.get("nsubj", [])
    if len(subjects) != 1 or subjects[0] > index or {"aux", "auxpass", "neg"} & set(deps):
        return False
    if verb.lemma in _NOW_VERBS:
        return False
    if verb.lemma in _REPORT_VERBS and tokens[subjects[0]].lower not in _PERSONAL_SUBJECTS:
        return False
    modifiers = deps.get("advmod", []) + deps.get("npadvmod", []) + deps.get("prep", [])
    for mod in modifiers:
        mod_deps = child_deps(analysis, mod)
        if "conj" in mod_deps:
            return False  # "last year and this year I work nights": the time runs on
        if any(tokens[w].lower in _PRESENT_MARKERS for w in [mod, *mod_deps.get("det", [])]):
            return False
    return True


def _quoted_or_question(analysis: Analysis, verb: Token) -> bool:
    sentence = analysis.sentences[verb.sentence].text
    return bool(_QUOTES & set(sentence)) or sentence.rstrip().endswith("?")


def _future_year(when: str) -> bool:
    """ "in 2030" may be a plan told in the present ("in 2030 I start residency")."""
    years = [int(w) for w in when.split() if YEAR.match(w)]
    return any(year >= datetime.date.today().year for year in years)


def _occasion(when: str) -> bool:
    return when.split()[-1].lower() in OCCASIONS


def _disagrees(analysis: Analysis, index: int) -> bool:
    """A base form after a third-person subject ("a man come"): not a present at all."""
    tokens = analysis.tokens
    if tokens[index].tag != "VB":
        return False
    subject = tokens[child_deps(analysis, index)["nsubj"][0]]
    return subject.lower not in _PERSONAL_SUBJECTS - {"he", "she"} and subject.tag != "NNS"


def _shared_subject_conjuncts(analysis: Analysis, index: int) -> list[int]:
    """ "Last year I go to Boston and visit my aunt": "visit" shares the time and subject."""
    tokens = analysis.tokens
    out: list[int] = []
    for conj in child_deps(analysis, index).get("conj", []):
        deps = child_deps(analysis, conj)
        if tokens[conj].tag in _PRESENT_TAGS and not {"nsubj", "aux", "neg"} & set(deps):
            out.append(conj)
    return out


def _simple_past(verb: Token) -> str | None:
    """The past form, or None when the word may already be past ("read", "put")."""
    past = _BE_PAST.get(verb.lower) if verb.lemma == "be" else us_form(verb.lemma, "VBD")
    if past is None or past == verb.lower:
        return None
    return match_case(past, verb.text)
