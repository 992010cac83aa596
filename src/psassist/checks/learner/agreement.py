"""Subject-verb agreement across phrases and clauses: "the results of the test was".

LanguageTool checks agreement between neighbouring words; the errors it misses are the
ones where a phrase or a clause stands between the subject and its verb. The parse
links the verb to its real subject, so the noun nearest the verb cannot mislead.

Left alone, because English allows either number or the parse cannot be trusted:
collective nouns (team, staff, family), quantities (a number of, the majority of, five
years is), names, pronouns other than "each"/"one"/"everyone", "or"/"nor" lists, a list
of two nouns without their own articles (my mentor and friend is one person), the
subjunctive (if I were; it is vital that each patient have).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner import lexicon
from psassist.checks.learner.clauses import left_edge
from psassist.checks.learner.number_words import EITHER_NUMBER
from psassist.checks.learner.syntax import child_deps, match_case, plain
from psassist.checks.learner.verb_lexicon import word_classes
from psassist.checks.learner.words import plural_noun, us_form
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

AGREEMENT = define(
    "grammar.agreement",
    Category.GRAMMAR,
    Severity.WARNING,
    "Verb does not agree with its subject",
    'The verb agrees with its subject, not with the nearest noun: "the results of the '
    'test were", "one of my patients was", "she knows", "they don\'t". Warning until '
    "measured precision reaches 0.95: a misparse can pick the wrong subject.",
    sources=(
        Source(
            'University of Arkansas, Guide to Journalism Grammar, "Subject-Verb Agreement '
            '(with prepositional and participle phrases)"',
            "https://uark.pressbooks.pub/journalismgsp/chapter/sv2",
        ),
        Source(
            'Purdue OWL, "Subject/Verb Agreement" (doesn\'t with a singular subject, '
            "don't with a plural one)",
            "https://owl.purdue.edu/owl/general_writing/grammar/subject_verb_agreement.html",
        ),
    ),
    example=Example(
        flag="The results of the blood test was normal.",
        near_miss="The results of the blood test were normal.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

_SINGULAR_PRONOUNS = frozenset(
    {
        "each",
        "one",
        "everyone",
        "everybody",
        "everything",
        "someone",
        "somebody",
        "something",
        "anyone",
        "anybody",
        "nobody",
        "nothing",
    }
)
_RELATIVE = frozenset({"who", "that", "which"})
#: Determiners that count several of a countable noun ("some drivers", "all nurses").
_COUNTS_SEVERAL = frozenset({"some", "all", "most", "many", "several", "both", "these", "those"})
#: Units whose plural counts one amount: "five years is a long time".
COUNTED_UNITS = frozenset(
    {
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "second",
        "dollar",
        "mile",
        "kilometer",
        "percent",
        "pound",
        "rupee",
        "decade",
        "night",
    }
)
_MANDATIVE = frozenset(
    {
        "important",
        "essential",
        "necessary",
        "vital",
        "crucial",
        "imperative",
        "recommend",
        "suggest",
        "insist",
        "require",
        "ask",
        "demand",
        "propose",
        "request",
        "urge",
    }
)
#: A verb form and its other number: the fix for a verb that disagrees.
NUMBER_SWAP = {
    "is": "are",
    "are": "is",
    "was": "were",
    "were": "was",
    "has": "have",
    "have": "has",
    "does": "do",
    "do": "does",
    "doesn't": "don't",
    "don't": "doesn't",
    "isn't": "aren't",
    "aren't": "isn't",
    "wasn't": "weren't",
    "weren't": "wasn't",
    "hasn't": "haven't",
    "haven't": "hasn't",
}


@reports(AGREEMENT)
def agreement(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index in range(len(tokens)):
        deps = child_deps(analysis, index)
        subjects = deps.get("nsubj", []) + deps.get("nsubjpass", [])
        if len(subjects) != 1:
            continue
        finite = _finite_verb(analysis, index, deps)
        if finite is None:
            continue
        verb_plural = _verb_is_plural(finite)
        if verb_plural is None:
            continue
        subject, subject_plural = _subject_number(analysis, subjects[0])
        if subject is None or subject_plural is None or subject_plural == verb_plural:
            continue
        if _object_of_a_verb_before(analysis, subjects[0]):
            continue  # "Catching spies is", "What characterizes our candidates is"
        if subject_plural and _counted_one_by_one(analysis, subject):
            continue  # "Every patients deserves": noun number asks for "Every patient"
        if finite.start < subject.start:
            continue  # a question ("Do you grammar check..."): the parse of its subject is a guess
        if verb_plural and (
            _subjunctive(analysis, index, finite) or _command(analysis, subjects[0], finite)
        ):
            continue
        relative = tokens[subjects[0]].lower in _RELATIVE
        if not relative and _bare_singular(analysis, subject):
            counted = "det" in child_deps(analysis, tokens.index(subject))
            fixed = f"{_plural(subject)} {finite.text}"
            yield AGREEMENT.finding(
                subject.start,
                finite.end,
                f'"{subject.text}" and "{finite.text}" do not agree: make the subject '
                f'plural ("{fixed}")'
                + (
                    ", as the word before it counts several."
                    if counted
                    else " or give it an article and make the verb singular."
                ),
                [fixed] if tokens.index(finite) == tokens.index(subject) + 1 else [],
            )
            continue
        if plain(finite) == "lead" and not subject_plural:
            continue  # "This experience lead me": confusables.py offers the past "led"
        if _habit_use_to(analysis, finite):
            yield AGREEMENT.finding(
                finite.start,
                finite.end,
                'a past habit is "used to" + verb ("my father used to tell me"), not "use to".',
                [match_case("used", finite.text)],
            )
            continue
        fix = _agreeing_form(finite, subject_plural)
        number = "plural" if subject_plural else "singular"
        yield AGREEMENT.finding(
            finite.start,
            finite.end,
            f'the subject "{subject.text}" is {number}, so the verb should be too'
            + (f': "{fix}"' if fix else "")
            + ". The verb agrees with its subject, not "
            "with the nearest noun.",
            [match_case(fix, finite.text)] if fix else [],
        )


def _object_of_a_verb_before(analysis: Analysis, subject: int) -> bool:
    """The noun the parse calls the subject follows a verb in its own sentence, so it is
    more likely that verb's object inside a clause that is the real subject."""
    tokens = analysis.tokens
    first = left_edge(analysis, subject)
    if tokens[first].tag == "VBG" and tokens[first].dep == "amod":
        return True  # "Catching spies is": a gerund and its object, read as adjective + noun
    if first == 0 or tokens[first - 1].sentence != tokens[subject].sentence:
        return False
    if tokens[first].pos == "PUNCT":
        return False  # 'I heard "success attract success"': a quotation opens a new clause
    before = tokens[first - 1]
    return before.pos == "VERB" and before.tag in ("VBG", "VBZ", "VBD", "VB")


