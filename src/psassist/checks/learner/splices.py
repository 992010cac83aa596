"""Comma splices with "however" ("I studied hard, however I failed the exam").

"However", "therefore" and "moreover" are adverbs, not conjunctions like "but": between
two complete sentences they need a semicolon or a full stop before them. The parse
decides what counts as a complete sentence on each side: a subject and a finite verb
before the comma (not in an "if"/"when" clause), and another subject and verb after it.
"The results, however, were clear" has no subject after "however", so it passes.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.clauses import FINITE_TAGS
from psassist.checks.learner.words import neighbour
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

HOWEVER_SPLICE = define(
    "grammar.however-splice",
    Category.GRAMMAR,
    Severity.WARNING,
    'Comma splice with "however"',
    'Two sentences joined by a comma and "however" (or therefore, moreover) are a comma '
    "splice, one of the errors readers of formal writing notice most. A warning until its "
    "precision is measured: the parse can misjudge where a clause ends.",
    sources=(
        Source(
            'Grammar.com, "However and Other Conjunctive Adverbs"',
            "https://www.grammar.com/however-and-other-conjunctive-adverbs/",
        ),
        Source(
            'NDSU, "The Special Case of Conjunctive Adverbs"',
            "https://www.ndsu.edu/pubweb/~dasulliv/style/conjadv.htm",
        ),
    ),
    example=Example(
        flag="I studied hard, however I failed the exam.",
        near_miss="The results, however, were clear to everyone.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

_CONJUNCTIVE_ADVERBS = frozenset(
    {
        "however",
        "therefore",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "consequently",
        "thus",
    }
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
#: "however many patients I saw": with these, "however" means "no matter how".
_NO_MATTER_HOW = frozenset({"many", "much", "few", "little", "long", "often"})
#: Clauses that cannot stand alone. A finite "advcl" without "if"/"when" is left out: the
#: parser often gives that label to a main clause a splice has swallowed.
_SUBORDINATE = frozenset({"relcl", "acl", "csubj", "pcomp", "pobj"})


def _is_finite(analysis: Analysis, index: int) -> bool:
    verb = analysis.tokens[index]
    if verb.tag in FINITE_TAGS:
        return True
    return any(
        t.head == index and t.dep in {"aux", "auxpass"} and t.tag in FINITE_TAGS
        for t in analysis.tokens[max(0, index - 4) : index]
    )


def _has_mark(analysis: Analysis, index: int, lo: int) -> bool:
    """The verb opens a subordinate clause ("if I fail", "when I arrived")."""
    return any(
        t.head == index and (t.dep == "mark" or t.tag == "WRB") for t in analysis.tokens[lo:index]
    )


def main_clause(analysis: Analysis, lo: int, hi: int) -> bool:
    """tokens[lo:hi] hold a subject whose finite verb is also there, outside a subclause."""
    tokens = analysis.tokens
    for token in tokens[lo:hi]:
        if token.dep not in _SUBJECTS or not lo <= token.head < hi:
            continue
        verb = tokens[token.head]
        if verb.dep in _SUBORDINATE or _has_mark(analysis, token.head, lo):
            continue
        if _is_finite(analysis, token.head):
            return True
    return False


def _no_matter_how(analysis: Analysis, i: int, after: Token) -> bool:
    """ "however hard I tried": "however" modifies the next word, which is not simply an
    adjective before a noun ("however strong training will..." is a splice)."""
    if analysis.tokens[i].head != i + 1:
        return False  # "however too many women die": "however" hangs on the verb
    before_noun = after.dep == "amod" and analysis.tokens[after.head].pos in {"NOUN", "PROPN"}
    return not before_noun or after.lower in _NO_MATTER_HOW


def _splice_at(analysis: Analysis, i: int, adverb: Token) -> Finding | None:
    comma = neighbour(analysis, i, -1)
    if comma is None or comma.text != ",":
        return None
    sentence = analysis.sentences[adverb.sentence]
    after = neighbour(analysis, i, 1)
    if after is None:
        return None
    trailing = after.text == ","
    if not trailing and after.pos in {"ADJ", "ADV"} and _no_matter_how(analysis, i, after):
        return None  # "however hard I tried": "however" as "no matter how"
    start_after = i + 2 if trailing else i + 1
    if not main_clause(analysis, sentence.first_token, i - 1):
        return None
    if not main_clause(analysis, start_after, sentence.last_token):
        return None
    end = after.end if trailing else adverb.end
    word = adverb.lower
    fixed = f"; {word},"
    return HOWEVER_SPLICE.finding(
        comma.start,
        end,
        f'"{word}" joins two complete sentences here, and a comma cannot: use a semicolon '
        f'before it ("{fixed}") or end the sentence (". {word.capitalize()},").',
        [fixed, f". {word.capitalize()},"],
    )


@reports(HOWEVER_SPLICE)
def check_however_splices(analysis: Analysis) -> Iterator[Finding]:
    for i, token in enumerate(analysis.tokens):
        if token.lower in _CONJUNCTIVE_ADVERBS:
            finding = _splice_at(analysis, i, token)
            if finding is not None:
                yield finding
