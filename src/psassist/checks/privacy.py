"""Patient privacy: names, ages, dates, places and numbers that could identify a patient.

HIPAA's Safe Harbor lists names, dates (except year) tied to a person, ages over 89,
geographic units smaller than a state and record numbers among the identifiers (as
Residency Advisor's HIPAA page, cited below, summarises them). An applicant retelling a
case rarely means to identify anyone; the rule points at the detail and offers the
generic form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psassist.checks import sources
from psassist.checks.analysis import Analysis
from psassist.checks.drug_names import drug_names
from psassist.checks.place_names import PlacesInText, is_place
from psassist.checks.registry import define, reports
from psassist.checks.spans import OrderedSpans
from psassist.checks.vocabulary import builtin_words
from psassist.findings import Category, Example, Finding, Severity

SOURCES = (sources.RA_HIPAA, sources.SDN_PATIENT_STORY)

PATIENT_NAME = define(
    "privacy.patient-name",
    Category.PRIVACY,
    Severity.ERROR,
    "A patient's name",
    "Naming a patient (even a first name) can identify them; programs read it as a privacy lapse.",
    sources=SOURCES,
    example=Example(
        flag="Mrs. Bibi was admitted with chest pain.",
        near_miss="My mentor, Dr. Ahmed Khan, taught me to spot Guillain-Barre syndrome in a "
        "patient.",
    ),
)
PATIENT_AGE = define(
    "privacy.patient-age",
    Category.PRIVACY,
    Severity.WARNING,
    "A patient's exact age",
    "An exact age narrows down who the patient was; ages over 89 are identifiers in themselves.",
    sources=SOURCES,
    example=Example(
        flag="A 67-year-old man was admitted with chest pain.",
        near_miss="When I was 12, I broke my arm.",
    ),
)
EXACT_DATE = define(
    "privacy.exact-date",
    Category.PRIVACY,
    Severity.WARNING,
    "An exact date in a patient story",
    "A day and month tied to a patient's admission or death can identify them.",
    sources=SOURCES,
    example=Example(
        flag="She was admitted on March 14, 2020 with chest pain.",
        near_miss="I started my internship in March 2020.",
    ),
)
PATIENT_PLACE = define(
    "privacy.patient-place",
    Category.PRIVACY,
    Severity.WARNING,
    "Where a patient lives or was treated, with a name or date",
    "A small town, ward or bed number beside a patient's story narrows it to one person.",
    sources=SOURCES,
    example=Example(
        flag="The patient lived in the village of Shabqadar and was admitted with fever.",
        near_miss="The patient was admitted with fever after travelling from Pakistan.",
    ),
)
IDENTIFIER = define(
    "privacy.identifier",
    Category.PRIVACY,
    Severity.ERROR,
    "A record number, phone number or e-mail",
    "Medical record numbers, phone numbers and e-mail addresses are direct identifiers.",
    sources=SOURCES,
    example=Example(
        flag="The patient, MRN 4829301, was admitted with fever.",
        near_miss="The patient was admitted with fever in 2019.",
    ),
)

_PATIENT_CONTEXT = re.compile(
    r"\b(?:patients?|admitted|admission|diagnos\w*|presented|presenting|ward|bedside|"
    r"bed|ICU|emergency|clinic|case|symptoms?|complain\w*|surgery|operat\w*|treat\w*|"
    r"discharg\w*|died|passed away|prognosis|biopsy|chemotherapy|intubat\w*|seizures?|"
    r"fever|his (?:wife|daughter|son|mother|family)|her (?:husband|daughter|son|mother|family)|"
    r"caregiver|relatives?|consent)\b",
    re.IGNORECASE,
)
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
_NOT_PATIENT_TITLE = re.compile(
    r"(?:\b(?:Dr|Doctor|Prof|Professor|Sister|Nurse)\.?\s*$|"
    r"\b(?:my|our) (?:mentor|attending|supervisor|professor|consultant|preceptor|"
    r"chief|resident|colleague|teacher)\s*,?\s*$)",
)
# A personal name has a capitalised word with lower-case letters; "ECFMG" is not a name.
_NAME_WORD = re.compile(r"\b[A-Z][a-z\u00e0-\u024f'\u2019-]+\b")
# "Guillain-Barre syndrome", "Bell's palsy": a name before a medical noun is an eponym.
_EPONYM_FOLLOWS = re.compile(
    r"(?:'s|\u2019s)?\s+(?:syndrome|disease|sign|test|score|scale|palsy|criteria|reflex|"
    r"phenomenon|maneuver|manoeuvre|classification|triad|law|equation|fracture|tumou?r|"
    r"ulcer|node|cell|body|bodies|angina|encephalopathy|lymphoma|sarcoma)\b",
    re.IGNORECASE,
)


# Corroboration that a recognised name is a patient's: an introduction as a patient, or
# what a patient does next. Without it the recogniser's guess is only a warning.
_PATIENT_INTRO = re.compile(
    r"\b(?:patients?|(?:a|an|the|one|young|old|elderly)\s+(?:boy|girl|man|woman|lady|"
    r"gentleman|child|baby|mother|father|grandmother|grandfather)|named|called)\s*,?\s*$",
    re.IGNORECASE,
)
_PATIENT_ROLE_AFTER = re.compile(
    r"\s*(?:,\s*(?:a|an)\s+(?:\d+|young|elderly|old|middle)|"
    r"(?:was|had been|is)\s+(?:admitted|brought|diagnosed|rushed|referred|discharged)|"
    r"presented|came (?:in|to)|complained|arrived|(?:'s|\u2019s)\s+(?:family|mother|"
    r"father|wife|husband|daughter|son|condition|symptoms|diagnosis|chart))",
)
# A quoted or cited person (a historical physician, a textbook's author) is not a patient.
_ATTRIBUTION_BEFORE = re.compile(
    r"\b(?:as|by|wrote|said|says|according to|in the words of|quot\w+)\s*$", re.IGNORECASE
)
_ATTRIBUTION_AFTER = re.compile(
    r"\s*(?:once\s+)?(?:wrote|said|says|famously|observed|described|taught us)\b|"
    r"(?:'s|\u2019s)\s+(?:textbook|book|words|principles|quote|law|aphorism)",
    re.IGNORECASE,
)


def _is_cited_or_drug(text: str, start: int, end: int, name: str) -> bool:
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    return (
        bool(_ATTRIBUTION_BEFORE.search(before))
        or bool(_ATTRIBUTION_AFTER.match(after))
        or name.lower() in drug_names()
    )


def _corroborated(text: str, start: int, end: int) -> bool:
    """A title-less name is a patient's only when introduced as one or acting as one."""
    return bool(
        _PATIENT_INTRO.search(text[max(0, start - 40) : start])
        or _PATIENT_ROLE_AFTER.match(text[end : end + 60])
    )