def _counted_one_by_one(analysis: Analysis, subject: Token) -> bool:
    tokens = analysis.tokens
    index = tokens.index(subject)
    return any(
        tokens[d].lower in ("every", "each") for d in child_deps(analysis, index).get("det", [])
    )


def _bare_singular(analysis: Analysis, subject: Token) -> bool:
    """ "scientist assume", "some driver make": a singular noun with no article, or a
    countable one after a word that counts several; the noun may be the error."""
    if subject.tag != "NN":
        return False
    tokens = analysis.tokens
    deps = child_deps(analysis, tokens.index(subject))
    if any(d in ("poss", "nummod", "predet") for d in deps):
        return False
    determiners = [tokens[d].lower for d in deps.get("det", [])]
    return not determiners or (
        all(d in _COUNTS_SEVERAL for d in determiners) and lexicon.is_count_only(subject.lemma)
    )


def _finite_verb(analysis: Analysis, index: int, deps: Mapping[str, list[int]]) -> Token | None:
    """The word that carries the tense: the first auxiliary, or the verb itself."""
    tokens = analysis.tokens
    auxes = sorted(deps.get("aux", []) + deps.get("auxpass", []))
    if any(tokens[a].tag in ("MD", "TO") for a in auxes):
        return None
    candidate = tokens[auxes[0]] if auxes else tokens[index]
    if tokens[index].pos not in ("VERB", "AUX"):
        return None
    return candidate


def _verb_is_plural(verb: Token) -> bool | None:
    if verb.tag == "VBZ":
        return False
    if verb.tag == "VBP":
        return None if plain(verb) in ("am", "'m") else True
    if verb.tag == "VBD" and verb.lower in ("was", "wasn't"):
        return False
    if verb.tag == "VBD" and verb.lower in ("were", "weren't"):
        return True
    return None


