"""Spelling findings: a word flagged by LanguageTool's speller, judged before it is reported.

A flagged word is dropped when the vocabulary knows it (medical words, drug names, the
user's words); reported as British spelling only when the US form is the same word spelled
the US way; reported as a name, at info, only when it looks like a name where it stands.
Everything else is a misspelling, an error.

A capital does not make a word a name. "HOspital" is a stray capital; "Wich" at the start
of a sentence is capitalised because it starts the sentence. A capitalised unknown word is
taken for a name only when it is shaped like one (Title case), and
- in mid-sentence, where only names are capitalised;
- at the start of a sentence, when the text also capitalises it in mid-sentence, or when
  the entity recognizer calls it a name and it is not one typo from a common word.
Measured on the team's labelled corpus (bench/corpus): mid-sentence typos with a capital
are rare, and a name taken for a typo is a false error.
"""

from __future__ import annotations

from collections.abc import Sequence

from psassist.checks import sources
from psassist.checks.analysis import Analysis
from psassist.checks.british import american_form
from psassist.checks.frequency import zipf
from psassist.checks.registry import define
from psassist.checks.vocabulary import Vocabulary
from psassist.checks.word_slips import (
    near_common_word,
    one_edit_apart,
    slip_of_a_long_common_word,
)
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

SCOWL = Source(
    "SCOWL and friends: the Hunspell en_US dictionary (read by spylls)",
    "http://wordlist.aspell.net/",
)
SPELLING_DIFFERENCES = Source(
    "Wikipedia: American and British English spelling differences",
    "https://en.wikipedia.org/wiki/American_and_British_English_spelling_differences",
)

SPELLING = define(
    "spelling.misspelling",
    Category.SPELLING,
    Severity.ERROR,
    "Misspelled word",
    "Program directors call spelling mistakes a deal breaker, and MyERAS has no spell check.",
    sources=(sources.LANGUAGETOOL, SCOWL, sources.ACP_ASK_THE_PD, sources.AAMC_CERTIFY),
    example=Example(
        flag="I recieved a warm welcome.",
        near_miss="I received a warm welcome and managed hyperkalemia.",
    ),
    needs=Needs.LANGUAGETOOL,
    replaces=True,
)
UNKNOWN_NAME = define(
    "spelling.unknown-name",
    Category.SPELLING,
    Severity.INFO,
    "Name not in the dictionary",
    "Names of people and places, and institution acronyms, are often missing from "
    "dictionaries; check the spelling once and add it to your dictionary.",
    sources=(sources.LANGUAGETOOL,),
    example=Example(
        flag="I trained with Dr. Oluwaseyi Adebanjo in Ibadan.",
        near_miss="I trained with Dr. Smith in Boston.",
    ),
    needs=Needs.LANGUAGETOOL,
    replaces=True,
)
BRITISH = define(
    "spelling.british",
    Category.SPELLING,
    Severity.WARNING,
    "British spelling",
    "Many IMGs learned British spelling; US program directors read US spelling, and one "
    "statement should not mix the two.",
    sources=(sources.LANGUAGETOOL, SPELLING_DIFFERENCES),
    example=Example(
        flag="I practised paediatrics in a busy centre.",
        near_miss="I practiced pediatrics in a busy center.",
    ),
    needs=Needs.LANGUAGETOOL,
    replaces=True,
)
_NAME_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "FAC", "LOC"})


def spelling_finding(
    analysis: Analysis, start: int, end: int, suggestions: Sequence[str], vocabulary: Vocabulary
) -> Finding | None:
    """The finding for a word a speller flagged, or None when it is spelled right."""
    word = analysis.text[start:end]
    suggestions = tuple(suggestions[:5])
    if not word.strip():
        return None
    known = vocabulary.speller.lookup
    # Before the vocabulary: medical dictionaries hold British forms (paediatrics).
    american = american_form(word, known, suggestions) if not known(word) else None
    if american is not None and _in_proper_name(analysis, start, word):
        return None  # "Kenya Paediatric Association" is spelled as its owners spell it
    if american is not None:
        return BRITISH.finding(
            start, end, f'"{word}" is British spelling; US readers expect "{american}"', [american]
        )
    if vocabulary.knows(word):
        return _medical_list_slip(word, start, end, suggestions, vocabulary)
    if _is_acronym(word):
        return UNKNOWN_NAME.finding(
            start,
            end,
            f'acronym "{word}" is not in the dictionary; spell it out once if '
            "a US reader may not know it, and add it to your dictionary",
            suggestions,
        )
    if _looks_like_name(analysis, start, word, suggestions) or _name_particle(
        analysis, start, word
    ):
        slips = _slips_of_a_common_word(analysis, start, word, suggestions)
        if slips:
            return SPELLING.finding(
                start,
                end,
                f'"{word}" is neither a word nor a name seen in print; did you mean "{slips[0]}"?',
                slips,
                severity=Severity.WARNING,
            )
        return UNKNOWN_NAME.finding(
            start,
            end,
            f'"{word}" is not in the dictionary; if it is a name, check its '
            "spelling and add it to your dictionary",
            suggestions,
        )
    # A typo sits one keystroke from a real word; a word far from every suggestion is as
    # likely a local term the dictionary lacks ("the matatu driver"): a warning.
    near = any(
        word.lower() == s.lower() or one_edit_apart(word.lower(), s.lower()) for s in suggestions
    )  # "HOspital" differs only in case: certain
    return SPELLING.finding(
        start,
        end,
        f'possible misspelling "{word}"',
        suggestions,
        severity=Severity.ERROR if near else Severity.WARNING,
    )


