"""Which verb form a word is, from lemminflect's dictionary (MIT), asked once per word.

Only dictionary words count: an unknown word is never taken for a verb form, so a
misspelling or a name cannot trigger a verb-form rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class VerbForm:
    """`word` is the `tag` (Penn: VBZ, VBD, VBN, VBG) form of the verb `lemma`."""

    lemma: str
    tag: str


@lru_cache(maxsize=8192)
def verb_lemmas(word: str) -> tuple[str, ...]:
    from lemminflect import getAllLemmas

    return tuple(getAllLemmas(word, upos="VERB").get("VERB", ()))


@lru_cache(maxsize=8192)
def word_classes(word: str) -> frozenset[str]:
    """The parts of speech lemminflect knows `word` as (NOUN, VERB, ADJ, ...)."""
    from lemminflect import getAllLemmas

    return frozenset(getAllLemmas(word))


def is_base(word: str) -> bool:
    return word in verb_lemmas(word)


@lru_cache(maxsize=8192)
def _inflections(lemma: str) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllInflections

    forms = dict(getAllInflections(lemma, upos="VERB"))
    forms.setdefault("VBN", forms.get("VBD", ()))  # regular verbs: one -ed form
    return forms


def is_participle(word: str, lemma: str) -> bool:
    return word in _inflections(lemma).get("VBN", ())


def could_be_participle(word: str) -> bool:
    """ "found" is the base of "found" and the participle of "find": a participle."""
    lemmas = set(verb_lemmas(word))
    form = inflected_form(word)
    if form is not None:
        lemmas.add(form.lemma)
    return any(is_participle(word, lemma) for lemma in lemmas)


def past_forms(lemma: str) -> tuple[str, ...]:
    return _inflections(lemma).get("VBD", ())


@lru_cache(maxsize=8192)
def inflected_form(word: str) -> VerbForm | None:
    """The inflected verb form `word` is, or None when it is a base form or no verb."""
    lemmas = verb_lemmas(word)
    if not lemmas or word in lemmas:
        return None
    for lemma in lemmas:
        forms = _inflections(lemma)
        for tag in ("VBG", "VBZ", "VBN", "VBD"):
            if word in forms.get(tag, ()):
                return VerbForm(lemma, tag)
    return None
