"""State verbs in the progressive: "I am knowing", "the ward is needing", "am having five years".

Verbs of knowing, wanting and having describe states; learners whose languages have no
such split put them in the -ing form. The rule reads the verb group from the parse and,
for "have", asks what is had (a possession or trait, not a meal or a meeting).
A warning until measured precision reaches 0.95.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.syntax import child_deps, match_case, plain
from psassist.checks.learner.verb_lexicon import word_classes
from psassist.checks.learner.words import us_form
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

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
        lemma = _ing_lemma(verb)
        if _defines_a_noun(analysis, deps) or _lacking(analysis, lemma, deps):
            continue
        if lemma in _STATIVE:
            if lemma in ("mean", "seem") and "xcomp" in deps:
                continue  # "I have been meaning to", "is seeming to" (rare, but not wrong)
        elif lemma == "have":
            objects = deps.get("dobj", [])
            if not objects or tokens[objects[0]].lemma not in _POSSESSED:
                continue
        else:
            continue
        first = min([*deps.get("aux", []), index])
        fix = _simple_form(analysis, verb, lemma, [tokens[a] for a in sorted(deps.get("aux", []))])
        yield STATIVE_PROGRESSIVE.finding(
            tokens[first].start,
            verb.end,
            f'"{lemma}" describes a state, not an action, so it is not used in the '
            "-ing form" + (f': write "{fix}"' if fix else "") + ".",
            [fix] if fix else [],
        )


def _defines_a_noun(analysis: Analysis, deps: Mapping[str, list[int]]) -> bool:
    """ "Knowledge is knowing what to skip": a bare noun subject is defined by a gerund,
    not described in the middle of an action."""
    subjects = deps.get("nsubj", [])
    if not subjects:
        return False
    subject = analysis.tokens[subjects[0]]
    # A common noun opening the sentence is often tagged a name ("Knowledge" as NNP).
    opening = subject.tag == "NNP" and "NOUN" in word_classes(subject.lower)
    if subject.tag != "NN" and not opening:
        return False
    subject_deps = child_deps(analysis, subjects[0])
    return not any(dep in subject_deps for dep in ("det", "poss", "amod", "compound"))


def _lacking(analysis: Analysis, lemma: str, deps: Mapping[str, list[int]]) -> bool:
    """ "The plan is wanting in detail": "wanting in" means lacking, a state that is right."""
    return lemma == "want" and any(analysis.tokens[i].lower == "in" for i in deps.get("prep", []))


def _ing_lemma(verb: Token) -> str:
    """The verb's lemma from lemminflect's table, which knows "hating" is "hate" (spaCy's
    lemmatizer sometimes strips too much: "hat"); spaCy's lemma when the table has none."""
    from lemminflect import getLemma

    lemmas = getLemma(verb.lower, upos="VERB")
    return str(lemmas[0]) if lemmas else verb.lemma


def _simple_form(analysis: Analysis, verb: Token, lemma: str, auxes: list[Token]) -> str | None:
    """am knowing -> know, is having -> has, was knowing -> knew, have been knowing -> have
    known; None for anything with a word between the auxiliaries and the verb."""
    if not auxes or analysis.text[auxes[0].start : verb.end].count(" ") != len(auxes):
        return None
    words = [plain(a) for a in auxes]
    if words in (["am"], ["'m"], ["are"], ["'re"]):
        form, prefix = us_form(lemma, "VB"), ""
    elif words in (["is"], ["'s"]):
        form, prefix = us_form(lemma, "VBZ"), ""
    elif words in (["was"], ["were"]):
        form, prefix = us_form(lemma, "VBD"), ""
    elif len(words) == 2 and words[1] == "been":
        form, prefix = us_form(lemma, "VBN"), auxes[0].text + " "
    elif len(words) == 2 and words[1] == "be" and auxes[0].tag == "MD":
        form, prefix = us_form(lemma, "VB"), auxes[0].text + " "
    else:
        return None
    if not form:
        return None
    return match_case(prefix + form, auxes[0].text)
