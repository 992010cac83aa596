"""Noun number against its determiner: "many student", "these kind", "a cars", "each students".

A determiner or quantifier fixes the number of its noun: many, several, both, these,
those, numbers above one and "one of the" want a plural; a, another, each, every, this
and that want a singular. LanguageTool catches the pair when the two words touch; the
parse also finds it across adjectives and compounds ("these health care worker", "one
of the most rewarding experience", "five more patient").

Left alone: nouns that are their own plural (sheep, series), uncountable nouns (their
own rules), names, units and labels around numbers ("5 mg", "Step 2 score"), measure
phrases ("a five-year program"), nouns that modify another noun, and "a lot of",
"most", "all" or "other" with a noun that is also a mass noun ("a lot of experience").
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner import lexicon
from psassist.checks.learner.determiners import DEFINITE, number_value, words
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
_DETERMINER_DEPS = frozenset({"det", "amod", "nummod", "quantmod", "predet", "advmod"})


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
            or not _heads_its_phrase(analysis, index)
        ):
            continue
        word = _determiner_before(analysis, index)
        if word is None:
            continue
        if noun.tag == "NN":
            finding = _plural_wanted(analysis, word, index)
        else:
            finding = _singular_wanted(analysis, word, index)
        if finding is not None:
            yield finding


def _heads_its_phrase(analysis: Analysis, index: int) -> bool:
    """The noun ends its phrase: not "patient" in "patient care", "year" in "five-year"."""
    tokens = analysis.tokens
    noun = tokens[index]
    text = analysis.text
    if {text[noun.start - 1 : noun.start], text[noun.end : noun.end + 1]} & {"-", "/"}:
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
            if j > 0 and _nounlike(tokens[j - 1]):
                return None  # "a checklist reduced infections": the verb taken for a modifier
        elif not (
            token.pos == "ADJ"
            or token.text == "-"
            or (token.pos == "ADV" and j < token.head <= index)
        ):
            return j
        j -= 1
    return None


def _nounlike(token: Token) -> bool:
    """A noun, or a word the parser called an adjective that the lexicon knows as a noun."""
    return token.pos in ("NOUN", "PROPN") or (
        token.pos == "ADJ" and "NOUN" in lexicon.readings(token.text)
    )


def _plural_wanted(analysis: Analysis, word: int, index: int) -> Finding | None:
    """A singular noun after a word that counts more than one."""
    tokens = analysis.tokens
    noun = tokens[index]
    quantity = tokens[word]
    lower = quantity.lower
    following = next_word(tokens, index)
    if lower in ("these", "those") and noun.lemma in _KIND_NOUNS:
        if following is None or following.lower != "of":
            return None
        return _kind_finding(analysis, word, index)
    plural = lexicon.written_plural(noun.lemma)
    if plural is None:
        return None
    start = quantity.start
    if lower in words().plural:
        if not _modifies(analysis, word, index) or _coordinated(analysis, index, lower == "both"):
            return None
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
        if not _counts_the_noun(analysis, word, index):
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


def _modifies(analysis: Analysis, word: int, index: int) -> bool:
    """The parse hangs the determiner on this noun (not "these" as a pronoun subject)."""
    token = analysis.tokens[word]
    return token.head == index and token.dep in _DETERMINER_DEPS


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
    if not _modifies(analysis, word, index) or _coordinated(analysis, index):
        return False
    if not lexicon.is_count_only(noun.lemma) or noun.lemma in words().spans:
        return False
    before = previous_word(tokens, word)
    if before is None:
        return True
    if before.tag in ("DT", "PRP$", "CD", "POS", "WP$") or before.like_num:
        return False  # "the other patient", "each other", "at most"
    return before.lower not in ("at", "every", "no", "any", "some", "one", "each", "the")


def _counts_the_noun(analysis: Analysis, word: int, index: int) -> bool:
    """A number above one counting this noun, not a label, a unit or a year."""
    tokens = analysis.tokens
    number = tokens[word]
    noun = tokens[index]
    value = number_value(number)
    if value is None or value < 2 or not _modifies(analysis, word, index):
        return False
    if number.text.isdigit() and len(number.text) == 4:
        return False  # a year
    if noun.lemma in words().after_number or len(noun.text) < 3:
        return False
    if any(tokens[k].tag == "NN" for k in range(word + 1, index)):
        return False  # "our 24 bed unit": the number counts beds (grammar.compound-hyphen)
    before = previous_word(tokens, word)
    if before is not None and (
        before.pos in ("NOUN", "PROPN", "SYM")
        or before.text in ("$", "#", "£", "€", "/", "-", "+")
        or (
            before.text[:1].isupper()
            and before.start != tokens[analysis.sentences[number.sentence].first_token].start
        )
    ):
        return False  # "Step 2 score", "$5 bill", "bed 4"
    following = next_word(tokens, index)
    return following is None or following.lower not in ("old", "-")


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


#: Plural numbers that count on their own ("hundreds of times").
_ROUND_NUMBERS = frozenset({"dozen", "hundred", "thousand", "million", "billion"})


def _singular_wanted(analysis: Analysis, word: int, index: int) -> Finding | None:
    """A plural noun after a word that picks out one thing."""
    tokens = analysis.tokens
    noun = tokens[index]
    determiner = tokens[word]
    lower = determiner.lower
    if lower not in words().singular or not _modifies(analysis, word, index):
        return None
    if noun.lower in words().plural_in_form or not lexicon.is_plural_form(noun.text, noun.lemma):
        return None
    if "VERB" in lexicon.readings(noun.text) and any(
        _nounlike(t) for t in tokens[word + 1 : index]
    ):
        return None  # "the trust a stranger places in us": the noun phrase ended before
    before = previous_word(tokens, word)
    if before is not None and before.lower == "how":
        return None  # "how much detail matters": the verb parsed as the noun
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if noun.lemma in _ROUND_NUMBERS or (after is not None and after.lower == "ago"):
        return None  # "I did this hundreds of times", "I had one years ago"
    if lower == "that" and (before is None or before.pos != "ADP"):
        return None  # "that" opening a clause ("I knew that patients ...")
    if lower == "one" and (
        before is not None and (before.tag in ("DT", "PRP$", "WDT") or before.lower == "only")
    ):
        return None  # "the one patients trust"
    if lower in ("a", "an") and determiner.dep != "det":
        return None
    phrase = analysis.text[determiner.start : noun.start]
    singular = match_case(noun.lemma, noun.text)
    if lower in ("this", "that"):
        plural_word = match_case("these" if lower == "this" else "those", determiner.text)
        fixes = [
            plural_word + analysis.text[determiner.end : noun.start] + noun.text,
            phrase + singular,
        ]
        message = (
            f'"{determiner.text}" points to one thing and "{noun.text}" is plural: write '
            f'"{fixes[0]}" or "{fixes[1]}"'
        )
    elif lower == "much":
        fixes = [match_case("many", determiner.text) + analysis.text[determiner.end : noun.end]]
        message = f'"much" is for uncountable nouns; with "{noun.text}" write "{fixes[0]}"'
    else:
        fixes = [phrase + singular]
        if lower == "another":
            fixes.append(
                match_case("other", determiner.text)
                + analysis.text[determiner.end : noun.start]
                + noun.text
            )
        message = (
            f'"{determiner.text}" goes with one thing, so the noun is singular: '
            + " or ".join(f'"{fix}"' for fix in fixes)
        )
    return NOUN_NUMBER.finding(determiner.start, noun.end, message, fixes)
