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
from psassist.checks.learner.words import TIME_UNITS, YEAR, us_form, word_set
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
        when = finished_time(analysis, index)
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


def finished_time(analysis: Analysis, verb_index: int, *, fronted_when: bool = False) -> str | None:
    """The finished-time phrase attached to the verb: in 2019, last year, two years ago,
    that day, when I was nine. Shared with `past_time` (a present verb at such a time),
    which also reads a "when" clause before the verb (`fronted_when`)."""
    return (
        _in_a_year(analysis, verb_index)
        or _time_adverb(analysis, verb_index)
        or _past_when_clause(analysis, verb_index, fronted_when)
    )


def _bare(analysis: Analysis, index: int) -> bool:
    """The token has no dependents but punctuation ("in 2013," keeps its comma)."""
    return all(dep == "punct" for dep in child_deps(analysis, index))


def _in_a_year(analysis: Analysis, verb_index: int) -> str | None:
    """ "in 2019", "during my second year", and one level down: "at the start of my
    internship in 2018", where the year hangs on the verb's own time phrase."""
    tokens = analysis.tokens
    for prep in child_deps(analysis, verb_index).get("prep", []):
        if tokens[prep].lower not in ("in", "during", "at"):
            continue
        for obj in child_deps(analysis, prep).get("pobj", []):
            if tokens[prep].lower != "at" and YEAR.match(tokens[obj].text) and _bare(analysis, obj):
                return f"{tokens[prep].text} {tokens[obj].text}"
            if tokens[prep].lower != "at" and _ordinal_year(analysis, obj):
                return analysis.text[tokens[prep].start : tokens[obj].end]
            for inner in child_deps(analysis, obj).get("prep", []):
                if tokens[inner].lower != "in":
                    continue
                years = child_deps(analysis, inner).get("pobj", [])
                if any(YEAR.match(tokens[y].text) and _bare(analysis, y) for y in years):
                    return analysis.text[tokens[prep].start : tokens[years[0]].end]
    return None


#: "that day", "one night": a single past occasion when the noun is a time of day or a day.
OCCASIONS = frozenset({"day", "night", "morning", "evening", "afternoon"})
#: Complements that show the verb's object slot is taken, so "that day" after the verb is
#: a time phrase ("I have decided that day to study"); the parser also labels a plain
#: object that way ("I have never forgotten that day"), which must pass.
_OTHER_COMPLEMENTS = frozenset({"xcomp", "ccomp"})


def _time_adverb(analysis: Analysis, verb_index: int) -> str | None:
    """ "yesterday", "last year", "two years ago", "that day", "one night"."""
    tokens = analysis.tokens
    deps = child_deps(analysis, verb_index)
    complemented = bool(_OTHER_COMPLEMENTS & set(deps))
    objects = deps.get("dobj", []) if complemented else []
    subjects = deps.get("nsubj", []) + deps.get("nsubjpass", [])
    for mod in deps.get("npadvmod", []) + deps.get("advmod", []) + objects:
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
        fronted = bool(subjects) and mod < min(subjects)  # "One night, a bus has arrived"
        taken = complemented or len(deps.get("dobj", [])) > (mod in deps.get("dobj", []))
        if word.lower in OCCASIONS and set(mod_deps) <= {"det", "nummod"} and (fronted or taken):
            marker = mod_deps.get("det", []) + mod_deps.get("nummod", [])
            if (
                len(marker) == 1
                and marker[0] == mod - 1
                and tokens[mod - 1].lower in ("that", "one")
            ):
                return f"{tokens[mod - 1].text} {word.text}"
    return None


#: Adverbs that stretch the perfect over a span reaching the past moment: "I have always
#: loved it, even when I was a child" is correct.
_SPAN_ADVERBS = frozenset({"always", "never", "ever", "often", "even", "sometimes", "still"})


def _past_when_clause(analysis: Analysis, verb_index: int, fronted: bool) -> str | None:
    """ "has died when I was nine": a "when" clause in the simple past fixes the time."""
    tokens = analysis.tokens
    deps = child_deps(analysis, verb_index)
    if any(tokens[a].lower in _SPAN_ADVERBS for a in deps.get("advmod", []) + deps.get("neg", [])):
        return None
    if "mark" in deps:
        return None  # "as we have all known, when ...": the clause hangs on another verb
    for clause in deps.get("advcl", []):
        clause_deps = child_deps(analysis, clause)
        openers = [tokens[c] for c in clause_deps.get("advmod", []) if c < clause]
        if not openers or openers[0].lower != "when" or (clause < verb_index and not fronted):
            continue
        if any(tokens[c].lower in _SPAN_ADVERBS for c in clause_deps.get("advmod", [])):
            continue
        auxes = clause_deps.get("aux", [])
        past = tokens[clause].tag == "VBD" or any(tokens[a].tag == "VBD" for a in auxes)
        if past and "nsubj" in clause_deps:
            return analysis.text[openers[0].start : tokens[clause].end]
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
    if verb.lemma == "be":
        return None  # was or were depends on the subject
    past = us_form(verb.lemma, "VBD")
    if past is None:
        return None
    between = analysis.text[aux.end : verb.start]
    if between.strip() and not all(w.isalpha() for w in between.split()):
        return None
    text = (between.strip() + " " + past).strip()
    return match_case(text, aux.text)
