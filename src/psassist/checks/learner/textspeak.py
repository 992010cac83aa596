"""Text-message spellings in formal writing: "u" for "you", "coz" for "because".

A spell checker passes them ("u" is a letter, "r" too), but in a personal statement they
read as carelessness. Only the plainly chat forms are listed, and the one-letter ones only
where they stand for a word: "u" or "r" between words ("if u want", "we r ready"), never
after a number ("10 u of insulin", "r = 0.8").
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import match_case, next_word, previous_word
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

TEXTSPEAK = define(
    "spelling.textspeak",
    Category.SPELLING,
    Severity.WARNING,
    "Text-message spelling",
    'Chat spellings such as "u", "ur", "coz" and "pls" are not used in formal writing; a '
    "program director reads them as carelessness.",
    sources=(
        Source(
            'Purdue OWL, "Appropriate Language: Overview" (levels of formality)',
            "https://owl.purdue.edu/owl/general_writing/academic_writing/using_appropriate_language/index.html",
        ),
    ),
    example=Example(
        flag="As u can see, my research years shaped me.",
        near_miss="As you can see, my research years shaped me.",
    ),
    needs=Needs.PARSER,
)

#: Chat spellings that are never standard words; the fix for each.
_ALWAYS = {
    "coz": "because",
    "cuz": "because",
    "bcoz": "because",
    "bcz": "because",
    "plz": "please",
    "pls": "please",
    "thx": "thanks",
    "thnx": "thanks",
    "b4": "before",
    "gr8": "great",
    "ur": "your",
    "abt": "about",
}
#: One-letter spellings, a word only between two words.
_SINGLE_LETTERS = {"u": "you", "r": "are"}
_PRONOUNS_BEFORE_R = frozenset({"we", "you", "they", "u"})


@reports(TEXTSPEAK)
def check_textspeak(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        word = token.text
        fix = _ALWAYS.get(word.lower()) if word.islower() else None
        if fix is None and word in _SINGLE_LETTERS:
            before = previous_word(tokens, index)
            after = next_word(tokens, index)
            if after is None or not after.is_alpha or after.start != token.end + 1:
                continue  # "r = 0.8", a letter at the end of a sentence
            if _after_comma(analysis, index):
                if not after.tag.startswith(("VB", "MD")):
                    continue  # "vowels a, e, i, o, u and y": a list of letters
            elif (
                before is None
                or not before.is_alpha
                or not _adjacent(analysis, before.end, token.start)
            ):
                continue  # "10 u", "(u)"
            if word == "r" and (before is None or before.lower not in _PRONOUNS_BEFORE_R):
                continue
            if before is not None and (before.tag == "DT" or before.lower in {"letter", "letters"}):
                continue  # "the letter u", "a u": the letter itself
            fix = _SINGLE_LETTERS[word]
        if fix is None:
            continue
        if word.lower() == "ur" and _says_you_are(tokens, index):
            fix = "you're"
        yield TEXTSPEAK.finding(
            token.start,
            token.end,
            f'"{word}" is a text-message spelling; write "{fix}" in a statement.',
            [match_case(fix, word)],
        )


def _after_comma(analysis: Analysis, index: int) -> bool:
    """ "In such a case, u learn": the letter opens a clause after a comma."""
    return (
        index > 0
        and analysis.tokens[index - 1].text == ","
        and (analysis.tokens[index - 1].end + 1 == analysis.tokens[index].start)
    )


#: Tags of a word "ur" stands before when it means "you're": "ur right", "ur going",
#: "ur a good doctor"; before a noun it is "your".
_AFTER_YOU_ARE = frozenset({"JJ", "JJR", "VBG", "VBN", "DT", "RB"})


def _says_you_are(tokens: list[Token], index: int) -> bool:
    after = next_word(tokens, index)
    return after is not None and after.tag in _AFTER_YOU_ARE


def _adjacent(analysis: Analysis, left_end: int, right_start: int) -> bool:
    """One space between the two words: not across a line, a bracket or a slash."""
    return analysis.text[left_end:right_start] == " "
