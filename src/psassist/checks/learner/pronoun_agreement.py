"""Agreement with a pronoun or "people" as subject: "he want", "they doesn't", "people is".

`agreement.py` reads number from nouns; these subjects carry their number in the word
itself, so the rule needs no noun lexicon. It reports under the same rule id
(grammar.agreement): to the reader it is the same error.

Left alone: the subjunctive (I suggest that he go; if it were), "it" after let, make,
help, see or hear (let it go, made it work), coordinated subjects (he and I go), the
modal "need not"/"dare not", and base forms that are also a past tense (he put, it cost).
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.agreement import AGREEMENT
from psassist.checks.learner.syntax import child_deps, match_case, plain, previous_word
from psassist.checks.learner.verb_lexicon import is_base, past_forms
from psassist.checks.learner.words import inflect, word_set
from psassist.checks.registry import reports
from psassist.findings import Finding

_THIRD_SINGULAR = word_set("he she it")
_NOT_THIRD_SINGULAR = word_set("they we you i")
#: Verbs after which "it" is an object that takes a bare infinitive (let it go).
_BARE_INFINITIVE_HEADS = word_set("let make help see watch hear feel have bid")
_MANDATIVE = word_set("""
important essential necessary vital crucial imperative recommend recommended suggest
suggested insist insisted require required ask asked demand demanded propose proposed
request requested urge urged advise advised lest
""")
_TO_SINGULAR = {
    "have": "has",
    "do": "does",
    "are": "is",
    "'re": "'s",
    "were": "was",
    "am": "is",
}
_TO_PLURAL = {"has": "have", "does": "do", "is": "are", "'s": "'re", "was": "were"}


@reports(AGREEMENT)
def pronoun_agreement(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, subject in enumerate(tokens):
        word = plain(subject)
        if subject.dep not in ("nsubj", "nsubjpass") or "conj" in child_deps(analysis, index):
            continue
        if word in _THIRD_SINGULAR:
            singular = True
        elif word in _NOT_THIRD_SINGULAR or _plural_people(analysis, index):
            singular = False
        else:
            continue
        finite = _finite(analysis, subject.head)
        if finite is None or finite.start < subject.end:
            continue  # a question: the verb comes first
        fix = _fix(finite, singular, word)
        if fix is None or _exempt(analysis, index, finite):
            continue
        person = "singular" if singular else "plural"
        yield AGREEMENT.finding(
            finite.start,
            finite.end,
            f'"{subject.text}" is {person}, so the verb is "{fix}": "{subject.text} {fix}".',
            [match_case(fix, finite.text)],
        )


def _plural_people(analysis: Analysis, index: int) -> bool:
    """ "people" is plural unless it means a nation (a people, every people)."""
    tokens = analysis.tokens
    subject = tokens[index]
    if plain(subject) in ("who", "that") and tokens[subject.head].dep == "relcl":
        index = tokens[subject.head].head
        subject = tokens[index]
    if plain(subject) != "people":
        return False
    deps = child_deps(analysis, index)
    return not any(tokens[d].lower in ("a", "every", "each") for d in deps.get("det", []))


def _finite(analysis: Analysis, verb_index: int) -> Token | None:
    """The word that carries person and tense: the first auxiliary, or the verb."""
    tokens = analysis.tokens
    deps = child_deps(analysis, verb_index)
    auxes = sorted(deps.get("aux", []) + deps.get("auxpass", []))
    finite = tokens[auxes[0]] if auxes else tokens[verb_index]
    if finite.tag == "MD" or finite.pos not in ("VERB", "AUX"):
        return None
    return finite


def _fix(finite: Token, singular: bool, subject: str) -> str | None:
    """The agreeing form, or None when the verb already agrees (or cannot be told)."""
    word = plain(finite)
    if word == "be":
        return None  # "whether it be", "if need be": the subjunctive
    if singular:
        if word in _TO_SINGULAR:
            return None if word == "were" else _TO_SINGULAR[word]
        if finite.tag not in ("VBP", "VB") or not is_base(word) or word in past_forms(word):
            return None
        return inflect(word, "VBZ")
    if word in _TO_PLURAL:
        if subject == "i" and word in ("is", "'s"):
            return "am"
        if subject == "i" and word == "was":
            return None
        return _TO_PLURAL[word]
    if finite.tag != "VBZ" or word.endswith("'s"):
        return None
    return inflect(finite.lemma, "VBP")


def _exempt(analysis: Analysis, index: int, finite: Token) -> bool:
    """Subjunctive, "let it go", "he need not", and anything whose number is unclear."""
    tokens = analysis.tokens
    before = previous_word(tokens, index)
    if before is not None and before.lemma in _BARE_INFINITIVE_HEADS:
        return True
    after = tokens[tokens.index(finite) + 1] if finite is not tokens[-1] else None
    if plain(finite) in ("need", "dare") and after is not None and plain(after) in ("not", "n't"):
        return True
    sentence = analysis.sentences[finite.sentence]
    earlier = tokens[sentence.first_token : index]
    return any(t.lemma in _MANDATIVE or plain(t) in _MANDATIVE for t in earlier)
