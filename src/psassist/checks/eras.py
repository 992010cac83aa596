"""What ERAS itself imposes: the character limit, plain text, and one statement per program.

Facts come from ../shared/DOMAIN.md section 1 (the limit itself lives in
psassist.eras_facts): AAMC asks for plain text because word processors add "hidden and
invalid formatting" [OFF]; bullets and smart punctuation are reported to arrive garbled
[SEC].
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from psassist.checks import sources
from psassist.checks.analysis import Analysis, Sentence
from psassist.checks.institutions import (
    SPECIALTIES,
    Institution,
    find_institutions,
    same_institution,
)
from psassist.checks.registry import define, reports
from psassist.eras_facts import STATEMENT_CHARACTER_LIMIT
from psassist.findings import Category, Example, Finding, Severity
from psassist.text.plain import BULLETS, TYPOGRAPHY, ascii_form

#: Kept under this name for the modules that import it; the value lives in eras_facts.
ERAS_CHARACTER_LIMIT = STATEMENT_CHARACTER_LIMIT
_WORDS_700 = " ".join(["I cared for patients on the ward and learned from each of them."] * 54)

CHARACTER_LIMIT = define(
    "eras.character-limit",
    Category.ERAS,
    Severity.ERROR,
    "Over the ERAS limit of 28,000 characters",
    "MyERAS does not accept a personal statement longer than 28,000 characters, "
    "counting letters, numbers, spaces and punctuation.",
    sources=(sources.AAMC_PERSONAL_STATEMENT,),
    example=Example(flag="word " * 5601, near_miss="word " * 5599),
)
LENGTH = define(
    "eras.length",
    Category.ERAS,
    Severity.INFO,
    "Length outside the usual one page",
    "Advisors agree on about one page, roughly 600-850 words; AAMC itself sets only the "
    "character limit.",
    sources=(sources.MEDSCHOOLCOACH_LENGTH, sources.MEDEDITS_LENGTH),
    example=Example(flag="I want to train in internal medicine.", near_miss=_WORDS_700),
)
PLAIN_TEXT = define(
    "eras.plain-text",
    Category.ERAS,
    Severity.WARNING,
    "Character that plain text may garble",
    "AAMC asks for plain text; smart quotes, dashes, bullets, tabs and emoji may arrive "
    "as odd characters or question marks in the program's PDF.",
    sources=(sources.AAMC_PERSONAL_STATEMENT, sources.ERAS_OPTIMIZER),
    example=Example(
        flag="I learned \u2014 slowly \u2014 to listen.",
        near_miss="I learned - slowly - to listen.",
    ),
    replaces=True,
)
FORMATTING = define(
    "eras.formatting",
    Category.ERAS,
    Severity.WARNING,
    "Markdown, HTML or list formatting",
    "The ERAS text box shows symbols such as #, ** and - literally; programs see them.",
    sources=(sources.AAMC_PERSONAL_STATEMENT, sources.ERAS_OPTIMIZER),
    example=Example(
        flag="My strengths:\n- teamwork\n- patience",
        near_miss="My strengths are teamwork - and patience.",
    ),
)
PROGRAM_NAME = define(
    "eras.program-name",
    Category.ERAS,
    Severity.WARNING,
    "Names a specific program",
    "A statement assigned to many programs must not name one of them; only one "
    "statement can be assigned to each program.",
    sources=(sources.RA_PROGRAMS, sources.FIRSTLINE),
    example=Example(
        flag="I am excited to join the Internal Medicine Residency Program at Riverside Hospital.",
        near_miss="I completed my internship at Riverside Hospital, where I cared for many "
        "patients.",
    ),
)
OTHER_PROGRAM = define(
    "eras.other-program",
    Category.ERAS,
    Severity.ERROR,
    "Names a different program",
    "Sending a program a statement that names another program is an extreme red flag.",
    sources=(sources.RESIDENCY_STATEMENT_2019, sources.RA_PROGRAMS),
    example=Example(
        flag="I am excited to join the Internal Medicine Residency Program at Riverside Hospital.",
        near_miss="I am excited to join the Internal Medicine Residency Program at Lakeview "
        "Hospital.",
        program="Lakeview Hospital",
    ),
    replaces=True,
)
OTHER_SPECIALTY = define(
    "eras.other-specialty",
    Category.ERAS,
    Severity.ERROR,
    "Names a different specialty as the goal",
    "A statement meant for another specialty is an extreme red flag; it usually means "
    "text left over from another variant.",
    sources=(sources.RESIDENCY_STATEMENT_2019,),
    example=Example(
        flag="I am applying to pediatrics because I love working with families.",
        near_miss="I am applying to internal medicine; my pediatrics rotation taught me about "
        "families.",
        specialty="Internal Medicine",
    ),
    replaces=True,
)


def _classify(char: str) -> tuple[str, str, Severity] | None:
    """Describe a character plain text may garble, or None for plain ASCII."""
    if char == "\t":
        return (" ", "tab", Severity.WARNING)
    if char in TYPOGRAPHY:
        replacement, name = TYPOGRAPHY[char]
        return (replacement, name, Severity.INFO)
    if char in BULLETS:
        return ("", "bullet or symbol", Severity.WARNING)
    if ord(char) < 128:
        return None
    category = unicodedata.category(char)
    if category.startswith("L") or category.startswith("M"):
        return (ascii_form(char) or "", "accented or non-Latin letter", Severity.INFO)
    if category in ("So", "Sk", "Cs") or ord(char) > 0xFFFF:
        return ("", "emoji or symbol", Severity.WARNING)
    return ("", f"non-ASCII character U+{ord(char):04X}", Severity.INFO)


@reports(PLAIN_TEXT)
def check_plain_text(analysis: Analysis) -> Iterator[Finding]:
    for index, char in enumerate(analysis.text):
        if char == "\n" or (" " <= char <= "~"):
            continue
        kind = _classify(char)
        if kind is None:
            continue
        replacement, name, severity = kind
        if name == "accented or non-Latin letter":
            message = (
                f'"{char}" ({name}) may not display correctly; keep it only in a '
                "name, or write it without the accent"
            )
        else:
            shown = (
                "a space"
                if replacement == " "
                else f'"{replacement}"'
                if replacement
                else "nothing"
            )
            message = f"{name} (U+{ord(char):04X}) is not plain text; replace it with {shown}"
        yield PLAIN_TEXT.finding(index, index + 1, message, [replacement], severity=severity)


_FORMATTING_PATTERNS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(r"^[ \t]*#{1,6}[ \t]+\S.*$", re.M),
        "a Markdown heading",
        "Remove the heading; ERAS statements are prose paragraphs.",
    ),
    (
        re.compile(r"^[ \t]*[-*+][ \t]+\S.*$", re.M),
        "a list item",
        "Turn the list into a sentence or two of prose.",
    ),
    (
        re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+\S.*$", re.M),
        "a numbered list item",
        "Turn the list into prose.",
    ),
    (
        re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"),
        "Markdown bold",
        "Remove the asterisks; plain text has no bold.",
    ),
    (
        re.compile(r"(?<![\w*])\*[^*\s][^*\n]*\*(?![\w*])"),
        "Markdown emphasis",
        "Remove the asterisks; plain text has no italics.",
    ),
    (re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"), "a Markdown link", "Write the text without the link."),
    (
        re.compile(r"</?(?:b|i|u|p|br|em|strong|div|span|ul|ol|li|h[1-6])\b[^>]*>", re.I),
        "an HTML tag",
        "Remove the tag.",
    ),
)


@reports(FORMATTING)
def check_formatting(analysis: Analysis) -> Iterator[Finding]:
    for pattern, what, fix in _FORMATTING_PATTERNS:
        for match in pattern.finditer(analysis.text):
            yield FORMATTING.finding(
                match.start(), match.end(), f"{what} shows up literally in ERAS", [fix]
            )


def eras_character_count(text: str) -> int:
    """Characters as the ERAS box counts them: everything pasted, one per line break."""
    return len(text.strip())


@reports(CHARACTER_LIMIT)
def check_character_limit(analysis: Analysis) -> Iterator[Finding]:
    text = analysis.text
    count = eras_character_count(text)
    if count > ERAS_CHARACTER_LIMIT:
        lead = len(text) - len(text.lstrip())
        cut = lead + ERAS_CHARACTER_LIMIT
        yield CHARACTER_LIMIT.finding(
            cut,
            len(text.rstrip()),
            f"{count:,} characters; ERAS accepts at most {ERAS_CHARACTER_LIMIT:,} "
            f"({count - ERAS_CHARACTER_LIMIT:,} over). The marked text would not fit.",
            ["Cut to about one page (600-850 words, roughly 4,000-5,500 characters)."],
        )


LENGTH_LOW, LENGTH_HIGH = 450, 900


@reports(LENGTH)
def check_length(analysis: Analysis) -> Iterator[Finding]:
    words = len([w for w in analysis.text.split() if any(c.isalnum() for c in w)])
    if words < LENGTH_LOW:
        yield LENGTH.finding(
            0,
            0,
            f"{words} words; most statements run about one page (600-850 words)",
            ["Add a concrete experience or your goals."],
        )
    elif words > LENGTH_HIGH:
        yield LENGTH.finding(
            0,
            0,
            f"{words} words; most statements run about one page (600-850 words)",
            ["Cut repetition and long patient narratives."],
        )


# A sentence that talks about joining or applying to an institution.
_SEEKING = re.compile(
    r"\b(?:join(?:ing)?|apply(?:ing)? (?:to|for)|(?:hope|want|wish|plan|to|will) (?:to )?train|"
    r"residency (?:at|with)|program at|(?:be|become) (?:a )?part of|match(?:ing)? (?:at|with)|"
    r"your (?:program|institution|hospital|department)|look(?:ing)? forward to|"
    r"excited (?:to|about)|attracts? me|drawn to|(?:to|will) contribute to|"
    r"(?:want|hope|like|plan) to (?:be|work|learn) (?:at|with))\b",
    re.IGNORECASE,
)


def _seeking(sentence: Sentence) -> bool:
    return bool(_SEEKING.search(sentence.text))


# The applicant's own education names a university or medical school, as it should.
_EDUCATION_BEFORE = re.compile(
    r"\b(?:graduat\w*|studied|studying|attended|attending|alumn\w*|alma mater|enrolled|"
    r"admitted to|degree|MBBS|M\.?D\.?|medical (?:school|education|studies|training)|"
    r"(?:my|our) (?:university|college|medical school|school)|"
    r"completed (?:my )?(?:\w+ )?(?:degree|education|studies|internship|house job|training))"
    r"\b[^.!?]*$",
    re.IGNORECASE,
)
_SCHOOL = re.compile(r"\b(?:University|College|School|Faculty|Academy)\b")


def _own_education(analysis: Analysis, found: Institution) -> bool:
    """A university or school in a sentence about studying there, not about applying."""
    if found.is_program or not _SCHOOL.search(found.text):
        return False
    sentence = analysis.sentences[found.sentence]
    return bool(_EDUCATION_BEFORE.search(analysis.text[sentence.start : found.start]))


@reports(PROGRAM_NAME, OTHER_PROGRAM)
def check_program_names(analysis: Analysis) -> Iterator[Finding]:
    program = analysis.options.program
    for found in find_institutions(analysis):
        sentence = analysis.sentences[found.sentence]
        if not (_seeking(sentence) or found.is_program) or _own_education(analysis, found):
            continue
        if program is None:
            yield PROGRAM_NAME.finding(
                found.start,
                found.end,
                f'names "{found.text}" in a sentence about joining it; a statement sent to '
                "several programs must not name one",
                [
                    "Remove the name, or keep this variant for that program only "
                    "(psassist check --program NAME)."
                ],
            )
        elif not same_institution(found.text, program):
            yield OTHER_PROGRAM.finding(
                found.start,
                found.end,
                f'names "{found.text}" but this statement is for "{program}"',
                [program],
            )


_GOAL = (
    r"(?:residency|training|career|position|program|spot) in|applying (?:to|for)|"
    r"apply (?:to|for)|pursue|pursuing|become (?:a|an)|match(?:ing)? (?:in|into)|"
    r"specialize in|specialise in"
)


def _specialty_pattern(names: list[str]) -> re.Pattern[str]:
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{_GOAL})\s+(?:a\s+|an\s+|the\s+)?(?P<name>{body})\b", re.IGNORECASE)


@reports(OTHER_SPECIALTY)
def check_other_specialty(analysis: Analysis) -> Iterator[Finding]:
    chosen = (analysis.options.specialty or "").strip().lower()
    if not chosen:
        return
    others = [
        n
        for n in SPECIALTIES
        if n != chosen and n not in chosen and chosen not in n and n != "medicine"
    ]
    for match in _specialty_pattern(others).finditer(analysis.text):
        start, end = match.span("name")
        yield OTHER_SPECIALTY.finding(
            start,
            end,
            f'names "{match.group("name")}" as the goal, but this statement is for '
            f"{analysis.options.specialty}",
            [analysis.options.specialty or ""],
        )
