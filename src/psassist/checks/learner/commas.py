"""Missing commas after transitions and around interrupters ("For example we can ...").

US handbooks (Purdue OWL, the Google developer style guide) want a comma after an
introductory word or phrase such as "however", "for example", "in my opinion" or an
answering "yes" or "no", a pair of commas around one that interrupts a clause ("A younger
person, however, will ..."), and one comma before one that ends it ("in Europe, for
example."). Learners often leave them out. Only phrases that are transitions wherever
they open a clause are listed; "so", "then" and "now" are not, since US style
leaves their comma to the writer, nor is "thus", whose comma correctors of learner essays
added only about a third of the time. The parse keeps look-alikes apart: "However hard I
tried" (however = in whatever way), "In addition to the exam" (the phrase goes on), "In
general surgery", "No one came" ("no" is a determiner there, not an answer).
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token, is_word
from psassist.checks.learner.clauses import has_clause, with_comma_after
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

_PURDUE_INTRODUCTIONS = Source(
    'Purdue OWL, "Commas After Introductions"',
    "http://owl.english.purdue.edu/owl/resource/607/03/",
)
_PURDUE_EXTENDED = Source(
    'Purdue OWL, "Extended Rules for Using Commas"',
    "https://owl.purdue.edu/owl/general_writing/punctuation/commas/extended_rules_for_commas.html",
)
_GOOGLE_COMMAS = Source(
    'Google developer documentation style guide, "Commas"',
    "https://developers.google.cn/style/commas.md.txt",
)

COMMA_AFTER_TRANSITION = define(
    "grammar.comma-after-transition",
    Category.GRAMMAR,
    Severity.WARNING,
    "Missing comma after an introductory transition",
    'An introductory transition ("However", "For example", "In my opinion") is followed by '
    "a comma in US formal writing; without it the reader runs it into the sentence. A "
    "warning: the parse can misread a word that only looks like a transition.",
    sources=(_PURDUE_INTRODUCTIONS, _PURDUE_EXTENDED, _GOOGLE_COMMAS),
    example=Example(
        flag="For example we can see patients on weekends.",
        near_miss="For example, we can see patients on weekends.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)
COMMA_AROUND_INTERRUPTER = define(
    "grammar.comma-around-interrupter",
    Category.GRAMMAR,
    Severity.WARNING,
    "Missing commas around an interrupting transition",
    '"However", "for example" and "on the other hand" in the middle of a clause are set '
    'off by a pair of commas ("A younger person, however, will need ..."), and by one '
    'comma when they end it ("in Europe, for example."). A warning: the parse can '
    "misjudge where the clause breaks.",
    sources=(_PURDUE_EXTENDED,),
    example=Example(
        flag="A younger student however will need more help.",
        near_miss="A younger student, however, will need more help.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

_TRANSITIONS: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in (
        "however",
        "therefore",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "consequently",
        "additionally",
        "firstly",
        "secondly",
        "thirdly",
        "lastly",
        "for example",
        "for instance",
        "in my opinion",
        "as far as i am concerned",
        "as far as i 'm concerned",
        "as far as i know",
        "in my view",
        "in my point of view",
        "from my point of view",
        "in addition",
        "in fact",
        "of course",
        "on the other hand",
        "on the contrary",
        "in conclusion",
        "to conclude",
        "to sum up",
        "in summary",
        "as a result",
        "in other words",
        "first of all",
        "above all",
        "in contrast",
        "by contrast",
        "as a matter of fact",
        "in this case",
        "to my surprise",
        "in simple words",
        "in short",
        "in brief",
        "all in all",
        "to summarize",
        "also",
        "second",
        "third",
        "finally",
        "hence",
        "unfortunately",
        "fortunately",
        "yes",
        "no",
    )
)
#: Words that are transitions only as an interjection ("Yes I agree", not "No one came").
_INTERJECTIONS = frozenset({"yes", "no"})
#: Prepositions that can complete a transition's phrase ("In addition to", "As a result
#: of", "In contrast with", "In my opinion on this"); any other preposition right after one
#: opens a phrase of its own, however the parse attaches it ("For example in my clinic").
_COMPLEMENT_PREPOSITIONS = frozenset({"to", "of", "with", "from", "for", "about", "on"})
#: Interrupters that need their commas mid-clause. "Therefore" and "thus" do not: "He
#: therefore resigned" is standard (Garner), so they stay out.
#: Words that open a clause of their own, where the interrupter's first comma is optional.
_NOT_BEFORE_INTERRUPTER = frozenset({"and", "but", "or", "as", "while", "whereas"})
_INTERRUPTERS: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in ("however", "for example", "for instance", "on the other hand")
)
_INTERRUPTER_FIRST_WORDS = frozenset(words[0] for words in _INTERRUPTERS)
#: "Take asthma for example", "consider asthma for instance": the phrase belongs to the verb.
_NAMING_VERBS = frozenset({"take", "consider"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
#: "..., for example if you fail ...": the example is a clause of its own, so the phrase
#: still needs its second comma.
_SUBORDINATORS = frozenset({"if", "when", "whenever", "because", "while", "although", "once"})


def _words_at(tokens: list[Token], i: int, words: tuple[str, ...], hi: int) -> bool:
    end = i + len(words)
    return end <= hi and all(tokens[i + k].lower == w for k, w in enumerate(words))


def _clause_starts(analysis: Analysis) -> Iterator[int]:
    """The first word of each sentence, the word after an opening adverb's comma ("Thus,
    in my view ..."), and the word after each semicolon."""
    tokens = analysis.tokens
    for sentence in analysis.sentences:
        first = next(
            (i for i in range(sentence.first_token, sentence.last_token) if is_word(tokens[i])),
            None,
        )
        if first is not None:
            yield first
            after = first + 2
            if (
                after < sentence.last_token
                and tokens[first].pos in {"ADV", "CCONJ"}
                and tokens[first + 1].text == ","
                and is_word(tokens[after])
            ):
                yield after
        for i in range(sentence.first_token, sentence.last_token - 1):
            if tokens[i].text == ";" and is_word(tokens[i + 1]):
                yield i + 1


