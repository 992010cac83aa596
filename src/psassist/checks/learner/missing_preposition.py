"""A verb that needs a preposition before its object, written without one ("listen music").

"Listen", "depend", "deal" (in the sense of handling) and "reply" are intransitive in
English: the thing or person comes after a fixed preposition (listen to, depend on,
deal with, reply to). Many languages mark that object directly, so learners drop the
preposition. The same holds for reciprocal verbs before "each other" ("talk to each
other", not "talk each other"). The parse decides that the noun is the verb's direct
object; a time phrase ("wait a minute") or a card game ("deal the cards") stays quiet.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import child_deps
from psassist.checks.learner.words import TIME_UNITS, neighbour, word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

MISSING_PREPOSITION = define(
    "grammar.missing-preposition",
    Category.GRAMMAR,
    Severity.WARNING,
    "Preposition missing after a verb",
    'Some verbs take their object only through a preposition: "listen to music", "depend '
    'on funding", "deal with a problem", "reply to an email", "talk to each other", '
    '"travel to France". Without it the sentence reads as a translation. A warning until '
    "its precision is measured.",
    sources=(
        Source(
            'Cambridge Dictionary, "listen" (listen to someone/something)',
            "https://dictionary.cambridge.org/dictionary/english/listen",
        ),
        Source(
            'Cambridge Dictionary, "depend on/upon something"',
            "https://dictionary.cambridge.org/dictionary/english/depend-on",
        ),
        Source(
            'Cambridge Dictionary, "deal with something"',
            "https://dictionary.cambridge.org/dictionary/english/deal-with",
        ),
        Source(
            'Cambridge Dictionary, "reply" (reply to someone/something)',
            "https://dictionary.cambridge.org/dictionary/english/reply",
        ),
        Source(
            'Cambridge Dictionary, "agree" (agree with someone/something)',
            "https://dictionary.cambridge.org/dictionary/english/agree",
        ),
        Source(
            'Cambridge Dictionary, "wait" (wait for someone/something)',
            "https://dictionary.cambridge.org/dictionary/english/wait",
        ),
        Source(
            'Cambridge Dictionary, "explain" (explain something to someone)',
            "https://dictionary.cambridge.org/dictionary/english/explain",
        ),
        Source(
            'Cambridge Dictionary, "travel" (travel to a place)',
            "https://dictionary.cambridge.org/dictionary/english/travel",
        ),
        Source(
            'Cambridge Dictionary, "go" (go to a place)',
            "https://dictionary.cambridge.org/dictionary/english/go",
        ),
        Source(
            'Cambridge Dictionary, English Grammar Today, "Each other, one another"',
            "https://dictionary.cambridge.org/grammar/british-grammar/each-other-one-another",
        ),
    ),
    example=Example(
        flag="On night shifts I learned to listen patients carefully.",
        near_miss="On night shifts I learned to listen to patients carefully.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)


@dataclass(frozen=True)
class Verb:
    """`lemma` whose direct object needs `preposition` first."""

    lemma: str
    preposition: str
    #: Only when the object is a person ("wait me"), not "wait your turn".
    person_object: bool = False
    #: Objects that make the verb transitive after all ("deal the cards").
    except_objects: frozenset[str] = frozenset()
    #: When set, the only objects that need the preposition: "agree the statement" (agree
    #: with), while "agree a budget" (decide on it) is standard British English.
    only_objects: frozenset[str] = frozenset()
    #: When set, only a named place of these entity types needs the preposition: "went
    #: Paris", "traveled France", while "travel the world" is right.
    places: frozenset[str] = frozenset()


_TABLE = {
    v.lemma: v
    for v in (
        Verb("listen", "to"),
        Verb("depend", "on"),
        Verb("rely", "on"),
        Verb(
            "deal", "with", except_objects=word_set("blow blows card cards hand damage drug drugs")
        ),
        Verb("reply", "to", except_objects=word_set("nothing something anything yes no")),
        Verb("wait", "for", person_object=True),
        Verb(
            "agree",
            "with",
            only_objects=word_set("""
            statement idea ideas opinion opinions view views point argument claim me him
            her them you
            """),
        ),
        Verb("travel", "to", places=frozenset({"GPE"})),
        Verb("go", "to", places=frozenset({"GPE", "LOC", "FAC"})),
        Verb("apologize", "to", person_object=True),
        Verb("apologise", "to", person_object=True),
    )
}
#: Verbs and participles that reach "each other" only through a preposition.
_RECIPROCAL = {
    **dict.fromkeys(
        word_set("""
        talk speak communicate interact cooperate collaborate compete chat argue agree
        """),
        "with",
    ),
    **dict.fromkeys(
        word_set("listen reply respond react relate belong connect"),
        "to",
    ),
    **dict.fromkeys(word_set("depend rely"), "on"),
}
_PERSON_PRONOUNS = word_set("me him her us them you")
_PERSON_NOUNS = word_set("""
patient patients people doctor doctors nurse nurses friend friends family parents mother
father teacher teachers
""")


def _is_person(token: Token) -> bool:
    return token.lower in _PERSON_PRONOUNS or token.lower in _PERSON_NOUNS


def _direct_object(analysis: Analysis, index: int) -> Token | None:
    kids = child_deps(analysis, index)
    objects = kids.get("dobj", []) + kids.get("attr", [])
    return analysis.tokens[objects[0]] if objects else None


#: Words that open the object's phrase before its head ("Eiffel" in "go Eiffel Tower").
_PHRASE_DEPS = frozenset({"det", "poss", "amod", "compound"})


def _phrase_start(analysis: Analysis, target: Token) -> Token:
    """The first word of the object's phrase ("the" in "the problems")."""
    index = analysis.tokens.index(target)
    first = index
    for j in range(index - 1, max(-1, index - 5), -1):
        if analysis.tokens[j].head == index and analysis.tokens[j].dep in _PHRASE_DEPS:
            first = j
    return analysis.tokens[first]


