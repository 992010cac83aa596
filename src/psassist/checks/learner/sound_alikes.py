"""Function words that sound like another: "there" for "their", "that" for "than", "to"
for "too".

A spell checker passes all three, and each one changes the sentence's grammar: "in there
free time" puts an adverb where a possessive must stand, "more knowledge that broad
knowledge" opens a clause that never comes, "it was to late" starts an infinitive with an
adjective. The slot decides, so each check reads the words on both sides and stays quiet
where the written word can stand ("is there", "went there every day", "more patients that
needed care", "close to perfect"). Findings use grammar.confusable.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.clauses import FINITE_TAGS
from psassist.checks.learner.confusables import CONFUSABLE, confusable_finding
from psassist.checks.learner.lexicon import is_count_only
from psassist.checks.learner.words import TIME_UNITS, clause_after, neighbour, word_set
from psassist.checks.registry import reports
from psassist.findings import Finding

# --- there / their ---------------------------------------------------------------------

#: Conjunctions spaCy tags like prepositions; "because there patients were..." is a clause.
_SUBORDINATORS = word_set("""
because if since although though while whereas as that than so unless until till before
after whether once where when like
""")
#: Verbs "there" (the place) naturally follows: "I worked there", "we stayed there".
_PLACE_VERBS = word_set("""
be go come live work stay get arrive return move travel remain sit stand study meet
happen exist die grow spend train serve practise practice volunteer
""")
#: Words that count or limit; after "there" they start an object ("I met there many
#: patients"), not a possessive's noun.
_QUANTIFIERS = word_set("""
many much several few more most some other another all any both each every enough
little lot lots no same last next first whole entire long short
""")
#: Nouns of time or number that follow the place adverb ("stayed there years").
_TIME_WORDS = TIME_UNITS | word_set("""
days weeks months years hours minutes decades today tonight yesterday tomorrow morning
evening afternoon night nights mornings weekends weekend now then times
""")
#: Words before "of there" that keep "there" a place: "out of there".
_NOT_OF_THERE = word_set("out")


def _noun_phrase(analysis: Analysis, index: int) -> tuple[list[Token], Token | None]:
    """The adjectives and nouns right after token `index`, and the word after them."""
    words: list[Token] = []
    step = 1
    while (token := neighbour(analysis, index, step)) is not None:
        if token.lower == "own" or token.tag in {"JJ", "NN", "NNS"}:
            words.append(token)
            step += 1
            continue
        break
    return words, token


def _possessive_phrase(words: list[Token], after: Token | None) -> bool:
    """Adjectives ending in a noun: no counting word first, no time noun, nothing after
    that makes the noun a clause's subject ("there patients were waiting")."""
    if words[0].lower in _QUANTIFIERS or words[-1].lower in _TIME_WORDS:
        return False
    if any(w.lower == "own" for w in words):
        return True
    return after is None or (after.tag not in FINITE_TAGS and after.lower not in {"'s", "\u2019s"})


def _there_their(analysis: Analysis, i: int, token: Token) -> Finding | None:
    before = neighbour(analysis, i, -1)
    if token.lower != "there" or before is None:
        return None
    words, after = _noun_phrase(analysis, i)
    if not words or words[-1].tag not in {"NN", "NNS"}:
        return None
    owned = any(w.lower == "own" for w in words)
    two_before = neighbour(analysis, i, -2)
    if before.lower == "of" and (two_before is None or two_before.lower not in _NOT_OF_THERE):
        possessive = words[0].lower not in _QUANTIFIERS  # "most of there patients"
    elif (before.tag == "IN" and before.lower not in _SUBORDINATORS) or before.lower == "to":
        possessive = _possessive_phrase(words, after)
    elif before.pos == "VERB" and (before.lemma not in _PLACE_VERBS or owned):
        # After a verb, "there" is the place only if the object makes sense without a
        # determiner: "I learned there medicine"; a single countable thing does not.
        head = words[-1]
        countable = head.tag == "NN" and is_count_only(head.lemma)
        possessive = (countable or owned) and _possessive_phrase(words, after)
    else:
        return None
    if not possessive:
        return None
    return confusable_finding(
        token,
        "their",
        '"there" is a place; the word for "belonging to them" before a noun is "their"',
    )


# --- that / than -----------------------------------------------------------------------

_COMPARATIVE_WORDS = word_set("more less fewer")
#: "It is better that way", "I liked it more that year": "that" points at the noun.
_POINTING_NOUNS = word_set("way time day year one kind sort moment point much many")
#: Words that cannot start a relative or "that" clause but can end a comparison.
_COMPARED_WORDS = word_set("""
before ever usual expected necessary needed planned anticipated others me him us them
""")


def _comparison_before(analysis: Analysis, i: int) -> int | None:
    """How many words back the comparison starts that ends right before token `i`
    ("better": 1, "more specific knowledge": 3; a comparative, then adjectives and
    nouns), or None."""
    for step in range(1, 6):
        token = neighbour(analysis, i, -step)
        if token is None:
            return None
        if token.tag in {"JJR", "RBR"} or token.lower in _COMPARATIVE_WORDS:
            return step
        if token.tag not in {"JJ", "NN", "NNS"}:
            return None
    return None


