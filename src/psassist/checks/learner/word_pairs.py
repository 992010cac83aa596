"""Two common words that English writers almost never put side by side ("this animals").

A learner's missing preposition ("responsible the care"), wrong determiner ("this
animals") or wrong verb form ("are go", "to spent") leaves two very common words next
to each other that a trillion words of web English almost never join. The test is a
language model's: the pair is absent from the counts (seen fewer than 100,000 times)
although its two words are so common that chance alone would put them together at
least `EXPECTED_AT_LEAST` times. Bryant and Briscoe (2018) showed such n-gram evidence
finds learner errors without any annotated data.

An absent pair alone is not enough: on native prose (LanguageTool's 12,000 correct
example sentences, our design notes, clean statements) most absent pairs are right.
So only these word-class pairs are checked, each with the parse's conditions that make
it an error: a determiner before a noun of the other number; "be" before a base form,
outside a pseudo-cleft ("All I did was tell her") and a verb-particle noun ("follow
up"); a modal before a predicative adjective ("will able"); infinitival "to" before a
past or -s form; an article before another determiner ("the another"); two determiners
("these some"); "despite of"; an adjective after a verb, then an article, where a
preposition is missing. Tried and left out for misfiring on native prose: a preposition
after a verb ("verify to the board"), "be" before a noun ("the second is
communication"), "not" before a noun, an article before an adjective. A fix is offered
when adding, dropping, swapping or inflecting one word gives pairs the counts know. The
rule gives way to any other grammar or spelling finding on the same words.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import pseudo_cleft
from psassist.checks.learner.words import TIME_UNITS, neighbour, word_set
from psassist.checks.registry import define, reports
from psassist.engines.ngrams import PAIR_CUTOFF, PairCounts, pair_counts
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

UNLIKELY_PAIR = define(
    "grammar.unlikely-pair",
    Category.GRAMMAR,
    Severity.WARNING,
    'Two common words that English writers almost never join ("this animals")',
    "Web counts over a trillion words: the pair is almost never written although both "
    "words are among the commonest in English, which usually means a missing word or a "
    "wrong form. Only pairs of word classes where that is the usual cause are checked, "
    "each under the parse's conditions that make it an error. A warning: a rare but "
    "correct pair is possible.",
    sources=(
        Source(
            "Bryant and Briscoe (2018), Language Model Based Grammatical Error Correction "
            "without Annotated Training Data, BEA workshop",
            "https://aclanthology.org/W18-0529",
        ),
        Source(
            'Peter Norvig, "Natural Language Corpus Data", word and pair counts from the '
            "Google Web Trillion Word Corpus",
            "https://norvig.com/ngrams/",
        ),
    ),
    example=Example(
        flag="I want to be responsible the care of my own patients.",
        near_miss="I want to be responsible for the care of my own patients.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

#: Chance alone would join the two words at least this often in the corpus (which has
#: about 590 billion words) for their absence to count.
EXPECTED_AT_LEAST = 200_000
#: Word-class pairs (spaCy's universal tags; ART is a/an/the) where an absent pair
#: usually means a missing or wrong word, each with the one-word changes that may mend
#: it. Pairs of open-class words, and a noun or pronoun before a preposition or clause,
#: are rare but correct too often to be checked.
_FIXES_BY_PATTERN: dict[str, tuple[str, ...]] = {
    "DET+NOUN": ("form-2", "swap-det-1"),  # "this animals", "these subject"
    "DET+DET": ("drop-1", "drop-2"),  # "these some"
    "ART+DET": ("drop-1",),  # "the another"
    "AUX+VERB": ("form-2",),  # "are go", "be help"
    "AUX+ADJ": ("add-be",),  # "will able"
    "PART+VERB": ("form-2",),  # "to spent"
    "ADJ+ART": ("add-preposition",),  # "responsible the"
    "SCONJ+ADP": ("drop-2",),  # "despite of"
}
_ARTICLES = word_set("a an the")
_PREPOSITIONS = ("to", "in", "on", "at", "of", "for", "with", "about", "from", "by", "into")
#: A determiner's other number.
_OTHER_DETERMINER = {
    "this": "these",
    "these": "this",
    "that": "those",
    "those": "that",
    "another": "other",
    "much": "many",
    "many": "much",
    "every": "all",
}
#: Nouns of a phrase that follows an adjective without a preposition ("happy the whole
#: time", "quiet a lot").
_ADVERBIAL_NOUNS = TIME_UNITS | word_set(
    "time night morning evening afternoon weekend moment lot bit couple few little"
)
#: Roles of a clause's head: a "noun" there is a verb the tagger misread.
_CLAUSE_ROLES = word_set("ROOT ccomp xcomp advcl relcl csubj")
#: Adjectives that stand before a noun, never alone after "be".
_NOT_PREDICATIVE = word_set("other such same own many few much more less next last only")
_SINGULAR_DETERMINERS = word_set("this a an another every each either neither")
_PLURAL_DETERMINERS = word_set("these those many several both few various numerous")
#: "that" before a noun is as often a conjunction ("showed that operation times..."); "I"
#: is counted with the roman numeral and the letter, so its pairs look rarer than they are.
_AMBIGUOUS_FIRST = word_set("that i")


def _word_class(token: Token) -> str:
    return "ART" if token.lower in _ARTICLES else token.pos


def _pattern(first: Token, second: Token) -> str:
    return f"{_word_class(first)}+{_word_class(second)}"


def _whole_word(analysis: Analysis, token: Token) -> bool:
    """A word on its own, not a piece of a contraction ("ca" of "can't")."""
    after = analysis.text[token.end : token.end + 1]
    return token.is_alpha and not (after.isalpha() or after in ("'", "\u2019"))


def _candidate(analysis: Analysis, index: int, counts: PairCounts) -> tuple[Token, Token] | None:
    tokens = analysis.tokens
    first, second = tokens[index], neighbour(analysis, index, 1)
    if second is None or analysis.text[first.end : second.start] != " ":
        return None
    if not (_whole_word(analysis, first) and _whole_word(analysis, second)):
        return None
    if "PROPN" in (first.pos, second.pos) or second.text[0].isupper():
        return None
    sentence_start = analysis.sentences[first.sentence].first_token
    if first.text[0].isupper() and index != sentence_start:
        return None
    if first.lower in _AMBIGUOUS_FIRST:
        return None
    if first.dep == "relcl":
        # "everything I could find about screening": the verb's object stands before it.
        return None
    pattern = _pattern(first, second)
    if pattern not in _FIXES_BY_PATTERN:
        return None
    if pattern == "AUX+VERB" and not _base_form_after_be(analysis, index):
        return None
    if pattern == "AUX+ADJ" and not _be_missing_after_modal(analysis, index):
        return None
    if pattern == "PART+VERB" and (first.dep != "aux" or second.tag in {"VB", "VBG"}):
        return None  # "to dose", "forward to seeing": right however rare the pair
    if pattern == "SCONJ+ADP" and second.lower != "of":
        return None  # "as until then" is right; "despite of" is not
    if pattern == "DET+NOUN" and (first.head != index + 1 or second.dep in _CLAUSE_ROLES):
        return None  # "this costs a lot": "this" is the subject, "costs" a verb
    if pattern == "ADJ+ART" and not _preposition_missing(analysis, first, second):
        return None
    if pattern == "DET+NOUN" and not _number_clash(first, second):
        return None  # "some travel", "no science": a mass noun takes these freely
    if first.pos == "AUX" and _says_what_something_is(analysis, index):
        return None
    if counts.pair(first.lower, second.lower):
        return None
    if counts.expected(first.lower, second.lower) < EXPECTED_AT_LEAST:
        return None
    return first, second


def _base_form_after_be(analysis: Analysis, index: int) -> bool:
    """ "we are go", "it is prevent": "be" before a base form. Right only in a pseudo-cleft
    ("All I did was tell you", "What they need to do is drop it"), whose subject holds a
    "do" before it, and in a noun made of a verb and a particle ("there will be follow
    up")."""
    be, verb = analysis.tokens[index], analysis.tokens[index + 1]
    if be.lemma != "be" or verb.tag not in {"VB", "VBD", "VBP"}:
        return False
    if pseudo_cleft(analysis.tokens, index):
        return False
    after = neighbour(analysis, index + 1, 1)
    return after is None or after.tag != "RP"


def _be_missing_after_modal(analysis: Analysis, index: int) -> bool:
    """ "he will able to": a modal, after its subject, before a predicative adjective.
    Not a question ("Can hot tubs..."), an inversion ("as could other troops") or an
    adjective that begins a noun phrase ("should subsequent developments")."""
    modal, adjective = analysis.tokens[index], analysis.tokens[index + 1]
    before, after = neighbour(analysis, index, -1), neighbour(analysis, index + 1, 1)
    if modal.tag != "MD" or adjective.tag != "JJ" or adjective.lower in _NOT_PREDICATIVE:
        return False
    if before is None or before.pos not in {"PRON", "NOUN", "PROPN"}:
        return False
    return after is None or after.pos not in {"NOUN", "PROPN", "ADJ"}


def _preposition_missing(analysis: Analysis, adjective: Token, article: Token) -> bool:
    """ "responsible the care": an adjective after a verb, then a noun phrase that is
    neither a time ("happy the whole time") nor the subject of a clause whose "that" was
    left out ("glad the results came back")."""
    if adjective.dep != "acomp":
        return False
    noun = analysis.tokens[article.head]
    return noun.dep not in {"nsubj", "nsubjpass"} and noun.lower not in _ADVERBIAL_NOUNS


def _number_clash(determiner: Token, noun: Token) -> bool:
    """ "this animals", "these subject": a determiner of one number before a noun of the other."""
    if determiner.lower in _SINGULAR_DETERMINERS:
        return noun.tag == "NNS"
    return determiner.lower in _PLURAL_DETERMINERS and noun.tag == "NN"


def _says_what_something_is(analysis: Analysis, index: int) -> bool:
    """ "What they did is reduce...", "The last thing to study is disease": a subject that
    is a clause, or a noun its own clause describes, may be equated with any phrase."""
    sentence = analysis.sentences[analysis.tokens[index].sentence]
    words = analysis.tokens[sentence.first_token : sentence.last_token]
    subjects = [
        sentence.first_token + offset
        for offset, token in enumerate(words)
        if token.head == index and token.dep in {"nsubj", "csubj"}
    ]
    for subject in subjects:
        if analysis.tokens[subject].dep == "csubj":
            return True
        if any(t.head == subject and t.dep in {"relcl", "acl"} for t in words):
            return True
    return False


def _known(counts: PairCounts, words: list[str]) -> int | None:
    """The smallest count among the pairs of `words`, or None when one is unknown."""
    smallest: int | None = None
    for left, right in pairwise(words):
        count = counts.pair(left, right)
        if not count:
            return None
        smallest = count if smallest is None else min(smallest, count)
    return smallest


def _forms(word: str) -> set[str]:
    from lemminflect import getAllInflections, getAllLemmas

    forms: set[str] = set()
    for lemmas in getAllLemmas(word).values():
        for lemma in lemmas:
            for inflected in getAllInflections(lemma).values():
                forms.update(inflected)
    forms.discard(word)
    return forms


def _options(kind: str, first: str, second: str) -> list[list[str]]:
    """The rewritings of `first second` that a fix of `kind` proposes."""
    if kind == "form-2":
        return [[first, form] for form in _forms(second)]
    if kind == "swap-det-1":
        other = _OTHER_DETERMINER.get(first)
        return [[other, second]] if other else []
    if kind == "drop-1":
        return [[second]]
    if kind == "drop-2":
        return [[first]]
    if kind == "add-be":
        return [[first, "be", second]]
    if kind == "add-preposition":
        return [[first, word, second] for word in _PREPOSITIONS]
    raise ValueError(kind)


def _fix(
    counts: PairCounts, pattern: str, context: tuple[str | None, str, str, str | None]
) -> list[str] | None:
    """The best one-word change of the pair: its own pairs must all be in the counts; of
    those, the change that also joins best with the words around it wins, then the one
    whose weakest pair is commonest ("these subject were": "these subjects", since
    "subjects were" is a known pair and "subject were" is not)."""
    before, first, second, after = context
    best: tuple[tuple[int, int], list[str]] | None = None
    for kind in _FIXES_BY_PATTERN[pattern]:
        for option in _options(kind, first, second):
            strength = _known(counts, option) if len(option) > 1 else PAIR_CUTOFF
            if strength is None:
                continue
            joins = bool(before and counts.pair(before, option[0]))
            joins_after = bool(after and counts.pair(option[-1], after))
            score = (joins + joins_after, strength)
            if best is None or score > best[0]:
                best = (score, option)
    return best[1] if best else None


def _spelled_like(original: str, words: list[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:] if original[:1].isupper() else text


@reports(UNLIKELY_PAIR)
def check_unlikely_pair(analysis: Analysis) -> Iterator[Finding]:
    counts = pair_counts()
    if counts is None:
        return
    for index in range(len(analysis.tokens) - 1):
        pair = _candidate(analysis, index, counts)
        if pair is None:
            continue
        first, second = pair
        before, after = neighbour(analysis, index, -1), neighbour(analysis, index + 1, 1)
        context = (
            before.lower if before is not None and before.is_alpha else None,
            first.lower,
            second.lower,
            after.lower if after is not None and after.is_alpha else None,
        )
        fix = _fix(counts, _pattern(first, second), context)
        written = analysis.text[first.start : second.end]
        message = (
            f'English writers almost never put "{written}" together: '
            "a word may be missing or in the wrong form"
        )
        if fix is None:
            yield UNLIKELY_PAIR.finding(first.start, second.end, message + ".")
            continue
        suggestion = _spelled_like(first.text, fix)
        yield UNLIKELY_PAIR.finding(
            first.start, second.end, f'{message}; perhaps "{suggestion}".', [suggestion]
        )
