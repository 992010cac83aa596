"""Grammar findings from Harper, limited to the Harper rules measured precise.

Harper has about 900 rules; most are style advice, and some misfire on correct text (it
takes "a thief" for a mass noun, "an ENT" for a split word). Only the rules below are
turned on. Each was measured side by side with LanguageTool on learners' sentences
(JFLEG dev, whose human corrections mark the errors), on those corrections themselves,
and on the team's clean and corrected statements: together they made 168 findings on
the learners' sentences, 167 of them on a marked error, and none on a clean statement.
A Harper finding gives way to any other grammar or spelling finding on the same words,
so one error gets one mark.

Six rules that passed that test were turned off again after `bench/native_prose.py` ran
them on LanguageTool's 12,000 correct example sentences: PossessiveYour ("share with you
information", "You two"), ItsContraction (a possessive "Its" opening a sentence),
ThereToTheir and ThereIsAgreement (questions, "there is data", "there is lots of"),
SentenceCapitalization (after "Jr." and "Inc.") and WrongNegative (foreign words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from psassist.checks import sources
from psassist.checks.analysis import Analysis
from psassist.checks.registry import define
from psassist.checks.spans import overlaps_any
from psassist.engines.harper import HarperLint
from psassist.findings import Category, Example, Finding, Needs, Severity

HARPER = define(
    "grammar.harper",
    Category.GRAMMAR,
    Severity.WARNING,
    "Grammar or usage error (Harper)",
    "Harper's phrase rules catch errors English learners make that LanguageTool lets "
    "pass, such as 'allow to go' or 'point of views'.",
    sources=(sources.HARPER,),
    example=Example(
        flag="My parents did not allow to travel alone.",
        near_miss="My parents did not allow me to travel alone.",
    ),
    needs=Needs.HARPER,
    replaces=True,
)

#: The Harper rules psassist turns on: grammar, agreement, confusables and typos.
RULES = frozenset(
    {
        # pronoun case, agreement and verb forms
        "TheyToThem",
        "PronounInflectionBe",
        "RegularIrregulars",
        "SimplePastToPastParticiple",
        "WillNonLemma",
        "OneOfTheSingular",
        "AdjectiveDoubleDegree",
        "TheAnother",
        # a word that needs its object or its preposition
        "AllowTo",
        "NeedToNoun",
        "AwareOf",
        "ArriveTo",
        "GoodAt",
        "Discuss",
        "DespiteOf",
        # plurals of fixed phrases
        "PluralWrongWordOfPhrase",
        "PointsOfView",
        # confusable words
        "ThenThan",
        "ThatThan",
        "Everyday",
        "EveryTime",
        # misspelled phrases and closed compounds
        "Furthermore",
        "Nowadays",
        "Someone",
        "Myself",
        "Therefore",
        "OfCourse",
        "Lots",
        "Cant",
        "Hazzle",
        # capitals and punctuation typos
        "CapitalizePersonalPronouns",
        "SinceDuration",
        "Spaces",
        "CommaFixes",
        "EllipsisLength",
        "UnclosedQuotes",
        "WrongApostrophe",
    }
)
_CHECKED_CATEGORIES = frozenset({Category.GRAMMAR, Category.SPELLING})
_CODE_SPAN = re.compile(r"`([^`]*)`")


def findings_from_harper(analysis: Analysis, lints: Iterable[HarperLint]) -> Iterator[Finding]:
    text_length = len(analysis.text)
    for lint in lints:
        if lint.rule not in RULES or not 0 <= lint.start <= lint.end <= text_length:
            continue
        if analysis.text[max(0, lint.start - 1) : lint.end + 1] == "(i)":
            continue  # an enumeration, "(i) ... (ii)", not the pronoun
        yield HARPER.finding(
            lint.start, lint.end, _plain(lint.message), lint.replacements[:5], source_rule=lint.rule
        )


def _plain(message: str) -> str:
    """Harper quotes words in Markdown code spans (`points of view`); a report uses quotes."""
    return _CODE_SPAN.sub(r'"\1"', message)


def without_covered(harper: list[Finding], others: list[Finding]) -> list[Finding]:
    """Drop Harper's finding where another grammar or spelling finding marks those words."""
    spans = [(f.start, f.end) for f in others if f.category in _CHECKED_CATEGORIES]
    return [f for f in harper if not overlaps_any(f.start, max(f.end, f.start + 1), spans)]
