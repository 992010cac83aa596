"""Articles and countability: "become doctor", "a research", "advices".

Articles are the error English learners make most whose first language has none (Hindi,
Urdu, Russian, Chinese, Arabic in part). Each rule fires only where the parse and the
lexicon agree, and stays a warning until its precision is measured (see README).
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner import lexicon
from psassist.checks.learner.syntax import (
    child_deps,
    match_case,
    next_word,
    plain,
    previous_word,
)
from psassist.checks.registry import define
from psassist.findings import Category, Finding, Severity

_ARTICLES_SOURCE = ("Miami University ELL Writing Center, \"Articles\" "
                    "(https://www.miamioh.edu/ellwc/resources/grammar-tutorials/articles/)")
_UNCOUNT_SOURCE = ("British Council LearnEnglish, \"Uncount nouns\" "
                   "(https://learnenglish.britishcouncil.org/english-grammar-reference/"
                   "uncount-nouns)")
_LEXICON = "; countability from lemminflect (NIH SPECIALIST lexicon) and wordfreq"

MISSING_ARTICLE = define(
    "grammar.missing-article", Category.GRAMMAR, Severity.WARNING,
    "Missing article before a singular noun",
    "A singular countable noun needs a, an, the or a word like my: \"become a doctor\", "
    "\"the human body\". Warning, not error: fixed phrases (\"at home\", \"on call\") "
    "legitimately go without one, and a list cannot hold them all.",
    _ARTICLES_SOURCE + _LEXICON,
    needs="spacy",
)
UNCOUNTABLE_ARTICLE = define(
    "grammar.uncountable-article", Category.GRAMMAR, Severity.WARNING,
    "\"a/an\" with an uncountable noun",
    "Research, advice, information and equipment are uncountable in English: \"a research\" "
    "reads as a learner's error. Warning until measured precision reaches 0.95.",
    _UNCOUNT_SOURCE,
    needs="spacy",
    replaces=True,
)
UNCOUNTABLE_PLURAL = define(
    "grammar.uncountable-plural", Category.GRAMMAR, Severity.WARNING,
    "Plural of an uncountable noun",
    "\"Researches\", \"knowledges\" and \"equipments\" are not English plurals. Warning "
    "until measured precision reaches 0.95: a few such plurals exist in technical prose.",
    _UNCOUNT_SOURCE + _LEXICON,
    needs="spacy",
    replaces=True,
)

_DETERMINING = frozenset({"det", "poss", "nummod", "predet", "quantmod"})
_ROLE_VERBS = frozenset({"become", "be", "elect", "appoint", "name", "remain", "serve",
                         "work", "join", "act", "function"})
_KIND_NOUNS = frozenset({"kind", "sort", "type", "form", "variety", "category", "brand",
                         "species", "class", "breed", "style", "version", "level"})
_QUANTIFIERS = frozenset({"many", "several", "few", "numerous", "various", "multiple",
                          "these", "those", "some", "different", "countless", "more"})


def uncountable_article(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        if token.dep != "det" or token.lower not in ("a", "an") or token.head <= index:
            continue
        noun = tokens[token.head]
        if (noun.tag != "NN" or noun.dep == "compound" or not noun.text.islower()
                or not lexicon.is_uncountable(noun.lemma)):
            continue
        following = next_word(tokens, token.head)
        if following is not None and following.pos in ("NOUN", "PROPN"):
            continue  # "a research project": the noun modifies another
        if noun.lemma in lexicon.curated().article_with_modifier:
            deps = child_deps(analysis, token.head)
            if "amod" in deps or any(tokens[p].lower == "of" for p in deps.get("prep", [])):
                continue  # "a good knowledge of anatomy" is idiomatic
        fix = analysis.text[token.end:noun.end].lstrip()
        yield UNCOUNTABLE_ARTICLE.finding(
            token.start, noun.end,
            f"\"{noun.text}\" is uncountable in English, so it takes no \"{token.text}\": "
            f"write \"{fix}\", or count it with another word (\"a piece of advice\", "
            "\"a research project\", \"a study\")",
            [match_case(fix, token.text)])


def uncountable_plural(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        if token.tag != "NNS" or token.pos != "NOUN" or token.text.isupper():
            continue
        singular = lexicon.singular_of_uncountable_plural(token.text, token.lemma)
        if singular is None:
            continue
        counted = any(tokens[c].lower in _QUANTIFIERS or tokens[c].like_num
                      for dep, kids in child_deps(analysis, index).items()
                      if dep in ("amod", "det", "nummod") for c in kids)
        message = (f"\"{singular}\" is uncountable in English and has no plural: "
                   f"write \"{singular}\"")
        if counted:
            yield UNCOUNTABLE_PLURAL.finding(
                token.start, token.end,
                message + f" with \"much\" or \"a lot of\", or count it (\"pieces of "
                f"{singular}\", \"studies\")")
        else:
            yield UNCOUNTABLE_PLURAL.finding(token.start, token.end, message,
                                             [match_case(singular, token.text)])


def missing_article(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    with_verb = analysis.memo("learner.sentences_with_verb", lambda: {
        t.sentence for t in tokens if t.pos in ("VERB", "AUX")})
    for index, token in enumerate(tokens):
        if (token.tag != "NN" or token.pos != "NOUN" or not token.text.isalpha()
                or not token.text.islower() or token.sentence not in with_verb
                or token.dep not in ("attr", "dobj", "pobj", "nsubj", "nsubjpass")):
            continue
        if not lexicon.is_countable(token.lemma) or _determined(analysis, index):
            continue
        if _fixed_phrase(analysis, index) or _counted_or_named(analysis, index):
            continue
        start = _phrase_start(analysis, index)
        phrase = analysis.text[tokens[start].start:token.end]
        article = "an" if phrase[:1].lower() in "aeiou" else "a"
        yield MISSING_ARTICLE.finding(
            tokens[start].start, token.end,
            f"\"{token.text}\" is a singular countable noun, so it needs an article or a "
            f"word like \"my\": \"{article} {phrase}\" (any one) or \"the {phrase}\" (a "
            "specific one)")


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
                "such", "per", "what", "whose", "which", "either", "neither", "enough"):
            return True
        if earlier.pos not in ("ADJ", "ADV", "NOUN", "PUNCT", "PROPN", "VERB") or (
                earlier.pos == "VERB" and earlier.tag not in ("VBG", "VBN")):
            break
    return before is not None and plain(before) == "'s"


def _fixed_phrase(analysis: Analysis, index: int) -> bool:
    """"at home", "in person", "kind of patient", "day by day", "served as chair"."""
    tokens = analysis.tokens
    token = tokens[index]
    lists = lexicon.curated()
    if token.lemma in lists.unique_roles:
        return True
    head = tokens[token.head]
    if token.dep == "pobj":
        if token.lemma in lists.bare_after.get(head.lower, frozenset()):
            return True
        if head.lower == "of" and tokens[head.head].lemma in _KIND_NOUNS:
            return True
    if token.dep == "attr" and head.lemma not in _ROLE_VERBS:
        return True
    window = tokens[max(0, index - 3):index + 4]
    if sum(1 for t in window if t.lemma == token.lemma) > 1:
        return True  # "day by day", "from patient to patient", "face to face"
    following = next_word(tokens, index)
    return following is not None and (following.like_num or plain(following) == "'s")


def _counted_or_named(analysis: Analysis, index: int) -> bool:
    """"bed 4", "Step 1", a noun inside a name or title, a verb-noun idiom."""
    tokens = analysis.tokens
    token = tokens[index]
    if token.ent_type in ("ORG", "WORK_OF_ART", "PERSON", "FAC", "EVENT", "LAW", "GPE"):
        return True
    previous = previous_word(tokens, index)
    return previous is not None and previous.text[:1].isupper() and previous.pos == "PROPN"


def _phrase_start(analysis: Analysis, index: int) -> int:
    """The first adjective or noun modifier before the noun ("human body")."""
    tokens = analysis.tokens
    start = index
    for child in sorted(child_deps(analysis, index).get("amod", [])
                        + child_deps(analysis, index).get("compound", [])):
        if child < start and all(tokens[j].pos in ("ADJ", "NOUN", "ADV", "PUNCT", "PROPN")
                                 for j in range(child, index)):
            start = child
    return start


CHECKS = (missing_article, uncountable_article, uncountable_plural)
