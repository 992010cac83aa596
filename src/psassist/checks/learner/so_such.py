""" "so" before an adjective and its noun: "it was so long shift" wants "such a long shift".

"So" intensifies an adjective standing alone ("the shift was so long"); before an
adjective with its noun English uses "such" ("such a long shift", "such good advice").
Learners carry "so" over from the first pattern. Left alone: "so many", "so much",
"so few", "so little" (quantities), "so-called", a sentence that opens with "So" (a
connector: "So only time will tell"), and an adjective followed by a noun that starts a
new clause ("I was so tired patients noticed").
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner import lexicon
from psassist.checks.learner.missing_article import indefinite_article
from psassist.checks.learner.words import word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

SO_SUCH = define(
    "grammar.so-such",
    Category.GRAMMAR,
    Severity.WARNING,
    '"so" where "such" is needed',
    '"So" goes with an adjective alone ("the night was so long"); with an adjective and '
    'its noun, English uses "such" ("such a long night"). A warning: the tagger can read a '
    "noun as the start of a new clause.",
    sources=(
        Source(
            'Cambridge Dictionary, English Grammar Today, "So and such"',
            "https://dictionary.cambridge.org/grammar/british-grammar/so-and-such",
        ),
    ),
    example=Example(
        flag="It was so long shift that I slept in the call room.",
        near_miss="It was such a long shift that I slept in the call room.",
    ),
    needs=Needs.PARSER,
)

_QUANTITIES = word_set("many much few little far more less")


@reports(SO_SUCH)
def check_so_such(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, token in enumerate(tokens[:-2]):
        if token.lower != "so" or token.text == "So":
            continue
        if index > 0 and tokens[index - 1].lower in {"a", "an"}:
            continue  # "a so kind nurse": grammar.word-order fixes it with the article
        adjective, noun = tokens[index + 1], tokens[index + 2]
        if adjective.tag != "JJ" or adjective.lower in _QUANTITIES or noun.tag != "NN":
            continue
        if not noun.text.islower():
            continue  # "in so short Time": a capitalised word, a title or old style
        if adjective.head != index + 2 or analysis.text[token.end : adjective.start] != " ":
            continue  # "so-called", or the adjective does not describe this noun
        words = analysis.text[adjective.start : noun.end]
        if lexicon.is_countable(noun.lemma) or noun.lower == "time":  # "such a long time"
            fixed = f"such {indefinite_article(words)} {words}"
        else:
            fixed = f"such {words}"
        yield SO_SUCH.finding(
            token.start,
            noun.end,
            f'Before an adjective with its noun, English uses "such": "{fixed}".',
            [fixed],
        )