def _sentence_rest(analysis: Analysis, i: int) -> list[Token]:
    sentence = analysis.sentences[analysis.tokens[i].sentence]
    return analysis.tokens[i + 1 : sentence.last_token]


def _second_term(analysis: Analysis, i: int, back: int, words: list[Token]) -> bool:
    """The words after "that" (at `i`) are what is compared, with no verb of their own:
    "that broad knowledge", "that before", "that 100 patients", "that studying alone"."""
    first = words[0]
    if first.like_num and analysis.tokens[i - 1].lower in _COMPARATIVE_WORDS:
        return True  # "more that 100 patients"
    # Right after an adjective, "that" may open the clause of "it is more likely that...":
    # the clause's verb can sit past a comma, so the whole sentence must have none.
    noun_between = any(analysis.tokens[i - k].pos == "NOUN" for k in range(1, back))
    reach = words if noun_between else _sentence_rest(analysis, i)
    if any(w.tag in FINITE_TAGS or w.pos == "AUX" for w in reach):
        return False  # "more patients that needed care", "better that we go"
    if first.tag == "NN" and (first.lower in _POINTING_NOUNS or len(words) == 1):
        return False  # "it is better that way"
    return (
        first.pos in {"ADJ", "NOUN", "DET", "PROPN"}
        or first.lower in _COMPARED_WORDS
        or first.tag == "VBG"
    )


def _that_than(analysis: Analysis, i: int, token: Token) -> Finding | None:
    back = _comparison_before(analysis, i) if token.lower == "that" else None
    before = neighbour(analysis, i, -1)
    if back is None or before is None or before.lower in {"rather", "so", "such"}:
        return None  # "rather that" has its own rule; "so much more that" is a result
    ahead = neighbour(analysis, i, -back - 1)
    if ahead is not None and ahead.lower in {"the", "so"} and back == 1:
        return None  # "the more that one coin...", "so much more that we stayed"
    words = clause_after(analysis, i)
    if not words or not _second_term(analysis, i, back, words):
        return None
    return confusable_finding(
        token,
        "than",
        'after a comparison (more, less, better) the second part starts with "than", not "that"',
    )


# --- to / too --------------------------------------------------------------------------

#: Verbs after which "to" + an adjective can only be "too": "it was to late".
_LINKING_VERBS = word_set("be look seem sound feel become appear remain grow taste smell")
#: Adverbs that go with "too" ("too soon"); other adverbs after "to" split an infinitive.
_DEGREE_ADVERBS = word_set("soon often late early far fast quickly slowly easily long")
#: Words that may sit inside an infinitive ("to only show") or compare ("been to more").
_NOT_DEGREE = word_set("only just even also really fully further still more less yet")


def _degree_word(token: Token) -> bool:
    """An adjective, or an adverb of degree or time, that is not also a verb: "to late"
    cannot be an infinitive. A past participle ("tired", "crowded") counts too: the
    infinitive needs the base form."""
    from lemminflect import getAllLemmas

    if token.lower in _NOT_DEGREE:
        return False
    readings = getAllLemmas(token.lower)
    if "ADJ" not in readings and token.lower not in _DEGREE_ADVERBS:
        return False
    verb = readings.get("VERB")
    return verb is None or (token.lower.endswith("ed") and token.lower not in verb)


def _to_too(analysis: Analysis, i: int, token: Token) -> Finding | None:
    if token.lower != "to":
        return None
    before, word, after = (neighbour(analysis, i, k) for k in (-1, 1, 2))
    if before is None or word is None:
        return None
    if before.lower in {"not", "n't"}:
        before = neighbour(analysis, i, -2)
    if before is None or before.lower == "been":
        return None  # "I have been to more countries"
    if before.lemma not in _LINKING_VERBS or before.pos not in {"AUX", "VERB"}:
        return None
    if word.lower in {"much", "many"}:
        existential = neighbour(analysis, i, -2)
        if not (after is None or after.is_punct) and (
            existential is None or existential.lower != "there"
        ):
            return None  # "the letters were to many people"; "there are to many" is "too"
    elif not _degree_word(word):
        return None
    elif after is not None and (
        after.pos in {"NOUN", "PROPN", "ADJ", "NUM", "VERB"} or after.lower in {"of", "than"}
    ):
        return None  # "moved to remote areas", "is to only show", "to more than ten"
    return confusable_finding(
        token,
        "too",
        '"to" is a preposition or starts an infinitive; the word that means "more than '
        'enough" (too late, too many) is "too"',
    )


_SLOTS = (_there_their, _that_than, _to_too)


@reports(CONFUSABLE)
def check_sound_alike_function_words(analysis: Analysis) -> Iterator[Finding]:
    for i, token in enumerate(analysis.tokens):
        if token.lower not in {"there", "that", "to"}:
            continue
        for slot in _SLOTS:
            finding = slot(analysis, i, token)
            if finding is not None:
                yield finding
                break
