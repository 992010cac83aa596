"""An adjective as the subject, its noun left out: "the important is", "the good is that".

Spanish, Portuguese, French and Italian let an adjective after the article stand for "the
thing that is ...": "lo importante es", "l'important est". English needs the noun: "the
important thing is", "what is important is". English does use "the" + adjective for a
group of people ("the poor are", "the elderly need"); those take a plural verb and are
left alone, as are ordinals ("the first is that"), superlatives ("the best is yet to
come"), adjectives that are nouns too ("the ideal is", "the total was") and the few
abstract ones native writers use ("the unknown is frightening").
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner.syntax import match_case, plain
from psassist.checks.learner.verb_lexicon import word_classes
from psassist.checks.learner.words import neighbour, word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

ADJECTIVE_SUBJECT = define(
    "grammar.adjective-subject",
    Category.GRAMMAR,
    Severity.WARNING,
    'An adjective used as a noun: "the important is"',
    'In English an adjective after "the" cannot stand for a thing: write "the important '
    'thing is" or "what is important is", not "the important is". "The" + adjective names '
    'only a group of people ("the poor", "the elderly"), with a plural verb.',
    sources=(
        Source(
            "Collins COBUILD Grammar Patterns, \"the N: the 'rich' and 'poor' group\"",
            "https://grammar.collinsdictionary.com/grammar-pattern/the-n_3",
        ),
        Source(
            'Learn English Today, "Adjectives used as nouns"',
            "https://www.learn-english-today.com/lessons/lesson_contents/grammar/adjectives-used-as-nouns.html",
        ),
    ),
    example=Example(
        flag="The important is that every patient leaves the clinic with a clear plan.",
        near_miss="The important thing is that every patient leaves the clinic with a clear plan.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

_SINGULAR_BE = word_set("is was 's")
#: "The" + adjective for people or for an abstract idea, as native writers use it.
_NOMINAL_ADJECTIVES = word_set("""
rich poor wealthy affluent needy destitute elderly old young aged sick ill infirm injured
wounded dead dying living disabled blind deaf homeless jobless unemployed accused deceased
bereaved insured innocent guilty brave weak strong meek faithful oppressed underprivileged
privileged disadvantaged vulnerable unknown impossible supernatural absurd sublime
inevitable unexpected obvious divine beautiful same former latter following above
opposite contrary reverse whole only next last other first second third fourth fifth
final
""")


#: Adjectives that are nouns too, whose "the X is that" is right ("the ideal is that").
_NOUNS_BEFORE_THAT = word_set("ideal average total general individual standard principal chief")


def _clause_follows(analysis: Analysis, be: int) -> bool:
    """ "the good is that ...": an adjective-noun before a clause is the adjective."""
    after = neighbour(analysis, be, 1)
    adjective = analysis.tokens[be - 1]
    return (
        after is not None and plain(after) == "that" and adjective.lower not in _NOUNS_BEFORE_THAT
    )


@reports(ADJECTIVE_SUBJECT)
def check_adjective_subject(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, article in enumerate(tokens):
        if plain(article) != "the":
            continue
        adjective = neighbour(analysis, index, 1)
        be = neighbour(analysis, index, 2)
        if adjective is None or be is None or plain(be) not in _SINGULAR_BE:
            continue
        if adjective.lower in _NOMINAL_ADJECTIVES:
            continue
        tagged_noun = adjective.tag == "NN" and "ADJ" in word_classes(adjective.lower)
        if adjective.tag != "JJ" and not (tagged_noun and _clause_follows(analysis, index + 2)):
            continue
        if adjective.dep not in ("nsubj", "ROOT") or be.lemma != "be":
            continue
        if (
            adjective.text[:1].isupper()
            and index != analysis.sentences[article.sentence].first_token
        ):
            continue  # "the Roman was": a name
        if "NOUN" in word_classes(adjective.lower) and not _clause_follows(analysis, index + 2):
            continue  # "the ideal is", "the total was": a noun too
        fixed = f"{article.text} {adjective.text} thing"
        what = match_case(f"what is {adjective.lower}", article.text)
        yield ADJECTIVE_SUBJECT.finding(
            article.start,
            adjective.end,
            f'"{adjective.text}" needs a noun here: "{fixed} {be.text}" or "{what} {be.text}".',
            [fixed],
        )