#: A word the medical list alone accepts is doubted only when it is short and rare and a
#: very common word is one typo away ("alon" for "alone").
_SLIP_MAX_LENGTH = 5
_SLIP_RARE_ZIPF = 3.0
_SLIP_COMMON_ZIPF = 5.0


def _medical_list_slip(
    word: str, start: int, end: int, suggestions: Sequence[str], vocabulary: Vocabulary
) -> Finding | None:
    """A typo or a lower-case name that only the medical word list lets through."""
    if not vocabulary.only_in_medical_list(word):
        return None
    title = word[:1].upper() + word[1:]
    if word.islower() and vocabulary.in_general_dictionary(title):
        return SPELLING.finding(
            start,
            end,
            f'"{title}" is a name and takes a capital letter',
            [title],
            severity=Severity.WARNING,
        )
    if len(word) > _SLIP_MAX_LENGTH or zipf(word) >= _SLIP_RARE_ZIPF:
        return None
    near = [
        s
        for s in suggestions
        if one_edit_apart(word.lower(), s.lower()) and zipf(s) >= _SLIP_COMMON_ZIPF
    ]
    if not near:
        return None
    return SPELLING.finding(
        start, end, f'possible misspelling "{word}"', near[:3], severity=Severity.WARNING
    )


def _entity_label(analysis: Analysis, start: int, end: int) -> str | None:
    for entity in analysis.entities:
        if entity.start <= start and end <= entity.end:
            return entity.label
    return None


def _sentence_starts(analysis: Analysis) -> set[int]:
    """Where sentences start, and the first letter after an opening quote or bracket."""

    def compute() -> set[int]:
        starts = set()
        for sentence in analysis.sentences:
            starts.add(sentence.start)
            opening = len(sentence.text) - len(sentence.text.lstrip("\"'([\u201c\u2018 "))
            starts.add(sentence.start + opening)
        return starts

    return analysis.memo("spelling_sentence_starts", compute)


def _in_proper_name(analysis: Analysis, start: int, word: str) -> bool:
    """A capitalised word inside an organisation's name or between capitalised words."""
    if not word[:1].isupper():
        return False
    if _entity_label(analysis, start, start + len(word)) in _NAME_LABELS:
        return True
    return _inside_a_name(analysis, start, word)


def _is_acronym(word: str) -> bool:
    """AIIMS, PGIMER, KEMU: capitals (and digits) chosen on purpose, not a typo."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _name_shaped(word: str) -> bool:
    """Title case, allowing McDonald, O'Brien and Abdul-Rahman; not "HOspital"."""
    for part in word.replace("'", "-").split("-"):
        rest = part[2:] if part[:2] in ("Mc", "Ma") and part[2:3].isupper() else part
        if not rest or not (rest[:1].isupper() and (rest[1:].islower() or not rest[1:])):
            return False
    return True


def _looks_like_name(analysis: Analysis, start: int, word: str, suggestions: Sequence[str]) -> bool:
    if not _name_shaped(word):
        return False
    if _capitalised_typo(word, suggestions) and not _inside_a_name(analysis, start, word):
        return False
    label = _entity_label(analysis, start, start + len(word))
    tokens = analysis.memo("tokens_by_start", lambda: {t.start: t for t in analysis.tokens})
    token = tokens.get(start)
    recognised = label in _NAME_LABELS or (token is not None and token.pos == "PROPN")
    if start not in _sentence_starts(analysis):
        return True
    if _capitalised_mid_sentence(analysis, word):
        return True
    if zipf(word) < _SEEN_ZIPF and slip_of_a_long_common_word(word, suggestions):
        return False  # "Gouverment" opening a sentence: its capital says nothing
    return recognised and not near_common_word(word, suggestions)


