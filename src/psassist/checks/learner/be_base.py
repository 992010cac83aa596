"""A base verb after "be": "it is depend on", "are not agree", "will be help the poor".

"Be" takes an -ing form (is helping), a past participle (is helped) or an adjective; a
base verb after it mixes two constructions. Words that are also nouns are flagged only
before an object ("will be help the poor", not "the answer is help"); pseudo-clefts ("all
we did was wait") are right. A negated "be" ("are not agree") gets the "do" the learner
meant: "do not agree".
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import match_case, plain, pseudo_cleft
from psassist.checks.learner.verb_forms import BE_FORMS, OBJECT_START, next_verb
from psassist.checks.learner.verb_lexicon import could_be_participle, is_base, word_classes
from psassist.checks.learner.words import inflect
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

BE_BASE = define(
    "grammar.verb-form-be-base",
    Category.GRAMMAR,
    Severity.WARNING,
    "Base verb after be",
    '"be" (is, are, was, will be) is followed by an -ing form (is helping), a past '
    'participle (is helped) or an adjective, not by a base verb: "it depends on", not '
    '"it is depend on". Warning: a word that is also a noun is flagged only before an '
    "object.",
    sources=(
        Source(
            'Grammaring, "Form: present continuous"',
            "https://grammaring.com/form-present-continuous",
        ),
    ),
    example=Example(
        flag="The outcome is depend on early treatment.",
        near_miss="The outcome is dependent on early treatment.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)


#: "do" in the tense and person of a form of "be": "is not agree" -> "does not agree".
_DO_FOR_TAG = {"VBP": "do", "VBZ": "does", "VBD": "did"}
_BE_SIMPLE_TAG = {
    "is": "VBZ",
    "are": "VBP",
    "'re": "VBP",
    "am": "VBP",
    "'m": "VBP",
    "was": "VBD",
    "were": "VBD",
}


@reports(BE_BASE)
def be_base(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, be in enumerate(tokens):
        lower = plain(be)
        if lower not in BE_FORMS or be.lemma != "be":
            continue
        found = next_verb(tokens, index)
        if found is None:
            continue
        at, _ = found
        word = tokens[at]
        if not word.tag.startswith("VB") or word.text[:1].isupper():
            continue
        if not _base_verb_only(word):
            continue
        following = tokens[at + 1] if at + 1 < len(tokens) else None
        if "NOUN" in word_classes(word.lower) and not _verb_shown(word, following):
            continue  # "the answer is help", "my job is research"
        if pseudo_cleft(tokens, index):
            continue
        yield BE_BASE.finding(
            be.start,
            word.end,
            _be_message(be, word, _do_support(analysis, be, word)),
            _be_fixes(analysis, be, word),
        )


#: Subjects whose "'s" is "is" or "has", never a possessive ("it's", "he's", "that's").
_CONTRACTING_SUBJECTS = frozenset({"it", "he", "she", "that", "this", "there", "what", "who"})


#: "it's 'cause" (because), "it's do or die", "he's be": idioms and slips of another kind.
_NOT_AFTER_CONTRACTION = frozenset({"cause", "do", "be", "have"})


@reports(BE_BASE)
def contracted_be_base(analysis: Analysis) -> Iterator[Finding]:
    """ "it's make the job harder": "'s" (is or has) before a base verb, which takes
    neither. "Let's" and a noun's possessive ("the patient's") have another subject."""
    tokens = analysis.tokens
    for index, contraction in enumerate(tokens):
        if plain(contraction) != "'s" or index == 0:
            continue
        subject = tokens[index - 1]
        if subject.lower not in _CONTRACTING_SUBJECTS or subject.end != contraction.start:
            continue
        found = next_verb(tokens, index)
        if found is None:
            continue
        at, skipped = found
        word = tokens[at]
        if skipped or word.text[:1].isupper() or word.lower in _NOT_AFTER_CONTRACTION:
            continue
        if not _base_verb_only(word):
            continue
        following = tokens[at + 1] if at + 1 < len(tokens) else None
        adjective_after = (
            following is not None
            and following.tag == "JJ"
            and at + 2 < len(tokens)
            and tokens[at + 2].tag in ("NN", "NNS")
        )  # "it's make big problems", not "it's brand new"
        if "NOUN" in word_classes(word.lower) and not (
            adjective_after or _verb_shown(word, following)
        ):
            continue  # "it's work I love", "it's cause for concern"
        if pseudo_cleft(tokens, index):
            continue
        written = analysis.text[subject.start : word.end]
        simple = f"{subject.text} {inflect(word.lower, 'VBZ')}"
        progressive = f"{subject.text} is {inflect(word.lower, 'VBG')}"
        yield BE_BASE.finding(
            subject.start,
            word.end,
            f'"{written}" mixes two verb forms: "{simple}", or "{progressive}".',
            [simple, progressive],
        )


def _base_verb_only(word: Token) -> bool:
    """A bare verb that cannot be read as a participle, an adjective, an adverb or a
    preposition ("help", not "open", "cut" or "like"): only then is "be" + it a slip."""
    lower = word.lower
    if not is_base(lower) or could_be_participle(lower):
        return False
    return not word_classes(lower) & {"ADJ", "ADV", "ADP"}


def _verb_shown(word: Token, following: Token | None) -> bool:
    """A noun-or-verb word is a verb when an object follows it ("be help the poor")."""
    if following is None:
        return False
    if plain(following) in OBJECT_START:
        return True
    if word.tag not in ("VB", "VBP") or word.dep in ("compound", "attr", "pobj", "dobj"):
        return False
    return following.tag in ("NNS", "IN", "TO")


def _be_message(be: Token, word: Token, do_support: str | None) -> str:
    progressive = inflect(word.lower, "VBG")
    passive = inflect(word.lower, "VBN")
    alone = (
        f'A verb is made negative with "do": "{do_support}"' if do_support else "Use the verb alone"
    )
    return (
        f'"{be.text} {word.text}" mixes two verb forms. {alone}, or after '
        f'"{be.text}" an -ing form ("{be.text} {progressive}") or, for the passive, the '
        f'past participle ("{be.text} {passive}").'
    )


def _do_support(analysis: Analysis, be: Token, word: Token) -> str | None:
    """ "are not agree" means "do not agree": the learner negated the verb with "be"."""
    negation = analysis.text[be.end : word.start].strip()
    tag = _BE_SIMPLE_TAG.get(plain(be))
    if negation.lower() not in ("not", "n't") or tag is None or be.text.startswith("'"):
        return None
    do = match_case(_DO_FOR_TAG[tag], be.text)
    return (
        f"{do} {negation} {word.lower}"
        if negation.lower() == "not"
        else (f"{do}{negation} {word.lower}")
    )


def _be_fixes(analysis: Analysis, be: Token, word: Token) -> list[str]:
    between = analysis.text[be.end : word.start]
    simple_tag = _BE_SIMPLE_TAG.get(plain(be))
    fixes: list[str] = []
    if simple_tag == "VBP" or plain(be) == "be":
        fixes.append(match_case(word.lower, be.text))
    elif simple_tag is not None:
        fixes.append(match_case(inflect(word.lower, simple_tag), be.text))
    fixes.append(f"{be.text}{between}{inflect(word.lower, 'VBG')}")
    fixes.append(f"{be.text}{between}{inflect(word.lower, 'VBN')}")
    if between.strip():
        do_support = _do_support(analysis, be, word)
        return [do_support, *fixes[1:]] if do_support else fixes[1:]
    return fixes
