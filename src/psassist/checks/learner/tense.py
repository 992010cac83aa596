"""Tense and time: "have done ... in 2019", "am having five years", "since five years".

Each rule reads the verb group from the parse (auxiliaries are children of the main
verb in spaCy's scheme) and fires only on the time expressions grammar references list
as clear cases. Warnings until measured precision reaches 0.95.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import child_deps, match_case, next_word, plain
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
STATIVE_PROGRESSIVE = define(
    "grammar.stative-progressive",
    Category.GRAMMAR,
    Severity.WARNING,
    "State verb in the progressive",
    "Verbs of knowing and having (know, understand, belong, have five years of experience) "
    "describe states and are not used in the -ing form. Warning: some have action senses.",
    sources=(
        Source(
            'British Council TeachingEnglish, "Stative and dynamic verbs"',
            "https://africa.teachingenglish.org.uk/classroom/grammar/stative-dynamic-verbs",
        ),
    ),
    example=Example(
        flag="I am having five years of experience.", near_miss="I am having dinner with the team."
    ),
    needs=Needs.PARSER,
    replaces=True,
)
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

_YEAR = re.compile(r"^(19|20)\d\d$")
_TIME_UNITS = frozenset(
    {
        "second",
        "minute",
        "hour",
        "day",
        "week",
        "month",
        "year",
        "decade",
        "century",
        "semester",
        "term",
        "while",
    }
)
_LAST_UNITS = _TIME_UNITS | {
    "night",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "weekend",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}
_HAVE_FORMS = frozenset({"have", "has", "'ve"})
_STATIVE = frozenset(
    {
        "know",
        "understand",
        "believe",
        "belong",
        "own",
        "possess",
        "consist",
        "contain",
        "prefer",
        "recognize",
        "recognise",
        "deserve",
        "mean",
        "seem",
        "need",
        "want",
        "hate",
        "like",
        "dislike",
    }
)
#: "having" is stative only when what is had is a possession or a trait.
_POSSESSED = frozenset(
    {
        "experience",
        "year",
        "knowledge",
        "degree",
        "interest",
        "passion",
        "skill",
        "ability",
        "background",
        "license",
        "licence",
        "qualification",
        "certificate",
        "certification",
        "understanding",
        "brother",
        "sister",
        "sibling",
        "talent",
        "aptitude",
        "dream",
        "goal",
        "desire",
        "belief",
        "opinion",
        "idea",
    }
)
_DURATION_QUANTIFIERS = frozenset({"many", "several", "few", "a", "two", "some", "long"})


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
            if _YEAR.match(tokens[obj].text) and not child_deps(analysis, obj):
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


@reports(STATIVE_PROGRESSIVE)
def stative_progressive(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, verb in enumerate(tokens):
        if verb.tag != "VBG" or verb.pos != "VERB":
            continue
        deps = child_deps(analysis, index)
        be = [tokens[a] for a in deps.get("aux", []) if tokens[a].lemma == "be"]
        if not be or any(tokens[a].lower == "to" for a in deps.get("aux", [])):
            continue
        if verb.lemma in _STATIVE:
            if verb.lemma in ("mean", "seem") and "xcomp" in deps:
                continue  # "I have been meaning to", "is seeming to" (rare, but not wrong)
        elif verb.lemma == "have":
            objects = deps.get("dobj", [])
            if not objects or tokens[objects[0]].lemma not in _POSSESSED:
                continue
        else:
            continue
        first = min([*deps.get("aux", []), index])
        fix = _simple_form(analysis, verb, [tokens[a] for a in sorted(deps.get("aux", []))])
        yield STATIVE_PROGRESSIVE.finding(
            tokens[first].start,
            verb.end,
            f'"{verb.lemma}" describes a state, not an action, so it is not used in the '
            "-ing form" + (f': write "{fix}"' if fix else "") + ".",
            [fix] if fix else [],
        )


def _simple_form(analysis: Analysis, verb: Token, auxes: list[Token]) -> str | None:
    """am knowing -> know, is having -> has, was knowing -> knew, have been knowing -> have
    known; None for anything with a word between the auxiliaries and the verb."""
    from lemminflect import getInflection

    if not auxes or analysis.text[auxes[0].start : verb.end].count(" ") != len(auxes):
        return None
    words = [plain(a) for a in auxes]
    if words in (["am"], ["'m"], ["are"], ["'re"]):
        form, prefix = getInflection(verb.lemma, tag="VB"), ""
    elif words in (["is"], ["'s"]):
        form, prefix = getInflection(verb.lemma, tag="VBZ"), ""
    elif words in (["was"], ["were"]):
        form, prefix = getInflection(verb.lemma, tag="VBD"), ""
    elif len(words) == 2 and words[1] == "been":
        form, prefix = getInflection(verb.lemma, tag="VBN"), auxes[0].text + " "
    elif len(words) == 2 and words[1] == "be" and auxes[0].tag == "MD":
        form, prefix = getInflection(verb.lemma, tag="VB"), auxes[0].text + " "
    else:
        return None
    if not form:
        return None
    return match_case(prefix + str(form[0]), auxes[0].text)


@reports(SINCE_FOR)
def since_for(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, word in enumerate(tokens):
        if word.lower not in ("since", "from") or word.tag != "IN":
            continue
        duration = _duration_after(tokens, index)
        if duration is None:
            continue
        end, phrase = duration
        if word.lower == "from" and not _in_perfect_clause(analysis, index):
            continue
        yield SINCE_FOR.finding(
            word.start,
            tokens[end].end,
            f'"{phrase}" is a length of time, so it takes "for": "for {phrase}". '
            '"since" takes a starting point (since 2019, since my internship).',
            [match_case("for", word.text) + " " + phrase],
        )
    yield from _for_with_a_year(analysis)


def _duration_after(tokens: list[Token], index: int) -> tuple[int, str] | None:
    """ "five years", "many months", "a long time", "the last three years": (end, text)."""
    j = index + 1
    words: list[Token] = []
    while j < len(tokens) and len(words) < 4 and tokens[j].sentence == tokens[index].sentence:
        words.append(tokens[j])
        if tokens[j].lemma in _TIME_UNITS or tokens[j].lower == "time":
            break
        j += 1
    if not words or words[-1].lemma not in _TIME_UNITS | {"time"}:
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
        if len(objects) != 1 or not _YEAR.match(tokens[objects[0]].text):
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
