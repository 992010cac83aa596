"""Finding names of hospitals, universities and residency programs in a statement.

Two sources agree or complement: a pattern around institution words (works without a
parser, and catches names the small spaCy model misses) and the named-entity recognizer
(catches "Johns Hopkins" with no institution word). Exam bodies and specialty names are
not institutions a statement could be sent to by mistake.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from psassist.checks.analysis import Analysis
from psassist.checks.spans import OrderedSpans

_KEYWORDS = (
    r"University|Universit(?:y|ies)|Hospitals?|Medical Cent(?:er|re)|Medical College|"
    r"College of Medicine|School of Medicine|Medical School|Health System|Health Sciences? "
    r"Cent(?:er|re)|Clinic|Institute|Cent(?:er|re) for|Residency Program|Residency|Program"
)
_NAME_WORD = r"(?:[A-Z][\w'\u2019.&-]*|of|and|the|for|at|de|del|di|&)"
_PLACE_TAIL = r"(?:[ ](?:of|at|for|in)[ ](?:[A-Z][\w'\u2019.&-]*[ ]?){1,5})?"
_INSTITUTION = re.compile(rf"(?:{_NAME_WORD}[ ]){{0,6}}(?:{_KEYWORDS})\b{_PLACE_TAIL}")
_LEADING_LOWER = re.compile(r"^(?:(?:of|and|the|for|at|de|del|di|&)\s+)+")

# Names that are not places an applicant could apply to.
NOT_INSTITUTIONS = frozenset(
    {
        "usmle",
        "ecfmg",
        "eras",
        "nrmp",
        "aamc",
        "mspe",
        "soap",
        "oet",
        "intealth",
        "acgme",
        "myeras",
        "myintealth",
        "nbme",
        "fsmb",
        "who",
        "cdc",
        "nih",
        "img",
        "imgs",
        "step",
        "the residency program",
        "residency program",
        "program",
        "residency",
        "the program",
        "clinic",
        "hospital",
        "university",
        "institute",
    }
)
SPECIALTIES = frozenset(
    {
        "internal medicine",
        "family medicine",
        "pediatrics",
        "psychiatry",
        "neurology",
        "pathology",
        "general surgery",
        "surgery",
        "emergency medicine",
        "anesthesiology",
        "radiology",
        "diagnostic radiology",
        "obstetrics and gynecology",
        "ob/gyn",
        "dermatology",
        "ophthalmology",
        "orthopaedic surgery",
        "orthopedic surgery",
        "otolaryngology",
        "urology",
        "neurosurgery",
        "physical medicine and rehabilitation",
        "preventive medicine",
        "radiation oncology",
        "plastic surgery",
        "transitional year",
        "child neurology",
        "medicine",
        "cardiology",
        "oncology",
        "nephrology",
    }
)
# Words that say what kind of place it is; two names that share only these differ.
_GENERIC = frozenset(
    {
        "the",
        "of",
        "and",
        "at",
        "for",
        "in",
        "university",
        "hospital",
        "hospitals",
        "medical",
        "center",
        "centre",
        "college",
        "school",
        "medicine",
        "health",
        "system",
        "clinic",
        "institute",
        "residency",
        "program",
        "programme",
        "department",
        "sciences",
        "science",
        "internal",
        "family",
        "general",
        "pediatrics",
        "psychiatry",
        "neurology",
        "pathology",
        "surgery",
        "campus",
        "&",
    }
)


@dataclass(frozen=True)
class Institution:
    start: int
    end: int
    text: str
    sentence: int
    is_program: bool


def _sentence_at(analysis: Analysis, offset: int) -> int:
    found = analysis.sentence_at(offset)
    return found if found >= 0 else max(0, len(analysis.sentences) - 1)


def _trim(text: str, start: int) -> tuple[str, int]:
    lead = _LEADING_LOWER.match(text)
    if lead:
        start += lead.end()
        text = text[lead.end() :]
    stripped = text.rstrip(" .,'\u2019")
    return stripped, start


def _acceptable(name: str) -> bool:
    lowered = name.lower().strip()
    if lowered in NOT_INSTITUTIONS or lowered in SPECIALTIES:
        return False
    return any(w not in _GENERIC for w in significant_words(name)) or " of " in f" {lowered} "


def significant_words(name: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", name.lower().replace("\u2019", "'"))
    return {w for w in words if w not in _GENERIC and w not in ("s", "st")}


def find_institutions(analysis: Analysis) -> Iterator[Institution]:
    if not analysis.sentences:
        return
    seen = OrderedSpans()
    for match in _INSTITUTION.finditer(analysis.text):
        name, start = _trim(match.group(), match.start())
        if not name or not name[0].isupper() or not _acceptable(name):
            continue
        seen.add(start, start + len(name))
        yield Institution(
            start,
            start + len(name),
            name,
            _sentence_at(analysis, start),
            "program" in name.lower() or "residency" in name.lower(),
        )
    for entity in analysis.entities:
        if entity.label not in ("ORG", "FAC"):
            continue
        if seen.overlaps(entity.start, entity.end):
            continue
        name, start = _trim(entity.text, entity.start)
        if not name or not _acceptable(name) or (name.isupper() and len(name) <= 5):
            continue
        yield Institution(start, start + len(name), name, _sentence_at(analysis, start), False)


def same_institution(found: str, program: str) -> bool:
    """True when the names share their distinctive words (Mount Sinai ~ Mount Sinai Morningside)."""
    a, b = significant_words(found), significant_words(program)
    if not a or not b:
        return found.strip().lower() == program.strip().lower()
    return a <= b or b <= a
