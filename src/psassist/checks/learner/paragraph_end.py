"""A paragraph whose last sentence has no end mark: "... and that is why I chose surgery".

A statement ends with a period, a question with a question mark. A paragraph that simply
stops is a slip a reader sees at once, and LanguageTool reports it only at its "picky"
level. Titles, headings, salutations and sign-offs end without one, so the rule speaks
only when the last sentence is plainly a sentence: at least four words, a finite verb
with its own subject, not written in Title Case, and not ending in a colon, comma,
semicolon or dash (a list or a greeting follows those).
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.clauses import SUBJECTS, is_finite
from psassist.checks.learner.syntax import mostly_capitalised
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

MISSING_PERIOD = define(
    "grammar.missing-period",
    Category.GRAMMAR,
    Severity.WARNING,
    "Paragraph ends without a period",
    "The last sentence of the paragraph has no period, question mark or exclamation mark. "
    "A warning: a heading written as a sentence can look the same.",
    sources=(
        Source(
            'Western Michigan University Writing Center, "Punctuation: Period"',
            "http://www.wmich.edu/writing/punctuation/period",
        ),
    ),
    example=Example(
        flag="I chose pediatrics because children recover with such courage",
        near_miss="I chose pediatrics because children recover with such courage.",
    ),
    needs=Needs.PARSER,
)

_END_MARKS = frozenset(".!?\u2026")
#: Closers that may follow the end mark: 'she said "thank you."', "(see below.)".
_CLOSERS = frozenset("\"'\u201d\u2019)]")
#: A paragraph ending in one of these is not a finished sentence: a greeting ("Dear Dr.
#: Rao,"), a list's lead-in ("My goals:"), a line broken on purpose.
_OPEN_ENDS = frozenset(",:;-\u2013\u2014/")
#: A clause as the subject counts too: "What she said made sense".
_SUBJECTS = SUBJECTS | {"csubj"}
_MIN_WORDS = 4


@reports(MISSING_PERIOD)
def check_missing_period(analysis: Analysis) -> Iterator[Finding]:
    for paragraph in analysis.paragraphs:
        ending = paragraph.text.rstrip()
        while ending and ending[-1] in _CLOSERS:
            ending = ending[:-1]
        if not ending or ending[-1] in _END_MARKS or ending[-1] in _OPEN_ENDS:
            continue
        words = _last_sentence_words(analysis, paragraph.end)
        if words is None or not _plain_sentence(analysis, words):
            continue
        last = words[-1]
        yield MISSING_PERIOD.finding(
            last.start,
            last.end,
            f'The paragraph ends without a period after "{last.text}".',
            [last.text + "."],
        )


def _last_sentence_words(analysis: Analysis, paragraph_end: int) -> list[Token] | None:
    """The words of the sentence that ends the paragraph, or None when the paragraph ends
    in something that is not a word (a number's unit, an emoji, a URL's slash)."""
    index = analysis.sentence_at(max(paragraph_end - 1, 0))
    sentence = analysis.sentences[index]
    words = sentence.word_tokens(analysis.tokens)
    if not words or words[-1].end < paragraph_end - 1:
        return None
    return words


def _plain_sentence(analysis: Analysis, words: list[Token]) -> bool:
    """At least four words, a finite verb with a subject of its own, not a title."""
    if len(words) < _MIN_WORDS or not words[-1].is_alpha:
        return False
    if mostly_capitalised([w.text for w in words]):
        return False  # "Why I Chose Internal Medicine", "Research Experience At AIIMS"
    sentence = analysis.sentences[words[0].sentence]
    tokens = analysis.tokens
    return any(
        tokens[k].dep in _SUBJECTS and is_finite(analysis, tokens[k].head)
        for k in range(sentence.first_token, sentence.last_token)
    )
