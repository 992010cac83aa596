"""Comma splices: two complete sentences joined by a comma alone ("His ECG was abnormal,
we gave him aspirin").

They need a full stop, a semicolon or a conjunction. The check is strict because a comma
before a clause is usually right: it fires only where the clause after the comma opens
with a subject pronoun ("we", "it", "there is") and its own finite verb, and the words
since the previous comma are a main clause with their own subject and finite verb. It
stays silent when that clause is subordinate ("When I arrived, we..."; "if the tired,
hungry residents leave, they..."), after a reporting verb with no object yet ("I think,
it is..."; "He said, we..."), in a series ("I came, I saw, I conquered"; "I listen, I
explain, and I follow up"), in questions and around quotations. Fused sentences (no
comma at all) are left alone: the same conditions found almost none that were not
missing commas after an opening phrase, which other rules handle.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner.clauses import FINITE_TAGS, SUBJECTS, has_clause, is_finite
from psassist.checks.learner.splices import main_clause
from psassist.checks.learner.syntax import children
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

_SOURCES = (
    Source(
        'University of Utah Writing Center, "Run-Ons and Comma Splices"',
        "https://writingcenter.utah.edu/writing-resources/run-ons.php",
    ),
    Source(
        'Purdue OWL, "Run-on Sentences and Comma Splices"',
        "https://owl.purdue.edu/owl/general_writing/mechanics/run_ons_and_comma_splices.html",
    ),
)

COMMA_SPLICE = define(
    "grammar.comma-splice",
    Category.GRAMMAR,
    Severity.WARNING,
    "Comma splice",
    "Two complete sentences joined by only a comma are a comma splice; end the first "
    'sentence, use a semicolon, or add a conjunction such as "and" or "so". A warning: '
    "the parse can misjudge where a clause ends.",
    sources=_SOURCES,
    example=Example(
        flag="His blood pressure was very high, we started him on a drip.",
        near_miss="When his blood pressure rose, we started him on a drip.",
    ),
    needs=Needs.PARSER,
)

#: Pronouns that can only be subjects, or are subjects when a finite verb follows.
_SUBJECT_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it", "you"})
#: "this is", "there are": a subject only with a finite verb straight after.
_VERB_NEXT_SUBJECTS = frozenset({"this", "there"})
#: Words that make the first clause subordinate or a frame for the second.
_SUBORDINATORS = frozenset(
    {"if", "because", "although", "though", "unless", "whereas", "whether", "that", "so"}
)

#: "However hard I tried, ...", "Whatever you decide, ...": "no matter how/what" openings.
_NO_MATTER = frozenset({"however", "whatever", "whichever", "whoever", "wherever", "whenever"})
#: Verbs that report or frame the other clause ("I think, it is...", "I know, it is hard").
_REPORTING = frozenset(
    {
        "think",
        "say",
        "know",
        "believe",
        "hope",
        "feel",
        "guess",
        "mean",
        "suppose",
        "tell",
        "ask",
        "wonder",
        "realize",
        "realise",
        "see",
        "admit",
        "agree",
        "remember",
        "imagine",
        "promise",
        "explain",
        "reply",
        "answer",
        "write",
        "add",
        "note",
        "doubt",
        "notice",
        "understand",
        "find",
        "learn",
        "assume",
        "argue",
        "claim",
    }
)
#: Fewer words than this before the comma: a series of short clauses, left alone.
_SHORTEST_CLAUSE = 3
_OBJECTS = frozenset({"ccomp", "dobj", "xcomp", "acomp", "attr", "prep", "dative"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


def _second_clause_verb(analysis: Analysis, subject: int, end: int) -> int | None:
    """The finite verb the pronoun at `subject` is subject of, if it opens a clause."""
    tokens = analysis.tokens
    word = tokens[subject]
    if word.lower in _VERB_NEXT_SUBJECTS:
        nxt = subject + 1
        if nxt >= end or tokens[nxt].tag not in FINITE_TAGS:
            return None
    elif word.lower not in _SUBJECT_PRONOUNS:
        return None
    if word.dep not in SUBJECTS:
        return None
    verb = word.head
    if not subject < verb < end or not is_finite(analysis, verb):
        return None
    if tokens[verb].lemma in _REPORTING:
        return None  # "..., I think." / "..., I believe, ..." as an aside
    return verb


def _subordinate(analysis: Analysis, lo: int, hi: int) -> bool:
    """A subordinator or question word in tokens[lo:hi]: the clause
    before the comma may be a subordinate opening ("When I arrived, we...")."""
    for token in analysis.tokens[lo:hi]:
        if token.dep == "mark" or token.tag in {"WDT", "WP", "WRB"}:
            return True
        if token.lower in _SUBORDINATORS and token.dep not in {"advmod", "det"}:
            return True
        if token.lower in _NO_MATTER:
            return True
    return False


def _marked(analysis: Analysis, lo: int, hi: int) -> bool:
    """A verb in tokens[lo:hi] has a subordinator, even one before the previous comma ("if
    the tired, hungry residents leave early, ...")."""
    tokens = analysis.tokens
    kids = children(analysis)
    return any(
        tokens[k].dep in SUBJECTS
        and lo <= tokens[k].head < hi
        and any(tokens[j].dep == "mark" or tokens[j].tag == "WRB" for j in kids[tokens[k].head])
        for k in range(lo, hi)
    )


def _broken_subordinate(analysis: Analysis, lo: int, comma: int) -> bool:
    """The words before the previous comma open a subordinate clause that goes on after
    it ("If the tired, hungry residents leave, ..."): no subject and verb of their own."""
    before = _clause_start(analysis, lo, comma)
    return _subordinate(analysis, before, comma) and not has_clause(analysis, before, comma)


def _reports(analysis: Analysis, lo: int, hi: int) -> bool:
    """A reporting verb in tokens[lo:hi] whose object may be the next clause ("I think,
    it is..."; "He said, we..."); "I think it is late" has its object already."""
    kids = children(analysis)
    return any(
        analysis.tokens[k].lemma in _REPORTING
        and analysis.tokens[k].pos in {"VERB", "AUX"}
        and not any(analysis.tokens[j].dep in _OBJECTS for j in kids[k] if j < hi)
        for k in range(lo, hi)
    )


def _series(analysis: Analysis, subject: int, hi: int) -> bool:
    """ "I listen, I explain, and I follow up": a later ", and" closes a list of clauses."""
    tokens = analysis.tokens
    return any(
        tokens[k].text == "," and tokens[k + 1].lower in {"and", "or"}
        for k in range(subject, hi - 1)
    )


def _clause_start(analysis: Analysis, lo: int, comma: int) -> int:
    """Where the clause before the comma starts: after the previous comma, or the sentence."""
    for k in range(comma - 1, lo - 1, -1):
        if analysis.tokens[k].text in {",", ";", ":"}:
            return k + 1
    return lo


#: Verbs that open a condition without "if" ("Were I...", "Had we known...").
_INVERTED_IF = frozenset({"were", "had", "should"})


def _inverted_condition(analysis: Analysis, start: int, comma: int) -> bool:
    """A condition with its verb first and no "if": "Were I...", "Had the scan...", where
    a subject follows the verb ("I", "the scan", "Ahmed"), not an object ("Had a long day")."""
    tokens = analysis.tokens
    if tokens[start].lower not in _INVERTED_IF or start + 1 >= comma:
        return False
    after = tokens[start + 1]
    if after.pos == "PRON" or after.pos == "PROPN":
        return True
    return after.lower == "the" and tokens[after.head].dep in ("nsubj", "nsubjpass")


def _splice(analysis: Analysis, comma: int) -> Finding | None:
    tokens = analysis.tokens
    sentence = analysis.sentences[tokens[comma].sentence]
    lo, hi = sentence.first_token, sentence.last_token
    subject = comma + 1
    if subject >= hi or tokens[hi - 1].text == "?":
        return None  # a question, or nothing after the comma
    if any(t.text in _QUOTES for t in tokens[lo:hi]):
        return None  # 'He said, "We...' is quotation, not a splice
    start = _clause_start(analysis, lo, comma)
    if _inverted_condition(analysis, start, comma):
        return None  # "Were I a bird, I would", "Had the scan come back, we"
    if comma - start < _SHORTEST_CLAUSE:
        return None  # "I came, I saw, I conquered"
    verb = _second_clause_verb(analysis, subject, hi)
    if verb is None:
        return None
    if not main_clause(analysis, start, comma) or _reports(analysis, start, comma):
        return None
    if _subordinate(analysis, start, comma) or _marked(analysis, start, comma):
        return None
    if start > lo and _broken_subordinate(analysis, lo, start - 1):
        return None
    if _series(analysis, subject, hi):
        return None
    if any(tokens[k].dep == "cc" for k in children(analysis)[verb] if k < subject):
        return None
    after = tokens[subject]
    capital = after.text if after.text == "I" else after.text.capitalize()
    return COMMA_SPLICE.finding(
        tokens[comma].start,
        after.end,
        "A comma alone cannot join two complete sentences: end the first one with a full "
        'stop, use a semicolon, or add "and" or "so".',
        [f"; {after.text}", f". {capital}"],
    )


@reports(COMMA_SPLICE)
def check_comma_splices(analysis: Analysis) -> Iterator[Finding]:
    for index, token in enumerate(analysis.tokens):
        if token.text == ",":
            finding = _splice(analysis, index)
            if finding is not None:
                yield finding