def _each_other(analysis: Analysis, verb: Token, index: int) -> str | None:
    """The preposition the reciprocal verb needs before its "each other" object."""
    preposition = _RECIPROCAL.get(verb.lemma)
    if preposition is None:
        return None
    tokens = analysis.tokens
    if index + 2 >= len(tokens):
        return None
    first, second = tokens[index + 1], tokens[index + 2]
    if (first.lower, second.lower) not in {("each", "other"), ("one", "another")}:
        return None
    return preposition if second.head == index else None


#: Verbs that take the listener with "to", never as an indirect object: "explain to me".
_TO_LISTENER = {"explain": {"dative", "dobj"}, "describe": {"dative"}, "suggest": {"dative"}}


def _listener(analysis: Analysis, verb: Token, index: int) -> Token | None:
    """The pronoun right after "explain"/"describe"/"suggest" that needs "to" ("explain me")."""
    relations = _TO_LISTENER.get(verb.lemma)
    if relations is None or index + 1 >= len(analysis.tokens):
        return None
    pronoun = analysis.tokens[index + 1]
    if pronoun.lower not in _PERSON_PRONOUNS or pronoun.head != index:
        return None
    return pronoun if pronoun.dep in relations else None


def _needed(analysis: Analysis, verb: Token, index: int) -> tuple[str, Token] | None:
    """(preposition, first word of the object) when the verb lacks its preposition."""
    if verb.pos != "VERB":
        return None
    reciprocal = _each_other(analysis, verb, index)
    if reciprocal is not None:
        return reciprocal, analysis.tokens[index + 1]
    listener = _listener(analysis, verb, index)
    if listener is not None:
        return "to", listener
    entry = _TABLE.get(verb.lemma)
    target = _direct_object(analysis, index)
    if entry is None or target is None or target.start < verb.end:
        return None
    if target.lower in entry.except_objects:
        return None
    if target.lower.rstrip("s") in TIME_UNITS or target.pos in {"NUM", "ADV"}:
        return None
    if entry.only_objects and target.lower not in entry.only_objects:
        return None
    if entry.person_object and not _is_person(target):
        return None
    if entry.places and (target.ent_type not in entry.places or target.pos != "PROPN"):
        return None
    start = _phrase_start(analysis, target)
    if entry.places and start.pos == "DET":
        return None  # "traveled the United States": across it, which is right
    if neighbour(analysis, index, 1) != start:
        return None  # something stands between: "depend, in part, on"
    return entry.preposition, start


@reports(MISSING_PREPOSITION)
def check_missing_preposition(analysis: Analysis) -> Iterator[Finding]:
    for i, verb in enumerate(analysis.tokens):
        found = _needed(analysis, verb, i)
        if found is None:
            continue
        preposition, start = found
        fixed = f"{verb.text} {preposition} {start.text}"
        yield MISSING_PREPOSITION.finding(
            verb.start,
            start.end,
            f'"{verb.lemma}" needs "{preposition}" before its object: "{fixed}".',
            [fixed],
        )