def _is_known_eponym(name: str) -> bool:
    """Osler, or a medical word capitalised at a sentence start ("Malaria is common")."""
    words = builtin_words()
    parts = [part for part in re.split(r"[\s-]+", name.strip()) if part]
    return all(part in words or part.lower() in words for part in parts)


_AGE = re.compile(
    r"\b(?P<age>\d{1,3})[- ](?:year|yr|month|week|day)s?[- ]old\b|"
    r"\baged?\s+(?P<age2>\d{1,3})\b|"
    r"\b(?P<age3>\d{1,3})\s*(?:yo|y/o|y\.o\.)(?![\w])",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_EXACT_DATE = re.compile(
    rf"\b{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b|"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{4}})?\b|"
    r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|"
    r"\b\d{4}-\d{2}-\d{2}\b"
)
_IDENTIFIER = re.compile(
    r"\b(?:MRN|medical record(?: number)?|record (?:no|number)|hospital (?:no|number)|"
    r"patient (?:id|no|number)|ID)\s*[:#]?\s*\d[\d-]{3,}\b|"
    r"\b[\w.+-]+@[\w-]+\.[\w.]+\b|"
    r"(?<![\w])\+?\d{1,3}?[ (.-]*\d{3}[ ).-]*\d{3}[ .-]*\d{4}(?![\w])",
    re.IGNORECASE,
)
# Safe Harbor concerns places smaller than a state: a village, a town, a street.
_SMALL_PLACE = re.compile(
    r"\b(?:village|town|hamlet|district|neighbou?rhood|street|(?:he|she|they) (?:lived|lives) in)"
    r"\s+(?:of\s+|called\s+|named\s+)?$",
    re.IGNORECASE,
)
_BED = re.compile(r"\b(?:bed|room|ward)\s+(?:no\.?\s*|number\s*)?\d+[A-Z]?\b", re.IGNORECASE)