def _subject_number(analysis: Analysis, index: int) -> tuple[Token | None, bool | None]:
    """(the word whose number counts, plural?), or None where English allows either."""
    tokens = analysis.tokens
    subject = tokens[index]
    deps = child_deps(analysis, index)
    if subject.lower in _SINGULAR_PRONOUNS and subject.pos in ("PRON", "NUM", "DET"):
        return subject, False
    if subject.lower in _RELATIVE and tokens[subject.head].dep == "relcl":
        antecedent = tokens[subject.head].head
        if "prep" in child_deps(analysis, antecedent) or tokens[antecedent].lemma == "one":
            return None, None  # "one of the patients who were": the parse cannot tell
        if tokens[antecedent].dep == "pobj" or tokens[tokens[antecedent].head].dep == "acl":
            # "threads on this forum that go", "servers running software that stores":
            # the clause may belong to the noun before the phrase; the parse only guesses.
            return None, None
        return _noun_number(analysis, antecedent)
    return (
        _noun_number(analysis, index)
        if deps.get("conj") is None
        else _list_number(analysis, index, deps)
    )


def _noun_number(analysis: Analysis, index: int) -> tuple[Token | None, bool | None]:
    tokens = analysis.tokens
    noun = tokens[index]
    if noun.pos != "NOUN" or noun.lemma in EITHER_NUMBER or noun.lower in EITHER_NUMBER:
        return None, None
    deps = child_deps(analysis, index)
    if (
        "conj" in deps
        or "appos" in deps
        or any("cc" in child_deps(analysis, c) for kids in deps.values() for c in kids)
    ):  # "smoking and penetrating disease were": a list the parse split
        return None, None
    if noun.tag == "NN":
        return noun, False
    if noun.tag == "NNS" and noun.text[:1].isupper() and "NOUN" not in word_classes(noun.lemma):
        return None, None  # "Hudgins has", "Portes is": a name that ends in -s
    if noun.tag == "NNS" and noun.lower != noun.lemma:
        counted = [tokens[c] for c in deps.get("nummod", [])]
        if counted and noun.lemma in COUNTED_UNITS:
            return None, None  # "five years is a long time"
        return noun, True
    return None, None


def _list_number(
    analysis: Analysis, index: int, deps: Mapping[str, list[int]]
) -> tuple[Token | None, bool | None]:
    """ "my mother and my father are": plural only when each noun has its own article."""
    tokens = analysis.tokens
    conjunctions = [tokens[c].lower for c in deps.get("cc", [])]
    if conjunctions != ["and"] or len(deps["conj"]) != 1:
        return None, None
    second = deps["conj"][0]
    if child_deps(analysis, second).get("conj"):
        return None, None
    own_article = any(d in ("det", "poss") for d in child_deps(analysis, second))
    first_article = any(d in ("det", "poss") for d in deps)
    if not (own_article and first_article):
        return None, None
    if tokens[index].pos != "NOUN" or tokens[second].pos != "NOUN":
        return None, None
    if tokens[second].lower in ("each", "every") or any(
        tokens[c].lower in ("each", "every")
        for d in (deps, child_deps(analysis, second))
        for c in d.get("det", [])
    ):
        return None, None
    return tokens[index], True


def _subjunctive(analysis: Analysis, index: int, finite: Token) -> bool:
    """ "if I were", "as though it were", "it is vital that each patient have"."""
    tokens = analysis.tokens
    sentence = analysis.sentences[finite.sentence]
    before = tokens[sentence.first_token : index]
    if finite.lower in ("were", "weren't") and any(
        t.lower in ("if", "wish", "though", "unless", "suppose") for t in before
    ):
        return True
    return any(t.lemma in _MANDATIVE for t in before)


def _command(analysis: Analysis, subject: int, finite: Token) -> bool:
    """ "Everyone stop!", '"Someone call a nurse," she said': an order, not a statement."""
    sentence = analysis.sentences[finite.sentence]
    words = sentence.word_tokens(analysis.tokens)
    return (
        bool(words)
        and words[0] is analysis.tokens[subject]
        and finite.lower == finite.lemma
        and (
            '"' in sentence.text
            or "\u201c" in sentence.text
            or sentence.text.rstrip().endswith("!")
        )
    )


def _plural(noun: Token) -> str:
    plural = plural_noun(noun.lemma)
    return match_case(plural, noun.text) if plural else noun.text + "s"


def _habit_use_to(analysis: Analysis, finite: Token) -> bool:
    """ "My father use to tell me": the past habit "used to", not a present "uses"."""
    index = analysis.tokens.index(finite)
    after = analysis.tokens[index + 1 : index + 3]
    return (
        plain(finite) == "use"
        and len(after) == 2
        and after[0].lower == "to"
        and after[1].tag == "VB"
    )


def _agreeing_form(finite: Token, plural: bool) -> str | None:
    lower = plain(finite)
    if lower in NUMBER_SWAP:
        return NUMBER_SWAP[lower]
    if finite.lemma in ("be", "have", "do"):
        return None
    return us_form(finite.lemma, "VBP" if plural else "VBZ")
