"""Agreement with subjects whose number is plain: "he want", "they doesn't", "people is",
"many of my friends has", "my mother work".

`agreement.py` compares a noun's number with a verb tagged as present; this module adds
the pronouns, "people", quantity words (many, several; most/all/some of + a plural),
a singular noun before a verb the tagger left as a bare base form, and a bare verb the
tagger read as a noun ("this program help to train"). It reports under
the same rule id (grammar.agreement): to the reader it is the same error.

Left alone: the subjunctive (I suggest that he go; if it were), "it" after let, make,
help, see or hear (let it go, made it work), coordinated subjects (he and I go), the
modal "need not"/"dare not", and base forms that are also a past tense (he put, it cost).
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.agreement import AGREEMENT
from psassist.checks.learner.number_words import EITHER_NUMBER
from psassist.checks.learner.syntax import child_deps, match_case, plain, previous_word
from psassist.checks.learner.verb_lexicon import is_base, past_forms
from psassist.checks.learner.words import PRESENT_BE, inflect, word_set
from psassist.checks.registry import reports
from psassist.findings import Finding

_THIRD_SINGULAR = word_set("he she it")
_NOT_THIRD_SINGULAR = word_set("they we you i")
_PRONOUNS = _THIRD_SINGULAR | _NOT_THIRD_SINGULAR
_ALWAYS_PLURAL = word_set("many several both few")
_PLURAL_WITH_OF = word_set("most all some")
_SINGULAR_DETERMINERS = word_set("""
a an the this that my your his her its our their every each
""")
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
        singular = _subject_is_singular(analysis, index)
        if singular is None:
            continue
        finite = _finite(analysis, subject.head)
        if finite is None or finite.start < subject.end:
            continue  # a question: the verb comes first
        if word not in _PRONOUNS and not _left_by_noun_rule(analysis, index, finite, singular):
            continue
        fix = _fix(finite, singular, word)
        if fix is None or fix.replace("\u2019", "'") == plain(finite):
            continue  # a curly "I'm" (U+2019) already agrees: no "fix" that changes nothing
        if _exempt(analysis, index, finite):
            continue
        yield AGREEMENT.finding(
            finite.start,
            finite.end,
            _message(subject, finite, fix, singular),
            [match_case(fix, finite.text)],
        )


def _message(subject: Token, finite: Token, fix: str, singular: bool) -> str:
    if plain(subject) in ("i", "you"):
        why = f'with "{subject.text}"'
    elif singular:
        why = f'"{subject.text}" is a singular subject (he, she, it), so'
    else:
        why = f'"{subject.text}" is a plural subject, so'
    return f'{why} the verb is "{fix}", not "{finite.text}".'


def _subject_is_singular(analysis: Analysis, index: int) -> bool | None:
    """True for he/she/it and a plain singular noun, False for a plural, else None."""
    tokens = analysis.tokens
    subject = tokens[index]
    word = plain(subject)
    if word in _THIRD_SINGULAR:
        return True
    if word in _NOT_THIRD_SINGULAR or _plural_people(analysis, index):
        return False
    deps = child_deps(analysis, index)
    if word in _ALWAYS_PLURAL and subject.pos in ("PRON", "ADJ", "NUM", "DET"):
        return False
    if word in _PLURAL_WITH_OF and subject.pos in ("PRON", "ADJ", "DET"):
        objects = [o for p in deps.get("prep", []) for o in child_deps(analysis, p).get("pobj", [])]
        of = [p for p in deps.get("prep", []) if plain(tokens[p]) == "of"]
        if of and objects and tokens[objects[0]].tag == "NNS":
            return False
        return None
    if (
        subject.tag == "NN"
        and subject.pos == "NOUN"
        and subject.lemma not in EITHER_NUMBER
        and subject.lower not in EITHER_NUMBER
        and any(
            tokens[d].lower in _SINGULAR_DETERMINERS
            for d in deps.get("det", []) + deps.get("poss", [])
        )
        and not any(d in deps for d in ("conj", "appos", "prep", "relcl", "acl"))
    ):
        return True
    return None


def _left_by_noun_rule(analysis: Analysis, index: int, finite: Token, singular: bool) -> bool:
    """agreement.py already judges a noun before a present-tagged verb; take the rest.

    A singular noun before a verb tagged as a bare base form ("my mother work") counts
    only where the subject opens its clause: elsewhere the tag is a sign of a misparse.
    """
    tokens = analysis.tokens
    subject = tokens[index]
    if plain(subject) in ("people", "who", "that") or not singular:
        return True
    if finite.tag != "VB" or finite.dep != "ROOT":
        return False
    first = min([index, *(c for kids in child_deps(analysis, index).values() for c in kids)])
    before = previous_word(tokens, first)
    return (
        before is None
        or before.tag == "CC"
        or (
            first > 0
            and tokens[first - 1].is_punct
            and tokens[first - 1].sentence == subject.sentence
        )
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
    if before is not None and _object_position(before, tokens[index]):
        return True
    verb = tokens[tokens[index].head]
    if verb.dep in ("ccomp", "xcomp") and tokens[verb.head].lemma in _BARE_INFINITIVE_HEADS:
        return True  # "helped the team win", "let my mother rest"
    after = tokens[tokens.index(finite) + 1] if finite is not tokens[-1] else None
    if plain(finite) in ("need", "dare") and after is not None and plain(after) in ("not", "n't"):
        return True
    sentence = analysis.sentences[finite.sentence]
    earlier = tokens[sentence.first_token : index]
    return any(t.lemma in _MANDATIVE or plain(t) in _MANDATIVE for t in earlier)


#: Words the tagger may read as a subordinator that only ever take an object.
_ONLY_PREPOSITIONS = word_set("as without with beside behind near among between toward towards")


def _object_position(before: Token, pronoun: Token) -> bool:
    """ "the man nearest you is", "without you life has", "He as well as I is", "Phase I
    corresponds": a pronoun after a preposition, a superlative or a noun is not the
    subject, whatever the parse says."""
    if plain(pronoun) not in _PRONOUNS:
        return False
    if before.pos == "ADP" or before.tag in ("JJS", "RBS") or plain(before) in _ONLY_PREPOSITIONS:
        return True
    return plain(pronoun) == "i" and before.pos in ("NOUN", "PROPN")


#: Verbs that take a to-infinitive and are also nouns, so the tagger can read "this
#: program help to train" as the compound noun "program help".
_TO_INFINITIVE_VERBS = word_set("help need try want seem tend hope refuse manage fail")


@reports(AGREEMENT)
def verb_read_as_noun(analysis: Analysis) -> Iterator[Finding]:
    """ "this program help to train": the bare verb after a singular subject, which the
    tagger took for the last noun of a compound because it lacks its -s."""
    tokens = analysis.tokens
    for index, word in enumerate(tokens):
        if (
            word.lower not in _TO_INFINITIVE_VERBS
            or word.tag != "NN"
            or word.dep not in ("ROOT", "conj")
            or (word.dep == "conj" and tokens[word.head].pos not in ("VERB", "AUX"))
            or index < 2
        ):
            continue
        after = tokens[index + 1 : index + 3]
        subject = tokens[index - 1]
        if (
            len(after) < 2
            or after[0].lower != "to"
            or after[1].tag != "VB"
            or after[1].dep not in ("xcomp", "acl", "advcl")
            or subject.tag != "NN"
            or subject.dep != "compound"
            or subject.head != index
            or not subject.text.isalpha()
            or subject.lemma in EITHER_NUMBER
        ):
            continue
        determiner = previous_word(tokens, index - 1)
        if (
            determiner is None
            or determiner.lower not in _SINGULAR_DETERMINERS
            or determiner.head != index
        ):
            continue
        fix = inflect(word.lower, "VBZ")
        yield AGREEMENT.finding(  # subject and verb: the two words that disagree
            subject.start,
            word.end,
            f'"{determiner.text} {subject.text}" is a singular subject, so the verb is '
            f'"{fix}", not "{word.text}".',
            [f"{subject.text} {match_case(fix, word.text)}"],
        )


#: Words that open a clause whose subject takes an ordinary present ("when you are").
_INDICATIVE_OPENERS = word_set("""
when whenever because since while although though once until unless before after
""")


@reports(AGREEMENT)
def bare_be_after_pronoun(analysis: Analysis) -> Iterator[Finding]:
    """ "when you be successful": "be" after a subject pronoun takes its present form. The
    subjunctive ("insist that he be present", "whether it be") and "let it be" have no
    such opener before the pronoun."""
    tokens = analysis.tokens
    for index, be in enumerate(tokens):
        if plain(be) != "be" or index < 2 or tokens[index - 1].sentence != be.sentence:
            continue
        pronoun, opener = tokens[index - 1], tokens[index - 2]
        present = PRESENT_BE.get(pronoun.lower)
        if present is None or opener.sentence != be.sentence:
            continue
        if plain(opener) not in _INDICATIVE_OPENERS:
            continue
        yield AGREEMENT.finding(
            be.start,
            be.end,
            f'after "{pronoun.text}" use "{present}": "{pronoun.text} {present}", not '
            f'"{pronoun.text} be"',
            [match_case(present, be.text)],
        )
