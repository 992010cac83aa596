"""since or for: "since five years" (a length takes "for"), "for 2019" (a point, "since").

Many languages use one word for both; English picks by what follows. The rule reads the
words after "since"/"from" for a length of time and, for "from", asks the parse whether
the clause is perfect or progressive. A warning until measured precision reaches 0.95.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import child_deps, match_case, next_word, plain
from psassist.checks.learner.words import TIME_UNITS, YEAR
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

_HAVE_FORMS = frozenset({"have", "has", "'ve"})
SINCE_FOR = define(
    "grammar.since-for",
    Category.GRAMMAR,
    Severity.WARNING,
    "since/for with a length of time",
    '"for" takes a length of time (for five years), "since" a starting point (since '
    '2019). "since five years" and "from five years" are learners\' forms.',
    sources=(
        Source(
            'EnglishClub, "For and Since for Time"',
            "https://www.englishclub.com/grammar/verbs-m_for-since.htm",
        ),
    ),
    example=Example(
        flag="I have worked here since five years.", near_miss="I have worked here for five years."
    ),
    needs=Needs.PARSER,
    replaces=True,
)


_DURATION_QUANTIFIERS = frozenset({"many", "several", "few", "a", "two", "some", "long"})


@reports(SINCE_FOR)
def since_for(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, word in enumerate(tokens):
        if word.lower not in ("since", "from") or word.tag != "IN":
            continue
        perfect = _in_perfect_clause(analysis, index)
        duration = _duration_after(tokens, index, not perfect)
        if duration is None:
            continue
        end, phrase = duration
        if word.lower == "from" and not perfect:
            continue
        yield SINCE_FOR.finding(
            word.start,
            tokens[end].end,
            f'"{phrase}" is a length of time, so it takes "for": "for {phrase}". '
            '"since" takes a starting point (since 2019, since my internship).',
            [match_case("for", word.text) + " " + phrase],
        )
    yield from _for_with_a_year(analysis)


def _duration_after(
    tokens: list[Token], index: int, clause_may_follow: bool
) -> tuple[int, str] | None:
    """ "five years", "many months", "a long time", "the last three years": (end, text)."""
    j = index + 1
    words: list[Token] = []
    while j < len(tokens) and len(words) < 4 and tokens[j].sentence == tokens[index].sentence:
        words.append(tokens[j])
        if tokens[j].lemma in TIME_UNITS or tokens[j].lower == "time":
            break
        j += 1
    if not words or words[-1].lemma not in TIME_UNITS | {"time"}:
        return None
    quantity = words[:-1]
    if not quantity:
        return None
    if not (
        quantity[0].like_num
        or quantity[0].lower in _DURATION_QUANTIFIERS
        or (
            quantity[0].lower == "the"
            and len(quantity) > 1
            and quantity[1].lower in ("last", "past")
        )
    ):
        return None
    if words[-1].lower == "time" and not any(w.lower == "long" for w in quantity):
        return None
    following = next_word(tokens, j) if j < len(tokens) else None
    if following is not None and following.lower in (
        "ago",
        "old",
        "of",
        "to",
        "later",
        "before",
        "after",
        "earlier",
        "'",
        "\u2019",
        "until",
        "till",
    ):
        # "since two years before graduation" is a point in time; but outside a perfect
        # clause, "before"/"after" opening a clause of their own ("wait since many months
        # before they seek help") leave the length of time alone.
        opens_clause = following.lower in ("before", "after") and following.dep == "mark"
        if not (clause_may_follow and opens_clause):
            return None
    return j, " ".join(w.text for w in words)


def _in_perfect_clause(analysis: Analysis, index: int) -> bool:
    """The preposition hangs on a verb with "have"/"has" + past participle, or am/is -ing."""
    tokens = analysis.tokens
    head = tokens[index].head
    deps = child_deps(analysis, head)
    auxes = [plain(tokens[a]) for a in deps.get("aux", [])]
    perfect = any(a in _HAVE_FORMS for a in auxes) and tokens[head].tag in ("VBN", "VBG")
    progressive = tokens[head].tag == "VBG" and any(a in ("am", "is", "are", "'m") for a in auxes)
    return perfect or progressive


def _for_with_a_year(analysis: Analysis) -> Iterator[Finding]:
    """ "I have worked here for 2019": a starting point needs "since"."""
    tokens = analysis.tokens
    for index, word in enumerate(tokens):
        if word.lower != "for" or word.dep != "prep":
            continue
        objects = child_deps(analysis, index).get("pobj", [])
        if len(objects) != 1 or not YEAR.match(tokens[objects[0]].text):
            continue
        if child_deps(analysis, objects[0]) or not _in_perfect_clause(analysis, index):
            continue
        following = next_word(tokens, objects[0])
        if following is not None and following.pos in ("NOUN", "PROPN"):
            continue  # "for 2019 graduates"
        year = tokens[objects[0]]
        yield SINCE_FOR.finding(
            word.start,
            year.end,
            f'{year.text} is a starting point, so it takes "since": "since {year.text}". '
            '"for" takes a length of time (for five years).',
            [match_case("since", word.text) + " " + year.text],
        )
