"""Question word order inside a reported question: "I did not know why was it wrong".

A direct question puts the auxiliary before the subject ("Why was it wrong?"); the same
question inside a sentence, after "know", "wonder", "ask", "explain", "sure" or "no idea",
takes statement order ("I did not know why it was wrong"), and a yes/no question takes
"if" ("she asked me if I understood", not "asked me did I understand"). Learners keep the
direct order. The check is narrow: one of those words, at most a short object ("me", "the
nurse"), the question word, then an auxiliary immediately followed by a personal
pronoun. A question word that is itself the subject ("what is wrong") has no inversion
and passes; "do" and "have" count only before a verb of their own ("what did it" is
"did" as the main verb).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.word_order import WORD_ORDER
from psassist.checks.learner.words import (
    PHRASE_OPENERS,
    SUBJECT_PRONOUNS,
    inflect,
    neighbour,
    word_set,
)
from psassist.checks.registry import reports
from psassist.findings import Finding

#: Words that take a reported question after them ("I wonder why", "no idea how").
_EMBEDDING = word_set("""
know knew known knows knowing wonder wondered wonders wondering ask asked asks asking
understand understood understands explain explained explains explaining tell told tells
telling remember remembered forget forgot forgotten decide decided learn learned learnt
realize realized realise realised see saw seen describe described imagine imagined guess
guessed notice noticed figure find found sure unsure certain idea clue aware
""")
#: Of those, the nouns, which a relative clause may follow ("an idea which is ...").
_NOUNS = word_set("idea clue")
#: Of those, the words after which a yes/no question also appears ("asked me did I").
_ASKING = word_set("ask asked asks asking wonder wondered wonders wondering")
_QUESTION_WORDS = word_set("why what where when how who whom which whose")
#: Words that may stand between the question word and the auxiliary ("how long",
#: "what time", "how many patients").
_QUESTION_PHRASE_TAGS = frozenset({"JJ", "RB", "NN", "NNS", "JJR", "RBR"})
_OBJECTS = word_set("me you him her us them myself himself herself ourselves themselves")
_PARTICLES = word_set("out about")
_BE = word_set("am is are was were")
#: "ca" and "wo" are how spaCy splits "can't" and "won't".
_MODALS = word_set("can could will would should shall may might must ca wo")
_DO = {"do": "VBP", "does": "VBZ", "did": "VBD"}
_HAVE = word_set("has have had")
_NEGATIONS = word_set("not n't")
#: Question words that may be the subject before "be" ("what is the cause").
_MAYBE_SUBJECT = word_set("who what which whose whom")
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS", "HYPH"})
#: The verb "do" carries (base form) and the one "have" carries (a participle, which the
#: tagger sometimes reads as a past tense: "how much has the field changed").
_VERB_TAGS = {True: frozenset({"VB"}), False: frozenset({"VBN", "VBD"})}
#: Relations of a clause's head verb.
_CLAUSE_DEPS = frozenset({"ccomp", "ROOT", "advcl", "xcomp", "relcl", "conj"})


@dataclass(frozen=True)
class _Inversion:
    """Auxiliary (with any "not") before its subject, up to the end of the marked span."""

    first: int  # the auxiliary
    last: int  # the last token of the span
    fixed: str  # the words of the span in statement order


def _after_trigger(analysis: Analysis, index: int) -> int:
    """The index after the embedding word and a short object or particle ("asked the
    nurse", "find out", "tell me")."""
    step = 1
    token = neighbour(analysis, index, step)
    if token is not None and token.lower in _OBJECTS:
        step += 1
    elif token is not None and token.lower in {"the", "my", "our", "his", "her", "their"}:
        noun = neighbour(analysis, index, 2)
        if (
            noun is not None
            and noun.tag in {"NN", "NNS"}
            and analysis.tokens[index].lower in _ASKING
        ):
            step += 2
    token = neighbour(analysis, index, step)
    if token is not None and token.lower in _PARTICLES:
        step += 1
    return index + step


def _inversion(analysis: Analysis, aux_index: int, wh: Token | None) -> _Inversion | None:
    """An auxiliary, an optional "not", a subject and, for "do" and "have", the verb they
    carry: the words put back in statement order."""
    aux = analysis.tokens[aux_index]
    word = aux.lower
    if word not in _BE and word not in _MODALS and word not in _DO and word not in _HAVE:
        return None
    step = 1
    negation = neighbour(analysis, aux_index, step)
    if negation is not None and negation.lower in _NEGATIONS:
        step += 1
    else:
        negation = None
    first = aux_index + step
    last = _subject_end(analysis, first, word, wh)
    if last is None:
        return None
    subject = _subject_text(analysis, first, last)
    aux_words = aux.lower if negation is None else _joined(aux, negation)
    if word in _DO or word in _HAVE:
        verb_index = _verb_after(analysis, last, _VERB_TAGS[word in _DO])
        if verb_index is None and last > first + 1 and _verb_taken_for_noun(analysis, last):
            verb_index, last = last, last - 1  # "how does the drug work": "work" as a noun
            subject = _subject_text(analysis, first, last)
        if verb_index is None:
            return None
        if word in _DO and negation is None:
            verb = analysis.tokens[verb_index]
            between = _text(analysis, last + 1, verb_index - 1)
            form = inflect(verb.lemma, _DO[word]) if _DO[word] != "VBP" else verb.text
            words = [subject, between, form]
            return _Inversion(aux_index, verb_index, " ".join(w for w in words if w))
    elif last > first and word in _MODALS:
        carried = neighbour(analysis, last, 1)
        if carried is None or carried.tag != "VB":
            return None  # "when will the results come": the noun phrase ends at the verb
    return _Inversion(aux_index, last, f"{subject} {aux_words}")


def _verb_taken_for_noun(analysis: Analysis, index: int) -> bool:
    """The tagger read the verb after a noun subject as one more noun of it, but the
    parse still made it the head of a clause ("how does the drug work")."""
    token = analysis.tokens[index]
    before = analysis.tokens[index - 1]
    return token.tag == "NN" and token.dep in _CLAUSE_DEPS and before.tag in _NOUN_TAGS


def _subject_end(analysis: Analysis, first: int, aux: str, wh: Token | None) -> int | None:
    """The last token of the subject after the auxiliary: a personal pronoun, "there",
    or a noun phrase led by a determiner ("the pain", "the role of family doctors"). Before
    "be" or "have", "who", "what" and "which" may be the subject themselves ("I know what
    is the cause", "who had the patient admitted"), so a noun phrase there is no
    inversion."""
    if first >= len(analysis.tokens):
        return None
    token = analysis.tokens[first]
    if token.lower == "there":
        return first if aux in _BE or aux in _MODALS else None
    if token.lower in SUBJECT_PRONOUNS:
        return first
    if wh is not None and wh.lower in _MAYBE_SUBJECT and (aux in _BE or aux in _HAVE):
        return None  # "what is the cause", "who had the patient admitted"
    return _noun_phrase_end(analysis, first)


def _noun_phrase_end(analysis: Analysis, first: int) -> int | None:
    """The last noun of "the pain", "my new attending", "the role of family doctors"."""
    if analysis.tokens[first].lower not in PHRASE_OPENERS:
        return None
    end = _last_noun(analysis, first + 1)
    if end is None:
        return None
    of = neighbour(analysis, end, 1)
    if of is not None and of.lower == "of":
        start = end + 2
        if start < len(analysis.tokens) and analysis.tokens[start].lower in PHRASE_OPENERS:
            start += 1
        end = _last_noun(analysis, start) or end
    return end


def _last_noun(analysis: Analysis, first: int) -> int | None:
    """The last noun in the run of adjectives and nouns starting at `first`."""
    last = None
    index = first
    tokens = analysis.tokens
    while index < len(tokens) and tokens[index].sentence == tokens[first - 1].sentence:
        tag = tokens[index].tag
        if tag in _NOUN_TAGS:
            last = index
        elif tag not in _ADJECTIVE_TAGS:
            break
        index += 1
    return last


def _subject_text(analysis: Analysis, first: int, last: int) -> str:
    """The subject as written, but a pronoun in lower case ("it", "I")."""
    if first == last:
        token = analysis.tokens[first]
        return "I" if token.lower == "i" else token.lower
    return _text(analysis, first, last)


def _joined(aux: Token, negation: Token) -> str:
    """ "did" + "n't" -> "didn't"; "did" + "not" -> "did not"."""
    if negation.lower == "n't":
        return aux.lower + negation.text
    return f"{aux.lower} {negation.text}"


def _text(analysis: Analysis, first: int, last: int) -> str:
    if last < first:
        return ""
    return analysis.text[analysis.tokens[first].start : analysis.tokens[last].end]


def _verb_after(analysis: Analysis, subject_index: int, tags: frozenset[str]) -> int | None:
    """The verb with one of `tags` after the subject, past at most two adverbs."""
    for step in range(1, 4):
        token = neighbour(analysis, subject_index, step)
        if token is None:
            return None
        if token.tag in tags:
            return subject_index + step
        if token.pos != "ADV" or token.lower in _NEGATIONS:
            return None
    return None


def _question_phrase_end(analysis: Analysis, wh_index: int) -> int:
    """The last token of "how long", "what time", "how many patients" (at most 2 words
    after the question word)."""
    end = wh_index
    for step in (1, 2):
        token = neighbour(analysis, wh_index, step)
        if (
            token is None
            or token.tag not in _QUESTION_PHRASE_TAGS
            or token.lower in SUBJECT_PRONOUNS
        ):
            break
        end = wh_index + step
    return end


def _finding(analysis: Analysis, inversion: _Inversion, prefix: str) -> Finding:
    tokens = analysis.tokens
    start, end = tokens[inversion.first].start, tokens[inversion.last].end
    fixed = prefix + inversion.fixed
    written = analysis.text[start:end]
    return WORD_ORDER.finding(
        start,
        end,
        f'inside a reported question, the subject comes before the verb: "{fixed}", '
        f'not "{written}".',
        [fixed],
    )


def _embedded(analysis: Analysis, trigger: int) -> Finding | None:
    position = _after_trigger(analysis, trigger)
    if position >= len(analysis.tokens):
        return None
    first = analysis.tokens[position]
    if first.sentence != analysis.tokens[trigger].sentence:
        return None
    if first.lower in _QUESTION_WORDS:
        if analysis.tokens[trigger].lower in _NOUNS and first.lower in _MAYBE_SUBJECT:
            return None  # "your idea, which is ...": a relative clause on the noun
        aux = _question_phrase_end(analysis, position) + 1
        if aux >= len(analysis.tokens) or analysis.tokens[aux].sentence != first.sentence:
            return None
        inversion = _inversion(analysis, aux, first)
        return None if inversion is None else _finding(analysis, inversion, "")
    if analysis.tokens[trigger].lower in _ASKING:
        inversion = _inversion(analysis, position, None)
        return None if inversion is None else _finding(analysis, inversion, "if ")
    return None


@reports(WORD_ORDER)
def check_embedded_question(analysis: Analysis) -> Iterator[Finding]:
    for index, token in enumerate(analysis.tokens):
        if token.lower not in _EMBEDDING:
            continue
        finding = _embedded(analysis, index)
        if finding is not None:
            yield finding
