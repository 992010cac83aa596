"""Two determiners in a row: "the these reasons", "a my friend", "for a many years".

A noun phrase takes one central determiner: an article, a possessive or a demonstrative.
Learners whose first language stacks them ("the my patients") or marks a plural with an
article ("a many years", "the some patients", "the most of the residents") write two.
Only an article directly before a possessive, demonstrative or quantifier is flagged
("that my" is the conjunction "that" before a noun phrase, and "is this the way" is a
question); the predeterminers "all", "both", "half", "such", "what" and "many a" stand
before an article rightly and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import capital_like
from psassist.checks.learner.words import neighbour, word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Severity, Source

DOUBLE_DETERMINER = define(
    "grammar.double-determiner",
    Category.GRAMMAR,
    Severity.WARNING,
    "Two determiners before one noun",
    'A noun takes one article, possessive or demonstrative: "these reasons" or "the '
    'reasons", not "the these reasons"; "my friend" or "a friend of mine", not "a my '
    'friend"; "many years", not "a many years" ("a great many" is right); "most of the '
    'residents", not "the most of the residents". A warning until its precision is '
    "measured.",
    sources=(
        Source(
            'English Practice, "More on determiners" (no two Group A determiners together)',
            "https://www.englishpractice.com/grammar/determiners-2/",
        ),
        Source(
            'EigoNet, "Plural, countable and mass nouns: a/an" (not "a many houses")',
            "http://www.shc-creo.co.jp/EigoNet/plucoma-an.html",
        ),
    ),
    example=Example(
        flag="For the these reasons, I chose a residency in internal medicine.",
        near_miss="For all these reasons, I chose a residency in internal medicine.",
    ),
    replaces=True,
)

_ARTICLES = word_set("a an the")
#: Determiners that already make the noun definite; an article before them is extra.
_CENTRAL = word_set("this these those my your his her its our their")
#: Quantifiers that take no article ("some patients", "every day"); "the few", "the many",
#: "a few" and "a little" are right and are not here.
_QUANTIFIERS = word_set("some any each every")
#: What may follow "the most of" when "most" is the quantifier ("most of the patients").
_OF_OPENERS = word_set("the my your his her its our their these those them us")
#: Verbs of the idiom "make the most of (the chance)", where "the most" is right.
_MAKE_THE_MOST = word_set("make makes made making get gets got getting")


def _fix_for(article: Token, second: Token) -> str | None:
    """The determiner to keep, or None when the pair is not a double determiner."""
    word = second.lower
    if not second.text.islower() and not article.text[:1].isupper():
        return None  # "the Our Lady of Lourdes hospital": a name
    if word in _CENTRAL:
        return capital_like(word, article.text)
    if word == "another":
        return capital_like("another", article.text)  # "the another reason", "a another"
    if word in _QUANTIFIERS:
        return capital_like(word, article.text)  # "the some patients", "an every day"
    if word == "many" and article.lower in {"a", "an"}:
        return capital_like("many", article.text)  # "a many years"; "a great many" passes
    return None


def _the_most_of(analysis: Analysis, index: int) -> bool:
    """ "the most of the patients": "most of" is the quantifier and takes no article;
    "make the most of the chance" and "the most of all" are right."""
    most, of, opener = (neighbour(analysis, index, step) for step in (1, 2, 3))
    if most is None or of is None or opener is None:
        return False
    if most.lower != "most" or of.lower != "of" or opener.lower not in _OF_OPENERS:
        return False
    before = neighbour(analysis, index, -1)
    return before is None or before.lower not in _MAKE_THE_MOST


@reports(DOUBLE_DETERMINER)
def check_double_determiner(analysis: Analysis) -> Iterator[Finding]:
    for index, article in enumerate(analysis.tokens):
        if article.lower not in _ARTICLES:
            continue
        second, after = neighbour(analysis, index, 1), neighbour(analysis, index, 2)
        if second is None or after is None or not after.is_alpha:
            continue  # "the my-first-patient story", "the 'my' in ..."
        if after.lower == "to" or after.like_num:
            continue  # "a many to many model"; "the some 300 residents" (about 300)
        if article.lower == "the" and _the_most_of(analysis, index):
            yield DOUBLE_DETERMINER.finding(
                article.start,
                second.end,
                f'"most of" takes no article: write "{capital_like("most", article.text)} of '
                f'{analysis.tokens[index + 3].text}".',
                [capital_like("most", article.text)],
            )
            continue
        fixed = _fix_for(article, second)
        if fixed is None:
            continue
        yield DOUBLE_DETERMINER.finding(
            article.start,
            second.end,
            f'one determiner is enough before a noun: write "{fixed} {after.text}".',
            [fixed],
        )
