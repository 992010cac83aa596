"""A bare countable noun that opens a sentence: "Robot can do the work", "Patient was
admitted at night".

The missing-article rule skips capitalised words, because a capital usually marks a
name. At the start of a sentence the capital says nothing, so a learner's missing
article hides behind it. This module says when the capital is only the sentence's: the
word is the subject of a sentence of running prose (not a heading), no entity covers
it, and its lower-case form is a countable noun in the lexicon. The tagger often calls
such a word NNP; then a singular verb must follow it ("Patient was"), as a name in note
style ("Grant phase out") has none. Kinship words and titles that stand for a person's
name ("Mother told me"), set phrases of routine ("School starts at eight") and the
subject of a verb of saying ("Haven says", a firm's name) are left alone.
"""

from __future__ import annotations

from psassist.checks.analysis import Analysis
from psassist.checks.learner import lexicon
from psassist.checks.learner.syntax import mostly_capitalised, next_word
from psassist.checks.learner.words import word_set

#: Words that name one person the way a name does ("Mother said", "Grandpa was ill"),
#: or a routine, an institution or a time writers leave bare ("School starts at eight").
_USED_AS_NAMES = word_set("""
mother father mom dad mum mama papa grandma grandpa grandmother grandfather granny nana
aunt uncle sister brother baby daddy mommy mummy doctor nurse professor sir madam
school church college class breakfast lunch dinner supper bed home work town court
chapter section figure table step day night morning evening noon midnight
""")

#: Verbs of saying: a bare capitalised subject of one is a name ("Haven says").
_SPEECH_VERBS = word_set("say tell announce report claim state add explain reply write")


def opens_sentence_as_common_noun(analysis: Analysis, index: int) -> bool:
    """The capital on this word is only the sentence's: it opens a prose sentence and
    is a countable common noun in lower case."""
    tokens = analysis.tokens
    token = tokens[index]
    text = token.text
    if index != analysis.sentences[token.sentence].first_token:
        return False
    if not (text[:1].isupper() and text[1:].islower() and len(text) > 1):
        return False
    if token.tag not in ("NN", "NNP") or token.pos not in ("NOUN", "PROPN") or token.ent_type:
        return False  # the tagger calls many a sentence's first noun NNP: trust the lexicon
    if token.dep not in ("nsubj", "nsubjpass"):
        return False
    lower = text.lower()
    if lower in _USED_AS_NAMES or not lexicon.is_countable(lower):
        return False
    following = next_word(tokens, index)
    if following is None or not following.text[:1].islower():
        return False  # "Robot Surgery Saves Lives", "Patient A", "Doctor Lee"
    if token.tag == "NNP" and following.tag not in ("VBD", "VBZ", "MD"):
        return False  # "Grant phase out": unsure of the tag, want a singular verb next
    if token.dep == "nsubj" and tokens[token.head].lemma in _SPEECH_VERBS:
        return False  # "Haven says it will hold": a firm or a product speaks by name
    return not _heading_line(analysis, index)


def _heading_line(analysis: Analysis, index: int) -> bool:
    """The sentence reads as a heading: it has no closing mark, or most of its words are
    capitalised ("Robot surgery Saves Lives")."""
    text = analysis.sentences[analysis.tokens[index].sentence].text.strip()
    if not text or text[-1] not in ".!?\"')\u201d":
        return True
    return mostly_capitalised([w for w in text.split() if w[:1].isalpha()])