def _phrase_ends_here(analysis: Analysis, lo: int, hi: int) -> bool:
    """tokens[lo:hi] is a phrase of its own: nothing after it hangs on it, and it does not
    modify the word after it ("in addition to", "in general surgery")."""
    tokens = analysis.tokens
    nxt = tokens[hi]
    if nxt.dep == "prep" and nxt.lower not in _COMPLEMENT_PREPOSITIONS and hi - lo > 1:
        return True
    if lo <= nxt.head < hi:
        return False
    return not any(tokens[k].head == hi for k in range(lo, hi))


def _however_means_whatever(analysis: Analysis, i: int) -> bool:
    """ "However hard I tried", "however you look at it": however = no matter how."""
    tokens = analysis.tokens
    after = tokens[i + 1]
    if after.pos in {"ADJ", "ADV"} or after.lower in {"much", "many", "long", "often"}:
        return True
    return tokens[tokens[i].head].dep == "advcl"


def _transition_at(analysis: Analysis, i: int) -> Finding | None:
    tokens = analysis.tokens
    sentence = analysis.sentences[tokens[i].sentence]
    hi = sentence.last_token
    for words in _TRANSITIONS:
        if not _words_at(tokens, i, words, hi):
            continue
        nxt = i + len(words)
        if nxt >= hi or not is_word(tokens[nxt]):
            return None
        if words == ("however",) and _however_means_whatever(analysis, i):
            return None
        if words[0] in _INTERJECTIONS and tokens[i].dep != "intj":
            return None
        if not _phrase_ends_here(analysis, i, nxt) or not has_clause(analysis, nxt, hi):
            return None
        phrase = analysis.text[tokens[i].start : tokens[nxt - 1].end]
        return COMMA_AFTER_TRANSITION.finding(
            tokens[i].start,
            tokens[nxt].end,
            f'Put a comma after the introductory "{phrase}": it opens the sentence and is '
            "set off from the clause that follows.",
            [with_comma_after(analysis, tokens[i].start, nxt - 1, nxt)],
        )
    return None


