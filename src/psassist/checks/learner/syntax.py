"""Small helpers over the dependency parse that every learner rule needs.

Rules read `Analysis.tokens` (already flattened, heads as indices); these helpers add
the children lists spaCy had, computed once per analysis and shared between rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from psassist.checks.analysis import Analysis, Token


def children(analysis: Analysis) -> list[list[int]]:
    """For each token, the indices of its dependents, in text order."""

    def compute() -> list[list[int]]:
        kids: list[list[int]] = [[] for _ in analysis.tokens]
        for index, token in enumerate(analysis.tokens):
            if token.head != index:
                kids[token.head].append(index)
        return kids

    return analysis.memo("learner.children", compute)


def child_deps(analysis: Analysis, index: int) -> Mapping[str, list[int]]:
    """A token's dependents grouped by relation (computed once per analysis; read only)."""

    def compute() -> list[dict[str, list[int]]]:
        table: list[dict[str, list[int]]] = []
        for kids in children(analysis):
            grouped: dict[str, list[int]] = {}
            for child in kids:
                grouped.setdefault(analysis.tokens[child].dep, []).append(child)
            table.append(grouped)
        return table

    return analysis.memo("learner.child_deps", compute)[index]


def previous_word(tokens: Sequence[Token], index: int) -> Token | None:
    """The nearest earlier token of the same sentence that is not punctuation or space."""
    sentence = tokens[index].sentence
    for j in range(index - 1, -1, -1):
        token = tokens[j]
        if token.sentence != sentence:
            return None
        if not (token.is_punct or token.is_space):
            return token
    return None


def next_word(tokens: Sequence[Token], index: int) -> Token | None:
    sentence = tokens[index].sentence
    for j in range(index + 1, len(tokens)):
        token = tokens[j]
        if token.sentence != sentence:
            return None
        if not (token.is_punct or token.is_space):
            return token
    return None


def match_case(replacement: str, original: str) -> str:
    """Give the replacement the capital the original started with."""
    if original[:1].isupper() and not original.isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def capital_like(replacement: str, original: str) -> str:
    """The replacement with a capital when the original word has one; unlike
    `match_case`, a one-letter "A" counts ("A such case" -> "Such a case")."""
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def mostly_capitalised(words: Sequence[str]) -> bool:
    """Three words or more, most of them capitalised: a title or a heading ("Why I Chose
    Internal Medicine"), not a sentence."""
    return len(words) >= 3 and 2 * sum(w[:1].isupper() for w in words) > len(words)


def plain(token: Token) -> str:
    """The token in lower case, a curly apostrophe made straight."""
    return token.lower.replace("\u2019", "'")


def pseudo_cleft(tokens: Sequence[Token], index: int) -> bool:
    """ "All we can do is wait", "what she did was call": a base verb is right there."""
    sentence = tokens[index].sentence
    j = index - 1
    while j >= 0 and tokens[j].sentence == sentence:
        if tokens[j].lemma == "do" or tokens[j].lower in ("to",):
            return True
        j -= 1
    return False