#: A word wordfreq has seen at least this often (Zipf) may be a name: most given names
#: and places are in its lists ("Rohan" 3.2, "Ibadan" 2.8, "Zanele" 1.4).
_SEEN_ZIPF = 1.0


def _capitalised_typo(word: str, suggestions: Sequence[str]) -> bool:
    """A capitalised word no corpus has seen, one typo from a common word ("Amricans",
    "Compuer"): a misspelling, not a name, even mid-sentence."""
    return zipf(word) < _SEEN_ZIPF and near_common_word(word, suggestions)


#: A name-shaped word is doubted only when wordfreq has never seen it (real names,
#: however rare, mostly have a Zipf of 1 or more: "Olawale" 1.5, "Ikenna" 1.3) ...
_UNSEEN_ZIPF = 0.5
#: ... when it is long enough that few common words sit one typo away ("Ainy", part of
#: "Kasr Al Ainy", is one typo from any, tiny, rainy and airy) ...
_SLIP_MIN_LENGTH = 5
#: ... and when one common word, shaped the same, is a letter missing, added or swapped
#: away ("Effel" -> "Eiffel" 3.2; "Chidera" -> "Chimera" 2.9 is too rare a word to doubt
#: a name for; a changed letter is how names differ: "Nguyet", "Nguyen") and stands out:
#: every other such word is its plural or at least ten times rarer (one Zipf).
#: "Clinicas" (clinical 4.5, clinics 3.8) stays a name.
_SLIP_TARGET_ZIPF = 3.0
_STANDS_OUT_ZIPF = 1.0


def _slips_of_a_common_word(
    analysis: Analysis, start: int, word: str, suggestions: Sequence[str]
) -> list[str]:
    """The common word, and its plural, that a capitalised unknown word is one typo from
    ("Americanc" -> "American", "Americans"), when it is one Title-case word no corpus
    has seen and no name particle stands beside it ("Hospital das Clinicas")."""
    if "-" in word or "'" in word or len(word) < _SLIP_MIN_LENGTH:
        return []
    if not (word[:1].isupper() and word[1:].islower()) or zipf(word) >= _UNSEEN_ZIPF:
        return []
    if _beside_a_particle(analysis, start, word):
        return []
    near = [
        s
        for s in suggestions
        if s.isalpha()
        and s[:1].isupper()
        and s[1:].islower()
        and one_edit_apart(word.lower(), s.lower())
        and zipf(s) >= _SLIP_TARGET_ZIPF
    ]
    if not near:
        return []
    best = max(near, key=zipf)
    if len(best) == len(word) and sorted(best.lower()) != sorted(word.lower()):
        return []  # one letter for another: names differ so ("Nguyet", "Nguyen")
    family = [s for s in near if s.lower().rstrip("s") == best.lower().rstrip("s")]
    others = [s for s in near if s not in family]
    if any(zipf(best) - zipf(s) < _STANDS_OUT_ZIPF for s in others):
        return []
    return sorted(family, key=zipf, reverse=True)


def _beside_a_particle(analysis: Analysis, start: int, word: str) -> bool:
    before = analysis.text[max(0, start - 40) : start].split()
    after = analysis.text[start + len(word) : start + len(word) + 40].split()
    return any(w.lower() in _PARTICLES for w in before[-1:] + after[:1])


def _inside_a_name(analysis: Analysis, start: int, word: str) -> bool:
    """A capitalised or particle neighbour ("Kasr Al Ainy Faculty", "Hospital das
    Clinicas"; the word before does not count at a sentence start): part of a
    multi-word name, whatever one word looks like."""
    before = analysis.text[max(0, start - 40) : start].split()
    after = analysis.text[start + len(word) : start + len(word) + 40].split()
    neighbours = ([] if start in _sentence_starts(analysis) else before[-1:]) + after[:1]
    return any(w[:1].isupper() or w in _PARTICLES for w in neighbours)


def _capitalised_mid_sentence(analysis: Analysis, word: str) -> bool:
    """The same capitalised word elsewhere, not at a sentence start: a name used again."""
    starts = _sentence_starts(analysis)
    return any(t.text == word and t.start not in starts for t in analysis.tokens)


#: Lower-case words inside names: "Hospital das Clinicas", "Universidad de Lima".
_PARTICLES = frozenset(
    {
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "di",
        "do",
        "dos",
        "du",
        "la",
        "le",
        "van",
        "von",
        "bin",
        "bint",
        "al",
        "el",
        "ibn",
    }
)


def _name_particle(analysis: Analysis, start: int, word: str) -> bool:
    if word not in _PARTICLES:
        return False
    before = analysis.text[max(0, start - 40) : start].split()
    after = analysis.text[start + len(word) : start + len(word) + 40].split()
    return bool(before and after and before[-1][:1].isupper() and after[0][:1].isupper())
