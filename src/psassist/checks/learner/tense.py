"""The present perfect with a finished time: "have done ... in 2019", "has died when I was nine".

The rule reads the verb group from the parse (auxiliaries are children of the main verb
in spaCy's scheme) and fires only on the time expressions grammar references list as
clear cases. A warning until measured precision reaches 0.95. Its neighbours in time and
tense: `stative` (am knowing) and `since_for` (since five years).
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import child_deps, match_case, plain
from psassist.checks.learner.words import TIME_UNITS, YEAR, word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

PERFECT_FINISHED_TIME = define(
    "grammar.perfect-finished-time",
    Category.GRAMMAR,
    Severity.WARNING,
    "Present perfect with a finished time",
    '"I have done my internship in 2019": a finished time (in 2019, last year, two years '
    "ago) takes the simple past. Warning: news-style English sometimes mixes them.",
    sources=(
        Source(
            "watchlessons.com, \"Present Perfect and Past Simple Compared: When we don't use "
            'Present Perfect"',
            "https://watchlessons.com/lesson/"
            "present-perfect-and-past-simple-compared-when-we-dont-use-present-perfect/",
        ),
    ),
    example=Example(
        flag="I have done my internship in 2019.", near_miss="I have worked here since 2019."
    ),
    needs=Needs.PARSER,
    replaces=True,
)
_LAST_UNITS = TIME_UNITS | word_set("""
night morning evening afternoon summer winter spring autumn fall weekend monday tuesday
wednesday thursday friday saturday sunday
""")


@reports(PERFECT_FINISHED_TIME)
def perfect_finished_time(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, verb in enumerate(tokens):
        if verb.tag != "VBN":
            continue
        deps = child_deps(analysis, index)
        auxes = [tokens[a] for a in deps.get("aux", [])]
        if [plain(a) for a in auxes] not in (["have"], ["has"], ["'ve"]):
            continue  # not a bare present perfect (would have, to have, had)
        if any(
            tokens[c].lower in ("since", "for", "until", "till", "so", "already")
            for c in deps.get("prep", []) + deps.get("advmod", []) + deps.get("mark", [])
        ):
            continue
        when = _finished_time(analysis, index)
        if when is None:
            continue
        aux = auxes[0]
        past = _simple_past(analysis, verb, aux)
        suggestions = [past] if past else []
        yield PERFECT_FINISHED_TIME.finding(
            aux.start,
            verb.end,
            f'"{when}" is a finished time, so use the simple past'
            + (f': "{past}"' if past else "")
            + '. The present perfect ("have done") is '
            "for a time that is not over or not stated.",
            suggestions,
        )


def _finished_time(analysis: Analysis, verb_index: int) -> str | None:
    """The finished-time phrase attached to the verb: in 2019, last year, two years ago."""
    tokens = analysis.tokens
    deps = child_deps(analysis, verb_index)
    for prep in deps.get("prep", []):
        if tokens[prep].lower not in ("in", "during"):
            continue
        objects = child_deps(analysis, prep).get("pobj", [])
        for obj in objects:
            if YEAR.match(tokens[obj].text) and not child_deps(analysis, obj):
                return f"{tokens[prep].text} {tokens[obj].text}"
            if _ordinal_year(analysis, obj):  # "in my second year": a year of school
                return analysis.text[tokens[prep].start : tokens[obj].end]
    for mod in deps.get("npadvmod", []) + deps.get("advmod", []):
        word = tokens[mod]
        if word.lower in ("yesterday",):
            return word.text
        mod_deps = child_deps(analysis, mod)
        if (
            word.lemma in _LAST_UNITS
            and "det" not in mod_deps
            and "prep" not in mod_deps
            and any(tokens[c].lower == "last" for c in mod_deps.get("amod", []))
        ):
            return f"last {word.text}"
        if word.lower == "ago":
            return analysis.text[tokens[min([mod, *children_span(analysis, mod)])].start : word.end]
    return None


_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "final"})


def _ordinal_year(analysis: Analysis, obj: int) -> bool:
    """ "my second year", "my final year": a school year the applicant has finished."""
    tokens = analysis.tokens
    deps = child_deps(analysis, obj)
    return (
        tokens[obj].lower == "year"
        and "prep" not in deps
        and any(tokens[c].lower == "my" for c in deps.get("poss", []))
        and any(tokens[c].lower in _ORDINALS for c in deps.get("amod", []))
    )


def children_span(analysis: Analysis, index: int) -> list[int]:
    """Every token under `index` in the tree."""
    out: list[int] = []
    stack = [c for kids in child_deps(analysis, index).values() for c in kids]
    while stack:
        child = stack.pop()
        out.append(child)
        stack.extend(c for kids in child_deps(analysis, child).values() for c in kids)
    return out


def _simple_past(analysis: Analysis, verb: Token, aux: Token) -> str | None:
    """ "have also completed" -> "also completed"; None when the form is not certain."""
    from lemminflect import getInflection

    if verb.lemma == "be":
        return None  # was or were depends on the subject
    forms = getInflection(verb.lemma, tag="VBD")
    if not forms:
        return None
    between = analysis.text[aux.end : verb.start]
    if between.strip() and not all(w.isalpha() for w in between.split()):
        return None
    past = str(forms[0])
    text = (between.strip() + " " + past).strip()
    return match_case(text, aux.text)
