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
from psassist.checks.learner import lexicon
from psassist.checks.learner.syntax import (
    child_deps,
    next_word,
    plain,
    previous_word,
)
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

MISSING_ARTICLE = define(
    "grammar.missing-article",
    Category.GRAMMAR,
    Severity.WARNING,
    "Missing article before a singular noun",
    'A singular countable noun needs a, an, the or a word like my: "become a doctor", '
    '"the human body". Warning, not error: fixed phrases ("at home", "on call") '
    "legitimately go without one, and a list cannot hold them all.",
    sources=(
        Source(
            'Miami University ELL Writing Center, "Articles"',
            "https://www.miamioh.edu/ellwc/resources/grammar-tutorials/articles/",
        ),
        Source(
            "lemminflect: inflections and countability from the NIH SPECIALIST lexicon",
            "https://pypi.org/project/lemminflect/",
        ),
        Source("wordfreq: word frequencies", "https://github.com/rspeer/wordfreq"),
    ),
    example=Example(
        flag="I want to become doctor.",
        near_miss="I want to become a doctor and stay at home less.",
    ),
    needs=Needs.PARSER,
)
_DETERMINING = frozenset({"det", "poss", "nummod", "predet", "quantmod"})
_ROLE_VERBS = frozenset(
    {
        "become",
        "be",
        "elect",
        "appoint",
        "name",
        "remain",
        "serve",
        "work",
        "join",
        "act",
        "function",
    }
)
_KIND_NOUNS = frozenset(
    {
        "kind",
        "sort",
        "type",
        "form",
        "variety",
        "category",
        "brand",
        "species",
        "class",
        "breed",
        "style",
        "version",
        "level",
    }
)
#: "a lot of opportunity", "most student": the noun's number is the error, not its article.
_QUANTITY_WORDS = frozenset(
    {
        "lot",
        "lots",
        "number",
        "plenty",
        "most",
        "more",
        "many",
        "several",
        "few",
        "all",
        "other",
        "various",
        "numerous",
        "some",
        "any",
        "each",
        "none",
        "one",
        "both",
        "less",
        "fewer",
        "kinds",
        "types",
        "couple",
        "variety",
        "range",
        "majority",
        "half",
    }
)
#: Words after which the next noun is a typo's victim ("there product", "de idea").
_SUSPECT_BEFORE = frozenset(
    {
        "there",
        "they're",
        "you're",
        "de",
        "teh",
        "hte",
        "th",
        "thier",
        "ur",
        "da",
        "tha",
        "or",
        "and",
        "but",
        "nor",
    }
)
#: "a loop of bowel", "a piece of tissue": the noun after "of" is the mass it is cut from.
_PORTIONS = frozenset(
    {
        "loop",
        "piece",
        "segment",
        "portion",
        "part",
        "section",
        "slice",
        "sample",
        "fragment",
        "layer",
        "bit",
        "length",
        "strip",
        "area",
        "amount",
    }
)
#: Words that make a noun one of a kind, so it takes "the": "the same day", "the first time".
_ONE_OF_A_KIND = frozenset(
    {"same", "first", "second", "third", "last", "next", "only", "main", "most", "least"}
)
#: "an" and "a" go by sound, not letter: Lunsford, EasyWriter, "Articles" and LearnEnglish.
_VOWEL_SOUND_H = ("hour", "honest", "honor", "honour", "heir")
_CONSONANT_SOUND_VOWEL = ("uni", "use", "usu", "uti", "eu", "one", "once", "ur", "uro")
_PERSONS = frozenset({"i", "you", "he", "she", "we", "they"})
_GENERIC = frozenset({"man", "mankind", "humankind", "womankind"})


