""" "The" dropped before a noun there is only one of: "on internet", "rest of my life".

Some nouns name the only one there is (the internet, the world, the future, the past,
the rest or the majority of something), so English puts "the" before them. Learners
whose first language has no articles drop it. missing_article.py passes these nouns
because the lexicon does not count them; here the noun itself says one thing is meant.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner import bare_nouns
from psassist.checks.learner.missing_article import MISSING_ARTICLE
from psassist.checks.learner.syntax import child_deps, next_word, previous_word
from psassist.checks.registry import reports
from psassist.findings import Finding

_NOUN_ROLES = frozenset({"attr", "dobj", "pobj", "nsubj", "nsubjpass"})
#: Nouns there is only one of, and the prepositions before which they need "the"
#: (None: any role). "In future" is British; US English writes "in the future".
_ONE_OF_A_KIND: dict[str, frozenset[str] | None] = {
    "internet": None,
    "world": None,
    "future": frozenset({"in", "for", "into"}),
    "past": frozenset({"in", "into"}),
}
#: Nouns that need "the" before "of": "the rest of", "the majority of".
_PART_OF = frozenset({"rest", "majority"})


@reports(MISSING_ARTICLE)
def unique_noun_without_the(analysis: Analysis) -> Iterator[Finding]:
    """ "I read it on internet", "in future", "rest of my life": "the"."""
    tokens = analysis.tokens
    for index, token in enumerate(tokens):
        lower = token.text
        if not lower.islower() or token.tag != "NN" or token.pos != "NOUN":
            continue
        if token.dep not in _NOUN_ROLES:
            continue
        if lower in _PART_OF:
            following = next_word(tokens, index)
            if following is None or following.lower != "of":
                continue
        elif lower in _ONE_OF_A_KIND:
            prepositions = _ONE_OF_A_KIND[lower]
            head = tokens[token.head]
            if prepositions is not None and not (
                token.dep == "pobj" and head.lower in prepositions
            ):
                continue
            if _modified(analysis, index):
                continue
        else:
            continue
        if bare_nouns.determined(analysis, index) or _starts_compound(tokens, index):
            continue
        before = previous_word(tokens, index)
        if before is not None and before.pos in ("NOUN", "PROPN"):
            continue  # "todays world": a possessor lost its apostrophe, not an article
        if bare_nouns.in_hyphenated_compound(analysis.text, token.start, token.end):
            continue
        fix = "the " + token.text
        yield MISSING_ARTICLE.finding(
            token.start,
            token.end,
            f'There is only one {token.text} meant here, so it takes "the": "{fix}"',
            [fix],
        )


def _modified(analysis: Analysis, index: int) -> bool:
    """An adjective or compound before the noun may need "a" instead ("a better world")."""
    deps = child_deps(analysis, index)
    return any(dep in deps for dep in ("amod", "compound", "nmod"))


def _starts_compound(tokens: Sequence[Token], index: int) -> bool:
    """ "internet access", "world war": the noun modifies the next one."""
    following = next_word(tokens, index)
    return following is not None and following.pos in ("NOUN", "PROPN")
