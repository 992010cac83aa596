"""A common noun capitalised in mid-sentence: "many Scientists agree", "my Father told
me", "both senior and University students".

Part of grammar.stray-capital (capitals.py). Writers whose first language capitalises
nouns, or who mark what matters with a capital, give one to a noun that is not a name.
Native prose capitalises nouns too, as names of products, defined terms and titles ("the
Fund", "a Word document", "the Mayor"), so the check speaks only where the context shows
a plain common noun: one capitalised word standing alone between lower-case words, whose
lower-case form is a frequent noun the lexicon knows (lemminflect lists no proper
nouns), with no entity on it, and which is
- a kinship word after a possessive ("my Father", "her Mother"),
- a plural noun for people after a quantifier or an adjective ("many Scientists",
  "dedicated Doctors"), or
- "university", "college" or "hospital" with no determiner ("also University students").

Left alone: names and titles of two or more capitalised words ("Internal Medicine", "the
Department of Surgery"); anything after "the", "a", "our" or "its" ("the Hospital", "our
Program"), which may stand for a named institution or a defined term; kinship words
used as a name ("when Mom called"); words after a colon, quote, bracket or line break;
Title Case lines; specialties and subjects ("I chose Psychiatry"): AMA style lowercases
them in running text, but applicants and programs capitalise them so often that a
warning would be noise.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.frequency import zipf
from psassist.checks.learner import lexicon
from psassist.checks.learner.capitals import STRAY_CAPITAL, in_title_case, same_line
from psassist.checks.learner.words import word_set
from psassist.checks.registry import reports
from psassist.findings import Finding

#: A noun written at least this often (Zipf; 3.5 ≈ once in 300,000 words) is common
#: enough that its capital is not a rare term of art.
COMMON_NOUN_ZIPF = 3.5

#: Places of study and care a learner capitalises as if they were names: "University
#: students", "in Hospital". After "the" or "our" they may stand for a named one.
_INSTITUTIONS = word_set("university universities college colleges hospital hospitals")
#: Kinship words: a name after a verb or a preposition ("when Mom called"), a common
#: noun after a possessive ("my Father").
_KIN = word_set("""
mother father mom dad mum grandmother grandfather grandma grandpa aunt uncle brother
sister parents parent son daughter wife husband cousin
""")
_POSSESSIVES = word_set("my his her their your")
_DETERMINERS = word_set("the a an this that these those its our every each no any one")
_QUANTIFIERS = word_set("many most some all several few both other more")
_PEOPLE = word_set("""
people person child patient student parent citizen human nurse surgeon colleague friend
neighbor neighbour adult elder woman man
""")
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
#: Sentence-opening words that can stand before the stray capital: "Many Scientists".
_OPENING_DETERMINERS = _QUANTIFIERS | _POSSESSIVES
_AFTER = frozenset({".", ",", ";", "!", "?"})
_NAME_JOINS = word_set("of for and in at")


@reports(STRAY_CAPITAL)
def capitalised_common_noun(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        word = token.text
        if len(word) < 3 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
            continue
        if token.pos not in ("NOUN", "PROPN") or token.ent_type:
            continue
        lower = word.lower()
        if not _common_noun(lower) or not _between_lower_case(analysis, index):
            continue
        if _part_of_a_name(analysis, index) or not _plainly_common(analysis, index):
            continue
        message = (
            f'"{word}" is a common noun, not a name, so it takes no capital in the middle '
            f'of a sentence: "{lower}"'
        )
        yield STRAY_CAPITAL.finding(token.start, token.end, message, [lower])


def _plainly_common(analysis: Analysis, index: int) -> bool:
    """The context shows a common noun, not a name or a defined term ("the Fund", "a
    Hub", "Word" the program): a kinship word after a possessive ("my Father"), a plural
    noun for people after a quantifier or an adjective ("many Scientists"), or a place
    of study or care with no determiner ("University students", "in Hospital")."""
    tokens = analysis.tokens
    token = tokens[index]
    lower = token.lower
    before = tokens[index - 1].lower
    if lower in _KIN:
        return before in _POSSESSIVES
    if before in _DETERMINERS or before in _POSSESSIVES:
        return False  # "the Index", "our Agreement", "a Matrix": a defined term or a name
    if _plural_person_noun(lower):
        return before in _QUANTIFIERS or tokens[index - 1].pos == "ADJ"
    return lower in _INSTITUTIONS and tokens[index - 1].pos in ("ADV", "CCONJ", "ADP", "VERB")


def _plural_person_noun(lower: str) -> bool:
    """The plural of a noun for a kind of person: a role ("scientists", "teachers") or a
    word for people ("patients", "children")."""
    return any(
        (lemma in _PEOPLE or (lemma.endswith(_ROLE_ENDINGS) and lexicon.is_countable(lemma)))
        and (lower == "people" or lexicon.is_plural_form(lower, lemma))
        for lemma in lexicon.readings_lemmas(lower)
    )


def _common_noun(lower: str) -> bool:
    """A frequent word the lexicon knows as a common noun (it lists no proper nouns)."""
    lemmas = lexicon.readings_lemmas(lower)
    return bool(lemmas) and zipf(lower) >= COMMON_NOUN_ZIPF


def _between_lower_case(analysis: Analysis, index: int) -> bool:
    """A lower-case word on the same line before it (or a sentence-opening determiner,
    "Many Scientists"), and a lower-case word or a closing mark after it."""
    tokens = analysis.tokens
    token = tokens[index]
    sentence = analysis.sentences[token.sentence]
    if index == sentence.first_token or index + 1 >= len(tokens):
        return False
    before, after = tokens[index - 1], tokens[index + 1]
    if not (same_line(analysis, before, token) and same_line(analysis, token, after)):
        return False
    if not before.is_alpha:
        return False
    if not before.text.islower():
        opening = index - 1 == sentence.first_token
        if not (opening and before.lower in _OPENING_DETERMINERS and before.text[1:].islower()):
            return False
    if after.text in _AFTER:
        return True
    return after.is_alpha and after.text.islower()


def _part_of_a_name(analysis: Analysis, index: int) -> bool:
    """Inside a Title Case line or a name joined by small words ("Department of Surgery",
    "Doctors for Change")."""
    tokens = analysis.tokens
    if in_title_case(analysis, index):
        return True
    join = index + 1
    if join + 1 < len(tokens) and tokens[join].lower in _NAME_JOINS:
        following = tokens[join + 1]
        if following.text[:1].isupper() and following.text != "I":
            return True
    return False