def _patient_sentences(analysis: Analysis) -> set[int]:
    """Sentences about a patient, and the sentences either side (names often follow)."""
    return analysis.memo("patient_sentences", lambda: _find_patient_sentences(analysis))


def _find_patient_sentences(analysis: Analysis) -> set[int]:
    indices: set[int] = set()
    for index, sentence in enumerate(analysis.sentences):
        if _PATIENT_CONTEXT.search(sentence.text):
            indices.update({index, index + 1})
            if index > 0:
                indices.add(index - 1)
    return indices


def _sentence_index(analysis: Analysis, offset: int) -> int:
    return analysis.sentence_at(offset)


@reports(PATIENT_NAME)
def check_names(analysis: Analysis) -> Iterator[Finding]:
    context = _patient_sentences(analysis)
    places = PlacesInText(analysis.text, analysis.entities)
    flagged = OrderedSpans()
    for match in _HONORIFIC_NAME.finditer(analysis.text):
        flagged.add(match.start(), match.end())
        yield PATIENT_NAME.finding(
            match.start(),
            match.end(),
            f'"{match.group()}" names a person the way case notes name a patient',
            [
                "a patient",
                "a man I cared for"
                if match.group().startswith("Mr") and not match.group().startswith("Mrs")
                else "a woman I cared for",
            ],
            severity=Severity.ERROR
            if _sentence_index(analysis, match.start()) in context
            else Severity.WARNING,
        )
    # Entities come from the trained pipeline only; the blank fallback finds none.
    for entity in analysis.entities:
        if entity.label != "PERSON" or _sentence_index(analysis, entity.start) not in context:
            continue
        if flagged.overlaps(entity.start, entity.end):
            continue
        before = analysis.text[max(0, entity.start - 40) : entity.start]
        after = analysis.text[entity.end : entity.end + 40]
        if (
            _NOT_PATIENT_TITLE.search(before)
            or re.match(r"\s*,\s*(?:my|our|the) ", after)
            or not _NAME_WORD.search(entity.text)
            or _EPONYM_FOLLOWS.match(after)
            or _is_known_eponym(entity.text)
            or _is_cited_or_drug(analysis.text, entity.start, entity.end, entity.text)
        ):
            continue
        introduced = _corroborated(analysis.text, entity.start, entity.end)
        if is_place(
            analysis.text, entity.start, entity.end, places, introduced_as_person=introduced
        ):
            continue
        certain = introduced and _PATIENT_CONTEXT.search(_sentence_text(analysis, entity.start))
        yield PATIENT_NAME.finding(
            entity.start,
            entity.end,
            f'"{entity.text}" looks like a patient\'s name in a patient story'
            + ("" if certain else " (if it is someone else, ignore this)"),
            ["a patient", "my patient"],
            severity=Severity.ERROR if certain else Severity.WARNING,
        )


