"""More missing "be": "it can the best tool", "it seriously very hard", "many people
killed by cars".

`missing_be.py` reads the parse of a pronoun and its adjective; these checks cover the
shapes the parse gets wrong or that have no adjective, and report under the same rule
id (grammar.missing-be), since the learner's fix is the same word:

- a modal before a noun phrase with no verb after it ("this will the proof that"); a
  question ("Can the patient walk?", "What will the results show?") has its verb
  later, and a modal after an object ("amend them should developments warrant") or
  before a time ("as hard as I could the whole night") is left alone;
- a subject that opens its clause, then adverbs ending in a degree word (very, so,
  too), then an adjective, with no verb ("it seriously very hard", "the ones highly
  technical"); a subject whose verb comes later ("patients very sick with sepsis were
  admitted") and a noun after a preposition ("with the ward very busy") are left alone;
- a plural noun, its past participle and a "by" agent in a sentence with no finite
  verb at all ("Many children hurt by cars every year.").
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.clauses import FINITE_TAGS
from psassist.checks.learner.missing_be import BE_FOR, BEFORE_BE, MISSING_BE
from psassist.checks.learner.syntax import child_deps, plain, previous_word
from psassist.checks.learner.words import TIME_UNITS, word_set
from psassist.checks.registry import reports
from psassist.findings import Finding

_MODALS = word_set("can could will would shall should may might must 'll")
#: Words before a modal's subject that make the modal inverted or elliptical.
_INVERTERS = word_set("""
so nor neither as than only never rarely seldom what why how where when who which whom
whose if
""")
#: A verb in any form a clause can hang on (the base too: "they can help").
_VERB_TAGS = FINITE_TAGS | {"VB"}
#: Times a modal may stand before when its verb is left out ("as I could the next day").
_TIME_WORDS = TIME_UNITS | word_set("time morning evening night afternoon weekend moment ago")
#: Words that end the noun phrase after a modal: a new clause starts there.
_CLAUSE_BREAKS = word_set("""
that which who whom whose because when while if since although though where and or but
""")
_DEGREE = word_set("very so too extremely really quite highly incredibly especially")
_LINKS = frozenset({"cop", "aux", "auxpass", "neg"})
#: Words before a clause's subject: the subject opens a clause after them.
_CLAUSE_OPENERS = word_set("that because so and but if when since although though while , ; :")
#: Quantities tagged as adjectives, never a predicate after "very" ("they very much like").
_QUANTITIES = word_set("much many few little")
_NOUN_PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNP", "POS", "CD"})


@reports(MISSING_BE)
def check_modal_noun_phrase(analysis: Analysis) -> Iterator[Finding]:
    """ "it can the most useful tool": a modal before a noun phrase, no verb after."""
    tokens = analysis.tokens
    for index, modal in enumerate(tokens):
        if modal.tag != "MD" or plain(modal) not in _MODALS:
            continue
        sentence = analysis.sentences[modal.sentence]
        if sentence.text.rstrip().endswith("?"):
            continue
        subject = previous_word(tokens, index)
        if subject is None or subject.dep != "nsubj" or subject.head not in (index, modal.head):
            continue  # "amend them should subsequent developments warrant": not its subject
        opener = previous_word(tokens, index - 1)
        if plain(subject) in _INVERTERS or (opener is not None and plain(opener) in _INVERTERS):
            continue
        at = index + 1
        while at < sentence.last_token and plain(tokens[at]) in BEFORE_BE:
            at += 1
        if at >= sentence.last_token or tokens[at].tag not in ("DT", "PRP$"):
            continue
        if tokens[at].lower in ("all", "both", "each") or not _no_verb_before_break(
            tokens, at, sentence.last_token
        ):
            continue
        fixed = (
            analysis.text[modal.start : tokens[at - 1].end]
            + " be "
            + analysis.text[tokens[at].start : tokens[at].end]
        )
        yield MISSING_BE.finding(
            modal.start, tokens[at].end, f'a verb is missing: "{fixed}"', [fixed]
        )


def _no_verb_before_break(tokens: list[Token], start: int, end: int) -> bool:
    """The noun phrase from `start` runs to a clause break with no verb or time in it."""
    for j in range(start, end):
        token = tokens[j]
        if token.is_punct or plain(token) in _CLAUSE_BREAKS or token.tag in ("WDT", "WP", "TO"):
            return j > start
        if token.tag in _VERB_TAGS or plain(token) in _TIME_WORDS:
            return False
    return True


@reports(MISSING_BE)
def check_degree_adjective(analysis: Analysis) -> Iterator[Finding]:
    """ "it seriously very hard", "the ones highly technical": a subject opening its
    clause, adverbs ending in a degree word, an adjective, whatever the parse made of it."""
    tokens = analysis.tokens
    for index, subject in enumerate(tokens):
        be = _subject_be(analysis, index)
        if be is None:
            continue
        at = index + 1
        while (
            at < len(tokens) and tokens[at].tag == "RB" and tokens[at].sentence == subject.sentence
        ):
            at += 1
        if at == index + 1 or at >= len(tokens) or tokens[at].tag != "JJ":
            continue
        if plain(tokens[at - 1]) not in _DEGREE or tokens[at].lower in _QUANTITIES:
            continue
        adjective = tokens[at]
        if subject.lower in BE_FOR and subject.head == at:
            continue  # parsed right: check_missing_be reports it
        if _LINKS & set(child_deps(analysis, at)) or _finite_verb_follows(tokens, at):
            continue
        fixed = f"{subject.text} {be} {analysis.text[tokens[index + 1].start : adjective.end]}"
        yield MISSING_BE.finding(
            subject.start, adjective.end, f'a verb is missing: "{fixed}"', [fixed]
        )


def _finite_verb_follows(tokens: list[Token], index: int) -> bool:
    """ "Patients very sick with sepsis were admitted": the subject's verb comes later."""
    sentence = tokens[index].sentence
    for j in range(index + 1, len(tokens)):
        token = tokens[j]
        if token.sentence != sentence or token.is_punct or plain(token) in _CLAUSE_BREAKS:
            return False
        if token.tag in FINITE_TAGS:
            return True
    return False