@reports(MISSING_ARTICLE)
def missing_article(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    with_verb = analysis.memo(
        "learner.sentences_with_verb",
        lambda: {t.sentence for t in tokens if t.pos in ("VERB", "AUX")},
    )
    for index, token in enumerate(tokens):
        if (
            not token.text.isalpha()
            or not token.text.islower()
            or token.sentence not in with_verb
            or not (_bare_noun(token) or _noun_taken_for_adjective(analysis, index))
        ):
            continue
        if not _counted(analysis, index) or _determined(analysis, index):
            continue
        if _fixed_phrase(analysis, index) or _counted_or_named(analysis, index):
            continue
        if _mass_use(analysis, index):
            continue
        if _in_hyphenated_compound(analysis.text, token.start, token.end):
            continue  # "door-to-needle times", "below-knee amputation"
        if token.dep in ("nsubj", "nsubjpass") and _plural_verb(analysis, token.head):
            continue  # "scientist have": grammar.agreement reports the pair
        start = _phrase_start(analysis, index)
        fixes = _fixes(analysis, start, index)
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


def _mass_use(analysis: Analysis, index: int) -> bool:
    """A countable noun used as a mass noun, as clinical English does.

    "She described tremor, thirst and fatigue" (the first of a list of findings) and
    "the loop of bowel", "a history of seizure" (after "of" in a determined phrase).
    """
    tokens = analysis.tokens
    token = tokens[index]
    if index + 1 < len(tokens) and tokens[index + 1].text == ",":
        after = next_word(tokens, index + 1)
        rest = tokens[index + 1 : analysis.sentences[token.sentence].last_token]
        if (
            after is not None
            and after.pos in ("NOUN", "ADJ")
            and any(t.lower in ("and", "or") for t in rest[:10])
        ):
            return True
    if token.dep == "pobj" and tokens[token.head].lower == "of":
        return tokens[tokens[token.head].head].lemma in _PORTIONS
    return False


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


def _in_hyphenated_compound(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated modifier ("below-knee amputation"), not a noun on its own."""
    return text[start - 1 : start] == "-" or text[end : end + 1] == "-"


def _plural_verb(analysis: Analysis, verb: int) -> bool:
    tokens = analysis.tokens
    group = [verb, *child_deps(analysis, verb).get("aux", [])]
    return any(tokens[i].tag == "VBP" or tokens[i].lower == "were" for i in group)


def _determined(analysis: Analysis, index: int) -> bool:
    """It has its own determiner, shares one in a list, or belongs to a possessor."""
    tokens = analysis.tokens
    token = tokens[index]
    deps = child_deps(analysis, index)
    if any(dep in _DETERMINING for dep in deps) or "conj" in deps or token.dep == "conj":
        return True
    if any(tokens[c].dep == "case" for c in deps.get("poss", [])):
        return True
    before = previous_word(tokens, index)
    # A determiner the parser hung elsewhere, a possessive "'s", or an adjective after one.
    for j in range(index - 1, max(-1, index - 5), -1):
        earlier = tokens[j]
        if earlier.sentence != token.sentence:
            break
        if earlier.tag in ("DT", "PRP$", "WP$", "POS", "CD", "PDT") or earlier.lower in (
            "such",
            "per",
            "what",
            "whose",
            "which",
            "either",
            "neither",
            "enough",
            "every",
            "each",
            "another",
            "no",
            "any",
            "that",
            "this",
            "these",
            "those",
        ):
            return True
        if earlier.pos not in ("ADJ", "ADV", "NOUN", "PUNCT", "PROPN", "VERB") or (
            earlier.pos == "VERB" and earlier.tag not in ("VBG", "VBN")
        ):
            break
    return before is not None and plain(before) == "'s"


def _fixed_phrase(analysis: Analysis, index: int) -> bool:
    """ "at home", "in person", "kind of patient", "day by day", "served as chair"."""
    tokens = analysis.tokens
    token = tokens[index]
    lists = lexicon.curated()
    if token.lemma in lists.unique_roles or token.lemma in _GENERIC:
        return True
    modifiers = [
        tokens[c] for d in ("amod", "compound") for c in child_deps(analysis, index).get(d, [])
    ]
    if any(m.lemma in lists.unique_roles for m in modifiers):
        return True  # "became chief resident", "head nurse"
    head = tokens[token.head]
    if token.dep == "dobj" and token.lemma in lists.bare_objects.get(head.lemma, frozenset()):
        return True
    for adjective in child_deps(analysis, index).get("amod", []):
        if tokens[adjective].lower in _QUANTITY_WORDS or any(
            tokens[c].lower in ("so", "too", "how", "as")
            for c in child_deps(analysis, adjective).get("advmod", [])
        ):
            return True  # "most student", "so unstable trip": the fix is not an article
    before = previous_word(tokens, index)
    if before is not None and plain(before) in _SUSPECT_BEFORE:
        return True
    if token.dep == "pobj":
        if token.lemma in lists.bare_after.get(head.lower, frozenset()):
            return True
        if head.lower == "of" and (
            tokens[head.head].lemma in _KIND_NOUNS or tokens[head.head].lower in _QUANTITY_WORDS
        ):
            return True
    if token.dep in ("attr", "acomp") and head.lemma not in _ROLE_VERBS:
        return True
    window = tokens[max(0, index - 3) : index + 4]
    if sum(1 for t in window if t.lemma == token.lemma) > 1:
        return True  # "day by day", "from patient to patient", "face to face"
    following = next_word(tokens, index)
    return following is not None and (following.like_num or plain(following) == "'s")


def _counted_or_named(analysis: Analysis, index: int) -> bool:
    """ "bed 4", "Step 1", a noun inside a name or title, a verb-noun idiom."""
    tokens = analysis.tokens
    token = tokens[index]
    if token.ent_type in ("ORG", "WORK_OF_ART", "PERSON", "FAC", "EVENT", "LAW", "GPE"):
        return True
    previous = previous_word(tokens, index)
    return previous is not None and previous.text[:1].isupper() and previous.pos == "PROPN"


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
