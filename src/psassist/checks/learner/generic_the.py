""" "The" before an abstract noun used in general: "serve the society", "in the life".

English uses no article with an uncountable or abstract noun meant in general ("Society
benefits", "knowledge grows"); "the" makes it one particular society or body of knowledge.
Learners whose first language puts an article there (Arabic, French, Spanish, Portuguese,
Greek) write "the society", "the humanity", "in the life". The rule takes a short list of
abstract nouns that are nearly always meant in general, and only where nothing makes the
noun specific: no "of" phrase, no clause or adjective after or before it ("the society we
live in", "the knowledge I gained", "the modern society" are left alone).
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner.syntax import child_deps, next_word, previous_word
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

GENERIC_THE = define(
    "grammar.generic-the",
    Category.GRAMMAR,
    Severity.WARNING,
    '"the" before an abstract noun meant in general',
    'An abstract noun meant in general takes no article: "to serve society", "in life", '
    '"for humanity". "The" makes it one particular society or life, which the sentence '
    "does not name. Warning: a reader may know which one is meant from an earlier sentence.",
    sources=(
        Source(
            'Purdue OWL, "Using Articles"',
            "https://owl.purdue.edu/owl/general_writing/grammar/using_articles.html",
        ),
        Source(
            'University of Toronto Writing Advice, "Using the Definite Article"',
            "https://advice.writing.utoronto.ca/english-language/definite-article/",
        ),
    ),
    example=Example(
        flag="I want to give back to the society.",
        near_miss="I want to give back to the society that raised me.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

#: Abstract nouns that, with nothing to make them specific, are meant in general.
_GENERAL_NOUNS = frozenset(
    {
        "society",
        "humanity",
        "mankind",
        "humankind",
        "nature",
        "life",
        "knowledge",
        "happiness",
        "failure",
        "health",
        "pollution",
        "poverty",
    }
)
#: Relations that make the noun one specific thing: "the life of", "the society we".
_SPECIFYING = frozenset(
    {"prep", "relcl", "acl", "amod", "compound", "nmod", "poss", "appos", "nummod", "advmod"}
)
#: Words after the noun that start what specifies it, even when the parse misses it.
_SPECIFYING_NEXT = frozenset({"of", "that", "which", "who", "where", "when", "we", "i", "you"})
#: Words before "the" that make a fixed phrase ("all the knowledge", "for the life of me").
_FIXED_BEFORE = frozenset({"all", "of", "whole", "entire"})


@reports(GENERIC_THE)
def generic_the(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        if token.lower != "the" or token.dep != "det":
            continue
        head = token.head
        noun = tokens[head]
        if head != index + 1 or noun.lower not in _GENERAL_NOUNS or noun.tag != "NN":
            continue
        if noun.dep == "poss":  # "the society's president": a specific society
            continue
        if set(child_deps(analysis, head)) & _SPECIFYING:
            continue
        after = next_word(tokens, head)
        if after is not None and after.lower in _SPECIFYING_NEXT:
            continue
        before = previous_word(tokens, index)
        if before is not None and before.lower in _FIXED_BEFORE:
            continue
        message = (
            f'"{noun.text}" meant in general takes no article: write "{noun.text}", '
            f'not "{token.text} {noun.text}", unless you mean one particular {noun.lower}.'
        )
        fix = noun.text[:1].upper() + noun.text[1:] if token.text[:1].isupper() else noun.text
        yield GENERIC_THE.finding(token.start, noun.end, message, (fix,))