def _subject_be(analysis: Analysis, index: int) -> str | None:
    """The "be" for a subject that opens its clause: a subject pronoun, or a noun whose
    phrase (determiners, adjectives) starts the clause and is no object."""
    tokens = analysis.tokens
    token = tokens[index]
    first = analysis.sentences[token.sentence].first_token
    start = index
    if token.lower in BE_FOR:
        be = BE_FOR[token.lower]
    elif token.tag in ("NN", "NNS") and token.dep not in (
        "dobj",
        "pobj",
        "attr",
        "compound",
        "amod",
    ):
        while start > first and tokens[start - 1].tag in _NOUN_PHRASE_TAGS:
            start -= 1
        if start == index and token.tag == "NN":
            return None  # a bare singular noun is rarely a subject
        be = "are" if token.tag == "NNS" else "is"
    else:
        return None
    if start > first and plain(tokens[start - 1]) not in _CLAUSE_OPENERS:
        return None
    return be


@reports(MISSING_BE)
def check_participle_by(analysis: Analysis) -> Iterator[Finding]:
    """ "Many children hurt by cars every year.": a plural noun, its participle and a "by"
    agent, in a sentence with no finite verb."""
    tokens = analysis.tokens
    for sentence in analysis.sentences:
        first, last = sentence.first_token, sentence.last_token
        if any(tokens[j].tag in _VERB_TAGS for j in range(first, last)):
            continue
        for j in range(first + 1, last):
            participle = tokens[j]
            if participle.tag != "VBN" or "agent" not in child_deps(analysis, j):
                continue
            noun = tokens[j - 1]
            if (
                participle.head != j - 1
                or noun.tag != "NNS"
                or not _heads_sentence(analysis, j - 1)
            ):
                continue
            fixed = f"{noun.text} are {participle.text}"
            yield MISSING_BE.finding(
                noun.start,
                participle.end,
                f'a verb is missing: "{fixed}" (or "were" for the past)',
                [fixed],
            )


def _heads_sentence(analysis: Analysis, index: int) -> bool:
    """The noun is the sentence's head, or its "of" phrase is ("Thousands of patients"),
    not a noun in a "with" phrase ("a board with spaces arranged by rows")."""
    tokens = analysis.tokens
    noun = tokens[index]
    if noun.dep == "ROOT":
        return True
    preposition = tokens[noun.head]
    return (
        noun.dep == "pobj" and preposition.lower == "of" and tokens[preposition.head].dep == "ROOT"
    )


#: Verbs of naming whose passive learners write without "is" ("it called ...").
_NAMING = word_set("called named termed known")


@reports(MISSING_BE)
def check_naming_passive(analysis: Analysis) -> Iterator[Finding]:
    """ "It called "ballast water"", "it known as the silent killer": "it" cannot call
    or know anything here; the passive needs "is". Only before a quotation mark, a
    name the parse reads as the verb's complement, or "as" after "known"."""
    tokens = analysis.tokens
    for index, verb in enumerate(tokens[1:], start=1):
        subject = tokens[index - 1]
        if verb.lower not in _NAMING or subject.lower != "it" or subject.sentence != verb.sentence:
            continue
        before = tokens[index - 2] if index > 1 else None
        if (
            before is not None
            and before.sentence == verb.sentence
            and plain(before) not in _CLAUSE_OPENERS
        ):
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is None or after.sentence != verb.sentence:
            continue
        if verb.lower == "known":
            named = plain(after) == "as"
        else:
            named = after.tag in ("``", "''") or "oprd" in child_deps(analysis, index)
        if not named:
            continue
        fixed = f"{subject.text} is {verb.text}"
        yield MISSING_BE.finding(subject.start, verb.end, f'a verb is missing: "{fixed}"', [fixed])