def _sentence_text(analysis: Analysis, offset: int) -> str:
    index = _sentence_index(analysis, offset)
    return analysis.sentences[index].text if index >= 0 else ""


@reports(PATIENT_AGE)
def check_ages(analysis: Analysis) -> Iterator[Finding]:
    context = _patient_sentences(analysis)
    for match in _AGE.finditer(analysis.text):
        age = int(match.group("age") or match.group("age2") or match.group("age3"))
        in_context = _sentence_index(analysis, match.start()) in context
        if age > 89:
            yield PATIENT_AGE.finding(
                match.start(),
                match.end(),
                f"age {age}: ages over 89 identify a person under HIPAA",
                ["a patient in her nineties", "an elderly patient"],
                severity=Severity.ERROR,
            )
        elif in_context and _about_someone_else(analysis.text, match.start()):
            decade = (age // 10) * 10
            generic = f"in his or her {decade}s" if age >= 20 else "a young patient"
            yield PATIENT_AGE.finding(
                match.start(),
                match.end(),
                f"an exact age ({age}) in a patient story narrows down who it was",
                [generic],
            )


def _about_someone_else(text: str, offset: int) -> bool:
    """False for the applicant's own age ("when I was 12", "at age 10, I")."""
    before = text[max(0, offset - 25) : offset].lower()
    return not re.search(r"\b(?:i was|when i was|at the age of|at age|i am|i'm)\s*$", before)


@reports(EXACT_DATE)
def check_dates(analysis: Analysis) -> Iterator[Finding]:
    context = _patient_sentences(analysis)
    for match in _EXACT_DATE.finditer(analysis.text):
        if _sentence_index(analysis, match.start()) not in context:
            continue
        yield EXACT_DATE.finding(
            match.start(),
            match.end(),
            f'the exact date "{match.group()}" in a patient story can identify the patient',
            ["one night during my internship", "in the spring of that year"],
        )


@reports(IDENTIFIER, PATIENT_PLACE)
def check_identifiers(analysis: Analysis) -> Iterator[Finding]:
    for match in _IDENTIFIER.finditer(analysis.text):
        yield IDENTIFIER.finding(
            match.start(),
            match.end(),
            f'"{match.group()}" is a direct identifier; remove it',
            [""],
        )
    context = _patient_sentences(analysis)
    for match in _BED.finditer(analysis.text):
        if _sentence_index(analysis, match.start()) in context:
            yield PATIENT_PLACE.finding(
                match.start(),
                match.end(),
                f'"{match.group()}" pins the story to one patient',
                ["the ward"],
            )


_NAMED_SMALL_PLACE = re.compile(
    r"\b(?:village|town|hamlet|district|neighbou?rhood|street|slum)\s+(?:of|called|named)\s+"
    r"(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)


@reports(PATIENT_PLACE)
def check_places(analysis: Analysis) -> Iterator[Finding]:
    context = _patient_sentences(analysis)
    flagged = OrderedSpans()
    for match in _NAMED_SMALL_PLACE.finditer(analysis.text):
        start, end = match.span("name")
        if _sentence_index(analysis, start) in context:
            flagged.add(start, end)
            yield _place_finding(start, end, match.group("name"))
    # Entities come from the trained pipeline only; the blank fallback finds none.
    for entity in analysis.entities:
        if entity.label != "GPE" or _sentence_index(analysis, entity.start) not in context:
            continue
        if flagged.overlaps(entity.start, entity.end):
            continue
        before = analysis.text[max(0, entity.start - 40) : entity.start]
        if _SMALL_PLACE.search(before):
            yield _place_finding(entity.start, entity.end, entity.text)


def _place_finding(start: int, end: int, name: str) -> Finding:
    return PATIENT_PLACE.finding(
        start,
        end,
        f'"{name}" ties the patient to a small place; with other details it can identify them',
        ["a rural village", "a small town", "a nearby city"],
    )
