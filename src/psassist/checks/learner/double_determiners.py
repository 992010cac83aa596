"""Two determiners in a row: "the these reasons", "a my friend", "for a many years".

A noun phrase takes one central determiner: an article, a possessive or a demonstrative.
Learners whose first language stacks them ("the my patients") or marks a plural with an
article ("a many years") write two. Only an article directly before a possessive or
demonstrative is flagged ("that my" is the conjunction "that" before a noun phrase, and
"is this the way" is a question); the predeterminers "all", "both", "half", "such",
"what" and "many a" stand before an article rightly and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.word_order import capital_like
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
    'friend"; "many years", not "a many years" ("a great many" is right). A warning until '
    "its precision is measured.",
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


def _fix_for(article: Token, second: Token) -> str | None:
    """The determiner to keep, or None when the pair is not a double determiner."""
    word = second.lower
    if not second.text.islower() and not article.text[:1].isupper():
        return None  # "the Our Lady of Lourdes hospital": a name
    if word in _CENTRAL:
        return capital_like(word, article.text)
    if word == "another" and article.lower == "the":
        return capital_like("another", article.text)  # "the another reason"
    if word == "many" and article.lower in {"a", "an"}:
        return capital_like("many", article.text)  # "a many years"; "a great many" passes
    return None


@reports(DOUBLE_DETERMINER)
def check_double_determiner(analysis: Analysis) -> Iterator[Finding]:
    for index, article in enumerate(analysis.tokens):
        if article.lower not in _ARTICLES:
            continue
        second, after = neighbour(analysis, index, 1), neighbour(analysis, index, 2)
        if second is None or after is None or not after.is_alpha:
            continue  # "the my-first-patient story", "the 'my' in ..."
        if after.lower == "to":
            continue  # "a many to many model": a compound without its hyphens
        fixed = _fix_for(article, second)
        if fixed is None:
            continue
        yield DOUBLE_DETERMINER.finding(
            article.start,
            second.end,
            f'one determiner is enough before a noun: write "{fixed} {after.text}".',
            [fixed],
        )
