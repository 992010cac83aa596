"""The missing article: "become doctor", "fascinated by human body", "there is problem".

Articles are the error English learners make most whose first language has none (Hindi,
Urdu, Russian, Chinese, Arabic in part). A singular countable noun needs a determiner;
the rule fires only where the parse and the lexicon agree, and leaves alone what
English says without one: fixed phrases ("at home", "on call"), roles one person holds
("became chief resident"), mass and clinical uses ("she described tremor", "a loop of
bowel"), names and labels ("bed 4").
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner import bare_nouns, lexicon
from psassist.checks.learner.syntax import (
    child_deps,
    next_word,
    previous_word,
)
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

MISSING_ARTICLE = define(
    "grammar.missing-article",
    Category.GRAMMAR,
    Severity.WARNING,
    "Missing article before a singular noun",
    'A singular countable noun needs a, an, the or a word like my: "become a doctor", '
    '"the human body". Warning, not error: fixed phrases ("at home", "on call") '
    "legitimately go without one, and a list cannot hold them all.",
    sources=(
        Source(
            'Miami University ELL Writing Center, "Articles"',
            "https://www.miamioh.edu/ellwc/resources/grammar-tutorials/articles/",
        ),
        Source(
            "lemminflect: inflections and countability from the NIH SPECIALIST lexicon",
            "https://pypi.org/project/lemminflect/",
        ),
        Source("wordfreq: word frequencies", "https://github.com/rspeer/wordfreq"),
    ),
    example=Example(
        flag="I want to become doctor.",
        near_miss="I want to become a doctor and stay at home less.",
    ),
    needs=Needs.PARSER,
)
#: Words that make a noun one of a kind, so it takes "the": "the same day", "the first time".
_ONE_OF_A_KIND = frozenset(
    {"same", "first", "second", "third", "last", "next", "only", "main", "most", "least"}
)
#: "an" and "a" go by sound, not letter: Lunsford, EasyWriter, "Articles" and LearnEnglish.
_VOWEL_SOUND_H = ("hour", "honest", "honor", "honour", "heir")
_CONSONANT_SOUND_VOWEL = ("uni", "use", "usu", "uti", "eu", "one", "once", "ur", "uro")
_PERSONS = frozenset({"i", "you", "he", "she", "we", "they"})


@reports(MISSING_ARTICLE)
def missing_article(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    with_verb = analysis.memo(
        "learner.sentences_with_verb",
        lambda: {t.sentence for t in tokens if t.pos in ("VERB", "AUX")},
    )
    for index, token in enumerate(tokens):
        if (
            not token.text.isalpha()
            or not token.text.islower()
            or token.sentence not in with_verb
            or not (_bare_noun(token) or _noun_taken_for_adjective(analysis, index))
        ):
            continue
        if not _counted(analysis, index) or bare_nouns.determined(analysis, index):
            continue
        if bare_nouns.fixed_phrase(analysis, index) or bare_nouns.counted_or_named(analysis, index):
            continue
        if bare_nouns.mass_use(analysis, index):
            continue
        if bare_nouns.in_hyphenated_compound(analysis.text, token.start, token.end):
            continue  # "door-to-needle times", "below-knee amputation"
        if token.dep in ("nsubj", "nsubjpass") and _plural_verb(analysis, token.head):
            continue  # "scientist have": grammar.agreement reports the pair
        start = _phrase_start(analysis, index)
        fixes = _fixes(analysis, start, index)
        phrase = analysis.text[tokens[start].start : token.end]
        if len(fixes) == 1:
            message = f'"{phrase}" names one particular thing, so it needs "the": "{fixes[0]}"'
        else:
            message = (
                f'"{token.text}" is a singular countable noun, so it needs an article or a '
                f'word like "my": "{fixes[0]}" (any one) or "{fixes[1]}" (a specific one)'
            )
        yield MISSING_ARTICLE.finding(tokens[start].start, token.end, message, fixes)


def _fixes(analysis: Analysis, start: int, index: int) -> list[str]:
    """ "a doctor" or "the doctor"; only "the" before a superlative or an ordinal."""
    tokens = analysis.tokens
    first = tokens[start]
    phrase = analysis.text[first.start : tokens[index].end]
    capital = first.text[:1].isupper() and start == analysis.sentences[first.sentence].first_token
    if capital:
        phrase = phrase[:1].lower() + phrase[1:]

    def written(article: str) -> str:
        return (article.capitalize() if capital else article) + " " + phrase

    if first.tag == "JJS" or first.lower in _ONE_OF_A_KIND:
        return [written("the")]
    return [written(indefinite_article(phrase)), written("the")]


def indefinite_article(phrase: str) -> str:
    """ "a" or "an" by the sound of the next word: "an hour", "a university"."""
    word = phrase.lower()
    if word.startswith(_VOWEL_SOUND_H):
        return "an"
    if word.startswith(_CONSONANT_SOUND_VOWEL):
        return "a"
    return "an" if word[:1] in "aeiou" else "a"


def _bare_noun(token: Token) -> bool:
    """A common singular noun in a role that needs a determiner."""
    return (
        token.tag == "NN"
        and token.pos == "NOUN"
        and token.dep in ("attr", "acomp", "dobj", "pobj", "nsubj", "nsubjpass")
    )


def _noun_taken_for_adjective(analysis: Analysis, index: int) -> bool:
    """ "become pediatrician", "as psychiatrist": the parser tagged the noun an adjective.

    Only words the lexicon knows as nouns and never as adjectives, right after a verb of
    being or becoming or after "as".
    """
    tokens = analysis.tokens
    token = tokens[index]
    if token.pos != "ADJ" or token.tag != "JJ":
        return False
    before = previous_word(tokens, index)
    if before is None or not (before.lower == "as" or before.lemma in ("be", "become")):
        return False
    following = next_word(tokens, index)
    if following is not None and following.pos in ("NOUN", "PROPN", "ADJ"):
        return False
    readings = lexicon.readings(token.text)
    return "NOUN" in readings and "ADJ" not in readings


def _counted(analysis: Analysis, index: int) -> bool:
    """Countable by the lexicon, or mostly countable in a role one person holds ("became
    professor", "as professor", "she is professor"), where a mass reading is unlikely."""
    tokens = analysis.tokens
    token = tokens[index]
    if lexicon.is_countable(token.lemma):
        return True
    head = tokens[token.head]
    if token.dep == "pobj":
        role = head.lower == "as"
    elif token.dep in ("attr", "acomp"):
        subjects = child_deps(analysis, token.head).get("nsubj", [])
        role = head.lemma == "become" or (
            head.lemma == "be" and any(tokens[s].lower in _PERSONS for s in subjects)
        )
    else:
        role = False
    return role and lexicon.is_mostly_countable(token.lemma)


def _plural_verb(analysis: Analysis, verb: int) -> bool:
    tokens = analysis.tokens
    group = [verb, *child_deps(analysis, verb).get("aux", [])]
    return any(tokens[i].tag == "VBP" or tokens[i].lower == "were" for i in group)


def _phrase_start(analysis: Analysis, index: int) -> int:
    """The first modifier before the noun ("human body", "most beautiful city")."""
    tokens = analysis.tokens
    deps = child_deps(analysis, index)
    start = index
    for child in sorted(deps.get("amod", []) + deps.get("compound", [])):
        first = min([child, *child_deps(analysis, child).get("advmod", [])])
        if first < start and all(
            tokens[j].pos in ("ADJ", "NOUN", "ADV", "PUNCT", "PROPN") for j in range(first, index)
        ):
            start = first
    return start
