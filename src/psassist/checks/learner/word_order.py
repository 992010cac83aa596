"""Fixed word orders learners change: "a such case", "the one of the reasons", "no matter
how the shift is long".

English fixes the place of a few words. "Such" comes before the article ("such a case"),
"one of" needs no "the" ("one of the reasons"), and after "no matter how" or a reported
"how" the adjective moves up to "how" ("no matter how long the shift is", "I realized
how hard it is"). Learners translate the order of their first language word by word.
Each check matches a short run of words; the reported-question check lives in
embedded_questions.py and reports the same rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner.missing_article import indefinite_article
from psassist.checks.learner.syntax import capital_like, previous_word
from psassist.checks.learner.words import (
    PHRASE_OPENERS,
    SUBJECT_PRONOUNS,
    neighbour,
    word_set,
)
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

WORD_ORDER = define(
    "grammar.word-order",
    Category.GRAMMAR,
    Severity.WARNING,
    "Words in an order English does not use",
    'A few English word orders are fixed: "such a case" (not "a such case"), "one of the '
    'reasons" (not "the one of the reasons"), "no matter how long the shift is", "strong '
    'enough" (not "enough strong"), and the order of a statement inside a reported '
    'question ("I did not know why it was wrong", not "why was it wrong"). A warning until '
    "its precision is measured.",
    sources=(
        Source(
            'English Reference, "such a/an" (pitfall: "a such")',
            "https://englishreference.com/word/such-a-an",
        ),
        Source(
            'English Reference, "no matter how" (pitfall: adjective after the subject)',
            "https://englishreference.com/word/no-matter-how",
        ),
        Source(
            'Collins COBUILD Grammar Patterns, "Graded and ungraded adjectives" (how ADJ n v-link)',
            "https://grammar.collinsdictionary.com/grammar-pattern/graded-and-ungraded-adjectives_44",
        ),
        Source(
            'My Happy English, "Too & enough with infinitives" (adjective + enough)',
            "https://www.myhappyenglish.com/free-english-lesson/2012/11/27/one-point-english-lesson-too-enough-with-infinitives/",
        ),
        Source(
            "ESLuent, \"When to put 'to be' after a question word\" (indirect questions)",
            "https://esluent.com/when-to-put-to-be-after-a-question-word/",
        ),
    ),
    example=Example(
        flag="In a such situation we referred the child to the district hospital.",
        near_miss="In such a situation we referred the child to the district hospital.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

#: Possessives and demonstratives that, like an article, open a noun phrase.
_OPENERS = word_set("the my your his her its our their these those")
#: Words after "the one of the" that name a count, so "the one of the two" is right.
_COUNTS = word_set("two three four five six seven eight nine ten both twins pair")
#: Superlatives spaCy may tag as plain adjectives.
_SUPERLATIVE_WORDS = word_set("most best worst least")
#: Linking verbs whose adjective moves up to "how": "no matter how tired you feel".
_LINKING = word_set("be seem feel look become get sound appear")
#: Verbs after which "how + adjective" reports a degree ("I realized how hard it is").
_REALIZING = word_set("""
realize realized realise realised know knew understand understood see saw seen learn
learned learnt show showed shows shown notice noticed remember remembered appreciate
appreciated imagine imagined
""")
_OBJECT_PRONOUNS = word_set("me you him her us them")


def _such_article(analysis: Analysis, index: int) -> Iterator[Finding]:
    """ "a such case" -> "such a case"; "a so good doctor" -> "such a good doctor"."""
    tokens = analysis.tokens
    article = tokens[index]
    second, third = neighbour(analysis, index, 1), neighbour(analysis, index, 2)
    if second is None or third is None or not third.is_alpha:
        return
    if second.lower == "such" and third.pos in {"ADJ", "NOUN", "PROPN"}:
        fixed = capital_like(f"such {indefinite_article(third.text)}", article.text)
        yield WORD_ORDER.finding(
            article.start,
            second.end,
            f'"such" comes before the article: write "{fixed} {third.text}".',
            [fixed],
        )
        return
    noun = neighbour(analysis, index, 3)
    if (
        second.lower == "so"
        and third.tag == "JJ"
        and noun is not None
        and noun.pos == "NOUN"
        and noun.tag in {"NN", "NNS"}
    ):
        fixed = capital_like(f"such {indefinite_article(third.text)} {third.text}", article.text)
        yield WORD_ORDER.finding(
            article.start,
            third.end,
            f'before an adjective and a noun, write "{fixed} {noun.text}" '
            f'(or "so {third.text} {indefinite_article(third.text)} {noun.text}").',
            [fixed],
        )


@reports(WORD_ORDER)
def check_such_after_article(analysis: Analysis) -> Iterator[Finding]:
    for index, token in enumerate(analysis.tokens):
        if token.lower in {"a", "an"}:
            yield from _such_article(analysis, index)


def _one_of_the(analysis: Analysis, index: int) -> bool:
    """ "The one of the reasons ..." at the start of a sentence, or "the one of the best"
    anywhere: "one of" already picks one from a group."""
    one, of, opener = (neighbour(analysis, index, step) for step in (1, 2, 3))
    if one is None or of is None or opener is None or one.lower != "one" or of.lower != "of":
        return False
    if opener.lower not in _OPENERS:
        return False
    after = neighbour(analysis, index, 4)
    if after is None or not after.is_alpha or after.lower in _COUNTS or after.like_num:
        return False
    if after.tag in {"JJS", "RBS"} or after.lower in _SUPERLATIVE_WORDS:
        return True
    starts_sentence = previous_word(analysis.tokens, index) is None
    return starts_sentence and after.pos in {"NOUN", "ADJ"}


@reports(WORD_ORDER)
def check_the_one_of(analysis: Analysis) -> Iterator[Finding]:
    for index, token in enumerate(analysis.tokens):
        if token.lower != "the" or not _one_of_the(analysis, index):
            continue
        one = analysis.tokens[index + 1]
        fixed = capital_like("one", token.text)
        yield WORD_ORDER.finding(
            token.start,
            one.end,
            f'"one of" already picks one from the group: write "{fixed} of", without "the".',
            [fixed],
        )


def _subject_end(analysis: Analysis, index: int) -> int | None:
    """The last token of a short subject starting at `index` ("it", "the night shift"),
    or None when no pronoun or determiner-led noun phrase starts there."""
    first = analysis.tokens[index]
    if first.lower in SUBJECT_PRONOUNS:
        return index
    if first.lower not in PHRASE_OPENERS:
        return None
    for step in range(1, 4):
        token = neighbour(analysis, index, step)
        if token is None or token.pos not in {"NOUN", "PROPN", "ADJ"}:
            return None
        following = neighbour(analysis, index, step + 1)
        if token.pos in {"NOUN", "PROPN"} and (
            following is None or following.pos not in {"NOUN", "PROPN"}
        ):
            return index + step
    return None


def _how_late_adjective(analysis: Analysis, index: int) -> Finding | None:
    """ "no matter how the shift is long" -> "no matter how long the shift is"."""
    tokens = analysis.tokens
    start = index + 1
    if neighbour(analysis, index, 1) is None:
        return None
    end = _subject_end(analysis, start)
    if end is None:
        return None
    verb, adjective = neighbour(analysis, end, 1), neighbour(analysis, end, 2)
    if verb is None or adjective is None or verb.lemma not in _LINKING:
        return None
    if adjective.tag not in {"JJ", "JJR"} or verb.pos not in {"AUX", "VERB"}:
        return None
    following = neighbour(analysis, end, 3)
    if following is not None and following.pos in {"NOUN", "PROPN"}:
        return None  # "no matter how it is good news": another fix
    subject = analysis.text[tokens[start].start : tokens[end].end]
    fixed = f"{adjective.text} {subject} {verb.text}"
    return WORD_ORDER.finding(
        tokens[start].start,
        adjective.end,
        f'the adjective comes straight after "how": "how {fixed}".',
        [fixed],
    )


def _degree_how(analysis: Analysis, index: int) -> bool:
    """ "how" that asks "to what degree": after "no matter", or reported after a verb of
    knowing or showing ("I realized how", "it showed me how")."""
    before = neighbour(analysis, index, -1)
    if before is None:
        return False
    if before.lower == "matter":
        no = neighbour(analysis, index, -2)
        return no is not None and no.lower == "no"
    if before.lower in _OBJECT_PRONOUNS:
        before = neighbour(analysis, index, -2)
    return before is not None and before.lower in _REALIZING


@reports(WORD_ORDER)
def check_how_adjective(analysis: Analysis) -> Iterator[Finding]:
    for index, token in enumerate(analysis.tokens):
        if token.lower != "how" or not _degree_how(analysis, index):
            continue
        finding = _how_late_adjective(analysis, index)
        if finding is not None:
            yield finding


def _enough_before_adjective(analysis: Analysis, index: int) -> Finding | None:
    """ "is not enough strong" -> "strong enough": "enough" follows an adjective. Only
    after a linking verb or "not", and not before a noun ("enough clean water")."""
    enough, adjective = analysis.tokens[index], neighbour(analysis, index, 1)
    before = neighbour(analysis, index, -1)
    if adjective is None or before is None or adjective.tag not in {"JJ", "JJR"}:
        return None
    if before.lemma not in _LINKING and before.lower not in {"not", "n't"}:
        return None
    following = neighbour(analysis, index, 2)
    if following is not None and following.pos in {"NOUN", "PROPN", "ADJ"}:
        return None
    fixed = f"{adjective.text} {enough.lower}"
    return WORD_ORDER.finding(
        enough.start,
        adjective.end,
        f'"enough" comes after an adjective: "{fixed}".',
        [fixed],
    )


@reports(WORD_ORDER)
def check_enough_adjective(analysis: Analysis) -> Iterator[Finding]:
    for index, token in enumerate(analysis.tokens):
        if token.lower == "enough":
            finding = _enough_before_adjective(analysis, index)
            if finding is not None:
                yield finding
