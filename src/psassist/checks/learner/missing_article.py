"""The missing article: "become doctor", "fascinated by human body", "there is problem".

Articles are the error English learners make most whose first language has none (Hindi,
Urdu, Russian, Chinese, Arabic in part). A singular countable noun needs a determiner;
the rule fires only where the parse and the lexicon agree, and leaves alone what
English says without one: fixed phrases ("at home", "on call"), roles one person holds
("became chief resident"), mass and clinical uses ("she described tremor", "a loop of
bowel"), names and labels ("bed 4").
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner import bare_nouns, lexicon, opening_nouns
from psassist.checks.learner.syntax import (
    child_deps,
    next_word,
    previous_word,
)
from psassist.checks.learner.words import TIME_UNITS
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

MISSING_ARTICLE = define(
    "grammar.missing-article",
    Category.GRAMMAR,
    Severity.WARNING,
    "Missing article before a singular noun",
    'A singular countable noun needs a, an, the or a word like my: "become a doctor", '
    '"the human body"; so do set phrases such as "a lot of", "the same" and "a long '
    'time", and so does a noun there is only one of ("on the internet", "in the future"). '
    'Warning, not error: fixed phrases ("at home", "on call") legitimately go '
    "without one, and a list cannot hold them all.",
    sources=(
        Source(
            'British Council LearnEnglish, "Count nouns"',
            "http://learnenglish.britishcouncil.org/english-grammar/count-nouns",
        ),
        Source(
            'Miami University ELL Writing Center, "Articles"',
            "https://www.miamioh.edu/ellwc/resources/grammar-tutorials/articles/",
        ),
        Source(
            "lemminflect: inflections and countability from the NIH SPECIALIST lexicon",
            "https://pypi.org/project/lemminflect/",
        ),
        Source("wordfreq: word frequencies", "https://github.com/rspeer/wordfreq"),
        Source(
            'Cambridge English Grammar Today, "The" (things there is only one of)',
            "https://dictionary.cambridge.org/grammar/british-grammar/the",
        ),
        Source(
            'Not One-Off Britishisms, "In future" (US English says "in the future")',
            "https://notoneoffbritishisms.com/2011/04/28/in-future/",
        ),
    ),
    example=Example(
        flag="I want to become doctor.",
        near_miss="I want to become a doctor and stay at home less.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)
#: Words that make a noun one of a kind, so it takes "the": "the same day", "the first time".
_ONE_OF_A_KIND = frozenset(
    {"same", "first", "second", "third", "last", "next", "only", "main", "most", "least"}
)
#: "an" and "a" go by the sound of the next word, not its first letter ("What's the
#: Word", "An honest or a honest politician?", https://whatstheword.co.uk/2021/03/31/239).
_VOWEL_SOUND_H = ("hour", "honest", "honor", "honour", "heir")
_CONSONANT_SOUND_VOWEL = ("uni", "use", "usu", "uti", "eu", "one", "once", "ur", "uro")
#: "opened mine": a possessive pronoun stands for a whole noun phrase.
_POSSESSIVE_PRONOUNS = frozenset({"mine", "yours", "hers", "ours", "theirs"})
#: "last month", "next week": words that point to one time unit.
_TIME_POINTERS = frozenset({"last", "next", "this", "every"})


def _time_of_day_or_date(analysis: Analysis, index: int) -> bool:
    """ "last month", "next week": a time unit that "last"/"next" points to needs no "the"."""
    token = analysis.tokens[index]
    if token.lower not in TIME_UNITS:
        return False
    deps = child_deps(analysis, index)
    pointers = deps.get("amod", []) + deps.get("det", [])
    return any(analysis.tokens[c].lower in _TIME_POINTERS for c in pointers)


#: "a long time", "a hard time": a stretch or a kind of time is counted.
_LENGTHS_OF_TIME = frozenset({"long", "short"})
_KINDS_OF_TIME = frozenset({"hard", "good", "great", "difficult", "tough", "wonderful", "rough"})
_SET_PHRASE_MESSAGES = {
    "lot": '"A lot of" keeps its "a": "{fix} of"',
    "same": '"Same" takes "the" when it compares: "{fix}"',
    "time": 'One stretch of time is counted, so it takes "a": "{fix}"',
}
_PERSONS = frozenset({"i", "you", "he", "she", "we", "they"})


@reports(MISSING_ARTICLE)
def missing_article(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    with_verb = analysis.memo(
        "learner.sentences_with_verb",
        lambda: {t.sentence for t in tokens if t.pos in ("VERB", "AUX")},
    )
    for index, token in enumerate(tokens):
        if not token.text.isalpha() or token.sentence not in with_verb:
            continue
        # "Robot can do it": a capital only the sentence's; the tagger often says NNP there.
        opening = not token.text.islower() and opening_nouns.opens_sentence_as_common_noun(
            analysis, index
        )
        if not (
            opening
            or (
                token.text.islower()
                and (_bare_noun(token) or _noun_taken_for_adjective(analysis, index))
            )
        ):
            continue
        if not (opening or _counted(analysis, index)) or bare_nouns.determined(analysis, index):
            continue
        if bare_nouns.fixed_phrase(analysis, index) or bare_nouns.counted_or_named(analysis, index):
            continue
        if bare_nouns.mass_use(analysis, index):
            continue
        if token.lower in _POSSESSIVE_PRONOUNS or _time_of_day_or_date(analysis, index):
            continue  # "opened mine"; "of last month", "by next week"
        if bare_nouns.in_hyphenated_compound(analysis.text, token.start, token.end):
            continue  # "door-to-needle times", "below-knee amputation"
        if token.dep in ("nsubj", "nsubjpass") and _plural_verb(analysis, token.head):
            continue  # "scientist have": grammar.agreement reports the pair
        start = _phrase_start(analysis, index)
        fixes = _fixes(analysis, start, index)
        if len(fixes) > 1 and lexicon.rarely_counted(token.lower):
            continue  # "as much as service": web English seldom counts the noun
        phrase = analysis.text[tokens[start].start : token.end]
        if len(fixes) == 1:
            message = f'"{phrase}" names one particular thing, so it needs "the": "{fixes[0]}"'
        else:
            message = (
                f'"{token.text}" is a singular countable noun, so it needs an article or a '
                f'word like "my": "{fixes[0]}" (any one) or "{fixes[1]}" (a specific one)'
            )
        yield MISSING_ARTICLE.finding(tokens[start].start, token.end, message, fixes)


def _fixes(analysis: Analysis, start: int, index: int) -> list[str]:
    """ "a doctor" or "the doctor"; only "the" before a superlative or an ordinal."""
    tokens = analysis.tokens
    first = tokens[start]
    phrase = analysis.text[first.start : tokens[index].end]
    capital = first.text[:1].isupper() and start == analysis.sentences[first.sentence].first_token
    if capital:
        phrase = phrase[:1].lower() + phrase[1:]

    def written(article: str) -> str:
        return (article.capitalize() if capital else article) + " " + phrase

    if first.tag == "JJS" or first.lower in _ONE_OF_A_KIND:
        return [written("the")]
    return [written(indefinite_article(phrase)), written("the")]


def indefinite_article(phrase: str) -> str:
    """ "a" or "an" by the sound of the next word: "an hour", "a university"."""
    word = phrase.lower()
    if word.startswith(_VOWEL_SOUND_H):
        return "an"
    if word.startswith(_CONSONANT_SOUND_VOWEL):
        return "a"
    return "an" if word[:1] in "aeiou" else "a"


def _bare_noun(token: Token) -> bool:
    """A common singular noun in a role that needs a determiner."""
    return (
        token.tag == "NN"
        and token.pos == "NOUN"
        and token.dep in ("attr", "acomp", "dobj", "pobj", "nsubj", "nsubjpass")
    )


def _noun_taken_for_adjective(analysis: Analysis, index: int) -> bool:
    """ "become pediatrician", "as psychiatrist": the parser tagged the noun an adjective.

    Only words the lexicon knows as nouns and never as adjectives, right after a verb of
    being or becoming or after "as".
    """
    tokens = analysis.tokens
    token = tokens[index]
    if token.pos != "ADJ" or token.tag != "JJ":
        return False
    before = previous_word(tokens, index)
    if before is None or not (before.lower == "as" or before.lemma in ("be", "become")):
        return False
    following = next_word(tokens, index)
    if following is not None and following.pos in ("NOUN", "PROPN", "ADJ"):
        return False
    readings = lexicon.readings(token.text)
    return "NOUN" in readings and "ADJ" not in readings


def _counted(analysis: Analysis, index: int) -> bool:
    """Countable by the lexicon, or mostly countable in a role one person holds ("became
    professor", "as professor", "she is professor"), where a mass reading is unlikely."""
    tokens = analysis.tokens
    token = tokens[index]
    if lexicon.is_countable(token.lemma):
        return True
    head = tokens[token.head]
    if token.dep == "pobj":
        role = head.lower == "as"
    elif token.dep in ("attr", "acomp"):
        subjects = child_deps(analysis, token.head).get("nsubj", [])
        role = head.lemma == "become" or (
            head.lemma == "be" and any(tokens[s].lower in _PERSONS for s in subjects)
        )
    else:
        role = False
    return role and lexicon.is_mostly_countable(token.lemma)


def _plural_verb(analysis: Analysis, verb: int) -> bool:
    tokens = analysis.tokens
    group = [verb, *child_deps(analysis, verb).get("aux", [])]
    return any(tokens[i].tag == "VBP" or tokens[i].lower == "were" for i in group)


def _phrase_start(analysis: Analysis, index: int) -> int:
    """The first modifier before the noun ("human body", "most beautiful city")."""
    tokens = analysis.tokens
    deps = child_deps(analysis, index)
    start = index
    for child in sorted(deps.get("amod", []) + deps.get("compound", [])):
        first = min([child, *child_deps(analysis, child).get("advmod", [])])
        if first < start and all(
            tokens[j].pos in ("ADJ", "NOUN", "ADV", "PUNCT", "PROPN") for j in range(first, index)
        ):
            start = first
    return start


@reports(MISSING_ARTICLE)
def article_in_set_phrases(analysis: Analysis) -> Iterator[Finding]:
    """ "lot of" for "a lot of", "is same" for "is the same", "for long time".

    Set phrases whose article learners drop: the noun is not countable on its own
    ("time"), or the word is not a noun at all ("same"), so the main check passes them.
    """
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        lower = token.lower
        if lower == "lot":
            article = _bare_lot(analysis, index)
        elif lower == "same":
            article = _bare_same(analysis, index)
        elif lower == "time" and token.pos == "NOUN":
            article = _bare_time(analysis, index)
        else:
            continue
        if article is None:
            continue
        start = _phrase_start(analysis, index) if lower == "time" else index
        fix = _fixes(analysis, start, index)[0 if article == "a" else -1]
        yield MISSING_ARTICLE.finding(
            tokens[start].start, token.end, _SET_PHRASE_MESSAGES[lower].format(fix=fix), [fix]
        )


def _starts_phrase(analysis: Analysis, index: int) -> bool:
    """Nothing that could determine the word stands right before it."""
    before = previous_word(analysis.tokens, index)
    return (
        before is None
        or before.pos in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PART")
        or (before.pos == "PRON" and before.tag != "PRP$")
    )


def _bare_lot(analysis: Analysis, index: int) -> str | None:
    """ "I spent lot of time": "a lot of"."""
    following = next_word(analysis.tokens, index)
    if following is None or following.lower != "of" or not _starts_phrase(analysis, index):
        return None
    return "a"


def _bare_same(analysis: Analysis, index: int) -> str | None:
    """ "the results were same", "at same time": "the same"."""
    tokens = analysis.tokens
    token = tokens[index]
    if token.tag != "JJ" or analysis.text[token.end : token.end + 1] == "-":
        return None
    if index == analysis.sentences[token.sentence].first_token:
        return None  # "Same here."
    return "the" if _starts_phrase(analysis, index) else None


def _bare_time(analysis: Analysis, index: int) -> str | None:
    """ "for long time", "had hard time": "a long time", "a hard time"."""
    tokens = analysis.tokens
    token = tokens[index]
    following = next_word(tokens, index)
    if token.dep == "compound" or (following is not None and following.pos == "NOUN"):
        return None
    if bare_nouns.in_hyphenated_compound(analysis.text, token.start, token.end):
        return None
    adjectives = {tokens[a].lower for a in child_deps(analysis, index).get("amod", [])}
    head = tokens[token.head]
    if not (
        adjectives & _LENGTHS_OF_TIME
        or (adjectives & _KINDS_OF_TIME and token.dep == "dobj" and head.lemma == "have")
    ):
        return None
    if bare_nouns.determined(analysis, index):
        return None
    start = _phrase_start(analysis, index)
    if tokens[start].lower == "so":
        return None  # "so long time": grammar.so-such gives "such a long time"
    return "a" if _starts_phrase(analysis, start) else None
