"""Noun number against its determiner: "many student", "these kind", "a cars", "each students".

A determiner or quantifier fixes the number of its noun: many, several, both, these,
those, numbers above one and "one of the" want a plural; a, another, each, every, this
and that want a singular. LanguageTool catches the pair when the two words touch; the
parse also finds it across adjectives and compounds ("these health care worker", "one
of the most rewarding experience", "five more patient").

Left alone: nouns that are their own plural (sheep, series), uncountable nouns (their
own rules), names, units and labels around numbers ("5 mg", "Step 2 score"), measure
phrases ("a five-year program"), nouns that modify another noun, joined modifiers
("many style and grammar issues"), and "a lot of", "most", "all" or "other" with a noun
that is also a mass noun ("a lot of experience"). The singular side ("a cars") lives in
singular_nouns.py, the test whether a number counts its noun in number_counts.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner import lexicon
from psassist.checks.learner.determiners import DEFINITE, number_value, words
from psassist.checks.learner.number_counts import counts_the_noun, time_from_now
from psassist.checks.learner.singular_nouns import modifies, nounlike, singular_wanted, used_as_verb
from psassist.checks.learner.syntax import child_deps, match_case, next_word, previous_word
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

NOUN_NUMBER = define(
    "grammar.noun-number",
    Category.GRAMMAR,
    Severity.WARNING,
    "Noun number does not match its determiner",
    'Many, several, both, these, those, two or more and "one of the" go with a plural '
    'noun ("many patients", "one of the best experiences"); a, another, each, every, '
    'this and that go with a singular one ("each patient", "this problem"). Warning '
    "until measured precision reaches 0.95: a misparse can pair the wrong words.",
    sources=(
        Source(
            'Andrea Lunsford, EasyWriter (Macmillan), "Determiners"',
            "http://digfir-published.macmillanusa.com/ew5e/ew5e_ch58_4.html",
        ),
        Source(
            'Purdue OWL, "Count and Noncount Nouns (with Plurals, Articles, and Quantity Words)"',
            "http://owl.english.purdue.edu/handouts/print/esl/eslcount.html",
        ),
        Source(
            "Mastering Grammar, \"Be Careful When Using 'One Of'\"",
            "https://www.masteringgrammar.com/2022/07/be-careful-when-using-one-of.html",
        ),
        Source(
            'Purdue OWL, "The Apostrophe" (apostrophes are not used for noun plurals)',
            "http://owl.english.purdue.edu/handouts/print/grammar/g_apost.html",
        ),
        Source(
            "lemminflect: inflections and countability from the NIH SPECIALIST lexicon",
            "https://pypi.org/project/lemminflect/",
        ),
    ),
    example=Example(
        flag="I treated many patient and each families thanked us.",
        near_miss="I treated many patients and each family thanked us; many fish died.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)


_KIND_NOUNS = frozenset({"kind", "sort", "type"})
_NAMES = frozenset({"PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})
_POSSESSIVE_PRONOUNS = frozenset({"mine", "yours", "hers", "ours", "theirs"})
#: Words joining two modifiers of a later noun: "style and grammar issues", "rags to riches".
_MODIFIER_JOINS = frozenset({"and", "or", "to", "by"})


@reports(NOUN_NUMBER)
def noun_number(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, noun in enumerate(tokens):
        if noun.lower == "others" and noun.dep == "compound" and noun.head == index + 1:
            if tokens[index + 1].tag == "NNS":  # "many others animals": "other" modifies
                fix = match_case("other", noun.text)
                yield NOUN_NUMBER.finding(
                    noun.start, noun.end, f'Before a noun, "others" is "{fix}"', [fix]
                )
            continue
        if (
            noun.pos != "NOUN"
            or noun.tag not in ("NN", "NNS")
            or not noun.text.isalpha()
            or not noun.text.islower()
            or noun.ent_type in _NAMES
            or noun.lower in _POSSESSIVE_PRONOUNS
            or (noun.tag == "NN" and lexicon.reads_as_plural(noun.text))
            or not _heads_its_phrase(analysis, index)
        ):
            continue
        word = _determiner_before(analysis, index)
        if word is None:
            continue
        if noun.tag == "NN":
            finding = _plural_wanted(analysis, word, index)
            if finding is not None:
                yield finding
        else:
            slip = singular_wanted(analysis, word, index)
            if slip is not None:
                yield NOUN_NUMBER.finding(slip.start, slip.end, slip.message, slip.fixes)


def _heads_its_phrase(analysis: Analysis, index: int) -> bool:
    """The noun ends its phrase: not "patient" in "patient care", "year" in "five-year"."""
    tokens = analysis.tokens
    noun = tokens[index]
    text = analysis.text
    if {text[noun.start - 1 : noun.start], text[noun.end : noun.end + 1]} & {"-", "/"}:
        return False
    if text[noun.end : noun.end + 1] == "." and text[noun.end + 1 : noun.end + 2].isalnum():
        return False  # "two node.JS applications"
    if _joined_modifier(analysis, index):
        return False
    if index + 1 < len(tokens):
        after = tokens[index + 1]
        if (
            after.sentence == noun.sentence
            and (after.pos in ("NOUN", "PROPN", "NUM") or after.tag == "POS" or after.text == "'")
            and after.dep != "npadvmod"  # "five more person today"
        ):
            return False
    return True


def _joined_modifier(analysis: Analysis, index: int) -> bool:
    """The noun is the first of two joined modifiers of a later noun ("many style and
    grammar issues", "a rags to riches story", "a lawyers only meeting"), so its number
    is not the phrase's. It takes at least two words after the join, ending in a noun:
    "many doctor and nurse" still counts."""
    tokens = analysis.tokens
    join = index + 1
    if join >= len(tokens) or tokens[join].sentence != tokens[index].sentence:
        return False
    if tokens[join].lower == "only":
        return join + 1 < len(tokens) and tokens[join + 1].pos == "NOUN"
    if tokens[join].lower not in _MODIFIER_JOINS:
        return False
    run = join + 1
    while (
        run < len(tokens)
        and tokens[run].sentence == tokens[index].sentence
        and tokens[run].pos in ("ADJ", "NOUN", "PROPN", "NUM", "VERB")
        and tokens[run].tag not in ("VBD", "VBZ", "VBP", "MD")
    ):
        run += 1
    return run - join > 2 and tokens[run - 1].pos == "NOUN"


def _determiner_before(analysis: Analysis, index: int) -> int | None:
    """The first word before the noun that is not one of its modifiers."""
    tokens = analysis.tokens
    noun = tokens[index]
    j = index - 1
    while j >= 0 and index - j <= 6:
        token = tokens[j]
        if token.sentence != noun.sentence:
            return None
        lower = token.lower
        if (
            lower in words().plural
            or lower in words().singular
            or ((lower in words().count_or_mass or lower == "more") and token.pos != "ADV")
            or lower == "of"
            or token.like_num
        ):
            return j
        if token.pos in ("NOUN", "PROPN") and token.dep == "compound":
            if token.tag in ("NNS", "NNPS"):
                return None  # "these transport systems function": the verb taken for a noun
        elif token.tag in ("VBN", "VBG") and token.dep == "amod":
            if j > 0 and nounlike(tokens[j - 1]):
                return None  # "a checklist reduced infections": the verb taken for a modifier
        elif not (
            token.pos == "ADJ"
            or token.text == "-"
            or (token.pos == "ADV" and j < token.head <= index)
        ):
            return j
        j -= 1
    return None


def _plural_wanted(analysis: Analysis, word: int, index: int) -> Finding | None:
    """A singular noun after a word that counts more than one."""
    tokens = analysis.tokens
    noun = tokens[index]
    quantity = tokens[word]
    lower = quantity.lower
    following = next_word(tokens, index)
    if time_from_now(analysis, index):
        return None
    if lower in ("these", "those") and noun.lemma in _KIND_NOUNS:
        if following is None or following.lower != "of":
            return None
        return _kind_finding(analysis, word, index)
    plural = lexicon.written_plural(noun.lemma)
    if plural is None:
        return None
    start = quantity.start
    if lower in words().plural:
        if not modifies(analysis, word, index) or _coordinated(analysis, index, lower == "both"):
            return None
        if used_as_verb(analysis, word, index):
            return None  # "these cover.", "a few work as nurses": a pronoun and its verb
        reason = f'"{quantity.text}" counts more than one'
    elif lower in words().count_or_mass:
        if not _bare_count_or_mass(analysis, word, index):
            return None
        reason = f'"{quantity.text}" with a countable noun means more than one'
    elif lower == "more":
        counted = previous_word(tokens, word)
        if counted is None or not (
            counted.lower in ("many", "few", "several") or (number_value(counted) or 0) > 1
        ):
            return None
        start = counted.start
        reason = f'"{counted.text} more" counts more than one'
    elif quantity.like_num:
        if not counts_the_noun(analysis, word, index):
            return None
        reason = f'"{quantity.text}" counts more than one'
    else:
        of = word if lower == "of" else word - 1
        found = _of_phrase(analysis, of, word, index) or _part_of_many(analysis, word, index)
        if found is None:
            return None
        start, reason = found
    fixed = analysis.text[start : noun.start] + match_case(plural, noun.text)
    return NOUN_NUMBER.finding(
        start,
        noun.end,
        f'{reason}, so "{noun.text}" should be plural: "{fixed}"',
        [fixed],
    )


def _coordinated(analysis: Analysis, index: int, both: bool = False) -> bool:
    """ "both mother and father": each noun of the pair stays singular."""
    tokens = analysis.tokens
    following = next_word(tokens, index)
    return (
        "conj" in child_deps(analysis, index)
        or tokens[index].dep == "conj"
        or (both and following is not None and following.lower in ("and", "or", "nor", "&"))
    )


def _bare_count_or_mass(analysis: Analysis, word: int, index: int) -> bool:
    """ "most student", "all patient", "other country": bare, with a count-only noun."""
    tokens = analysis.tokens
    noun = tokens[index]
    if not modifies(analysis, word, index) or _coordinated(analysis, index):
        return False
    if not lexicon.is_count_only(noun.lemma) or noun.lemma in words().spans:
        return False
    if lexicon.written_uncounted(noun.lower):
        return False  # "all configuration": English also writes "much configuration"
    before = previous_word(tokens, word)
    if before is None:
        return True
    if before.tag in ("DT", "PRP$", "CD", "POS", "WP$") or before.like_num:
        return False  # "the other patient", "each other", "at most"
    return before.lower not in (
        {"at", "every", "no", "any", "some", "one", "each", "the", "only", "whole"}
    )  # "the only other thing", "a whole other animal"


def _of_phrase(analysis: Analysis, of: int, word: int, index: int) -> tuple[int, str] | None:
    """ "one of the best thing", "a lot of place", "a couple of day"."""
    tokens = analysis.tokens
    noun = tokens[index]
    if of < 0 or tokens[of].lower != "of" or tokens[index].dep != "pobj":
        return None
    if of != word and tokens[word].lower not in DEFINITE:
        return None
    counter = previous_word(tokens, of)
    if counter is None:
        return None
    lower = counter.lower
    if lower in words().one_of_many and of != word:
        if noun.lemma in words().groups or _coordinated(analysis, index):
            return None
        return counter.start, f'"{counter.text} of {tokens[word].text} ..." picks from a group'
    if of != word:
        return None
    if (
        lower in words().lot_of
        and lexicon.is_count_only(noun.lemma)
        and not lexicon.written_uncounted(noun.lower)
    ):
        start = counter.start
        article = previous_word(tokens, of - 1)
        if lower == "lot" and article is not None and article.lower == "a":
            start = article.start
        return start, f'"{analysis.text[start : tokens[of].end]}" with a countable noun means many'
    if lower in words().group_of and lexicon.is_countable(noun.lemma):
        return counter.start, f'"{counter.text} of" counts more than one'
    return None


def _part_of_many(analysis: Analysis, word: int, index: int) -> tuple[int, str] | None:
    """ "most of the kid", "all the thing": a share of a group, for nouns that are
    written in the plural at least as often as in the singular (not "all the city")."""
    tokens = analysis.tokens
    noun = tokens[index]
    if tokens[word].lower not in DEFINITE or word == 0:
        return None
    before = tokens[word - 1]
    counter = previous_word(tokens, word - 1) if before.lower == "of" else before
    if counter is None or counter.lower not in words().share_of:
        return None
    if before.lower != "of" and counter.lower != "all":
        return None
    if noun.lemma in words().spans or noun.lemma in words().groups:
        return None
    if any(t.lower == "same" for t in tokens[word + 1 : index]):
        return None  # "it's all the same thing"
    if not lexicon.is_usually_plural(noun.lemma) or _coordinated(analysis, index):
        return None
    return (
        counter.start,
        f'"{analysis.text[counter.start : tokens[word].end]}" takes a share of several',
    )


def _kind_finding(analysis: Analysis, word: int, index: int) -> Finding:
    """ "these kind of patients": "this kind of" or "these kinds of"."""
    tokens = analysis.tokens
    quantity = tokens[word]
    noun = tokens[index]
    singular = "this" if quantity.lower == "these" else "that"
    middle = analysis.text[quantity.end : noun.start]
    plural = lexicon.written_plural(noun.lemma) or noun.text + "s"
    fixes = [
        match_case(singular, quantity.text) + middle + noun.text,
        quantity.text + middle + plural,
    ]
    return NOUN_NUMBER.finding(
        quantity.start,
        noun.end,
        f'"{quantity.text}" is plural and "{noun.text}" singular: write "{fixes[0]}" or '
        f'"{fixes[1]}"',
        fixes,
    )
