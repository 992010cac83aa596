"""Countability: "a research", "advices" (the missing article is in missing_article.py).

Articles are the error English learners make most whose first language has none (Hindi,
Urdu, Russian, Chinese, Arabic in part). Each rule fires only where the parse and the
lexicon agree, and stays a warning until its precision is measured (see README).
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner import lexicon
from psassist.checks.learner.syntax import (
    child_deps,
    match_case,
    next_word,
)
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

UNCOUNTABLE_ARTICLE = define(
    "grammar.uncountable-article",
    Category.GRAMMAR,
    Severity.WARNING,
    '"a/an" with an uncountable noun',
    'Research, advice, information and equipment are uncountable in English: "a research" '
    "reads as a learner's error. Warning until measured precision reaches 0.95.",
    sources=(
        Source(
            'British Council LearnEnglish, "Uncount nouns"',
            "https://learnenglish.britishcouncil.org/english-grammar-reference/uncount-nouns",
        ),
    ),
    example=Example(
        flag="I did a research on malaria.", near_miss="I did a research project on malaria."
    ),
    needs=Needs.PARSER,
    replaces=True,
)
UNCOUNTABLE_PLURAL = define(
    "grammar.uncountable-plural",
    Category.GRAMMAR,
    Severity.ERROR,
    "Plural of an uncountable noun",
    '"Researches", "knowledges" and "equipments" are not English plurals. An '
    "error for the curated uncountable nouns (right 15 times of 15 on the team corpus and "
    "JFLEG dev, bench/accuracy.py); a warning where only word frequencies say so, since "
    'some fields count those nouns ("automations").',
    sources=(
        Source(
            'British Council LearnEnglish, "Uncount nouns"',
            "https://learnenglish.britishcouncil.org/english-grammar-reference/uncount-nouns",
        ),
        Source(
            "lemminflect: inflections and countability from the NIH SPECIALIST lexicon",
            "https://pypi.org/project/lemminflect/",
        ),
        Source("wordfreq: word frequencies", "https://github.com/rspeer/wordfreq"),
        Source(
            'Paul Brians, Common Errors in English Usage, "media"',
            "https://brians.wsu.edu/2016/05/24/media/",
        ),
    ),
    example=Example(
        flag="The ward lacked equipments.", near_miss="The ward lacked equipment and beds."
    ),
    needs=Needs.PARSER,
    replaces=True,
)

_QUANTIFIERS = frozenset(
    {
        "many",
        "several",
        "few",
        "numerous",
        "various",
        "multiple",
        "these",
        "those",
        "some",
        "different",
        "countless",
        "more",
    }
)


@reports(UNCOUNTABLE_ARTICLE)
def uncountable_article(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        if token.dep != "det" or token.lower not in ("a", "an") or token.head <= index:
            continue
        noun = tokens[token.head]
        if (
            noun.tag != "NN"
            or noun.dep == "compound"
            or not noun.text.islower()
            or not lexicon.is_uncountable(noun.lemma)
        ):
            continue
        following = next_word(tokens, token.head)
        if following is not None and following.pos in ("NOUN", "PROPN"):
            continue  # "a research project": the noun modifies another
        if noun.lemma in lexicon.curated().article_with_modifier:
            deps = child_deps(analysis, token.head)
            if "amod" in deps or any(tokens[p].lower == "of" for p in deps.get("prep", [])):
                continue  # "a good knowledge of anatomy" is idiomatic
        fix = analysis.text[token.end : noun.end].lstrip()
        yield UNCOUNTABLE_ARTICLE.finding(
            token.start,
            noun.end,
            f'"{noun.text}" is uncountable in English, so it takes no "{token.text}": '
            f'write "{fix}", or count it with another word ("a piece of advice", '
            '"a research project", "a study")',
            [match_case(fix, token.text)],
        )


@reports(UNCOUNTABLE_PLURAL)
def uncountable_plural(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        if token.tag != "NNS" or token.pos != "NOUN" or token.text.isupper():
            continue
        singular = lexicon.singular_of_uncountable_plural(token.text, token.lemma)
        if singular is None:
            continue
        counted = any(
            tokens[c].lower in _QUANTIFIERS or tokens[c].like_num
            for dep, kids in child_deps(analysis, index).items()
            if dep in ("amod", "det", "nummod")
            for c in kids
        )
        message = f'"{singular}" is uncountable in English and has no plural: write "{singular}"'
        one = lexicon.latin_singular(singular)
        # Certain only for the curated nouns; the frequency test alone also catches
        # plurals some fields use ("automations", "insurances"): a warning there.
        certain = one is not None or lexicon.is_uncountable(singular)
        severity = Severity.ERROR if certain else Severity.WARNING
        if one is not None:
            yield UNCOUNTABLE_PLURAL.finding(
                token.start,
                token.end,
                f'"{singular}" is already plural (one {one}, two {singular}): write "{singular}"',
                [match_case(singular, token.text)],
                severity=severity,
            )
        elif counted:
            yield UNCOUNTABLE_PLURAL.finding(
                token.start,
                token.end,
                message + f' with "much" or "a lot of", or count it ("pieces of '
                f'{singular}", "studies")',
                severity=severity,
            )
        else:
            yield UNCOUNTABLE_PLURAL.finding(
                token.start,
                token.end,
                message,
                [match_case(singular, token.text)],
                severity=severity,
            )
