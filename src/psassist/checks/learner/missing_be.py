"""A missing "be": "it dangerous", "he very happy", "I would happy to", "there many ways".

English needs a form of "be" to link a subject to an adjective; many first languages
(Arabic, Russian, Hindi, Chinese, Indonesian...) do not, so learners drop it. The parse
must agree: the pronoun is the subject of the adjective itself, with no verb, "be" or
auxiliary attached, and only adverbs ("very", "so") between them. "Make it easy" and
"keep you safe" (objects of a verb) are left alone. The same holds after a modal ("will
not hard") and after existential "there" at the start of a clause ("I think there many
ways"), where "went there many times" (an adverb after a verb) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner.feeling_verbs import feeling_phrase
from psassist.checks.learner.syntax import child_deps, next_word, plain, previous_word
from psassist.checks.learner.words import PRESENT_BE, neighbour, word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

MISSING_BE = define(
    "grammar.missing-be",
    Category.GRAMMAR,
    Severity.WARNING,
    'Missing "be"',
    'A subject needs a verb before an adjective or a noun phrase: "it is dangerous", "he '
    'was very happy", "it can be a useful tool", "many people are hurt by cars". Learners '
    "whose first language has no linking verb often leave it out.",
    sources=(
        Source(
            'British Council LearnEnglish, "Linking verbs"',
            "https://learnenglish.britishcouncil.org/grammar/english-grammar-reference/linking-verbs",
        ),
    ),
    example=Example(
        flag="During night shifts it very quiet on the ward.",
        near_miss="Good teachers make it easy to ask questions.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

#: Subject pronouns and their "be", shared with missing_verb.py; not "you", which these
#: rules have never covered (it is as often an object: "made you happy").
BE_FOR = {pronoun: be for pronoun, be in PRESENT_BE.items() if pronoun != "you"}
#: Pronouns that are also objects ("make it easy"): only when no verb comes before.
_ALSO_OBJECTS = frozenset({"it"})
#: A "be" already there: as a copula, or as the passive auxiliary.
_BE_LINKS = frozenset({"cop", "auxpass"})
_LINKS = _BE_LINKS | {"aux", "neg"}
#: Adverbs that stand before the "be" a modal needs ("will not be", "can also be");
#: degree adverbs ("very", "so") stand after it.
BEFORE_BE = word_set("""
not n't also always never just only still even already ever actually certainly definitely
probably surely usually often sometimes then
""")
#: Adjective-tagged words that work as adverbs after a subject ("he alone knows").
_NOT_PREDICATES = frozenset({"alone", "only", "else", "together", "sure", "first", "last"})


@reports(MISSING_BE)
def check_missing_be(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, pronoun in enumerate(tokens):
        be = BE_FOR.get(pronoun.lower)
        if be is None or pronoun.dep != "nsubj":
            continue
        head = pronoun.head
        adjective = tokens[head]
        if head <= index or adjective.tag != "JJ" or adjective.lower in _NOT_PREDICATES:
            continue
        if any(tokens[j].pos != "ADV" for j in range(index + 1, head)):
            continue  # only "very", "so", "too" may stand between
        if _LINKS & set(child_deps(analysis, head)):
            continue
        if feeling_phrase(analysis, head) is not None:
            continue  # "I interested in": grammar.feeling-adjective gives the whole fix
        before = previous_word(tokens, index)
        if pronoun.lower in _ALSO_OBJECTS and before is not None and before.pos in ("VERB", "AUX"):
            continue
        fixed = f"{pronoun.text} {be} {analysis.text[tokens[index + 1].start : adjective.end]}"
        yield MISSING_BE.finding(
            pronoun.start,
            adjective.end,
            f'a verb is missing: "{fixed}" (or "was"/"were" for the past)',
            [fixed],
        )


@reports(MISSING_BE)
def check_modal_adjective(analysis: Analysis) -> Iterator[Finding]:
    """ "I would happy to join": a modal whose adjective has no "be"."""
    tokens = analysis.tokens
    for index, adjective in enumerate(tokens):
        if adjective.tag != "JJ" or adjective.lower in _NOT_PREDICATES:
            continue
        deps = child_deps(analysis, index)
        if _BE_LINKS & set(deps) or "nsubjpass" in deps:
            continue
        auxes = deps.get("aux", [])
        if len(auxes) != 1 or tokens[auxes[0]].tag != "MD" or auxes[0] > index:
            continue
        modal = tokens[auxes[0]]
        if any(tokens[j].pos not in ("ADV", "PART") for j in range(auxes[0] + 1, index)):
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            after is not None
            and after.pos in ("NOUN", "PROPN")
            and after.sentence == modal.sentence
        ):
            continue  # "as you would solar panels", "could private message": a noun phrase
        at = auxes[0] + 1
        while at < index and plain(tokens[at]) in BEFORE_BE:
            at += 1  # "would not be happy", but "could be very helpful"
        fixed = (
            analysis.text[modal.start : tokens[at].start]
            + "be "
            + analysis.text[tokens[at].start : adjective.end]
        )
        yield MISSING_BE.finding(
            modal.start, adjective.end, f'a verb is missing: "{fixed}"', [fixed]
        )


#: Words before existential "there" that start a clause ("I think there are...").
_CLAUSE_OPENERS = frozenset(
    {
        ",",
        ";",
        "that",
        "because",
        "and",
        "but",
        "so",
        "if",
        "when",
        "since",
        "although",
        "though",
        "think",
        "believe",
        "know",
        "where",
        "while",
    }
)
_QUANTIFIERS = frozenset({"many", "much", "several", "no", "lots", "some", "few", "plenty"})


@reports(MISSING_BE)
def check_there_without_verb(analysis: Analysis) -> Iterator[Finding]:
    """ "there a lot of viruses", "I think there many ways": existential there, no verb."""
    tokens = analysis.tokens
    for index, there in enumerate(tokens):
        if there.lower != "there":
            continue
        before = previous_word(tokens, index)
        after_comma = index > 0 and tokens[index - 1].text in (",", ";")
        if before is not None and before.lower not in _CLAUSE_OPENERS and not after_comma:
            continue
        after = neighbour(analysis, index, 1)
        if after is None or after.start != there.end + 1:
            continue  # "There, a man stood": a comma after "there" makes it an adverb
        following = next_word(tokens, index + 1)
        lot = after.lower == "a" and following is not None and following.lower in ("lot", "few")
        if not (after.lower in _QUANTIFIERS or lot):
            continue
        yield MISSING_BE.finding(
            there.start,
            after.end,
            f'a verb is missing: "{there.text} are {after.text}" ("there is" before one thing)',
            [f"{there.text} are {after.text}"],
        )
