"""Wrong prepositions in fixed phrases of more than one word ("cast doubt in", "cope up with").

`collocations.py` pairs one word with the preposition right after it; the phrases here
span a verb and its object ("cast doubt on") or take a word English does not use there
("go for shopping", "graduated medical school"). They report the same rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner.collocations import PREPOSITION, SCHOOLS
from psassist.checks.learner.words import neighbour, word_set
from psassist.checks.registry import reports
from psassist.findings import Finding


def _graduated_school(analysis: Analysis) -> Iterator[Finding]:
    """ "I graduated medical school": US usage wants "graduated from"."""
    tokens = analysis.tokens
    for i, verb in enumerate(tokens):
        if verb.lemma != "graduate" or verb.pos != "VERB":
            continue
        place = next((t for t in tokens[i + 1 : i + 6] if t.head == i and t.dep == "dobj"), None)
        if place is None or place.lower not in SCHOOLS:
            continue
        fixed = f"{verb.text} from"
        yield PREPOSITION.finding(
            verb.start,
            verb.end,
            f'a person graduates *from* a school; the school graduates the person: "{fixed}".',
            [fixed],
        )


#: Activities one "goes" doing, with no "for": "go shopping", "went swimming".
_GO_ACTIVITIES = word_set("""
shopping swimming fishing hiking camping skiing jogging sightseeing dancing
""")


def _go_for_activity(analysis: Analysis) -> Iterator[Finding]:
    """ "go for shopping": an activity after "go" takes no "for" ("go shopping")."""
    tokens = analysis.tokens
    for i, verb in enumerate(tokens):
        if verb.lemma != "go" or verb.pos != "VERB":
            continue
        prep = neighbour(analysis, i, 1)
        activity = neighbour(analysis, i, 2)
        if prep is None or activity is None or prep.lower != "for":
            continue
        if activity.lower not in _GO_ACTIVITIES or activity.head != i + 1:
            continue
        fixed = f"{verb.text} {activity.text}"
        yield PREPOSITION.finding(
            verb.start,
            activity.end,
            f'an activity after "go" takes no "for": "{fixed}".',
            [fixed],
        )


def _cope_up(analysis: Analysis) -> Iterator[Finding]:
    """ "cope up with": "cope" takes no "up"."""
    for i, verb in enumerate(analysis.tokens):
        if verb.lemma != "cope":
            continue
        up = neighbour(analysis, i, 1)
        after = neighbour(analysis, i, 2)
        if up is None or up.lower != "up" or after is None or after.lower != "with":
            continue
        yield PREPOSITION.finding(
            verb.start, up.end, f'"cope" takes no "up": "{verb.text} with".', [verb.text]
        )


def _cast_doubt_in(analysis: Analysis) -> Iterator[Finding]:
    """ "This casts doubt in the claim": doubt is cast *on* something."""
    for i, verb in enumerate(analysis.tokens):
        if verb.lemma != "cast" or verb.pos != "VERB":
            continue
        doubt = neighbour(analysis, i, 1)
        prep = neighbour(analysis, i, 2)
        if doubt is None or prep is None or doubt.lower not in ("doubt", "doubts"):
            continue
        if doubt.head != i or prep.lower not in ("in", "at", "to", "over"):
            continue
        if prep.head not in (i, i + 1):
            continue
        fixed = f"{doubt.text} on"
        yield PREPOSITION.finding(
            doubt.start, prep.end, f'doubt is cast *on* something: "{fixed}".', [fixed]
        )


@reports(PREPOSITION)
def check_preposition_phrases(analysis: Analysis) -> Iterator[Finding]:
    yield from _graduated_school(analysis)
    yield from _cope_up(analysis)
    yield from _go_for_activity(analysis)
    yield from _cast_doubt_in(analysis)