@reports(COMMA_AFTER_TRANSITION)
def check_comma_after_transition(analysis: Analysis) -> Iterator[Finding]:
    for i in _clause_starts(analysis):
        finding = _transition_at(analysis, i)
        if finding is not None:
            yield finding


def _interrupter_at(analysis: Analysis, i: int, starts: frozenset[int]) -> Finding | None:
    tokens = analysis.tokens
    sentence = analysis.sentences[tokens[i].sentence]
    hi = sentence.last_token
    if i in starts or i == sentence.first_token:
        return None
    words = next((w for w in _INTERRUPTERS if _words_at(tokens, i, w, hi)), None)
    if words is None or i + len(words) >= hi:
        return None
    last = i + len(words) - 1
    before, after = tokens[i - 1], tokens[last + 1]
    opened, closed = before.text == ",", after.text == ","
    if not (opened or is_word(before)) or tokens[tokens[i].head].lemma in _NAMING_VERBS:
        return None  # "(for example", "take cancer for example"
    if not opened and after.text in _SENTENCE_ENDS:
        return _closing_interrupter(analysis, i, last)
    if opened == closed and (opened or not is_word(after)):
        return None  # both commas there, or a bracket after the phrase
    if before.lower in _NOT_BEFORE_INTERRUPTER or after.lower in {"and", "but", "or"}:
        return None
    if words == ("however",) and _however_means_whatever(analysis, i):
        return None
    clause_after = has_clause(analysis, last + (2 if closed else 1), hi)
    opens_subordinate = words != ("however",) and after.lower in _SUBORDINATORS
    if opened and (clause_after or not is_word(after)) and not opens_subordinate:
        return None  # "..., however I failed" is grammar.however-splice's to report
    start, end = before.start, after.end
    phrase = analysis.text[tokens[i].start : tokens[last].end]
    if not opened and clause_after and has_clause(analysis, sentence.first_token, i):
        fix = f"; {phrase},"
        message = (
            f'"{phrase}" joins two complete sentences: put a semicolon before it and a '
            f'comma after it ("{fix}"), or end the first sentence there.'
        )
    else:
        fix = f", {phrase},"
        message = f'Set off "{phrase}" with a comma on each side: it interrupts the clause.'
    text = analysis.text
    head = "" if opened else text[before.start : before.end]
    tail_from = after.end if closed else tokens[last].end
    tail = text[tail_from:end]
    return COMMA_AROUND_INTERRUPTER.finding(start, end, message, [head + fix + tail])


def _closing_interrupter(analysis: Analysis, i: int, last: int) -> Finding | None:
    """ "We see it in Europe for example.": a transition that ends the sentence takes the
    one comma before it."""
    tokens = analysis.tokens
    before = tokens[i - 1]
    first = analysis.sentences[tokens[i].sentence].first_token
    if before.lower in _NOT_BEFORE_INTERRUPTER or not has_clause(analysis, first, i):
        return None
    phrase = analysis.text[tokens[i].start : tokens[last].end]
    return COMMA_AROUND_INTERRUPTER.finding(
        before.start,
        tokens[last].end,
        f'Put a comma before "{phrase}": it ends the sentence and is set off from it.',
        [with_comma_after(analysis, before.start, i - 1, last)],
    )


@reports(COMMA_AROUND_INTERRUPTER)
def check_comma_around_interrupter(analysis: Analysis) -> Iterator[Finding]:
    starts = frozenset(_clause_starts(analysis))
    for i, token in enumerate(analysis.tokens):
        if token.lower in _INTERRUPTER_FIRST_WORDS:
            finding = _interrupter_at(analysis, i, starts)
            if finding is not None:
                yield finding
