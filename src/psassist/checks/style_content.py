"""Content style rules: what a statement says, not how: epigraphs, put-downs, red flags.

Each reads a pattern of meaning (a quotation opening the statement, another specialty
run down, an exam failure left unexplained) that program directors name as a mistake.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psassist.checks import sources
from psassist.checks.analysis import Analysis
from psassist.checks.institutions import SPECIALTIES
from psassist.checks.phrases import QUOTE_FOLD
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Severity

OPENING_QUOTE = define(
    "style.opening-quotation",
    Category.STYLE,
    Severity.WARNING,
    "Opens with a quotation",
    "The first lines are read most; spend them on you, not on Osler.",
    sources=(sources.DLA_QUOTES, sources.ACP_PERSONAL_STATEMENT),
    example=Example(
        flag="\u201cWherever the art of medicine is loved, there is also a love of "
        "humanity.\u201d I agree.",
        near_miss="I remember the first patient I admitted. She said \u201cthank you\u201d "
        "at discharge.",
    ),
)
DISPARAGING = define(
    "style.disparaging-specialty",
    Category.STYLE,
    Severity.WARNING,
    "Runs down another specialty",
    'Praising your specialty by belittling another ("unlike surgery, which only...") '
    "can offend a reader who trained in it.",
    sources=(sources.PD_DOS_AND_DONTS,),
    example=Example(
        flag="Unlike surgery, which only fixes one problem, family medicine treats the person.",
        near_miss="Unlike my surgery rotation, my family medicine clinic let me follow patients.",
    ),
)
RED_FLAG = define(
    "style.red-flag-unexplained",
    Category.STYLE,
    Severity.WARNING,
    "Exam failure or gap without what you did about it",
    "Program directors expect a failed attempt or a gap to be addressed briefly: own it, "
    "give the reason, say what you changed and how it turned out.",
    sources=(sources.ACP_ASK_THE_PD, sources.RESIDENCY_STATEMENT_USMLE, sources.IATROX),
    example=Example(
        flag="I failed Step 1 because my father was ill.",
        near_miss="I failed Step 1 in 2021 while my father was ill. I rebuilt my study plan "
        "with a tutor and passed with a strong score; the same habits carried me through "
        "Step 2 CK.",
    ),
)

_OPENING_QUOTE_CHARS = "\"'\u201c\u2018\u00ab"
_ATTRIBUTION = re.compile(r"\b(?:once said|once wrote|famously said|said it best)\b", re.I)
# After the closing quote of dialogue the sentence goes on with a speech tag: in lower
# case ("... she asked") or with a speaking verb close by ("... My patient asked me").
_SPEECH_TAG = re.compile(
    r"^[\s,]*(?:[a-z]|[A-Z][\w.'\u2019]*(?:\s+[\w.'\u2019]+){0,3}\s+(?:asked|said|says|whispered|cried|"
    r"told|replied|shouted|pleaded|begged|screamed|murmured|repeated|added)\b)"
)
#: The closing quote for each opening one; a closing single quote before a letter is an
#: apostrophe (I\u2019m).
_CLOSING = {
    '"': re.compile('"'),
    "\u201c": re.compile("\u201d"),
    "\u2018": re.compile("\u2019(?![A-Za-z])"),
    "'": re.compile("'(?![A-Za-z])"),
    "\u00ab": re.compile("\u00bb"),
}


def _is_epigraph(text: str) -> bool:
    """A quotation standing alone at the start, not a line of dialogue in a scene."""
    opening = text.lstrip()
    if opening[:1] not in _OPENING_QUOTE_CHARS:
        return False
    closing = _CLOSING[opening[0]].search(opening, 1)
    if closing is None:
        return True
    return not _SPEECH_TAG.match(opening[closing.end() :])


@reports(OPENING_QUOTE)
def check_opening_quotation(analysis: Analysis) -> Iterator[Finding]:
    if not analysis.sentences:
        return
    first = analysis.sentences[0]
    paragraph = analysis.paragraphs[first.paragraph].text
    if _is_epigraph(paragraph) or _ATTRIBUTION.search(first.text):
        yield OPENING_QUOTE.finding(
            first.start,
            first.end,
            "the statement opens with a quotation",
            ["Open with your own moment: a patient, a decision, a problem you solved."],
        )


_SPECIALTY_NAMES = "|".join(sorted((re.escape(n) for n in SPECIALTIES), key=len, reverse=True))
_DISPARAGING = re.compile(
    rf"\bunlike (?:in )?(?:the )?(?:{_SPECIALTY_NAMES}|surgeons|internists|psychiatrists|"
    rf"pathologists|radiologists)\b[^.!?]*?\b(?:only|just|merely|simply|never|rarely|"
    rf"don't|doesn't|do not|does not|cannot|can't)\b",
    re.IGNORECASE,
)


@reports(DISPARAGING)
def check_disparaging(analysis: Analysis) -> Iterator[Finding]:
    for match in _DISPARAGING.finditer(analysis.text.translate(QUOTE_FOLD)):
        yield DISPARAGING.finding(
            match.start(),
            match.end(),
            "compares another specialty unfavourably",
            ["Say what draws you to your specialty without contrasting it with another."],
        )


# The applicant's own setbacks; "heart failure" or "her kidneys failed" are not red flags.
_RED_FLAG = re.compile(
    r"\bI (?:have |had )?(?:failed|did not pass|didn't pass|was unsuccessful)\b|"
    r"\b(?:second|third|two|three|one|an unsuccessful|a failed|unsuccessful|failed) "
    r"attempts?\b|"
    r"\b(?:retook|retake|re-take|repeat(?:ed)? (?:the|my) (?:year|exam|examination)|"
    r"leave of absence|gap (?:year|in my (?:training|education|career))|remediation|"
    r"academic probation)\b",
    re.IGNORECASE,
)
# What turning a red flag around sounds like: something you did, and how it turned out.
_ACTION = re.compile(
    r"\b(?:chang\w*|rebuil\w*|restructur\w*|develop\w*|adopt\w*|learn\w*|"
    r"stud(?:y|ied|ying)|prepar\w*|tutor\w*|schedule|plan\w*|strateg\w*|sought|"
    r"counsel\w*|routine|habits?)\b",
    re.IGNORECASE,
)
_OUTCOME = re.compile(
    r"\b(?:passed|improv\w*|scored|score of|since then|now|result\w*|went on)\b",
    re.IGNORECASE,
)


@reports(RED_FLAG)
def check_red_flags(analysis: Analysis) -> Iterator[Finding]:
    for paragraph in analysis.paragraphs:
        match = _RED_FLAG.search(paragraph.text)
        if match is None:
            continue
        after = paragraph.text[match.end() :]
        if _ACTION.search(after) and _OUTCOME.search(after):
            continue
        start = paragraph.start + match.start()
        yield RED_FLAG.finding(
            start,
            paragraph.start + match.end(),
            f'"{match.group()}" is mentioned without what you changed and how it turned out',
            [
                "In one short paragraph: acknowledge it, give the reason without blame, say what "
                "you did differently, and the result."
            ],
        )
