"""Readability scores and Hemingway-style sentence difficulty.

Formulas are computed on spaCy's sentence segmentation rather than textstat's regex
(which drops short sentences and trips on missing spaces); words are whitespace-separated
pieces with a letter or digit, as a word processor counts them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psassist.checks import sources
from psassist.checks.analysis import Analysis, Sentence
from psassist.checks.registry import define, reports
from psassist.checks.syllables import count_syllables
from psassist.findings import Category, Example, Finding, Readability, Severity

#: Sentences of 14+ words; ARI 10-13 is hard, 14+ very hard; the target is grade 9-10.
HEMINGWAY_SOURCES = (sources.HEMINGWAY, sources.HEMINGWAY_RULES)
_LONG_VERY_HARD = (
    "Notwithstanding considerable institutional constraints, I systematically "
    "coordinated multidisciplinary interventions addressing socioeconomic determinants "
    "influencing medication adherence among elderly hypertensive outpatients attending "
    "overcrowded municipal dispensaries."
)

HARD_SENTENCE = define(
    "readability.hard-sentence",
    Category.READABILITY,
    Severity.INFO,
    "Hard-to-read sentence",
    "A long sentence at a high grade level makes a tired reader re-read it. Reported "
    "from 20 words; shorter ones are counted in the summary.",
    sources=HEMINGWAY_SOURCES,
    example=Example(
        flag="During my internship year I worked in a busy district hospital, where I learned "
        "to examine patients carefully and to present them clearly.",
        near_miss="During my internship I worked in a busy hospital and saw many sick people "
        "there.",
    ),
)
VERY_HARD_SENTENCE = define(
    "readability.very-hard-sentence",
    Category.READABILITY,
    Severity.WARNING,
    "Very hard-to-read sentence",
    "Program directors skim hundreds of statements; a very long, dense sentence loses them. "
    "A warning from 30 words up, info below (medical words inflate the grade).",
    sources=HEMINGWAY_SOURCES,
    example=Example(flag=_LONG_VERY_HARD, near_miss="I coordinated care for elderly patients."),
)
GRADE_LEVEL = define(
    "readability.grade-level",
    Category.READABILITY,
    Severity.WARNING,
    "Statement reads above grade 12",
    "Plain, direct prose reads as confident; a grade above 12 usually means long, "
    "abstract sentences.",
    sources=HEMINGWAY_SOURCES,
    example=Example(
        flag=" ".join([_LONG_VERY_HARD] * 6),
        near_miss=" ".join(["I saw many patients on the ward. I learned a lot from them."] * 10),
    ),
)

_WORD = re.compile(r"\S+")
HARD_MIN_WORDS = 14
#: Microsoft's style sets 30 words; texthelp calls 29+ very difficult (CHECKS.md SENT.long).
LONG_SENTENCE_WORDS = 30
#: Hard (not very hard) sentences under this length are counted in the summary only.
HARD_FINDING_WORDS = 20
GRADE_WARNING = 12.0


def words_of(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if any(c.isalnum() for c in w)]


def _letters(words: list[str]) -> int:
    return sum(sum(c.isalnum() for c in w) for w in words)


def sentence_grade(words: list[str]) -> float:
    """Automated Readability Index of one sentence, letters and digits only (Hemingway)."""
    if not words:
        return 0.0
    return 4.71 * _letters(words) / len(words) + 0.5 * len(words) - 21.43


def sentence_difficulty(words: list[str]) -> str | None:
    if len(words) < HARD_MIN_WORDS:
        return None
    level = round(sentence_grade(words))
    if level >= 14:
        return "very-hard"
    if level >= 10:
        return "hard"
    return None


def _is_complex(word: str, is_proper: bool) -> bool:
    """Gunning's complex word: three or more syllables, not a name, not made so by a suffix."""
    if is_proper or "-" in word:
        return False
    core = word.strip(".,;:!?\"'()[]{}\u2018\u2019\u201c\u201d").lower()
    if count_syllables(core) < 3:
        return False
    for suffix in ("es", "ed", "ing"):
        if core.endswith(suffix) and count_syllables(core[: -len(suffix)]) < 3:
            return False
    return True


def compute_scores(analysis: Analysis) -> Readability:
    sentences = [s for s in analysis.sentences if words_of(s.text)]
    proper = {t.start for t in analysis.tokens if t.pos == "PROPN"}
    total_words = total_syllables = total_letters = complex_words = 0
    hard = very_hard = 0
    for sentence in sentences:
        words = words_of(sentence.text)
        total_words += len(words)
        total_letters += _letters(words)
        offset = sentence.start
        for match in _WORD.finditer(sentence.text):
            word = match.group()
            if not any(c.isalnum() for c in word):
                continue
            total_syllables += count_syllables(word)
            if _is_complex(word, offset + match.start() in proper):
                complex_words += 1
        difficulty = sentence_difficulty(words)
        hard += difficulty == "hard"
        very_hard += difficulty == "very-hard"
    if not total_words:
        return Readability(0.0, 0.0, 0.0, 0.0, 0, 0)
    wps = total_words / len(sentences)
    spw = total_syllables / total_words
    return Readability(
        flesch_reading_ease=round(206.835 - 1.015 * wps - 84.6 * spw, 2),
        flesch_kincaid_grade=round(0.39 * wps + 11.8 * spw - 15.59, 2),
        gunning_fog=round(0.4 * (wps + 100 * complex_words / total_words), 2),
        automated_readability_index=round(
            4.71 * total_letters / total_words + 0.5 * wps - 21.43, 2
        ),
        hard_sentences=hard,
        very_hard_sentences=very_hard,
    )


def _sentence_finding(sentence: Sentence) -> Finding | None:
    words = words_of(sentence.text)
    difficulty = sentence_difficulty(words)
    if difficulty is None or (difficulty == "hard" and len(words) < HARD_FINDING_WORDS):
        return None
    grade = round(sentence_grade(words))
    rule = VERY_HARD_SENTENCE if difficulty == "very-hard" else HARD_SENTENCE
    adjective = "very hard" if difficulty == "very-hard" else "hard"
    # Medical words are long, so short sentences reach a high grade on letters alone;
    # only a long very hard sentence is worth a warning.
    severity = rule.severity if len(words) >= LONG_SENTENCE_WORDS else Severity.INFO
    return rule.finding(
        sentence.start,
        sentence.end,
        f"{adjective} to read: {len(words)} words at grade {grade}",
        ["Split it in two, or cut the clauses that do not carry your point."],
        severity=severity,
    )


@reports(HARD_SENTENCE, VERY_HARD_SENTENCE)
def check_sentences(analysis: Analysis) -> Iterator[Finding]:
    for sentence in analysis.sentences:
        finding = _sentence_finding(sentence)
        if finding is not None:
            yield finding


def scores_of(analysis: Analysis) -> Readability:
    return analysis.memo("scores", lambda: compute_scores(analysis))


@reports(GRADE_LEVEL)
def check_grade(analysis: Analysis) -> Iterator[Finding]:
    scores = scores_of(analysis)
    grade = scores.automated_readability_index
    if grade > GRADE_WARNING and len(list(analysis.words())) >= 100:
        yield GRADE_LEVEL.finding(
            0,
            0,
            f"the statement reads at grade {grade:.0f} (ARI); aim for 10 or below",
            ["Shorten the longest sentences first; see the hard-sentence findings."],
        )
